"""Retention: personal data that has served its purpose is deleted after ``settings.RETENTION_DAYS``.

Each rule names a model by "app_label.ModelName" and the rows that have expired. Models of apps that are not
installed are skipped, so the rules can name every place personal data ends up. ``manage.py purge_expired``
runs them (daily, from cron or a scheduled task); see docs/backup-restore.md and the privacy statement.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone


@dataclass(frozen=True)
class RetentionRule:
    key: str  # the key in settings.RETENTION_DAYS
    model: str  # "app_label.ModelName"
    description: str
    expired: Callable  # (queryset, cutoff datetime) -> queryset of rows to delete


RULES = [
    RetentionRule(
        "invitations",
        "programme.Invitation",
        "unused invitations that expired or were revoked",
        lambda qs, cutoff: qs.filter(used_at__isnull=True).filter(Q(expires_at__lt=cutoff) | Q(revoked_at__lt=cutoff)),
    ),
    RetentionRule(
        "export_logs",
        "evaluation.ExportLog",
        "export log entries",
        lambda qs, cutoff: qs.filter(created_at__lt=cutoff),
    ),
    RetentionRule(
        "form_submissions",
        "wagtailforms.FormSubmission",
        "contact form submissions",
        lambda qs, cutoff: qs.filter(submit_time__lt=cutoff),
    ),
    RetentionRule(
        "login_attempts",
        "axes.AccessAttempt",
        "failed login counters",
        lambda qs, cutoff: qs.filter(attempt_time__lt=cutoff),
    ),
    RetentionRule(
        "login_attempts",
        "axes.AccessFailureLog",
        "failed login log",
        lambda qs, cutoff: qs.filter(attempt_time__lt=cutoff),
    ),
    RetentionRule(
        "login_attempts",
        "axes.AccessLog",
        "login log (IP address, browser)",
        lambda qs, cutoff: qs.filter(attempt_time__lt=cutoff),
    ),
]


@dataclass
class PurgeResult:
    rule: RetentionRule
    cutoff: datetime.datetime | None
    count: int
    skipped: str = ""


def get_model(label):
    try:
        return apps.get_model(label)
    except LookupError:  # the app is not installed (yet)
        return None


def purge_expired(now=None, dry_run=False, retention_days=None):
    """Delete every expired row; returns one PurgeResult per rule. Each rule runs in its own transaction."""
    now = now or timezone.now()
    retention_days = retention_days if retention_days is not None else settings.RETENTION_DAYS
    results = []
    for rule in RULES:
        days = retention_days.get(rule.key)
        if days is None:
            results.append(PurgeResult(rule, None, 0, skipped="kept indefinitely (no retention set)"))
            continue
        model = get_model(rule.model)
        if model is None:
            results.append(PurgeResult(rule, None, 0, skipped="app not installed"))
            continue
        cutoff = now - datetime.timedelta(days=days)
        queryset = rule.expired(model._default_manager.all(), cutoff)
        if dry_run:
            results.append(PurgeResult(rule, cutoff, queryset.count()))
            continue
        with transaction.atomic():
            # Delete only the rows of this model (not cascaded rows of others) for an honest count.
            count = queryset.delete()[1].get(model._meta.label, 0)
        results.append(PurgeResult(rule, cutoff, count))
    return results


def purge_expired_sessions():
    """Expired sessions, as `manage.py clearsessions` does; returns how many were deleted where countable."""
    from importlib import import_module

    engine = import_module(settings.SESSION_ENGINE)
    store = engine.SessionStore
    if settings.SESSION_ENGINE.endswith(("db", "cached_db")):
        from django.contrib.sessions.models import Session

        count = Session.objects.filter(expire_date__lt=timezone.now()).count()
        store.clear_expired()
        return count
    store.clear_expired()
    return None
