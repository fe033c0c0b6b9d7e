"""Delete personal data whose retention period has passed (settings.RETENTION_DAYS). Run daily."""

from django.core.management.base import BaseCommand

from website.retention import purge_expired, purge_expired_sessions


class Command(BaseCommand):
    help = (
        "Delete expired invitations, old export log entries, old form submissions, old login attempts and "
        "expired sessions, following settings.RETENTION_DAYS. Use --dry-run to only count."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Count what would be deleted; delete nothing.")

    def handle(self, *args, dry_run=False, **options):
        verb = "would delete" if dry_run else "deleted"
        total = 0
        for result in purge_expired(dry_run=dry_run):
            label = f"{result.rule.model} ({result.rule.description})"
            if result.skipped:
                self.stdout.write(f"{label}: skipped, {result.skipped}")
                continue
            total += result.count
            self.stdout.write(f"{label}: {verb} {result.count} older than {result.cutoff:%Y-%m-%d %H:%M}")
        if not dry_run:
            sessions = purge_expired_sessions()
            if sessions is not None:
                total += sessions
                self.stdout.write(f"django.Session (expired sessions): deleted {sessions}")
        self.stdout.write(self.style.SUCCESS(f"Done: {verb} {total} rows."))
