"""Journey 5: a researcher reads the research dashboard on the demo site, filters it, and opens the tables;
the coordinator of an organisation is kept out. Desktop and phone (390×844), axe on every state."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import assert_accessible, log_in

pytestmark = pytest.mark.browser

URL = "/nl/onderzoeksdashboard/"
CHARTS = """() => [...document.querySelectorAll('main svg[role=img]')].map(svg => ({
  title: (svg.querySelector(':scope > title') || {}).textContent || '',
  desc: (svg.querySelector(':scope > desc') || {}).textContent || '',
  labelled: (svg.getAttribute('aria-labelledby') || '').split(' ').every(id => document.getElementById(id)),
}))"""


def no_sideways_scroll(page):
    return page.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth")


def test_researcher_reads_filters_and_opens_the_tables(page, demo_password, viewport):
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    log_in(page, "demo-researcher", demo_password, next_url=URL)
    expect(page).to_have_url(re.compile(re.escape(URL) + "$"))
    expect(page.get_by_role("heading", level=1, name="Onderzoeksdashboard")).to_be_visible()
    for heading in (
        "1. Bereik onder collega's",
        "2. Voortgang in het programma",
        "3. Zelfinschatting voor en na een module",
        "4. Deelname aan opleiding per organisatie",
        "5. Borging per meetronde",
    ):
        expect(page.get_by_role("heading", level=2, name=heading)).to_be_visible()
    charts = page.evaluate(CHARTS)
    # Funnels, progress, days to complete, self-assessment, a panel per sector with measurements, embedding.
    assert len(charts) >= 6, charts
    assert all(chart["title"].strip() and chart["desc"].strip() and chart["labelled"] for chart in charts), charts
    for table in ("#funnel-table", "#progress-table", "#change-table", "#embedding-table"):
        expect(page.locator(table)).to_be_attached()
    # The demo has few consenting ambassadors per module: their self-assessment is suppressed, never shown.
    expect(page.locator("#change-table")).to_contain_text("niet getoond")
    assert_accessible(page)
    if viewport == "phone":
        assert no_sideways_scroll(page), "the page scrolls sideways on a phone (charts and tables scroll in a box)"

    # Per-organisation figures are folded away; the keyboard opens them.
    summary = page.locator("main details summary").first
    summary.focus()
    page.keyboard.press("Enter")
    expect(page.locator("main details").first).to_have_attribute("open", "")
    expect(page.locator("main details").first.locator("table tbody tr").first).to_be_visible()
    assert_accessible(page)

    page.get_by_label("Sector", exact=True).select_option(label="Schoonmaak")
    page.get_by_role("button", name="Tonen").click()
    expect(page).to_have_url(re.compile(r"sector=cleaning"))
    rows = page.locator("#funnel-table tbody th[scope=row]")
    expect(rows).to_have_text(["Schoonmaak"])
    expect(page.get_by_label("Sector", exact=True)).to_have_value("cleaning")
    assert_accessible(page)
    assert not errors, errors  # no CSP violations or failed scripts


def test_bad_filters_are_explained_next_to_the_field(page, demo_password, viewport):
    log_in(page, "demo-researcher", demo_password)
    assert page.goto(URL + "?date_from=2026-05-01&date_to=2026-01-01").status == 400
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("De einddatum ligt voor de begindatum")
    expect(page.locator("main svg[role=img]")).to_have_count(0)
    summary.get_by_role("link").first.click()
    expect(page.get_by_label("Tot en met (datum)")).to_be_focused()
    assert_accessible(page)


def test_the_english_dashboard(page, demo_password, viewport):
    log_in(page, "demo-researcher", demo_password, next_url="/en/research-dashboard/")
    expect(page.get_by_role("heading", level=1, name="Research dashboard")).to_be_visible()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=2, name="1. Reach among colleagues")).to_be_visible()
    assert_accessible(page)


def test_a_coordinator_gets_nothing(page, demo_password, viewport):
    log_in(page, "demo-coordinator", demo_password)
    response = page.goto(URL)
    assert response.status == 403
    expect(page.get_by_role("heading", level=1, name="Geen toegang")).to_be_visible()
    expect(page.locator("main svg")).to_have_count(0)
    expect(page.locator("main table")).to_have_count(0)
    assert_accessible(page)
