"""The coordinator's measurement form on the site: drafts, submitting, clear messages, and the wave's dates."""

import datetime

import pytest
from django.utils import timezone

from evaluation.measurement_forms import MeasurementForm
from evaluation.models import MeasurementWave, OrganisationMeasurement

pytestmark = pytest.mark.django_db

COMPLETE = {
    "headcount": "120",
    "practically_educated_count": "50",
    "trained_count": "30",
    "practically_educated_trained_count": "10",
    "active_ambassadors": "3",
    "facilitated_hours": "80",
    "phase": "implementation",
    "has_budget": "on",
    "comment": "Budget via het O&O-fonds.",
}


@pytest.fixture
def open_wave(db):
    today = timezone.localdate()
    return MeasurementWave.objects.create(
        code="T1",
        name="Eerste jaarmeting",
        opens_on=today - datetime.timedelta(days=3),
        closes_on=today + datetime.timedelta(days=30),
    )


def url(wave):
    return f"/nl/coordinator/metingen/{wave.code}/"


def errors_of(response):
    return {name: [str(e) for e in errors] for name, errors in response.context["form"].errors.items()}


# --- The form on its own -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, message",
    [
        ("12,5", "Vul een heel getal in, zonder komma of punt."),
        ("12.5", "Vul een heel getal in, zonder komma of punt."),
        ("1.200", "Vul een heel getal in, zonder komma of punt."),
        ("twaalf", "Vul een heel getal in, zonder komma of punt."),
        ("-1", "Vul 0 of meer in."),
        ("1000001", "Dit getal is te groot. Vul een aantal tot en met 1.000.000 in."),
    ],
)
def test_counts_are_whole_numbers(value, message):
    form = MeasurementForm({**COMPLETE, "headcount": value}, submitting=True)
    assert not form.is_valid()
    assert form.errors["headcount"] == [message]


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("practically_educated_count", "121", "Dit kan niet meer zijn dan het aantal medewerkers (120)."),
        ("trained_count", "121", "Dit kan niet meer zijn dan het aantal medewerkers (120)."),
        ("active_ambassadors", "121", "Dit kan niet meer zijn dan het aantal medewerkers (120)."),
        (
            "practically_educated_trained_count",
            "51",
            "Dit kan niet meer zijn dan het aantal praktisch opgeleide medewerkers (50).",
        ),
    ],
)
def test_parts_never_exceed_their_wholes(field, value, message):
    data = {**COMPLETE, field: value}
    if field == "practically_educated_trained_count":
        data["trained_count"] = "60"
    form = MeasurementForm(data, submitting=False)
    assert not form.is_valid()
    assert form.errors[field] == [message]


def test_trained_practically_educated_cannot_exceed_all_trained():
    form = MeasurementForm({**COMPLETE, "trained_count": "5"})
    assert not form.is_valid()
    assert form.errors["practically_educated_trained_count"] == [
        "Dit kan niet meer zijn dan het aantal medewerkers dat een opleiding volgde (5)."
    ]


def test_comment_has_a_length_limit():
    form = MeasurementForm({**COMPLETE, "comment": "x" * 2001})
    assert not form.is_valid() and form.errors["comment"] == ["Schrijf hoogstens 2000 tekens."]
    assert MeasurementForm({**COMPLETE, "comment": "x" * 2000}).is_valid()


def test_a_draft_may_be_empty_but_submitting_needs_every_figure_and_the_phase():
    assert MeasurementForm({}, submitting=False).is_valid()
    form = MeasurementForm({"headcount": "10"}, submitting=True)
    assert not form.is_valid()
    assert form.errors["trained_count"] == ["Vul dit in voordat je de meting indient."]
    assert form.errors["phase"] == ["Kies de fase waarin je organisatie nu zit."]
    assert "headcount" not in form.errors and "comment" not in form.errors
    assert MeasurementForm(COMPLETE, submitting=True).is_valid()


# --- Through the site ---------------------------------------------------------------------------------------------


def test_coordinator_saves_a_draft_comes_back_and_submits(client, coordinator, organisation, open_wave):
    client.force_login(coordinator)
    response = client.post(url(open_wave), {"headcount": "120", "trained_count": "30", "save": "1"})
    assert response.status_code == 302 and response["Location"] == url(open_wave)
    draft = OrganisationMeasurement.objects.get(organisation=organisation, wave=open_wave)
    assert (draft.status, draft.headcount, draft.trained_count, draft.phase) == ("draft", 120, 30, "")
    page = client.get(url(open_wave)).content.decode()
    assert 'value="120"' in page and "De meting is opgeslagen als concept" in page

    response = client.post(url(open_wave), {**COMPLETE, "submit": "1"})
    assert response.status_code == 302 and response["Location"] == "/nl/coordinator/metingen/"
    submitted = OrganisationMeasurement.objects.get(pk=draft.pk)
    assert submitted.status == "submitted" and submitted.submitted_by == coordinator
    assert submitted.submitted_at is not None and submitted.has_budget and not submitted.has_time_off
    assert OrganisationMeasurement.objects.count() == 1
    listing = client.get("/nl/coordinator/metingen/").content.decode()
    assert "Ingediend" in listing and "Dank je wel! De meting is ingediend." in listing


def test_bad_input_re_renders_with_messages_and_writes_nothing(client, coordinator, open_wave):
    client.force_login(coordinator)
    response = client.post(url(open_wave), {**COMPLETE, "practically_educated_count": "500", "submit": "1"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Er klopt nog iets niet" in page
    assert 'href="#id_practically_educated_count"' in page
    assert "Dit kan niet meer zijn dan het aantal medewerkers (120)." in page
    assert 'value="500"' in page  # what was typed stays
    assert not OrganisationMeasurement.objects.exists()


def test_incomplete_submit_keeps_the_draft_as_it_was(client, coordinator, organisation, open_wave):
    OrganisationMeasurement.objects.create(organisation=organisation, wave=open_wave, headcount=99)
    client.force_login(coordinator)
    response = client.post(url(open_wave), {"headcount": "100", "submit": "1"})
    assert response.status_code == 400
    assert "Vul dit in voordat je de meting indient." in response.content.decode()
    assert OrganisationMeasurement.objects.get().headcount == 99


def test_a_submitted_measurement_is_read_only_for_the_coordinator(client, coordinator, organisation, open_wave):
    client.force_login(coordinator)
    client.post(url(open_wave), {**COMPLETE, "submit": "1"})
    page = client.get(url(open_wave)).content.decode()
    assert '<form method="post" class="activity-form' not in page and "Ingediend op" in page
    assert "120" in page
    response = client.post(url(open_wave), {**COMPLETE, "headcount": "999", "save": "1"})
    assert response.status_code == 409
    assert "Deze meting is al ingediend" in response.content.decode()
    assert OrganisationMeasurement.objects.get().headcount == 120


def test_wave_only_open_between_its_dates(client, coordinator, organisation):
    today = timezone.localdate()
    upcoming = MeasurementWave.objects.create(
        code="T2",
        name="Later",
        opens_on=today + datetime.timedelta(days=1),
        closes_on=today + datetime.timedelta(days=9),
    )
    closed = MeasurementWave.objects.create(
        code="T0",
        name="Nulmeting",
        opens_on=today - datetime.timedelta(days=60),
        closes_on=today - datetime.timedelta(days=1),
    )
    client.force_login(coordinator)
    page = client.get(url(upcoming)).content.decode()
    assert "nog niet open" in page and 'name="headcount"' not in page
    response = client.post(url(upcoming), {**COMPLETE, "save": "1"})
    assert response.status_code == 409 and "nog niet open" in response.content.decode()
    response = client.post(url(closed), {**COMPLETE, "submit": "1"})
    assert response.status_code == 409 and "gesloten" in response.content.decode()
    assert not OrganisationMeasurement.objects.exists()
    # The programme team extends the wave: the coordinator can submit after all.
    MeasurementWave.objects.filter(pk=closed.pk).update(closes_on=today)
    assert client.post(url(closed), {**COMPLETE, "submit": "1"}).status_code == 302
    assert OrganisationMeasurement.objects.get().wave == closed


def test_unknown_wave_is_404(client, coordinator):
    client.force_login(coordinator)
    assert client.get("/nl/coordinator/metingen/T9/").status_code == 404


def test_other_organisations_coordinator_sees_only_their_own(
    client, coordinator, make_user, organisation, other_organisation, open_wave
):
    from programme.models import AmbassadorProfile
    from website import roles

    OrganisationMeasurement.objects.create(
        organisation=organisation, wave=open_wave, headcount=4321, comment="Alleen voor organisatie A"
    )
    other = make_user(
        "coordinatorb",
        group=roles.COORDINATORS,
        organisation=other_organisation,
        kind=AmbassadorProfile.Kind.COORDINATOR,
        consent=False,
    )
    client.force_login(other)
    page = client.get(url(open_wave)).content.decode()
    assert "4321" not in page and "Alleen voor organisatie A" not in page and other_organisation.name in page
    client.post(url(open_wave), {"headcount": "7", "save": "1"})
    assert OrganisationMeasurement.objects.get(organisation=organisation).headcount == 4321
    assert OrganisationMeasurement.objects.get(organisation=other_organisation).headcount == 7


@pytest.mark.parametrize("role", ["ambassador", "researcher", "programme_team", "superuser"])
def test_only_coordinators_use_the_form(client, request, role, open_wave):
    client.force_login(request.getfixturevalue(role))
    assert client.get(url(open_wave)).status_code == 403
    assert client.post(url(open_wave), {**COMPLETE, "submit": "1"}).status_code == 403
    assert client.get("/nl/coordinator/metingen/").status_code == 403
    assert not OrganisationMeasurement.objects.exists()


def test_anonymous_visitors_go_to_the_login(client, open_wave):
    response = client.get(url(open_wave))
    assert response.status_code == 302 and "/account/login/" in response["Location"]


def test_dashboard_links_to_the_measurements(client, coordinator):
    client.force_login(coordinator)
    assert 'href="/nl/coordinator/metingen/"' in client.get("/nl/coordinator/").content.decode()


def test_list_shows_each_wave_with_its_state(client, coordinator, organisation, open_wave):
    today = timezone.localdate()
    MeasurementWave.objects.create(
        code="T0",
        name="Nulmeting",
        opens_on=today - datetime.timedelta(days=400),
        closes_on=today - datetime.timedelta(days=340),
    )
    client.force_login(coordinator)
    page = client.get("/nl/coordinator/metingen/").content.decode()
    assert "Gesloten, niet ingediend" in page and "Nu open" in page
    assert page.index("Nulmeting") < page.index("Eerste jaarmeting")


def test_pages_stay_within_the_query_budget(client, coordinator, organisation, open_wave):
    from tests.conftest import get_queries

    client.force_login(coordinator)
    OrganisationMeasurement.objects.create(organisation=organisation, wave=open_wave, headcount=5)
    for path in ("/nl/coordinator/metingen/", url(open_wave)):
        assert len(get_queries(client, path)) <= 15, path


def test_english_interface_and_paths(client, coordinator, open_wave):
    client.force_login(coordinator)
    assert client.get("/en/coordinator/measurements/").status_code == 200
    page = client.get(f"/en/coordinator/measurements/{open_wave.code}/").content.decode()
    assert "How many people work at your organisation?" in page
    assert "Save as draft" in page and "Submit" in page
