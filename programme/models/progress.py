"""What an ambassador did in the programme: lessons started and completed, module completions,
reflection answers, knowledge-check answers and self-assessments.

Every record points at a lesson or module by its `translation_key` (a UUID shared by the Dutch page
and its translations), so progress is one progress in every language, and moving or renaming a page
keeps it. The page foreign keys are a convenience for the admin and use SET_NULL: deleting a lesson
that has progress keeps the records (with `lesson = NULL`), because the research still counts them.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class LessonProgress(models.Model):
    """One row per ambassador per lesson: created on the first visit, completed on 'Markeer als afgerond'."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_progress", verbose_name=_("deelnemer")
    )
    lesson_key = models.UUIDField(_("vaste sleutel van de les"), db_index=True)
    lesson = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("les")
    )
    module_key = models.UUIDField(_("vaste sleutel van de module"), db_index=True)
    started_at = models.DateTimeField(_("begonnen op"), default=timezone.now)
    completed_at = models.DateTimeField(_("afgerond op"), null=True, blank=True)
    completed_revision = models.ForeignKey(
        "wagtailcore.Revision",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("afgeronde versie van de les"),
    )

    class Meta:
        verbose_name = _("voortgang per les")
        verbose_name_plural = _("voortgang per les")
        ordering = ["user", "started_at"]
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson_key"], name="programme_lessonprogress_unique_user_lesson")
        ]
        indexes = [
            models.Index(fields=["user", "completed_at"]),
            # "Deelnemers begonnen" per module (the module report, and the research dashboard by the end of a period)
            # counts distinct users per module from the index alone, without reading the rows (bench/README.md).
            models.Index(fields=["module_key", "user", "started_at"], name="programme_lp_module_user_idx"),
        ]

    def __str__(self):
        return f"{self.user} · {self.lesson_key}"

    @property
    def is_completed(self):
        return self.completed_at is not None


class ModuleStart(models.Model):
    """When an ambassador first opened a lesson of a module: one row per ambassador per module.

    The same fact as the earliest `LessonProgress.started_at` of the module, kept as its own row (written with the
    progress, `programme.progress.record_visit`) so that "how many ambassadors began each module" reads one row per
    person and module instead of every lesson (the research dashboard, bench/README.md).
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="module_starts", verbose_name=_("deelnemer")
    )
    module_key = models.UUIDField(_("vaste sleutel van de module"))
    started_at = models.DateTimeField(_("begonnen op"), default=timezone.now)

    class Meta:
        verbose_name = _("begonnen module")
        verbose_name_plural = _("begonnen modules")
        ordering = ["user", "started_at"]
        constraints = [
            models.UniqueConstraint(fields=["user", "module_key"], name="programme_modulestart_unique_user_module")
        ]
        # "Deelnemers begonnen" per module in the admin's module report: a count from the index alone.
        indexes = [models.Index(fields=["module_key", "started_at"], name="programme_ms_module_idx")]

    def __str__(self):
        return f"{self.user} · {self.module_key}"


class ModuleCompletion(models.Model):
    """When an ambassador completed all required lessons of a module (see `programme.progress`)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="module_completions",
        verbose_name=_("deelnemer"),
    )
    module_key = models.UUIDField(_("vaste sleutel van de module"), db_index=True)
    module = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("module")
    )
    # When the ambassador opened the module's first lesson: kept on the completion so that the time taken to
    # complete a module (research dashboard) is one subtraction, not a search through all lesson progress.
    started_at = models.DateTimeField(_("begonnen op"), null=True, blank=True)
    completed_at = models.DateTimeField(_("afgerond op"), default=timezone.now)

    class Meta:
        verbose_name = _("afgeronde module")
        verbose_name_plural = _("afgeronde modules")
        ordering = ["user", "completed_at"]
        constraints = [
            models.UniqueConstraint(fields=["user", "module_key"], name="programme_modulecompletion_unique_user_module")
        ]
        indexes = [
            # The research dashboard's days-to-complete per module reads both moments from the index alone.
            models.Index(
                fields=["user", "module_key", "completed_at", "started_at"], name="programme_mc_user_moments_idx"
            ),
        ]

    def __str__(self):
        return f"{self.user} · {self.module_key}"


class ReflectionAnswer(models.Model):
    """An ambassador's written answer to a reflection question. PRIVATE: only its author sees it; never exported."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reflection_answers")
    lesson_key = models.UUIDField(db_index=True)
    block_id = models.CharField(max_length=64)
    answer = models.TextField(_("antwoord"))
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("antwoord op reflectievraag")
        verbose_name_plural = _("antwoorden op reflectievragen")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson_key", "block_id"], name="programme_reflection_unique_user_block"
            )
        ]

    def __str__(self):
        return f"{self.user} · {self.lesson_key} · {self.block_id}"


class KnowledgeCheckAnswer(models.Model):
    """One answer given to a knowledge check. Every attempt is kept, so first-try scores can be measured."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="knowledge_check_answers")
    lesson_key = models.UUIDField(db_index=True)
    block_id = models.CharField(max_length=64)
    chosen_option = models.PositiveSmallIntegerField(_("gekozen antwoord (volgnummer)"))
    is_correct = models.BooleanField(_("goed"))
    answered_at = models.DateTimeField(_("beantwoord op"), default=timezone.now)

    class Meta:
        verbose_name = _("antwoord op kennisvraag")
        verbose_name_plural = _("antwoorden op kennisvragen")
        ordering = ["answered_at"]
        indexes = [models.Index(fields=["user", "lesson_key", "block_id"])]

    def __str__(self):
        return f"{self.user} · {self.block_id} · {self.chosen_option}"


CONFIDENCE_VALIDATORS = [MinValueValidator(1), MaxValueValidator(5)]

SELF_ASSESSMENT_QUESTIONS = {
    "confidence_role": _("Ik weet wat ik als leerambassadeur wel en niet doe."),
    "confidence_conversation": _("Ik durf een collega aan te spreken over leren."),
    "confidence_referral": _("Ik weet waar ik een collega naartoe kan sturen met een leervraag."),
    "confidence_support": _("Ik kan een collega steunen die aan het leren is."),
}


class SelfAssessment(models.Model):
    """Confidence in the role (1–5) before and after a module: the learning measure (Kirkpatrick level 2)."""

    class Moment(models.TextChoices):
        BEFORE = "before", _("voor de module")
        AFTER = "after", _("na de module")

    QUESTIONS = SELF_ASSESSMENT_QUESTIONS

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="self_assessments")
    module_key = models.UUIDField(db_index=True)
    moment = models.CharField(_("moment"), max_length=10, choices=Moment.choices)
    confidence_role = models.PositiveSmallIntegerField(
        SELF_ASSESSMENT_QUESTIONS["confidence_role"], validators=CONFIDENCE_VALIDATORS
    )
    confidence_conversation = models.PositiveSmallIntegerField(
        SELF_ASSESSMENT_QUESTIONS["confidence_conversation"], validators=CONFIDENCE_VALIDATORS
    )
    confidence_referral = models.PositiveSmallIntegerField(
        SELF_ASSESSMENT_QUESTIONS["confidence_referral"], validators=CONFIDENCE_VALIDATORS
    )
    confidence_support = models.PositiveSmallIntegerField(
        SELF_ASSESSMENT_QUESTIONS["confidence_support"], validators=CONFIDENCE_VALIDATORS
    )
    submitted_at = models.DateTimeField(_("ingevuld op"), default=timezone.now)

    class Meta:
        verbose_name = _("zelfinschatting")
        verbose_name_plural = _("zelfinschattingen")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "module_key", "moment"], name="programme_selfassessment_unique_moment"
            ),
            models.CheckConstraint(
                condition=Q(moment__in=["before", "after"]), name="programme_selfassessment_moment_valid"
            ),
        ] + [
            models.CheckConstraint(
                condition=Q(**{f"{field}__gte": 1, f"{field}__lte": 5}), name=f"programme_selfassessment_{field}_1_5"
            )
            for field in SELF_ASSESSMENT_QUESTIONS
        ]

    def __str__(self):
        return f"{self.user} · {self.module_key} · {self.moment}"
