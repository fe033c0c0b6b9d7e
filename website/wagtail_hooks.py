"""Wagtail admin: the page explorer asks for its translation buttons in the listing query, not per row.

wagtail-localize adds "Translate this page" and "Sync translated pages" to every row of the page explorer,
with two to four queries per row to decide whether to show them: a module with 40 lessons took 100 more
queries. Here the explorer's queryset carries both answers (`construct_explorer_page_queryset`), and the
row buttons read them; the same buttons and rules as wagtail-localize's own. Pages that do not come from
the explorer's queryset (the page header, search results) still get wagtail-localize's function.
"""

from urllib.parse import urlencode

from django.db.models import Exists, OuterRef, Subquery
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.widgets.button import Button
from wagtail.models import Locale, Page
from wagtail_localize import wagtail_hooks as localize_hooks
from wagtail_localize.models import TranslationSource


def annotate_translation_state(pages):
    """Annotate pages with `can_translate_to_another_locale` and `translation_source_to_sync` (a pk or None)."""
    translated_locales = Page.objects.filter(
        translation_key=OuterRef(OuterRef("translation_key")), alias_of__isnull=True
    ).values("locale_id")
    source_to_sync = TranslationSource.objects.filter(
        object_id=OuterRef("translation_key"), locale_id=OuterRef("locale_id"), translations__enabled=True
    ).values("pk")[:1]
    return pages.annotate(
        can_translate_to_another_locale=Exists(Locale.objects.exclude(id__in=translated_locales)),
        translation_source_to_sync=Subquery(source_to_sync),
    )


@hooks.register("construct_explorer_page_queryset")
def explorer_pages_with_translation_state(parent_page, pages, request):
    return annotate_translation_state(pages)


def translation_listing_buttons(page, user, view_name=None, next_url=None):
    """wagtail-localize's listing buttons, from the annotations when the page has them."""
    if not hasattr(page, "can_translate_to_another_locale"):
        yield from localize_hooks.page_listing_more_buttons(page, user, view_name=view_name, next_url=next_url)
        return
    if page.is_root() or not user.has_perm("wagtail_localize.submit_translation"):
        return
    if page.can_translate_to_another_locale:
        # For an alias, translating means translating the page it is an alias of.
        yield Button(
            _("Translate this page"),
            reverse("wagtail_localize:submit_page_translation", args=[page.alias_of_id or page.id]),
            priority=60,
            icon_name="wagtail-localize-language",
        )
    if page.translation_source_to_sync is not None:
        url = reverse("wagtail_localize:update_translations", args=[page.translation_source_to_sync])
        if next_url is not None:
            url += "?" + urlencode({"next": next_url})
        yield Button(_("Sync translated pages"), url, priority=60, icon_name="resubmit")


# wagtail-localize registers its function for every row; put ours in its place (Wagtail has no unregister).
_listing_hooks = hooks._hooks.get("register_page_listing_more_buttons", [])
_listing_hooks[:] = [(fn, order) for fn, order in _listing_hooks if fn is not localize_hooks.page_listing_more_buttons]
hooks.register("register_page_listing_more_buttons", translation_listing_buttons)
