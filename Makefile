# Two commands for a fresh clone: `make demo` sets everything up and runs sitrep on the
# bundled sample corpus; `make test` runs the tests.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB := out/demo.duckdb

.PHONY: setup demo test test-fast lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: $(BIN)/python requirements.lock pyproject.toml
	$(BIN)/pip install --disable-pip-version-check -q -r requirements.lock
	$(BIN)/pip install --disable-pip-version-check -q --no-deps -e .
	touch $@

setup: $(VENV)/.installed

demo: setup
	mkdir -p out
	rm -f $(DEMO_DB)
	$(BIN)/sitrep run samples --db $(DEMO_DB)
	$(BIN)/sitrep stats --db $(DEMO_DB)
	$(BIN)/sitrep export events --format jsonl --db $(DEMO_DB) --output out/events.jsonl
	@echo "Demo store: $(DEMO_DB); coded events in out/events.jsonl"

test: setup
	$(BIN)/python -m pytest -q

test-fast: setup
	$(BIN)/python -m pytest -q -m "not slow"

lint: setup
	$(BIN)/ruff check .

clean:
	rm -rf out .pytest_cache .ruff_cache
