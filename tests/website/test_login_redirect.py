"""Where people land after logging in: ambassadors from the header on Mijn leerpad, everyone back to a page
that needed the login, and never on a page outside the site."""

import re

import pytest
from django.urls import reverse

from tests.conftest import PASSWORD

LOGIN = "/nl/account/login/"
MY_PATH = "/nl/mijn-leerpad/"


def header_login_link(client, path):
    html = client.get(path).content.decode()
    (link,) = re.findall(r'<a href="(/nl/account/login/[^"]*)">Inloggen</a>', html)
    return link.replace("&amp;", "&")


def log_in_through(client, link, user):
    """Open the login link, then post the form with what the page put in its hidden fields."""
    html = client.get(link).content.decode()
    hidden = dict(re.findall(r'<input type="hidden" name="(next|via)" value="([^"]*)">', html))
    return client.post(LOGIN, {"username": user.username, "password": PASSWORD, **hidden})


@pytest.fixture
def about(home_page):
    from website.models import StandardPage
    from website.seeding import get_or_create_child_page

    return get_or_create_child_page(home_page, StandardPage, "over", title="Over het programma")


def test_an_ambassador_who_logs_in_from_the_header_lands_on_my_path(client, about, ambassador):
    link = header_login_link(client, "/nl/over/")
    assert "next=/nl/over/" in link and "via=menu" in link
    response = log_in_through(client, link, ambassador)
    assert response.status_code == 302
    assert response["Location"] == MY_PATH


def test_an_ambassador_sent_to_the_login_by_a_page_that_needs_it_goes_back_there(client, home_page, ambassador):
    needed = client.get(reverse("activitylog:activity_create"))
    assert needed.status_code == 302 and needed["Location"].startswith(LOGIN)
    response = log_in_through(client, needed["Location"], ambassador)
    assert response["Location"] == reverse("activitylog:activity_create")


def test_an_ambassador_who_opens_the_login_page_directly_lands_on_my_path(client, home_page, ambassador):
    response = log_in_through(client, LOGIN, ambassador)
    assert response["Location"] == MY_PATH


@pytest.mark.parametrize("person", ["coordinator", "researcher", "editor"])
def test_others_who_log_in_from_the_header_return_to_the_page_they_were_reading(client, about, person, request):
    user = request.getfixturevalue(person)
    response = log_in_through(client, header_login_link(client, "/nl/over/"), user)
    assert response["Location"] == "/nl/over/"


def test_without_a_next_page_others_land_on_the_home_page_of_their_language(client, home_page, researcher):
    response = client.post("/en/account/login/", {"username": researcher.username, "password": PASSWORD})
    assert response["Location"] == "/en/"


def test_a_next_page_outside_the_site_is_ignored(client, home_page, researcher):
    response = client.post(
        LOGIN, {"username": researcher.username, "password": PASSWORD, "next": "https://example.com/phishing/"}
    )
    assert response["Location"] == "/nl/"


def test_a_wrong_password_from_the_header_keeps_the_way_back(client, about, ambassador):
    link = header_login_link(client, "/nl/over/")
    client.get(link)
    response = client.post(
        LOGIN, {"username": ambassador.username, "password": "fout", "next": "/nl/over/", "via": "menu"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert '<input type="hidden" name="via" value="menu">' in html
    assert '<input type="hidden" name="next" value="/nl/over/">' in html
    assert "_auth_user_id" not in client.session
