import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from evaluation.datasets import DATASETS, ExportFilters, available_datasets, get_dataset
from evaluation.pseudonyms import Pseudonymiser
from programme.models import KnowledgeCheckAnswer, LessonProgress

pytestmark = pytest.mark.django_db


def export_rows(name, **filters):
    dataset = get_dataset(name)
    return [
        dict(zip(dataset.field_names, row, strict=False))
        for row in dataset.rows(ExportFilters(**filters), Pseudonymiser())
    ]


def pseudonym_of(user):
    return Pseudonymiser()(user.ambassador_profile.pk)


def test_every_dataset_of_the_issue_is_available():
    assert [d.name for d in available_datasets()] == [
        "participants",
        "lesson_progress",
        "module_completions",
        "knowledge_checks",
        "self_assessments",
        "activities",
        "organisation_measurements",
    ]


@pytest.mark.parametrize("name", list(DATASETS))
def test_rows_have_exactly_the_documented_fields(research_data, name):
    dataset = get_dataset(name)
    rows = list(dataset.rows(ExportFilters(), Pseudonymiser()))
    assert rows, f"{name} should have rows in the test data"
    assert all(len(row) == len(dataset.fields) for row in rows)
    assert len(set(dataset.field_names)) == len(dataset.field_names)
    for f in dataset.fields:
        assert f.description_nl and f.description_en, f"{name}.{f.name} needs descriptions in both languages"


def test_participants_are_only_those_with_active_consent(research_data):
    people = research_data["people"]
    pseudonyms = {row["pseudonym"] for row in export_rows("participants")}
    assert pseudonyms == {pseudonym_of(people[name]) for name in ("sanne", "mehmet", "coordinator")}


def test_participant_row_describes_context_not_identity(research_data):
    sanne = research_data["people"]["sanne"]
    (row,) = [r for r in export_rows("participants") if r["pseudonym"] == pseudonym_of(sanne)]
    # Raw rows carry a date column as the database returns it (a date on SQLite, its ISO text on PostgreSQL).
    assert str(row.pop("start_date")) == "2025-03-03"
    assert row == {
        "pseudonym": pseudonym_of(sanne),
        "organisation": "helder",
        "organisation_size": "large",
        "sector": "schoonmaak",
        "cohort": "voorjaar",
        "role": "ambassador",
        "job_category": "cleaning",
        "consent_date": timezone.localdate(),
        "consent_version": "2025-01",
    }


@pytest.mark.parametrize(
    "name",
    ["participants", "lesson_progress", "module_completions", "knowledge_checks", "self_assessments", "activities"],
)
def test_withdrawal_leaves_a_participant_out_of_new_exports(research_data, name):
    sanne = research_data["people"]["sanne"]
    assert pseudonym_of(sanne) in {row["pseudonym"] for row in export_rows(name)}
    sanne.ambassador_profile.withdraw_consent()
    assert pseudonym_of(sanne) not in {row["pseudonym"] for row in export_rows(name)}


def test_giving_consent_again_brings_the_participant_back_under_the_same_pseudonym(research_data):
    withdrawn = research_data["people"]["withdrawn"]
    withdrawn.ambassador_profile.give_consent()
    assert pseudonym_of(withdrawn) in {row["pseudonym"] for row in export_rows("lesson_progress")}


def test_lesson_progress_uses_stable_ids_and_dutch_titles(research_data):
    sanne = research_data["people"]["sanne"]
    lesson, module = research_data["lesson"], research_data["module"]
    rows = [r for r in export_rows("lesson_progress") if r["pseudonym"] == pseudonym_of(sanne)]
    first = next(r for r in rows if r["lesson_id"] == str(lesson.translation_key))
    assert first["module_id"] == str(module.translation_key)
    assert first["module_title"] == "Het gesprek over leren"
    assert first["lesson_title"] == "Aanspreken op de werkvloer"
    assert first["completed"] is True
    assert first["completed_revision"] == lesson.get_latest_revision().pk
    unfinished = next(r for r in rows if r["lesson_id"] == str(research_data["tricky"].translation_key))
    assert unfinished["completed_at"] is None and unfinished["completed"] is False


def test_deleted_lesson_keeps_its_progress_rows_with_the_stable_id(research_data):
    lesson_key = research_data["lesson"].translation_key
    research_data["lesson"].delete()
    rows = [r for r in export_rows("lesson_progress") if r["lesson_id"] == str(lesson_key)]
    assert len(rows) == 2  # sanne and mehmet
    assert all(r["lesson_title"] is None for r in rows)


def test_knowledge_checks_number_the_attempts_and_find_the_module(research_data):
    sanne = research_data["people"]["sanne"]
    rows = [r for r in export_rows("knowledge_checks") if r["pseudonym"] == pseudonym_of(sanne)]
    assert [(r["attempt"], r["chosen_option"], r["is_correct"]) for r in rows] == [(1, 2, False), (2, 1, True)]
    assert rows[0]["module_id"] == str(research_data["module"].translation_key)
    assert rows[0]["question_id"] == "vraag-1"


def test_self_assessments_give_before_and_after_per_module(research_data):
    sanne = research_data["people"]["sanne"]
    rows = [r for r in export_rows("self_assessments") if r["pseudonym"] == pseudonym_of(sanne)]
    assert [(r["moment"], r["confidence_role"]) for r in rows] == [("before", 2), ("after", 4)]


def test_activities_never_include_the_private_note(research_data):
    rows = export_rows("activities")
    assert len(rows) == 2
    assert "private_note" not in get_dataset("activities").field_names
    assert {r["organisation"] for r in rows} == {"helder", "linde"}


def test_filter_by_organisation(research_data):
    helder = research_data["organisations"]["helder"]
    assert {r["organisation"] for r in export_rows("participants", organisation=helder)} == {"helder"}
    assert len(export_rows("lesson_progress", organisation=helder)) == 2  # sanne's two lessons
    assert {r["organisation"] for r in export_rows("activities", organisation=helder)} == {"helder"}


def test_filter_by_sector(research_data):
    care = research_data["sectors"]["zorg"]
    rows = export_rows("lesson_progress", sector=care)
    assert {r["pseudonym"] for r in rows} == {pseudonym_of(research_data["people"]["mehmet"])}


def test_filter_by_cohort(research_data):
    autumn = research_data["cohorts"]["najaar"]
    assert [r["cohort"] for r in export_rows("participants", cohort=autumn)] == ["najaar"]


def test_period_is_inclusive_and_uses_local_dates(research_data):
    # Mehmet started at 23:30 Amsterdam time on 31 May (21:30 UTC): inside a period ending 31 May.
    mehmet = pseudonym_of(research_data["people"]["mehmet"])
    may = export_rows("lesson_progress", date_from=datetime.date(2025, 5, 31), date_to=datetime.date(2025, 5, 31))
    assert [r["pseudonym"] for r in may] == [mehmet]
    assert export_rows("lesson_progress", date_from=datetime.date(2025, 6, 1)) == []
    april = export_rows("lesson_progress", date_from=datetime.date(2025, 4, 1), date_to=datetime.date(2025, 4, 30))
    assert mehmet not in {r["pseudonym"] for r in april} and len(april) == 2


def test_period_on_activity_dates(research_data):
    rows = export_rows("activities", date_from=datetime.date(2025, 4, 11), date_to=datetime.date(2025, 4, 11))
    assert [str(r["date"]) for r in rows] == ["2025-04-11"]


def test_count_matches_rows(research_data):
    for dataset in available_datasets():
        assert dataset.count(ExportFilters()) == len(list(dataset.rows(ExportFilters(), Pseudonymiser())))


@pytest.mark.parametrize("name", list(DATASETS))
def test_queries_do_not_grow_with_the_number_of_rows(research_data, name):
    dataset = get_dataset(name)

    def queries_for_export():
        with CaptureQueriesContext(connection) as captured:
            list(dataset.rows(ExportFilters(), Pseudonymiser()))
        return len(captured)

    before = queries_for_export()
    sanne = research_data["people"]["sanne"]
    lesson = research_data["lesson"]
    for i in range(30):
        KnowledgeCheckAnswer.objects.create(
            user=sanne, lesson_key=lesson.translation_key, block_id=f"q{i}", chosen_option=0, is_correct=True
        )
        LessonProgress.objects.create(
            user=sanne,
            lesson_key=f"00000000-0000-0000-0000-{i:012d}",
            module_key=research_data["module"].translation_key,
        )
    assert queries_for_export() == before
    assert before <= 4
