"""Sign-up by invitation: who may invite, single use, expiry, revocation and the accept form."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from programme.models import AmbassadorProfile, ConsentEvent, Invitation
from tests.conftest import PASSWORD
from website import roles

User = get_user_model()


def accept_data(**overrides):
    data = {
        "username": "nieuwe-ambassadeur",
        "first_name": "Fatima",
        "last_name": "El Amrani",
        "email": "fatima@example.org",
        "password1": "een-lang-wachtwoord-2025",
        "password2": "een-lang-wachtwoord-2025",
        "research_consent": "yes",
    }
    data.update(overrides)
    return data


def accept_url(token):
    return reverse("programme:accept_invitation", kwargs={"token": token})


def invite(client, user, organisation, **fields):
    """Post the invitation form as `user`: an ambassador invitation valid for 7 days, unless `fields` say otherwise."""
    client.force_login(user)
    return client.post(
        reverse("programme:invitations"),
        {
            "organisation": organisation.pk,
            "kind": "ambassador",
            "note": "Fatima",
            "valid_days": 7,
            **fields,
        },
    )


@pytest.fixture
def invitation(organisation, cohort, coordinator):
    return Invitation.create_with_token(organisation=organisation, cohort=cohort, created_by=coordinator)


@pytest.mark.django_db
def test_coordinator_creates_a_link_for_their_own_organisation(client, coordinator, organisation, cohort):
    response = invite(client, coordinator, organisation, cohort=cohort.pk)
    assert response.status_code == 200
    invitation = Invitation.objects.get()
    assert invitation.organisation == organisation and invitation.created_by == coordinator
    assert invitation.expires_at - timezone.now() > datetime.timedelta(days=6)
    link = re.search(r'value="(http[^"]+)"', response.content.decode()).group(1)
    token = link.rstrip("/").rsplit("/", 1)[1]
    assert Invitation.objects.for_token(token).get() == invitation
    assert token not in invitation.token_hash  # only the hash is stored


@pytest.mark.django_db
def test_coordinator_cannot_invite_for_another_organisation(client, coordinator, other_organisation):
    response = invite(client, coordinator, other_organisation)
    assert response.status_code == 400
    assert not Invitation.objects.exists()


@pytest.mark.django_db
def test_coordinator_cannot_invite_coordinators(client, coordinator, organisation):
    response = invite(client, coordinator, organisation, kind="coordinator")
    assert response.status_code == 400
    assert not Invitation.objects.exists()


@pytest.mark.django_db
def test_coordinator_sees_only_their_organisations_invitations(client, coordinator, organisation, other_organisation):
    Invitation.create_with_token(organisation=organisation, note="eigen-organisatie")
    Invitation.create_with_token(organisation=other_organisation, note="andere-organisatie")
    client.login(username=coordinator.username, password=PASSWORD)
    html = client.get(reverse("programme:invitations")).content.decode()
    assert "eigen-organisatie" in html and "andere-organisatie" not in html


@pytest.mark.django_db
def test_invalid_validity_is_refused_with_a_message(client, coordinator, organisation):
    response = invite(client, coordinator, organisation, valid_days=365)
    assert response.status_code == 400
    assert "Kies maximaal 60 dagen." in response.content.decode()
    assert not Invitation.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("staff", ["superuser", "programme_team"])
def test_programme_team_invites_a_coordinator_for_any_organisation(request, client, staff, other_organisation):
    response = invite(client, request.getfixturevalue(staff), other_organisation, kind="coordinator", valid_days=14)
    assert response.status_code == 200
    assert Invitation.objects.get().kind == "coordinator"


@pytest.mark.django_db
def test_accepting_creates_account_profile_and_consent(client, invitation, organisation, cohort):
    invitation, token = invitation
    page = client.get(accept_url(token))
    assert page.status_code == 200
    assert "Mogen de onderzoekers je gegevens gebruiken?" in page.content.decode()
    response = client.post(accept_url(token), accept_data())
    assert response.status_code == 302
    assert response["Location"] == reverse("programme:my_path")
    user = User.objects.get(username="nieuwe-ambassadeur")
    assert user.check_password("een-lang-wachtwoord-2025")
    assert user.first_name == "Fatima" and user.groups.filter(name=roles.AMBASSADORS).exists()
    profile = user.ambassador_profile
    assert profile.organisation == organisation and profile.cohort == cohort and profile.kind == "ambassador"
    assert profile.has_research_consent and profile.research_consent_version
    assert ConsentEvent.objects.filter(profile=profile, action="given").count() == 1
    invitation.refresh_from_db()
    assert invitation.used_by == user and invitation.used_at is not None
    assert client.get(reverse("programme:my_path")).status_code == 200  # logged in


@pytest.mark.django_db
def test_saying_no_to_research_records_no_consent(client, invitation):
    _, token = invitation
    client.post(accept_url(token), accept_data(research_consent="no"))
    profile = AmbassadorProfile.objects.get(user__username="nieuwe-ambassadeur")
    assert not profile.has_research_consent
    assert not ConsentEvent.objects.filter(profile=profile).exists()


@pytest.mark.django_db
def test_research_consent_must_be_answered_explicitly(client, invitation):
    _, token = invitation
    data = accept_data()
    del data["research_consent"]
    response = client.post(accept_url(token), data)
    assert response.status_code == 400
    assert "Kies ja of nee" in response.content.decode()
    assert not User.objects.filter(username="nieuwe-ambassadeur").exists()


@pytest.mark.django_db
def test_weak_or_mismatched_passwords_write_nothing(client, invitation):
    invitation, token = invitation
    for overrides in ({"password1": "kort", "password2": "kort"}, {"password2": "iets-anders-2025-xyz"}):
        response = client.post(accept_url(token), accept_data(**overrides))
        assert response.status_code == 400
        assert 'aria-invalid="true"' in response.content.decode()
    assert not User.objects.filter(username="nieuwe-ambassadeur").exists()
    invitation.refresh_from_db()
    assert invitation.used_at is None


@pytest.mark.django_db
def test_an_invitation_works_only_once(client, invitation):
    invitation, token = invitation
    client.post(accept_url(token), accept_data())
    client.logout()
    response = client.post(accept_url(token), accept_data(username="tweede", email="tweede@example.org"))
    assert response.status_code == 410
    assert "al gebruikt" in response.content.decode()
    assert not User.objects.filter(username="tweede").exists()


@pytest.mark.django_db
def test_an_expired_invitation_is_refused(client, invitation):
    invitation, token = invitation
    Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now() - datetime.timedelta(minutes=1))
    assert client.get(accept_url(token)).status_code == 410
    response = client.post(accept_url(token), accept_data())
    assert response.status_code == 410
    assert "verlopen" in response.content.decode()
    assert not User.objects.filter(username="nieuwe-ambassadeur").exists()


@pytest.mark.django_db
def test_a_revoked_invitation_is_refused(client, coordinator, invitation):
    invitation, token = invitation
    client.login(username=coordinator.username, password=PASSWORD)
    assert client.post(reverse("programme:revoke_invitation", args=[invitation.pk])).status_code == 302
    client.logout()
    assert client.get(accept_url(token)).status_code == 410


@pytest.mark.django_db
def test_coordinator_cannot_revoke_another_organisations_invitation(client, coordinator, other_organisation):
    invitation, _ = Invitation.create_with_token(organisation=other_organisation)
    client.login(username=coordinator.username, password=PASSWORD)
    assert client.post(reverse("programme:revoke_invitation", args=[invitation.pk])).status_code == 404
    invitation.refresh_from_db()
    assert invitation.revoked_at is None


@pytest.mark.django_db
def test_unknown_token_gets_a_friendly_page(client, db):
    response = client.get(accept_url("niet-bestaand"))
    assert response.status_code == 404
    assert "We kennen deze link niet" in response.content.decode()


@pytest.mark.django_db
def test_duplicate_username_or_email_is_refused(client, invitation, ambassador):
    _, token = invitation
    response = client.post(accept_url(token), accept_data(username=ambassador.username))
    assert response.status_code == 400
    response = client.post(accept_url(token), accept_data(email=ambassador.email.upper()))
    assert response.status_code == 400
    assert "Er is al een account met dit e-mailadres" in response.content.decode()


# --- The invitation e-mail ---------------------------------------------------------------------


@pytest.mark.django_db
def test_link_is_mailed_to_the_colleague_and_works(client, coordinator, organisation, mailoutbox):
    organisation.name = "Schoonmaak & Zo 't Hof"  # plain text: no HTML escaping in the mail
    organisation.save()
    response = invite(client, coordinator, organisation, email="fatima@example.org")
    assert response.status_code == 200
    assert "We hebben de link gemaild naar fatima@example.org." in response.content.decode()
    [message] = mailoutbox
    assert message.to == ["fatima@example.org"]
    assert message.subject == "Uitnodiging voor Leerambassadeurs bij Schoonmaak & Zo 't Hof"
    assert "Leerambassadeurs bij Schoonmaak & Zo 't Hof." in message.body
    link = re.search(r"(http\S+/uitnodiging/\S+/)", message.body).group(1)
    assert link in response.content.decode()  # the same link the coordinator sees
    client.logout()
    assert client.get(link).status_code == 200


@pytest.mark.django_db
def test_the_address_is_not_stored(client, coordinator, organisation, mailoutbox):
    invite(client, coordinator, organisation, email="fatima@example.org")
    invitation = Invitation.objects.get()
    stored = [str(getattr(invitation, field.attname)) for field in Invitation._meta.concrete_fields]
    assert not any("fatima@example.org" in value for value in stored)


@pytest.mark.django_db
def test_bad_address_is_refused_and_nothing_is_made_or_sent(client, coordinator, organisation, mailoutbox):
    response = invite(client, coordinator, organisation, email="fatima@")
    assert response.status_code == 400
    assert "Vul een geldig e-mailadres in" in response.content.decode()
    assert 'value="Fatima"' in response.content.decode()  # what was typed is kept
    assert not Invitation.objects.exists()
    assert mailoutbox == []


@pytest.mark.django_db
def test_without_an_address_nothing_is_mailed(client, coordinator, organisation, mailoutbox):
    response = invite(client, coordinator, organisation)
    assert response.status_code == 200
    assert "gemaild" not in response.content.decode()
    assert mailoutbox == []


@pytest.mark.django_db
def test_mail_failure_still_shows_the_link(client, coordinator, organisation):
    from unittest import mock

    with mock.patch("programme.emails.send_mail", side_effect=OSError("mail server down")):
        response = invite(client, coordinator, organisation, email="fatima@example.org")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Het mailen naar fatima@example.org is niet gelukt." in html
    assert re.search(r'value="(http[^"]+)"', html)
    assert Invitation.objects.count() == 1


@pytest.mark.django_db
def test_the_list_shows_every_status(client, coordinator, organisation, ambassador):
    now = timezone.now()
    Invitation.create_with_token(organisation=organisation, note="nog-open")
    Invitation.create_with_token(organisation=organisation, note="al-gebruikt", used_at=now, used_by=ambassador)
    Invitation.create_with_token(organisation=organisation, note="teruggetrokken", revoked_at=now)
    Invitation.create_with_token(organisation=organisation, note="te-laat", expires_at=now - datetime.timedelta(days=1))
    client.force_login(coordinator)
    html = client.get(reverse("programme:invitations")).content.decode()
    rows = {re.search(r"<td>([a-z-]+)</td>", row).group(1): row for row in html.split("<tr>")[2:]}
    assert ">Open<" in rows["nog-open"] and "Intrekken" in rows["nog-open"]
    assert ">Gebruikt<" in rows["al-gebruikt"] and ambassador.get_full_name() in rows["al-gebruikt"]
    assert ">Ingetrokken<" in rows["teruggetrokken"] and "Intrekken" not in rows["teruggetrokken"]
    assert ">Verlopen<" in rows["te-laat"] and "Intrekken" not in rows["te-laat"]


@pytest.mark.django_db
def test_an_untouched_form_of_the_programme_team_makes_no_invitation(
    client, programme_team, organisation, other_organisation
):
    client.force_login(programme_team)
    page = client.get(reverse("programme:invitations")).content.decode()
    assert 'value="" selected>Kies een organisatie</option>' in page
    response = client.post(reverse("programme:invitations"), {"kind": "ambassador", "valid_days": 14})
    assert response.status_code == 400
    assert "Kies voor welke organisatie je iemand uitnodigt." in response.content.decode()
    assert not Invitation.objects.exists()


@pytest.mark.django_db
def test_a_coordinator_has_nothing_to_choose_and_is_told_so(client, coordinator, organisation, cohort):
    client.force_login(coordinator)
    page = client.get(reverse("programme:invitations")).content.decode()
    assert "Kies een organisatie" not in page
    assert "Je nodigt een collega uit voor je eigen organisatie." in page
    assert "Nog geen cohort" in page and "start je collega zonder cohort" in page
    assert invite(client, coordinator, organisation).status_code == 200
    assert Invitation.objects.get().cohort is None


@pytest.mark.django_db
@pytest.mark.parametrize(
    "language, expected, foreign",
    [
        (
            "nl",
            ["Dit wachtwoord is te kort. Gebruik minstens 10 tekens.", "Je wachtwoord heeft minstens 10 tekens."],
            ["This password", "Uw wachtwoord"],
        ),
        (
            "en",
            ["This password is too short. Use at least 10 characters.", "Your password has at least 10 characters."],
            ["Dit wachtwoord", "Je wachtwoord"],
        ),
    ],
)
def test_password_rules_and_errors_are_in_the_pages_language(client, invitation, language, expected, foreign):
    from django.utils import translation

    with translation.override(language):
        url = accept_url(invitation[1])
    html = client.post(url, accept_data(password1="kort-1", password2="kort-1")).content.decode()
    for text in expected:
        assert text in html
    for text in foreign:
        assert text not in html
