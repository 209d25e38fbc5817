"""A required field left empty says what it wants by its own name, and the message goes once it is filled."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from cdfi_desktop.ui.i18n import set_language
from cdfi_desktop.ui.widgets.fields import IntField, MoneyField, TextField


def _form(*rows: tuple[str, QWidget]) -> QDialog:
    dialog = QDialog()
    form = QFormLayout(dialog)
    for text, widget in rows:
        form.addRow(QLabel(text), widget)
    return dialog


def test_GIVEN_an_empty_house_number_in_a_form_WHEN_checked_THEN_it_asks_for_the_house_number(ui: QApplication) -> None:
    house_no = TextField(required=True)
    first_name = TextField(required=True)
    dialog = _form(("บ้านเลขที่", house_no), ("ชื่อ:", first_name))
    assert not house_no.check()
    assert not first_name.check()
    assert house_no.problem_text == "กรุณากรอกบ้านเลขที่"
    assert first_name.problem_text == "กรุณากรอกชื่อ"
    assert house_no.has_error  # also while the dialog is not on screen
    dialog.deleteLater()


def test_GIVEN_a_field_showing_its_problem_WHEN_the_officer_types_a_value_THEN_the_problem_goes_at_once(
    ui: QApplication,
) -> None:
    house_no = TextField(required=True)
    dialog = _form(("บ้านเลขที่", house_no))
    house_no.check()
    assert house_no.has_error
    house_no.edit.insert("12/3")  # typing, before the field loses the focus
    assert house_no.problem_text == ""
    assert not house_no.has_error
    house_no.edit.clear()  # emptied again: said when the officer leaves the field, not while typing
    assert house_no.problem_text == ""
    house_no.edit.editingFinished.emit()
    assert house_no.problem_text == "กรุณากรอกบ้านเลขที่"
    dialog.deleteLater()


def test_GIVEN_a_name_given_to_the_field_WHEN_checked_in_english_THEN_the_sentence_uses_it_in_lower_case(
    ui: QApplication,
) -> None:
    set_language("en")
    named = TextField(required=True, name=lambda: "House no.")
    acronym = MoneyField(required=True, name="BAAC loan")
    assert not named.check() and not acronym.check()
    assert named.problem_text == "Please enter the house no."
    assert acronym.problem_text == "Please enter the BAAC loan"


def test_GIVEN_a_field_with_a_buddy_label_outside_a_form_THEN_it_is_named_by_that_label(ui: QApplication) -> None:
    window = QWidget()
    layout = QVBoxLayout(window)
    label = QLabel("&เหตุผล")
    reason = TextField(required=True)
    label.setBuddy(reason)
    layout.addWidget(label)
    layout.addWidget(reason)
    assert reason.field_name() == "เหตุผล"
    reason.check()
    assert reason.problem_text == "กรุณากรอกเหตุผล"


def test_GIVEN_a_form_row_made_from_a_text_THEN_the_field_is_named_by_it(ui: QApplication) -> None:
    dialog = QDialog()
    outer = QVBoxLayout(dialog)
    form = QFormLayout()
    outer.addLayout(form)  # a form nested in another layout
    amount = MoneyField(required=True)
    form.addRow("ยอดชำระ (บาท)", amount)
    amount.check()
    assert amount.problem_text == "กรุณากรอกยอดชำระ (บาท)"


def test_GIVEN_required_fields_without_any_name_THEN_they_ask_for_what_their_kind_holds(ui: QApplication) -> None:
    money, number, text = MoneyField(required=True), IntField(required=True), TextField(required=True)
    for field in (money, number, text):
        field.check()
    assert money.problem_text == "กรุณากรอกจำนวนเงิน"
    assert number.problem_text == "กรุณากรอกตัวเลข"
    assert text.problem_text == "กรุณากรอกช่องนี้"


def test_GIVEN_a_wrong_value_WHEN_corrected_THEN_the_value_is_read_and_no_problem_is_left(ui: QApplication) -> None:
    amount = MoneyField(required=True, name="ยอดชำระ")
    amount.setText("12,5x")
    assert not amount.check()
    assert amount.problem_text  # the money rule, in Thai
    amount.setText("12,500")
    assert amount.problem_text == ""
    assert amount.value() == Decimal("12500")


def test_GIVEN_fields_in_a_grid_THEN_they_are_named_by_the_label_beside_or_the_heading_above(ui: QApplication) -> None:
    page = QWidget()
    grid = QGridLayout(page)
    principal, name = MoneyField(required=True), TextField(required=True)
    grid.addWidget(QLabel("เงินต้นใหม่ (บาท)"), 0, 0)
    grid.addWidget(principal, 0, 1)
    grid.addWidget(QLabel("ชื่อ"), 1, 2)
    grid.addWidget(name, 2, 2)
    second_name = TextField(required=True)  # a second row under the same heading
    grid.addWidget(second_name, 3, 2)
    assert (principal.field_name(), name.field_name(), second_name.field_name()) == (
        "เงินต้นใหม่ (บาท)",
        "ชื่อ",
        "ชื่อ",
    )


def test_GIVEN_a_field_editing_a_table_cell_THEN_it_is_named_by_its_column_heading(ui: QApplication) -> None:
    table = QTableWidget(1, 2)
    table.setHorizontalHeaderLabels(["ประเภท", "จำนวนเงินต่อเดือน"])
    amount = MoneyField(required=True)
    table.setCellWidget(0, 1, amount)
    table.resize(400, 200)
    table.show()
    QApplication.processEvents()
    amount.check()
    assert amount.problem_text == "กรุณากรอกจำนวนเงินต่อเดือน"
    table.close()
