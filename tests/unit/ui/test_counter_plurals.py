"""Counted texts read right in both languages: "1 file", "2 files" in English; one Thai form."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from cdfi_desktop.ui.i18n import set_language
from cdfi_desktop.ui.widgets.counter import count


def test_GIVEN_english_WHEN_counting_files_THEN_one_is_singular_and_others_plural(ui: QApplication) -> None:
    set_language("en")
    assert [count("Printing", "Saved %n files in %1", n) for n in (1, 2, 0)] == [
        "Saved 1 file in %1",
        "Saved 2 files in %1",
        "Saved 0 files in %1",
    ]


def test_GIVEN_thai_WHEN_counting_files_THEN_the_thai_form_carries_the_number(ui: QApplication) -> None:
    assert count("Printing", "Saved %n files in %1", 1) == "บันทึก 1 ไฟล์ไว้ที่ %1"
    assert count("Printing", "Saved %n files in %1", 12) == "บันทึก 12 ไฟล์ไว้ที่ %1"


def test_GIVEN_a_class_text_with_a_number_THEN_english_has_its_singular(ui: QApplication) -> None:
    set_language("en")
    one = QApplication.translate("ContractsScreen", "%n households (target at least %1)", None, 1)
    assert one == "1 household (target at least %1)"


def test_GIVEN_english_THEN_a_heading_with_the_fiscal_year_reads_as_a_heading(ui: QApplication) -> None:
    set_language("en")
    heading = QApplication.translate("TargetsScreen", "Target households of %1")
    assert heading.replace("%1", "Fiscal year 2017") == "Target households, Fiscal year 2017"
    set_language("th")
    assert QApplication.translate("TargetsScreen", "Target households of %1") != "Target households, %1"
