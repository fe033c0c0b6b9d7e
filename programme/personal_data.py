"""What the programme keeps about a person: profile and consent, the invitation used, progress and answers.

Registered with website.account_data in ProgrammeConfig.ready(). With active research consent the research
rows stay under the profile's pseudonym; reflection answers (free text) and the invitation's note go.
"""

from django.utils.translation import gettext_lazy as _

from website.account_data import PersonalData, kind_of

from .models import (
    AmbassadorProfile,
    Certificate,
    ConsentEvent,
    Invitation,
    KnowledgeCheckAnswer,
    LessonProgress,
    ModuleCompletion,
    ModuleStart,
    ReflectionAnswer,
    SelfAssessment,
)

PROFILE = [
    ("kind", "kind"),
    ("organisation", "organisation__name"),
    ("organisation_slug", "organisation__slug"),
    ("cohort", "cohort__name"),
    ("job_category", "job_category"),
    ("start_date", "start_date"),
    ("research_consent_at", "research_consent_at"),
    ("research_consent_version", "research_consent_version"),
    ("research_consent_withdrawn_at", "research_consent_withdrawn_at"),
]
CONSENT = [("action", "action"), ("text_version", "text_version"), ("at", "at")]
INVITATION = [
    ("organisation", "organisation__name"),
    ("kind", "kind"),
    ("note", "note"),
    ("created_at", "created_at"),
    ("used_at", "used_at"),
]
LESSON = [
    ("lesson_key", "lesson_key"),
    ("lesson", "lesson__title"),
    ("module_key", "module_key"),
    ("started_at", "started_at"),
    ("completed_at", "completed_at"),
]
MODULE_START = [("module_key", "module_key"), ("started_at", "started_at")]
MODULE = [
    ("module_key", "module_key"),
    ("module", "module__title"),
    ("started_at", "started_at"),
    ("completed_at", "completed_at"),
]
REFLECTION = [
    ("lesson_key", "lesson_key"),
    ("block_id", "block_id"),
    ("answer", "answer"),
    ("created_at", "created_at"),
    ("updated_at", "updated_at"),
]
KNOWLEDGE = [
    ("lesson_key", "lesson_key"),
    ("block_id", "block_id"),
    ("chosen_option", "chosen_option"),
    ("is_correct", "is_correct"),
    ("answered_at", "answered_at"),
]
SELF_ASSESSMENT = [
    ("module_key", "module_key"),
    ("moment", "moment"),
    ("confidence_role", "confidence_role"),
    ("confidence_conversation", "confidence_conversation"),
    ("confidence_referral", "confidence_referral"),
    ("confidence_support", "confidence_support"),
    ("submitted_at", "submitted_at"),
]
CERTIFICATE = [
    ("number", "number"),
    ("completed_at", "completed_at"),
    ("issued_at", "issued_at"),
    ("is_public", "is_public"),
]
# Deleted without research consent, children before the profile.
RESEARCH_ROWS = [
    ("knowledge_check_answers", KnowledgeCheckAnswer),
    ("self_assessments", SelfAssessment),
    ("module_completions", ModuleCompletion),
    ("module_starts", ModuleStart),
    ("lesson_progress", LessonProgress),
]


def research_consent(user):
    profile = AmbassadorProfile.objects.filter(user=user).first()
    return profile is not None and profile.has_research_consent


def erase(user, counts, keep_research):
    counts["reflection_answers"] = ReflectionAnswer.objects.filter(user=user).delete()[0]
    # The certificate names the person: its public check ends with the account, in both cases.
    counts["certificate"] = Certificate.objects.filter(user=user).delete()[0]
    if keep_research:
        # The invitation stays linked (the coordinator's overview); its note may name the person.
        counts["invitation_notes_blanked"] = Invitation.objects.filter(used_by=user).exclude(note="").update(note="")
        return
    for key, model in RESEARCH_ROWS:
        counts[key] = model.objects.filter(user=user).delete()[0]
    # The invitation itself stays for the coordinator's overview (used, by nobody); its note may name the person.
    Invitation.objects.filter(used_by=user).update(used_by=None, note="")
    counts["consent_events"] = ConsentEvent.objects.filter(profile__user=user).delete()[0]
    counts["profile"] = AmbassadorProfile.objects.filter(user=user).delete()[0]


PERSONAL_DATA = PersonalData(
    app_label="programme",
    kinds=(
        kind_of("profile", _("Deelnemersprofiel"), AmbassadorProfile, PROFILE),
        kind_of(
            "consent_events",
            _("Toestemming onderzoek (geschiedenis)"),
            ConsentEvent,
            CONSENT,
            user_path="profile__user",
            order=("at", "pk"),
        ),
        kind_of(
            "invitation", _("Uitnodiging waarmee het account is gemaakt"), Invitation, INVITATION, user_path="used_by"
        ),
        kind_of("lesson_progress", _("Voortgang per les"), LessonProgress, LESSON, order=("started_at", "pk")),
        kind_of("module_starts", _("Begonnen modules"), ModuleStart, MODULE_START, order=("started_at", "pk")),
        kind_of("module_completions", _("Afgeronde modules"), ModuleCompletion, MODULE, order=("completed_at", "pk")),
        kind_of("certificate", _("Certificaat"), Certificate, CERTIFICATE),
        kind_of(
            "reflection_answers",
            _("Antwoorden op reflectievragen"),
            ReflectionAnswer,
            REFLECTION,
            order=("created_at", "pk"),
        ),
        kind_of(
            "knowledge_check_answers",
            _("Antwoorden op kennisvragen"),
            KnowledgeCheckAnswer,
            KNOWLEDGE,
            order=("answered_at", "pk"),
        ),
        kind_of(
            "self_assessments", _("Zelfinschattingen"), SelfAssessment, SELF_ASSESSMENT, order=("submitted_at", "pk")
        ),
    ),
    erase=erase,
    research_consent=research_consent,
    # Invitation.created_by: the invitations a coordinator made are the organisation's record of who was
    # invited; deleting the coordinator's account clears the link (SET_NULL).
    covers=(
        "programme.AmbassadorProfile.user",
        "programme.Invitation.used_by",
        "programme.Invitation.created_by",
        "programme.LessonProgress.user",
        "programme.ModuleCompletion.user",
        "programme.ModuleStart.user",
        "programme.ReflectionAnswer.user",
        "programme.KnowledgeCheckAnswer.user",
        "programme.SelfAssessment.user",
        "programme.Certificate.user",
    ),
)
