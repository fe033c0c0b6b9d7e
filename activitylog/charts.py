"""A grouped bar chart drawn on the server as SVG: no JavaScript, readable without styles.

The geometry is computed here and drawn by templates/activitylog/includes/bar_chart.html; the same
numbers are always shown in a table next to it, which is the text alternative.
"""

import math
from dataclasses import dataclass

from django.utils.formats import date_format

# Colours with at least 3:1 contrast against white (WCAG 1.4.11) and against each other in lightness.
SERIES_COLOURS = ("#0b5c56", "#b3420f", "#3b4ea8")

# Drawing units; the SVG scales to its box, which is at least 30rem wide (it scrolls on a small phone,
# as charts may under WCAG 1.4.10), so that 15 units of text stay about 13px or more.
WIDTH = 560
HEIGHT = 280
FONT_SIZE = 15
MARGIN_LEFT = 44
MARGIN_RIGHT = 6
MARGIN_TOP = 12
MARGIN_BOTTOM = 48


def nice_step(value):
    """The tick step for an axis from 0 to at least `value` in four whole, round steps."""
    raw = max(value, 1) / 4
    magnitude = 10 ** max(math.floor(math.log10(raw)), 0)
    for factor in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        step = factor * magnitude
        if step >= raw and float(step).is_integer():
            return int(step)
    return int(10 * magnitude)  # pragma: no cover - the loop always ends at 10 x magnitude


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    colour: str
    value: int
    title: str


def grouped_bar_chart(rows, series):
    """Geometry for one group of bars per row.

    rows: [{'month': date, <key>: int, ...}]; series: [(key, label)], at most three.
    """
    plot_width = WIDTH - MARGIN_LEFT - MARGIN_RIGHT
    plot_height = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    step = nice_step(max([row[key] for row in rows for key, _label in series] or [0]))
    top = step * 4
    group_width = plot_width / max(len(rows), 1)
    bar_width = group_width * 0.8 / max(len(series), 1)
    groups, bars = [], []
    for index, row in enumerate(rows):
        group_x = MARGIN_LEFT + index * group_width
        month = row["month"]
        # With more than a year of months there is no room for every label: show every third month.
        show_label = len(rows) <= 12 or index % 3 == 0
        show_year = show_label and (index == 0 or month.month <= (3 if len(rows) > 12 else 1))
        groups.append({
            "x": round(group_x + group_width / 2, 1),
            "label": date_format(month, "M") if show_label else "",
            "year": month.year if show_year else "",
        })
        for series_index, (key, label) in enumerate(series):
            height = plot_height * row[key] / top
            bars.append(Bar(
                x=round(group_x + group_width * 0.1 + series_index * bar_width, 1),
                y=round(MARGIN_TOP + plot_height - height, 1),
                width=round(max(bar_width - 1, 1), 1),
                height=round(height, 1),
                colour=SERIES_COLOURS[series_index % len(SERIES_COLOURS)],
                value=row[key],
                title=f"{date_format(month, 'F Y')}: {label} {row[key]}",
            ))
    ticks = [{"value": step * i, "y": round(MARGIN_TOP + plot_height - plot_height * i / 4, 1)} for i in range(5)]
    legend = [{"label": label, "colour": SERIES_COLOURS[i % len(SERIES_COLOURS)]}
              for i, (_key, label) in enumerate(series)]
    return {
        "width": WIDTH, "height": HEIGHT, "bars": bars, "groups": groups, "ticks": ticks, "legend": legend,
        "plot_left": MARGIN_LEFT, "plot_right": WIDTH - MARGIN_RIGHT, "baseline": MARGIN_TOP + plot_height,
        "label_y": MARGIN_TOP + plot_height + 19, "year_y": MARGIN_TOP + plot_height + 39, "font_size": FONT_SIZE,
    }
