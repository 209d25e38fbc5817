"""The import wizard names why a workbook cannot be read (an .xls file, a text file, a limit), as the CLI does."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.services.excel_import.texts import reason_text
from cdfi_desktop.ui.i18n import set_language
from cdfi_desktop.ui.ops import Ops
from cdfi_desktop.ui.registers.import_dialog import PAGE_FILE, ImportDialog

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def stray_cell_workbook(path: Path) -> Path:
    """A one-sheet workbook with its headers and one value in the last row Excel has."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets><sheet name="ลูกหนี้" sheetId="1" r:id="rId1"/>'
            "</sheets></workbook>",
        )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        )
        archive.writestr(
            "xl/worksheets/sheet1.xml",
            f'<worksheet xmlns="{MAIN}"><sheetData><row r="1">'
            '<c r="A1" t="inlineStr"><is><t>ชื่อ-สกุล</t></is></c>'
            '<c r="B1" t="inlineStr"><is><t>เลขบัตรประชาชน</t></is></c></row>'
            '<row r="1048576"><c r="A1048576"><v>1</v></c></row></sheetData></worksheet>',
        )
    return path


@pytest.fixture
def ops_and_institute(app: QApplication, demo_db: Database) -> Iterator[tuple[Ops, str]]:
    set_language("en")
    with demo_db.session() as session:
        institute = session.scalars(select(m.Institute.id)).one()
    yield Ops(demo_db), institute
    set_language("th")


def chosen(qtbot: QtBot, ops: Ops, institute: str, path: Path) -> ImportDialog:
    dialog = ImportDialog(ops, institute_id=institute, path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.next_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    return dialog


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("old.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2000, "import_file_xls"),
        ("list.xlsx", "ชื่อ,เลขบัตรประชาชน\r\nสมชาย,3100000000001\r\n".encode(), "import_file_text"),
    ],
)
def test_given_a_file_that_is_no_workbook_then_the_dialog_says_what_it_is_and_what_to_do(
    ops_and_institute: tuple[Ops, str], qtbot: QtBot, tmp_path: Path, name: str, content: bytes, code: str
) -> None:
    ops, institute = ops_and_institute
    path = tmp_path / name
    path.write_bytes(content)
    dialog = chosen(qtbot, ops, institute, path)
    assert dialog.pages.currentIndex() == PAGE_FILE
    assert dialog.error == reason_text(code, "en", location=name)
    assert "Excel Workbook (*.xlsx)" in dialog.error


def test_given_a_workbook_past_a_limit_then_the_dialog_names_the_limit_and_the_cell(
    ops_and_institute: tuple[Ops, str], qtbot: QtBot, tmp_path: Path
) -> None:
    ops, institute = ops_and_institute
    path = stray_cell_workbook(tmp_path / "stray.xlsx")
    dialog = chosen(qtbot, ops, institute, path)
    assert dialog.pages.currentIndex() == PAGE_FILE
    assert dialog.error == reason_text("import_too_many_rows", "en", location="stray.xlsx", detail="ลูกหนี้!A1048576")
    assert "row 200,000" in dialog.error and "{" not in dialog.error
