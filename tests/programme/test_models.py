import uuid

import pytest
from django.db import IntegrityError, transaction

from programme.models import LessonProgress, SelfAssessment


@pytest.mark.django_db
def test_database_allows_one_progress_row_per_ambassador_per_lesson(ambassador):
    key = uuid.uuid4()
    LessonProgress.objects.create(user=ambassador, lesson_key=key, module_key=uuid.uuid4())
    with pytest.raises(IntegrityError), transaction.atomic():
        LessonProgress.objects.create(user=ambassador, lesson_key=key, module_key=uuid.uuid4())


@pytest.mark.django_db
def test_self_assessment_scores_outside_one_to_five_are_refused_by_the_database(ambassador):
    with pytest.raises(IntegrityError), transaction.atomic():
        SelfAssessment.objects.create(
            user=ambassador,
            module_key=uuid.uuid4(),
            moment="before",
            confidence_role=6,
            confidence_conversation=3,
            confidence_referral=3,
            confidence_support=3,
        )
