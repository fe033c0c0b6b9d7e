"""Fixtures for the evaluation exports: a key, a small programme, and participants with and without consent.

The people in `research_data` have names, e-mail addresses and usernames that contain letters outside
0-9a-f, so a hit when scanning an export can never be a coincidence inside a (hexadecimal) pseudonym.
"""

import csv
import datetime
import io
import zipfile

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from activitylog.models import Activity
from community.models import Organisation
from programme.models import (
    AmbassadorProfile,
    Cohort,
    KnowledgeCheckAnswer,
    LessonPage,
    LessonProgress,
    ModuleCompletion,
    ModulePage,
    ProgrammePage,
    ReflectionAnswer,
    SelfAssessment,
)
from website.seeding import get_or_create_child_page

TEST_KEY = "test-pseudonym-key-0123456789abcdef"
REFLECTION_TEXT = "Mijn geheime reflectie over Zwanenburg"
PRIVATE_NOTE = "Privénotitie over collega Quirijn"
INJECTED_TITLE = '=HYPERLINK("http://evil.example","klik")'


@pytest.fixture(autouse=True)
def pseudonym_key(settings):
    settings.EVALUATION_PSEUDONYM_KEY = TEST_KEY
    return TEST_KEY


@pytest.fixture
def no_pseudonym_key(settings, monkeypatch):
    del settings.EVALUATION_PSEUDONYM_KEY
    monkeypatch.delenv("EVALUATION_PSEUDONYM_KEY", raising=False)


def aware(*args):
    return timezone.make_aware(datetime.datetime(*args))


@pytest.fixture
def programme_tree(home_page):
    """Programme → one module → two lessons (one with a title that looks like a spreadsheet formula)."""
    programme = get_or_create_child_page(home_page, ProgrammePage, "programma", title="Ontwikkelprogramma")
    module = get_or_create_child_page(
        programme,
        ModulePage,
        "het-gesprek",
        title="Het gesprek over leren",
        intro="Hoe begin je een gesprek over leren?",
    )
    lesson = get_or_create_child_page(module, LessonPage, "aanspreken", title="Aanspreken op de werkvloer")
    tricky = get_or_create_child_page(module, LessonPage, "formule", title=INJECTED_TITLE)
    return {"programme": programme, "module": module, "lesson": lesson, "tricky": tricky}


def make_person(username, first, last, organisation, cohort=None, consent=True, kind=AmbassadorProfile.Kind.AMBASSADOR):
    user = get_user_model().objects.create_user(
        username=username,
        email=f"{username}@voorbeeld-mail.org",
        first_name=first,
        last_name=last,
        password="not-used-in-these-tests",
    )
    profile = AmbassadorProfile.objects.create(
        user=user,
        organisation=organisation,
        kind=kind,
        cohort=cohort,
        job_category="cleaning",
        start_date=datetime.date(2025, 3, 3),
    )
    if consent:
        profile.give_consent()
    return user


@pytest.fixture
def research_data(db, programme_tree, sector, other_organisation):
    """Participants in two organisations and sectors, with progress, answers, self-assessments and activities."""
    # The sectors of the shared fixtures (slugs schoonmaak and zorg), so both can be used in one test.
    cleaning, care = sector, other_organisation.sector
    helder = Organisation.objects.create(
        name="Helder Schoonmaak", slug="helder", sector=cleaning, province="UT", size_class="large"
    )
    linde = Organisation.objects.create(
        name="Zorggroep De Linde", slug="linde", sector=care, province="GE", size_class="medium"
    )
    spring = Cohort.objects.create(slug="voorjaar", name="Voorjaar", start_date=datetime.date(2025, 3, 3))
    autumn = Cohort.objects.create(slug="najaar", name="Najaar", start_date=datetime.date(2025, 9, 1))

    people = {
        "sanne": make_person("sannewyk", "Zwaantje", "Kwakkelstein", helder, spring),
        "mehmet": make_person("mehmetyz", "Mehmet", "Yilmazoglu", linde, autumn),
        "withdrawn": make_person("wimterug", "Wim", "Teruggetrokken", helder, spring),
        "never": make_person("nooitja", "Noortje", "Zonderjawoord", helder, spring, consent=False),
        "coordinator": make_person(
            "karinco", "Karin", "Jorritsma", helder, None, kind=AmbassadorProfile.Kind.COORDINATOR
        ),
    }
    people["withdrawn"].ambassador_profile.withdraw_consent()
    get_user_model().objects.create_user(
        username="ruudonderzoek",
        email="ruud@onderzoek-mail.org",
        first_name="Ruud",
        last_name="Wetenschapper",
        password="x",
    )

    module, lesson, tricky = programme_tree["module"], programme_tree["lesson"], programme_tree["tricky"]
    module_key, lesson_key = module.translation_key, lesson.translation_key
    revision = lesson.get_latest_revision()
    for name, started, completed in [
        ("sanne", aware(2025, 4, 1, 9, 0), aware(2025, 4, 1, 9, 30)),
        ("mehmet", aware(2025, 5, 31, 23, 30), None),  # late evening local time: still 31 May
        ("withdrawn", aware(2025, 4, 2, 10, 0), aware(2025, 4, 2, 10, 20)),
        ("never", aware(2025, 4, 3, 10, 0), None),
    ]:
        LessonProgress.objects.create(
            user=people[name],
            lesson_key=lesson_key,
            lesson=lesson,
            module_key=module_key,
            started_at=started,
            completed_at=completed,
            completed_revision=revision if completed else None,
        )
    LessonProgress.objects.create(
        user=people["sanne"],
        lesson_key=tricky.translation_key,
        lesson=tricky,
        module_key=module_key,
        started_at=aware(2025, 4, 1, 10, 0),
    )
    for name in ("sanne", "withdrawn", "never"):
        ModuleCompletion.objects.create(
            user=people[name], module_key=module_key, module=module, completed_at=aware(2025, 4, 5, 12, 0)
        )
    for name in ("sanne", "withdrawn"):
        for minute, (option, correct) in enumerate([(2, False), (1, True)]):
            KnowledgeCheckAnswer.objects.create(
                user=people[name],
                lesson_key=lesson_key,
                block_id="vraag-1",
                chosen_option=option,
                is_correct=correct,
                answered_at=aware(2025, 4, 1, 9, 10 + minute),
            )
        ReflectionAnswer.objects.create(
            user=people[name], lesson_key=lesson_key, block_id="reflectie-1", answer=REFLECTION_TEXT
        )
        for moment, score, day in [("before", 2, 1), ("after", 4, 6)]:
            SelfAssessment.objects.create(
                user=people[name],
                module_key=module_key,
                moment=moment,
                confidence_role=score,
                confidence_conversation=score,
                confidence_referral=score,
                confidence_support=score,
                submitted_at=aware(2025, 4, day, 8, 0),
            )
    activities = []
    for name, organisation, day in [("sanne", helder, 10), ("mehmet", linde, 11), ("withdrawn", helder, 12)]:
        activities.append(
            Activity.objects.create(
                user=people[name],
                organisation=organisation,
                date=datetime.date(2025, 4, day),
                activity_type="individual_conversation",
                colleagues_reached=3,
                interested=2,
                registered=1,
                started=1,
                completed=0,
                certificates=0,
                learning_kind="work_course",
                referral_destination="om_fund",
                private_note=PRIVATE_NOTE,
            )
        )
    waves, measurements = make_measurements(helder, linde, people["coordinator"])
    return {
        "waves": waves,
        "measurements": measurements,
        "people": people,
        "organisations": {"helder": helder, "linde": linde},
        "sectors": {"schoonmaak": cleaning, "zorg": care},
        "cohorts": {"voorjaar": spring, "najaar": autumn},
        "module": module,
        "lesson": lesson,
        "tricky": tricky,
        "activities": activities,
    }


COMMENT_WITH_CONTACTS = "Vragen? Mail karinco@voorbeeld-mail.org of bel +31 (0)6 1234 5678. Leerbeleid sinds 3-2-2025."
MEASUREMENT_FIGURES = {
    "headcount": 300,
    "practically_educated_count": 120,
    "trained_count": 90,
    "practically_educated_trained_count": 24,
    "active_ambassadors": 4,
    "facilitated_hours": 160,
    "phase": "implementation",
}


def make_measurements(helder, linde, coordinator):
    """T0 (closed, both submitted), T1 (open: helder submitted, linde a draft). Only submitted ones are exported."""
    from evaluation.models import MeasurementWave, OrganisationMeasurement

    today = timezone.localdate()
    t0 = MeasurementWave.objects.create(
        code="T0", name="Nulmeting", opens_on=datetime.date(2025, 1, 6), closes_on=datetime.date(2025, 2, 28)
    )
    t1 = MeasurementWave.objects.create(
        code="T1",
        name="Eerste jaarmeting",
        opens_on=today - datetime.timedelta(days=10),
        closes_on=today + datetime.timedelta(days=30),
    )
    submitted = {"status": "submitted", "submitted_by": coordinator}
    measurements = {
        ("helder", "T0"): OrganisationMeasurement.objects.create(
            wave=t0,
            organisation=helder,
            **MEASUREMENT_FIGURES,
            has_budget=True,
            comment=COMMENT_WITH_CONTACTS,
            submitted_at=aware(2025, 2, 27, 23, 30),
            **submitted,
        ),
        ("linde", "T0"): OrganisationMeasurement.objects.create(
            wave=t0,
            organisation=linde,
            **{**MEASUREMENT_FIGURES, "phase": "exploration"},
            submitted_at=aware(2025, 1, 20, 9, 0),
            **submitted,
        ),
        ("helder", "T1"): OrganisationMeasurement.objects.create(
            wave=t1,
            organisation=helder,
            **{**MEASUREMENT_FIGURES, "practically_educated_trained_count": 36},
            has_budget=True,
            has_time_off=True,
            submitted_at=timezone.now(),
            **submitted,
        ),
        ("linde", "T1"): OrganisationMeasurement.objects.create(wave=t1, organisation=linde, headcount=80),
    }
    return {"T0": t0, "T1": t1}, measurements


# --- Reading exports back ------------------------------------------------------------------------


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def read_xlsx(path, sheet=None):
    workbook = openpyxl.load_workbook(path, read_only=True)
    worksheet = workbook[sheet] if sheet else workbook.worksheets[0]
    rows = [list(row) for row in worksheet.iter_rows(values_only=True)]
    workbook.close()
    header, *data = rows
    return [dict(zip(header, row, strict=False)) for row in data]


def read_package_csv(path, name):
    with zipfile.ZipFile(path) as archive:
        text = archive.read(f"data/{name}.csv").decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def export_text(path):
    """Every piece of text in an export file, whatever its format, for scanning."""
    path = str(path)
    if path.endswith(".xlsx"):
        workbook = openpyxl.load_workbook(path, read_only=True)
        parts = [
            str(cell)
            for sheet in workbook.worksheets
            for row in sheet.iter_rows(values_only=True)
            for cell in row
            if cell is not None
        ]
        parts += workbook.sheetnames
        workbook.close()
        return "\n".join(parts)
    if path.endswith(".sav"):
        import pyreadstat

        frame, meta = pyreadstat.read_sav(path)
        parts = [str(value) for row in frame.itertuples(index=False) for value in row]
        return "\n".join(parts + meta.notes + list(meta.column_names_to_labels.values()) + [meta.file_label])
    if path.endswith(".zip"):
        with zipfile.ZipFile(path) as archive:
            return "\n".join(archive.read(name).decode("utf-8") for name in archive.namelist())
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def personal_strings():
    """Every name, e-mail address and username of every user in the test database."""
    strings = set()
    for user in get_user_model().objects.all():
        strings.update(value for value in (user.username, user.email, user.first_name, user.last_name) if value)
        strings.add(user.get_full_name())
    return {s for s in strings if s.strip()}
