"""A pytest plugin that fails the GUI tests when a screen, in Thai, looks up a text the Thai translation lacks.

The lupdate comparison and the source scan in ``tests/gui/test_translations.py`` only see texts written as
literals; this sees what the screens really ask Qt for while the GUI tests drive them: a text built at run time,
a ``tr()`` on an object whose class is not the one the entry is filed under (``dialog.tr(...)`` looks up
``QDialog``), a ``translate("Context", ...)`` whose context differs from the file's.

How: ``cdfi_desktop.ui.i18n`` builds its translator from the ``QTranslator`` name in its module; while this plugin
is active that name is a ``RecordingTranslator``, which answers as the real one and notes each lookup it cannot
answer while the screen language is Thai. PySide's ``self.tr`` asks for the text under each class of the object's
ancestry in turn (``HouseholdDialog``, then its base classes) until one answers, so a miss only counts when no
class of the same run of look-ups had the text. Qt's own look-ups (``QPlatformTheme``'s button names…) are not
ours; a text of the program looked up under a Qt class is (``dialog.tr(...)`` on a plain ``QDialog``).

tests/gui/conftest.py registers it (``from tests.support.translation_misses import *``-style hook names).
``CDFI_TRANSLATION_MISSES=report`` lists the misses without failing the run; ``off`` leaves the translator alone.
"""

from __future__ import annotations

import linecache
import os
import sys
import threading
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from functools import lru_cache

import pytest
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QTranslator

from cdfi_desktop.paths import i18n_dir
from cdfi_desktop.ui import i18n


@lru_cache(maxsize=1)
def our_texts() -> frozenset[str]:
    """Every English source text of the program's Thai translation (any context)."""
    tree = ET.parse(i18n_dir() / "cdfi_th.ts")
    return frozenset(message.findtext("source") or "" for message in tree.iter("message"))


def _counts(context: str, source: str, *, from_code: bool) -> bool:
    """Whether a miss of ``source`` looked up in ``context`` is the program's: Qt's own look-ups (its private
    classes like QPlatformTheme, and its public ones for its own texts) are not. A text of the program looked up
    under a Qt class is: ``dialog.tr("Reason")`` on a plain QDialog asks for "QDialog", which has no Thai."""
    if context in ("object", "Object", "Shiboken.Object", ""):
        return False
    qt_named = len(context) > 1 and context[0] == "Q" and context[1].isupper()
    if not qt_named:
        return True
    public = any(hasattr(module, context) for module in (QtCore, QtGui, QtWidgets))
    return public and from_code and source in our_texts()


def _asked_by_python_tr() -> bool:
    """Whether the look-up comes from a ``tr(``/``translate(`` in the program's code (not from Qt translating
    its own buttons, as QWizard does with "Cancel" when a wizard is built)."""
    frame = sys._getframe(1)
    while frame is not None and frame.f_code.co_filename == __file__:
        frame = frame.f_back  # type: ignore[assignment]
    if frame is None or "site-packages" in frame.f_code.co_filename:
        return False
    lines = [linecache.getline(frame.f_code.co_filename, n) for n in range(frame.f_lineno - 3, frame.f_lineno + 2)]
    return any("tr(" in line or "translate(" in line for line in lines)


@dataclass
class Misses:
    """Texts looked up in Thai without a translation: source → contexts it was asked for in."""

    found: dict[str, set[str]] = field(default_factory=dict)
    _run_source: str | None = None
    _run_contexts: list[str] = field(default_factory=list)
    _run_answered: bool = False
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def looked_up(self, context: str, source: str, *, answered: bool, from_code: bool = True) -> None:
        with self._lock:
            if source != self._run_source:
                self._close_run()
                self._run_source = source
            if answered:
                # a class of the run had it: the misses before were PySide's search up the ancestry, and the
                # look-ups after it too (PySide goes on when the translation equals the source, as "PDF…" does)
                self._run_contexts.clear()
                self._run_answered = True
            elif not self._run_answered and _counts(context, source, from_code=from_code):
                self._run_contexts.append(context)

    def _close_run(self) -> None:
        if self._run_source is not None and self._run_contexts:
            self.found.setdefault(self._run_source, set()).update(self._run_contexts)
        self._run_source = None
        self._run_contexts = []
        self._run_answered = False

    def report(self) -> list[str]:
        with self._lock:
            self._close_run()
            return [f"[{' / '.join(sorted(ctx))}] {source!r}" for source, ctx in sorted(self.found.items())]


MISSES = Misses()


class RecordingTranslator(QTranslator):
    """The screen language's translator, noting every text it has no translation for while the language is Thai."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        found = super().translate(context, source, disambiguation, n)
        if i18n.current_language() == "th" and source and not source.isspace():
            MISSES.looked_up(context, source, answered=bool(found), from_code=bool(found) or _asked_by_python_tr())
        return found or None  # None (a null string) lets Qt fall back to the source; "" would show nothing


def mode() -> str:
    """fail (the default), report or off, from CDFI_TRANSLATION_MISSES."""
    chosen = os.environ.get("CDFI_TRANSLATION_MISSES", "fail")
    return chosen if chosen in ("fail", "report", "off") else "fail"


def pytest_configure(config: pytest.Config) -> None:
    del config
    if mode() != "off":
        i18n.QTranslator = RecordingTranslator  # type: ignore[misc]  # i18n builds its translator from this name


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if mode() == "off":
        return
    lines = MISSES.report()
    if lines:
        terminalreporter.section("texts shown in Thai screens without a Thai translation", red=True)
        for line in lines:
            terminalreporter.line(line)
        terminalreporter.line(
            "add their Thai to resources/i18n/cdfi_th.ts under the context shown (or fix the context)"
        )


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if mode() == "fail" and exitstatus == 0 and MISSES.report():
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
