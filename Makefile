# Every target installs what it needs into .venv first, so a fresh clone needs only Python 3.11+.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DATA ?= $(HOME)/.local/share/memberdesk
DEMO_MEMBERS ?= 2000
API_PORT ?= 8700

.PHONY: run pos test lint bench install clean translations

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# The embedded set-up (memberdesk/embedded.py): the central API on SQLite with demo data
# and demo staff (password demo-pass-1) beside the app; the POS is a till of store S001
# that syncs with it.
run: $(STAMP)
	$(BIN)/python -m memberdesk.qtcheck
	$(BIN)/python -m memberdesk.embedded desktop --data $(DATA) --port $(API_PORT) --members $(DEMO_MEMBERS)

pos: $(STAMP)
	$(BIN)/python -m memberdesk.qtcheck
	$(BIN)/python -m memberdesk.embedded pos --data $(DATA) --port $(API_PORT) --members $(DEMO_MEMBERS)

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
