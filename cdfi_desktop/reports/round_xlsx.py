"""The 1HH1C report round as one Excel workbook (openpyxl): the report form and the register, each on its sheet in the
registers' official look (title rows merged across the table, Thai headers repeated on every printed page, thin
grid, amounts as numbers formatted ``#,##0.00``, totals, signature lines, A4 fitted to one page wide, page x/y).

The file is reproducible: its document properties (created, modified) are the round's own date, and the zip is
written again with every entry dated that day, so a submitted round — printed from its snapshot — gives the same
bytes whenever it is written.
"""

from __future__ import annotations

import io
import os
import re
import tempfile
import zipfile
from collections.abc import Sequence
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from cdfi_desktop import APP_NAME
from cdfi_desktop.reports.round_data import CURRENT, IN_ARREARS, PAID_OFF, RoundReport

__all__ = ["write_round_xlsx"]

FONT_NAME = "Sarabun"
MONEY = "#,##0.00"
COUNT = "#,##0"
_THIN = Side(style="thin", color="404040")
_GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_SHADE = PatternFill("solid", fgColor="E6E6E6")
_TOTAL = PatternFill("solid", fgColor="F2F2F2")
_RED = "B00D0D"
_GREEN = "1A6626"
_EARLIEST_ZIP = datetime(1980, 1, 1, tzinfo=UTC)


def _put(
    ws: Any,
    row: int,
    column: int,
    value: object,
    *,
    bold: bool = False,
    size: float = 11,
    align: str = "left",
    grid: bool = True,
    fill: Any = None,
    number: str | None = None,
    color: str | None = None,
) -> Any:
    if isinstance(value, Decimal):
        value = float(value)
    cell = ws.cell(row, column, None if value == "" else value)
    cell.font = Font(name=FONT_NAME, size=size, bold=bold, color=color)
    cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=align != "right")
    if grid:
        cell.border = _GRID
    if fill is not None:
        cell.fill = fill
    if number is not None:
        cell.number_format = number
    return cell


def _merged(ws: Any, row: int, text: object, *, first: int, last: int, **look: Any) -> None:
    _put(ws, row, first, text, **look)
    for column in range(first + 1, last + 1):
        _put(ws, row, column, "", **{k: v for k, v in look.items() if k in ("grid", "fill")})
    if last > first:
        ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)


def _titles(ws: Any, report: RoundReport, title: str, last: int) -> int:
    lines: list[tuple[str, float, str | None]] = [
        (title, 16.0, None),
        (report.heading.institute_name, 14.0, None),
        (report.area_line, 13.0, None),
        (report.fiscal_year_line, 13.0, None),
        (report.round_line, 12.0, None),
    ]
    if report.draft:
        lines.append((report.text("draft_mark"), 13.0, _RED))
    for row, (text, size, color) in enumerate(lines, start=1):
        _merged(
            ws,
            row,
            text,
            first=1,
            last=last,
            bold=size > 12 or color is not None,
            size=size,
            align="center",
            grid=False,
            color=color,
        )
        ws.row_dimensions[row].height = size * 1.75
    return len(lines) + 2


def _page_setup(ws: Any, report: RoundReport, *, orientation: str, last_column: int, last_row: int) -> None:
    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.print_area = f"A1:{get_column_letter(last_column)}{last_row}"
    ws.oddFooter.left.text = report.status_line.replace("&", "&&")
    ws.oddFooter.center.text = report.text("page", page="&P", pages="&N")
    ws.oddFooter.right.text = report.hash_line.replace("&", "&&")
    ws.sheet_view.showGridLines = False


def _signatures(ws: Any, report: RoundReport, row: int, last: int) -> int:
    dots = "." * 40
    half = max(1, last // 2)
    lines = (
        (
            f"{report.text('sign')} {dots} {report.text('reporter')}",
            f"{report.text('sign')} {dots} {report.text('chair')}",
        ),
        (f"({report.view.submitted_by or dots})", f"({dots})"),
        (f"{report.text('sign_date')} ........./................./.........",) * 2,
    )
    for left, right in lines:
        _merged(ws, row, left, first=1, last=half, align="center", grid=False)
        _merged(ws, row, right, first=half + 1, last=last, align="center", grid=False)
        ws.row_dimensions[row].height = 24
        row += 1
    if report.view.sha256:
        row += 1
        _merged(
            ws,
            row,
            report.text("hash_line", hash=report.view.sha256),
            first=1,
            last=last,
            size=9,
            align="center",
            grid=False,
        )
        row += 1
    return row - 1


# -- the report form sheet -----------------------------------------------------------------------------------------
def _form_sheet(ws: Any, report: RoundReport) -> None:
    ws.title = report.text("form_sheet")
    widths = [58, 18, 18, 18]
    last = len(widths)
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    row = _titles(ws, report, report.text("form_title"), last)
    t = report.figures.totals

    def section(title: str) -> None:
        nonlocal row
        row += 1
        _merged(ws, row, title, first=1, last=last, bold=True, size=12, grid=False)
        ws.row_dimensions[row].height = 22
        row += 1

    def header(*keys: str) -> None:
        nonlocal row
        _put(ws, row, 1, report.text(keys[0]), bold=True, align="center", fill=_SHADE)
        if len(keys) == 2:
            _merged(ws, row, report.text(keys[1]), first=2, last=last, bold=True, align="center", fill=_SHADE)
        else:
            for column, key in enumerate(keys[1:], start=2):
                _put(ws, row, column, report.text(key), bold=True, align="center", fill=_SHADE)
        ws.row_dimensions[row].height = 22
        row += 1

    def pair(
        label: str, value: object, *, number: str | None = None, color: str | None = None, bold: bool = False
    ) -> None:
        nonlocal row
        fill = _TOTAL if bold else None
        _put(ws, row, 1, label, bold=bold, fill=fill)
        _merged(
            ws,
            row,
            value,
            first=2,
            last=last,
            align="right" if number else "left",
            number=number,
            color=color,
            bold=bold or color is not None,
            fill=fill,
        )
        ws.row_dimensions[row].height = max(20, 17 * (label.count("\n") + 1 + len(label) // 64) + 4)
        row += 1

    section(report.text("section_households"))
    header("col_item", "col_result")
    pair(report.text("target_households"), report.text("households_count", count=t.target_households))
    pair(report.text("households_1hh1c"), report.text("households_count", count=t.households_1hh1c))
    pair(report.text("contracts"), report.text("contracts_count", count=t.contracts))
    pair(
        report.text("minimum", count=t.min_households),
        report.text("minimum_met") if t.meets_minimum else report.text("minimum_short", count=t.short_of_minimum),
        color=_GREEN if t.meets_minimum else _RED,
    )

    section(report.text("section_amounts"))
    header("col_item", "col_amount")
    pair(report.text("debt_before"), t.debt_before, number=MONEY)
    pair(report.text("waived"), t.waived, number=MONEY)
    pair(report.text("principal"), t.principal, number=MONEY, bold=True)
    pair(report.text("paid"), t.paid, number=MONEY)
    pair(report.text("balance"), t.balance, number=MONEY)
    pair(report.text("debt_service_before"), t.debt_service_before, number=MONEY)
    pair(report.text("debt_service_after"), t.debt_service_after, number=MONEY)

    section(report.text("section_sources"))
    header("col_item", "col_count", "col_amount", "col_share")
    total = sum((s.amount for s in t.by_source), Decimal(0))
    for s in t.by_source:
        _put(ws, row, 1, report.source(s.source))
        _put(ws, row, 2, s.debts, align="right", number=COUNT)
        _put(ws, row, 3, s.amount, align="right", number=MONEY)
        _put(ws, row, 4, report.pct(s.amount, total), align="right")
        row += 1
    _put(ws, row, 1, report.text("total"), bold=True, fill=_TOTAL)
    _put(ws, row, 2, t.debts_transferred, bold=True, align="right", number=COUNT, fill=_TOTAL)
    _put(ws, row, 3, total, bold=True, align="right", number=MONEY, fill=_TOTAL)
    _put(ws, row, 4, report.pct(total, total), bold=True, align="right", fill=_TOTAL)
    row += 1

    section(report.text("section_repayment"))
    header("col_item", "col_count", "col_share")
    _merged(ws, row - 1, report.text("col_share"), first=3, last=last, bold=True, align="center", fill=_SHADE)
    for label, count, whole in (
        (report.standing(CURRENT), t.current, t.contracts),
        (report.standing(IN_ARREARS), t.in_arrears, t.contracts),
        (report.standing(PAID_OFF), t.paid_off, t.contracts),
        (report.text("class_improved"), t.class_improved, t.households_1hh1c),
    ):
        _put(ws, row, 1, label)
        _put(ws, row, 2, count, align="right", number=COUNT)
        _merged(ws, row, report.pct(count, whole), first=3, last=last, align="right")
        row += 1
    _put(ws, row, 1, report.text("arrears_amount"))
    _merged(ws, row, t.arrears, first=2, last=last, align="right", number=MONEY)
    row += 1

    number = 5
    if report.figures.criteria:
        section(report.text("section_criteria"))
        header("col_item", "col_result")
        for item in report.figures.criteria:
            pair(
                report.criterion_label(item),
                report.text("criterion_passed" if item.passed else "criterion_failed"),
                color=_GREEN if item.passed else _RED,
            )
        number = 6

    c = report.view.comparison
    if c is None:
        section(report.text("section_compare_none", no=number))
        _merged(ws, row, report.text("no_previous"), first=1, last=last, grid=False)
        row += 1
    else:
        section(
            report.text(
                "section_compare", no=number, round_no=c.previous_round_no, as_of=report.date_text(c.previous_as_of)
            )
        )
        header("col_item", "col_previous", "col_this_round", "col_change")
        compared: Sequence[tuple[str, Any, Any, str | None]] = (
            (report.text("households_at"), c.households_before, c.households_after, COUNT),
            (report.text("principal"), c.principal_before, c.principal_after, MONEY),
            (report.text("paid"), c.paid_before, c.paid_after, MONEY),
            (report.text("balance"), c.balance_before, c.balance_after, MONEY),
            (report.text("arrears_amount"), c.arrears_before, c.arrears_after, MONEY),
            (report.text("in_arrears_households"), c.in_arrears_before, c.in_arrears_after, COUNT),
        )
        for label, before, after, fmt in compared:
            _put(ws, row, 1, label)
            _put(ws, row, 2, before, align="right", number=fmt)
            _put(ws, row, 3, after, align="right", number=fmt)
            _put(ws, row, 4, after - before, align="right", number=f"+{fmt};-{fmt};-")
            row += 1
        for key, items, before_after in (
            ("added", c.added, False),
            ("gone", c.gone, False),
            ("arrears_changed", c.arrears_changed, True),
        ):
            if not items:
                continue
            row += 1
            _merged(ws, row, report.text(key, count=len(items)), first=1, last=last, bold=True, grid=False)
            row += 1
            for h in items:
                text = (
                    report.text(
                        "change_line",
                        code=h.household_code,
                        name=h.head_name,
                        before=report.money(h.before),
                        after=report.money(h.after),
                    )
                    if before_after
                    else report.text(
                        "added_line", code=h.household_code, name=h.head_name, after=report.money(h.after or h.before)
                    )
                )
                _merged(ws, row, f"• {text}", first=1, last=last, grid=False)
                row += 1
        if not c.changed:
            _merged(ws, row, report.text("no_change"), first=1, last=last, grid=False)
            row += 1
    row = _signatures(ws, report, row + 2, last)
    _page_setup(ws, report, orientation="portrait", last_column=last, last_row=row)


# -- the register sheet ------------------------------------------------------------------------------------------
_REGISTER = (
    ("col_no", 7, "center", COUNT),
    ("col_household", 11, "center", None),
    ("col_head_name", 26, "left", None),
    ("col_address", 11, "center", None),
    ("col_contract_no", 21, "center", None),  # 1HH1C-K7Q2-001/2570 whole
    ("col_signing_date", 13, "center", None),
    ("col_creditors", 44, "left", None),
    ("col_debt_before", 15, "right", MONEY),
    ("col_principal", 15, "right", MONEY),
    ("col_installment", 13, "right", MONEY),
    ("col_term", 9, "right", COUNT),
    ("col_paid", 14, "right", MONEY),
    ("col_balance", 15, "right", MONEY),
    ("col_arrears", 13, "right", MONEY),
    ("col_status", 18, "center", None),
)


def _register_sheet(ws: Any, report: RoundReport) -> None:
    ws.title = report.text("register_sheet")
    last = len(_REGISTER)
    for index, (_key, width, _align, _fmt) in enumerate(_REGISTER, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    header_row = _titles(ws, report, report.text("register_title"), last)
    for column, (key, _width, _align, _fmt) in enumerate(_REGISTER, start=1):
        _put(ws, header_row, column, report.text(key), bold=True, align="center", fill=_SHADE)
    ws.row_dimensions[header_row].height = 48
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.freeze_panes = f"A{header_row + 1}"
    row = header_row
    for line in report.figures.lines:
        row += 1
        creditors = "\n".join(
            f"{i}) {t.creditor} {report.money(t.amount)}" for i, t in enumerate(line.transfers, start=1)
        )
        values: list[object] = [
            line.no,
            line.household_code,
            line.head_name,
            report.address(line),
            line.contract_no,
            report.date_text(line.signing_date),
            creditors,
            line.debt_before,
            line.principal,
            line.installment,
            line.term_months,
            line.paid,
            line.balance,
            line.arrears,
            report.status_text(line),
        ]
        for column, (value, (key, _w, align, fmt)) in enumerate(zip(values, _REGISTER, strict=True), start=1):
            red = key in ("col_arrears", "col_status") and line.arrears > 0
            _put(ws, row, column, value, align=align, number=fmt, color=_RED if red else None)
        ws.row_dimensions[row].height = max(
            20, 16 * max(len(line.transfers), report.status_text(line).count("\n") + 1) + 4
        )
    if not report.figures.lines:
        row += 1
        _merged(ws, row, report.text("no_lines"), first=1, last=last)
    row += 1
    t = report.figures.totals
    label = report.text("register_total", count=t.households_1hh1c, contracts=t.contracts)
    _merged(ws, row, label, first=1, last=7, bold=True, align="right", fill=_TOTAL)
    installments = sum((line.installment for line in report.figures.lines), Decimal("0.00"))
    for column, value in (
        (8, t.debt_before),
        (9, t.principal),
        (10, installments),
        (12, t.paid),
        (13, t.balance),
        (14, t.arrears),
    ):
        _put(ws, row, column, value, bold=True, align="right", number=MONEY, fill=_TOTAL)
    for column in (11, 15):
        _put(ws, row, column, "", fill=_TOTAL)
    ws.row_dimensions[row].height = 22
    row = _signatures(ws, report, row + 3, last)
    _page_setup(ws, report, orientation="landscape", last_column=last, last_row=row)


# -- saving, reproducibly ------------------------------------------------------------------------------------------
_CORE_DATES = re.compile(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def _zip_time(when: datetime) -> tuple[int, int, int, int, int, int]:
    at = max(when.astimezone(UTC), _EARLIEST_ZIP)
    return at.year, at.month, at.day, at.hour, at.minute, at.second - at.second % 2


def _reproducible(data: bytes, when: datetime) -> bytes:
    """The workbook's zip again, with the document dates and every entry's timestamp set to ``when``."""
    stamp = when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = _CORE_DATES.sub(lambda found: f"{found[1]}{stamp}{found[3]}", body.decode("utf-8")).encode(
                    "utf-8"
                )
            entry = zipfile.ZipInfo(info.filename, date_time=_zip_time(when))
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.create_system = 0
            entry.external_attr = 0
            target.writestr(entry, body)
    return out.getvalue()


def write_round_xlsx(report: RoundReport, path: Path) -> Path:
    """Write the workbook (report form, register) at ``path``; returns ``path``. Written beside it and moved over it,
    so a failure never leaves half a file."""
    when = report.document_date
    workbook = Workbook()
    _form_sheet(workbook.active, report)
    _register_sheet(workbook.create_sheet(), report)
    naive = when.astimezone(UTC).replace(tzinfo=None)
    workbook.properties.creator = APP_NAME
    workbook.properties.lastModifiedBy = APP_NAME
    workbook.properties.title = f"{report.text('form_title')} {report.heading.institute_name}"
    workbook.properties.subject = report.round_line
    workbook.properties.created = naive
    workbook.properties.modified = naive
    buffer = io.BytesIO()
    workbook.save(buffer)
    data = _reproducible(buffer.getvalue(), when)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=".tmp-", suffix=".xlsx", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as temp:
            temp.write(data)
        os.replace(temp_name, path)
    finally:
        if os.path.exists(temp_name):
            os.unlink(temp_name)
    return path
