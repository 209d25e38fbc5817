"""The indicators report as an Excel workbook (openpyxl), with the same figures as the PDF.

Sheets: the institute's five criteria (passed or not, what was found or is missing, the step that fixes it), its
key figures, repayments and classes before and after; the roll-up per province and per district (institutes
passing against the goal, households at 1HH1C against the goal, contracts, amounts, repayments); and every
institute with its five criteria. Counts and amounts are numbers (``#,##0.00`` for baht) so that a province can
add to them; A4 landscape fitted to one page wide, header rows repeated.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from cdfi_desktop import APP_NAME
from cdfi_desktop.domain.classification import DebtorClass
from cdfi_desktop.domain.criteria import ON_TIME_GRACE_DAYS
from cdfi_desktop.reports.indicators_data import IndicatorsReport

if TYPE_CHECKING:
    from cdfi_desktop.services.indicators import AreaRow

__all__ = ["write_indicators_xlsx"]

FONT_NAME = "Sarabun"
MONEY = "#,##0.00"
COUNT = "#,##0"
PCT = "0.0"
_THIN = Side(style="thin", color="404040")
_GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_SHADE = PatternFill("solid", fgColor="E6E6E6")
_GREEN = "1A6626"
_RED = "B00D0D"


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


def _sheet(workbook: Any, title: str, widths: Sequence[float], *, first: bool = False) -> Any:
    ws = workbook.active if first else workbook.create_sheet()
    ws.title = title[:31]
    ws.sheet_view.showGridLines = False
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    return ws


def _titles(ws: Any, report: IndicatorsReport, last: int, extra: str = "") -> int:
    h = report.heading
    lines = [(report.title, 15.0), (h.institute_name, 13.0), (h.area_line, 12.0)]
    lines.append((f"{h.fiscal_year_line} · {report.as_of_line}", 12.0))
    if extra:
        lines.append((extra, 11.0))
    for row, (text, size) in enumerate(lines, start=1):
        _put(ws, row, 1, text, bold=size > 11, size=size, align="center", grid=False)
        if last > 1:
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last)
        ws.row_dimensions[row].height = size * 1.75
    return len(lines) + 2


def _header(ws: Any, row: int, labels: Sequence[str]) -> None:
    for column, text in enumerate(labels, start=1):
        _put(ws, row, column, text, bold=True, align="center", fill=_SHADE)
    ws.row_dimensions[row].height = 36
    ws.print_title_rows = f"{row}:{row}"
    ws.freeze_panes = f"A{row + 1}"


def _criteria_sheet(workbook: Any, report: IndicatorsReport) -> None:
    i = report.institute
    assert i is not None  # the criteria sheet is written only with an institute
    ws = _sheet(workbook, report.text("summary_sheet"), (6, 46, 12, 70, 24), first=True)
    row = _titles(ws, report, 5)
    _header(ws, row, [report.text(k) for k in ("col_no", "col_criterion", "col_result", "col_detail", "col_step")])
    for c in i.criteria:
        row += 1
        reasons = report.reasons(c)
        _put(ws, row, 1, c.number, align="center")
        _put(ws, row, 2, report.criterion_name(c))
        result = "✓ " + report.text("passed") if c.passed else "✗ " + report.text("failed")
        _put(ws, row, 3, result, align="center", bold=True, color=_GREEN if c.passed else _RED)
        _put(ws, row, 4, "\n".join(reasons))
        _put(ws, row, 5, "" if c.passed else report.step_name(c))
        ws.row_dimensions[row].height = max(20, 17 * sum(1 + len(r) // 70 for r in reasons))
    row += 1
    verdict = report.text("result_pass") if i.passed else report.text("result_fail", n=i.criteria_passed)
    _put(ws, row, 1, verdict, bold=True, grid=False, color=_GREEN if i.passed else _RED)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=5)

    row += 2
    p = i.repayment
    figures: list[tuple[str, object, str]] = [
        (report.text("fig_1hh1c"), i.households_1hh1c, COUNT),
        (report.text("col_1hh1c_goal"), i.thresholds.min_households_1hh1c, COUNT),
        (report.text("fig_contracts"), i.contracts, COUNT),
        (report.text("fig_amount"), i.amount_consolidated, MONEY),
        (report.text("rep_contracts"), p.contracts, COUNT),
        (report.text("rep_due"), p.installments_due, COUNT),
        (report.text("rep_paid"), p.installments_paid, COUNT),
        (report.text("rep_on_time", days=ON_TIME_GRACE_DAYS), p.installments_on_time, COUNT),
        (report.text("col_on_time"), None if p.on_time_pct is None else float(p.on_time_pct), PCT),
        (report.text("rep_amount_due"), p.amount_due, MONEY),
        (report.text("rep_amount_paid"), p.amount_paid, MONEY),
        (report.text("rep_arrears"), p.arrears, MONEY),
        (report.text("rep_in_arrears"), p.contracts_in_arrears, COUNT),
        (report.text("cls_households"), i.class_change.households, COUNT),
        (report.text("cls_improved"), i.class_change.improved, COUNT),
        (report.text("cls_same"), i.class_change.same, COUNT),
        (report.text("cls_worse"), i.class_change.worse, COUNT),
    ]
    _put(ws, row, 2, report.text("col_item"), bold=True, align="center", fill=_SHADE)
    _put(ws, row, 3, report.text("col_value"), bold=True, align="center", fill=_SHADE)
    for label, value, number in figures:
        row += 1
        _put(ws, row, 2, label)
        _put(ws, row, 3, "" if value is None else value, align="right", number=number)
    row += 2
    for column, key in enumerate(("col_class", "col_before", "col_after"), start=2):
        _put(ws, row, column, report.text(key), bold=True, align="center", fill=_SHADE)
    for cls in DebtorClass:
        row += 1
        _put(ws, row, 2, report.class_name(cls))
        _put(ws, row, 3, i.class_change.before.get(cls, 0), align="right", number=COUNT)
        _put(ws, row, 4, i.class_change.after.get(cls, 0), align="right", number=COUNT)


_AREA_KEYS = (
    "col_institutes",
    "col_passing",
    "col_pct",
    "col_goal",
    "col_1hh1c",
    "col_1hh1c_goal",
    "col_contracts",
    "col_amount",
    "col_on_time",
    "col_arrears",
)


def _area_sheet(
    workbook: Any, report: IndicatorsReport, rows: Sequence[AreaRow], *, districts: bool, first: bool = False
) -> None:
    names = [report.text("col_district"), report.text("col_province")] if districts else [report.text("col_province")]
    widths = [28.0] * len(names) + [10, 10, 9, 9, 14, 14, 10, 18, 12, 16]
    ws = _sheet(workbook, report.text("districts_sheet" if districts else "provinces_sheet"), widths, first=first)
    r = report.rollup
    goal = report.text(
        "rollup_goal",
        pct=report.goal_pct,
        min=r.thresholds.min_households_1hh1c,
        national=f"{r.national_goal_households:,}",
        households=f"{r.total.households_1hh1c:,}",
        national_pct=report.pct(r.national_goal_pct),
    )
    row = _titles(ws, report, len(widths), goal)
    _header(ws, row, [*names, *(report.text(k) for k in _AREA_KEYS)])
    for a in [*rows, r.total]:
        row += 1
        total = a.level == "total"
        values: list[tuple[object, str | None]] = [(report.area_name(a), None)]
        if districts:
            values.append(("" if total else a.province, None))
        values += [
            (a.institutes, COUNT),
            (a.passing, COUNT),
            (float(a.passing_pct), PCT),
            (report.text("yes") if a.meets_goal else report.text("no"), None),
            (a.households_1hh1c, COUNT),
            (a.households_goal, COUNT),
            (a.contracts, COUNT),
            (a.amount_consolidated, MONEY),
            (None if a.repayment.on_time_pct is None else float(a.repayment.on_time_pct), PCT),
            (a.repayment.arrears, MONEY),
        ]
        for column, (value, number) in enumerate(values, start=1):
            colour = None
            if column == len(names) + 4:
                colour = _GREEN if a.meets_goal else _RED
            align = "left" if column <= len(names) else ("center" if number is None else "right")
            _put(ws, row, column, "" if value is None else value, bold=total, number=number, align=align, color=colour)


def _institutes_sheet(workbook: Any, report: IndicatorsReport) -> None:
    widths = [40.0, 22, 22, 8, 8, 8, 8, 8, 11, 14, 10, 18]
    ws = _sheet(workbook, report.text("institutes_sheet"), widths)
    row = _titles(ws, report, len(widths))
    header = [report.text("col_institute"), report.text("col_province"), report.text("col_district")]
    header += [report.text("col_c", n=n) for n in range(1, 6)]
    header += [report.text("col_criteria_passed"), report.text("col_1hh1c"), report.text("col_contracts")]
    header.append(report.text("col_amount"))
    _header(ws, row, header)
    names = {(a.province_code, a.district_code): (a.province, a.name) for a in report.rollup.districts}
    for s in report.rollup.institutes:
        row += 1
        province, district = names.get((s.province_code, s.district_code), (s.province_code, s.district_code))
        _put(ws, row, 1, s.name)
        _put(ws, row, 2, province)
        _put(ws, row, 3, district)
        for n, passed in enumerate(s.criteria):
            _put(ws, row, 4 + n, "✓" if passed else "✗", align="center", color=_GREEN if passed else _RED)
        _put(ws, row, 9, sum(s.criteria), align="right", number=COUNT, bold=s.passed)
        _put(ws, row, 10, s.households_1hh1c, align="right", number=COUNT)
        _put(ws, row, 11, s.contracts, align="right", number=COUNT)
        _put(ws, row, 12, s.amount_consolidated, align="right", number=MONEY)


def write_indicators_xlsx(report: IndicatorsReport, path: Path) -> Path:
    """Write the indicators workbook at ``path``; returns ``path``."""
    workbook = Workbook()
    workbook.properties.creator = APP_NAME
    workbook.properties.title = report.title
    if report.institute is not None:
        _criteria_sheet(workbook, report)
    _area_sheet(workbook, report, report.rollup.provinces, districts=False, first=report.institute is None)
    _area_sheet(workbook, report, report.rollup.districts, districts=True)
    _institutes_sheet(workbook, report)
    workbook.save(path)
    return path
