"""Issue 17: stored keys are English; the data migration renames old Dutch keys everywhere they are kept,
can be undone, and links with the old Dutch values in their query string still filter."""

import importlib

import pytest
from django.apps import apps
from wagtail.models import Revision

from community.models import Sector
from methodology.models import GuidePage, PublicationPage, StartRequest, Theme
from methodology.models.taxonomy import Phase, PublicationType

migration = importlib.import_module("methodology.migrations.0003_english_keys")
community_migration = importlib.import_module("community.migrations.0003_english_keys")


def test_every_key_is_english_and_every_old_key_has_a_new_one():
    assert [value for value, _label in Phase.choices] == ["explore", "prepare", "recruit", "train", "deploy", "sustain"]
    assert set(migration.PHASES.values()) <= set(Phase.values)
    assert set(migration.PUBLICATION_TYPES.values()) <= set(PublicationType.values)


@pytest.mark.django_db
def test_migration_renames_pages_revisions_requests_and_themes_and_can_be_undone(make_guide, make_publication):
    guide = make_guide("draagvlak", phase="explore")
    publication = make_publication("rapport-a", publication_type="report")
    # The state before the migration: Dutch keys in the page, its revisions, a start request and a theme.
    GuidePage.objects.filter(pk=guide.pk).update(phase="verkennen")
    PublicationPage.objects.filter(pk=publication.pk).update(publication_type="rapport")
    for revision in Revision.objects.filter(object_id=str(guide.pk)):
        revision.content["phase"] = "verkennen"
        revision.save()
    request = StartRequest.objects.create(
        email="hr@example.org",
        recommended_phase="borgen",
        answers={"support": "ja", "facilities": "deels", "active": "nee"},
    )
    Theme.objects.create(slug="bereik", name="Bereik")

    migration.rename(apps, None)
    guide.refresh_from_db()
    publication.refresh_from_db()
    request.refresh_from_db()
    assert (guide.phase, publication.publication_type, request.recommended_phase) == ("explore", "report", "sustain")
    assert request.answers == {"support": "yes", "facilities": "partly", "active": "no"}
    assert {revision.content["phase"] for revision in Revision.objects.filter(object_id=str(guide.pk))} == {"explore"}
    assert Theme.objects.filter(slug="reach").exists()

    migration.rename_back(apps, None)
    guide.refresh_from_db()
    request.refresh_from_db()
    assert (guide.phase, request.recommended_phase, request.answers["support"]) == ("verkennen", "borgen", "ja")
    assert Theme.objects.filter(slug="bereik").exists()


@pytest.mark.django_db
def test_an_editors_sector_with_the_new_slug_is_left_alone():
    Sector.objects.create(slug="schoonmaak", name="Schoonmaak")
    Sector.objects.create(slug="cleaning", name="Schoonmaak en facilitair")
    Sector.objects.create(slug="overheid", name="Overheid")
    community_migration.rename(apps, None)
    assert set(Sector.objects.values_list("slug", flat=True)) == {"schoonmaak", "cleaning", "government"}


@pytest.fixture
def english_sectors(db):
    return {
        "cleaning": Sector.objects.create(slug="cleaning", name="Schoonmaak", name_en="Cleaning"),
        "care": Sector.objects.create(slug="care", name="Zorg en welzijn", name_en="Care"),
    }


def listed(response):
    assert response.status_code == 200
    items = response.context["guides"] if "guides" in response.context else response.context["publications"]
    return sorted(page.slug for page in items)


@pytest.mark.django_db
def test_old_dutch_values_in_guide_links_still_filter(client, guide_index, make_guide, english_sectors):
    make_guide("werven", phase="recruit", sectors=[english_sectors["care"]])
    make_guide("borgen", phase="sustain")
    new = client.get(guide_index.url + "?phase=recruit&sector=care")
    old = client.get(guide_index.url + "?phase=werven-en-selecteren&sector=zorg-en-welzijn")
    assert old.status_code == 200
    assert listed(old) == listed(new) == ["werven"]
    html = old.content.decode()
    assert '<option value="recruit" selected>' in html and "niet als" not in html


@pytest.mark.django_db
def test_old_dutch_values_in_research_links_still_filter(client, research_index, make_publication, english_sectors):
    theme = Theme.objects.create(slug="reach", name="Bereik", name_en="Reach")
    make_publication("artikel-a", publication_type="article", themes=[theme])
    make_publication("rapport-b", publication_type="report")
    response = client.get(research_index.url + "?type=artikel&theme=bereik")
    assert listed(response) == ["artikel-a"]


@pytest.mark.django_db
def test_a_sector_that_kept_a_dutch_slug_is_not_redirected_to_the_english_one(client, guide_index, make_guide):
    # An editor may keep (or add) a sector with a Dutch slug; its own slug wins over the old-key map.
    cleaning = Sector.objects.create(slug="schoonmaak", name="Schoonmaak")
    make_guide("inzetten", phase="deploy", sectors=[cleaning])
    assert listed(client.get(guide_index.url + "?sector=schoonmaak")) == ["inzetten"]
