"""Django's auth views styled as the site, the English interface, and the sign-in prompt."""

import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation

from tests.conftest import PASSWORD

from .conftest import english


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["login", "password_reset", "password_reset_done", "password_reset_complete"])
def test_auth_pages_use_the_site_layout(client, home_page, name):
    response = client.get(reverse(name))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="site-header"' in html and "<h1>" in html
    assert "Django" not in html  # not the admin's look


@pytest.mark.django_db
@pytest.mark.parametrize("language, text", [("nl", "Je bent uitgelogd"), ("en", "You are logged out")])
def test_logging_out_says_so_in_the_site_layout(client, home_page, ambassador, language, text):
    client.force_login(ambassador)
    response = client.post(f"/{language}/account/logout/")
    assert response.status_code == 200
    html = response.content.decode()
    assert text in html and 'class="site-header"' in html
    assert "_auth_user_id" not in client.session
    assert f'href="/{language}/account/login/?via=menu"' in html  # the header's login link does not lead back to logout
    assert client.get(reverse("programme:my_path")).status_code == 302  # signed out for real


@pytest.mark.django_db
def test_login_form_has_labels_and_autocomplete(client, home_page):
    html = client.get(reverse("login")).content.decode()
    assert '<label for="id_username">' in html and 'autocomplete="current-password"' in html


@pytest.mark.django_db
def test_failed_login_shows_a_linked_error(client, ambassador):
    response = client.post(reverse("login"), {"username": ambassador.username, "password": "fout"})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="alert"' in html and 'aria-describedby="login-errors"' in html


@pytest.mark.django_db
def test_password_reset_sends_a_link_that_works(client, ambassador):
    client.post(reverse("password_reset"), {"email": ambassador.email})
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    assert "Leerambassadeurs" in mail.outbox[0].subject and "\n" not in mail.outbox[0].subject
    link = re.search(r"https?://[^/]+(/\S+)", body).group(1)
    response = client.get(link, follow=True)
    assert response.status_code == 200
    assert "Kies een nieuw wachtwoord" in response.content.decode()
    response = client.post(
        response.redirect_chain[-1][0],
        {"new_password1": "een-nieuw-wachtwoord-77", "new_password2": "een-nieuw-wachtwoord-77"},
    )
    assert response.status_code == 302
    assert client.login(username=ambassador.username, password="een-nieuw-wachtwoord-77")


@pytest.mark.django_db
def test_password_change_needs_login_and_works(client, ambassador):
    assert client.get(reverse("password_change")).status_code == 302
    client.login(username=ambassador.username, password=PASSWORD)
    assert client.get(reverse("password_change")).status_code == 200
    response = client.post(
        reverse("password_change"),
        {"old_password": PASSWORD, "new_password1": "nog-een-wachtwoord-88", "new_password2": "nog-een-wachtwoord-88"},
    )
    assert response.status_code == 302
    assert "Je wachtwoord is veranderd" in client.get(response["Location"]).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "language, text",
    [
        ("nl", "Je oude wachtwoord klopt niet. Vul het opnieuw in."),
        ("en", "Your old password was entered incorrectly. Please enter it again."),
    ],
)
def test_a_wrong_old_password_is_told_with_je(client, home_page, ambassador, language, text):
    # Django's own Dutch says "Uw oude wachtwoord is niet juist ingevoerd" (website/passwords.py).
    client.force_login(ambassador)
    with translation.override(language):
        url = reverse("password_change")
    response = client.post(url, {"old_password": "fout", "new_password1": "x-1", "new_password2": "x-1"})
    assert response.status_code == 200
    html = response.content.decode()
    assert text in html and "Uw oude" not in html


@pytest.mark.django_db
def test_lesson_interface_is_in_english_on_the_english_page(client, ambassador, lesson):
    client.login(username=ambassador.username, password=PASSWORD)
    html = client.get(english(lesson).url).content.decode()
    assert "Mark as completed" in html and "Markeer als afgerond" not in html
    with translation.override("en"):
        assert client.get(reverse("programme:my_path")).content.decode().count("My learning path") >= 1
