"""Accessibility and valid HTML on every page type: axe-core in Chromium, the Nu HTML Checker, keyboard and focus."""

import pytest
from playwright.sync_api import expect

from .conftest import VIEWPORTS, axe_violations, format_violations, log_in_context, vnu_errors
from .pages import (
    AMBASSADOR,
    LOGIN_PATH,
    PageToCheck,
    expected_status,
    known_issue,
    pages_to_check,
    tabs_per_user,
    visit,
)

pytestmark = pytest.mark.browser

SIDEWAYS_OVERFLOW = """() => {
  const width = document.documentElement.clientWidth;
  const overflow = document.documentElement.scrollWidth - width;
  if (overflow <= 0) return [0, ''];
  const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
    (el.className && typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\\s+/).join('.') : '') +
    ' "' + (el.textContent || '').trim().slice(0, 40) + '"';
  const found = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && found.length < 3; node = walker.nextNode()) {
    let right;
    if (node.nodeType === Node.TEXT_NODE) {
      if (!node.textContent.trim()) continue;
      const range = document.createRange(); range.selectNodeContents(node); right = range.getBoundingClientRect().right;
      if (right > width + 1) found.push('text in ' + describe(node.parentElement));
    } else if (node.getBoundingClientRect().right > width + 1 &&
               ![...node.children].some(child => child.getBoundingClientRect().right > width + 1)) {
      found.push(describe(node));
    }
  }
  return [overflow, found.join('; ')];
}"""


def test_every_page_type_has_no_serious_or_critical_axe_violations(new_context, live_server, viewport):
    """Every page on the desktop; on the phone each template once (English pages share the Dutch templates),
    and there no page may scroll sideways (WCAG 1.4.10 reflow: wide tables and charts scroll in their own box)."""
    pages = pages_to_check()
    if viewport == "phone":
        pages = [page for page in pages if not page.url.startswith("/en/")]
    tabs = tabs_per_user(new_context, live_server, pages)
    problems, checked = [], []
    for page_to_check in pages:
        tab, response, page_to_check = visit(tabs, page_to_check)
        if response is None or response.status != expected_status(page_to_check):
            problems.append(f"{page_to_check.label} {page_to_check.url}: HTTP {response and response.status}")
            continue
        if viewport == "phone":
            overflow, culprits = tab.evaluate(SIDEWAYS_OVERFLOW)
            if overflow > 0 and not known_issue("overflow", tab.url, "sideways"):
                problems.append(
                    f"{page_to_check.label} {tab.url}: the page scrolls sideways by {overflow}px on a "
                    f"phone, widest: {culprits}"
                )
        violations = axe_violations(tab)
        known = [v for v in violations if known_issue("axe", tab.url, v["id"])]
        if known:
            print(f"KNOWN ISSUE (reported, not failed on) {tab.url}:\n{format_violations(known)}")
        violations = [v for v in violations if v not in known]
        checked.append(f"{page_to_check.label} [{page_to_check.user or 'anoniem'}] {page_to_check.url}")
        if violations:
            problems.append(
                f"{page_to_check.label} [{page_to_check.user or 'anoniem'}] {tab.url}\n{format_violations(violations)}"
            )
    print(f"axe on {viewport}: checked {len(checked)} pages:\n  " + "\n  ".join(checked))
    assert not problems, "\n\n".join(problems)


def test_every_page_type_is_valid_html(browser, live_server, tmp_path):
    """Raw HTML as the server sends it (not the browser's DOM), checked by vnu in one run for all pages."""
    pages = pages_to_check()
    sessions = {}
    for user in {page.user for page in pages} | {AMBASSADOR}:
        context = browser.new_context(base_url=live_server.url, **VIEWPORTS["desktop"])
        if user:
            log_in_context(context, live_server.url, user)
        sessions[user] = context
    files = {}
    try:
        for page_to_check in pages:
            response = sessions[page_to_check.user].request.get(page_to_check.url)
            if (
                page_to_check.user is None
                and LOGIN_PATH.search(response.url)
                and not LOGIN_PATH.search(page_to_check.url)
            ):
                page_to_check = PageToCheck(page_to_check.label + " (ingelogd)", page_to_check.url, AMBASSADOR)
                response = sessions[AMBASSADOR].request.get(page_to_check.url)
            assert "text/html" in response.headers.get("content-type", ""), page_to_check
            path = tmp_path / f"{page_to_check.slug}.html"
            path.write_bytes(response.body())
            files[path.name] = page_to_check
    finally:
        for context in sessions.values():
            context.close()
    errors = vnu_errors(sorted(tmp_path.glob("*.html")))
    print(f"vnu checked {len(files)} pages: " + ", ".join(sorted(files)))
    report = []
    for name, lines in errors.items():
        for line in lines:
            if known_issue("vnu", files[name].url, line):
                print(f"KNOWN ISSUE (reported, not failed on) {files[name].url}: {line}")
        lines = [line for line in lines if not known_issue("vnu", files[name].url, line)]
        if lines:
            report.append(f"{files[name].label} {files[name].url}:\n    " + "\n    ".join(lines))
    assert not report, "Nu HTML Checker errors:\n" + "\n".join(report)


def test_skip_link_is_the_first_tab_stop_and_moves_focus_to_the_content(page):
    page.goto("/nl/over/")
    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Naar de inhoud")
    expect(skip_link).to_be_focused()
    box = skip_link.bounding_box()
    assert box and box["y"] >= 0 and box["height"] > 0, "the focused skip link must be on screen"
    page.keyboard.press("Enter")
    expect(page.locator("main#main")).to_be_focused()
    page.keyboard.press("Tab")
    in_header = page.evaluate("() => document.querySelector('header').contains(document.activeElement)")
    assert not in_header, "after the skip link, Tab goes on after the header, not back into it"


FOCUS_STYLE = """() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  return {tag: el.tagName, text: (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 40),
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          shadow: style.boxShadow !== 'none'};
}"""


def test_every_tab_stop_on_the_home_page_shows_visible_focus(page):
    page.goto("/nl/")
    without_focus_style = []
    for _ in range(25):
        page.keyboard.press("Tab")
        state = page.evaluate(FOCUS_STYLE)
        if state["tag"] == "BODY":
            break
        if not (state["outline"] or state["shadow"]):
            without_focus_style.append(state)
    assert not without_focus_style, f"no visible focus on: {without_focus_style}"
