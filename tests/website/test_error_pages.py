"""Issue 14: friendly 403 and 404 pages in the site's layout, the admin's own 403 messages, and a preview of the
error pages for local development (where DEBUG would otherwise show Django's debug page)."""

import pytest
from django.urls import reverse
from django.utils import translation

from website.translation import translate_page


def assert_site_page(html):
    assert 'class="site-header"' in html and "site-footer" in html  # the site's own layout, not Django's plain page
    assert "<h1>" in html


@pytest.mark.django_db
def test_an_ambassador_on_the_invitations_page_gets_the_friendly_403(client, home_page, ambassador):
    client.force_login(ambassador)
    response = client.get(reverse("programme:invitations"))
    assert response.status_code == 403
    html = response.content.decode()
    assert_site_page(html)
    assert "Deze pagina is niet voor jou" in html
    assert "Alleen coördinatoren en het programmateam kunnen mensen uitnodigen." in html
    assert f"Je bent ingelogd als {ambassador.username}" in html
    assert "403 Forbidden" not in html


@pytest.mark.django_db
def test_the_403_page_speaks_english_on_english_urls(client, home_page, ambassador):
    translate_page(home_page, "en", {})
    client.force_login(ambassador)
    with translation.override("en"):
        url = reverse("programme:invitations")
    html = client.get(url).content.decode()
    assert "This page is not for you" in html and "Only coordinators and the programme team can invite people." in html


@pytest.mark.django_db
def test_a_page_without_a_profile_gives_the_friendly_403(client, home_page, editor):
    client.force_login(editor)  # staff, but takes no part in the programme: no certificate
    response = client.get(reverse("programme:certificate"))
    assert response.status_code == 403
    assert_site_page(response.content.decode())


@pytest.mark.django_db
def test_the_404_page_has_the_site_layout(client, home_page):
    response = client.get("/nl/bestaat-echt-niet/")
    assert response.status_code == 404
    assert_site_page(response.content.decode())


@pytest.mark.django_db
def test_the_export_log_says_it_is_for_administrators_only(client, researcher):
    client.force_login(researcher)
    response = client.get(reverse("evaluation_admin:log"))
    assert response.status_code == 403
    html = response.content.decode()
    assert "alleen voor beheerders" in html and "alleen voor onderzoekers" not in html
    # The export itself is for researchers: no 403 there.
    assert client.get(reverse("evaluation_admin:export")).status_code == 200


@pytest.mark.django_db
def test_an_editor_on_the_export_is_told_it_is_for_researchers(client, editor):
    client.force_login(editor)
    response = client.get(reverse("evaluation_admin:export"))
    assert response.status_code == 403
    assert "alleen voor onderzoekers en beheerders" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "status, expected",
    [(404, "Deze pagina bestaat niet"), (403, "Deze pagina is niet voor jou"), (500, "Er ging iets mis")],
)
def test_error_pages_can_be_previewed_in_development(client, home_page, settings, status, expected):
    settings.DEBUG = True
    response = client.get(reverse("error_page_preview", args=[status]))
    assert response.status_code == status
    assert expected in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("status", [403, 404, 500, 418])
def test_error_page_previews_do_not_exist_in_production(client, home_page, settings, status):
    settings.DEBUG = False
    response = client.get(reverse("error_page_preview", args=[status]))
    assert response.status_code == 404
    assert "Deze pagina bestaat niet" in response.content.decode()


# --- An expired form (CSRF failure) -----------------------------------------------------------------------------

CSRF_TEXTS = {
    "nl": ("Je formulier is verlopen", "Ga terug naar de pagina, laad die opnieuw en probeer het nog een keer."),
    "en": ("Your form has expired", "Go back to the page, reload it and try again."),
}


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_form_with_an_expired_token_gets_a_friendly_page_in_the_pages_language(home_page, language):
    from django.test import Client

    translate_page(home_page, "en", {})
    client = Client(enforce_csrf_checks=True)
    with translation.override(language):
        url = reverse("login")
    # The form was opened long ago: the token it sends no longer matches the visitor's cookie.
    client.cookies["csrftoken"] = "a" * 32
    response = client.post(
        url,
        {"username": "iemand", "password": "geheim", "csrfmiddlewaretoken": "b" * 32},
        HTTP_REFERER=f"http://testserver{url}",
    )
    assert response.status_code == 403
    html = response.content.decode()
    assert_site_page(html)
    assert f'<html lang="{language}">' in html
    heading, advice = CSRF_TEXTS[language]
    assert heading in html and advice in html
    other = CSRF_TEXTS["en" if language == "nl" else "nl"]
    assert other[0] not in html and other[1] not in html
    assert f'href="http://testserver{url}"' in html  # back to the page with the form
    assert "CSRF" not in html and "Forbidden" not in html and "Verboden" not in html


@pytest.mark.django_db
def test_the_expired_form_page_links_back_only_to_this_site(home_page):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    response = client.post(reverse("login"), {"username": "iemand"}, HTTP_REFERER="https://elders.example/formulier/")
    assert response.status_code == 403
    html = response.content.decode()
    assert "elders.example" not in html and "Je formulier is verlopen" in html and 'href="/nl/"' in html
