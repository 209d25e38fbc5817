# CDFI Desktop: `make run` starts the app, `make test` runs every test, `make bench` prints the benchmarks,
# `make dist` builds the one-folder app (PyInstaller) and `make test-dist` runs its --self-test.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
TS     := $(wildcard resources/i18n/*.ts)
QM     := $(TS:.ts=.qm)
# Tools that tests call, as tool:debian-package; installed by `make test` when missing and run as root.
SYSTEM_TOOLS := pdfinfo:poppler-utils pdffonts:poppler-utils pdftotext:poppler-utils pdftoppm:poppler-utils \
                zbarimg:zbar-tools minisign:minisign

.PHONY: run test bench lint translations clean dist test-dist

# The pre-flight names (or, as root, installs) the system libraries Qt's platform plugin needs, before Qt aborts.
run: $(STAMP) $(QM)
	$(PY) scripts/qt_preflight.py
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

# The one-folder app in dist/cdfi-desktop/, rebuilt only when a source, a resource or the spec changed. The same
# spec builds the Windows folder, which `iscc installer\cdfi-desktop.iss` packs into a per-user installer.
DIST_STAMP  := $(VENV)/.dist-stamp
DIST_EXE    := dist/cdfi-desktop/cdfi-desktop
DIST_INPUTS := installer/cdfi-desktop.spec pyproject.toml $(QM) \
               $(shell find cdfi_desktop resources/fonts -type f \( -name '*.py' -o -name '*.mako' -o -name '*.ttf' \) \
                       -not -path '*/__pycache__/*' 2>/dev/null)

dist: $(DIST_EXE)

$(DIST_STAMP): $(STAMP) pyproject.toml
	$(PY) -m pip install --quiet -e '.[dist]'
	touch $(DIST_STAMP)

# PyInstaller reads Linux binaries with binutils (objdump) and strips them (strip): installed as make test does.
$(DIST_EXE): $(DIST_STAMP) $(DIST_INPUTS)
	@scripts/ensure-system-deps objdump:binutils strip:binutils
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build installer/cdfi-desktop.spec
	touch $(DIST_EXE)

# The built program checks itself headless (cdfi_desktop/selftest.py): a temporary database and its migrations,
# SQLCipher, the Thai word breaks (ICU), one Thai PDF read back, Qt with the Thai translation, every module.
# Then the folder itself (nothing the spec leaves out, everything the app reads, within its size budget), and the
# built program makes a demo institute and opens its window on it (offscreen).
test-dist: $(DIST_EXE)
	QT_QPA_PLATFORM=offscreen $(DIST_EXE) --self-test
	CDFI_REQUIRE_DIST=1 $(PY) -m pytest -q -p no:cacheprovider tests/quality/test_dist_build.py

clean:
	rm -rf $(VENV) $(QM) .pytest_cache .mypy_cache .ruff_cache build dist
