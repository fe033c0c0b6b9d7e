"""Each format read back with the tools a researcher would use: csv, openpyxl and frictionless."""

import datetime
import json
import re
import zipfile

import frictionless
import pytest

from evaluation.datasets import DATASETS, ExportFilters
from evaluation.exports import ALL_DATASETS, ExportRequest, export_to_file
from evaluation.models import ExportLog
from evaluation.pseudonyms import Pseudonymiser
from evaluation.writers import neutralise

from .conftest import INJECTED_TITLE, read_csv, read_package_csv, read_xlsx

pytestmark = pytest.mark.django_db

ISO_WITH_OFFSET = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")


def export(tmp_path, dataset, export_format, filename, **filters):
    path = tmp_path / filename
    export_to_file(
        ExportRequest(dataset, export_format, ExportFilters(**filters)),
        path,
        actor="test",
        source=ExportLog.Source.COMMAND,
    )
    return path


@pytest.mark.parametrize("value", ["=1+1", "+31 6", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_formula_like_text_is_neutralised(value):
    assert neutralise(value) == "'" + value


@pytest.mark.parametrize("value", ["gewoon", "", "a=b", 5, -3, None, True])
def test_other_values_are_left_alone(value):
    assert neutralise(value) == value


def test_csv_reads_back_with_header_and_iso_timestamps(research_data, tmp_path):
    rows = read_csv(export(tmp_path, "lesson_progress", "csv", "progress.csv"))
    assert list(rows[0]) == DATASETS["lesson_progress"].field_names
    assert len(rows) == 3
    sanne = Pseudonymiser()(research_data["people"]["sanne"].ambassador_profile.pk)
    first = next(r for r in rows if r["pseudonym"] == sanne and r["completed"] == "true")
    assert first["started_at"] == "2025-04-01T09:00:00+02:00"  # Europe/Amsterdam summer time
    assert ISO_WITH_OFFSET.match(first["completed_at"])
    assert any(r["completed_at"] == "" for r in rows)


def test_csv_neutralises_formula_injection(research_data, tmp_path):
    rows = read_csv(export(tmp_path, "lesson_progress", "csv", "progress.csv"))
    titles = {r["lesson_title"] for r in rows}
    assert "'" + INJECTED_TITLE in titles
    assert INJECTED_TITLE not in titles


def test_csv_is_utf8(research_data, tmp_path):
    research_data["module"].title = "Leren in één oogopslag"
    research_data["module"].save_revision().publish()
    path = export(tmp_path, "module_completions", "csv", "modules.csv")
    assert "één" in path.read_bytes().decode("utf-8")


def test_xlsx_reads_back_with_typed_cells_and_a_codebook(research_data, tmp_path):
    path = export(tmp_path, "self_assessments", "xlsx", "self.xlsx")
    rows = read_xlsx(path)
    assert list(rows[0]) == DATASETS["self_assessments"].field_names
    assert len(rows) == 2
    assert {r["confidence_role"] for r in rows} == {2, 4}
    assert all(ISO_WITH_OFFSET.match(r["submitted_at"]) for r in rows)
    codebook = read_xlsx(path, sheet="codebook")
    assert [line["field"] for line in codebook] == DATASETS["self_assessments"].field_names


def test_xlsx_neutralises_formula_injection(research_data, tmp_path):
    import openpyxl

    path = export(tmp_path, "lesson_progress", "xlsx", "progress.xlsx")
    workbook = openpyxl.load_workbook(path)
    cells = [cell for row in workbook.worksheets[0].iter_rows() for cell in row]
    assert not [cell for cell in cells if cell.data_type == "f"]
    assert "'" + INJECTED_TITLE in {cell.value for cell in cells}


def test_data_package_validates_with_frictionless(research_data, tmp_path):
    path = export(tmp_path, "lesson_progress", "datapackage", "progress.zip")
    report = frictionless.validate(str(path), type="package")
    assert report.valid, report.flatten(["type", "note"])
    package = frictionless.Package(str(path))
    rows = package.get_resource("lesson_progress").read_rows()
    assert len(rows) == 3
    assert rows[0]["started_at"].utcoffset() is not None


def test_data_package_schema_is_the_codebook_in_two_languages(research_data, tmp_path):
    path = export(tmp_path, "participants", "datapackage", "participants.zip")
    with zipfile.ZipFile(path) as archive:
        descriptor = json.loads(archive.read("datapackage.json"))
    (resource,) = descriptor["resources"]
    fields = resource["schema"]["fields"]
    assert [f["name"] for f in fields] == DATASETS["participants"].field_names
    for f in fields:
        assert f["descriptions"]["nl"] and f["descriptions"]["en"]
    assert fields[0]["constraints"] == {"required": True, "unique": True, "pattern": "^[0-9a-f]{64}$"}
    assert resource["rowCount"] == 3
    assert len(read_package_csv(path, "participants")) == 3


def test_data_package_with_all_datasets_validates_including_foreign_keys(research_data, tmp_path):
    path = export(tmp_path, ALL_DATASETS, "datapackage", "alles.zip", date_from=datetime.date(2025, 4, 2))
    report = frictionless.validate(str(path), type="package")
    assert report.valid, report.flatten(["type", "note"])
    package = frictionless.Package(str(path))
    assert [r.name for r in package.resources] == list(DATASETS)
    assert package.get_resource("lesson_progress").schema.foreign_keys
    # The period applies to events, not to who the participants are.
    assert len(package.get_resource("participants").read_rows()) == 3


def test_data_package_rejects_data_that_breaks_its_schema(research_data, tmp_path, monkeypatch):
    broken = DATASETS["self_assessments"]
    original = broken.build_rows

    def rows_out_of_range(dataset, values, pseudonymise):
        for row in original(dataset, values, pseudonymise):
            yield row[:4] + (9,) + row[5:]

    monkeypatch.setattr(broken, "build_rows", rows_out_of_range)
    with pytest.raises(Exception, match="niet geldig"):
        export(tmp_path, "self_assessments", "datapackage", "kapot.zip")
    assert list(tmp_path.iterdir()) == []
    assert ExportLog.objects.get().status == ExportLog.Status.FAILED
