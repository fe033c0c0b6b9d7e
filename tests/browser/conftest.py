"""Harness for the real-browser tests: a live server on a seeded demo site, Debian's Chromium, axe-core and vnu.

How the database works here (different from the rest of the suite, on purpose):
- ``seed_demo`` takes 15–40 s, far too slow to run per test or per module. So the first browser test seeds
  the test database (``demo_site``, session scope); browser tests are moved to the end of the run (see
  ``pytest_collection_modifyitems``), and at the end of the session the database is flushed and the
  snapshot taken just before seeding is restored.
- Tests in this folder do not use pytest-django's ``db``/``transactional_db``: every write is committed at
  once, so the live server thread (and, on PostgreSQL, its own connection) sees what the test made and the
  other way round. Tests that change data make their own users or rows, so they do not depend on order.
- pytest-django's ``live_server`` is used as is, but its autouse ``_live_server_helper`` (which would force
  ``transactional_db`` and flush the seeded data after every test) is replaced below by one that only adds
  the server's host to ALLOWED_HOSTS.
"""

import io
import json
import os
import re
import subprocess
import time
from pathlib import Path

import pytest
from playwright.sync_api import expect

# Playwright's sync API runs an event loop in this thread; Django then refuses ORM calls from it unless told.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VIEWPORTS = {
    "desktop": {"viewport": {"width": 1280, "height": 900}},
    "phone": {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True},
}
DEFAULT_TIMEOUT_MS = 15_000


def pytest_collection_modifyitems(config, items):
    """Everything in this folder is a browser test, and browser tests run last in each test process.

    Running last lets the seeded demo site live for the whole session (one ~15 s seed per process instead
    of one per module) without other tests ever seeing it; it is removed again at the end of the session.
    With xdist's --dist loadfile the order holds per worker, because work is handed out in collection order.
    """
    here = Path(__file__).parent
    browser_items = [item for item in items if here in Path(str(item.fspath)).parents]
    no_chromium = None
    if not CHROMIUM.exists():
        reason = f"Chromium is not installed at {CHROMIUM} (apt-get install chromium; .ci/run installs it)"
        # In CI a missing browser is a broken set-up, not a reason to pass without the journeys.
        if os.environ.get("CI"):
            raise pytest.UsageError(reason)
        no_chromium = pytest.mark.skip(reason=reason)
    for item in browser_items:
        item.add_marker(pytest.mark.browser)
        if no_chromium:
            item.add_marker(no_chromium)
    browser_ids = {id(item) for item in browser_items}
    items[:] = [item for item in items if id(item) not in browser_ids] + browser_items


# --- Database and server -------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _live_server_helper(request):
    """Replaces pytest-django's helper of the same name: no forced ``transactional_db`` (see module doc)."""
    if "live_server" not in request.fixturenames:
        yield
        return
    live_server = request.getfixturevalue("live_server")
    live_server._live_server_modified_settings.enable()
    yield
    live_server._live_server_modified_settings.disable()


def _clear_caches():
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()


@pytest.fixture(scope="session")
def demo_site(django_db_setup, django_db_blocker):
    """The demo site (``seed_demo``), built once per test process and undone at the end."""
    from django.core.management import call_command
    from django.db import connection

    with django_db_blocker.unblock():
        snapshot = connection.creation.serialize_db_to_string()
        started = time.monotonic()
        call_command("seed_demo", stdout=io.StringIO())
        _clear_caches()
        seconds = time.monotonic() - started
        print(f"\nseed_demo took {seconds:.1f} s")
        yield {"seed_seconds": seconds}
        call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
        connection.creation.deserialize_db_from_string(snapshot)
        _clear_caches()


@pytest.fixture(autouse=True)
def _db_access(demo_site, django_db_blocker):
    """Database access for the test and for the live server thread, committed at once (no test transaction)."""
    with django_db_blocker.unblock():
        yield


@pytest.fixture
def demo_password(settings):
    return settings.DEMO_PASSWORD


# --- Browser ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser(live_server):
    """One Chromium per test process. It depends on the live server so that it closes first: no request of
    a closing browser may reach a server thread whose shared SQLite connection was already handed back."""
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium); never `playwright install`."
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(params=list(VIEWPORTS), ids=list(VIEWPORTS))
def viewport(request):
    """Every test that uses a page runs on a desktop and on a phone (390×844)."""
    return request.param


@pytest.fixture
def new_context(browser, live_server, viewport):
    """Factory for extra, independent browser contexts (another user at the same time)."""
    contexts = []

    def make(**options):
        context = browser.new_context(
            base_url=live_server.url,
            locale="nl-NL",
            timezone_id="Europe/Amsterdam",
            **{**VIEWPORTS[viewport], **options},
        )
        context.set_default_timeout(DEFAULT_TIMEOUT_MS)
        contexts.append(context)
        return context

    make.contexts = contexts
    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def context(new_context):
    return new_context()


@pytest.fixture
def page(context):
    return context.new_page()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """When a browser test fails, keep a screenshot (and the HTML) of every page it had open."""
    outcome = yield
    report = outcome.get_result()
    if report.when != "call" or not report.failed:
        return
    pages = []
    for value in item.funcargs.values():
        if hasattr(value, "screenshot") and hasattr(value, "content"):
            pages.append(value)
        elif hasattr(value, "pages"):
            pages.extend(value.pages)
        for browser_context in getattr(value, "contexts", []):
            pages.extend(browser_context.pages)
    seen = []
    for candidate in pages:
        if candidate not in seen and not candidate.is_closed():
            seen.append(candidate)
    if not seen:
        return
    ARTIFACTS.mkdir(exist_ok=True)
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", item.nodeid)[-150:]
    saved = []
    for number, browser_page in enumerate(seen):
        name = stem if len(seen) == 1 else f"{stem}-{number}"
        try:
            browser_page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
            (ARTIFACTS / f"{name}.html").write_text(browser_page.content(), encoding="utf-8")
            saved.append(f"{ARTIFACTS / name}.png (last URL {browser_page.url})")
        except Exception as error:  # a crashed page must not hide the real failure
            saved.append(f"could not save {name}: {error}")
    report.sections.append(("browser artefacts", "\n".join(saved)))


# --- Helpers for tests -----------------------------------------------------------------------------------


def log_in(page, username, password, next_url=None):
    """Log in through the site's own login form, as a person would."""
    url = "/nl/account/login/" + (f"?next={next_url}" if next_url else "")
    page.goto(url)
    page.get_by_label(re.compile("gebruikersnaam|e-mail", re.I)).first.fill(username)
    page.get_by_label(re.compile("wachtwoord", re.I)).first.fill(password)
    page.locator("main form").filter(has=page.locator("input[type=password]")).locator(
        "button[type=submit], input[type=submit]"
    ).first.click()
    page.wait_for_load_state()


def open_menu(page):
    """Open the header's menu when it is folded away (on a phone): search, language, account links, main menu."""
    toggle = page.locator("[data-menu-toggle]")
    if toggle.is_visible() and toggle.get_attribute("aria-expanded") != "true":
        toggle.click()
    expect(page.locator("#site-tools")).to_be_visible()


def axe_violations(page, impacts=("serious", "critical")):
    """Run axe-core on the page as it is now; return the violations of the given impacts."""
    if not AXE_JS.exists():
        pytest.fail(f"{AXE_JS} is missing: run `npm ci --ignore-scripts` in the project root.")
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        # Evaluated through the DevTools protocol, not as a <script> tag, so the site's CSP stays on.
        page.evaluate(AXE_JS.read_text(encoding="utf-8") + "\n;undefined")
    result = page.evaluate("async () => await window.axe.run(document, {resultTypes: ['violations']})")
    return [violation for violation in result["violations"] if violation["impact"] in impacts]


def format_violations(violations):
    lines = []
    for violation in violations:
        lines.append(f"[{violation['impact']}] {violation['id']}: {violation['help']} ({violation['helpUrl']})")
        for node in violation["nodes"][:5]:
            lines.append(f"    at {' '.join(node['target'])}: {node['html'][:200]}")
    return "\n".join(lines)


def assert_accessible(page):
    violations = axe_violations(page)
    assert not violations, f"axe on {page.url}:\n{format_violations(violations)}"


def vnu_errors(paths):
    """Check HTML files with the Nu HTML Checker in one Java run; returns {file name: [error message, ...]}."""
    if not VNU_JAR.exists():
        pytest.fail(f"{VNU_JAR} is missing: run `npm ci --ignore-scripts` in the project root.")
    completed = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=180,
    )
    output = completed.stderr.strip() or completed.stdout.strip()
    messages = json.loads(output)["messages"] if output else []
    errors = {}
    for message in messages:
        if message.get("type") == "error" or message.get("subType") == "fatal":
            name = Path(message.get("url", "?").removeprefix("file:")).name
            errors.setdefault(name, []).append(
                f"line {message.get('lastLine', '?')}: {message.get('message')} — {message.get('extract', '').strip()[:160]}"
            )
    return errors


def project_template_exists(name):
    """True when the project itself provides the template (not only Django's admin fallback)."""
    from django.template import TemplateDoesNotExist
    from django.template.loader import get_template

    try:
        template = get_template(name)
    except TemplateDoesNotExist:
        return False
    return "site-packages" not in str(template.origin.name)


def log_in_context(context, base_url, username):
    """Give a browser context the session of ``username`` without the login form (for page sweeps)."""
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.test import Client

    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": base_url,
            }
        ]
    )
    return context
