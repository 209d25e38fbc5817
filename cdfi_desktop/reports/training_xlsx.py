"""The training's attendance summary as an Excel workbook (openpyxl), in the registers' official look.

Title rows merged across the table (summary, institute, area, fiscal year, course dates and rule), a header row
repeated on every printed page, one column per day with the mark, days attended and completion, counts per day
under the table, signature lines; A4 landscape fitted to one page wide, panes frozen under the header.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from cdfi_desktop import APP_NAME
from cdfi_desktop.reports.training_data import TrainingReport

__all__ = ["write_attendance_summary_xlsx"]

FONT_NAME = "Sarabun"
_THIN = Side(style="thin", color="404040")
_GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_SHADE = PatternFill("solid", fgColor="E6E6E6")
_MARK_FILLS = {
    "present": PatternFill("solid", fgColor="DDF3E4"),
    "late": PatternFill("solid", fgColor="FFF1CC"),
    "absent": PatternFill("solid", fgColor="FADBD8"),
    "leave": PatternFill("solid", fgColor="DCE8F5"),
}


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
    wrap: bool = True,
) -> Any:
    cell = ws.cell(row, column, None if value == "" else value)
    cell.font = Font(name=FONT_NAME, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=wrap)
    if grid:
        cell.border = _GRID
    if fill is not None:
        cell.fill = fill
    return cell


def _merged(ws: Any, row: int, text: str, *, first: int, last: int, **look: Any) -> None:
    _put(ws, row, first, text, **look)
    for column in range(first + 1, last + 1):
        _put(ws, row, column, "", **look)
    if last > first:
        ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)


def write_attendance_summary_xlsx(report: TrainingReport, path: Path) -> Path:
    """Write the attendance summary workbook at ``path``; returns ``path``."""
    heading = report.heading
    days = report.days
    widths = [7, 32, 14, *[11] * len(days), 11, 12, 36]
    last = len(widths)
    first_day, attended_col = 4, 4 + len(days)
    completed_col, remarks_col = attended_col + 1, attended_col + 2
    workbook = Workbook()
    ws = workbook.active
    ws.title = report.text("summary_sheet")[:31]
    ws.sheet_view.showGridLines = False
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width

    title_lines = [
        (f"{report.text('summary_title')} {report.course_line}", 16.0),
        (heading.institute_name, 14.0),
        (heading.area_line, 14.0),
        (heading.fiscal_year_line, 14.0),
        (
            report.dates_line + (f"  {report.text('venue', venue=report.course.venue)}" if report.course.venue else ""),
            11.0,
        ),
        (report.rule_line, 11.0),
    ]
    for row, (text, size) in enumerate(title_lines, start=1):
        _merged(ws, row, text, first=1, last=last, bold=size > 11, size=size, align="center", grid=False)
        ws.row_dimensions[row].height = size * 1.75
    header_row = len(title_lines) + 2
    labels = [report.text("col_no"), report.text("col_name"), report.text("col_household")]
    for day in days:
        text = report.text("col_day", day=day.day_no)
        if day.held_on is not None:
            text += "\n" + heading.date_text(day.held_on)
        labels.append(text)
    labels += [report.text("col_days_attended"), report.text("col_completed"), report.text("col_remarks")]
    for column, text in enumerate(labels, start=1):
        _put(ws, header_row, column, text, bold=True, align="center", fill=_SHADE)
    ws.row_dimensions[header_row].height = 40
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.freeze_panes = f"D{header_row + 1}"

    row = header_row
    for p in report.grid.participants:
        row += 1
        _put(ws, row, 1, p.no, align="center")
        _put(ws, row, 2, p.full_name)
        _put(ws, row, 3, report.household(p), align="center")
        for offset, mark in enumerate(p.marks):
            key = None if mark is None else report.status(mark)
            fill = None if mark is None else _MARK_FILLS[mark.status.value]
            _put(ws, row, first_day + offset, key or "", align="center", fill=fill)
        _put(ws, row, attended_col, p.days_attended, align="center")
        _put(ws, row, completed_col, report.text("yes" if p.completed else "no"), bold=p.completed, align="center")
        _put(ws, row, remarks_col, report.remarks(p))
        ws.row_dimensions[row].height = 21
    counts = (
        ("total_present", "present"),
        ("total_late", "late"),
        ("total_absent", "absent"),
        ("total_leave", "leave"),
        ("total_attended", "attended"),
    )
    row += 1
    for key, count in counts:
        row += 1
        bold = key == "total_attended"
        fill = _SHADE if bold else None
        _merged(ws, row, report.text(key), first=1, last=3, bold=bold, align="right", fill=fill)
        for offset, day_counts in enumerate(report.grid.day_counts):
            _put(ws, row, first_day + offset, int(getattr(day_counts, count)), bold=bold, align="center", fill=fill)
    row += 2
    _merged(ws, row, report.completed_line, first=1, last=last, bold=True, grid=False)
    row += 1
    _merged(ws, row, report.text("legend"), first=1, last=last, size=9, grid=False)
    dots = "." * 40
    sign = heading.text("sign")
    row += 2
    half = last // 2
    for left, right in (
        (f"{sign} {dots} {report.text('recorder')}", f"{sign} {dots} {heading.text('chair')}"),
        (f"({dots})", f"({dots})"),
    ):
        _merged(ws, row, left, first=1, last=half, align="center", grid=False)
        _merged(ws, row, right, first=half + 1, last=last, align="center", grid=False)
        ws.row_dimensions[row].height = 24
        row += 1

    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.print_area = f"A1:{get_column_letter(last)}{row}"
    page = heading.text("page", page="&P", pages="&N")
    ws.oddFooter.left.text = heading.printed_line.replace("&", "&&")
    ws.oddFooter.center.text = page
    workbook.properties.creator = APP_NAME
    workbook.properties.title = report.text("summary_title")
    workbook.save(path)
    return path
