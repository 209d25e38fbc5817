"""Dates are typed and shown in the screen's era, labelled: B.E. in Thai, C.E. in English; the date stays itself
when the language changes."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QFormLayout

from cdfi_desktop.ui import labels
from cdfi_desktop.ui.i18n import set_language
from cdfi_desktop.ui.widgets import fields
from cdfi_desktop.ui.widgets.fields import DateField

DAY = date(2017, 3, 15)


def test_GIVEN_thai_THEN_a_date_field_shows_and_reads_the_buddhist_year_with_a_thai_placeholder(
    ui: QApplication,
) -> None:
    field = DateField()
    assert field.edit.placeholderText() == "วว/ดด/ปปปป (พ.ศ.)"
    field.set_value(DAY)
    assert field.text() == "15/03/2560"
    field.setText("1/4/2560")
    assert field.value() == date(2017, 4, 1)


def test_GIVEN_english_THEN_a_date_field_shows_and_reads_the_common_era_year_with_an_english_placeholder(
    ui: QApplication,
) -> None:
    set_language("en")
    field = DateField()
    assert field.edit.placeholderText() == "dd/mm/yyyy"
    field.set_value(DAY)
    assert field.text() == "15/03/2017"
    field.setText("1/4/2017")
    assert field.value() == date(2017, 4, 1)
    field.setText("31/2/2017")
    assert not field.check()
    assert "2017" in field.problem_text and "B.E." not in field.problem_text


def test_GIVEN_a_typed_date_WHEN_the_language_changes_THEN_the_same_date_is_shown_in_the_other_era(
    ui: QApplication,
) -> None:
    field = DateField()
    field.set_value(DAY)
    field.edit.setPlaceholderText("dd/mm/yyyy (B.E.)")  # what screens set on each language change until now
    assert field.edit.placeholderText() == "วว/ดด/ปปปป (พ.ศ.)"
    set_language("en")
    QApplication.processEvents()
    field.edit.setPlaceholderText("dd/mm/yyyy (B.E.)")
    assert (field.text(), field.edit.placeholderText(), field.value()) == ("15/03/2017", "dd/mm/yyyy", DAY)
    set_language("th")
    QApplication.processEvents()
    assert (field.text(), field.edit.placeholderText(), field.value()) == ("15/03/2560", "วว/ดด/ปปปป (พ.ศ.)", DAY)


def test_GIVEN_a_gregorian_year_in_thai_WHEN_the_officer_confirms_THEN_the_date_is_read_so(
    ui: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    questions: list[str] = []
    monkeypatch.setattr(fields.dialogs, "ask", lambda _parent, _title, text: questions.append(text) or True)
    dialog = QDialog()
    field = DateField(required=True)
    QFormLayout(dialog).addRow("ลงนามเมื่อ", field)
    field.setText("15/3/2017")
    field.edit.editingFinished.emit()
    assert len(questions) == 1 and "ค.ศ." in questions[0]
    assert (field.value(), field.text(), field.problem_text) == (DAY, "15/03/2560", "")


def test_GIVEN_a_buddhist_year_in_english_THEN_it_is_read_as_such_and_shown_in_the_common_era(
    ui: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_language("en")
    monkeypatch.setattr(fields.dialogs, "ask", lambda *_args: pytest.fail("no question: 2560 is no C.E. year"))
    field = DateField(required=True)
    field.setText("15/3/2560")
    assert field.value() == DAY
    field.edit.editingFinished.emit()
    assert (field.text(), field.problem_text) == ("15/03/2017", "")


def test_GIVEN_an_empty_required_date_THEN_it_asks_for_it_by_its_label(ui: QApplication) -> None:
    dialog = QDialog()
    field = DateField(required=True)
    QFormLayout(dialog).addRow("วันที่ชำระ", field)
    assert not field.check()
    assert field.problem_text == "กรุณากรอกวันที่ชำระ"


def test_GIVEN_the_labels_date_helpers_THEN_thai_is_buddhist_and_english_is_common_era(ui: QApplication) -> None:
    assert (labels.date_text(DAY), labels.date_numeric(DAY), labels.screen_era()) == (
        "15 มี.ค. 2560",
        "15/03/2560",
        "be",
    )
    assert labels.parse_screen_date("15/3/2560") == DAY
    set_language("en")
    assert (labels.date_text(DAY), labels.date_numeric(DAY), labels.screen_era()) == ("15 Mar 2017", "15/03/2017", "ce")
    assert labels.parse_screen_date("15/3/2017") == DAY
    assert labels.fiscal_year_text(2560).endswith("2017")
