"""The debt analysis as an A4-landscape PDF (reportlab, bundled Sarabun).

1. title lines as on the registers (report, institute, ตำบล อำเภอ จังหวัด, ปีงบประมาณ พ.ศ., data date), the key
   figures, and the four charts a committee reads at a glance: households per class, debt by source, households
   by debt-service ratio, member funds' lending against their capital;
2. the classification criteria and the figures behind the charts (per class, per suggested source, per fund);
3. the households by class (D first), each with every reason for its class;
4. every open debt with its suggested source of money and why.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from cdfi_desktop.domain.classification import DebtorClass
from cdfi_desktop.domain.funding import SourceKind
from cdfi_desktop.domain.money import format_baht
from cdfi_desktop.reports.analysis_data import AnalysisReport
from cdfi_desktop.reports.charts import (
    CLASS_COLOURS,
    SOURCE_COLOURS,
    BarSpec,
    CapacitySpec,
    ChartPicture,
    SegmentSpec,
    bar_chart,
    capacity_chart,
    share_bar,
)
from cdfi_desktop.reports.pdf_common import (
    A4_LANDSCAPE,
    CONTINUED,
    FONT,
    FONT_BOLD,
    GRID_GREY,
    HEADER_FILL,
    TABLE_SIZE,
    ContinuedTable,
    LongTable,
    Margins,
    PageFurniture,
    Spacer,
    TableStyle,
    TextLines,
    build_pdf,
    digit_style,
    fit_size,
    text_width,
    title_block,
    wrap,
)

__all__ = ["summary_charts", "write_analysis_pdf"]

MARGINS = Margins()
FRAME_WIDTH = A4_LANDSCAPE[0] - MARGINS.left - MARGINS.right
BODY = TABLE_SIZE
SMALL = TABLE_SIZE
HEADER = TABLE_SIZE
HALF = (FRAME_WIDTH - 14) / 2  # two tables side by side
PAD_X = 3.0
PAD_TOP = 2.0
PAD_BOTTOM = 3.0
CHART_GAP = 10.0
CHART_HEIGHT = 126.0  # two rows of charts under the title and figures on the first page


def _leading(size: float) -> float:
    return round(size * 1.42, 1)


@dataclass(frozen=True)
class _Column:
    label: str  # key in analysis_data.LABELS
    width: float  # 0: what the others leave of the frame
    align: str = "left"
    breakable: bool = True
    keep_names: bool = False


def _fill(columns: Sequence[_Column], width: float = FRAME_WIDTH) -> tuple[_Column, ...]:
    rest = width - sum(c.width for c in columns)
    return tuple(c if c.width else _Column(c.label, rest, c.align, c.breakable, c.keep_names) for c in columns)


_HOUSEHOLD_COLUMNS = _fill(
    (
        _Column("col_code", 40, "center", breakable=False),
        _Column("col_head_village", 112, keep_names=True),
        _Column("col_total_debt", 68, "right", breakable=False),
        _Column("col_dsr", 42, "right", breakable=False),
        _Column("col_residual", 66, "right", breakable=False),
        _Column("col_creditors", 38, "right", breakable=False),
        _Column("col_overdue", 40, "right", breakable=False),
        _Column("col_affordable", 62, "right", breakable=False),
        _Column("col_term", 36, "right", breakable=False),
        _Column("col_reasons", 0),
    )
)
_DEBT_COLUMNS = _fill(
    (
        _Column("col_code", 40, "center", breakable=False),
        _Column("col_head", 104, keep_names=True),
        _Column("col_cls", 30, "center", breakable=False),
        _Column("col_creditor", 100),
        _Column("col_outstanding", 66, "right", breakable=False),
        _Column("col_installment", 62, "right", breakable=False),
        _Column("col_days", 38, "right", breakable=False),
        _Column("col_source", 80),
        _Column("col_term", 36, "right", breakable=False),
        _Column("col_source_reason", 0),
    )
)


def _cell(
    text: str, column: _Column, *, size: float = BODY, font: str = FONT, align: str | None = None, width: float = 0
) -> Any:
    """Plain text when reportlab can draw it as it is, else shaped lines broken between words; a word (or an
    unbreakable value) wider than the column shrinks instead of breaking."""
    align = align or column.align
    inner = (width or column.width) - 2 * PAD_X
    fitted = fit_size(text, width=inner, size=size, font=font, whole=not column.breakable)
    plain = text.isascii() and "\n" not in text and fitted == size and align == column.align
    if plain and text_width(text, font=font, size=size) <= inner:
        return text
    if column.breakable:
        lines = [
            line
            for part in text.split("\n")
            for line in wrap(part, width=inner, size=fitted, font=font, keep_names=column.keep_names)
        ]
    else:
        lines = text.split("\n")
    return TextLines(lines, size=fitted, leading=_leading(fitted), font=font, align=align)


def _heights(rows: Sequence[Sequence[Any]], leadings: Sequence[float]) -> list[float]:
    """Row heights worked out here (reportlab would rescan a long table at every page break)."""
    heights = []
    for cells, leading in zip(rows, leadings, strict=True):
        content = max((c.height if isinstance(c, TextLines) else leading if c else 0.0) for c in cells)
        heights.append(max(content, leading) + PAD_TOP + PAD_BOTTOM)
    return heights


def _style(columns: Sequence[_Column], *, header_row: int) -> list[tuple[Any, ...]]:
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, BODY, _leading(BODY)),
        ("GRID", (0, header_row), (-1, -1), 0.4, GRID_GREY),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_TOP),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_BOTTOM),
        ("BACKGROUND", (0, header_row), (-1, header_row), HEADER_FILL),
        ("FONT", (0, header_row), (-1, header_row), FONT_BOLD, HEADER, _leading(HEADER)),
    ]
    style += [("ALIGN", (i, 0), (i, -1), c.align.upper()) for i, c in enumerate(columns)]
    return style


def _header(report: AnalysisReport, columns: Sequence[_Column]) -> list[Any]:
    return [
        _cell(report.text(c.label), _Column(c.label, c.width), size=HEADER, font=FONT_BOLD, align="center")
        for c in columns
    ]


def _table(
    report: AnalysisReport,
    columns: Sequence[_Column],
    body: Sequence[Sequence[str]],
    *,
    heading: str = "",
    heading_colour: str | None = None,
    separators: Sequence[int] = (),
    continued: dict[int, Sequence[str]] | None = None,
) -> Any:
    """A long table: an optional heading row (running on over the empty cells), the column header, the rows;
    both first rows repeat on every page the table runs over."""
    rows: list[list[Any]] = []
    leadings: list[float] = []
    if heading:
        title = _cell(heading, _Column("", sum(c.width for c in columns)), size=10.5, font=FONT_BOLD, align="left")
        rows.append([title, *[""] * (len(columns) - 1)])
        leadings.append(_leading(10.5))
    header_row = len(rows)
    rows.append(_header(report, columns))
    leadings.append(_leading(HEADER))
    for values in body:
        rows.append([_cell(v, c) if v else "" for v, c in zip(values, columns, strict=True)])
        leadings.append(_leading(BODY))
    style = _style(columns, header_row=header_row)
    for index in separators:  # a firmer rule above each group of body rows (a household's debts)
        if index:
            style.append(("LINEABOVE", (0, header_row + 1 + index), (-1, header_row + 1 + index), 1.1, GRID_GREY))
    if heading:
        style += [("TOPPADDING", (0, 0), (-1, 0), 6), ("LEFTPADDING", (0, 0), (-1, 0), 0)]
        if heading_colour:
            style.append(("LINEBELOW", (0, 0), (-1, 0), 2.0, _hex(heading_colour)))
    # a household whose rows run on to the next page: its first row there repeats its code and name with (ต่อ)
    again = {
        header_row + 1 + index: {i: _cell(v, columns[i]) for i, v in enumerate(values) if v}
        for index, values in (continued or {}).items()
    }
    return ContinuedTable(
        rows,
        colWidths=[c.width for c in columns],
        rowHeights=_heights(rows, leadings),
        repeatRows=header_row + 1,
        style=TableStyle(style),
        hAlign="LEFT",
        continued=again,
    )


def _hex(value: str) -> Any:
    from reportlab.lib import colors  # type: ignore[import-untyped]

    return colors.HexColor(value)


def _amount(value: Decimal) -> str:
    return format_baht(value)


def _baht0(value: Decimal) -> str:
    return f"{value:,.0f}"


def _pct(value: Decimal | None, report: AnalysisReport) -> str:
    return report.text("no_income") if value is None else f"{value:,.1f}"


# -- page 1: figures and charts ---------------------------------------------------------------------------------
def summary_charts(report: AnalysisReport, *, width: float, height: float) -> list[ChartPicture]:
    """The four charts (classes, sources, DSR, funds), each ``width`` × ``height`` points."""
    a = report.analysis
    per_class = a.households_per_class()
    empty = report.text("empty")
    classes = bar_chart(
        [
            BarSpec(f"{c.value} {report.class_name(c)}", n, CLASS_COLOURS[c.value], f"{n:,}")
            for c, n in per_class.items()
        ],
        width=width,
        height=height,
        title=report.text("chart_classes"),
        empty_text=empty,
    )
    by_source = a.debt_by_source()
    sources = share_bar(
        [
            SegmentSpec(report.text(key), float(value), SOURCE_COLOURS[key], report.text("baht", amount=_baht0(value)))
            for key, value in by_source.items()
        ],
        width=width,
        height=height,
        title=report.text("chart_sources"),
        empty_text=empty,
        total_text=report.text("total_baht", amount=_baht0(sum(by_source.values(), Decimal(0)))),
    )
    t = a.profile.thresholds
    bars, dividers = [], []
    for i, b in enumerate(report.dsr_buckets()):
        if b.low is None:
            colour = CLASS_COLOURS["D"]
        elif b.low >= t.dsr_problem_pct:
            colour = CLASS_COLOURS["C"]
        elif b.low >= t.dsr_watch_pct:
            colour = CLASS_COLOURS["B"]
        else:
            colour = CLASS_COLOURS["A"]
        if b.low is not None and i > 0 and b.low in (t.dsr_watch_pct, t.dsr_problem_pct):
            dividers.append((i, f"{b.low:,.0f}%"))
        bars.append(BarSpec(report.dsr_label(b), b.households, colour, f"{b.households:,}"))
    dsr = bar_chart(
        bars, width=width, height=height, title=report.text("chart_dsr"), empty_text=empty, dividers=dividers
    )
    funds = capacity_chart(
        [
            CapacitySpec(f.name, float(f.lent), float(f.capital), f"{_baht0(f.lent)} / {_baht0(f.capital)}")
            for f in a.funds
        ],
        width=width,
        height=height,
        title=report.text("chart_funds"),
        empty_text=empty,
        more_text=report.text("more_funds"),
    )
    return [classes, sources, dsr, funds]


def _figures(report: AnalysisReport) -> Any:
    """Four key figures in a row of boxes."""
    a = report.analysis
    per_class = a.households_per_class()
    figures = (
        ("fig_households", f"{len(a.rows):,}"),
        ("fig_problem", f"{per_class[DebtorClass.C] + per_class[DebtorClass.D]:,}"),
        ("fig_debt", _amount(report.total_debt)),
        ("fig_pooled", _amount(report.pooled)),
    )
    width = FRAME_WIDTH / len(figures)
    value_cells = [[_cell(v, _Column("", width, "center"), size=13, font=FONT_BOLD) for _k, v in figures]]
    label_cells = [[_cell(report.text(k), _Column("", width, "center"), size=SMALL) for k, _v in figures]]
    rows = label_cells + value_cells
    style = [
        ("BOX", (0, 0), (-1, -1), 0.4, GRID_GREY),
        ("LINEAFTER", (0, 0), (-2, -1), 0.4, GRID_GREY),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONT", (0, 0), (-1, 0), FONT, SMALL, _leading(SMALL)),
        ("FONT", (0, 1), (-1, 1), FONT_BOLD, 13, _leading(13)),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    return LongTable(rows, colWidths=[width] * len(figures), style=TableStyle(style))


def _chart_grid(report: AnalysisReport) -> Any:
    width = (FRAME_WIDTH - CHART_GAP) / 2
    classes, sources, dsr, funds = summary_charts(report, width=width, height=CHART_HEIGHT)
    rows = [[classes, "", sources], ["", "", ""], [dsr, "", funds]]
    style = [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
    style += [("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]
    return LongTable(
        rows,
        colWidths=[width, CHART_GAP, width],
        rowHeights=[CHART_HEIGHT, CHART_GAP, CHART_HEIGHT],
        style=TableStyle(style),
    )


def _title(report: AnalysisReport) -> list[Any]:
    heading = report.heading
    lines = [
        (report.title, 15),
        (heading.institute_name, 12.5),
        (heading.area_line, 12.5),
        (f"{heading.fiscal_year_line} · {report.as_of_line}", 12),
    ]
    return title_block(lines, width=FRAME_WIDTH, space_after=4)


# -- page 2: the figures behind the charts ----------------------------------------------------------------------
def _figure_tables(report: AnalysisReport) -> list[Any]:
    a = report.analysis
    per_class = a.households_per_class()
    debt_by_class = a.debt_by_class()
    total = len(a.rows)
    class_columns = _fill(
        (
            _Column("col_class", 0),
            _Column("col_households", 70, "right", breakable=False),
            _Column("col_share", 52, "right", breakable=False),
            _Column("col_class_debt", 100, "right", breakable=False),
        ),
        width=HALF,
    )
    class_rows = [
        (
            report.class_label(c),
            f"{per_class[c]:,}",
            f"{per_class[c] / total * 100:.1f}" if total else "0.0",
            _amount(debt_by_class[c]),
        )
        for c in DebtorClass
    ]
    class_rows.append((report.text("total"), f"{total:,}", "100.0" if total else "0.0", _amount(report.total_debt)))
    summary = a.sources_summary()
    source_columns = _fill(
        (
            _Column("col_source_kind", 0),
            _Column("col_debt_count", 70, "right", breakable=False),
            _Column("col_debt_amount", 100, "right", breakable=False),
        ),
        width=HALF,
    )
    source_rows = [(report.source_kind(k), f"{summary[k][0]:,}", _amount(summary[k][1])) for k in SourceKind]
    source_rows.append(
        (
            report.text("total"),
            f"{sum(n for n, _ in summary.values()):,}",
            _amount(sum((v for _, v in summary.values()), Decimal(0))),
        )
    )
    debt_source_columns = _fill(
        (_Column("col_debt_source", 0), _Column("col_debt_amount", 100, "right", breakable=False)), width=HALF
    )
    by_source = a.debt_by_source()
    debt_source_rows = [(report.text(k), _amount(v)) for k, v in by_source.items()]
    debt_source_rows.append((report.text("total"), _amount(sum(by_source.values(), Decimal(0)))))
    fund_columns = _fill(
        (
            _Column("col_fund", 0),
            _Column("col_capital", 88, "right", breakable=False),
            _Column("col_lent", 88, "right", breakable=False),
            _Column("col_available", 88, "right", breakable=False),
            _Column("col_used", 52, "right", breakable=False),
            _Column("col_limit", 88, "right", breakable=False),
        )
    )
    fund_rows = [
        (
            f.name,
            _amount(f.capital),
            _amount(f.lent),
            _amount(f.available),
            "–" if f.used_pct is None else f"{f.used_pct:,.1f}",
            "" if f.lending_limit is None else _amount(f.lending_limit),
        )
        for f in a.funds
    ]
    dsr_columns = _fill((_Column("dsr_bucket", 0), _Column("col_households", 70, "right", breakable=False)), width=HALF)
    dsr_rows = [(report.dsr_label(b), f"{b.households:,}") for b in report.dsr_buckets()]
    left = [
        _table(report, class_columns, class_rows),
        Spacer(1, 8),
        _table(report, debt_source_columns, debt_source_rows),
    ]
    right = [
        _table(report, source_columns, source_rows),
        Spacer(1, 8),
        _table(report, dsr_columns, dsr_rows),
    ]
    side_by_side = LongTable(
        [[left, "", right]],
        colWidths=[HALF, FRAME_WIDTH - 2 * HALF, HALF],
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
        hAlign="LEFT",
    )
    criteria = TextLines(wrap(report.criteria, width=FRAME_WIDTH, size=SMALL), size=SMALL, leading=_leading(SMALL))
    story: list[Any] = [
        *title_block([(report.text("summary"), 13)], width=FRAME_WIDTH, space_after=4),
        criteria,
        Spacer(1, 8),
        side_by_side,
        Spacer(1, 10),
    ]
    if fund_rows:
        story.append(_table(report, fund_columns, fund_rows))
    return story


# -- households and debts ---------------------------------------------------------------------------------------
def _household_values(report: AnalysisReport, row: Any) -> tuple[str, ...]:
    c = row.classification
    ind = c.indicators
    return (
        row.code,
        f"{row.head_name}\n{row.village}" if row.village else row.head_name,
        _amount(ind.total_debt),
        _pct(ind.dsr_pct, report),
        _amount(ind.residual_income),
        f"{ind.creditors:,}",
        f"{ind.worst_days_overdue:,}",
        _amount(c.affordable_installment),
        "–" if c.consolidated_term_months is None else f"{c.consolidated_term_months:,}",
        "\n".join(f"• {text}" for text in report.reasons(row)),
    )


def _households(report: AnalysisReport) -> list[Any]:
    story: list[Any] = [*title_block([(report.text("households_heading"), 13)], width=FRAME_WIDTH, space_after=2)]
    if not report.analysis.rows:
        story.append(TextLines([report.text("no_households")], size=BODY, leading=_leading(BODY)))
        return story
    for debtor_class, rows in report.rows_by_class():
        if not rows:
            continue
        heading = report.text(
            "class_heading", cls=debtor_class.value, name=report.class_name(debtor_class), n=len(rows)
        )
        body = [_household_values(report, r) for r in rows]
        story += [
            _table(report, _HOUSEHOLD_COLUMNS, body, heading=heading, heading_colour=CLASS_COLOURS[debtor_class.value]),
            Spacer(1, 6),
        ]
    return story


def _debts(report: AnalysisReport) -> list[Any]:
    story: list[Any] = [*title_block([(report.text("debts_heading"), 13)], width=FRAME_WIDTH, space_after=2)]
    body: list[tuple[str, ...]] = []
    firsts: list[int] = []  # rows where a household starts
    continued: dict[int, Sequence[str]] = {}  # what a household's later row shows when it starts a page
    more = CONTINUED.get(report.language, CONTINUED["en"])
    for _debtor_class, rows in report.rows_by_class():
        for row in rows:
            for n, s in enumerate(row.sources):
                first = n == 0
                if first:
                    firsts.append(len(body))
                else:
                    continued[len(body)] = (row.code, f"{row.head_name} {more}", row.debtor_class.value)
                body.append(
                    (
                        row.code if first else "",
                        row.head_name if first else "",
                        row.debtor_class.value if first else "",
                        s.creditor,
                        _amount(s.outstanding),
                        _amount(s.installment),
                        f"{s.days_overdue:,}",
                        report.source_kind(s.suggestion.kind),
                        "–" if s.suggestion.term_months is None else f"{s.suggestion.term_months:,}",
                        report.reason(s.suggestion.reason),
                    )
                )
    if not body:
        story.append(TextLines([report.text("no_debts")], size=BODY, leading=_leading(BODY)))
        return story
    story.append(_table(report, _DEBT_COLUMNS, body, separators=firsts, continued=continued))
    return story


def _furniture(report: AnalysisReport) -> PageFurniture:
    heading = report.heading
    return PageFurniture(
        running_title=f"{report.title} · {heading.institute_name} · {heading.fiscal_year_line}",
        footer_left=heading.printed_line,
        footer_right=report.as_of_line,
        page_label=lambda page, pages: heading.text("page", page=page, pages=pages),
    )


def write_analysis_pdf(report: AnalysisReport, path: Path, *, digits: str | None = None) -> Path:
    """Write the analysis report as a PDF at ``path`` (its numbers in ``digits``: "thai" or "arabic", the
    default digit style when not given); returns ``path``."""
    with digit_style(digits, language=report.language):
        return _write_analysis_pdf(report, path)


def _write_analysis_pdf(report: AnalysisReport, path: Path) -> Path:
    from reportlab.platypus import PageBreak  # type: ignore[import-untyped]

    story: list[Any] = [
        *_title(report),
        _figures(report),
        Spacer(1, 8),
        _chart_grid(report),
        PageBreak(),
        *_figure_tables(report),
        PageBreak(),
        *_households(report),
        PageBreak(),
        *_debts(report),
    ]
    build_pdf(
        path,
        story,
        furniture=_furniture(report),
        title=report.title,
        subject=report.heading.institute_name,
        margins=MARGINS,
    )
    return path
