#!/usr/bin/env python
"""Benchmark of the evaluation exports: rows per second and peak memory for lesson_progress, against a raw loop.

Builds its own throwaway database (a fresh SQLite file, or a fresh PostgreSQL database when DATABASE_URL
points at PostgreSQL, e.g. through `bin/with-postgres`), migrates it, bulk-creates participants and
lesson progress rows, and then, per size, runs each measurement in a fresh child process (so its peak
memory is its own):

* raw    — the ceiling: a plain cursor loop over the export's own SQL (`connection.chunked_cursor()`, a
  server-side cursor on PostgreSQL, `fetchmany`) writing the rows as they come with `csv.writer`;
* csv, xlsx, sav, datapackage — `evaluation.exports.export_to_file`, the code path of the command and of
  the admin download.

Per measurement: wall-clock time of the loop or export (not the child's start-up), rows/s, the child's peak
resident memory (VmHWM, Linux) and how much it grew during the measurement, and the file size. With
`--repeat N` each is run N times, alternating, and the fastest run counts. The last line is
`export/raw ratio: <number>`: CSV export rows/s over raw-loop rows/s at the largest size, same run.

Usage:
    .venv/bin/python bench/export_bench.py                        # SQLite, 100k and 1M rows, csv + xlsx + sav
    bin/with-postgres .venv/bin/python bench/export_bench.py      # the same on PostgreSQL 15
    .venv/bin/python bench/export_bench.py --sizes 10000 --formats csv,xlsx,sav,datapackage --repeat 2
"""

import argparse
import csv
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import throwaway  # noqa: E402

LESSONS_PER_MODULE = 5
MODULES = 8
EXTENSIONS = {"csv": "csv", "xlsx": "xlsx", "sav": "sav", "datapackage": "zip", "raw": "csv"}


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000", help="Comma-separated lesson_progress row counts.")
    parser.add_argument("--formats", default="csv,xlsx,sav", help="Comma-separated: csv, xlsx, sav, datapackage.")
    parser.add_argument("--batch-size", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=1, help="Runs per measurement; the fastest counts.")
    parser.add_argument("--child", help=argparse.SUPPRESS)  # internal: measure one thing in this process
    parser.add_argument("--database", help=argparse.SUPPRESS)
    parser.add_argument("--output-dir", help=argparse.SUPPRESS)
    return parser.parse_args()


def read_status(field):
    """A memory figure from /proc/self/status in bytes, or None where that does not exist."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def build_programme():
    """Eight modules of five lessons as real pages, so titles are looked up as in production."""
    from programme.models import LessonPage, ModulePage, ProgrammePage
    from website.demo import ensure_home_page
    from website.seeding import get_or_create_child_page

    home = ensure_home_page()
    programme = get_or_create_child_page(home, ProgrammePage, "programma", title="Ontwikkelprogramma")
    lessons = []
    for m in range(MODULES):
        module = get_or_create_child_page(programme, ModulePage, f"module-{m}", title=f"Module {m + 1}", intro="Intro")
        for n in range(LESSONS_PER_MODULE):
            lesson = get_or_create_child_page(module, LessonPage, f"les-{m}-{n}", title=f"Les {m + 1}.{n + 1}")
            lessons.append((module.translation_key, lesson.translation_key, lesson.pk, lesson.get_latest_revision().pk))
    return lessons


def add_rows(target, lessons, state, batch_size):
    """Bulk-create participants (one per len(lessons) rows) and their lesson progress up to `target` rows."""
    import datetime

    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from community.models import Organisation, Sector
    from programme.models import AmbassadorProfile, Cohort, LessonProgress

    User = get_user_model()
    if "organisation" not in state:
        sector = Sector.objects.create(slug="bench", name="Bench")
        state["organisation"] = Organisation.objects.create(
            name="Bench BV", slug="bench-bv", sector=sector, province="UT", size_class="large"
        )
        state["cohort"] = Cohort.objects.create(slug="bench", name="Bench", start_date=datetime.date(2025, 1, 1))
        state["rows"] = 0
        state["users"] = 0
    now = timezone.now()
    start = now - datetime.timedelta(days=365)
    per_user = len(lessons)
    while state["rows"] < target:
        count = min(batch_size // per_user or 1, (target - state["rows"] + per_user - 1) // per_user)
        first = state["users"]
        users = User.objects.bulk_create(
            [
                User(
                    username=f"bench-{i}",
                    email=f"bench-{i}@example.org",
                    first_name="Bench",
                    last_name=str(i),
                    password="!",
                )
                for i in range(first, first + count)
            ]
        )
        if users[0].pk is None:  # backends that do not return ids from bulk_create
            users = list(User.objects.filter(username__in=[u.username for u in users]))
        AmbassadorProfile.objects.bulk_create(
            [
                AmbassadorProfile(
                    user=user,
                    organisation=state["organisation"],
                    cohort=state["cohort"],
                    research_consent_at=now,
                    research_consent_version="bench",
                )
                for user in users
            ]
        )
        progress = []
        for u, user in enumerate(users):
            for position, (module_key, lesson_key, lesson_pk, revision_pk) in enumerate(lessons):
                if state["rows"] + len(progress) >= target:
                    break
                started = start + datetime.timedelta(minutes=(first + u) * 7 + position * 13)
                done = position % 3 != 0
                progress.append(
                    LessonProgress(
                        user=user,
                        lesson_key=lesson_key,
                        lesson_id=lesson_pk,
                        module_key=module_key,
                        started_at=started,
                        completed_at=started + datetime.timedelta(minutes=20) if done else None,
                        completed_revision_id=revision_pk if done else None,
                    )
                )
        LessonProgress.objects.bulk_create(progress, batch_size=batch_size)
        state["rows"] += len(progress)
        state["users"] += count


def export_sql():
    """The SQL and parameters of the lesson_progress export, exactly as the exporter runs it."""
    from evaluation.datasets import DATASETS, ExportFilters

    dataset = DATASETS["lesson_progress"]
    queryset = dataset.queryset(ExportFilters()).order_by(*dataset.ordering).values_list(*dataset.columns)
    return queryset.query.get_compiler(using=queryset.db).as_sql()


def raw_loop(path):
    """The ceiling: the export's query through a plain cursor loop into csv.writer. Returns the row count."""
    from django.db import connection

    sql, params = export_sql()
    count = 0
    with open(path, "w", encoding="utf-8", newline="") as textfile, connection.chunked_cursor() as cursor:
        writer = csv.writer(textfile, lineterminator="\r\n")
        cursor.execute(sql, params)
        while rows := cursor.fetchmany(2000):
            writer.writerows(rows)
            count += len(rows)
    return count


def child(args):
    """Measure one thing (`args.child`) against the existing benchmark database; print the result as JSON."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "website.settings.test")
    import django

    django.setup()
    from django.db import connection

    connection.settings_dict["NAME"] = args.database
    from evaluation.datasets import ExportFilters
    from evaluation.exports import ExportRequest, export_to_file

    path = Path(args.output_dir) / f"lesson_progress.{EXTENSIONS[args.child]}"
    connection.ensure_connection()
    rss_before = read_status("VmRSS")
    started = time.perf_counter()
    if args.child == "raw":
        rows = raw_loop(path)
    else:
        request = ExportRequest("lesson_progress", args.child, ExportFilters())
        rows = export_to_file(request, path, actor="bench", source="command", validate=False).total_rows
    elapsed = time.perf_counter() - started
    result = {
        "rows": rows,
        "seconds": elapsed,
        "peak_rss": read_status("VmHWM"),
        "rss_before": rss_before,
        "file": path.stat().st_size,
    }
    path.unlink()
    print(json.dumps(result))


def measure(what, database, output_dir):
    completed = subprocess.run(
        [sys.executable, __file__, "--child", what, "--database", database, "--output-dir", output_dir],
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode:
        raise RuntimeError(f"{what} failed:\n{completed.stderr}")
    return json.loads(completed.stdout.strip().splitlines()[-1])


def mib(value):
    return "–" if value is None else f"{value / 2**20:.1f}"


def main():
    args = parse_args()
    if args.child:
        return child(args)
    sizes = sorted(int(s) for s in args.sizes.split(","))
    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    with tempfile.TemporaryDirectory(prefix="export-bench-") as work_dir:
        connection, old_name = throwaway.create(work_dir, "bench_export")
        database = connection.settings_dict["NAME"]
        ratio = None
        try:
            import django

            print(
                f"# Evaluation export benchmark — {connection.vendor} {connection.Database.__name__}, "
                f"Django {django.get_version()}, Python {platform.python_version()}, {platform.machine()}, "
                f"{os.cpu_count()} CPUs",
                flush=True,
            )
            lessons = build_programme()
            state = {}
            print(
                "\n| rows | what | seconds | rows/s | share of raw | peak RSS (MiB) | RSS growth (MiB) | file (MiB) |"
            )
            print("|---:|---|---:|---:|---:|---:|---:|---:|", flush=True)
            for size in sizes:
                started = time.perf_counter()
                add_rows(size, lessons, state, args.batch_size)
                connection.close()  # the children read what is committed
                print(
                    f"<!-- {size} rows in the database ({state['users']} participants), "
                    f"bulk_create {time.perf_counter() - started:.0f}s -->",
                    flush=True,
                )
                best = {}
                for _ in range(args.repeat):
                    for what in ["raw", *formats]:
                        result = measure(what, database, work_dir)
                        assert result["rows"] == size, (what, result["rows"], size)
                        if what not in best or result["seconds"] < best[what]["seconds"]:
                            best[what] = result
                raw_speed = size / best["raw"]["seconds"]
                for what in ["raw", *formats]:
                    result = best[what]
                    speed = size / result["seconds"]
                    growth = None if result["peak_rss"] is None else result["peak_rss"] - result["rss_before"]
                    print(
                        f"| {size:,} | {what} | {result['seconds']:.1f} | {speed:,.0f} | {speed / raw_speed:.2f} | "
                        f"{mib(result['peak_rss'])} | {mib(growth)} | {result['file'] / 2**20:.1f} |",
                        flush=True,
                    )
                if "csv" in best:
                    ratio = size / best["csv"]["seconds"] / raw_speed
        finally:
            throwaway.destroy(connection, old_name)
    if ratio is not None:
        print(f"export/raw ratio: {ratio:.2f}")


if __name__ == "__main__":
    main()
