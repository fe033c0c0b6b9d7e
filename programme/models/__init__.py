"""Programme models, split by area; import them from `programme.models`."""

from .accounts import CONSENT_TEXT_VERSION, AmbassadorProfile, Cohort, ConsentEvent, JobCategory
from .certificates import Certificate
from .invitations import Invitation
from .pages import LessonPage, ModulePage, ProgrammePage
from .progress import (
    KnowledgeCheckAnswer,
    LessonProgress,
    ModuleCompletion,
    ModuleStart,
    ReflectionAnswer,
    SelfAssessment,
)

__all__ = [
    "CONSENT_TEXT_VERSION",
    "AmbassadorProfile",
    "Certificate",
    "Cohort",
    "ConsentEvent",
    "JobCategory",
    "Invitation",
    "LessonPage",
    "ModulePage",
    "ProgrammePage",
    "KnowledgeCheckAnswer",
    "LessonProgress",
    "ModuleCompletion",
    "ModuleStart",
    "ReflectionAnswer",
    "SelfAssessment",
]
