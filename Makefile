# Every target a fresh clone needs; `make test` and `make demo` install what they use.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALL_STAMP := $(VENV)/.install-stamp
NPM_STAMP := node_modules/.install-stamp
GENERATED_PACKAGE := generated/tiktok_live_api
GENERATED_REST_PACKAGE := generated/tiktok_live_rest_api

.PHONY: help install generate check-generated lint lint-python lint-spec test fuzz mutants demo bench docs check clean
.PHONY: lint-workflows spec-diff api-diff import-spec import-spec-rest spec-chaos

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  %-18s %s\n", $$1, $$2}'

install: $(INSTALL_STAMP) ## Create .venv and install the project (editable) with its dev, testing and docs extras

$(INSTALL_STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev,testing,docs]'
	@touch $@

$(NPM_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

generate: $(INSTALL_STAMP) ## Regenerate generated/ from openapi.yaml and openapi-rest.yaml
	$(BIN)/python scripts/generate.py --output $(GENERATED_PACKAGE)
	$(BIN)/python scripts/generate.py --layout rest --output $(GENERATED_REST_PACKAGE)

check-generated: $(INSTALL_STAMP) ## Fail, naming the files, if generated/ is not what the two specs produce
	$(BIN)/python scripts/generate.py --output $(GENERATED_PACKAGE) --check
	$(BIN)/python scripts/generate.py --layout rest --output $(GENERATED_REST_PACKAGE) --check

lint: lint-python lint-spec lint-workflows ## ruff, mypy --strict, no import cycle, spec validation, Redocly lint, workflow lint

lint-python: $(INSTALL_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

lint-spec: $(INSTALL_STAMP) $(NPM_STAMP)
	$(BIN)/openapi-spec-validator openapi.yaml openapi-rest.yaml
	REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true node_modules/.bin/redocly lint openapi.yaml openapi-rest.yaml --format=stylish

lint-workflows: $(INSTALL_STAMP)
	$(BIN)/zizmor --offline --no-progress .github/workflows
	$(BIN)/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml

spec-diff: $(INSTALL_STAMP) ## Client-relevant changes between two specs: make spec-diff OLD=a.yaml NEW=b.json
	$(BIN)/python scripts/spec_diff.py $(OLD) $(NEW) $(ARGS)

api-diff: $(INSTALL_STAMP) ## Breaking changes of the public Python API since the last release (scripts/releases.toml) or REF=<git ref>
	$(BIN)/python scripts/api_diff.py $(REF) $(ARGS)

import-spec: $(INSTALL_STAMP) ## Rebuild openapi.yaml from spec/upstream/ + spec/fixes.yaml; a new upstream: UPSTREAM=x.json
	$(BIN)/python scripts/import_spec.py $(UPSTREAM) $(ARGS)

import-spec-rest: $(INSTALL_STAMP) ## Rebuild openapi-rest.yaml (REST layout) from spec/upstream/ + spec/fixes-rest.yaml
	$(BIN)/python scripts/import_spec.py $(UPSTREAM) --fixes spec/fixes-rest.yaml --output openapi-rest.yaml $(ARGS)

# Not part of `make check` (it takes minutes): CI runs it after (.ci/run). Works in a temporary copy of the repository.
spec-chaos: $(INSTALL_STAMP) ## Import, generate and test variants of the upstream documents; ARGS="--only re-tag"
	$(BIN)/python scripts/spec_chaos.py $(ARGS)

test: $(INSTALL_STAMP) ## Run the test suite
	$(BIN)/python -m pytest

fuzz: $(INSTALL_STAMP) ## Property-based tests at full strength (10,000 examples each)
	TIKTOK_LIVE_FUZZ=1 $(BIN)/python -m pytest -m fuzz -q

mutants: $(INSTALL_STAMP) ## Mutation testing of the reliability core ([tool.mutmut] in pyproject.toml); ARGS="--only _retry"
	$(BIN)/python scripts/mutants.py $(ARGS)

demo: $(INSTALL_STAMP) ## Show the SDK working, offline
	$(BIN)/python scripts/demo.py

# The official SDK, measured side by side: installed from the package index into the bench's environment, as
# httpx is. If it cannot be installed, the bench leaves it out and says so.
OFFICIAL_SDK := eulerapisdk==0.5.0

bench: $(INSTALL_STAMP) ## Benchmark against raw httpx and the official SDK on a loopback server; writes bench/results.json
	$(BIN)/python -m pip install --quiet --disable-pip-version-check '$(OFFICIAL_SDK)' \
		|| echo "bench: could not install $(OFFICIAL_SDK); the official SDK is left out of the figures" >&2
	$(BIN)/python scripts/bench.py --output bench/results.json

# The resource pages of the API reference are written during the build (scripts/docs_pages.py, a hook of
# mkdocs.yml), one per module of tiktok_live/resources/. NO_MKDOCS_2_WARNING: Material's banner about MkDocs 2.
docs: $(INSTALL_STAMP) ## Build the documentation site into build/docs/ (mkdocs --strict: a broken link or reference fails)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

check: check-generated lint docs test ## Everything CI runs

clean: ## Remove the venv, node_modules, caches and the built site
	rm -rf $(VENV) node_modules .mypy_cache .pytest_cache .ruff_cache mutants build
