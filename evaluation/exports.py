"""Running an export: pick the datasets, write the file atomically and log it.

Used by the admin view and by `manage.py export_evaluation`. The file is first written to a temporary
file in the same directory and only renamed to the requested name when everything succeeded, so an error
(bad data, a full disk, an interrupted run) never leaves a file — not even a partial one — behind.
"""

import os
import tempfile
from dataclasses import dataclass, replace

from django.utils.translation import gettext_lazy as _

from .datasets import ExportFilters, available_datasets, get_dataset
from .models import ExportLog
from .pseudonyms import Pseudonymiser
from .writers import write_csv, write_datapackage, write_xlsx

ALL_DATASETS = "all"
FORMATS = {
    "csv": _("CSV (tekst, UTF-8)"),
    "xlsx": _("Excel (XLSX)"),
    "datapackage": _("Datapakket (Frictionless, zip met codeboek)"),
    "sav": _("SPSS (.sav, met variabele- en waardelabels)"),
}
EXTENSIONS = {"csv": ".csv", "xlsx": ".xlsx", "datapackage": ".zip", "sav": ".sav"}
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "datapackage": "application/zip",
    "sav": "application/x-spss-sav",
}


@dataclass
class ExportRequest:
    dataset: str  # a dataset name, or ALL_DATASETS (data package only)
    export_format: str
    filters: ExportFilters

    def datasets(self):
        if self.dataset == ALL_DATASETS:
            return available_datasets()
        return [get_dataset(self.dataset)]

    def filters_for(self, dataset):
        # In a package with all datasets the participants table lists everyone the events refer to,
        # so the period (which means something else for each dataset) does not apply to it.
        if self.dataset == ALL_DATASETS and dataset.name == "participants":
            return replace(self.filters, date_from=None, date_to=None)
        return self.filters


def preview_counts(request):
    """Row counts per dataset for the chosen filters, before anything is written (one query per dataset)."""
    return {dataset.name: dataset.count(request.filters_for(dataset)) for dataset in request.datasets()}


def write_export(request, path, pseudonymiser, validate=True):
    """Write the export to `path` (no atomicity here). Returns row counts by dataset name."""
    datasets = request.datasets()
    if request.export_format == "datapackage":
        with_rows = [(d, d.rows(request.filters_for(d), pseudonymiser)) for d in datasets]
        return write_datapackage(with_rows, request.filters, path, validate=validate)
    (dataset,) = datasets
    rows = dataset.rows(request.filters, pseudonymiser)
    if request.export_format == "sav":
        # Imported here: pandas and numpy add 55 MB to every process that loads them, and most never write SPSS.
        from .spss import write_sav

        return {dataset.name: write_sav(dataset, rows, path, request.filters)}
    writer = write_csv if request.export_format == "csv" else write_xlsx
    return {dataset.name: writer(dataset, rows, path)}


def default_filename(request, now):
    return f"evaluatie-{request.dataset.replace('_', '-')}-{now:%Y%m%d-%H%M}{EXTENSIONS[request.export_format]}"


def export_to_file(request, output_path, *, actor, source, user=None, validate=True):
    """Write the export atomically to `output_path` and log it. Returns the (succeeded) ExportLog.

    Any error is logged as a failed export and raised again; the temporary file is removed and
    `output_path` is left as it was.
    """
    log = ExportLog(
        user=user,
        actor=actor[:150],
        source=source,
        dataset=request.dataset,
        export_format=request.export_format,
        filters=request.filters.as_dict(),
    )
    output_path = os.path.abspath(output_path)
    temp_path = None
    try:
        pseudonymiser = Pseudonymiser()  # refuses without the key, before any file is created
        directory = os.path.dirname(output_path)
        if os.path.isdir(output_path):
            raise IsADirectoryError(output_path)
        fd, temp_path = tempfile.mkstemp(
            dir=directory,
            prefix=f".{os.path.basename(output_path)}.",
            suffix=f".part{EXTENSIONS[request.export_format]}",
        )
        os.close(fd)
        log.row_counts = write_export(request, temp_path, pseudonymiser, validate=validate)
        os.replace(temp_path, output_path)
        temp_path = None
    except BaseException as error:
        if temp_path and os.path.exists(temp_path):
            os.unlink(temp_path)
        log.status = ExportLog.Status.FAILED
        log.error = f"{type(error).__name__}: {error}"[:2000]
        log.save()
        raise
    log.status = ExportLog.Status.SUCCEEDED
    log.save()
    return log
