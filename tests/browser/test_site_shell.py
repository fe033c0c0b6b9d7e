"""The site shell in a real browser: home in two languages, the language switcher, 404, log-in pages."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import log_in, open_menu

pytestmark = pytest.mark.browser


def test_home_page_opens_in_dutch_and_switches_to_english(page):
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/nl/$"))
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    open_menu(page)
    page.get_by_role("navigation", name="Taal").get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(r"/en/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Learning ambassadors")


def test_language_switcher_keeps_the_visitor_on_the_same_page(page):
    page.goto("/nl/over/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Over het programma")
    open_menu(page)
    page.locator(".language-switcher").get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(r"/en/about/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("About the programme")
    open_menu(page)
    page.locator(".language-switcher").get_by_role("link", name="Nederlands").click()
    expect(page).to_have_url(re.compile(r"/nl/over/$"))


def test_main_menu_leads_to_the_about_page(page, viewport):
    page.goto("/nl/")
    open_menu(page)
    menu = page.get_by_role("navigation", name="Hoofdmenu")
    expect(menu).to_be_visible()
    menu.get_by_role("link", name="Over het programma").click()
    expect(page).to_have_url(re.compile(r"/nl/over/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Over het programma")


def test_main_menu_marks_the_current_page_and_section(page):
    from programme.models import ModulePage

    page.goto("/nl/over/")
    open_menu(page)
    menu = page.get_by_role("navigation", name="Hoofdmenu")
    expect(menu.get_by_role("link", name="Over het programma")).to_have_attribute("aria-current", "page")
    expect(menu.get_by_role("link", name="Home")).not_to_have_attribute("aria-current", re.compile(".*"))
    module = ModulePage.objects.live().filter(locale__language_code="nl").first()
    assert module is not None, "seed_demo must make a live Dutch module"
    page.goto(module.url)
    open_menu(page)
    section = module.get_parent()
    expect(menu.get_by_role("link", name=section.title, exact=True)).to_have_attribute("aria-current", "true")


def test_unknown_address_shows_a_helpful_404_page(page):
    response = page.goto("/nl/bestaat-echt-niet/")
    assert response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("Deze pagina bestaat niet (meer)")
    page.get_by_role("link", name="Ga naar de startpagina").click()
    expect(page).to_have_url(re.compile(r"/nl/$"))


def test_page_fits_the_screen_without_sideways_scrolling(page, viewport):
    for url in ("/nl/", "/nl/over/", "/en/privacy/"):
        page.goto(url)
        overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{url} scrolls sideways by {overflow}px on {viewport}"


def test_site_login_form_logs_a_demo_ambassador_in_and_out(page, demo_password):
    log_in(page, "demo-ambassador", demo_password, next_url="/nl/over/")
    expect(page).to_have_url(re.compile(r"/nl/over/$"))
    open_menu(page)
    logout = page.get_by_role("button", name="Uitloggen")
    expect(logout).to_be_visible()
    logout.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Je bent uitgelogd")
    open_menu(page)
    expect(page.get_by_role("link", name="Inloggen", exact=True)).to_be_visible()


def test_wrong_password_gives_a_clear_message_and_no_session(page, viewport):
    log_in(page, f"onbekend-{viewport}", "niet-het-goede-wachtwoord")
    expect(page).to_have_url(re.compile(r"/account/login/"))
    expect(page.locator("main")).to_contain_text(re.compile("wachtwoord", re.I))
    expect(page.get_by_role("button", name="Uitloggen")).to_have_count(0)


def test_admin_login_lets_the_demo_editor_into_wagtail(page, demo_password):
    page.goto("/admin/")
    expect(page).to_have_url(re.compile(r"/admin/login/"))
    page.locator("#id_username").fill("demo-editor")
    page.locator("#id_password").fill(demo_password)
    page.locator("form button[type=submit]").first.click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    expect(page.locator("body")).to_contain_text(re.compile("Leerambassadeurs|Dashboard|Welkom|Welcome", re.I))
