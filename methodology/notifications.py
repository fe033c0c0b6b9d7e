"""Wagtail's workflow mails, with the names of the workflow and its task in the recipient's language.

Wagtail renders each workflow mail inside `translation.override(<the recipient's admin language>)`
(wagtail/admin/mail.py), so its own sentences follow the recipient. The workflow's and the task's names
come from the database, though, and are stored in Dutch ("Redactie en moderatie"), so an English mail read
'submitted to workflow "Redactie en moderatie"'. These notifiers are Wagtail's own with one change: the
templates get the workflow and the task wrapped so that reading `.name` translates the name through the
catalogue at that moment, in the recipient's language. A name an editor typed in the admin and that has no
translation is shown as typed.

They replace Wagtail's notifiers under Wagtail's own signal ids (`wagtail/admin/signal_handlers.py`),
Wagtail's documented way to change its notifications: Notifier subclasses connected to its workflow signals.
"""

from django.utils.translation import gettext
from wagtail.admin.mail import (
    GroupApprovalTaskStateSubmissionEmailNotifier,
    WorkflowStateApprovalEmailNotifier,
    WorkflowStateRejectionEmailNotifier,
    WorkflowStateSubmissionEmailNotifier,
)
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted


class NameInRecipientLanguage:
    """A workflow or task whose `name` is translated when a template reads it; everything else is the object's."""

    def __init__(self, instance):
        self._instance = instance

    def __getattr__(self, attribute):
        return getattr(self._instance, attribute)

    @property
    def name(self):
        name = self._instance.name
        # gettext("") would return the catalogue's header.
        return gettext(name) if name else name

    def __str__(self):
        return self.name


class NamesInRecipientLanguageMixin:
    def get_context(self, instance, **kwargs):
        context = super().get_context(instance, **kwargs)
        for key in ("workflow", "task"):
            if context.get(key) is not None:
                context[key] = NameInRecipientLanguage(context[key])
        return context


class TaskSubmissionNotifier(NamesInRecipientLanguageMixin, GroupApprovalTaskStateSubmissionEmailNotifier):
    pass


class WorkflowSubmissionNotifier(NamesInRecipientLanguageMixin, WorkflowStateSubmissionEmailNotifier):
    pass


class WorkflowApprovalNotifier(NamesInRecipientLanguageMixin, WorkflowStateApprovalEmailNotifier):
    pass


class WorkflowRejectionNotifier(NamesInRecipientLanguageMixin, WorkflowStateRejectionEmailNotifier):
    pass


# (signal, sender, Wagtail's dispatch_uid, our notifier): the ids are those of wagtail/admin/signal_handlers.py.
NOTIFIERS = [
    (task_submitted, TaskState, "group_approval_task_submitted_email_notification", TaskSubmissionNotifier()),
    (workflow_submitted, WorkflowState, "workflow_state_submitted_email_notification", WorkflowSubmissionNotifier()),
    (workflow_rejected, WorkflowState, "workflow_state_rejected_email_notification", WorkflowRejectionNotifier()),
    (workflow_approved, WorkflowState, "workflow_state_approved_email_notification", WorkflowApprovalNotifier()),
]


def connect_notifiers():
    """Put our notifiers in the place of Wagtail's. Whichever app is ready first, one notifier per signal remains:
    Django ignores a second `connect` with an id that is already connected."""
    for signal, sender, dispatch_uid, notifier in NOTIFIERS:
        signal.disconnect(sender=sender, dispatch_uid=dispatch_uid)
        signal.connect(notifier, sender=sender, dispatch_uid=dispatch_uid)
