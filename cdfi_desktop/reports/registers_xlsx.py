"""The household and debtor registers as Excel workbooks in the official layout (openpyxl).

One sheet per register: title rows merged across the table (register, institute, ตำบล อำเภอ จังหวัด,
ปีงบประมาณ พ.ศ.), a header row repeated on every printed page, thin grid, amounts as numbers formatted
``#,##0.00``, totals as real ``SUM`` formulas, signature lines; A4 landscape fitted to one page wide, page
numbers ``หน้า &P/&N`` and the printing date in the footer, panes frozen under the header.

openpyxl cannot store a formula's value, so once the file is written the app's own totals are put into each
formula cell as its cached value (``<v>``): viewers that do not calculate show them, Excel and LibreOffice
recalculate on opening (``fullCalcOnLoad``), and the two must agree — the tests and ``bench/bench_reports.py``
check that they do.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from cdfi_desktop import APP_NAME
from cdfi_desktop.reports.pdf_common import FONT, FONT_BOLD, wrap
from cdfi_desktop.reports.registers_data import (
    DebtLine,
    DebtorRegister,
    DebtTotals,
    HouseholdRegister,
    Register,
    RegisterHeading,
)

__all__ = ["write_debtor_register_xlsx", "write_household_register_xlsx", "write_xlsx"]

FONT_NAME = "Sarabun"  # the app's font; Excel substitutes a Thai font where it is not installed
MONEY = "#,##0.00"
COUNT = "#,##0"
RATE = "0.00"
HEADER_ROW = 6
FIRST_DATA_ROW = HEADER_ROW + 1

_THIN = Side(style="thin", color="404040")
_GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_TOTAL = Border(left=_THIN, right=_THIN, top=Side(style="medium", color="404040"), bottom=Side(style="double"))
_SHADE = PatternFill("solid", fgColor="E6E6E6")
_GROUP_SHADE = PatternFill("solid", fgColor="F2F2F2")


@dataclass(frozen=True)
class _Column:
    label: str  # key in LABELS
    width: float  # Excel character units
    align: str = "left"
    number_format: str = "General"


# About 165–172 character units in all: one A4-landscape page wide (fit-to-width shrinks whatever is wider).
_HOUSEHOLD_COLUMNS = (
    _Column("col_no", 7, "center", COUNT),
    _Column("col_house_no", 10, "center"),
    _Column("col_village_no", 7, "center", COUNT),
    _Column("col_head_name", 34),
    _Column("col_citizen_id", 20, "center"),
    _Column("col_members", 10, "right", COUNT),
    _Column("col_open_debts", 10, "right", COUNT),
    _Column("col_total_debt", 16, "right", MONEY),
    _Column("col_installments", 15, "right", MONEY),
    _Column("col_worst_overdue", 12, "right", COUNT),
    _Column("col_remarks", 24),
)
_DEBTOR_COLUMNS = (
    _Column("col_no", 7, "center", COUNT),
    _Column("col_debtor", 27),
    _Column("col_citizen_id", 20, "center"),
    _Column("col_house_no", 9, "center"),
    _Column("col_village_no", 7, "center", COUNT),
    _Column("col_contract_no", 12, "center"),
    _Column("col_contract_date", 13, "center"),
    _Column("col_principal", 14, "right", MONEY),
    _Column("col_outstanding", 14, "right", MONEY),
    _Column("col_rate", 10, "right", RATE),
    _Column("col_installment", 13, "right", MONEY),
    _Column("col_days_overdue", 10, "right", COUNT),
    _Column("col_status", 16, "center"),
)


def _points(width_units: float) -> float:
    """Printed width of an Excel column: ``7·w + 5`` pixels at 96 dpi, less the cell's own padding."""
    return (7 * width_units + 5) * 0.75 - 4


def _row_height(texts: Sequence[tuple[str, float]], *, size: float = 11, bold: bool = False) -> float:
    """Height in points that shows every (text, column width) of a row, wrapped between words as Excel would
    (measured with the same Sarabun metrics as the PDF)."""
    font = FONT_BOLD if bold else FONT
    lines = max(
        (len(wrap(text, width=_points(width), size=size, font=font)) for text, width in texts if text), default=1
    )
    return round(lines * size * 1.55 + 4, 1)


@dataclass(frozen=True)
class _Look:
    """A cell's whole style; each distinct look becomes one named style of the workbook (cheap to apply)."""

    size: float = 11
    bold: bool = False
    italic: bool = False
    grey: bool = False
    align: str = "left"
    number_format: str = "General"
    border: str = "grid"  # grid, total or none
    fill: str = "none"  # none, shade or group
    indent: int = 0

    @property
    def name(self) -> str:
        parts = [
            f"CDFI {self.size:g}",
            "bold" if self.bold else "",
            "italic" if self.italic else "",
            "grey" if self.grey else "",
            self.align,
            self.number_format,
            self.border,
            self.fill,
            f"indent {self.indent}" if self.indent else "",
        ]
        return " ".join(p for p in parts if p)

    def named_style(self) -> Any:
        style = NamedStyle(name=self.name)
        style.font = Font(
            name=FONT_NAME, size=self.size, bold=self.bold, italic=self.italic, color="555555" if self.grey else None
        )
        style.alignment = Alignment(
            horizontal=self.align, vertical="center", wrap_text=self.align != "right", indent=self.indent
        )
        style.number_format = self.number_format
        style.border = {"grid": _GRID, "total": _TOTAL}.get(self.border, Border())
        if self.fill != "none":
            style.fill = _SHADE if self.fill == "shade" else _GROUP_SHADE
        return style


class _Sheet:
    """One register sheet being written: cells with their style, formulas with the app's value beside them."""

    def __init__(self, workbook: Any, *, title: str, columns: Sequence[_Column]) -> None:
        self.workbook = workbook
        self.ws = workbook.active
        self.ws.title = title[:31]
        self.columns = columns
        self.last_column = get_column_letter(len(columns))
        self.cached: dict[str, Decimal | int] = {}
        self.styles: set[str] = set()
        self.ws.sheet_view.showGridLines = False
        for index, column in enumerate(columns, start=1):
            self.ws.column_dimensions[get_column_letter(index)].width = column.width

    def style(self, look: _Look) -> str:
        name = look.name
        if name not in self.styles:
            self.workbook.add_named_style(look.named_style())
            self.styles.add(name)
        return name

    def letter(self, label: str) -> str:
        return str(get_column_letter(next(i for i, c in enumerate(self.columns, start=1) if c.label == label)))

    def title_rows(self, register: Register) -> None:
        heading = register.heading
        lines = (
            (register.title, 16),
            (heading.institute_name, 14),
            (heading.area_line, 14),
            (heading.fiscal_year_line, 14),
        )
        for row, (text, size) in enumerate(lines, start=1):
            self.merged(row, text, look=_Look(size=size, bold=True, align="center", border="none"))
            self.ws.row_dimensions[row].height = size * 1.75
        self.ws.row_dimensions[HEADER_ROW - 1].height = 8

    def header(self, heading: RegisterHeading) -> None:
        style = self.style(_Look(bold=True, align="center", fill="shade"))
        texts = []
        for index, column in enumerate(self.columns, start=1):
            text = heading.text(column.label)
            self.ws.cell(HEADER_ROW, index, text).style = style
            texts.append((text, column.width))
        self.ws.row_dimensions[HEADER_ROW].height = _row_height(texts, bold=True)
        self.ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
        self.ws.freeze_panes = f"A{FIRST_DATA_ROW}"

    def row(self, row: int, values: Sequence[object], *, detail: bool = False) -> None:
        texts = [(v, c.width) for v, c in zip(values, self.columns, strict=True) if isinstance(v, str) and v]
        self.ws.row_dimensions[row].height = _row_height(texts, size=10 if detail else 11)
        for index, (value, column) in enumerate(zip(values, self.columns, strict=True), start=1):
            look = _Look(align=column.align, number_format=column.number_format)
            if detail:
                look = _Look(
                    size=10,
                    italic=True,
                    grey=True,
                    align=column.align,
                    number_format=column.number_format,
                    indent=1 if column.align == "left" else 0,
                )
            self.ws.cell(row, index, None if value == "" else value).style = self.style(look)

    def merged(self, row: int, text: str, *, first: int = 1, last: int | None = None, look: _Look = _Look()) -> None:
        last = last or len(self.columns)
        style = self.style(look)
        self.ws.cell(row, first, text).style = style
        for index in range(first + 1, last + 1):
            self.ws.cell(row, index).style = style
        if last > first:
            self.ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)

    def total(self, row: int, *, label: str, last_label_column: int, border: str = "total") -> None:
        """A totals row: ``label`` across the first columns, the rest shaded and bold, ready for formulas."""
        self.merged(
            row, label, last=last_label_column, look=_Look(bold=True, align="center", border=border, fill="shade")
        )
        for index in range(last_label_column + 1, len(self.columns) + 1):
            column = self.columns[index - 1]
            look = _Look(bold=True, align="right", number_format=column.number_format, border=border, fill="shade")
            self.ws.cell(row, index).style = self.style(look)

    def formula(self, row: int, *, label: str, formula: str, value: Decimal | int) -> None:
        """A total: ``formula`` in the cell, ``value`` (the app's own sum) as its cached result."""
        ref = f"{self.letter(label)}{row}"
        self.ws[ref].value = formula
        self.cached[ref] = value

    def ending(self, row: int, heading: RegisterHeading) -> int:
        """The PDPA note, then the two signature blocks; returns the last row used."""
        note = row + 1
        self.merged(note, heading.citizen_id_note, look=_Look(size=9, italic=True, border="none"))
        self.ws.row_dimensions[note].height = 16
        half = len(self.columns) // 2
        dots = "." * 40
        sign, date_label = heading.text("sign"), heading.text("sign_date")
        lines = (
            (f"{sign} {dots} {heading.text('preparer')}", f"{sign} {dots} {heading.text('chair')}"),
            (f"({dots})", f"({dots})"),
            (f"{date_label} ........./................./.........",) * 2,
        )
        first = note + 3
        plain = _Look(align="center", border="none")
        for offset, (left, right) in enumerate(lines):
            r = first + offset
            self.merged(r, left, first=1, last=half, look=plain)
            self.merged(r, right, first=half + 1, last=len(self.columns), look=plain)
            self.ws.row_dimensions[r].height = 24
        return first + len(lines) - 1

    def page_setup(self, register: Register, last_row: int) -> None:
        ws = self.ws
        heading = register.heading
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.horizontalCentered = True
        ws.page_margins.left = ws.page_margins.right = 0.4
        ws.page_margins.top = 0.6
        ws.page_margins.bottom = 0.6
        ws.page_margins.header = ws.page_margins.footer = 0.25
        ws.print_area = f"A1:{self.last_column}{last_row}"
        footer_font = f"{FONT_NAME},Regular"
        running = f"{register.title} · {heading.institute_name} · {heading.fiscal_year_line}"
        page = _escape(heading.text("page", page="\0P", pages="\0N")).replace("\0", "&")
        for footer in (ws.oddFooter, ws.firstFooter):
            footer.left.text = _escape(heading.printed_line)
            footer.center.text = page
            footer.right.text = _escape(heading.citizen_id_footer)
            for part in (footer.left, footer.center, footer.right):
                part.font = footer_font
                part.size = 9
        ws.HeaderFooter.differentFirst = True  # the first page has the title rows; later pages a running title
        ws.oddHeader.center.text = _escape(running)
        ws.oddHeader.center.font = footer_font
        ws.oddHeader.center.size = 9


def _escape(text: str) -> str:
    """Header/footer text is a little language where ``&`` starts a code."""
    return text.replace("&", "&&")


def _new_workbook(register: Register) -> Any:
    workbook = Workbook()
    workbook.properties.title = register.title
    workbook.properties.subject = register.heading.institute_name
    workbook.properties.creator = APP_NAME
    workbook.calculation.fullCalcOnLoad = True
    return workbook


# -- household register -------------------------------------------------------------------------------------------
def write_household_register_xlsx(register: HouseholdRegister, path: Path) -> Path:
    """Write the household register (each household's debts as grouped detail rows when it has them)."""
    heading = register.heading
    workbook = _new_workbook(register)
    sheet = _Sheet(workbook, title=heading.text("household_sheet"), columns=_HOUSEHOLD_COLUMNS)
    sheet.title_rows(register)
    sheet.header(heading)
    if register.with_debts:  # each household's debts are an outline group under it, collapsible in Excel
        sheet.ws.sheet_properties.outlinePr.summaryBelow = False
    row = FIRST_DATA_ROW
    for line in register.lines:
        sheet.row(
            row,
            (
                line.no,
                line.house_no,
                line.village_no if line.village_no is not None else "",
                line.head_name,
                line.citizen_id,
                line.members,
                line.open_debts,
                line.outstanding,
                line.monthly_installments,
                line.worst_days_overdue,
                "",
            ),
        )
        row += 1
        for debt in line.debts:
            sheet.row(row, _debt_detail_values(debt, heading), detail=True)
            sheet.ws.row_dimensions[row].outlineLevel = 1
            row += 1
    if not register.lines:
        sheet.merged(row, heading.text("no_households"), look=_Look(align="center"))
        row += 1
    last_data = row - 1
    totals = register.totals
    sheet.total(row, label=heading.text("households_total", n=totals.households), last_label_column=5)

    def total(label: str) -> str:
        letter = sheet.letter(label)
        if register.with_debts:  # only household rows carry a number in column A; debt rows would count twice
            return f'=SUMIF($A${FIRST_DATA_ROW}:$A${last_data},">0",{letter}{FIRST_DATA_ROW}:{letter}{last_data})'
        return f"=SUM({letter}{FIRST_DATA_ROW}:{letter}{last_data})"

    for label, value in (
        ("col_members", totals.members),
        ("col_open_debts", totals.open_debts),
        ("col_total_debt", totals.outstanding),
        ("col_installments", totals.monthly_installments),
    ):
        sheet.formula(row, label=label, formula=total(label), value=value)
    worst = sheet.letter("col_worst_overdue")
    sheet.formula(
        row,
        label="col_worst_overdue",
        formula=f"=MAX({worst}{FIRST_DATA_ROW}:{worst}{last_data})",
        value=totals.worst_days_overdue,
    )
    last_row = sheet.ending(row + 1, heading)
    sheet.page_setup(register, last_row)
    return _save(workbook, path=path, cached=sheet.cached)


def _debt_detail_values(debt: DebtLine, heading: RegisterHeading) -> tuple[object, ...]:
    creditor = debt.creditor or heading.creditor_kind(debt.creditor_kind)
    nbsp = "\u00a0"  # a contract number or a date never breaks across lines
    contract = "\n".join(
        part.replace(" ", nbsp)
        for part in (
            heading.text("contract", no=debt.contract_no) if debt.contract_no else "",
            heading.text("dated", date=heading.date_text(debt.contract_date)) if debt.contract_date else "",
        )
        if part
    )
    return (
        "",
        "",
        "",
        f"{debt.no}) {creditor}",
        contract,
        "",
        "",
        debt.outstanding,
        debt.installment if debt.installment is not None else "",
        debt.days_overdue,
        heading.arrears(debt.arrears),
    )


# -- debtor register ----------------------------------------------------------------------------------------------
def write_debtor_register_xlsx(register: DebtorRegister, path: Path) -> Path:
    """Write the debtor register: per member fund a heading row, its debts and a subtotal; then the grand total."""
    heading = register.heading
    workbook = _new_workbook(register)
    sheet = _Sheet(workbook, title=heading.text("debtor_sheet"), columns=_DEBTOR_COLUMNS)
    sheet.title_rows(register)
    sheet.header(heading)
    row = FIRST_DATA_ROW
    subtotal_rows: list[int] = []
    for number, group in enumerate(register.groups, start=1):
        sheet.merged(
            row, heading.text("fund_heading", no=number, fund=group.name), look=_Look(size=12, bold=True, fill="group")
        )
        sheet.ws.row_dimensions[row].height = 22
        row += 1
        first = row
        for debt in group.lines:
            sheet.row(row, _debtor_values(debt, heading))
            row += 1
        if not group.lines:
            sheet.merged(row, heading.text("no_debtors"), look=_Look(align="center"))
            row += 1
        _debt_totals(
            sheet,
            row,
            label=heading.text("fund_subtotal", fund=group.name, n=group.subtotal.debts),
            totals=group.subtotal,
            formula=_sum_of_range(first, row - 1),
            border="grid",
        )
        subtotal_rows.append(row)
        row += 1
    _debt_totals(
        sheet,
        row,
        label=heading.text("grand_total", n=register.totals.debts),
        totals=register.totals,
        formula=partial(_sum_of_cells, rows=subtotal_rows),
    )
    last_row = sheet.ending(row + 1, heading)
    sheet.page_setup(register, last_row)
    return _save(workbook, path=path, cached=sheet.cached)


def _debtor_values(debt: DebtLine, heading: RegisterHeading) -> tuple[object, ...]:
    return (
        debt.no,
        debt.debtor_name,
        debt.citizen_id,
        debt.house_no,
        debt.village_no if debt.village_no is not None else "",
        debt.contract_no,
        heading.date_text(debt.contract_date),
        debt.principal,
        debt.outstanding,
        debt.interest_rate if debt.interest_rate is not None else "",
        debt.installment if debt.installment is not None else "",
        debt.days_overdue,
        heading.arrears(debt.arrears),
    )


def _debt_totals(
    sheet: _Sheet,
    row: int,
    *,
    label: str,
    totals: DebtTotals,
    formula: Callable[[str], str],
    border: str = "total",
) -> None:
    """A subtotal or total row: ``formula(column letter)`` in the amount columns, the app's totals cached."""
    sheet.total(row, label=label, last_label_column=7, border=border)
    for column, value in (
        ("col_principal", totals.principal),
        ("col_outstanding", totals.outstanding),
        ("col_installment", totals.installments),
    ):
        sheet.formula(row, label=column, formula=formula(sheet.letter(column)), value=value)


def _sum_of_range(first: int, last: int) -> Callable[[str], str]:
    return lambda letter: f"=SUM({letter}{first}:{letter}{last})"


def _sum_of_cells(letter: str, rows: Sequence[int]) -> str:
    """``=SUM(H12,H20,…)`` of the subtotal cells, nested in groups of 200 (Excel takes 255 arguments)."""
    if not rows:
        return "=0"
    refs = [f"{letter}{r}" for r in rows]
    parts = [f"SUM({','.join(refs[i : i + 200])})" for i in range(0, len(refs), 200)]
    return "=" + (parts[0] if len(parts) == 1 else f"SUM({','.join(parts)})")


# -- saving -------------------------------------------------------------------------------------------------------
_SHEET_XML = "xl/worksheets/sheet1.xml"
_FORMULA_CELL = re.compile(r'<c r="(?P<ref>[A-Z]+[0-9]+)"(?P<attrs>[^>]*)><f>(?P<f>[^<]*)</f>(?:<v\s*/>|<v></v>)?</c>')


def _save(workbook: Any, *, path: Path, cached: dict[str, Decimal | int]) -> Path:
    """Save, then give each total formula the app's value as its cached result (written next to ``path`` and
    moved over it, so a failure never leaves half a file)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=".tmp-", suffix=".xlsx", dir=path.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        workbook.save(temp)
        _put_cached_values(temp, cached)
        shutil.move(temp, path)
    finally:
        temp.unlink(missing_ok=True)
    return path


def _put_cached_values(path: Path, cached: dict[str, Decimal | int]) -> None:
    with zipfile.ZipFile(path) as source:
        entries = [(info, source.read(info.filename)) for info in source.infolist()]
    found: set[str] = set()

    def fill(match: re.Match[str]) -> str:
        ref = match["ref"]
        if ref not in cached:
            return match[0]
        found.add(ref)
        return f'<c r="{ref}"{match["attrs"]}><f>{match["f"]}</f><v>{cached[ref]}</v></c>'

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in entries:
            if info.filename == _SHEET_XML:
                target.writestr(info, _FORMULA_CELL.sub(fill, data.decode("utf-8")).encode("utf-8"))
            else:
                target.writestr(info, data)
    missing = set(cached) - found
    if missing:
        raise RuntimeError(f"totals without a formula cell in {path.name}: {sorted(missing)}")


def write_xlsx(register: Register, path: Path) -> Path:
    """Write either register as an Excel workbook at ``path``; returns ``path``."""
    if isinstance(register, HouseholdRegister):
        return write_household_register_xlsx(register, path)
    return write_debtor_register_xlsx(register, path)
