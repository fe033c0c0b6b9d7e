"""The research dashboard's figures against a data set worked out by hand, small cells, and query counts.

The data set (`figures`), two organisations in two sectors:

* Schoonmaakbedrijf Test (schoonmaak, large): ambassadors a1–a6 with consent, a7 without, a coordinator.
* Zorggroep Test (zorg, medium): ambassador b1 with consent.

Activities (reached, interested, registered, started, completed):
  a1 10 Mar 2025: 10, 6, 4, 3, 1 · a2 2 Apr 2025: 5, 2, 2, 1, 0 · b1 15 Mar 2025: 3, 3, 1, 0, 0
  a7 (no consent) 12 Mar 2025: 100, 50, 40, 30, 20 — never counted.
Module 1: a1–a6 and b1 opened a lesson on 1 Mar 2025 (a1 and a2 two lessons); a1–a5 completed it after
  2, 4, 4, 10 and 30 days, b1 after 6 days. a7 and the coordinator did too (never counted).
Module 2: a1 and a2 opened a lesson on 20 Apr 2025; nobody completed it.
Self-assessment, module 1 (sum of the four answers after − before): a1 +4, a2 +2, a3 +6, a4 0, a5 +3, b1 +8;
  a6 only 'before'; a7 +16 (no consent). All 'after' on 20 Mar 2025.
"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from activitylog.models import Activity, ActivityType
from evaluation.dashboard import (
    PeopleCount,
    Selection,
    build_dashboard,
    programme_modules,
    reach_funnel,
    withhold_complement,
)
from evaluation.dashboard_charts import count_text
from evaluation.stats import mean_interval, median_from_counts, t_quantile_975
from programme.models import AmbassadorProfile, LessonProgress, ModuleCompletion, ModuleStart, SelfAssessment
from tests.conftest import get_queries
from tests.programme.conftest import build_programme

pytestmark = pytest.mark.django_db


def moment(*args):
    return timezone.make_aware(datetime.datetime(*args))


def answers(total):
    """Four answers (1–5) that add up to `total` (8–16 here)."""
    base, extra = divmod(total, 4)
    return dict(
        zip(
            ("confidence_role", "confidence_conversation", "confidence_referral", "confidence_support"),
            [base + 1] * extra + [base] * (4 - extra),
            strict=False,
        )
    )


def add_ambassador(make_user, name, organisation, consent=True, kind=AmbassadorProfile.Kind.AMBASSADOR):
    return make_user(name, organisation=organisation, consent=consent, kind=kind)


def add_activity(user, organisation, day, reached, interested, registered, started, completed):
    return Activity.objects.create(
        user=user,
        organisation=organisation,
        date=day,
        activity_type=ActivityType.GROUP_SESSION,
        colleagues_reached=reached,
        interested=interested,
        registered=registered,
        started=started,
        completed=completed,
    )


def add_progress(user, module, lessons, opened, completed_after_days=None):
    for index, lesson in enumerate(lessons):
        LessonProgress.objects.create(
            user=user,
            lesson_key=lesson.translation_key,
            lesson=lesson,
            module_key=module.translation_key,
            started_at=opened + datetime.timedelta(hours=index),
        )
    ModuleStart.objects.create(user=user, module_key=module.translation_key, started_at=opened)
    if completed_after_days is not None:
        ModuleCompletion.objects.create(
            user=user,
            module_key=module.translation_key,
            module=module,
            started_at=opened,
            completed_at=opened + datetime.timedelta(days=completed_after_days, hours=2),
        )


def add_change(user, module, change):
    SelfAssessment.objects.create(
        user=user, module_key=module.translation_key, moment="before", submitted_at=moment(2025, 3, 1, 9), **answers(8)
    )
    if change is not None:
        SelfAssessment.objects.create(
            user=user,
            module_key=module.translation_key,
            moment="after",
            submitted_at=moment(2025, 3, 20, 12),
            **answers(8 + change),
        )


@pytest.fixture
def figures(home_page, make_user, organisation, other_organisation):
    _programme, modules, lessons = build_programme(home_page, modules=2, lessons_per_module=2)
    first, second = modules
    a = [add_ambassador(make_user, f"a{i}", organisation) for i in range(1, 7)]
    a7 = add_ambassador(make_user, "a7", organisation, consent=False)
    coordinator = add_ambassador(make_user, "c1", organisation, kind=AmbassadorProfile.Kind.COORDINATOR)
    b1 = add_ambassador(make_user, "b1", other_organisation)

    add_activity(a[0], organisation, datetime.date(2025, 3, 10), 10, 6, 4, 3, 1)
    add_activity(a[1], organisation, datetime.date(2025, 4, 2), 5, 2, 2, 1, 0)
    add_activity(b1, other_organisation, datetime.date(2025, 3, 15), 3, 3, 1, 0, 0)
    add_activity(a7, organisation, datetime.date(2025, 3, 12), 100, 50, 40, 30, 20)

    opened = moment(2025, 3, 1, 10)
    for user, days in zip(a, [2, 4, 4, 10, 30, None], strict=False):
        add_progress(user, first, lessons[first.pk][:2] if user in a[:2] else lessons[first.pk][:1], opened, days)
    add_progress(b1, first, lessons[first.pk][:1], opened, 6)
    add_progress(a7, first, lessons[first.pk][:1], opened, 1)
    add_progress(coordinator, first, lessons[first.pk][:1], opened, 1)
    for user in a[:2]:
        add_progress(user, second, lessons[second.pk][:1], moment(2025, 4, 20, 10))

    for user, change in zip(a, [4, 2, 6, 0, 3, None], strict=False):
        add_change(user, first, change)
    add_change(b1, first, 8)
    add_change(a7, first, 8)  # 8 → 16: the largest change, and never counted
    return {"modules": modules}


def by_key(groups):
    return {group.key: {stage["key"]: stage["count"].shown for stage in group.stages} for group in groups}


# --- 1. Reach funnel -------------------------------------------------------------------------------------


def test_funnel_sums_per_sector_and_in_total_without_people_who_did_not_consent(figures):
    groups = by_key(reach_funnel(Selection()))
    assert list(groups) == ["", "schoonmaak", "zorg"]  # all organisations first, then sectors by name
    assert groups[""] == {
        "colleagues_reached": 18,
        "interested": 11,
        "registered": 7,
        "started": None,
        "completed": None,
    }
    # Schoonmaak's 15, 8 and 6 are withheld: with the total shown, they would give away zorg's suppressed cells
    # (18 - 15 = 3). Its 4 and 1 are suppressed themselves, as are the totals there.
    assert groups["schoonmaak"] == {
        "colleagues_reached": None,
        "interested": None,
        "registered": None,
        "started": None,
        "completed": None,
    }
    # b1's 3 colleagues are fewer than 5 people: suppressed; nobody started: a true zero is shown.
    assert groups["zorg"] == {
        "colleagues_reached": None,
        "interested": None,
        "registered": None,
        "started": 0,
        "completed": 0,
    }


def test_funnel_withheld_cells_say_so_and_small_cells_say_fewer_than_five(figures):
    schoonmaak, zorg = reach_funnel(Selection())[1:]
    assert schoonmaak.counts["colleagues_reached"].withheld and not schoonmaak.counts["colleagues_reached"].small
    assert count_text(schoonmaak.counts["colleagues_reached"]) == "niet getoond"
    assert count_text(zorg.counts["colleagues_reached"]) == "minder dan 5"
    assert all(stage["share"] is None for stage in schoonmaak.stages)  # a share would give the withheld count away


def test_a_chosen_sector_shows_the_same_cells_as_on_the_page_of_all_sectors(figures):
    everything = {group.key: group.counts for group in reach_funnel(Selection())}
    for sector in ("schoonmaak", "zorg"):
        (group,) = reach_funnel(Selection(sector=sector))
        assert group.counts == everything[sector]


@pytest.mark.parametrize(
    ("total", "parts", "withheld_total", "withheld_parts"),
    [
        # One small cell: the smallest other cell of more than 5 people goes too (not the 5: 13 - 5 - 6 = 2).
        (46, [3, 5, 8, 30], False, [False, False, True, False]),
        # Two small cells make a known sum (1 + 1 = 2): still one more.
        (32, [1, 1, 30], False, [False, False, True]),
        # No other cell of more than 5 people: the total goes.
        (8, [3, 5, 0], True, [False, False, False]),
        # Nothing small, or the total small itself: nothing more is withheld.
        (40, [10, 30], False, [False, False]),
        (4, [3, 1, 0], False, [False, False, False]),
        (0, [0, 0], False, [False, False]),
    ],
)
def test_withhold_complement(total, parts, withheld_total, withheld_parts):
    new_total, new_parts = withhold_complement(PeopleCount(total), [PeopleCount(value) for value in parts])
    assert new_total.withheld is withheld_total
    assert [part.withheld for part in new_parts] == withheld_parts
    assert new_total.value == total and [part.value for part in new_parts] == parts  # the figures themselves stay
    # Whatever is shown, no suppressed cell can be worked out: there is a hidden cell besides it, or no total.
    hidden = [part for part in new_parts if part.suppressed]
    assert new_total.suppressed or not hidden or len(hidden) >= 2 and any(part.withheld for part in hidden)


def test_funnel_shares_are_of_the_colleagues_reached_and_never_of_a_suppressed_cell(figures):
    total = reach_funnel(Selection())[0]
    shares = {stage["key"]: stage["share"] for stage in total.stages}
    assert shares["interested"] == pytest.approx(11 / 18)
    assert shares["registered"] == pytest.approx(7 / 18)
    assert shares["started"] is None


def test_funnel_filters_on_sector_size_and_period(figures):
    assert by_key(reach_funnel(Selection(sector="zorg"))).keys() == {"zorg"}
    assert by_key(reach_funnel(Selection(size_class="medium")))[""]["colleagues_reached"] is None  # only b1: 3
    april = by_key(reach_funnel(Selection(start=datetime.date(2025, 4, 1), end=datetime.date(2025, 4, 30))))
    assert april["schoonmaak"]["colleagues_reached"] == 5
    assert april["zorg"]["colleagues_reached"] == 0


# --- 2. Programme progress ------------------------------------------------------------------------------


def test_progress_per_module_counts_people_not_lessons(figures):
    first, second = build_dashboard(Selection()).progress
    assert first.title == "Module 1"
    assert (first.started.value, first.completed.value) == (7, 6)  # a1–a6 and b1; a1–a5 and b1
    # Days 2, 4, 4, 6, 10, 30: the median is the mean of the middle two.
    assert first.median_days == 5
    assert second.started.value == 2 and second.started.shown is None  # suppressed
    assert second.completed.value == 0 and second.median_days is None


def test_progress_in_one_sector_and_on_an_earlier_day(figures):
    first, _second = build_dashboard(Selection(sector="schoonmaak")).progress
    assert (first.started.value, first.completed.value, first.median_days) == (6, 5, 4)
    first, second = build_dashboard(Selection(end=datetime.date(2025, 3, 8))).progress
    # By 8 March: completions after 2, 4, 4 and 6 days (four: fewer than 5, no median); module 2 not opened yet.
    assert (first.started.value, first.completed.value, first.median_days) == (7, 4, None)
    assert second.started.value == 0


def test_median_is_not_shown_below_five_completions(figures):
    first, _second = build_dashboard(Selection(sector="zorg")).progress
    assert first.completed.value == 1 and first.completed.shown is None and first.median_days is None


# --- 3. Self-assessment ----------------------------------------------------------------------------------


def test_mean_change_with_confidence_interval_worked_out_by_hand(figures):
    first, second = build_dashboard(Selection()).self_assessment
    change = first.change
    # Changes of the mean answer: 1, 0.5, 1.5, 0, 0.75, 2 → mean 0.958333; sd 0.714435; t(5) = 2.570582;
    # half width 2.570582 × 0.714435 / √6 = 0.749752.
    assert change.n == 6
    assert change.mean == pytest.approx(0.958333, abs=1e-6)
    assert change.low == pytest.approx(0.208580, abs=1e-6)
    assert change.high == pytest.approx(1.708086, abs=1e-6)
    assert second.change.n == 0 and second.change.mean is None


def test_self_assessment_cell_below_five_is_suppressed(figures):
    change = build_dashboard(Selection(sector="zorg")).self_assessment[0].change
    assert change.n == 1 and change.suppressed and change.mean is None and change.low is None
    schoonmaak = build_dashboard(Selection(sector="schoonmaak")).self_assessment[0].change
    # Changes 1, 0.5, 1.5, 0, 0.75: mean 0.75, sd 0.559017, t(4) = 2.776445, half width 0.694111.
    assert schoonmaak.n == 5
    assert (schoonmaak.mean, schoonmaak.low, schoonmaak.high) == pytest.approx((0.75, 0.055889, 1.444111), abs=1e-6)


def test_self_assessment_counts_pairs_completed_in_the_period(figures):
    assert build_dashboard(Selection(start=datetime.date(2025, 3, 21))).self_assessment[0].change.n == 0
    assert build_dashboard(Selection(end=datetime.date(2025, 3, 20))).self_assessment[0].change.n == 6


# --- Statistics ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("df", "expected"), [(4, 2.776445), (30, 2.042272), (40, 2.021075), (120, 1.979930), (1000, 1.962339)]
)
def test_t_quantiles(df, expected):
    assert t_quantile_975(df) == pytest.approx(expected, abs=2e-5)


def test_mean_interval_and_median_edge_cases():
    assert mean_interval(4, 10, 30).mean is None and mean_interval(4, 10, 30).suppressed
    same = mean_interval(5, 10, 20)  # five times 2: no spread, the interval is the mean itself
    assert (same.mean, same.low, same.high) == (2, 2, 2)
    assert median_from_counts({}) is None
    assert median_from_counts({3: 1, 1: 1, 2: 1}) == 2
    assert median_from_counts({1: 2, 9: 2}) == 5


def test_module_titles_follow_the_language(home_page, settings):
    from django.utils import translation

    build_programme(home_page, modules=1, lessons_per_module=1, translate=True)
    assert [title for _key, title in programme_modules()] == ["Module 1"]
    with translation.override("en"):
        assert [title for _key, title in programme_modules()] == ["Module EN 1"]


# --- 4. and 5. Organisations over the measurement waves ---------------------------------------------------


def add_measurement(wave, organisation, headcount, practical, trained, practical_trained, items=(), submitted=True):
    from evaluation.models import OrganisationMeasurement

    return OrganisationMeasurement.objects.create(
        wave=wave,
        organisation=organisation,
        headcount=headcount,
        practically_educated_count=practical,
        trained_count=trained,
        practically_educated_trained_count=practical_trained,
        active_ambassadors=2,
        facilitated_hours=40,
        phase="implementation",
        status="submitted" if submitted else "draft",
        submitted_at=timezone.now() if submitted else None,
        **dict.fromkeys(items, True),
    )


@pytest.fixture
def waves(organisation, other_organisation, sector):
    """T0 and T1; Schoonmaak Test (large) and Klein Schoon (small) in schoonmaak, Zorggroep Test in zorg.

    Practically educated trained / practically educated, trained / headcount:
      Schoonmaak Test  T0 20/200 = 10%, 100/400 = 25%   T1 40/200 = 20%, 120/400 = 30%
      Klein Schoon     T0  4/20  = 20%,   6/30  = 20%   T1  8/20  = 40%,   9/30  = 30%
      Zorggroep Test   T0  1/4 (4 people: suppressed), 60/120 = 50%;  T1 only a draft (never counted)
    Embedding: Schoonmaak Test T0 agreement, T1 agreement + budget + time off; Klein Schoon T0 none, T1 all five;
      Zorggroep Test T0 budget + sponsor.
    """
    from community.models import Organisation
    from evaluation.models import MeasurementWave

    t0 = MeasurementWave.objects.create(
        code="T0", name="Nulmeting", opens_on=datetime.date(2025, 1, 1), closes_on=datetime.date(2025, 2, 28)
    )
    t1 = MeasurementWave.objects.create(
        code="T1", name="Meting 1", opens_on=datetime.date(2026, 1, 1), closes_on=datetime.date(2026, 2, 28)
    )
    small = Organisation.objects.create(
        name="Klein Schoon", slug="klein-schoon", sector=sector, province="UT", size_class="small"
    )
    add_measurement(t0, organisation, 400, 200, 100, 20, ["has_learning_agreement"])
    add_measurement(t1, organisation, 400, 200, 120, 40, ["has_learning_agreement", "has_budget", "has_time_off"])
    add_measurement(t0, small, 30, 20, 6, 4)
    add_measurement(
        t1,
        small,
        30,
        20,
        9,
        8,
        ["has_learning_agreement", "has_budget", "has_time_off", "has_management_sponsor", "has_successor_arrangement"],
    )
    add_measurement(t0, other_organisation, 120, 4, 60, 1, ["has_budget", "has_management_sponsor"])
    add_measurement(t1, other_organisation, 120, 4, 60, 2, submitted=False)
    return [t0, t1]


def figures_for(selection, waves):
    from evaluation.dashboard import wave_figures

    return wave_figures(selection, waves)


def test_participation_rates_per_organisation_and_wave(waves):
    figures = figures_for(Selection(), waves)
    schoonmaak, zorg = figures.sectors
    rates = {
        o.name: ([r.percent for r in o.practical], [r.percent for r in o.everyone])
        for o in schoonmaak.organisations + zorg.organisations
    }
    assert rates["Schoonmaakbedrijf Test"] == ([10, 20], [25, 30])
    assert rates["Klein Schoon"] == ([20, 40], [20, 30])
    # Four practically educated employees: suppressed, never a percentage; the draft in T1 does not count.
    assert rates["Zorggroep Test"] == ([None, None], [50, None])
    zorg_t0 = zorg.organisations[0].practical[0]
    assert zorg_t0.suppressed and zorg.organisations[0].practical[1].measured is False


def test_sector_medians_cover_the_whole_sector_even_with_a_size_filter(waves):
    schoonmaak, zorg = figures_for(Selection(), waves).sectors
    assert schoonmaak.practical_median == [15, 30] and schoonmaak.everyone_median == [22.5, 30]
    assert zorg.practical_median == [None, None] and zorg.everyone_median == [50, None]
    small = figures_for(Selection(size_class="small"), waves).sectors[0]
    assert [o.name for o in small.organisations] == ["Klein Schoon"]
    assert small.practical_median == [15, 30]


def test_embedding_items_per_wave(waves):
    figures = figures_for(Selection(), waves)
    items = {item["key"]: (item["met"], item["measured"]) for item in figures.embedding_items}
    assert items["has_learning_agreement"] == ([1, 2], [3, 2])
    assert items["has_budget"] == ([1, 2], [3, 2])
    assert items["has_management_sponsor"] == ([1, 1], [3, 2])
    assert items["has_successor_arrangement"] == ([0, 1], [3, 2])
    assert {o.name: o.embedding for o in figures.organisations} == {
        "Klein Schoon": [0, 5],
        "Schoonmaakbedrijf Test": [1, 3],
        "Zorggroep Test": [2, None],
    }
    # How many organisations met 0, 1, … 5 items: T0 Klein Schoon 0, Schoonmaak 1, Zorggroep 2; T1 5 and 3.
    assert figures.embedding_scores == [[1, 1, 1, 0, 0, 0], [0, 0, 0, 1, 0, 1]]


def test_embedding_scores_chart_draws_every_count_and_names_it(waves):
    from evaluation.dashboard_charts import embedding_scores_chart

    chart = embedding_scores_chart(figures_for(Selection(), waves))
    t1 = chart["rows"][1]
    assert t1["label"] == "T1"
    assert [bar["drawn"] for bar in t1["bars"]] == [False, False, False, True, False, True]
    assert t1["bars"][5]["text"] == "5 punten geregeld: 1 organisatie"
    assert chart["table"]["rows"][0] == {"label": "T0", "cells": ["1", "1", "1", "0", "0", "0"]}
    assert chart["table"]["columns"][1] == "1 punt geregeld"


def test_a_wave_sets_the_period_and_shows_the_waves_from_t0_up_to_it(waves):
    t0, t1 = waves
    first = Selection.for_wave(t0, waves)
    assert (first.start, first.end) == (None, datetime.date(2025, 2, 28))
    assert [w.code for w in figures_for(first, waves).waves] == ["T0"]
    second = Selection.for_wave(t1, waves, sector="zorg")
    assert (second.start, second.end, second.sector) == (datetime.date(2025, 3, 1), datetime.date(2026, 2, 28), "zorg")
    assert [w.code for w in figures_for(second, waves).waves] == ["T0", "T1"]
    assert [w.code for w in figures_for(Selection(end=datetime.date(2025, 12, 31)), waves).waves] == ["T0"]


def test_planned_waves_stay_out_until_they_open(waves):
    from evaluation.models import MeasurementWave

    next_year = timezone.localdate() + datetime.timedelta(days=365)
    planned = MeasurementWave.objects.create(code="T9", name="Later", opens_on=next_year, closes_on=next_year)
    assert [w.code for w in figures_for(Selection(), [*waves, planned]).waves] == ["T0", "T1"]


# --- Query counts do not grow with organisations or ambassadors -------------------------------------------


def add_organisations(make_user, sector, count, prefix, module, lessons, waves):
    from community.models import Organisation

    for number in range(count):
        organisation = Organisation.objects.create(
            name=f"{prefix} {number}", slug=f"{prefix}-{number}", sector=sector, province="UT", size_class="small"
        )
        for wave in waves:
            add_measurement(wave, organisation, 50, 20, 10, 5, ["has_budget"])
        for person in range(3):
            user = make_user(f"{prefix}-{number}-{person}", organisation=organisation)
            add_activity(user, organisation, datetime.date(2025, 3, 10), 4, 2, 1, 1, 0)
            add_progress(user, module, lessons, moment(2025, 3, 1, 10), completed_after_days=person + 1)
            add_change(user, module, person)


def test_query_count_does_not_grow_with_organisations_or_ambassadors(
    figures, waves, make_user, sector, client, researcher
):
    module = figures["modules"][0]
    lessons = list(module.get_children().specific())
    client.force_login(researcher)

    def count():
        build_dashboard(Selection())  # warms the shared caches (locale ids, sectors), as on a running site
        with CaptureQueriesContext(connection) as functions:
            build_dashboard(Selection())
        return len(functions), len(get_queries(client, "/nl/onderzoeksdashboard/?sector=schoonmaak"))

    add_organisations(make_user, sector, 2, "klein", module, lessons, waves)
    small = count()
    add_organisations(make_user, sector, 20, "groot", module, lessons, waves)
    large = count()
    assert small == large
    assert small[0] == 8 and small[1] <= 15
