"""Issue 14: a lesson cannot be published without content, and an important change to a lesson that an
ambassador already completed shows "Deze les is bijgewerkt" on the lesson and on Mijn leerpad."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_localize.models import Translation, TranslationSource

from programme import progress
from programme.models import LessonPage, LessonProgress
from tests.conftest import PASSWORD

EMPTY_MESSAGE = "Een les zonder inhoud kun je niet publiceren"


def lesson_form(lesson, action, body=(), **fields):
    data = {
        "title": fields.pop("title", lesson.title),
        "slug": lesson.slug,
        "intro": lesson.intro,
        "body": streamfield(list(body)),
        "estimated_minutes": 10,
        "is_required": "on",
        "comments": inline_formset([]),
        action: "1",
        **fields,
    }
    return nested_form_data(data)


def paragraph(html):
    return ("paragraph", rich_text(html))


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


# --- An empty body cannot be published ----------------------------------------------------------------


@pytest.mark.django_db
def test_publishing_a_lesson_without_content_is_refused_with_a_message(admin_client, lesson):
    live_revision = LessonPage.objects.get(pk=lesson.pk).live_revision_id
    response = admin_client.post(
        reverse("wagtailadmin_pages:edit", args=[lesson.pk]), lesson_form(lesson, "action-publish", title="Leeg")
    )
    assert response.status_code == 200  # the edit form again, with the message
    assert EMPTY_MESSAGE in response.content.decode()
    lesson.refresh_from_db()
    assert lesson.title != "Leeg" and lesson.live_revision_id == live_revision and len(lesson.body) == 3


@pytest.mark.django_db
def test_a_new_lesson_without_content_cannot_be_published_either(admin_client, modules):
    url = reverse("wagtailadmin_pages:add", args=["programme", "lessonpage", modules[0].pk])
    lesson = LessonPage(title="Nieuwe les", slug="nieuwe-les", intro="")
    response = admin_client.post(url, lesson_form(lesson, "action-publish"))
    assert response.status_code == 200 and EMPTY_MESSAGE in response.content.decode()
    assert not LessonPage.objects.filter(slug="nieuwe-les").exists()


@pytest.mark.django_db
def test_a_lesson_without_content_cannot_be_submitted_for_moderation(admin_client, lesson):
    from wagtail.models import WorkflowState

    assert lesson.get_workflow() is not None  # lessons have Wagtail's default workflow: "submit" is offered
    response = admin_client.post(
        reverse("wagtailadmin_pages:edit", args=[lesson.pk]), lesson_form(lesson, "action-submit", title="Leeg")
    )
    assert response.status_code == 200 and EMPTY_MESSAGE in response.content.decode()
    assert not WorkflowState.objects.filter(object_id=str(lesson.pk)).exists()
    lesson.refresh_from_db()
    assert lesson.title != "Leeg" and not lesson.has_unpublished_changes


@pytest.mark.django_db
def test_a_new_lesson_without_content_cannot_be_submitted_either(admin_client, modules):
    url = reverse("wagtailadmin_pages:add", args=["programme", "lessonpage", modules[0].pk])
    lesson = LessonPage(title="Nieuwe les", slug="nieuwe-les", intro="")
    response = admin_client.post(url, lesson_form(lesson, "action-submit"))
    assert response.status_code == 200 and EMPTY_MESSAGE in response.content.decode()
    assert not LessonPage.objects.filter(slug="nieuwe-les").exists()


@pytest.mark.django_db
def test_a_lesson_with_content_is_submitted_for_moderation(admin_client, lesson):
    from wagtail.models import WorkflowState

    response = admin_client.post(
        reverse("wagtailadmin_pages:edit", args=[lesson.pk]),
        lesson_form(lesson, "action-submit", [paragraph("<p>Nieuwe uitleg.</p>")]),
    )
    assert response.status_code == 302
    assert WorkflowState.objects.filter(object_id=str(lesson.pk), status=WorkflowState.STATUS_IN_PROGRESS).exists()


@pytest.mark.django_db
def test_a_lesson_without_content_can_be_saved_as_a_draft(admin_client, lesson):
    response = admin_client.post(
        reverse("wagtailadmin_pages:edit", args=[lesson.pk]), lesson_form(lesson, "action-save", title="Nog leeg")
    )
    assert response.status_code == 302
    lesson.refresh_from_db()
    assert lesson.has_unpublished_changes and lesson.get_latest_revision_as_object().title == "Nog leeg"


@pytest.mark.django_db
def test_a_lesson_with_content_is_published(admin_client, lesson):
    response = admin_client.post(
        reverse("wagtailadmin_pages:edit", args=[lesson.pk]),
        lesson_form(lesson, "action-publish", [paragraph("<p>Nieuwe uitleg.</p>")]),
    )
    assert response.status_code == 302
    lesson.refresh_from_db()
    assert "Nieuwe uitleg." in str(lesson.body[0].value) and not lesson.has_unpublished_changes


# --- Important changes -------------------------------------------------------------------------------


@pytest.fixture
def completed(ambassador, lesson):
    progress_row, _completion = progress.complete_lesson(ambassador, lesson)
    return progress_row


def publish_change(admin_client, lesson, important):
    fields = {"important_change": "on"} if important else {}
    response = admin_client.post(
        reverse("wagtailadmin_pages:edit", args=[lesson.pk]),
        lesson_form(lesson, "action-publish", [paragraph("<p>Nieuwe regels sinds dit jaar.</p>")], **fields),
    )
    assert response.status_code == 302
    lesson.refresh_from_db()
    return lesson


def ambassador_pages(client, ambassador, lesson):
    client.logout()
    client.login(username=ambassador.username, password=PASSWORD)
    return client.get(lesson.url).content.decode(), client.get(reverse("programme:my_path")).content.decode()


@pytest.mark.django_db
def test_an_important_change_is_shown_to_who_completed_the_lesson(admin_client, client, ambassador, lesson, completed):
    lesson = publish_change(admin_client, lesson, important=True)
    assert lesson.content_updated_at is not None and lesson.content_updated_at > completed.completed_at
    # Unticked again, in the page and in the revision the next edit starts from.
    assert lesson.important_change is False
    assert lesson.get_latest_revision_as_object().important_change is False
    assert lesson.get_latest_revision_as_object().content_updated_at == lesson.content_updated_at
    lesson_html, path_html = ambassador_pages(client, ambassador, lesson)
    assert "Deze les is bijgewerkt op" in lesson_html and "Je afronding blijft staan" in lesson_html
    assert "Deze les is bijgewerkt" in path_html and lesson.title in path_html
    # The completion stays.
    assert (
        LessonProgress.objects.get(user=ambassador, lesson_key=lesson.translation_key).completed_at
        == completed.completed_at
    )


@pytest.mark.django_db
def test_a_change_not_marked_important_shows_nothing(admin_client, client, ambassador, lesson, completed):
    lesson = publish_change(admin_client, lesson, important=False)
    assert lesson.content_updated_at is None
    lesson_html, path_html = ambassador_pages(client, ambassador, lesson)
    assert "bijgewerkt" not in lesson_html and "bijgewerkt" not in path_html


@pytest.mark.django_db
def test_the_next_edit_does_not_mark_the_lesson_again(admin_client, lesson, completed):
    first = publish_change(admin_client, lesson, important=True).content_updated_at
    assert publish_change(admin_client, lesson, important=False).content_updated_at == first


@pytest.mark.django_db
def test_who_completes_the_lesson_after_the_change_sees_no_notice(admin_client, client, other_ambassador, lesson):
    publish_change(admin_client, lesson, important=True)
    progress.complete_lesson(other_ambassador, LessonPage.objects.get(pk=lesson.pk))
    lesson_html, path_html = ambassador_pages(client, other_ambassador, lesson)
    assert "bijgewerkt" not in lesson_html and "bijgewerkt" not in path_html


@pytest.mark.django_db
def test_who_has_not_completed_the_lesson_sees_no_notice(admin_client, client, ambassador, lesson):
    publish_change(admin_client, lesson, important=True)
    lesson_html, path_html = ambassador_pages(client, ambassador, lesson)
    assert "bijgewerkt" not in lesson_html and "bijgewerkt" not in path_html


@pytest.mark.django_db
def test_the_english_lesson_and_my_learning_path_say_so_in_english(admin_client, client, ambassador, lesson, completed):
    from django.utils import translation

    from .conftest import english

    english_lesson = english(lesson)
    publish_change(admin_client, lesson, important=True)
    # The editor then syncs the English translation with the changed Dutch lesson, as wagtail-localize asks.
    source, _created = TranslationSource.get_or_create_from_instance(lesson)
    source.update_from_db()
    Translation.objects.get(source=source, target_locale__language_code="en").save_target(publish=False)
    english_lesson = LessonPage.objects.get(pk=english_lesson.pk)
    english_lesson.get_latest_revision().publish()
    english_lesson.refresh_from_db()
    assert english_lesson.content_updated_at == LessonPage.objects.get(pk=lesson.pk).content_updated_at
    client.login(username=ambassador.username, password=PASSWORD)
    with translation.override("en"):
        path_url = reverse("programme:my_path")
    lesson_html = client.get(english_lesson.url).content.decode()
    path_html = client.get(path_url).content.decode()
    assert "This lesson was updated on" in lesson_html and "Your completion stays" in lesson_html
    assert "This lesson has been updated" in path_html and english_lesson.title in path_html
    assert "bijgewerkt" not in lesson_html and "bijgewerkt" not in path_html
