"""The community demo content: sectors, ~20 example organisations, stories, meetups and the contact page."""

import io

import pytest
from django.apps import apps
from django.utils import timezone

from community import demo
from community.models import (
    ContactPage,
    MeetupIndexPage,
    MeetupPage,
    Organisation,
    OrganisationIndexPage,
    Sector,
    StoryIndexPage,
    StoryPage,
)
from website import demo as website_demo


def run_seed():
    out = io.StringIO()
    website_demo.seed_site(out)
    demo.seed(out)
    website_demo.seed_accounts(out)
    demo.seed_community(out)
    return out.getvalue()


def row_counts():
    return {model._meta.label: model._default_manager.count() for model in apps.get_models()}


@pytest.mark.django_db
def test_seed_builds_the_community_section_in_two_languages():
    run_seed()
    assert Sector.objects.count() == 8
    assert Organisation.objects.count() == 20
    assert all(o.name.endswith("(voorbeeld)") for o in Organisation.objects.all())
    assert Organisation.objects.filter(listed_publicly=False).exists()
    for page_class, english_url in [
        (OrganisationIndexPage, "/en/organisations/"),
        (StoryIndexPage, "/en/stories/"),
        (MeetupIndexPage, "/en/meetups/"),
        (ContactPage, "/en/contact/"),
    ]:
        dutch = page_class.objects.get(locale__language_code="nl")
        assert dutch.show_in_menus and dutch.live
        english = page_class.objects.get(locale__language_code="en")
        assert english.live and english.url == english_url
    stories = StoryPage.objects.filter(locale__language_code="nl")
    assert stories.count() == 3 and all(story.has_consent for story in stories)
    meetups = MeetupPage.objects.filter(locale__language_code="nl")
    assert meetups.filter(start_at__gt=timezone.now()).count() >= 2
    assert meetups.filter(end_at__lt=timezone.now()).count() >= 2
    contact = ContactPage.objects.get(locale__language_code="en")
    assert contact.to_address and "Organisation name" in [f.label for f in contact.form_fields.all()]


@pytest.mark.django_db
def test_seed_twice_changes_no_rows():
    run_seed()
    before = row_counts()
    run_seed()
    after = row_counts()
    assert {label: (before[label], after[label]) for label in before if before[label] != after[label]} == {}


@pytest.mark.django_db
def test_seeded_pages_render(client):
    run_seed()
    for url in [
        "/nl/organisaties/",
        "/en/organisations/",
        "/nl/leerverhalen/",
        "/en/stories/",
        "/nl/bijeenkomsten/",
        "/en/meetups/",
        "/nl/contact/",
        "/en/contact/",
    ]:
        assert client.get(url).status_code == 200, url
