"""The editorial workflow on guides and research: editors draft and submit, a moderator approves.

Wagtail's Editors group can add and edit pages but not publish; the Moderators group can publish.
The workflow puts a moderator's approval between 'submit' and 'live' for every page below the
sections it is assigned to (`WorkflowPage` applies to a page and its descendants).

The names of the workflow and its task are stored in Dutch, as Wagtail keeps one name per workflow and task;
they are message ids too, so the workflow mails show them in each recipient's language
(`methodology/notifications.py`).
"""

from django.contrib.auth.models import Group
from django.db import transaction
from django.utils.translation import gettext_noop
from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask

from website import roles

WORKFLOW_NAME = gettext_noop("Redactie en moderatie")
TASK_NAME = gettext_noop("Goedkeuring door moderator")


@transaction.atomic
def ensure_editorial_workflow(pages):
    """Create the workflow (once) and assign it to each page in `pages` (and its translations). Idempotent."""
    moderators, _ = Group.objects.get_or_create(name=roles.MODERATORS)
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.add(moderators)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for page in pages:
        for target in [page, *page.get_translations()]:
            WorkflowPage.objects.update_or_create(page=target, defaults={"workflow": workflow})
    return workflow
