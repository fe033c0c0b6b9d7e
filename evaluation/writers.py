"""File writers for the research exports: CSV, XLSX and a Frictionless Data Package.

All three stream: rows go from the database cursor to the file one at a time (CSV through the `csv`
module, XLSX through openpyxl's write-only mode, the data package as CSV inside a zip file), so memory
does not grow with the number of rows. Text cells that a spreadsheet would run as a formula are
neutralised first (https://owasp.org/www-community/attacks/CSV_Injection).
"""

import csv
import io
import json
import zipfile

from django.utils import timezone

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
PACKAGE_NAME = "leerambassadeurs-evaluatie"


class ExportValidationError(Exception):
    """The written data package did not validate; the file is not kept."""


def neutralise(value):
    """Prefix text that starts like a formula with an apostrophe, so spreadsheets show it as text."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def iso_datetime(value, tz=None):
    """ISO 8601 in the site's time zone, to the second, with the offset: 2025-03-04T10:15:00+01:00."""
    return value.astimezone(tz or timezone.get_current_timezone()).isoformat(timespec="seconds")


def _cell_converters(dataset, for_text):
    """One converter per column, chosen once from the field types, so a row costs no type dispatch.

    Returns a function row -> list of cell values. Columns that need no conversion (integers; None is
    written as an empty cell by both csv and openpyxl) are passed through.
    """
    tz = timezone.get_current_timezone()

    def as_datetime(value):
        return None if value is None else value.astimezone(tz).isoformat(timespec="seconds")

    def as_date(value):
        return None if value is None else value.isoformat()

    def as_text_boolean(value):
        return None if value is None else ("true" if value else "false")

    def as_string(value):
        return neutralise(value) if value.__class__ is str else (None if value is None else neutralise(str(value)))

    by_type = {"datetime": as_datetime, "date": as_date, "string": as_string,
               "boolean": as_text_boolean if for_text else None}
    converters = [by_type.get(f.type) for f in dataset.fields]
    plan = [(index, converter) for index, converter in enumerate(converters) if converter is not None]

    def convert(row):
        cells = list(row)
        for index, converter in plan:
            cells[index] = converter(cells[index])
        return cells

    return convert


class CountingRows:
    """Wraps a row iterator and counts what passed through, so writers can report the row count."""

    def __init__(self, rows):
        self._rows = iter(rows)
        self.count = 0

    def __iter__(self):
        for row in self._rows:
            self.count += 1
            yield row


def write_csv_rows(dataset, rows, textfile):
    """Header and rows as UTF-8 CSV to an open text file (opened with newline=""). Returns the row count."""
    writer = csv.writer(textfile, lineterminator="\r\n")
    writer.writerow(dataset.field_names)
    counted = CountingRows(rows)
    convert = _cell_converters(dataset, for_text=True)
    writer.writerows(convert(row) for row in counted)
    return counted.count


def write_csv(dataset, rows, path):
    with open(path, "w", encoding="utf-8", newline="") as textfile:
        return write_csv_rows(dataset, rows, textfile)


def codebook_rows(dataset):
    yield ["field", "type", "constraints", "beschrijving (nl)", "description (en)"]
    for f in dataset.fields:
        yield [f.name, f.type, json.dumps(f.constraints, ensure_ascii=False) if f.constraints else "",
               neutralise(f.description_nl), neutralise(f.description_en)]


def write_xlsx(dataset, rows, path):
    """A workbook in openpyxl's write-only mode: the data sheet, then a 'codebook' sheet. Returns the row count."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    try:
        sheet = workbook.create_sheet(title=dataset.name[:31])
        sheet.append(dataset.field_names)
        counted = CountingRows(rows)
        convert = _cell_converters(dataset, for_text=False)
        for row in counted:
            sheet.append(convert(row))
        codebook = workbook.create_sheet(title="codebook")
        for line in codebook_rows(dataset):
            codebook.append(line)
        workbook.save(path)
    except BaseException:
        _discard_write_only_workbook(workbook)
        raise
    return counted.count


def _discard_write_only_workbook(workbook):
    """Remove the temporary files openpyxl's write-only sheets stream into, after a failed export.

    openpyxl only removes them when the workbook is saved or the process exits; in a long-running web
    process that would leave (pseudonymised) data in the temp folder. This reaches into openpyxl's
    write-only internals (openpyxl 3.1), defensively.
    """
    for sheet in workbook.worksheets:
        writer = getattr(sheet, "_writer", None)
        rows = getattr(sheet, "_rows", None)
        try:
            if rows is not None:
                rows.close()
            if writer is not None:
                writer.close()
        except Exception:  # noqa: BLE001 - cleaning up after an error that is re-raised anyway
            pass
        if writer is not None:
            try:
                writer.cleanup()
            except Exception:  # noqa: BLE001
                pass


def package_descriptor(datasets, filters, row_counts, created=None):
    """The `datapackage.json` contents: one tabular resource with its Table Schema per dataset."""
    names = {d.name for d in datasets}
    created = created or timezone.now()
    return {
        "profile": "data-package",
        "name": PACKAGE_NAME,
        "title": "Leerambassadeurs: evaluatie-export / evaluation export",
        "description": (
            "Gepseudonimiseerde gegevens van deelnemers met actieve toestemming voor het onderzoek. "
            "Pseudoniem = HMAC-SHA256 van het interne deelnemersnummer met een geheime sleutel. / "
            "Pseudonymised data of participants with active research consent. "
            "Pseudonym = HMAC-SHA256 of the internal participant id with a secret key."
        ),
        "created": iso_datetime(created),
        "filters": filters.as_dict(),
        "resources": [
            {
                "profile": "tabular-data-resource",
                "name": dataset.name,
                "path": f"data/{dataset.name}.csv",
                "title": f"{dataset.title_nl} / {dataset.title_en}",
                "description": f"{dataset.description_nl} / {dataset.description_en}",
                "descriptions": {"nl": dataset.description_nl, "en": dataset.description_en},
                "period": {"nl": dataset.period_nl, "en": dataset.period_en},
                "rowCount": row_counts[dataset.name],
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "dialect": {"delimiter": ",", "header": True},
                "schema": dataset.table_schema(with_foreign_key="participants" in names),
            }
            for dataset in datasets
        ],
    }


def write_datapackage(datasets_with_rows, filters, path, validate=True):
    """A zip file with `datapackage.json` and `data/<dataset>.csv` per dataset.

    `datasets_with_rows` is a list of (dataset, rows). The descriptor is always checked against the Data
    Package and Table Schema specifications; with `validate=True` the data is also checked against the
    schema (types, required, enum, ranges, unique, foreign keys) by the `frictionless` library.
    Returns a dict of row counts by dataset name; raises ExportValidationError if anything is invalid.
    """
    import frictionless

    row_counts = {}
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for dataset, rows in datasets_with_rows:
            with archive.open(f"data/{dataset.name}.csv", "w", force_zip64=True) as member:
                with io.TextIOWrapper(member, encoding="utf-8", newline="") as textfile:
                    row_counts[dataset.name] = write_csv_rows(dataset, rows, textfile)
        datasets = [dataset for dataset, _rows in datasets_with_rows]
        descriptor = package_descriptor(datasets, filters, row_counts)
        archive.writestr("datapackage.json", json.dumps(descriptor, ensure_ascii=False, indent=2))
    report = frictionless.Package.validate_descriptor(descriptor)
    if report.valid and validate:
        report = frictionless.validate(str(path), type="package")
    if not report.valid:
        errors = "; ".join(f"{kind}: {note}" for kind, note in report.flatten(["type", "note"])[:5])
        raise ExportValidationError(f"Het datapakket is niet geldig: {errors}")
    return row_counts
