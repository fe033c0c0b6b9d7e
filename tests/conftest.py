"""Fixtures shared by every app's tests: the site tree in two languages and one user per role."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from community.models import ContactFormField, ContactPage, MeetupIndexPage, MeetupPage, Organisation, Sector
from programme.models import AmbassadorProfile, Cohort
from website import roles
from website.demo import ensure_home_page
from website.seeding import get_or_create_child_page

PASSWORD = "a-long-test-password-42"


@pytest.fixture(autouse=True)
def _dutch_by_default():
    """Every test starts in the site's default language, whatever a previous test activated."""
    from django.utils import translation

    with translation.override("nl"):
        yield


@pytest.fixture(autouse=True)
def _empty_caches():
    """Each test starts with empty caches: cached menus or rate-limit counters must not leak between tests."""
    from django.core.cache import caches

    for cache in caches.all(initialized_only=True):
        cache.clear()


def get_queries(client, url):
    """The SQL queries of GET `url` (asserting a 200), after one request that warms this process's caches
    (site, home page, menu, locale ids), as on a running site."""
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return context.captured_queries


@pytest.fixture
def home_page(db):
    """The Dutch home page as the default site's root, and the English locale."""
    return ensure_home_page()


@pytest.fixture
def sector(db):
    return Sector.objects.create(slug="schoonmaak", name="Schoonmaak", name_en="Cleaning")


@pytest.fixture
def organisation(sector):
    return Organisation.objects.create(
        name="Schoonmaakbedrijf Test",
        slug="schoonmaak-test",
        sector=sector,
        province="UT",
        size_class="large",
        listed_publicly=True,
    )


@pytest.fixture
def other_organisation(db):
    other_sector = Sector.objects.create(slug="zorg", name="Zorg en welzijn", name_en="Care")
    return Organisation.objects.create(
        name="Zorggroep Test",
        slug="zorg-test",
        sector=other_sector,
        province="GE",
        size_class="medium",
    )


@pytest.fixture
def cohort(db):
    return Cohort.objects.create(slug="cohort-test", name="Cohort test", start_date=datetime.date(2025, 3, 1))


@pytest.fixture
def make_user(db):
    """make_user("name", group=roles.X, organisation=org, kind=..., consent=True) -> User."""

    def make(
        username,
        group=None,
        organisation=None,
        kind=AmbassadorProfile.Kind.AMBASSADOR,
        consent=True,
        cohort=None,
        **fields,
    ):
        user = get_user_model().objects.create_user(
            username=username,
            password=PASSWORD,
            email=f"{username}@example.org",
            first_name=fields.pop("first_name", username.title()),
            last_name=fields.pop("last_name", "Testpersoon"),
            **fields,
        )
        if group:
            user.groups.add(Group.objects.get(name=group))
        if organisation is not None:
            profile = AmbassadorProfile.objects.create(user=user, organisation=organisation, kind=kind, cohort=cohort)
            if consent:
                profile.give_consent()
        return user

    return make


@pytest.fixture
def ambassador(make_user, organisation, cohort):
    return make_user("ambassadeur", group=roles.AMBASSADORS, organisation=organisation, cohort=cohort)


@pytest.fixture
def other_ambassador(make_user, other_organisation, cohort):
    return make_user("ambassadeur2", group=roles.AMBASSADORS, organisation=other_organisation, cohort=cohort)


@pytest.fixture
def coordinator(make_user, organisation):
    return make_user(
        "coordinator",
        group=roles.COORDINATORS,
        organisation=organisation,
        kind=AmbassadorProfile.Kind.COORDINATOR,
        consent=False,
    )


@pytest.fixture
def researcher(make_user):
    return make_user("onderzoeker", group=roles.RESEARCHERS, is_staff=True)


@pytest.fixture
def editor(make_user):
    return make_user("redacteur", group=roles.EDITORS, is_staff=True)


@pytest.fixture
def moderator(make_user):
    return make_user("moderator", group=roles.MODERATORS, is_staff=True)


@pytest.fixture
def programme_team(make_user):
    return make_user("programmateam", group=roles.PROGRAMME_TEAM, is_staff=True)


@pytest.fixture
def contact_page(home_page):
    return get_or_create_child_page(
        home_page,
        ContactPage,
        "contact",
        title="Contact",
        to_address="starten@example.org",
        from_address="noreply@example.org",
        subject="Nieuwe aanvraag",
        form_fields=[
            ContactFormField(sort_order=0, label="Naam organisatie", field_type="singleline", required=True),
            ContactFormField(sort_order=1, label="E-mailadres", field_type="email", required=True),
            ContactFormField(sort_order=2, label="Je vraag", field_type="multiline", required=True),
        ],
    )


@pytest.fixture
def meetup_index(home_page):
    return get_or_create_child_page(home_page, MeetupIndexPage, "bijeenkomsten", title="Bijeenkomsten")


@pytest.fixture
def make_meetup(meetup_index):
    def make(slug="intervisie", capacity=2, days=7, hours=2, **fields):
        start = timezone.now().replace(microsecond=0) + datetime.timedelta(days=days)
        fields.setdefault("title", slug.replace("-", " ").title())
        fields.setdefault("location", "Utrecht")
        return get_or_create_child_page(
            meetup_index,
            MeetupPage,
            slug,
            start_at=start,
            end_at=start + datetime.timedelta(hours=hours),
            capacity=capacity,
            **fields,
        )

    return make


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("beheerder", "beheerder@example.org", PASSWORD)


def _is_transactional(item):
    marker = item.get_closest_marker("django_db")
    if marker and (marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences")):
        return True
    return "transactional_db" in getattr(item, "fixturenames", ())


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After a transactional test has flushed the database, put back what the migrations created.

    Django restores that data only at the start of the next test that asks for it (serialized_rollback),
    and pytest-xdist runs a whole file together, so ordinary tests can follow a flush in the same process:
    without this they would find no root page, locales or groups.
    """
    yield
    # With no next test the session's fixtures, the test database included, are already gone.
    if nextitem is None or not _is_transactional(item):
        return
    from django.db import connection
    from pytest_django.plugin import blocking_manager_key
    from wagtail.models import Page

    contents = getattr(connection, "_test_serialized_contents", None)
    if contents is None:
        return
    with item.config.stash[blocking_manager_key].unblock():
        if not Page.objects.filter(depth=1).exists():
            connection.creation.deserialize_db_from_string(contents)
