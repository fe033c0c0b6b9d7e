"""manage.py export_evaluation --dataset NAME --format csv|xlsx|datapackage|sav --output PATH [filters]"""

import getpass
import os

from django.core.management.base import BaseCommand, CommandError

from evaluation.datasets import DATASETS
from evaluation.exports import ALL_DATASETS, FORMATS, ExportRequest, export_to_file
from evaluation.forms import ExportForm
from evaluation.models import ExportLog
from evaluation.pseudonyms import PseudonymKeyMissing, get_pseudonym_key
from evaluation.writers import ExportValidationError


class Command(BaseCommand):
    help = (
        "Write a pseudonymised research export (only participants with active consent). Needs the secret "
        "EVALUATION_PSEUDONYM_KEY. The file appears only when the export succeeded; every run is logged."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dataset", required=True, help=f"One of: {', '.join(DATASETS)}, or '{ALL_DATASETS}' (datapackage only)."
        )
        parser.add_argument("--format", dest="export_format", required=True, choices=list(FORMATS))
        parser.add_argument("--output", required=True, help="File to write (a .zip for datapackage).")
        parser.add_argument("--from", dest="date_from", help="First day of the period, YYYY-MM-DD (inclusive).")
        parser.add_argument("--to", dest="date_to", help="Last day of the period, YYYY-MM-DD (inclusive).")
        parser.add_argument("--organisation", help="Organisation slug.")
        parser.add_argument("--sector", help="Sector slug.")
        parser.add_argument("--cohort", help="Cohort slug.")
        parser.add_argument(
            "--include-comments",
            action="store_true",
            help="organisation_measurements: include the coordinators' free-text comments (e-mail addresses and "
            "phone numbers masked). Left out unless asked for.",
        )
        parser.add_argument(
            "--skip-data-validation",
            action="store_true",
            help="Datapackage only: check the descriptor but do not re-read every row with frictionless (very large exports).",
        )

    def handle(self, *args, **options):
        try:
            get_pseudonym_key()
        except PseudonymKeyMissing as error:
            raise CommandError(str(error)) from error
        form = ExportForm(
            data={
                "dataset": options["dataset"],
                "export_format": options["export_format"],
                "date_from": options["date_from"] or "",
                "date_to": options["date_to"] or "",
                "organisation": options["organisation"] or "",
                "sector": options["sector"] or "",
                "cohort": options["cohort"] or "",
                "include_comments": "on" if options["include_comments"] else "",
            }
        )
        if not form.is_valid():
            raise CommandError("The export was not made:\n" + "\n".join(f"  {line}" for line in form.error_lines()))
        output = options["output"]
        directory = os.path.dirname(os.path.abspath(output))
        if not os.path.isdir(directory):
            raise CommandError(f"The folder {directory} does not exist.")
        if os.path.isdir(output):
            raise CommandError(f"{output} is a folder; give a file name.")
        request = ExportRequest(form.cleaned_data["dataset"], form.cleaned_data["export_format"], form.get_filters())
        try:
            log = export_to_file(
                request,
                output,
                actor=f"command:{getpass.getuser()}",
                source=ExportLog.Source.COMMAND,
                validate=not options["skip_data_validation"],
            )
        except (ExportValidationError, OSError) as error:
            raise CommandError(f"The export failed and no file was written: {error}") from error
        counts = ", ".join(f"{name}: {count}" for name, count in log.row_counts.items())
        self.stdout.write(self.style.SUCCESS(f"Wrote {output} ({counts} rows)."))
