"""A throwaway database for the benchmarks: Django's test-database machinery creates it fresh and migrates it.

SQLite: a file in `work_dir`. PostgreSQL (DATABASE_URL points at it, e.g. through `bin/with-postgres`): a fresh
database `<prefix>_<pid>` on that server. `destroy` removes it again; the callers do that in a `finally`
block and turn SIGTERM into SystemExit, so Ctrl-C or a kill also leaves nothing behind.
"""

import os
import signal
import sys
import uuid
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
if str(BASE_DIR) not in sys.path:
    sys.path.insert(0, str(BASE_DIR))


def create(work_dir, prefix):
    """Set up Django (test settings) on a fresh, migrated database; returns (connection, old_name) for destroy."""
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "website.settings.test")
    os.environ.setdefault("EVALUATION_PSEUDONYM_KEY", "benchmark-only-key-" + uuid.uuid4().hex)
    if not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        os.environ["DATABASE_URL"] = f"sqlite:///{work_dir}/bench-source.sqlite3"
    import django

    django.setup()
    from django.db import connection

    connection.settings_dict["TEST"]["NAME"] = (
        f"{work_dir}/{prefix}.sqlite3" if connection.vendor == "sqlite" else f"{prefix}_{os.getpid()}"
    )
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=OFF")
    return connection, old_name


def destroy(connection, old_name):
    connection.creation.destroy_test_db(old_name, verbosity=0)
