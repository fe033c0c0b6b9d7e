"""The export log: every evaluation export, who made it, when, with which filters and how many rows."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ExportLog(models.Model):
    """One row per export attempt, from the admin or the command. Visible to administrators only.

    Failed attempts are logged too (with the reason), so the log shows every time someone tried to take
    data out. No participant data is stored here: only the filters (slugs and dates) and row counts.
    """

    class Source(models.TextChoices):
        ADMIN = "admin", _("beheeromgeving")
        COMMAND = "command", _("opdrachtregel")

    class Status(models.TextChoices):
        SUCCEEDED = "succeeded", _("gelukt")
        FAILED = "failed", _("mislukt")

    created_at = models.DateTimeField(_("moment"), auto_now_add=True, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="evaluation_exports",
        verbose_name=_("gebruiker"),
    )
    actor = models.CharField(
        _("door"),
        max_length=150,
        help_text=_("Gebruikersnaam van de onderzoeker, of de systeemgebruiker bij een export via de opdrachtregel."),
    )
    source = models.CharField(_("via"), max_length=10, choices=Source.choices)
    dataset = models.CharField(_("dataset"), max_length=50)
    export_format = models.CharField(_("formaat"), max_length=20)
    filters = models.JSONField(_("filters"), default=dict, blank=True)
    row_counts = models.JSONField(_("aantal rijen"), default=dict, blank=True)
    status = models.CharField(_("resultaat"), max_length=10, choices=Status.choices)
    error = models.TextField(_("foutmelding"), blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("exportlog")
        verbose_name_plural = _("exportlogs")

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor} {self.dataset} ({self.export_format})"

    @property
    def total_rows(self):
        return sum(self.row_counts.values()) if self.row_counts else 0


# The measurement waves live in their own module; imported here so Django registers them with this app.
from evaluation.models.measurements import MeasurementWave, OrganisationMeasurement  # noqa: E402,F401
