"""The database itself refuses impossible counts, whatever path the data takes."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from activitylog.models import COUNT_FIELDS, OUTCOME_FIELDS, Activity


@pytest.mark.django_db
@pytest.mark.parametrize("name", COUNT_FIELDS)
def test_database_refuses_a_count_above_500(ambassador, make_activity, name):
    fields = {"colleagues_reached": 500}
    fields[name] = 501
    with pytest.raises(IntegrityError), transaction.atomic():
        make_activity(ambassador, **fields)
    assert not Activity.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("name", OUTCOME_FIELDS)
def test_database_refuses_an_outcome_above_colleagues_reached(ambassador, make_activity, name):
    with pytest.raises(IntegrityError), transaction.atomic():
        make_activity(ambassador, colleagues_reached=2, **{name: 3})
    assert not Activity.objects.exists()


@pytest.mark.django_db
def test_database_refuses_a_negative_count_even_through_update(ambassador, make_activity):
    activity = make_activity(ambassador, colleagues_reached=3)
    with pytest.raises(IntegrityError), transaction.atomic():
        Activity.objects.filter(pk=activity.pk).update(colleagues_reached=-1)
    activity.refresh_from_db()
    assert activity.colleagues_reached == 3


@pytest.mark.django_db
def test_boundary_values_are_accepted(ambassador, make_activity):
    activity = make_activity(ambassador, colleagues_reached=500, **dict.fromkeys(OUTCOME_FIELDS, 500))
    activity.full_clean()
    assert make_activity(ambassador, colleagues_reached=0).colleagues_reached == 0


@pytest.mark.django_db
def test_full_clean_names_the_field_for_a_future_date_and_too_many_outcomes(ambassador, organisation):
    activity = Activity(
        user=ambassador,
        organisation=organisation,
        activity_type="follow_up",
        date=timezone.localdate() + datetime.timedelta(days=1),
        colleagues_reached=1,
        started=2,
    )
    with pytest.raises(ValidationError) as excinfo:
        activity.full_clean()
    errors = excinfo.value.message_dict
    assert "toekomst" in errors["date"][0]
    assert "hoger" in errors["started"][0]
    assert "__all__" not in errors  # the constraint on 'started' is not reported twice


@pytest.mark.django_db
def test_today_is_not_in_the_future(ambassador, organisation):
    Activity(
        user=ambassador,
        organisation=organisation,
        activity_type="follow_up",
        date=timezone.localdate(),
        colleagues_reached=1,
    ).full_clean()


@pytest.mark.django_db
def test_database_refuses_a_date_before_2020(ambassador, make_activity):
    with pytest.raises(IntegrityError), transaction.atomic():
        make_activity(ambassador, date=datetime.date(2019, 12, 31))
