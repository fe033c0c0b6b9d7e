"""The programme certificate: a number that anyone may check on a public page, unless its owner switched that off.

The number is random (not derived from the user id or the date), so certificates cannot be found by trying
numbers. The public page shows only the name, the programme, the completion date and whether it is valid.
"""

import secrets

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# No 0/O, 1/I/L: a number read aloud or typed over from paper stays unambiguous. 12 characters: 60 random bits.
NUMBER_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
NUMBER_GROUPS = 3
NUMBER_GROUP_LENGTH = 4


def new_number():
    groups = (
        "".join(secrets.choice(NUMBER_ALPHABET) for _ in range(NUMBER_GROUP_LENGTH)) for _ in range(NUMBER_GROUPS)
    )
    return "LA-" + "-".join(groups)


class Certificate(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="certificate", verbose_name=_("deelnemer")
    )
    number = models.CharField(_("certificaatnummer"), max_length=24, unique=True, editable=False)
    completed_at = models.DateTimeField(_("programma afgerond op"))
    issued_at = models.DateTimeField(_("uitgegeven op"), default=timezone.now)
    is_public = models.BooleanField(
        _("openbaar te controleren"),
        default=True,
        help_text=_("Als dit aan staat, kan iedereen met het nummer zien dat het certificaat echt is."),
    )

    class Meta:
        verbose_name = _("certificaat")
        verbose_name_plural = _("certificaten")

    def __str__(self):
        return self.number

    @property
    def is_valid(self):
        """Valid while the account it was issued to is active (a closed or erased account is not)."""
        return self.user.is_active

    @classmethod
    def issue(cls, user, completed_at):
        """The user's certificate, created with a fresh random number the first time."""
        existing = cls.objects.filter(user=user).first()
        if existing is not None:
            return existing
        for _attempt in range(5):
            try:
                with transaction.atomic():
                    return cls.objects.create(user=user, number=new_number(), completed_at=completed_at)
            except IntegrityError:
                existing = cls.objects.filter(user=user).first()
                if existing is not None:  # another tab issued it just now
                    return existing
        raise IntegrityError("No free certificate number after 5 attempts")
