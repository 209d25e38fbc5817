"""The import wizard with officers' registers: headings of several meanings asked, missing funds offered, another
area's workbook confirmed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook  # type: ignore[import-untyped]
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.enums import FundType
from cdfi_desktop.ui.i18n import set_language
from cdfi_desktop.ui.ops import Ops
from cdfi_desktop.ui.registers.import_dialog import PAGE_DONE, PAGE_MAPPING, PAGE_PREVIEW, ImportDialog


@pytest.fixture
def english(app: QApplication) -> Iterator[None]:
    set_language("en")
    yield
    set_language("th")


def _fund(db: Database) -> str:
    with db.session() as session:
        name = session.scalars(select(m.MemberFund.name).where(m.MemberFund.lending_limit >= 15_000)).first()
    assert name is not None
    return name


def _institute(db: Database) -> str:
    with db.session() as session:
        return session.scalars(select(m.Institute.id)).one()


def _open(qtbot: QtBot, db: Database, path: Path) -> ImportDialog:
    dialog = ImportDialog(Ops(db), institute_id=_institute(db), path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PAGE_MAPPING, timeout=10_000)
    return dialog


def test_given_a_heading_of_several_meanings_when_read_then_the_mapping_step_asks_what_it_holds(
    english: None, demo_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    # GIVEN a register whose "วันที่" column could be the contract date, the due date or a birth date
    wb = Workbook()
    ws = wb.active
    ws.append(["ชื่อ-สกุล", "เลขประจำตัวประชาชน", "บ้านเลขที่", "กองทุน", "วันที่", "เงินกู้", "คงเหลือ"])
    ws.append(["นางสาวมาใหม่ ดีงาม", "1101700203450", "99/9", _fund(demo_db), "1/9/2566", "7,000", "6,000"])
    path = tmp_path / "ambiguous.xlsx"
    wb.save(path)

    # WHEN the workbook is read
    dialog = _open(qtbot, demo_db, path)

    # THEN the column is not mapped, and the mapping step asks what it holds, offering the fields it could be
    assert dialog.questions.isVisible() and dialog.questions_label.isVisible()
    assert dialog.questions.rowCount() == 1
    assert dialog.questions.item(0, 0).text() == "E" and dialog.questions.item(0, 1).text() == "วันที่"
    combo = dialog.questions.cellWidget(0, 2)
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "— choose (not imported) —",
        "Contract date",
        "Due date",
        "Birth date",
    ]
    assert "contract_date" not in dialog.mappings["Sheet"].columns

    # WHEN the officer answers: THEN the field reads that column
    dialog.answer(4, "contract_date")
    assert dialog.mappings["Sheet"].columns["contract_date"] == 4
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PAGE_PREVIEW, timeout=10_000)
    assert dialog.tile_values["new"].text() == "1"


def test_given_clear_headings_then_no_question_is_shown(
    english: None, demo_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["ชื่อ-สกุล", "เลขประจำตัวประชาชน", "กองทุน", "วันที่กู้", "เงินกู้", "คงเหลือ"])
    ws.append(["นางสาวมาใหม่ ดีงาม", "1101700203450", _fund(demo_db), "1/9/2566", "7,000", "6,000"])
    path = tmp_path / "clear.xlsx"
    wb.save(path)
    dialog = _open(qtbot, demo_db, path)
    assert not dialog.questions.isVisible() and not dialog.questions_label.isVisible()


def _register(path: Path, *, title: str, fund: str) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "ลูกหนี้"
    ws.append([title])
    ws.append(["ชื่อ-สกุล", "เลขประจำตัวประชาชน", "บ้านเลขที่", "กองทุน", "วันที่กู้", "เงินกู้", "คงเหลือ"])
    ws.append(["นางสาวมาใหม่ ดีงาม", "1101700203450", "99/9", fund, "1/9/2566", "7,000", "6,000"])
    wb.save(path)


def _check(qtbot: QtBot, dialog: ImportDialog) -> None:
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PAGE_PREVIEW and not dialog.busy, timeout=10_000)


def test_given_a_fund_the_institute_lacks_when_checked_then_it_can_be_ticked_and_made_with_the_import(
    english: None, demo_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    # GIVEN a register whose borrower owes a village fund the institute does not have
    path = tmp_path / "new-fund.xlsx"
    _register(path, title="ทะเบียนลูกหนี้", fund="กองทุนหมู่บ้านโนนงาม")
    dialog = _open(qtbot, demo_db, path)

    # WHEN checked: THEN the row is refused, and the fund is offered with the type guessed from its name
    _check(qtbot, dialog)
    assert dialog.tile_values["rejected"].text() == "1"
    assert dialog.fund_list.isVisible() and dialog.fund_list.count() == 1
    item = dialog.fund_list.item(0)
    assert item.text() == "กองทุนหมู่บ้านโนนงาม (Village and urban community fund): 1 rows"
    assert item.checkState() == Qt.CheckState.Unchecked

    # WHEN the officer ticks it and checks again: THEN the row will be imported, and the fund made with it
    item.setCheckState(Qt.CheckState.Checked)
    dialog.funds_button.click()
    qtbot.waitUntil(lambda: not dialog.busy and dialog.plan is not None, timeout=10_000)
    assert dialog.tile_values["rejected"].text() == "0" and dialog.tile_values["new"].text() == "1"
    assert dialog.fund_list.item(0).checkState() == Qt.CheckState.Checked
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PAGE_DONE, timeout=10_000)
    with demo_db.session() as session:
        fund = session.scalars(select(m.MemberFund).where(m.MemberFund.name == "กองทุนหมู่บ้านโนนงาม")).one()
        assert fund.fund_type is FundType.VILLAGE_FUND
        assert session.scalars(select(m.Debt).where(m.Debt.member_fund_id == fund.id)).one().principal == 7000


def test_given_a_title_naming_another_area_when_checked_then_importing_waits_for_the_officers_confirmation(
    english: None, demo_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "other-area.xlsx"
    _register(path, title="ทะเบียนลูกหนี้ ตำบลหนองบัว อำเภอเมือง จังหวัดขอนแก่น", fund=_fund(demo_db))
    dialog = _open(qtbot, demo_db, path)
    _check(qtbot, dialog)

    # THEN the title rows are not counted as skipped lines (they are above the table)
    assert not dialog.skipped_label.isVisible()
    # AND the warning names the title's area, and Import waits until the officer confirms
    assert dialog.area_label.isVisible() and "names the subdistrict หนองบัว" in dialog.area_label.text()
    assert dialog.area_confirm.isVisible() and not dialog.import_button.isEnabled()
    dialog.area_confirm.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PAGE_DONE, timeout=10_000)


def test_given_lines_under_the_table_when_checked_then_the_dry_run_says_how_many_were_skipped(
    english: None, demo_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["ชื่อ-สกุล", "เลขประจำตัวประชาชน", "บ้านเลขที่", "กองทุน", "วันที่กู้", "เงินกู้", "คงเหลือ"])
    ws.append(["นางสาวมาใหม่ ดีงาม", "1101700203450", "99/9", _fund(demo_db), "1/9/2566", "7,000", "6,000"])
    ws.append(["รวม", None, None, None, None, "7,000", "6,000"])
    ws.append(["ลงชื่อ .............. ผู้จัดทำ"])
    path = tmp_path / "skipped.xlsx"
    wb.save(path)
    dialog = _open(qtbot, demo_db, path)
    _check(qtbot, dialog)
    assert dialog.skipped_label.isVisible()
    assert dialog.skipped_label.text() == "Lines that are not data (totals, signatures, notes, headings) skipped: 2"
