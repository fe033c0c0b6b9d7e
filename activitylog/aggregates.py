"""Sums over activities: an ambassador's own totals and a coordinator's view of the organisation.

Every function here runs a fixed number of queries, however many activities or ambassadors there are:
the sums are done by the database (GROUP BY), never by looping over rows in Python.
"""

import datetime
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import Count, Max, Q, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from programme.models import AmbassadorProfile
from programme.progress import progress_summary

from .models import COUNT_FIELDS, Activity, ActivityType, LearningKind, ReferralDestination

# Names of the sums every aggregate row carries, in display order.
MEASURES = ("activities", *COUNT_FIELDS)
PERIOD_CHOICES = (3, 6, 12, 24)
DEFAULT_PERIOD = 12
# A large organisation has hundreds of ambassadors: the dashboard lists them a page at a time.
AMBASSADORS_PER_PAGE = 50


def _sums(condition=None):
    """Aggregate expressions for the number of activities and the sum of each count (0 when empty)."""
    sums = {"activities": Count("id", filter=condition)}
    for name in COUNT_FIELDS:
        sums[name] = Coalesce(Sum(name, filter=condition), 0)
    return sums


def _zero_row():
    return dict.fromkeys(MEASURES, 0)


def _measures(row):
    return {name: row[name] or 0 for name in MEASURES}


def totals(queryset):
    """{'activities': n, 'colleagues_reached': n, ...} over the queryset, in one query."""
    return _measures(queryset.aggregate(**_sums()))


def month_start(day):
    return day.replace(day=1)


def add_months(day, months):
    """The first of the month `months` after (or before, when negative) the month of `day`."""
    index = day.year * 12 + (day.month - 1) + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def period_for(months, today=None):
    """(first day, last day) of the last `months` calendar months, the current month included."""
    today = today or timezone.localdate()
    return add_months(today, -(months - 1)), today


def month_list(start, end):
    months, current = [], month_start(start)
    while current <= end:
        months.append(current)
        current = add_months(current, 1)
    return months


def per_month(queryset, start, end):
    """One row per calendar month from start to end, empty months included: [{'month': date, ...sums}].

    Grouped by day in the database (at most one row per day of the period) and folded into months
    here: truncating every row to its month costs a Python call per row on SQLite.
    """
    months = {month: _zero_row() for month in month_list(start, end)}
    for row in queryset.between(start, end).values("date").annotate(**_sums()).order_by():
        sums = months[month_start(row["date"])]
        for name in MEASURES:
            sums[name] += row[name] or 0
    return [{"month": month, "label": date_format(month, "F Y"), **sums} for month, sums in months.items()]


def sum_rows(rows):
    """The totals of a list of aggregate rows (e.g. all months of a period)."""
    return {name: sum(row[name] for row in rows) for name in MEASURES}


def by_choice(queryset, field_name, choices):
    """One row per choice (zeros included) plus 'not filled in' when it occurs: [{'key', 'label', ...sums}]."""
    found = {
        row[field_name]: _measures(row) for row in queryset.values(field_name).annotate(**_sums()).order_by(field_name)
    }
    result = [{"key": value, "label": str(label), **found.pop(value, _zero_row())} for value, label in choices]
    if "" in found:
        result.append({"key": "", "label": _("niet ingevuld"), **found.pop("")})
    return result


def per_user(queryset, start=None, end=None):
    """{user_id: {...sums within the period, 'last_date': date of the latest activity ever}} in one query."""
    condition = Q(date__gte=start, date__lte=end) if start and end else None
    rows = queryset.values("user_id").annotate(last_date=Max("date"), **_sums(condition)).order_by()
    return {row["user_id"]: {"last_date": row["last_date"], **_measures(row)} for row in rows}


@dataclass
class AmbassadorRow:
    profile: AmbassadorProfile
    activity: dict
    progress: dict | None

    @property
    def name(self):
        user = self.profile.user
        return user.get_full_name() or user.get_username()


@dataclass
class OrganisationDashboard:
    organisation: object
    start: datetime.date
    end: datetime.date
    months: int
    totals: dict
    per_month: list
    by_type: list
    by_learning_kind: list
    by_referral: list
    ambassadors: list = field(default_factory=list)
    ambassador_page: object = None  # the Paginator page the ambassadors are on (None without ambassadors)

    @property
    def has_activities(self):
        return self.totals["activities"] > 0


def organisation_dashboard(
    organisation, months=DEFAULT_PERIOD, today=None, include_ambassadors=True, ambassador_page=1
):
    """Everything a coordinator sees about one organisation, for the last `months` months.

    Queries: per month (and so the totals) 1, three breakdowns 3; with the ambassadors (one page of them): their
    number 1, their profiles 1, their activity sums 1, plus the constant number progress_summary takes.
    """
    start, end = period_for(months, today)
    activities = Activity.objects.for_organisation(organisation)
    in_period = activities.between(start, end)
    rows, page = (
        ambassador_rows(organisation, activities, start, end, ambassador_page) if include_ambassadors else ([], None)
    )
    monthly = per_month(activities, start, end)
    return OrganisationDashboard(
        organisation=organisation,
        start=start,
        end=end,
        months=months,
        totals=sum_rows(monthly),
        per_month=monthly,
        by_type=by_choice(in_period, "activity_type", ActivityType.choices),
        by_learning_kind=by_choice(in_period, "learning_kind", LearningKind.choices),
        by_referral=by_choice(in_period, "referral_destination", ReferralDestination.choices),
        ambassadors=rows,
        ambassador_page=page,
    )


def ambassador_rows(organisation, activities, start, end, page_number=1):
    """([AmbassadorRow], Paginator page) for one page of the organisation's ambassadors, with their activity and
    programme progress (an invalid page number gives the nearest page)."""
    page = Paginator(
        AmbassadorProfile.objects.filter(organisation=organisation, kind=AmbassadorProfile.Kind.AMBASSADOR)
        .select_related("user")
        .order_by("user__first_name", "user__last_name", "user__username", "pk"),
        AMBASSADORS_PER_PAGE,
    ).get_page(page_number)
    profiles = list(page)
    activity_by_user = per_user(activities.filter(user_id__in=[profile.user_id for profile in profiles]), start, end)
    progress = progress_summary([profile.user for profile in profiles]) if profiles else {}
    rows = [
        AmbassadorRow(
            profile=profile,
            activity=activity_by_user.get(profile.user_id, {"last_date": None, **_zero_row()}),
            progress=progress.get(profile.user_id),
        )
        for profile in profiles
    ]
    return rows, page


# --- CSV -------------------------------------------------------------------------------------------------

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n")


def csv_safe(value):
    """A cell value that a spreadsheet will not run as a formula (OWASP 'CSV injection')."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def export_header():
    return [
        "organisation",
        "period_start",
        "period_end",
        "section",
        "key",
        _("omschrijving"),
        *MEASURES,
    ]


def export_rows(dashboard):
    """The dashboard's aggregates as one table: a total, then per month, type, kind of learning, referral.

    Counts only, never names: the file may be passed on inside the organisation.
    """
    prefix = [dashboard.organisation.name, dashboard.start.isoformat(), dashboard.end.isoformat()]
    rows = [export_header()]
    rows.append([*prefix, "total", "", _("totaal"), *(dashboard.totals[m] for m in MEASURES)])
    for row in dashboard.per_month:
        rows.append([*prefix, "month", row["month"].strftime("%Y-%m"), row["label"], *(row[m] for m in MEASURES)])
    for section, breakdown in (
        ("activity_type", dashboard.by_type),
        ("learning_kind", dashboard.by_learning_kind),
        ("referral_destination", dashboard.by_referral),
    ):
        for row in breakdown:
            rows.append([*prefix, section, row["key"], row["label"], *(row[m] for m in MEASURES)])
    return [[csv_safe(cell) for cell in row] for row in rows]
