"""Demo content for the programme: the 8 modules of the domain brief in Dutch and English, and some progress.

Idempotent: pages are found by slug and left alone when they exist (an editor may have changed them);
translations are only created when missing; demo progress uses the same idempotent rules as the site.
"""

import html

from django.contrib.auth import get_user_model
from django.utils.text import slugify
from wagtail.models import Locale

from website.models import HomePage
from website.seeding import get_or_create_child_page
from website.translation import translate_page

from . import progress
from .demo_content import MODULES, PROGRAMME, T
from .models import Certificate, LessonPage, ModulePage, ProgrammePage, SelfAssessment


class Translations(dict):
    """Dutch segment → English, with the HTML-escaped variants wagtail-localize may extract from rich text."""

    def add(self, pair):
        nl, en = pair
        self[nl] = en
        for quote in (False, True):
            self.setdefault(html.escape(nl, quote=quote), html.escape(en, quote=quote))
        return nl


def resolve(value, strings):
    """Turn T pairs into Dutch values (recording their translations); ("p"|"ul", texts) into rich text HTML."""
    if isinstance(value, T):
        return strings.add(value)
    if isinstance(value, tuple) and len(value) == 2 and value[0] in ("p", "ul") and isinstance(value[1], tuple):
        tag, texts = value
        items = [html.escape(strings.add(text), quote=False) for text in texts]
        if tag == "ul":
            return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
        return "".join(f"<p>{item}</p>" for item in items)
    if isinstance(value, dict):
        return {key: resolve(item, strings) for key, item in value.items()}
    if isinstance(value, list):
        return [resolve(item, strings) for item in value]
    return value


def stream(blocks, strings):
    return [(block_type, resolve(value, strings)) for block_type, value in blocks]


def goals_html(goals, strings):
    return resolve(("ul", tuple(goals)), strings)


def seed_programme():
    home = HomePage.objects.filter(locale=Locale.get_default()).first()
    if home is None:
        raise RuntimeError("Seed the site (website.demo.seed_site) before the programme.")
    strings = Translations()
    programme = get_or_create_child_page(
        home,
        ProgrammePage,
        "programma",
        title=resolve(PROGRAMME["title"], strings),
        intro=resolve(PROGRAMME["intro"], strings),
        body=stream(PROGRAMME["body"], strings),
        show_in_menus=True,
        search_description=resolve(PROGRAMME["search_description"], strings),
    )
    strings.add(T("programma", "programme"))
    translate_page(programme, "en", strings)
    lesson_count = 0
    for module_data in MODULES:
        strings = Translations()
        module = get_or_create_child_page(
            programme,
            ModulePage,
            module_data["slug"],
            title=resolve(module_data["title"], strings),
            intro=resolve(module_data["intro"], strings),
            learning_goals=goals_html(module_data["goals"], strings),
            estimated_minutes=module_data["minutes"],
            is_required=module_data.get("required", True),
            search_description=resolve(module_data["intro"], strings),
        )
        strings.add(T(module_data["slug"], slugify(module_data["title"].en)))
        translate_page(module, "en", strings)
        for lesson_data in module_data["lessons"]:
            strings = Translations()
            lesson = get_or_create_child_page(
                module,
                LessonPage,
                lesson_data["slug"],
                title=resolve(lesson_data["title"], strings),
                intro=resolve(lesson_data["intro"], strings),
                body=stream(lesson_data["body"], strings),
                estimated_minutes=lesson_data["minutes"],
                is_required=lesson_data.get("required", True),
                search_description=resolve(lesson_data["intro"], strings),
            )
            strings.add(T(lesson_data["slug"], slugify(lesson_data["title"].en)))
            translate_page(lesson, "en", strings)
            lesson_count += 1
    return programme, lesson_count


def seed_demo_progress(programme):
    """demo-ambassador has finished module 1 and started module 2, so 'Mijn leerpad' has something to show."""
    user = get_user_model().objects.filter(username="demo-ambassador").first()
    if user is None:
        return
    modules = list(ModulePage.objects.child_of(programme).live().order_by("path")[:2])
    if len(modules) < 2:
        return
    first, second = modules
    SelfAssessment.objects.get_or_create(
        user=user,
        module_key=first.translation_key,
        moment=SelfAssessment.Moment.BEFORE,
        defaults={
            "confidence_role": 2,
            "confidence_conversation": 3,
            "confidence_referral": 2,
            "confidence_support": 3,
        },
    )
    for lesson in LessonPage.objects.child_of(first).live().order_by("path"):
        progress.complete_lesson(user, lesson)
    SelfAssessment.objects.get_or_create(
        user=user,
        module_key=first.translation_key,
        moment=SelfAssessment.Moment.AFTER,
        defaults={
            "confidence_role": 4,
            "confidence_conversation": 4,
            "confidence_referral": 3,
            "confidence_support": 4,
        },
    )
    second_lessons = list(LessonPage.objects.child_of(second).live().order_by("path")[:2])
    if second_lessons:
        progress.complete_lesson(user, second_lessons[0])
    if len(second_lessons) > 1:
        progress.record_visit(user, second_lessons[1], second)


def seed_demo_certificate(programme):
    """demo-ambassador-2 has finished the whole programme: the certificate and its public check have an example."""
    user = get_user_model().objects.filter(username="demo-ambassador-2").first()
    if user is None or Certificate.objects.filter(user=user).exists():
        return
    for lesson in LessonPage.objects.descendant_of(programme).live().filter(is_required=True).order_by("path"):
        progress.complete_lesson(user, lesson)
    state = progress.programme_state(user, programme)
    if state.is_complete:
        Certificate.issue(user, state.completed_at)


def seed(stdout):
    programme, lesson_count = seed_programme()
    seed_demo_progress(programme)
    seed_demo_certificate(programme)
    modules = ModulePage.objects.child_of(programme).count()
    stdout.write(f"Programme: {modules} modules, {lesson_count} lessons, in Dutch and English")
