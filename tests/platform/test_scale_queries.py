"""Issue 15: the pages that list or sum many records stay within 15 queries, however many organisations.

The pages of bench/scale_pages.py are counted on data from bench/scale.py at two sizes: a batch with
2 organisations, then one with 4 times as many organisations and participants (and a large organisation
4 times as large). The budget is 15 queries, except for Wagtail's own page explorer (see
bench.scale_pages.EXPLORER_QUERIES), which may not grow either. Each page is counted for the users of both batches, after both are built, so a page may
not grow with the number of organisations in the database nor with the size of the viewer's organisation.
"""

import pytest

from bench import scale
from bench.scale_pages import budget, queries, targets

LESSONS = 8  # making pages is slow; the sizes that matter here are organisations and participants


@pytest.fixture
def page_counts(client, home_page, programme_team, superuser):
    def counts(built):
        return {target.label: len(queries(client, target)) for target in targets(built, programme_team, superuser)}

    small = scale.build(0.004, lessons=LESSONS)
    before = counts(small)
    large = scale.build(0.016, lessons=LESSONS)
    assert large.counts["organisations"] == 4 * small.counts["organisations"]
    return before, counts(small), counts(large)


def test_pages_stay_within_budget_and_do_not_grow(page_counts):
    small, small_after_growth, large = page_counts
    over = {label: number for label, number in large.items() if number > budget(label)}
    assert not over, f"above budget: {over}"
    assert small == small_after_growth == large
