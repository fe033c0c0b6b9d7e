"""Phone first (390×844): every page type shows its own title near the top, headings fit, and the menu button
works by keyboard and for screen readers."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from .conftest import log_in_context
from .pages import expected_status, pages_to_check, tabs_per_user, visit

pytestmark = pytest.mark.browser

# The page's h1 must start in the top 40% of the screen: the header may not push the title below the fold.
FOLD_SHARE = 0.4

HEADING_PROBLEMS = """() => {
  const problems = [];
  const width = document.documentElement.clientWidth;
  for (const heading of document.querySelectorAll('h1, h2, h3, h4')) {
    // Hidden, or only for screen readers (.visually-hidden): nothing on screen to cut.
    if (!heading.getClientRects().length || heading.closest('.visually-hidden')) continue;
    const text = heading.textContent.trim().replace(/\\s+/g, ' ');
    if (getComputedStyle(heading).hyphens === 'auto') problems.push(`"${text}" may be hyphenated (hyphens: auto)`);
    if (heading.scrollWidth > heading.clientWidth + 1) problems.push(`"${text}" is cut off`);
    const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // A word may break after its own hyphen or slash ("mbo-certificaat"), never inside a part.
      for (const match of node.textContent.matchAll(/[^\\s\\-\\u2010\\u2011\\/]+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const rects = [...range.getClientRects()].filter(rect => rect.width > 0);
        if (new Set(rects.map(rect => Math.round(rect.top))).size > 1) {
          problems.push(`"${match[0]}" in "${text}" is broken over two lines`);
        }
        if (rects.some(rect => rect.right > width + 1)) problems.push(`"${match[0]}" in "${text}" runs off the screen`);
      }
    }
  }
  return problems;
}"""


@pytest.mark.parametrize("viewport", ["phone"], indirect=True)
def test_every_page_type_shows_its_title_in_the_top_of_a_phone_screen(new_context, live_server, viewport):
    pages = pages_to_check()
    tabs = tabs_per_user(new_context, live_server, pages)
    problems = []
    for page_to_check in pages:
        tab, response, page_to_check = visit(tabs, page_to_check)
        where = f"{page_to_check.label} [{page_to_check.user or 'anoniem'}] {tab.url}"
        if response is None or response.status != expected_status(page_to_check):
            problems.append(f"{where}: HTTP {response and response.status}")
            continue
        headings = tab.locator("h1")
        if headings.count() != 1:
            problems.append(f"{where}: {headings.count()} h1 elements, expected 1")
            continue
        top = headings.bounding_box()["y"]
        fold = FOLD_SHARE * tab.viewport_size["height"]
        if top > fold:
            problems.append(f"{where}: the h1 starts at {top:.0f}px, below {fold:.0f}px (40% of the screen)")
        problems.extend(f"{where}: {problem}" for problem in tab.evaluate(HEADING_PROBLEMS))
    assert not problems, "\n".join(problems)


def menu_parts(page):
    return page.locator("[data-menu-toggle]"), page.get_by_role("navigation", name="Hoofdmenu")


@pytest.mark.parametrize("viewport", ["phone"], indirect=True)
@pytest.mark.parametrize("key", ["Enter", "Space"])
def test_the_menu_button_opens_and_closes_by_keyboard(page, key):
    page.goto("/nl/over/")
    toggle, menu = menu_parts(page)
    expect(page.get_by_role("button", name="Menu")).to_have_attribute("aria-expanded", "false")
    expect(menu).to_be_hidden()
    expect(page.locator("#site-tools")).to_be_hidden()
    for _ in range(5):
        page.keyboard.press("Tab")
        if toggle.evaluate("element => element === document.activeElement"):
            break
    expect(toggle).to_be_focused()  # the skip link, the logo, then the menu button

    page.keyboard.press(key)
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(menu).to_be_visible()
    expect(toggle).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_label("Zoeken op de website")).to_be_focused()  # straight into the menu that opened
    for _ in range(3):
        page.keyboard.press("Tab")
    assert page.evaluate("() => document.querySelector('[data-menu]').contains(document.activeElement)")

    page.keyboard.press("Escape")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(menu).to_be_hidden()
    expect(toggle).to_be_focused()  # focus goes back to the button, not lost on a hidden link

    page.keyboard.press(key)
    expect(toggle).to_have_attribute("aria-expanded", "true")
    page.keyboard.press(key)
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(menu).to_be_hidden()


@pytest.mark.parametrize("viewport", ["phone"], indirect=True)
def test_the_menu_button_tells_screen_readers_what_it_opens(page):
    page.goto("/nl/")
    toggle = page.get_by_role("button", name="Menu", exact=True)
    expect(toggle).to_have_attribute("aria-expanded", "false")
    for part in toggle.get_attribute("aria-controls").split():
        assert page.locator(f"#{part}").count() == 1, part
    toggle.click()
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Over het programma").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Over het programma")
    expect(page.get_by_role("button", name="Menu", exact=True)).to_have_attribute("aria-expanded", "false")


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_on_a_wide_screen_the_menu_is_always_shown_without_a_button(page):
    page.goto("/nl/over/")
    toggle, menu = menu_parts(page)
    expect(toggle).to_be_hidden()
    expect(menu).to_be_visible()
    expect(page.get_by_label("Zoeken op de website")).to_be_visible()


@pytest.mark.parametrize("viewport", ["phone"], indirect=True)
def test_without_javascript_the_whole_menu_is_shown_on_a_phone(new_context):
    page = new_context(java_script_enabled=False).new_page()
    page.goto("/nl/over/")
    toggle, menu = menu_parts(page)
    expect(toggle).to_be_hidden()
    expect(menu).to_be_visible()
    menu.get_by_role("link", name="Home").click()
    expect(page).to_have_url(re.compile(r"/nl/$"))


def new_ambassador(username):
    """A fresh ambassador at a demo organisation, so that what this test records changes no seeded figures."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from programme.models import AmbassadorProfile
    from website import roles

    demo = AmbassadorProfile.objects.select_related("organisation").get(user__username="demo-ambassador")
    user, _created = get_user_model().objects.get_or_create(username=username)
    user.groups.add(Group.objects.get(name=roles.AMBASSADORS))
    AmbassadorProfile.objects.get_or_create(
        user=user, defaults={"organisation": demo.organisation, "kind": AmbassadorProfile.Kind.AMBASSADOR}
    )
    return user


@pytest.mark.parametrize("viewport", ["phone"], indirect=True)
def test_a_conversation_with_one_colleague_is_two_taps_on_a_phone(context, live_server):
    from activitylog.models import Activity

    user = new_ambassador("phone-taps")
    page = log_in_context(context, live_server.url, user.username).new_page()
    page.goto(reverse("activitylog:activity_create"))
    form_height = page.locator("form.activity-form").bounding_box()["height"]
    assert form_height < 1300, f"the activity form is {form_height:.0f}px tall on a phone"
    expect(page.get_by_label("Geïnteresseerd")).to_be_hidden()  # the outcome counters wait until asked

    page.get_by_label("gesprek met één collega").tap()
    page.get_by_role("button", name="Opslaan", exact=True).tap()

    expect(page).to_have_url(re.compile(re.escape(reverse("activitylog:activity_list")) + "$"))
    activity = Activity.objects.get(user=user)
    assert (activity.activity_type, activity.colleagues_reached, activity.interested) == (
        "individual_conversation",
        1,
        0,
    )


@pytest.mark.parametrize("viewport", ["phone"], indirect=True)
def test_er_is_meer_gebeurd_shows_the_outcomes_and_their_rules_still_hold(context, live_server):
    from activitylog.models import Activity

    user = new_ambassador("phone-more")
    page = log_in_context(context, live_server.url, user.username).new_page()
    page.goto(reverse("activitylog:activity_create"))
    page.get_by_label("groepsbijeenkomst of toolboxmeeting").tap()
    page.get_by_label("Aantal collega's bereikt").fill("8")
    page.get_by_text("Er is meer gebeurd").tap()
    page.get_by_label("Aangemeld voor een opleiding").fill("9")
    page.get_by_role("button", name="Opslaan", exact=True).tap()

    expect(page.locator("#error-summary")).to_be_focused()
    expect(page.get_by_label("Aangemeld voor een opleiding")).to_be_visible()  # the mistake is not hidden
    assert not Activity.objects.filter(user=user).exists()
    page.get_by_label("Aangemeld voor een opleiding").fill("3")
    page.get_by_role("button", name="Opslaan", exact=True).tap()
    expect(page).to_have_url(re.compile(re.escape(reverse("activitylog:activity_list")) + "$"))
    assert Activity.objects.get(user=user).registered == 3
