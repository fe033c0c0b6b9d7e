"""Issue 14: every listed organisation has its own public page (sector, region, story, number of ambassadors, no
names) and every sector has one; they link to each other, exist in both languages and follow the page cache."""

import pytest

from community.models import SectorIndexPage
from website import roles
from website.seeding import get_or_create_child_page
from website.translation import translate_page


@pytest.fixture
def sector_index(home_page):
    return get_or_create_child_page(home_page, SectorIndexPage, "sectoren", title="Sectoren", intro="Alle sectoren.")


@pytest.fixture
def people(make_user, organisation, other_organisation):
    make_user("fatima", group=roles.AMBASSADORS, organisation=organisation, first_name="Fatima", last_name="Yilmaz")
    make_user("karel", group=roles.AMBASSADORS, organisation=organisation, first_name="Karel", last_name="Jansen")
    make_user("zorg", group=roles.AMBASSADORS, organisation=other_organisation)  # not listed publicly


def org_url(index, organisation):
    return f"{index.url}{organisation.slug}/"


@pytest.mark.django_db
def test_a_listed_organisation_has_its_own_page_without_names(
    client, organisation_index, sector_index, organisation, people
):
    organisation.story = "Twee ambassadeurs praten in de pauze over leren."
    organisation.save()
    response = client.get(org_url(organisation_index, organisation))
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>{organisation.name}</h1>" in html
    assert "Schoonmaak" in html and "Utrecht" in html and organisation.story in html
    assert "<dd>2</dd>" in html  # two active ambassadors
    for name in ("Fatima", "Yilmaz", "Karel", "Jansen"):
        assert name not in html
    assert f'href="{sector_index.url}schoonmaak/"' in html


@pytest.mark.django_db
def test_an_unlisted_or_unknown_organisation_has_no_page(client, organisation_index, other_organisation):
    assert client.get(org_url(organisation_index, other_organisation)).status_code == 404
    assert client.get(f"{organisation_index.url}bestaat-niet/").status_code == 404


@pytest.mark.django_db
def test_the_organisation_list_links_to_the_organisation_and_sector_pages(
    client, organisation_index, sector_index, organisation
):
    html = client.get(organisation_index.url).content.decode()
    assert f'href="{org_url(organisation_index, organisation)}"' in html
    assert f'href="{sector_index.url}schoonmaak/"' in html


@pytest.mark.django_db
def test_sectors_have_an_index_and_a_page_each(
    client, sector_index, organisation_index, organisation, other_organisation, people
):
    assert sector_index.url == "/nl/sectoren/"
    index_html = client.get(sector_index.url).content.decode()
    assert 'href="/nl/sectoren/schoonmaak/"' in index_html and 'href="/nl/sectoren/zorg/"' in index_html
    assert "1 organisatie op deze website" in index_html and "2 actieve leerambassadeurs" in index_html
    response = client.get("/nl/sectoren/schoonmaak/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Schoonmaak</h1>" in html and f'href="{org_url(organisation_index, organisation)}"' in html
    assert "werken 2 actieve leerambassadeurs" in html
    # The unlisted organisation in the other sector is not named, and its ambassador is not counted.
    zorg = client.get("/nl/sectoren/zorg/").content.decode()
    assert other_organisation.name not in zorg and "geen organisaties uit deze sector" in zorg
    assert "0 organisaties op deze website · 0 actieve leerambassadeurs" in " ".join(index_html.split())
    assert client.get("/nl/sectoren/bestaat-niet/").status_code == 404


@pytest.mark.django_db
def test_the_pages_exist_in_english(client, home_page, sector_index, organisation_index, organisation):
    translate_page(home_page, "en", {})
    translate_page(sector_index, "en", {"Sectoren": "Sectors", "sectoren": "sectors"})
    translate_page(organisation_index, "en", {"Organisaties": "Organisations", "organisaties": "organisations"})
    html = client.get("/en/sectors/schoonmaak/").content.decode()
    assert "<h1>Cleaning</h1>" in html and 'href="/en/organisations/schoonmaak-test/"' in html
    organisation_html = client.get("/en/organisations/schoonmaak-test/").content.decode()
    assert 'href="/en/sectors/schoonmaak/"' in organisation_html and "Active learning ambassadors" in organisation_html


@pytest.mark.django_db
def test_the_sitemap_lists_organisation_and_sector_pages(
    client, sector_index, organisation_index, organisation, other_organisation
):
    content = client.get("/sitemap.xml").content.decode()
    assert "/nl/sectoren/schoonmaak/" in content and "/nl/organisaties/schoonmaak-test/" in content
    assert "/nl/organisaties/zorg-test/" not in content  # not listed publicly


@pytest.mark.django_db
def test_anonymous_pages_are_cached_and_cleared_when_an_organisation_changes(
    client, settings, organisation_index, sector_index, organisation, django_capture_on_commit_callbacks
):
    settings.WAGTAIL_CACHE = True
    url = org_url(organisation_index, organisation)
    client.get(url)
    assert client.get(url).get("X-Wagtail-Cache") == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        organisation.story = "Een nieuw verhaal."
        organisation.save()
    response = client.get(url)
    assert response.get("X-Wagtail-Cache") == "miss" and "Een nieuw verhaal." in response.content.decode()
