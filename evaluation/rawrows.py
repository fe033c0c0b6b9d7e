"""Rows straight from the database cursor, for the research exports.

Django's queryset iterator turns every value into a Python object (aware datetime, UUID, bool, date) and
the writers then turn most of them into text again; at a million rows that round trip was most of an
export's time. Datasets with ``raw_values=True`` get the values as the database driver hands them over,
and the cell encoders in `evaluation.writers` accept both forms:

* SQLite: datetimes as naive datetimes in UTC (Django's connection parses declared column types),
  dates and booleans as Python values, UUIDs as 32 hex digits;
* PostgreSQL: a server-side (named) cursor, so memory stays flat however many rows there are, with
  ``timestamptz``, ``date`` and ``uuid`` columns read as their text (``2025-04-01 07:00:00+00`` — Django
  runs the session in UTC —, ``YYYY-MM-DD``, hyphenated UUIDs); booleans and numbers as Python values.

The SQL is Django's own for the queryset, so the consent and filter conditions are exactly the ORM's.
"""

import datetime
import itertools
import uuid

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.utils import timezone

CHUNK_SIZE = 2000
# timestamptz, timestamp, date and uuid: read as text on PostgreSQL (see above).
_TEXT_TYPE_OIDS = (1184, 1114, 1082, 2950)
_text_type = None


def raw_rows(queryset, chunk_size=CHUNK_SIZE):
    """Iterator over the tuples of a `values_list()` queryset, as the driver returns them (see module doc)."""
    try:
        sql, params = queryset.query.get_compiler(using=queryset.db).as_sql()
    except EmptyResultSet:
        return iter(())
    return itertools.chain.from_iterable(_chunks(connections[queryset.db], sql, params, chunk_size))


def _chunks(connection, sql, params, chunk_size):
    with connection.chunked_cursor() as cursor:
        if connection.vendor == "postgresql":
            _read_as_text(cursor.cursor)
        cursor.execute(sql, params)
        while chunk := cursor.fetchmany(chunk_size):
            yield chunk


def _read_as_text(psycopg_cursor):
    global _text_type
    import psycopg2.extensions

    if _text_type is None:
        _text_type = psycopg2.extensions.new_type(
            _TEXT_TYPE_OIDS, "EVALUATION_EXPORT_TEXT", lambda value, _cursor: value
        )
    psycopg2.extensions.register_type(_text_type, psycopg_cursor)


# --- Helpers for row builders that need a Python value out of a raw one --------------------------------


def as_datetime(value):
    """An aware datetime from a raw database value (UTC text, naive UTC datetime) or a datetime; None stays None."""
    if value is None:
        return None
    if not isinstance(value, datetime.datetime):
        value = datetime.datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=datetime.UTC)


def local_date(value):
    """The date in the site's time zone of a raw or Python datetime; None stays None."""
    value = as_datetime(value)
    return timezone.localdate(value) if value else None


class UuidText(dict):
    """Canonical text (hyphenated, lowercase) of UUIDs, raw (32 hex digits, or text) or UUID objects.

    A dict that fills itself: the keys in an export are a few dozen modules and lessons, so each is
    converted once.
    """

    def __missing__(self, value):
        text = None if value is None else str(value if isinstance(value, uuid.UUID) else uuid.UUID(value))
        self[value] = text
        return text
