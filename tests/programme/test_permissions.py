"""Who sees what: anonymous, ambassador, another organisation's ambassador, coordinator, researcher, editor."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from programme import progress
from programme.models import LessonProgress
from tests.conftest import PASSWORD

BODY_MARKER = "Uitleg bij les 1.1."
ROLES = ["anonymous", "ambassador", "other_ambassador", "coordinator", "researcher", "editor"]


@pytest.fixture
def as_role(client, request):
    def login(role):
        if role != "anonymous":
            user = request.getfixturevalue(role)
            client.login(username=user.username, password=PASSWORD)
            return user
        return None

    return login


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_programme_and_module_overviews_are_public(client, as_role, role, programme, modules, lessons):
    as_role(role)
    assert client.get(programme.url).status_code == 200
    response = client.get(modules[0].url)
    assert response.status_code == 200
    assert lessons[0].title in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "role, sees_body, sees_button",
    [
        ("anonymous", False, False),
        ("ambassador", True, True),
        ("other_ambassador", True, True),
        ("coordinator", True, True),
        ("researcher", True, False),
        ("editor", True, False),
    ],
)
def test_lesson_body_needs_a_login(client, as_role, role, sees_body, sees_button, lesson):
    as_role(role)
    response = client.get(lesson.url)
    html = response.content.decode()
    assert response.status_code == 200  # anonymous visitors get a friendly prompt, never an error
    assert (BODY_MARKER in html) is sees_body
    assert ("Markeer als afgerond" in html) is sees_button
    assert lesson.intro in html  # the overview of the lesson stays public
    if role == "anonymous":
        assert reverse("login") in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "role, expected",
    [
        ("anonymous", 302),
        ("ambassador", 302),
        ("other_ambassador", 302),
        ("coordinator", 302),
        ("researcher", 403),
        ("editor", 403),
    ],
)
def test_only_participants_can_record_progress(client, as_role, role, expected, lesson):
    user = as_role(role)
    response = client.post(reverse("programme:complete_lesson", args=[lesson.translation_key]))
    assert response.status_code == expected
    if role == "anonymous":
        assert reverse("login") in response["Location"]
    recorded = LessonProgress.objects.filter(completed_at__isnull=False)
    assert recorded.count() == (1 if expected == 302 and user else 0)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "role, expected",
    [
        ("anonymous", 302),
        ("ambassador", 200),
        ("other_ambassador", 200),
        ("coordinator", 200),
        ("researcher", 200),
        ("editor", 200),
    ],
)
def test_my_path_needs_a_login(client, as_role, role, expected, programme):
    as_role(role)
    response = client.get(reverse("programme:my_path"))
    assert response.status_code == expected
    if role in ("researcher", "editor"):
        assert "geen leerpad" in response.content.decode()


@pytest.mark.django_db
def test_my_path_shows_only_my_own_progress(client, ambassador, other_ambassador, lessons, programme):
    progress.complete_lesson(other_ambassador, lessons[0])
    client.login(username=ambassador.username, password=PASSWORD)
    html = client.get(reverse("programme:my_path")).content.decode()
    assert "0 van de 4 lessen afgerond" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "role, expected",
    [
        ("anonymous", 302),
        ("ambassador", 403),
        ("other_ambassador", 403),
        ("coordinator", 200),
        ("researcher", 403),
        ("editor", 403),
    ],
)
def test_invitations_page_is_for_coordinators_and_the_programme_team(client, as_role, role, expected):
    as_role(role)
    assert client.get(reverse("programme:invitations")).status_code == expected


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["ambassador", "other_ambassador", "coordinator", "researcher", "editor"])
def test_admin_progress_report_needs_the_view_permission(client, as_role, role):
    """Without the permission Wagtail sends the user away (to its login or dashboard); with it, the report opens."""
    user = as_role(role)
    for name in ("programme_progress_report", "programme_module_report"):
        response = client.get(reverse(name))
        assert response.status_code in (302, 403)
    if role == "editor":
        user.user_permissions.add(Permission.objects.get(codename="view_lessonprogress"))
        client.login(username=user.username, password=PASSWORD)
        assert client.get(reverse("programme_progress_report")).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("staff", ["superuser", "programme_team"])
def test_programme_team_sees_progress_reports(request, client, staff, ambassador, lessons):
    progress.complete_lesson(ambassador, lessons[0])
    client.force_login(request.getfixturevalue(staff))
    response = client.get(reverse("programme_progress_report"))
    assert response.status_code == 200
    html = response.content.decode()
    assert ambassador.get_full_name() in html
    assert "1 / 4" in html
    response = client.get(reverse("programme_module_report"))
    assert response.status_code == 200
    assert "Module 1" in response.content.decode()


@pytest.mark.django_db
def test_module_report_counts_people_who_started_and_completed_each_module(
    ambassador, other_ambassador, lessons, modules
):
    from programme.admin_views import ModuleCompletionReportView

    first, second = lessons[:2]
    progress.complete_lesson(ambassador, first)
    progress.complete_lesson(ambassador, second)  # module 1 completed
    progress.record_visit(other_ambassador, second)
    progress.record_visit(other_ambassador, first)  # two lessons, one person
    counts = {m.title: (m.started_count, m.completed_count) for m in ModuleCompletionReportView().get_queryset()}
    assert counts["Module 1"] == (2, 1)
    assert counts["Module 2"] == (0, 0)


@pytest.mark.django_db
def test_programme_team_edits_a_profile_but_not_whose_it_is_or_the_consent(
    client, programme_team, ambassador, other_ambassador, cohort
):
    profile = ambassador.ambassador_profile
    consent_at = profile.research_consent_at
    client.force_login(programme_team)
    url = f"/admin/snippets/programme/ambassadorprofile/edit/{profile.pk}/"
    form = client.get(url).content.decode()
    assert 'name="kind"' in form and 'name="user"' not in form and 'name="research_consent_at"' not in form
    response = client.post(
        url,
        {
            "user": other_ambassador.pk,
            "kind": "ambassador",
            "organisation": profile.organisation_id,
            "cohort": cohort.pk,
            "job_category": "care",
            "start_date": "2025-09-01",
            "research_consent_at": "",
            "research_consent_withdrawn_at": "2025-10-01 10:00",
        },
    )
    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.job_category == "care" and profile.cohort == cohort  # what they may change, changed
    assert profile.user == ambassador  # still the same person's profile
    assert profile.research_consent_at == consent_at and profile.research_consent_withdrawn_at is None
