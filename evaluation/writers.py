"""File writers for the research exports: CSV, XLSX and a Frictionless Data Package.

All three stream: rows go from the database cursor to the file one at a time (CSV through the `csv`
module, XLSX through openpyxl's write-only mode, the data package as CSV inside a zip file), so memory
does not grow with the number of rows. Text cells that a spreadsheet would run as a formula are
neutralised first (https://owasp.org/www-community/attacks/CSV_Injection).
"""

import contextlib
import csv
import datetime
import decimal
import io
import itertools
import json
import zipfile

from django.utils import timezone
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.compat import safe_string
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import IllegalCharacterError
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.writer.excel import ExcelWriter
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import xmlfile

from .rawrows import CHUNK_SIZE

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


class LocalTimeText:
    """UTC timestamps as `iso_datetime` text: aware datetimes, or raw database values (`evaluation.rawrows`:
    naive datetimes in UTC, or text in UTC).

    Through `astimezone` and `isoformat` a value cost about 4 µs, twice per row at a million rows. A zone's
    offset changes only at a few instants, so UTC text is converted per hour: the hour's local text and
    offset are worked out once and the minutes and seconds copied. Hours in which the offset changes, and
    offsets that are not whole hours, go the slow way, so the result is always that of `iso_datetime`.
    """

    MAX_HOURS = 100_000  # about 11 years of distinct hours; then start again rather than grow

    def __init__(self, tz=None):
        self.tz = tz or timezone.get_current_timezone()
        self.hours = {}

    def __call__(self, value):
        if value is None:
            return None
        if value.__class__ is not str:
            if value.tzinfo is not None and value.utcoffset():
                return value.astimezone(self.tz).isoformat(timespec="seconds")
            value = value.isoformat(" ")  # naive (UTC) or aware in UTC: "...[.ffffff][+00:00]"
        length = len(value)
        # "YYYY-MM-DD HH:MM:SS[.ffffff]", and PostgreSQL's text in Django's UTC session: "...+00".
        if (length == 19 or (length == 26 and value[19] == ".") or value.endswith(("+00", "+00:00"))) and value[
            10
        ] in " T":
            hour = self.hours.get(value[:13])
            if hour is None:
                hour = self._hour(value[:13])
            if hour:
                return hour[0] + value[13:19] + hour[1]
        parsed = datetime.datetime.fromisoformat(value)
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=datetime.UTC)
        return parsed.astimezone(self.tz).isoformat(timespec="seconds")

    def _hour(self, key):
        if len(self.hours) >= self.MAX_HOURS:
            self.hours.clear()
        try:
            start = datetime.datetime.fromisoformat(key + ":00:00").replace(tzinfo=datetime.UTC)
        except ValueError:
            hour = False
        else:
            first = start.astimezone(self.tz)
            offset = first.utcoffset()
            last = (start + datetime.timedelta(seconds=3599)).astimezone(self.tz)
            whole = offset == last.utcoffset() and not offset % datetime.timedelta(hours=1)
            text = first.isoformat(timespec="seconds")
            hour = (text[:13], text[19:]) if whole else False
        self.hours[key] = hour
        return hour


def _as_date(value):
    # Raw dates are already "YYYY-MM-DD" text.
    return value if value is None or value.__class__ is str else value.isoformat()


def _as_text_boolean(value):
    # Raw booleans are 0/1 on SQLite.
    return None if value is None else ("true" if value else "false")


def _as_boolean(value):
    return None if value is None else bool(value)


def _as_string(value):
    if value.__class__ is str:
        return "'" + value if value.startswith(FORMULA_PREFIXES) else value
    return None if value is None else neutralise(str(value))


def cell_encoders(dataset, for_text):
    """One encoder per column, chosen once from the field types (None: the value is written as it is).

    Values may be Python values or raw database values (`evaluation.rawrows`). Integers pass through;
    None is an empty cell in csv and openpyxl alike.
    """
    by_type = {
        "datetime": LocalTimeText(),
        "date": _as_date,
        "string": _as_string,
        "boolean": _as_text_boolean if for_text else _as_boolean,
    }
    return [by_type.get(f.type) for f in dataset.fields]


def encoded_chunks(dataset, rows, for_text, chunk_size=CHUNK_SIZE):
    """(number of rows, iterator of encoded rows) per chunk of `rows`.

    Encoding goes column by column (`map` over a transposed chunk), so a column without an encoder costs
    nothing per value and the others one call per value, without a Python loop per row.
    """
    encoders = cell_encoders(dataset, for_text)
    width = len(encoders)
    rows = iter(rows)
    while chunk := list(itertools.islice(rows, chunk_size)):
        if len(chunk[0]) != width:
            raise ValueError(f"{dataset.name}: rows have {len(chunk[0])} values, the codebook {width} fields")
        columns = zip(*chunk, strict=False)
        yield (
            len(chunk),
            zip(
                *[
                    column if encode is None else map(encode, column)
                    for encode, column in zip(encoders, columns, strict=False)
                ],
                strict=False,
            ),
        )


def write_csv_rows(dataset, rows, textfile):
    """Header and rows as UTF-8 CSV to an open text file (opened with newline=""). Returns the row count."""
    writer = csv.writer(textfile, lineterminator="\r\n")
    writer.writerow(dataset.field_names)
    count = 0
    for size, encoded in encoded_chunks(dataset, rows, for_text=True):
        writer.writerows(encoded)
        count += size
    return count


def write_csv(dataset, rows, path):
    with open(path, "w", encoding="utf-8", newline="") as textfile:
        return write_csv_rows(dataset, rows, textfile)


def codebook_rows(dataset):
    yield ["field", "type", "constraints", "beschrijving (nl)", "description (en)"]
    for f in dataset.fields:
        yield [
            f.name,
            f.type,
            json.dumps(f.constraints, ensure_ascii=False) if f.constraints else "",
            neutralise(f.description_nl),
            neutralise(f.description_en),
        ]


def write_xlsx(dataset, rows, path):
    """A workbook in openpyxl's write-only mode: the data sheet, then a 'codebook' sheet. Returns the row count."""
    workbook = Workbook(write_only=True)
    count = 0
    try:
        sheet = TypedRowsSheet.add_to(workbook, dataset.name[:31], len(dataset.fields))
        sheet.append_rows([dataset.field_names])
        for size, encoded in encoded_chunks(dataset, rows, for_text=False):
            sheet.append_rows(encoded)
            count += size
        codebook = workbook.create_sheet(title="codebook")
        for line in codebook_rows(dataset):
            codebook.append(line)
        _save_workbook(workbook, path)
    except BaseException:
        _discard_write_only_workbook(workbook)
        raise
    return count


def _save_workbook(workbook, path):
    """openpyxl's `save_workbook`, with the fastest deflate level: a third of the zip time, a fifth larger file."""
    archive = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True, compresslevel=1)
    workbook.properties.modified = datetime.datetime.now(tz=datetime.UTC).replace(tzinfo=None)
    ExcelWriter(workbook, archive).save()


_XML_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})


def _xml_text(value):
    """Text as lxml writes it in an element: &, <, > and CR escaped."""
    if "&" in value or "<" in value or ">" in value or "\r" in value:
        return value.translate(_XML_ESCAPES)
    return value


def _row_xml(letters, values, number):
    """One `<row>` of the sheet: the cells openpyxl writes for the same values.

    Text as an inline string (with `xml:space="preserve"` when it has outer spaces), booleans as `b`,
    numbers as `n` in openpyxl's number format, nothing for None.
    """
    cells = [f'<row r="{number}">']
    for letter, value in zip(letters, values, strict=False):
        kind = value.__class__
        if kind is str:
            if not value:
                cells.append(f'<c r="{letter}{number}" t="inlineStr"/>')
                continue
            space = ' xml:space="preserve"' if value != value.strip() else ""
            cells.append(f'<c r="{letter}{number}" t="inlineStr"><is><t{space}>{_xml_text(value)}</t></is></c>')
        elif kind is bool:
            cells.append(f'<c r="{letter}{number}" t="b"><v>{1 if value else 0}</v></c>')
        elif kind is int:
            cells.append(f'<c r="{letter}{number}" t="n"><v>{f"{value:.16g}"}</v></c>')
        elif kind is float or kind is decimal.Decimal:
            cells.append(f'<c r="{letter}{number}" t="n"><v>{safe_string(value)}</v></c>')
        elif value is not None:
            raise ValueError(f"Cannot write {value!r} ({kind.__name__}) to a spreadsheet cell")
    cells.append("</row>")
    return "".join(cells)


class FileWorksheetWriter(WorksheetWriter):
    """openpyxl 3.1's worksheet writer, with the temporary file opened here so rows can go to it directly."""

    def get_stream(self):
        with open(self.out, "wb") as self.file, xmlfile(self.file) as xf, xf.element("worksheet", xmlns=SHEET_MAIN_NS):
            try:
                while True:
                    element = yield
                    if element is True:
                        yield xf
                    elif element is not None:
                        xf.write(element)
            except GeneratorExit:
                pass


class TypedRowsSheet(WriteOnlyWorksheet):
    """A write-only sheet whose rows are written as XML text, a chunk of rows at a time.

    openpyxl's own `append` makes a cell object per value, works out its type and coordinate and writes
    it through nested lxml contexts: 40 µs a row, most of the XLSX export's time. The XML written here is
    what openpyxl writes for the same values (`_row_xml`); the rest of the workbook is openpyxl's.
    """

    @classmethod
    def add_to(cls, workbook, title, width):
        sheet = cls(parent=workbook, title=title)
        sheet.letters = [get_column_letter(index) for index in range(1, width + 1)]
        sheet.next_row = 1
        workbook._sheets.append(sheet)
        return sheet

    def _get_writer(self):
        if self._writer is None:
            self._writer = FileWorksheetWriter(self)
            self._writer.write_top()

    def _write_rows(self):
        # Like openpyxl's: inside <sheetData>, what is sent goes straight to the file.
        try:
            xf = self._writer.xf.send(True)
        except StopIteration:
            self._already_saved()
        with xf.element("sheetData"):
            xf.flush()
            try:
                while True:
                    self._writer.file.write((yield))
            except GeneratorExit:
                pass
        self._writer.xf.send(None)

    def append_rows(self, rows):
        first = self.next_row
        lines = [_row_xml(self.letters, values, number) for number, values in enumerate(rows, first)]
        text = "".join(lines)
        if ILLEGAL_CHARACTERS_RE.search(text):
            raise IllegalCharacterError("An exported value contains a control character that XLSX cannot hold")
        self.next_row = first + len(lines)
        self._get_writer()
        if self._rows is None:
            self._rows = self._write_rows()
            next(self._rows)
        self._rows.send(text.encode("utf-8"))


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
            with contextlib.suppress(Exception):
                writer.cleanup()


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
            with (
                archive.open(f"data/{dataset.name}.csv", "w", force_zip64=True) as member,
                io.TextIOWrapper(member, encoding="utf-8", newline="") as textfile,
            ):
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
