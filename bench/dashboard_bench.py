#!/usr/bin/env python
"""How fast the research dashboard answers with the full data set: median of uncached, warm requests.

1. A throwaway database (bench/throwaway.py: SQLite file, or a fresh database on the PostgreSQL server of
   DATABASE_URL), filled by bench/scale.py (`build`): 500 organisations, 20,000 participants, 800,000
   lesson-progress rows, 200,000 activities, 40,000 self-assessments at scale 1.0.
2. On top of that, four measurement waves (T0–T3) with a submitted measurement for every organisation in each.
3. A researcher requests /nl/onderzoeksdashboard/ in-process (Django's test client, the whole middleware stack,
   test settings: page cache off, so every request is rendered). Two warm-up requests, then --requests timed
   ones; the median and the SQL queries of one request are printed, for the unfiltered page and with filters.

Usage:
    .venv/bin/python bench/dashboard_bench.py [--scale 1.0] [--requests 7] [--json results.json]
    bin/with-postgres .venv/bin/python bench/dashboard_bench.py
"""

import argparse
import datetime
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

WAVES = [("T0", "Nulmeting", 2025), ("T1", "Meting 1", 2026), ("T2", "Meting 2", 2027), ("T3", "Meting 3", 2028)]
URLS = [
    ("all organisations", "/nl/onderzoeksdashboard/"),
    ("one sector, small organisations, wave T1", "/nl/onderzoeksdashboard/?sector={sector}&size_class=small&wave=T1"),
    ("English, date range", "/en/research-dashboard/?date_from=2025-06-01&date_to=2026-05-31"),
]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 = 500 organisations, 20,000 participants …")
    parser.add_argument("--requests", type=int, default=7, help="Timed requests per URL (after one warm-up).")
    parser.add_argument("--json", help="Also write the results to this JSON file.")
    return parser.parse_args()


def add_measurements(seed=13):
    """Waves T0–T3 and one submitted measurement per organisation and wave, participation rising a little."""
    import random

    from django.utils import timezone

    from community.models import Organisation
    from evaluation.models import MeasurementWave, OrganisationMeasurement
    from evaluation.models.measurements import EMBEDDING_FIELDS

    rng = random.Random(seed)
    waves = [
        MeasurementWave.objects.create(
            code=code, name=f"{name} {year}", opens_on=datetime.date(year, 1, 1), closes_on=datetime.date(year, 2, 28)
        )
        for code, name, year in WAVES
    ]
    now = timezone.now()
    rows = []
    for organisation_id in Organisation.objects.values_list("pk", flat=True):
        headcount = rng.randint(20, 2000)
        practical = rng.randint(headcount // 5, headcount * 3 // 5)
        for index, wave in enumerate(waves):
            practical_trained = round(practical * min(0.9, rng.uniform(0.05, 0.15) + 0.04 * index))
            trained = min(headcount, practical_trained + round((headcount - practical) * rng.uniform(0.2, 0.35)))
            rows.append(
                OrganisationMeasurement(
                    wave=wave,
                    organisation_id=organisation_id,
                    headcount=headcount,
                    practically_educated_count=practical,
                    trained_count=trained,
                    practically_educated_trained_count=practical_trained,
                    active_ambassadors=rng.randint(1, 10),
                    facilitated_hours=rng.randint(0, 400),
                    phase="implementation",
                    status="submitted",
                    submitted_at=now,
                    **{name: rng.random() < 0.2 + 0.15 * index for name in EMBEDDING_FIELDS},
                )
            )
    OrganisationMeasurement.objects.bulk_create(rows, batch_size=2000)
    return len(rows)


def time_url(client, url, requests):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(2):  # warm-up: the shared caches (site, menus, filter options), the template loader
        assert client.get(url).status_code == 200, url
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    queries = len(context.captured_queries)  # now: the next request empties the query log
    timings = []
    for _ in range(requests):
        started = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
    return {
        "url": url,
        "queries": queries,
        "median_ms": round(statistics.median(timings), 1),
        "min_ms": round(min(timings), 1),
        "max_ms": round(max(timings), 1),
        "bytes": len(response.content),
    }


def main():
    args = parse_args()
    from bench import throwaway

    with tempfile.TemporaryDirectory(prefix="dashboard-bench-") as work_dir:
        connection, old_name = throwaway.create(work_dir, "bench_dashboard")
        try:
            from django.contrib.auth import get_user_model
            from django.contrib.auth.models import Group
            from django.test import Client

            from bench import scale
            from community.models import Sector
            from website import roles

            started = time.perf_counter()
            built = scale.build(args.scale, stdout=sys.stdout)
            measurements = add_measurements()
            with connection.cursor() as cursor:
                # Planner statistics and (PostgreSQL) the visibility map for index-only scans, as autovacuum keeps
                # them on a running database.
                cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
            print(
                f"data: {built.counts}, {measurements} measurements, in {time.perf_counter() - started:.0f} s "
                f"({connection.vendor})",
                flush=True,
            )
            researcher = get_user_model().objects.create_user("bench-researcher", password="not-used")
            researcher.groups.add(Group.objects.get(name=roles.RESEARCHERS))
            client = Client(HTTP_HOST="localhost")  # a host in ALLOWED_HOSTS
            client.force_login(researcher)
            sector = Sector.objects.order_by("pk").values_list("slug", flat=True).first()
            results = []
            for label, url in URLS:
                result = {"label": label, **time_url(client, url.format(sector=sector), args.requests)}
                results.append(result)
                print(
                    f"{label:45} {result['median_ms']:8.1f} ms median (min {result['min_ms']}, max "
                    f"{result['max_ms']}), {result['queries']} queries, {result['bytes'] // 1024} KiB  "
                    f"{result['url']}",
                    flush=True,
                )
            if args.json:
                Path(args.json).write_text(
                    json.dumps(
                        {
                            "vendor": connection.vendor,
                            "counts": built.counts,
                            "measurements": measurements,
                            "results": results,
                        },
                        indent=2,
                    )
                )
        finally:
            throwaway.destroy(connection, old_name)


if __name__ == "__main__":
    main()
