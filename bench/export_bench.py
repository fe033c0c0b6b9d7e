#!/usr/bin/env python
"""Benchmark of the evaluation exports: rows per second and peak Python memory for lesson_progress.

Builds its own throwaway database (a fresh SQLite file, or a fresh PostgreSQL database when DATABASE_URL
points at PostgreSQL, e.g. through `bin/with-postgres`), migrates it, bulk-creates participants and
lesson progress rows, and runs `evaluation.exports.export_to_file` for each size and format:

* rows/s      — wall-clock time of the export without tracing;
* peak memory — `tracemalloc` peak of a second, traced run (Python allocations only; SQLite's and
  libpq's own buffers are not Python objects). Constant memory shows as (nearly) the same peak for
  100k and 1M rows. Tracing slows openpyxl down several times, so `--trace-max-rows xlsx=N` skips the
  traced run above N rows for that format;
* RSS growth — on Linux also the growth of the process's peak resident memory during the untraced run
  (VmHWM after the export minus VmRSS before it, with the peak reset through /proc/self/clear_refs).

Usage:
    .venv/bin/python bench/export_bench.py                        # SQLite, 100k and 1M rows, csv + xlsx
    bin/with-postgres .venv/bin/python bench/export_bench.py      # the same on PostgreSQL 15
    .venv/bin/python bench/export_bench.py --sizes 10000 --formats csv,xlsx,datapackage
"""

import argparse
import os
import platform
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import throwaway  # noqa: E402

LESSONS_PER_MODULE = 5
MODULES = 8


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000", help="Comma-separated lesson_progress row counts.")
    parser.add_argument("--formats", default="csv,xlsx", help="Comma-separated: csv, xlsx, datapackage.")
    parser.add_argument("--batch-size", type=int, default=5000)
    parser.add_argument("--trace-max-rows", default="", help="e.g. xlsx=100000: no tracemalloc run above that.")
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


def reset_peak_rss():
    try:
        with open("/proc/self/clear_refs", "w") as clear_refs:
            clear_refs.write("5")
        return True
    except OSError:
        return False


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
        state["organisation"] = Organisation.objects.create(name="Bench BV", slug="bench-bv", sector=sector,
                                                            province="UT", size_class="large")
        state["cohort"] = Cohort.objects.create(slug="bench", name="Bench", start_date=datetime.date(2025, 1, 1))
        state["rows"] = 0
        state["users"] = 0
    now = timezone.now()
    start = now - datetime.timedelta(days=365)
    per_user = len(lessons)
    while state["rows"] < target:
        count = min(batch_size // per_user or 1, (target - state["rows"] + per_user - 1) // per_user)
        first = state["users"]
        users = User.objects.bulk_create([
            User(username=f"bench-{i}", email=f"bench-{i}@example.org", first_name="Bench", last_name=str(i),
                 password="!")
            for i in range(first, first + count)
        ])
        if users[0].pk is None:  # backends that do not return ids from bulk_create
            users = list(User.objects.filter(username__in=[u.username for u in users]))
        AmbassadorProfile.objects.bulk_create([
            AmbassadorProfile(user=user, organisation=state["organisation"], cohort=state["cohort"],
                              research_consent_at=now, research_consent_version="bench")
            for user in users
        ])
        progress = []
        for u, user in enumerate(users):
            for l, (module_key, lesson_key, lesson_pk, revision_pk) in enumerate(lessons):
                if state["rows"] + len(progress) >= target:
                    break
                started = start + datetime.timedelta(minutes=(first + u) * 7 + l * 13)
                done = l % 3 != 0
                progress.append(LessonProgress(
                    user=user, lesson_key=lesson_key, lesson_id=lesson_pk, module_key=module_key, started_at=started,
                    completed_at=started + datetime.timedelta(minutes=20) if done else None,
                    completed_revision_id=revision_pk if done else None,
                ))
        LessonProgress.objects.bulk_create(progress, batch_size=batch_size)
        state["rows"] += len(progress)
        state["users"] += count


def run_export(export_format, output_dir, trace):
    from evaluation.datasets import ExportFilters
    from evaluation.exports import ExportRequest, export_to_file

    extension = {"csv": "csv", "xlsx": "xlsx", "datapackage": "zip"}[export_format]
    path = Path(output_dir) / f"lesson_progress.{extension}"
    request = ExportRequest("lesson_progress", export_format, ExportFilters())
    rss_before = read_status("VmRSS") if not trace and reset_peak_rss() else None
    if trace:
        tracemalloc.start()
    started = time.perf_counter()
    log = export_to_file(request, path, actor="bench", source="command", validate=False)
    elapsed = time.perf_counter() - started
    peak = None
    if trace:
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    rss_growth = None
    if rss_before is not None:
        rss_growth = (read_status("VmHWM") or rss_before) - rss_before
    size = path.stat().st_size
    path.unlink()
    return log.total_rows, elapsed, peak, size, rss_growth


def mib(value):
    return "–" if value is None else f"{value / 2**20:.1f}"


def main():
    args = parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    trace_max = {k: int(v) for k, v in (item.split("=") for item in args.trace_max_rows.split(",") if item)}
    with tempfile.TemporaryDirectory(prefix="export-bench-") as work_dir:
        connection, old_name = throwaway.create(work_dir, "bench_export")
        try:
            import django

            print(f"# Evaluation export benchmark — {connection.vendor} {connection.Database.__name__}, "
                  f"Django {django.get_version()}, Python {platform.python_version()}, {platform.machine()}, "
                  f"{os.cpu_count()} CPUs", flush=True)
            lessons = build_programme()
            state = {}
            print("\n| rows | format | seconds | rows/s | tracemalloc peak (MiB) | RSS growth (MiB) | file (MiB) |")
            print("|---:|---|---:|---:|---:|---:|---:|", flush=True)
            for size in sizes:
                started = time.perf_counter()
                add_rows(size, lessons, state, args.batch_size)
                print(f"<!-- {size} rows in the database ({state['users']} participants), "
                      f"bulk_create {time.perf_counter() - started:.0f}s -->", flush=True)
                for export_format in formats:
                    rows, elapsed, _peak, file_size, rss_growth = run_export(export_format, work_dir, trace=False)
                    assert rows == size, (rows, size)
                    peak = None
                    if size <= trace_max.get(export_format, size):
                        peak = run_export(export_format, work_dir, trace=True)[2]
                    print(f"| {rows:,} | {export_format} | {elapsed:.1f} | {rows / elapsed:,.0f} | "
                          f"{mib(peak)} | {mib(rss_growth)} | {file_size / 2**20:.1f} |", flush=True)
        finally:
            throwaway.destroy(connection, old_name)


if __name__ == "__main__":
    main()
