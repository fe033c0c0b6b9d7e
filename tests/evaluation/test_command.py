"""manage.py export_evaluation: happy path, bad input with a clear message, and never a (partial) file on error."""

import pytest
from django.core.management import CommandError, call_command

from evaluation import writers
from evaluation.models import ExportLog

from .conftest import read_csv, read_xlsx

pytestmark = pytest.mark.django_db


def run(*args):
    call_command("export_evaluation", *args)


def test_writes_csv_and_logs_the_export(research_data, tmp_path, capsys):
    output = tmp_path / "deelnemers.csv"
    run("--dataset", "participants", "--format", "csv", "--output", str(output), "--organisation", "helder")
    assert {row["organisation"] for row in read_csv(output)} == {"helder"}
    assert "2 rows" in capsys.readouterr().out
    log = ExportLog.objects.get()
    assert (log.source, log.status, log.dataset, log.export_format) == ("command", "succeeded", "participants", "csv")
    assert log.filters["organisation"] == "helder"
    assert log.row_counts == {"participants": 2}
    assert log.actor.startswith("command:")
    assert [p.name for p in tmp_path.iterdir()] == ["deelnemers.csv"]


def test_writes_xlsx_with_all_filters(research_data, tmp_path):
    output = tmp_path / "voortgang.xlsx"
    run(
        "--dataset",
        "lesson_progress",
        "--format",
        "xlsx",
        "--output",
        str(output),
        "--from",
        "2025-04-01",
        "--to",
        "2025-04-30",
        "--sector",
        "schoonmaak",
        "--cohort",
        "voorjaar",
    )
    assert len(read_xlsx(output)) == 2
    assert ExportLog.objects.get().filters == {
        "from": "2025-04-01",
        "to": "2025-04-30",
        "organisation": None,
        "sector": "schoonmaak",
        "cohort": "voorjaar",
    }


def test_writes_a_valid_data_package(research_data, tmp_path):
    import frictionless

    output = tmp_path / "pakket.zip"
    run("--dataset", "all", "--format", "datapackage", "--output", str(output))
    assert frictionless.validate(str(output), type="package").valid


def test_refuses_without_the_pseudonym_key(research_data, tmp_path, no_pseudonym_key):
    output = tmp_path / "x.csv"
    with pytest.raises(CommandError, match="EVALUATION_PSEUDONYM_KEY"):
        run("--dataset", "participants", "--format", "csv", "--output", str(output))
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "args, message",
    [
        (["--from", "2025-13-01"], "geldige datum"),
        (["--to", "gisteren"], "geldige datum"),
        (["--from", "2025-05-01", "--to", "2025-04-01"], "einddatum ligt voor de begindatum"),
        (["--organisation", "bestaat-niet"], "Deze organisatie bestaat niet: bestaat-niet"),
        (["--sector", "ruimtevaart"], "Deze sector bestaat niet: ruimtevaart"),
        (["--cohort", "cohort-1999"], "Dit cohort bestaat niet: cohort-1999"),
        (["--dataset", "namen"], "namen"),
    ],
)
def test_bad_input_gives_a_clear_message_and_no_file(research_data, tmp_path, args, message):
    output = tmp_path / "x.csv"
    base = ["--dataset", "participants", "--format", "csv", "--output", str(output)]
    if "--dataset" in args:
        base = base[2:]
    with pytest.raises(CommandError, match=message):
        run(*base, *args)
    assert list(tmp_path.iterdir()) == []
    assert not ExportLog.objects.exists()


def test_all_datasets_only_as_data_package(research_data, tmp_path):
    with pytest.raises(CommandError, match="alleen als datapakket"):
        run("--dataset", "all", "--format", "csv", "--output", str(tmp_path / "x.csv"))
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_reported(research_data, tmp_path):
    with pytest.raises(CommandError, match="does not exist"):
        run("--dataset", "participants", "--format", "csv", "--output", str(tmp_path / "nope" / "x.csv"))


@pytest.mark.parametrize("export_format, filename", [("csv", "x.csv"), ("xlsx", "x.xlsx"), ("datapackage", "x.zip")])
def test_error_halfway_leaves_no_file_and_keeps_an_existing_one(
    research_data, tmp_path, monkeypatch, export_format, filename
):
    output = tmp_path / filename
    output.write_text("vorige export")
    real_encoder = writers._as_string
    calls = {"n": 0}

    def failing_after_a_few_cells(value):
        calls["n"] += 1
        if calls["n"] > 8:
            raise OSError("schijf vol")
        return real_encoder(value)

    monkeypatch.setattr(writers, "_as_string", failing_after_a_few_cells)
    with pytest.raises(CommandError, match="schijf vol"):
        run("--dataset", "lesson_progress", "--format", export_format, "--output", str(output))
    assert [p.name for p in tmp_path.iterdir()] == [filename]
    assert output.read_text() == "vorige export"
    log = ExportLog.objects.get()
    assert log.status == ExportLog.Status.FAILED and "schijf vol" in log.error


def test_failed_xlsx_export_leaves_no_temporary_sheet_files(research_data, tmp_path, monkeypatch):
    from openpyxl.worksheet import _writer as openpyxl_writer

    before = list(openpyxl_writer.ALL_TEMP_FILES)
    monkeypatch.setattr(writers, "_as_string", lambda value: (_ for _ in ()).throw(OSError("schijf vol")))
    with pytest.raises(CommandError):
        run("--dataset", "lesson_progress", "--format", "xlsx", "--output", str(tmp_path / "x.xlsx"))
    assert before == openpyxl_writer.ALL_TEMP_FILES
