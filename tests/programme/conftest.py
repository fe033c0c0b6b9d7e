"""A small programme tree (Dutch, with English translations) for the programme tests."""

import pytest

from programme.models import LessonPage, ModulePage, ProgrammePage
from website.translation import translate_page


def lesson_body(n):
    return [
        ("paragraph", f"<p>Uitleg bij les {n}.</p>"),
        ("reflection", {"question": f"Wat neem je mee uit les {n}?", "help_text": ""}),
        (
            "knowledge_check",
            {
                "question": f"Vraag bij les {n}",
                "options": [
                    {"text": "Fout antwoord", "is_correct": False, "feedback": "Helaas, dat klopt niet."},
                    {"text": "Goed antwoord", "is_correct": True, "feedback": "Ja, dat klopt."},
                ],
            },
        ),
    ]


def build_programme(home_page, modules=2, lessons_per_module=2, translate=False):
    """Programme → modules → lessons; returns (programme, [module, ...], {module.pk: [lesson, ...]})."""
    programme = ProgrammePage(title="Ontwikkelprogramma", slug="programma", intro="Het programma.", show_in_menus=True)
    home_page.add_child(instance=programme)
    programme.save_revision().publish()
    module_pages, lessons_by_module = [], {}
    for m in range(1, modules + 1):
        module = ModulePage(title=f"Module {m}", slug=f"module-{m}", intro=f"Over module {m}.", estimated_minutes=30)
        programme.add_child(instance=module)
        module.save_revision().publish()
        module_pages.append(module)
        lessons_by_module[module.pk] = []
        for n in range(1, lessons_per_module + 1):
            lesson = LessonPage(title=f"Les {m}.{n}", slug=f"les-{n}", intro="Korte les.", body=lesson_body(f"{m}.{n}"))
            module.add_child(instance=lesson)
            lesson.save_revision().publish()
            lessons_by_module[module.pk].append(lesson)
    if translate:
        translate_page(programme, "en", {"Ontwikkelprogramma": "Development programme"})
        for module in module_pages:
            translate_page(module, "en", {module.title: module.title.replace("Module", "Module EN")})
            for lesson in lessons_by_module[module.pk]:
                translate_page(lesson, "en", {lesson.title: lesson.title.replace("Les", "Lesson")})
    return programme, module_pages, lessons_by_module


@pytest.fixture
def programme_tree(home_page):
    return build_programme(home_page)


@pytest.fixture
def programme(programme_tree):
    return programme_tree[0]


@pytest.fixture
def modules(programme_tree):
    return programme_tree[1]


@pytest.fixture
def lessons(programme_tree):
    """The lessons of the first module."""
    return programme_tree[2][programme_tree[1][0].pk]


@pytest.fixture
def lesson(lessons):
    return lessons[0]


def english(page):
    """The English translation of a programme page, translating it (and its parents) when needed."""
    from wagtail.models import Locale

    en = Locale.objects.get(language_code="en")
    for ancestor in list(page.get_ancestors().filter(depth__gte=3).specific()) + [page]:
        if ancestor.get_translation_or_none(en) is None:
            translate_page(ancestor, "en", {ancestor.title: f"{ancestor.title} (EN)"})
    return page.get_translation(en).specific
