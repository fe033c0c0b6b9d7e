"""Five wrong passwords for one username from one address lock the login for 15 minutes (django-axes)."""

import datetime

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError

from tests.conftest import PASSWORD

LOGIN = "/nl/account/login/"
ADMIN_LOGIN = "/admin/login/"


def fail(client, url, username, times, address="10.0.0.1"):
    responses = [
        client.post(url, {"username": username, "password": "helemaal-fout"}, REMOTE_ADDR=address) for _ in range(times)
    ]
    return responses[-1]


@pytest.mark.django_db
class TestSiteLogin:
    def test_four_failures_still_show_the_login_form(self, client, ambassador, home_page):
        response = fail(client, LOGIN, ambassador.username, 4)
        assert response.status_code == 200
        assert AccessAttempt.objects.get(username=ambassador.username).failures_since_start == 4

    def test_fifth_failure_locks_out_with_a_clear_dutch_page(self, client, ambassador, home_page):
        response = fail(client, LOGIN, ambassador.username, 5)
        assert response.status_code == 429
        content = response.content.decode()
        assert "Je kunt even niet inloggen" in content
        assert "15 minuten" in content
        assert "wachtwoord" in content
        assert response["Retry-After"] == str(15 * 60)
        assert "no-store" in response["Cache-Control"]

    def test_locked_out_user_cannot_log_in_even_with_the_right_password(self, client, ambassador, home_page):
        fail(client, LOGIN, ambassador.username, 5)
        response = client.post(LOGIN, {"username": ambassador.username, "password": PASSWORD}, REMOTE_ADDR="10.0.0.1")
        assert response.status_code == 429
        assert "_auth_user_id" not in client.session

    def test_lockout_ends_after_fifteen_minutes(self, client, ambassador, home_page):
        fail(client, LOGIN, ambassador.username, 5)
        AccessAttempt.objects.update(attempt_time=datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=16))
        response = client.post(LOGIN, {"username": ambassador.username, "password": PASSWORD}, REMOTE_ADDR="10.0.0.1")
        assert response.status_code == 302
        assert int(client.session["_auth_user_id"]) == ambassador.pk

    def test_successful_login_resets_the_counter(self, client, ambassador, home_page):
        fail(client, LOGIN, ambassador.username, 4)
        response = client.post(LOGIN, {"username": ambassador.username, "password": PASSWORD}, REMOTE_ADDR="10.0.0.1")
        assert response.status_code == 302
        assert not AccessAttempt.objects.filter(username=ambassador.username).exists()
        client.logout()
        assert fail(client, LOGIN, ambassador.username, 4).status_code == 200

    def test_colleague_on_the_same_network_is_not_locked_out(self, client, ambassador, other_ambassador, home_page):
        fail(client, LOGIN, ambassador.username, 5)
        response = client.post(
            LOGIN, {"username": other_ambassador.username, "password": PASSWORD}, REMOTE_ADDR="10.0.0.1"
        )
        assert response.status_code == 302

    def test_same_username_from_another_address_is_counted_separately(self, client, ambassador, home_page):
        fail(client, LOGIN, ambassador.username, 5, address="10.0.0.1")
        response = client.post(LOGIN, {"username": ambassador.username, "password": PASSWORD}, REMOTE_ADDR="10.0.0.2")
        assert response.status_code == 302

    def test_lockout_page_is_translated_to_english(self, client, ambassador, home_page):
        response = fail(client, "/en/account/login/", ambassador.username, 5)
        assert response.status_code == 429
        assert "You cannot log in for a while" in response.content.decode()


@pytest.mark.django_db
def test_wagtail_admin_login_is_throttled_too(client, editor):
    response = fail(client, ADMIN_LOGIN, editor.username, 5)
    assert response.status_code == 429
    assert "Je kunt even niet inloggen" in response.content.decode()
    response = client.post(ADMIN_LOGIN, {"username": editor.username, "password": PASSWORD}, REMOTE_ADDR="10.0.0.1")
    assert response.status_code == 429


@pytest.mark.django_db
def test_wagtail_admin_login_works_and_resets(client, editor):
    fail(client, ADMIN_LOGIN, editor.username, 2)
    response = client.post(ADMIN_LOGIN, {"username": editor.username, "password": PASSWORD}, REMOTE_ADDR="10.0.0.1")
    assert response.status_code == 302
    assert not AccessAttempt.objects.exists()


@pytest.mark.django_db
def test_client_ip_behind_a_trusted_proxy(rf, settings):
    from website.security import client_ip

    request = rf.get("/", REMOTE_ADDR="172.16.0.2", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.9")
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(request) == "172.16.0.2"  # the header is ignored unless we run behind a proxy
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_ip(request) == "203.0.113.9"  # the address our proxy saw, not the forged left-most one


def test_session_lasts_one_working_day():
    assert settings.SESSION_COOKIE_AGE == 8 * 60 * 60
    assert settings.SESSION_COOKIE_HTTPONLY


@pytest.mark.django_db
def test_login_session_expires_after_eight_hours(client, ambassador, home_page):
    client.post(LOGIN, {"username": ambassador.username, "password": PASSWORD})
    assert client.session.get_expiry_age() == 8 * 60 * 60
    assert client.cookies[settings.SESSION_COOKIE_NAME]["max-age"] == 8 * 60 * 60


@pytest.mark.parametrize("password", ["kort1", "1234567890123", "password123", "wachtwoord"])
def test_weak_passwords_are_refused(password):
    with pytest.raises(ValidationError):
        validate_password(password)


def test_strong_password_is_accepted():
    validate_password("koffie-bij-de-machine-42")


@pytest.mark.django_db
class TestPerAddressLimit:
    """One address trying passwords against many usernames is stopped too (LOGIN_IP_FAILURE_LIMIT, 20)."""

    def spray(self, client, times, address="10.9.9.9"):
        return [
            client.post(LOGIN, {"username": f"naam-{n}", "password": "zomer2025"}, REMOTE_ADDR=address)
            for n in range(times)
        ]

    def test_many_usernames_from_one_address_lock_that_address(self, client, ambassador, home_page):
        responses = self.spray(client, settings.LOGIN_IP_FAILURE_LIMIT)
        assert [r.status_code for r in responses[:-1]] == [200] * (settings.LOGIN_IP_FAILURE_LIMIT - 1)
        assert responses[-1].status_code == 429  # the failure that reaches the limit locks at once
        assert "Vanaf dit internetadres is te vaak een verkeerd wachtwoord ingevuld" in responses[-1].content.decode()
        # Even the right password of someone who never logged in from here waits for the cool-off.
        response = client.post(LOGIN, {"username": ambassador.username, "password": PASSWORD}, REMOTE_ADDR="10.9.9.9")
        assert response.status_code == 429
        assert "_auth_user_id" not in client.session

    def test_below_the_limit_nothing_is_locked(self, client, ambassador, home_page):
        self.spray(client, settings.LOGIN_IP_FAILURE_LIMIT - 1)
        response = client.post(LOGIN, {"username": ambassador.username, "password": PASSWORD}, REMOTE_ADDR="10.9.9.9")
        assert response.status_code == 302

    def test_someone_who_logged_in_from_this_address_before_still_gets_in(self, client, ambassador, home_page):
        assert (
            client.post(
                LOGIN, {"username": ambassador.username, "password": PASSWORD}, REMOTE_ADDR="10.9.9.9"
            ).status_code
            == 302
        )
        client.logout()
        self.spray(client, settings.LOGIN_IP_FAILURE_LIMIT + 3)
        response = client.post(LOGIN, {"username": ambassador.username, "password": PASSWORD}, REMOTE_ADDR="10.9.9.9")
        assert response.status_code == 302
        assert int(client.session["_auth_user_id"]) == ambassador.pk

    def test_known_user_still_has_their_own_limit(self, client, ambassador, home_page):
        client.post(LOGIN, {"username": ambassador.username, "password": PASSWORD}, REMOTE_ADDR="10.9.9.9")
        client.logout()
        self.spray(client, settings.LOGIN_IP_FAILURE_LIMIT)
        assert fail(client, LOGIN, ambassador.username, 5, address="10.9.9.9").status_code == 429

    def test_other_addresses_are_not_affected(self, client, ambassador, home_page):
        self.spray(client, settings.LOGIN_IP_FAILURE_LIMIT + 1)
        response = client.post(LOGIN, {"username": ambassador.username, "password": PASSWORD}, REMOTE_ADDR="10.9.9.8")
        assert response.status_code == 302

    def test_the_address_limit_ends_after_the_cool_off(self, client, ambassador, home_page):
        self.spray(client, settings.LOGIN_IP_FAILURE_LIMIT)
        AccessAttempt.objects.update(attempt_time=datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=16))
        response = client.post(LOGIN, {"username": ambassador.username, "password": PASSWORD}, REMOTE_ADDR="10.9.9.9")
        assert response.status_code == 302

    def test_wagtail_admin_login_counts_towards_the_same_address_limit(self, client, editor):
        for n in range(settings.LOGIN_IP_FAILURE_LIMIT):
            client.post(ADMIN_LOGIN, {"username": f"beheer-{n}", "password": "x"}, REMOTE_ADDR="10.9.9.7")
        response = client.post(ADMIN_LOGIN, {"username": editor.username, "password": PASSWORD}, REMOTE_ADDR="10.9.9.7")
        assert response.status_code == 429


def test_address_limit_is_higher_than_the_per_username_limit():
    assert settings.LOGIN_IP_FAILURE_LIMIT > settings.AXES_FAILURE_LIMIT
