"""Fuzzing the forms and endpoints that take input: any input gives 2xx, 3xx or 4xx, never a 500, and an
input that is refused writes nothing (row counts stay the same).

Hypothesis draws the input; each example runs in its own savepoint that is rolled back, so examples do not
see each other's rows. Kept small (max_examples) so the whole file runs in well under a minute.
"""

import datetime
from urllib.parse import quote

import pytest
from django.db import transaction
from django.test import Client
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from activitylog.models import Activity, ActivityType
from community.models import MeetupRegistration, OrganisationIndexPage
from methodology.models import GuideIndexPage, ResearchIndexPage, SelfAssessmentPage, StartRequest
from programme.models import KnowledgeCheckAnswer, LessonProgress, ModuleCompletion, ReflectionAnswer, SelfAssessment
from website.seeding import get_or_create_child_page

FUZZ = settings(
    max_examples=30,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

NASTY = [
    "",
    " ",
    "0",
    "-1",
    "1.5",
    "99999999999999999999",
    "9223372036854775808",
    "1e9",
    "NaN",
    "\x00",
    "a\x00b",
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "../../etc/passwd",
    "%00",
    "ja",
    "nee",
    "deels",
    "on",
    "2025-02-30",
    "1999-12-31",
    "9999-12-31",
    "2025-01-01",
    "=cmd|' /C calc'!A0",
    "é" * 300,
    "😀",
    "\u202e",
]
junk = st.one_of(st.sampled_from(NASTY), st.text(max_size=60), st.integers(-(10**20), 10**20).map(str))


def form_data(fields):
    """Any subset of the form's fields, each with a (nasty) value, sometimes a list of values."""
    value = st.one_of(junk, st.lists(junk, min_size=2, max_size=3))
    return st.dictionaries(st.sampled_from(fields), value, max_size=len(fields))


def counts(*models):
    return tuple(model.objects.count() for model in models)


def assert_sane(response, before, after):
    assert response.status_code < 500, response.status_code
    if response.status_code >= 400:
        assert before == after, f"{response.status_code}: rows changed {before} -> {after}"


def isolated(request_fn, *models):
    """Run one request in a savepoint that is rolled back; return (response, counts before, counts after)."""
    with transaction.atomic():
        before = counts(*models)
        response = request_fn()
        after = counts(*models)
        transaction.set_rollback(True)
    return response, before, after


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


# --- Public forms ----------------------------------------------------------------------------------------------


@pytest.fixture
def contact_page(contact_page, settings):
    """The shared contact page, with a rate limit no fuzzing run reaches."""
    settings.COMMUNITY_CONTACT_RATE_LIMIT = (100_000, 3600)
    return contact_page


@FUZZ
@given(data=form_data(["naam_organisatie", "e_mailadres", "je_vraag", "website_url", "csrfmiddlewaretoken"]))
def test_contact_form_never_fails(contact_page, data):
    from wagtail.contrib.forms.models import FormSubmission

    client = Client()
    response, before, after = isolated(lambda: client.post(contact_page.url, data), FormSubmission)
    assert_sane(response, before, after)
    assert after[0] - before[0] in (0, 1)


@pytest.fixture
def start_page(home_page):
    guides = get_or_create_child_page(home_page, GuideIndexPage, "handleidingen", title="Handleidingen")
    return get_or_create_child_page(guides, SelfAssessmentPage, "starten", title="Starten")


START_FIELDS = [
    "support",
    "facilities",
    "ambassadors",
    "trained",
    "active",
    "embedded",
    "sector",
    "contact_me",
    "name",
    "email",
    "organisation_name",
]


@FUZZ
@given(data=form_data(START_FIELDS))
def test_start_self_assessment_never_fails(start_page, sector, data):
    client = Client()
    response, before, after = isolated(lambda: client.post(start_page.url, data), StartRequest)
    assert_sane(response, before, after)
    if response.status_code == 200 and response.context and response.context.get("form_invalid"):
        assert before == after


@pytest.fixture
def listing_pages(home_page):
    return [
        "/nl/zoeken/",
        get_or_create_child_page(home_page, GuideIndexPage, "handleidingen", title="Handleidingen").url,
        get_or_create_child_page(home_page, ResearchIndexPage, "onderzoek", title="Onderzoek").url,
        get_or_create_child_page(home_page, OrganisationIndexPage, "organisaties", title="Organisaties").url,
    ]


@FUZZ
@given(
    which=st.integers(0, 3),
    params=form_data(
        ["q", "type", "page", "phase", "level", "sector", "theme", "province", "archief", "periode", "lang"]
    ),
)
def test_search_and_listing_filters_never_fail(listing_pages, organisation, which, params):
    response = Client().get(listing_pages[which], params)
    assert response.status_code in (200, 301, 302, 400, 404), response.status_code


# --- Progress endpoints ------------------------------------------------------------------------------------------


@pytest.fixture
def lesson_world(home_page):
    from tests.programme.conftest import build_programme

    _programme, modules, lessons = build_programme(home_page, modules=1, lessons_per_module=1)
    lesson = lessons[modules[0].pk][0]
    blocks = {block.block_type: block.id for block in lesson.body}
    return {
        "lesson_key": str(lesson.translation_key),
        "module_key": str(modules[0].translation_key),
        "reflection": blocks["reflection"],
        "knowledge_check": blocks["knowledge_check"],
    }


PROGRESS_MODELS = (LessonProgress, ModuleCompletion, ReflectionAnswer, KnowledgeCheckAnswer, SelfAssessment)


@FUZZ
@given(
    endpoint=st.sampled_from(["afronden", "heropenen", "reflectie", "kennisvraag", "zelfinschatting"]),
    key=st.one_of(st.none(), st.uuids().map(str), junk),
    block=st.one_of(st.none(), junk),
    moment=st.sampled_from(["before", "after", "nu", ""]),
    data=form_data(
        ["answer", "option", "confidence_role", "confidence_conversation", "confidence_referral", "confidence_support"]
    ),
)
def test_progress_endpoints_never_fail(lesson_world, ambassador, endpoint, key, block, moment, data):
    client = logged_in(ambassador)
    if endpoint == "zelfinschatting":
        module_key = quote(key if key is not None else lesson_world["module_key"], safe="")
        url = f"/nl/leerpad/module/{module_key}/zelfinschatting/{moment}/"
    else:
        lesson_key = quote(key if key is not None else lesson_world["lesson_key"], safe="")
        url = f"/nl/leerpad/les/{lesson_key}/{endpoint}/"
        if endpoint in ("reflectie", "kennisvraag"):
            default = lesson_world["reflection" if endpoint == "reflectie" else "knowledge_check"]
            url += quote(block if block is not None else default, safe="") + "/"
    response, before, after = isolated(lambda: client.post(url, data), *PROGRESS_MODELS)
    assert_sane(response, before, after)


# --- Activity form ---------------------------------------------------------------------------------------------

ACTIVITY_FIELDS = [
    "date",
    "activity_type",
    "colleagues_reached",
    "interested",
    "registered",
    "started",
    "completed",
    "certificates",
    "learning_kind",
    "referral_destination",
    "private_note",
    "save_and_add",
]


@pytest.fixture
def own_activity(ambassador):
    return Activity.objects.create(
        user=ambassador,
        organisation=ambassador.ambassador_profile.organisation,
        activity_type=ActivityType.FOLLOW_UP,
        date=timezone.localdate() - datetime.timedelta(days=3),
        colleagues_reached=4,
        interested=2,
    )


def activity_values(activity):
    return Activity.objects.filter(pk=activity.pk).values().first()


@FUZZ
@given(edit=st.booleans(), data=form_data(ACTIVITY_FIELDS), base=st.booleans())
def test_activity_form_never_fails(ambassador, own_activity, edit, data, base):
    if base:  # start from a valid form, so the fuzzed fields are checked one rule at a time
        valid = {
            "date": (timezone.localdate() - datetime.timedelta(days=1)).isoformat(),
            "activity_type": ActivityType.GROUP_SESSION,
            "colleagues_reached": "10",
            "interested": "3",
            "registered": "2",
            "started": "1",
            "completed": "0",
            "certificates": "0",
        }
        data = {**valid, **data}
    client = logged_in(ambassador)
    url = f"/nl/activiteiten/{own_activity.pk}/bewerken/" if edit else "/nl/activiteiten/nieuw/"

    def post():
        original = activity_values(own_activity)
        response = client.post(url, data)
        response.unchanged = activity_values(own_activity) == original
        return response

    response, before, after = isolated(post, Activity)
    assert_sane(response, before, after)
    if response.status_code != 302:  # the form was refused: nothing written, nothing changed
        assert before == after and response.unchanged


MEASUREMENT_FIELDS = [
    "headcount",
    "practically_educated_count",
    "trained_count",
    "practically_educated_trained_count",
    "active_ambassadors",
    "facilitated_hours",
    "phase",
    "has_learning_agreement",
    "has_budget",
    "has_time_off",
    "has_management_sponsor",
    "has_successor_arrangement",
    "comment",
    "save",
    "submit",
]


@pytest.fixture
def open_wave(db):
    from evaluation.models import MeasurementWave

    today = timezone.localdate()
    return MeasurementWave.objects.create(
        code="T1", name="Eerste jaarmeting", opens_on=today, closes_on=today + datetime.timedelta(days=7)
    )


@FUZZ
@given(data=form_data(MEASUREMENT_FIELDS), base=st.booleans(), code=st.one_of(st.just("T1"), junk))
def test_measurement_form_never_fails(coordinator, open_wave, data, base, code):
    from evaluation.models import OrganisationMeasurement

    if base:
        valid = {
            "headcount": "100",
            "practically_educated_count": "40",
            "trained_count": "30",
            "practically_educated_trained_count": "10",
            "active_ambassadors": "2",
            "facilitated_hours": "12",
            "phase": "preparation",
            "submit": "1",
        }
        data = {**valid, **data}
    client = logged_in(coordinator)
    url = f"/nl/coordinator/metingen/{quote(code, safe='')}/"
    response, before, after = isolated(lambda: client.post(url, data), OrganisationMeasurement)
    assert_sane(response, before, after)


# --- Meetup registration -----------------------------------------------------------------------------------------


@pytest.fixture
def open_meetup(make_meetup):
    return make_meetup("fuzz", capacity=1)


@FUZZ
@given(
    action=st.sampled_from(["register", "cancel", "calendar.ics"]),
    page_id=st.one_of(st.none(), st.integers(-5, 10**6), st.sampled_from([2**31, 2**63 - 1])),
    who=st.sampled_from(["anonymous", "ambassador", "editor"]),
)
def test_meetup_registration_never_fails(open_meetup, ambassador, editor, action, page_id, who):
    client = Client() if who == "anonymous" else logged_in(ambassador if who == "ambassador" else editor)
    target = open_meetup.pk if page_id is None else page_id
    url = f"/nl/community/meetups/{target}/{action}" + ("" if action.endswith(".ics") else "/")
    method = client.get if action.endswith(".ics") else client.post
    response, before, after = isolated(lambda: method(url), MeetupRegistration)
    assert_sane(response, before, after)


# --- Ids beyond what the database can hold ---------------------------------------------------------------------

HUGE = 2**63  # one more than the largest bigint: SQLite raises OverflowError, PostgreSQL "out of range"
INT_ID_URLS = {
    "meetup register": ("post", "/nl/community/meetups/{id}/register/", "ambassador"),
    "meetup cancel": ("post", "/nl/community/meetups/{id}/cancel/", "ambassador"),
    "meetup calendar": ("get", "/nl/community/meetups/{id}/calendar.ics", None),
    "activity edit": ("get", "/nl/activiteiten/{id}/bewerken/", "ambassador"),
    "activity delete": ("post", "/nl/activiteiten/{id}/verwijderen/", "ambassador"),
    "invitation revoke": ("post", "/nl/uitnodigingen/{id}/intrekken/", "coordinator"),
}


@pytest.mark.parametrize("name", list(INT_ID_URLS))
def test_ids_too_large_for_the_database_give_404(request, home_page, name):
    method, url, role = INT_ID_URLS[name]
    client = Client(raise_request_exception=False)
    if role:
        client.force_login(request.getfixturevalue(role))
    response = getattr(client, method)(url.format(id=HUGE))
    assert response.status_code in (403, 404)
