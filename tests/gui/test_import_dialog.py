"""The Excel import wizard: file → columns → dry run → import → report, all database and file work off the UI thread."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook  # type: ignore[import-untyped]
from PySide6.QtWidgets import QApplication, QComboBox, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cdfi_desktop.db import backups
from cdfi_desktop.db import models as m
from cdfi_desktop.db.base import table_of
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.citizen_id import citizen_id_check_digit
from cdfi_desktop.ui.i18n import set_language
from cdfi_desktop.ui.ops import Ops
from cdfi_desktop.ui.registers.import_dialog import PAGE_DONE, PAGE_FILE, PAGE_MAPPING, PAGE_PREVIEW, ImportDialog

LAPTOP = (1366, 768)


def cid(n: int) -> str:
    body = f"5{n:011d}"
    return body + str(citizen_id_check_digit(body))


def workbook(path: Path, *, funds: list[str]) -> int:
    """A small flat register under a title row: 4 households, 8 debts, the last one with a negative balance."""
    wb = Workbook()
    ws = wb.active
    ws.title = "ลูกหนี้"
    ws.append(["ทะเบียนลูกหนี้ หมู่ 3"])
    ws.append(["บ้านเลขที่", "หมู่ที่", "ชื่อ-สกุล", "เลขบัตรประชาชน", "เจ้าหนี้", "วันที่กู้", "ยอดกู้", "คงเหลือ", "หมายเหตุ"])
    for h in range(4):
        for d in range(2):
            creditor = funds[h % len(funds)] if d == 0 else "ธ.ก.ส. สาขาเมือง"
            balance = "-500" if (h, d) == (3, 1) else "4,000"
            ws.append([f"{h + 10}", "3", f"นางทดสอบ{h} ใจดี", cid(h), creditor, f"1/{d + 2}/2567", "5,000", balance, ""])
    wb.save(path)
    return 8


@pytest.fixture
def setup(app: QApplication, demo_db: Database, tmp_path: Path) -> Iterator[tuple[Ops, str, Path]]:
    set_language("en")  # the Thai .qm has no texts of this dialog until they are merged: look at it in English
    with demo_db.session() as session:
        institute = session.scalars(select(m.Institute.id)).one()
        fund_t = table_of(m.MemberFund)
        funds = list(session.scalars(select(fund_t.c.name).where(fund_t.c.can_lend.is_(True))))
    path = tmp_path / "ลูกหนี้.xlsx"
    workbook(path, funds=funds)
    yield Ops(demo_db), institute, path
    set_language("th")


def open_dialog(qtbot: QtBot, ops: Ops, institute: str, path: Path | None) -> ImportDialog:
    dialog = ImportDialog(ops, institute_id=institute, path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def combo_for(dialog: ImportDialog, label: str) -> QComboBox:
    table = dialog.mapping_table
    for row in range(table.rowCount()):
        if table.item(row, 0).text() == label:
            widget = table.cellWidget(row, 1)
            assert isinstance(widget, QComboBox)
            return widget
    raise AssertionError(label)


def test_given_a_workbook_when_the_officer_walks_the_wizard_then_rows_are_checked_imported_and_reported(
    setup: tuple[Ops, str, Path], qtbot: QtBot, demo_db: Database, tmp_path: Path, artifacts_dir: Path
) -> None:
    ops, institute, path = setup
    with demo_db.session() as session:
        debts_before = len(session.scalars(select(m.Debt.id)).all())
    dialog = open_dialog(qtbot, ops, institute, path)
    assert dialog.pages.currentIndex() == PAGE_FILE and dialog.next_button.isEnabled()

    # WHEN the workbook is read: THEN the columns were matched below the title row, one combo per field
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PAGE_MAPPING, timeout=10_000)
    assert dialog.header_row_label.text() == "Headings on row 2"
    assert combo_for(dialog, "Principal").currentText() == "G: ยอดกู้"
    assert combo_for(dialog, "Outstanding").currentText() == "H: คงเหลือ"
    assert combo_for(dialog, "Notes").currentText() == "I: หมายเหตุ"
    # AND the officer can correct a field: a column holds one field, so the other one is cleared
    notes = combo_for(dialog, "Notes")
    notes.setCurrentIndex(notes.findText("E: เจ้าหนี้"))
    assert combo_for(dialog, "Fund / creditor name").currentText() == "— not in the workbook —"
    creditor = combo_for(dialog, "Fund / creditor name")
    creditor.setCurrentIndex(creditor.findText("E: เจ้าหนี้"))
    assert combo_for(dialog, "Notes").currentText() == "— not in the workbook —"
    dialog.resize(1040, 640)
    dialog.grab().save(str(artifacts_dir / "import_dialog_mapping.png"))

    # WHEN checked: THEN the dry run shows the counts and the rejected row with its reason, nothing written yet
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PAGE_PREVIEW, timeout=10_000)
    assert dialog.tile_values["new"].text() == "7"
    assert dialog.tile_values["rejected"].text() == "1"
    assert dialog.problems.item(0, 1).text() == "10"
    assert "cannot be negative" in dialog.problems.item(0, 3).text()
    assert dialog.import_button.isEnabled()
    with demo_db.session() as session:
        assert len(session.scalars(select(m.Debt.id)).all()) == debts_before
        saved = session.scalars(select(m.LocalSetting.key).where(m.LocalSetting.key.like("excel_mapping:%"))).all()
        assert len(saved) == 1  # the corrected mapping is remembered for this layout
    assert dialog.width() <= LAPTOP[0] and dialog.height() <= LAPTOP[1]
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.wordWrap():
            assert label.heightForWidth(label.width()) <= label.height() + 2, label.text()
    dialog.grab().save(str(artifacts_dir / "import_dialog.png"))
    # AND in Thai (the default language) the same screen reads in Thai, reasons included
    if set_language("th"):
        qtbot.waitUntil(lambda: dialog.windowTitle() == "นำเข้าข้อมูลจาก Excel", timeout=5_000)
        assert "จำนวนเงินติดลบไม่ได้" in dialog.problems.item(0, 3).text()
        assert dialog.tile_captions["rejected"].text() == "ไม่นำเข้า"
        assert dialog.step.text() == "ขั้นที่ 3 จาก 4"
        qtbot.wait(100)  # let the layouts take the longer Thai texts
        assert dialog.step.width() >= dialog.step.sizeHint().width()
        dialog.grab().save(str(artifacts_dir / "import_dialog_th.png"))
        set_language("en")
        qtbot.waitUntil(lambda: dialog.windowTitle() == "Import from Excel", timeout=5_000)

    # WHEN imported: THEN one transaction wrote the good rows and the screens are told to refresh
    with qtbot.waitSignal(ops.data_changed, timeout=10_000):
        dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PAGE_DONE, timeout=10_000)
    assert "New rows: 7" in dialog.done_text.text()
    with demo_db.session() as session:
        assert len(session.scalars(select(m.Debt.id)).all()) == debts_before + 7
    # AND the database was backed up before the import wrote, holding the debts as they were
    (before_import,) = [
        b for b in backups.list_backups(demo_db.path, demo_db.backups_folder) if b.reason == "before-import"
    ]
    assert backups.preview_backup(before_import.path).debts == debts_before
    dialog.grab().save(str(artifacts_dir / "import_dialog_done.png"))

    # AND the report copy names the rejected row
    report = tmp_path / "report.xlsx"
    dialog.save_report(report)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    sheet = load_workbook(report)["ลูกหนี้"]
    assert sheet["J10"].value == "rejected" and "negative" in sheet["K10"].value

    # WHEN the same workbook is checked again: THEN every accepted row is unchanged and there is nothing to import
    again = open_dialog(qtbot, ops, institute, path)
    again.next_button.click()
    qtbot.waitUntil(lambda: again.pages.currentIndex() == PAGE_MAPPING, timeout=10_000)
    assert combo_for(again, "Notes").currentText() == "— not in the workbook —"  # the saved mapping is used
    again.next_button.click()
    qtbot.waitUntil(lambda: again.pages.currentIndex() == PAGE_PREVIEW, timeout=10_000)
    assert again.tile_values["unchanged"].text() == "7" and again.tile_values["new"].text() == "0"
    assert not again.import_button.isEnabled()


def test_given_a_file_that_is_no_workbook_then_the_dialog_says_so_and_stays_on_the_first_step(
    setup: tuple[Ops, str, Path], qtbot: QtBot, tmp_path: Path
) -> None:
    ops, institute, _path = setup
    bad = tmp_path / "notes.xlsx"
    bad.write_text("not a workbook")
    dialog = open_dialog(qtbot, ops, institute, bad)
    dialog.next_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.pages.currentIndex() == PAGE_FILE
    assert "cannot be opened" in dialog.error


def test_given_the_template_button_then_the_template_is_written_with_the_institute_funds(
    setup: tuple[Ops, str, Path], qtbot: QtBot, tmp_path: Path
) -> None:
    ops, institute, _path = setup
    dialog = open_dialog(qtbot, ops, institute, None)
    assert not dialog.next_button.isEnabled()
    out = tmp_path / "template.xlsx"
    dialog.save_template(out)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert out.exists() and "Saved" in dialog.message.text()
    assert load_workbook(out).sheetnames[:3] == ["คำอธิบาย", "สมาชิกครัวเรือน", "หนี้สิน"]


def test_given_a_backups_folder_that_cannot_be_written_when_imported_then_the_result_says_no_backup_was_taken(
    setup: tuple[Ops, str, Path], qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    # GIVEN a backups folder that is a file (a USB stick taken out and its name reused, say)
    ops, institute, path = setup
    blocked = tmp_path / "stick"
    blocked.write_text("not a folder", encoding="utf-8")
    demo_db.backup_folder = blocked
    dialog = open_dialog(qtbot, ops, institute, path)
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PAGE_MAPPING, timeout=10_000)
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PAGE_PREVIEW, timeout=10_000)

    # WHEN imported
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PAGE_DONE, timeout=10_000)

    # THEN the rows are written (one transaction) and the officer is told that no backup was taken, and why
    text = dialog.done_text.text()
    assert "New rows: 7" in text
    assert "No backup was taken before the import: The database could not be backed up to" in text
