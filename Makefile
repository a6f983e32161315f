# county-reports: two commands from a fresh clone.
#   make run   - set up .venv, build the warehouse from the shipped example reports, print what it built
#   make test  - set up .venv, run the whole test suite (pytest, including dbt build and its tests)
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
DB ?= warehouse.duckdb
STAMP := $(VENV)/.installed

.PHONY: run test setup lint bench clean

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "need $(PYTHON) (Python 3.11) on PATH"; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python requirements.lock pyproject.toml
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

setup: $(STAMP)

run: setup
	$(BIN)/county-reports build --input data/examples --db $(DB)

test: setup
	$(BIN)/ruff check extract tests scripts
	$(BIN)/python -m pytest -q

lint: setup
	$(BIN)/ruff check extract tests scripts
	$(BIN)/ruff format --check extract tests scripts

bench: setup
	$(BIN)/python scripts/benchmark.py

clean:
	rm -rf $(VENV) target logs *.duckdb *.duckdb.wal quality_docs
