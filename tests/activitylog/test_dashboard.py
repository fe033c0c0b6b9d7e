"""The coordinator dashboard: own organisation only, chart with a table, CSV, constant query count."""

import csv
import datetime
import io
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from activitylog import aggregates
from activitylog.models import Activity
from programme.models import AmbassadorProfile
from tests.conftest import PASSWORD
from website import roles

DASHBOARD = "/nl/coordinator/"
CSV_URL = "/nl/coordinator/export.csv"


def login(client, user):
    assert client.login(username=user.username, password=PASSWORD)
    return client


def read_csv(response):
    text = b"".join(response.streaming_content if response.streaming else [response.content]).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


@pytest.fixture
def activities_a_and_b(ambassador, other_ambassador, make_activity):
    make_activity(ambassador, colleagues_reached=7, registered=2, started=1, private_note="geheim-A")
    make_activity(other_ambassador, colleagues_reached=400, registered=300, private_note="geheim-B")


def test_url_names():
    assert reverse("activitylog:dashboard") == DASHBOARD
    assert reverse("activitylog:dashboard_csv") == CSV_URL


@pytest.mark.django_db
@pytest.mark.parametrize("url", [DASHBOARD, CSV_URL])
def test_anonymous_visitors_must_log_in(client, url):
    response = client.get(url)
    assert response.status_code == 302 and "/account/login/" in response["Location"]


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["ambassador", "researcher", "editor", "superuser"])
@pytest.mark.parametrize("url", [DASHBOARD, CSV_URL])
def test_only_coordinators_see_the_dashboard(client, request, who, url):
    login(client, request.getfixturevalue(who))
    assert client.get(url).status_code == 403


@pytest.mark.django_db
def test_coordinator_in_the_group_but_without_a_profile_is_refused(client, make_user):
    user = make_user("zonderprofiel", group=roles.COORDINATORS)
    login(client, user)
    assert client.get(DASHBOARD).status_code == 403


@pytest.mark.django_db
def test_dashboard_shows_own_organisation_with_names_chart_and_table(
    client, coordinator, ambassador, other_ambassador, activities_a_and_b
):
    response = login(client, coordinator).get(DASHBOARD)
    assert response.status_code == 200
    html = response.content.decode()
    dashboard = response.context["dashboard"]
    assert dashboard.organisation == coordinator.ambassador_profile.organisation
    assert dashboard.totals["colleagues_reached"] == 7
    assert ambassador.get_full_name() in html
    assert other_ambassador.get_full_name() not in html
    assert "400" not in html
    assert "geheim-A" not in html and "geheim-B" not in html  # private notes stay private
    assert '<svg viewBox="0 0 560 280" role="img"' in html
    assert 'id="month-table"' in html and "<caption" in html
    # SVG numbers are never written the Dutch way (12,5 would break the drawing).
    assert not re.search(r'(x|y|width|height)="\d+,\d', html)
    assert 'href="/nl/coordinator/export.csv?periode=12"' in html


@pytest.mark.django_db
def test_coordinator_of_b_sees_nothing_of_a_whatever_the_query_string(
    client, other_coordinator, ambassador, activities_a_and_b, organisation
):
    login(client, other_coordinator)
    for url in (
        DASHBOARD,
        f"{DASHBOARD}?organisation={organisation.pk}",
        f"{DASHBOARD}?organisatie={organisation.slug}",
    ):
        response = client.get(url)
        assert response.status_code == 200
        assert response.context["dashboard"].totals["colleagues_reached"] == 400
        assert ambassador.get_full_name() not in response.content.decode()
    rows = read_csv(client.get(f"{CSV_URL}?organisation={organisation.pk}"))
    assert {row[0] for row in rows[1:]} == {other_coordinator.ambassador_profile.organisation.name}


@pytest.mark.django_db
def test_coordinator_cannot_open_activities_by_id(client, coordinator, ambassador, make_activity):
    activity = make_activity(ambassador)
    login(client, coordinator)
    for name in ("activity_update", "activity_delete"):
        assert client.get(reverse(f"activitylog:{name}", args=[activity.pk])).status_code in (403, 404)


@pytest.mark.django_db
def test_period_choice_is_limited_to_what_we_offer(client, coordinator):
    login(client, coordinator)
    assert client.get(f"{DASHBOARD}?periode=6").context["dashboard"].months == 6
    assert client.get(f"{DASHBOARD}?periode=999").context["dashboard"].months == aggregates.DEFAULT_PERIOD
    assert client.get(f"{DASHBOARD}?periode=drie").context["dashboard"].months == aggregates.DEFAULT_PERIOD


@pytest.mark.django_db
def test_csv_download_holds_the_aggregates(client, coordinator, activities_a_and_b):
    response = login(client, coordinator).get(f"{CSV_URL}?periode=3")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"].startswith('attachment; filename="activiteiten-schoonmaak-test-')
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    rows = read_csv(response)
    header = rows[0]
    body = [dict(zip(header, row, strict=False)) for row in rows[1:]]
    total = next(row for row in body if row["section"] == "total")
    assert (total["colleagues_reached"], total["registered"], total["started"]) == ("7", "2", "1")
    assert len([row for row in body if row["section"] == "month"]) == 3
    assert "geheim" not in response.content.decode("utf-8-sig")


@pytest.mark.django_db
def test_csv_cells_are_safe_from_formula_injection(client, coordinator, ambassador, make_activity):
    organisation = coordinator.ambassador_profile.organisation
    organisation.name = '=HYPERLINK("http://evil.example","klik")'
    organisation.save()
    make_activity(ambassador)
    rows = read_csv(login(client, coordinator).get(CSV_URL))
    for row in rows[1:]:
        assert row[0] == "'" + organisation.name
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


@pytest.mark.django_db
def test_dashboard_in_english(client, coordinator):
    response = login(client, coordinator).get("/en/coordinator/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Download the figures (CSV)" in html
    assert 'href="/en/coordinator/export.csv?periode=12"' in html


@pytest.mark.django_db
@pytest.mark.parametrize(("ambassadors", "per_ambassador"), [(2, 1), (12, 25)])
def test_dashboard_query_count_does_not_grow(
    client,
    coordinator,
    organisation,
    other_organisation,
    make_user,
    django_assert_max_num_queries,
    ambassadors,
    per_ambassador,
):
    today = timezone.localdate()
    rows = []
    for index in range(ambassadors):
        user = make_user(f"amb{index}", group=roles.AMBASSADORS, organisation=organisation, consent=index % 2 == 0)
        for day in range(per_ambassador):
            rows.append(
                Activity(
                    user=user,
                    organisation=organisation,
                    date=today - datetime.timedelta(days=day * 9),
                    activity_type="group_session",
                    colleagues_reached=5,
                    registered=1,
                    learning_kind="work_course" if day % 2 else "",
                )
            )
    Activity.objects.bulk_create(rows)
    assert AmbassadorProfile.objects.filter(organisation=organisation, kind="ambassador").count() == ambassadors
    login(client, coordinator)
    # Own queries (12): session, user, profile (read once, also for programme.access), per month (gives the totals
    # too), 3 breakdowns, ambassadors, their sums, progress_summary (3); the shell adds 2 (site, cached menu).
    # Second request: per-process caches (menu, locale ids) are warm, as on a running site.
    client.get(DASHBOARD)
    with django_assert_max_num_queries(14):
        response = client.get(DASHBOARD)
    assert response.status_code == 200
    with django_assert_max_num_queries(7):
        assert client.get(CSV_URL).status_code == 200


@pytest.mark.django_db
def test_programme_progress_columns_show_the_programme_summary(client, coordinator, ambassador, monkeypatch):
    def fake_summary(users):
        return {
            user.pk: {
                "completed_lessons": 5,
                "total_lessons": 26,
                "completed_modules": 1,
                "total_modules": 8,
                "last_activity": timezone.now(),
            }
            for user in users
        }

    monkeypatch.setattr(aggregates, "progress_summary", fake_summary)
    html = login(client, coordinator).get(DASHBOARD).content.decode()
    assert "Lessen klaar" in html and "5 van 26" in html and "1 van 8" in html


@pytest.mark.django_db
def test_an_ambassador_who_has_not_started_shows_as_not_started(client, coordinator, ambassador):
    response = login(client, coordinator).get(DASHBOARD)
    (row,) = response.context["dashboard"].ambassadors
    assert row.progress["completed_lessons"] == 0
    assert "Lessen klaar" in response.content.decode()


@pytest.mark.django_db
def test_dashboard_shows_real_programme_progress(client, coordinator, ambassador, colleague_ambassador, home_page):
    """Integration with programme.progress: one module of two lessons, the ambassador finished one."""
    from programme import progress
    from programme.models import LessonPage, ModulePage, ProgrammePage

    programme = ProgrammePage(title="Ontwikkelprogramma", slug="programma-test", intro="Het programma.")
    home_page.add_child(instance=programme)
    programme.save_revision().publish()
    module = ModulePage(title="Module 1", slug="module-1", intro="Over module 1.", estimated_minutes=30)
    programme.add_child(instance=module)
    module.save_revision().publish()
    lessons = []
    for n in (1, 2):
        lesson = LessonPage(
            title=f"Les {n}", slug=f"les-{n}", intro="Korte les.", body=[("paragraph", f"<p>Uitleg bij les {n}.</p>")]
        )
        module.add_child(instance=lesson)
        lesson.save_revision().publish()
        lessons.append(lesson)
    progress.complete_lesson(ambassador, lessons[0])

    html = login(client, coordinator).get(DASHBOARD).content.decode()
    rows = {row.profile.user_id: row for row in client.get(DASHBOARD).context["dashboard"].ambassadors}
    assert rows[ambassador.pk].progress["completed_lessons"] == 1
    assert rows[ambassador.pk].progress["total_lessons"] == 2
    assert rows[colleague_ambassador.pk].progress["completed_lessons"] == 0
    assert "1 van 2" in html and "0 van 1" in html


@pytest.mark.django_db
def test_a_large_organisation_lists_its_ambassadors_a_page_at_a_time(
    client, coordinator, organisation, make_user, monkeypatch, make_activity
):
    monkeypatch.setattr(aggregates, "AMBASSADORS_PER_PAGE", 3)
    for n in range(4):
        make_activity(
            make_user(f"amb{n}", organisation=organisation, first_name=f"Naam{n}", last_name="Test"),
            colleagues_reached=n + 1,
        )
    login(client, coordinator)
    first = client.get(DASHBOARD + "?periode=6").content.decode()
    assert [f"Naam{n}" in first for n in range(4)] == [True, True, True, False]
    assert 'href="?periode=6&amp;pagina=2#ambassadors-title" rel="next"' in first
    second = client.get(DASHBOARD + "?periode=6&pagina=2").content.decode()
    assert "Naam3" in second and "Naam0" not in second and 'rel="prev"' in second
    # The totals are those of the whole organisation on every page.
    assert client.get(DASHBOARD + "?pagina=2").context["dashboard"].totals["colleagues_reached"] == 10
    # A page number that does not exist shows the nearest page instead of an error.
    assert "Naam3" in client.get(DASHBOARD + "?pagina=99").content.decode()
    assert "Naam0" in client.get(DASHBOARD + "?pagina=abc").content.decode()
