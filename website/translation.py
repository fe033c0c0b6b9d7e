"""Creating English translations through wagtail-localize, so editors keep syncing them from the Dutch source."""

from django.db import transaction
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource


@transaction.atomic
def translate_page(page, language_code, strings):
    """Create the translation of `page` into `language_code` and publish it.

    `strings` maps Dutch source segments (as wagtail-localize extracts them: one string per field
    or paragraph) to their translation. Segments not in the map keep the Dutch text, which is what
    wagtail-localize itself does for a translation in progress.
    """
    locale = Locale.objects.get(language_code=language_code)
    existing = page.get_translation_or_none(locale)
    if existing is not None and existing.live and not existing.alias_of_id:
        # Already translated: leave it as editors may have changed it since.
        return existing.specific
    source, created = TranslationSource.get_or_create_from_instance(page)
    if not created:
        source.update_from_db()
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        text = strings.get(segment.string.data)
        if text is None:
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": text, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
    # wagtail-localize defers publishing to on_commit, which never fires inside a test's transaction
    # and publishes a stale copy inside an outer one; publishing the fresh revision here avoids both.
    translation.save_target(publish=False)
    translated = page.get_translation(locale)
    translated.get_latest_revision().publish()
    return translated.specific
