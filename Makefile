# Refuge: `make run` to set up and serve, `make test` to set up and run every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.stamp-$(shell sha1sum pyproject.toml | cut -c1-12)
TEST_STAMP := $(VENV)/.stamp-test-$(shell sha1sum pyproject.toml | cut -c1-12)
AXE := $(shell grep -m1 '^VERSION=' scripts/fetch-axe.sh | sed 's/VERSION=/.cache\/axe-core-/')/axe.min.js

.PHONY: help run demo test test-fast lint typecheck audit pytest pytest-sqlite pytest-postgres messages messages-update bench bench-search screenshots clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(STAMP):
	bash scripts/system-deps.sh run
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e .
	touch $@

$(TEST_STAMP): $(STAMP)
	bash scripts/system-deps.sh test
	$(BIN)/pip install -q -e '.[test]'
	touch $@

$(AXE): scripts/fetch-axe.sh
	bash scripts/fetch-axe.sh

messages: $(STAMP) ## compile the translations (.po to .mo)
	cd refuge && ../$(BIN)/refuge compilemessages -v 0

messages-update: $(STAMP) ## collect new translatable strings into refuge/locale/ru/.../django.po
	$(BIN)/refuge makemessages -l ru --no-location --ignore=.venv --ignore=var --ignore=tests --ignore=bench

run: $(STAMP) messages ## set up (venv, database, first admin) and serve on http://127.0.0.1:8000
	$(BIN)/refuge setup
	$(BIN)/refuge serve

demo: $(STAMP) messages ## serve a demo filled with invented data on http://127.0.0.1:8001 (var/demo/)
	$(BIN)/refuge demo

lint: $(TEST_STAMP) ## ruff lint and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(TEST_STAMP) ## mypy with django-stubs
	$(BIN)/mypy refuge config

audit: $(TEST_STAMP) ## dependency vulnerability audit (pip-audit) where the advisory data can be reached
	$(BIN)/python scripts/dependency_audit.py

# Each pass runs the tests that time nothing on both cores (pytest-xdist), then the `serial`
# ones alone, so a busy core never skews what they time.
pytest-sqlite: $(TEST_STAMP) messages $(AXE) ## the whole suite on SQLite; fails below 90% branch coverage of refuge/
	$(BIN)/pytest -n 2 -m "not serial" --cov --cov-report= --durations=10
	$(BIN)/pytest -m serial --cov --cov-append --cov-report=term --cov-fail-under=90 --durations=15

pytest-postgres: $(TEST_STAMP) messages $(AXE) ## the suite on a throwaway PostgreSQL cluster (less the `once` tests)
	bash scripts/with-postgres.sh sh -c '$(BIN)/pytest -n 2 -m "not once and not serial" --durations=10 \
		&& $(BIN)/pytest -m "serial and not once" --durations=15'

test: lint typecheck audit pytest-sqlite pytest-postgres ## set up and run every check on SQLite and PostgreSQL

test-fast: $(TEST_STAMP) messages $(AXE) ## lint, types and the suite without slow tests, on SQLite only
	$(BIN)/ruff check .
	$(BIN)/mypy refuge config
	$(BIN)/pytest -n 2 -m "not serial and not slow"
	$(BIN)/pytest -m "serial and not slow"

bench: $(TEST_STAMP) messages ## run the benchmarks (SQLite and PostgreSQL); figures go to docs/benchmarks.md
	$(BIN)/python -m bench.hotline
	bash scripts/with-postgres.sh $(BIN)/python -m bench.hotline
	$(BIN)/python -m bench.estimation
	$(BIN)/python -m bench.lcmcr
	$(BIN)/python -m bench.media
	$(BIN)/python -m bench.media_rewrites
	$(BIN)/python -m bench.media_translations --held-out
	$(BIN)/python -m bench.linkage
	$(BIN)/python -m bench.pprl
	$(BIN)/python -m bench.queue
	$(BIN)/python -m bench.report_page
	bash scripts/with-postgres.sh $(BIN)/python -m bench.queue
	$(MAKE) bench-search
	$(BIN)/python -m bench.availability
	$(BIN)/python -m bench.soak
	bash scripts/with-postgres.sh $(BIN)/python -m bench.soak

bench-search: $(TEST_STAMP) messages ## search over 1,000 cases held by one caseworker (goal: at most 1 s)
	$(BIN)/python -m bench.search
	bash scripts/with-postgres.sh $(BIN)/python -m bench.search

screenshots: $(TEST_STAMP) messages $(AXE) ## refresh docs/screenshots/ (both languages and a phone) from the browser tests
	REFUGE_SCREENSHOTS=1 $(BIN)/pytest -q tests/browser/test_every_page_browser.py
	REFUGE_SCREENSHOT_DIR=docs/screenshots $(BIN)/pytest -q tests/browser/test_casework_browser.py

clean: ## remove the virtual environment (var/, your local data, is kept)
	rm -rf $(VENV)
