"""Ambassador accounts: who takes part, for which organisation and cohort, and their research consent."""

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

CONSENT_TEXT_VERSION = "2025-01"


class Cohort(models.Model):
    """Ambassadors who start the development programme together."""

    slug = models.SlugField(_("slug"), unique=True, help_text=_("Vaste sleutel, ook in de onderzoeksexports."))
    name = models.CharField(_("naam"), max_length=120)
    start_date = models.DateField(_("startdatum"))

    class Meta:
        ordering = ["-start_date", "name"]
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorten")

    def __str__(self):
        return self.name


class JobCategory(models.TextChoices):
    PRODUCTION = "production", _("productie en techniek")
    CARE = "care", _("zorg en begeleiding")
    CLEANING = "cleaning", _("schoonmaak en facilitair")
    LOGISTICS = "logistics", _("transport en logistiek")
    OFFICE = "office", _("administratie en kantoor")
    SALES = "sales", _("winkel en verkoop")
    OTHER = "other", _("anders")


class AmbassadorProfile(models.Model):
    """One per person taking part: an ambassador, or a coordinator who supports them at an organisation."""

    class Kind(models.TextChoices):
        AMBASSADOR = "ambassador", _("leerambassadeur")
        COORDINATOR = "coordinator", _("coördinator")

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="ambassador_profile")
    kind = models.CharField(_("rol in het programma"), max_length=20, choices=Kind.choices, default=Kind.AMBASSADOR)
    organisation = models.ForeignKey(
        "community.Organisation", on_delete=models.PROTECT, related_name="profiles", verbose_name=_("organisatie")
    )
    cohort = models.ForeignKey(
        Cohort, on_delete=models.PROTECT, null=True, blank=True, related_name="profiles", verbose_name=_("cohort")
    )
    job_category = models.CharField(
        _("soort werk"), max_length=20, choices=JobCategory.choices, default=JobCategory.OTHER
    )
    start_date = models.DateField(_("startdatum"), default=timezone.localdate)
    research_consent_at = models.DateTimeField(_("toestemming onderzoek gegeven op"), null=True, blank=True)
    research_consent_version = models.CharField(_("versie toestemmingstekst"), max_length=20, blank=True)
    research_consent_withdrawn_at = models.DateTimeField(_("toestemming ingetrokken op"), null=True, blank=True)

    class Meta:
        verbose_name = _("deelnemersprofiel")
        verbose_name_plural = _("deelnemersprofielen")
        indexes = [models.Index(fields=["organisation", "kind"])]

    def __str__(self):
        return f"{self.user.get_full_name() or self.user.get_username()} ({self.organisation})"

    @property
    def has_research_consent(self):
        return self.research_consent_at is not None and self.research_consent_withdrawn_at is None

    def give_consent(self, version=CONSENT_TEXT_VERSION):
        with transaction.atomic():
            self.research_consent_at = timezone.now()
            self.research_consent_version = version
            self.research_consent_withdrawn_at = None
            self.save(
                update_fields=["research_consent_at", "research_consent_version", "research_consent_withdrawn_at"]
            )
            ConsentEvent.objects.create(profile=self, action=ConsentEvent.Action.GIVEN, text_version=version)

    def withdraw_consent(self):
        with transaction.atomic():
            self.research_consent_withdrawn_at = timezone.now()
            self.save(update_fields=["research_consent_withdrawn_at"])
            ConsentEvent.objects.create(
                profile=self, action=ConsentEvent.Action.WITHDRAWN, text_version=self.research_consent_version
            )


class ConsentEvent(models.Model):
    """Audit trail of research consent: every time it is given or withdrawn."""

    class Action(models.TextChoices):
        GIVEN = "given", _("gegeven")
        WITHDRAWN = "withdrawn", _("ingetrokken")

    profile = models.ForeignKey(AmbassadorProfile, on_delete=models.CASCADE, related_name="consent_events")
    action = models.CharField(max_length=20, choices=Action.choices)
    text_version = models.CharField(max_length=20, blank=True)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at"]
        verbose_name = _("toestemmingsgebeurtenis")

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.get_action_display()}"
