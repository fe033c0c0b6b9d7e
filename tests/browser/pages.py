"""Which pages the accessibility and HTML checks visit: one of every page type, public and for ambassadors.

Wagtail page types are found in the seeded database (the first live Dutch page of each type, and its English
translation), so a page type that another app adds is checked without changing this file. Django views are
listed by URL name; a name, template or demo user that does not exist fails the test that asked for the pages.
"""

import re
from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from .conftest import log_in_context, project_template_exists

AMBASSADOR = "demo-ambassador"
COORDINATOR = "demo-coordinator"
CERTIFIED = "demo-ambassador-2"  # seed_demo lets this ambassador finish the programme
RESEARCHER = "demo-researcher"

# Page types that show more (progress, buttons, forms) to a logged-in ambassador: checked both ways.
AMBASSADOR_PAGE_TYPES = {"programmepage", "modulepage", "lessonpage", "meetuppage", "selfassessmentpage"}

# Django views: (label, URL name, who is logged in, query string).
NAMED_VIEWS = [
    ("Inloggen", "login", None, ""),
    ("Wachtwoord vergeten", "password_reset", None, ""),
    ("Wachtwoord vergeten (en)", "password_reset", None, ""),
    ("Mijn leerpad", "programme:my_path", AMBASSADOR, ""),
    ("Wachtwoord veranderen", "password_change", AMBASSADOR, ""),
    ("Toestemming onderzoek", "programme:consent", AMBASSADOR, ""),
    ("Uitnodigingen", "programme:invitations", COORDINATOR, ""),
    ("Certificaat", "programme:certificate", CERTIFIED, ""),
    ("Activiteiten", "activitylog:activity_list", AMBASSADOR, ""),
    ("Activiteit vastleggen", "activitylog:activity_create", AMBASSADOR, ""),
    ("Coordinator-dashboard", "activitylog:dashboard", COORDINATOR, ""),
    ("Metingen van de organisatie", "evaluation:measurements", COORDINATOR, ""),
    ("Onderzoeksdashboard", "evaluation:dashboard", RESEARCHER, ""),
    ("Onderzoeksdashboard (en)", "evaluation:dashboard", RESEARCHER, "?sector=care"),
    ("Zoeken", "search", None, "?q=gesprek"),
    ("Zoeken (en)", "search", None, "?q=conversation"),
]
# Views of django.contrib.auth render templates that the project must provide (Django's admin ships fallbacks
# that need the admin URLs, which this site does not mount: those count as missing).
TEMPLATES_NEEDED = {
    "login": "registration/login.html",
    "password_reset": "registration/password_reset_form.html",
    "password_change": "registration/password_change_form.html",
}

# Problems found in other apps' templates and not yet fixed: (check, regular expression searched in the URL,
# part of the message, where and how to fix). They are printed, not failed on, so that the checks still catch
# every NEW problem. Remove an entry as soon as it is fixed; all found so far are fixed.
KNOWN_ISSUES = []


def known_issue(check, url, message):
    for known_check, url_part, message_part, _where in KNOWN_ISSUES:
        if known_check == check and re.search(url_part, url) and message_part in message:
            return True
    return False


@dataclass(frozen=True)
class PageToCheck:
    label: str
    url: str
    user: str | None = None
    status: int = 200  # the error pages are checked too, with their own status

    @property
    def slug(self):
        return re.sub(r"[^a-z0-9]+", "-", f"{self.label} {self.user or ''}".lower()).strip("-")


def _wagtail_pages():
    from wagtail.models import Locale, Page, get_page_models

    found = []
    nl = Locale.objects.filter(language_code="nl").first()
    unseeded = []
    for model in get_page_models():
        if model is Page:
            continue
        first = model.objects.live().filter(locale=nl).order_by("path").first()
        if first is None or first.url is None:
            unseeded.append(model.__name__)
            continue
        name = model._meta.verbose_name.capitalize()
        found.append(PageToCheck(f"{name} ({model.__name__})", first.url))
        english = first.get_translations().live().filter(locale__language_code="en").first()
        if english is not None and english.url:
            found.append(PageToCheck(f"{name} ({model.__name__}, en)", english.url))
        if model._meta.model_name in AMBASSADOR_PAGE_TYPES:
            found.append(PageToCheck(f"{name} ({model.__name__}, ingelogd)", first.url, AMBASSADOR))
        # Routable index pages name one example of each kind of page below them (an organisation, a sector).
        for index, page in enumerate([first] + ([english] if english is not None and english.url else [])):
            for url in getattr(page.specific, "example_subpage_urls", lambda: [])():
                found.append(PageToCheck(f"{name} ({model.__name__}, subpagina{', en' if index else ''})", url))
    if unseeded:
        pytest.fail("page types without a live Dutch page in seed_demo, so unchecked: " + ", ".join(unseeded))
    return found


def _named_views():
    found, missing = [], []
    user_names = set(get_user_model().objects.values_list("username", flat=True))
    for label, url_name, user, query in NAMED_VIEWS:
        language = "en" if label.endswith("(en)") else "nl"
        with translation.override(language):
            try:
                url = reverse(url_name)
            except NoReverseMatch:
                missing.append(url_name)
                continue
        template = TEMPLATES_NEEDED.get(url_name)
        if template and not project_template_exists(template):
            missing.append(f"{url_name} (no template {template})")
            continue
        if user and user not in user_names:
            missing.append(f"{url_name} (no user {user})")
            continue
        found.append(PageToCheck(label, url + query, user))
    return found, missing


def _certificate_checks():
    """The public certificate check of the seeded certificate, in Dutch and English."""
    from programme.models import Certificate

    number = Certificate.objects.filter(is_public=True).values_list("number", flat=True).first()
    if number is None:
        pytest.fail("seed_demo made no public certificate, so the certificate check page is unchecked")
    found = []
    for language in ("nl", "en"):
        with translation.override(language):
            found.append(
                PageToCheck(
                    f"Certificaat controleren ({language})", reverse("programme:verify_certificate", args=[number])
                )
            )
    return found


def pages_to_check():
    """Every page type in the seeded site, plus the 404 and 403 pages; fails when a listed view cannot be visited."""
    named, missing = _named_views()
    if missing:
        pytest.fail("views listed in tests/browser/pages.py that cannot be visited: " + ", ".join(missing))
    return (
        _wagtail_pages()
        + named
        + _certificate_checks()
        + [
            PageToCheck("Pagina niet gevonden", "/nl/bestaat-niet-404/", status=404),
            PageToCheck("Geen toegang", "/nl/uitnodigingen/", AMBASSADOR, status=403),
        ]
    )


LOGIN_PATH = re.compile(r"/account/login/|/admin/login/")


def tabs_per_user(new_context, live_server, pages):
    """{user or None: an open browser tab with that person's session} for everyone the pages need, and the
    ambassador (a page that sends anonymous visitors to the login form is opened as the ambassador)."""
    tabs = {}
    for user in {page.user for page in pages} | {AMBASSADOR}:
        context = new_context()
        if user:
            log_in_context(context, live_server.url, user)
        tabs[user] = context.new_page()
    return tabs


def visit(tabs, page_to_check):
    """(tab, response, page_to_check): the page opened as its user, or logged in when it needs a login."""
    tab = tabs[page_to_check.user]
    response = tab.goto(page_to_check.url)
    if page_to_check.user is None and LOGIN_PATH.search(tab.url) and not LOGIN_PATH.search(page_to_check.url):
        page_to_check = PageToCheck(page_to_check.label + " (ingelogd)", page_to_check.url, AMBASSADOR)
        tab = tabs[AMBASSADOR]
        response = tab.goto(page_to_check.url)
    return tab, response, page_to_check


def expected_status(page_to_check):
    return page_to_check.status
