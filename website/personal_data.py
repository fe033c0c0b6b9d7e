"""What the site keeps about a person outside the apps: the account, its roles, and Wagtail's and Django's own
tables that point at a user (registered with website.account_data in WebsiteConfig.ready())."""

from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from .account_data import Kind, PersonalData

ACCOUNT_FIELDS = ("username", "first_name", "last_name", "email", "date_joined", "last_login", "is_active")

# Editorial history and admin state. Deleting the account clears or removes these through each foreign key's
# on_delete (SET_NULL: page ownership and locks, revisions, uploads, workflow and task states, translators;
# CASCADE: comments, page subscriptions, editing sessions, saved admin forms, Django's admin log; Wagtail's
# audit log keeps the bare id, without a constraint). An anonymised account keeps them under its new, empty
# name. docs/privacy.md, "What is kept in both cases".
EDITORIAL_HISTORY = (
    "wagtailcore.Page.owner",
    "wagtailcore.Page.locked_by",
    "wagtailcore.Revision.user",
    "wagtailcore.PageLogEntry.user",
    "wagtailcore.ModelLogEntry.user",
    "wagtailcore.UploadedFile.uploaded_by_user",
    "wagtailcore.WorkflowState.requested_by",
    "wagtailcore.TaskState.finished_by",
    "wagtailcore.Comment.user",
    "wagtailcore.Comment.resolved_by",
    "wagtailcore.CommentReply.user",
    "wagtailcore.PageSubscription.user",
    "wagtailimages.Image.uploaded_by_user",
    "wagtaildocs.Document.uploaded_by_user",
    "wagtailadmin.EditingSession.user",
    "wagtailadmin.FormState.user",
    "admin.LogEntry.user",
    "wagtail_localize.StringTranslation.last_translated_by",
    "wagtail_localize.SegmentOverride.last_translated_by",
)


def account_rows(user):
    row = get_user_model().objects.filter(pk=user.pk).values(*ACCOUNT_FIELDS).first()
    return [row] if row else []


def role_rows(user):
    return [{"group": name} for name in user.groups.order_by("name").values_list("name", flat=True)]


def erase(user, counts, keep_research):
    """Admin preferences and avatar go in both cases; the account row itself is the shell's last step."""
    from wagtail.users.models import UserProfile

    counts["wagtail_profile"] = UserProfile.objects.filter(user=user).delete()[0]


PERSONAL_DATA = PersonalData(
    app_label="website",
    kinds=(
        Kind("account", _("Account"), ACCOUNT_FIELDS, account_rows),
        Kind("roles", _("Rollen"), ("group",), role_rows),
    ),
    erase=erase,
    covers=("wagtailusers.UserProfile.user", *EDITORIAL_HISTORY),
)
