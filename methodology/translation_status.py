"""Is this English page a full, current translation of its Dutch source?

Dutch is the source language. wagtail-localize copies the Dutch page into a TranslationSource when a
translation is made or synced (`last_updated_at`). Two things make an English page stale:

- the Dutch page was published again after that copy was taken (nobody has synced since), or
- the copy was synced but the English page has not been published since.

A page that is only an alias of the Dutch page (wagtail-localize's tree sync) is not translated at all.
"""

from dataclasses import dataclass
from types import SimpleNamespace

from django.db.models import OuterRef, Subquery
from wagtail.models import Page

MISSING = "missing"
OUTDATED = "outdated"


@dataclass
class TranslationStatus:
    state: str  # MISSING or OUTDATED
    source_page: Page

    @property
    def is_missing(self):
        return self.state == MISSING

    @property
    def is_outdated(self):
        return self.state == OUTDATED


def translation_status(page):
    """None when the page is in the source language or up to date; otherwise a TranslationStatus."""
    from wagtail_localize.models import TranslationSource

    from website.locales import default_locale_id

    default_id = default_locale_id()
    if default_id is None or page.locale_id == default_id:
        return None
    if page.alias_of_id:
        source_page = Page.objects.filter(pk=page.alias_of_id).first()
        return TranslationStatus(MISSING, source_page) if source_page else None
    # The Dutch page and the moment wagtail-localize last copied it, in one query.
    synced_at = (
        TranslationSource.objects.filter(object_id=OuterRef("translation_key"), locale_id=default_id)
        .order_by("pk")
        .values("last_updated_at")[:1]
    )
    source_page = (
        Page.objects.filter(translation_key=page.translation_key, locale_id=default_id)
        .live()
        .annotate(synced_at=Subquery(synced_at))
        .first()
    )
    if source_page is None:
        return None  # written in English only: nothing to compare with
    source = SimpleNamespace(last_updated_at=source_page.synced_at) if source_page.synced_at else None
    if source is None:
        # Not made with wagtail-localize: compare publication dates directly.
        if (
            source_page.last_published_at
            and page.last_published_at
            and source_page.last_published_at > page.last_published_at
        ):
            return TranslationStatus(OUTDATED, source_page)
        return None
    source_changed_since_sync = bool(
        source_page.last_published_at and source_page.last_published_at > source.last_updated_at
    )
    sync_not_published = bool(page.last_published_at and source.last_updated_at > page.last_published_at)
    if source_changed_since_sync or sync_not_published:
        return TranslationStatus(OUTDATED, source_page)
    return None


class TranslationStatusMixin:
    """For page models: puts `translation_status` in the template context."""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["translation_status"] = translation_status(self)
        return context
