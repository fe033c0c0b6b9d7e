"""The permission matrix of docs/permissions.md, as tests: every protected URL × every role.

Outcomes:
* ``ok``    – the view lets this person in: 2xx, a redirect that is not to a login page, or 400 (let in, but the
              empty or wrong input was refused);
* ``login`` – not logged in: a redirect to the site's login page (/nl/account/login/) or the admin login;
* ``deny``  – logged in but not allowed: 403 or 404 (404 for someone else's object: we do not confirm it exists),
              or, in the Wagtail admin, Wagtail's own refusal (a redirect to the admin login for people without
              admin access, or to the admin dashboard with an error message for admins without the permission).

Object-level rows use the ids of objects that belong to *organisation A* (``ambassador`` and ``coordinator``);
``other_ambassador`` and ``other_coordinator`` work for organisation B and change those ids in the URL.

The same table renders docs/permissions.md (``render_markdown``); ``test_docs_match_the_table`` keeps them in step.
"""

import datetime
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.conf import settings
from django.db import transaction
from django.test import Client
from django.utils import timezone

ROLES = [
    "anonymous",
    "ambassador",
    "other_ambassador",
    "coordinator",
    "other_coordinator",
    "researcher",
    "editor",
    "moderator",
    "programme_team",
    "superuser",
]
ROLE_TITLES = {
    "anonymous": "anonymous",
    "ambassador": "ambassador (org A)",
    "other_ambassador": "ambassador (org B)",
    "coordinator": "coordinator (org A)",
    "other_coordinator": "coordinator (org B)",
    "researcher": "researcher",
    "editor": "editor",
    "moderator": "moderator",
    "programme_team": "programme team",
    "superuser": "admin",
}
pytestmark = pytest.mark.django_db

DOC = Path(settings.BASE_DIR) / "docs" / "permissions.md"


@dataclass(frozen=True)
class Row:
    name: str
    method: str
    path: str  # with {placeholders} filled from World
    expected: tuple  # one outcome per role, in ROLES order
    note: str = ""
    data: dict = field(default_factory=dict)


def row(name, method, path, spec, note="", data=None):
    """spec: 10 letters in ROLES order: o = ok, l = login, d = deny."""
    outcomes = {"o": "ok", "l": "login", "d": "deny"}
    assert len(spec) == len(ROLES), name
    return Row(name, method, path, tuple(outcomes[c] for c in spec), note, data or {})


#                                                                     anon amb ambB coord coordB res edit mod team admin
TABLE = [
    # Mijn gegevens (website/account_urls.py)
    row("Mijn gegevens", "GET", "/nl/mijn-gegevens/", "looooooooo"),
    row(
        "Mijn gegevens: download JSON",
        "GET",
        "/nl/mijn-gegevens/download.json",
        "looooooooo",
        "each person only ever gets their own data",
    ),
    row("Mijn gegevens: download CSV (zip)", "GET", "/nl/mijn-gegevens/download.zip", "looooooooo"),
    row(
        "Mijn gegevens: delete account",
        "GET",
        "/nl/mijn-gegevens/verwijderen/",
        "looooooood",
        "administrators are removed by another administrator",
    ),
    # Programme (programme/urls.py)
    row("Mijn leerpad", "GET", "/nl/mijn-leerpad/", "looooooooo", "no profile: a page that explains"),
    row("Certificate", "GET", "/nl/mijn-leerpad/certificaat/", "looooddddd"),
    row(
        "Certificate check (public)",
        "GET",
        "/nl/certificaat/{certificate_number}/",
        "oooooooooo",
        "name, programme, date and validity only; 404 once its owner switches the check off",
    ),
    row("Research consent", "GET", "/nl/mijn-leerpad/toestemming/", "looooddddd"),
    row("Complete a lesson", "POST", "/nl/leerpad/les/{lesson_key}/afronden/", "looooddddd"),
    row("Reopen a lesson", "POST", "/nl/leerpad/les/{lesson_key}/heropenen/", "looooddddd"),
    row(
        "Save a reflection",
        "POST",
        "/nl/leerpad/les/{lesson_key}/reflectie/{reflection_id}/",
        "looooddddd",
        data={"answer": "Mijn antwoord"},
    ),
    row(
        "Answer a knowledge check",
        "POST",
        "/nl/leerpad/les/{lesson_key}/kennisvraag/{check_id}/",
        "looooddddd",
        data={"option": "1"},
    ),
    row("Self-assessment", "GET", "/nl/leerpad/module/{module_key}/zelfinschatting/before/", "looooddddd"),
    row("Invitations", "GET", "/nl/uitnodigingen/", "lddoodddoo", "coordinators for their own organisation"),
    row(
        "Revoke an invitation of org A",
        "POST",
        "/nl/uitnodigingen/{invitation_id}/intrekken/",
        "lddoddddoo",
        "org B's coordinator gets 404",
    ),
    # Activity log (activitylog/urls.py)
    row("Activity list", "GET", "/nl/activiteiten/", "looddddddd", "ambassadors only, each their own"),
    row("New activity", "GET", "/nl/activiteiten/nieuw/", "looddddddd"),
    row(
        "Edit an activity of org A's ambassador",
        "GET",
        "/nl/activiteiten/{activity_id}/bewerken/",
        "lodddddddd",
        "anyone else gets 404",
    ),
    row("Save an activity of org A's ambassador", "POST", "/nl/activiteiten/{activity_id}/bewerken/", "lodddddddd"),
    row(
        "Delete an activity of org A's ambassador", "POST", "/nl/activiteiten/{activity_id}/verwijderen/", "lodddddddd"
    ),
    row("Coordinator dashboard", "GET", "/nl/coordinator/", "lddooddddd", "always the coordinator's own organisation"),
    row("Coordinator export (CSV)", "GET", "/nl/coordinator/export.csv", "lddooddddd"),
    # Measurement waves, coordinator's side (evaluation/urls.py)
    row(
        "Measurements of the organisation",
        "GET",
        "/nl/coordinator/metingen/",
        "lddooddddd",
        "always the coordinator's own organisation",
    ),
    row(
        "Measurement form",
        "GET",
        "/nl/coordinator/metingen/{wave_code}/",
        "lddooddddd",
        "org B's coordinator sees org B's measurement, never org A's",
    ),
    row(
        "Save a measurement",
        "POST",
        "/nl/coordinator/metingen/{wave_code}/",
        "lddooddddd",
        "each coordinator writes only their own organisation's row",
        data={"headcount": "10", "save": "1"},
    ),
    # Research dashboard (evaluation/urls.py)
    row(
        "Research dashboard",
        "GET",
        "/nl/onderzoeksdashboard/",
        "lddddoddoo",
        "researchers and the programme team; a coordinator gets nothing, not even their own organisation",
    ),
    row("Research dashboard (English, filtered)", "GET", "/en/research-dashboard/?sector=schoonmaak", "lddddoddoo"),
    # Community (community/urls.py)
    row("Register for a meetup", "POST", "/nl/community/meetups/{meetup_id}/register/", "looooddddd"),
    row(
        "Cancel org A ambassador's registration",
        "POST",
        "/nl/community/meetups/{meetup_id}/cancel/",
        "lodddddddd",
        "cancelling only ever touches your own registration: 404 when you have none",
    ),
    row(
        "Meetup calendar file",
        "GET",
        "/nl/community/meetups/{meetup_id}/calendar.ics",
        "oooooooooo",
        "public; the online link only for people with a place",
    ),
    # Wagtail admin
    row("Admin dashboard", "GET", "/admin/", "lddddooooo"),
    row("Admin: page explorer", "GET", "/admin/pages/{home_id}/", "ldddddoodo"),
    row("Admin: all lessons (listing)", "GET", "/admin/lessons/", "ldddddoodo"),
    row(
        "Admin: participant progress report",
        "GET",
        "/admin/reports/programme-progress/",
        "ldddddddoo",
        "needs programme.view_lessonprogress",
    ),
    row("Admin: module completion report", "GET", "/admin/reports/programme-modules/", "ldddddddoo"),
    row("Admin: participants (profiles)", "GET", "/admin/snippets/programme/ambassadorprofile/", "ldddddddoo"),
    row(
        "Admin: edit a participant profile",
        "GET",
        "/admin/snippets/programme/ambassadorprofile/edit/{profile_id}/",
        "ldddddddoo",
    ),
    row("Admin: cohorts", "GET", "/admin/snippets/programme/cohort/", "ldddddddoo"),
    row("Admin: organisations", "GET", "/admin/snippets/community/organisation/", "ldddddddoo"),
    row("Admin: measurement waves", "GET", "/admin/meetrondes/", "ldddddddoo", "needs evaluation.view_measurementwave"),
    row("Admin: new measurement wave", "GET", "/admin/meetrondes/new/", "ldddddddoo"),
    row(
        "Admin: who submitted in a wave",
        "GET",
        "/admin/meetrondes/{wave_id}/inzendingen/",
        "ldddddddoo",
        "needs evaluation.view_organisationmeasurement",
    ),
    row(
        "Admin: remind who has not submitted",
        "POST",
        "/admin/meetrondes/{wave_id}/herinneren/",
        "ldddddddoo",
        "needs evaluation.change_organisationmeasurement",
    ),
    row("Admin: org A's measurement", "GET", "/admin/meetrondes/meting/{measurement_id}/", "ldddddddoo"),
    row(
        "Admin: reopen org A's measurement",
        "POST",
        "/admin/meetrondes/meting/{measurement_id}/heropenen/",
        "ldddddddoo",
        "logged (Wagtail log entry)",
    ),
    row("Admin: evaluation export", "GET", "/admin/evaluatie-export/", "lddddodddo"),
    row(
        "Admin: evaluation export (download)",
        "POST",
        "/admin/evaluatie-export/",
        "lddddodddo",
        "the researcher gets 400 here: the empty form is refused",
    ),
    row("Admin: evaluation codebook", "GET", "/admin/evaluatie-export/codeboek/", "lddddodddo"),
    row("Admin: export log", "GET", "/admin/evaluatie-export/logboek/", "lddddddddo"),
    row("Admin: start requests (self-assessment)", "GET", "/admin/snippets/methodology/startrequest/", "lddddddooo"),
    row("Admin: forms with submissions", "GET", "/admin/forms/", "ldddddoodo"),
    row("Admin: contact form submissions", "GET", "/admin/forms/submissions/{contact_id}/", "lddddddodo"),
    row("Admin: documents", "GET", "/admin/documents/", "ldddddoodo"),
    row("Admin: images", "GET", "/admin/images/", "ldddddoodo"),
    row(
        "Admin: site history (audit log)",
        "GET",
        "/admin/reports/site-history/",
        "lddddooooo",
        "Wagtail lists only entries about objects the person may see",
    ),
    row("Admin: users", "GET", "/admin/users/", "lddddddddo"),
    row("Admin: groups", "GET", "/admin/groups/", "lddddddddo"),
]


class World:
    """The objects a row's URL points at, made only when the row needs them."""

    def __init__(self, request):
        self.request = request
        self._cache = {}

    def fixture(self, name):
        return self.request.getfixturevalue(name)

    def _get(self, key, make):
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]

    @property
    def programme(self):
        def make():
            from tests.programme.conftest import build_programme

            _programme, modules, lessons = build_programme(self.fixture("home_page"), modules=1, lessons_per_module=1)
            return modules[0], lessons[modules[0].pk][0]

        return self._get("programme", make)

    @property
    def lesson_key(self):
        return self.programme[1].translation_key

    @property
    def module_key(self):
        return self.programme[0].translation_key

    def _block_id(self, block_type):
        return next(block.id for block in self.programme[1].body if block.block_type == block_type)

    @property
    def reflection_id(self):
        return self._block_id("reflection")

    @property
    def check_id(self):
        return self._block_id("knowledge_check")

    @property
    def home_id(self):
        return self.fixture("home_page").pk

    @property
    def certificate_number(self):
        def make():
            from programme.models import Certificate

            return Certificate.issue(self.fixture("ambassador"), timezone.now()).number

        return self._get("certificate", make)

    @property
    def invitation_id(self):
        def make():
            from programme.models import Invitation

            return Invitation.objects.create(
                token_hash="x" * 64, organisation=self.fixture("organisation"), created_by=self.fixture("coordinator")
            ).pk

        return self._get("invitation", make)

    @property
    def activity_id(self):
        def make():
            from activitylog.models import Activity, ActivityType

            owner = self.fixture("ambassador")
            return Activity.objects.create(
                user=owner,
                organisation=owner.ambassador_profile.organisation,
                activity_type=ActivityType.FOLLOW_UP,
                date=timezone.localdate() - datetime.timedelta(days=1),
                colleagues_reached=1,
                private_note="privé",
            ).pk

        return self._get("activity", make)

    @property
    def meetup_id(self):
        def make():
            from community.models import MeetupRegistration

            meetup = self.fixture("make_meetup")("matrix", capacity=5, online_url="https://meet.example/geheim")
            MeetupRegistration.objects.create(
                meetup=meetup, user=self.fixture("ambassador"), status=MeetupRegistration.Status.CONFIRMED
            )
            return meetup.pk

        return self._get("meetup", make)

    @property
    def wave(self):
        def make():
            from evaluation.models import MeasurementWave

            today = timezone.localdate()
            return MeasurementWave.objects.create(
                code="T1",
                name="Eerste jaarmeting",
                opens_on=today - datetime.timedelta(days=1),
                closes_on=today + datetime.timedelta(days=10),
            )

        return self._get("wave", make)

    @property
    def wave_code(self):
        return self.wave.code

    @property
    def wave_id(self):
        return self.wave.pk

    @property
    def measurement_id(self):
        def make():
            from evaluation.models import OrganisationMeasurement

            return OrganisationMeasurement.objects.create(
                wave=self.wave,
                organisation=self.fixture("organisation"),
                status="submitted",
                submitted_at=timezone.now(),
                headcount=50,
                practically_educated_count=20,
                trained_count=10,
                practically_educated_trained_count=4,
                active_ambassadors=2,
                facilitated_hours=30,
                phase="preparation",
            ).pk

        return self._get("measurement", make)

    @property
    def profile_id(self):
        return self.fixture("ambassador").ambassador_profile.pk

    @property
    def contact_id(self):
        def make():
            from community.models import ContactFormField, ContactPage
            from website.seeding import get_or_create_child_page

            return get_or_create_child_page(
                self.fixture("home_page"),
                ContactPage,
                "contact",
                title="Contact",
                to_address="a@example.org",
                from_address="b@example.org",
                subject="Aanvraag",
                form_fields=[ContactFormField(sort_order=0, label="Naam", field_type="singleline", required=True)],
            ).pk

        return self._get("contact", make)

    def url(self, template):
        names = [part.split("}")[0] for part in template.split("{")[1:]]
        return template.format(**{name: getattr(self, name) for name in names})


def outcome(response, user_is_anonymous):
    status = response.status_code
    location = response.get("Location", "")
    if status in (301, 302, 303):
        if "/account/login/" in location or location.startswith("/admin/login/"):
            return "login" if user_is_anonymous else "deny"
        if location.rstrip("/") == "/admin" and response.request["PATH_INFO"] != "/admin/":
            return "deny"  # Wagtail: "Sorry, you do not have permission to access this area."
        return "ok"
    if status in (403, 404):
        return "deny"
    if status < 300 or status == 400:
        return "ok"
    return f"unexpected {status}"


def client_for(world, role):
    client = Client()
    if role != "anonymous":
        client.force_login(world.fixture(role))
    return client


def check(world, table_row, role):
    url = world.url(table_row.path)
    if role == "anonymous":
        world.fixture("home_page")
    client = client_for(world, role)
    with transaction.atomic():
        response = client.get(url) if table_row.method == "GET" else client.post(url, table_row.data)
        transaction.set_rollback(True)
    return outcome(response, role == "anonymous"), response


@pytest.mark.parametrize("table_row", TABLE, ids=[r.name for r in TABLE])
def test_permission_matrix(request, table_row):
    """Every role against one URL."""
    world = World(request)
    wrong = []
    for role, expected in zip(ROLES, table_row.expected, strict=False):
        got, response = check(world, table_row, role)
        if got != expected:
            wrong.append(
                f"{role}: expected {expected}, got {got} ({response.status_code} {response.get('Location', '')})"
            )
    assert not wrong, f"{table_row.method} {table_row.path}\n" + "\n".join(wrong)


def test_editors_do_not_see_contact_form_submissions(request, editor, moderator):
    """Contact-form submissions hold names and e-mail addresses: the forms list stays empty for editors."""
    world = World(request)
    submissions_url = world.url("/admin/forms/submissions/{contact_id}/")
    as_editor = client_for(world, "editor").get("/admin/forms/").content.decode()
    as_moderator = client_for(world, "moderator").get("/admin/forms/").content.decode()
    assert submissions_url in as_moderator
    assert submissions_url not in as_editor


# --- Object-level: changing an id in the URL changes nothing ------------------------------------------------------


def test_changing_ids_in_urls_changes_nothing(request, other_ambassador, other_coordinator):
    from activitylog.models import Activity
    from community.models import MeetupRegistration
    from programme.models import Invitation

    world = World(request)
    activity_id, invitation_id, meetup_id = world.activity_id, world.invitation_id, world.meetup_id
    ambassador_b = client_for(world, "other_ambassador")
    assert ambassador_b.post(f"/nl/activiteiten/{activity_id}/verwijderen/").status_code == 404
    assert (
        ambassador_b.post(
            f"/nl/activiteiten/{activity_id}/bewerken/",
            {
                "date": timezone.localdate().isoformat(),
                "activity_type": "group_session",
                "colleagues_reached": "1",
                "private_note": "overschreven",
            },
        ).status_code
        == 404
    )
    assert ambassador_b.get(f"/nl/activiteiten/{activity_id}/bewerken/").status_code == 404
    assert ambassador_b.post(f"/nl/community/meetups/{meetup_id}/cancel/").status_code == 404
    coordinator_b = client_for(world, "other_coordinator")
    assert coordinator_b.post(f"/nl/uitnodigingen/{invitation_id}/intrekken/").status_code == 404
    activity = Activity.objects.get(pk=activity_id)
    assert activity.private_note == "privé" and activity.colleagues_reached == 1
    assert Invitation.objects.get(pk=invitation_id).revoked_at is None
    assert MeetupRegistration.objects.filter(meetup_id=meetup_id, user=world.fixture("ambassador")).exists()


def test_private_note_and_other_organisations_never_reach_a_coordinator(request, other_coordinator):
    world = World(request)
    world.activity_id  # noqa: B018 - creates the activity with its private note
    for role in ("coordinator", "other_coordinator"):
        client = client_for(world, role)
        for url in ("/nl/coordinator/", "/nl/coordinator/export.csv"):
            response = client.get(url)
            assert response.status_code == 200
            assert "privé" not in response.content.decode("utf-8-sig")
    csv_b = client_for(world, "other_coordinator").get("/nl/coordinator/export.csv")
    assert "zorg-test" in csv_b["Content-Disposition"] and "schoonmaak-test" not in csv_b["Content-Disposition"]


def test_measurements_never_reach_another_organisations_coordinator(request, other_coordinator):
    from evaluation.models import OrganisationMeasurement

    world = World(request)
    OrganisationMeasurement.objects.filter(pk=world.measurement_id).update(comment="Alleen voor organisatie A")
    url = world.url("/nl/coordinator/metingen/{wave_code}/")
    assert "Alleen voor organisatie A" in client_for(world, "coordinator").get(url).content.decode()
    coordinator_b = client_for(world, "other_coordinator")
    assert "Alleen voor organisatie A" not in coordinator_b.get(url).content.decode()
    assert "Alleen voor organisatie A" not in coordinator_b.get("/nl/coordinator/metingen/").content.decode()
    assert coordinator_b.get(world.url("/admin/meetrondes/meting/{measurement_id}/")).status_code == 302
    assert coordinator_b.post(world.url("/admin/meetrondes/meting/{measurement_id}/heropenen/")).status_code == 302
    assert OrganisationMeasurement.objects.get(pk=world.measurement_id).status == "submitted"


def test_invitation_lists_show_only_the_own_organisation(request, other_coordinator):
    from programme.models import Invitation

    world = World(request)
    Invitation.objects.filter(pk=world.invitation_id).update(note="Voor Fatima uit ploeg B")
    assert "Voor Fatima" in client_for(world, "coordinator").get("/nl/uitnodigingen/").content.decode()
    assert "Voor Fatima" not in client_for(world, "other_coordinator").get("/nl/uitnodigingen/").content.decode()


def test_online_link_in_calendar_only_for_people_with_a_place(request):
    world = World(request)
    url = f"/nl/community/meetups/{world.meetup_id}/calendar.ics"
    assert "meet.example/geheim" not in Client().get(url).content.decode()
    assert "meet.example/geheim" not in client_for(world, "other_ambassador").get(url).content.decode()
    assert "meet.example/geheim" in client_for(world, "ambassador").get(url).content.decode()


# --- docs/permissions.md is rendered from TABLE --------------------------------------------------------------------

SYMBOLS = {"ok": "✔", "login": "→ login", "deny": "✘"}
START, END = "<!-- matrix:start -->", "<!-- matrix:end -->"


def render_markdown(table=TABLE):
    lines = [
        "| What | Method and URL | " + " | ".join(ROLE_TITLES[role] for role in ROLES) + " | Note |",
        "|---|---|" + "---|" * len(ROLES) + "---|",
    ]
    for r in table:
        cells = [SYMBOLS[expected] for expected in r.expected]
        lines.append(f"| {r.name} | `{r.method} {r.path}` | " + " | ".join(cells) + f" | {r.note} |")
    return "\n".join(lines)


def test_docs_match_the_table():
    text = DOC.read_text(encoding="utf-8")
    assert START in text and END in text
    documented = text.split(START, 1)[1].split(END, 1)[0].strip()
    assert documented == render_markdown(), "Run: python -m tests.privacy.test_permission_matrix > table, and paste"


if __name__ == "__main__":  # pragma: no cover - prints the table for docs/permissions.md
    import django

    django.setup()
    print(render_markdown())
