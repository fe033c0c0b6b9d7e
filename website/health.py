"""/healthz for load balancers and uptime monitors: can this server serve pages right now?

It checks what every page needs: the database answers, and both caches (``default``: rate limits;
``pagecache``: the page cache and the site shell) store and return a value. 200 when all do, 503 with the
failing part named when one does not, so a load balancer takes that server out. With several app servers each
reports on the shared PostgreSQL and Redis it uses (README, "Scaling").
"""

import uuid

from django.core.cache import caches
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

CACHE_CHECKS = {"cache": "default", "page_cache": "pagecache"}


def database_ok():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone() == (1,)


def cache_ok(alias):
    """Write a value only this request knows and read it back (a cache that drops writes fails too)."""
    cache = caches[alias]
    key, token = f"healthz:{uuid.uuid4().hex}", uuid.uuid4().hex
    cache.set(key, token, timeout=30)
    try:
        return cache.get(key) == token
    finally:
        cache.delete(key)


def run_checks():
    checks = {
        "database": database_ok,
        **{name: (lambda alias=alias: cache_ok(alias)) for name, alias in CACHE_CHECKS.items()},
    }
    results, problems = {}, {}
    for name, check in checks.items():
        try:
            healthy = check()
        except Exception as exc:  # any driver or connection error means the server cannot serve pages
            healthy, problems[name] = False, exc.__class__.__name__
        results[name] = "ok" if healthy else "unavailable"
    return results, problems


@never_cache
@require_GET
def healthz(request):
    results, problems = run_checks()
    if all(value == "ok" for value in results.values()):
        return JsonResponse({"status": "ok", "checks": results})
    body = {"status": "error", "checks": results}
    if problems:
        body["detail"] = problems
    return JsonResponse(body, status=503)


healthz.skips_site_lookup = True
