"""The programme team manages the measurement waves and follows (and may reopen) the organisations' measurements.

Coordinators fill in measurements on the public site, which checks their organisation itself: they get no
model permissions. Researchers get the measurements only through the pseudonymised exports.
"""

from django.db import migrations

from website import group_permissions

GRANTS = {
    "Programme team": [
        ("evaluation", "add_measurementwave"),
        ("evaluation", "change_measurementwave"),
        ("evaluation", "view_measurementwave"),
        ("evaluation", "view_organisationmeasurement"),
        ("evaluation", "change_organisationmeasurement"),
    ],
}


def grant(apps, schema_editor):
    group_permissions.grant(apps, GRANTS)


def revoke(apps, schema_editor):
    group_permissions.revoke(apps, GRANTS)


class Migration(migrations.Migration):
    dependencies = [
        ("evaluation", "0002_measurement_waves"),
        ("programme", "0003_programme_team"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
