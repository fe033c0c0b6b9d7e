"""The few statistics the research dashboard needs, without a statistics library: a mean with its 95%
confidence interval (Student's t) from sums the database computed, and a median from a histogram."""

import math
from dataclasses import dataclass
from statistics import NormalDist

# Smallest group shown anywhere on the dashboard: a figure about fewer people is suppressed, never shown.
SMALL_CELL = 5

# Two-sided 95% quantiles of Student's t for 1–30 degrees of freedom (t.ppf(0.975, df), six decimals).
T_975 = (
    12.706205,
    4.302653,
    3.182446,
    2.776445,
    2.570582,
    2.446912,
    2.364624,
    2.306004,
    2.262157,
    2.228139,
    2.200985,
    2.178813,
    2.160369,
    2.144787,
    2.131450,
    2.119905,
    2.109816,
    2.100922,
    2.093024,
    2.085963,
    2.079614,
    2.073873,
    2.068658,
    2.063899,
    2.059539,
    2.055529,
    2.051831,
    2.048407,
    2.045230,
    2.042272,
)


def t_quantile_975(df):
    """t(0.975, df): from the table up to 30 degrees of freedom, beyond that the Cornish–Fisher expansion
    (Abramowitz & Stegun 26.7.5), which is within 1e-5 of the exact value there."""
    if df < 1:
        raise ValueError("at least one degree of freedom")
    if df <= len(T_975):
        return T_975[df - 1]
    z = NormalDist().inv_cdf(0.975)
    g1 = (z**3 + z) / 4
    g2 = (5 * z**5 + 16 * z**3 + 3 * z) / 96
    g3 = (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / 384
    g4 = (79 * z**9 + 776 * z**7 + 1482 * z**5 - 1920 * z**3 - 945 * z) / 92160
    return z + g1 / df + g2 / df**2 + g3 / df**3 + g4 / df**4


@dataclass(frozen=True)
class MeanInterval:
    n: int
    mean: float | None = None
    low: float | None = None
    high: float | None = None

    @property
    def suppressed(self):
        return 0 < self.n < SMALL_CELL


def mean_interval(n, total, total_of_squares, scale=1):
    """Mean and 95% confidence interval of n values given their sum and sum of squares (divided by `scale`).

    Fewer than SMALL_CELL values: only n, no mean (suppressed). The sums are whole numbers from the
    database, so the arithmetic is exact until the last division.
    """
    if n < SMALL_CELL:
        return MeanInterval(n=n)
    mean = total / n
    variance = max(total_of_squares - total * total / n, 0) / (n - 1)
    half_width = t_quantile_975(n - 1) * math.sqrt(variance / n)
    return MeanInterval(n=n, mean=mean / scale, low=(mean - half_width) / scale, high=(mean + half_width) / scale)


def median_from_counts(counts):
    """The median of values given as {value: how often}; None when there are none. Two middle values: their mean."""
    total = sum(counts.values())
    if total == 0:
        return None
    middle = [(total - 1) // 2, total // 2]  # zero-based positions of the middle value(s)
    found, seen = [], 0
    for value in sorted(counts):
        count = counts[value]
        for position in middle:
            if seen <= position < seen + count:
                found.append(value)
        seen += count
    return sum(found) / len(found)
