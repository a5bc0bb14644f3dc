# Tavus Python SDK. `make demo` runs the main job, `make test` runs every test (see README).
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
GENERATED ?= generated
export PATH := $(abspath $(BIN)):$(PATH)

.PHONY: help setup lock overlay generate check-generated sync check-sync lint test test-unit clean demo

# Feature targets live in make/*.mk, one file per feature (fake/demo, contract, spec changes, bench).
-include make/*.mk

help:  ## List the targets.
	@grep -hE '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 20

$(STAMP): requirements/dev.txt pyproject.toml
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python >= 3.11 is required"'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements/dev.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

setup: $(STAMP)  ## Create .venv with the pinned dependencies and the SDK installed in editable mode.

lock:  ## Re-pin requirements/dev.txt from requirements/dev.in (needs the registry).
	$(BIN)/pip-compile --quiet --strip-extras --no-header --no-emit-index-url --no-emit-find-links --output-file requirements/dev.txt requirements/dev.in

generate: $(STAMP)  ## Regenerate generated/tavus_api from openapi/ (vendored spec + supplement + overlay).
	$(PY) -m tools.generate generated

check-generated: $(STAMP)  ## Fail with a diff when generated/ is not what the pinned generator makes.
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(PY) -m tools.generate "$$tmp"; \
	if ! diff -ru $(GENERATED)/tavus_api "$$tmp/tavus_api" > "$$tmp/diff"; then \
	  head -n 200 "$$tmp/diff"; \
	  echo "check-generated: generated/ is stale or hand-edited; run 'make generate' and commit" >&2; exit 1; \
	fi; echo "check-generated: generated/ matches openapi/ + overlay"

lint: $(STAMP)  ## ruff on everything but generated/, mypy --strict on wrapper/.
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test-unit: $(STAMP) contract-deps
	$(BIN)/pytest -q

test: check-generated check-sync lint docs test-unit  ## Everything CI runs.

clean:  ## Remove the venv and caches.
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache

overlay: $(STAMP)  ## Write the merged (published + supplement) and the overlaid spec to build/ for review (generation does this itself).
	$(PY) -m tools.supplement openapi/tavus-openapi.yaml openapi/tavus-openapi.newer.yaml build/tavus-openapi.merged.yaml
	$(PY) -m tools.overlay build/tavus-openapi.merged.yaml openapi/overlay.yaml build/tavus-openapi.overlaid.yaml

demo: $(STAMP)  ## The main job: an end-to-end tour against the fake Tavus API (--live: read-only, real account).
	$(PY) examples/demo.py $(if $(LIVE),--live)

sync: $(STAMP)  ## Derive the sync client (wrapper/tavus/_sync/) from the async one (_async/) with unasync.
	$(PY) -m tools.unasync

check-sync: $(STAMP)  ## Fail with a diff when wrapper/tavus/_sync/ is not what `make sync` derives.
	$(PY) -m tools.unasync --check
