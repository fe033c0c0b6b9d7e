"""From the dashboard's figures (evaluation.dashboard) to chart geometry (website.charts) and printed texts.

Numbers are printed in the active language ("1.234" and "0,45" in Dutch). A suppressed figure prints as
"minder dan 5" and is never drawn.
"""

from decimal import ROUND_HALF_UP, Decimal

from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from website.charts import (
    MUTED_COLOUR,
    HorizontalRow,
    IntervalRow,
    Line,
    colour,
    horizontal_bar_chart,
    interval_chart,
    line_chart,
)

from .stats import SMALL_CELL


def decimal(value, places=2, signed=False):
    # number_format cuts digits off: round first, half up as people do (22.5 → 23, 38.9 → 39).
    value = Decimal(str(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    value = abs(value) if value == 0 else value  # never "-0,00"
    if places == 0 and -1000 < value < 1000:
        text = str(value)  # no separators to localise; thousands of percentages and counts on a page
    else:
        text = number_format(value, decimal_pos=places, force_grouping=True)
    return f"+{text}" if signed and value > 0 else text


def whole(value):
    return decimal(value, places=0)


def percent(fraction):
    return f"{whole(100 * fraction)}%"


def suppressed_text():
    return _("minder dan %(n)s") % {"n": SMALL_CELL}


def count_text(count):
    if count.small:
        return suppressed_text()
    return _("niet getoond") if count.withheld else whole(count.value)


def stage_text(stage):
    """A funnel stage's count and, after the first stage, its share of the colleagues reached."""
    text = count_text(stage["count"])
    if stage["key"] != "colleagues_reached" and stage["share"] is not None:
        text = f"{text} ({percent(stage['share'])})"
    return text


def funnel_chart(group):
    """One funnel: a bar per stage in proportion to the colleagues reached, with the count and the share."""
    rows = [
        HorizontalRow(str(stage["label"]).capitalize(), [stage["count"].shown], [stage_text(stage)])
        for stage in group.stages
    ]
    # Bars are in proportion to the colleagues reached, or to the largest shown stage when that is not shown.
    maximum = group.counts["colleagues_reached"].shown or max((row.values[0] or 0 for row in rows), default=0)
    return horizontal_bar_chart(rows, [_("aantal collega's")], maximum=maximum or 1)


def funnel_description(group):
    counts = {stage["key"]: count_text(stage["count"]) for stage in group.stages}
    return _(
        "%(group)s: %(colleagues_reached)s collega's bereikt, %(interested)s geïnteresseerd, %(registered)s aangemeld, "
        "%(started)s begonnen en %(completed)s afgerond."
    ) % {"group": group.label, **counts}


def progress_chart(progress):
    rows = [
        HorizontalRow(
            module.title,
            [module.started.shown, module.completed.shown],
            [count_text(module.started), count_text(module.completed)],
        )
        for module in progress
    ]
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
        "mean": decimal(change.mean, signed=True),
        "low": decimal(change.low, signed=True),
        "high": decimal(change.high, signed=True),
        "n": whole(change.n),
    }


def self_assessment_chart(changes):
    rows = [
        IntervalRow(module.title, module.change.mean, module.change.low, module.change.high, change_text(module))
        for module in changes
    ]
    return interval_chart(rows, axis_label_format=lambda value: decimal(value, places=1, signed=True))


# --- 4. Participation over the waves ----------------------------------------------------------------------

# CBS, 2018: 10% of the low-educated took a course (against 25% of the highly educated): see the domain brief.
CBS_LOW_EDUCATED_PERCENT = 10


def rate_text(rate):
    if not rate.measured:
        return _("geen meting")
    if rate.suppressed:
        return suppressed_text()
    return percent(rate.part / rate.whole) if rate.whole else _("geen medewerkers")


def median_text(value):
    return _("geen meting") if value is None else f"{decimal(value, places=0)}%"


def participation_panel(sector, waves):
    """One sector: a thin line per organisation (practically educated), the sector's two medians and the CBS line."""
    codes = [wave.code for wave in waves]
    lines = [
        Line(organisation.name, [rate.percent for rate in organisation.practical])
        for organisation in sector.organisations
    ]
    lines += [
        Line(_("Sectormediaan, alle medewerkers"), sector.everyone_median, kind="dashed", colour_index=1),
        Line(_("Sectormediaan, praktisch opgeleid"), sector.practical_median, kind="bold", colour_index=0),
        Line(_("CBS 2018: laagopgeleiden"), [CBS_LOW_EDUCATED_PERCENT] * len(codes), kind="reference", colour_index=2),
    ]
    chart = line_chart(codes, lines)
    chart["legend"] = [
        {"label": _("één organisatie, praktisch opgeleid"), "colour": MUTED_COLOUR},
        {"label": _("sectormediaan, praktisch opgeleid"), "colour": colour(0)},
        {"label": _("sectormediaan, alle medewerkers (gestreept)"), "colour": colour(1)},
        {
            "label": _("CBS 2018: %(percent)s%% van de laagopgeleiden volgde een cursus (gestreept)")
            % {"percent": CBS_LOW_EDUCATED_PERCENT},
            "colour": colour(2),
        },
    ]
    medians = ", ".join(
        f"{code} {median_text(value)}" for code, value in zip(codes, sector.practical_median, strict=False)
    )
    rows = [
        {
            "label": _("Mediaan %(sector)s") % {"sector": sector.label},
            "median": True,
            "cells": [
                text
                for i in range(len(codes))
                for text in (median_text(sector.practical_median[i]), median_text(sector.everyone_median[i]))
            ],
        }
    ]
    rows += [
        {
            "label": organisation.name,
            "median": False,
            "cells": [
                rate_text(rate)
                for pair in zip(organisation.practical, organisation.everyone, strict=False)
                for rate in pair
            ],
        }
        for organisation in sector.organisations
    ]
    return {
        "sector": sector,
        "chart": chart,
        "rows": rows,
        "chart_id": f"participation-{sector.key}",
        "title": _("Deelname aan opleiding per meetronde: %(sector)s") % {"sector": sector.label},
        "description": _(
            "Lijndiagram. Per organisatie in deze sector het deel van de praktisch opgeleide medewerkers "
            "dat een opleiding volgde, en de mediaan van de sector. Mediaan praktisch opgeleid: "
            "%(medians)s. Alle cijfers staan in de tabel."
        )
        % {"medians": medians or _("geen meting")},
    }


# --- 5. Embedding checklist over the waves ------------------------------------------------------------------


def met_text(met, measured):
    if not measured:
        return _("geen meting")
    return _("%(met)s van %(measured)s (%(percent)s)") % {
        "met": whole(met),
        "measured": whole(measured),
        "percent": percent(met / measured),
    }


def embedding_chart(figures):
    """Per checklist item a bar per wave: the share of the measured organisations that meet it."""
    rows = [
        HorizontalRow(
            str(item["label"]).capitalize(),
            [
                100 * met / measured if measured else None
                for met, measured in zip(item["met"], item["measured"], strict=False)
            ],
            [met_text(met, measured) for met, measured in zip(item["met"], item["measured"], strict=False)],
        )
        for item in figures.embedding_items
    ]
    return horizontal_bar_chart(rows, [wave.code for wave in figures.waves], maximum=100)


def embedding_scores_chart(figures):
    """Per wave a bar per number of checklist items met (0 to 5): how many organisations met that many.

    There are more bars per wave than series colours, so each bar's text names its number of items too.
    """
    series = [
        ngettext("%(met)s punt geregeld", "%(met)s punten geregeld", met) % {"met": met}
        for met in range(len(figures.embedding_items) + 1)
    ]
    rows = [
        HorizontalRow(
            wave.code,
            list(counts),
            [
                _("%(series)s: %(organisations)s")
                % {
                    "series": label,
                    "organisations": ngettext("%(n)s organisatie", "%(n)s organisaties", n) % {"n": whole(n)},
                }
                for label, n in zip(series, counts, strict=True)
            ],
        )
        for wave, counts in zip(figures.waves, figures.embedding_scores, strict=True)
    ]
    chart = horizontal_bar_chart(rows, series)
    chart["table"] = {
        "columns": series,
        "rows": [
            {"label": wave.code, "cells": [whole(n) for n in counts]}
            for wave, counts in zip(figures.waves, figures.embedding_scores, strict=True)
        ],
    }
    return chart


def embedding_rows(figures):
    """Per organisation: its number of items met in each wave, as printed in the table."""
    total = len(figures.embedding_items)
    return [
        {
            "label": organisation.name,
            "cells": [
                _("geen meting") if score is None else _("%(met)s van %(total)s") % {"met": score, "total": total}
                for score in organisation.embedding
            ],
        }
        for organisation in figures.organisations
    ]
