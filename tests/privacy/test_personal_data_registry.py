"""Every table that points at a person is accounted for: each app registers what it keeps (website.account_data)."""

from django.apps import apps
from django.contrib.auth import get_user_model

from website import account_data


def user_foreign_keys():
    """("app_label.Model.field", model, field) for every foreign key or one-to-one to the user, declared on that
    model itself (a page type inherits Page.owner; Page answers for it)."""
    User = get_user_model()
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if field.concrete and field.is_relation and field.related_model is User and field.model is model:
                yield f"{model._meta.label}.{field.name}", model, field


def test_every_user_foreign_key_has_a_registered_provider():
    covered = account_data.covered_user_fields()
    missing = []
    for label, model, _field in user_foreign_keys():
        if label not in covered:
            config = apps.get_app_config(model._meta.app_label)
            missing.append(
                f"{label} points at a person, but no app says what the personal-data download shows of it and what "
                f"deleting an account does to it. In {config.name}/personal_data.py define "
                f"PERSONAL_DATA = website.account_data.PersonalData(app_label={config.label!r}, "
                f"kinds=(kind_of(...),), erase=<function(user, counts, keep_research)>, covers=({label!r},)) and "
                f"call website.account_data.register(PERSONAL_DATA) in {type(config).__name__}.ready() "
                f"(if the app has a registration already, add {label!r} to its covers). "
                f"Examples: activitylog/personal_data.py, and docs/privacy.md for what to keep."
            )
    assert not missing, "\n\n".join(missing)


def test_covers_name_only_real_user_foreign_keys():
    """A stale entry (a renamed field, a removed model) would hide a real gap."""
    real = {label for label, _model, _field in user_foreign_keys()}
    assert account_data.covered_user_fields() <= real, account_data.covered_user_fields() - real


def test_kind_keys_are_unique_and_every_app_registers_once():
    keys = account_data.kind_keys()
    assert len(keys) == len(set(keys))
    labels = [item.app_label for item in account_data.registered()]
    assert labels == ["website", "programme", "community", "activitylog", "evaluation"]
    assert keys[0] == "account"


def test_deleting_an_account_clears_or_removes_every_covered_row():
    """No covered foreign key may PROTECT the user: deleting an account without research consent must never fail."""
    from django.db import models

    for label, _model, field in user_foreign_keys():
        assert field.remote_field.on_delete is not models.PROTECT, label
