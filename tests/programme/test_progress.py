"""Progress rules: idempotent completion, languages, revisions, moves, deletes and the module-completion rule."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from programme import progress
from programme.models import AmbassadorProfile, LessonPage, LessonProgress, ModuleCompletion, ModuleStart
from tests.conftest import PASSWORD

from .conftest import english


def complete_url(lesson, language="nl"):
    with translation.override(language):
        return reverse("programme:complete_lesson", args=[lesson.translation_key])


def undo_url(lesson):
    return reverse("programme:undo_lesson", args=[lesson.translation_key])


@pytest.fixture
def ambassador_client(client, ambassador):
    client.login(username=ambassador.username, password=PASSWORD)
    return client


@pytest.mark.django_db
def test_first_visit_records_started_at_once(ambassador_client, ambassador, lesson):
    ambassador_client.get(lesson.url)
    row = LessonProgress.objects.get(user=ambassador)
    assert row.started_at is not None and row.completed_at is None
    assert row.lesson_key == lesson.translation_key
    assert row.module_key == lesson.get_parent().translation_key
    ambassador_client.get(lesson.url)
    assert LessonProgress.objects.get(user=ambassador).started_at == row.started_at


@pytest.mark.django_db
def test_repeated_completion_requests_make_one_record_and_keep_the_first_time(ambassador_client, ambassador, lesson):
    responses = [ambassador_client.post(complete_url(lesson)) for _ in range(5)]
    assert all(response.status_code == 302 for response in responses)
    assert LessonProgress.objects.filter(user=ambassador).count() == 1
    first = LessonProgress.objects.get(user=ambassador).completed_at
    ambassador_client.post(complete_url(lesson))
    assert LessonProgress.objects.get(user=ambassador).completed_at == first


@pytest.mark.django_db
def test_completion_needs_post(ambassador_client, ambassador, lesson):
    assert ambassador_client.get(complete_url(lesson)).status_code == 405
    assert not LessonProgress.objects.filter(completed_at__isnull=False).exists()


@pytest.mark.django_db
def test_completion_is_protected_by_csrf(ambassador, lesson):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.login(username=ambassador.username, password=PASSWORD)
    assert client.post(complete_url(lesson)).status_code == 403
    assert not LessonProgress.objects.filter(completed_at__isnull=False).exists()


@pytest.mark.django_db
def test_completion_records_the_live_revision(ambassador, lesson):
    row, _ = progress.complete_lesson(ambassador, lesson)
    lesson.refresh_from_db()
    assert row.completed_revision_id == lesson.live_revision_id


@pytest.mark.django_db
def test_completion_can_be_undone_and_redone(ambassador_client, ambassador, lesson):
    ambassador_client.post(complete_url(lesson))
    response = ambassador_client.post(undo_url(lesson))
    assert response.status_code == 302
    row = LessonProgress.objects.get(user=ambassador)
    assert row.completed_at is None and row.completed_revision is None
    ambassador_client.post(complete_url(lesson))
    assert LessonProgress.objects.get(user=ambassador).completed_at is not None
    assert LessonProgress.objects.filter(user=ambassador).count() == 1


@pytest.mark.django_db
def test_progress_is_shared_between_dutch_and_english(ambassador_client, ambassador, lesson):
    lesson_en = english(lesson)
    assert lesson_en.translation_key == lesson.translation_key
    ambassador_client.get(lesson_en.url)
    response = ambassador_client.post(complete_url(lesson_en, "en"))
    assert response.status_code == 302
    assert response["Location"].startswith("/en/")
    assert LessonProgress.objects.filter(user=ambassador).count() == 1
    # The Dutch page shows it as done, and completing it there changes nothing.
    page = ambassador_client.get(lesson.url)
    assert "Je hebt deze les afgerond" in page.content.decode()
    ambassador_client.post(complete_url(lesson))
    assert LessonProgress.objects.filter(user=ambassador).count() == 1


@pytest.mark.django_db
def test_renaming_and_moving_a_lesson_keeps_its_progress(ambassador, lessons, modules):
    lesson = lessons[0]
    progress.complete_lesson(ambassador, lesson)
    lesson.title = "Nieuwe titel"
    lesson.slug = "nieuwe-titel"
    lesson.save_revision().publish()
    lesson.move(modules[1], pos="last-child")
    moved = LessonPage.objects.get(pk=lesson.pk)
    state = progress.programme_state(ambassador, moved.get_parent().get_parent().specific)
    moved_state = [lesson_state for lesson_state in state.modules[1].lessons if lesson_state.page.pk == moved.pk][0]
    assert moved_state.completed


@pytest.mark.django_db
def test_deleting_a_lesson_keeps_its_progress_records(ambassador, lesson):
    progress.complete_lesson(ambassador, lesson)
    key = lesson.translation_key
    for page in LessonPage.objects.filter(translation_key=key):
        page.delete()
    row = LessonProgress.objects.get(user=ambassador, lesson_key=key)
    assert row.lesson is None and row.completed_at is not None
    # It no longer counts towards the totals.
    summary = progress.progress_summary([ambassador])[ambassador.pk]
    assert summary["completed_lessons"] == 0


@pytest.mark.django_db
def test_module_is_complete_when_all_required_lessons_are(ambassador, lessons, modules):
    first, second = lessons
    _, completion = progress.complete_lesson(ambassador, first)
    assert completion is None
    _, completion = progress.complete_lesson(ambassador, second)
    assert completion is not None
    assert completion.module_key == modules[0].translation_key
    assert ModuleCompletion.objects.filter(user=ambassador).count() == 1


@pytest.mark.django_db
def test_module_completion_keeps_when_the_first_lesson_was_opened(ambassador, lessons):
    """The research dashboard's 'days to complete' runs from the first opened lesson to the completion."""
    first, second = lessons
    progress.record_visit(ambassador, first)
    opened = LessonProgress.objects.get(user=ambassador, lesson_key=first.translation_key).started_at
    LessonProgress.objects.filter(user=ambassador).update(started_at=opened - datetime.timedelta(days=9))
    ModuleStart.objects.filter(user=ambassador).update(started_at=opened - datetime.timedelta(days=9))
    progress.complete_lesson(ambassador, second)
    _, completion = progress.complete_lesson(ambassador, first)
    assert completion.started_at == opened - datetime.timedelta(days=9)
    assert (completion.completed_at - completion.started_at).days == 9


@pytest.mark.django_db
def test_the_first_opened_lesson_starts_the_module_once(ambassador, lessons, modules):
    first, second = lessons
    progress.record_visit(ambassador, second)
    progress.record_visit(ambassador, first)
    progress.complete_lesson(ambassador, first)
    start = ModuleStart.objects.get(user=ambassador)
    assert start.module_key == modules[0].translation_key
    assert start.started_at == LessonProgress.objects.get(user=ambassador, lesson_key=second.translation_key).started_at


@pytest.mark.django_db
def test_an_earlier_start_moves_the_module_start_back_and_a_later_one_does_not(ambassador, lessons, modules):
    now = timezone.now()
    key = modules[0].translation_key
    progress.record_module_start(ambassador, key, now)
    progress.record_module_start(ambassador, key, now + datetime.timedelta(days=1))
    assert ModuleStart.objects.get(user=ambassador).started_at == now
    progress.record_module_start(ambassador, key, now - datetime.timedelta(days=1))
    assert ModuleStart.objects.get(user=ambassador).started_at == now - datetime.timedelta(days=1)


@pytest.mark.django_db
def test_optional_lessons_are_not_needed_for_module_completion(ambassador, lessons):
    first, second = lessons
    second.is_required = False
    second.save_revision().publish()
    _, completion = progress.complete_lesson(ambassador, first)
    assert completion is not None


@pytest.mark.django_db
def test_a_required_lesson_added_later_keeps_the_completion_but_shows_as_new(ambassador, lessons, modules, programme):
    for lesson in lessons:
        progress.complete_lesson(ambassador, lesson)
    completion = ModuleCompletion.objects.get(user=ambassador)
    new = LessonPage(title="Nieuwe les", slug="nieuwe-les", body=[])
    modules[0].add_child(instance=new)
    new.save_revision().publish()

    assert ModuleCompletion.objects.get(user=ambassador).completed_at == completion.completed_at
    state = progress.programme_state(ambassador, programme)
    module_state = state.modules[0]
    assert module_state.completed
    assert module_state.has_new_required_lessons
    assert [lesson.page.pk for lesson in module_state.open_required_lessons] == [new.pk]
    # Completing the new lesson keeps the original completion date.
    progress.complete_lesson(ambassador, new)
    assert ModuleCompletion.objects.get(user=ambassador).completed_at == completion.completed_at


@pytest.mark.django_db
def test_a_new_ambassador_needs_the_added_lesson_too(ambassador, other_ambassador, lessons, modules):
    new = LessonPage(title="Nieuwe les", slug="nieuwe-les", body=[])
    modules[0].add_child(instance=new)
    new.save_revision().publish()
    for lesson in lessons:
        _, completion = progress.complete_lesson(other_ambassador, lesson)
    assert completion is None
    _, completion = progress.complete_lesson(other_ambassador, new)
    assert completion is not None


@pytest.mark.django_db
def test_undoing_a_lesson_of_a_completed_module_removes_the_completion(ambassador, lessons):
    for lesson in lessons:
        progress.complete_lesson(ambassador, lesson)
    assert ModuleCompletion.objects.filter(user=ambassador).exists()
    progress.undo_lesson(ambassador, lessons[0])
    assert not ModuleCompletion.objects.filter(user=ambassador).exists()
    progress.complete_lesson(ambassador, lessons[0])
    assert ModuleCompletion.objects.filter(user=ambassador).count() == 1


@pytest.mark.django_db
def test_untranslated_lesson_still_counts_for_the_english_module(ambassador, lessons, modules):
    """A required lesson only in Dutch is still required when the ambassador works in English."""
    new = LessonPage(title="Alleen Nederlands", slug="alleen-nl", body=[])
    modules[0].add_child(instance=new)
    new.save_revision().publish()
    for lesson in lessons:
        _, completion = progress.complete_lesson(ambassador, english(lesson))
    assert completion is None


@pytest.mark.django_db
def test_progress_summary_counts_lessons_modules_and_last_activity(ambassador, other_ambassador, lessons, modules):
    for lesson in lessons:
        progress.complete_lesson(ambassador, lesson)
    summary = progress.progress_summary([ambassador, other_ambassador.pk])
    assert summary[ambassador.pk]["completed_lessons"] == 2
    assert summary[ambassador.pk]["total_lessons"] == 4
    assert summary[ambassador.pk]["completed_modules"] == 1
    assert summary[ambassador.pk]["total_modules"] == 2
    assert summary[ambassador.pk]["last_activity"] is not None
    assert summary[other_ambassador.pk] == {
        "completed_lessons": 0,
        "total_lessons": 4,
        "completed_modules": 0,
        "total_modules": 2,
        "last_activity": None,
    }


@pytest.mark.django_db
def test_progress_summary_uses_a_constant_number_of_queries(
    make_user, organisation, lessons, django_assert_num_queries
):
    users = [make_user(f"amb{i}", organisation=organisation, consent=False) for i in range(12)]
    for user in users:
        progress.complete_lesson(user, lessons[0])
    progress.progress_summary(users[:1])  # fills the per-process locale-id cache (one query, once)
    with django_assert_num_queries(3):
        progress.progress_summary(users[:2])
    with django_assert_num_queries(3):
        progress.progress_summary(users)


@pytest.mark.django_db
def test_with_progress_gives_the_figures_of_progress_summary(
    ambassador, other_ambassador, lessons, modules, django_assert_num_queries
):
    for lesson in lessons:
        progress.complete_lesson(ambassador, lesson)
    progress.record_visit(other_ambassador, lessons[0])
    summary = progress.progress_summary([ambassador, other_ambassador])
    with django_assert_num_queries(1):
        profiles = list(
            progress.with_progress(AmbassadorProfile.objects.filter(user__in=[ambassador, other_ambassador]))
        )
    assert {p.user_id: (p.completed_lessons, p.completed_modules, progress.last_activity(p)) for p in profiles} == {
        user_id: (row["completed_lessons"], row["completed_modules"], row["last_activity"])
        for user_id, row in summary.items()
    }
    assert summary[ambassador.pk]["completed_modules"] == 1 and summary[other_ambassador.pk]["completed_lessons"] == 0


@pytest.mark.django_db
def test_personal_pages_are_not_stored_in_shared_caches(ambassador_client, lesson):
    response = ambassador_client.get(lesson.url)
    assert "private" in response["Cache-Control"]


@pytest.mark.django_db
def test_undo_after_a_move_reopens_the_new_module(ambassador, lessons, modules):
    """A lesson moved to another module counts for that module, also when it is undone."""
    other_module_lessons = list(LessonPage.objects.child_of(modules[1]))
    for lesson in other_module_lessons:
        progress.complete_lesson(ambassador, lesson)
    lessons[0].slug = "verhuisde-les"
    lessons[0].save_revision().publish()
    lessons[0].move(modules[1], pos="last-child")
    moved = LessonPage.objects.get(pk=lessons[0].pk)
    progress.complete_lesson(ambassador, moved)
    assert ModuleCompletion.objects.filter(user=ambassador, module_key=modules[1].translation_key).exists()
    progress.undo_lesson(ambassador, moved)
    assert not ModuleCompletion.objects.filter(user=ambassador, module_key=modules[1].translation_key).exists()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_completions_make_one_record(ambassador, lesson):
    """Two requests at the same moment (a double tap on a phone) still make one row with one completion time."""
    import threading

    from django.db import connection, connections

    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL for real concurrent transactions")
    barrier = threading.Barrier(4)
    errors = []

    def complete():
        try:
            barrier.wait()
            progress.complete_lesson(ambassador, lesson)
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=complete) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert LessonProgress.objects.filter(user=ambassador, lesson_key=lesson.translation_key).count() == 1
    assert ModuleCompletion.objects.filter(user=ambassador).count() == 0


@pytest.mark.django_db
def test_a_lesson_opened_before_a_move_starts_its_new_module_when_completed(ambassador, lessons, modules):
    progress.record_visit(ambassador, lessons[0])
    opened = LessonProgress.objects.get(user=ambassador).started_at
    lessons[0].slug = "verhuisde-les"
    lessons[0].save_revision().publish()
    lessons[0].move(modules[1], pos="last-child")
    progress.complete_lesson(ambassador, LessonPage.objects.get(pk=lessons[0].pk))
    starts = dict(ModuleStart.objects.filter(user=ambassador).values_list("module_key", "started_at"))
    assert starts == {modules[0].translation_key: opened, modules[1].translation_key: opened}
