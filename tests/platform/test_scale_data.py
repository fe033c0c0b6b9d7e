"""bench/scale.py: the generator of the data-at-scale benchmark builds the shapes and sizes it promises."""

import pytest
from django.contrib.auth import get_user_model
from django.db.models import Min

from activitylog.models import Activity
from bench import scale
from community.models import MeetupRegistration, Organisation, Sector
from evaluation.models import ExportLog
from programme.models import (
    AmbassadorProfile,
    Invitation,
    LessonPage,
    LessonProgress,
    ModuleCompletion,
    ModuleStart,
    SelfAssessment,
)

LESSONS = 8  # making pages is slow; the full size tops the programme up to scale.LESSONS


@pytest.fixture
def built(home_page):
    return scale.build(0.005, lessons=LESSONS)


def test_counts_follow_the_scale(built):
    assert built.counts["organisations"] == Organisation.objects.count() == 2
    assert Sector.objects.count() == scale.SECTORS
    assert built.counts["participants"] == AmbassadorProfile.objects.count() == 100
    assert LessonPage.objects.live().count() == LESSONS
    # 4,000 asked for, but 100 participants can only start 8 lessons each.
    assert built.counts["lesson_progress"] == LessonProgress.objects.count() == 800
    # One module start per person and module they opened a lesson of, at their first lesson there.
    firsts = LessonProgress.objects.values("user_id", "module_key").annotate(first=Min("started_at")).order_by()
    assert built.counts["module_starts"] == ModuleStart.objects.count() == firsts.count()
    assert {(row["user_id"], row["module_key"], row["first"]) for row in firsts} == set(
        ModuleStart.objects.values_list("user_id", "module_key", "started_at")
    )
    assert not ModuleCompletion.objects.filter(started_at__isnull=True).exists()
    assert built.counts["activities"] == Activity.objects.count() == 1000
    # 200 asked for; 98 ambassadors x one module x before and after make 196.
    assert built.counts["self_assessments"] == SelfAssessment.objects.count() == 196
    assert built.counts["meetup_registrations"] == MeetupRegistration.objects.count() == 10
    assert built.counts["invitations"] == Invitation.objects.count() == 12
    assert built.counts["export_logs"] == ExportLog.objects.count() == 10


def test_one_large_organisation_with_a_coordinator_and_an_ambassador(built):
    large = built.large_organisation
    assert built.coordinator.ambassador_profile.kind == "coordinator"
    assert built.coordinator.ambassador_profile.organisation == large
    assert built.ambassador.ambassador_profile.kind == "ambassador"
    assert built.ambassador.ambassador_profile.organisation == large
    assert built.coordinator.groups.filter(name="Coordinators").exists()
    # Every organisation has its coordinator; the large one has more ambassadors than any other.
    per_organisation = {o.pk: o.profiles.count() for o in Organisation.objects.all()}
    assert per_organisation[large.pk] == max(per_organisation.values())
    assert all(o.profiles.filter(kind="coordinator").exists() for o in Organisation.objects.all())
    assert Activity.objects.filter(user=built.ambassador, organisation=large).exists()
    assert LessonProgress.objects.filter(user=built.ambassador, completed_at__isnull=False).exists()


def test_outcomes_respect_the_activity_rules(built):
    for activity in Activity.objects.all()[:50]:
        activity.full_clean()


def test_a_second_build_adds_an_independent_batch(built):
    second = scale.build(0.005, lessons=LESSONS)
    assert second.prefix != built.prefix
    assert Organisation.objects.count() == 4
    assert get_user_model().objects.filter(username__startswith=f"{second.prefix}-").count() == 100
    assert LessonProgress.objects.count() == 1600
    assert LessonPage.objects.live().count() == LESSONS
