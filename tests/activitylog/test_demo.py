"""The demo seed adds a plausible half year of activities, once."""

import io

import pytest
from django.db.models import F, Q
from django.utils import timezone

from activitylog import demo
from activitylog.models import OUTCOME_FIELDS, Activity
from community import demo as community_demo
from programme.models import AmbassadorProfile
from website import demo as website_demo


@pytest.fixture
def seeded(db):
    out = io.StringIO()
    community_demo.seed(out)
    website_demo.seed_accounts(out)
    demo.seed(out)
    return out


def counts():
    return (
        Activity.objects.count(),
        AmbassadorProfile.objects.count(),
        list(Activity.objects.order_by("pk").values_list("user__username", "date", "colleagues_reached")),
    )


def test_seed_twice_changes_nothing(seeded):
    first = counts()
    demo.seed(io.StringIO())
    assert counts() == first


def test_seeded_activities_are_plausible(seeded):
    today = timezone.localdate()
    activities = Activity.objects.all()
    assert activities.count() > 150
    assert not activities.filter(date__gte=today).exists()
    assert not activities.filter(date__lt=today - timezone.timedelta(days=demo.DAYS)).exists()
    for name in OUTCOME_FIELDS:
        assert not activities.filter(**{f"{name}__gt": F("colleagues_reached")}).exists()
    assert not activities.filter(Q(colleagues_reached__gt=500)).exists()
    for activity in activities.filter(user__username="demo-ambassador")[:30]:
        activity.full_clean()
    # Activities belong to the organisation of their ambassador.
    assert not activities.exclude(organisation=F("user__ambassador_profile__organisation")).exists()


def test_demo_organisations_get_extra_ambassadors_and_the_coordinator_sees_them(seeded):
    helder = AmbassadorProfile.objects.filter(organisation__slug="helder-schoonmaak", kind="ambassador")
    assert helder.count() == 4
    assert set(Activity.objects.values_list("organisation__slug", flat=True)) == {
        "helder-schoonmaak",
        "zorggroep-de-linde",
    }
    assert AmbassadorProfile.objects.get(user__username="demo-helder-piet").has_research_consent is False
    assert AmbassadorProfile.objects.get(user__username="demo-helder-fatima").has_research_consent is True
