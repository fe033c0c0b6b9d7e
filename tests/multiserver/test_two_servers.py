"""Two app servers behind one (simulated) proxy, sharing PostgreSQL and Redis: whatever server a request lands
on, visitors see the same site, the same session and the same limits (README, "Scaling")."""

import os
import subprocess
import sys

import pytest

from tests.conftest import PASSWORD

from .conftest import LOGIN_IP_FAILURE_LIMIT, ROOT
from .content import ADMIN, AMBASSADOR
from .visitor import HOST, Visitor

CACHE_HEADER = "X-Wagtail-Cache"
# Asks pytest-django for the migrated test database, which the servers' own database is copied from.
pytestmark = pytest.mark.django_db


def test_each_health_check_reports_the_database_and_both_caches(servers):
    for server in servers:
        response = Visitor().get(server, "/healthz")
        assert response.status == 200, server.log.read_text()[-2000:]
        assert '"checks": {"database": "ok", "cache": "ok", "page_cache": "ok"}' in response.text
        # The container health check (Dockerfile, compose.yaml) asks the same, as the proxy would.
        check = subprocess.run(
            [sys.executable, "bin/healthcheck"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            env={**os.environ, "PORT": str(server.port), "ALLOWED_HOSTS": HOST},
            timeout=60,
        )
        assert check.returncode == 0, check.stderr


def test_a_page_published_on_one_server_is_new_on_both_at_once(servers, content, redis_client):
    a, b = servers
    url = content["meetups_url"]
    visitor = Visitor(address="203.0.113.20")
    first = visitor.get(a, url)
    assert first.status == 200 and "Bijeenkomsten" in first.text
    # The page server A stored is served by server B from the shared page cache.
    assert visitor.get(b, url).header(CACHE_HEADER) == "hit"
    assert visitor.get(a, url).header(CACHE_HEADER) == "hit"
    # The page cache and the site shell live in Redis database 1 (PAGE_CACHE_URL), not in the default cache's 0.
    assert any(b"sitecache:" in key for key in redis_client(1).keys())  # noqa: SIM118 - a Redis client, not a dict
    assert not any(b"sitecache:" in key for key in redis_client(0).keys())  # noqa: SIM118 - a Redis client, not a dict

    editor = Visitor(address="203.0.113.21")
    assert editor.log_in(a, ADMIN, PASSWORD, path="/admin/login/").status == 302
    edit = f"/admin/pages/{content['meetups']}/edit/"
    published = editor.submit(
        a, edit, {"title": "Bijeenkomsten en intervisie", "action-publish": "action-publish"}, form_id="page-edit-form"
    )
    assert published.status == 302, published.text[-3000:]

    for server in (b, a):
        page = visitor.get(server, url)
        assert page.status == 200
        assert "Bijeenkomsten en intervisie" in page.text, f"server {server.name} served a stale page"
        assert page.header(CACHE_HEADER) != "hit" or server is a  # B rendered it fresh; A may then hit B's copy


def test_a_session_started_on_one_server_works_on_the_other(servers):
    a, b = servers
    ambassador = Visitor(address="203.0.113.30")
    assert ambassador.log_in(a, AMBASSADOR, PASSWORD).status == 302
    for server in (a, b):
        page = ambassador.get(server, "/nl/mijn-gegevens/")
        assert page.status == 200, f"server {server.name}: {page.status}"
        assert AMBASSADOR in page.text
    # Logging out on B ends the session on A too.
    logout = ambassador.post(b, "/nl/account/logout/", {"csrfmiddlewaretoken": ambassador.cookies["csrftoken"]})
    assert logout.status == 200 and "Je bent uitgelogd" in logout.text
    assert ambassador.get(a, "/nl/mijn-gegevens/").status == 302


def test_login_throttling_counts_failures_on_both_servers(servers):
    a, b = servers
    attacker = Visitor(address="203.0.113.40")
    statuses = [attacker.log_in(server, AMBASSADOR, "helemaal-fout").status for server in (a, b, a, b)]
    assert statuses == [200, 200, 200, 200]
    assert attacker.log_in(a, AMBASSADOR, "helemaal-fout").status == 429  # the fifth, wherever it lands
    # Locked on both, even with the right password, and a forged X-Forwarded-For entry changes nothing.
    assert attacker.log_in(b, AMBASSADOR, PASSWORD).status == 429
    assert Visitor(address="203.0.113.40", forged="198.51.100.1").log_in(a, AMBASSADOR, PASSWORD).status == 429
    # The real ambassador, from their own address, is not locked out.
    assert Visitor(address="203.0.113.41").log_in(b, AMBASSADOR, PASSWORD).status == 302


def test_the_per_address_limit_counts_usernames_tried_on_both_servers(servers):
    """One address trying a password against many usernames is stopped after LOGIN_IP_FAILURE_LIMIT failures
    in total, wherever they landed; someone who logged in from that address before still gets in on both."""
    a, b = servers
    office = "203.0.113.60"  # a company network: the ambassador works here, and so does the password sprayer
    ambassador = Visitor(address=office)
    assert ambassador.log_in(b, AMBASSADOR, PASSWORD).status == 302
    ambassador.post(a, "/nl/account/logout/", {"csrfmiddlewaretoken": ambassador.cookies["csrftoken"]})

    sprayer = Visitor(address=office)
    statuses = [sprayer.log_in((a, b)[n % 2], f"naam-{n}", "zomer2025").status for n in range(LOGIN_IP_FAILURE_LIMIT)]
    # Half the failures on each server: neither saw the limit on its own, together they reach it.
    assert statuses[:-1] == [200] * (LOGIN_IP_FAILURE_LIMIT - 1)
    assert statuses[-1] == 429
    for server in (a, b):
        refused = Visitor(address=office).log_in(server, f"nog-een-naam-{server.name}", "zomer2025")
        assert refused.status == 429, f"server {server.name}"
        assert "Vanaf dit internetadres is te vaak een verkeerd wachtwoord ingevuld" in refused.text
        # Even the right password of someone who never logged in from this address waits for the cool-off,
        # and a forged X-Forwarded-For entry does not make it another address.
        assert Visitor(address=office).log_in(server, ADMIN, PASSWORD).status == 429
        assert Visitor(address=office, forged="198.51.100.7").log_in(server, ADMIN, PASSWORD).status == 429

    # The ambassador logged in from this address before: not held back by the address limit, on either server.
    for server in (a, b):
        colleague = Visitor(address=office)
        assert colleague.log_in(server, AMBASSADOR, PASSWORD).status == 302, f"server {server.name}"
        assert colleague.get(server, "/nl/mijn-gegevens/").status == 200
    # Another address is not affected at all.
    assert Visitor(address="203.0.113.61").log_in(a, ADMIN, PASSWORD).status == 302


def test_the_contact_form_limit_holds_across_servers_behind_the_proxy(servers, content, redis_client):
    a, b = servers
    url = content["contact_url"]
    data = {"naam_organisatie": "Bakkerij Test", "e_mailadres": "info@bakkerij.example"}
    statuses = []
    for n, server in enumerate((a, b, a, b, a)):
        # Every request comes from the proxy; a visitor's own X-Forwarded-For entry is not trusted.
        visitor = Visitor(address="203.0.113.50", forged=f"198.51.100.{n}")
        statuses.append(visitor.submit(server, url, data).status)
    assert statuses == [200] * 5
    assert Visitor(address="203.0.113.50").submit(b, url, data).status == 429
    assert Visitor(address="203.0.113.51").submit(a, url, data).status == 200  # another visitor, same proxy
    assert any(key.startswith(b":1:ratelimit:contact:") for key in redis_client(0).keys())  # noqa: SIM118 - Redis keys, shared in database 0
