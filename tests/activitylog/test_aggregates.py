"""The sums on the coordinator dashboard, checked against a small data set worked out by hand."""

import datetime

import pytest

from activitylog import aggregates
from activitylog.aggregates import add_months, csv_safe, month_list, period_for
from activitylog.models import Activity

TODAY = datetime.date(2025, 6, 15)
D = datetime.date


@pytest.fixture
def known_data(ambassador, colleague_ambassador, other_ambassador, make_user, organisation, cohort):
    """Organisation A: three ambassadors; organisation B: one. Worked-out sums in the tests below."""
    third = make_user("derde", organisation=organisation, cohort=cohort, first_name="Anouk", last_name="Bos")
    org = organisation

    def add(user, date, activity_type, reached, organisation=org, **fields):
        return Activity.objects.create(
            user=user,
            organisation=organisation,
            date=date,
            activity_type=activity_type,
            colleagues_reached=reached,
            **fields,
        )

    add(
        ambassador,
        D(2025, 4, 10),
        "group_session",
        10,
        interested=4,
        registered=3,
        started=2,
        learning_kind="basic_skills",
        referral_destination="om_fund",
    )
    add(
        ambassador,
        D(2025, 6, 1),
        "individual_conversation",
        1,
        registered=1,
        started=1,
        completed=1,
        certificates=1,
        learning_kind="work_course",
    )
    add(colleague_ambassador, D(2025, 6, 14), "information_stand", 30, interested=8, registered=2)
    add(third, D(2025, 3, 31), "follow_up", 5, started=5)  # before the three-month period
    add(
        other_ambassador,
        D(2025, 5, 5),
        "group_session",
        50,
        registered=50,
        organisation=other_ambassador.ambassador_profile.organisation,
    )  # another organisation
    return {"org": org, "a": ambassador, "b": colleague_ambassador, "c": third}


def test_month_arithmetic_crosses_year_boundaries():
    assert add_months(D(2025, 1, 31), -1) == D(2024, 12, 1)
    assert add_months(D(2024, 12, 5), 1) == D(2025, 1, 1)
    assert period_for(12, D(2025, 1, 15)) == (D(2024, 2, 1), D(2025, 1, 15))
    assert period_for(3, TODAY) == (D(2025, 4, 1), TODAY)
    assert month_list(D(2024, 11, 20), D(2025, 2, 3)) == [D(2024, 11, 1), D(2024, 12, 1), D(2025, 1, 1), D(2025, 2, 1)]


@pytest.mark.django_db
def test_totals_of_the_period(known_data):
    dashboard = aggregates.organisation_dashboard(known_data["org"], months=3, today=TODAY)
    assert (dashboard.start, dashboard.end) == (D(2025, 4, 1), TODAY)
    assert dashboard.totals == {
        "activities": 3,
        "colleagues_reached": 41,
        "interested": 12,
        "registered": 6,
        "started": 3,
        "completed": 1,
        "certificates": 1,
    }


@pytest.mark.django_db
def test_every_month_of_the_period_has_a_row_also_when_empty(known_data):
    rows = aggregates.organisation_dashboard(known_data["org"], months=3, today=TODAY).per_month
    assert [row["month"] for row in rows] == [D(2025, 4, 1), D(2025, 5, 1), D(2025, 6, 1)]
    assert [(row["activities"], row["colleagues_reached"], row["registered"], row["started"]) for row in rows] == [
        (1, 10, 3, 2),
        (0, 0, 0, 0),
        (2, 31, 3, 1),
    ]
    assert rows[1]["label"] == "mei 2025"


@pytest.mark.django_db
def test_breakdowns_list_every_choice_and_what_was_left_empty(known_data):
    dashboard = aggregates.organisation_dashboard(known_data["org"], months=3, today=TODAY)
    by_type = {row["key"]: (row["activities"], row["colleagues_reached"]) for row in dashboard.by_type}
    assert by_type == {
        "individual_conversation": (1, 1),
        "group_session": (1, 10),
        "information_stand": (1, 30),
        "referral_to_advice": (0, 0),
        "application_help": (0, 0),
        "follow_up": (0, 0),
    }
    by_kind = {row["key"]: row["activities"] for row in dashboard.by_learning_kind}
    assert by_kind == {"work_course": 1, "mbo_certificate": 0, "basic_skills": 1, "career_advice": 0, "": 1}
    by_referral = {row["key"]: row["registered"] for row in dashboard.by_referral}
    assert by_referral == {
        "internal_offer": 0,
        "om_fund": 3,
        "development_advice": 0,
        "external_provider": 0,
        "hr": 0,
        "": 3,
    }
    assert dashboard.by_referral[-1]["label"] == "niet ingevuld"


@pytest.mark.django_db
def test_ambassador_rows_count_the_period_and_show_the_latest_activity_ever(known_data):
    dashboard = aggregates.organisation_dashboard(known_data["org"], months=3, today=TODAY)
    rows = {row.profile.user_id: row for row in dashboard.ambassadors}
    assert set(rows) == {known_data["a"].pk, known_data["b"].pk, known_data["c"].pk}
    assert rows[known_data["a"].pk].activity["activities"] == 2
    assert rows[known_data["a"].pk].activity["colleagues_reached"] == 11
    assert rows[known_data["a"].pk].activity["last_date"] == D(2025, 6, 1)
    assert rows[known_data["c"].pk].activity["activities"] == 0
    assert rows[known_data["c"].pk].activity["last_date"] == D(2025, 3, 31)
    assert [row.name for row in dashboard.ambassadors] == ["Ambassadeur Testpersoon", "Anouk Bos", "Fatima El Amrani"]


@pytest.mark.django_db
def test_ambassador_without_activities_gets_zeros(ambassador, organisation):
    dashboard = aggregates.organisation_dashboard(organisation, months=12, today=TODAY)
    (row,) = dashboard.ambassadors
    assert row.activity["activities"] == 0 and row.activity["last_date"] is None
    assert not dashboard.has_activities
    assert len(dashboard.per_month) == 12


@pytest.mark.django_db
def test_progress_comes_from_the_programme_summary(known_data, monkeypatch):
    def fake_summary(users):
        return {
            user.pk: {
                "completed_lessons": 3,
                "total_lessons": 8,
                "completed_modules": 1,
                "total_modules": 4,
                "last_activity": None,
            }
            for user in users
        }

    monkeypatch.setattr(aggregates, "progress_summary", fake_summary)
    dashboard = aggregates.organisation_dashboard(known_data["org"], months=3, today=TODAY)
    assert dashboard.ambassadors
    assert all(row.progress["completed_lessons"] == 3 for row in dashboard.ambassadors)


@pytest.mark.django_db
def test_export_rows_hold_the_same_sums_and_no_names(known_data):
    dashboard = aggregates.organisation_dashboard(known_data["org"], months=3, today=TODAY)
    rows = aggregates.export_rows(dashboard)
    header = rows[0]
    assert header[:5] == ["organisation", "period_start", "period_end", "section", "key"]
    assert header[-7:] == list(aggregates.MEASURES)
    body = [dict(zip(header, row, strict=False)) for row in rows[1:]]
    total = next(row for row in body if row["section"] == "total")
    assert (total["activities"], total["colleagues_reached"], total["registered"], total["started"]) == (3, 41, 6, 3)
    months = [row for row in body if row["section"] == "month"]
    assert [row["key"] for row in months] == ["2025-04", "2025-05", "2025-06"]
    assert {row["section"] for row in body} == {
        "total",
        "month",
        "activity_type",
        "learning_kind",
        "referral_destination",
    }
    flat = repr(rows)
    for user in (known_data["a"], known_data["b"], known_data["c"]):
        assert user.get_full_name() not in flat and f"'{user.username}'" not in flat


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=SUM(A1:A3)", "'=SUM(A1:A3)"),
        ("+31 6", "'+31 6"),
        ("-2", "'-2"),
        ("@cmd", "'@cmd"),
        ("\tx", "'\tx"),
        ("\r=1", "'\r=1"),
        ("Helder", "Helder"),
        ("", ""),
        (12, 12),
        (-3, -3),
    ],
)
def test_csv_cells_cannot_start_a_formula(value, expected):
    assert csv_safe(value) == expected


@pytest.mark.django_db
def test_every_breakdown_adds_up_to_the_same_totals(ambassador, colleague_ambassador, organisation):
    """Invariants on a larger random data set: months, types, kinds, referrals and ambassadors all sum to the total."""
    import random

    from activitylog.models import ActivityType, LearningKind, ReferralDestination

    rng = random.Random(7)
    rows = []
    for _ in range(300):
        reached = rng.randint(0, 40)
        rows.append(
            Activity(
                user=rng.choice([ambassador, colleague_ambassador]),
                organisation=organisation,
                date=TODAY - datetime.timedelta(days=rng.randint(0, 500)),
                activity_type=rng.choice(ActivityType.values),
                colleagues_reached=reached,
                interested=rng.randint(0, reached),
                registered=rng.randint(0, reached),
                started=rng.randint(0, reached),
                learning_kind=rng.choice(["", *LearningKind.values]),
                referral_destination=rng.choice(["", *ReferralDestination.values]),
            )
        )
    Activity.objects.bulk_create(rows)
    dashboard = aggregates.organisation_dashboard(organisation, months=12, today=TODAY)
    expected = aggregates.totals(Activity.objects.between(dashboard.start, dashboard.end))
    assert dashboard.totals == expected
    assert 0 < expected["activities"] < 300  # some rows fall before the period
    for breakdown in (dashboard.per_month, dashboard.by_type, dashboard.by_learning_kind, dashboard.by_referral):
        assert aggregates.sum_rows(breakdown) == expected
    per_ambassador = [row.activity for row in dashboard.ambassadors]
    assert aggregates.sum_rows(per_ambassador) == expected
