"""Stories (leerverhalen): published only with recorded consent."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from community.models import StoryPage


def make_story(story_index, slug="verhaal", **fields):
    defaults = {
        "title": "Een leerverhaal",
        "person_name": "Sanne",
        "quote": "Leren is voor iedereen.",
        "consent_date": datetime.date(2025, 5, 1),
        "consent_given_by": "Sanne de Vries",
    }
    defaults.update(fields)
    page = StoryPage(slug=slug, **defaults)
    story_index.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_story_with_consent_is_published_and_listed(client, story_index, organisation):
    story = make_story(story_index, organisation=organisation)
    assert story.live
    response = client.get(story_index.url)
    assert response.status_code == 200
    assert "Leren is voor iedereen." in response.content.decode()
    detail = client.get(story.url)
    assert detail.status_code == 200
    assert organisation.name in detail.content.decode()


@pytest.mark.parametrize("missing", ["consent_date", "consent_given_by"])
def test_story_cannot_be_saved_or_published_without_consent(story_index, missing):
    blank = {"consent_date": None} if missing == "consent_date" else {"consent_given_by": "  "}
    with pytest.raises(ValidationError) as error:
        make_story(story_index, **blank)
    assert missing in error.value.message_dict
    assert not StoryPage.objects.exists()


def test_consent_date_cannot_be_in_the_future(story_index):
    with pytest.raises(ValidationError) as error:
        make_story(story_index, consent_date=timezone.localdate() + datetime.timedelta(days=1))
    assert "consent_date" in error.value.message_dict


def test_removing_consent_from_a_live_story_is_refused(story_index):
    story = make_story(story_index)
    story.consent_given_by = ""
    with pytest.raises(ValidationError):
        story.save_revision().publish()


def test_admin_create_form_shows_the_consent_error(client, superuser, story_index):
    from tests.conftest import PASSWORD

    client.login(username=superuser.username, password=PASSWORD)
    url = f"/admin/pages/add/community/storypage/{story_index.pk}/"
    response = client.post(
        url,
        {
            "title": "Zonder toestemming",
            "slug": "zonder",
            "person_name": "Piet",
            "quote": "Citaat",
            "body-count": "0",
            "consent_date": "",
            "consent_given_by": "",
            "action-publish": "1",
        },
    )
    assert response.status_code == 200
    assert "Zonder toestemming geen verhaal" in response.content.decode()
    assert not StoryPage.objects.filter(slug="zonder").exists()


def test_story_index_query_count_does_not_grow(client, story_index, django_assert_max_num_queries):
    make_story(story_index, slug="een")
    client.get(story_index.url)
    with django_assert_max_num_queries(30) as few:
        client.get(story_index.url)
    for number in range(8):
        make_story(story_index, slug=f"verhaal-{number}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(story_index.url)
    assert len(response.context["stories"]) == 9


def test_admin_publishes_a_story_with_consent(client, superuser, story_index):
    from tests.conftest import PASSWORD

    client.login(username=superuser.username, password=PASSWORD)
    url = f"/admin/pages/add/community/storypage/{story_index.pk}/"
    response = client.post(
        url,
        {
            "title": "Met toestemming",
            "slug": "met",
            "person_name": "Piet",
            "quote": "Citaat",
            "body-count": "0",
            "consent_date": "2025-06-01",
            "consent_given_by": "Piet Jansen",
            "action-publish": "1",
        },
    )
    assert response.status_code == 302
    story = StoryPage.objects.get(slug="met")
    assert story.live and story.consent_given_by == "Piet Jansen"
