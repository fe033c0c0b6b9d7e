"""Contact form for organisations: stored submissions, e-mail to the page's address, honeypot and rate limit."""

from django.core import mail
from wagtail.contrib.forms.models import FormSubmission

from community.models.contact import HONEYPOT_FIELD


def test_valid_submission_is_stored_and_mailed_to_the_configured_address(client, contact_page, contact_data):
    response = client.post(contact_page.url, contact_data)
    assert response.status_code == 200
    assert "Bedankt voor je bericht" in response.content.decode()
    submission = FormSubmission.objects.get()
    assert submission.page_id == contact_page.pk
    assert submission.get_data()["naam_organisatie"] == "Bakkerij Test"
    assert HONEYPOT_FIELD not in submission.get_data()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["starten@example.org"]
    assert "Bakkerij Test" in mail.outbox[0].body


def test_form_renders_labels_and_a_hidden_honeypot(client, contact_page):
    html = client.get(contact_page.url).content.decode()
    assert '<label for="id_naam_organisatie">' in html
    assert f'name="{HONEYPOT_FIELD}"' in html
    assert 'aria-hidden="true"' in html and 'tabindex="-1"' in html


def test_missing_fields_give_linked_errors_and_store_nothing(client, contact_page):
    response = client.post(contact_page.url, {"naam_organisatie": "", "e_mailadres": "geen-adres", "je_vraag": ""})
    assert response.status_code == 200
    html = response.content.decode()
    assert "nog niet goed ingevuld" in html
    assert 'aria-describedby="id_e_mailadres-error"' in html
    assert 'id="id_e_mailadres-error"' in html
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []


def test_honeypot_submission_is_dropped_silently(client, contact_page, contact_data):
    response = client.post(contact_page.url, {**contact_data, HONEYPOT_FIELD: "http://spam.example"})
    assert response.status_code == 200
    assert "Bedankt voor je bericht" in response.content.decode()
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []


def test_rate_limit_per_ip_answers_429_with_a_clear_message(client, contact_page, contact_data):
    for _ in range(5):
        assert client.post(contact_page.url, contact_data, REMOTE_ADDR="10.0.0.1").status_code == 200
    response = client.post(contact_page.url, contact_data, REMOTE_ADDR="10.0.0.1")
    assert response.status_code == 429
    assert "Probeer het over" in response.content.decode()
    assert int(response["Retry-After"]) > 0
    assert FormSubmission.objects.count() == 5
    # The form keeps what was typed, and another address is not affected.
    assert "Bakkerij Test" in response.content.decode()
    assert client.post(contact_page.url, contact_data, REMOTE_ADDR="10.0.0.2").status_code == 200


def test_rate_limit_counts_honeypot_posts_too(client, contact_page, contact_data):
    for _ in range(5):
        client.post(contact_page.url, {**contact_data, HONEYPOT_FIELD: "x"}, REMOTE_ADDR="10.0.0.3")
    assert client.post(contact_page.url, contact_data, REMOTE_ADDR="10.0.0.3").status_code == 429
    assert not FormSubmission.objects.exists()


def test_rate_limit_is_configurable(client, contact_page, contact_data, settings):
    settings.COMMUNITY_CONTACT_RATE_LIMIT = (1, 60)
    assert client.post(contact_page.url, contact_data).status_code == 200
    assert client.post(contact_page.url, contact_data).status_code == 429


def test_behind_a_trusted_proxy_the_limit_counts_per_visitor_not_per_proxy(
    client, contact_page, contact_data, settings
):
    """All visitors arrive from the proxy's address; the limit follows the address the proxy recorded."""
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "172.16.0.2"}
    for n in range(5):
        # A forged left-most entry changes nothing: only the proxy's own entry counts.
        forged = f"6.6.6.{n}, 203.0.113.5"
        assert client.post(contact_page.url, contact_data, HTTP_X_FORWARDED_FOR=forged, **proxy).status_code == 200
    assert client.post(contact_page.url, contact_data, HTTP_X_FORWARDED_FOR="203.0.113.5", **proxy).status_code == 429
    assert client.post(contact_page.url, contact_data, HTTP_X_FORWARDED_FOR="203.0.113.6", **proxy).status_code == 200


def test_without_trusted_proxies_forwarded_for_is_ignored(client, contact_page, contact_data, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    for n in range(5):
        client.post(contact_page.url, contact_data, REMOTE_ADDR="10.0.0.9", HTTP_X_FORWARDED_FOR=f"1.2.3.{n}")
    assert (
        client.post(contact_page.url, contact_data, REMOTE_ADDR="10.0.0.9", HTTP_X_FORWARDED_FOR="9.9.9.9").status_code
        == 429
    )


def test_get_requests_are_not_rate_limited(client, contact_page):
    for _ in range(10):
        assert client.get(contact_page.url).status_code == 200


def test_submissions_are_visible_in_the_admin(client, superuser, contact_page, contact_data):
    from tests.conftest import PASSWORD

    client.post(contact_page.url, contact_data)
    client.login(username=superuser.username, password=PASSWORD)
    response = client.get(f"/admin/forms/submissions/{contact_page.pk}/")
    assert response.status_code == 200
    assert "Bakkerij Test" in response.content.decode()


def test_required_dropdown_starts_empty_and_must_be_chosen(client, contact_page, contact_data):
    from community.models import ContactFormField

    ContactFormField.objects.create(
        page=contact_page,
        sort_order=3,
        label="Sector",
        field_type="dropdown",
        required=True,
        choices="Zorg\nSchoonmaak",
    )
    html = client.get(contact_page.url).content.decode()
    assert '<option value="" selected>Maak een keuze</option>' in html
    response = client.post(contact_page.url, {**contact_data, "sector": ""})
    assert 'id="id_sector-error"' in response.content.decode()
    assert not FormSubmission.objects.exists()
    assert client.post(contact_page.url, {**contact_data, "sector": "Zorg"}).status_code == 200
    assert FormSubmission.objects.get().get_data()["sector"] == "Zorg"
