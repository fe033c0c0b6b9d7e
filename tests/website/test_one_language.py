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
Besides the page types: the account pages and every form the public and ambassadors fill in, also as they look
with errors (sign-up, login, password forms, activity, contact), the certificate check, the friendly 403, the
expired-form page, Mijn gegevens, the logged-out page and the coordinator's measurement form.
Two mails are Dutch in every language: a freed meetup place (to an ambassador) and the measurement reminder (to
a coordinator). The site does not know their language: they have no language preference of their own.

On Dutch pages, forms and mails people are addressed with "je": test_dutch_pages_forms_and_mails_say_je_not_u.
"""

import datetime
import html
import io
import re
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace

import polib
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core import mail
from django.core.management import call_command
from django.template.loader import render_to_string
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from tests.browser.pages import NAMED_VIEWS, _certificate_checks, _wagtail_pages

ROOT = Path(__file__).resolve().parents[2]
MIN_WORDS = 3
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
        for label, content in account_pages_and_forms(client, users, language):
            wrong = found(visible_text(content, language), forbidden[language])
            if wrong:
                problems[label] = wrong
            checked += 1
        for subject, body in rendered_mails(client, users, language):
            wrong = found(subject + " " + body, forbidden[language])
            if wrong:
                problems[f"mail ({language}): {subject}"] = wrong
            checked += 1
        # Dutch in every language, so never any English, whichever language is active when they are sent.
        for subject, body in dutch_only_mails(users, language):
            assert DUTCH_ONLY_MAIL_MARKERS & set(re.findall(r"\w+", body.lower())), body
            wrong = found(subject + " " + body, forbidden["nl"])
            if wrong:
                problems[f"Dutch-only mail (sent while {language} was active): {subject}"] = wrong
            checked += 1
    assert checked > 80
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


# Words that show a mail is the Dutch one (each Dutch-only mail has at least one).
DUTCH_ONLY_MAIL_MARKERS = {"je", "jij", "beste", "groet", "wachtlijst"}


def dutch_only_mails(users, language):
    """(subject, body) of the mails that are Dutch for everyone, sent while `language` is active: a freed meetup
    place (community/registration.py) and the reminder to fill in the measurement (evaluation/measurements.py)."""
    from community.models import MeetupPage
    from community.registration import _mail_promotion
    from evaluation.measurements import send_reminders
    from evaluation.models import MeasurementWave

    mail.outbox = []
    meetup = MeetupPage.objects.live().filter(locale__language_code="nl").order_by("start_at").last()
    assert meetup is not None, "seed_demo made no meetup"
    with translation.override(language):
        _mail_promotion(SimpleNamespace(pk=0, user=users["demo-ambassador"]), meetup)
        wave = MeasurementWave.objects.get(code="T1")
        result = send_reminders(wave, "https://example.org/nl/coordinator/metingen/T1/")
    assert result.messages_sent and len(mail.outbox) == 1 + result.messages_sent, "a Dutch-only mail was not sent"
    # One reminder is enough: they differ only in the name and organisation.
    return [(message.subject, message.body) for message in mail.outbox[:2]]


def account_pages_and_forms(client, users, language):
    """(label, HTML) of the account pages and forms in `language`, forms also as they look with errors."""
    from community.models import ContactPage
    from programme.models import AmbassadorProfile, Invitation

    rendered = []

    def visit(label, url, username=None, data=None, status=200, on=None, errors=False):
        """GET `url`, or POST `data` to it; `errors`: the form comes back with its error messages."""
        on = on or client
        on.logout()
        if username:
            on.force_login(users[username])
        response = on.post(url, data) if data is not None else on.get(url)
        assert response.status_code == status, (label, url, response.status_code)
        content = response.content.decode()
        assert not errors or "errorlist" in content or "message--error" in content, (label, "no error shown")
        rendered.append((f"{label} ({language}) {url}", content))
        return response

    coordinator = users["demo-coordinator"]
    organisation = AmbassadorProfile.objects.get(user=coordinator).organisation
    _invitation, token = Invitation.create_with_token(
        organisation=organisation,
        kind=AmbassadorProfile.Kind.AMBASSADOR,
        created_by=coordinator,
        expires_at=timezone.now() + datetime.timedelta(days=7),
    )
    contact = ContactPage.objects.live().filter(locale__language_code=language).first()
    assert contact is not None, f"seed_demo made no contact page in {language}"
    wrong_passwords = {"new_password1": "kort", "new_password2": "anders"}
    with translation.override(language):
        url = {
            name: reverse(name)
            for name in (
                "login",
                "logout",
                "password_change",
                "password_change_done",
                "password_reset",
                "password_reset_done",
                "password_reset_complete",
                "programme:invitations",
                "account_data:overview",
                "account_data:delete",
                "activitylog:activity_create",
            )
        }
        url["signup"] = reverse("programme:accept_invitation", args=[token])
        url["measurement"] = reverse("evaluation:measurement", args=["T1"])

    visit("Aanmelden met een uitnodiging", url["signup"])
    visit(
        "Aanmelden met fouten",
        url["signup"],
        data={"username": "nieuw", "email": "geen-adres", "password1": "kort", "password2": "anders"},
        status=400,
        errors=True,
    )
    for check in _certificate_checks():
        if language_of(check.url) == language:
            visit("Certificaat controleren", check.url)
    visit("Geen toegang (403)", url["programme:invitations"], "demo-ambassador", status=403)
    visit(
        "Formulier verlopen (CSRF)",
        url["login"],
        data={"username": "iemand", "password": "geheim"},
        status=403,
        on=Client(enforce_csrf_checks=True),
    )
    visit("Mijn gegevens", url["account_data:overview"], "demo-ambassador")
    visit("Account verwijderen", url["account_data:delete"], "demo-ambassador")
    visit("Uitgelogd", url["logout"], "demo-ambassador", data={})
    visit("Meting invullen", url["measurement"], "demo-coordinator")
    visit(
        "Inloggen met een fout wachtwoord",
        url["login"],
        data={"username": "demo-ambassador", "password": "fout"},
        errors=True,
    )
    visit(
        "Wachtwoord veranderen met fouten",
        url["password_change"],
        "demo-ambassador",
        data={"old_password": "fout", **wrong_passwords},
        errors=True,
    )
    visit("Wachtwoord veranderd", url["password_change_done"], "demo-ambassador")
    visit("Wachtwoord vergeten met fout", url["password_reset"], data={"email": "geen-adres"}, errors=True)
    visit("Wachtwoord-mail verstuurd", url["password_reset_done"])
    # The link in the reset mail; made now, as each login above changes the token.
    ambassador = get_user_model().objects.get(username="demo-ambassador")
    uid, token = urlsafe_base64_encode(force_bytes(ambassador.pk)), default_token_generator.make_token(ambassador)
    with translation.override(language):
        reset_link = reverse("password_reset_confirm", args=[uid, token])
    set_password = visit("Nieuw wachtwoord kiezen", reset_link, status=302)["Location"]
    client.get(set_password)  # the token moves to the session, as in a browser
    response = client.post(set_password, wrong_passwords)
    assert response.status_code == 200 and "errorlist" in response.content.decode(), set_password
    rendered.append((f"Nieuw wachtwoord kiezen met fouten ({language})", response.content.decode()))
    visit("Wachtwoord ingesteld", url["password_reset_complete"])
    visit("Activiteit met fouten", url["activitylog:activity_create"], "demo-ambassador", data={}, errors=True)
    visit("Contactformulier met fouten", contact.url, data={}, errors=True)
    return rendered


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


# "u" and "uw" as whole words, as Django's own Dutch texts have them ("Uw oude wachtwoord is niet juist ingevoerd").
# Not inside a word or a compound with a hyphen ("U-bocht", "Utrecht").
FORMAL_YOU = re.compile(r"(?<![\w-])(?:u|uw|U|Uw|UW)(?![\w-])")


def formal_you(text):
    """The sentences of `text` that address the reader with "u" or "uw"."""
    return [sentence.strip() for sentence in re.split(r"(?<=[.!?])\s+", text) if FORMAL_YOU.search(sentence)]


@pytest.mark.django_db
def test_dutch_pages_forms_and_mails_say_je_not_u(client, settings):
    """Ambassadors and organisations are addressed with "je": every Dutch page type, account page and form (also
    with its error messages) and mail, Django's own texts included."""
    settings.ALLOW_DEMO_SEED = True
    call_command("seed_demo", stdout=io.StringIO())
    users = {user.username: user for user in get_user_model().objects.all()}
    problems = {}
    checked = 0
    for label, url, username in pages_in_both_languages():
        if language_of(url) != "nl":
            continue
        client.logout()
        if username:
            client.force_login(users[username])
        response = client.get(url)
        assert response.status_code in (200, 404), (label, url, response.status_code)
        if wrong := formal_you(visible_text(response.content.decode(), "nl")):
            problems[f"{label} {url}"] = wrong
        checked += 1
    for label, content in account_pages_and_forms(client, users, "nl"):
        if wrong := formal_you(visible_text(content, "nl")):
            problems[label] = wrong
        checked += 1
    for subject, body in rendered_mails(client, users, "nl") + dutch_only_mails(users, "nl"):
        if wrong := formal_you(subject + "\n" + body):
            problems[f"mail: {subject}"] = wrong
        checked += 1
    assert checked > 50
    assert not problems, "\n".join(f"{where}: {texts}" for where, texts in problems.items())


def test_the_je_check_finds_u_and_uw_but_not_words_that_contain_them():
    assert formal_you("Uw oude wachtwoord is niet juist ingevoerd. Voer het opnieuw in.") == [
        "Uw oude wachtwoord is niet juist ingevoerd."
    ]
    assert formal_you("Kunt u dat nog eens doen?") == ["Kunt u dat nog eens doen?"]
    assert formal_you("Je vindt het in Utrecht, bij de uitgang. Let op de U-bocht.") == []
