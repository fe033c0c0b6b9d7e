"""Fixtures for the community tests: the index pages, meetups and the contact page under the home page."""

import pytest

from community.models import OrganisationIndexPage, StoryIndexPage
from website import roles
from website.seeding import get_or_create_child_page


@pytest.fixture
def organisation_index(home_page):
    return get_or_create_child_page(home_page, OrganisationIndexPage, "organisaties", title="Organisaties")


@pytest.fixture
def story_index(home_page):
    return get_or_create_child_page(home_page, StoryIndexPage, "leerverhalen", title="Leerverhalen")


@pytest.fixture
def meetup(make_meetup):
    return make_meetup()


@pytest.fixture
def make_ambassador(make_user, organisation):
    def make(username):
        return make_user(username, group=roles.AMBASSADORS, organisation=organisation)

    return make


@pytest.fixture
def contact_data():
    return {"naam_organisatie": "Bakkerij Test", "e_mailadres": "hr@bakkerij.example", "je_vraag": "Hoe beginnen we?"}
