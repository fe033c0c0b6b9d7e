# Two commands for a newcomer: `make run` (demo site on SQLite) and `make test` (whole suite, SQLite + PostgreSQL).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
PYTEST_ARGS ?=

.PHONY: run test lint test-sqlite test-browser test-postgres test-multiserver check install install-dev bench messages

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python requirements.txt
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.txt
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

# axe-core and the Nu HTML Checker for the browser tests; --ignore-scripts because vnu-jar's
# post-install step would download a Java runtime (the machine's Java is used instead).
node_modules/.installed: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev node_modules/.installed

run: install
	$(MANAGE) migrate --noinput
	$(MANAGE) seed_demo
	$(MANAGE) runserver 127.0.0.1:8000

# ruff lints and checks formatting (ruff.toml); `.venv/bin/ruff format .` fixes the formatting.
lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

check: install-dev lint
	DJANGO_SETTINGS_MODULE=website.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=website.settings.test $(MANAGE) makemigrations --check --dry-run

test-sqlite: install-dev
	DATABASE_URL=sqlite:///:memory: $(BIN)/pytest -n 2 --dist loadfile --ignore=tests/browser --ignore=tests/multiserver $(PYTEST_ARGS)

# The browser journeys share one seeded demo site per process, so they run on their own (SQLite, one process).
# Exit code 5 means PYTEST_ARGS selected no browser test.
test-browser: install-dev
	DATABASE_URL=sqlite:///:memory: $(BIN)/pytest tests/browser $(PYTEST_ARGS) || [ $$? -eq 5 ]

test-postgres: install-dev
	bin/with-postgres $(BIN)/pytest -n 2 --dist loadfile --ignore=tests/browser --ignore=tests/multiserver $(PYTEST_ARGS)

# Two gunicorn servers with production settings sharing one PostgreSQL and one Redis (tests/multiserver).
# Needs redis-server (skipped with a message without it, except in CI). Exit code 5: PYTEST_ARGS selected none.
test-multiserver: install-dev
	bin/with-postgres $(BIN)/pytest tests/multiserver $(PYTEST_ARGS) || [ $$? -eq 5 ]

test: check test-sqlite test-browser test-postgres test-multiserver

bench: install-dev
	$(BIN)/python bench/run.py

# Regenerate and compile the interface translations (needs GNU gettext).
messages: install
	$(MANAGE) makemessages -l en --ignore=.venv --ignore=node_modules --ignore=tests --ignore=bench
	$(MANAGE) compilemessages --ignore=.venv
