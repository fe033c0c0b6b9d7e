"""Lighthouse's "Best practices" and "SEO" on every page type, on a phone: no console errors, no failed
requests (a missing /favicon.ico counts), and a meta description in both languages, logged in and out."""

import pytest

from .pages import AMBASSADOR, PageToCheck, expected_status, pages_to_check, tabs_per_user, visit

pytestmark = pytest.mark.browser


def watch(tab, log):
    """Record in `log` everything Lighthouse would hold against the page: console errors, uncaught exceptions,
    requests that failed or answered 4xx/5xx (the page's own expected 404 is not a failure)."""
    tab.on("console", lambda message: message.type == "error" and log.append(f"console: {message.text}"))
    tab.on("pageerror", lambda error: log.append(f"script error: {error}"))
    tab.on("requestfailed", lambda request: log.append(f"request failed: {request.url} ({request.failure})"))
    tab.on(
        "response",
        lambda response: (
            response.status >= 400
            and response.request.resource_type != "document"
            and log.append(f"HTTP {response.status}: {response.url}")
        ),
    )


def logged_in_and_out(pages):
    """Each page as its own user, and each public page also as the ambassador."""
    seen = {(page.url, page.user) for page in pages}
    extra = [
        PageToCheck(page.label + " (ingelogd)", page.url, AMBASSADOR, page.status)
        for page in pages
        if page.user is None and (page.url, AMBASSADOR) not in seen
    ]
    return pages + extra


@pytest.mark.parametrize("viewport", ["phone"], indirect=True)
def test_no_page_type_logs_an_error_or_fails_a_request_and_each_has_a_description(new_context, live_server, viewport):
    pages = logged_in_and_out(pages_to_check())
    tabs = tabs_per_user(new_context, live_server, pages)
    log = []
    for tab in tabs.values():
        watch(tab, log)
    problems = []
    for page_to_check in pages:
        log.clear()
        tab, response, page_to_check = visit(tabs, page_to_check)
        tab.wait_for_load_state("load")
        where = f"{page_to_check.label} [{page_to_check.user or 'anoniem'}] {tab.url}"
        if response is None or response.status != expected_status(page_to_check):
            problems.append(f"{where}: HTTP {response and response.status}")
        # Chrome reports the page's own (expected) 404 as a console error "Failed to load resource".
        own_status = expected_status(page_to_check) >= 400
        problems.extend(
            f"{where}: {entry}"
            for entry in log
            if not (own_status and entry.startswith("console: Failed to load resource"))
        )
        descriptions = tab.locator('head meta[name="description"]')
        if descriptions.count() != 1 or not (descriptions.get_attribute("content") or "").strip():
            problems.append(f"{where}: no meta description")
    assert not problems, "\n".join(problems)
