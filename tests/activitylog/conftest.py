"""Fixtures for the activity log: activities and a coordinator for the other organisation."""

import datetime

import pytest
from django.utils import timezone

from activitylog.models import Activity, ActivityType
from programme.models import AmbassadorProfile
from website import roles


@pytest.fixture
def make_activity(db):
    """make_activity(user, date=..., **counts) -> Activity, with the organisation taken from the profile."""

    def make(user, **fields):
        fields.setdefault("date", timezone.localdate() - datetime.timedelta(days=1))
        fields.setdefault("activity_type", ActivityType.INDIVIDUAL_CONVERSATION)
        fields.setdefault("colleagues_reached", 1)
        fields.setdefault("organisation", user.ambassador_profile.organisation)
        return Activity.objects.create(user=user, **fields)

    return make


@pytest.fixture
def other_coordinator(make_user, other_organisation):
    return make_user(
        "coordinator2",
        group=roles.COORDINATORS,
        organisation=other_organisation,
        kind=AmbassadorProfile.Kind.COORDINATOR,
        consent=False,
    )


@pytest.fixture
def colleague_ambassador(make_user, organisation, cohort):
    """A second ambassador in the same organisation as `ambassador`."""
    return make_user(
        "collega",
        group=roles.AMBASSADORS,
        organisation=organisation,
        cohort=cohort,
        first_name="Fatima",
        last_name="El Amrani",
    )


def valid_post(**overrides):
    data = {
        "date": (timezone.localdate() - datetime.timedelta(days=2)).isoformat(),
        "activity_type": ActivityType.GROUP_SESSION,
        "colleagues_reached": "12",
        "interested": "5",
        "registered": "3",
        "started": "2",
        "completed": "0",
        "certificates": "0",
        "learning_kind": "basic_skills",
        "referral_destination": "om_fund",
        "private_note": "Toolbox in de ochtendploeg.",
    }
    data.update(overrides)
    return data
