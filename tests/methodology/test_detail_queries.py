"""Guide and publication pages read each relation once: more authors or evidence means no more queries."""

import pytest

from tests.conftest import get_queries
from website.translation import translate_page


def queries(client, url):
    return len(get_queries(client, url))


@pytest.mark.django_db
def test_publication_page_queries_do_not_grow_with_authors_sectors_or_themes(client, make_publication, sectors, themes):
    small = make_publication("klein", authors=[("Bakker", "R")])
    large = make_publication(
        "groot",
        authors=[(f"Auteur{i}", "Kim") for i in range(8)],
        sectors=list(sectors.values()),
        themes=list(themes.values()),
    )
    assert queries(client, large.url) == queries(client, small.url)
    assert queries(client, large.url) <= 15


@pytest.mark.django_db
def test_english_guide_page_queries_do_not_grow_with_linked_publications(
    client, guide_index, research_index, make_guide, make_publication
):
    translate_page(guide_index, "en", {"Handleidingen": "Guides"})
    translate_page(research_index, "en", {"Onderzoek": "Research"})
    publications = [make_publication(f"pub-{i}") for i in range(6)]
    for publication in publications:
        translate_page(publication, "en", {})
    one = translate_page(make_guide("een", publications=publications[:1]), "en", {})
    six = translate_page(make_guide("zes", publications=publications), "en", {})
    assert queries(client, six.url) == queries(client, one.url)
    html = client.get(six.url).content.decode()
    # The evidence links point to the English publications.
    assert html.count('href="/en/research/pub-') == 6
