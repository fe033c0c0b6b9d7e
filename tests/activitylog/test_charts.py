"""The server-rendered bar chart: bars in proportion, round axis steps, labels that fit."""

import datetime

import pytest

from website.charts import grouped_bar_chart, nice_step

SERIES = [("colleagues_reached", "bereikt"), ("registered", "aangemeld"), ("started", "begonnen")]


def rows(*values):
    return [
        {"month": datetime.date(2025, 1 + i, 1), "colleagues_reached": r, "registered": g, "started": s}
        for i, (r, g, s) in enumerate(values)
    ]


@pytest.mark.parametrize(("value", "top"), [(0, 4), (3, 4), (5, 8), (37, 40), (100, 100), (480, 600), (2345, 2400)])
def test_axis_top_is_round_and_at_least_the_highest_value(value, top):
    assert nice_step(value) * 4 == top


def test_bars_are_in_proportion_and_stand_on_the_baseline():
    chart = grouped_bar_chart(rows((40, 20, 10), (0, 0, 0)), SERIES)
    bars = chart["bars"]
    assert len(bars) == 6
    assert [bar.value for bar in bars] == [40, 20, 10, 0, 0, 0]
    assert bars[0].height == pytest.approx(2 * bars[1].height, abs=0.2)
    for bar in bars:
        assert bar.y + bar.height == pytest.approx(chart["baseline"], abs=0.2)
    assert [tick["value"] for tick in chart["ticks"]] == [0, 10, 20, 30, 40]
    assert len({bar.colour for bar in bars}) == 3
    assert "bereikt 40" in bars[0].title


def test_every_month_is_labelled_up_to_a_year_then_every_third():
    year = grouped_bar_chart(rows(*[(1, 0, 0)] * 12), SERIES)
    assert all(group["label"] for group in year["groups"])
    assert [group["year"] for group in year["groups"]].count(2025) == 1
    two_years = [
        {"month": datetime.date(2024 + i // 12, i % 12 + 1, 1), "colleagues_reached": 1, "registered": 0, "started": 0}
        for i in range(24)
    ]
    labels = [group["label"] for group in grouped_bar_chart(two_years, SERIES)["groups"]]
    assert sum(1 for label in labels if label) == 8


def test_empty_chart_has_an_axis_and_no_height():
    chart = grouped_bar_chart(rows((0, 0, 0)), SERIES)
    assert all(bar.height == 0 for bar in chart["bars"])
    assert chart["ticks"][-1]["value"] == 4
