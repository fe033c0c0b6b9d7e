"""Issue 17.6: links, bookmarks and scripts with the Dutch sector keys from before the rename keep working
on the sector pages, the research dashboard and the research export (admin form and command alike)."""

import pytest

from community.models import Sector, SectorIndexPage
from evaluation.forms import DashboardFilterForm, ExportForm
from website.seeding import get_or_create_child_page


@pytest.fixture
def care():
    return Sector.objects.create(slug="care", name="Zorg en welzijn", name_en="Care")


@pytest.mark.django_db
def test_an_old_sector_page_address_moves_permanently_to_the_new_one(client, home_page, care):
    get_or_create_child_page(home_page, SectorIndexPage, "sectoren", title="Sectoren", intro="Alle sectoren.")
    response = client.get("/nl/sectoren/zorg-en-welzijn/")
    assert response.status_code == 301
    assert response["Location"] == "/nl/sectoren/care/"
    assert client.get(response["Location"]).status_code == 200
    assert client.get("/nl/sectoren/bestaat-niet/").status_code == 404


@pytest.mark.django_db
def test_the_dashboard_filter_reads_an_old_sector_key_as_the_new_one(care):
    form = DashboardFilterForm({"sector": "zorg-en-welzijn"}, waves=[])
    assert form.is_valid(), form.errors
    assert form.cleaned_data["sector"] == "care"


@pytest.mark.django_db
def test_the_export_reads_an_old_sector_key_as_the_new_one(care):
    form = ExportForm(data={"dataset": "lesson_progress", "export_format": "csv", "sector": "zorg-en-welzijn"})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["sector"] == care


@pytest.mark.django_db
def test_a_sector_an_editor_gave_a_dutch_slug_keeps_it(care):
    cleaning = Sector.objects.create(slug="schoonmaak", name="Schoonmaak", name_en="Cleaning")
    form = ExportForm(data={"dataset": "lesson_progress", "export_format": "csv", "sector": "schoonmaak"})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["sector"] == cleaning
    assert not ExportForm(data={"dataset": "lesson_progress", "export_format": "csv", "sector": "nergens"}).is_valid()
