"""Who may do what outside the page tree: moderators handle start requests; editors and moderators
keep the research themes up to date and promote search results (wagtail.contrib.search_promotions).

Page permissions themselves come from Wagtail (Editors: add and edit, Moderators: also publish); the
workflow that sits between them is set up by `methodology.workflow.ensure_editorial_workflow`.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GRANTS = {
    "Moderators": [
        ("methodology", "view_startrequest"), ("methodology", "change_startrequest"),
        ("methodology", "add_theme"), ("methodology", "change_theme"), ("methodology", "view_theme"),
        ("wagtailsearchpromotions", "add_searchpromotion"), ("wagtailsearchpromotions", "change_searchpromotion"),
        ("wagtailsearchpromotions", "delete_searchpromotion"), ("wagtailsearchpromotions", "view_searchpromotion"),
    ],
    "Editors": [
        ("methodology", "add_theme"), ("methodology", "change_theme"), ("methodology", "view_theme"),
        ("wagtailsearchpromotions", "add_searchpromotion"), ("wagtailsearchpromotions", "change_searchpromotion"),
        ("wagtailsearchpromotions", "delete_searchpromotion"), ("wagtailsearchpromotions", "view_searchpromotion"),
    ],
}


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations ran; create them now so they can be granted.
    for label in ("methodology", "wagtailsearchpromotions"):
        app_config = apps.get_app_config(label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, codes in GRANTS.items():
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            continue
        for app_label, codename in codes:
            permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
            if permission is not None:
                group.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, codes in GRANTS.items():
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            continue
        for app_label, codename in codes:
            group.permissions.remove(*Permission.objects.filter(content_type__app_label=app_label, codename=codename))


class Migration(migrations.Migration):
    dependencies = [
        ("methodology", "0001_initial"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
        ("wagtailcore", "0002_initial_data"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
