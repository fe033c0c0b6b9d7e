"""Settings come from the environment; production refuses to start without a real secret key."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STRONG_KEY = "k" * 20 + "Q7-random-enough-for-the-deploy-check-0123456789abcdef"


def run_manage(*args, env_extra=None, drop=()):
    # The browser tests' DJANGO_ALLOW_ASYNC_UNSAFE must not reach a deploy check (it is an error there).
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in drop and k not in ("DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE")
    }
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("key", [None, "", "changeme", "dev-only-insecure-key-do-not-use-in-production"])
def test_production_refuses_missing_or_weak_secret_key(key):
    env = {"DATABASE_URL": "sqlite:///:memory:"}
    if key is not None:
        env["SECRET_KEY"] = key
    result = run_manage("check", "--settings=website.settings.production", env_extra=env, drop=("SECRET_KEY",))
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_check_deploy_is_clean():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        "--settings=website.settings.production",
        env_extra={
            "SECRET_KEY": STRONG_KEY,
            "ALLOWED_HOSTS": "leerambassadeurs.nl",
            "CSRF_TRUSTED_ORIGINS": "https://leerambassadeurs.nl",
            "DATABASE_URL": "sqlite:///:memory:",
        },
    )
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


def test_database_url_selects_the_database():
    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.DATABASES['default']['ENGINE'])",
        env_extra={"DATABASE_URL": "postgres://u:p@db.example:5432/x"},
    )
    assert result.stdout.strip().endswith("postgresql"), result.stderr


def test_dockerfile_passes_hadolint():
    hadolint = shutil.which("hadolint") or str(Path(sys.executable).parent / "hadolint")
    result = subprocess.run([hadolint, "Dockerfile"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


PRINT_CACHES = (
    "from django.conf import settings; c = settings.CACHES; "
    "print(c['default']['BACKEND'], c['default']['LOCATION'], c['pagecache']['BACKEND'], "
    "c['pagecache']['LOCATION'], sorted(c['pagecache'].get('OPTIONS', {})))"
)


def test_production_caches_are_shared_by_every_worker():
    """Never a per-process memory cache: the rate limits and the page cache must hold across gunicorn workers."""
    env = {"SECRET_KEY": STRONG_KEY, "DATABASE_URL": "sqlite:///:memory:"}
    result = run_manage(
        "shell",
        "-c",
        PRINT_CACHES,
        "--settings=website.settings.production",
        env_extra=env,
        drop=("CACHE_URL", "PAGE_CACHE_URL"),
    )
    default_backend, default_location, page_backend, page_location, options = result.stdout.split()[-5:]
    assert default_backend == page_backend == "django.core.cache.backends.filebased.FileBasedCache", result.stderr
    assert default_location != page_location  # clearing the page cache must not reset the rate limits

    env.update(CACHE_URL="redis://cache:6379/0", PAGE_CACHE_URL="redis://cache:6379/1")
    result = run_manage("shell", "-c", PRINT_CACHES, "--settings=website.settings.production", env_extra=env)
    # No MAX_ENTRIES for Redis: its client would refuse the unknown option on the first request.
    assert result.stdout.split()[-5:] == [
        "django.core.cache.backends.redis.RedisCache",
        "redis://cache:6379/0",
        "django.core.cache.backends.redis.RedisCache",
        "redis://cache:6379/1",
        "[]",
    ]
