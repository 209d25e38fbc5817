"""The activity-tracking report as an Excel workbook (openpyxl), in the registers' official look.

Sheet "BPM" is laid out like the BPM keying form: one row per activity the institute does this year with its
quarter, target and result to date (numbers, with their unit beside them), budget, spent, % spent and status, and a
total row; amounts are numbers, so they can be copied cell by cell. Sheet "กิจกรรม" holds the activities with their
deadline, dates, status and steps, then what to follow up. A4 landscape fitted to one page wide, header rows
repeated on every printed page.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from cdfi_desktop import APP_NAME
from cdfi_desktop.domain.activity_deadlines import State
from cdfi_desktop.messages import message
from cdfi_desktop.reports.activities_data import ActivitiesReport

__all__ = ["write_activities_xlsx"]

FONT_NAME = "Sarabun"
_THIN = Side(style="thin", color="404040")
_GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_SHADE = PatternFill("solid", fgColor="E6E6E6")
_STATE_FILLS = {
    State.OVERDUE: PatternFill("solid", fgColor="F9CCC7"),
    State.DONE_LATE: PatternFill("solid", fgColor="FCE5E1"),
    State.DUE_SOON: PatternFill("solid", fgColor="FFEBB3"),
    State.DONE_ON_TIME: PatternFill("solid", fgColor="D6F0DB"),
}
MONEY = "#,##0.00"


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
    number_format: str | None = None,
) -> Any:
    cell = ws.cell(row, column, None if value == "" else value)
    cell.font = Font(name=FONT_NAME, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
    if grid:
        cell.border = _GRID
    if fill is not None:
        cell.fill = fill
    if number_format is not None:
        cell.number_format = number_format
    return cell


def _merged(ws: Any, row: int, text: str, *, first: int, last: int, **look: Any) -> None:
    _put(ws, row, first, text, **look)
    for column in range(first + 1, last + 1):
        _put(ws, row, column, "", **look)
    if last > first:
        ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)


def _titles(ws: Any, report: ActivitiesReport, section: str, last: int) -> int:
    heading = report.heading
    lines = [
        (report.title, 16.0),
        (heading.institute_name, 14.0),
        (heading.area_line, 13.0),
        (report.as_of_line, 12.0),
        (section, 12.0),
    ]
    for row, (text, size) in enumerate(lines, start=1):
        _merged(
            ws,
            row,
            text,
            first=1,
            last=last,
            bold=size > 12 or row == len(lines),
            size=size,
            grid=False,
            align="left" if row == len(lines) else "center",
        )
        ws.row_dimensions[row].height = size * 1.75
    return len(lines) + 1


def _page(ws: Any, report: ActivitiesReport, last: int, last_row: int) -> None:
    heading = report.heading
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.print_area = f"A1:{get_column_letter(last)}{last_row}"
    ws.oddFooter.left.text = heading.printed_line.replace("&", "&&")
    ws.oddFooter.center.text = heading.text("page", page="&P", pages="&N")


def _bpm_sheet(ws: Any, report: ActivitiesReport) -> None:
    language = report.language
    headers = [
        "col_no",
        "col_activity",
        "col_quarter",
        "col_target",
        "",
        "col_result",
        "",
        "col_budget",
        "col_spent",
        "col_spent_pct",
        "col_status",
    ]
    widths = [6, 40, 14, 10, 11, 10, 11, 16, 16, 12, 30]
    last = len(widths)
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    header_row = _titles(ws, report, report.text("bpm"), last) + 1
    for column, key in enumerate(headers, start=1):
        if key:
            _put(ws, header_row, column, report.text(key), bold=True, align="center", fill=_SHADE)
    for first in (4, 6):  # target and result: the number, then its unit
        _put(ws, header_row, first + 1, "", fill=_SHADE)
        ws.merge_cells(start_row=header_row, start_column=first, end_row=header_row, end_column=first + 1)
    ws.row_dimensions[header_row].height = 36
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.freeze_panes = f"C{header_row + 1}"
    row = header_row
    for no, bpm in enumerate(report.bpm, start=1):
        row += 1
        unit = message(f"activity_unit_{bpm.target_unit}", language, count="").strip()
        _put(ws, row, 1, no, align="center")
        _put(ws, row, 2, bpm.name(language))
        _put(ws, row, 3, bpm.quarter_text(language), align="center")
        _put(ws, row, 4, bpm.target, align="right")
        _put(ws, row, 5, unit)
        _put(ws, row, 6, bpm.result, align="right")
        _put(ws, row, 7, unit)
        _put(ws, row, 8, float(bpm.budget), align="right", number_format=MONEY)
        _put(ws, row, 9, float(bpm.spent), align="right", number_format=MONEY)
        pct = bpm.spent_pct
        _put(ws, row, 10, "" if pct is None else float(pct), align="center", number_format="0.00")
        _put(ws, row, 11, bpm.state_text(language), align="center", fill=_STATE_FILLS.get(bpm.verdict.state))
        ws.row_dimensions[row].height = 36
    row += 1
    _merged(ws, row, report.text("total"), first=1, last=7, bold=True, align="right", fill=_SHADE)
    _put(ws, row, 8, float(report.bpm_budget), bold=True, align="right", fill=_SHADE, number_format=MONEY)
    _put(ws, row, 9, float(report.bpm_spent), bold=True, align="right", fill=_SHADE, number_format=MONEY)
    pct = report.bpm_spent_pct
    _put(ws, row, 10, "" if pct is None else float(pct), bold=True, align="center", fill=_SHADE, number_format="0.00")
    _put(ws, row, 11, "", fill=_SHADE)
    row += 2
    for note in [*report.not_applicable_notes(), report.text("deadline_note")]:
        _merged(ws, row, note, first=1, last=last, size=10, grid=False)
        row += 1
    row += 1
    dots = "." * 40
    sign = report.heading.text("sign")
    half = last // 2
    for left, right in (
        (f"{sign} {dots} {report.text('reporter')}", f"{sign} {dots} {report.heading.text('chair')}"),
        (f"({dots})", f"({dots})"),
    ):
        _merged(ws, row, left, first=1, last=half, align="center", grid=False)
        _merged(ws, row, right, first=half + 1, last=last, align="center", grid=False)
        ws.row_dimensions[row].height = 24
        row += 1
    _page(ws, report, last, row)


def _activities_sheet(ws: Any, report: ActivitiesReport) -> None:
    language = report.language
    keys = [
        "col_no",
        "col_activity",
        "col_quarter",
        "col_deadline",
        "col_planned",
        "col_done",
        "col_status",
        "col_budget",
        "col_spent",
        "col_details",
    ]
    widths = [6, 34, 13, 15, 15, 17, 24, 15, 15, 60]
    last = len(widths)
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    header_row = _titles(ws, report, report.text("activities"), last) + 1
    for column, key in enumerate(keys, start=1):
        _put(ws, header_row, column, report.text(key), bold=True, align="center", fill=_SHADE)
    ws.row_dimensions[header_row].height = 36
    ws.print_title_rows = f"{header_row}:{header_row}"
    row = header_row
    for no, line in enumerate(report.view.applicable, start=1):
        row += 1
        steps = [step.text(language) for step in line.steps]
        _put(ws, row, 1, no, align="center")
        name = line.name(language)
        _put(ws, row, 2, name + (f"\n{line.titles[0]}" if line.titles and line.titles[0] != name else ""))
        _put(ws, row, 3, line.quarter_text(language), align="center")
        _put(ws, row, 4, report.date(line.deadline.due), align="center")
        _put(ws, row, 5, report.date(line.planned_date), align="center")
        _put(ws, row, 6, report.done_text(line), align="center")
        _put(ws, row, 7, line.state_text(language), align="center", fill=_STATE_FILLS.get(line.state))
        _put(ws, row, 8, float(line.budget), align="right", number_format=MONEY)
        _put(ws, row, 9, float(line.spent), align="right", number_format=MONEY)
        _put(ws, row, 10, "\n".join(steps))
        ws.row_dimensions[row].height = max(36, 18 * len(steps) + 6)
    row += 2
    _merged(ws, row, report.text("warnings"), first=1, last=last, bold=True, grid=False)
    for text in report.warnings() or [report.text("no_warnings")]:
        row += 1
        _merged(ws, row, "• " + text, first=1, last=last, grid=False)
    _page(ws, report, last, row)


def write_activities_xlsx(report: ActivitiesReport, path: Path) -> Path:
    """Write the workbook at ``path``; returns ``path``."""
    workbook = Workbook()
    bpm = workbook.active
    bpm.title = report.text("sheet_bpm")[:31]
    bpm.sheet_view.showGridLines = False
    _bpm_sheet(bpm, report)
    activities = workbook.create_sheet(report.text("sheet_activities")[:31])
    activities.sheet_view.showGridLines = False
    _activities_sheet(activities, report)
    workbook.properties.creator = APP_NAME
    workbook.properties.title = report.title
    workbook.save(path)
    return path
