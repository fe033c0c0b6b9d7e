"""Site search: guides, publications, programme modules and community pages, in the visitor's language.

Uses Wagtail search (database backend by default, PostgreSQL full text in production). Editors can
promote results per query with wagtail.contrib.search_promotions; promoted pages come first, in the
visitor's language. A search is a plain GET: nothing is written to the database (no hit counting).
"""

import re

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.utils import MAX_QUERY_STRING_LENGTH, normalise_query_string

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = min(200, MAX_QUERY_STRING_LENGTH)

# Query-string value -> (label, [(app_label, model or None for the whole app)])
CONTENT_TYPES = {
    "handleiding": (
        gettext_lazy("Handleidingen"),
        [("methodology", "guidepage"), ("methodology", "selfassessmentpage"), ("methodology", "guideindexpage")],
    ),
    "publicatie": (
        gettext_lazy("Publicaties"),
        [("methodology", "publicationpage"), ("methodology", "researchindexpage")],
    ),
    "programma": (gettext_lazy("Ontwikkelprogramma"), [("programme", None)]),
    "community": (gettext_lazy("Community"), [("community", None)]),
    "pagina": (gettext_lazy("Overige pagina's"), [("website", None)]),
}


MAX_TERMS = 12


def search_terms(query):
    """The words of the query, without the quotes and operators that full-text engines treat as syntax.

    SQLite FTS5 and PostgreSQL tsquery each give a syntax error on some punctuation (a lone quote, a
    trailing '-'); a visitor's typing should never reach them as syntax.
    """
    return " ".join(re.findall(r"\w+", query)[:MAX_TERMS])


def content_type_ids(kind):
    ids = []
    for app_label, model in CONTENT_TYPES[kind][1]:
        queryset = ContentType.objects.filter(app_label=app_label)
        if model:
            queryset = queryset.filter(model=model)
        ids.append(queryset)
    result = ids[0]
    for queryset in ids[1:]:
        result = result | queryset
    return list(result.values_list("pk", flat=True))


def promoted_results(query_string, locale):
    """Editors' picks for this query: pages in the visitor's language (via translation_key), and links."""
    promotions = list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query_string))
        .select_related("page")
        .order_by("sort_order")
    )
    if not promotions:
        return []
    keys = [promotion.page.translation_key for promotion in promotions if promotion.page_id]
    localized = {
        page.translation_key: page
        for page in Page.objects.live().public().filter(translation_key__in=keys, locale=locale).specific()
    }
    results = []
    for promotion in promotions:
        if promotion.page_id:
            page = localized.get(promotion.page.translation_key)
            if page is not None:
                results.append({"page": page, "title": page.title, "description": promotion.description, "url": None})
        elif promotion.external_link_url:
            results.append(
                {
                    "page": None,
                    "title": promotion.external_link_text or promotion.external_link_url,
                    "description": promotion.description,
                    "url": promotion.external_link_url,
                }
            )
    return results


@require_GET
def search_view(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    kind = request.GET.get("type", "").strip()
    notes = []
    if kind and kind not in CONTENT_TYPES:
        notes.append(_("We kennen “%(value)s” niet als soort inhoud. We zoeken in alles.") % {"value": kind[:40]})
        kind = ""
    locale = Locale.get_active()
    promoted, page_obj, paginator = [], None, None
    if query:
        queryset = Page.objects.live().public().filter(locale=locale)
        if kind:
            queryset = queryset.filter(content_type__in=content_type_ids(kind))
        promoted = promoted_results(query, locale) if request.GET.get("page", "1") in ("", "1") else []
        promoted_ids = [item["page"].pk for item in promoted if item["page"] is not None]
        if promoted_ids:
            queryset = queryset.exclude(pk__in=promoted_ids)
        terms = search_terms(query)
        results = queryset.specific().search(terms, operator="and") if terms else queryset.none()
        paginator = Paginator(results, RESULTS_PER_PAGE)
        page_obj = paginator.get_page(request.GET.get("page"))
    types = [
        {"value": value, "label": label, "selected": value == kind} for value, (label, _models) in CONTENT_TYPES.items()
    ]
    return render(
        request,
        "website/search.html",
        {
            "query": query,
            "search_query": query,  # fills the search box in the site header (templates/base.html)
            "kind": kind,
            "types": types,
            "notes": notes,
            "promoted": promoted,
            "page_obj": page_obj,
            "paginator": paginator,
            "results": page_obj.object_list if page_obj else [],
        },
    )
