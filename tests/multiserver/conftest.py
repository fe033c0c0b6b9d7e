"""Two app servers of the site (gunicorn, production settings) on loopback, sharing one PostgreSQL database and
one Redis server (CACHE_URL on Redis database 0, PAGE_CACHE_URL on database 1), as in README's "Scaling".

Needs PostgreSQL (run it with `make test-multiserver`, or `bin/with-postgres .venv/bin/pytest tests/multiserver`)
and Debian's `redis-server`. Where redis-server is missing the tests are skipped with that message, except in CI
(`CI` set), where `.ci/run` installs it and a missing binary is a failure.
"""

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
STARTUP_SECONDS = 180  # two Django processes starting on a busy two-core machine
# The per-address login limit the servers run with (the production default), so the tests can count up to it.
LOGIN_IP_FAILURE_LIMIT = 20


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(ready, seconds, what, log=None, last=None):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if ready():
            return
        time.sleep(0.3)
    detail = Path(log).read_text()[-3000:] if log and Path(log).exists() else ""
    pytest.fail(f"{what} did not start within {seconds} s (last answer: {last})\n{detail}")


def require_binary(path, install_hint):
    if path and Path(path).exists():
        return str(path)
    message = f"{install_hint} is not installed; the two-server test needs it (.ci/run installs it)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="session")
def binaries():
    return {
        "redis": require_binary(shutil.which("redis-server"), "redis-server (Debian: apt-get install redis-server)"),
        "gunicorn": require_binary(BIN / "gunicorn", "gunicorn (pip install -r requirements.txt)"),
    }


@pytest.fixture(scope="session")
def workdir():
    with tempfile.TemporaryDirectory(prefix="leerambassadeurs-multiserver-") as path:
        yield Path(path)


@pytest.fixture(scope="session")
def redis_url(binaries, workdir):
    import redis

    port = free_port()
    process = subprocess.Popen(
        [
            binaries["redis"],
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(workdir),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    client = redis.Redis(host="127.0.0.1", port=port)

    def answers():
        try:
            return client.ping()
        except redis.ConnectionError:
            return False

    try:
        wait_until(answers, 30, "redis-server")
        yield f"redis://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture(scope="session")
def shared_database(django_db_setup, django_db_blocker):
    """A copy of the migrated test database (PostgreSQL's CREATE DATABASE … TEMPLATE) for the servers.

    The servers run in other processes, so they cannot see a test's transaction; a database of their own keeps
    the ordinary test database untouched for any test that runs after these.
    """
    import psycopg2
    from django.db import connection, connections

    if connection.vendor != "postgresql":
        pytest.fail(
            "The two-server test needs PostgreSQL: run `make test-multiserver` or "
            "`bin/with-postgres .venv/bin/pytest tests/multiserver`."
        )
    settings = connection.settings_dict
    template, name = settings["NAME"], f"{settings['NAME']}_multiserver"
    dsn = {
        "host": settings["HOST"],
        "port": settings["PORT"],
        "user": settings["USER"],
        "password": settings["PASSWORD"],
        "dbname": "postgres",
    }

    def admin(sql):
        server = psycopg2.connect(**dsn)
        server.autocommit = True
        try:
            with server.cursor() as cursor:
                cursor.execute(sql)
        finally:
            server.close()

    with django_db_blocker.unblock():
        connections.close_all()  # the template must have no other connection
        admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    password = f":{settings['PASSWORD']}" if settings["PASSWORD"] else ""
    try:
        yield f"postgres://{settings['USER']}{password}@{settings['HOST']}:{settings['PORT']}/{name}"
    finally:
        admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def clean_environment():
    return {
        key: value
        for key, value in os.environ.items()
        if key
        not in (
            "DJANGO_SETTINGS_MODULE",
            "DJANGO_ALLOW_ASYNC_UNSAFE",
            "CACHE_URL",
            "PAGE_CACHE_URL",
            "DATABASE_URL",
            "PYTEST_XDIST_WORKER",
        )
    }


@dataclass
class Server:
    name: str
    port: int
    log: Path


@pytest.fixture(scope="session")
def servers_and_content(binaries, workdir, redis_url, shared_database):
    env = {
        **clean_environment(),
        "DJANGO_SETTINGS_MODULE": "tests.multiserver.settings",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "DATABASE_URL": shared_database,
        "CACHE_URL": f"{redis_url}/0",
        "PAGE_CACHE_URL": f"{redis_url}/1",
        "ALLOWED_HOSTS": "leerambassadeurs.test",
        "CSRF_TRUSTED_ORIGINS": "https://leerambassadeurs.test",
        "TRUSTED_PROXY_COUNT": "1",
        "LOGIN_IP_FAILURE_LIMIT": str(LOGIN_IP_FAILURE_LIMIT),
        "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
        "MEDIA_ROOT": str(workdir / "media"),
        "LOG_LEVEL": "ERROR",
    }
    # The content is made with the servers' own settings (password hashers, caches), before they start.
    result = subprocess.run(
        [sys.executable, "-m", "tests.multiserver.content"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    content = json.loads(result.stdout.strip().splitlines()[-1])
    started, processes = [], []
    try:
        for name in ("a", "b"):
            server = Server(name, free_port(), workdir / f"server-{name}.log")
            with open(server.log, "wb") as log:
                processes.append(
                    subprocess.Popen(
                        [
                            binaries["gunicorn"],
                            "website.wsgi:application",
                            "--bind",
                            f"127.0.0.1:{server.port}",
                            "--workers",
                            "1",
                            "--timeout",
                            "120",
                            "--access-logfile",
                            "-",
                        ],
                        cwd=ROOT,
                        env=env,
                        stdout=log,
                        stderr=subprocess.STDOUT,
                    )
                )
            started.append(server)
        from .visitor import Visitor

        last_health = {}
        for server, process in zip(started, processes, strict=False):

            def healthy(server=server, process=process):
                if process.poll() is not None:
                    pytest.fail(f"server {server.name} stopped:\n{server.log.read_text()[-3000:]}")
                try:
                    response = Visitor().get(server, "/healthz")
                except OSError:
                    return False
                last_health[server.name] = response.text
                return response.status == 200

            wait_until(healthy, STARTUP_SECONDS, f"app server {server.name}", server.log, last_health)
        yield started, content
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()


@pytest.fixture
def servers(servers_and_content):
    return servers_and_content[0]


@pytest.fixture
def content(servers_and_content):
    """The ids and URLs tests.multiserver.content made."""
    return servers_and_content[1]


@pytest.fixture
def redis_client(redis_url):
    import redis

    def client(db):
        return redis.Redis.from_url(f"{redis_url}/{db}")

    return client
