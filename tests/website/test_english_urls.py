"""Issue 14: English pages and views have English URLs; the old Dutch URLs under /en/ answer with a permanent redirect."""

import importlib

import pytest
from django.apps import apps
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation

from methodology.models import GuideIndexPage, GuidePage
from tests.methodology.conftest import guide_body
from website.seeding import get_or_create_child_page
from website.translation import translate_page

slug_migration = importlib.import_module("website.migrations.0005_english_slugs")


@pytest.mark.parametrize(
    "name, kwargs, english",
    [
        ("programme:my_path", {}, "/en/my-learning-path/"),
        ("programme:certificate", {}, "/en/my-learning-path/certificate/"),
        ("programme:invitations", {}, "/en/invitations/"),
        ("activitylog:activity_create", {}, "/en/activities/new/"),
        ("search", {}, "/en/search/"),
        ("account_data:delete", {}, "/en/my-data/delete/"),
        ("methodology:publication_feed", {}, "/en/publications/feed/"),
    ],
)
def test_views_have_dutch_paths_in_dutch_and_english_ones_in_english(name, kwargs, english):
    with translation.override("en"):
        assert reverse(name, kwargs=kwargs) == english
    with translation.override("nl"):
        assert not reverse(name, kwargs=kwargs).startswith(english.replace("/en/", "/nl/"))


@pytest.mark.django_db
@pytest.mark.parametrize(
    "old, new",
    [
        ("/en/mijn-leerpad/", "/en/my-learning-path/"),
        ("/en/mijn-leerpad/certificaat/", "/en/my-learning-path/certificate/"),
        ("/en/zoeken/?q=council", "/en/search/?q=council"),
        ("/en/mijn-gegevens/verwijderen/", "/en/my-data/delete/"),
        ("/en/activiteiten/12/bewerken/", "/en/activities/12/edit/"),
    ],
)
def test_old_dutch_view_paths_under_en_redirect_permanently(client, home_page, old, new):
    response = client.get(old)
    assert response.status_code == 301
    assert response["Location"] == new


@pytest.mark.django_db
def test_dutch_paths_stay_and_unknown_paths_are_still_a_404(client, home_page, ambassador):
    client.force_login(ambassador)
    assert client.get("/nl/mijn-leerpad/").status_code == 200
    assert client.get("/en/my-learning-path/").status_code == 200
    assert client.get("/en/mijn-leerpad/bestaat-niet/").status_code == 404
    assert client.get("/en/zoeken-niet/").status_code == 404


@pytest.mark.django_db
def test_the_migration_gives_english_pages_english_slugs_and_redirects_the_old_urls(client, home_page):
    translate_page(home_page, "en", {})
    index = get_or_create_child_page(home_page, GuideIndexPage, "handleidingen", title="Handleidingen")
    guide = get_or_create_child_page(
        index,
        GuidePage,
        "draagvlak",
        title="Draagvlak",
        intro="Over draagvlak.",
        phase="explore",
        level="meso",
        last_reviewed="2025-06-01",
        body=guide_body(),
    )
    # As before the change: translated titles, but the Dutch slugs copied into the English pages.
    english_index = translate_page(
        index, "en", {"Handleidingen": "Guides for organisations", "handleidingen": "handleidingen"}
    )
    english_guide = translate_page(guide, "en", {"Draagvlak": "Building support", "draagvlak": "draagvlak"})
    assert english_index.url == "/en/handleidingen/"

    slug_migration.rename_english_slugs(apps, None)

    english_index.refresh_from_db()
    english_guide.refresh_from_db()
    assert (english_index.url, english_guide.url) == ("/en/guides/", "/en/guides/building-support/")
    assert client.get("/en/guides/building-support/").status_code == 200
    for old, new in [
        ("/en/handleidingen/", "/en/guides/"),
        ("/en/handleidingen/draagvlak/", "/en/guides/building-support/"),
    ]:
        response = client.get(old)
        assert (response.status_code, response["Location"]) == (301, new)
    # The Dutch pages keep their slugs, and neither an old revision nor a translation sync brings the Dutch slug back.
    index.refresh_from_db()
    assert index.url == "/nl/handleidingen/"
    assert english_index.get_latest_revision().content["slug"] == "guides"
    english = Locale.objects.get(language_code="en")
    assert StringTranslation.objects.get(translation_of__data="handleidingen", locale=english).data == "guides"
    # Running it again changes nothing.
    slug_migration.rename_english_slugs(apps, None)
    english_index.refresh_from_db()
    assert english_index.url == "/en/guides/"


@pytest.mark.django_db
def test_new_translations_get_english_slugs(home_page):
    translate_page(home_page, "en", {})
    index = get_or_create_child_page(home_page, GuideIndexPage, "handleidingen", title="Handleidingen")
    assert translate_page(index, "en", {"Handleidingen": "Guides for organisations"}).url == "/en/guides/"
