# Refuge: `make run` to set up and serve, `make test` to set up and run every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.stamp-$(shell sha1sum pyproject.toml | cut -c1-12)
TEST_STAMP := $(VENV)/.stamp-test-$(shell sha1sum pyproject.toml | cut -c1-12)

.PHONY: help run demo test test-fast lint typecheck audit pytest pytest-sqlite pytest-postgres messages messages-update bench screenshots clean

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

pytest-sqlite: $(TEST_STAMP) messages ## the whole suite on SQLite; fails below 90% branch coverage of refuge/
	$(BIN)/pytest --cov --cov-report=term --cov-fail-under=90

pytest-postgres: $(TEST_STAMP) messages ## the whole suite on a throwaway PostgreSQL cluster
	bash scripts/with-postgres.sh $(BIN)/pytest

test: lint typecheck audit pytest-sqlite pytest-postgres ## set up and run every check on SQLite and PostgreSQL

test-fast: $(TEST_STAMP) messages ## lint, types and the suite without slow tests, on SQLite only
	$(BIN)/ruff check .
	$(BIN)/mypy refuge config
	$(BIN)/pytest -m "not slow"

bench: $(TEST_STAMP) messages ## run the benchmarks (SQLite and PostgreSQL); figures go to docs/benchmarks.md
	$(BIN)/python -m bench.hotline
	bash scripts/with-postgres.sh $(BIN)/python -m bench.hotline
	$(BIN)/python -m bench.estimation
	$(BIN)/python -m bench.lcmcr
	$(BIN)/python -m bench.media
	$(BIN)/python -m bench.linkage
	$(BIN)/python -m bench.queue
	bash scripts/with-postgres.sh $(BIN)/python -m bench.queue
	$(BIN)/python -m bench.availability
	$(BIN)/python -m bench.soak
	bash scripts/with-postgres.sh $(BIN)/python -m bench.soak

screenshots: $(TEST_STAMP) messages ## refresh docs/screenshots/ from the casework browser test
	REFUGE_SCREENSHOT_DIR=docs/screenshots $(BIN)/pytest -q tests/browser/test_casework_browser.py

clean: ## remove the virtual environment (var/, your local data, is kept)
	rm -rf $(VENV)
