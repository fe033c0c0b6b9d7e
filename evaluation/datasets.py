"""The registry of research datasets: what each export contains, and its Table Schema (= the codebook).

Each dataset is tidy — one row per participant or per event — and is described field by field in Dutch
and English. The same description drives the CSV header, the XLSX codebook sheet, the `datapackage.json`
Table Schema and the codebook page in the admin, so they cannot drift apart.

Privacy rules that every dataset follows (tested in `tests/evaluation/test_privacy.py`):

* a person appears only under a pseudonym (`evaluation.pseudonyms`), never with a name, e-mail address,
  username or internal id;
* only participants whose research consent is active right now are included, so a withdrawal leaves them
  out of every export made after it;
* free text written by participants (reflections, private notes) is never selected from the database.

Rows stream from the database cursor in chunks (`evaluation.rawrows`), so memory use does not grow with
the number of rows; pseudonyms are computed once per participant and titles of modules and lessons once
per export, not per row.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field

from django.apps import apps
from django.utils import timezone
from django.utils.translation import get_language

from .pseudonyms import PSEUDONYM_PATTERN
from .rawrows import CHUNK_SIZE, UuidText, local_date, raw_rows


def _in_active_language(dutch, english):
    """For the admin screens, which show one language: the user's."""
    return english if (get_language() or "nl").startswith("en") else dutch


# Table Schema field types used here (https://specs.frictionlessdata.io/table-schema/#types-and-formats).
STRING, INTEGER, BOOLEAN, DATE, DATETIME = "string", "integer", "boolean", "date", "datetime"


@dataclass(frozen=True)
class Field:
    """One column: its name, Table Schema type and constraints, and what it means in Dutch and English."""

    name: str
    type: str
    description_nl: str
    description_en: str
    required: bool = False
    unique: bool = False
    enum: tuple = ()
    minimum: int | None = None
    maximum: int | None = None
    pattern: str | None = None

    @property
    def description(self):
        return _in_active_language(self.description_nl, self.description_en)

    @property
    def constraints(self):
        constraints = {}
        if self.required:
            constraints["required"] = True
        if self.unique:
            constraints["unique"] = True
        if self.enum:
            constraints["enum"] = list(self.enum)
        if self.minimum is not None:
            constraints["minimum"] = self.minimum
        if self.maximum is not None:
            constraints["maximum"] = self.maximum
        if self.pattern:
            constraints["pattern"] = self.pattern
        return constraints

    def to_table_schema(self):
        descriptor = {
            "name": self.name,
            "type": self.type,
            "description": f"{self.description_nl} / {self.description_en}",
            "descriptions": {"nl": self.description_nl, "en": self.description_en},
        }
        if self.type == DATETIME:
            # ISO 8601 with the UTC offset, e.g. 2025-03-04T10:15:00+01:00 (Europe/Amsterdam).
            descriptor["format"] = "%Y-%m-%dT%H:%M:%S%z"
        if self.constraints:
            descriptor["constraints"] = self.constraints
        return descriptor


PSEUDONYM = Field(
    "pseudonym",
    STRING,
    "Pseudoniem van de deelnemer: HMAC-SHA256 van het interne deelnemersnummer met de geheime exportsleutel. "
    "Hetzelfde in elke export met dezelfde sleutel, zodat metingen te koppelen zijn.",
    "Participant pseudonym: HMAC-SHA256 of the internal participant id with the secret export key. "
    "The same in every export made with the same key, so waves can be linked.",
    required=True,
    pattern=PSEUDONYM_PATTERN,
)


def _module_fields():
    return [
        Field(
            "module_id",
            STRING,
            "Vaste sleutel (UUID) van de module; gelijk in alle talen en na hernoemen.",
            "Stable id (UUID) of the module; the same in every language and after renaming.",
            required=True,
        ),
        Field(
            "module_title",
            STRING,
            "Titel van de module (Nederlandse versie) op het moment van exporteren.",
            "Title of the module (Dutch version) at the time of export.",
        ),
    ]


def _lesson_fields():
    return [
        Field(
            "lesson_id",
            STRING,
            "Vaste sleutel (UUID) van de les; gelijk in alle talen en na hernoemen.",
            "Stable id (UUID) of the lesson; the same in every language and after renaming.",
            required=True,
        ),
        Field(
            "lesson_title",
            STRING,
            "Titel van de les (Nederlandse versie) op het moment van exporteren.",
            "Title of the lesson (Dutch version) at the time of export.",
        ),
    ]


@dataclass
class ExportFilters:
    """What the researcher chose: a period (inclusive, on the dataset's own date) and optional groups."""

    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    organisation: object = None  # community.Organisation
    sector: object = None  # community.Sector
    cohort: object = None  # programme.Cohort
    include_comments: bool = False  # free-text comments (organisation_measurements), only when asked for

    def as_dict(self):
        """JSON-friendly summary (slugs and ISO dates) for the export log and the data package."""
        summary = {
            "from": self.date_from.isoformat() if self.date_from else None,
            "to": self.date_to.isoformat() if self.date_to else None,
            "organisation": self.organisation.slug if self.organisation else None,
            "sector": self.sector.slug if self.sector else None,
            "cohort": self.cohort.slug if self.cohort else None,
        }
        if self.include_comments:
            summary["include_comments"] = True
        return summary


def _aware_start_of(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


@dataclass
class Dataset:
    """A named export: its fields, which model it reads and how a row is built."""

    name: str
    title_nl: str
    title_en: str
    description_nl: str
    description_en: str
    period_nl: str
    period_en: str
    model: str  # "app_label.ModelName"
    fields: list
    profile_path: str  # lookup from the model to the AmbassadorProfile ("" for the profile itself)
    period_field: str
    period_is_datetime: bool
    columns: tuple  # values_list() columns
    build_rows: Callable = None  # (dataset, iterator of value tuples, pseudonymiser) -> iterator of rows
    organisation_path: str = ""  # lookup to the organisation, if not the profile's
    ordering: tuple = ()
    # True: build_rows gets the values as the database driver returns them (fast; see evaluation.rawrows),
    # False: as Django's ORM converts them (datetime, UUID, bool, date objects).
    raw_values: bool = False
    field_names: list = field(init=False)

    def __post_init__(self):
        self.field_names = [f.name for f in self.fields]

    @property
    def title(self):
        return _in_active_language(self.title_nl, self.title_en)

    @property
    def description(self):
        return _in_active_language(self.description_nl, self.description_en)

    @property
    def period(self):
        return _in_active_language(self.period_nl, self.period_en)

    # -- availability -------------------------------------------------------------------------------
    def get_model(self):
        try:
            return apps.get_model(self.model)
        except LookupError:
            return None

    def is_available(self):
        return self.get_model() is not None

    # -- selecting ----------------------------------------------------------------------------------
    def _profile(self, lookup):
        return f"{self.profile_path}__{lookup}" if self.profile_path else lookup

    def queryset(self, filters=None):
        """Rows of participants with active consent, narrowed by the filters. No personal columns selected."""
        filters = filters or ExportFilters()
        qs = self.get_model()._default_manager.filter(
            **{
                self._profile("research_consent_at__isnull"): False,
                self._profile("research_consent_withdrawn_at__isnull"): True,
            }
        )
        organisation_path = self.organisation_path or self._profile("organisation")
        if filters.organisation is not None:
            qs = qs.filter(**{organisation_path: filters.organisation})
        if filters.sector is not None:
            qs = qs.filter(**{f"{organisation_path}__sector": filters.sector})
        if filters.cohort is not None:
            qs = qs.filter(**{self._profile("cohort"): filters.cohort})
        if self.period_is_datetime:
            if filters.date_from:
                qs = qs.filter(**{f"{self.period_field}__gte": _aware_start_of(filters.date_from)})
            if filters.date_to:
                qs = qs.filter(
                    **{f"{self.period_field}__lt": _aware_start_of(filters.date_to + datetime.timedelta(days=1))}
                )
        else:
            if filters.date_from:
                qs = qs.filter(**{f"{self.period_field}__gte": filters.date_from})
            if filters.date_to:
                qs = qs.filter(**{f"{self.period_field}__lte": filters.date_to})
        return qs

    def count(self, filters=None):
        return self.queryset(filters).count()

    def rows(self, filters, pseudonymiser):
        """One tuple per row, in the order of `fields`.

        Values are Python values (str, int, bool, date, datetime) or, with `raw_values`, the driver's raw
        values; the writers' cell encoders take both.
        """
        queryset = self.queryset(filters).order_by(*self.ordering).values_list(*self.columns)
        values = raw_rows(queryset) if self.raw_values else queryset.iterator(chunk_size=CHUNK_SIZE)
        return self.build_rows(self, values, getattr(pseudonymiser, "pseudonym", pseudonymiser))

    # -- documentation ------------------------------------------------------------------------------
    def table_schema(self, with_foreign_key=False):
        schema = {"fields": [f.to_table_schema() for f in self.fields], "missingValues": [""]}
        if self.name == "participants":
            schema["primaryKey"] = ["pseudonym"]
        elif with_foreign_key:
            schema["foreignKeys"] = [
                {"fields": ["pseudonym"], "reference": {"resource": "participants", "fields": ["pseudonym"]}}
            ]
        return schema


# --- Titles and the module of each lesson, looked up once per export ---------------------------------


class ProgrammeTitles:
    """Dutch titles by translation_key, and lesson → module keys, from the Dutch page tree (one query).

    Keys are the canonical UUID text; `key(value)` gives it for a raw or UUID value (memoised).
    """

    def __init__(self):
        self.titles = {}
        self.module_of_lesson = {}
        self.key = UuidText().__getitem__
        try:
            ModulePage = apps.get_model("programme", "ModulePage")
            LessonPage = apps.get_model("programme", "LessonPage")
        except LookupError:
            return
        from django.contrib.contenttypes.models import ContentType
        from wagtail.models import Page

        types = ContentType.objects.get_for_models(ModulePage, LessonPage)
        module_type, lesson_type = types[ModulePage].pk, types[LessonPage].pk
        pages = Page.objects.filter(locale__language_code="nl", content_type_id__in=[module_type, lesson_type])
        module_by_path = {}
        lessons = []
        for key, title, path, content_type_id in pages.values_list(
            "translation_key", "title", "path", "content_type_id"
        ):
            key = str(key)
            self.titles[key] = title
            if content_type_id == module_type:
                module_by_path[path] = key
            else:
                lessons.append((key, path))
        steplen = Page.steplen
        for key, path in lessons:
            self.module_of_lesson[key] = module_by_path.get(path[:-steplen])

    def title(self, key):
        return self.titles.get(key)


# --- Row builders ------------------------------------------------------------------------------------


def _participant_rows(dataset, values, pseudonymise):
    for pk, organisation, size, sector, cohort, kind, job, start, consent_at, version in values:
        yield (pseudonymise(pk), organisation, size, sector, cohort, kind, job, start, local_date(consent_at), version)


def _lesson_progress_rows(dataset, values, pseudonymise):
    titles = ProgrammeTitles()
    key, title = titles.key, titles.titles.get
    for profile_pk, module_key, lesson_key, started, completed, revision in values:
        module_key, lesson_key = key(module_key), key(lesson_key)
        yield (
            pseudonymise(profile_pk),
            module_key,
            title(module_key),
            lesson_key,
            title(lesson_key),
            started,
            completed,
            completed is not None,
            revision,
        )


def _module_completion_rows(dataset, values, pseudonymise):
    titles = ProgrammeTitles()
    for profile_pk, module_key, completed in values:
        module_key = titles.key(module_key)
        yield pseudonymise(profile_pk), module_key, titles.title(module_key), completed


def _knowledge_check_rows(dataset, values, pseudonymise):
    titles = ProgrammeTitles()
    previous, attempt = None, 0
    for profile_pk, lesson_key, block_id, chosen, correct, answered in values:
        question = (profile_pk, lesson_key, block_id)
        attempt = attempt + 1 if question == previous else 1
        previous = question
        lesson_key = titles.key(lesson_key)
        module_key = titles.module_of_lesson.get(lesson_key)
        yield (
            pseudonymise(profile_pk),
            module_key,
            titles.title(module_key),
            lesson_key,
            titles.title(lesson_key),
            block_id,
            attempt,
            chosen,
            correct,
            answered,
        )


def _self_assessment_rows(dataset, values, pseudonymise):
    titles = ProgrammeTitles()
    for profile_pk, module_key, moment, role, conversation, referral, support, submitted in values:
        module_key = titles.key(module_key)
        yield (
            pseudonymise(profile_pk),
            module_key,
            titles.title(module_key),
            moment,
            role,
            conversation,
            referral,
            support,
            submitted,
        )


def _activity_rows(dataset, values, pseudonymise):
    for row in values:
        yield (pseudonymise(row[0]),) + tuple(row[1:])


# --- The datasets ------------------------------------------------------------------------------------

PARTICIPANTS = Dataset(
    name="participants",
    title_nl="Deelnemers",
    title_en="Participants",
    description_nl="Eén rij per deelnemer (leerambassadeur of coördinator) met actieve toestemming voor het onderzoek.",
    description_en="One row per participant (learning ambassador or coordinator) with active research consent.",
    period_nl="startdatum van de deelnemer",
    period_en="the participant's start date",
    model="programme.AmbassadorProfile",
    profile_path="",
    period_field="start_date",
    period_is_datetime=False,
    columns=(
        "pk",
        "organisation__slug",
        "organisation__size_class",
        "organisation__sector__slug",
        "cohort__slug",
        "kind",
        "job_category",
        "start_date",
        "research_consent_at",
        "research_consent_version",
    ),
    ordering=("organisation__slug", "start_date", "pk"),
    build_rows=_participant_rows,
    raw_values=True,
    fields=[
        Field(
            PSEUDONYM.name,
            STRING,
            PSEUDONYM.description_nl,
            PSEUDONYM.description_en,
            required=True,
            unique=True,
            pattern=PSEUDONYM_PATTERN,
        ),
        Field(
            "organisation",
            STRING,
            "Vaste sleutel (slug) van de organisatie van de deelnemer.",
            "Stable key (slug) of the participant's organisation.",
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
            "sector",
            STRING,
            "Vaste Engelse sleutel (slug) van de sector van de organisatie: metal-and-engineering, government, "
            "care, cleaning, transport-and-logistics, construction, food-and-process-industry, retail, of een "
            "sector die later is toegevoegd. Exports van vóór december 2026 hebben Nederlandse sleutels "
            "(bijvoorbeeld schoonmaak); zie evaluation/README.md.",
            "Stable English key (slug) of the organisation's sector: metal-and-engineering, government, care, "
            "cleaning, transport-and-logistics, construction, food-and-process-industry, retail, or a sector "
            "added later. Exports made before December 2026 have Dutch keys (for example schoonmaak); see "
            "evaluation/README.md.",
            required=True,
        ),
        Field(
            "cohort",
            STRING,
            "Vaste sleutel (slug) van het cohort; leeg als de deelnemer geen cohort heeft.",
            "Stable key (slug) of the cohort; empty if the participant has no cohort.",
        ),
        Field(
            "role",
            STRING,
            "Rol in het programma: ambassador (leerambassadeur) of coordinator (coördinator).",
            "Role in the programme: ambassador (learning ambassador) or coordinator.",
            required=True,
            enum=("ambassador", "coordinator"),
        ),
        Field(
            "job_category",
            STRING,
            "Soort werk (grove categorie): production, care, cleaning, logistics, office, sales of other.",
            "Kind of work (broad category): production, care, cleaning, logistics, office, sales or other.",
            required=True,
            enum=("production", "care", "cleaning", "logistics", "office", "sales", "other"),
        ),
        Field(
            "start_date",
            DATE,
            "Datum waarop de deelnemer met het programma begon.",
            "Date on which the participant started the programme.",
            required=True,
        ),
        Field(
            "consent_date",
            DATE,
            "Datum waarop de deelnemer toestemming gaf voor het onderzoek.",
            "Date on which the participant gave research consent.",
            required=True,
        ),
        Field(
            "consent_version",
            STRING,
            "Versie van de toestemmingstekst die de deelnemer heeft goedgekeurd.",
            "Version of the consent text the participant agreed to.",
        ),
    ],
)

LESSON_PROGRESS = Dataset(
    name="lesson_progress",
    title_nl="Voortgang per les",
    title_en="Lesson progress",
    description_nl="Eén rij per deelnemer per les die hij of zij heeft geopend: wanneer begonnen en wanneer afgerond.",
    description_en="One row per participant per lesson they opened: when started and when completed.",
    period_nl="moment van beginnen aan de les",
    period_en="the moment the lesson was started",
    model="programme.LessonProgress",
    profile_path="user__ambassador_profile",
    period_field="started_at",
    period_is_datetime=True,
    columns=(
        "user__ambassador_profile__pk",
        "module_key",
        "lesson_key",
        "started_at",
        "completed_at",
        "completed_revision_id",
    ),
    ordering=("user_id", "started_at", "pk"),
    build_rows=_lesson_progress_rows,
    raw_values=True,
    fields=[
        PSEUDONYM,
        *_module_fields(),
        *_lesson_fields(),
        Field(
            "started_at",
            DATETIME,
            "Moment waarop de deelnemer de les voor het eerst opende (ISO 8601 met tijdzone).",
            "Moment the participant first opened the lesson (ISO 8601 with time zone).",
            required=True,
        ),
        Field(
            "completed_at",
            DATETIME,
            "Moment waarop de deelnemer de les als afgerond markeerde; leeg als niet afgerond.",
            "Moment the participant marked the lesson as completed; empty if not completed.",
        ),
        Field(
            "completed",
            BOOLEAN,
            "Is de les afgerond? (true/false)",
            "Is the lesson completed? (true/false)",
            required=True,
        ),
        Field(
            "completed_revision",
            INTEGER,
            "Nummer van de versie (revisie) van de lesinhoud die de deelnemer afrondde; leeg als onbekend. "
            "Hiermee is te zien of een les daarna is gewijzigd.",
            "Number of the version (revision) of the lesson content the participant completed; empty if unknown. "
            "Shows whether a lesson changed afterwards.",
            minimum=1,
        ),
    ],
)

MODULE_COMPLETIONS = Dataset(
    name="module_completions",
    title_nl="Afgeronde modules",
    title_en="Module completions",
    description_nl="Eén rij per afgeronde module per deelnemer (alle verplichte lessen afgerond).",
    description_en="One row per module a participant completed (all required lessons completed).",
    period_nl="moment van afronden",
    period_en="the moment of completion",
    model="programme.ModuleCompletion",
    profile_path="user__ambassador_profile",
    period_field="completed_at",
    period_is_datetime=True,
    columns=("user__ambassador_profile__pk", "module_key", "completed_at"),
    ordering=("user_id", "completed_at", "pk"),
    build_rows=_module_completion_rows,
    raw_values=True,
    fields=[
        PSEUDONYM,
        *_module_fields(),
        Field(
            "completed_at",
            DATETIME,
            "Moment waarop de module werd afgerond (ISO 8601 met tijdzone).",
            "Moment the module was completed (ISO 8601 with time zone).",
            required=True,
        ),
    ],
)

KNOWLEDGE_CHECKS = Dataset(
    name="knowledge_checks",
    title_nl="Kennisvragen",
    title_en="Knowledge checks",
    description_nl="Eén rij per gegeven antwoord op een kennisvraag; elke poging telt als eigen rij.",
    description_en="One row per answer given to a knowledge-check question; every attempt is its own row.",
    period_nl="moment van antwoorden",
    period_en="the moment of answering",
    model="programme.KnowledgeCheckAnswer",
    profile_path="user__ambassador_profile",
    period_field="answered_at",
    period_is_datetime=True,
    columns=("user__ambassador_profile__pk", "lesson_key", "block_id", "chosen_option", "is_correct", "answered_at"),
    ordering=("user_id", "lesson_key", "block_id", "answered_at", "pk"),
    build_rows=_knowledge_check_rows,
    raw_values=True,
    fields=[
        PSEUDONYM,
        # The module is derived from the page tree, so it is empty when the lesson no longer exists.
        Field(
            "module_id",
            STRING,
            "Vaste sleutel (UUID) van de module waar de les in staat; leeg als de les niet meer bestaat.",
            "Stable id (UUID) of the module that contains the lesson; empty if the lesson no longer exists.",
        ),
        _module_fields()[1],
        *_lesson_fields(),
        Field(
            "question_id",
            STRING,
            "Vaste sleutel van de kennisvraag binnen de les (blok-id).",
            "Stable id of the question within the lesson (block id).",
            required=True,
        ),
        Field(
            "attempt",
            INTEGER,
            "Welke poging dit was voor deze deelnemer en deze vraag (1 = eerste poging).",
            "Which attempt this was for this participant and question (1 = first attempt).",
            required=True,
            minimum=1,
        ),
        Field(
            "chosen_option",
            INTEGER,
            "Volgnummer van het gekozen antwoord (0 = eerste antwoordmogelijkheid).",
            "Index of the chosen option (0 = first option).",
            required=True,
            minimum=0,
        ),
        Field(
            "is_correct",
            BOOLEAN,
            "Was het antwoord goed? (true/false)",
            "Was the answer correct? (true/false)",
            required=True,
        ),
        Field(
            "answered_at",
            DATETIME,
            "Moment van antwoorden (ISO 8601 met tijdzone).",
            "Moment of answering (ISO 8601 with time zone).",
            required=True,
        ),
    ],
)
CONFIDENCE_FIELDS = [
    (
        "confidence_role",
        "Ik weet wat ik als leerambassadeur wel en niet doe.",
        "I know what I do and do not do as a learning ambassador.",
    ),
    (
        "confidence_conversation",
        "Ik durf een collega aan te spreken over leren.",
        "I dare to talk to a colleague about learning.",
    ),
    (
        "confidence_referral",
        "Ik weet waar ik een collega naartoe kan sturen met een leervraag.",
        "I know where to refer a colleague with a learning question.",
    ),
    (
        "confidence_support",
        "Ik kan een collega steunen die aan het leren is.",
        "I can support a colleague who is learning.",
    ),
]

SELF_ASSESSMENTS = Dataset(
    name="self_assessments",
    title_nl="Zelfinschattingen",
    title_en="Self-assessments",
    description_nl="Eén rij per zelfinschatting: vertrouwen in de rol (1 tot 5) voor en na een module.",
    description_en="One row per self-assessment: confidence in the role (1 to 5) before and after a module.",
    period_nl="moment van invullen",
    period_en="the moment of submission",
    model="programme.SelfAssessment",
    profile_path="user__ambassador_profile",
    period_field="submitted_at",
    period_is_datetime=True,
    columns=(
        "user__ambassador_profile__pk",
        "module_key",
        "moment",
        "confidence_role",
        "confidence_conversation",
        "confidence_referral",
        "confidence_support",
        "submitted_at",
    ),
    ordering=("user_id", "module_key", "submitted_at", "pk"),
    build_rows=_self_assessment_rows,
    raw_values=True,
    fields=[
        PSEUDONYM,
        *_module_fields(),
        Field(
            "moment",
            STRING,
            "before = voor de module, after = na de module.",
            "before = before the module, after = after the module.",
            required=True,
            enum=("before", "after"),
        ),
        *[
            Field(
                name,
                INTEGER,
                f"Stelling: '{nl}' 1 = helemaal niet mee eens, 5 = helemaal mee eens.",
                f"Statement: '{en}' 1 = strongly disagree, 5 = strongly agree.",
                required=True,
                minimum=1,
                maximum=5,
            )
            for name, nl, en in CONFIDENCE_FIELDS
        ],
        Field(
            "submitted_at",
            DATETIME,
            "Moment van invullen (ISO 8601 met tijdzone).",
            "Moment of submission (ISO 8601 with time zone).",
            required=True,
        ),
    ],
)

ACTIVITY_TYPES = (
    "individual_conversation",
    "group_session",
    "information_stand",
    "referral_to_advice",
    "application_help",
    "follow_up",
)
LEARNING_KINDS = ("work_course", "mbo_certificate", "basic_skills", "career_advice")
REFERRAL_DESTINATIONS = ("internal_offer", "om_fund", "development_advice", "external_provider", "hr")


def _count_field(name, nl, en):
    return Field(name, INTEGER, nl, en, required=True, minimum=0, maximum=500)


ACTIVITIES = Dataset(
    name="activities",
    title_nl="Activiteiten",
    title_en="Activities",
    description_nl="Eén rij per activiteit die een leerambassadeur vastlegde (zonder privénotities).",
    description_en="One row per activity a learning ambassador recorded (without private notes).",
    period_nl="datum van de activiteit",
    period_en="the date of the activity",
    model="activitylog.Activity",
    profile_path="user__ambassador_profile",
    organisation_path="organisation",
    period_field="date",
    period_is_datetime=False,
    columns=(
        "user__ambassador_profile__pk",
        "organisation__slug",
        "date",
        "activity_type",
        "colleagues_reached",
        "interested",
        "registered",
        "started",
        "completed",
        "certificates",
        "learning_kind",
        "referral_destination",
    ),
    ordering=("date", "user_id", "pk"),
    build_rows=_activity_rows,
    raw_values=True,
    fields=[
        PSEUDONYM,
        Field(
            "organisation",
            STRING,
            "Vaste sleutel (slug) van de organisatie waar de activiteit plaatsvond.",
            "Stable key (slug) of the organisation where the activity took place.",
            required=True,
        ),
        Field("date", DATE, "Datum van de activiteit.", "Date of the activity.", required=True),
        Field(
            "activity_type",
            STRING,
            "Soort activiteit: individual_conversation (gesprek), group_session (groepsbijeenkomst), "
            "information_stand (informatiestand), referral_to_advice (doorverwijzing naar advies), "
            "application_help (hulp bij aanmelden), follow_up (vervolggesprek).",
            "Kind of activity: individual_conversation, group_session, information_stand, referral_to_advice, "
            "application_help, follow_up.",
            required=True,
            enum=ACTIVITY_TYPES,
        ),
        _count_field("colleagues_reached", "Aantal bereikte collega's.", "Number of colleagues reached."),
        _count_field(
            "interested", "Aantal collega's met interesse in leren.", "Number of colleagues interested in learning."
        ),
        _count_field("registered", "Aantal collega's dat zich aanmeldde.", "Number of colleagues who registered."),
        _count_field("started", "Aantal collega's dat begon.", "Number of colleagues who started."),
        _count_field("completed", "Aantal collega's dat afrondde.", "Number of colleagues who completed."),
        _count_field("certificates", "Aantal behaalde certificaten of diploma's.", "Number of certificates gained."),
        Field(
            "learning_kind",
            STRING,
            "Soort leren: work_course (cursus voor het werk), mbo_certificate (mbo-certificaat), basic_skills "
            "(basisvaardigheden), career_advice (loopbaanadvies); leeg als niet ingevuld.",
            "Kind of learning: work_course, mbo_certificate, basic_skills, career_advice; empty if not given.",
            enum=LEARNING_KINDS,
        ),
        Field(
            "referral_destination",
            STRING,
            "Doorverwezen naar: internal_offer (intern aanbod), om_fund (O&O-fonds), development_advice "
            "(ontwikkeladvies), external_provider (externe opleider), hr (HR); leeg als niet doorverwezen.",
            "Referred to: internal_offer, om_fund (sector training fund), development_advice, external_provider, "
            "hr; empty if not referred.",
            enum=REFERRAL_DESTINATIONS,
        ),
    ],
)

DATASETS = {
    d.name: d
    for d in [PARTICIPANTS, LESSON_PROGRESS, MODULE_COMPLETIONS, KNOWLEDGE_CHECKS, SELF_ASSESSMENTS, ACTIVITIES]
}
# organisation_measurements (about organisations, not participants) adds itself: evaluation/measurement_export.py.


def available_datasets():
    """Datasets whose source model is installed, in registry order."""
    return [dataset for dataset in DATASETS.values() if dataset.is_available()]


def get_dataset(name):
    """The dataset called `name`, or KeyError if it is unknown or its source model does not exist (yet)."""
    dataset = DATASETS[name]
    if not dataset.is_available():
        raise KeyError(name)
    return dataset
