"""No overbooking when many people register at the same moment (PostgreSQL row locks, real threads)."""

import threading

import pytest
from django.db import connection, connections

from community import registration as service
from community.models import MeetupRegistration

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("row locks (SELECT … FOR UPDATE) need PostgreSQL")


def run_at_once(actions):
    """Start every action in its own thread at the same moment; collect results and errors."""
    barrier = threading.Barrier(len(actions))
    results, errors = [None] * len(actions), []

    def run(index, action):
        try:
            barrier.wait(timeout=30)
            results[index] = action()
        except Exception as error:  # noqa: BLE001 - reported by the test
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(index, action)) for index, action in enumerate(actions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results, errors


@pytest.fixture
def people(make_user, organisation):
    return [make_user(f"gelijktijdig-{number}", organisation=organisation) for number in range(12)]


def test_simultaneous_registrations_never_exceed_the_capacity(make_meetup, people):
    meetup = make_meetup("druk", capacity=3)
    results, errors = run_at_once([lambda person=person: service.register(meetup, person) for person in people])
    assert errors == []
    statuses = [registration.status for registration in results]
    assert statuses.count(MeetupRegistration.Status.CONFIRMED) == 3
    assert statuses.count(MeetupRegistration.Status.WAITING) == 9
    assert MeetupRegistration.objects.filter(meetup=meetup, status="confirmed").count() == 3
    assert MeetupRegistration.objects.filter(meetup=meetup).count() == 12


def test_same_person_clicking_many_times_gets_one_registration(make_meetup, people):
    meetup = make_meetup("dubbel", capacity=3)
    person = people[0]
    results, errors = run_at_once([lambda: service.register(meetup, person) for _ in range(6)])
    assert errors == []
    assert len({registration.pk for registration in results}) == 1
    assert MeetupRegistration.objects.filter(meetup=meetup).count() == 1


def test_cancellation_racing_new_registrations_promotes_the_first_waiting(make_meetup, people):
    meetup = make_meetup("wisselen", capacity=2)
    first, second, waiting, *newcomers = people
    for person in (first, second, waiting):
        service.register(meetup, person)
    actions = [lambda: service.cancel(meetup, first)]
    actions += [lambda person=person: service.register(meetup, person) for person in newcomers[:6]]
    _results, errors = run_at_once(actions)
    assert errors == []
    confirmed = set(
        MeetupRegistration.objects.filter(meetup=meetup, status="confirmed").values_list("user__username", flat=True)
    )
    assert confirmed == {second.username, waiting.username}
    assert MeetupRegistration.objects.filter(meetup=meetup, status="waiting").count() == 6
