"""The figures of the research dashboard, for researchers and the programme team.

Plain functions over a `Selection` (sector, size class, period); the view only renders what they return.
Every function runs a fixed number of GROUP BY queries, whatever the number of organisations, ambassadors,
lessons or activities: sums, counts and histograms come from the database, never from a loop over rows.

Rules that hold for every figure:

* Only ambassadors (not coordinators) whose research consent is active count, as in the research exports,
  so a researcher can reproduce every figure from an export.
* A figure about fewer than `SMALL_CELL` people is suppressed: counts of 1–4 show as "fewer than 5", a mean
  or median of fewer than 5 people is not computed. Zero is shown as zero.
* The period (dates, or a measurement wave: from the day after the previous wave closed to the day this one
  closed): activities and self-assessments count when they fall in it; programme progress is a state and
  is shown as it stood on the last day of the period; the measurement waves are shown from T0 up to the
  last wave that opened by the end of the period (by today without one: planned waves stay out).
* Organisation measurements count once submitted (drafts may be incomplete). A participation rate of a
  group of fewer than `SMALL_CELL` employees is suppressed; organisations themselves are not people, so the
  embedding checklist is shown for every organisation.
"""

import datetime
from dataclasses import dataclass, field, replace

from django.db.models import Count, F, Func, IntegerField, OuterRef, Subquery, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from activitylog.models import Activity
from community.models import Organisation, Sector
from programme.models import AmbassadorProfile, ModuleCompletion, ModulePage, ModuleStart, SelfAssessment
from website.locales import active_locale_id, default_locale_id

from .models import MeasurementWave, OrganisationMeasurement
from .models.measurements import EMBEDDING_FIELDS
from .stats import SMALL_CELL, mean_interval, median_from_counts


@dataclass(frozen=True)
class Selection:
    """Which organisations and which period the dashboard shows; None means 'all'. Dates are inclusive."""

    sector: str | None = None  # Sector.slug
    size_class: str | None = None  # Organisation.size_class
    start: datetime.date | None = None
    end: datetime.date | None = None
    wave: str | None = None  # MeasurementWave.code the period was taken from, if any

    @classmethod
    def for_wave(cls, wave, waves, **filters):
        """The period of `wave` among `waves` (in order): from the day after the previous one closed."""
        earlier = [other for other in waves if other.closes_on < wave.closes_on]
        start = max(other.closes_on for other in earlier) + datetime.timedelta(days=1) if earlier else None
        return cls(start=start, end=wave.closes_on, wave=wave.code, **filters)

    def organisation_filter(self, prefix="organisation__"):
        conditions = {}
        if self.sector:
            conditions[f"{prefix}sector__slug"] = self.sector
        if self.size_class:
            conditions[f"{prefix}size_class"] = self.size_class
        return conditions

    def start_moment(self):
        return _midnight(self.start) if self.start else None

    def end_moment(self):
        """The first moment after the period (exclusive bound for date-time fields)."""
        return _midnight(self.end + datetime.timedelta(days=1)) if self.end else None


def _midnight(day):
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=timezone.get_current_timezone())


def _in_period(selection, field_name):
    """Filter arguments for a date-time field within the selection's period."""
    conditions = {}
    if selection.start:
        conditions[f"{field_name}__gte"] = selection.start_moment()
    if selection.end:
        conditions[f"{field_name}__lt"] = selection.end_moment()
    return conditions


def research_ambassadors(selection):
    """User ids (a subquery) of the ambassadors the dashboard may count: consent active, in the selection."""
    return AmbassadorProfile.objects.filter(
        kind=AmbassadorProfile.Kind.AMBASSADOR,
        research_consent_at__isnull=False,
        research_consent_withdrawn_at__isnull=True,
        **selection.organisation_filter(),
    ).values("user_id")


@dataclass(frozen=True)
class PeopleCount:
    """A number of people; 1–4 is suppressed."""

    value: int
    # A cell of SMALL_CELL or more people that is not shown either, so that a suppressed cell in the same column
    # cannot be worked out from the total (see `withhold_complement`).
    withheld: bool = False

    @property
    def small(self):
        return 0 < self.value < SMALL_CELL

    @property
    def suppressed(self):
        return self.withheld or self.small

    @property
    def shown(self):
        return None if self.suppressed else self.value


def withhold_complement(total, parts):
    """Complementary suppression: (total, parts) with one more cell withheld where a suppressed part could
    otherwise be worked out by subtracting the shown parts from the shown total.

    `parts` add up to `total`. When some parts are suppressed and the total is shown, the smallest other part of
    more than SMALL_CELL people is withheld too (more than, not at least: a withheld 5 next to a single suppressed 1
    would leave only one way to make up the difference); without such a part, the total is withheld.
    """
    if total.suppressed or not any(part.suppressed for part in parts):
        return total, parts
    candidates = [index for index, part in enumerate(parts) if part.value > SMALL_CELL]
    if not candidates:
        return PeopleCount(total.value, withheld=True), parts
    smallest = min(candidates, key=lambda index: parts[index].value)
    parts = list(parts)
    parts[smallest] = PeopleCount(parts[smallest].value, withheld=True)
    return total, parts


def share(part, whole):
    """part / whole as a fraction, or None when either is suppressed or the whole is zero."""
    if part.suppressed or whole.suppressed or not whole.value:
        return None
    return part.value / whole.value


# --- 1. Reach funnel ------------------------------------------------------------------------------------

FUNNEL_STAGES = (
    ("colleagues_reached", _("collega's bereikt")),
    ("interested", _("geïnteresseerd")),
    ("registered", _("aangemeld")),
    ("started", _("begonnen")),
    ("completed", _("afgerond")),
)


STAGE_KEYS = tuple(key for key, _label in FUNNEL_STAGES)


@dataclass
class FunnelGroup:
    key: str
    label: str
    counts: dict  # stage -> PeopleCount

    @property
    def stages(self):
        reached = self.counts["colleagues_reached"]
        return [
            {"key": key, "label": label, "count": self.counts[key], "share": share(self.counts[key], reached)}
            for key, label in FUNNEL_STAGES
        ]


def reach_funnel(selection):
    """[FunnelGroup]: all organisations in the selection first (when it spans several sectors), then each sector.

    The figures are always worked out for every sector, and small cells suppressed with their complements
    (`withhold_complement`), before the chosen sector is picked: a sector shows the same cells whether it is
    chosen or not, so its page cannot undo the suppression on the page of all sectors.

    Two queries: activities of counted ambassadors in the period, summed per organisation (from an index, without
    joining every activity to its sector), and the sector of each organisation.
    """
    every_sector = replace(selection, sector=None)
    activities = Activity.objects.filter(
        user_id__in=research_ambassadors(every_sector), **every_sector.organisation_filter()
    )
    if selection.start:
        activities = activities.filter(date__gte=selection.start)
    if selection.end:
        activities = activities.filter(date__lte=selection.end)
    sector_of = dict(
        Organisation.objects.filter(**every_sector.organisation_filter(prefix="")).values_list("pk", "sector__slug")
    )
    sums = {}
    for row in activities.values("organisation_id").annotate(**{key: Sum(key) for key in STAGE_KEYS}).order_by():
        sector_sums = sums.setdefault(sector_of.get(row["organisation_id"]), dict.fromkeys(STAGE_KEYS, 0))
        for key in STAGE_KEYS:
            sector_sums[key] += row[key] or 0
    sectors = Sector.filter_options()
    totals = {}
    columns = {}
    for key in STAGE_KEYS:
        parts = [PeopleCount(sums.get(slug, {}).get(key) or 0) for slug, _name in sectors]
        totals[key], columns[key] = withhold_complement(PeopleCount(sum(part.value for part in parts)), parts)
    groups = [
        FunnelGroup(slug, name, {key: columns[key][index] for key in STAGE_KEYS})
        for index, (slug, name) in enumerate(sectors)
        if not selection.sector or slug == selection.sector
    ]
    if len(groups) > 1:
        groups.insert(0, FunnelGroup("", str(_("Alle organisaties")), totals))
    return groups


# --- 2. Programme progress ------------------------------------------------------------------------------


def programme_modules():
    """[(translation_key, title in the active language)] of the live modules, in programme order. One query."""
    default_id, active_id = default_locale_id(), active_locale_id()
    rows = (
        ModulePage.objects.live()
        .filter(locale_id__in={default_id, active_id})
        .order_by("path")
        .values_list("translation_key", "title", "locale_id")
    )
    order, titles = [], {}
    for key, title, locale_id in rows:
        if locale_id == default_id:
            order.append(key)
            titles.setdefault(key, title)
        if locale_id == active_id:
            titles[key] = title
    return [(key, titles[key]) for key in order]


class DaysBetween(Func):
    """Whole days from the first to the second date-time, computed by the database (SQLite or PostgreSQL)."""

    output_field = IntegerField()
    arg_joiner = " - "
    # date_part gives a double; EXTRACT gives a numeric, several times slower over 100,000 rows on PostgreSQL.
    template = "CAST(FLOOR(DATE_PART('epoch', %(expressions)s) / 86400) AS INTEGER)"

    def __init__(self, start, end):
        super().__init__(end, start)  # end - start

    def as_sqlite(self, compiler, connection, **extra_context):
        return self.as_sql(
            compiler,
            connection,
            arg_joiner=") - julianday(",
            template="CAST(julianday(%(expressions)s) AS INTEGER)",
            **extra_context,
        )


@dataclass
class ModuleProgress:
    key: object
    title: str
    started: PeopleCount
    completed: PeopleCount
    median_days: float | None  # None when fewer than SMALL_CELL completions (or none)


def programme_progress(selection, modules):
    """[ModuleProgress] per module: ambassadors who had opened a lesson of it / completed it by the end of the
    period (`ModuleStart`: one row per person and module), and the median number of days from opening its first
    lesson to completing it (both moments are on the completion). Two queries."""
    users = research_ambassadors(selection)
    started = ModuleStart.objects.filter(user_id__in=users)
    completions = ModuleCompletion.objects.filter(user_id__in=users)
    if selection.end:
        started = started.filter(started_at__lt=selection.end_moment())
        completions = completions.filter(completed_at__lt=selection.end_moment())
    started_counts = dict(
        started.values("module_key").annotate(n=Count("id")).order_by().values_list("module_key", "n")
    )
    histogram = {}
    for key, days, n in (
        completions.annotate(days=DaysBetween(F("started_at"), F("completed_at")))
        .values("module_key", "days")
        .annotate(n=Count("id"))
        .order_by()
        .values_list("module_key", "days", "n")
    ):
        histogram.setdefault(key, {})
        histogram[key][days] = histogram[key].get(days, 0) + n
    result = []
    for key, title in modules:
        days = histogram.get(key, {})
        completed = PeopleCount(sum(days.values()))
        known_days = {value: n for value, n in days.items() if value is not None}
        median = median_from_counts(known_days) if sum(known_days.values()) >= SMALL_CELL else None
        result.append(ModuleProgress(key, title, PeopleCount(started_counts.get(key, 0)), completed, median))
    return result


# --- 3. Self-assessment before and after a module ------------------------------------------------------

SCORE_FIELDS = tuple(SelfAssessment.QUESTIONS)


def _score():
    """The sum of the four answers (4–20); the dashboard shows it as their mean (1–5)."""
    total = F(SCORE_FIELDS[0])
    for name in SCORE_FIELDS[1:]:
        total = total + F(name)
    return total


@dataclass
class ModuleChange:
    key: object
    title: str
    change: object  # stats.MeanInterval on the 1–5 scale; no mean when suppressed or empty


def self_assessment_change(selection, modules):
    """[ModuleChange] per module: the mean change (after − before) of the mean answer, with its 95% CI.

    Pairs count when the 'after' assessment was filled in within the period. One query: each 'after' finds
    its 'before' in a subquery (unique per person, module and moment), and the database counts how often each
    change (−16 to +16 on the summed scale) occurs per module; the sums come from that histogram. The subquery
    appears once in the SQL (grouped by its position), not once per sum.
    """
    before = (
        SelfAssessment.objects.filter(
            user_id=OuterRef("user_id"),
            module_key=OuterRef("module_key"),
            moment=SelfAssessment.Moment.BEFORE,
        )
        .annotate(score=_score())
        .values("score")[:1]
    )
    histogram = (
        SelfAssessment.objects.filter(
            moment=SelfAssessment.Moment.AFTER,
            user_id__in=research_ambassadors(selection),
            **_in_period(selection, "submitted_at"),
        )
        .annotate(change=_score() - Subquery(before, output_field=IntegerField()))
        .values("module_key", "change")
        .annotate(n=Count("id"))
        .order_by()
        .values_list("module_key", "change", "n")
    )
    sums = {}
    for key, change, n in histogram:
        if change is None:  # no 'before' to compare with
            continue
        n_total, total, squares = sums.get(key, (0, 0, 0))
        sums[key] = (n_total + n, total + n * change, squares + n * change * change)
    result = []
    for key, title in modules:
        n, total, squares = sums.get(key, (0, 0, 0))
        result.append(ModuleChange(key, title, mean_interval(n, total, squares, scale=len(SCORE_FIELDS))))
    return result


# --- 4. and 5. Organisations over the measurement waves ---------------------------------------------------


def measurement_waves():
    """Every wave, T0 first. One query; the filter form and the charts share the list."""
    return list(MeasurementWave.objects.order_by("opens_on", "code"))


def waves_shown(selection, waves):
    """T0 onwards, up to the last wave that opened by the end of the period (by today when it has no end)."""
    last_day = selection.end or timezone.localdate()
    return [wave for wave in waves if wave.opens_on <= last_day]


@dataclass(frozen=True)
class Rate:
    """part / whole of a group of people: None when not measured; suppressed when the group is under SMALL_CELL."""

    part: int | None = None
    whole: int | None = None

    @property
    def measured(self):
        return self.part is not None and self.whole is not None

    @property
    def suppressed(self):
        return self.measured and self.whole < SMALL_CELL

    @property
    def percent(self):
        if not self.measured or self.suppressed or not self.whole:
            return None
        return 100 * self.part / self.whole


@dataclass
class OrganisationWaves:
    """One organisation's figures per shown wave (lists in the order of the waves; None: no measurement)."""

    name: str
    sector: str
    size_class: str
    practical: list  # Rate of the practically educated employees
    everyone: list  # Rate of all employees
    embedding: list  # number of checklist items met (0–5), or None
    items: list  # per checklist item (EMBEDDING_FIELDS), per wave: met (bool) or None


@dataclass
class SectorWaves:
    """A sector's organisations in the selection and, per wave, the sector's medians over all its organisations."""

    key: str
    label: str
    organisations: list
    practical_median: list
    everyone_median: list


def _median(values):
    values = [value for value in values if value is not None]
    return median_from_counts({value: values.count(value) for value in set(values)}) if values else None


@dataclass
class WaveFigures:
    waves: list
    sectors: list  # [SectorWaves]
    embedding_items: list  # [{'key', 'label', 'met': [count per wave], 'measured': [count per wave]}]
    # Per wave: how many organisations met 0, 1, … 5 of the checklist items ([[count per number of items]])
    embedding_scores: list = field(default_factory=list)

    @property
    def organisations(self):
        return [organisation for sector in self.sectors for organisation in sector.organisations]


def wave_figures(selection, waves):
    """Participation rates (chart 4) and the embedding checklist (chart 5) per organisation and wave. One query.

    The sector medians cover every organisation of the sector with a measurement in that wave, also when a size
    class is chosen: an organisation is compared with its whole sector. Suppressed rates do not count in them.
    """
    shown = waves_shown(selection, waves)
    position = {wave.pk: index for index, wave in enumerate(shown)}
    rows = (
        OrganisationMeasurement.objects.filter(
            status=OrganisationMeasurement.Status.SUBMITTED,
            wave__in=shown,
            **({"organisation__sector__slug": selection.sector} if selection.sector else {}),
        )
        .order_by("organisation__name")
        .values_list(
            "organisation_id",
            "organisation__name",
            "organisation__sector__slug",
            "organisation__size_class",
            "wave_id",
            "headcount",
            "practically_educated_count",
            "trained_count",
            "practically_educated_trained_count",
            *EMBEDDING_FIELDS,
        )
    )
    empty = [None] * len(shown)
    organisations = {}
    for pk, name, sector, size, wave_id, headcount, practical, trained, practical_trained, *items in rows:
        if pk not in organisations:
            organisations[pk] = OrganisationWaves(
                name,
                sector,
                size,
                [Rate()] * len(shown),
                [Rate()] * len(shown),
                list(empty),
                [list(empty) for _name in EMBEDDING_FIELDS],
            )
        index = position[wave_id]
        organisation = organisations[pk]
        organisation.practical[index] = Rate(practical_trained, practical)
        organisation.everyone[index] = Rate(trained, headcount)
        organisation.embedding[index] = sum(items)
        for item_index, met in enumerate(items):
            organisation.items[item_index][index] = met
    in_selection = [
        organisation
        for organisation in organisations.values()
        if not selection.size_class or organisation.size_class == selection.size_class
    ]
    sectors = []
    for slug, label in Sector.filter_options():
        if selection.sector and slug != selection.sector:
            continue
        members = [organisation for organisation in organisations.values() if organisation.sector == slug]
        sectors.append(
            SectorWaves(
                key=slug,
                label=label,
                organisations=[organisation for organisation in in_selection if organisation.sector == slug],
                practical_median=[_median([o.practical[i].percent for o in members]) for i in range(len(shown))],
                everyone_median=[_median([o.everyone[i].percent for o in members]) for i in range(len(shown))],
            )
        )
    items = [
        {
            "key": name,
            "label": OrganisationMeasurement._meta.get_field(name).verbose_name,
            "met": [sum(1 for o in in_selection if o.items[item_index][i]) for i in range(len(shown))],
            "measured": [sum(1 for o in in_selection if o.embedding[i] is not None) for i in range(len(shown))],
        }
        for item_index, name in enumerate(EMBEDDING_FIELDS)
    ]
    scores = [
        [sum(1 for o in in_selection if o.embedding[i] == met) for met in range(len(EMBEDDING_FIELDS) + 1)]
        for i in range(len(shown))
    ]
    return WaveFigures(waves=shown, sectors=sectors, embedding_items=items, embedding_scores=scores)


# --- The whole page ------------------------------------------------------------------------------------


@dataclass
class Dashboard:
    selection: Selection
    funnel: list = field(default_factory=list)
    progress: list = field(default_factory=list)
    self_assessment: list = field(default_factory=list)
    waves: WaveFigures | None = None


def build_dashboard(selection, waves=None):
    """Every figure of the page for one selection, in a fixed number of queries.

    `waves`: the list from `measurement_waves()` when the caller has it already (the filter form needs it too).
    """
    modules = programme_modules()
    return Dashboard(
        selection=selection,
        funnel=reach_funnel(selection),
        progress=programme_progress(selection, modules),
        self_assessment=self_assessment_change(selection, modules),
        waves=wave_figures(selection, measurement_waves() if waves is None else waves),
    )
