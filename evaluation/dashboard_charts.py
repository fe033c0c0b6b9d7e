"""From the dashboard's figures (evaluation.dashboard) to chart geometry (website.charts) and printed texts.

Numbers are printed in the active language ("1.234" and "0,45" in Dutch). A suppressed figure prints as
"minder dan 5" and is never drawn.
"""

from django.utils.formats import number_format
from django.utils.translation import gettext as _

from website.charts import HorizontalRow, IntervalRow, horizontal_bar_chart, interval_chart

from .stats import SMALL_CELL


def decimal(value, places=2, signed=False):
    # number_format cuts digits off; round first so 38.9 prints as 39.
    value = round(value, places) + 0.0  # + 0.0 turns -0.0 into 0.0
    text = number_format(value, decimal_pos=places, force_grouping=True)
    return f"+{text}" if signed and value > 0 else text


def whole(value):
    return decimal(value, places=0)


def percent(fraction):
    return f"{whole(100 * fraction)}%"


def suppressed_text():
    return _("minder dan %(n)s") % {"n": SMALL_CELL}


def count_text(count):
    return suppressed_text() if count.suppressed else whole(count.value)


def stage_text(stage):
    """A funnel stage's count and, after the first stage, its share of the colleagues reached."""
    text = count_text(stage["count"])
    if stage["key"] != "colleagues_reached" and stage["share"] is not None:
        text = f"{text} ({percent(stage['share'])})"
    return text


def funnel_chart(group):
    """One funnel: a bar per stage in proportion to the colleagues reached, with the count and the share."""
    rows = [HorizontalRow(str(stage["label"]).capitalize(), [stage["count"].shown], [stage_text(stage)])
            for stage in group.stages]
    reached = group.counts["colleagues_reached"].shown
    return horizontal_bar_chart(rows, [_("aantal collega's")], maximum=reached or 1)


def funnel_description(group):
    counts = {stage["key"]: count_text(stage["count"]) for stage in group.stages}
    return _("%(group)s: %(colleagues_reached)s collega's bereikt, %(interested)s geïnteresseerd, %(registered)s aangemeld, "
             "%(started)s begonnen en %(completed)s afgerond.") % {"group": group.label, **counts}


def progress_chart(progress):
    rows = [HorizontalRow(module.title, [module.started.shown, module.completed.shown],
                          [count_text(module.started), count_text(module.completed)]) for module in progress]
    return horizontal_bar_chart(rows, [_("begonnen"), _("afgerond")])


def days_text(module):
    if module.median_days is None:
        return _("niet getoond: minder dan %(n)s keer afgerond") % {"n": SMALL_CELL}
    return _("%(days)s dagen") % {"days": decimal(module.median_days, places=1 if module.median_days % 1 else 0)}


def median_days_chart(progress):
    rows = [HorizontalRow(module.title, [module.median_days], [days_text(module)]) for module in progress]
    return horizontal_bar_chart(rows, [_("mediaan aantal dagen")])


def change_text(module):
    change = module.change
    if change.n == 0:
        return _("nog geen voor- en nameting")
    if change.mean is None:
        return _("niet getoond: minder dan %(n)s leerambassadeurs") % {"n": SMALL_CELL}
    return _("%(mean)s (95%%-BI %(low)s tot %(high)s), n = %(n)s") % {
        "mean": decimal(change.mean, signed=True), "low": decimal(change.low, signed=True),
        "high": decimal(change.high, signed=True), "n": whole(change.n)}


def self_assessment_chart(changes):
    rows = [IntervalRow(module.title, module.change.mean, module.change.low, module.change.high, change_text(module))
            for module in changes]
    return interval_chart(rows, axis_label_format=lambda value: decimal(value, places=1, signed=True))
