"""The programme team: the university and union staff who run the programme for all organisations.

They invite coordinators and ambassadors for any organisation, follow everyone's progress in the admin
reports, keep participants, cohorts and organisations up to date and follow up start requests. They do
not get the research exports (researchers only), pages (editors) or users and groups (administrators).
"""

from django.db import migrations

from website import group_permissions

GRANTS = {
    "Programme team": [
        ("wagtailadmin", "access_admin"),
        ("programme", "view_lessonprogress"),
        ("programme", "add_invitation"),
        ("programme", "view_invitation"),
        ("programme", "add_cohort"),
        ("programme", "change_cohort"),
        ("programme", "view_cohort"),
        ("programme", "change_ambassadorprofile"),
        ("programme", "view_ambassadorprofile"),
        ("community", "add_organisation"),
        ("community", "change_organisation"),
        ("community", "view_organisation"),
        ("community", "view_sector"),
        ("methodology", "view_startrequest"),
        ("methodology", "change_startrequest"),
    ],
}


def grant(apps, schema_editor):
    group_permissions.grant(apps, GRANTS)


def revoke(apps, schema_editor):
    group_permissions.revoke(apps, GRANTS)
    apps.get_model("auth", "Group").objects.filter(name__in=GRANTS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("programme", "0002_programme_pages_and_progress"),
        ("community", "0002_pages_stories_meetups_contact"),
        ("methodology", "0002_editorial_permissions"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
