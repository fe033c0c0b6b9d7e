"""The ambassador's record of work with colleagues: one row per conversation, session or referral.

Plays the part of unionlearn's "Climbing Frame": reps recorded their contacts and referrals so that
outcomes became visible. Only counts are kept; never names or contact details of colleagues.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# A sane upper bound for one activity: even a large information stand does not reach more.
MAX_COUNT = 500

# Nothing is recorded from before the programme existed; a year like 0202 is a typing error.
EARLIEST_DATE = datetime.date(2020, 1, 1)

# The outcomes of an activity, in funnel order. Each one is at most the number of colleagues reached.
OUTCOME_FIELDS = ("interested", "registered", "started", "completed", "certificates")
COUNT_FIELDS = ("colleagues_reached", *OUTCOME_FIELDS)


class ActivityType(models.TextChoices):
    INDIVIDUAL_CONVERSATION = "individual_conversation", _("gesprek met één collega")
    GROUP_SESSION = "group_session", _("groepsbijeenkomst of toolboxmeeting")
    INFORMATION_STAND = "information_stand", _("informatiemarkt of leerweek")
    REFERRAL_TO_ADVICE = "referral_to_advice", _("doorverwijzing naar advies")
    APPLICATION_HELP = "application_help", _("hulp bij aanvraag voor opleiding of geld")
    FOLLOW_UP = "follow_up", _("vervolggesprek")


class LearningKind(models.TextChoices):
    WORK_COURSE = "work_course", _("cursus voor het werk")
    MBO_CERTIFICATE = "mbo_certificate", _("mbo-certificaat of -diploma")
    BASIC_SKILLS = "basic_skills", _("taal, rekenen of digitale vaardigheden")
    CAREER_ADVICE = "career_advice", _("loopbaan- of ontwikkeladvies")


class ReferralDestination(models.TextChoices):
    INTERNAL_OFFER = "internal_offer", _("opleiding in het eigen bedrijf")
    OM_FUND = "om_fund", _("O&O-fonds")
    DEVELOPMENT_ADVICE = "development_advice", _("ontwikkeladvies")
    EXTERNAL_PROVIDER = "external_provider", _("externe opleider")
    HR = "hr", _("HR of personeelszaken")


def _count_field(verbose_name, help_text=""):
    return models.PositiveIntegerField(
        verbose_name,
        default=0,
        help_text=help_text,
        validators=[MinValueValidator(0), MaxValueValidator(MAX_COUNT)],
    )


class ActivityQuerySet(models.QuerySet):
    def for_organisation(self, organisation):
        return self.filter(organisation=organisation)

    def between(self, start, end):
        """Activities with start <= date <= end (both dates inclusive)."""
        return self.filter(date__gte=start, date__lte=end)


class Activity(models.Model):
    """Something an ambassador did with colleagues, and what came of it, as counts."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="activities", verbose_name=_("leerambassadeur")
    )
    # Copied from the ambassador's profile when the activity is created, so that the activity stays with
    # the organisation where the work was done, even if the ambassador moves on later.
    organisation = models.ForeignKey(
        "community.Organisation", on_delete=models.PROTECT, related_name="activities", verbose_name=_("organisatie")
    )
    date = models.DateField(_("datum"), default=timezone.localdate)
    activity_type = models.CharField(_("soort activiteit"), max_length=30, choices=ActivityType.choices)
    colleagues_reached = _count_field(_("aantal collega's bereikt"), _("Met hoeveel collega's had je contact?"))
    interested = _count_field(_("geïnteresseerd"))
    registered = _count_field(_("aangemeld voor een opleiding"))
    started = _count_field(_("begonnen met leren"))
    completed = _count_field(_("opleiding afgerond"))
    certificates = _count_field(_("certificaat of diploma gehaald"))
    learning_kind = models.CharField(
        _("soort leren"),
        max_length=30,
        choices=LearningKind.choices,
        blank=True,
    )
    referral_destination = models.CharField(
        _("doorverwezen naar"),
        max_length=30,
        choices=ReferralDestination.choices,
        blank=True,
    )
    # PRIVATE: only the ambassador sees this. Never shown to coordinators, never exported.
    private_note = models.TextField(
        _("eigen notitie"),
        blank=True,
        max_length=2000,
        help_text=_("Alleen jij ziet deze notitie. Schrijf geen namen of contactgegevens van collega's op."),
    )
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    updated_at = models.DateTimeField(_("gewijzigd op"), auto_now=True)

    objects = ActivityQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "-created_at"]
        verbose_name = _("activiteit")
        verbose_name_plural = _("activiteiten")
        indexes = [
            models.Index(fields=["organisation", "date"]),
            # Each ambassador's activities by date; the outcome counts are in the index too, so that the research
            # dashboard's reach funnel sums them without reading the rows (evaluation.dashboard.reach_funnel).
            models.Index(
                fields=[
                    "user",
                    "date",
                    "organisation",
                    "colleagues_reached",
                    "interested",
                    "registered",
                    "started",
                    "completed",
                ],
                name="activitylog_user_date_idx",
            ),
        ]
        constraints = [
            *[
                models.CheckConstraint(
                    condition=Q(**{f"{name}__gte": 0, f"{name}__lte": MAX_COUNT}),
                    name=f"activity_{name}_between_0_and_{MAX_COUNT}",
                    violation_error_message=_("Vul een aantal in van 0 tot en met 500."),
                )
                for name in COUNT_FIELDS
            ],
            models.CheckConstraint(
                condition=Q(date__gte=EARLIEST_DATE),
                name="activity_date_not_before_2020",
                violation_error_message=_("Vul een datum in vanaf 1 januari 2020."),
            ),
            *[
                models.CheckConstraint(
                    condition=Q(**{f"{name}__lte": F("colleagues_reached")}),
                    name=f"activity_{name}_not_above_reached",
                    violation_error_message=_(
                        "Dit aantal kan niet hoger zijn dan het aantal collega's dat je bereikte."
                    ),
                )
                for name in OUTCOME_FIELDS
            ],
        ]

    def __str__(self):
        return f"{self.date:%Y-%m-%d} · {self.get_activity_type_display()} · {self.colleagues_reached}"

    def clean(self):
        """Rules the form shows next to the field they are about; the constraints above are the backstop.

        'Not in the future' is checked here and not as a database constraint: the database cannot compare
        with 'today' in a CHECK (SQLite forbids it, PostgreSQL does not re-check old rows), and 'today'
        depends on the site's time zone.
        """
        errors = {}
        if self.date and self.date > timezone.localdate():
            errors["date"] = ValidationError(
                _("Deze datum ligt in de toekomst. Vul de dag in waarop het gebeurde."), code="future_date"
            )
        elif self.date and self.date < EARLIEST_DATE:
            errors["date"] = ValidationError(_("Vul een datum in vanaf 1 januari 2020."), code="too_early")
        reached = self.colleagues_reached
        if reached is not None:
            for name in OUTCOME_FIELDS:
                value = getattr(self, name)
                if value is not None and value > reached:
                    errors[name] = ValidationError(
                        _("Dit aantal (%(value)s) is hoger dan het aantal collega's dat je bereikte (%(reached)s)."),
                        code="above_reached",
                        params={"value": value, "reached": reached},
                    )
        if errors:
            raise ValidationError(errors)
