"""Ambassadors fill in, see, change and delete their own activities, and nobody else's."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from activitylog.models import Activity
from tests.conftest import PASSWORD

from .conftest import valid_post

LIST = "/nl/activiteiten/"
NEW = "/nl/activiteiten/nieuw/"


def edit_url(activity):
    return f"/nl/activiteiten/{activity.pk}/bewerken/"


def delete_url(activity):
    return f"/nl/activiteiten/{activity.pk}/verwijderen/"


@pytest.fixture
def ambassador_client(client, ambassador):
    client.login(username=ambassador.username, password=PASSWORD)
    return client


def test_url_names_resolve_to_the_dutch_paths():
    assert reverse("activitylog:activity_list") == LIST
    assert reverse("activitylog:activity_create") == NEW
    assert reverse("activitylog:activity_update", args=[7]) == "/nl/activiteiten/7/bewerken/"
    assert reverse("activitylog:activity_delete", args=[7]) == "/nl/activiteiten/7/verwijderen/"


@pytest.mark.django_db
@pytest.mark.parametrize("url", [LIST, NEW, "/nl/activiteiten/1/bewerken/", "/nl/activiteiten/1/verwijderen/"])
def test_anonymous_visitors_are_sent_to_the_login_page(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert "/account/login/" in response["Location"]


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["coordinator", "researcher", "editor"])
def test_people_without_an_ambassador_profile_cannot_keep_a_log(client, request, who):
    user = request.getfixturevalue(who)
    client.login(username=user.username, password=PASSWORD)
    assert client.get(LIST).status_code == 403
    assert client.post(NEW, valid_post()).status_code == 403
    assert not Activity.objects.exists()


@pytest.mark.django_db
def test_form_warns_against_names_and_is_phone_friendly(ambassador_client):
    response = ambassador_client.get(NEW)
    html = response.content.decode()
    assert response.status_code == 200
    assert "geen namen of contactgegevens van collega&#x27;s" in html
    assert 'inputmode="numeric"' in html
    assert 'type="date"' in html
    assert f'max="{timezone.localdate().isoformat()}"' in html
    assert 'type="radio"' in html


MORE = re.compile(r'<details class="more-details"( open)?>')


@pytest.mark.django_db
def test_a_new_form_has_one_colleague_filled_in_and_the_outcomes_folded_away(ambassador_client):
    response = ambassador_client.get(NEW)
    form = response.context["form"]
    assert form["colleagues_reached"].value() == 1
    assert form["date"].value() == timezone.localdate()
    assert form["activity_type"].value() in (None, "")  # the type is always a choice the ambassador makes
    assert MORE.search(response.content.decode()).group(1) is None
    assert "Er is meer gebeurd" in response.content.decode()


@pytest.mark.django_db
def test_the_common_entry_needs_only_the_type(ambassador_client, ambassador):
    """What a phone sends after one tap on 'gesprek met één collega' and one on 'Opslaan': the form's own values."""
    response = ambassador_client.post(
        NEW,
        {
            "date": timezone.localdate().isoformat(),
            "activity_type": "individual_conversation",
            "colleagues_reached": "1",
            "interested": "0",
            "registered": "0",
            "started": "0",
            "completed": "0",
            "certificates": "0",
            "learning_kind": "",
            "referral_destination": "",
            "private_note": "",
        },
    )
    assert response.status_code == 302
    activity = Activity.objects.get()
    assert (activity.activity_type, activity.colleagues_reached, activity.registered) == (
        "individual_conversation",
        1,
        0,
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    "overrides", [{"registered": "13"}, {"started": "veel"}, {"referral_destination": "neighbour"}]
)
def test_a_mistake_behind_er_is_meer_gebeurd_opens_it(ambassador_client, overrides):
    response = ambassador_client.post(NEW, valid_post(**overrides))
    assert response.status_code == 200
    assert MORE.search(response.content.decode()).group(1) == " open"
    assert not Activity.objects.exists()


@pytest.mark.django_db
def test_editing_an_activity_with_outcomes_shows_them(ambassador_client, ambassador, make_activity):
    with_outcomes = make_activity(ambassador, colleagues_reached=4, registered=1)
    assert MORE.search(ambassador_client.get(edit_url(with_outcomes)).content.decode()).group(1) == " open"
    without = make_activity(ambassador, colleagues_reached=1)
    html = ambassador_client.get(edit_url(without)).content.decode()
    assert MORE.search(html).group(1) is None
    assert 'name="colleagues_reached" value="1"' in html


@pytest.mark.django_db
def test_creating_an_activity_stores_it_for_the_ambassador_and_their_organisation(ambassador_client, ambassador):
    response = ambassador_client.post(NEW, valid_post())
    assert response.status_code == 302
    assert response["Location"] == LIST
    activity = Activity.objects.get()
    assert activity.user == ambassador
    assert activity.organisation == ambassador.ambassador_profile.organisation
    assert (activity.colleagues_reached, activity.registered, activity.started) == (12, 3, 2)
    assert activity.learning_kind == "basic_skills"


@pytest.mark.django_db
def test_save_and_add_another_returns_to_an_empty_form(ambassador_client):
    response = ambassador_client.post(NEW, valid_post(save_and_add="1"))
    assert response["Location"] == NEW


@pytest.mark.django_db
def test_the_organisation_cannot_be_chosen_in_the_form(ambassador_client, ambassador, other_organisation):
    ambassador_client.post(NEW, valid_post(organisation=other_organisation.pk, user=999))
    activity = Activity.objects.get()
    assert activity.organisation == ambassador.ambassador_profile.organisation
    assert activity.user == ambassador


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"colleagues_reached": "2.5"}, "colleagues_reached", "geheel getal"),
        ({"colleagues_reached": "-1"}, "colleagues_reached", "0"),
        ({"colleagues_reached": "501"}, "colleagues_reached", "500"),
        ({"colleagues_reached": "veel"}, "colleagues_reached", "geheel getal"),
        ({"colleagues_reached": ""}, "colleagues_reached", "verplicht"),
        ({"registered": "13"}, "registered", "hoger dan het aantal collega"),
        ({"certificates": "20"}, "certificates", "hoger dan het aantal collega"),
        ({"date": (timezone.localdate() + datetime.timedelta(days=1)).isoformat()}, "date", "toekomst"),
        ({"date": "31-02-2025"}, "date", "datum"),
        ({"activity_type": "coffee"}, "activity_type", "geen beschikbare keuze"),
        ({"referral_destination": "neighbour"}, "referral_destination", "geen beschikbare keuze"),
    ],
)
def test_bad_input_gives_a_clear_message_on_the_field_and_writes_nothing(ambassador_client, overrides, field, message):
    response = ambassador_client.post(NEW, valid_post(**overrides))
    assert response.status_code == 200
    form = response.context["form"]
    assert field in form.errors, form.errors
    assert message.lower() in " ".join(form.errors[field]).lower()
    html = response.content.decode()
    assert 'id="error-summary"' in html
    assert f'id="id_{field}_error"' in html  # the message is linked to the field
    target = f"id_{field}_0" if field == "activity_type" else f"id_{field}"
    assert f'href="#{target}"' in html and f'id="{target}"' in html  # the summary links to the input
    assert not Activity.objects.exists()


@pytest.mark.django_db
def test_list_shows_own_entries_and_totals_only(
    ambassador_client, ambassador, other_ambassador, colleague_ambassador, make_activity
):
    make_activity(ambassador, colleagues_reached=4, registered=2, private_note="mijn eigen notitie")
    make_activity(ambassador, colleagues_reached=6, started=1)
    make_activity(other_ambassador, colleagues_reached=99, private_note="notitie van een ander")
    make_activity(colleague_ambassador, colleagues_reached=77, private_note="notitie van een collega")
    response = ambassador_client.get(LIST)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert [a.user_id for a in response.context["activities"]] == [ambassador.pk, ambassador.pk]
    assert response.context["totals"]["colleagues_reached"] == 10
    assert response.context["totals"]["registered"] == 2
    html = response.content.decode()
    assert "mijn eigen notitie" in html
    assert "notitie van een ander" not in html and "notitie van een collega" not in html


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("url_for", [edit_url, delete_url])
def test_someone_elses_activity_is_not_found(ambassador_client, colleague_ambassador, make_activity, method, url_for):
    theirs = make_activity(colleague_ambassador, colleagues_reached=5)
    response = getattr(ambassador_client, method)(url_for(theirs), valid_post(colleagues_reached="1"))
    assert response.status_code == 404
    theirs.refresh_from_db()
    assert theirs.colleagues_reached == 5


@pytest.mark.django_db
def test_a_coordinator_cannot_edit_or_delete_activities_of_their_ambassadors(
    client, coordinator, ambassador, make_activity
):
    activity = make_activity(ambassador)
    client.login(username=coordinator.username, password=PASSWORD)
    assert client.post(edit_url(activity), valid_post()).status_code == 403
    assert client.post(delete_url(activity)).status_code == 403
    assert Activity.objects.filter(pk=activity.pk).exists()


@pytest.mark.django_db
def test_unknown_id_is_not_found(ambassador_client):
    assert ambassador_client.get("/nl/activiteiten/987654/bewerken/").status_code == 404


@pytest.mark.django_db
def test_editing_changes_the_counts_but_keeps_owner_and_organisation(ambassador_client, ambassador, make_activity):
    activity = make_activity(ambassador, colleagues_reached=1)
    response = ambassador_client.get(edit_url(activity))
    assert response.status_code == 200
    response = ambassador_client.post(edit_url(activity), valid_post(colleagues_reached="20", registered="4"))
    assert response.status_code == 302
    activity.refresh_from_db()
    assert (activity.colleagues_reached, activity.registered) == (20, 4)
    assert activity.user == ambassador
    assert activity.organisation == ambassador.ambassador_profile.organisation


@pytest.mark.django_db
def test_invalid_edit_leaves_the_stored_activity_unchanged(ambassador_client, ambassador, make_activity):
    activity = make_activity(ambassador, colleagues_reached=3, registered=1)
    response = ambassador_client.post(edit_url(activity), valid_post(colleagues_reached="2", registered="9"))
    assert response.status_code == 200
    activity.refresh_from_db()
    assert (activity.colleagues_reached, activity.registered) == (3, 1)


@pytest.mark.django_db
def test_delete_asks_for_confirmation_first(ambassador_client, ambassador, make_activity):
    activity = make_activity(ambassador)
    response = ambassador_client.get(delete_url(activity))
    assert response.status_code == 200
    assert "Weet je zeker" in response.content.decode()
    assert Activity.objects.filter(pk=activity.pk).exists()
    response = ambassador_client.post(delete_url(activity))
    assert response.status_code == 302
    assert not Activity.objects.filter(pk=activity.pk).exists()


@pytest.mark.django_db
def test_english_interface_uses_the_same_paths(ambassador_client):
    response = ambassador_client.get("/en/activities/new/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "no names or contact details of colleagues" in html
    assert "conversation with one colleague" in html


@pytest.mark.django_db
@pytest.mark.parametrize("count", [3, 40])
def test_list_query_count_does_not_grow_with_activities(
    ambassador_client, ambassador, make_activity, django_assert_max_num_queries, count
):
    for _ in range(count):
        make_activity(ambassador, colleagues_reached=2, learning_kind="work_course")
    # 7 for the page itself (session, user, profile, count, two totals, the page of rows); the rest is base.html.
    with django_assert_max_num_queries(16):
        response = ambassador_client.get(LIST)
    assert response.status_code == 200


@pytest.mark.django_db
def test_refusal_page_explains_and_points_a_coordinator_to_the_dashboard(client, coordinator):
    client.login(username=coordinator.username, password=PASSWORD)
    response = client.get(LIST)
    assert response.status_code == 403
    html = response.content.decode()
    assert "voor leerambassadeurs" in html
    assert 'href="/nl/coordinator/"' in html


@pytest.mark.django_db
def test_a_date_before_2020_is_refused_as_a_typing_error(ambassador_client):
    response = ambassador_client.post(NEW, valid_post(date="0202-05-01"))
    assert response.status_code == 200
    assert "2020" in " ".join(response.context["form"].errors["date"])
    assert not Activity.objects.exists()


@pytest.mark.django_db
def test_after_a_move_old_activities_stay_with_the_old_organisation(
    ambassador_client, ambassador, make_activity, other_organisation
):
    old_organisation = ambassador.ambassador_profile.organisation
    old = make_activity(ambassador)
    ambassador.ambassador_profile.organisation = other_organisation
    ambassador.ambassador_profile.save()
    ambassador_client.post(edit_url(old), valid_post())
    ambassador_client.post(NEW, valid_post())
    old.refresh_from_db()
    assert old.organisation == old_organisation
    assert Activity.objects.exclude(pk=old.pk).get().organisation == other_organisation
