"""The research dashboard page: who may see it, both languages, filters and bad input, charts with tables."""

import re

import pytest
from django.test import Client

from tests.evaluation.test_dashboard import figures, waves  # noqa: F401 - the hand-worked data sets, as fixtures

pytestmark = pytest.mark.django_db

URL = "/nl/onderzoeksdashboard/"


@pytest.fixture
def as_researcher(client, researcher):
    client.force_login(researcher)
    return client


@pytest.mark.parametrize("role", ["researcher", "programme_team", "superuser"])
def test_researchers_the_programme_team_and_admins_see_the_dashboard(request, home_page, role):
    client = Client()
    client.force_login(request.getfixturevalue(role))
    response = client.get(URL)
    assert response.status_code == 200
    assert "Onderzoeksdashboard" in response.content.decode()


@pytest.mark.parametrize("role", ["ambassador", "coordinator", "editor", "moderator"])
def test_everyone_else_who_is_logged_in_gets_nothing(request, figures, role):  # noqa: F811
    client = Client()
    client.force_login(request.getfixturevalue(role))
    response = client.get(URL + "?sector=schoonmaak")
    assert response.status_code == 403
    body = response.content.decode()
    assert "<svg" not in body and "Module 1" not in body and "collega's bereikt" not in body
    assert "onderzoekers en het programmateam" in body


def test_anonymous_visitors_go_to_the_login_page_and_nothing_is_cached(home_page, settings):
    response = Client().get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/nl/account/login/")
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


def test_the_dashboard_is_never_stored_in_the_page_cache(home_page, researcher, settings):
    """With the anonymous page cache on, neither the figures nor the login redirect are ever stored or served."""
    settings.WAGTAIL_CACHE = True
    anonymous = Client()
    assert [anonymous.get(URL).get("X-Wagtail-Cache") for _ in range(2)] == ["skip", "skip"]
    signed_in = Client()
    signed_in.force_login(researcher)
    assert signed_in.get(URL).status_code == 200
    assert anonymous.get(URL).status_code == 302


def test_every_chart_is_an_svg_with_title_and_description_and_a_table(figures, as_researcher):  # noqa: F811
    body = as_researcher.get(URL).content.decode()
    svgs = re.findall(r"<svg viewBox=[^>]*role=\"img\"[^>]*>\s*<title id=\"([^\"]+)\">[^<]+</title>\s*<desc", body)
    # Three funnels (all, schoonmaak, zorg), progress, days to complete, self-assessment (no waves yet).
    assert len(svgs) == 6
    for table_id in ("funnel-table", "progress-table", "change-table"):
        assert f'<table id="{table_id}">' in body
    assert "<script" not in body.split("</main>")[0].split("<main")[1]


def test_tables_show_the_hand_worked_figures_and_suppress_small_cells(figures, as_researcher):  # noqa: F811
    body = as_researcher.get(URL).content.decode()
    funnel = body.split('<table id="funnel-table">')[1].split("</table>")[0]
    total_row = re.search(r"<th scope=\"row\">Alle organisaties</th>(.*?)</tr>", funnel).group(1)
    assert re.findall(r'<td class="num">([^<]*)</td>', total_row) == [
        "18",
        "11 (61%)",
        "7 (39%)",
        "minder dan 5",
        "minder dan 5",
    ]
    zorg_row = re.search(r"<th scope=\"row\">Zorg en welzijn</th>(.*?)</tr>", funnel).group(1)
    assert re.findall(r'<td class="num">([^<]*)</td>', zorg_row) == [
        "minder dan 5",
        "minder dan 5",
        "minder dan 5",
        "0",
        "0",
    ]
    change = body.split('<table id="change-table">')[1].split("</table>")[0]
    assert re.findall(r'<td class="num">([^<]*)</td>', change)[:4] == ["6", "+0,96", "+0,21", "+1,71"]
    progress = body.split('<table id="progress-table">')[1].split("</table>")[0]
    assert "5 dagen" in progress


def test_a_small_group_shows_no_mean_anywhere(figures, as_researcher):  # noqa: F811
    body = as_researcher.get(URL + "?sector=zorg").content.decode()
    change = body.split('<table id="change-table">')[1].split("</table>")[0]
    assert "minder dan 5" in change and "+2,00" not in body  # b1's own change (+2) is never shown
    assert "niet getoond: minder dan 5 leerambassadeurs" in body


def test_english_dashboard(figures, researcher):  # noqa: F811
    client = Client()
    client.force_login(researcher)
    body = client.get("/en/research-dashboard/").content.decode()
    assert "Research dashboard" in body
    assert "fewer than 5" in body
    assert "+0.96" in body  # numbers in English notation


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("?date_from=2025-05-01&date_to=2025-04-01", "De einddatum ligt voor de begindatum"),
        ("?sector=bestaat-niet", "Deze sector bestaat niet: bestaat-niet"),
        ("?size_class=reusachtig", "Deze grootte bestaat niet"),
        ("?date_from=31-12-2025", "Vul een geldige datum in"),
        ("?wave=T9", "Deze meetronde bestaat niet: T9"),
    ],
)
def test_bad_filters_get_a_clear_message_and_no_figures(home_page, as_researcher, query, message):
    response = as_researcher.get(URL + query)
    assert response.status_code == 400
    body = response.content.decode()
    assert message in body
    assert "<svg viewBox" not in body


def test_filters_narrow_the_figures(figures, as_researcher):  # noqa: F811
    body = as_researcher.get(URL + "?sector=schoonmaak&date_from=2025-04-01&date_to=2025-04-30").content.decode()
    funnel = body.split('<table id="funnel-table">')[1].split("</table>")[0]
    assert "Zorg en welzijn" not in funnel and "Alle organisaties" not in funnel
    assert re.findall(r'<td class="num">([^<]*)</td>', funnel)[0] == "5"
    assert 'value="2025-04-01"' in body and '<option value="schoonmaak" selected>' in body


def test_participation_and_embedding_charts_with_their_tables(figures, waves, as_researcher):  # noqa: F811
    body = as_researcher.get(URL).content.decode()
    assert 'id="participation-schoonmaak-title"' in body and 'id="participation-zorg-title"' in body
    assert 'id="embedding-chart-title"' in body
    zorg = body.split('id="participation-zorg-table-caption"')[1].split("</table>")[0]
    zorg_row = re.search(r"<th scope=\"row\">Zorggroep Test</th>(.*?)</tr>", zorg).group(1)
    assert re.findall(r'<td class="num">([^<]*)</td>', zorg_row) == [
        "minder dan 5",
        "50%",
        "geen meting",
        "geen meting",
    ]
    schoonmaak = body.split('id="participation-schoonmaak-table-caption"')[1].split("</table>")[0]
    median = re.search(r"<th scope=\"row\">Mediaan Schoonmaak</th>(.*?)</tr>", schoonmaak).group(1)
    assert re.findall(r'<td class="num">([^<]*)</td>', median) == ["15%", "23%", "30%", "30%"]
    embedding = body.split('<table id="embedding-table">')[1].split("</table>")[0]
    assert "1 van 3 (33%)" in embedding and "2 van 2 (100%)" in embedding
    assert 'Klein Schoon</th><td class="num">0 van 5</td><td class="num">5 van 5</td>' in body


def test_choosing_a_wave_shows_the_waves_up_to_it(figures, waves, as_researcher):  # noqa: F811
    body = as_researcher.get(URL + "?wave=T0").content.decode()
    assert '<option value="T0" selected>' in body
    embedding = body.split('<table id="embedding-table">')[1].split("</table>")[0]
    assert ">T0<" in embedding and ">T1<" not in embedding
    both = as_researcher.get(URL + "?wave=T0&date_from=2025-01-01")
    assert both.status_code == 400 and "Kies een meetronde of datums, niet allebei." in both.content.decode()


@pytest.mark.parametrize(("role", "shown"), [("researcher", True), ("programme_team", True), ("editor", False)])
def test_the_admin_menu_links_to_the_dashboard_for_whoever_may_see_it(request, home_page, role, shown):
    client = Client()
    client.force_login(request.getfixturevalue(role))
    assert (URL in client.get("/admin/").content.decode()) is shown
