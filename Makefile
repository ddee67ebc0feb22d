# Every target installs what it needs into .venv first, so a fresh clone needs only Python 3.11+.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DATA ?= $(HOME)/.local/share/memberdesk
DEMO_DB := $(DATA)/demo.db
DEMO_MEMBERS ?= 2000

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

run: $(STAMP) $(DEMO_DB)
	$(BIN)/python -m memberdesk.qtcheck
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
