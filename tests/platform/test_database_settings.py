"""Database settings the speed figures in bench/README.md rely on."""

import pytest
from django.db import connection


@pytest.mark.django_db
def test_postgresql_runs_without_jit():
    """JIT compiling the dashboard's GROUP BY queries took longer than running them."""
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only; the PostgreSQL run of the suite (make test-postgres) checks it")
    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone()[0] == "off"
