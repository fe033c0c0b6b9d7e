#!/usr/bin/env python
"""`make bench`: serve the seeded site with gunicorn and production settings and measure it.

1. A throwaway SQLite database, static files and page cache in a temporary directory; `migrate`, `seed_demo`
   (run with the dev settings, because production refuses to seed) and `collectstatic`.
2. gunicorn on 127.0.0.1 with `website.settings.production`, a freshly generated SECRET_KEY, DEBUG off and
   ALLOWED_HOSTS=127.0.0.1 (SECURE_SSL_REDIRECT off: there is no TLS proxy on loopback). The WSGI module
   bench/bench_wsgi.py only adds /bench-bare/, a trivial view behind the same middleware: the ceiling.
3. For each URL (looked up in the seeded database; skipped with a note when its app is not built): requests/s
   and p50/p99 latency from a bounded load loop (threads + http.client, --seconds per URL), and the SQL queries
   of one uncached render and of a cached one (Django test client + CaptureQueriesContext, in-process).
4. The cached home page against the bare view: the ratio the issue asks for (target >= 0.5).
5. The export benchmark (bench/export_bench.py) with a small size, unless --skip-exports.

Usage: .venv/bin/python bench/run.py [--seconds 5] [--threads 4] [--workers 2] [--skip-exports]
"""

import argparse
import http.client
import json
import os
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
BENCH_DIR = Path(__file__).resolve().parent
PYTHON = sys.executable
HOST = "127.0.0.1"


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="Load duration per URL.")
    parser.add_argument("--threads", type=int, default=4, help="Concurrent client threads.")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes.")
    parser.add_argument("--skip-exports", action="store_true", help="Do not run bench/export_bench.py.")
    parser.add_argument("--export-sizes", default="20000", help="Row counts for the export benchmark.")
    parser.add_argument("--json", help="Also write the results to this JSON file.")
    return parser.parse_args()


def free_port():
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def base_env(tmp):
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "PAGE_CACHE"))}
    env.update(
        {
            "DATABASE_URL": f"sqlite:///{tmp}/bench.sqlite3",
            "SECRET_KEY": secrets.token_urlsafe(64),
            "DEBUG": "0",
            "ALLOWED_HOSTS": HOST,
            "SECURE_SSL_REDIRECT": "0",
            "STATIC_ROOT": f"{tmp}/static",
            "MEDIA_ROOT": f"{tmp}/media",
            "PAGE_CACHE_DIR": f"{tmp}/pagecache",
            "CONN_MAX_AGE": "600",
            "LOG_LEVEL": "ERROR",
            "DJANGO_SETTINGS_MODULE": "website.settings.production",
        }
    )
    return env


def manage(env, *args, settings=None):
    command = [PYTHON, "manage.py", *args]
    if settings:
        command.append(f"--settings={settings}")
    result = subprocess.run(command, cwd=BASE_DIR, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def build_site(env):
    started = time.perf_counter()
    manage(env, "migrate", "--noinput")
    manage(env, "seed_demo", settings="website.settings.dev")
    manage(env, "collectstatic", "--noinput")
    print(f"Site built (migrate, seed_demo, collectstatic) in {time.perf_counter() - started:.0f} s")


def start_gunicorn(env, port, workers):
    gunicorn = str(Path(PYTHON).parent / "gunicorn")
    process = subprocess.Popen(
        [
            gunicorn,
            "bench_wsgi:application",
            "--chdir",
            str(BENCH_DIR),
            "--bind",
            f"{HOST}:{port}",
            "--workers",
            str(workers),
            "--worker-class",
            "sync",
            "--log-level",
            "warning",
        ],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    deadline = time.time() + 60
    while time.time() < deadline:
        if process.poll() is not None:
            sys.exit("gunicorn stopped:\n" + process.stderr.read().decode())
        try:
            status, _, _ = request(port, "GET", "/healthz")
            if status == 200:
                return process
        except OSError:
            pass
        time.sleep(0.3)
    stop(process)
    sys.exit("gunicorn did not answer /healthz within 60 s")


def stop(process):
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


def request(port, method, path, headers=None, body=None, connection=None):
    conn = connection or http.client.HTTPConnection(HOST, port, timeout=30)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        data = response.read()
        return response.status, response, data
    finally:
        if connection is None:
            conn.close()


def cookies_from(response):
    jar = {}
    for header, value in response.getheaders():
        if header.lower() == "set-cookie":
            name, _, rest = value.partition("=")
            jar[name.strip()] = rest.split(";", 1)[0]
    return jar


def log_in(port, username, password):
    """Log in through the site's login form, as a browser would; returns the Cookie header or None."""
    status, response, body = request(port, "GET", "/nl/account/login/")
    if status != 200:
        return None
    jar = cookies_from(response)
    match = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', body)
    if not match or "csrftoken" not in jar:
        return None
    form = urllib.parse.urlencode(
        {"csrfmiddlewaretoken": match.group(1).decode(), "username": username, "password": password, "next": "/nl/"}
    )
    headers = {
        "Cookie": f"csrftoken={jar['csrftoken']}",
        "Content-Type": "application/x-www-form-urlencoded",
        "Referer": f"http://{HOST}:{port}/nl/account/login/",
        "Origin": f"http://{HOST}:{port}",
    }
    status, response, _ = request(port, "POST", "/nl/account/login/", headers=headers, body=form)
    jar.update(cookies_from(response))
    if status != 302 or "sessionid" not in jar:
        return None
    return "; ".join(f"{name}={value}" for name, value in jar.items())


def load(port, path, seconds, threads, cookie=None):
    """Hammer one URL from `threads` threads for `seconds`; every thread keeps its own connection."""
    latencies, statuses, cache_states = [], {}, {}
    lock = threading.Lock()
    headers = {"Cookie": cookie} if cookie else {}
    for _ in range(3):  # warm up every worker (and fill the page cache for anonymous pages)
        request(port, "GET", path, headers=headers)
    stop_at = time.perf_counter() + seconds

    def worker():
        conn = http.client.HTTPConnection(HOST, port, timeout=30)
        mine, my_statuses, my_cache = [], {}, {}
        while time.perf_counter() < stop_at:
            started = time.perf_counter()
            try:
                conn.request("GET", path, headers=headers)
                response = conn.getresponse()
                response.read()
            except (OSError, http.client.HTTPException):
                conn.close()
                conn = http.client.HTTPConnection(HOST, port, timeout=30)
                my_statuses["error"] = my_statuses.get("error", 0) + 1
                continue
            mine.append(time.perf_counter() - started)
            my_statuses[response.status] = my_statuses.get(response.status, 0) + 1
            state = response.getheader("X-Wagtail-Cache", "-")
            my_cache[state] = my_cache.get(state, 0) + 1
            if response.getheader("Connection", "").lower() == "close":
                conn.close()
        conn.close()
        with lock:
            latencies.extend(mine)
            for key, count in my_statuses.items():
                statuses[key] = statuses.get(key, 0) + count
            for key, count in my_cache.items():
                cache_states[key] = cache_states.get(key, 0) + count

    pool = [threading.Thread(target=worker) for _ in range(threads)]
    started = time.perf_counter()
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    elapsed = time.perf_counter() - started
    latencies.sort()

    def pct(p):
        return latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))] * 1000 if latencies else float("nan")

    return {
        "requests": len(latencies),
        "rps": len(latencies) / elapsed,
        "p50_ms": pct(50),
        "p99_ms": pct(99),
        "mean_ms": statistics.fmean(latencies) * 1000 if latencies else float("nan"),
        "statuses": {str(k): v for k, v in statuses.items()},
        "cache": cache_states,
    }


def setup_django(env):
    os.environ.update(env)
    sys.path.insert(0, str(BASE_DIR))
    sys.path.insert(0, str(BENCH_DIR))
    import django

    django.setup()
    from django.conf import settings

    settings.ROOT_URLCONF = "bench_urls"


def find_targets():
    """(label, path, username or None, note) for each page the issue names, looked up in the seeded database."""
    from django.apps import apps
    from django.urls import NoReverseMatch, reverse
    from django.utils import translation
    from wagtail.models import Locale

    nl = Locale.objects.get(language_code="nl")
    targets = [("home (anonymous)", "/nl/", None, "")]

    def page_of(label, model_label, username=None, query="", locale=nl):
        try:
            model = apps.get_model(model_label)
        except LookupError:
            return (label, None, username, f"skipped: {model_label} is not built yet")
        page = model.objects.live().filter(locale=locale).order_by("path").first()
        if page is None:
            return (label, None, username, f"skipped: no live {model_label} in the seeded database")
        return (label, page.url + query, username, "")

    targets.append(page_of("module (anonymous)", "programme.ModulePage"))
    targets.append(page_of("lesson (logged in)", "programme.LessonPage", username="demo-ambassador"))
    guide = page_of("guide index, filtered (anonymous)", "methodology.GuideIndexPage")
    if guide[1]:
        from methodology.models import GuidePage

        first = GuidePage.objects.live().filter(locale=nl).first()
        query = "?phase=" + first.phase if first is not None and getattr(first, "phase", "") else "?phase=prepare"
        guide = (guide[0], guide[1] + query, None, "")
    targets.append(guide)
    # The page with the most queries before the shared caches (website/sitecache.py): English, signed in.
    targets.append(
        page_of(
            "research index, English (logged in)",
            "methodology.ResearchIndexPage",
            username="demo-ambassador",
            locale=Locale.objects.get(language_code="en"),
        )
    )
    with translation.override("nl"):
        for label, name, query, username in [
            ("search (anonymous)", "search", "?q=leren", None),
            ("coordinator dashboard (logged in)", "activitylog:dashboard", "", "demo-coordinator"),
        ]:
            try:
                targets.append((label, reverse(name) + query, username, ""))
            except NoReverseMatch:
                targets.append((label, None, username, f"skipped: URL name {name} does not exist yet"))
    return targets


def count_queries(path, username=None):
    """SQL queries of an uncached render and of the next request (served from the cache for anonymous visitors).

    One request first warms this process (site, locales, menu, content types), as on a running site; the
    uncached render is then counted with the page cache switched off, the cached one with it on.
    """
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST=HOST)
    if username:
        client.force_login(get_user_model().objects.get(username=username))
    client.get(path)

    def measure():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        return response.status_code, len(queries)

    with override_settings(WAGTAIL_CACHE=False):
        uncached = measure()
    return [uncached, measure()]


def run_export_bench(sizes):
    command = [PYTHON, str(BENCH_DIR / "export_bench.py"), "--sizes", sizes, "--formats", "csv,xlsx"]
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env.pop("DATABASE_URL", None)
    print(f"\n$ {' '.join(command[1:])}", flush=True)
    result = subprocess.run(command, cwd=BASE_DIR, env=env, text=True, capture_output=True)
    print(result.stdout + (result.stderr if result.returncode else ""))


def main():
    args = parse_args()
    tmp = tempfile.mkdtemp(prefix="leerambassadeurs-bench-")
    env = base_env(tmp)
    results = {
        "settings": "website.settings.production",
        "workers": args.workers,
        "threads": args.threads,
        "seconds_per_url": args.seconds,
        "cpus": os.cpu_count(),
        "pages": [],
    }
    process = None
    try:
        build_site(env)
        setup_django(env)
        from django.conf import settings as django_settings

        targets = find_targets()
        port = free_port()
        process = start_gunicorn(env, port, args.workers)
        print(
            f"gunicorn: {args.workers} sync workers on {HOST}:{port}, production settings, DEBUG off, "
            f"page cache {django_settings.CACHES['pagecache']['BACKEND'].rsplit('.', 1)[-1]}; "
            f"load: {args.threads} threads x {args.seconds:g} s per URL\n"
        )
        sessions = {}
        header = f"{'page':38} {'status':>7} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'SQL':>5} {'SQL 2nd':>7}  cache"
        print(header)
        print("-" * len(header))
        for label, path, username, note in targets:
            if path is None:
                print(f"{label:38} {note}")
                results["pages"].append({"page": label, "note": note})
                continue
            cookie = None
            if username:
                if username not in sessions:
                    sessions[username] = log_in(port, username, django_settings.DEMO_PASSWORD)
                cookie = sessions[username]
                if cookie is None:
                    note = f"skipped: could not log in as {username} through the login form"
                    print(f"{label:38} {note}")
                    results["pages"].append({"page": label, "path": path, "note": note})
                    continue
            (status, first_sql), (_, second_sql) = count_queries(path, username)
            measured = load(port, path, args.seconds, args.threads, cookie)
            cache = ",".join(f"{k}:{v}" for k, v in sorted(measured["cache"].items()))
            print(
                f"{label:38} {status:>7} {measured['rps']:8.1f} {measured['p50_ms']:8.1f} {measured['p99_ms']:8.1f} "
                f"{first_sql:>5} {second_sql:>7}  {cache}"
            )
            results["pages"].append(
                {"page": label, "path": path, "sql_uncached": first_sql, "sql_second": second_sql, **measured}
            )
        bare = load(port, "/bench-bare/", args.seconds, args.threads)
        print(
            f"{'bare Django view (ceiling)':38} {'200':>7} {bare['rps']:8.1f} {bare['p50_ms']:8.1f} "
            f"{bare['p99_ms']:8.1f}"
        )
        results["bare"] = bare
        home = next(page for page in results["pages"] if page["page"].startswith("home"))
        ratio = home["rps"] / bare["rps"]
        results["cached_home_to_bare_ratio"] = ratio
        verdict = "meets" if ratio >= 0.5 else "BELOW"
        print(
            f"\nCached home page / bare view: {home['rps']:.1f} / {bare['rps']:.1f} req/s = {ratio:.2f} "
            f"({verdict} the 0.5 target)"
        )
        worst = max((page.get("sql_uncached", 0), page["page"]) for page in results["pages"])
        print(f"Most SQL queries on one page (uncached): {worst[0]} ({worst[1]}); target: at most 15")
    finally:
        if process is not None:
            stop(process)
        shutil.rmtree(tmp, ignore_errors=True)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))
    if not args.skip_exports:
        run_export_bench(args.export_sizes)


if __name__ == "__main__":
    main()
