"""Sign-up by invitation only: a single-use, expiring link for one organisation (and cohort).

Only a SHA-256 hash of the token is stored, so a database copy cannot be used to sign up; the link
is shown once, to the person who creates it.
"""

import datetime
import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .accounts import AmbassadorProfile, Cohort

INVITATION_VALID_DAYS = 14


def hash_token(token):
    return hashlib.sha256(token.encode()).hexdigest()


class InvitationQuerySet(models.QuerySet):
    def usable(self, now=None):
        now = now or timezone.now()
        return self.filter(used_at__isnull=True, revoked_at__isnull=True, expires_at__gt=now)

    def for_token(self, token):
        return self.filter(token_hash=hash_token(token or ""))


def default_expiry():
    return timezone.now() + datetime.timedelta(days=INVITATION_VALID_DAYS)


class Invitation(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", _("open")
        USED = "used", _("gebruikt")
        EXPIRED = "expired", _("verlopen")
        REVOKED = "revoked", _("ingetrokken")

    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    organisation = models.ForeignKey(
        "community.Organisation", on_delete=models.CASCADE, related_name="invitations", verbose_name=_("organisatie")
    )
    cohort = models.ForeignKey(
        Cohort, on_delete=models.SET_NULL, null=True, blank=True, related_name="invitations", verbose_name=_("cohort")
    )
    kind = models.CharField(
        _("rol in het programma"),
        max_length=20,
        choices=AmbassadorProfile.Kind.choices,
        default=AmbassadorProfile.Kind.AMBASSADOR,
    )
    note = models.CharField(
        _("voor wie"),
        max_length=120,
        blank=True,
        help_text=_("Alleen voor uzelf, bijvoorbeeld een voornaam. Zet hier geen gevoelige gegevens."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("gemaakt door"),
    )
    created_at = models.DateTimeField(_("gemaakt op"), default=timezone.now)
    expires_at = models.DateTimeField(_("geldig tot"), default=default_expiry)
    used_at = models.DateTimeField(_("gebruikt op"), null=True, blank=True)
    used_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("gebruikt door"),
    )
    revoked_at = models.DateTimeField(_("ingetrokken op"), null=True, blank=True)

    objects = InvitationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("uitnodiging")
        verbose_name_plural = _("uitnodigingen")

    def __str__(self):
        return f"{self.organisation} · {self.get_kind_display()} · {self.created_at:%Y-%m-%d}"

    @classmethod
    def create_with_token(cls, **fields):
        """Create an invitation; returns (invitation, token). The token is not stored and cannot be recovered."""
        token = secrets.token_urlsafe(32)
        invitation = cls.objects.create(token_hash=hash_token(token), **fields)
        return invitation, token

    @property
    def status(self):
        if self.used_at:
            return self.Status.USED
        if self.revoked_at:
            return self.Status.REVOKED
        if self.expires_at <= timezone.now():
            return self.Status.EXPIRED
        return self.Status.OPEN

    @property
    def is_usable(self):
        return self.status == self.Status.OPEN
