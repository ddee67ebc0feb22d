# Every target installs what it needs into .venv first, so a fresh clone needs only Python 3.11+.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DATA ?= $(HOME)/.local/share/memberdesk
DEMO_DB := $(DATA)/demo.db
DEMO_MEMBERS ?= 2000
SERVER_DB := $(DATA)/central.db
SERVER_URL := sqlite:///$(SERVER_DB)
API_PORT ?= 8700

.PHONY: run pos test lint bench install clean translations

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

$(DEMO_DB): | $(STAMP)
	mkdir -p $(DATA)
	$(BIN)/memberdesk seed --db $(DEMO_DB) --members $(DEMO_MEMBERS)

# The embedded central API: SQLite, demo data, demo staff (password demo-pass-1).
$(SERVER_DB): | $(STAMP)
	mkdir -p $(DATA)
	$(BIN)/memberdesk server init --database-url $(SERVER_URL) --admin-password admin-pass-1
	$(BIN)/memberdesk seed --database-url $(SERVER_URL) --members $(DEMO_MEMBERS)

run: $(STAMP) $(DEMO_DB) $(SERVER_DB)
	$(BIN)/python -m memberdesk.qtcheck
	$(BIN)/memberdesk server run --database-url $(SERVER_URL) --port $(API_PORT) & api=$$!; \
	trap 'kill $$api 2>/dev/null' EXIT INT TERM; \
	echo "central API on http://127.0.0.1:$(API_PORT) (docs at /docs)"; \
	$(BIN)/memberdesk desktop --db $(DEMO_DB)

pos: $(STAMP) $(DEMO_DB)
	$(BIN)/python -m memberdesk.qtcheck
	$(BIN)/memberdesk pos --db $(DEMO_DB)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(STAMP)
	@for b in bench/[!_]*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

translations: $(STAMP)
	PATH=$(CURDIR)/$(BIN):$$PATH resources/translations/update.sh

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
