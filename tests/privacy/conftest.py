"""Fixtures for the privacy tests: one person with some of every kind of personal data."""

import datetime
import uuid

import pytest
from django.utils import timezone

from activitylog.models import Activity, ActivityType
from community.models import MeetupRegistration
from programme.models import (
    KnowledgeCheckAnswer,
    LessonProgress,
    ModuleCompletion,
    ModuleStart,
    ReflectionAnswer,
    SelfAssessment,
)


def add_personal_data(user, meetup=None, n=1, note='=HYPERLINK("http://evil.example")'):
    """n rows of every kind for `user` (the user must have a profile)."""
    module_key = uuid.uuid4()
    for i in range(n):
        lesson_key = uuid.uuid4()
        LessonProgress.objects.create(
            user=user, lesson_key=lesson_key, module_key=module_key, completed_at=timezone.now()
        )
        ReflectionAnswer.objects.create(
            user=user, lesson_key=lesson_key, block_id=f"b{i}", answer=f"Mijn eigen reflectie {i}: ik durf meer."
        )
        KnowledgeCheckAnswer.objects.create(
            user=user, lesson_key=lesson_key, block_id=f"k{i}", chosen_option=1, is_correct=True
        )
        mk = uuid.uuid4()
        ModuleStart.objects.create(user=user, module_key=mk)
        ModuleCompletion.objects.create(user=user, module_key=mk)
        SelfAssessment.objects.create(
            user=user,
            module_key=mk,
            moment="before",
            confidence_role=3,
            confidence_conversation=4,
            confidence_referral=2,
            confidence_support=5,
        )
        Activity.objects.create(
            user=user,
            organisation=user.ambassador_profile.organisation,
            date=timezone.localdate() - datetime.timedelta(days=i + 1),
            activity_type=ActivityType.GROUP_SESSION,
            colleagues_reached=5,
            interested=2,
            private_note=note,
        )
    if meetup is not None:
        MeetupRegistration.objects.create(meetup=meetup, user=user, status=MeetupRegistration.Status.CONFIRMED)


@pytest.fixture
def other_coordinator(make_user, other_organisation):
    from programme.models import AmbassadorProfile
    from website import roles

    return make_user(
        "coordinator2",
        group=roles.COORDINATORS,
        organisation=other_organisation,
        kind=AmbassadorProfile.Kind.COORDINATOR,
        consent=False,
    )
