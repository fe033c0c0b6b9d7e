"""A database-independent backup: every row as JSON, restorable with `manage.py loaddata` on an empty database.

Why not plain ``dumpdata --natural-foreign``? Wagtail keeps log entries of deleted pages (their page id points
nowhere), and ``--natural-foreign`` tries to look those pages up and fails. Only content types and permissions
really need natural keys: `migrate` recreates them, possibly with other ids. Every other row keeps its own id in
the backup, so references to it can stay plain ids. That is what this serializer does.

Permissions are in the backup *by natural key* (no id): most are recreated by `migrate`/`flush`, but some are made
by data migrations (wagtail-localize's ``submit_translation``) and would otherwise be missing after a restore.
"""

import itertools

from django.apps import apps
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.serializers.json import Serializer as JSONSerializer

# Left out of the backup. Content types are recreated by `migrate` and `flush`; sessions are short-lived;
# the search index is rebuilt with `manage.py update_index`; login attempt counters would only lock people out.
EXCLUDED = ["contenttypes", "sessions", "wagtailsearch.indexentry", "axes"]
NATURAL_KEY_MODELS = (ContentType, Permission)


class BackupSerializer(JSONSerializer):
    """JSON with natural keys only for references to content types and permissions."""

    def _natural_for(self, field):
        return issubclass(field.remote_field.model, NATURAL_KEY_MODELS)

    def get_dump_object(self, obj):
        # Permissions are matched on (codename, app label, model) when loaded; everything else keeps its id.
        self.use_natural_primary_keys = isinstance(obj, Permission)
        return super().get_dump_object(obj)

    def handle_fk_field(self, obj, field):
        self.use_natural_foreign_keys = self._natural_for(field)
        super().handle_fk_field(obj, field)

    def handle_m2m_field(self, obj, field):
        self.use_natural_foreign_keys = self._natural_for(field)
        super().handle_m2m_field(obj, field)


def is_excluded(model):
    return model._meta.app_label in EXCLUDED or model._meta.label_lower in EXCLUDED


def models_to_back_up():
    app_list = [(config, None) for config in apps.get_app_configs() if config.models_module is not None]
    return [
        model
        for model in serializers.sort_dependencies(app_list, allow_cycles=True)
        if not is_excluded(model) and model._meta.managed and not model._meta.proxy
    ]


def write_backup(stream):
    """Write every row of every backed-up model to ``stream``; returns the number of rows."""
    objects = itertools.chain.from_iterable(
        model._base_manager.order_by(model._meta.pk.name).iterator(chunk_size=2000) for model in models_to_back_up()
    )
    counter = itertools.count(1)
    counted = (obj for obj, _ in zip(objects, counter, strict=False))
    BackupSerializer().serialize(counted, stream=stream, use_natural_foreign_keys=True, use_natural_primary_keys=False)
    return next(counter) - 1
