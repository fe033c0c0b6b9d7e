"""Registering for a meetup, cancelling, and moving the waiting list up.

Every change happens inside one transaction that first locks the meetup's row
(`SELECT … FOR UPDATE`). Whoever holds the lock counts the confirmed places and decides; the next
request waits and then sees the new count. So the capacity is never exceeded, also when many people
click at the same moment. The database adds a unique constraint on (user, meetup) on top.
"""

import logging

from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from .models import MeetupPage, MeetupRegistration

logger = logging.getLogger(__name__)
Status = MeetupRegistration.Status


class RegistrationError(Exception):
    """A registration that cannot be made; `message` is shown to the person and `status` is the HTTP code."""

    def __init__(self, message, status=400):
        super().__init__(message)
        self.message = message
        self.status = status


def canonical_meetup_id(page):
    """The page that holds the registrations: the oldest page among the meetup's translations."""
    return (
        MeetupPage.objects.filter(translation_key=page.translation_key)
        .order_by("pk")
        .values_list("pk", flat=True)
        .first()
    )


def can_register(user):
    """Ambassadors (and coordinators) in the programme with an active account may register."""
    if not user.is_authenticated or not user.is_active:
        return False
    profile = getattr(user, "ambassador_profile", None)
    return profile is not None


def _lock(page):
    """Lock and return the canonical meetup row for the rest of the transaction."""
    return (
        MeetupPage.objects.select_for_update(of=("self",))
        .filter(translation_key=page.translation_key)
        .order_by("pk")
        .first()
    )


def _confirmed_count(meetup):
    return MeetupRegistration.objects.filter(meetup=meetup, status=Status.CONFIRMED).count()


def register(page, user):
    """Give `user` a place, or a place on the waiting list when the meetup is full. Returns the registration."""
    if not can_register(user):
        raise RegistrationError(_("Alleen leerambassadeurs in het programma kunnen zich aanmelden."), status=403)
    try:
        with transaction.atomic():
            meetup = _lock(page)
            if not meetup.registration_open:
                raise RegistrationError(_("Aanmelden kan niet meer: deze bijeenkomst is al begonnen of voorbij."))
            existing = MeetupRegistration.objects.filter(meetup=meetup, user=user).first()
            if existing is not None:
                return existing
            status = Status.CONFIRMED if _confirmed_count(meetup) < meetup.capacity else Status.WAITING
            return MeetupRegistration.objects.create(meetup=meetup, user=user, status=status)
    except IntegrityError:
        # The unique constraint caught a double submission that slipped past the lock (e.g. no row locks on SQLite).
        return MeetupRegistration.objects.get(meetup_id=canonical_meetup_id(page), user=user)


def cancel(page, user):
    """Remove the registration of `user`; a freed place goes to the first person on the waiting list.

    Returns the list of registrations promoted from the waiting list (empty when nobody moved up).
    """
    with transaction.atomic():
        meetup = _lock(page)
        if meetup.is_past:
            raise RegistrationError(_("Deze bijeenkomst is al voorbij. Afmelden kan niet meer."))
        deleted, _counts = MeetupRegistration.objects.filter(meetup=meetup, user=user).delete()
        if not deleted:
            raise RegistrationError(_("Je was niet aangemeld voor deze bijeenkomst."), status=404)
        return fill_free_places(meetup, locked=True)


def fill_free_places(meetup, locked=False):
    """Move people up from the waiting list while there are free places (e.g. after a cancellation
    or after an editor raised the capacity). Must run in the same transaction as the change."""
    with transaction.atomic():
        if not locked:
            meetup = _lock(meetup)
        if meetup.is_past:
            return []
        free = meetup.capacity - _confirmed_count(meetup)
        if free <= 0:
            return []
        promoted = list(
            MeetupRegistration.objects.filter(meetup=meetup, status=Status.WAITING)
            .select_related("user")
            .order_by("created_at", "pk")[:free]
        )
        now = timezone.now()
        for registration in promoted:
            registration.status = Status.CONFIRMED
            registration.promoted_at = now
        MeetupRegistration.objects.bulk_update(promoted, ["status", "promoted_at"])
        for registration in promoted:
            transaction.on_commit(lambda r=registration, m=meetup: _mail_promotion(r, m))
        return promoted


def _mail_promotion(registration, meetup):
    if not registration.user.email:
        return
    with override("nl"):
        subject = _("Er is een plek vrij: je bent aangemeld voor %(title)s") % {"title": meetup.title}
        body = _(
            "Goed nieuws! Er is een plek vrijgekomen bij %(title)s op %(date)s. "
            "Je stond op de wachtlijst en bent nu aangemeld. Kun je toch niet? Meld je dan af via de website, "
            "dan krijgt iemand anders de plek."
        ) % {"title": meetup.title, "date": timezone.localtime(meetup.start_at).strftime("%d-%m-%Y %H:%M")}
    try:
        send_mail(subject, body, None, [registration.user.email])
    except Exception:  # a mail problem must not undo the promotion
        logger.exception("Could not send the waiting-list e-mail for registration %s", registration.pk)


def waiting_position(registration):
    """1 for the first person on the waiting list."""
    if registration.status != Status.WAITING:
        return None
    return (
        MeetupRegistration.objects.filter(
            meetup_id=registration.meetup_id,
            status=Status.WAITING,
            created_at__lte=registration.created_at,
        )
        .exclude(created_at=registration.created_at, pk__gt=registration.pk)
        .count()
    )


def registration_summary(page, user):
    """What the meetup page shows: places taken and left, and this person's own registration."""
    canonical_id = canonical_meetup_id(page)
    counts = dict(
        MeetupRegistration.objects.filter(meetup_id=canonical_id)
        .order_by()
        .values_list("status")
        .annotate(total=Count("pk"))
    )
    confirmed = counts.get(Status.CONFIRMED, 0)
    own = None
    position = None
    if user.is_authenticated:
        own = MeetupRegistration.objects.filter(meetup_id=canonical_id, user=user).first()
        if own is not None:
            position = waiting_position(own)
    return {
        "confirmed_count": confirmed,
        "waiting_count": counts.get(Status.WAITING, 0),
        "places_left": max(0, page.capacity - confirmed),
        "own_registration": own,
        "waiting_position": position,
        "can_register": can_register(user),
    }
