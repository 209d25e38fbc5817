"""The audit trail (the entries a viewer's filters kept) as an Excel workbook (openpyxl), Thai headers.

One row per changed field (an entry that names no field: one row), the entry's number, time (B.E.), officer,
account, action, table, record, field, old and new values and reason; the filters and the chain's state above the
table; panes frozen under the header, an auto-filter, A4 landscape one page wide.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Font, PatternFill  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

__all__ = ["HEADERS", "AuditSheet", "AuditSheetRow", "write_audit_xlsx"]

FONT_NAME = "Sarabun"
HEADERS: dict[str, tuple[str, ...]] = {
    "th": (
        "ลำดับรายการ",
        "วันเวลา",
        "ผู้บันทึก",
        "บัญชีผู้ใช้",
        "การดำเนินการ",
        "ข้อมูล",
        "รายการ",
        "ช่องข้อมูล",
        "ค่าเดิม",
        "ค่าใหม่",
        "เหตุผล",
    ),
    "en": (
        "Entry no.",
        "When",
        "Officer",
        "Account",
        "Action",
        "Table",
        "Record",
        "Field",
        "Old value",
        "New value",
        "Reason",
    ),
}
_WIDTHS = (10, 19, 20, 14, 10, 20, 30, 20, 24, 24, 34)
_HEADER_FILL = PatternFill("solid", fgColor="E6E6E6")
_BAD_FILL = PatternFill("solid", fgColor="FADBD8")


@dataclass(frozen=True)
class AuditSheetRow:
    entry_id: int
    when: str
    officer: str
    account: str
    action: str
    table: str
    record: str
    field: str
    old: str
    new: str
    reason: str

    def cells(self) -> tuple[object, ...]:
        return (
            self.entry_id,
            self.when,
            self.officer,
            self.account,
            self.action,
            self.table,
            self.record,
            self.field,
            self.old,
            self.new,
            self.reason,
        )


@dataclass(frozen=True)
class AuditSheet:
    title: str
    lines: tuple[str, ...]  # the filters, when it was made
    chain_text: str
    chain_ok: bool
    rows: Sequence[AuditSheetRow]
    language: str = "th"


def write_audit_xlsx(sheet: AuditSheet, path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "ประวัติการแก้ไข" if sheet.language != "en" else "Audit trail"
    ws.cell(1, 1, sheet.title).font = Font(name=FONT_NAME, size=14, bold=True)
    row = 2
    for line in sheet.lines:
        ws.cell(row, 1, line).font = Font(name=FONT_NAME, size=11)
        row += 1
    chain = ws.cell(row, 1, sheet.chain_text)
    chain.font = Font(name=FONT_NAME, size=11, bold=not sheet.chain_ok, color=None if sheet.chain_ok else "9C0006")
    if not sheet.chain_ok:
        chain.fill = _BAD_FILL
    row += 2
    header_row = row
    for column, text in enumerate(HEADERS.get(sheet.language, HEADERS["th"]), start=1):
        cell = ws.cell(row, column, text)
        cell.font = Font(name=FONT_NAME, size=11, bold=True)
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    body = Font(name=FONT_NAME, size=11)
    wrap = Alignment(vertical="top", wrap_text=True)
    for item in sheet.rows:
        row += 1
        for column, value in enumerate(item.cells(), start=1):
            cell = ws.cell(row, column, None if value == "" else value)
            cell.font = body
            cell.alignment = wrap
    for column, width in enumerate(_WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(column)].width = width
    ws.freeze_panes = ws.cell(header_row + 1, 1)
    ws.auto_filter.ref = f"A{header_row}:{get_column_letter(len(_WIDTHS))}{max(row, header_row)}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path
