"""The organisation_measurements dataset: keyed organisation codes, submitted rows only, comments only on request
(masked), and every format read back with frictionless against its own codebook."""

import datetime
import json
import zipfile

import frictionless
import pytest
from django.core.management import call_command

from evaluation.datasets import DATASETS, ExportFilters, get_dataset
from evaluation.exports import ALL_DATASETS, ExportRequest, export_to_file
from evaluation.measurement_export import EMAIL_MASK, PHONE_MASK, mask_contact_details
from evaluation.models import ExportLog
from evaluation.pseudonyms import Pseudonymiser, get_pseudonym_key, organisation_code

from .conftest import COMMENT_WITH_CONTACTS, export_text, read_csv

pytestmark = pytest.mark.django_db
NAME = "organisation_measurements"


def rows(**filters):
    dataset = get_dataset(NAME)
    return [
        dict(zip(dataset.field_names, row, strict=False))
        for row in dataset.rows(ExportFilters(**filters), Pseudonymiser())
    ]


def code_of(organisation):
    return organisation_code(organisation.pk, get_pseudonym_key())


def export(tmp_path, export_format, filename, dataset=NAME, **filters):
    path = tmp_path / filename
    export_to_file(
        ExportRequest(dataset, export_format, ExportFilters(**filters)),
        path,
        actor="test",
        source=ExportLog.Source.COMMAND,
    )
    return path


def test_only_submitted_measurements_one_row_per_organisation_and_wave(research_data):
    helder, linde = research_data["organisations"]["helder"], research_data["organisations"]["linde"]
    exported = rows()
    # By wave, then organisation; linde's T1 is a draft and stays out.
    assert [(r["organisation"], r["wave"]) for r in exported] == [
        (code_of(helder), "T0"),
        (code_of(linde), "T0"),
        (code_of(helder), "T1"),
    ]
    first = next(r for r in exported if r["organisation"] == code_of(helder) and r["wave"] == "T0")
    assert first == {
        "organisation": code_of(helder),
        "sector": "schoonmaak",
        "organisation_size": "large",
        "wave": "T0",
        "wave_opens_on": datetime.date(2025, 1, 6),
        "submitted_on": datetime.date(2025, 2, 27),
        "headcount": 300,
        "practically_educated_count": 120,
        "trained_count": 90,
        "practically_educated_trained_count": 24,
        "active_ambassadors": 4,
        "facilitated_hours": 160,
        "phase": "implementation",
        "has_learning_agreement": False,
        "has_budget": True,
        "has_time_off": False,
        "has_management_sponsor": False,
        "has_successor_arrangement": False,
        "comment": None,
    }


def test_organisation_codes_are_keyed_stable_and_not_slugs_or_participant_pseudonyms(research_data, settings):
    helder = research_data["organisations"]["helder"]
    code = code_of(helder)
    assert len(code) == 64 and helder.slug not in code
    assert code != Pseudonymiser()(helder.pk)  # the same number as a participant id gives another value
    assert {r["organisation"] for r in rows(organisation=helder)} == {code}
    settings.EVALUATION_PSEUDONYM_KEY = "another-key-for-another-study-0000"
    assert {r["organisation"] for r in rows(organisation=helder)} != {code}


def test_filters_organisation_sector_and_period_on_the_wave(research_data):
    assert {r["wave"] for r in rows(sector=research_data["sectors"]["zorg"])} == {"T0"}
    assert [r["wave"] for r in rows(date_from=datetime.date(2025, 6, 1))] == ["T1"]
    assert len(rows(date_to=datetime.date(2025, 1, 6))) == 2
    # Organisations have no cohort: a cohort filter leaves the measurements as they are.
    assert len(rows(cohort=research_data["cohorts"]["voorjaar"])) == 3


def test_comment_only_when_asked_for_and_then_without_contact_details(research_data):
    assert all(r["comment"] is None for r in rows())
    (with_comment,) = [r["comment"] for r in rows(include_comments=True) if r["comment"]]
    assert "karinco@" not in with_comment and "1234 5678" not in with_comment
    assert with_comment == f"Vragen? Mail {EMAIL_MASK} of bel {PHONE_MASK}. Leerbeleid sinds 3-2-2025."


@pytest.mark.parametrize(
    "text, expected",
    [
        ("mail j.de-vries+werk@bedrijf.co.uk graag", f"mail {EMAIL_MASK} graag"),
        ("bel 06-12345678", f"bel {PHONE_MASK}"),
        ("bel 06 1234 5678.", f"bel {PHONE_MASK}."),
        ("tel. 020-123 45 67 of 0031 20 1234567", f"tel. {PHONE_MASK} of {PHONE_MASK}"),
        ("+31 (0)6 12 34 56 78", PHONE_MASK),
        ("120 medewerkers, 45 uur, sinds 01-02-2025", "120 medewerkers, 45 uur, sinds 01-02-2025"),
        ("", ""),
    ],
)
def test_mask_contact_details(text, expected):
    assert mask_contact_details(text) == expected


def read_back(path, **options):
    # frictionless only opens files below its base path.
    return frictionless.Resource(path.name, basepath=str(path.parent), **options)


def test_csv_round_trip_with_frictionless(research_data, tmp_path):
    path = export(tmp_path, "csv", "metingen.csv", include_comments=True)
    schema = frictionless.Schema.from_descriptor(get_dataset(NAME).table_schema())
    report = frictionless.validate(read_back(path, schema=schema))
    assert report.valid, report.flatten(["type", "note"])
    read = read_back(path, schema=schema).read_rows()
    assert len(read) == 3
    assert {row["wave"] for row in read} == {"T0", "T1"}
    assert sum(1 for row in read if row["comment"]) == 1
    assert all(isinstance(row["has_budget"], bool) and isinstance(row["headcount"], int) for row in read)
    assert read_csv(path)[0].keys() == set(DATASETS[NAME].field_names)


def test_xlsx_round_trip_with_frictionless_and_codebook_sheet(research_data, tmp_path):
    path = export(tmp_path, "xlsx", "metingen.xlsx")
    schema = frictionless.Schema.from_descriptor(get_dataset(NAME).table_schema())
    control = frictionless.formats.ExcelControl(sheet=NAME)
    report = frictionless.validate(read_back(path, schema=schema, control=control))
    assert report.valid, report.flatten(["type", "note"])
    assert len(read_back(path, schema=schema, control=control).read_rows()) == 3
    codebook = read_back(path, control=frictionless.formats.ExcelControl(sheet="codebook"))
    assert [row["field"] for row in codebook.read_rows()] == DATASETS[NAME].field_names


def test_data_package_round_trip_with_its_codebook(research_data, tmp_path):
    path = export(tmp_path, "datapackage", "metingen.zip")
    report = frictionless.validate(str(path), type="package")
    assert report.valid, report.flatten(["type", "note"])
    package = frictionless.Package(str(path))
    resource = package.get_resource(NAME)
    assert resource.schema.primary_key == ["organisation", "wave"]
    assert len(resource.read_rows()) == 3
    with zipfile.ZipFile(path) as archive:
        descriptor = json.loads(archive.read("datapackage.json"))
    for field in descriptor["resources"][0]["schema"]["fields"]:
        assert field["descriptions"]["nl"] and field["descriptions"]["en"], field["name"]


def test_in_the_package_with_everything_it_has_no_foreign_key_to_participants(research_data, tmp_path):
    path = export(tmp_path, "datapackage", "alles.zip", dataset=ALL_DATASETS)
    assert frictionless.validate(str(path), type="package").valid
    resource = frictionless.Package(str(path)).get_resource(NAME)
    assert not resource.schema.foreign_keys and len(resource.read_rows()) == 3


def test_command_includes_comments_only_with_the_flag(research_data, tmp_path):
    without, with_comments = tmp_path / "zonder.csv", tmp_path / "met.csv"
    call_command("export_evaluation", "--dataset", NAME, "--format", "csv", "--output", str(without))
    call_command(
        "export_evaluation", "--dataset", NAME, "--format", "csv", "--output", str(with_comments), "--include-comments"
    )
    assert not any(row["comment"] for row in read_csv(without))
    assert [row["comment"] for row in read_csv(with_comments) if row["comment"]] == [
        mask_contact_details(COMMENT_WITH_CONTACTS)
    ]
    first, second = ExportLog.objects.order_by("pk")
    assert "include_comments" not in first.filters and second.filters["include_comments"] is True


def test_admin_export_form_has_the_comment_box(client, researcher, research_data):
    client.force_login(researcher)
    page = client.get("/admin/evaluatie-export/").content.decode()
    assert 'name="include_comments"' in page
    form = {"dataset": NAME, "export_format": "csv", "action": "download"}
    plain = b"".join(client.post("/admin/evaluatie-export/", form).streaming_content).decode()
    ticked = b"".join(
        client.post("/admin/evaluatie-export/", {**form, "include_comments": "on"}).streaming_content
    ).decode()
    assert PHONE_MASK not in plain and PHONE_MASK in ticked
    assert "karinco" not in ticked and "5678" not in ticked


def test_no_personal_data_even_with_comments(research_data, tmp_path):
    from .conftest import personal_strings

    for export_format, suffix in [("csv", "csv"), ("xlsx", "xlsx"), ("datapackage", "zip"), ("sav", "sav")]:
        text = export_text(export(tmp_path, export_format, f"m.{suffix}", include_comments=True)).lower()
        assert sorted(s for s in personal_strings() if s.lower() in text) == []
