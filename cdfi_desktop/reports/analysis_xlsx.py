"""The debt analysis as an Excel workbook (openpyxl).

- Summary: the title rows as on the registers, the key figures, the classification criteria, and the tables
  behind the committee's charts (households and debt per class, debt by source, households by debt-service
  ratio, suggested sources, member funds' lending against capital), each with a native Excel chart;
- Households: every household with its indicators, class and every reason for it (filterable);
- Sources per debt: every open debt with its suggested source of money and why.

Figures are values, not formulas: they are the analysis's own numbers, which the tests compare.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.chart import BarChart, PieChart, Reference  # type: ignore[import-untyped]
from openpyxl.chart.series import DataPoint  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from cdfi_desktop import APP_NAME
from cdfi_desktop.domain.classification import DebtorClass
from cdfi_desktop.domain.funding import SourceKind
from cdfi_desktop.reports.analysis_data import AnalysisReport
from cdfi_desktop.reports.charts import CLASS_COLOURS, SOURCE_COLOURS

__all__ = ["write_analysis_xlsx"]

FONT_NAME = "Sarabun"
MONEY = "#,##0.00"
COUNT = "#,##0"
PCT = "0.0"
_THIN = Side(style="thin", color="404040")
_GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_SHADE = PatternFill("solid", fgColor="E6E6E6")
_WRAP = Alignment(vertical="center", wrap_text=True)
_RIGHT = Alignment(horizontal="right", vertical="center")
_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def _font(size: float = 11, bold: bool = False) -> Any:
    return Font(name=FONT_NAME, size=size, bold=bold)


_BODY, _BOLD = _font(), _font(bold=True)


def _colour(value: str) -> str:
    return value.lstrip("#").upper()


class _Writer:
    def __init__(self, ws: Any) -> None:
        self.ws = ws
        ws.sheet_view.showGridLines = False

    def put(self, row: int, column: int, value: object, *, fmt: str = "", bold: bool = False, grid: bool = True) -> Any:
        cell = self.ws.cell(row, column, value)
        cell.font = _BOLD if bold else _BODY
        if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
            cell.alignment = _RIGHT
            cell.number_format = fmt or COUNT
        else:
            cell.alignment = _WRAP
        if grid:
            cell.border = _GRID
        return cell

    def header(self, row: int, first: int, labels: Sequence[str]) -> None:
        for offset, text in enumerate(labels):
            cell = self.ws.cell(row, first + offset, text)
            cell.font, cell.alignment, cell.border, cell.fill = _BOLD, _CENTER, _GRID, _SHADE

    def line(self, row: int, text: str, *, size: float = 11, bold: bool = False, last: int = 8) -> None:
        cell = self.ws.cell(row, 1, text)
        cell.font = _font(size, bold)
        cell.alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
        self.ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last)

    def widths(self, widths: Sequence[float]) -> None:
        for index, width in enumerate(widths, start=1):
            self.ws.column_dimensions[get_column_letter(index)].width = width


def _page_setup(ws: Any, report: AnalysisReport, *, title_rows: str | None = None) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    if title_rows:
        ws.print_title_rows = title_rows
    heading = report.heading
    ws.oddFooter.left.text = heading.printed_line.replace("&", "&&")
    ws.oddFooter.center.text = heading.text("page", page="&P", pages="&N")
    ws.oddHeader.center.text = f"{report.title} · {heading.institute_name} · {heading.fiscal_year_line}".replace(
        "&", "&&"
    )


def _bar_chart(title: str, *, data: Reference, categories: Reference, colours: Sequence[str] = ()) -> Any:
    chart = BarChart()
    chart.type = "col"
    chart.title = title
    chart.legend = None
    chart.height, chart.width = 7.0, 12.0
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(categories)
    series = chart.series[0]
    series.graphicalProperties.solidFill = _colour(colours[0]) if colours else "2F5D8A"
    for index, colour in enumerate(colours):
        point = DataPoint(idx=index)
        point.graphicalProperties.solidFill = _colour(colour)
        series.dPt.append(point)
    return chart


def _summary(ws: Any, report: AnalysisReport) -> None:
    a = report.analysis
    heading = report.heading
    w = _Writer(ws)
    w.widths([30, 14, 12, 18, 3, 30, 16, 16, 16, 12, 16])
    lines = (
        (report.title, 16),
        (heading.institute_name, 14),
        (heading.area_line, 14),
        (f"{heading.fiscal_year_line} · {report.as_of_line}", 12),
    )
    for row, (text, size) in enumerate(lines, start=1):
        w.line(row, text, size=size, bold=True, last=11)
        ws.row_dimensions[row].height = size * 1.7
    per_class = a.households_per_class()
    row = 6
    figures = (
        ("fig_households", len(a.rows), COUNT),
        ("fig_problem", per_class[DebtorClass.C] + per_class[DebtorClass.D], COUNT),
        ("fig_debt", report.total_debt, MONEY),
        ("fig_pooled", report.pooled, MONEY),
    )
    for offset, (key, value, fmt) in enumerate(figures):
        w.put(row + offset, 1, report.text(key), bold=True)
        w.put(row + offset, 2, value, fmt=fmt)
        ws.merge_cells(start_row=row + offset, start_column=2, end_row=row + offset, end_column=4)
    row += len(figures) + 1
    w.line(row, report.criteria, size=10, last=11)
    ws.row_dimensions[row].height = 62
    row += 2

    # per class (left) and by source of debt (right)
    top = row
    w.header(row, 1, [report.text(k) for k in ("col_class", "col_households", "col_share", "col_class_debt")])
    debt_by_class = a.debt_by_class()
    total = len(a.rows)
    for offset, c in enumerate(DebtorClass, start=1):
        w.put(row + offset, 1, report.class_label(c))
        w.put(row + offset, 2, per_class[c])
        w.put(row + offset, 3, round(per_class[c] / total * 100, 1) if total else 0.0, fmt=PCT)
        w.put(row + offset, 4, debt_by_class[c], fmt=MONEY)
    last = row + len(DebtorClass)
    w.put(last + 1, 1, report.text("total"), bold=True)
    w.put(last + 1, 2, total, bold=True)
    w.put(last + 1, 3, 100.0 if total else 0.0, fmt=PCT, bold=True)
    w.put(last + 1, 4, report.total_debt, fmt=MONEY, bold=True)
    class_chart = _bar_chart(
        report.text("chart_classes"),
        data=Reference(ws, min_col=2, min_row=row, max_row=last),
        categories=Reference(ws, min_col=1, min_row=row + 1, max_row=last),
        colours=[CLASS_COLOURS[c.value] for c in DebtorClass],
    )
    w.header(row, 6, [report.text("col_debt_source"), report.text("col_debt_amount")])
    by_source = a.debt_by_source()
    for offset, (key, value) in enumerate(by_source.items(), start=1):
        w.put(row + offset, 6, report.text(key))
        w.put(row + offset, 7, value, fmt=MONEY)
    source_last = row + len(by_source)
    w.put(source_last + 1, 6, report.text("total"), bold=True)
    w.put(source_last + 1, 7, sum(by_source.values(), Decimal(0)), fmt=MONEY, bold=True)
    pie = PieChart()
    pie.title = report.text("chart_sources")
    pie.height, pie.width = 7.0, 12.0
    pie.add_data(Reference(ws, min_col=7, min_row=row, max_row=source_last), titles_from_data=True)
    pie.set_categories(Reference(ws, min_col=6, min_row=row + 1, max_row=source_last))
    for index, key in enumerate(by_source):
        point = DataPoint(idx=index)
        point.graphicalProperties.solidFill = _colour(SOURCE_COLOURS[key])
        pie.series[0].dPt.append(point)
    row = max(last, source_last) + 3

    # DSR bands (left) and suggested sources (right)
    w.header(row, 1, [report.text("dsr_bucket"), report.text("col_households")])
    buckets = report.dsr_buckets()
    for offset, b in enumerate(buckets, start=1):
        w.put(row + offset, 1, report.dsr_label(b))
        w.put(row + offset, 2, b.households)
    dsr_last = row + len(buckets)
    dsr_chart = _bar_chart(
        report.text("chart_dsr"),
        data=Reference(ws, min_col=2, min_row=row, max_row=dsr_last),
        categories=Reference(ws, min_col=1, min_row=row + 1, max_row=dsr_last),
    )
    w.header(row, 6, [report.text(k) for k in ("col_source_kind", "col_debt_count", "col_debt_amount")])
    summary = a.sources_summary()
    for offset, kind in enumerate(SourceKind, start=1):
        w.put(row + offset, 6, report.source_kind(kind))
        w.put(row + offset, 7, summary[kind][0])
        w.put(row + offset, 8, summary[kind][1], fmt=MONEY)
    row = max(dsr_last, row + len(SourceKind)) + 3

    # member funds
    fund_top = row
    labels = ("col_fund", "col_capital", "col_lent", "col_available", "col_used", "col_limit")
    w.header(row, 6, [report.text(k) for k in labels])
    for offset, f in enumerate(a.funds, start=1):
        w.put(row + offset, 6, f.name)
        w.put(row + offset, 7, f.capital, fmt=MONEY)
        w.put(row + offset, 8, f.lent, fmt=MONEY)
        w.put(row + offset, 9, f.available, fmt=MONEY)
        w.put(row + offset, 10, f.used_pct if f.used_pct is not None else "–", fmt=PCT)
        w.put(row + offset, 11, f.lending_limit if f.lending_limit is not None else "", fmt=MONEY)
    fund_last = row + len(a.funds)
    charts_row = fund_last + 2
    ws.add_chart(class_chart, f"A{charts_row}")
    ws.add_chart(pie, f"F{charts_row}")
    ws.add_chart(dsr_chart, f"A{charts_row + 15}")
    if a.funds:
        funds_chart = BarChart()
        funds_chart.type = "bar"
        funds_chart.title = report.text("chart_funds")
        funds_chart.height, funds_chart.width = 7.0, 12.0
        funds_chart.add_data(
            Reference(ws, min_col=7, max_col=8, min_row=fund_top, max_row=fund_last), titles_from_data=True
        )
        funds_chart.set_categories(Reference(ws, min_col=6, min_row=fund_top + 1, max_row=fund_last))
        funds_chart.series[0].graphicalProperties.solidFill = "C9D2DC"
        funds_chart.series[1].graphicalProperties.solidFill = "2F5D8A"
        ws.add_chart(funds_chart, f"F{charts_row + 15}")
    del top
    _page_setup(ws, report)


_HOUSEHOLD_COLUMNS = (
    ("col_code", 9),
    ("col_head", 28),
    ("col_village", 16),
    ("col_cls", 7),
    ("col_class", 12),
    ("col_total_debt", 14),
    ("inside_institute", 14),
    ("other_formal", 14),
    ("informal", 13),
    ("col_income", 13),
    ("col_service", 13),
    ("col_dsr", 11),
    ("col_residual", 14),
    ("col_creditors", 9),
    ("col_overdue", 10),
    ("col_affordable", 13),
    ("col_term", 9),
    ("col_reasons", 70),
)


def _households(ws: Any, report: AnalysisReport) -> None:
    w = _Writer(ws)
    w.widths([width for _k, width in _HOUSEHOLD_COLUMNS])
    w.header(1, 1, [report.text(k) for k, _w in _HOUSEHOLD_COLUMNS])
    ws.row_dimensions[1].height = 48
    row = 2
    for _debtor_class, rows in report.rows_by_class():
        for r in rows:
            c = r.classification
            ind = c.indicators
            reasons = report.reasons(r)
            values: tuple[object, ...] = (
                r.code,
                r.head_name,
                r.village,
                r.debtor_class.value,
                report.class_name(r.debtor_class),
                ind.total_debt,
                ind.inside_institute,
                ind.other_formal,
                ind.informal,
                ind.income,
                ind.monthly_debt_service,
                ind.dsr_pct if ind.dsr_pct is not None else report.text("no_income"),
                ind.residual_income,
                ind.creditors,
                ind.worst_days_overdue,
                c.affordable_installment,
                c.consolidated_term_months if c.consolidated_term_months is not None else "–",
                "\n".join(reasons),
            )
            for column, value in enumerate(values, start=1):
                fmt = COUNT if isinstance(value, int) else (PCT if column == 12 else MONEY)
                w.put(row, column, value, fmt=fmt)
            fill = PatternFill("solid", fgColor=_colour(CLASS_COLOURS[r.debtor_class.value]))
            ws.cell(row, 4).fill = fill
            ws.cell(row, 4).font = Font(name=FONT_NAME, size=11, bold=True, color="FFFFFF")
            ws.cell(row, 4).alignment = _CENTER
            ws.row_dimensions[row].height = max(18, 17 * sum(1 + len(text) // 80 for text in reasons))
            row += 1
    ws.freeze_panes = "C2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(_HOUSEHOLD_COLUMNS))}{max(1, row - 1)}"
    _page_setup(ws, report, title_rows="1:1")


_DEBT_COLUMNS = (
    ("col_code", 9),
    ("col_head", 26),
    ("col_cls", 7),
    ("col_creditor", 30),
    ("col_outstanding", 14),
    ("col_installment", 13),
    ("col_days", 10),
    ("col_source", 22),
    ("col_term", 9),
    ("col_source_reason", 70),
)


def _debts(ws: Any, report: AnalysisReport) -> None:
    w = _Writer(ws)
    w.widths([width for _k, width in _DEBT_COLUMNS])
    w.header(1, 1, [report.text(k) for k, _w in _DEBT_COLUMNS])
    ws.row_dimensions[1].height = 36
    row = 2
    for _debtor_class, rows in report.rows_by_class():
        for r in rows:
            for s in r.sources:
                reason = report.reason(s.suggestion.reason)
                values: tuple[object, ...] = (
                    r.code,
                    r.head_name,
                    r.debtor_class.value,
                    s.creditor,
                    s.outstanding,
                    s.installment,
                    s.days_overdue,
                    report.source_kind(s.suggestion.kind),
                    s.suggestion.term_months if s.suggestion.term_months is not None else "–",
                    reason,
                )
                for column, value in enumerate(values, start=1):
                    w.put(row, column, value, fmt=COUNT if isinstance(value, int) else MONEY)
                ws.row_dimensions[row].height = max(18, 17 * (1 + len(reason) // 80))
                row += 1
    ws.freeze_panes = "C2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(_DEBT_COLUMNS))}{max(1, row - 1)}"
    _page_setup(ws, report, title_rows="1:1")


def write_analysis_xlsx(report: AnalysisReport, path: Path) -> Path:
    """Write the analysis workbook at ``path``; returns ``path``."""
    workbook = Workbook()
    workbook.properties.title = report.title
    workbook.properties.subject = report.heading.institute_name
    workbook.properties.creator = APP_NAME
    summary = workbook.active
    summary.title = report.text("summary_sheet")[:31]
    _summary(summary, report)
    _households(workbook.create_sheet(report.text("households_sheet")[:31]), report)
    _debts(workbook.create_sheet(report.text("debts_sheet")[:31]), report)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".tmp-{path.name}")
    try:
        workbook.save(temp)
        temp.replace(path)
    finally:
        temp.unlink(missing_ok=True)
    return path
