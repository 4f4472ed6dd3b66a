# Every target a fresh clone needs; `make test` and `make demo` install what they use.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALL_STAMP := $(VENV)/.install-stamp
NPM_STAMP := node_modules/.install-stamp
GENERATED_PACKAGE := generated/tiktok_live_api

.PHONY: help install generate check-generated lint lint-python lint-spec test demo bench check clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  %-18s %s\n", $$1, $$2}'

install: $(INSTALL_STAMP) ## Create .venv and install the project (editable) with its dev extra

$(INSTALL_STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $@

$(NPM_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

generate: $(INSTALL_STAMP) ## Regenerate generated/ from openapi.yaml
	$(BIN)/python scripts/generate.py --output $(GENERATED_PACKAGE)

check-generated: $(INSTALL_STAMP) ## Fail, naming the files, if generated/ is not what openapi.yaml produces
	$(BIN)/python scripts/generate.py --output $(GENERATED_PACKAGE) --check

lint: lint-python lint-spec ## ruff, mypy --strict, spec validation and Redocly lint

lint-python: $(INSTALL_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

lint-spec: $(INSTALL_STAMP) $(NPM_STAMP)
	$(BIN)/openapi-spec-validator openapi.yaml
	REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true node_modules/.bin/redocly lint openapi.yaml --format=stylish

test: $(INSTALL_STAMP) ## Run the test suite
	$(BIN)/python -m pytest

demo: $(INSTALL_STAMP) ## Show the SDK working, offline
	$(BIN)/python scripts/demo.py

bench: $(INSTALL_STAMP) ## Benchmark against raw httpx on a loopback server; writes bench/results.json
	$(BIN)/python scripts/bench.py --output bench/results.json

check: check-generated lint test ## Everything CI runs

clean: ## Remove the venv, node_modules and caches
	rm -rf $(VENV) node_modules .mypy_cache .pytest_cache .ruff_cache
