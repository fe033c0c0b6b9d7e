"""Who may do what outside the page tree: moderators handle start requests; editors and moderators
keep the research themes up to date and promote search results (wagtail.contrib.search_promotions).

Page permissions themselves come from Wagtail (Editors: add and edit, Moderators: also publish); the
workflow that sits between them is set up by `methodology.workflow.ensure_editorial_workflow`.
"""

from django.db import migrations

from website import group_permissions

GRANTS = {
    "Moderators": [
        ("methodology", "view_startrequest"),
        ("methodology", "change_startrequest"),
        ("methodology", "add_theme"),
        ("methodology", "change_theme"),
        ("methodology", "view_theme"),
        ("wagtailsearchpromotions", "add_searchpromotion"),
        ("wagtailsearchpromotions", "change_searchpromotion"),
        ("wagtailsearchpromotions", "delete_searchpromotion"),
        ("wagtailsearchpromotions", "view_searchpromotion"),
    ],
    "Editors": [
        ("methodology", "add_theme"),
        ("methodology", "change_theme"),
        ("methodology", "view_theme"),
        ("wagtailsearchpromotions", "add_searchpromotion"),
        ("wagtailsearchpromotions", "change_searchpromotion"),
        ("wagtailsearchpromotions", "delete_searchpromotion"),
        ("wagtailsearchpromotions", "view_searchpromotion"),
    ],
}


def grant(apps, schema_editor):
    group_permissions.grant(apps, GRANTS)


def revoke(apps, schema_editor):
    group_permissions.revoke(apps, GRANTS)


class Migration(migrations.Migration):
    dependencies = [
        ("methodology", "0001_initial"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
        ("wagtailcore", "0002_initial_data"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
