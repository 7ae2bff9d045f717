# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint format bench bundle clean check-qt-libs

$(PY):
	$(PYTHON) -m venv $(VENV)

# Reinstall only when the dependency list changes, so the second run is quick.
$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

check-qt-libs: $(STAMP)
	@$(PY) -m workshop.ui.qt_libs_check

run: $(STAMP) check-qt-libs
	$(PY) -m workshop

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# ruff for style, import-linter for the rooms and arrows of docs/ARCHITECTURE.md.
lint: $(STAMP)
	$(VENV)/bin/ruff check workshop tests bench tools
	$(VENV)/bin/ruff format --check workshop tests bench tools
	$(VENV)/bin/lint-imports

format: $(STAMP)
	$(VENV)/bin/ruff format workshop tests bench tools
	$(VENV)/bin/ruff check --fix workshop tests bench tools

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) bench/run_all.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache

# ----- release steps (not part of `make test`) ----------------------------------------------
.PHONY: translations bundle-check

# Add new text from the code to workshop/i18n/*.ts (translations there are kept), compile .qm.
translations: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tools/i18n_build.py

# A self-contained app folder (no Python needed) in dist/Workshop/, built with PyInstaller
# (the `bundle` extra), then started once to prove it runs. The exact versions of every
# library shipped come from packaging/constraints.txt, so a bundle can be made again.
CONSTRAINTS := packaging/constraints.txt

bundle: $(STAMP)
	$(PY) -m pip install --quiet -c $(CONSTRAINTS) -e '.[bundle]'
	$(PY) -m PyInstaller --noconfirm --clean --distpath dist --workpath build packaging/workshop.spec
	$(MAKE) bundle-check

bundle-check:
	QT_QPA_PLATFORM=offscreen dist/Workshop/Workshop --smoke-test build/smoke-test.txt
	@cat build/smoke-test.txt
