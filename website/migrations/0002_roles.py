from django.db import migrations

NEW_GROUPS = ["Ambassadors", "Coordinators", "Researchers"]


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name in NEW_GROUPS:
        Group.objects.get_or_create(name=name)
    # Researchers reach the evaluation export in the Wagtail admin; nothing else in the admin.
    access_admin = Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin").first()
    if access_admin:
        Group.objects.get(name="Researchers").permissions.add(access_admin)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=NEW_GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("website", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
