"""Editors draft and submit; only a moderator's approval makes guides and research live."""

import pytest
from django.urls import reverse
from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowState, WorkflowTask
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from methodology.workflow import TASK_NAME, WORKFLOW_NAME, ensure_editorial_workflow
from website import roles
from website.translation import translate_page


@pytest.fixture
def workflow(guide_index, research_index):
    return ensure_editorial_workflow([guide_index, research_index])


def edit_data(page, title, action):
    return nested_form_data(
        {
            "title": title,
            "slug": page.slug,
            "intro": "Nieuwe introductie.",
            "comments": inline_formset([]),
            action: "1",
        }
    )


@pytest.mark.django_db
def test_workflow_has_one_moderator_task_and_covers_both_sections_and_their_pages(
    workflow, guide_index, research_index, make_guide, make_publication, home_page
):
    assert workflow.name == WORKFLOW_NAME and workflow.active
    task = GroupApprovalTask.objects.get(name=TASK_NAME)
    assert [group.name for group in task.groups.all()] == [roles.MODERATORS]
    assert list(workflow.tasks.all()) == [task.task_ptr]
    assert guide_index.get_workflow() == workflow
    assert make_guide("gids").get_workflow() == workflow
    assert make_publication("pub").get_workflow() == workflow
    # Other parts of the site keep Wagtail's default workflow.
    assert home_page.get_workflow() != workflow


@pytest.mark.django_db
def test_setting_up_the_workflow_twice_changes_nothing(guide_index, research_index):
    translate_page(guide_index, "en", {"Handleidingen": "Guides"})
    ensure_editorial_workflow([guide_index, research_index])
    counts = (
        Workflow.objects.count(),
        GroupApprovalTask.objects.count(),
        WorkflowTask.objects.count(),
        WorkflowPage.objects.count(),
    )
    ensure_editorial_workflow([guide_index, research_index])
    assert counts == (
        Workflow.objects.count(),
        GroupApprovalTask.objects.count(),
        WorkflowTask.objects.count(),
        WorkflowPage.objects.count(),
    )
    # The English section is covered as well.
    assert guide_index.get_translations().get().get_workflow().name == WORKFLOW_NAME


@pytest.mark.django_db
def test_editor_can_submit_but_not_publish_and_a_moderator_approval_makes_it_live(
    client, workflow, research_index, editor, moderator
):
    edit_url = reverse("wagtailadmin_pages:edit", args=(research_index.pk,))
    client.force_login(editor)
    assert research_index.permissions_for_user(editor).can_publish() is False

    # Pressing 'publish' as an editor only saves a draft.
    response = client.post(edit_url, edit_data(research_index, "Onderzoek (concept)", "action-publish"))
    assert response.status_code == 302
    research_index.refresh_from_db()
    assert research_index.title == "Onderzoek"
    assert research_index.has_unpublished_changes

    # Submitting starts the workflow; the live page is still the old one.
    response = client.post(edit_url, edit_data(research_index, "Onderzoek en resultaten", "action-submit"))
    assert response.status_code == 302
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(research_index.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS and state.workflow == workflow
    assert state.requested_by == editor
    research_index.refresh_from_db()
    assert research_index.title == "Onderzoek"

    # The editor cannot approve their own submission.
    approve_url = reverse(
        "wagtailadmin_pages:workflow_action", args=(research_index.pk, "approve", state.current_task_state.pk)
    )
    response = client.post(approve_url, {"comment": ""})
    assert response.status_code in (302, 403)
    research_index.refresh_from_db()
    assert research_index.title == "Onderzoek"

    # A moderator approves: now it is live.
    client.force_login(moderator)
    response = client.post(approve_url, {"comment": "Prima zo."})
    assert response.status_code in (200, 302)
    research_index.refresh_from_db()
    assert research_index.title == "Onderzoek en resultaten"
    assert research_index.live and not research_index.has_unpublished_changes
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED


@pytest.mark.django_db
def test_editor_cannot_publish_a_new_guide_directly(workflow, make_guide, editor, moderator):
    from wagtail.actions.publish_page_revision import PublishPagePermissionError, PublishPageRevisionAction

    guide = make_guide("nieuw")
    guide.title = "Nieuwe titel"
    revision = guide.save_revision(user=editor)
    with pytest.raises(PublishPagePermissionError):
        PublishPageRevisionAction(revision, user=editor).execute()
    assert guide.permissions_for_user(editor).can_submit_for_moderation()
    state = workflow.start(guide, editor)
    task = state.current_task_state.task.specific
    assert task.get_actions(guide, editor) == []
    assert "approve" in [name for name, _label, _modal in task.get_actions(guide, moderator)]


@pytest.mark.django_db
def test_moderators_see_start_requests_and_editors_do_not(client, editor, moderator):
    from methodology.models import StartRequest

    StartRequest.objects.create(email="hr@example.org", organisation_name="Voorbeeld BV", recommended_phase="sustain")
    url = reverse("wagtailsnippets_methodology_startrequest:list")
    client.force_login(moderator)
    response = client.get(url)
    assert response.status_code == 200 and "Voorbeeld BV" in response.content.decode()
    client.force_login(editor)
    assert client.get(url).status_code in (302, 403)


@pytest.mark.django_db
def test_editors_and_moderators_may_promote_search_results(editor, moderator):
    for user in (editor, moderator):
        assert user.has_perm("wagtailsearchpromotions.add_searchpromotion")
        assert user.has_perm("methodology.change_theme")
    assert not editor.has_perm("methodology.view_startrequest")


@pytest.mark.django_db
def test_workflow_mails_are_in_each_recipients_own_language(workflow, research_index, editor, make_user, mailoutbox):
    # Wagtail renders each notification in the recipient's preferred admin language (wagtail/admin/mail.py);
    # without a preference that is the site's language, Dutch.
    from wagtail.users.models import UserProfile

    dutch = make_user("moderator-nl", group=roles.MODERATORS, is_staff=True)
    english = make_user("moderator-en", group=roles.MODERATORS, is_staff=True)
    profile = UserProfile.get_for_user(english)
    profile.preferred_language = "en"
    profile.save()
    research_index.save_revision(user=editor)
    workflow.start(research_index, editor)

    mails = {message.to[0]: message for message in mailoutbox}
    assert set(mails) >= {dutch.email, english.email}
    assert "ingediend" in mails[dutch.email].subject and "submitted" not in mails[dutch.email].subject
    assert "submitted" in mails[english.email].subject and "ingediend" not in mails[english.email].subject


# --- Every workflow mail in the recipient's language (issue 14) -----------------------------------------------


def wagtail_catalogue_texts():
    """{"nl": English texts of Wagtail's admin catalogue that must not be in a Dutch mail, "en": its Dutch ones}."""
    from pathlib import Path

    import polib
    import wagtail

    from tests.website.test_one_language import fragments

    english, dutch = set(), set()
    for entry in polib.pofile(str(Path(wagtail.__file__).parent / "admin/locale/nl/LC_MESSAGES/django.po")):
        if entry.msgstr and entry.msgstr != entry.msgid and not entry.fuzzy:
            english |= fragments(entry.msgid) - fragments(entry.msgstr)
            dutch |= fragments(entry.msgstr) - fragments(entry.msgid)
    return {"nl": english, "en": dutch}


NAMES = {
    "nl": [WORKFLOW_NAME, TASK_NAME],
    "en": ["Editing and moderation", "Approval by a moderator"],
}
OTHER = {"nl": "en", "en": "nl"}


def recipient_language(user, language):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@pytest.fixture
def people(make_user):
    """Per language: an editor who submits, a moderator and a superuser (Wagtail mails superusers as well)."""
    from django.contrib.auth import get_user_model

    found = {}
    for language in ("nl", "en"):
        found[language] = {
            "editor": recipient_language(
                make_user(f"redacteur-{language}", group=roles.EDITORS, is_staff=True), language
            ),
            "moderator": recipient_language(
                make_user(f"moderator-{language}", group=roles.MODERATORS, is_staff=True), language
            ),
            "admin": recipient_language(
                get_user_model().objects.create_superuser(f"beheer-{language}", f"beheer-{language}@example.org", "x"),
                language,
            ),
        }
    return found


def language_of_address(people):
    return {user.email: language for language, users in people.items() for user in users.values()}


def wrong_language_in(message, language, forbidden):
    """Texts of the other language in a mail's subject and body: catalogue texts and the workflow's names."""
    text = f"{message.subject}\n{message.body}"
    normalised = " ".join(text.split())
    wrong = [phrase for phrase in forbidden[language] if phrase in normalised]
    wrong += [name for name in NAMES[OTHER[language]] if name in text]
    return sorted(wrong)


def check_mails(messages, people, expected_kinds):
    """Every mail is in its recipient's language; returns {(kind, language)} of the mails seen."""
    from tests.website.test_one_language import foreign_texts

    project, wagtail_texts = foreign_texts(), wagtail_catalogue_texts()
    forbidden = {language: project[language] | wagtail_texts[language] for language in ("nl", "en")}
    languages = language_of_address(people)
    problems, seen = {}, set()
    for message in messages:
        language = languages[message.to[0]]
        greeting = {"nl": "Hallo", "en": "Hello"}[language]
        assert greeting in message.body, (message.to, message.body)
        for kind, words in expected_kinds.items():
            if any(word[language] in message.subject for word in words):
                seen.add((kind, language))
        wrong = wrong_language_in(message, language, forbidden)
        if wrong:
            problems[f"{language} {message.to[0]}: {message.subject}"] = wrong
    assert not problems, problems
    return seen


KINDS = {
    "submitted": [{"nl": "ingediend", "en": "submitted"}],
    "approved": [{"nl": "goedgekeurd", "en": "approved"}],
    "rejected": [{"nl": "afgekeurd", "en": "rejected"}],
}


@pytest.mark.django_db
def test_every_workflow_mail_is_wholly_in_its_recipients_language(workflow, research_index, people, mailoutbox):
    """Submitted (to moderators and superusers), approved and rejected (to the editor who submitted), for a Dutch
    and an English recipient each: no text of the other language, the names of the workflow and task included."""
    for language in ("nl", "en"):
        editor, moderator = people[language]["editor"], people[OTHER[language]]["moderator"]
        for action in ("approve", "reject"):
            research_index.refresh_from_db()
            research_index.title = f"Onderzoek {language} {action}"
            research_index.save_revision(user=editor)
            state = workflow.start(research_index, editor)
            getattr(state.current_task_state, action)(user=moderator, comment="OK")
            if action == "reject":  # the page then waits for changes; the editor withdraws it to start again
                state.refresh_from_db()
                state.cancel(user=editor)

    messages = list(mailoutbox)
    seen = check_mails(messages, people, KINDS)
    assert seen == {(kind, language) for kind in KINDS for language in ("nl", "en")}, seen
    # The names are there, translated.
    languages = language_of_address(people)
    for language in ("nl", "en"):
        text = " ".join(m.subject + m.body for m in messages if languages[m.to[0]] == language)
        assert all(name in text for name in NAMES[language]), (language, text)


@pytest.mark.django_db
def test_task_approved_and_rejected_mails_are_in_the_recipients_language(workflow, research_index, people, mailoutbox):
    """Wagtail ships templates for a task's approval and rejection but sends them only when a project connects a
    notifier: checked here with our translated names, so they are right the day someone connects one."""
    from wagtail.admin.mail import BaseGroupApprovalTaskStateEmailNotifier

    from methodology.notifications import NamesInRecipientLanguageMixin

    class TaskApproved(NamesInRecipientLanguageMixin, BaseGroupApprovalTaskStateEmailNotifier):
        notification = "approved"

    class TaskRejected(NamesInRecipientLanguageMixin, BaseGroupApprovalTaskStateEmailNotifier):
        notification = "rejected"

    research_index.save_revision(user=people["nl"]["editor"])
    state = workflow.start(research_index, people["nl"]["editor"])
    task_state = state.current_task_state
    mailoutbox.clear()
    assert TaskApproved()(task_state) and TaskRejected()(task_state)
    seen = check_mails(list(mailoutbox), people, {k: v for k, v in KINDS.items() if k != "submitted"})
    assert seen == {(kind, language) for kind in ("approved", "rejected") for language in ("nl", "en")}, seen


@pytest.mark.django_db
def test_comment_mails_are_in_the_recipients_language(research_index, people, mailoutbox):
    """Wagtail mails who follows a page's comments when comments change; the same language rule."""
    from types import SimpleNamespace

    from wagtail.admin.mail import send_notification

    comment = SimpleNamespace(text="OK")
    recipients = [people[language]["moderator"] for language in ("nl", "en")]
    assert send_notification(
        recipients,
        "updated_comments",
        {
            "page": research_index,
            "editor": people["nl"]["editor"],
            "new_comments": [comment],
            "resolved_comments": [comment],
            "deleted_comments": [comment],
            "replied_comments": [{"comment": comment, "replies": [comment]}],
        },
    )
    assert len(mailoutbox) == 2
    check_mails(list(mailoutbox), people, {})
    by_language = {language_of_address(people)[m.to[0]]: m.body for m in mailoutbox}
    assert "Nieuwe opmerkingen" in by_language["nl"] or "opmerkingen" in by_language["nl"].lower()
    assert "New comments" in by_language["en"]
