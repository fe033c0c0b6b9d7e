"""No personal data in any export: scan every file, in every format, for every name, e-mail and username."""

import pytest

from evaluation.datasets import DATASETS, ExportFilters
from evaluation.exports import ALL_DATASETS, ExportRequest, export_to_file
from evaluation.models import ExportLog

from .conftest import PRIVATE_NOTE, REFLECTION_TEXT, export_text, personal_strings

pytestmark = pytest.mark.django_db

EXTENSIONS = {"csv": "csv", "xlsx": "xlsx", "datapackage": "zip", "sav": "sav"}


@pytest.mark.parametrize("export_format", ["csv", "xlsx", "datapackage", "sav"])
@pytest.mark.parametrize("name", [*DATASETS, ALL_DATASETS])
def test_no_personal_data_in_any_export(research_data, tmp_path, name, export_format):
    if name == ALL_DATASETS and export_format != "datapackage":
        pytest.skip("all datasets together only as a data package")
    path = tmp_path / f"export.{EXTENSIONS[export_format]}"
    log = export_to_file(
        ExportRequest(name, export_format, ExportFilters()), path, actor="test", source=ExportLog.Source.COMMAND
    )
    assert log.total_rows > 0
    text = export_text(path).lower()
    strings = personal_strings()
    assert len(strings) >= 20
    leaked = sorted(s for s in strings if s.lower() in text)
    assert leaked == []
    assert REFLECTION_TEXT.lower() not in text
    assert PRIVATE_NOTE.lower() not in text


def test_no_internal_ids_as_columns():
    for dataset in DATASETS.values():
        assert not {"id", "pk", "user", "user_id", "username", "email", "name"} & set(dataset.field_names)
