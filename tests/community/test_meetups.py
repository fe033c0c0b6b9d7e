"""Meetups: registration, waiting list, cancellation with promotion, archive and iCalendar."""

import datetime

import icalendar
import pytest
from django.core import mail
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from community import registration as service
from community.models import MeetupRegistration
from tests.conftest import PASSWORD
from website.translation import translate_page

CONFIRMED = MeetupRegistration.Status.CONFIRMED
WAITING = MeetupRegistration.Status.WAITING


def register_url(meetup):
    return reverse("community:meetup_register", args=[meetup.pk])


def cancel_url(meetup):
    return reverse("community:meetup_cancel", args=[meetup.pk])


def login(client, user):
    assert client.login(username=user.username, password=PASSWORD)


def test_ambassador_registers_with_a_post(client, meetup, ambassador):
    login(client, ambassador)
    response = client.post(register_url(meetup))
    assert response.status_code == 302
    assert response["Location"] == meetup.url
    registration = MeetupRegistration.objects.get()
    assert (registration.user, registration.status) == (ambassador, CONFIRMED)
    page = client.get(meetup.url)
    assert "Je bent aangemeld." in page.content.decode()
    assert page.context["places_left"] == 1


def test_full_meetup_puts_people_on_the_waiting_list_in_order(meetup, make_ambassador):
    people = [make_ambassador(f"amb{number}") for number in range(4)]
    statuses = [service.register(meetup, person).status for person in people]
    assert statuses == [CONFIRMED, CONFIRMED, WAITING, WAITING]
    third = MeetupRegistration.objects.get(user=people[2])
    fourth = MeetupRegistration.objects.get(user=people[3])
    assert (service.waiting_position(third), service.waiting_position(fourth)) == (1, 2)


def test_registering_twice_keeps_one_registration(meetup, ambassador):
    first = service.register(meetup, ambassador)
    second = service.register(meetup, ambassador)
    assert first.pk == second.pk
    assert MeetupRegistration.objects.count() == 1


def test_database_refuses_a_second_row_for_the_same_person(meetup, ambassador):
    service.register(meetup, ambassador)
    with pytest.raises(IntegrityError), transaction.atomic():
        MeetupRegistration.objects.create(meetup=meetup, user=ambassador, status=WAITING)


def test_cancelling_frees_the_place_for_the_first_on_the_waiting_list(
    meetup, make_ambassador, django_capture_on_commit_callbacks
):
    first, second, third, fourth = (make_ambassador(f"amb{number}") for number in range(4))
    for person in (first, second, third, fourth):
        service.register(meetup, person)
    with django_capture_on_commit_callbacks(execute=True):
        promoted = service.cancel(meetup, first)
    assert [r.user for r in promoted] == [third]
    statuses = dict(MeetupRegistration.objects.values_list("user__username", "status"))
    assert statuses == {"amb1": CONFIRMED, "amb2": CONFIRMED, "amb3": WAITING}
    assert MeetupRegistration.objects.get(user=third).promoted_at is not None
    assert service.waiting_position(MeetupRegistration.objects.get(user=fourth)) == 1
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [third.email]
    assert "plek" in mail.outbox[0].subject


def test_cancelling_from_the_waiting_list_promotes_nobody(meetup, make_ambassador):
    people = [make_ambassador(f"amb{number}") for number in range(3)]
    for person in people:
        service.register(meetup, person)
    assert service.cancel(meetup, people[2]) == []
    assert MeetupRegistration.objects.filter(status=CONFIRMED).count() == 2


def test_cancel_through_the_site(client, meetup, ambassador):
    service.register(meetup, ambassador)
    login(client, ambassador)
    response = client.post(cancel_url(meetup))
    assert response.status_code == 302
    assert not MeetupRegistration.objects.exists()


def test_cancel_without_registration_is_a_clear_404(client, meetup, ambassador):
    login(client, ambassador)
    response = client.post(cancel_url(meetup))
    assert response.status_code == 404
    assert "niet aangemeld" in response.content.decode()


def test_raising_the_capacity_moves_the_waiting_list_up(meetup, make_ambassador):
    people = [make_ambassador(f"amb{number}") for number in range(4)]
    for person in people:
        service.register(meetup, person)
    meetup.capacity = 3
    meetup.save_revision().publish()
    assert MeetupRegistration.objects.filter(status=CONFIRMED).count() == 3
    assert MeetupRegistration.objects.get(user=people[3]).status == WAITING


def test_anonymous_visitor_is_sent_to_login_and_nothing_is_written(client, meetup):
    response = client.post(register_url(meetup))
    assert response.status_code == 302
    assert reverse("login") in response["Location"]
    assert not MeetupRegistration.objects.exists()


def test_people_outside_the_programme_cannot_register(client, meetup, researcher):
    login(client, researcher)
    response = client.post(register_url(meetup))
    assert response.status_code == 403
    assert "Alleen leerambassadeurs" in response.content.decode()
    assert not MeetupRegistration.objects.exists()


def test_registration_needs_post(client, meetup, ambassador):
    login(client, ambassador)
    assert client.get(register_url(meetup)).status_code == 405
    assert not MeetupRegistration.objects.exists()


def test_registration_needs_a_csrf_token(meetup, ambassador):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    login(client, ambassador)
    assert client.post(register_url(meetup)).status_code == 403
    assert not MeetupRegistration.objects.exists()


def test_no_registration_for_a_past_meetup(client, make_meetup, ambassador):
    past = make_meetup("voorbij", days=-3)
    login(client, ambassador)
    response = client.post(register_url(past))
    assert response.status_code == 400
    assert "voorbij" in response.content.decode()
    assert not MeetupRegistration.objects.exists()


def test_unknown_meetup_is_404(client, ambassador):
    login(client, ambassador)
    assert client.post(reverse("community:meetup_register", args=[999999])).status_code == 404


def test_registrations_are_shared_between_languages(client, meetup, make_ambassador, other_ambassador):
    english = translate_page(meetup, "en", {})
    first, second = make_ambassador("amb1"), make_ambassador("amb2")
    service.register(meetup, first)
    service.register(english, second)
    assert service.register(english, other_ambassador).status == WAITING
    assert set(MeetupRegistration.objects.values_list("meetup_id", flat=True)) == {meetup.pk}
    response = client.get(english.url)
    assert response.context["confirmed_count"] == 2 and response.context["places_left"] == 0


def test_online_link_only_for_confirmed_participants(client, make_meetup, make_ambassador):
    online = make_meetup("online", capacity=1, location="", online_url="https://meet.example.org/geheim")
    first, second = make_ambassador("amb1"), make_ambassador("amb2")
    service.register(online, first)
    service.register(online, second)
    assert "meet.example.org/geheim" not in client.get(online.url).content.decode()
    login(client, second)
    assert "meet.example.org/geheim" not in client.get(online.url).content.decode()
    login(client, first)
    assert "meet.example.org/geheim" in client.get(online.url).content.decode()


def test_icalendar_download_parses(client, meetup):
    response = client.get(reverse("community:meetup_ical", args=[meetup.pk]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert "attachment" in response["Content-Disposition"]
    calendar = icalendar.Calendar.from_ical(response.content)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 1
    event = events[0]
    assert str(event["summary"]) == meetup.title
    assert event.decoded("dtstart") == meetup.start_at
    assert event.decoded("dtend") == meetup.end_at
    assert str(event["location"]) == "Utrecht"
    assert str(event["uid"]).startswith(f"meetup-{meetup.pk}@")
    assert str(event["url"]).endswith(meetup.url)


def test_icalendar_uid_is_the_same_in_both_languages(client, meetup):
    english = translate_page(meetup, "en", {})
    uids = []
    for page in (meetup, english):
        response = client.get(reverse("community:meetup_ical", args=[page.pk]))
        uids.append(str(icalendar.Calendar.from_ical(response.content).walk("VEVENT")[0]["uid"]))
    assert uids[0] == uids[1]


def test_meetup_validation(meetup):
    from django.core.exceptions import ValidationError

    meetup.end_at = meetup.start_at - datetime.timedelta(hours=1)
    meetup.location = ""
    with pytest.raises(ValidationError) as error:
        meetup.full_clean()
    assert {"end_at", "location"} <= set(error.value.message_dict)


def test_index_lists_upcoming_and_archives_past_meetups(client, meetup_index, make_meetup):
    soon = make_meetup("binnenkort", days=2)
    later = make_meetup("later", days=20)
    past = make_meetup("vorige-maand", days=-30)
    response = client.get(meetup_index.url)
    assert response.status_code == 200
    assert [m.pk for m in response.context["upcoming"]] == [soon.pk, later.pk]
    assert [m.pk for m in response.context["archive"]] == [past.pk]
    assert "Archief" in response.content.decode()


def test_index_shows_places_taken_in_one_query(
    client, meetup_index, make_meetup, make_ambassador, django_assert_max_num_queries
):
    first = make_meetup("eerste", capacity=1)
    make_meetup("oud", days=-5)
    service.register(first, make_ambassador("amb1"))
    client.get(meetup_index.url)
    with django_assert_max_num_queries(30) as few:
        response = client.get(meetup_index.url)
    assert list(response.context["upcoming"])[0].confirmed_count == 1
    for number in range(6):
        extra = make_meetup(f"extra-{number}", capacity=3)
        service.register(extra, make_ambassador(f"extra{number}"))
        make_meetup(f"oud-{number}", days=-10 - number)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(meetup_index.url)
    assert len(response.context["upcoming"]) == 7


def test_meetup_page_query_count_does_not_grow_with_registrations(
    client, make_meetup, make_ambassador, ambassador, django_assert_max_num_queries
):
    big = make_meetup("groot", capacity=5)
    login(client, ambassador)
    service.register(big, ambassador)
    client.get(big.url)
    with django_assert_max_num_queries(40) as few:
        client.get(big.url)
    for number in range(10):
        service.register(big, make_ambassador(f"amb{number}"))
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(big.url)
    assert response.context["waiting_count"] == 6


def test_past_meetup_page_says_it_is_over(client, make_meetup):
    past = make_meetup("voorbij", days=-2)
    html = client.get(past.url).content.decode()
    assert "Deze bijeenkomst is voorbij." in html
    assert timezone.now() > past.end_at


def test_english_meetup_page_speaks_english(client, meetup, ambassador):
    english = translate_page(meetup, "en", {})
    login(client, ambassador)
    html = client.get(english.url).content.decode()
    assert "Add to my calendar" in html and ">Register<" in html


def test_admin_edit_page_lists_registrations(client, superuser, meetup, make_ambassador):
    for number in range(3):
        service.register(meetup, make_ambassador(f"amb{number}"))
    client.login(username=superuser.username, password=PASSWORD)
    response = client.get(f"/admin/pages/{meetup.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "2 aangemeld, 1 op de wachtlijst." in html
    assert "Amb2" in html


@pytest.mark.parametrize("role, sees_names", [("moderator", True), ("editor", False)])
def test_only_moderators_see_who_registered(request, client, meetup, make_ambassador, role, sees_names):
    service.register(meetup, make_ambassador("amb0"))
    client.force_login(request.getfixturevalue(role))
    response = client.get(f"/admin/pages/{meetup.pk}/edit/")
    assert response.status_code == 200  # both may edit the page itself
    html = response.content.decode()
    assert ("Amb0" in html) is sees_names
    assert ("1 aangemeld" in html) is sees_names


def test_capacity_cannot_drop_below_the_people_already_registered(meetup, make_ambassador):
    from django.core.exceptions import ValidationError

    for number in range(2):
        service.register(meetup, make_ambassador(f"amb{number}"))
    meetup.capacity = 1
    with pytest.raises(ValidationError) as error:
        meetup.full_clean()
    assert "capacity" in error.value.message_dict
    meetup.capacity = 2
    meetup.full_clean()


def test_calendar_feed_lists_upcoming_meetups_in_one_query_set(client, make_meetup, django_assert_max_num_queries):
    first = make_meetup("eerst", days=3)
    make_meetup("daarna", days=9, online_url="https://meet.example.org/geheim")
    make_meetup("voorbij", days=-9)
    url = reverse("community:meetups_ical")
    client.get(url)
    with django_assert_max_num_queries(12):
        response = client.get(url)
    assert response.status_code == 200
    events = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    assert [str(event["summary"]) for event in events] == ["Eerst", "Daarna"]
    assert str(events[0]["uid"]) == f"meetup-{first.pk}@testserver"
    assert b"meet.example.org/geheim" not in response.content
