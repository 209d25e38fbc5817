# CDFI Desktop: `make run` starts the app, `make test` runs every test, `make bench` prints the benchmarks.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
TS     := $(wildcard resources/i18n/*.ts)
QM     := $(TS:.ts=.qm)
# Tools that tests call, as tool:debian-package; installed by `make test` when missing and run as root.
SYSTEM_TOOLS := pdfinfo:poppler-utils pdffonts:poppler-utils pdftotext:poppler-utils pdftoppm:poppler-utils \
                zbarimg:zbar-tools minisign:minisign

.PHONY: run test bench lint translations clean

run: $(STAMP) $(QM)
	$(VENV)/bin/cdfi-desktop

test: $(STAMP) $(QM)
	@scripts/ensure-system-deps $(SYSTEM_TOOLS)
	$(PY) -m pytest

bench: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) bench/run_all.py

lint: $(STAMP)
	$(VENV)/bin/ruff check cdfi_desktop tests bench
	$(VENV)/bin/mypy

# cdfi_th.qm (Thai) and cdfi_en.qm (English plural forms of counted texts)
translations: $(QM)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

%.qm: %.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Refresh the Thai .ts file from the source after changing user-visible strings. (cdfi_en.ts holds only the
# English singular/plural forms of the counted `%n` texts and is edited by hand.)
update-ts: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $$(git ls-files 'cdfi_desktop/*.py') -ts resources/i18n/cdfi_th.ts

clean:
	rm -rf $(VENV) $(QM) .pytest_cache .mypy_cache .ruff_cache
