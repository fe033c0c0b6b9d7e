"""The programme team's side of the waves: managing waves, who submitted, reminders (also when mail fails), reopening."""

import datetime
import logging

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.utils import timezone
from wagtail.models import ModelLogEntry

from evaluation.measurements import REMIND_ACTION, REOPEN_ACTION, SUBMIT_ACTION, reopen, save_measurement
from evaluation.models import MeasurementWave, OrganisationMeasurement
from programme.models import AmbassadorProfile
from website import roles

pytestmark = pytest.mark.django_db

FIGURES = {
    "headcount": 40,
    "practically_educated_count": 20,
    "trained_count": 10,
    "practically_educated_trained_count": 5,
    "active_ambassadors": 2,
    "facilitated_hours": 30,
    "phase": "preparation",
}


class FailingBackend(BaseEmailBackend):
    def send_messages(self, messages):
        raise ConnectionRefusedError("smtp down for someone@example.org")


class HalfFailingBackend(BaseEmailBackend):
    """Refuses mail for one address only, as a mail server does for a bad mailbox."""

    def send_messages(self, messages):
        for message in messages:
            if "coordinatorb@" in message.to[0]:
                raise OSError("mailbox unavailable")
            mail.outbox.append(message)
        return len(messages)


@pytest.fixture
def wave(db):
    today = timezone.localdate()
    return MeasurementWave.objects.create(
        code="T1",
        name="Eerste jaarmeting",
        opens_on=today - datetime.timedelta(days=5),
        closes_on=today + datetime.timedelta(days=20),
    )


@pytest.fixture
def other_coordinator(make_user, other_organisation):
    return make_user(
        "coordinatorb",
        group=roles.COORDINATORS,
        organisation=other_organisation,
        kind=AmbassadorProfile.Kind.COORDINATOR,
        consent=False,
    )


@pytest.fixture
def third_organisation(sector):
    from community.models import Organisation

    return Organisation.objects.create(
        name="Bakkerij Zonder Coördinator", slug="bakkerij", sector=sector, province="NB", size_class="small"
    )


def submitted(organisation, wave, user):
    return save_measurement(organisation, wave, FIGURES, user, submit=True)


def messages_of(response):
    return [str(m) for m in response.context["messages"]]


# --- Waves as a ModelViewSet ----------------------------------------------------------------------------------------


def test_programme_team_manages_waves_in_the_admin(client, programme_team):
    client.force_login(programme_team)
    assert "/admin/meetrondes/" in client.get("/admin/").content.decode()
    response = client.post(
        "/admin/meetrondes/new/",
        {"code": "T4", "name": "Extra meting", "opens_on": "2027-01-01", "closes_on": "2027-02-01"},
    )
    assert response.status_code == 302
    wave = MeasurementWave.objects.get(code="T4")
    response = client.post(
        f"/admin/meetrondes/edit/{wave.pk}/",
        {"code": "T4", "name": "Extra meting", "opens_on": "2027-01-01", "closes_on": "2027-03-01"},
    )
    assert response.status_code == 302
    assert MeasurementWave.objects.get(pk=wave.pk).closes_on == datetime.date(2027, 3, 1)
    listing = client.get("/admin/meetrondes/").content.decode()
    assert "Extra meting" in listing and f"/admin/meetrondes/{wave.pk}/inzendingen/" in listing


@pytest.mark.parametrize(
    "data, message",
    [
        (
            {"code": "T5", "name": "x", "opens_on": "2027-05-01", "closes_on": "2027-04-01"},
            "De einddatum mag niet voor de begindatum liggen.",
        ),
        (
            {"code": "T 5", "name": "x", "opens_on": "2027-05-01", "closes_on": "2027-06-01"},
            "Gebruik alleen letters, cijfers, - en _.",
        ),
        ({"code": "T1", "name": "x", "opens_on": "2027-05-01", "closes_on": "2027-06-01"}, "bestaat al"),
    ],
)
def test_wave_form_refuses_bad_input_with_a_message(client, programme_team, wave, data, message):
    client.force_login(programme_team)
    response = client.post("/admin/meetrondes/new/", data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert MeasurementWave.objects.count() == 1


@pytest.mark.parametrize("role", ["editor", "moderator", "researcher"])
def test_other_admin_users_cannot_reach_the_waves(client, request, role, wave):
    client.force_login(request.getfixturevalue(role))
    assert "/admin/meetrondes/" not in client.get("/admin/").content.decode()
    for path in ("/admin/meetrondes/", f"/admin/meetrondes/{wave.pk}/inzendingen/"):
        response = client.get(path)
        assert response.status_code in (302, 403), path
    assert client.post(f"/admin/meetrondes/{wave.pk}/herinneren/").status_code in (302, 403)
    assert not mail.outbox


def test_a_wave_with_measurements_cannot_be_deleted(client, superuser, wave, organisation):
    OrganisationMeasurement.objects.create(organisation=organisation, wave=wave, headcount=3)
    empty = MeasurementWave.objects.create(
        code="T9", name="Vergissing", opens_on=datetime.date(2030, 1, 1), closes_on=datetime.date(2030, 1, 2)
    )
    client.force_login(superuser)
    response = client.post(f"/admin/meetrondes/delete/{wave.pk}/", follow=True)
    assert any("kan daarom niet worden verwijderd" in m for m in messages_of(response))
    assert MeasurementWave.objects.filter(pk=wave.pk).exists()
    assert client.post(f"/admin/meetrondes/delete/{empty.pk}/").status_code == 302
    assert not MeasurementWave.objects.filter(pk=empty.pk).exists()


def test_programme_team_cannot_delete_waves(client, programme_team, wave):
    client.force_login(programme_team)
    client.post(f"/admin/meetrondes/delete/{wave.pk}/")
    assert MeasurementWave.objects.filter(pk=wave.pk).exists()


# --- Who submitted ---------------------------------------------------------------------------------------------------


def test_overview_shows_every_organisation_and_its_status(
    client, programme_team, wave, coordinator, organisation, other_organisation, third_organisation
):
    submitted(organisation, wave, coordinator)
    save_measurement(other_organisation, wave, {"headcount": 12}, None)
    client.force_login(programme_team)
    page = client.get(f"/admin/meetrondes/{wave.pk}/inzendingen/").content.decode()
    assert 'data-organisation="schoonmaak-test" data-status="submitted"' in page
    assert 'data-organisation="zorg-test" data-status="draft"' in page
    assert 'data-organisation="bakkerij" data-status="missing"' in page
    assert "1 van de 3 organisaties heeft ingediend." in page
    assert "Herinnering mailen aan 2 organisaties die nog niet indienden" in page


def test_overview_queries_do_not_grow_with_organisations(client, programme_team, wave, sector):
    from community.models import Organisation
    from tests.conftest import get_queries

    client.force_login(programme_team)
    path = f"/admin/meetrondes/{wave.pk}/inzendingen/"
    before = len(get_queries(client, path))
    for i in range(10):
        organisation = Organisation.objects.create(
            name=f"Org {i}", slug=f"org-{i}", sector=sector, province="UT", size_class="small"
        )
        OrganisationMeasurement.objects.create(organisation=organisation, wave=wave, headcount=i)
    assert len(get_queries(client, path)) == before


# --- Reminders ------------------------------------------------------------------------------------------------------


def test_one_click_reminds_the_coordinators_of_everyone_who_has_not_submitted(
    client, programme_team, wave, coordinator, organisation, other_coordinator, third_organisation, make_user
):
    # organisation A submitted; B has one coordinator; the bakery has none.
    submitted(organisation, wave, coordinator)
    client.force_login(programme_team)
    response = client.post(f"/admin/meetrondes/{wave.pk}/herinneren/", follow=True)
    assert response.redirect_chain[-1][0] == f"/admin/meetrondes/{wave.pk}/inzendingen/"
    assert [m.to for m in mail.outbox] == [["coordinatorb@example.org"]]
    message = mail.outbox[0]
    assert "Eerste jaarmeting" in message.subject
    assert "Zorggroep Test" in message.body and "http://testserver/nl/coordinator/metingen/T1/" in message.body
    shown = messages_of(response)
    assert any("Herinnering verstuurd aan 1 coördinator(en) van 1 organisatie(s): Zorggroep Test." in m for m in shown)
    assert any("Geen coördinator met een e-mailadres bij Bakkerij Zonder Coördinator" in m for m in shown)
    entry = ModelLogEntry.objects.get(action=REMIND_ACTION)
    assert entry.user == programme_team and entry.object_id == str(wave.pk)
    assert entry.data == {"sent": ["zorg-test"], "failed": [], "without_address": ["bakkerij"], "messages_sent": 1}


def test_a_failing_mail_server_is_reported_and_kept_in_the_log(
    client, settings, caplog, programme_team, wave, other_coordinator, other_organisation
):
    settings.EMAIL_BACKEND = "tests.evaluation.test_measurement_admin.FailingBackend"
    client.force_login(programme_team)
    with caplog.at_level(logging.ERROR, logger="evaluation.measurements"):
        response = client.post(f"/admin/meetrondes/{wave.pk}/herinneren/", follow=True)
    assert response.status_code == 200
    shown = messages_of(response)
    assert any("Niet gelukt bij Zorggroep Test" in m for m in shown)
    assert not any("Herinnering verstuurd" in m for m in shown)
    assert ModelLogEntry.objects.get(action=REMIND_ACTION).data["failed"] == ["zorg-test"]
    assert "ConnectionRefusedError" in caplog.text
    assert "someone@example.org" not in caplog.text and "coordinatorb@" not in caplog.text


def test_one_refused_mailbox_does_not_stop_the_others(
    client, settings, programme_team, wave, coordinator, other_coordinator
):
    settings.EMAIL_BACKEND = "tests.evaluation.test_measurement_admin.HalfFailingBackend"
    client.force_login(programme_team)
    response = client.post(f"/admin/meetrondes/{wave.pk}/herinneren/", follow=True)
    assert [m.to for m in mail.outbox] == [["coordinator@example.org"]]
    shown = messages_of(response)
    assert any("Schoonmaakbedrijf Test" in m and "verstuurd" in m for m in shown)
    assert any("Niet gelukt bij Zorggroep Test" in m for m in shown)


def test_no_reminders_outside_the_wave_or_by_get(client, programme_team, wave, coordinator):
    client.force_login(programme_team)
    assert client.get(f"/admin/meetrondes/{wave.pk}/herinneren/").status_code == 405
    MeasurementWave.objects.filter(pk=wave.pk).update(closes_on=timezone.localdate() - datetime.timedelta(days=1))
    response = client.post(f"/admin/meetrondes/{wave.pk}/herinneren/", follow=True)
    assert any("alleen zolang de meetronde open is" in m for m in messages_of(response))
    assert not mail.outbox and not ModelLogEntry.objects.filter(action=REMIND_ACTION).exists()


# --- Reopening ------------------------------------------------------------------------------------------------------


def test_reopening_makes_a_draft_again_and_is_logged(client, programme_team, wave, coordinator, organisation):
    measurement = submitted(organisation, wave, coordinator)
    assert ModelLogEntry.objects.get(action=SUBMIT_ACTION).user == coordinator
    client.force_login(programme_team)
    detail = client.get(f"/admin/meetrondes/meting/{measurement.pk}/").content.decode()
    assert "Meting heropenen" in detail and "Meting ingediend door de coördinator" in detail
    response = client.post(f"/admin/meetrondes/meting/{measurement.pk}/heropenen/", follow=True)
    assert any("De meting is heropend" in m for m in messages_of(response))
    measurement.refresh_from_db()
    assert measurement.status == "draft" and measurement.headcount == 40
    entry = ModelLogEntry.objects.get(action=REOPEN_ACTION)
    assert entry.user == programme_team and entry.object_id == str(measurement.pk)
    assert entry.data["wave"] == "T1" and entry.data["organisation"] == "schoonmaak-test"
    assert "Meting heropend" in response.content.decode()

    # The coordinator can correct and submit again.
    client.force_login(coordinator)
    response = client.post(
        "/nl/coordinator/metingen/T1/", {**{k: str(v) for k, v in FIGURES.items()}, "headcount": "41", "submit": "1"}
    )
    assert response.status_code == 302
    assert OrganisationMeasurement.objects.get(pk=measurement.pk).headcount == 41


def test_reopening_a_draft_or_by_get_changes_nothing(client, programme_team, wave, organisation):
    draft = OrganisationMeasurement.objects.create(organisation=organisation, wave=wave, headcount=3)
    client.force_login(programme_team)
    assert client.get(f"/admin/meetrondes/meting/{draft.pk}/heropenen/").status_code == 405
    response = client.post(f"/admin/meetrondes/meting/{draft.pk}/heropenen/", follow=True)
    assert any("niets te heropenen" in m for m in messages_of(response))
    assert not ModelLogEntry.objects.filter(action=REOPEN_ACTION).exists()


def test_reopening_in_a_closed_wave_warns_to_extend_it(client, programme_team, wave, coordinator, organisation):
    measurement = submitted(organisation, wave, coordinator)
    MeasurementWave.objects.filter(pk=wave.pk).update(closes_on=timezone.localdate() - datetime.timedelta(days=1))
    client.force_login(programme_team)
    response = client.post(f"/admin/meetrondes/meting/{measurement.pk}/heropenen/", follow=True)
    assert any("Verleng de einddatum" in m for m in messages_of(response))


@pytest.mark.parametrize(
    "method, path",
    [
        ("get", "/admin/meetrondes/{id}/inzendingen/"),
        ("post", "/admin/meetrondes/{id}/herinneren/"),
        ("get", "/admin/meetrondes/meting/{id}/"),
        ("post", "/admin/meetrondes/meting/{id}/heropenen/"),
    ],
)
@pytest.mark.parametrize("pk", [999, 2**63])
def test_unknown_or_impossible_ids_are_not_found(client, programme_team, method, path, pk):
    """Not found (Django's LocaleMiddleware turns an admin 404 into a redirect to /nl/…); never a 500, nothing done."""
    client.force_login(programme_team)
    response = getattr(client, method)(path.format(id=pk))
    assert response.status_code == 404 or response["Location"].startswith("/nl/admin/meetrondes/")
    assert not ModelLogEntry.objects.exists() and not mail.outbox


def test_reopen_function_refuses_a_draft(wave, organisation, programme_team):
    from evaluation.measurements import MeasurementLocked

    draft = OrganisationMeasurement.objects.create(organisation=organisation, wave=wave)
    with pytest.raises(MeasurementLocked):
        reopen(draft, programme_team)
