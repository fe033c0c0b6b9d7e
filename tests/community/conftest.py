"""Fixtures for the community tests: the index pages, meetups and the contact page under the home page."""

import datetime

import pytest
from django.core.cache import cache
from django.utils import timezone

from community.models import (
    ContactFormField,
    ContactPage,
    MeetupIndexPage,
    MeetupPage,
    OrganisationIndexPage,
    StoryIndexPage,
)
from website import roles
from website.seeding import get_or_create_child_page


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def organisation_index(home_page):
    return get_or_create_child_page(home_page, OrganisationIndexPage, "organisaties", title="Organisaties")


@pytest.fixture
def story_index(home_page):
    return get_or_create_child_page(home_page, StoryIndexPage, "leerverhalen", title="Leerverhalen")


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
            meetup_index, MeetupPage, slug, start_at=start, end_at=start + datetime.timedelta(hours=hours),
            capacity=capacity, **fields,
        )

    return make


@pytest.fixture
def meetup(make_meetup):
    return make_meetup()


@pytest.fixture
def make_ambassador(make_user, organisation):
    def make(username):
        return make_user(username, group=roles.AMBASSADORS, organisation=organisation)

    return make


@pytest.fixture
def contact_page(home_page):
    return get_or_create_child_page(
        home_page, ContactPage, "contact", title="Contact", to_address="starten@example.org",
        from_address="noreply@example.org", subject="Nieuwe aanvraag",
        form_fields=[
            ContactFormField(sort_order=0, label="Naam organisatie", field_type="singleline", required=True),
            ContactFormField(sort_order=1, label="E-mailadres", field_type="email", required=True),
            ContactFormField(sort_order=2, label="Uw vraag", field_type="multiline", required=True),
        ],
    )


@pytest.fixture
def contact_data():
    return {"naam_organisatie": "Bakkerij Test", "e_mailadres": "hr@bakkerij.example", "uw_vraag": "Hoe beginnen we?"}
