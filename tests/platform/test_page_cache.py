"""Anonymous public pages come from the full-page cache; nothing personal is ever stored or served from it."""

import pytest
from django.conf import settings
from django.http import HttpResponse
from wagtail.models import Page

from website.cache import is_response_cacheable
from website.models import StandardPage
from website.seeding import get_or_create_child_page

CACHE_HEADER = "X-Wagtail-Cache"


@pytest.fixture
def about(home_page):
    return get_or_create_child_page(home_page, StandardPage, "over", title="Over het programma", intro="Wat we doen.")


def get(client, path, **extra):
    response = client.get(path, **extra)
    return response, response.get(CACHE_HEADER)


@pytest.mark.django_db
class TestAnonymousVisitors:
    def test_second_visit_is_served_from_the_cache(self, client, page_cache, about):
        first, status = get(client, "/nl/over/")
        assert (first.status_code, status) == (200, "miss")
        second, status = get(client, "/nl/over/")
        assert (second.status_code, status) == (200, "hit")
        assert second.content == first.content

    def test_cache_hit_needs_no_database_query(self, client, page_cache, about, django_assert_num_queries):
        get(client, "/nl/over/")
        with django_assert_num_queries(0):
            assert get(client, "/nl/over/")[1] == "hit"

    def test_query_string_is_part_of_the_key(self, client, page_cache, about):
        get(client, "/nl/over/?sector=zorg")
        assert get(client, "/nl/over/?sector=schoonmaak")[1] == "miss"
        assert get(client, "/nl/over/?sector=zorg")[1] == "hit"

    def test_cached_page_keeps_the_security_headers(self, client, page_cache, about):
        get(client, "/nl/over/")
        hit, _ = get(client, "/nl/over/")
        assert "frame-ancestors 'none'" in hit["Content-Security-Policy"]
        assert hit["X-Content-Type-Options"] == "nosniff"


@pytest.mark.django_db
class TestNeverCached:
    def test_logged_in_users_are_never_served_or_stored(self, client, page_cache, about, ambassador):
        client.force_login(ambassador)
        _, status = get(client, "/nl/over/")
        assert status == "skip"
        assert get(client, "/nl/over/")[1] == "skip"
        client.logout()
        # Nothing the logged-in user saw was stored for anonymous visitors.
        anonymous, status = get(client, "/nl/over/")
        assert status == "miss"
        assert "Uitloggen" not in anonymous.content.decode()

    def test_anonymous_page_is_not_served_to_a_logged_in_user(self, client, page_cache, about, ambassador):
        get(client, "/nl/over/")
        client.force_login(ambassador)
        response, status = get(client, "/nl/over/")
        assert status == "skip"
        assert "Uitloggen" in response.content.decode()

    @pytest.mark.urls("tests.platform.urls")
    def test_response_with_a_csrf_token_is_not_stored(self, client, page_cache, home_page):
        first, status = get(client, "/cache-test/form/")
        assert "csrfmiddlewaretoken" in first.content.decode()
        assert status == "skip"
        client.cookies.clear()
        assert get(client, "/cache-test/form/")[1] == "skip"
        assert not any(key for key in page_cache._cache if "cache-test" in key)

    @pytest.mark.urls("tests.platform.urls")
    def test_response_that_sets_a_cookie_is_not_stored(self, client, page_cache, home_page):
        assert get(client, "/cache-test/cookie/")[1] == "skip"
        client.cookies.clear()
        assert get(client, "/cache-test/cookie/")[1] == "skip"

    @pytest.mark.urls("tests.platform.urls")
    def test_a_plain_response_is_stored(self, client, page_cache, home_page):
        assert get(client, "/cache-test/plain/")[1] == "miss"
        assert get(client, "/cache-test/plain/")[1] == "hit"

    def test_csrf_token_in_the_body_blocks_storing_even_without_a_cookie(self):
        response = HttpResponse('<input type="hidden" name="csrfmiddlewaretoken" value="abc">')
        assert is_response_cacheable(response, True) is False
        assert is_response_cacheable(HttpResponse("<p>Hallo</p>"), True) is True

    def test_visitor_with_a_session_or_messages_is_not_served_from_the_cache(self, client, page_cache, about):
        get(client, "/nl/over/")
        client.cookies["messages"] = "iets"
        assert get(client, "/nl/over/")[1] == "skip"
        del client.cookies["messages"]
        client.cookies["sessionid"] = "onbekend"
        assert get(client, "/nl/over/")[1] == "skip"

    def test_language_redirect_at_the_root_is_not_cached(self, client, page_cache, home_page):
        client.get("/", HTTP_ACCEPT_LANGUAGE="en")
        response, status = get(client, "/", HTTP_ACCEPT_LANGUAGE="nl")
        assert status == "skip"
        assert response["Location"] == "/nl/"

    def test_login_page_and_admin_are_not_cached(self, client, page_cache, home_page):
        assert get(client, "/admin/login/")[1] == "skip"
        assert get(client, "/nl/account/login/")[1] == "skip"
        assert get(client, "/en/account/login/")[1] == "skip"

    def test_uncached_paths_follow_the_urlconf_and_every_language(self):
        from website.cache import uncached_prefixes

        prefixes = uncached_prefixes()
        assert {"/admin/", "/documents/", "/healthz"} <= set(prefixes)
        assert {f"/{code}/account/" for code, _name in settings.LANGUAGES} <= set(prefixes)

    def test_cache_can_be_switched_off(self, client, page_cache, about, settings):
        settings.WAGTAIL_CACHE = False
        get(client, "/nl/over/")
        assert get(client, "/nl/over/")[1] is None


@pytest.mark.django_db
class TestInvalidation:
    def test_publishing_a_change_clears_the_cache(self, client, page_cache, about, django_capture_on_commit_callbacks):
        get(client, "/nl/over/")
        assert get(client, "/nl/over/")[1] == "hit"
        about.title = "Over ons nieuwe programma"
        with django_capture_on_commit_callbacks(execute=True):
            about.save_revision().publish()
        response, status = get(client, "/nl/over/")
        assert status == "miss"
        assert "Over ons nieuwe programma" in response.content.decode()

    def test_unpublishing_clears_the_cache(self, client, page_cache, about, django_capture_on_commit_callbacks):
        get(client, "/nl/over/")
        with django_capture_on_commit_callbacks(execute=True):
            about.unpublish()
        assert client.get("/nl/over/").status_code == 404

    def test_moving_clears_the_cache(self, client, page_cache, home_page, about, django_capture_on_commit_callbacks):
        section = get_or_create_child_page(home_page, StandardPage, "informatie", title="Informatie")
        get(client, "/nl/over/")
        with django_capture_on_commit_callbacks(execute=True):
            Page.objects.get(pk=about.pk).move(section, pos="last-child")
        old = client.get("/nl/over/")
        assert old.status_code in (301, 404)  # Wagtail may leave an automatic redirect behind
        if old.status_code == 301:
            assert old["Location"] == "/nl/informatie/over/"
        assert client.get("/nl/informatie/over/").status_code == 200

    def test_deleting_clears_the_cache(self, client, page_cache, about, django_capture_on_commit_callbacks):
        get(client, "/nl/over/")
        with django_capture_on_commit_callbacks(execute=True):
            Page.objects.get(pk=about.pk).delete()
        assert client.get("/nl/over/").status_code == 404

    def test_changing_site_settings_clears_the_cache(
        self, client, page_cache, about, django_capture_on_commit_callbacks
    ):
        from wagtail.models import Site

        from website.models import SiteSettings

        get(client, "/nl/over/")
        site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        site_settings.contact_email = "nieuw@leerambassadeurs.example"
        with django_capture_on_commit_callbacks(execute=True):
            site_settings.save()
        response, status = get(client, "/nl/over/")
        assert status == "miss"
        assert "nieuw@leerambassadeurs.example" in response.content.decode()

    def test_signed_in_visitor_sees_a_new_menu_item_at_once(
        self, client, page_cache, home_page, ambassador, django_capture_on_commit_callbacks
    ):
        """Signed-in pages are never cached whole, but their menu is (website.sitecache): cleared with the rest."""
        client.force_login(ambassador)
        assert "Nieuw in het menu" not in client.get("/nl/").content.decode()
        with django_capture_on_commit_callbacks(execute=True):
            get_or_create_child_page(home_page, StandardPage, "nieuw", title="Nieuw in het menu", show_in_menus=True)
        assert "Nieuw in het menu" in client.get("/nl/").content.decode()

    def test_migrate_clears_the_cache(self, client, page_cache, about, django_capture_on_commit_callbacks):
        """A deploy runs `migrate`: no page rendered by the old templates is served afterwards."""
        from django.core.management import call_command

        get(client, "/nl/over/")
        assert get(client, "/nl/over/")[1] == "hit"
        with django_capture_on_commit_callbacks(execute=True):
            call_command("migrate", verbosity=0)
        assert get(client, "/nl/over/")[1] == "miss"

    def test_cache_is_cleared_only_after_the_transaction_commits(
        self, client, page_cache, about, django_capture_on_commit_callbacks
    ):
        get(client, "/nl/over/")
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            about.save_revision().publish()
            assert get(client, "/nl/over/")[1] == "hit"  # not yet committed: old page still served
        assert callbacks
