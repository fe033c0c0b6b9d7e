"""Charts drawn on the server as SVG: no JavaScript, readable without styles, allowed by the site's CSP.

The geometry is computed here and drawn by the templates in templates/charts/; every chart carries a
<title> and <desc>, and the page shows the same figures in a table next to it (the text alternative).
Used by the coordinator dashboard (activitylog) and the research dashboard (evaluation).

Kinds: vertical bars per month (`grouped_bar_chart`), horizontal bars with a label above each row
(`horizontal_bar_chart`), a mean with its confidence interval per row (`interval_chart`) and lines over a
few points in time (`line_chart`). Missing values (None) draw nothing: suppressed small cells never get a
bar, a dot or a point.
"""

import math
from dataclasses import dataclass, field

from django.utils.formats import date_format

# Colours with at least 3:1 contrast against white (WCAG 1.4.11) and against each other in lightness.
SERIES_COLOURS = ("#0b5c56", "#b3420f", "#3b4ea8", "#7a3b7d")
MUTED_COLOUR = "#767676"  # 4.5:1 against white: thin lines for single organisations
GRID_COLOUR = "#c9d3d1"

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


def colour(index):
    return SERIES_COLOURS[index % len(SERIES_COLOURS)]


def legend(labels):
    return [{"label": label, "colour": colour(i)} for i, label in enumerate(labels)]


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
    """Geometry for one group of vertical bars per month.

    rows: [{'month': date, <key>: int, ...}]; series: [(key, label)], at most four.
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
        groups.append(
            {
                "x": round(group_x + group_width / 2, 1),
                "label": date_format(month, "M") if show_label else "",
                "year": month.year if show_year else "",
            }
        )
        for series_index, (key, label) in enumerate(series):
            height = plot_height * row[key] / top
            bars.append(
                Bar(
                    x=round(group_x + group_width * 0.1 + series_index * bar_width, 1),
                    y=round(MARGIN_TOP + plot_height - height, 1),
                    width=round(max(bar_width - 1, 1), 1),
                    height=round(height, 1),
                    colour=colour(series_index),
                    value=row[key],
                    title=f"{date_format(month, 'F Y')}: {label} {row[key]}",
                )
            )
    ticks = [{"value": step * i, "y": round(MARGIN_TOP + plot_height - plot_height * i / 4, 1)} for i in range(5)]
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "bars": bars,
        "groups": groups,
        "ticks": ticks,
        "legend": legend([label for _key, label in series]),
        "plot_left": MARGIN_LEFT,
        "plot_right": WIDTH - MARGIN_RIGHT,
        "baseline": MARGIN_TOP + plot_height,
        "label_y": MARGIN_TOP + plot_height + 19,
        "year_y": MARGIN_TOP + plot_height + 39,
        "font_size": FONT_SIZE,
    }


# --- Horizontal bars: a label above each row, one bar per series, the value printed after the bar ---------


@dataclass
class HorizontalRow:
    """One row: its label and, per series, a value (None: nothing to draw) and the text printed after it."""

    label: str
    values: list
    texts: list


ROW_LABEL_HEIGHT = 22
BAR_HEIGHT = 18
BAR_GAP = 4
ROW_GAP = 12
VALUE_TEXT_ROOM = 190  # room right of the longest bar for its printed value, e.g. "12.345 (100%)"


def horizontal_bar_chart(rows, series_labels, maximum=None):
    """Geometry for horizontal bars: rows stacked from the top, bars in proportion to `maximum`.

    rows: [HorizontalRow]; series_labels: one label per value in a row. `maximum` defaults to the largest value.
    """
    left = MARGIN_RIGHT
    plot_width = WIDTH - left - VALUE_TEXT_ROOM
    top_value = maximum or max([v for row in rows for v in row.values if v is not None] or [0]) or 1
    drawn_rows, y = [], MARGIN_TOP
    for row in rows:
        label_y = y + FONT_SIZE
        y += ROW_LABEL_HEIGHT
        bars = []
        for index, (value, text) in enumerate(zip(row.values, row.texts, strict=False)):
            width = 0 if value is None else plot_width * value / top_value
            bars.append(
                {
                    "x": left,
                    "y": y,
                    "width": round(max(width, 0), 1),
                    "height": BAR_HEIGHT,
                    "colour": colour(index),
                    "drawn": value is not None and width > 0,
                    "text": text,
                    "text_x": round(left + max(width, 0) + 6, 1),
                    "text_y": y + BAR_HEIGHT - 4,
                    "title": f"{row.label}: {series_labels[index]} {text}"
                    if len(series_labels) > 1
                    else f"{row.label}: {text}",
                }
            )
            y += BAR_HEIGHT + BAR_GAP
        drawn_rows.append({"label": row.label, "label_y": label_y, "bars": bars})
        y += ROW_GAP - BAR_GAP
    return {
        "width": WIDTH,
        "height": y + MARGIN_TOP,
        "rows": drawn_rows,
        "font_size": FONT_SIZE,
        "left": left,
        "legend": legend(series_labels) if len(series_labels) > 1 else [],
    }


# --- A mean and its confidence interval per row (a "forest plot") ------------------------------------------


@dataclass
class IntervalRow:
    """A row's label, its estimate with lower and upper bound (all None: nothing to draw) and a text."""

    label: str
    estimate: float | None
    low: float | None
    high: float | None
    text: str


def decimal_ticks(low, high, count=4):
    """Round tick values covering low..high (with 0 among them), about `count` steps."""
    span = max(high - low, 1e-9)
    for step in (0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10):
        if span / step <= count:
            break
    start = math.floor(low / step) * step
    end = math.ceil(high / step) * step
    ticks, value = [], start
    while value <= end + step / 1000:
        ticks.append(round(value, 6))
        value += step
    return ticks


def interval_chart(rows, axis_label_format=str):
    """Geometry for estimates with intervals on one shared horizontal axis, 0 marked.

    rows: [IntervalRow]; axis_label_format turns a tick value into its label (e.g. a localized "+0,5").
    """
    drawn = [row for row in rows if row.estimate is not None]
    low = min([row.low for row in drawn] + [-0.5])
    high = max([row.high for row in drawn] + [0.5])
    ticks = decimal_ticks(low, high)
    left, right = MARGIN_RIGHT + 14, WIDTH - MARGIN_RIGHT - 14
    span = ticks[-1] - ticks[0]

    def x_of(value):
        return round(left + (right - left) * (value - ticks[0]) / span, 1)

    drawn_rows, y = [], MARGIN_TOP
    for row in rows:
        label_y = y + FONT_SIZE
        line_y = y + ROW_LABEL_HEIGHT + 12
        drawn = row.estimate is not None
        entry = {
            "label": row.label,
            "label_y": label_y,
            "y": line_y,
            "text": row.text,
            "drawn": drawn,
            "text_y": line_y + 28 if drawn else line_y + 5,
        }
        if drawn:
            entry.update(x=x_of(row.estimate), x_low=x_of(row.low), x_high=x_of(row.high))
        drawn_rows.append(entry)
        y += ROW_LABEL_HEIGHT + (46 if drawn else 24) + ROW_GAP
    axis_y = y + 4
    return {
        "width": WIDTH,
        "height": axis_y + 30,
        "rows": drawn_rows,
        "font_size": FONT_SIZE,
        "plot_top": MARGIN_TOP,
        "axis_y": axis_y,
        "zero_x": x_of(0),
        "left": left,
        "right": right,
        "text_x": left,
        "ticks": [{"x": x_of(t), "label": axis_label_format(t)} for t in ticks],
    }


# --- Lines over a few points in time (measurement waves) -------------------------------------------------


@dataclass
class Line:
    """A line through `values` (one per x position; None leaves a gap). `kind` chooses how it is drawn:
    'thin' (a single organisation), 'bold' (a median), 'dashed' (a second median) or 'reference'."""

    label: str
    values: list
    kind: str = "thin"
    colour_index: int = 0
    colour: str = ""
    segments: list = field(default_factory=list)
    points: list = field(default_factory=list)


LINE_MARGIN_LEFT = 64
LINE_MARGIN_RIGHT = 24


def line_chart(x_labels, lines, percent=True):
    """Geometry for lines over the x positions `x_labels`, y from 0 to a round top above the highest value."""
    plot_height = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    highest = max([v for line in lines for v in line.values if v is not None] or [0])
    step = nice_step(math.ceil(highest))
    top = step * 4
    left, right = LINE_MARGIN_LEFT, WIDTH - LINE_MARGIN_RIGHT
    count = max(len(x_labels), 1)
    spacing = (right - left) / max(count - 1, 1)

    def x_of(index):
        return round(left + spacing * index if count > 1 else (left + right) / 2, 1)

    def y_of(value):
        return round(MARGIN_TOP + plot_height - plot_height * value / top, 1)

    for line in lines:
        line.segments, line.points, current = [], [], []
        for index, value in enumerate(line.values):
            if value is None:
                if current:
                    line.segments.append(" ".join(current))
                current = []
                continue
            point = (x_of(index), y_of(value))
            line.points.append({"x": point[0], "y": point[1], "value": value, "x_label": x_labels[index]})
            current.append(f"{point[0]},{point[1]}")
        if current:
            line.segments.append(" ".join(current))
        line.colour = MUTED_COLOUR if line.kind == "thin" else colour(line.colour_index)
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "font_size": FONT_SIZE,
        "lines": lines,
        "percent": percent,
        "plot_left": left - 12,
        "plot_right": right + 12,
        "baseline": MARGIN_TOP + plot_height,
        "ticks": [{"value": step * i, "y": y_of(step * i)} for i in range(5)],
        "x_labels": [{"x": x_of(i), "label": label} for i, label in enumerate(x_labels)],
        "label_y": MARGIN_TOP + plot_height + 22,
    }
