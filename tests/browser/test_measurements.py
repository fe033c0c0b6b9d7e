"""A coordinator fills in the yearly measurement on a phone (390×844): from the dashboard, a draft with a mistake,
corrected, submitted, then read-only. axe-core at every step, no sideways scrolling, valid HTML."""

import datetime
import re
import uuid

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from playwright.sync_api import expect

from .conftest import assert_accessible, log_in_context, vnu_errors
from .test_accessibility import SIDEWAYS_OVERFLOW

pytestmark = pytest.mark.browser


@pytest.fixture
def coordinator_with_open_wave():
    """A coordinator of a new organisation (this test's own rows), and the demo's open wave T1."""
    from community.models import Organisation, Sector
    from evaluation.models import MeasurementWave
    from programme.models import AmbassadorProfile
    from website import roles

    suffix = uuid.uuid4().hex[:8]
    organisation = Organisation.objects.create(
        name=f"Bakkerij Meettest {suffix}",
        slug=f"bakkerij-meettest-{suffix}",
        sector=Sector.objects.first(),
        province="UT",
        size_class="small",
    )
    user = get_user_model().objects.create_user(
        f"meetcoordinator-{suffix}", f"meet-{suffix}@example.org", first_name="Ilse"
    )
    user.groups.add(Group.objects.get(name=roles.COORDINATORS))
    AmbassadorProfile.objects.create(user=user, organisation=organisation, kind=AmbassadorProfile.Kind.COORDINATOR)
    wave = MeasurementWave.objects.get(code="T1")
    assert wave.is_open(timezone.localdate()), "seed_demo's T1 is open today"
    return user, organisation, wave


def assert_fits_the_phone(page):
    overflow, culprits = page.evaluate(SIDEWAYS_OVERFLOW)
    assert overflow <= 0, f"{page.url} scrolls sideways by {overflow}px: {culprits}"


@pytest.mark.parametrize("viewport", ["phone"], indirect=True)
def test_coordinator_fills_in_the_measurement_on_a_phone(
    context, live_server, viewport, coordinator_with_open_wave, tmp_path
):
    from evaluation.models import OrganisationMeasurement

    user, organisation, wave = coordinator_with_open_wave
    log_in_context(context, live_server.url, user.username)
    page = context.new_page()

    page.goto("/nl/coordinator/")
    page.get_by_role("link", name="Metingen van je organisatie").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Metingen van je organisatie")
    assert_accessible(page)
    assert_fits_the_phone(page)
    page.get_by_role("link", name=re.compile(rf"^Invullen\s+{wave.name}")).click()
    expect(page).to_have_url(re.compile(rf"/nl/coordinator/metingen/{wave.code}/$"))
    assert_accessible(page)
    assert_fits_the_phone(page)
    expect(page.locator("#id_headcount")).to_have_attribute("inputmode", "numeric")

    # A draft with a part larger than its whole: the message says so, and focus goes to it.
    page.get_by_label("Hoeveel mensen werken er bij je organisatie?").fill("40")
    page.get_by_label("Hoeveel van hen zijn praktisch opgeleid?").fill("45")
    page.get_by_role("button", name="Opslaan als concept").click()
    summary = page.locator("#error-summary")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("Dit kan niet meer zijn dan het aantal medewerkers (40).")
    assert_accessible(page)
    assert_fits_the_phone(page)
    summary.get_by_role("link").first.click()
    expect(page.locator("#id_practically_educated_count")).to_be_focused()
    assert not OrganisationMeasurement.objects.filter(organisation=organisation).exists()

    page.get_by_label("Hoeveel van hen zijn praktisch opgeleid?").fill("25")
    page.get_by_role("button", name="Opslaan als concept").click()
    expect(page.locator(".messages")).to_contain_text("opgeslagen als concept")
    assert OrganisationMeasurement.objects.get(organisation=organisation).status == "draft"

    # Complete it and submit: one tap per item, the phase as a radio button, the checklist as checkboxes.
    page.get_by_label("Hoeveel medewerkers volgden de afgelopen 12 maanden een opleiding of training?").fill("12")
    page.get_by_label("Hoeveel van die medewerkers zijn praktisch opgeleid?").fill("5")
    page.get_by_label("Hoeveel leerambassadeurs zijn nu actief?").fill("2")
    page.get_by_label(re.compile("Hoeveel uur kregen de leerambassadeurs")).fill("36")
    page.get_by_label(re.compile("^Invoeren")).check()
    page.get_by_label("Leerambassadeurs krijgen tijd in werktijd.").check()
    page.get_by_label("Iemand in de directie steunt de leerambassadeurs.").check()
    page.get_by_label(re.compile("^Toelichting")).fill("Tijd is geregeld in de cao.")
    html = context.request.get(page.url).body()
    page.get_by_role("button", name="Indienen").click()
    # (A fragment from the error summary link may stay on the address through the redirect.)
    expect(page).to_have_url(re.compile(r"/nl/coordinator/metingen/(#.*)?$"))
    expect(page.locator(".messages")).to_contain_text("De meting is ingediend")
    expect(page.locator(".wave-card", has_text=wave.name)).to_contain_text("Ingediend")

    measurement = OrganisationMeasurement.objects.get(organisation=organisation, wave=wave)
    assert (
        measurement.status,
        measurement.headcount,
        measurement.practically_educated_trained_count,
        measurement.phase,
        measurement.has_time_off,
        measurement.has_budget,
    ) == ("submitted", 40, 5, "implementation", True, False)
    assert measurement.submitted_at > timezone.now() - datetime.timedelta(minutes=5)

    # Read-only now: the figures, no form.
    page.get_by_role("link", name=re.compile(rf"Bekijk de cijfers\s+{wave.name}")).click()
    expect(page.locator(".measurement-figures")).to_contain_text("Tijd is geregeld in de cao.")
    expect(page.get_by_role("button", name="Indienen")).to_have_count(0)
    assert_accessible(page)
    assert_fits_the_phone(page)

    (tmp_path / "measurement-form.html").write_bytes(html)
    errors = vnu_errors([tmp_path / "measurement-form.html"])
    assert not errors, errors
