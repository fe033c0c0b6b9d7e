"""The site, the home page per language, translations and filter options are cached, and never go stale.

Each is kept in the page-cache backend (website.sitecache) and forgotten when an editor publishes,
edits a site, a sector or a theme: the tests below change each of those after a first visit and
check the next visit shows the change.
"""

import pytest
from django.urls import reverse
from wagtail.models import Site

from methodology.models import ResearchIndexPage
from tests.conftest import get_queries
from website.models import StandardPage
from website.seeding import get_or_create_child_page
from website.translation import translate_page

pytestmark = pytest.mark.django_db


def tables_read(client, url):
    """The tables each query of a second visit read from (the first visit fills the caches)."""
    return [
        query["sql"].split(" FROM ", 1)[1].split()[0].strip('"')
        for query in get_queries(client, url)
        if " FROM " in query["sql"]
    ]


def test_page_view_does_not_look_up_site_locale_or_home_page_again(client, home_page):
    translate_page(home_page, "en", {})
    for url in ("/nl/", "/en/"):
        tables = tables_read(client, url)
        assert "wagtailcore_site" not in tables
        assert "wagtailcore_locale" not in tables
        assert "website_homepage" not in tables


def test_english_home_page_appears_once_published(client, home_page, django_capture_on_commit_callbacks):
    home_page.title = "Leerambassadeurs NL"
    home_page.save_revision().publish()
    assert "<title>Leerambassadeurs NL" in client.get("/en/").content.decode()  # no English home yet: Dutch one
    with django_capture_on_commit_callbacks(execute=True):
        translate_page(home_page, "en", {"Leerambassadeurs NL": "Learning ambassadors"})
    assert "<title>Learning ambassadors" in client.get("/en/").content.decode()


def test_site_changes_take_effect_at_once(client, home_page, django_capture_on_commit_callbacks):
    assert client.get("/nl/").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        Site.objects.filter(is_default_site=True).update(is_default_site=False, hostname="elders.example")
        Site.objects.get().save()  # the admin saves the model, which is what clears the cache
    assert client.get("/nl/").status_code == 404


def test_language_switcher_follows_a_new_translation(client, home_page, django_capture_on_commit_callbacks):
    translate_page(home_page, "en", {})
    page = get_or_create_child_page(home_page, StandardPage, "nieuw", title="Nieuw")
    assert 'href="/en/" hreflang="en"' in client.get(page.url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        translate_page(page, "en", {"Nieuw": "New"})
    assert 'href="/en/new/" hreflang="en"' in client.get(page.url).content.decode()


def test_renamed_sector_shows_in_the_research_filter(client, home_page, sector, django_capture_on_commit_callbacks):
    index = get_or_create_child_page(home_page, ResearchIndexPage, "onderzoek", title="Onderzoek")
    assert ">Schoonmaak</option>" in client.get(index.url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        sector.name = "Schoonmaak en facilitair"
        sector.save()
    assert ">Schoonmaak en facilitair</option>" in client.get(index.url).content.decode()


def test_signed_in_person_and_their_profile_load_in_one_query(client, home_page, ambassador):
    client.force_login(ambassador)
    tables = tables_read(client, "/nl/")
    assert tables.count("auth_user") == 1
    assert "programme_ambassadorprofile" not in tables
    assert "Mijn leerpad" in client.get("/nl/").content.decode()


def test_deactivated_account_is_signed_out(client, home_page, ambassador):
    client.force_login(ambassador)
    ambassador.is_active = False
    ambassador.save()
    response = client.get(reverse("programme:my_path"))
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_person_without_profile_is_signed_in_as_usual(client, home_page, editor):
    client.force_login(editor)
    content = client.get("/nl/").content.decode()
    assert "Uitloggen" in content
    assert "Mijn leerpad" not in content


def test_host_outside_allowed_hosts_is_refused_and_not_cached(client, home_page):
    from django.core.cache import caches

    assert client.get("/nl/", HTTP_HOST="evil.example").status_code == 400
    assert not any("evil.example" in key for key in caches["pagecache"]._cache)


def test_a_broken_cache_never_breaks_a_page(client, home_page, ambassador):
    from unittest import mock

    class BrokenCache:
        def get(self, *args, **kwargs):
            raise ConnectionError("cache server down")

        add = set = get

    client.force_login(ambassador)
    with mock.patch("website.sitecache._cache", return_value=BrokenCache()):
        response = client.get("/nl/")
    assert response.status_code == 200
    assert "Mijn leerpad" in response.content.decode()


def test_value_built_before_a_publish_is_not_served_after_it(home_page):
    """A request that read the database just before a publish stores its value under the old generation."""
    from website import sitecache

    stale = sitecache.remember("example", lambda: "voor")
    assert stale == "voor"

    def build_during_publish():
        sitecache.forget_all()  # the publish commits while this value is being built
        return "verouderd"

    sitecache.forget_all()
    assert sitecache.remember("example", build_during_publish) == "verouderd"
    assert sitecache.remember("example", lambda: "na") == "na"


def test_new_alias_in_the_menu_at_once(client, home_page, django_capture_on_commit_callbacks):
    english_home = translate_page(home_page, "en", {})
    page = get_or_create_child_page(
        home_page, StandardPage, "alias-bron", title="Nog niet vertaald", show_in_menus=True
    )
    assert "Nog niet vertaald" not in client.get("/en/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        page.create_alias(parent=english_home, update_locale=english_home.locale)
    assert "Nog niet vertaald" in client.get("/en/").content.decode()


def test_language_switcher_goes_to_the_language_root_when_that_language_has_no_home(client, home_page):
    page = get_or_create_child_page(home_page, StandardPage, "alleen-nl", title="Alleen Nederlands")
    assert 'href="/en/" hreflang="en"' in client.get(page.url).content.decode()
