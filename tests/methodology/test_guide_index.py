"""The guide index: filters by phase, sector and level as shareable GET URLs, robust to bad input."""

import pytest

from methodology.models import GuideIndexPage
from tests.conftest import get_queries
from website.translation import translate_page


def titles(response):
    return sorted(guide.slug for guide in response.context["guides"])


@pytest.fixture
def guides(make_guide, sectors):
    return {
        "explore": make_guide("verkennen-algemeen", phase="explore", level="meso"),
        "recruit": make_guide("werven-algemeen", phase="recruit", level="micro"),
        "recruit-care": make_guide("werven-zorg", phase="recruit", level="micro", sectors=[sectors["zorg"]]),
        "deploy-cleaning": make_guide(
            "inzetten-schoonmaak", phase="deploy", level="micro", sectors=[sectors["schoonmaak"]]
        ),
        "sustain": make_guide("borgen-cao", phase="sustain", level="macro"),
    }


@pytest.mark.django_db
def test_without_filters_all_guides_are_listed_in_phase_order(client, guide_index, guides):
    response = client.get(guide_index.url)
    assert response.status_code == 200
    assert [guide.slug for guide in response.context["guides"]] == [
        "verkennen-algemeen",
        "werven-algemeen",
        "werven-zorg",
        "inzetten-schoonmaak",
        "borgen-cao",
    ]
    html = response.content.decode()
    assert html.index("Verkennen</h3>") < html.index("Werven en selecteren</h3>") < html.index("Borgen</h3>")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query, expected",
    [
        ("?phase=recruit", ["werven-algemeen", "werven-zorg"]),
        ("?level=micro", ["inzetten-schoonmaak", "werven-algemeen", "werven-zorg"]),
        ("?level=macro", ["borgen-cao"]),
        # A sector shows its own variants plus the guides for every sector, never another sector's variant.
        ("?sector=zorg", ["borgen-cao", "verkennen-algemeen", "werven-algemeen", "werven-zorg"]),
        ("?phase=recruit&sector=schoonmaak", ["werven-algemeen"]),
        ("?phase=recruit&sector=zorg&level=micro", ["werven-algemeen", "werven-zorg"]),
        ("?phase=deploy&level=macro", []),
    ],
)
def test_filters_and_their_combinations(client, guide_index, guides, query, expected):
    response = client.get(guide_index.url + query)
    assert response.status_code == 200
    assert titles(response) == sorted(expected)
    assert response.context["filter"].ignored == []


@pytest.mark.django_db
def test_chosen_filters_stay_selected_so_the_url_can_be_shared(client, guide_index, guides):
    html = client.get(guide_index.url + "?phase=sustain&sector=zorg").content.decode()
    assert '<option value="sustain" selected>' in html
    assert '<option value="zorg" selected>' in html
    assert 'method="get"' in html
    assert "Je filtert op:" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "?phase=bestaat-niet",
        "?sector=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "?level=" + "x" * 5000,
        "?phase=",
        "?phase=explore&phase=sustain",
        "?sector=%00",
        "?onbekend=1",
    ],
)
def test_bad_filter_input_never_breaks_the_page(client, guide_index, guides, query):
    response = client.get(guide_index.url + query)
    assert response.status_code == 200
    assert "<script>alert(1)" not in response.content.decode()


@pytest.mark.django_db
def test_unknown_values_are_ignored_and_explained(client, guide_index, guides):
    response = client.get(guide_index.url + "?phase=bestaat-niet&level=micro")
    assert titles(response) == ["inzetten-schoonmaak", "werven-algemeen", "werven-zorg"]
    html = response.content.decode()
    assert "Niet alle filters zijn gebruikt" in html
    assert "We kennen “bestaat-niet” niet als fase." in html
    # A second value for the same filter is explained too; the first known one is used.
    response = client.get(guide_index.url + "?phase=explore&phase=sustain")
    assert titles(response) == ["verkennen-algemeen"]
    assert len(response.context["filter"].ignored) == 1


@pytest.mark.django_db
def test_drafts_and_private_guides_are_not_listed(client, guide_index, guides):
    guides["sustain"].unpublish()
    assert "borgen-cao" not in titles(client.get(guide_index.url))


@pytest.mark.django_db
def test_english_index_lists_english_guides_and_points_to_dutch_ones_not_yet_translated(client, guide_index, guides):
    english_index = translate_page(guide_index, "en", {"Handleidingen": "Guides"})
    english_guide = translate_page(guides["explore"], "en", {"Verkennen algemeen": "Exploring in general"})
    response = client.get("/en/guides/?phase=explore")
    assert response.status_code == 200
    assert [guide.pk for guide in response.context["guides"]] == [english_guide.pk]
    assert response.context["untranslated_guides"] == []
    response = client.get("/en/guides/?phase=recruit")
    assert response.context["guides"] == []
    assert sorted(g.slug for g in response.context["untranslated_guides"]) == ["werven-algemeen", "werven-zorg"]
    html = response.content.decode()
    assert 'href="/nl/handleidingen/werven-zorg/" hreflang="nl" lang="nl"' in html
    assert english_index.locale.language_code == "en"


def listing_queries(client, url):
    return len(get_queries(client, url))


@pytest.mark.django_db
def test_listing_query_count_does_not_grow_with_the_number_of_guides(client, guide_index, make_guide, sectors):
    for i in range(3):
        make_guide(f"gids-{i}", phase="train", sectors=[sectors["zorg"], sectors["schoonmaak"]])
    url = guide_index.url + "?sector=zorg"
    client.get(url)  # warm caches (site root paths, locales)
    few = listing_queries(client, url)
    for i in range(3, 20):
        make_guide(f"gids-{i}", phase=["explore", "sustain"][i % 2], sectors=[sectors["zorg"]])
    many = listing_queries(client, url)
    assert len(client.get(url).context["guides"]) == 20
    assert many == few
    assert few <= 25  # about 20: the site shell (menu, language switcher, settings) plus 8 for the listing


@pytest.mark.django_db
def test_guide_index_is_in_the_main_menu(client, guide_index):
    assert guide_index.show_in_menus
    html = client.get("/nl/").content.decode()
    assert f'href="{guide_index.url}"' in html
    assert GuideIndexPage.objects.count() == 1
