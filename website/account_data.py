"""Personal data rights (AVG/GDPR) for one account: everything we hold about a person, and deleting it.

* ``collect(user)``: the right of access and to data portability (AVG art. 15 and 20). Every kind of
  personal data the site keeps about one user, as plain rows (lists of dicts). One query per kind, via
  ``values()``, so the number of queries does not grow with the amount of data.
* ``write_json`` / ``write_csv_zip``: the same rows as a JSON document, or as a zip with one CSV per kind.
  CSV cells that a spreadsheet would run as a formula are neutralised (OWASP "CSV injection").
* ``delete_account(user)``: the right to erasure (AVG art. 17), in one transaction. See docs/privacy.md for
  exactly what is kept. In short: with active research consent at that moment the research rows are kept
  under a pseudonym (the account is anonymised, free text is removed); without it everything goes.
"""

import csv
import io
import json
import logging
import secrets
import zipfile
from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.exceptions import ObjectDoesNotExist
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

FORMAT_VERSION = 1
ANONYMOUS_PREFIX = "verwijderd-"
# A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection").
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


@dataclass(frozen=True)
class Kind:
    """One kind of personal data: its key in the export (also the CSV file name) and how to read it."""

    key: str
    label: str
    fields: tuple
    rows: object  # callable(user) -> iterable of dicts with exactly `fields` as keys


def _model(label):
    return apps.get_model(label)


def _values(queryset, mapping):
    """queryset.values(*sources) renamed to the export's field names: [(export_name, orm_path), ...]."""
    sources = [source for _name, source in mapping]
    for row in queryset.values(*sources):
        yield {name: row[source] for name, source in mapping}


def _account_rows(user):
    User = get_user_model()
    row = User.objects.filter(pk=user.pk).values(
        "username", "first_name", "last_name", "email", "date_joined", "last_login", "is_active",
    ).first()
    return [row] if row else []


def _group_rows(user):
    return [{"group": name} for name in user.groups.order_by("name").values_list("name", flat=True)]


PROFILE_MAPPING = [
    ("kind", "kind"), ("organisation", "organisation__name"), ("organisation_slug", "organisation__slug"),
    ("cohort", "cohort__name"), ("job_category", "job_category"), ("start_date", "start_date"),
    ("research_consent_at", "research_consent_at"), ("research_consent_version", "research_consent_version"),
    ("research_consent_withdrawn_at", "research_consent_withdrawn_at"),
]
CONSENT_MAPPING = [("action", "action"), ("text_version", "text_version"), ("at", "at")]
LESSON_MAPPING = [
    ("lesson_key", "lesson_key"), ("lesson", "lesson__title"), ("module_key", "module_key"),
    ("started_at", "started_at"), ("completed_at", "completed_at"),
]
MODULE_MAPPING = [("module_key", "module_key"), ("module", "module__title"), ("completed_at", "completed_at")]
REFLECTION_MAPPING = [
    ("lesson_key", "lesson_key"), ("block_id", "block_id"), ("answer", "answer"),
    ("created_at", "created_at"), ("updated_at", "updated_at"),
]
KNOWLEDGE_MAPPING = [
    ("lesson_key", "lesson_key"), ("block_id", "block_id"), ("chosen_option", "chosen_option"),
    ("is_correct", "is_correct"), ("answered_at", "answered_at"),
]
SELF_ASSESSMENT_MAPPING = [
    ("module_key", "module_key"), ("moment", "moment"), ("confidence_role", "confidence_role"),
    ("confidence_conversation", "confidence_conversation"), ("confidence_referral", "confidence_referral"),
    ("confidence_support", "confidence_support"), ("submitted_at", "submitted_at"),
]
ACTIVITY_MAPPING = [
    ("date", "date"), ("organisation", "organisation__name"), ("activity_type", "activity_type"),
    ("colleagues_reached", "colleagues_reached"), ("interested", "interested"), ("registered", "registered"),
    ("started", "started"), ("completed", "completed"), ("certificates", "certificates"),
    ("learning_kind", "learning_kind"), ("referral_destination", "referral_destination"),
    ("private_note", "private_note"), ("created_at", "created_at"), ("updated_at", "updated_at"),
]
MEETUP_MAPPING = [
    ("meetup", "meetup__title"), ("meetup_start_at", "meetup__start_at"), ("status", "status"),
    ("registered_at", "created_at"), ("promoted_at", "promoted_at"),
]
INVITATION_MAPPING = [
    ("organisation", "organisation__name"), ("kind", "kind"), ("note", "note"), ("created_at", "created_at"),
    ("used_at", "used_at"),
]


def _names(mapping):
    return tuple(name for name, _source in mapping)


def _rows_of(model_label, mapping, user_path="user", order=("pk",)):
    def queryset(user):
        return _model(model_label).objects.filter(**{user_path: user})

    def rows(user):
        return list(_values(queryset(user).order_by(*order), mapping))

    rows.count = lambda user: queryset(user).count()
    return rows


KINDS = [
    Kind("account", _("Account"), ("username", "first_name", "last_name", "email", "date_joined", "last_login",
                                "is_active"), _account_rows),
    Kind("roles", _("Rollen"), ("group",), _group_rows),
    Kind("profile", _("Deelnemersprofiel"), _names(PROFILE_MAPPING),
         _rows_of("programme.AmbassadorProfile", PROFILE_MAPPING)),
    Kind("consent_events", _("Toestemming onderzoek (geschiedenis)"), _names(CONSENT_MAPPING),
         _rows_of("programme.ConsentEvent", CONSENT_MAPPING, user_path="profile__user", order=("at", "pk"))),
    Kind("invitation", _("Uitnodiging waarmee het account is gemaakt"), _names(INVITATION_MAPPING),
         _rows_of("programme.Invitation", INVITATION_MAPPING, user_path="used_by")),
    Kind("lesson_progress", _("Voortgang per les"), _names(LESSON_MAPPING),
         _rows_of("programme.LessonProgress", LESSON_MAPPING, order=("started_at", "pk"))),
    Kind("module_completions", _("Afgeronde modules"), _names(MODULE_MAPPING),
         _rows_of("programme.ModuleCompletion", MODULE_MAPPING, order=("completed_at", "pk"))),
    Kind("reflection_answers", _("Antwoorden op reflectievragen"), _names(REFLECTION_MAPPING),
         _rows_of("programme.ReflectionAnswer", REFLECTION_MAPPING, order=("created_at", "pk"))),
    Kind("knowledge_check_answers", _("Antwoorden op kennisvragen"), _names(KNOWLEDGE_MAPPING),
         _rows_of("programme.KnowledgeCheckAnswer", KNOWLEDGE_MAPPING, order=("answered_at", "pk"))),
    Kind("self_assessments", _("Zelfinschattingen"), _names(SELF_ASSESSMENT_MAPPING),
         _rows_of("programme.SelfAssessment", SELF_ASSESSMENT_MAPPING, order=("submitted_at", "pk"))),
    Kind("activities", _("Activiteiten (met eigen notities)"), _names(ACTIVITY_MAPPING),
         _rows_of("activitylog.Activity", ACTIVITY_MAPPING, order=("date", "pk"))),
    Kind("meetup_registrations", _("Aanmeldingen voor bijeenkomsten"), _names(MEETUP_MAPPING),
         _rows_of("community.MeetupRegistration", MEETUP_MAPPING, order=("created_at", "pk"))),
]
KIND_KEYS = [kind.key for kind in KINDS]


def collect(user):
    """{kind key: [row dict, ...]} for every kind, in KINDS order. One query per kind."""
    return {kind.key: kind.rows(user) for kind in KINDS}


def counts(user):
    """{kind key: number of rows}: what the overview page shows. One query per kind, COUNT where possible."""
    return {kind.key: (kind.rows.count(user) if hasattr(kind.rows, "count") else len(kind.rows(user)))
            for kind in KINDS}


def export_document(user, now=None):
    now = now or timezone.now()
    return {
        "format": "leerambassadeurs-mijn-gegevens",
        "format_version": FORMAT_VERSION,
        "generated_at": now,
        "kinds": {kind.key: {"label": str(kind.label), "fields": list(kind.fields)} for kind in KINDS},
        "data": collect(user),
    }


def write_json(user, now=None):
    """The whole export as UTF-8 JSON bytes."""
    document = export_document(user, now=now)
    return json.dumps(document, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2).encode("utf-8")


def neutralise(value):
    """A CSV cell that a spreadsheet shows as text and never runs as a formula."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, (int, float)):
        return value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    text = str(value)
    if text.startswith(FORMULA_PREFIXES):
        return "'" + text
    return text


def csv_bytes(kind, rows):
    """One kind as CSV: UTF-8 with BOM (so spreadsheet programs read the accents), a header row, one row each."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(kind.fields)
    for row in rows:
        writer.writerow([neutralise(row[name]) for name in kind.fields])
    return buffer.getvalue().encode("utf-8")


README_TEXT = """Mijn gegevens - Leerambassadeurs

Dit zip-bestand bevat alle persoonsgegevens die de website over jou bewaart, op {date}.
Elk soort gegevens staat in een eigen CSV-bestand (UTF-8, komma als scheidingsteken).
Een bestand met alleen een kopregel betekent: hierover bewaren we niets van jou.
Tekst die begint met = + - of @ staat er met een ' ervoor, zodat een spreadsheet het niet als formule uitvoert.

{files}
"""


def write_csv_zip(user, now=None):
    """The whole export as a zip: README.txt plus one CSV per kind (<kind>.csv). Returns bytes."""
    now = now or timezone.now()
    data = collect(user)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        listing = "\n".join(f"{kind.key}.csv: {kind.label} ({len(data[kind.key])})" for kind in KINDS)
        archive.writestr("README.txt", README_TEXT.format(date=timezone.localtime(now).isoformat(timespec="seconds"),
                                                          files=listing))
        for kind in KINDS:
            archive.writestr(f"{kind.key}.csv", csv_bytes(kind, data[kind.key]))
    return buffer.getvalue()


# --- Deletion ------------------------------------------------------------------------------------------------


class AccountDeletionRefused(Exception):
    """This account cannot delete itself on the website (e.g. the site's administrators)."""


@dataclass
class DeletionResult:
    anonymised: bool
    counts: dict = field(default_factory=dict)


def profile_of(user):
    try:
        return _model("programme.AmbassadorProfile").objects.get(user=user)
    except ObjectDoesNotExist:
        return None


def may_delete_self(user):
    """Administrators keep the site running; they are removed by another administrator, not by themselves."""
    return user.is_authenticated and not user.is_superuser


def _release_meetup_places(user, counts):
    """Delete the user's meetup registrations; places freed at upcoming meetups go to the waiting list."""
    from community.registration import fill_free_places

    MeetupRegistration = _model("community.MeetupRegistration")
    registrations = MeetupRegistration.objects.filter(user=user)
    upcoming_ids = set(
        registrations.filter(status=MeetupRegistration.Status.CONFIRMED, meetup__end_at__gte=timezone.now())
        .values_list("meetup_id", flat=True)
    )
    counts["meetup_registrations"], _detail = registrations.delete()
    if upcoming_ids:
        MeetupPage = _model("community.MeetupPage")
        for meetup in MeetupPage.objects.filter(pk__in=upcoming_ids):
            fill_free_places(meetup)


def _forget_login_records(username, counts):
    """Failed-login counters and login logs are stored by username (django-axes)."""
    removed = 0
    for label in ("axes.AccessAttempt", "axes.AccessFailureLog", "axes.AccessLog"):
        try:
            model = _model(label)
        except LookupError:
            continue
        removed += model.objects.filter(username=username).delete()[0]
    counts["login_records"] = removed


def _delete_wagtail_profile(user, counts):
    try:
        model = _model("wagtailusers.UserProfile")
    except LookupError:
        return
    counts["wagtail_profile"] = model.objects.filter(user=user).delete()[0]


def _anonymise(user, profile, counts):
    """Keep the research rows under the profile's pseudonym; remove everything that says who it was."""
    User = get_user_model()
    counts["reflection_answers"] = _model("programme.ReflectionAnswer").objects.filter(user=user).delete()[0]
    counts["private_notes_blanked"] = (
        _model("activitylog.Activity").objects.filter(user=user).exclude(private_note="").update(private_note="")
    )
    counts["invitation_notes_blanked"] = (
        _model("programme.Invitation").objects.filter(used_by=user).exclude(note="").update(note="")
    )
    _release_meetup_places(user, counts)
    _delete_wagtail_profile(user, counts)
    old_username = user.get_username()
    user.username = f"{ANONYMOUS_PREFIX}{secrets.token_hex(8)}"
    while User.objects.filter(username=user.username).exists():  # pragma: no cover - 64 random bits
        user.username = f"{ANONYMOUS_PREFIX}{secrets.token_hex(8)}"
    user.first_name = ""
    user.last_name = ""
    user.email = ""
    user.set_unusable_password()
    user.is_active = False
    user.is_staff = False
    user.is_superuser = False
    user.last_login = None
    user.save()
    user.groups.clear()
    user.user_permissions.clear()
    _forget_login_records(old_username, counts)


def _delete_everything(user, profile, counts):
    """No active research consent: remove the account and every row that belongs to it.

    Explicit order, children first: Activity and AmbassadorProfile point at the organisation with PROTECT, so
    the organisation is never touched; deleting the rows that point at it (not the organisation) is what we do.
    """
    old_username = user.get_username()
    _release_meetup_places(user, counts)
    for key, label in [
        ("activities", "activitylog.Activity"),
        ("reflection_answers", "programme.ReflectionAnswer"),
        ("knowledge_check_answers", "programme.KnowledgeCheckAnswer"),
        ("self_assessments", "programme.SelfAssessment"),
        ("module_completions", "programme.ModuleCompletion"),
        ("lesson_progress", "programme.LessonProgress"),
    ]:
        counts[key] = _model(label).objects.filter(user=user).delete()[0]
    # The invitation itself stays for the coordinator's overview (used, by nobody); its note may name the person.
    _model("programme.Invitation").objects.filter(used_by=user).update(used_by=None, note="")
    if profile is not None:
        counts["consent_events"] = profile.consent_events.all().delete()[0]
        profile.delete()
        counts["profile"] = 1
    _delete_wagtail_profile(user, counts)
    user.delete()
    counts["account"] = 1
    _forget_login_records(old_username, counts)


def delete_account(user):
    """Erase the account (see the module docstring and docs/privacy.md). One transaction: all or nothing."""
    if not may_delete_self(user):
        raise AccountDeletionRefused()
    User = get_user_model()
    with transaction.atomic():
        # Lock the account row: a second, simultaneous deletion waits and then finds nothing to do twice.
        user = User.objects.select_for_update().get(pk=user.pk)
        profile = profile_of(user)
        counts = {}
        if profile is not None and profile.has_research_consent:
            _anonymise(user, profile, counts)
            result = DeletionResult(anonymised=True, counts=counts)
        else:
            _delete_everything(user, profile, counts)
            result = DeletionResult(anonymised=False, counts=counts)
    logger.info("Account deleted by its owner (anonymised=%s)", result.anonymised)
    return result
