"""Granting model permissions to role groups from a data migration.

Django creates model permissions only after all migrations have run, so a migration that grants them
creates them first. Used by the migrations that set up what each role may do in the admin.
"""

from django.contrib.auth.management import create_permissions


def grant(apps, grants):
    """grants: {group name: [(app_label, codename), ...]}; the group is created when missing."""
    for app_label in {app_label for codes in grants.values() for app_label, _codename in codes}:
        try:
            app_config = apps.get_app_config(app_label)
        except LookupError:  # an app without models (wagtailadmin) makes its permissions in its own migration
            continue
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, codes in grants.items():
        group, _created = Group.objects.get_or_create(name=group_name)
        for app_label, codename in codes:
            group.permissions.add(*Permission.objects.filter(content_type__app_label=app_label, codename=codename))


def revoke(apps, grants):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, codes in grants.items():
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            continue
        for app_label, codename in codes:
            group.permissions.remove(*Permission.objects.filter(content_type__app_label=app_label, codename=codename))
