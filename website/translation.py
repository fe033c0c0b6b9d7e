"""Creating English translations through wagtail-localize, so editors keep syncing them from the Dutch source."""

from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

# Short English slugs for the sections; other pages take the slug of their English title. The same
# rule renamed the slugs of existing sites once (website/migrations/0005_english_slugs.py).
SECTION_SLUGS = {
    "over": "about",
    "privacy": "privacy",
    "toegankelijkheid": "accessibility",
    "programma": "programme",
    "handleidingen": "guides",
    "onderzoek": "research",
    "starten": "getting-started",
    "organisaties": "organisations",
    "leerverhalen": "stories",
    "bijeenkomsten": "meetups",
    "contact": "contact",
}


def translated_slug(page, strings):
    """The slug for the translation: from `strings`, else a section's short name, else from the translated title.

    A home page keeps its slug: it is the root of its language and its slug is in no URL.
    """
    if page.depth <= 2:
        return page.slug
    if page.slug in strings:
        return strings[page.slug]
    if page.title in strings:
        return SECTION_SLUGS.get(page.slug) or slugify(strings[page.title])[:255] or page.slug
    return page.slug


@transaction.atomic
def translate_page(page, language_code, strings):
    """Create the translation of `page` into `language_code` and publish it.

    `strings` maps Dutch source segments (as wagtail-localize extracts them: one string per field
    or paragraph) to their translation. Segments not in the map keep the Dutch text, which is what
    wagtail-localize itself does for a translation in progress. A translated page gets an English
    slug (see `translated_slug`) unless `strings` translates the slug itself.
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
    strings = {**strings, page.slug: translated_slug(page, strings)}
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
