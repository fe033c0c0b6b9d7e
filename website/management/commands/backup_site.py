"""Write all site data to one JSON file that `manage.py loaddata` restores on a freshly migrated, empty database.

Works on SQLite and PostgreSQL alike and can move data between them. For PostgreSQL, pg_dump is faster and is the
primary backup (docs/backup-restore.md). Uploaded files (MEDIA_ROOT) are not in the file: copy them separately.
"""

from django.core.management.base import BaseCommand

from website.backup import EXCLUDED, write_backup

__all__ = ["Command", "EXCLUDED"]


class Command(BaseCommand):
    help = "Back up all data to a JSON file (without content types, permissions, sessions, search index)."

    def add_arguments(self, parser):
        parser.add_argument("output", help="Path of the JSON file to write, e.g. backup-2025-06-01.json")

    def handle(self, output, **options):
        with open(output, "w", encoding="utf-8") as stream:
            rows = write_backup(stream)
        self.stdout.write(
            self.style.SUCCESS(
                f"Backup of {rows} rows written to {output}. Uploaded files are not in it: copy MEDIA_ROOT as well."
            )
        )
