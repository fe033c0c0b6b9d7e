"""SPSS (.sav) exports read back with pyreadstat: labels from the codebook, the same values as the data package."""

import datetime
import math

import frictionless
import pyreadstat
import pytest
from django.core.management import CommandError, call_command

from evaluation.datasets import DATASETS, ExportFilters, available_datasets
from evaluation.exports import ExportRequest, export_to_file
from evaluation.models import ExportLog
from evaluation.pseudonyms import Pseudonymiser
from evaluation.spss import fit_label

from .conftest import INJECTED_TITLE, personal_strings

pytestmark = pytest.mark.django_db


def export(tmp_path, name, export_format="sav", **filters):
    path = tmp_path / f"{name}.{'zip' if export_format == 'datapackage' else export_format}"
    export_to_file(
        ExportRequest(name, export_format, ExportFilters(**filters)),
        path,
        actor="test",
        source=ExportLog.Source.COMMAND,
    )
    return path


def read_sav(path):
    frame, meta = pyreadstat.read_sav(str(path), apply_value_formats=False)
    return frame.to_dict("records"), meta


def plain(value):
    """A read-back value in comparable form: NaN/NaT and empty text as None, numpy numbers as Python ones."""
    if value is None or value == "" or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "to_pydatetime"):
        return None if str(value) == "NaT" else value.to_pydatetime()
    return value


def test_variable_labels_are_the_codebook_and_value_labels_its_values(research_data, tmp_path):
    rows, meta = read_sav(export(tmp_path, "participants"))
    dataset = DATASETS["participants"]
    assert meta.column_names == dataset.field_names
    assert meta.column_names_to_labels == {f.name: fit_label(f.description_nl) for f in dataset.fields}
    assert meta.column_names_to_labels["start_date"] == "Datum waarop de deelnemer met het programma begon."
    assert meta.variable_value_labels["organisation_size"] == {1: "small", 2: "medium", 3: "large"}
    assert meta.variable_value_labels["role"] == {1: "ambassador", 2: "coordinator"}
    assert meta.file_label == "Leerambassadeurs: Deelnemers"
    assert any("Europe/Amsterdam" in line for line in meta.notes)
    assert all(len(line.encode("utf-8")) <= 80 for line in meta.notes)
    assert meta.original_variable_types["pseudonym"] == "A64"
    assert meta.original_variable_types["start_date"] == "DATE11"
    assert meta.variable_measure["organisation_size"] == "nominal"
    sanne = Pseudonymiser()(research_data["people"]["sanne"].ambassador_profile.pk)
    row = next(r for r in rows if r["pseudonym"] == sanne)
    assert row["organisation"] == "helder"
    assert row["organisation_size"] == 3  # large
    assert row["role"] == 1  # ambassador
    assert row["start_date"] == datetime.date(2025, 3, 3)


def test_moments_are_local_time_and_booleans_labelled(research_data, tmp_path):
    rows, meta = read_sav(export(tmp_path, "lesson_progress"))
    assert meta.original_variable_types["started_at"] == "DATETIME20"
    assert meta.variable_value_labels["completed"] == {0: "false", 1: "true"}
    sanne = Pseudonymiser()(research_data["people"]["sanne"].ambassador_profile.pk)
    first = next(r for r in rows if r["pseudonym"] == sanne and r["completed"] == 1)
    assert first["started_at"].to_pydatetime() == datetime.datetime(2025, 4, 1, 9, 0)  # Amsterdam summer time
    unfinished = next(r for r in rows if r["completed"] == 0)
    assert plain(unfinished["completed_at"]) is None
    assert "'" + INJECTED_TITLE in {r["lesson_title"] for r in rows}


@pytest.mark.parametrize("name", [d.name for d in available_datasets()])
def test_same_values_as_the_data_package_read_by_frictionless(research_data, tmp_path, name):
    dataset = DATASETS[name]
    rows, meta = read_sav(export(tmp_path, name))
    package = frictionless.Package(str(export(tmp_path, name, "datapackage")))
    expected = [resource_row.to_dict() for resource_row in package.get_resource(name).read_rows()]
    assert len(rows) == len(expected)
    labels = meta.variable_value_labels
    for sav_row, package_row in zip(rows, expected, strict=False):
        for field in dataset.fields:
            value, wanted = plain(sav_row[field.name]), package_row[field.name]
            if field.name in labels and value is not None and field.type == "string":
                value = labels[field.name][value]
            if field.type == "boolean" and value is not None:
                value = bool(value)
            if field.type == "datetime" and wanted is not None:
                wanted = wanted.replace(tzinfo=None)
            if field.type == "date" and isinstance(value, datetime.datetime):
                value = value.date()
            if field.type == "integer" and value is not None:
                value = int(value)
            assert value == wanted, (field.name, value, wanted)


@pytest.mark.parametrize("name", [d.name for d in available_datasets()])
def test_no_names_or_email_addresses_in_any_sav_export(research_data, tmp_path, name):
    rows, meta = read_sav(export(tmp_path, name))
    text = "\n".join(
        [str(value) for row in rows for value in row.values()]
        + meta.notes
        + list(meta.column_names_to_labels.values())
        + [meta.file_label]
    ).lower()
    assert not sorted(s for s in personal_strings() if s.lower() in text)
    pseudonym = Pseudonymiser()
    people = research_data["people"]
    for left_out in ("withdrawn", "never"):
        assert pseudonym(people[left_out].ambassador_profile.pk) not in text
    if "pseudonym" in meta.column_names:
        consenting = {pseudonym(people[n].ambassador_profile.pk) for n in ("sanne", "mehmet", "coordinator")}
        assert rows and {row["pseudonym"] for row in rows} <= consenting


def test_a_value_outside_the_codebook_fails_without_a_file(research_data, tmp_path, monkeypatch):
    dataset = DATASETS["self_assessments"]
    original = dataset.build_rows

    def unknown_moment(dataset, values, pseudonymise):
        for row in original(dataset, values, pseudonymise):
            yield row[:3] + ("halverwege",) + row[4:]

    monkeypatch.setattr(dataset, "build_rows", unknown_moment)
    with pytest.raises(CommandError, match="halverwege.*staat niet in het codeboek"):
        call_command(
            "export_evaluation", "--dataset", "self_assessments", "--format", "sav", "--output", str(tmp_path / "x.sav")
        )
    assert list(tmp_path.iterdir()) == []
    assert ExportLog.objects.get().status == ExportLog.Status.FAILED


def test_command_writes_sav_and_logs_the_format(research_data, tmp_path, capsys):
    output = tmp_path / "voortgang.sav"
    call_command(
        "export_evaluation",
        "--dataset",
        "lesson_progress",
        "--format",
        "sav",
        "--output",
        str(output),
        "--organisation",
        "helder",
    )
    rows, meta = read_sav(output)
    assert len(rows) == 2  # sanne's two lessons; the withdrawn and the never-consenting are left out
    assert "Filters: organisation=helder" in meta.notes
    log = ExportLog.objects.get()
    assert (log.export_format, log.status, log.row_counts) == ("sav", "succeeded", {"lesson_progress": 2})
    assert "2 rows" in capsys.readouterr().out


def test_empty_export_is_a_valid_file(research_data, tmp_path):
    rows, meta = read_sav(export(tmp_path, "activities", date_from=datetime.date(2030, 1, 1)))
    assert rows == [] and meta.column_names == DATASETS["activities"].field_names


@pytest.mark.parametrize(
    "text, limit, expected",
    [
        ("kort", 256, "kort"),
        ("een twee drie vier", 12, "een twee…"),
        ("één één één", 9, "één…"),
    ],
)
def test_labels_are_cut_at_a_word_within_the_byte_limit(text, limit, expected):
    assert fit_label(text, limit) == expected
    assert len(fit_label(text, limit).encode("utf-8")) <= limit
