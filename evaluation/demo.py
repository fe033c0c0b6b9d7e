"""Demo measurement waves: a closed baseline (T0) that every demo organisation submitted, an open T1 that most did.

T2 and T3 are planned a year and two years on. The demo coordinator's organisation (helder-schoonmaak) has not
started T1, so their form can be tried out. Idempotent: waves are looked up by code, measurements by wave and
organisation, and nothing that exists is changed. The figures are invented but plausible and reproducible (a
random generator seeded with the organisation's slug): participation in training by practically educated
staff rises a little from T0 to T1, and so does the embedding.
"""

import datetime
import random

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from community.models import Organisation

from .models import MeasurementWave, OrganisationMeasurement
from .models.measurements import EMBEDDING_FIELDS, Phase

# (code, name, opens: days from today, closes: days from today)
WAVES = [
    ("T0", "Nulmeting", -400, -340),
    ("T1", "Eerste jaarmeting", -20, 40),
    ("T2", "Tweede jaarmeting", 345, 405),
    ("T3", "Derde jaarmeting", 710, 770),
]
DEMO_COORDINATOR_ORGANISATION = "helder-schoonmaak"
# Organisations that have not submitted T1 (yet): two drafts, the rest not started.
T1_DRAFTS = ["gemeente-polderdorp", "wegenbouw-zeeland"]
T1_NOT_STARTED = [
    DEMO_COORDINATOR_ORGANISATION,
    "bouwbedrijf-de-brug",
    "zorgthuis-west",
    "trans-noord",
    "procesfabriek-zuid",
    "constructiebedrijf-fries",
]
HEADCOUNT = {"small": (18, 49), "medium": (60, 240), "large": (260, 1400)}
COMMENTS = [
    "De OR heeft het leerbeleid mee opgesteld.",
    "Budget loopt via het O&O-fonds. Vragen? Bel Karin op 06-12345678.",
    "Directie wil eerst de resultaten van dit jaar zien.",
]


def _figures(organisation, wave_index, rng):
    low, high = HEADCOUNT[organisation.size_class]
    headcount = rng.randint(low, high)
    practical = round(headcount * rng.uniform(0.35, 0.65))
    trained = round(headcount * rng.uniform(0.2, 0.4) + headcount * 0.05 * wave_index)
    practical_share = rng.uniform(0.1, 0.25) + 0.08 * wave_index
    practical_trained = min(round(practical * practical_share), practical, trained)
    ambassadors = min(headcount, rng.randint(1, 4) + 2 * wave_index)
    embedding = {name: rng.random() < 0.25 + 0.3 * wave_index for name in EMBEDDING_FIELDS}
    return {
        "headcount": headcount,
        "practically_educated_count": practical,
        "trained_count": trained,
        "practically_educated_trained_count": practical_trained,
        "active_ambassadors": ambassadors,
        "facilitated_hours": ambassadors * rng.randint(8, 40) * (1 + wave_index),
        "phase": rng.choice(
            [[Phase.EXPLORATION, Phase.PREPARATION], [Phase.PREPARATION, Phase.IMPLEMENTATION]][wave_index]
        ),
        "comment": rng.choice(COMMENTS) if rng.random() < 0.3 else "",
        **embedding,
    }


def seed(stdout):
    today = timezone.localdate()
    waves = {}
    for code, name, opens, closes in WAVES:
        waves[code], _created = MeasurementWave.objects.get_or_create(
            code=code,
            defaults={
                "name": name,
                "opens_on": today + datetime.timedelta(days=opens),
                "closes_on": today + datetime.timedelta(days=closes),
            },
        )
    coordinator = get_user_model().objects.filter(username="demo-coordinator").first()
    existing = set(OrganisationMeasurement.objects.values_list("wave_id", "organisation_id"))
    with transaction.atomic():
        for organisation in Organisation.objects.order_by("slug"):
            rng = random.Random(organisation.slug)
            for index, code in enumerate(["T0", "T1"]):
                wave = waves[code]
                figures = _figures(organisation, index, rng)  # drawn for T0 and T1 alike, so T1 stays reproducible
                if (wave.pk, organisation.pk) in existing or (code == "T1" and organisation.slug in T1_NOT_STARTED):
                    continue
                submitted = not (code == "T1" and organisation.slug in T1_DRAFTS)
                by = coordinator if organisation.slug == DEMO_COORDINATOR_ORGANISATION else None
                moment = timezone.make_aware(
                    datetime.datetime.combine(
                        min(wave.opens_on + datetime.timedelta(days=rng.randint(2, 15)), today), datetime.time(10)
                    )
                )
                OrganisationMeasurement.objects.create(
                    wave=wave,
                    organisation=organisation,
                    **figures,
                    status=OrganisationMeasurement.Status.SUBMITTED
                    if submitted
                    else OrganisationMeasurement.Status.DRAFT,
                    submitted_at=moment if submitted else None,
                    submitted_by=by if submitted else None,
                )
    stdout.write(
        f"Measurement waves: {MeasurementWave.objects.count()}, measurements: {OrganisationMeasurement.objects.count()}"
    )
