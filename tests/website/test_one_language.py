"""Issue 14: one language per page. Every page type and e-mail is rendered in Dutch and in English, and
no text of the other language's catalogue may appear in it.

- On a Dutch page: no English translation (msgstr) from the project's catalogues.
- On an English page: no Dutch message id whose translation differs from it.
Only texts of at least MIN_WORDS words are looked for: short ones ("Sector", "Factsheet", "Contact") are the
same word in both languages. Text in an element marked with another language (lang="nl" around an untranslated
Dutch guide on an English page, the language switcher's own names) is left out: that is allowed and announced.
Pages are found as in tests/browser/pages.py, so a page type another app adds is checked without changes here;
the project's own admin screens (researchers, programme team) are checked in each user's admin language, and
the site's own mails in each language (Wagtail's workflow mails: tests/methodology/test_workflow.py).
"""

import html
import io
import re
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from tests.browser.pages import NAMED_VIEWS, _wagtail_pages

ROOT = Path(__file__).resolve().parents[2]
MIN_WORDS = 4
# Texts that may appear on pages of both languages, and why (besides the MIN_WORDS rule, which already skips
# single words like the switcher's "Nederlands" and "English" and the name "Leerambassadeurs").
ALLOWED_IN_BOTH = {
    "Nederlands",
    "English",  # the language switcher names each language in that language, on every page
    "Leerambassadeurs",  # the programme's proper name
}
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|%[sd]|\{\{?[^}]*\}?\}|<[^>]+>")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def catalogues():
    return [
        path
        for path in ROOT.glob("**/locale/en/LC_MESSAGES/django.po")
        if not {".venv", "node_modules"} & set(path.parts)
    ]


def fragments(text):
    """The parts of a catalogue text between placeholders and tags, of at least MIN_WORDS words."""
    parts = (html.unescape(part).strip(" .,:;?!()\n") for part in PLACEHOLDER.split(text))
    return {part for part in parts if len(part.split()) >= MIN_WORDS and part not in ALLOWED_IN_BOTH}


def foreign_texts():
    """{"nl": English texts that must not show on Dutch pages, "en": Dutch texts that must not show on English ones}."""
    english, dutch = set(), set()
    for path in catalogues():
        for entry in polib.pofile(str(path)):
            pairs = [(entry.msgid, entry.msgstr)]
            if entry.msgid_plural:
                pairs = [
                    (entry.msgid, entry.msgstr_plural.get(0, "")),
                    (entry.msgid_plural, entry.msgstr_plural.get(1, "")),
                ]
            for msgid, msgstr in pairs:
                if msgstr and msgstr != msgid:
                    english |= fragments(msgstr) - fragments(msgid)
                    dutch |= fragments(msgid) - fragments(msgstr)
    return {"nl": english, "en": dutch}


class VisibleText(HTMLParser):
    """Text and labelling attributes of a page, without scripts, styles and parts marked with another language."""

    def __init__(self, language):
        super().__init__(convert_charrefs=True)
        self.language, self.stack, self.parts = language, [], []

    def _other_language(self):
        return any(lang and not lang.startswith(self.language) for _tag, lang in self.stack)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag not in VOID:
            self.stack.append((tag, attrs.get("lang") or ("-" if tag in ("script", "style") else "")))
        if not self._other_language():
            self.parts += [attrs[name] for name in ("aria-label", "title", "alt", "placeholder") if attrs.get(name)]

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break

    def handle_data(self, data):
        if not self._other_language():
            self.parts.append(data)

    def text(self):
        return re.sub(r"\s+", " ", " ".join(self.parts))


def visible_text(content, language):
    parser = VisibleText(language)
    # The <html lang> itself is the page's language: only elements inside it that say otherwise are skipped.
    parser.feed(re.sub(r"<html[^>]*>", "<html>", content, count=1))
    return parser.text()


def found(text, forbidden):
    normalised = re.sub(r"\s+", " ", text)
    return sorted(phrase for phrase in forbidden if phrase in normalised)


def pages_in_both_languages():
    """(label, url, username) for every Wagtail page type in each language and every named view in each language."""
    pages = [(page.label, page.url, page.user) for page in _wagtail_pages()]
    for label, url_name, user, query in NAMED_VIEWS:
        if label.endswith("(en)"):
            continue
        for language in ("nl", "en"):
            with translation.override(language):
                pages.append((f"{label} ({language})", reverse(url_name) + query, user))
    pages += [
        ("Niet gevonden (nl)", "/nl/bestaat-niet-404/", None),
        ("Not found (en)", "/en/does-not-exist-404/", None),
    ]
    return pages


def language_of(url):
    return url.split("/")[1]


# Admin screens of the project itself, with who uses them. The admin follows each user's preferred language.
ADMIN_VIEWS = [
    ("evaluation_admin:export", "demo-researcher"),
    ("evaluation_admin:codebook", "demo-researcher"),
    ("evaluation_admin:log", "demo-admin"),
    ("programme_progress_report", "demo-programmateam"),
    ("programme_module_report", "demo-programmateam"),
]


def set_admin_language(user, language):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


@pytest.mark.django_db
def test_no_text_of_the_other_language_on_any_page_or_in_any_mail(client, settings):
    settings.ALLOW_DEMO_SEED = True
    call_command("seed_demo", stdout=io.StringIO())
    forbidden = foreign_texts()
    assert len(forbidden["nl"]) > 100 and len(forbidden["en"]) > 100, "the catalogues were not found"
    users = {user.username: user for user in get_user_model().objects.all()}
    problems = {}
    checked = 0
    for label, url, username in pages_in_both_languages():
        client.logout()
        if username:
            client.force_login(users[username])
        response = client.get(url)
        assert response.status_code in (200, 404), (label, url, response.status_code)
        language = language_of(url)
        wrong = found(visible_text(response.content.decode(), language), forbidden[language])
        if wrong:
            problems[f"{label} {url}"] = wrong
        checked += 1

    for language in ("nl", "en"):
        for url_name, username in ADMIN_VIEWS:
            set_admin_language(users[username], language)
            client.force_login(users[username])
            response = client.get(reverse(url_name))
            assert response.status_code == 200, (url_name, response.status_code)
            wrong = found(visible_text(response.content.decode(), language), forbidden[language])
            if wrong:
                problems[f"admin {url_name} ({language})"] = wrong
            checked += 1
        for subject, body in rendered_mails(client, users, language):
            wrong = found(subject + " " + body, forbidden[language])
            if wrong:
                problems[f"mail ({language}): {subject}"] = wrong
            checked += 1
    assert checked > 40
    assert not problems, "\n".join(f"{where}: {texts}" for where, texts in problems.items())


def rendered_mails(client, users, language):
    """(subject, body) of every mail the site sends, as it would be sent in `language`."""
    mails = []
    mail.outbox = []
    with translation.override(language):
        client.post(reverse("password_reset"), {"email": users["demo-ambassador"].email})
    mails += [(message.subject, message.body) for message in mail.outbox]
    assert mails, "no password reset mail was sent"
    context = {"invitation": None, "link": "https://example.org/x", "inviter": "Karin Jansen"}
    with translation.override(language):
        mails.append(
            (
                render_to_string("programme/emails/invitation_subject.txt", context),
                render_to_string("programme/emails/invitation.txt", context),
            )
        )
    return mails


def test_the_check_finds_the_other_language_but_not_text_marked_with_its_own_language():
    forbidden = foreign_texts()
    page = (
        '<html lang="en"><body><p>Weet je zeker dat je deze activiteit wilt verwijderen? Dit kun je niet ongedaan maken.</p>'
        '<article lang="nl"><p>Je bent aangemeld. Je vindt de bijeenkomst ook in je agenda via de agenda-knop.</p>'
        '</article><a aria-label="Naar het dashboard van je organisatie" href="/">x</a></body></html>'
    )
    assert found(visible_text(page, "en"), forbidden["en"]) == [
        "Naar het dashboard van je organisatie",
        "Weet je zeker dat je deze activiteit wilt verwijderen? Dit kun je niet ongedaan maken",
    ]
    assert "Are you sure you want to delete this activity? You cannot undo this" in forbidden["nl"]
