"""Issue 17: a lesson's first visit is recorded only on a real GET by a participant, never from a preview,
a prefetch or prerender, a HEAD request or an anonymous visitor, and the page context itself writes nothing."""

import pytest
from django.test import RequestFactory

from programme.context import lesson_page_context
from programme.models import LessonProgress
from tests.conftest import PASSWORD


@pytest.fixture
def ambassador_client(client, ambassador):
    client.login(username=ambassador.username, password=PASSWORD)
    return client


@pytest.mark.django_db
def test_a_real_visit_records_started_at_and_shows_the_lesson(ambassador_client, ambassador, lesson):
    response = ambassador_client.get(lesson.url)
    assert response.status_code == 200
    assert LessonProgress.objects.filter(user=ambassador, lesson_key=lesson.translation_key).count() == 1
    assert response.context["progress"] == LessonProgress.objects.get(user=ambassador)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_SEC_PURPOSE": "prefetch"},
        {"HTTP_SEC_PURPOSE": "prefetch;prerender"},
        {"HTTP_PURPOSE": "prefetch"},
        {"HTTP_X_MOZ": "prefetch"},
        {"HTTP_X_PURPOSE": "preview"},
    ],
    ids=["sec-purpose", "prerender", "purpose", "x-moz", "safari preview"],
)
def test_a_prefetch_shows_the_lesson_but_records_nothing(ambassador_client, ambassador, lesson, headers):
    response = ambassador_client.get(lesson.url, **headers)
    assert response.status_code == 200
    assert b"Uitleg bij les" in response.content
    assert not LessonProgress.objects.filter(user=ambassador).exists()
    ambassador_client.get(lesson.url)  # the person then opens it
    assert LessonProgress.objects.filter(user=ambassador).count() == 1


@pytest.mark.django_db
def test_a_head_request_records_nothing(ambassador_client, ambassador, lesson):
    assert ambassador_client.head(lesson.url).status_code == 200
    assert not LessonProgress.objects.filter(user=ambassador).exists()


@pytest.mark.django_db
def test_an_anonymous_visit_records_nothing(client, lesson):
    assert client.get(lesson.url).status_code == 200
    assert not LessonProgress.objects.exists()


@pytest.mark.django_db
def test_a_preview_records_nothing(ambassador_client, ambassador, lesson):
    # Wagtail's own preview machinery, as the admin's preview panel and "Preview" button use it.
    cookies = "; ".join(f"{name}={morsel.value}" for name, morsel in ambassador_client.cookies.items())
    original = RequestFactory().get("/admin/", HTTP_COOKIE=cookies)
    response = lesson.make_preview_request(original, lesson.default_preview_mode)
    assert response.status_code == 200
    assert b"Uitleg bij les" in response.content
    assert not LessonProgress.objects.filter(user=ambassador).exists()
    ambassador_client.get(lesson.url)
    assert LessonProgress.objects.filter(user=ambassador).count() == 1


@pytest.mark.django_db
def test_the_page_context_writes_nothing(ambassador, lesson):
    request = RequestFactory().get(lesson.url)
    request.user = ambassador
    context = lesson_page_context(lesson, request)
    assert context["record_visit"] is True and context["progress"] is None
    assert not LessonProgress.objects.exists()
