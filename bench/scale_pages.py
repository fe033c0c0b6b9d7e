#!/usr/bin/env python
"""The pages issue 15 names, on the data of bench/scale.py: SQL queries and median render time.

Per page: one warm-up request (the shared caches fill, as on a running site), then the SQL queries of one
request, then `runs` timed requests (no query capture; the page cache does not apply: every page here is
personal or in the admin). In-process, through Django's test client, so the figures are the server's
work only. tests/platform/test_scale_queries.py asserts the query budget on the same list of pages.

    .venv/bin/python bench/scale_pages.py                       # SQLite, full size (issue 15)
    bin/with-postgres .venv/bin/python bench/scale_pages.py     # the same on PostgreSQL 15
    .venv/bin/python bench/scale_pages.py --scale 0.1 --runs 5
"""

import argparse
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

BUDGET_QUERIES = 15
BUDGET_MS = 300
EXPLORER = "Lessons in the admin (explorer of a module)"
# Wagtail's own page explorer runs 34 queries of its own (breadcrumbs, workflow states, header buttons, locale
# switcher, usage counts...), none per row since website/wagtail_hooks.py; it is held at that, not at 15.
EXPLORER_QUERIES = 34
LESSONS = "Lessons in the admin (listing of all lessons)"


@dataclass
class Target:
    label: str
    url: str
    user: object


def targets(built, programme_team, superuser):
    """The pages of issue 15 for one `bench.scale.build` result, with the user who looks at each."""
    from django.urls import reverse

    from programme.models import ModulePage

    large = built.large_organisation.pk
    progress = reverse("programme_progress_report")
    participants = reverse("wagtailsnippets_programme_ambassadorprofile:list")
    module = (
        ModulePage.objects.filter(slug="scale-module-1").first() or ModulePage.objects.live().order_by("path").first()
    )
    return [
        Target("Coordinator dashboard (large organisation)", reverse("activitylog:dashboard"), built.coordinator),
        Target("Progress report", progress, programme_team),
        Target("Progress report, filtered", f"{progress}?organisation={large}&kind=ambassador", programme_team),
        Target(
            "Progress report, filtered and searched",
            f"{progress}?organisation={large}&kind=ambassador&q=Sanne",
            programme_team,
        ),
        Target("Module completion report", reverse("programme_module_report"), programme_team),
        Target("Participants (admin)", participants, programme_team),
        Target(
            "Participants, filtered and searched",
            f"{participants}?organisation={large}&kind=ambassador&q=Sanne",
            programme_team,
        ),
        Target("Invitations (coordinator)", reverse("programme:invitations"), built.coordinator),
        Target("Invitations (programme team)", reverse("programme:invitations"), programme_team),
        Target("Mijn leerpad", reverse("programme:my_path"), built.ambassador),
        Target("Export log", reverse("evaluation_admin:log"), superuser),
        Target(EXPLORER, reverse("wagtailadmin_explore", args=[module.pk]), superuser),
        Target(LESSONS, reverse("lessons:index"), superuser),
        Target(f"{LESSONS}, searched", f"{reverse('lessons:index')}?q=les", superuser),
    ]


def budget(label):
    return EXPLORER_QUERIES if label == EXPLORER else BUDGET_QUERIES


def queries(client, target):
    """The SQL of one request for `target`, after a warm-up request; asserts a 200."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(target.user)
    client.get(target.url)
    with CaptureQueriesContext(connection) as context:
        response = client.get(target.url)
    assert response.status_code == 200, (target.url, response.status_code)
    return context.captured_queries


def median_ms(client, target, runs):
    """(median wall-clock ms, median CPU ms of this process) of `runs` requests after a warm-up request.

    The CPU time is what the shared, busy machine cannot inflate by making the process wait; on SQLite it
    includes the database's work, on PostgreSQL not (the server is another process).
    """
    client.force_login(target.user)
    client.get(target.url)
    wall, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        client.get(target.url)
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def measure(built, programme_team, superuser, runs=7, stdout=sys.stdout):
    """Print a Markdown table of queries and median ms per page; returns [(label, queries, wall ms, CPU ms)]."""
    from django.test import Client

    client = Client()
    rows = []
    stdout.write("| Page | SQL queries | median ms | median CPU ms |\n|---|---:|---:|---:|\n")
    for target in targets(built, programme_team, superuser):
        count = len(queries(client, target))
        ms, cpu_ms = median_ms(client, target, runs)
        flag = " ⚠" if count > budget(target.label) or ms > BUDGET_MS else ""
        stdout.write(f"| {target.label} | {count} | {ms:.0f}{flag} | {cpu_ms:.0f} |\n")
        stdout.flush()
        rows.append((target.label, count, ms, cpu_ms))
    return rows


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=7, help="Timed requests per page (the median is reported).")
    return parser.parse_args()


def main():
    args = parse_args()
    from bench import scale, throwaway

    with tempfile.TemporaryDirectory(prefix="scale-pages-") as work_dir:
        connection, old_name = throwaway.create(work_dir, "bench_scale_pages")
        try:
            import platform

            import django
            from django.contrib.auth import get_user_model
            from django.core.management import call_command
            from django.test.utils import setup_test_environment

            setup_test_environment()  # the test client's ALLOWED_HOSTS and an in-memory mail outbox
            with open("/dev/null", "w") as quiet:
                call_command("seed_demo", stdout=quiet)
            built = scale.build(args.scale, stdout=sys.stdout)
            User = get_user_model()
            print(
                f"\n# {connection.vendor}, Django {django.get_version()}, Python {platform.python_version()}, "
                f"scale {args.scale}, median of {args.runs} runs\n",
                flush=True,
            )
            measure(
                built,
                User.objects.get(username="demo-programmateam"),
                User.objects.get(username="demo-admin"),
                runs=args.runs,
            )
        finally:
            throwaway.destroy(connection, old_name)


if __name__ == "__main__":
    main()
