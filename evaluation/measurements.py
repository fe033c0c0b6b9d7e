"""The rules of a measurement wave, as plain functions the views and tests call.

- A coordinator may change their organisation's measurement only while the wave is open and the measurement
  is not submitted; saving as a draft may leave figures empty, submitting needs all of them (the form checks
  the figures, `save_measurement` checks the state, under a row lock).
- The programme team may reopen a submitted measurement: it becomes a draft again, and the change is logged
  with Wagtail's log entries (visible on the measurement's page in the admin and in the site history).
- The programme team reminds the organisations that have not submitted yet by e-mail; every failure is
  reported back to them and kept in the wave's log, never dropped.
"""

import logging
from dataclasses import dataclass, field

from django.core.mail import EmailMessage, get_connection
from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override
from wagtail.log_actions import log

from community.models import Organisation
from programme.models import AmbassadorProfile

from .models import OrganisationMeasurement

logger = logging.getLogger(__name__)

SUBMIT_ACTION = "evaluation.measurement.submit"
REOPEN_ACTION = "evaluation.measurement.reopen"
REMIND_ACTION = "evaluation.wave.remind"


class MeasurementLocked(Exception):
    """The coordinator may not change this measurement now; the message says why, in words for them."""


def wave_state(wave, day=None):
    """'upcoming', 'open' or 'closed' on `day` (today by default)."""
    day = day or timezone.localdate()
    if day < wave.opens_on:
        return "upcoming"
    return "open" if wave.is_open(day) else "closed"


def coordinator_profile(user):
    """The user's coordinator profile (with its organisation), or None."""
    if not user.is_authenticated:
        return None
    return (
        AmbassadorProfile.objects.select_related("organisation")
        .filter(user=user, kind=AmbassadorProfile.Kind.COORDINATOR)
        .first()
    )


def measurement_for(organisation, wave):
    """The organisation's measurement in this wave, or an unsaved empty draft."""
    return OrganisationMeasurement.objects.filter(
        organisation=organisation, wave=wave
    ).first() or OrganisationMeasurement(organisation=organisation, wave=wave)


def check_editable(measurement, day=None):
    if measurement.is_submitted:
        raise MeasurementLocked(
            _(
                "Deze meting is al ingediend. Je kunt hem niet meer wijzigen. Moet er iets anders? "
                "Vraag het programmateam om de meting te heropenen."
            )
        )
    state = wave_state(measurement.wave, day)
    if state == "upcoming":
        raise MeasurementLocked(
            _("Deze meetronde is nog niet open. Je kunt invullen vanaf %(day)s.")
            % {"day": _date(measurement.wave.opens_on)}
        )
    if state == "closed":
        raise MeasurementLocked(
            _("Deze meetronde is gesloten sinds %(day)s. Je kunt niets meer wijzigen.")
            % {"day": _date(measurement.wave.closes_on)}
        )


def _date(day):
    return date_format(day, "j F Y")


def _locked_measurement(organisation, wave):
    """The existing row, locked for this transaction, or a new draft row (the unique constraint settles a race)."""
    existing = OrganisationMeasurement.objects.select_for_update().filter(organisation=organisation, wave=wave)
    measurement = existing.first()
    if measurement is not None:
        return measurement
    try:
        with transaction.atomic():
            return OrganisationMeasurement.objects.create(organisation=organisation, wave=wave)
    except IntegrityError:  # another request created it a moment ago
        return existing.get()


def save_measurement(organisation, wave, values, user, submit=False):
    """Store the figures `values` (cleaned form data) as a draft, or submit them. Returns the measurement.

    Raises MeasurementLocked when the wave is not open or the measurement was submitted already; nothing is
    written then.
    """
    with transaction.atomic():
        measurement = _locked_measurement(organisation, wave)
        check_editable(measurement)
        for name, value in values.items():
            setattr(measurement, name, value)
        if submit:
            measurement.status = OrganisationMeasurement.Status.SUBMITTED
            measurement.submitted_at = timezone.now()
            measurement.submitted_by = user
        measurement.save()
        if submit:
            log(measurement, SUBMIT_ACTION, user=user, data={"wave": wave.code, "organisation": organisation.slug})
    return measurement


def reopen(measurement, user):
    """Make a submitted measurement a draft again, so its coordinator can correct it; logged. Returns it."""
    with transaction.atomic():
        measurement = (
            OrganisationMeasurement.objects.select_for_update()
            .select_related("wave", "organisation")
            .get(pk=measurement.pk)
        )
        if not measurement.is_submitted:
            raise MeasurementLocked(_("Deze meting is niet ingediend; er is niets te heropenen."))
        measurement.status = OrganisationMeasurement.Status.DRAFT
        measurement.save(update_fields=["status", "updated_at"])
        log(
            measurement,
            REOPEN_ACTION,
            user=user,
            data={
                "wave": measurement.wave.code,
                "organisation": measurement.organisation.slug,
                "submitted_at": measurement.submitted_at.isoformat() if measurement.submitted_at else None,
            },
        )
    return measurement


# --- The programme team's overview and reminders -----------------------------------------------------------------


@dataclass
class SubmissionRow:
    organisation: Organisation
    measurement: OrganisationMeasurement | None
    coordinator_count: int

    @property
    def status(self):
        if self.measurement is None:
            return "missing"
        return self.measurement.status

    @property
    def needs_reminder(self):
        return self.status != OrganisationMeasurement.Status.SUBMITTED


def submission_overview(wave):
    """One row per organisation (by name): its measurement in this wave, if any. Two queries."""
    measurements = {m.organisation_id: m for m in wave.measurements.all()}
    organisations = (
        Organisation.objects.select_related("sector")
        .annotate(
            coordinator_count=Count(
                "profiles",
                filter=Q(profiles__kind=AmbassadorProfile.Kind.COORDINATOR, profiles__user__is_active=True),
                distinct=True,
            )
        )
        .order_by("name")
    )
    return [SubmissionRow(o, measurements.get(o.pk), o.coordinator_count) for o in organisations]


@dataclass
class ReminderResult:
    sent: list = field(default_factory=list)  # organisations with every coordinator reached
    failed: list = field(default_factory=list)  # organisations where at least one mail failed
    without_address: list = field(default_factory=list)  # organisations with no coordinator to write to
    messages_sent: int = 0


def _coordinators_by_organisation(organisation_ids):
    rows = (
        AmbassadorProfile.objects.filter(
            organisation_id__in=organisation_ids, kind=AmbassadorProfile.Kind.COORDINATOR, user__is_active=True
        )
        .exclude(user__email="")
        .select_related("user")
        .order_by("pk")
    )
    coordinators = {}
    for profile in rows:
        coordinators.setdefault(profile.organisation_id, []).append(profile.user)
    return coordinators


def send_reminders(wave, form_url, user=None):
    """Mail the coordinators of every organisation that has not submitted in this (open) wave.

    `form_url` is the absolute address of the form. One message per coordinator, over one connection; a
    failure is logged without the address and reported in the result. The outcome is kept in the wave's log.
    """
    if wave_state(wave) != "open":
        raise MeasurementLocked(_("Herinneren kan alleen zolang de meetronde open is."))
    pending = [row.organisation for row in submission_overview(wave) if row.needs_reminder]
    coordinators = _coordinators_by_organisation([o.pk for o in pending])
    result = ReminderResult()
    with override("nl"):
        subject = render_to_string("evaluation/emails/reminder_subject.txt", {"wave": wave}).strip()
    connection = get_connection()
    try:
        connection.open()
    except Exception as error:  # every message below then fails too, and each organisation is reported
        logger.error("Could not open the mail connection for wave %s reminders: %s", wave.code, type(error).__name__)
    try:
        for organisation in pending:
            people = coordinators.get(organisation.pk, [])
            if not people:
                result.without_address.append(organisation)
                continue
            failures = 0
            for person in people:
                with override("nl"):
                    body = render_to_string(
                        "evaluation/emails/reminder.txt",
                        {
                            "wave": wave,
                            "organisation": organisation,
                            "form_url": form_url,
                            "name": person.first_name or person.get_username(),
                        },
                    )
                try:
                    accepted = EmailMessage(subject, body, None, [person.email], connection=connection).send()
                except Exception as error:
                    accepted = 0
                    # Only the kind of error: its text may hold the address.
                    logger.error(
                        "Could not send the wave %s reminder for organisation %s: %s",
                        wave.code,
                        organisation.pk,
                        type(error).__name__,
                    )
                if accepted:
                    result.messages_sent += 1
                else:
                    failures += 1
            (result.failed if failures else result.sent).append(organisation)
    finally:
        try:
            connection.close()
        except Exception:  # noqa: BLE001 - the messages' outcome is already known and reported
            logger.warning("Could not close the mail connection after the wave %s reminders", wave.code)
    log(
        wave,
        REMIND_ACTION,
        user=user,
        data={
            "sent": [o.slug for o in result.sent],
            "failed": [o.slug for o in result.failed],
            "without_address": [o.slug for o in result.without_address],
            "messages_sent": result.messages_sent,
        },
    )
    return result


def form_path(wave, language="nl"):
    """The coordinator's form for this wave, with the language prefix."""
    with override(language):
        return reverse("evaluation:measurement", kwargs={"code": wave.code})
