"""Journey 1: a new ambassador accepts an invitation, learns, completes a module, leaves and comes back.

The coordinator makes the invitation link in the site, as in real life; the ambassador then does everything
in their own browser: account, lesson, reflection, 'Markeer als afgerond' until the module is done,
'Mijn leerpad', log out, log in, and 'Ga verder waar je gebleven was' must open the right lesson.
"""

import re

import pytest
from playwright.sync_api import expect

from .conftest import assert_accessible, log_in, log_in_context, open_menu

pytestmark = pytest.mark.browser

NEW_PASSWORD = "Koffiemachine-gesprek-2025"
MODULE_DONE = "Je hebt deze module afgerond"


def first_two_modules():
    """The first two Dutch modules of the seeded programme, with their lessons in order."""
    from programme.models import LessonPage, ModulePage

    modules = list(ModulePage.objects.live().filter(locale__language_code="nl").order_by("path")[:2])
    assert len(modules) == 2, "seed_demo must make a programme with at least two modules"
    return [(module, list(LessonPage.objects.child_of(module).live().order_by("path"))) for module in modules]


def lesson_with_reflection(lessons):
    for lesson in lessons:
        if any(block.block_type == "reflection" for block in lesson.body):
            return lesson
    raise AssertionError("seed_demo must give the first module a lesson with a reflection question")


def create_invitation_link(new_context, live_server):
    """The demo coordinator makes a one-time invitation link on /nl/uitnodigingen/."""
    coordinator = log_in_context(new_context(), live_server.url, "demo-coordinator").new_page()
    coordinator.goto("/nl/uitnodigingen/")
    coordinator.get_by_role("button", name="Maak uitnodigingslink").click()
    expect(coordinator.get_by_role("heading", level=1)).to_have_text("De uitnodiging is klaar")
    link = coordinator.get_by_label("Uitnodigingslink").input_value()
    assert "/uitnodiging/" in link
    coordinator.close()
    return link


def test_invited_ambassador_completes_a_module_and_resumes_after_logging_in_again(
    page, new_context, live_server, viewport
):
    (module, lessons), (next_module, next_lessons) = first_two_modules()
    username = f"nieuwe-ambassadeur-{viewport}"

    # 1. Accept the invitation and make an account.
    link = create_invitation_link(new_context, live_server)
    page.goto(link)
    expect(page.get_by_role("heading", level=1)).to_have_text("Welkom bij Leerambassadeurs")
    assert_accessible(page)
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Voornaam").fill("Fatima")
    page.get_by_label("Achternaam").fill("Testpersoon")
    page.get_by_label("E-mailadres").fill(f"{username}@example.org")
    page.locator("#id_password1").fill(NEW_PASSWORD)
    page.locator("#id_password2").fill(NEW_PASSWORD)
    page.get_by_label("Ja, ik doe mee aan het onderzoek").check()
    page.get_by_role("button", name="Account maken").click()
    expect(page).to_have_url(re.compile(r"/nl/mijn-leerpad/$"))
    expect(page.locator(".messages")).to_contain_text("Je account is klaar")

    # 2. Open the module and its first lesson.
    page.goto(module.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(module.title)
    page.locator("main").get_by_role("link", name=lessons[0].title, exact=True).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(lessons[0].title)

    # 3. Answer a reflection question (on the first lesson that has one).
    reflective = lesson_with_reflection(lessons)
    if reflective.pk != lessons[0].pk:
        page.goto(reflective.url)
    answer = "Bij de koffieautomaat vroeg ik Ahmed wat hij nog wil leren."
    page.locator(".reflection textarea").first.fill(answer)
    page.locator(".reflection").first.get_by_role("button", name="Antwoord bewaren").click()
    expect(page.locator(".messages")).to_contain_text("Je antwoord is bewaard")
    expect(page.locator(".reflection textarea").first).to_have_value(answer)
    page.goto(lessons[0].url)

    # 4. Mark lessons done, following 'next', until the module is complete.
    for _ in range(len(lessons) + 1):
        page.get_by_role("button", name="Markeer als afgerond").click()
        expect(page.locator(".messages")).to_be_visible()
        if MODULE_DONE in page.locator(".messages").inner_text():
            break
        expect(page.locator(".status--done").first).to_be_visible()
        page.locator(".lesson-nav a[rel=next]").click()
    else:
        pytest.fail(f"module {module.title!r} was not completed after marking all {len(lessons)} lessons done")

    # 5. 'Mijn leerpad' shows the module as completed.
    open_menu(page)
    page.get_by_role("navigation", name="Mijn account").get_by_role("link", name="Mijn leerpad").click()
    expect(page).to_have_url(re.compile(r"/nl/mijn-leerpad/$"))
    module_card = page.locator(".module-progress li").filter(
        has=page.get_by_role("link", name=module.title, exact=True)
    )
    expect(module_card.locator(".status--done")).to_contain_text("Afgerond op")
    assert_accessible(page)

    # 6. Log out, log in again, and carry on where they left off.
    open_menu(page)
    page.get_by_role("button", name="Uitloggen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Je bent uitgelogd")
    open_menu(page)
    expect(page.get_by_role("link", name="Inloggen", exact=True)).to_be_visible()
    log_in(page, username, NEW_PASSWORD, next_url="/nl/mijn-leerpad/")
    expect(page).to_have_url(re.compile(r"/nl/mijn-leerpad/$"))
    page.get_by_role("link", name=re.compile("Ga verder waar je gebleven was")).click()
    expect(page).to_have_url(re.compile(re.escape(next_lessons[0].url) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(next_lessons[0].title)
    expect(page.get_by_role("button", name="Markeer als afgerond")).to_be_visible()


def test_lesson_page_works_with_the_keyboard_alone(page, live_server):
    """Tab to the skip link, into the lesson, to 'Markeer als afgerond', and press Enter: the lesson is done."""
    (module, lessons), _ = first_two_modules()
    log_in_context(page.context, live_server.url, "demo-ambassador-2")
    page.goto(lessons[-1].url)
    undo = page.get_by_role("button", name=re.compile("Zet de les weer open"))
    if undo.count():
        undo.click()
    page.goto(lessons[-1].url)
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Naar de inhoud")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("main#main")).to_be_focused()
    target = page.get_by_role("button", name="Markeer als afgerond")
    for _ in range(60):
        page.keyboard.press("Tab")
        if target.evaluate("el => el === document.activeElement"):
            break
    else:
        pytest.fail("'Markeer als afgerond' cannot be reached with Tab")
    visible_focus = target.evaluate(
        "el => { const s = getComputedStyle(el); return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2)"
        " || s.boxShadow !== 'none'; }"
    )
    assert visible_focus, "the focused button must show a visible focus indicator"
    page.keyboard.press("Enter")
    expect(page.locator(".messages")).to_contain_text(re.compile("afgerond"))
    expect(page.locator(".lesson-progress .status--done")).to_be_visible()
