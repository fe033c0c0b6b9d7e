"""Security headers on every response: a strict CSP for the public site, a relaxed one the Wagtail admin needs."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


@pytest.mark.django_db
def test_public_pages_get_a_strict_content_security_policy(client, home_page):
    response = client.get("/nl/")
    assert response.status_code == 200
    csp = directives(response)
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"] == ["'self'"]  # no inline scripts, no eval
    assert csp["style-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["form-action"] == ["'self'"]
    assert csp["base-uri"] == ["'self'"]


@pytest.mark.django_db
def test_public_page_has_no_inline_scripts_the_policy_would_block(client, home_page):
    content = client.get("/nl/").content.decode()
    inline_scripts = [
        tag
        for tag in re.findall(r"<script\b[^>]*>", content)
        if "src=" not in tag and 'type="application/json"' not in tag and 'type="application/ld+json"' not in tag
    ]
    assert inline_scripts == []
    assert "<style" not in content
    assert not re.search(r"\son[a-z]+=", content)  # no onclick= handlers


@pytest.mark.django_db
def test_wagtail_admin_gets_the_relaxed_policy_it_needs(client, editor):
    client.force_login(editor)
    response = client.get("/admin/")
    assert response.status_code == 200
    csp = directives(response)
    assert "'unsafe-inline'" in csp["script-src"]
    assert "'unsafe-inline'" in csp["style-src"]
    assert csp["frame-ancestors"] == ["'self'"]  # the page preview is framed by the editor
    assert csp["object-src"] == ["'none'"]


@pytest.mark.django_db
def test_admin_login_page_uses_the_admin_policy(client):
    response = client.get("/admin/login/")
    assert "'unsafe-inline'" in directives(response)["script-src"]


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/nl/", "/admin/login/", "/healthz"])
def test_other_security_headers(client, home_page, path):
    response = client.get(path)
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


def test_production_settings_are_https_only():
    code = (
        "from django.conf import settings as s; "
        "print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS >= 31536000, "
        "s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.CONTENT_SECURITY_POLICY['DIRECTIVES'].get('upgrade-insecure-requests'), "
        "s.CACHES['pagecache']['BACKEND'].rsplit('.', 1)[-1], s.DEBUG, s.SESSION_COOKIE_AGE)"
    )
    env = {k: v for k, v in os.environ.items() if k not in {"DJANGO_SETTINGS_MODULE", "DEBUG", "PAGE_CACHE_URL"}}
    env.update({"SECRET_KEY": "p" * 60, "DATABASE_URL": "sqlite:///:memory:"})
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--settings=website.settings.production", "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout.strip().splitlines()[-1].split() == [
        "True",
        "True",
        "True",
        "True",
        "True",
        "True",
        "FileBasedCache",
        "False",
        "28800",
    ], result.stderr
