"""Site search: per language, filtered by content type, promoted results first, nothing written on GET."""

import pytest
from django.conf.urls.i18n import i18n_patterns
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import path
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from website import search
from website import urls as site_urls
from website.translation import translate_page

# The same route the site's urls.py carries (`zoeken/` inside i18n_patterns, name "search"), so these
# tests do not depend on the order in which the shared urls.py was edited.
urlpatterns = i18n_patterns(path("zoeken/", search.search_view, name="search"), prefix_default_language=True)
urlpatterns += site_urls.urlpatterns

pytestmark = [pytest.mark.urls(__name__), pytest.mark.django_db]

from tests.methodology.conftest import (  # noqa: E402,F401  (fixtures shared with the methodology tests)
    guide_index,
    make_guide,
    make_publication,
    research_index,
    sectors,
    self_assessment,
)


@pytest.fixture
def content(guide_index, research_index, make_guide, make_publication, self_assessment):  # noqa: F811
    translate_page(guide_index, "en", {"Handleidingen": "Guides"})
    translate_page(research_index, "en", {"Onderzoek": "Research"})
    guide = make_guide("draagvlak", title="Draagvlak bij de ondernemingsraad")
    guide_en = translate_page(
        guide,
        "en",
        {"Draagvlak bij de ondernemingsraad": "Support from the works council", "Over draagvlak.": "About support."},
    )
    publication = make_publication("rapport-draagvlak", title="Rapport over draagvlak en ondernemingsraad")
    publication_en = translate_page(
        publication, "en", {"Rapport over draagvlak en ondernemingsraad": "Report on support and the works council"}
    )
    assessment_en = translate_page(self_assessment, "en", {"Starten met leerambassadeurs": "Getting started"})
    return {
        "guide": guide,
        "guide_en": guide_en,
        "publication": publication,
        "publication_en": publication_en,
        "assessment": self_assessment,
        "assessment_en": assessment_en,
    }


def result_ids(response):
    return [page.pk for page in response.context["results"]]


def test_search_finds_dutch_pages_in_dutch_and_english_pages_in_english(client, content):
    response = client.get("/nl/zoeken/", {"q": "ondernemingsraad"})
    assert response.status_code == 200
    assert sorted(result_ids(response)) == sorted([content["guide"].pk, content["publication"].pk])
    response = client.get("/en/search/", {"q": "council"})
    assert sorted(result_ids(response)) == sorted([content["guide_en"].pk, content["publication_en"].pk])
    # A Dutch word in the English search finds no Dutch pages.
    assert client.get("/en/search/", {"q": "ondernemingsraad"}).context["results"] == []


def test_content_type_filter(client, content):
    response = client.get("/nl/zoeken/", {"q": "ondernemingsraad", "type": "publicatie"})
    assert result_ids(response) == [content["publication"].pk]
    response = client.get("/nl/zoeken/", {"q": "ondernemingsraad", "type": "handleiding"})
    assert result_ids(response) == [content["guide"].pk]
    assert client.get("/nl/zoeken/", {"q": "ondernemingsraad", "type": "programma"}).context["results"] == []
    html = client.get("/nl/zoeken/", {"q": "ondernemingsraad", "type": "publicatie"}).content.decode()
    assert '<option value="publicatie" selected>' in html


def test_unknown_type_is_ignored_with_a_note(client, content):
    response = client.get("/nl/zoeken/", {"q": "ondernemingsraad", "type": "<b>films</b>"})
    assert response.status_code == 200
    assert len(result_ids(response)) == 2
    html = response.content.decode()
    assert "niet als soort inhoud" in html and "<b>films</b>" not in html


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"q": ""},
        {"q": "   "},
        {"q": "x" * 5000},
        {"q": "draagvlak", "page": "abc"},
        {"q": "draagvlak", "page": "-3"},
        {"q": "\"'%_\\"},
        {"q": "AND OR NOT"},
    ],
)
def test_odd_input_is_handled(client, content, params):
    assert client.get("/nl/zoeken/", params).status_code == 200


def test_unpublished_and_private_pages_are_not_found(client, content):
    content["publication"].unpublish()
    PageViewRestriction.objects.create(page=content["guide"], restriction_type=PageViewRestriction.LOGIN)
    assert client.get("/nl/zoeken/", {"q": "ondernemingsraad"}).context["results"] == []


def test_promoted_result_comes_first_in_the_visitors_language_and_only_once(client, content):
    query = Query.objects.create(query_string="ondernemingsraad")
    SearchPromotion.objects.create(
        query=query, page=content["publication"], description="Lees eerst dit rapport.", sort_order=0
    )
    SearchPromotion.objects.create(
        query=query, external_link_url="https://example.org/cao", external_link_text="Cao-teksten", sort_order=1
    )
    response = client.get("/nl/zoeken/", {"q": "Ondernemingsraad "})
    promoted = response.context["promoted"]
    assert [item["title"] for item in promoted] == ["Rapport over draagvlak en ondernemingsraad", "Cao-teksten"]
    assert result_ids(response) == [content["guide"].pk]
    html = response.content.decode()
    assert html.index("Lees eerst dit rapport.") < html.index("Draagvlak bij de ondernemingsraad")
    # The English search shows the English translation of the promoted page.
    Query.objects.create(query_string="council")
    SearchPromotion.objects.create(query=Query.objects.get(query_string="council"), page=content["publication"])
    english = client.get("/en/search/", {"q": "council"})
    assert [item["page"].pk for item in english.context["promoted"]] == [content["publication_en"].pk]
    assert result_ids(english) == [content["guide_en"].pk]


def test_searching_writes_nothing_and_needs_few_queries(client, content):
    Query.objects.create(query_string="ondernemingsraad")
    client.get("/nl/zoeken/", {"q": "ondernemingsraad"})
    queries_before = Query.objects.count()
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/nl/zoeken/", {"q": "ondernemingsraad"})
    assert response.status_code == 200
    writes = [
        q["sql"]
        for q in captured.captured_queries
        if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
    ]
    assert writes == []
    assert Query.objects.count() == queries_before
    assert len(captured.captured_queries) <= 30


def test_search_page_has_a_labelled_form(client, home_page):
    html = client.get("/nl/zoeken/").content.decode()
    assert 'role="search"' in html
    assert '<label for="search-q">' in html and '<label for="search-type">' in html
