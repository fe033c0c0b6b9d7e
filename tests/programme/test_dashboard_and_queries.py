"""'Mijn leerpad', the certificate, and query counts that do not grow with the programme's size."""

import pytest
from django.urls import reverse

from programme import progress
from programme.models import KnowledgeCheckAnswer, LessonProgress
from tests.conftest import PASSWORD, get_queries

from .conftest import build_programme


def login(client, user):
    client.login(username=user.username, password=PASSWORD)


@pytest.mark.django_db
def test_dashboard_points_to_where_you_left_off(client, ambassador, programme, lessons, modules):
    login(client, ambassador)
    html = client.get(reverse("programme:my_path")).content.decode()
    assert "Ga verder waar je gebleven was" in html
    assert lessons[0].url in html  # nothing done yet: the first lesson
    progress.complete_lesson(ambassador, lessons[0])
    html = client.get(reverse("programme:my_path")).content.decode()
    assert "Volgende les: Les 1.2" in html
    assert "1 van de 4 lessen afgerond" in html


@pytest.mark.django_db
def test_dashboard_prefers_a_started_lesson(client, ambassador, programme_tree):
    _, modules, lessons_by_module = programme_tree
    login(client, ambassador)
    started = lessons_by_module[modules[1].pk][1]
    client.get(started.url)
    html = client.get(reverse("programme:my_path")).content.decode()
    assert "Volgende les: Les 2.2" in html


@pytest.mark.django_db
def test_dashboard_shows_completed_modules_with_dates(client, ambassador, programme, lessons):
    for lesson in lessons:
        progress.complete_lesson(ambassador, lesson)
    login(client, ambassador)
    html = client.get(reverse("programme:my_path")).content.decode()
    assert "Afgerond op" in html


@pytest.mark.django_db
def test_certificate_only_when_the_programme_is_complete(client, ambassador, programme_tree):
    _, modules, lessons_by_module = programme_tree
    login(client, ambassador)
    response = client.get(reverse("programme:certificate"))
    assert response.status_code == 302 and response["Location"] == reverse("programme:my_path")
    for module in modules:
        for lesson in lessons_by_module[module.pk]:
            progress.complete_lesson(ambassador, lesson)
    html = client.get(reverse("programme:my_path")).content.decode()
    assert reverse("programme:certificate") in html
    response = client.get(reverse("programme:certificate"))
    assert response.status_code == 200
    html = response.content.decode()
    assert ambassador.get_full_name() in html
    assert "Module 1" in html and "Module 2" in html
    assert "print-button" in html and "onclick" not in html


@pytest.mark.django_db
def test_optional_modules_are_not_needed_for_the_certificate(client, ambassador, programme_tree):
    _, modules, lessons_by_module = programme_tree
    modules[1].is_required = False
    modules[1].save_revision().publish()
    for lesson in lessons_by_module[modules[0].pk]:
        progress.complete_lesson(ambassador, lesson)
    login(client, ambassador)
    assert client.get(reverse("programme:certificate")).status_code == 200


@pytest.mark.django_db
def test_lesson_get_writes_nothing_for_staff(client, editor, lesson):
    login(client, editor)
    client.get(lesson.url)
    assert not LessonProgress.objects.exists()


def count_queries(client, url):
    return len(get_queries(client, url))


@pytest.mark.django_db
def test_query_counts_do_not_grow_with_five_times_more_content(client, home_page, ambassador):
    """Lesson page, module page, programme page and dashboard: same queries for 2×2 and 10×10 lessons."""
    login(client, ambassador)
    small_programme, small_modules, small_lessons = build_programme(home_page, modules=2, lessons_per_module=2)
    small_lesson = small_lessons[small_modules[0].pk][1]
    for lesson in small_lessons[small_modules[0].pk]:
        client.get(lesson.url)  # first visits (the INSERT) out of the way
    progress.complete_lesson(ambassador, small_lessons[small_modules[0].pk][0])
    small = {
        "lesson": count_queries(client, small_lesson.url),
        "module": count_queries(client, small_modules[0].url),
        "programme": count_queries(client, small_programme.url),
        "dashboard": count_queries(client, reverse("programme:my_path")),
    }
    small_programme.delete()
    LessonProgress.objects.all().delete()
    KnowledgeCheckAnswer.objects.all().delete()

    big_programme, big_modules, big_lessons = build_programme(home_page, modules=10, lessons_per_module=10)
    big_lesson = big_lessons[big_modules[0].pk][1]
    for lesson in big_lessons[big_modules[0].pk][:2]:
        client.get(lesson.url)
    for module in big_modules:
        progress.complete_lesson(ambassador, big_lessons[module.pk][0])
    big = {
        "lesson": count_queries(client, big_lesson.url),
        "module": count_queries(client, big_modules[0].url),
        "programme": count_queries(client, big_programme.url),
        "dashboard": count_queries(client, reverse("programme:my_path")),
    }
    print("query counts (2x2 and 10x10 lessons):", small, big)
    assert big == small
    assert small["lesson"] <= 16 and small["dashboard"] <= 12
