"""The site shell: page types, languages, health check, sitemap, robots and error pages."""

from unittest import mock

import pytest
from django.db.utils import OperationalError
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from website.models import HomePage, StandardPage
from website.seeding import get_or_create_child_page
from website.translation import translate_page


@pytest.fixture
def about(home_page):
    page = get_or_create_child_page(
        home_page, StandardPage, "over", title="Over het programma", intro="Wat we doen.", show_in_menus=True
    )
    translate_page(page, "en", {"Over het programma": "About the programme", "Wat we doen.": "What we do."})
    return page


def test_home_page_renders_in_dutch(client, home_page):
    response = client.get("/nl/")
    assert response.status_code == 200
    assert '<html lang="nl">' in response.content.decode()
    assert "Leerambassadeurs" in response.content.decode()


def test_root_redirects_to_a_language(client, home_page):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/nl/"


def test_english_translation_is_served_under_en(client, about):
    response = client.get("/en/about/")
    assert response.status_code == 200
    assert "About the programme" in response.content.decode()
    assert '<html lang="en">' in response.content.decode()


def test_language_switcher_links_to_the_translated_page(client, about):
    dutch = client.get("/nl/over/").content.decode()
    assert 'href="/en/about/" hreflang="en"' in dutch
    english = client.get("/en/about/").content.decode()
    assert 'href="/nl/over/" hreflang="nl"' in english


def test_language_switcher_falls_back_to_home_when_untranslated(client, home_page):
    get_or_create_child_page(home_page, StandardPage, "alleen-nl", title="Alleen Nederlands")
    translate_page(home_page, "en", {})
    content = client.get("/nl/alleen-nl/").content.decode()
    assert 'href="/en/" hreflang="en"' in content


class TestPageTypes:
    def test_home_page_only_at_root(self, home_page):
        assert HomePage.can_create_at(Page.get_first_root_node())
        assert not HomePage.can_create_at(home_page)

    def test_editor_can_create_standard_page_in_admin(self, admin_client, home_page):
        data = nested_form_data(
            {
                "title": "Contact",
                "slug": "contact",
                "intro": "Bel of mail ons.",
                "body": streamfield([("paragraph", rich_text("<p>Wij helpen graag.</p>"))]),
                "action-publish": "publish",
            }
        )
        response = admin_client.post(f"/admin/pages/add/website/standardpage/{home_page.pk}/", data)
        assert response.status_code == 302, response.content[:2000]
        page = StandardPage.objects.get(slug="contact")
        assert page.live
        assert "Wij helpen graag." in client_get(admin_client, "/nl/contact/")


def client_get(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_healthz_ok(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"database": "ok", "cache": "ok", "page_cache": "ok"}}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_reports_database_down(client, db):
    with mock.patch("website.health.connection.cursor", side_effect=OperationalError("server closed")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"] == {"database": "unavailable", "cache": "ok", "page_cache": "ok"}
    assert response.json()["detail"] == {"database": "OperationalError"}


@pytest.mark.parametrize("alias, name", [("default", "cache"), ("pagecache", "page_cache")])
def test_healthz_reports_a_cache_that_is_down(client, db, alias, name):
    from django.core.cache import caches

    with mock.patch.object(caches[alias], "set", side_effect=ConnectionError("Connection refused")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"][name] == "unavailable"
    assert response.json()["detail"] == {name: "ConnectionError"}


def test_healthz_reports_a_cache_that_loses_what_it_stores(client, db, settings):
    settings.CACHES = {**settings.CACHES, "default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["cache"] == "unavailable"


def test_sitemap_lists_both_languages(client, about):
    content = client.get("/sitemap.xml").content.decode()
    for path in ("/nl/", "/en/", "/nl/over/", "/en/about/"):
        assert f"{path}</loc>" in content


def test_sitemap_leaves_out_private_and_draft_pages(client, home_page):
    draft = StandardPage(title="Concept", slug="concept", live=False)
    home_page.add_child(instance=draft)
    content = client.get("/sitemap.xml").content.decode()
    assert "/nl/concept/" not in content


def test_robots_txt(client, db):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Disallow: /admin/" in response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()


@pytest.mark.parametrize(
    "path, expected",
    [("/nl/bestaat-niet/", "Deze pagina bestaat niet"), ("/en/does-not-exist/", "This page does not exist")],
)
def test_404_in_the_visitors_language(client, home_page, path, expected):
    translate_page(home_page, "en", {})
    response = client.get(path)
    assert response.status_code == 404
    assert expected in response.content.decode()


@pytest.mark.parametrize(
    "path, expected", [("/nl/iets/", "Er ging iets mis"), ("/en/something/", "Something went wrong")]
)
def test_500_page_in_the_visitors_language_without_database(rf, db, django_assert_num_queries, path, expected):
    from website.views import server_error

    with django_assert_num_queries(0):
        response = server_error(rf.get(path))
    assert response.status_code == 500
    assert expected in response.content.decode()


def test_locales_exist(home_page):
    assert set(Locale.objects.values_list("language_code", flat=True)) == {"nl", "en"}


def test_menu_is_cached_and_refreshed_when_a_page_is_published(
    client, home_page, django_assert_max_num_queries, django_capture_on_commit_callbacks
):
    client.get("/nl/")
    with django_assert_max_num_queries(8):
        assert client.get("/nl/").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        page = StandardPage(title="Nieuw in het menu", slug="nieuw", show_in_menus=True)
        home_page.add_child(instance=page)
        page.save_revision().publish()
    assert "Nieuw in het menu" in client.get("/nl/").content.decode()


def test_shell_queries_do_not_grow_with_the_number_of_menu_pages(client, home_page, django_assert_max_num_queries):
    for number in range(12):
        get_or_create_child_page(
            home_page, StandardPage, f"pagina-{number}", title=f"Pagina {number}", show_in_menus=True
        )
    client.get("/nl/pagina-1/")
    with django_assert_max_num_queries(9):
        content = client.get("/nl/pagina-1/").content.decode()
    assert content.count('aria-current="page"') == 1


@pytest.mark.django_db
def test_footer_text_is_in_the_pages_language_and_absent_when_not_translated(
    client, about, django_capture_on_commit_callbacks
):
    from wagtail.models import Site

    from website.models import SiteSettings

    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.footer_text = "<p>Mogelijk gemaakt door het ministerie.</p>"
    with django_capture_on_commit_callbacks(execute=True):  # a settings change clears the cached footer on commit
        settings.save()
    assert "Mogelijk gemaakt door het ministerie." in client.get("/nl/over/").content.decode()
    assert "Mogelijk gemaakt" not in client.get("/en/about/").content.decode()
    settings.footer_text_en = "<p>Made possible by the ministry.</p>"
    with django_capture_on_commit_callbacks(execute=True):
        settings.save()
    english = client.get("/en/about/").content.decode()
    assert "Made possible by the ministry." in english and "Mogelijk gemaakt" not in english
    assert "Made possible" not in client.get("/nl/over/").content.decode()
