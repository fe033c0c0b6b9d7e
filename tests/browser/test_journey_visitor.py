"""Journey 2: a visitor from a new organisation finds the guide for their sector and phase, in Dutch and English.

Once through the filters on the guide overview (reached from the main menu), once through the search box in
the header. The guide is picked from the seeded content, so the test follows the demo content as it grows.
"""

import re

import pytest
from django.utils import translation
from playwright.sync_api import expect

from .conftest import open_menu

pytestmark = pytest.mark.browser

LANGUAGES = ["nl", "en"]
# Interface strings: Dutch, or English where the app's catalogue translates them.
FILTER_BUTTON = re.compile("Toon resultaten|Show results")
SEARCH_LABEL = re.compile("Zoeken op de website|Search the website")
SEARCH_PATH = {"nl": "zoeken", "en": "search"}


@pytest.fixture(params=LANGUAGES)
def language(request):
    return request.param


def guide_for_a_sector(language):
    """A live guide that names a sector, in `language`, with the labels a visitor sees for its phase and sector."""
    from methodology.models import GuideIndexPage, GuidePage

    dutch = GuidePage.objects.live().filter(locale__language_code="nl", sectors__isnull=False).order_by("path").first()
    assert dutch is not None, "seed_demo must make a live guide for a sector"
    guide = dutch if language == "nl" else dutch.get_translations().live().filter(locale__language_code="en").first()
    assert guide is not None, "the seeded guide must have a live English translation"
    index = GuideIndexPage.objects.live().filter(locale__language_code=language).first()
    sector = dutch.sectors.order_by("slug").first()
    with translation.override(language):
        return {
            "guide": guide,
            "index": index,
            "phase": str(guide.get_phase_display()),
            "sector": str(sector.display_name),
            "sector_slug": sector.slug,
        }


def search_words(title):
    """What a visitor types: the words of the title before the colon (e.g. 'Werven en selecteren')."""
    return title.split(":")[0]


def test_visitor_finds_the_guide_for_sector_and_phase_through_the_filters(page, language):
    found = guide_for_a_sector(language)
    guide, index = found["guide"], found["index"]
    page.goto(f"/{language}/")
    open_menu(page)
    page.get_by_role("navigation", name=re.compile("Hoofdmenu|Main menu")).get_by_role(
        "link", name=index.title, exact=True
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(index.title)

    page.locator("select[name=sector]").select_option(label=found["sector"])
    page.locator("select[name=phase]").select_option(label=found["phase"])
    page.get_by_role("button", name=FILTER_BUTTON).click()
    expect(page).to_have_url(re.compile(rf"sector={found['sector_slug']}"))
    expect(page).to_have_url(re.compile(rf"phase={guide.phase}"))
    results = page.locator(".listing__results")
    expect(results.get_by_role("link", name=guide.title, exact=True)).to_be_visible()
    # Only guides of that phase are listed: one phase heading.
    expect(results.locator(".phase-heading")).to_have_count(1)
    expect(results.locator(".phase-heading")).to_have_text(found["phase"])

    results.get_by_role("link", name=guide.title, exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(guide.title)
    expect(page.locator("html")).to_have_attribute("lang", language)


def test_visitor_finds_the_guide_through_search(page, language, viewport):
    found = guide_for_a_sector(language)
    guide = found["guide"]
    page.goto(f"/{language}/")
    open_menu(page)
    box = page.get_by_label(SEARCH_LABEL)
    expect(box).to_be_visible()
    box.fill(search_words(guide.title))
    box.press("Enter")
    expect(page).to_have_url(re.compile(rf"/{language}/{SEARCH_PATH[language]}/\?q="))
    result = page.locator(".search-results").get_by_role("link", name=guide.title, exact=True)
    expect(result).to_be_visible()
    result.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(guide.title)
