"""The admin's flat listing of all lessons (programme.wagtail_hooks.LessonListingViewSet)."""

import pytest
from django.urls import reverse

from programme.models import LessonPage, ModulePage
from tests.conftest import get_queries

from .conftest import build_programme

LISTING = "/admin/lessons/"


@pytest.fixture
def translated_programme(home_page):
    return build_programme(home_page, modules=2, lessons_per_module=2, translate=True)


def test_the_listing_has_its_own_admin_url():
    assert reverse("lessons:index") == LISTING


@pytest.mark.django_db
def test_editors_see_every_lesson_of_every_module_in_both_languages_with_its_module(
    client, editor, translated_programme
):
    client.force_login(editor)
    html = client.get(LISTING).content.decode()
    for title in ("Les 1.1", "Les 1.2", "Les 2.1", "Les 2.2", "Lesson 1.1", "Lesson 2.2"):
        assert title in html
    assert "Module 1" in html and "Module EN 2" in html  # the parent column
    assert "Ontwikkelprogramma" not in html.split("<table", 1)[1].split("</table>", 1)[0]  # no other page types


@pytest.mark.django_db
def test_search_and_the_language_filter_narrow_the_listing(client, editor, translated_programme):
    client.force_login(editor)
    english = client.get(LISTING, {"locale": "en"}).content.decode()
    assert "Lesson 1.1" in english and "Les 1.1" not in english
    found = client.get(LISTING, {"q": "Lesson"}).content.decode()
    assert "Lesson 2.1" in found


@pytest.mark.django_db
def test_an_untranslated_lesson_offers_translate_from_the_listing_query(client, editor, home_page):
    build_programme(home_page, modules=1, lessons_per_module=1)
    client.force_login(editor)
    html = client.get(LISTING).content.decode()
    assert "/admin/localize/submit/page/" in html


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["researcher", "programme_team"])
def test_staff_without_page_permissions_do_not_get_the_listing(client, role, request, translated_programme):
    client.force_login(request.getfixturevalue(role))
    response = client.get(LISTING)
    assert response.status_code in (302, 403)
    assert "Les 1.1" not in response.content.decode()


@pytest.mark.django_db
def test_ambassadors_and_visitors_are_sent_to_the_login(client, ambassador, translated_programme):
    assert client.get(LISTING).status_code == 302
    client.force_login(ambassador)
    response = client.get(LISTING)
    assert response.status_code in (302, 403) and "Les 1.1" not in response.content.decode()


@pytest.mark.django_db
def test_queries_stay_within_the_budget_and_do_not_grow_with_lessons(client, superuser, home_page):
    """15 queries as for the other staff pages (bench/scale_pages.py), with 4 lessons or with 24."""
    client.force_login(superuser)
    build_programme(home_page, modules=2, lessons_per_module=2, translate=True)
    few = len(get_queries(client, LISTING))
    module = ModulePage.objects.filter(locale__language_code="nl").first()
    for n in range(12):
        lesson = LessonPage(title=f"Extra {n}", slug=f"extra-{n}", intro="Korte les.")
        module.add_child(instance=lesson)
        lesson.save_revision().publish()
    assert LessonPage.objects.count() == 20
    assert few == len(get_queries(client, LISTING)) <= 15
