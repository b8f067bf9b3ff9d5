PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: verify test lint bench clean docs schema report fuzz

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

verify: $(STAMP)
	$(BIN)/factcheck verify claims/guilin.yaml

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/mypy

clean:
	rm -rf $(VENV) build .pytest_cache .mypy_cache .ruff_cache

docs: $(STAMP)
	$(BIN)/python -m factcheck.kinds_doc README.md
	$(BIN)/python -m factcheck.slips.doc README.md

schema: $(STAMP)
	$(BIN)/factcheck schema -o schema/claims.schema.json

report: $(STAMP)
	mkdir -p build
	$(BIN)/factcheck report claims/guilin.yaml -o build/guilin.html

fuzz: $(STAMP)
	$(BIN)/python -m tests.fuzz.run --cases $(or $(CASES),10000) --seed $(or $(SEED),0)

bench: $(STAMP)
	$(BIN)/python bench/run.py
