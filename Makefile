# Two commands for a fresh clone: `make demo` sets everything up and runs sitrep on the
# bundled sample corpus; `make test` runs the tests.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB := out/demo.duckdb

.PHONY: setup demo serve test test-fast lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: $(BIN)/python requirements.lock pyproject.toml
	$(BIN)/pip install --disable-pip-version-check -q -r requirements.lock
	$(BIN)/pip install --disable-pip-version-check -q --no-deps -e .
	touch $@

# Dashboard assets (Leaflet, world-atlas, Chart.js, Swagger UI) from the npm registry, pinned by
# package-lock.json and served from node_modules by `sitrep serve`: no CDN, works offline.
node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null || { echo "npm is needed for the dashboard assets (e.g. apt-get install npm)"; exit 1; }
	npm ci --no-audit --no-fund --ignore-scripts  # no package here needs an install script (and one would phone home)
	touch $@

setup: $(VENV)/.installed node_modules/.installed

demo: setup
	mkdir -p out
	rm -f $(DEMO_DB)
	$(BIN)/sitrep run samples --db $(DEMO_DB)
	$(BIN)/sitrep stats --db $(DEMO_DB)
	$(BIN)/sitrep incidents --db $(DEMO_DB) --limit 8
	$(BIN)/sitrep assess --db $(DEMO_DB) --dyad UKR-RUS --from 2024-08-01 --to 2024-08-31
	$(BIN)/sitrep report --db $(DEMO_DB) --from 2024-08-01 --to 2024-11-30 --format md --output out/report.md
	$(BIN)/sitrep report --db $(DEMO_DB) --from 2024-08-01 --to 2024-11-30 --format html --output out/report.html
	$(BIN)/sitrep report --db $(DEMO_DB) --from 2024-08-01 --to 2024-11-30 --format pdf --output out/report.pdf
	$(BIN)/sitrep export events --format jsonl --db $(DEMO_DB) --output out/events.jsonl
	$(BIN)/sitrep export quotes --format jsonl --db $(DEMO_DB) --output out/quotes.jsonl
	$(BIN)/sitrep export places --format jsonl --db $(DEMO_DB) --output out/places.jsonl
	@echo "Demo store: $(DEMO_DB). Coded events, quotes and places: out/*.jsonl; situation report: out/report.md, out/report.html, out/report.pdf"
ifneq ($(SERVE),0)
	@echo "Dashboard and API: http://127.0.0.1:8000 (OpenAPI at /docs). Ctrl-C stops it; 'make demo SERVE=0' skips it."
	$(BIN)/sitrep serve --db $(DEMO_DB)
endif

serve: setup
	$(BIN)/sitrep serve --db $(DEMO_DB)

test: setup
	$(BIN)/python -m pytest -q

test-fast: setup
	$(BIN)/python -m pytest -q -m "not slow"

lint: setup
	$(BIN)/ruff check .

clean:
	rm -rf out .pytest_cache .ruff_cache
