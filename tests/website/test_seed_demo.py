"""seed_demo builds the demo site, can run twice without changing anything, and refuses production."""

import io

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command


def row_counts():
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if not model._meta.label.startswith(("sessions.", "admin.", "wagtailsearch.", "wagtailcore.ModelLogEntry"))
    }


@pytest.mark.django_db
def test_seed_demo_twice_changes_nothing(client, settings):
    call_command("seed_demo", stdout=io.StringIO())
    first = row_counts()
    call_command("seed_demo", stdout=io.StringIO())
    assert row_counts() == first
    assert client.get("/nl/").status_code == 200
    assert client.get("/en/").status_code == 200


@pytest.mark.django_db
def test_seed_demo_creates_demo_accounts_that_can_log_in(client, settings):
    call_command("seed_demo", stdout=io.StringIO())
    for username in (
        "demo-ambassador",
        "demo-ambassador-2",
        "demo-coordinator",
        "demo-researcher",
        "demo-editor",
        "demo-moderator",
    ):
        assert client.login(username=username, password=settings.DEMO_PASSWORD), username


@pytest.mark.django_db
def test_seed_demo_refuses_when_not_allowed(settings):
    settings.ALLOW_DEMO_SEED = False
    with pytest.raises(CommandError, match="refuses"):
        call_command("seed_demo")
