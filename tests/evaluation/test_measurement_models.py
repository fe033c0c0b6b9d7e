"""The rules the database itself keeps for measurement waves and measurements, whatever code writes them."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.db import IntegrityError, transaction
from django.utils import timezone

from evaluation.models import MeasurementWave, OrganisationMeasurement
from website import roles

COMPLETE = {
    "headcount": 120,
    "practically_educated_count": 50,
    "trained_count": 30,
    "practically_educated_trained_count": 10,
    "active_ambassadors": 3,
    "facilitated_hours": 80,
    "phase": "implementation",
}


@pytest.fixture
def wave(db):
    return MeasurementWave.objects.create(
        code="T0",
        name="Nulmeting",
        opens_on=datetime.date(2026, 1, 1),
        closes_on=datetime.date(2026, 3, 31),
    )


def refused(**fields):
    with pytest.raises(IntegrityError), transaction.atomic():
        OrganisationMeasurement.objects.create(**fields)


def test_wave_is_open_between_its_dates_inclusive(wave):
    assert not wave.is_open(datetime.date(2025, 12, 31))
    assert wave.is_open(datetime.date(2026, 1, 1)) and wave.is_open(datetime.date(2026, 3, 31))
    assert not wave.is_open(datetime.date(2026, 4, 1)) and wave.has_closed(datetime.date(2026, 4, 1))
    assert list(MeasurementWave.objects.open_on(datetime.date(2026, 2, 1))) == [wave]


def test_wave_cannot_close_before_it_opens(db):
    with pytest.raises(IntegrityError), transaction.atomic():
        MeasurementWave.objects.create(
            code="T1",
            name="x",
            opens_on=datetime.date(2026, 5, 1),
            closes_on=datetime.date(2026, 4, 1),
        )


def test_one_measurement_per_organisation_per_wave(wave, organisation, other_organisation):
    OrganisationMeasurement.objects.create(wave=wave, organisation=organisation)
    OrganisationMeasurement.objects.create(wave=wave, organisation=other_organisation)
    refused(wave=wave, organisation=organisation)


def test_a_draft_may_be_incomplete_but_a_part_never_exceeds_its_whole(wave, organisation):
    draft = OrganisationMeasurement.objects.create(wave=wave, organisation=organisation, trained_count=4)
    assert draft.status == "draft" and draft.headcount is None
    draft.delete()
    refused(wave=wave, organisation=organisation, headcount=10, practically_educated_count=11)
    refused(wave=wave, organisation=organisation, headcount=10, trained_count=11)
    refused(wave=wave, organisation=organisation, practically_educated_count=5, practically_educated_trained_count=6)
    refused(wave=wave, organisation=organisation, trained_count=5, practically_educated_trained_count=6)
    refused(wave=wave, organisation=organisation, headcount=2, active_ambassadors=3)


def test_a_submitted_measurement_is_complete(wave, organisation):
    refused(
        wave=wave,
        organisation=organisation,
        status="submitted",
        submitted_at=timezone.now(),
        **{**COMPLETE, "facilitated_hours": None},
    )
    refused(
        wave=wave,
        organisation=organisation,
        status="submitted",
        submitted_at=timezone.now(),
        **{**COMPLETE, "phase": ""},
    )
    refused(wave=wave, organisation=organisation, status="submitted", **COMPLETE)
    measurement = OrganisationMeasurement.objects.create(
        wave=wave,
        organisation=organisation,
        status="submitted",
        submitted_at=timezone.now(),
        **COMPLETE,
        has_budget=True,
        has_time_off=True,
    )
    assert measurement.participation_rate == pytest.approx(0.2)
    assert measurement.embedding_score == 2


def test_programme_team_may_manage_waves_and_reopen_measurements(db):
    codenames = set(
        Group.objects.get(name=roles.PROGRAMME_TEAM)
        .permissions.filter(content_type__app_label="evaluation")
        .values_list("codename", flat=True)
    )
    assert codenames == {
        "add_measurementwave",
        "change_measurementwave",
        "view_measurementwave",
        "view_organisationmeasurement",
        "change_organisationmeasurement",
    }
