"""SPSS (`.sav`) export, written with pyreadstat (the ReadStat C library), for any dataset in the registry.

The codebook becomes the SPSS dictionary:

* variable label = the field's Dutch description (SPSS keeps at most 256 bytes; longer ones are cut at a
  word with "…" — the full text is in the codebook);
* text with a fixed list of values (`enum`) = a numeric variable with codes 1, 2, … in codebook order and
  the value itself as value label, so codes stay the same in every export;
* booleans = 0/1 with value labels false/true; integers = numbers (F8.0); dates = DATE11; moments =
  DATETIME20 in the local time of the site's time zone (SPSS has no time zones; the notes say which);
* other text = a string variable with exactly the text of the CSV export (formula-like text neutralised);
  empty values are system-missing (numbers) or empty (strings).

The file's notes hold the dataset's description in Dutch and English and the export's filters.

SAV files carry the row count in their header, so pyreadstat writes from a complete data frame: the rows
are gathered column by column in compact arrays first (numbers as float64, text as references to shared
strings). Memory therefore grows with the number of rows, unlike the CSV and XLSX exports — see bench/README.md.
"""

import numpy
import pandas
import pyreadstat
from django.conf import settings

from .writers import ExportValidationError, encoded_chunks

SPSS_EPOCH = numpy.datetime64("1582-10-14T00:00:00", "s")
MAX_LABEL_BYTES = 256
MAX_FILE_LABEL_BYTES = 64
NOTE_LINE_BYTES = 80
BOOLEAN_LABELS = {0: "false", 1: "true"}


class SpssValueError(ExportValidationError):
    """A value does not fit the codebook (e.g. a text outside the field's fixed list of values)."""


def fit_label(text, limit=MAX_LABEL_BYTES):
    """`text` cut to at most `limit` UTF-8 bytes, at a word, with "…" when it was cut."""
    if len(text.encode("utf-8")) <= limit:
        return text
    ellipsis = "…"
    room = limit - len(ellipsis.encode("utf-8"))
    cut = text.encode("utf-8")[:room].decode("utf-8", errors="ignore")
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + ellipsis


class _Column:
    """How one field is stored in SPSS, and its values gathered chunk by chunk."""

    def __init__(self, field):
        self.field = field
        self.parts = []
        self.codes = {value: code for code, value in enumerate(field.enum, 1)} if field.type == "string" else {}
        if self.codes:
            self.kind = "code"
        elif field.type in ("string", "date", "datetime", "boolean"):
            self.kind = field.type
        else:
            self.kind = "number"

    def add(self, values):
        if self.kind == "string":
            self.parts.extend(values)
        elif self.kind == "code":
            self.parts.append(numpy.array([self._code(value) for value in values], dtype="float64"))
        elif self.kind == "boolean":
            self.parts.append(
                numpy.array([numpy.nan if value is None else (value == "true") for value in values], dtype="float64")
            )
        elif self.kind in ("date", "datetime"):
            # "YYYY-MM-DD" or the local "YYYY-MM-DDTHH:MM:SS" of the ISO text (the offset is dropped).
            moments = numpy.array([value[:19] if value else "NaT" for value in values], dtype="datetime64[s]")
            seconds = (moments - SPSS_EPOCH).astype("float64")
            seconds[numpy.isnat(moments)] = numpy.nan
            self.parts.append(seconds)
        else:
            self.parts.append(
                numpy.array([numpy.nan if value is None else float(value) for value in values], dtype="float64")
            )

    def _code(self, value):
        if value is None or value == "":
            return numpy.nan
        try:
            return self.codes[value]
        except KeyError:
            raise SpssValueError(
                f"{self.field.name}: '{value}' staat niet in het codeboek ({', '.join(self.field.enum)})"
            ) from None

    def values(self):
        if self.kind == "string":
            return numpy.array(self.parts, dtype=object)
        return numpy.concatenate(self.parts) if self.parts else numpy.array([], dtype="float64")

    def value_labels(self):
        if self.kind == "code":
            return {code: value for value, code in self.codes.items()}
        if self.kind == "boolean":
            return BOOLEAN_LABELS
        return None

    def format(self):
        return {"date": "DATE11", "datetime": "DATETIME20", "number": "F8.0", "code": "F8.0", "boolean": "F1.0"}.get(
            self.kind
        )

    def measure(self):
        return "scale" if self.kind in ("number", "date", "datetime") else "nominal"


def write_sav(dataset, rows, path, filters=None):
    """Write `rows` of `dataset` to an SPSS .sav file at `path`. Returns the row count."""
    columns = [_Column(field) for field in dataset.fields]
    count = 0
    for size, encoded in encoded_chunks(dataset, rows, for_text=True):
        for column, values in zip(columns, zip(*encoded, strict=False), strict=False):
            column.add(values)
        count += size
    frame = pandas.DataFrame({column.field.name: column.values() for column in columns})
    pyreadstat.write_sav(
        frame,
        str(path),
        file_label=fit_label(f"Leerambassadeurs: {dataset.title_nl}", MAX_FILE_LABEL_BYTES),
        column_labels=[fit_label(column.field.description_nl) for column in columns],
        variable_value_labels={c.field.name: c.value_labels() for c in columns if c.value_labels()},
        variable_format={c.field.name: c.format() for c in columns if c.format()},
        variable_measure={c.field.name: c.measure() for c in columns},
        note=_notes(dataset, filters),
        row_compress=True,
    )
    return count


def _note_lines(text, limit=NOTE_LINE_BYTES):
    """`text` as lines of at most `limit` UTF-8 bytes, broken at words (SPSS document lines are 80 bytes)."""
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if len(candidate.encode("utf-8")) <= limit:
            line = candidate
            continue
        if line:
            lines.append(line)
        while len(word.encode("utf-8")) > limit:
            head = word.encode("utf-8")[:limit].decode("utf-8", errors="ignore")
            lines.append(head)
            word = word[len(head) :]
        line = word
    return lines + ([line] if line else [])


def _notes(dataset, filters):
    notes = [
        f"{dataset.title_nl}: {dataset.description_nl}",
        f"{dataset.title_en}: {dataset.description_en}",
        f"Tijden in lokale tijd ({settings.TIME_ZONE}). / Times in local time ({settings.TIME_ZONE}).",
    ]
    if filters is not None:
        chosen = ", ".join(f"{name}={value}" for name, value in filters.as_dict().items() if value)
        notes.append(f"Filters: {chosen or '-'}")
    return [line for note in notes for line in _note_lines(note)]
