"""The institute's debt-management plan as an Excel workbook (openpyxl), in the registers' official look.

Title rows merged across the table (plan, institute, area, fiscal year, meeting), then each project with its
objective, households served and period on a shaded row, its budget lines under it (quantity, unit, unit cost,
amount, spent) and its total; the plan's total against the cap, in figures and Thai words, at the end. Amounts are
numbers formatted ``#,##0.00`` so the officer can add to them; A4 portrait fitted to one page wide.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from cdfi_desktop import APP_NAME
from cdfi_desktop.domain.money import format_baht
from cdfi_desktop.reports.plan_data import PlanReport

__all__ = ["write_plan_xlsx"]

FONT_NAME = "Sarabun"
MONEY = "#,##0.00"
_THIN = Side(style="thin", color="404040")
_GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_SHADE = PatternFill("solid", fgColor="E6E6E6")
_PROJECT = PatternFill("solid", fgColor="F3F3F3")
_RED = "B00D0D"
_GREEN = "1A6626"


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
    cell = ws.cell(row, column, None if value == "" else value)
    cell.font = Font(name=FONT_NAME, size=size, bold=bold, color=color)
    cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
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


def write_plan_xlsx(report: PlanReport, path: Path) -> Path:
    """Write the plan workbook at ``path``; returns ``path``."""
    heading, plan, text = report.heading, report.plan, report.text
    widths = [7, 40, 10, 10, 15, 16, 16]
    last = len(widths)
    workbook = Workbook()
    ws = workbook.active
    ws.title = "แผน" if heading.language == "th" else "Plan"
    ws.sheet_view.showGridLines = False
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width

    when = heading.date_text(plan.meeting_date, style="long") if plan.meeting_date else text("blank")
    meeting = f"{text('meeting_date')} {when}"
    if plan.meeting_place:
        meeting += f"  {text('meeting_place')} {plan.meeting_place}"
    title_lines = [
        (text("title"), 16.0),
        (heading.institute_name, 14.0),
        (heading.area_line, 13.0),
        (heading.fiscal_year_line, 13.0),
        (meeting, 11.0),
        (f"{text('attendees')} {text('attendees_count', count=len(plan.attendees))}", 11.0),
    ]
    for row, (title, size) in enumerate(title_lines, start=1):
        _merged(ws, row, title, first=1, last=last, bold=size > 11, size=size, align="center", grid=False)
        ws.row_dimensions[row].height = size * 1.75
    header_row = len(title_lines) + 2
    headers = ("col_no", "col_item", "col_quantity", "col_unit", "col_unit_cost", "col_amount", "col_spent")
    for column, key in enumerate(headers, start=1):
        _put(ws, header_row, column, text(key), bold=True, align="center", fill=_SHADE)
    ws.row_dimensions[header_row].height = 36
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.freeze_panes = f"A{header_row + 1}"

    row = header_row
    for project in plan.projects:
        row += 1
        _put(ws, row, 1, project.no, bold=True, align="center", fill=_PROJECT)
        facts = [project.name]
        if project.objective:
            facts.append(f"{text('col_objective')}: {project.objective}")
        facts.append(
            f"{text('col_households')}: {project.households_served}  {text('col_period')}: {report.period(project)}"
            f"  {text('col_status')}: {report.status(project.status)}"
        )
        _merged(ws, row, "\n".join(facts), first=2, last=last, bold=False, fill=_PROJECT)
        ws.cell(row, 2).font = Font(name=FONT_NAME, size=11, bold=True)
        ws.row_dimensions[row].height = 17 * len(facts) + 4
        for line in project.lines:
            row += 1
            _put(ws, row, 1, f"{project.no}.{line.no}", align="center")
            _put(ws, row, 2, line.item)
            _put(ws, row, 3, float(line.quantity), align="right", number="#,##0.##")
            _put(ws, row, 4, line.unit, align="center")
            _put(ws, row, 5, float(line.unit_cost), align="right", number=MONEY)
            _put(ws, row, 6, float(line.amount), align="right", number=MONEY)
            _put(ws, row, 7, float(line.spent), align="right", number=MONEY, color=_RED if line.overspent > 0 else None)
        row += 1
        _merged(ws, row, text("total"), first=1, last=5, bold=True, align="right", fill=_SHADE)
        _put(ws, row, 6, float(project.planned), bold=True, align="right", number=MONEY, fill=_SHADE)
        _put(ws, row, 7, float(project.spent), bold=True, align="right", number=MONEY, fill=_SHADE)
    row += 1
    _merged(ws, row, text("request_total"), first=1, last=5, bold=True, align="right", fill=_SHADE)
    _put(ws, row, 6, float(plan.planned_total), bold=True, align="right", number=MONEY, fill=_SHADE)
    _put(ws, row, 7, float(plan.spent_total), bold=True, align="right", number=MONEY, fill=_SHADE)
    row += 2
    summary = [
        (text("request_total"), report.words(plan.planned_total), None),
        (text("request_cap"), report.words(plan.cap), None),
        (text("request_result"), report.cap_result, _GREEN if plan.within_cap else _RED),
        (text("spent_total"), report.words(plan.spent_total), None),
        (text("plan_status"), report.status(plan.status), None),
    ]
    for label, value, color in summary:
        _merged(ws, row, label, first=1, last=2, bold=True, fill=_SHADE)
        _merged(ws, row, value, first=3, last=last, bold=color is not None, color=color)
        ws.row_dimensions[row].height = 22
        row += 1
    dots = "." * 40
    row += 1
    for left, right in (
        (f"{text('sign')} {dots} {text('chair')}", f"{text('sign')} {dots} {text('secretary')}"),
        (f"({report.chair or dots})", f"({report.secretary or dots})"),
    ):
        _merged(ws, row, left, first=1, last=3, align="center", grid=False)
        _merged(ws, row, right, first=4, last=last, align="center", grid=False)
        ws.row_dimensions[row].height = 24
        row += 1

    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.print_area = f"A1:{get_column_letter(last)}{row}"
    ws.oddFooter.left.text = heading.printed_line.replace("&", "&&")
    ws.oddFooter.center.text = text("page", page="&P", pages="&N")
    ws.oddFooter.right.text = f"{text('request_total')} {format_baht(plan.planned_total)}".replace("&", "&&")
    workbook.properties.creator = APP_NAME
    workbook.properties.title = text("title")
    workbook.save(path)
    return path
