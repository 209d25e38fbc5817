"""The training's papers as PDFs: sign-in sheets (A4 portrait, one per day, each day on a new page) and the
attendance summary (A4 landscape).

A sign-in sheet has the form's title, the course, institute, area and venue, then a table whose first two rows
(the day with its date in B.E., and the column header) repeat on every page the day runs over: ลำดับที่,
ชื่อ–สกุล, ครัวเรือน, a blank ลายมือชื่อ column tall enough to sign, หมายเหตุ. Thirty names fit one page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.platypus import PageBreak  # type: ignore[import-untyped]

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
    signature_block,
    title_block,
    wrap,
)
from cdfi_desktop.reports.thai_text import unbreakable
from cdfi_desktop.reports.training_data import TrainingReport

__all__ = ["write_attendance_summary_pdf", "write_sign_in_sheets_pdf"]

SHEET_MARGINS = Margins()
SUMMARY_MARGINS = Margins()
NAME = 10.0
BODY = 10.0
HEADER = 10.0
PAD_X = 3.0
SIGN_ROW = 17.0  # points (6 mm): room to sign, and thirty names still fit one page inside 2 cm margins


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


def _cell(
    text: str,
    width: float,
    *,
    size: float,
    font: str = FONT,
    align: str = "left",
    whole: bool = False,
    leading: float = 1.42,
) -> Any:
    """Shaped lines broken between words; a word wider than the column shrinks the text instead."""
    if not text:
        return ""
    inner = width - 2 * PAD_X
    fitted = fit_size(text, width=inner, size=size, font=font, whole=whole)
    lines = text.split("\n") if whole else wrap(text, width=inner, size=fitted, font=font, keep_names=True)
    return TextLines(lines, size=fitted, leading=round(fitted * leading, 1), font=font, align=align)


def _height(cells: Sequence[Any], *, minimum: float, padding: float = 5) -> float:
    content = max((c.height for c in cells if isinstance(c, TextLines)), default=0.0)
    return max(minimum, content + padding)


def _style(columns: Sequence[_Column], *, header_rows: int) -> list[tuple[Any, ...]]:
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, BODY, _leading(BODY)),
        ("GRID", (0, header_rows - 1), (-1, -1), 0.5, GRID_GREY),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("BACKGROUND", (0, header_rows - 1), (-1, header_rows - 1), HEADER_FILL),
    ]
    for index, column in enumerate(columns):
        style.append(("ALIGN", (index, header_rows), (index, -1), column.align.upper()))
    return style


def _furniture(report: TrainingReport, title: str) -> PageFurniture:
    heading = report.heading
    return PageFurniture(
        running_title=f"{title} · {report.course.title} · {heading.institute_name} · {heading.fiscal_year_line}",
        footer_left=heading.printed_line,
        footer_right=heading.fiscal_year_line,
        page_label=lambda page, pages: heading.text("page", page=page, pages=pages),
    )


# -- sign-in sheets -----------------------------------------------------------------------------------------------
_SHEET_COLUMNS = (
    _Column("col_no", 38, "center"),
    _Column("col_name", 160),
    _Column("col_household", 78, "center"),
    _Column("col_signature", 140),
    _Column("col_remarks", 0),
)


def _sheet_title(report: TrainingReport, width: float) -> list[Any]:
    heading = report.heading
    lines = [
        (report.text("sign_in_title"), 15.0),
        (report.course_line, 13.0),
        (heading.institute_name, 12.0),
        (heading.area_line, 11.5),
    ]
    if report.course.venue:
        lines.append((report.text("venue", venue=report.course.venue), 11.5))
    return title_block(lines, width=width, space_after=4)


def _day_table(report: TrainingReport, day_index: int, width: float) -> Any:
    columns = _fill(_SHEET_COLUMNS, width)
    day = report.days[day_index]
    band = _cell(report.day_band(day), width, size=11.5, font=FONT_BOLD)
    header = [_cell(report.text(c.label), c.width, size=HEADER, font=FONT_BOLD, align="center") for c in columns]
    rows: list[list[Any]] = [[band, *[""] * (len(columns) - 1)], header]
    heights = [_height([band], minimum=22), _height(header, minimum=24)]
    for p in report.grid.participants:
        cells = [
            _cell(str(p.no), columns[0].width, size=BODY, align="center", whole=True, leading=1.25),
            _cell(unbreakable(p.full_name), columns[1].width, size=NAME, leading=1.25),
            _cell(report.household(p), columns[2].width, size=BODY, align="center", whole=True, leading=1.25),
            "",
            "",
        ]
        rows.append(cells)
        heights.append(_height(cells, minimum=SIGN_ROW, padding=4))
    style = _style(columns, header_rows=2)
    style += [("LEFTPADDING", (0, 0), (-1, 0), 0), ("VALIGN", (0, 0), (-1, 0), "BOTTOM")]
    return LongTable(
        rows, colWidths=[c.width for c in columns], rowHeights=heights, repeatRows=2, style=TableStyle(style)
    )


def write_sign_in_sheets_pdf(report: TrainingReport, path: Path, *, digits: str | None = None) -> Path:
    """One sign-in sheet per day of the course, each starting a new page; a day with more names than a page
    holds runs on with its day and column header repeated.
    Its numbers in ``digits`` ("thai" or "arabic"; the default digit style when not given)."""
    with digit_style(digits, language=report.heading.language):
        return _write_sign_in_sheets_pdf(report, path)


def _write_sign_in_sheets_pdf(report: TrainingReport, path: Path) -> Path:
    width = A4[0] - SHEET_MARGINS.left - SHEET_MARGINS.right
    story: list[Any] = []
    for index in range(len(report.days)):
        if index:
            story.append(PageBreak())
        story += [*_sheet_title(report, width), _day_table(report, index, width)]
        if not report.grid.participants:
            story.append(TextLines([report.text("no_participants")], size=BODY, leading=_leading(BODY)))
    title = report.text("sign_in_title")
    build_pdf(
        path,
        story,
        furniture=_furniture(report, title),
        title=f"{title} {report.course.title}",
        subject=report.heading.institute_name,
        pagesize=A4,
        margins=SHEET_MARGINS,
    )
    return path


# -- attendance summary --------------------------------------------------------------------------------------------
def _summary_columns(report: TrainingReport, width: float) -> list[_Column]:
    days = [_Column("col_day", 62, "center") for _ in report.days]
    columns = [
        _Column("col_no", 42, "center"),
        _Column("col_name", 170),
        _Column("col_household", 84, "center"),
        *days,
        _Column("col_days_attended", 58, "center"),
        _Column("col_completed", 62, "center"),
        _Column("col_remarks", 0),
    ]
    return _fill(columns, width)


def _summary_header(report: TrainingReport, columns: Sequence[_Column]) -> list[Any]:
    cells: list[Any] = []
    day_iter = iter(report.days)
    for column in columns:
        if column.label == "col_day":
            day = next(day_iter)
            text = report.text("col_day", day=day.day_no)
            if day.held_on is not None:
                text += "\n" + report.heading.date_text(day.held_on).replace(" ", "\u00a0")
            cells.append(_cell(text, column.width, size=HEADER, font=FONT_BOLD, align="center", whole=True))
        else:
            cells.append(_cell(report.text(column.label), column.width, size=HEADER, font=FONT_BOLD, align="center"))
    return cells


def _summary_table(report: TrainingReport, width: float) -> Any:
    columns = _summary_columns(report, width)
    first_day = 3
    after_days = first_day + len(report.days)
    header = _summary_header(report, columns)
    rows: list[list[Any]] = [header]
    heights = [_height(header, minimum=24)]
    for p in report.grid.participants:
        cells: list[Any] = [
            _cell(str(p.no), columns[0].width, size=BODY, align="center", whole=True),
            _cell(p.full_name, columns[1].width, size=BODY),
            _cell(report.household(p), columns[2].width, size=BODY, align="center", whole=True),
            *[_cell(report.status(mark), 60, size=BODY, align="center", whole=True) for mark in p.marks],
            _cell(str(p.days_attended), columns[after_days].width, size=BODY, align="center", whole=True),
            _cell(
                report.text("yes" if p.completed else "no"),
                columns[after_days + 1].width,
                size=BODY,
                font=FONT_BOLD if p.completed else FONT,
                align="center",
            ),
            _cell(report.remarks(p), columns[after_days + 2].width, size=9),
        ]
        rows.append(cells)
        heights.append(_height(cells, minimum=17))
    style = _style(columns, header_rows=1)
    return LongTable(
        rows, colWidths=[c.width for c in columns], rowHeights=heights, repeatRows=1, style=TableStyle(style)
    )


def _totals_table(report: TrainingReport, width: float) -> Any:
    """Counts per day under the day columns: present, late, absent, leave, attended."""
    columns = _summary_columns(report, width)
    label_width = sum(c.width for c in columns[:3])
    keys = (
        ("total_present", "present"),
        ("total_late", "late"),
        ("total_absent", "absent"),
        ("total_leave", "leave"),
        ("total_attended", "attended"),
    )
    rows: list[list[Any]] = []
    for key, count in keys:
        label = _cell(report.text(key), label_width, size=BODY, font=FONT_BOLD if key == "total_attended" else FONT)
        rows.append(
            [
                label,
                "",
                "",
                *[
                    _cell(str(getattr(c, count)), 60, size=BODY, align="center", whole=True)
                    for c in report.grid.day_counts
                ],
                *[""] * 3,
            ]
        )
    style = [
        ("GRID", (0, 0), (-1 - 3, -1), 0.5, GRID_GREY),
        ("SPAN", (0, 0), (2, 0)),
        ("SPAN", (0, 1), (2, 1)),
        ("SPAN", (0, 2), (2, 2)),
        ("SPAN", (0, 3), (2, 3)),
        ("SPAN", (0, 4), (2, 4)),
        ("BACKGROUND", (0, 4), (-1 - 3, 4), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    return LongTable(rows, colWidths=[c.width for c in columns], rowHeights=[16.5] * len(rows), style=TableStyle(style))


def write_attendance_summary_pdf(report: TrainingReport, path: Path, *, digits: str | None = None) -> Path:
    """Participants × days with their marks, days attended and completion, counts per day, signatures.
    Its numbers in ``digits`` ("thai" or "arabic"; the default digit style when not given)."""
    with digit_style(digits, language=report.heading.language):
        return _write_attendance_summary_pdf(report, path)


def _write_attendance_summary_pdf(report: TrainingReport, path: Path) -> Path:
    heading = report.heading
    width = A4_LANDSCAPE[0] - SUMMARY_MARGINS.left - SUMMARY_MARGINS.right
    title = report.text("summary_title")
    lines = [
        (f"{title} {report.course_line}", 15.0),
        (heading.institute_name, 13.0),
        (heading.area_line, 12.0),
        (heading.fiscal_year_line, 12.0),
    ]
    story: list[Any] = title_block(lines, width=width, space_after=2)
    facts = [report.dates_line]
    if report.course.venue:
        facts[0] += "  " + report.text("venue", venue=report.course.venue)
    if report.course.trainers:
        facts.append(report.text("trainers", trainers=" ".join(report.course.trainers.split())))
    facts.append(report.rule_line)
    for fact in facts:
        story.append(TextLines(wrap(fact, width=width, size=BODY), size=BODY, leading=_leading(BODY), align="center"))
    story += [Spacer(1, 6), _summary_table(report, width)]
    if not report.grid.participants:
        story.append(TextLines([report.text("no_participants")], size=BODY, leading=_leading(BODY)))
    story += [Spacer(1, 4), _totals_table(report, width), Spacer(1, 6)]
    story.append(TextLines([report.completed_line], size=11.5, leading=_leading(11.5), font=FONT_BOLD))
    story.append(TextLines([report.text("legend")], size=9, leading=_leading(9)))
    signatures = signature_block(
        [Signer(report.text("recorder")), Signer(report.text("trainer")), Signer(heading.text("chair"))],
        sign=heading.text("sign"),
        date_label=heading.text("sign_date"),
    )
    story.append(KeepTogether([Spacer(1, 14), signatures]))
    build_pdf(
        path,
        story,
        furniture=_furniture(report, title),
        title=f"{title} {report.course.title}",
        subject=heading.institute_name,
        margins=SUMMARY_MARGINS,
    )
    return path
