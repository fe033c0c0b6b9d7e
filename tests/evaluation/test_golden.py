"""Golden files: every dataset in every format, compared with files checked in under `golden/`.

`test_reference.py` compares the fast exporter with a plain implementation built on the same row builders; this
module pins what the researchers actually receive, so a change to a row builder, a cell encoder or a writer that
changes a single byte fails here. The data set below is small and fully fixed, so it gives the same files on
SQLite and on PostgreSQL:

* the pseudonym key is fixed (settings override), and so are the primary keys of everything whose id reaches a
  file (profiles → pseudonyms, organisations → organisation codes, the lesson revision → `completed_revision`)
  or decides an order (users, progress rows, activities): explicit, high ids, never the database's sequence;
* the translation keys (UUIDs) of the module and lessons are fixed, and every timestamp is a fixed moment
  (winter and summer time, and one late in the evening UTC that is the next day in Amsterdam);
* the data package's `created` moment is frozen.

What is compared:

* CSV (`<dataset>.csv`): byte for byte; the data package's `data/<dataset>.csv` members byte for byte against the
  same files, and its `datapackage.json` byte for byte (`datapackage.json`);
* XLSX (`<dataset>.xlsx.json`): sheet names and every cell's coordinate, type and value (the zip's own timestamps
  differ per run, so not the bytes);
* SAV (`<dataset>.sav.json`): read back with pyreadstat: values, variable labels, value labels, formats, measures,
  file label and notes (the file header holds its creation time, so not the bytes).

To regenerate after an intended change of the exports, run

    UPDATE_GOLDEN=1 DATABASE_URL=sqlite:///:memory: .venv/bin/pytest -q -n 0 tests/evaluation/test_golden.py

then run the module again without UPDATE_GOLDEN on SQLite and on PostgreSQL (`bin/with-postgres`), and review the
diff of `tests/evaluation/golden/` before committing it: every changed byte is a change the researchers will see.
"""

import datetime
import json
import math
import os
import uuid
import zipfile
from pathlib import Path

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.models import Revision

from activitylog.models import Activity
from community.models import Organisation, Sector
from evaluation.datasets import ExportFilters, available_datasets
from evaluation.exports import ExportRequest, export_to_file
from evaluation.models import ExportLog, MeasurementWave, OrganisationMeasurement
from programme.models import (
    AmbassadorProfile,
    Cohort,
    KnowledgeCheckAnswer,
    LessonPage,
    LessonProgress,
    ModuleCompletion,
    ModulePage,
    ProgrammePage,
    SelfAssessment,
)

pytestmark = pytest.mark.django_db

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
KEY = "golden-files-pseudonym-key-2025"
CREATED = datetime.datetime(2026, 1, 15, 9, 30, tzinfo=datetime.UTC)
MODULE_KEY = uuid.UUID("0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0")
LESSON_KEY = uuid.UUID("11111111-2222-4333-8444-555555555555")
TRICKY_KEY = uuid.UUID("99999999-8888-4777-8666-555555555555")
REVISION_ID = 4321
DATASET_NAMES = [dataset.name for dataset in available_datasets()]


def utc(*args):
    return datetime.datetime(*args, tzinfo=datetime.UTC)


@pytest.fixture
def golden_data(settings, home_page):
    """A small fixed data set: two organisations in two sectors, five people (one without consent, one who
    withdrew), progress, answers, self-assessments, activities and measurements."""
    settings.EVALUATION_PSEUDONYM_KEY = KEY
    assert settings.TIME_ZONE == "Europe/Amsterdam"  # the files hold local times
    programme = home_page.add_child(instance=ProgrammePage(title="Ontwikkelprogramma", slug="programma"))
    module = programme.add_child(
        instance=ModulePage(
            title="Het gesprek over leren", slug="het-gesprek", intro="Hoe begin je?", translation_key=MODULE_KEY
        )
    )
    lesson = module.add_child(
        instance=LessonPage(title="Aanspreken op de werkvloer", slug="aanspreken", translation_key=LESSON_KEY)
    )
    module.add_child(
        instance=LessonPage(title='=HYPERLINK("http://x.example","klik")', slug="formule", translation_key=TRICKY_KEY)
    )
    revision = Revision.objects.create(
        pk=REVISION_ID,
        content_type=ContentType.objects.get_for_model(LessonPage),
        base_content_type=lesson.get_base_content_type(),
        object_id=str(lesson.pk),
        object_str=lesson.title,
        content={},
    )

    cleaning, _ = Sector.objects.get_or_create(slug="cleaning", defaults={"name": "Schoonmaak", "name_en": "Cleaning"})
    care, _ = Sector.objects.get_or_create(slug="care", defaults={"name": "Zorg en welzijn", "name_en": "Care"})
    helder = Organisation.objects.create(
        pk=9101, name="Helder Schoonmaak", slug="helder", sector=cleaning, province="UT", size_class="large"
    )
    linde = Organisation.objects.create(
        pk=9102, name="Zorggroep De Linde", slug="linde", sector=care, province="GE", size_class="medium"
    )
    spring = Cohort.objects.create(slug="voorjaar", name="Voorjaar", start_date=datetime.date(2025, 3, 3))
    autumn = Cohort.objects.create(slug="najaar", name="Najaar", start_date=datetime.date(2025, 9, 1))

    people = {}
    for number, (name, organisation, cohort, kind, job, start, consent) in enumerate(
        [
            ("sanne", helder, spring, "ambassador", "cleaning", datetime.date(2025, 3, 3), "given"),
            ("mehmet", linde, autumn, "ambassador", "care", datetime.date(2025, 9, 1), "given"),
            ("wim", helder, spring, "ambassador", "cleaning", datetime.date(2025, 3, 3), "withdrawn"),
            ("noortje", helder, spring, "ambassador", "logistics", datetime.date(2025, 3, 3), None),
            ("karin", helder, None, "coordinator", "office", datetime.date(2025, 1, 6), "given"),
        ]
    ):
        user = get_user_model().objects.create_user(
            pk=9201 + number, username=f"golden-{name}", email=f"{name}@voorbeeld-mail.org", password="x"
        )
        AmbassadorProfile.objects.create(
            pk=9301 + number,
            user=user,
            organisation=organisation,
            cohort=cohort,
            kind=kind,
            job_category=job,
            start_date=start,
            research_consent_at=utc(2025, 3, 2, 23, 15) if consent else None,  # 3 March in Amsterdam
            research_consent_version="2025-01" if consent else "",
            research_consent_withdrawn_at=utc(2025, 6, 1, 12, 0) if consent == "withdrawn" else None,
        )
        people[name] = user

    progress = [
        # (pk, person, lesson, key, started, completed)
        (9401, "sanne", lesson, LESSON_KEY, utc(2025, 3, 30, 0, 30), utc(2025, 3, 30, 1, 15)),  # the DST night
        (9402, "sanne", None, TRICKY_KEY, utc(2025, 4, 1, 8, 0), None),
        (9403, "mehmet", lesson, LESSON_KEY, utc(2025, 10, 26, 22, 30), None),  # winter time again: 26 Oct 23:30
        (9404, "wim", lesson, LESSON_KEY, utc(2025, 4, 2, 8, 0), utc(2025, 4, 2, 8, 20)),
        (9405, "noortje", lesson, LESSON_KEY, utc(2025, 4, 3, 8, 0), None),
        (9406, "karin", lesson, LESSON_KEY, utc(2025, 1, 31, 23, 59, 59), utc(2025, 2, 1, 0, 0, 1)),
    ]
    for pk, name, page, key, started, completed in progress:
        LessonProgress.objects.create(
            pk=pk,
            user=people[name],
            lesson_key=key,
            lesson=page,
            module_key=MODULE_KEY,
            started_at=started,
            completed_at=completed,
            completed_revision=revision if completed else None,
        )
    for pk, name, moment in [(9501, "sanne", utc(2025, 4, 5, 10, 0)), (9502, "karin", utc(2025, 12, 31, 23, 30))]:
        ModuleCompletion.objects.create(pk=pk, user=people[name], module_key=MODULE_KEY, completed_at=moment)
    answers = [
        (9601, "sanne", 2, False, utc(2025, 3, 30, 0, 40)),
        (9602, "sanne", 1, True, utc(2025, 3, 30, 0, 41)),
        (9603, "karin", 0, False, utc(2025, 1, 31, 23, 59, 59)),
        (9604, "wim", 1, True, utc(2025, 4, 2, 8, 10)),
    ]
    for pk, name, option, correct, moment in answers:
        KnowledgeCheckAnswer.objects.create(
            pk=pk,
            user=people[name],
            lesson_key=LESSON_KEY,
            block_id="vraag-1",
            chosen_option=option,
            is_correct=correct,
            answered_at=moment,
        )
    for pk, name, moment, score, when in [
        (9701, "sanne", "before", 2, utc(2025, 3, 29, 9, 0)),
        (9702, "sanne", "after", 4, utc(2025, 4, 6, 9, 0)),
        (9703, "mehmet", "before", 3, utc(2025, 10, 26, 0, 59)),
        (9704, "wim", "before", 1, utc(2025, 4, 1, 9, 0)),
    ]:
        SelfAssessment.objects.create(
            pk=pk,
            user=people[name],
            module_key=MODULE_KEY,
            moment=moment,
            confidence_role=score,
            confidence_conversation=score,
            confidence_referral=min(score + 1, 5),
            confidence_support=max(score - 1, 1),
            submitted_at=when,
        )
    for pk, name, organisation, day, kind, learning, referral, counts in [
        (9801, "sanne", helder, (2025, 4, 10), "individual_conversation", "work_course", "om_fund", (3, 2, 1, 1, 0, 0)),
        (9802, "sanne", helder, (2025, 4, 10), "group_session", "", "", (12, 5, 0, 0, 0, 0)),
        (9803, "mehmet", linde, (2025, 11, 11), "application_help", "mbo_certificate", "hr", (1, 1, 1, 1, 1, 1)),
        (9804, "wim", helder, (2025, 4, 12), "follow_up", "basic_skills", "", (2, 1, 0, 0, 0, 0)),
        (
            9805,
            "karin",
            helder,
            (2025, 4, 10),
            "information_stand",
            "career_advice",
            "internal_offer",
            (40, 9, 3, 2, 0, 0),
        ),
    ]:
        Activity.objects.create(
            pk=pk,
            user=people[name],
            organisation=organisation,
            date=datetime.date(*day),
            activity_type=kind,
            colleagues_reached=counts[0],
            interested=counts[1],
            registered=counts[2],
            started=counts[3],
            completed=counts[4],
            certificates=counts[5],
            learning_kind=learning,
            referral_destination=referral,
            private_note="Privénotitie die nooit in een export komt",
        )

    t0 = MeasurementWave.objects.create(
        pk=9901, code="T0", name="Nulmeting", opens_on=datetime.date(2025, 1, 6), closes_on=datetime.date(2025, 2, 28)
    )
    t1 = MeasurementWave.objects.create(
        pk=9902,
        code="T1",
        name="Eerste jaarmeting",
        opens_on=datetime.date(2026, 1, 5),
        closes_on=datetime.date(2026, 2, 27),
    )
    figures = {
        "headcount": 300,
        "practically_educated_count": 120,
        "trained_count": 90,
        "practically_educated_trained_count": 24,
        "active_ambassadors": 4,
        "facilitated_hours": 160,
        "phase": "implementation",
    }
    submitted = {"status": "submitted", "submitted_by": people["karin"]}
    OrganisationMeasurement.objects.create(
        pk=9951,
        wave=t0,
        organisation=helder,
        **figures,
        has_budget=True,
        comment="Mail karin@voorbeeld-mail.org of bel 06-12345678. Leerbeleid sinds 3-2-2025.",
        submitted_at=utc(2025, 2, 27, 23, 30),  # 28 February in Amsterdam
        **submitted,
    )
    OrganisationMeasurement.objects.create(
        pk=9952,
        wave=t0,
        organisation=linde,
        **{**figures, "headcount": 150, "phase": "exploration"},
        has_learning_agreement=True,
        has_management_sponsor=True,
        has_successor_arrangement=True,
        comment="=SOM(A1:A9)",
        submitted_at=utc(2025, 1, 20, 9, 0),
        **submitted,
    )
    OrganisationMeasurement.objects.create(
        pk=9953,
        wave=t1,
        organisation=helder,
        **{**figures, "practically_educated_trained_count": 36},
        has_budget=True,
        has_time_off=True,
        submitted_at=utc(2026, 1, 12, 10, 0),
        **submitted,
    )
    OrganisationMeasurement.objects.create(pk=9954, wave=t1, organisation=linde, headcount=80)  # a draft: left out
    return {"organisations": {"helder": helder, "linde": linde}, "cohorts": {"voorjaar": spring}}


# --- Exporting and reading back ------------------------------------------------------------------


def export(tmp_path, name, export_format, filters=None):
    path = tmp_path / f"{name}.{export_format}"
    export_to_file(
        ExportRequest(name, export_format, filters or ExportFilters()),
        path,
        actor="golden",
        source=ExportLog.Source.COMMAND,
    )
    return path


def xlsx_cells(path):
    workbook = openpyxl.load_workbook(path)
    result = {
        "sheets": workbook.sheetnames,
        "cells": {
            sheet.title: [[cell.coordinate, cell.data_type, cell.value] for row in sheet.iter_rows() for cell in row]
            for sheet in workbook.worksheets
        },
    }
    workbook.close()
    return result


def _plain(value):
    """A value read back by pyreadstat as JSON: NaN → None, dates and moments → ISO text."""
    import pandas

    if value is None or value is pandas.NaT or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalars
        return _plain(value.item())
    return value


def sav_contents(path):
    import pyreadstat

    frame, meta = pyreadstat.read_sav(str(path), apply_value_formats=False)
    return {
        "file_label": meta.file_label,
        "notes": meta.notes,
        "columns": meta.column_names,
        "labels": meta.column_labels,
        "formats": meta.original_variable_types,
        "measures": meta.variable_measure,
        "value_labels": {
            name: {str(_plain(code)): label for code, label in labels.items()}
            for name, labels in meta.variable_value_labels.items()
        },
        "rows": [[_plain(value) for value in row] for row in frame.itertuples(index=False)],
    }


def as_json(data):
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def check(name, actual):
    """Compare `actual` (bytes) with the golden file `name`; with UPDATE_GOLDEN=1 write it instead."""
    path = GOLDEN / name
    if UPDATE:
        GOLDEN.mkdir(exist_ok=True)
        path.write_bytes(actual)
        return
    assert path.exists(), f"{path} is missing: run this module with UPDATE_GOLDEN=1 (see the docstring)"
    expected = path.read_bytes()
    if actual != expected:
        # Show the first differing line, not two walls of bytes.
        for number, (got, want) in enumerate(zip(actual.splitlines(), expected.splitlines(), strict=False), 1):
            assert got == want, f"{name}, line {number} differs from the golden file"
        assert actual == expected, f"{name} differs from the golden file in length"


@pytest.fixture
def frozen_now(monkeypatch):
    """The data package's `created` moment; nothing in the rows themselves depends on the clock."""
    monkeypatch.setattr(timezone, "now", lambda: CREATED)


# --- The tests -------------------------------------------------------------------------------------


def test_the_data_set_fills_every_dataset(golden_data):
    for dataset in available_datasets():
        assert dataset.count(ExportFilters()) >= 2, dataset.name


@pytest.mark.parametrize("name", DATASET_NAMES)
def test_csv_matches_the_golden_file(golden_data, tmp_path, name):
    check(f"{name}.csv", export(tmp_path, name, "csv").read_bytes())


def test_filtered_csv_with_comments_matches_the_golden_file(golden_data, tmp_path):
    filters = ExportFilters(date_to=datetime.date(2025, 12, 31), include_comments=True)
    check(
        "organisation_measurements-with-comments.csv",
        export(tmp_path, "organisation_measurements", "csv", filters).read_bytes(),
    )
    filters = ExportFilters(date_from=datetime.date(2025, 3, 30), cohort=golden_data["cohorts"]["voorjaar"])
    check(
        "lesson_progress-voorjaar-from-30-march.csv", export(tmp_path, "lesson_progress", "csv", filters).read_bytes()
    )


@pytest.mark.parametrize("name", DATASET_NAMES)
def test_xlsx_cells_match_the_golden_file(golden_data, tmp_path, name):
    check(f"{name}.xlsx.json", as_json(xlsx_cells(export(tmp_path, name, "xlsx"))))


@pytest.mark.parametrize("name", DATASET_NAMES)
def test_sav_read_back_matches_the_golden_file(golden_data, tmp_path, name):
    check(f"{name}.sav.json", as_json(sav_contents(export(tmp_path, name, "sav"))))


def test_data_package_matches_the_golden_files(golden_data, frozen_now, tmp_path):
    path = export(tmp_path, "all", "datapackage")
    with zipfile.ZipFile(path) as archive:
        names = sorted(archive.namelist())
        assert names == sorted(["datapackage.json", *(f"data/{name}.csv" for name in DATASET_NAMES)])
        check("datapackage.json", archive.read("datapackage.json"))
        if not UPDATE:
            for name in DATASET_NAMES:
                assert archive.read(f"data/{name}.csv") == (GOLDEN / f"{name}.csv").read_bytes(), name
