# Return & Reintegration Hub — the two commands: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
# Test processes (pytest-xdist); 0 runs the suite in one process.
TEST_WORKERS ?= 2
export DJANGO_SETTINGS_MODULE ?= portal.settings.dev

.PHONY: run test lint bench install install-dev lock messages check-deploy clean prod-check backup restore mutation css

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is needed ($(PYTHON) not found)."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# The lock files install with uv (seconds; pip takes about two minutes), or with pip when uv
# cannot be had: the same pinned versions either way.
PIP_INSTALL = { $(BIN)/python -m pip install --quiet uv==0.13.10 >/dev/null 2>&1 \
	  && $(BIN)/python -m uv pip install --quiet --python $(BIN)/python $(1); } \
	|| $(BIN)/pip install --quiet $(1)

$(VENV)/.installed-run: requirements.txt | $(BIN)/python
	$(call PIP_INSTALL,-r requirements.txt)
	@touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(call PIP_INSTALL,-r requirements.txt -r requirements-dev.txt)
	@touch $@ $(VENV)/.installed-run

# Development tools from the npm registry (stylelint, eslint, axe-core for the accessibility
# tests), pinned by package-lock.json into node_modules/; nothing the site serves.
node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null || { echo "Node.js and npm are needed for the linters (apt-get install nodejs npm)."; exit 1; }
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	@touch $@

install: $(VENV)/.installed-run
install-dev: $(VENV)/.installed-dev node_modules/.installed

## make run: install, migrate, load the demo content and serve http://$(HOST):$(PORT)
# Links in emails and feeds, and the Django and Wagtail sites, follow SITE_URL.
run: export SITE_URL ?= http://$(HOST):$(PORT)
run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo_content
	@echo ""
	@echo "  Site:   http://$(HOST):$(PORT)/"
	@echo "  Admin:  http://$(HOST):$(PORT)/admin/  (user: admin, password: reintegrate-demo)"
	@echo ""
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

## make test: install what the suite needs, lint, and run every test
test: install-dev lint
	DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/python -m pytest -n $(TEST_WORKERS) --dist worksteal $(PYTEST_ARGS)

## make lint: ruff (style, unused and redefined names), vulture (dead code), djLint (templates),
## stylelint (CSS) and eslint (JS) from node_modules (no network once installed)
lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	@# vulture reads the tests too (their use counts) but reports only product code.
	! $(BIN)/vulture | grep -vE '(^|/)tests/|conftest\.py'
	$(BIN)/djlint templates --lint --quiet
	node_modules/.bin/stylelint "static/**/*.css"
	node_modules/.bin/eslint static

## make css: rebuild static/css/site.css from static/css/components/*.css (one file a component)
css:
	python3 -m portal.operations.stylesheet

## make bench: benchmarks on PostgreSQL; figures go to docs/benchmarks.md
bench: install-dev
	DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/python -m tests.bench $(ARGS)

## make mutation [MODULES="query uploads"]: mutation testing (cosmic-ray) of the modules in
## tests/mutation/run.py, in a temporary copy, under nice; prints the score per module. Not in CI.
## Set DATABASE_URL (PostgreSQL, reused test database) for the modules whose tests need one.
mutation: install-dev
	DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/python -m tests.mutation.run $(MODULES)

check-deploy: install
	DJANGO_SETTINGS_MODULE=portal.settings.production \
	SECRET_KEY=$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(64))') \
	ALLOWED_HOSTS=hub.example.org \
	$(BIN)/python manage.py check --deploy --fail-level WARNING

## make prod-check: a fresh clone of HEAD through the README's production steps (PostgreSQL,
## its own Redis, two gunicorn instances), crawled; then Redis stopped and the database cut
prod-check: install
	$(BIN)/python -m tests.production.smoke

## make backup: database dump (pg_dump, or the SQLite file) and media folder into
## $(BACKUP_DIR)/rrhub-<date>/; make restore [BACKUP=that directory, default the newest]
backup: install
	$(BIN)/python manage.py backup

restore: install
	$(BIN)/python manage.py restore $(BACKUP)

## make lock: re-resolve the pinned dependencies after editing requirements*.in
lock: | $(BIN)/python
	$(BIN)/pip install --quiet uv
	$(BIN)/uv pip compile --python-version 3.11 requirements.in -o requirements.txt
	$(BIN)/uv pip compile --python-version 3.11 requirements-dev.in -o requirements-dev.txt

messages: install
	$(BIN)/python manage.py makemessages -l fr -l es -l ar --ignore=.venv --ignore=staticfiles
	$(BIN)/python manage.py compilemessages --ignore=.venv

clean:
	rm -rf $(VENV) staticfiles .test-media db.sqlite3
