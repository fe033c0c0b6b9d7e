"""The 'Evaluatie-export' admin view, the codebook and the export log: who may see what, preview, download."""

import csv
import io

import pytest
from django.urls import reverse

from evaluation.datasets import DATASETS
from evaluation.models import ExportLog

pytestmark = pytest.mark.django_db

EXPORT_URL = "/admin/evaluatie-export/"
CODEBOOK_URL = "/admin/evaluatie-export/codeboek/"
LOG_URL = "/admin/evaluatie-export/logboek/"


def download(client, **data):
    form = {"dataset": "participants", "export_format": "csv", "action": "download"}
    form.update(data)
    return client.post(EXPORT_URL, form)


def test_urls_are_named():
    assert reverse("evaluation_admin:export") == EXPORT_URL
    assert reverse("evaluation_admin:codebook") == CODEBOOK_URL
    assert reverse("evaluation_admin:log") == LOG_URL


@pytest.mark.parametrize("role", ["researcher", "superuser"])
def test_researchers_and_superusers_see_the_export_form(client, request, role):
    client.force_login(request.getfixturevalue(role))
    response = client.get(EXPORT_URL)
    assert response.status_code == 200
    content = response.content.decode()
    assert 'name="dataset"' in content and 'name="date_from"' in content and 'name="cohort"' in content
    assert "<label" in content and 'for="id_organisation"' in content
    assert 'value="sav"' in content and "SPSS" in content
    menu = client.get("/admin/").content.decode()
    assert "Evaluatie-export" in menu


@pytest.mark.parametrize("role", ["editor", "moderator"])
def test_other_admin_users_get_403_and_no_menu_item(client, request, role, research_data):
    client.force_login(request.getfixturevalue(role))
    assert client.get(EXPORT_URL).status_code == 403
    assert client.get(CODEBOOK_URL).status_code == 403
    assert download(client).status_code == 403
    assert not ExportLog.objects.exists()
    assert "Evaluatie-export" not in client.get("/admin/").content.decode()


@pytest.mark.parametrize("role", ["ambassador", "coordinator"])
def test_ambassadors_and_coordinators_cannot_reach_it(client, request, role, research_data):
    client.force_login(request.getfixturevalue(role))
    # Without admin access, Wagtail's own gate turns them away before the view runs (403 for scripts,
    # a redirect to the admin login for browsers); they never get data.
    assert client.get(EXPORT_URL, headers={"x-requested-with": "XMLHttpRequest"}).status_code == 403
    response = download(client)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert not ExportLog.objects.exists()


def test_anonymous_visitors_are_sent_to_the_login(client):
    response = client.get(EXPORT_URL)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_preview_shows_row_counts_and_writes_nothing(client, researcher, research_data):
    client.force_login(researcher)
    response = client.post(
        EXPORT_URL,
        {"dataset": "lesson_progress", "export_format": "csv", "action": "preview", "organisation": "helder"},
    )
    assert response.status_code == 200
    assert 'data-row-count="lesson_progress">2<' in response.content.decode()
    assert not ExportLog.objects.exists()


def test_preview_queries_do_not_grow_with_content(client, researcher, research_data, make_user):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from programme.models import LessonProgress

    client.force_login(researcher)
    form = {"dataset": "all", "export_format": "datapackage", "action": "preview"}

    def preview_queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.post(EXPORT_URL, form).status_code == 200
        return len(captured)

    preview_queries()  # warms the per-process caches (site, locales), as on a running site
    before = preview_queries()
    helder = research_data["organisations"]["helder"]
    for i in range(10):
        user = make_user(f"extra{i}", organisation=helder)
        LessonProgress.objects.create(
            user=user,
            lesson_key=research_data["lesson"].translation_key,
            module_key=research_data["module"].translation_key,
        )
    assert preview_queries() == before
    assert before <= 30  # session, user, groups, the admin menu, 3 filter lists and one count per dataset


def test_preview_of_all_datasets_lists_each(client, researcher, research_data):
    client.force_login(researcher)
    response = client.post(EXPORT_URL, {"dataset": "all", "export_format": "datapackage", "action": "preview"})
    content = response.content.decode()
    assert 'data-row-count="participants">3<' in content
    assert 'data-row-count="activities">2<' in content


def test_download_csv_is_pseudonymised_and_logged(client, researcher, research_data):
    client.force_login(researcher)
    response = download(client, sector="zorg")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert 'attachment; filename="evaluatie-participants-' in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"]
    body = b"".join(response.streaming_content).decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(body)))
    assert [r["sector"] for r in rows] == ["zorg"]
    assert "mehmetyz" not in body and "Yilmazoglu" not in body
    log = ExportLog.objects.get()
    assert (log.user, log.actor, log.source, log.row_counts) == (
        researcher,
        "onderzoeker",
        "admin",
        {"participants": 1},
    )
    assert log.filters["sector"] == "zorg"


@pytest.mark.parametrize(
    "export_format, content_type",
    [
        ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("datapackage", "application/zip"),
        ("sav", "application/x-spss-sav"),
    ],
)
def test_download_other_formats(client, superuser, research_data, export_format, content_type):
    client.force_login(superuser)
    response = download(client, dataset="self_assessments", export_format=export_format)
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    assert len(b"".join(response.streaming_content)) > 500


def test_download_sav_reads_back_in_spss_terms_and_shows_in_the_log(client, superuser, research_data, tmp_path):
    import pyreadstat

    client.force_login(superuser)
    response = download(client, dataset="activities", export_format="sav")
    assert response.status_code == 200
    assert ".sav" in response["Content-Disposition"]
    path = tmp_path / "download.sav"
    path.write_bytes(b"".join(response.streaming_content))
    frame, meta = pyreadstat.read_sav(str(path), apply_value_formats=True)
    assert list(frame.columns) == DATASETS["activities"].field_names
    assert set(frame["activity_type"]) == {"individual_conversation"}  # value labels applied
    assert len(frame) == 2  # the withdrawn participant's activity is left out
    log = ExportLog.objects.get()
    assert (log.export_format, log.status) == ("sav", "succeeded")
    assert "<td>sav</td>" in client.get(LOG_URL).content.decode()


@pytest.mark.parametrize(
    "data, field, message",
    [
        ({"date_from": "31-02-2025"}, "date_from", "Vul een geldige datum in"),
        ({"date_from": "2025-05-01", "date_to": "2025-04-01"}, "date_to", "einddatum ligt voor de begindatum"),
        ({"organisation": "onbekend"}, "organisation", "Deze organisatie bestaat niet"),
        ({"dataset": "all"}, "dataset", "alleen als datapakket"),
    ],
)
def test_bad_input_shows_form_errors_linked_to_the_field(client, researcher, research_data, data, field, message):
    client.force_login(researcher)
    response = download(client, **data)
    assert response.status_code == 400
    content = response.content.decode()
    assert message in content
    # An error summary at the top links to the field; the field itself is marked invalid next to its message.
    assert f'<a href="#id_{field}' in content
    assert 'aria-invalid="true"' in content
    assert not ExportLog.objects.exists()


def test_without_the_key_the_page_says_so_and_refuses_to_download(client, researcher, research_data, no_pseudonym_key):
    client.force_login(researcher)
    page = client.get(EXPORT_URL).content.decode()
    assert "EVALUATION_PSEUDONYM_KEY" in page
    response = download(client)
    assert response.status_code == 400
    assert ExportLog.objects.get().status == ExportLog.Status.FAILED


def test_codebook_explains_every_field_in_the_researchers_language(client, researcher):
    from django.utils.html import escape
    from wagtail.users.models import UserProfile

    from evaluation.datasets import available_datasets

    client.force_login(researcher)
    response = client.get(CODEBOOK_URL)
    assert response.status_code == 200
    content = response.content.decode()
    for dataset in available_datasets():
        assert f'id="dataset-{dataset.name}"' in content
        for field in dataset.fields:
            assert f"<code>{field.name}</code>" in content
            assert escape(field.description_nl) in content
    assert "Stable id (UUID) of the lesson" not in content
    # A researcher who set English as admin language reads it in English only (the exported codebooks keep both).
    profile = UserProfile.get_for_user(researcher)
    profile.preferred_language = "en"
    profile.save()
    content = client.get(CODEBOOK_URL).content.decode()
    assert "Stable id (UUID) of the lesson" in content
    assert all(
        escape(field.description_nl) not in content
        for dataset in available_datasets()
        for field in dataset.fields
        if field.description_nl != field.description_en
    )


def test_export_log_is_for_superusers_only(client, researcher, superuser, research_data):
    client.force_login(researcher)
    download(client)
    assert client.get(LOG_URL).status_code == 403
    client.force_login(superuser)
    response = client.get(LOG_URL)
    assert response.status_code == 200
    content = response.content.decode()
    assert "onderzoeker" in content and "participants: 3" in content


def test_export_log_queries_do_not_grow(client, superuser, django_assert_max_num_queries):
    for i in range(30):
        ExportLog.objects.create(
            actor=f"r{i}",
            source="command",
            dataset="participants",
            export_format="csv",
            status="succeeded",
            row_counts={"participants": i},
        )
    client.force_login(superuser)
    with django_assert_max_num_queries(12):
        assert client.get(LOG_URL).status_code == 200


def test_interface_strings_have_english_translations():
    from django.utils import translation

    with translation.override("en"):
        assert translation.gettext("Evaluatie-export") == "Evaluation export"
        assert translation.gettext("Aantal rijen tonen") == "Show row counts"
        assert (
            translation.gettext("SPSS (.sav, met variabele- en waardelabels)")
            == "SPSS (.sav, with variable and value labels)"
        )
