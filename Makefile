# Two commands for everyone: `make site` builds the default site into site/, `make test` runs every test.
# Everything else (the .venv, the pinned dependencies) is set up on the way.

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
SITE_STAMP := $(VENV)/.installed-site
TEST_STAMP := $(VENV)/.installed-test
# axe-core (accessibility tests) and Lighthouse (make lighthouse), pinned in package-lock.json.
NPM_STAMP := node_modules/.installed
# pytest arguments of the second run of `make test` (the engine's tests with other content).
ENGINE_SUITE_ARGS ?= $(PYTEST_ARGS)

.DEFAULT_GOAL := site
.PHONY: site test check serve demo lint bench lighthouse lock clean

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed: '$(PYTHON)' was not found (set PYTHON=...)"; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(SITE_STAMP): $(BIN)/python requirements/site.txt pyproject.toml
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements/site.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $@

$(TEST_STAMP): $(SITE_STAMP) requirements/test.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements/test.txt
	@touch $@

# `npm ci` again whenever package-lock.json is newer than the last install. Without npm the
# accessibility tests are skipped locally (a note is printed) and fail in CI.
$(NPM_STAMP): package-lock.json package.json
	@if command -v npm >/dev/null 2>&1; then \
	  echo "npm ci --no-audit --no-fund"; npm ci --no-audit --no-fund && touch $@; \
	elif [ -n "$$CI" ]; then \
	  echo "npm is needed for axe-core and Lighthouse: apt-get install nodejs npm"; exit 1; \
	else \
	  echo "note: npm not found, the accessibility tests will be skipped (apt-get install nodejs npm)"; \
	fi

site: $(SITE_STAMP)
	$(BIN)/prongsai build $(PRONGSAI_BUILD_FLAGS)
	@$(BIN)/prongsai schema --out .schemas >/dev/null

# The fictional demo agency (two years, both rounds) into site-demo/.
demo: $(SITE_STAMP)
	$(BIN)/prongsai --content tests/fixtures/demo build --site-dir site-demo

check: $(SITE_STAMP)
	$(BIN)/prongsai check

serve: $(SITE_STAMP)
	$(BIN)/prongsai serve

lint: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check generator tests benchmarks

# Every test, then the engine's tests (all but tests/example/) again in a copy of the repository
# with the demo as content/, which proves they pass whatever content/ holds; both runs always run.
test: $(TEST_STAMP) $(NPM_STAMP)
	$(BIN)/ruff check .
	@status=0; \
	echo "$(BIN)/python -m pytest $(PYTEST_ARGS)"; \
	$(BIN)/python -m pytest $(PYTEST_ARGS) || status=$$?; \
	echo "scripts/engine-suite-on-other-content.sh $(ENGINE_SUITE_ARGS)"; \
	VENV_PYTHON=$(BIN)/python scripts/engine-suite-on-other-content.sh $(ENGINE_SUITE_ARGS) || status=$$?; \
	exit $$status

bench: $(TEST_STAMP)
	$(BIN)/python benchmarks/build_time.py

# Lighthouse on the round page (mobile, 3 runs, Debian's Chromium); see benchmarks/README.md.
lighthouse: $(SITE_STAMP) $(NPM_STAMP)
	$(BIN)/python benchmarks/lighthouse.py $(LIGHTHOUSE_ARGS)

# Re-pin every dependency (needs `uv` on the PATH); commit the result.
lock:
	uv pip compile pyproject.toml requirements/build.in --python-version 3.11 --generate-hashes -o requirements/site.txt
	uv pip compile pyproject.toml requirements/build.in --extra test --python-version 3.11 --generate-hashes -o requirements/test.txt

clean:
	rm -rf site .site-staging-* .pytest_cache
