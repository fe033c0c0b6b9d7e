"""Research index (filters, pagination), publication pages, and the Atom feed per language."""

import datetime

import feedparser
import pytest

from methodology.models.research import PUBLICATIONS_PER_PAGE
from tests.conftest import get_queries
from website.translation import translate_page


def slugs(response):
    return [publication.slug for publication in response.context["publications"]]


@pytest.fixture
def publications(make_publication, sectors, themes):
    return {
        "report": make_publication(
            "rapport-zorg", "report", datetime.date(2025, 9, 1), sectors=[sectors["zorg"]], themes=[themes["bereik"]]
        ),
        "article": make_publication(
            "artikel-schoonmaak",
            "article",
            datetime.date(2025, 5, 1),
            sectors=[sectors["schoonmaak"]],
            themes=[themes["bereik"], themes["borging"]],
        ),
        "factsheet": make_publication(
            "factsheet-algemeen", "factsheet", datetime.date(2024, 11, 1), themes=[themes["borging"]]
        ),
        "presentation": make_publication(
            "presentatie-zorg", "presentation", datetime.date(2024, 6, 1), sectors=[sectors["zorg"]]
        ),
    }


@pytest.mark.django_db
def test_publications_are_listed_newest_first(client, research_index, publications):
    response = client.get(research_index.url)
    assert response.status_code == 200
    assert slugs(response) == ["rapport-zorg", "artikel-schoonmaak", "factsheet-algemeen", "presentatie-zorg"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query, expected",
    [
        ("?type=article", ["artikel-schoonmaak"]),
        ("?sector=zorg", ["rapport-zorg", "presentatie-zorg"]),
        ("?theme=borging", ["artikel-schoonmaak", "factsheet-algemeen"]),
        ("?theme=bereik&sector=zorg", ["rapport-zorg"]),
        ("?type=presentation&sector=zorg", ["presentatie-zorg"]),
        ("?type=report&sector=schoonmaak&theme=bereik", []),
    ],
)
def test_filters_and_combinations(client, research_index, publications, query, expected):
    response = client.get(research_index.url + query)
    assert response.status_code == 200
    assert slugs(response) == expected


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "?type=boek",
        "?theme=%27%3B--",
        "?sector=" + "z" * 3000,
        "?page=abc",
        "?page=-1",
        "?page=99999",
        "?page=1.5",
        "?type=article&type=report",
    ],
)
def test_bad_input_gives_a_page_not_an_error(client, research_index, publications, query):
    response = client.get(research_index.url + query)
    assert response.status_code == 200


@pytest.mark.django_db
def test_unknown_type_is_ignored_with_a_note(client, research_index, publications):
    response = client.get(research_index.url + "?type=boek&sector=zorg")
    assert slugs(response) == ["rapport-zorg", "presentatie-zorg"]
    assert "We kennen “boek” niet als soort." in response.content.decode()


@pytest.mark.django_db
def test_pagination_keeps_the_filters_in_the_links(client, research_index, make_publication, sectors):
    for i in range(PUBLICATIONS_PER_PAGE + 3):
        make_publication(
            f"pub-{i:02d}", date=datetime.date(2025, 1, 1) + datetime.timedelta(days=i), sectors=[sectors["zorg"]]
        )
    response = client.get(research_index.url + "?sector=zorg&type=onbekend")
    assert len(response.context["publications"]) == PUBLICATIONS_PER_PAGE
    html = response.content.decode()
    # The unknown type is dropped from the links; the sector is kept.
    assert 'href="?sector=zorg&amp;page=2" rel="next"' in html
    second = client.get(research_index.url + "?sector=zorg&page=2")
    assert len(second.context["publications"]) == 3
    assert client.get(research_index.url + "?sector=zorg&page=99").context["page_obj"].number == 2


@pytest.mark.django_db
def test_listing_query_count_does_not_grow_with_content(client, research_index, make_publication, sectors, themes):
    def queries():
        return len(get_queries(client, research_index.url + "?theme=bereik"))

    for i in range(2):
        make_publication(
            f"a-{i}", sectors=[sectors["zorg"]], themes=[themes["bereik"]], authors=[("Bakker", "R"), ("Smit", "E")]
        )
    client.get(research_index.url)
    few = queries()
    for i in range(2, PUBLICATIONS_PER_PAGE + 5):
        make_publication(
            f"a-{i}",
            sectors=[sectors["zorg"], sectors["schoonmaak"]],
            themes=[themes["bereik"]],
            authors=[("Bakker", "R"), ("Smit", "E"), ("Visser", "J")],
        )
    many = queries()
    assert many == few
    assert few <= 25


@pytest.mark.django_db
def test_publication_page_shows_details_related_guides_and_example_marker(
    client, publications, make_guide, research_index
):
    report = publications["report"]
    report.is_example = True
    report.save_revision().publish()
    guide = make_guide("verkennen", publications=[report])
    make_guide("niet-gekoppeld")
    response = client.get(report.url)
    assert response.status_code == 200
    assert [g.pk for g in response.context["related_guides"]] == [guide.pk]
    html = response.content.decode()
    assert "Voorbeeldinhoud" in html
    assert "Zorg en welzijn" in html and "Bereik" in html
    # And the guide links back to the publication under 'wat zegt het onderzoek'.
    guide_html = client.get(guide.url).content.decode()
    assert "Wat zegt het onderzoek?" in guide_html and f'href="{report.url}"' in guide_html


@pytest.mark.django_db
def test_invalid_doi_is_refused_by_the_model(publications):
    from django.core.exceptions import ValidationError

    report = publications["report"]
    report.doi = "geen-doi"
    with pytest.raises(ValidationError) as error:
        report.full_clean()
    assert "doi" in error.value.message_dict


@pytest.mark.django_db
def test_feed_parses_and_lists_publications_in_that_language(client, research_index, publications):
    response = client.get("/nl/publicaties/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "atom10"
    assert [entry.title for entry in feed.entries] == [
        "Rapport zorg",
        "Artikel schoonmaak",
        "Factsheet algemeen",
        "Presentatie zorg",
    ]
    first = feed.entries[0]
    assert first.link == "http://testserver/nl/onderzoek/rapport-zorg/"
    assert first.summary == "Samenvatting van rapport-zorg."
    assert first.author == "Ruben Bakker"
    assert {tag.term for tag in first.tags} >= {"Rapport", "Zorg en welzijn", "Bereik"}
    assert feed.feed.link == "http://testserver/nl/onderzoek/"

    translate_page(research_index, "en", {"Onderzoek": "Research"})
    translate_page(publications["article"], "en", {"Artikel schoonmaak": "Article on cleaning"})
    english = feedparser.parse(client.get("/en/publications/feed/").content)
    assert not english.bozo
    assert [entry.title for entry in english.entries] == ["Article on cleaning"]
    assert english.entries[0].link == "http://testserver/en/research/article-on-cleaning/"
    assert {tag.term for tag in english.entries[0].tags} >= {"Article", "Cleaning", "Reach"}


@pytest.mark.django_db
def test_feed_without_a_research_section_is_empty_not_an_error(client, home_page):
    response = client.get("/en/publications/feed/")
    assert response.status_code == 200
    assert feedparser.parse(response.content).entries == []


@pytest.mark.django_db
def test_research_index_announces_its_feed(client, research_index):
    html = client.get(research_index.url).content.decode()
    assert '<link rel="alternate" type="application/atom+xml"' in html and 'href="/nl/publicaties/feed/"' in html
