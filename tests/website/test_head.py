"""What every page's <head> gives browsers and search engines: a meta description and icons that exist.

The browser sweep (tests/browser/test_console.py) checks the same description on every seeded page type in
both languages; these tests pin down where the text comes from.
"""

import re

import pytest
from wagtail.models import Site
from wagtail.test.utils.form_data import rich_text

from community.models import ContactPage
from methodology.models import PublicationPage
from website.models import DEFAULT_DESCRIPTION, DEFAULT_DESCRIPTION_EN, SiteSettings, StandardPage
from website.seeding import get_or_create_child_page
from website.translation import translate_page

DESCRIPTION = re.compile(r'<meta name="description" content="([^"]*)">')


def description(client, url):
    response = client.get(url)
    assert response.status_code in (200, 404), url
    found = DESCRIPTION.findall(response.content.decode())
    assert len(found) == 1, f"{url}: {len(found)} meta descriptions"
    return found[0]


@pytest.fixture
def about(home_page):
    page = get_or_create_child_page(
        home_page, StandardPage, "over", title="Over het programma", intro="Wat we doen en waarom."
    )
    translate_page(page, "en", {"Over het programma": "About the programme", "Wat we doen en waarom.": "What we do."})
    return page


def test_the_search_description_comes_first(client, about):
    about.search_description = "Alles over het programma voor leerambassadeurs."
    about.save_revision().publish()
    assert description(client, "/nl/over/") == "Alles over het programma voor leerambassadeurs."


def test_without_a_search_description_the_intro_is_used_in_each_language(client, about):
    assert description(client, "/nl/over/") == "Wat we doen en waarom."
    assert description(client, "/en/about/") == "What we do."


def test_a_rich_text_intro_becomes_plain_text(client, home_page):
    page = ContactPage(title="Contact", slug="contact", intro="<p>Stel je <b>vraag</b> over O&amp;O-fondsen.</p>")
    home_page.add_child(instance=page)
    assert description(client, "/nl/contact/") == "Stel je vraag over O&amp;O-fondsen."


def test_a_publication_is_described_by_its_abstract(home_page):
    from django.template import Context, Template
    from django.test import RequestFactory

    publication = PublicationPage(title="Rapport", abstract="Wat leerambassadeurs opleveren.")
    rendered = Template("{% load site_tags %}{% meta_description %}").render(
        Context({"page": publication, "request": RequestFactory().get("/nl/")})
    )
    assert rendered == "Wat leerambassadeurs opleveren."


def test_pages_without_their_own_text_get_the_site_default_in_their_language(client, home_page):
    get_or_create_child_page(home_page, StandardPage, "leeg", title="Leeg")
    assert description(client, "/nl/leeg/") == DEFAULT_DESCRIPTION.replace("'", "&#x27;")
    assert description(client, "/nl/account/login/") == DEFAULT_DESCRIPTION.replace("'", "&#x27;")
    assert description(client, "/en/account/login/") == DEFAULT_DESCRIPTION_EN
    assert description(client, "/nl/bestaat-niet/") == DEFAULT_DESCRIPTION.replace("'", "&#x27;")


def test_editors_change_the_default_in_the_site_settings(client, home_page, django_capture_on_commit_callbacks):
    client.get("/nl/account/login/")  # the old default is now in the shared cache
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.default_description = "Leren op de werkvloer, samen met collega's."
    site_settings.default_description_en = "Learning at work, together with colleagues."
    with django_capture_on_commit_callbacks(execute=True):
        site_settings.save()
    assert description(client, "/nl/account/login/") == "Leren op de werkvloer, samen met collega&#x27;s."
    assert description(client, "/en/account/login/") == "Learning at work, together with colleagues."


def test_the_default_description_is_required_in_both_languages(admin_client, home_page):
    site = Site.objects.get(is_default_site=True)
    response = admin_client.post(
        f"/admin/settings/website/sitesettings/{site.pk}/",
        {
            "default_description": "",
            "default_description_en": "",
            "contact_email": "",
            "contact_phone": "",
            "footer_text": rich_text(""),
        },
    )
    assert response.status_code == 200
    assert "default_description" in response.context["form"].errors
    assert "default_description_en" in response.context["form"].errors
    assert SiteSettings.for_site(site).default_description == DEFAULT_DESCRIPTION


ICON = re.compile(r'<link rel="(?:icon|apple-touch-icon)" href="([^"]+)"')


def test_every_linked_icon_and_favicon_ico_answer_200(client, home_page, settings):
    # Whitenoise serves /static/ from the collected files in production; here straight from the apps' folders.
    settings.WHITENOISE_USE_FINDERS = True
    icons = ICON.findall(client.get("/nl/").content.decode())
    assert "/favicon.ico" in icons and any("apple-touch-icon" in url for url in icons), icons
    for url in icons:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Content-Type"].startswith("image/"), (url, response["Content-Type"])
        assert b"".join(response.streaming_content), url
