"""The run-time recorder of texts without Thai (tests/support/translation_misses.py) finds a context mismatch and
is not fooled by PySide's search of a class's ancestry."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from cdfi_desktop.ui import i18n
from tests.support import translation_misses
from tests.support.translation_misses import Misses, RecordingTranslator


def test_GIVEN_look_ups_THEN_only_texts_no_class_of_the_ancestry_translates_are_misses(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(translation_misses, "our_texts", lambda: frozenset({"Reason", "Save", "Cancel"}))
    misses = Misses()
    misses.looked_up("HouseholdDialog", "Save", answered=False)  # PySide: the class itself first…
    misses.looked_up("DebtsPart", "Save", answered=True)  # …then a base class that has it
    misses.looked_up("LazyScreen", "Save", answered=False)  # (and on, when the Thai equals the source)
    misses.looked_up("RegistersScreen", "Undo the removal", answered=False)
    misses.looked_up("LazyScreen", "Undo the removal", answered=False)
    misses.looked_up("QWidget", "Undo the removal", answered=False)
    misses.looked_up("QPlatformTheme", "Cancel", answered=False)  # Qt's own
    misses.looked_up("QLineEdit", "&Undo", answered=False)  # Qt's own text under its public class
    misses.looked_up("QWizard", "Cancel", answered=False, from_code=False)  # Qt naming a wizard's button
    misses.looked_up("QDialog", "Reason", answered=False)  # the program's text under a Qt class: dialog.tr()
    misses.looked_up("QWidget", "Reason", answered=False)
    assert misses.report() == [
        "[QDialog / QWidget] 'Reason'",
        "[LazyScreen / RegistersScreen] 'Undo the removal'",
    ]


def test_GIVEN_the_recording_translator_in_thai_WHEN_a_dialog_asks_under_its_qt_class_THEN_the_miss_is_recorded(
    ui: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorded = Misses()
    monkeypatch.setattr(translation_misses, "MISSES", recorded)
    monkeypatch.setattr(i18n, "QTranslator", RecordingTranslator)
    try:
        i18n.set_language("th")
        assert isinstance(i18n.installed_translator(), RecordingTranslator)
        dialog = QDialog()
        assert dialog.tr("Reason") == "Reason"  # looked up as QDialog: English in a Thai screen
        assert QCoreApplication.translate("Dialogs", "Yes") == "ใช่"  # translated: not a miss
        assert QCoreApplication.translate("NoSuchScreen", "Total debt") == "Total debt"
        assert QWidget().tr("Total debt") == "Total debt"  # the same text next: one entry with NoSuchScreen's
        i18n.set_language("en")
        assert QCoreApplication.translate("NoSuchScreen", "In English") == "In English"  # English: not recorded
    finally:
        monkeypatch.undo()
        i18n.set_language("th")
    assert recorded.report() == [
        "[QDialog / QObject / QPaintDevice / QWidget] 'Reason'",
        "[NoSuchScreen / QObject / QPaintDevice / QWidget] 'Total debt'",
    ]
