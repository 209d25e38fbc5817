"""The activity-tracking report as a PDF (A4 landscape, the registers' official look).

Title lines (report, fiscal year, institute, area, as-of day), then A: the year's activities with their quarter,
deadline, planned and done dates, status (overdue in red, due soon in amber, done on time in green), budget, spending
and the steps behind them; B: the summary laid out for keying into BPM (quarter, target, result to date, budget,
spent, % spent, status) with its total; C: what to follow up. Signatures of the reporting officer and the chair.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from reportlab.lib import colors  # type: ignore[import-untyped]

from cdfi_desktop.domain.activity_deadlines import State
from cdfi_desktop.domain.money import format_baht
from cdfi_desktop.messages import message
from cdfi_desktop.reports.activities_data import ActivitiesReport
from cdfi_desktop.reports.pdf_common import (
    A4_LANDSCAPE,
    FONT,
    FONT_BOLD,
    GRID_GREY,
    HEADER_FILL,
    KeepTogether,
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
    title_block,
    wrap,
)

__all__ = ["STATE_FILLS", "write_activities_pdf"]

MARGINS = Margins()
BODY = 10.0
HEADER = 10.0
PAD_X = 3.0
# The status cell's fill: overdue red, due soon amber, done on time green, done late light red.
STATE_FILLS: dict[State, Any] = {
    State.OVERDUE: colors.Color(0.98, 0.80, 0.78),
    State.DONE_LATE: colors.Color(0.99, 0.90, 0.88),
    State.DUE_SOON: colors.Color(1.0, 0.92, 0.70),
    State.DONE_ON_TIME: colors.Color(0.84, 0.94, 0.86),
}


def _leading(size: float) -> float:
    return round(size * 1.42, 1)


@dataclass(frozen=True)
class _Column:
    label: str
    width: float  # points; 0 takes what the others leave
    align: str = "left"


def _fill(columns: Sequence[_Column], frame: float) -> list[_Column]:
    rest = frame - sum(c.width for c in columns)
    return [c if c.width else replace(c, width=rest) for c in columns]


def _cell(text: str, width: float, *, size: float = BODY, font: str = FONT, align: str = "left") -> Any:
    """Shaped lines broken between words (and at the line breaks given); a word wider than the column shrinks."""
    if not text:
        return ""
    inner = width - 2 * PAD_X
    fitted = min(fit_size(part, width=inner, size=size, font=font) for part in text.split("\n"))
    lines = [line for part in text.split("\n") for line in wrap(part, width=inner, size=fitted, font=font)]
    return TextLines(lines, size=fitted, leading=_leading(fitted), font=font, align=align)


def _height(cells: Sequence[Any], *, minimum: float) -> float:
    content = max((c.height for c in cells if isinstance(c, TextLines)), default=0.0)
    return max(minimum, content + 6)


def _style(columns: Sequence[_Column]) -> list[tuple[Any, ...]]:
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, BODY, _leading(BODY)),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID_GREY),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
    ]
    for index, column in enumerate(columns):
        style.append(("ALIGN", (index, 1), (index, -1), column.align.upper()))
    return style


def _section(text: str, width: float) -> list[Any]:
    return [
        Spacer(1, 8),
        TextLines(wrap(text, width=width, size=12.5, font=FONT_BOLD), size=12.5, leading=18, font=FONT_BOLD),
    ]


def _header(report: ActivitiesReport, columns: Sequence[_Column]) -> list[Any]:
    return [_cell(report.text(c.label), c.width, size=HEADER, font=FONT_BOLD, align="center") for c in columns]


# -- A: the activities ---------------------------------------------------------------------------------------------
_ACTIVITY_COLUMNS = (
    _Column("col_no", 22, "center"),
    _Column("col_activity", 120),
    _Column("col_quarter", 54, "center"),
    _Column("col_deadline", 60, "center"),
    _Column("col_planned", 60, "center"),
    _Column("col_done", 66, "center"),
    _Column("col_status", 96, "center"),
    _Column("col_budget", 62, "right"),
    _Column("col_spent", 62, "right"),
    _Column("col_details", 0),
)


def _activities_table(report: ActivitiesReport, width: float) -> Any:
    columns = _fill(_ACTIVITY_COLUMNS, width)
    language = report.language
    header = _header(report, columns)
    rows: list[list[Any]] = [header]
    heights = [_height(header, minimum=24)]
    style = _style(columns)
    lines = report.view.applicable
    for no, line in enumerate(lines, start=1):
        name = line.name(language)
        if line.titles and line.titles[0] != name:
            name += "\n" + line.titles[0]
        texts = (
            str(no),
            name,
            line.quarter_text(language),
            report.date(line.deadline.due),
            report.date(line.planned_date),
            report.done_text(line),
            line.state_text(language),
            format_baht(line.budget),
            format_baht(line.spent),
            line.details(language).replace("; ", "\n"),
        )
        cells = [
            _cell(
                text,
                column.width,
                size=9.0 if column.label == "col_details" else BODY,
                font=FONT_BOLD if column.label == "col_status" and line.verdict.late else FONT,
                align=column.align,
            )
            for text, column in zip(texts, columns, strict=True)
        ]
        rows.append(cells)
        heights.append(_height(cells, minimum=22))
        fill = STATE_FILLS.get(line.state)
        if fill is not None:
            style.append(("BACKGROUND", (6, no), (6, no), fill))
    if not lines:
        rows.append([_cell(report.text("no_activities"), width), *[""] * (len(columns) - 1)])
        heights.append(22)
        style.append(("SPAN", (0, 1), (-1, 1)))
    return LongTable(
        rows, colWidths=[c.width for c in columns], rowHeights=heights, repeatRows=1, style=TableStyle(style)
    )


# -- B: the BPM summary --------------------------------------------------------------------------------------------
_BPM_COLUMNS = (
    _Column("col_no", 24, "center"),
    _Column("col_activity", 170),
    _Column("col_quarter", 64, "center"),
    _Column("col_target", 84, "center"),
    _Column("col_result", 92, "center"),
    _Column("col_budget", 84, "right"),
    _Column("col_spent", 84, "right"),
    _Column("col_spent_pct", 62, "center"),
    _Column("col_status", 0, "center"),
)


def _pct(value: object) -> str:
    return "" if value is None else f"{value:.2f}"


def _bpm_table(report: ActivitiesReport, width: float) -> Any:
    columns = _fill(_BPM_COLUMNS, width)
    language = report.language
    header = _header(report, columns)
    rows: list[list[Any]] = [header]
    heights = [_height(header, minimum=24)]
    style = _style(columns)
    for no, row in enumerate(report.bpm, start=1):
        texts = (
            str(no),
            row.name(language),
            row.quarter_text(language),
            row.target_text(language),
            row.result_text(language),
            format_baht(row.budget),
            format_baht(row.spent),
            _pct(row.spent_pct),
            row.state_text(language),
        )
        cells = [_cell(t, c.width, align=c.align) for t, c in zip(texts, columns, strict=True)]
        rows.append(cells)
        heights.append(_height(cells, minimum=22))
        fill = STATE_FILLS.get(row.verdict.state)
        if fill is not None:
            style.append(("BACKGROUND", (8, no), (8, no), fill))
    total = len(rows)
    cells = [
        _cell(report.text("total"), sum(c.width for c in columns[:5]), font=FONT_BOLD, align="right"),
        "",
        "",
        "",
        "",
        _cell(format_baht(report.bpm_budget), columns[5].width, font=FONT_BOLD, align="right"),
        _cell(format_baht(report.bpm_spent), columns[6].width, font=FONT_BOLD, align="right"),
        _cell(_pct(report.bpm_spent_pct), columns[7].width, font=FONT_BOLD, align="center"),
        "",
    ]
    rows.append(cells)
    heights.append(22)
    style += [("SPAN", (0, total), (4, total)), ("BACKGROUND", (0, total), (-1, total), HEADER_FILL)]
    return LongTable(
        rows, colWidths=[c.width for c in columns], rowHeights=heights, repeatRows=1, style=TableStyle(style)
    )


# -- C: follow-up and notes ----------------------------------------------------------------------------------------
def _bullets(texts: Sequence[str], width: float, *, size: float = BODY) -> list[Any]:
    story: list[Any] = []
    for text in texts:
        lines = wrap(text, width=width - 14, size=size)
        story.append(
            TextLines(["• " + lines[0], *["   " + line for line in lines[1:]]], size=size, leading=_leading(size))
        )
    return story


def _others(report: ActivitiesReport) -> list[str]:
    language = report.language
    found = []
    for other in report.view.others:
        title = other.title or message(f"activity_kind_{other.kind.value}", language)
        when = report.date(other.done_date or other.planned_date)
        found.append(f"{title}: {report.other_status(other)}" + (f" {when}" if when else ""))
    return found


def _furniture(report: ActivitiesReport) -> PageFurniture:
    heading = report.heading
    return PageFurniture(
        running_title=f"{report.text('title')} · {heading.institute_name} · {heading.fiscal_year_line}",
        footer_left=heading.printed_line,
        footer_right=report.as_of_line,
        page_label=lambda page, pages: heading.text("page", page=page, pages=pages),
    )


def write_activities_pdf(report: ActivitiesReport, path: Path, *, digits: str | None = None) -> Path:
    """Write the report at ``path``; returns ``path``.
    Its numbers in ``digits`` ("thai" or "arabic"; the default digit style when not given)."""
    with digit_style(digits, language=report.language):
        return _write_activities_pdf(report, path)


def _write_activities_pdf(report: ActivitiesReport, path: Path) -> Path:
    heading = report.heading
    width = A4_LANDSCAPE[0] - MARGINS.left - MARGINS.right
    lines = [
        (report.title, 15.0),
        (heading.institute_name, 13.0),
        (heading.area_line, 12.0),
        (report.as_of_line, 11.5),
    ]
    story: list[Any] = title_block(lines, width=width, space_after=2)
    story += _section(report.text("activities"), width)
    story.append(_activities_table(report, width))
    others = _others(report)
    notes = [*report.not_applicable_notes(), report.text("deadline_note")]
    if others:
        notes.append(f"{report.text('others')}: " + "; ".join(others))
    story.append(Spacer(1, 3))
    story += [TextLines(wrap(n, width=width, size=9), size=9, leading=_leading(9)) for n in notes]
    story += _section(report.text("bpm"), width)
    story.append(_bpm_table(report, width))
    follow_up = report.warnings() or [report.text("no_warnings")]
    story.append(KeepTogether([*_section(report.text("warnings"), width), *_bullets(follow_up, width)]))
    signatures = signature_block(
        [Signer(report.text("reporter")), Signer(heading.text("chair"))],
        sign=heading.text("sign"),
        date_label=heading.text("sign_date"),
    )
    keep_with_previous(story, [Spacer(1, 12), signatures])
    build_pdf(
        path,
        story,
        furniture=_furniture(report),
        title=report.title,
        subject=heading.institute_name,
        margins=MARGINS,
    )
    return path
