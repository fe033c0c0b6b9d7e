"""The fast exporter writes what a plain one writes: ORM rows through csv.writer and openpyxl's own append.

The reference below is the straightforward implementation the streaming exporter replaced (Django's
converted values, one row at a time, openpyxl cell objects). It is built here, on the same fixture data,
for every dataset in the registry and every format, so no golden file has to follow renamed choices or new
datasets. CSV and the data package's CSV files must be byte for byte the same; XLSX cell for cell (value
and type) and sheet for sheet, because zip timestamps differ.
"""

import csv
import io
import json
import zipfile

import openpyxl
import pytest
from django.utils import timezone

from evaluation.datasets import ExportFilters, available_datasets
from evaluation.exports import ExportRequest, export_to_file
from evaluation.models import ExportLog
from evaluation.pseudonyms import Pseudonymiser
from evaluation.writers import codebook_rows, neutralise

pytestmark = pytest.mark.django_db

DATASET_NAMES = [dataset.name for dataset in available_datasets()]
# The datasets the shared fixture fills (at least one row each).
FILLED = {
    "participants",
    "lesson_progress",
    "module_completions",
    "knowledge_checks",
    "self_assessments",
    "activities",
    "organisation_measurements",
}


def reference_rows(dataset, filters):
    """Rows from Django's ORM values (datetime, UUID, bool, date objects), as before the raw cursor."""
    pseudonymiser = Pseudonymiser()
    if dataset.raw_values:
        queryset = dataset.queryset(filters).order_by(*dataset.ordering).values_list(*dataset.columns)
        return list(dataset.build_rows(dataset, iter(list(queryset)), pseudonymiser))
    return list(dataset.rows(filters, pseudonymiser))


def reference_cell(field, value, for_text):
    if value is None:
        return None
    if field.type == "datetime":
        return value.astimezone(timezone.get_current_timezone()).isoformat(timespec="seconds")
    if field.type == "date":
        return value.isoformat()
    if field.type == "boolean":
        return ("true" if value else "false") if for_text else value
    if field.type == "string":
        return neutralise(value if isinstance(value, str) else str(value))
    return value


def reference_csv(dataset, filters):
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(dataset.field_names)
    for row in reference_rows(dataset, filters):
        writer.writerow([reference_cell(f, v, True) for f, v in zip(dataset.fields, row, strict=False)])
    return out.getvalue().encode("utf-8")


def reference_xlsx(dataset, filters, path):
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet(title=dataset.name[:31])
    sheet.append(dataset.field_names)
    for row in reference_rows(dataset, filters):
        sheet.append([reference_cell(f, v, False) for f, v in zip(dataset.fields, row, strict=False)])
    codebook = workbook.create_sheet(title="codebook")
    for line in codebook_rows(dataset):
        codebook.append(line)
    workbook.save(path)


def cells(path):
    """Sheet names, and per sheet every cell's coordinate, type and value."""
    workbook = openpyxl.load_workbook(path)
    sheets = {
        sheet.title: [(cell.coordinate, cell.data_type, cell.value) for row in sheet.iter_rows() for cell in row]
        for sheet in workbook.worksheets
    }
    return workbook.sheetnames, sheets


def export(tmp_path, name, export_format, filters):
    path = tmp_path / f"export.{export_format}"
    export_to_file(ExportRequest(name, export_format, filters), path, actor="test", source=ExportLog.Source.COMMAND)
    return path


FILTERS = [ExportFilters(), "spring"]


def filters_for(research_data, which):
    if which == "spring":
        import datetime

        return ExportFilters(date_from=datetime.date(2025, 4, 1), cohort=research_data["cohorts"]["voorjaar"])
    return which


@pytest.mark.parametrize("which", FILTERS, ids=["all", "filtered"])
@pytest.mark.parametrize("name", DATASET_NAMES)
def test_csv_is_byte_identical_to_the_reference(research_data, tmp_path, name, which):
    filters = filters_for(research_data, which)
    dataset = next(d for d in available_datasets() if d.name == name)
    expected = reference_csv(dataset, filters)
    if which == "all" and name in FILLED:
        assert expected.count(b"\r\n") >= 2
    assert export(tmp_path, name, "csv", filters).read_bytes() == expected


@pytest.mark.parametrize("name", DATASET_NAMES)
def test_xlsx_has_the_reference_cells_and_sheets(research_data, tmp_path, name):
    dataset = next(d for d in available_datasets() if d.name == name)
    reference = tmp_path / "reference.xlsx"
    reference_xlsx(dataset, ExportFilters(), reference)
    expected = cells(reference)
    if name in FILLED:
        assert len(expected[1][dataset.name[:31]]) >= 2 * len(dataset.fields)
    assert cells(export(tmp_path, name, "xlsx", ExportFilters())) == expected


def test_data_package_csv_files_are_byte_identical_to_the_reference(research_data, tmp_path):
    path = export(tmp_path, "all", "datapackage", ExportFilters())
    with zipfile.ZipFile(path) as archive:
        descriptor = json.loads(archive.read("datapackage.json"))
        for dataset in available_datasets():
            assert archive.read(f"data/{dataset.name}.csv") == reference_csv(dataset, ExportFilters())
    assert [r["name"] for r in descriptor["resources"]] == DATASET_NAMES


def test_xlsx_text_that_needs_escaping_or_spaces_reads_back_unchanged(tmp_path):
    from evaluation.datasets import STRING, Dataset, Field
    from evaluation.writers import write_xlsx

    dataset = Dataset(
        name="tekst",
        title_nl="",
        title_en="",
        description_nl="",
        description_en="",
        period_nl="",
        period_en="",
        model="x.Y",
        fields=[Field("a", STRING, "", ""), Field("b", "integer", "", ""), Field("c", "boolean", "", "")],
        profile_path="",
        period_field="",
        period_is_datetime=False,
        columns=(),
    )
    rows = [(" a & b <c> ", 5, True), ("regel\r\nregel", -3, False), ("", None, None), ("=1+1", 10**17, True)]
    path = tmp_path / "tekst.xlsx"
    assert write_xlsx(dataset, rows, path) == 4
    reference = tmp_path / "reference.xlsx"
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet(title="tekst")
    sheet.append(["a", "b", "c"])
    for row in rows:
        sheet.append([reference_cell(f, v, False) for f, v in zip(dataset.fields, row, strict=False)])
    codebook = workbook.create_sheet(title="codebook")
    for line in codebook_rows(dataset):
        codebook.append(line)
    workbook.save(reference)
    assert cells(path) == cells(reference)
