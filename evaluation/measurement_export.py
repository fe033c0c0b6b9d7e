"""The `organisation_measurements` dataset: one row per organisation per wave, submitted measurements only.

Organisations are not people, so there is no consent filter; they appear under a keyed code
(`pseudonyms.organisation_code`), with their sector and size class. The embedding comment is free text that
may name people: it is only selected when the researcher asks for it (`ExportFilters.include_comments`), and
e-mail addresses and phone numbers in it are masked first.
"""

import re

from django.utils import timezone

from .datasets import BOOLEAN, CHUNK_SIZE, DATASETS, DATE, INTEGER, STRING, Dataset, ExportFilters, Field
from .models.measurements import EMBEDDING_FIELDS, Phase
from .pseudonyms import PSEUDONYM_PATTERN, organisation_code

EMAIL_MASK, PHONE_MASK = "[e-mailadres]", "[telefoonnummer]"
EMAIL_PATTERN = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A + or 0 and then 8 to 14 more digits, with spaces, dots, dashes or brackets between them: Dutch numbers
# (06-12345678, 020 123 45 67, +31 (0)6 1234 5678) and foreign ones. Dates (3-2-2026) have too few digits.
PHONE_PATTERN = re.compile(r"(?<![\w+])(?:\+|00|0)(?:[\s().-]*\d){8,14}(?!\w)")


def mask_contact_details(text):
    """The text with every e-mail address and phone number replaced by a placeholder."""
    if not text:
        return text
    return PHONE_PATTERN.sub(PHONE_MASK, EMAIL_PATTERN.sub(EMAIL_MASK, text))


def _count(name, nl, en):
    return Field(name, INTEGER, nl, en, required=True, minimum=0)


EMBEDDING_DESCRIPTIONS = {
    "has_learning_agreement": (
        "Er zijn leerafspraken of er is leerbeleid (true/false).",
        "There is a learning agreement or learning policy (true/false).",
    ),
    "has_budget": (
        "Er is budget voor leren en voor de leerambassadeurs (true/false).",
        "There is a budget for learning and for the ambassadors (true/false).",
    ),
    "has_time_off": (
        "Leerambassadeurs krijgen tijd in werktijd (true/false).",
        "Ambassadors get time off within working hours (true/false).",
    ),
    "has_management_sponsor": (
        "Iemand in de directie steunt de leerambassadeurs (true/false).",
        "A member of management sponsors the ambassadors (true/false).",
    ),
    "has_successor_arrangement": (
        "Er zijn afspraken voor na het einde van de subsidie (true/false).",
        "There is an arrangement for when the subsidy ends (true/false).",
    ),
}

# The comment goes before submitted_on, the last column: XLSX rows lose empty trailing cells, which frictionless
# then reports as missing.
COLUMNS = (
    "organisation_id",
    "organisation__sector__slug",
    "organisation__size_class",
    "wave__code",
    "wave__opens_on",
    "headcount",
    "practically_educated_count",
    "trained_count",
    "practically_educated_trained_count",
    "active_ambassadors",
    "facilitated_hours",
    "phase",
    *EMBEDDING_FIELDS,
    "submitted_at",
)


class OrganisationMeasurementsDataset(Dataset):
    """A dataset about organisations instead of participants: its own selection, key and rows."""

    def queryset(self, filters=None):
        filters = filters or ExportFilters()
        qs = self.get_model()._default_manager.filter(status="submitted")
        if filters.organisation is not None:
            qs = qs.filter(organisation=filters.organisation)
        if filters.sector is not None:
            qs = qs.filter(organisation__sector=filters.sector)
        # Organisations have no cohort: the cohort filter does not apply here.
        if filters.date_from:
            qs = qs.filter(wave__opens_on__gte=filters.date_from)
        if filters.date_to:
            qs = qs.filter(wave__opens_on__lte=filters.date_to)
        return qs

    def rows(self, filters, pseudonymiser):
        include_comments = bool(getattr(filters, "include_comments", False))
        columns = COLUMNS + (("comment",) if include_comments else ())
        values = self.queryset(filters).order_by(*self.ordering).values_list(*columns).iterator(chunk_size=CHUNK_SIZE)
        key = pseudonymiser.key
        submitted_at = len(COLUMNS) - 1
        for row in values:
            comment = mask_contact_details(row[-1]) if include_comments else None
            yield (
                organisation_code(row[0], key),
                *row[1:submitted_at],
                comment or None,
                _local_date(row[submitted_at]),
            )

    def table_schema(self, with_foreign_key=False):
        return {
            "fields": [f.to_table_schema() for f in self.fields],
            "missingValues": [""],
            "primaryKey": ["organisation", "wave"],
        }


def _local_date(value):
    return timezone.localdate(value) if value else None


ORGANISATION_MEASUREMENTS = OrganisationMeasurementsDataset(
    name="organisation_measurements",
    title_nl="Metingen per organisatie",
    title_en="Organisation measurements",
    description_nl="Eén rij per organisatie per meetronde (T0 = nulmeting, daarna T1, T2, T3): ingediende metingen "
    "van de coördinator over medewerkers, opleiding, leerambassadeurs en verankering.",
    description_en="One row per organisation per measurement wave (T0 = baseline, then T1, T2, T3): submitted "
    "measurements by the coordinator on staff, training, ambassadors and embedding.",
    period_nl="begindatum van de meetronde",
    period_en="the opening date of the wave",
    model="evaluation.OrganisationMeasurement",
    profile_path="",
    period_field="wave__opens_on",
    period_is_datetime=False,
    columns=COLUMNS,
    ordering=("wave__opens_on", "wave__code", "organisation_id"),
    fields=[
        Field(
            "organisation",
            STRING,
            "Code van de organisatie: HMAC-SHA256 van het interne organisatienummer met de geheime exportsleutel. "
            "Gelijk in elke export met dezelfde sleutel, zodat meetrondes te koppelen zijn.",
            "Organisation code: HMAC-SHA256 of the internal organisation id with the secret export key. "
            "The same in every export with the same key, so waves can be linked.",
            required=True,
            pattern=PSEUDONYM_PATTERN,
        ),
        Field(
            "sector",
            STRING,
            "Vaste sleutel (slug) van de sector van de organisatie.",
            "Stable key (slug) of the organisation's sector.",
            required=True,
        ),
        Field(
            "organisation_size",
            STRING,
            "Grootte van de organisatie: small (tot 50), medium (50 tot 250), large (250 of meer medewerkers).",
            "Size of the organisation: small (under 50), medium (50 to 250), large (250 or more employees).",
            required=True,
            enum=("small", "medium", "large"),
        ),
        Field(
            "wave",
            STRING,
            "Code van de meetronde: T0 (nulmeting), T1, T2, T3, of een extra ronde.",
            "Code of the wave: T0 (baseline), T1, T2, T3, or an extra wave.",
            required=True,
        ),
        Field("wave_opens_on", DATE, "Eerste dag van de meetronde.", "First day of the wave.", required=True),
        _count(
            "headcount",
            "Aantal medewerkers (personen, geen fte) op de dag van invullen.",
            "Number of employees (people, not FTE) on the day of filling in.",
        ),
        _count(
            "practically_educated_count",
            "Van hen: aantal praktisch opgeleide medewerkers (hoogstens mbo-2, of geen diploma). Nooit meer dan "
            "headcount.",
            "Of those: number of practically educated employees (at most mbo-2, or no diploma). Never more than "
            "headcount.",
        ),
        _count(
            "trained_count",
            "Aantal medewerkers dat in de 12 maanden ervoor een formele opleiding of training volgde. Nooit meer "
            "dan headcount.",
            "Number of employees who took part in formal training or development in the 12 months before. Never "
            "more than headcount.",
        ),
        _count(
            "practically_educated_trained_count",
            "Van hen: aantal praktisch opgeleide medewerkers. Nooit meer dan trained_count of "
            "practically_educated_count. Effectindicator: deze / practically_educated_count.",
            "Of those: number of practically educated employees. Never more than trained_count or "
            "practically_educated_count. Effect indicator: this / practically_educated_count.",
        ),
        _count(
            "active_ambassadors",
            "Aantal actieve leerambassadeurs volgens de coördinator.",
            "Number of active learning ambassadors according to the coordinator.",
        ),
        _count(
            "facilitated_hours",
            "Uren in werktijd voor de leerambassadeurs samen, in de 12 maanden ervoor (hele uren).",
            "Hours of working time given to all ambassadors together in the 12 months before (whole hours).",
        ),
        Field(
            "phase",
            STRING,
            "Fase van invoering: exploration (verkennen), preparation (voorbereiden), implementation (invoeren), "
            "sustainment (borgen).",
            "Implementation phase: exploration, preparation, implementation, sustainment.",
            required=True,
            enum=tuple(Phase.values),
        ),
        *[Field(name, BOOLEAN, nl, en, required=True) for name, (nl, en) in EMBEDDING_DESCRIPTIONS.items()],
        Field(
            "comment",
            STRING,
            "Toelichting van de coördinator op de verankering (vrije tekst). Alleen gevuld als bij de export "
            "'toelichting meenemen' is gekozen; e-mailadressen en telefoonnummers zijn vervangen door "
            f"{EMAIL_MASK} en {PHONE_MASK}.",
            "The coordinator's comment on embedding (free text). Only filled when 'include comments' was chosen "
            f"for the export; e-mail addresses and phone numbers are replaced by {EMAIL_MASK} and {PHONE_MASK}.",
        ),
        Field(
            "submitted_on",
            DATE,
            "Datum waarop de coördinator de meting (het laatst) indiende.",
            "Date on which the coordinator (last) submitted the measurement.",
            required=True,
        ),
    ],
)

# Registered here rather than in datasets.py, which this module builds on; imported in EvaluationConfig.ready().
DATASETS[ORGANISATION_MEASUREMENTS.name] = ORGANISATION_MEASUREMENTS
