"""The household and debtor registers as A4-landscape PDFs in the official layout (reportlab, bundled Sarabun).

Title lines centered on the first page (register, institute, ตำบล อำเภอ จังหวัด, ปีงบประมาณ พ.ศ.), a thin-grid
table whose header repeats on every page, amounts right-aligned with two decimals, totals, signature lines,
and on every page the running title, the printing date (B.E.) and "หน้า x/y".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from cdfi_desktop.domain.money import format_baht
from cdfi_desktop.reports.pdf_common import (
    A4_LANDSCAPE,
    CONTINUED,
    FONT,
    FONT_BOLD,
    FONT_ITALIC,
    GRID_GREY,
    HEADER_FILL,
    TABLE_SIZE,
    WHITE,
    ContinuedTable,
    LongTable,
    Margins,
    PageFurniture,
    Signer,
    Spacer,
    TableStyle,
    TextLines,
    build_pdf,
    digit_style,
    fit_size,
    keep_with_previous,
    signature_block,
    text_width,
    title_block,
    wrap,
)
from cdfi_desktop.reports.registers_data import (
    DebtLine,
    DebtorRegister,
    DebtTotals,
    FundGroup,
    HouseholdLine,
    HouseholdRegister,
    Register,
    RegisterHeading,
)

__all__ = ["write_debtor_register_pdf", "write_household_register_pdf", "write_pdf"]

MARGINS = Margins()
BODY = 9.5
DETAIL = TABLE_SIZE
HEADER = 9.5
PAD_X = 3.0
PAD_TOP = 2.5
PAD_BOTTOM = 3.5


def _leading(size: float) -> float:
    return round(size * 1.42, 1)


NBSP = "\u00a0"


@dataclass(frozen=True)
class _Column:
    label: str  # key in LABELS
    width: float  # points; 0 takes what the others leave of the frame
    align: str = "left"
    keep_names: bool = False  # break at spaces first: a given name or surname stays whole
    breakable: bool = True  # False: one line, shrunk to fit (IDs, contract numbers, dates, amounts)


# Widths in points, chosen so the widest usual content and every header word fit at 9.5 pt in the 786-point frame
# (A4 landscape less margins); text that still does not fit shrinks rather than break inside a word.
_HOUSEHOLD_COLUMNS: tuple[_Column, ...] = (
    _Column("col_no", 36, "center", breakable=False),
    _Column("col_house_no", 48, "center", breakable=False),
    _Column("col_village_no", 32, "center", breakable=False),
    _Column("col_head_name", 150, keep_names=True),
    _Column("col_citizen_id", 84, "center", breakable=False),
    _Column("col_members", 48, "right", breakable=False),
    _Column("col_open_debts", 48, "right", breakable=False),
    _Column("col_total_debt", 80, "right", breakable=False),
    _Column("col_installments", 76, "right", breakable=False),
    _Column("col_worst_overdue", 54, "right", breakable=False),
    _Column("col_remarks", 0),
)
_DEBTOR_COLUMNS: tuple[_Column, ...] = (
    _Column("col_no", 36, "center", breakable=False),
    _Column("col_debtor", 118, keep_names=True),
    _Column("col_citizen_id", 82, "center", breakable=False),
    _Column("col_house_no", 46, "center", breakable=False),
    _Column("col_village_no", 30, "center", breakable=False),
    _Column("col_contract_no", 58, "center", breakable=False),
    _Column("col_contract_date", 64, "center", breakable=False),
    _Column("col_principal", 64, "right", breakable=False),
    _Column("col_outstanding", 64, "right", breakable=False),
    _Column("col_rate", 44, "right", breakable=False),
    _Column("col_installment", 60, "right", breakable=False),
    _Column("col_days_overdue", 44, "right", breakable=False),
    _Column("col_status", 0),
)


def _fill_frame(columns: tuple[_Column, ...]) -> tuple[_Column, ...]:
    """The column of width 0 gets what the others leave of the frame."""
    frame = A4_LANDSCAPE[0] - MARGINS.left - MARGINS.right
    rest = frame - sum(c.width for c in columns)
    return tuple(c if c.width else replace(c, width=rest) for c in columns)


_HOUSEHOLD_COLUMNS = _fill_frame(_HOUSEHOLD_COLUMNS)
_DEBTOR_COLUMNS = _fill_frame(_DEBTOR_COLUMNS)


def _widths(columns: Sequence[_Column]) -> list[float]:
    return [c.width for c in columns]


def _cell(
    text: str,
    column: _Column,
    *,
    width: float | None = None,
    size: float = BODY,
    font: str = FONT,
    align: str | None = None,
    color: Any = None,
    breakable: bool | None = None,
    keep_names: bool | None = None,
) -> Any:
    """A table cell: plain text when it is ASCII on one line at full size (reportlab draws it), else shaped lines
    broken between words; a word (or an unbreakable value) wider than the column shrinks the text instead."""
    align = align or column.align
    width = column.width if width is None else width
    breakable = column.breakable if breakable is None else breakable
    keep_names = column.keep_names if keep_names is None else keep_names
    inner = width - 2 * PAD_X
    fitted = fit_size(text, width=inner, size=size, font=font, whole=not breakable)
    plain = text.isascii() and "\n" not in text and color is None and fitted == size and align == column.align
    if plain and text_width(text, font=font, size=size) <= inner:
        return text
    lines = wrap(text, width=inner, size=fitted, font=font, keep_names=keep_names) if breakable else text.split("\n")
    return TextLines(lines, size=fitted, leading=_leading(fitted), font=font, align=align, color=color)


def _amount(value: Decimal | None) -> str:
    return "" if value is None else format_baht(value)


def _count(value: int) -> str:
    return f"{value:,}"


def _rate(value: Decimal | None) -> str:
    return "" if value is None else f"{value:,.2f}"


def _village(value: int | None) -> str:
    return "" if value is None else str(value)


def _date(heading: RegisterHeading, value: date | None) -> str:
    """A B.E. date that never breaks across lines (no-break spaces)."""
    return heading.date_text(value).replace(" ", NBSP)


def _base_style(columns: Sequence[_Column], *, header_rows: int) -> list[tuple[Any, ...]]:
    """Thin grid from the column header down (rows above it are titles), header shaded, columns aligned."""
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, BODY, _leading(BODY)),
        ("GRID", (0, header_rows - 1), (-1, -1), 0.4, GRID_GREY),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_TOP),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_BOTTOM),
        ("BACKGROUND", (0, header_rows - 1), (-1, header_rows - 1), HEADER_FILL),
        ("FONT", (0, header_rows - 1), (-1, header_rows - 1), FONT_BOLD, HEADER, _leading(HEADER)),
    ]
    for index, column in enumerate(columns):
        style.append(("ALIGN", (index, 0), (index, -1), column.align.upper()))
    return style


def _header_row(heading: RegisterHeading, columns: Sequence[_Column]) -> list[Any]:
    return [
        _cell(heading.text(c.label), c, size=HEADER, font=FONT_BOLD, align="center", breakable=True) for c in columns
    ]


def _furniture(register: Register) -> PageFurniture:
    heading = register.heading
    running = f"{register.title} · {heading.institute_name} · {heading.fiscal_year_line}"
    return PageFurniture(
        running_title=running,
        footer_left=heading.printed_line,
        footer_right=heading.citizen_id_footer,
        page_label=lambda page, pages: heading.text("page", page=page, pages=pages),
    )


def _title(register: Register) -> list[Any]:
    heading = register.heading
    width = A4_LANDSCAPE[0] - MARGINS.left - MARGINS.right
    return title_block(
        [
            (register.title, 15),
            (heading.institute_name, 13),
            (heading.area_line, 13),
            (heading.fiscal_year_line, 13),
        ],
        width=width,
    )


def _ending(heading: RegisterHeading) -> list[Any]:
    width = A4_LANDSCAPE[0] - MARGINS.left - MARGINS.right
    note = TextLines(
        wrap(heading.citizen_id_note, width=width, size=TABLE_SIZE), size=TABLE_SIZE, leading=_leading(TABLE_SIZE)
    )
    signatures = signature_block(
        [Signer(heading.text("preparer")), Signer(heading.text("chair"))],
        sign=heading.text("sign"),
        date_label=heading.text("sign_date"),
    )
    return [Spacer(1, 4), note, Spacer(1, 26), signatures]


# -- household register -------------------------------------------------------------------------------------------
def _household_cells(line: HouseholdLine) -> list[Any]:
    values = (
        _count(line.no),
        line.house_no,
        _village(line.village_no),
        line.head_name,
        line.citizen_id,
        _count(line.members),
        _count(line.open_debts),
        _amount(line.outstanding),
        _amount(line.monthly_installments),
        _count(line.worst_days_overdue),
        "",
    )
    return [_cell(v, c) for v, c in zip(values, _HOUSEHOLD_COLUMNS, strict=True)]


def _continued_cells(line: HouseholdLine, debt: DebtLine, heading: RegisterHeading, *, more: str) -> dict[int, Any]:
    """A household's debt row when it is the first of a page: the household's no., house no. and name with
    "(ต่อ)" above the debt's creditor, so a page never starts with debts of nobody."""
    columns = _HOUSEHOLD_COLUMNS
    creditor = debt.creditor or heading.creditor_kind(debt.creditor_kind)
    name = _cell(f"{line.head_name} {more}\n{debt.no}){NBSP}{creditor}", columns[3], size=DETAIL, color=GRID_GREY)
    return {0: _cell(_count(line.no), columns[0]), 1: _cell(line.house_no, columns[1]), 3: name}


def _debt_detail_cells(debt: DebtLine, heading: RegisterHeading) -> list[Any]:
    """A debt under its household: creditor in the name column, contract in the ID column, amounts in theirs."""
    creditor = debt.creditor or heading.creditor_kind(debt.creditor_kind)
    contract = "\n".join(
        part
        for part in (
            heading.text("contract", no=debt.contract_no).replace(" ", NBSP) if debt.contract_no else "",
            heading.text("dated", date=_date(heading, debt.contract_date)).replace(" ", NBSP)
            if debt.contract_date
            else "",
        )
        if part
    )
    values = (
        "",
        "",
        "",
        f"{debt.no}){NBSP}{creditor}",
        contract,
        "",
        "",
        _amount(debt.outstanding),
        _amount(debt.installment),
        _count(debt.days_overdue),
        heading.arrears(debt.arrears),
    )
    return [
        _cell(v, c, size=DETAIL, font=FONT_ITALIC, color=GRID_GREY, keep_names=False) if v else ""
        for v, c in zip(values, _HOUSEHOLD_COLUMNS, strict=True)
    ]


def _heights(rows: Sequence[Sequence[Any]], *, leadings: Sequence[float]) -> list[float]:
    """Each row's height, worked out here: left to reportlab, a long table's row heights are found again at every
    page break by scanning all the rows left, which is quadratic in the length of the register."""
    heights = []
    for cells, leading in zip(rows, leadings, strict=True):
        content = max((c.height if isinstance(c, TextLines) else leading if c else 0.0) for c in cells)
        heights.append(max(content, leading) + PAD_TOP + PAD_BOTTOM)
    return heights


def _long_table(
    rows: list[list[Any]], columns: Sequence[_Column], *, repeat_rows: int, style: list[Any], leadings: Sequence[float]
) -> Any:
    return LongTable(
        rows,
        colWidths=_widths(columns),
        rowHeights=_heights(rows, leadings=leadings),
        repeatRows=repeat_rows,
        style=TableStyle(style),
    )


def _band(
    cells: list[Any],
    columns: Sequence[_Column],
    *,
    span_to: int,
    size: float = BODY,
    rule: float = 0.4,
    fill: Any = HEADER_FILL,
    font: str = FONT_BOLD,
) -> Any:
    """A one-row table on the register's columns (a total, a note across the table), its first cells spanned.

    Spans live only in these small tables: in a long one reportlab recomputes them at every page break, which
    makes a register of thousands of rows take quadratic time.
    """
    style = [
        *_base_style(columns, header_rows=1),
        ("SPAN", (0, 0), (span_to, 0)),
        ("FONT", (0, 0), (-1, 0), font, size, _leading(size)),
        ("BACKGROUND", (0, 0), (-1, 0), fill or WHITE),
        ("LINEABOVE", (0, 0), (-1, 0), rule, GRID_GREY),
        ("LINEBELOW", (0, 0), (-1, 0), rule, GRID_GREY),
    ]
    return LongTable([cells], colWidths=_widths(columns), style=TableStyle(style))


def _note_band(text: str, columns: Sequence[_Column]) -> Any:
    width = sum(c.width for c in columns)
    cells = [_cell(text, columns[1], width=width, align="center"), *[""] * (len(columns) - 1)]
    return _band(cells, columns, span_to=len(columns) - 1, fill=None, font=FONT)


def write_household_register_pdf(register: HouseholdRegister, path: Path, *, digits: str | None = None) -> Path:
    """Write the household register (with each household's debts under it when the register has them).
    Its numbers in ``digits`` ("thai" or "arabic"; the default digit style when not given)."""
    with digit_style(digits, language=register.heading.language):
        return _write_household_register_pdf(register, path)


def _write_household_register_pdf(register: HouseholdRegister, path: Path) -> Path:
    heading = register.heading
    columns = _HOUSEHOLD_COLUMNS
    rows: list[list[Any]] = [_header_row(heading, columns)]
    leadings = [_leading(HEADER)]
    style = _base_style(columns, header_rows=1)
    continued: dict[int, dict[int, Any]] = {}  # a household's debt row that starts a page: its no., house, name
    more = CONTINUED.get(heading.language, CONTINUED["en"])
    for line in register.lines:
        rows.append(_household_cells(line))
        leadings.append(_leading(BODY))
        for debt in line.debts:
            index = len(rows)
            rows.append(_debt_detail_cells(debt, heading))
            leadings.append(_leading(DETAIL))
            style.append(("FONT", (0, index), (-1, index), FONT_ITALIC, DETAIL, _leading(DETAIL)))
            style.append(("TEXTCOLOR", (0, index), (-1, index), GRID_GREY))
            continued[index] = _continued_cells(line, debt, heading, more=more)
    table = ContinuedTable(
        rows,
        colWidths=_widths(columns),
        rowHeights=_heights(rows, leadings=leadings),
        repeatRows=1,
        style=TableStyle(style),
        continued=continued,
    )
    story: list[Any] = [*_title(register), table]
    if not register.lines:
        story.append(_note_band(heading.text("no_households"), columns))
    totals = register.totals
    label = heading.text("households_total", n=totals.households)
    total_cells = [
        _cell(label, columns[3], width=sum(c.width for c in columns[:5]), font=FONT_BOLD, align="center"),
        "",
        "",
        "",
        "",
        _count(totals.members),
        _count(totals.open_debts),
        _amount(totals.outstanding),
        _amount(totals.monthly_installments),
        _count(totals.worst_days_overdue),
        "",
    ]
    story.append(_band(total_cells, columns, span_to=4, rule=1.0))
    keep_with_previous(story, _ending(heading))
    build_pdf(
        path,
        story,
        furniture=_furniture(register),
        title=register.title,
        subject=heading.institute_name,
        margins=MARGINS,
    )
    return path


# -- debtor register ----------------------------------------------------------------------------------------------
def _debtor_cells(debt: DebtLine, heading: RegisterHeading) -> list[Any]:
    values = (
        _count(debt.no),
        debt.debtor_name,
        debt.citizen_id,
        debt.house_no,
        _village(debt.village_no),
        debt.contract_no,
        _date(heading, debt.contract_date),
        _amount(debt.principal),
        _amount(debt.outstanding),
        _rate(debt.interest_rate),
        _amount(debt.installment),
        _count(debt.days_overdue),
        heading.arrears(debt.arrears),
    )
    return [_cell(v, c) for v, c in zip(values, _DEBTOR_COLUMNS, strict=True)]


def _totals_cells(label: str, totals: DebtTotals) -> list[Any]:
    columns = _DEBTOR_COLUMNS
    return [
        _cell(label, columns[1], width=sum(c.width for c in columns[:7]), font=FONT_BOLD, align="center"),
        "",
        "",
        "",
        "",
        "",
        "",
        _amount(totals.principal),
        _amount(totals.outstanding),
        "",
        _amount(totals.installments),
        "",
        "",
    ]


def _fund_section(group: FundGroup, *, number: int, heading: RegisterHeading) -> list[Any]:
    """A fund's heading and debts as one table whose first two rows (heading, column header) repeat on every
    page it runs over, then its subtotal."""
    columns = _DEBTOR_COLUMNS
    title = heading.text("fund_heading", no=number, fund=group.name)
    # The heading sits in the first cell and runs on over the empty ones (no span: see _band).
    title_cell = _cell(title, columns[1], width=sum(c.width for c in columns), size=11, font=FONT_BOLD, align="left")
    rows: list[list[Any]] = [[title_cell, *[""] * (len(columns) - 1)], _header_row(heading, columns)]
    style = _base_style(columns, header_rows=2)
    style += [
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, 11, _leading(11)),
        ("TOPPADDING", (0, 0), (-1, 0), 6),
        ("LEFTPADDING", (0, 0), (-1, 0), 0),
    ]
    rows += [_debtor_cells(debt, heading) for debt in group.lines]
    leadings = [_leading(11), _leading(HEADER)] + [_leading(BODY)] * len(group.lines)
    section: list[Any] = [_long_table(rows, columns, repeat_rows=2, style=style, leadings=leadings)]
    if not group.lines:
        section.append(_note_band(heading.text("no_debtors"), columns))
    label = heading.text("fund_subtotal", fund=group.name, n=group.subtotal.debts)
    section.append(_band(_totals_cells(label, group.subtotal), columns, span_to=6))
    return section


def write_debtor_register_pdf(register: DebtorRegister, path: Path, *, digits: str | None = None) -> Path:
    """Write the debtor register: one section per member fund with its subtotal, then the grand total.
    Its numbers in ``digits`` ("thai" or "arabic"; the default digit style when not given)."""
    with digit_style(digits, language=register.heading.language):
        return _write_debtor_register_pdf(register, path)


def _write_debtor_register_pdf(register: DebtorRegister, path: Path) -> Path:
    heading = register.heading
    story: list[Any] = _title(register)
    for number, group in enumerate(register.groups, start=1):
        story += [*_fund_section(group, number=number, heading=heading), Spacer(1, 6)]
    label = heading.text("grand_total", n=register.totals.debts)
    story.append(_band(_totals_cells(label, register.totals), _DEBTOR_COLUMNS, span_to=6, size=BODY + 0.5, rule=1.2))
    keep_with_previous(story, _ending(heading))
    build_pdf(
        path,
        story,
        furniture=_furniture(register),
        title=register.title,
        subject=heading.institute_name,
        margins=MARGINS,
    )
    return path


def write_pdf(register: Register, path: Path, *, digits: str | None = None) -> Path:
    """Write either register as a PDF at ``path`` (its numbers in ``digits``); returns ``path``."""
    if isinstance(register, HouseholdRegister):
        return write_household_register_pdf(register, path, digits=digits)
    return write_debtor_register_pdf(register, path, digits=digits)
