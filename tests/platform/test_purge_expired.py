"""`manage.py purge_expired` deletes what is older than settings.RETENTION_DAYS, and nothing else."""

import datetime
from io import StringIO

import pytest
from axes.models import AccessAttempt, AccessLog
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from website import retention

NOW = timezone.now()


def days_ago(days):
    return NOW - datetime.timedelta(days=days)


@pytest.fixture
def retention_days(settings):
    settings.RETENTION_DAYS = {"invitations": 90, "export_logs": 730, "form_submissions": 365, "login_attempts": 90}
    return settings.RETENTION_DAYS


@pytest.fixture
def invitations(organisation, retention_days):
    from programme.models import Invitation

    def make(**fields):
        return Invitation.create_with_token(organisation=organisation, **fields)[0]

    return {
        "expired_long_ago": make(created_at=days_ago(120), expires_at=days_ago(100)),
        "revoked_long_ago": make(created_at=days_ago(120), expires_at=days_ago(-10), revoked_at=days_ago(95)),
        "expired_recently": make(created_at=days_ago(30), expires_at=days_ago(10)),
        "open": make(),
        "used_long_ago": make(created_at=days_ago(400), expires_at=days_ago(380), used_at=days_ago(390)),
    }


@pytest.mark.django_db
def test_expired_invitations_are_purged_after_the_retention_period(invitations):
    from programme.models import Invitation

    retention.purge_expired(now=NOW)
    remaining = set(Invitation.objects.values_list("pk", flat=True))
    assert remaining == {invitations[key].pk for key in ("expired_recently", "open", "used_long_ago")}


@pytest.mark.django_db
def test_old_export_logs_are_purged(retention_days):
    from evaluation.models import ExportLog

    old = ExportLog.objects.create(
        actor="onderzoeker", source="admin", dataset="progress", export_format="csv", status="succeeded"
    )
    new = ExportLog.objects.create(
        actor="onderzoeker", source="admin", dataset="progress", export_format="csv", status="succeeded"
    )
    ExportLog.objects.filter(pk=old.pk).update(created_at=days_ago(731))
    retention.purge_expired(now=NOW)
    assert list(ExportLog.objects.values_list("pk", flat=True)) == [new.pk]


@pytest.mark.django_db
def test_old_form_submissions_are_purged(home_page, retention_days):
    old = FormSubmission.objects.create(page=home_page, form_data={"naam": "Anna"})
    new = FormSubmission.objects.create(page=home_page, form_data={"naam": "Bram"})
    FormSubmission.objects.filter(pk=old.pk).update(submit_time=days_ago(366))
    retention.purge_expired(now=NOW)
    assert list(FormSubmission.objects.values_list("pk", flat=True)) == [new.pk]


@pytest.mark.django_db
def test_old_login_records_are_purged(retention_days):
    for when in (days_ago(91), days_ago(1)):
        attempt = AccessAttempt.objects.create(
            username=f"u{when:%j}",
            ip_address="10.0.0.1",
            user_agent="x",
            failures_since_start=1,
            get_data="",
            post_data="",
            http_accept="",
            path_info="/",
        )
        AccessAttempt.objects.filter(pk=attempt.pk).update(attempt_time=when)
        log = AccessLog.objects.create(
            username="u", ip_address="10.0.0.1", user_agent="x", http_accept="", path_info="/"
        )
        AccessLog.objects.filter(pk=log.pk).update(attempt_time=when)
    retention.purge_expired(now=NOW)
    assert AccessAttempt.objects.count() == 1
    assert AccessLog.objects.count() == 1


@pytest.mark.django_db
def test_dry_run_counts_but_deletes_nothing(invitations):
    from programme.models import Invitation

    out = StringIO()
    call_command("purge_expired", "--dry-run", stdout=out)
    assert Invitation.objects.count() == 5
    assert "programme.Invitation (unused invitations that expired or were revoked): would delete 2" in out.getvalue()


@pytest.mark.django_db
def test_command_reports_what_it_deleted_and_clears_expired_sessions(invitations):
    Session.objects.create(session_key="verlopen", session_data="", expire_date=days_ago(1))
    Session.objects.create(session_key="geldig", session_data="", expire_date=days_ago(-1))
    out = StringIO()
    call_command("purge_expired", stdout=out)
    assert "programme.Invitation (unused invitations that expired or were revoked): deleted 2" in out.getvalue()
    assert "expired sessions): deleted 1" in out.getvalue()
    assert list(Session.objects.values_list("session_key", flat=True)) == ["geldig"]
    # Running it again finds nothing more: the command is safe to run daily.
    out = StringIO()
    call_command("purge_expired", stdout=out)
    assert "Done: deleted 0 rows." in out.getvalue()


@pytest.mark.django_db
def test_models_of_apps_not_installed_are_skipped(monkeypatch, retention_days):
    rule = retention.RetentionRule("invitations", "nietgebouwd.Iets", "not built yet", lambda qs, cutoff: qs)
    monkeypatch.setattr(retention, "RULES", [rule])
    [result] = retention.purge_expired(now=NOW)
    assert result.skipped == "app not installed"


@pytest.mark.django_db
def test_no_retention_set_keeps_the_data(invitations, settings):
    from programme.models import Invitation

    settings.RETENTION_DAYS = {"invitations": None}
    retention.purge_expired(now=NOW)
    assert Invitation.objects.count() == 5
