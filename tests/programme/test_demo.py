"""The demo programme: 8 modules of 2–4 lessons, Dutch with English translations, idempotent."""

import io

import pytest
from wagtail.models import Locale, Page

from programme import demo
from programme.demo_content import MODULES
from programme.models import LessonPage, LessonProgress, ModuleCompletion, ModulePage, ProgrammePage


@pytest.mark.django_db
def test_seed_builds_the_programme_in_two_languages_and_is_idempotent(home_page, make_user, organisation):
    make_user("demo-ambassador", organisation=organisation)
    demo.seed(io.StringIO())
    nl, en = Locale.objects.get(language_code="nl"), Locale.objects.get(language_code="en")
    programme = ProgrammePage.objects.get(locale=nl)
    assert programme.show_in_menus and programme.search_description
    assert programme.get_parent().specific_class.__name__ == "HomePage"
    modules = list(ModulePage.objects.child_of(programme).order_by("path"))
    assert [module.title for module in modules] == [module["title"].nl for module in MODULES]
    for module in modules:
        assert 2 <= LessonPage.objects.child_of(module).count() <= 4

    # Every page has a live English translation with English text.
    for page in Page.objects.filter(locale=nl).type(ProgrammePage, ModulePage, LessonPage).specific():
        translated = page.get_translation(en).specific
        assert translated.live
        assert translated.title != page.title or page.title == "Intervisie", page.title
    lesson = LessonPage.objects.get(locale=nl, slug="wat-doe-je-wel-en-niet")
    lesson_en = lesson.get_translation(en).specific
    english_html = str(lesson_en.body)
    assert "A learning ambassador is a colleague from the shop floor." in english_html
    assert "Not your job" in english_html
    assert "Een leerambassadeur is een collega" not in english_html
    # Block ids are kept in the translation, so answers belong to the lesson in both languages.
    assert [block.id for block in lesson.body] == [block.id for block in lesson_en.body]

    # Demo progress: module 1 complete for demo-ambassador.
    assert ModuleCompletion.objects.filter(user__username="demo-ambassador").count() == 1

    counts = (
        Page.objects.count(),
        LessonProgress.objects.count(),
        ModuleCompletion.objects.count(),
        list(LessonProgress.objects.values_list("completed_at", flat=True).order_by("pk")),
    )
    demo.seed(io.StringIO())
    assert (
        Page.objects.count(),
        LessonProgress.objects.count(),
        ModuleCompletion.objects.count(),
        list(LessonProgress.objects.values_list("completed_at", flat=True).order_by("pk")),
    ) == counts


@pytest.mark.django_db
def test_every_english_segment_of_the_demo_is_translated(home_page):
    """wagtail-localize leaves a segment in Dutch when the map misses it; none may be missed."""
    from wagtail_localize.models import StringSegment, StringTranslation

    demo.seed_programme()
    en = Locale.objects.get(language_code="en")
    missing = StringSegment.objects.exclude(string__translations__locale=en).values_list("string__data", flat=True)
    assert list(missing) == []
    assert StringTranslation.objects.filter(locale=en).exists()
