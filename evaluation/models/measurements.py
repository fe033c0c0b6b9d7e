"""Measurement waves: once a year each case organisation reports the figures the effect evaluation follows.

T0 is the baseline, then T1, T2 and T3 a year apart; the programme team may add waves. Per wave and
organisation the organisation's coordinator fills in one `OrganisationMeasurement` on the site: a draft
first, then submitted. Drafts may be incomplete (every figure is nullable); the database refuses a
submitted measurement with a missing figure, and any measurement whose parts exceed their wholes.
"""

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class MeasurementWaveQuerySet(models.QuerySet):
    def open_on(self, day):
        return self.filter(opens_on__lte=day, closes_on__gte=day)


class MeasurementWave(models.Model):
    """One round of measurement, open for coordinators from `opens_on` to `closes_on` (both days included).

    - code: short stable key used in exports and charts, e.g. "T0" (baseline), "T1", "T2", "T3".
    - name: what the programme team and coordinators read, e.g. "Nulmeting 2025".
    - opens_on / closes_on: the first and the last day coordinators can fill in and submit.
    """

    code = models.CharField(
        _("code"),
        max_length=10,
        unique=True,
        validators=[RegexValidator(r"^[A-Za-z0-9_-]+$", _("Gebruik alleen letters, cijfers, - en _."))],
        help_text=_("Korte vaste sleutel, ook in de onderzoeksexports, bijvoorbeeld T0, T1, T2 of T3."),
    )
    name = models.CharField(_("naam"), max_length=100, help_text=_("Bijvoorbeeld: Nulmeting 2025."))
    opens_on = models.DateField(_("open vanaf"))
    closes_on = models.DateField(_("open tot en met"))

    objects = MeasurementWaveQuerySet.as_manager()

    class Meta:
        ordering = ["opens_on", "code"]
        verbose_name = _("meetronde")
        verbose_name_plural = _("meetrondes")
        constraints = [
            models.CheckConstraint(
                condition=Q(closes_on__gte=F("opens_on")),
                name="evaluation_wave_closes_after_opening",
                violation_error_message=_("De einddatum mag niet voor de begindatum liggen."),
            ),
        ]

    def __str__(self):
        return f"{self.code} – {self.name}"

    def is_open(self, day=None):
        day = day or timezone.localdate()
        return self.opens_on <= day <= self.closes_on

    def has_closed(self, day=None):
        return (day or timezone.localdate()) > self.closes_on


class Phase(models.TextChoices):
    """Implementation phase, after the four phases of implementation science (Fixsen et al.)."""

    EXPLORATION = "exploration", _("verkennen")
    PREPARATION = "preparation", _("voorbereiden")
    IMPLEMENTATION = "implementation", _("invoeren")
    SUSTAINMENT = "sustainment", _("borgen")


# The five embedding items, in the order the form, the exports and the dashboard show them.
EMBEDDING_FIELDS = [
    "has_learning_agreement",
    "has_budget",
    "has_time_off",
    "has_management_sponsor",
    "has_successor_arrangement",
]

# Every figure a submitted measurement must have (the embedding items are booleans: always present).
REQUIRED_FOR_SUBMISSION = [
    "headcount",
    "practically_educated_count",
    "trained_count",
    "practically_educated_trained_count",
    "active_ambassadors",
    "facilitated_hours",
]

# (part, whole, constraint name): the database refuses a part larger than its whole. A NULL on either side
# passes (drafts).
PART_OF_WHOLE = [
    ("practically_educated_count", "headcount", "evaluation_meas_practical_le_headcount"),
    ("trained_count", "headcount", "evaluation_meas_trained_le_headcount"),
    (
        "practically_educated_trained_count",
        "practically_educated_count",
        "evaluation_meas_practical_trained_le_practical",
    ),
    ("practically_educated_trained_count", "trained_count", "evaluation_meas_practical_trained_le_trained"),
    ("active_ambassadors", "headcount", "evaluation_meas_ambassadors_le_headcount"),
]


class OrganisationMeasurement(models.Model):
    """One organisation's figures in one wave; one per organisation per wave.

    Counts are people on the reference date (the day the coordinator fills it in), training over the 12 months
    before it:

    - headcount: employees (people, not FTE) at the organisation.
    - practically_educated_count: of those, employees with at most mbo-2 or no diploma ("praktisch opgeleid").
    - trained_count: employees who took part in formal training or development in the last 12 months.
    - practically_educated_trained_count: of the trained employees, how many are practically educated.
      Effect indicator: practically_educated_trained_count / practically_educated_count (`participation_rate`).
    - active_ambassadors: learning ambassadors active at the organisation now.
    - facilitated_hours: hours of work time given to all ambassadors together for their ambassador work, last 12
      months, whole hours.
    - phase: implementation phase the organisation is in (`Phase`).
    - has_learning_agreement … has_successor_arrangement: the embedding checklist (`EMBEDDING_FIELDS`): a learning
      agreement or learning policy, a budget, time off for ambassadors, a management sponsor, an arrangement for
      after the subsidy ends.
    - comment: optional free text on the embedding; exported only on request, with e-mail addresses and phone
      numbers masked.
    - status: draft (the coordinator can still change it) or submitted (read-only until the programme team
      reopens it; reopening is logged with Wagtail's log entries).
    - submitted_at / submitted_by: when and by whom it was (last) submitted.
    """

    class Status(models.TextChoices):
        DRAFT = "draft", _("concept")
        SUBMITTED = "submitted", _("ingediend")

    wave = models.ForeignKey(
        MeasurementWave,
        on_delete=models.PROTECT,
        related_name="measurements",
        verbose_name=_("meetronde"),
    )
    organisation = models.ForeignKey(
        "community.Organisation",
        on_delete=models.PROTECT,
        related_name="measurements",
        verbose_name=_("organisatie"),
    )
    headcount = models.PositiveIntegerField(_("aantal medewerkers"), null=True, blank=True)
    practically_educated_count = models.PositiveIntegerField(
        _("aantal praktisch opgeleide medewerkers"),
        null=True,
        blank=True,
        help_text=_("Medewerkers met hoogstens een mbo-2-diploma, of zonder diploma."),
    )
    trained_count = models.PositiveIntegerField(
        _("aantal medewerkers dat een opleiding volgde"),
        null=True,
        blank=True,
        help_text=_("Een formele opleiding, cursus of training in de afgelopen 12 maanden."),
    )
    practically_educated_trained_count = models.PositiveIntegerField(
        _("aantal praktisch opgeleide medewerkers dat een opleiding volgde"),
        null=True,
        blank=True,
    )
    active_ambassadors = models.PositiveIntegerField(_("aantal actieve leerambassadeurs"), null=True, blank=True)
    facilitated_hours = models.PositiveIntegerField(
        _("uren gefaciliteerde tijd voor leerambassadeurs"),
        null=True,
        blank=True,
        help_text=_("Alle leerambassadeurs samen, in de afgelopen 12 maanden, in hele uren."),
    )
    phase = models.CharField(_("fase van invoering"), max_length=20, choices=Phase.choices, blank=True)
    has_learning_agreement = models.BooleanField(_("leerafspraken of leerbeleid"), default=False)
    has_budget = models.BooleanField(_("budget"), default=False)
    has_time_off = models.BooleanField(_("tijd voor leerambassadeurs"), default=False)
    has_management_sponsor = models.BooleanField(_("sponsor in de directie"), default=False)
    has_successor_arrangement = models.BooleanField(_("afspraken voor na de subsidie"), default=False)
    comment = models.TextField(_("toelichting"), blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    submitted_at = models.DateTimeField(_("ingediend op"), null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("ingediend door"),
    )
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    updated_at = models.DateTimeField(_("bijgewerkt op"), auto_now=True)

    class Meta:
        ordering = ["wave__opens_on", "organisation__name"]
        verbose_name = _("meting")
        verbose_name_plural = _("metingen")
        constraints = [
            models.UniqueConstraint(
                fields=["wave", "organisation"],
                name="evaluation_measurement_one_per_wave",
                violation_error_message=_("Deze organisatie heeft al een meting in deze meetronde."),
            ),
            *[
                models.CheckConstraint(condition=Q(**{f"{part}__lte": F(whole)}), name=name)
                for part, whole, name in PART_OF_WHOLE
            ],
            models.CheckConstraint(
                condition=Q(status="draft")
                | Q(
                    submitted_at__isnull=False,
                    **{f"{name}__isnull": False for name in REQUIRED_FOR_SUBMISSION},
                )
                & ~Q(phase=""),
                name="evaluation_measurement_submitted_complete",
            ),
        ]
        indexes = [models.Index(fields=["organisation", "wave"], name="evaluation_meas_org_wave_idx")]

    def __str__(self):
        return f"{self.organisation} – {self.wave.code}"

    @property
    def is_submitted(self):
        return self.status == self.Status.SUBMITTED

    @property
    def participation_rate(self):
        """Share of practically educated employees who took part in training (0–1), or None."""
        if not self.practically_educated_count or self.practically_educated_trained_count is None:
            return None
        return self.practically_educated_trained_count / self.practically_educated_count

    @property
    def embedding_score(self):
        """How many of the five embedding items are in place (0–5)."""
        return sum(bool(getattr(self, name)) for name in EMBEDDING_FIELDS)
