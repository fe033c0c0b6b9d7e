"""The documented backup (dumpdata with natural keys) restores the seeded site row for row (docs/backup-restore.md)."""

import io
import json

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import connection

from website.backup import is_excluded


def row_counts():
    counts = {}
    for model in apps.get_models(include_auto_created=True):
        if is_excluded(model) or not model._meta.managed or model._meta.proxy:
            continue
        counts[model._meta.label] = model._base_manager.count()
    return counts


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_seeded_database_survives_dump_flush_and_load(tmp_path, client, settings):
    call_command("seed_demo", stdout=io.StringIO())
    before = row_counts()
    assert before["wagtailcore.Page"] > 3
    home_before = client.get("/nl/")
    assert home_before.status_code == 200

    dump = tmp_path / "backup.json"
    call_command("backup_site", str(dump), stdout=io.StringIO())
    data = json.loads(dump.read_text())
    assert {row["model"] for row in data}.isdisjoint(
        {"contenttypes.contenttype", "sessions.session", "wagtailsearch.indexentry"}
    )
    assert all("pk" not in row for row in data if row["model"] == "auth.permission")  # matched by natural key

    call_command("flush", interactive=False, verbosity=0)
    assert row_counts()["wagtailcore.Page"] == 0

    call_command("loaddata", str(dump), verbosity=0)
    after = row_counts()
    assert {label: count for label, count in after.items() if count != before[label]} == {}

    home_after = client.get("/nl/")
    assert home_after.status_code == 200
    assert home_after.content == home_before.content
    assert client.get("/en/").status_code == 200
    if connection.vendor == "postgresql":  # loaddata must leave the sequences past the restored ids
        from wagtail.models import Page

        Page.get_first_root_node().add_child(title="Na herstel", slug="na-herstel")
