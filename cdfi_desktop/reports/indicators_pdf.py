"""The indicators report (guideline 4.2) as an A4-landscape PDF, from a ``reports/indicators_data.IndicatorsReport``
(built from the database by ``services/printouts/indicators.py``; ``indicators_xlsx`` writes its Excel twin).

1. title lines as on the registers (report, institute, ตำบล อำเภอ จังหวัด, ปีงบประมาณ พ.ศ., data date), the key
   figures, and the institute's five criteria: passed or not, what was found or what is missing, and the step of
   the program that fixes it; its repayments and the target households' classes before and after;
2. the roll-up of every institute in the database: per province and per district, institutes passing against the
   profile's goal (75 %), households at 1HH1C against the goal, contracts, amounts and repayments, with the four
   charts a province meeting reads (per province, or per district when the database holds one province).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.graphics.shapes import Drawing, Line, Rect  # type: ignore[import-untyped]
from reportlab.lib import colors  # type: ignore[import-untyped]

from cdfi_desktop.domain.classification import DebtorClass
from cdfi_desktop.domain.money import format_baht
from cdfi_desktop.reports.charts import CLASS_COLOURS, ChartPicture, Label, SegmentSpec, share_bar
from cdfi_desktop.reports.indicators_data import IndicatorsReport, chart_areas
from cdfi_desktop.reports.pdf_common import (
    A4_LANDSCAPE,
    FONT,
    FONT_BOLD,
    GRID_GREY,
    HEADER_FILL,
    TABLE_SIZE,
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

if TYPE_CHECKING:
    from cdfi_desktop.services.indicators import AreaRow, RepaymentPerformance

__all__ = ["grouped_bars", "rollup_charts", "write_indicators_pdf"]


MARGINS = Margins()
FRAME_WIDTH = A4_LANDSCAPE[0] - MARGINS.left - MARGINS.right
BODY = TABLE_SIZE
HEADER = TABLE_SIZE
PAD = 3.0
CHART_HEIGHT = 150.0
CHART_GAP = 10.0
MAX_CHART_AREAS = 12
PASS_COLOUR = "#4f8a5b"
FAIL_COLOUR = "#b5473f"
GOAL_COLOUR = "#a0aec0"
ACHIEVED_COLOUR = "#2f5d8a"
AMOUNT_COLOUR = "#8fb0cf"
LATE_COLOUR = "#d1a73a"


# -- cells and tables ------------------------------------------------------------------------------------------------
def _leading(size: float) -> float:
    return round(size * 1.42, 1)


def _cell(text: str, width: float, *, size: float = BODY, font: str = FONT, align: str = "left") -> Any:
    inner = width - 2 * PAD
    fitted = fit_size(text, width=inner, size=size, font=font)
    lines = [line for part in text.split("\n") for line in wrap(part, width=inner, size=fitted, font=font)]
    return TextLines(lines, size=fitted, leading=_leading(fitted), font=font, align=align)


def _hex(value: str) -> Any:
    return colors.HexColor(value)


def _table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    aligns: Sequence[str],
    bold_last: bool = False,
    colours: dict[tuple[int, int], str] | None = None,
) -> Any:
    body: list[list[Any]] = [
        [_cell(h, w, size=HEADER, font=FONT_BOLD, align="center") for h, w in zip(header, widths, strict=True)]
    ]
    last = len(rows) - 1
    for i, values in enumerate(rows):
        font = FONT_BOLD if bold_last and i == last else FONT
        body.append([_cell(v, w, font=font, align=a) for v, w, a in zip(values, widths, aligns, strict=True)])
    style: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID_GREY),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for (row, column), colour in (colours or {}).items():
        cell = body[row + 1][column]
        cell.color = _hex(colour)
    return LongTable(body, colWidths=list(widths), repeatRows=1, style=TableStyle(style), hAlign="LEFT")


def _heading(text: str, size: float = 12) -> Any:
    """A section's heading: it never ends a page, it moves on with what follows it."""
    heading = TextLines(
        wrap(text, width=FRAME_WIDTH, size=size, font=FONT_BOLD), size=size, leading=size * 1.5, font=FONT_BOLD
    )
    heading.keepWithNext = True
    return heading


def _note(text: str, size: float = 9.5) -> Any:
    return TextLines(wrap(text, width=FRAME_WIDTH, size=size), size=size, leading=_leading(size))


# -- page 1: the institute -------------------------------------------------------------------------------------------
def _title(report: IndicatorsReport) -> list[Any]:
    h = report.heading
    return title_block(
        [
            (report.title, 15),
            (h.institute_name, 12.5),
            (h.area_line, 12),
            (f"{h.fiscal_year_line} · {report.as_of_line}", 11.5),
        ],
        width=FRAME_WIDTH,
        space_after=4,
    )


def _figures(report: IndicatorsReport) -> Any:
    i = report.institute
    assert i is not None  # the institute's pages are printed only with an institute
    figures = (
        ("fig_criteria", f"{i.criteria_passed} / {len(i.criteria)}"),
        ("fig_1hh1c", report.text("of_goal", value=i.households_1hh1c, goal=i.thresholds.min_households_1hh1c)),
        ("fig_contracts", f"{i.contracts:,}"),
        ("fig_amount", format_baht(i.amount_consolidated)),
        ("fig_on_time", f"{report.pct(i.repayment.on_time_pct)}%"),
        ("fig_arrears", format_baht(i.repayment.arrears)),
    )
    width = FRAME_WIDTH / len(figures)
    rows = [
        [_cell(report.text(k), width, size=TABLE_SIZE, align="center") for k, _ in figures],
        [_cell(v, width, size=13, font=FONT_BOLD, align="center") for _, v in figures],
    ]
    style = [
        ("BOX", (0, 0), (-1, -1), 0.4, GRID_GREY),
        ("LINEAFTER", (0, 0), (-2, -1), 0.4, GRID_GREY),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    return LongTable(rows, colWidths=[width] * len(figures), style=TableStyle(style))


def _criteria(report: IndicatorsReport) -> list[Any]:
    i = report.institute
    assert i is not None  # the institute's pages are printed only with an institute
    widths = (30.0, 180.0, 50.0, 0.0, 110.0)
    widths = (*widths[:3], FRAME_WIDTH - sum(widths), widths[4])
    rows = []
    colours: dict[tuple[int, int], str] = {}
    for n, c in enumerate(i.criteria):
        rows.append(
            (
                str(c.number),
                report.criterion_name(c),
                report.text("passed") if c.passed else report.text("failed"),
                "\n".join(report.reasons(c)),
                "" if c.passed else report.step_name(c),
            )
        )
        colours[(n, 2)] = PASS_COLOUR if c.passed else FAIL_COLOUR
    verdict = report.text("result_pass") if i.passed else report.text("result_fail", n=i.criteria_passed)
    return [
        _heading(report.text("criteria_heading")),
        _table(
            [report.text(k) for k in ("col_no", "col_criterion", "col_result", "col_detail", "col_step")],
            rows,
            widths,
            aligns=("center", "left", "center", "left", "left"),
            colours=colours,
        ),
        Spacer(1, 3),
        TextLines([verdict], size=11, leading=16, font=FONT_BOLD, color=_hex(PASS_COLOUR if i.passed else FAIL_COLOUR)),
    ]


def _repayment_rows(report: IndicatorsReport, p: RepaymentPerformance) -> list[tuple[str, str]]:
    from cdfi_desktop.domain.criteria import ON_TIME_GRACE_DAYS

    return [
        (report.text("rep_contracts"), f"{p.contracts:,}"),
        (report.text("rep_due"), f"{p.installments_due:,}"),
        (report.text("rep_paid"), f"{p.installments_paid:,}"),
        (
            report.text("rep_on_time", days=ON_TIME_GRACE_DAYS),
            f"{p.installments_on_time:,} ({report.pct(p.on_time_pct)}%)",
        ),
        (report.text("rep_amount_due"), format_baht(p.amount_due)),
        (report.text("rep_amount_paid"), format_baht(p.amount_paid)),
        (report.text("rep_arrears"), format_baht(p.arrears)),
        (report.text("rep_in_arrears"), f"{p.contracts_in_arrears:,}"),
    ]


def _repayment_and_classes(report: IndicatorsReport) -> list[Any]:
    i = report.institute
    assert i is not None  # the institute's pages are printed only with an institute
    left_widths = (240.0, 100.0)
    left = _table(
        [report.text("col_item"), report.text("col_value")],
        _repayment_rows(report, i.repayment),
        left_widths,
        aligns=("left", "right"),
    )
    change = i.class_change
    class_rows = [
        (report.class_name(c), f"{change.before.get(c, 0):,}", f"{change.after.get(c, 0):,}") for c in DebtorClass
    ]
    class_rows += [
        (report.text("cls_improved"), "", f"{change.improved:,}"),
        (report.text("cls_same"), "", f"{change.same:,}"),
        (report.text("cls_worse"), "", f"{change.worse:,}"),
    ]
    right_widths = (190.0, 76.0, 76.0)
    right = _table(
        [report.text("col_class"), report.text("col_before"), report.text("col_after")],
        class_rows,
        right_widths,
        aligns=("left", "right", "right"),
    )
    gap = FRAME_WIDTH - sum(left_widths) - sum(right_widths)
    holder = LongTable(
        [[left, "", right]],
        colWidths=[sum(left_widths), gap, sum(right_widths)],
        style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), *_no_padding()]),
        hAlign="LEFT",
    )
    return [_heading(report.text("repayment_heading")), holder]


def _no_padding() -> list[tuple[Any, ...]]:
    return [(side, (0, 0), (-1, -1), 0) for side in ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")]


# -- page 2: the roll-up ---------------------------------------------------------------------------------------------
def _area_values(report: IndicatorsReport, a: AreaRow, *, with_province: bool) -> list[str]:
    values = [report.area_name(a)]
    if with_province:
        values.append(a.province)
    values += [
        f"{a.institutes:,}",
        f"{a.passing:,}",
        report.pct(a.passing_pct),
        report.text("yes") if a.meets_goal else report.text("no"),
        f"{a.households_1hh1c:,}",
        f"{a.households_goal:,}",
        f"{a.contracts:,}",
        format_baht(a.amount_consolidated),
        report.pct(a.repayment.on_time_pct),
        format_baht(a.repayment.arrears),
    ]
    return values


def _area_table(report: IndicatorsReport, rows: Sequence[AreaRow], *, districts: bool) -> Any:
    numbers = (48.0, 48.0, 44.0, 44.0, 70.0, 62.0, 44.0, 86.0, 56.0, 70.0)
    name_width = FRAME_WIDTH - sum(numbers)
    header = [report.text("col_district" if districts else "col_province")]
    widths = [name_width]
    if districts:
        header.append(report.text("col_province"))
        widths = [name_width / 2, name_width / 2]
    header += [
        report.text(k)
        for k in (
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
    ]
    widths += list(numbers)
    all_rows = [*rows, report.rollup.total]
    body = [_area_values(report, a, with_province=districts) for a in all_rows]
    first_number = 2 if districts else 1
    goal_column = first_number + 3
    colours = {(n, goal_column): PASS_COLOUR if a.meets_goal else FAIL_COLOUR for n, a in enumerate(all_rows)}
    return _table(
        header,
        body,
        widths,
        aligns=["left"] * first_number + ["right"] * 3 + ["center"] + ["right"] * 6,
        bold_last=True,
        colours=colours,
    )


def _frame(width: float, height: float, title: str) -> tuple[Any, list[Label], float]:
    drawing = Drawing(width, height)
    drawing.add(Rect(0, 0, width, height, strokeColor=_hex("#c9d2dc"), strokeWidth=0.6, fillColor=colors.white))
    labels = [Label(title, 8, height - 8 - 11, 11, font=FONT_BOLD, colour="#1f3a5f")]
    return drawing, labels, height - 8 - 11 * 1.6 - 4


def grouped_bars(
    categories: Sequence[str],
    series: Sequence[tuple[str, str, Sequence[float], Sequence[str]]],
    *,
    width: float,
    height: float,
    title: str,
    empty_text: str,
    reference: tuple[float, str] | None = None,
    peak: float | None = None,
) -> ChartPicture:
    """Bars per category, one per series (label, colour, values, value texts), a legend when there are two or
    more series, and an optional dashed reference line (a goal)."""
    drawing, labels, top = _frame(width, height, title)
    if not categories:
        labels.append(Label(empty_text, width / 2, top / 2, 9, "center", colour="#718096"))
        return ChartPicture(drawing, labels)
    left, right = 8.0, width - 8.0
    if len(series) > 1:  # legend under the title
        x = left
        for name, colour, _values, _texts in series:
            drawing.add(Rect(x, top - 7, 7, 7, fillColor=_hex(colour), strokeColor=None))
            labels.append(Label(name, x + 10, top - 7, 8.5))
            x += 10 + text_width(name, size=8.5) + 14
        top -= 14
    slot = (right - left) / len(categories)
    wrapped = [wrap(c, width=slot - 2, size=8)[:2] for c in categories]
    lines = max(len(w) for w in wrapped)
    base = 8 + lines * 10.4 + 2
    plot_top = top - 13
    top_value = peak or max([v for _, _, values, _ in series for v in values] + ([reference[0]] if reference else []))
    top_value = top_value or 1.0
    drawing.add(Line(left, base, right, base, strokeColor=_hex("#a0aec0"), strokeWidth=0.6))
    group = min(slot * 0.7, 30.0 * len(series))
    bar_width = group / len(series)
    for i, (category, label_lines) in enumerate(zip(categories, wrapped, strict=True)):
        centre = left + slot * (i + 0.5)
        for s, (_name, colour, values, texts) in enumerate(series):
            x = centre - group / 2 + s * bar_width
            bar_height = (plot_top - base) * values[i] / top_value
            drawing.add(Rect(x + 0.5, base, bar_width - 1, bar_height, fillColor=_hex(colour), strokeColor=None))
            size = 8.0 if bar_width > 18 else 7.0
            labels.append(Label(texts[i], x + bar_width / 2, base + bar_height + 2.5, size, "center"))
        y = base - 10
        for line in label_lines:
            labels.append(Label(line, centre, y, 8, "center"))
            y -= 10.4
        del category
    if reference is not None:
        value, text = reference
        y = base + (plot_top - base) * value / top_value
        drawing.add(Line(left, y, right, y, strokeColor=_hex(FAIL_COLOUR), strokeWidth=0.8, strokeDashArray=[3, 2]))
        labels.append(Label(text, right, y + 2.5, 8, "right", colour=FAIL_COLOUR))
    return ChartPicture(drawing, labels)


def rollup_charts(report: IndicatorsReport, *, width: float, height: float) -> list[ChartPicture]:
    """The four charts of a province meeting: institutes passing against the goal, households at 1HH1C against
    the goal, contracts and amounts, and how the installments due were paid."""
    r = report.rollup
    areas = chart_areas(r)[:MAX_CHART_AREAS]
    names = [a.name for a in areas]
    empty = report.text("empty")
    goal = float(r.thresholds.institute_pass_goal_pct)
    passing = grouped_bars(
        names,
        [
            (
                report.text("col_passing"),
                PASS_COLOUR,
                [float(a.passing_pct) for a in areas],
                [f"{a.passing_pct:,.0f}%" for a in areas],
            )
        ],
        width=width,
        height=height,
        title=report.text("chart_passing", pct=report.goal_pct),
        empty_text=empty,
        reference=(goal, report.text("goal_line", pct=report.goal_pct)),
        peak=100.0,
    )
    households = grouped_bars(
        names,
        [
            (
                report.text("legend_achieved"),
                ACHIEVED_COLOUR,
                [float(a.households_1hh1c) for a in areas],
                [f"{a.households_1hh1c:,}" for a in areas],
            ),
            (
                report.text("legend_goal"),
                GOAL_COLOUR,
                [float(a.households_goal) for a in areas],
                [f"{a.households_goal:,}" for a in areas],
            ),
        ],
        width=width,
        height=height,
        title=report.text("chart_1hh1c"),
        empty_text=empty,
    )
    millions = [float(a.amount_consolidated) / 1_000_000 for a in areas]
    contracts = grouped_bars(
        [report.text("area_contracts", name=a.name, n=f"{a.contracts:,}") for a in areas],
        [(report.text("legend_amount"), AMOUNT_COLOUR, millions, [f"{v:,.2f}" for v in millions])],
        width=width,
        height=height,
        title=report.text("chart_contracts"),
        empty_text=empty,
    )
    p = r.total.repayment
    late = max(0, p.installments_paid - p.installments_on_time)
    unpaid = max(0, p.installments_due - p.installments_paid)
    repayment = share_bar(
        [
            SegmentSpec(
                report.text("rep_on_time_short"),
                p.installments_on_time,
                CLASS_COLOURS["A"],
                report.text("installments", n=f"{p.installments_on_time:,}"),
            ),
            SegmentSpec(report.text("rep_late_short"), late, LATE_COLOUR, report.text("installments", n=f"{late:,}")),
            SegmentSpec(
                report.text("rep_unpaid_short"), unpaid, FAIL_COLOUR, report.text("installments", n=f"{unpaid:,}")
            ),
        ],
        width=width,
        height=height,
        title=report.text("chart_repayment"),
        empty_text=empty,
        total_text=report.text("total_installments", n=f"{p.installments_due:,}"),
    )
    return [passing, households, contracts, repayment]


def _chart_grid(report: IndicatorsReport) -> Any:
    width = (FRAME_WIDTH - CHART_GAP) / 2
    a, b, c, d = rollup_charts(report, width=width, height=CHART_HEIGHT)
    rows = [[a, "", b], ["", "", ""], [c, "", d]]
    return LongTable(
        rows,
        colWidths=[width, CHART_GAP, width],
        rowHeights=[CHART_HEIGHT, CHART_GAP, CHART_HEIGHT],
        style=TableStyle(_no_padding()),
    )


def _rollup(report: IndicatorsReport) -> list[Any]:
    r = report.rollup
    goal = report.text(
        "rollup_goal",
        pct=report.goal_pct,
        min=r.thresholds.min_households_1hh1c,
        national=f"{r.national_goal_households:,}",
        households=f"{r.total.households_1hh1c:,}",
        national_pct=report.pct(r.national_goal_pct),
    )
    story: list[Any] = [_heading(report.text("rollup_heading"), 13), _note(goal), Spacer(1, 4), _chart_grid(report)]
    shown = len(chart_areas(r))
    if shown > MAX_CHART_AREAS:
        story.append(_note(report.text("more_areas", shown=MAX_CHART_AREAS, all=shown), TABLE_SIZE))
    story += [
        Spacer(1, 8),
        _heading(report.text("provinces_heading")),
        _area_table(report, r.provinces, districts=False),
        Spacer(1, 8),
        _heading(report.text("districts_heading")),
        _area_table(report, r.districts, districts=True),
    ]
    return story


def write_indicators_pdf(report: IndicatorsReport, path: Path, *, digits: str | None = None) -> Path:
    """Write the indicators report as a PDF at ``path``; returns ``path``.
    Its numbers in ``digits`` ("thai" or "arabic"; the default digit style when not given)."""
    with digit_style(digits, language=report.language):
        return _write_indicators_pdf(report, path)


def _write_indicators_pdf(report: IndicatorsReport, path: Path) -> Path:
    from reportlab.platypus import PageBreak  # type: ignore[import-untyped]

    h = report.heading
    story: list[Any] = [*_title(report)]
    if report.institute is not None:
        story += [
            _figures(report),
            Spacer(1, 8),
            *_criteria(report),
            Spacer(1, 8),
            *_repayment_and_classes(report),
            PageBreak(),
        ]
    story += _rollup(report)
    build_pdf(
        path,
        story,
        furniture=PageFurniture(
            running_title=f"{report.title} · {h.institute_name} · {h.fiscal_year_line}",
            footer_left=h.printed_line,
            footer_right=report.as_of_line,
            page_label=lambda page, pages: h.text("page", page=page, pages=pages),
        ),
        title=report.title,
        subject=h.institute_name,
        margins=MARGINS,
    )
    return path
