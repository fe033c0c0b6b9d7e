"""Personal data rights (AVG/GDPR) for one account: everything we hold about a person, and deleting it.

This module is the shell; it knows no app's tables. Each app says what it keeps about a person by calling
``register(PersonalData(...))`` in its ``AppConfig.ready()`` (see ``<app>/personal_data.py``):

* ``kinds``: what the download holds (``Kind``: a key, a label, the fields, and how to read the rows);
* ``erase(user, counts, keep_research)``: what deleting the account does to the app's rows: delete them, or,
  when the person's research consent is active at that moment (``keep_research``), keep the research rows
  under the pseudonym and remove what says who it was;
* ``research_consent(user)``: whether that consent is active (the app that records consent answers it);
* ``covers``: every foreign key to the user that the app answers for (``"app_label.Model.field"``). A test
  fails when a model has a user foreign key that no registration covers, so nothing is forgotten.

The shell:

* ``collect(user)``: the right of access and to data portability (AVG art. 15 and 20): every kind, as plain
  rows (lists of dicts). One query per kind, via ``values()``, so the number of queries does not grow with
  the amount of data.
* ``write_json`` / ``write_csv_zip``: the same rows as a JSON document, or as a zip with one CSV per kind.
  CSV cells that a spreadsheet would run as a formula are neutralised (OWASP "CSV injection").
* ``delete_account(user)``: the right to erasure (AVG art. 17), in one transaction: every app's ``erase``,
  then the account itself (anonymised or deleted) and the login records. See docs/privacy.md.
"""

import csv
import io
import json
import logging
import secrets
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone

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
    rows: object  # callable(user) -> iterable of dicts with exactly `fields` as keys; may have .count(user)


@dataclass(frozen=True)
class PersonalData:
    """What one app keeps about a person (see the module docstring). Registered in the app's ready()."""

    app_label: str
    kinds: tuple = ()
    erase: Callable | None = None  # erase(user, counts, keep_research): fills counts {what: number of rows}
    research_consent: Callable | None = None  # research_consent(user) -> bool
    covers: tuple = ()  # "app_label.Model.field" for every foreign key to the user this app answers for


_registry = {}


def register(personal_data):
    """Add (or, for the same app, replace) an app's registration. Call it from AppConfig.ready()."""
    _registry[personal_data.app_label] = personal_data


def registered():
    """Every registration, in the order of INSTALLED_APPS (the order of the download and of deleting)."""
    order = {config.label: index for index, config in enumerate(apps.get_app_configs())}
    return sorted(_registry.values(), key=lambda item: order.get(item.app_label, len(order)))


def kinds():
    return [kind for item in registered() for kind in item.kinds]


def kind_keys():
    return [kind.key for kind in kinds()]


def covered_user_fields():
    return {label for item in registered() for label in item.covers}


def values(queryset, mapping):
    """queryset.values(*sources) renamed to the export's field names: [(export_name, orm_path), ...]."""
    sources = [source for _name, source in mapping]
    for row in queryset.values(*sources):
        yield {name: row[source] for name, source in mapping}


def names(mapping):
    return tuple(name for name, _source in mapping)


def rows_of(model, mapping, user_path="user", order=("pk",)):
    """A Kind's `rows`: the user's rows of `model` (found via `user_path`), one query, with a COUNT query too."""

    def queryset(user):
        return model.objects.filter(**{user_path: user})

    def rows(user):
        return list(values(queryset(user).order_by(*order), mapping))

    rows.count = lambda user: queryset(user).count()
    return rows


def kind_of(key, label, model, mapping, **options):
    """A Kind that exports `mapping` of the user's rows of `model` (see rows_of for the options)."""
    return Kind(key, label, names(mapping), rows_of(model, mapping, **options))


def collect(user):
    """{kind key: [row dict, ...]} for every registered kind, in order. One query per kind."""
    return {kind.key: kind.rows(user) for kind in kinds()}


def counts(user):
    """{kind key: number of rows}: what the overview page shows. One query per kind, COUNT where possible."""
    return {
        kind.key: (kind.rows.count(user) if hasattr(kind.rows, "count") else len(kind.rows(user))) for kind in kinds()
    }


def export_document(user, now=None):
    now = now or timezone.now()
    return {
        "format": "leerambassadeurs-mijn-gegevens",
        "format_version": FORMAT_VERSION,
        "generated_at": now,
        "kinds": {kind.key: {"label": str(kind.label), "fields": list(kind.fields)} for kind in kinds()},
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

Dit zip-bestand bevat alle persoonsgegevens die de website over je bewaart, op {date}.
Elk soort gegevens staat in een eigen CSV-bestand (UTF-8, komma als scheidingsteken).
Een bestand met alleen een kopregel betekent: hierover bewaren we niets van je.
Tekst die begint met = + - of @ staat er met een ' ervoor, zodat een spreadsheet het niet als formule uitvoert.

{files}
"""


def write_csv_zip(user, now=None):
    """The whole export as a zip: README.txt plus one CSV per kind (<kind>.csv). Returns bytes."""
    now = now or timezone.now()
    data = collect(user)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        listing = "\n".join(f"{kind.key}.csv: {kind.label} ({len(data[kind.key])})" for kind in kinds())
        archive.writestr(
            "README.txt", README_TEXT.format(date=timezone.localtime(now).isoformat(timespec="seconds"), files=listing)
        )
        for kind in kinds():
            archive.writestr(f"{kind.key}.csv", csv_bytes(kind, data[kind.key]))
    return buffer.getvalue()


# --- Deletion ------------------------------------------------------------------------------------------------


class AccountDeletionRefused(Exception):
    """This account cannot delete itself on the website (e.g. the site's administrators)."""


@dataclass
class DeletionResult:
    anonymised: bool
    counts: dict = field(default_factory=dict)


def may_delete_self(user):
    """Administrators keep the site running; they are removed by another administrator, not by themselves."""
    return user.is_authenticated and not user.is_superuser


def _forget_login_records(username, counts):
    """Failed-login counters and login logs are stored by username (django-axes), without a foreign key."""
    removed = 0
    for label in ("axes.AccessAttempt", "axes.AccessFailureLog", "axes.AccessLog"):
        try:
            model = apps.get_model(label)
        except LookupError:
            continue
        removed += model.objects.filter(username=username).delete()[0]
    counts["login_records"] = removed


def _anonymise_account(user):
    """Keep the user row (research rows point at it) with nothing left that says who it was."""
    User = get_user_model()
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


def delete_account(user):
    """Erase the account (see the module docstring and docs/privacy.md). One transaction: all or nothing."""
    if not may_delete_self(user):
        raise AccountDeletionRefused()
    User = get_user_model()
    with transaction.atomic():
        # Lock the account row: a second, simultaneous deletion waits and then finds nothing to do twice.
        user = User.objects.select_for_update().get(pk=user.pk)
        keep_research = any(item.research_consent(user) for item in registered() if item.research_consent)
        old_username = user.get_username()
        counts = {}
        for item in registered():
            if item.erase:
                item.erase(user, counts, keep_research)
        if keep_research:
            _anonymise_account(user)
        else:
            user.delete()
            counts["account"] = 1
        _forget_login_records(old_username, counts)
        result = DeletionResult(anonymised=keep_research, counts=counts)
    logger.info("Account deleted by its owner (anonymised=%s)", result.anonymised)
    return result
