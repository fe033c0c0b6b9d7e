"""The search box of the programme team's progress report (Reports → Voortgang deelnemers).

It searches what the participants listing searches (first name, last name, username; part of a word, any case),
together with the filters, in the page, in the results that Wagtail swaps in while typing, and in the export.
The query budget at two data sizes is in tests/platform/test_scale_queries.py ("Progress report, filtered and
searched", bench/scale_pages.py).
"""

import pytest
from django.urls import reverse
from django.utils import translation

from programme import progress
from programme.admin_views import PARTICIPANT_SEARCH_FIELDS, ParticipantSearchForm
from programme.wagtail_hooks import AmbassadorProfileViewSet
from tests.conftest import get_queries
from website import roles

pytestmark = pytest.mark.django_db

REPORT = "programme_progress_report"


@pytest.fixture
def people(make_user, organisation, other_organisation, cohort):
    """Four participants in two organisations; Sanne appears in two (once by her username only)."""
    return {
        "sanne": make_user(
            "sdevries", first_name="Sanne", last_name="de Vries", group=roles.AMBASSADORS, organisation=organisation
        ),
        "sanne_elders": make_user(
            "sanne.bakker",
            first_name="Anna",
            last_name="Bakker",
            group=roles.AMBASSADORS,
            organisation=other_organisation,
        ),
        "mehmet": make_user(
            "myilmaz", first_name="Mehmet", last_name="Yilmaz", group=roles.AMBASSADORS, organisation=organisation
        ),
        "karin": make_user(
            "kjansen",
            first_name="Karin",
            last_name="Jansen",
            group=roles.COORDINATORS,
            organisation=organisation,
            kind="coordinator",
        ),
    }


def names_in(html, people):
    return {key for key, user in people.items() if user.get_full_name() in html}


def report(client, user, **params):
    client.force_login(user)
    response = client.get(reverse(REPORT), params)
    assert response.status_code == 200
    return response.content.decode()


def test_the_report_searches_what_the_participants_listing_searches():
    assert PARTICIPANT_SEARCH_FIELDS == ["user__first_name", "user__last_name", "user__username"]
    assert AmbassadorProfileViewSet.search_fields is PARTICIPANT_SEARCH_FIELDS


@pytest.mark.parametrize(
    "query, expected",
    [
        ("Sanne", {"sanne", "sanne_elders"}),  # first name, and part of a username
        ("sanne", {"sanne", "sanne_elders"}),  # any case
        ("vries", {"sanne"}),  # part of a last name
        ("myilmaz", {"mehmet"}),  # username
        ("Jans", {"karin"}),
        ("niemand", set()),
    ],
)
def test_search_by_name_or_username(client, programme_team, people, query, expected):
    html = report(client, programme_team, q=query)
    assert names_in(html, people) == expected
    if not expected:
        assert "Sanne de Vries" not in html


def test_search_and_filters_together(client, programme_team, people, organisation):
    html = report(client, programme_team, q="sanne", organisation=organisation.pk, kind="ambassador")
    assert names_in(html, people) == {"sanne"}
    assert report(client, programme_team, q="Karin", kind="ambassador").count("Karin Jansen") == 0


def test_without_a_search_everyone_is_listed(client, programme_team, people):
    assert names_in(report(client, programme_team), people) == set(people)
    assert names_in(report(client, programme_team, q=""), people) == set(people)


def test_the_results_swapped_in_while_typing_are_searched_too(client, programme_team, people):
    client.force_login(programme_team)
    response = client.get(reverse("programme_progress_report_results"), {"q": "Mehmet"})
    assert response.status_code == 200
    assert names_in(response.content.decode(), people) == {"mehmet"}


def test_the_export_has_the_rows_of_the_search(client, programme_team, people, lessons):
    progress.complete_lesson(people["sanne"], lessons[0])
    client.force_login(programme_team)
    response = client.get(reverse(REPORT), {"q": "vries", "export": "csv"})
    assert response.status_code == 200
    rows = b"".join(response.streaming_content if response.streaming else [response.content]).decode()
    assert "Sanne de Vries" in rows and "Anna Bakker" not in rows and "Mehmet" not in rows


def test_the_search_box_says_what_it_searches_in_dutch_and_english(client, programme_team, people):
    html = report(client, programme_team)
    assert 'placeholder="Zoek op naam of gebruikersnaam"' in html
    assert "Zoek een deelnemer op naam of gebruikersnaam" in html
    assert 'name="q"' in html
    with translation.override("en"):
        form = ParticipantSearchForm()
        assert str(form.fields["q"].label) == "Search for a participant by name or username"
        assert str(form.fields["q"].widget.attrs["placeholder"]) == "Search by name or username"


def test_the_searched_query_is_kept_in_the_box(client, programme_team, people):
    assert 'value="vries"' in report(client, programme_team, q="vries")


def test_searching_adds_no_queries_per_row(client, programme_team, people, make_user, organisation):
    client.force_login(programme_team)
    url = f"{reverse(REPORT)}?q=a&organisation={organisation.pk}"
    before = len(get_queries(client, url))
    for n in range(6):
        make_user(f"extra{n}", first_name="Aart", last_name=f"Achternaam {n}", organisation=organisation)
    assert len(get_queries(client, url)) == before <= 15
