"""The institute's debt-management plan (แผนการบริหารจัดการหนี้ของสถาบันการจัดการเงินทุนชุมชน) as a PDF in the
official layout: A4 portrait, bundled Sarabun, Thai shaped and broken between words, B.E. dates, page x/y.

Title with the institute, its area and the fiscal year B.E.; then 1. the committee meeting (date, place, attendees,
a summary of the minutes, the scans attached), 2. the projects and activities selected (objective, households
served, period, budget, status), 3. each project's budget lines with its total in figures and in Thai words,
4. the request against the fiscal-year profile's cap (within it, or by how much it is over) and what was spent;
signature lines for the committee's chair and secretary and the district's community development officer.

It prints a ``reports/plan_data.PlanReport`` (built from the database by ``services/printouts/plan.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.platypus import Flowable  # type: ignore[import-untyped]

from cdfi_desktop.domain.bahttext import baht_text
from cdfi_desktop.domain.enums import PlanStatus
from cdfi_desktop.domain.money import format_baht
from cdfi_desktop.reports.pdf_common import (
    BODY_SIZE,
    FONT,
    FONT_BOLD,
    GRID_GREY,
    HEADER_FILL,
    KeepTogether,
    LongTable,
    Margins,
    PageFurniture,
    Spacer,
    TableStyle,
    TextLines,
    build_pdf,
    digit_style,
    draw_text,
    fit_size,
    keep_with_previous,
    title_block,
    wrap,
)
from cdfi_desktop.reports.plan_data import PlanReport
from cdfi_desktop.reports.thai_text import unbreakable

if TYPE_CHECKING:
    from cdfi_desktop.services import plan as svc

__all__ = ["write_plan_pdf"]


MARGINS = Margins()
FRAME = A4[0] - MARGINS.left - MARGINS.right
BODY = 10.0
PAD_X = 3.0
OVER_RED = colors.Color(0.7, 0.05, 0.05)
WITHIN_GREEN = colors.Color(0.1, 0.4, 0.15)


# -- layout helpers -------------------------------------------------------------------------------------------------
def _leading(size: float) -> float:
    return round(size * 1.42, 1)


@dataclass(frozen=True)
class _Column:
    label: str
    width: float  # points; 0 takes what the others leave
    align: str = "left"
    breakable: bool = True


def _fill(columns: tuple[_Column, ...], frame: float) -> tuple[_Column, ...]:
    rest = frame - sum(c.width for c in columns)
    return tuple(c if c.width else replace(c, width=rest) for c in columns)


_PROJECT_COLUMNS = _fill(
    (
        _Column("col_no", 28, "center", breakable=False),
        _Column("col_project", 100),
        _Column("col_objective", 0),
        _Column("col_households", 50, "center", breakable=False),
        _Column("col_period", 84, "center"),
        _Column("col_budget", 70, "right", breakable=False),
        _Column("col_status", 56, "center"),
    ),
    FRAME,
)
_LINE_COLUMNS = _fill(
    (
        _Column("col_no", 30, "center", breakable=False),
        _Column("col_item", 0),
        _Column("col_quantity", 44, "right", breakable=False),
        _Column("col_unit", 50, "center"),
        _Column("col_unit_cost", 66, "right", breakable=False),
        _Column("col_amount", 72, "right", breakable=False),
        _Column("col_spent", 66, "right", breakable=False),
    ),
    FRAME,
)


def _cell(
    text: str,
    width: float,
    *,
    size: float = BODY,
    font: str = FONT,
    align: str = "left",
    breakable: bool = True,
    color: Any = None,
) -> Any:
    """Shaped lines broken between words; a word wider than the column shrinks the text instead."""
    if not text:
        return ""
    inner = width - 2 * PAD_X
    fitted = fit_size(text, width=inner, size=size, font=font, whole=not breakable)
    if breakable:
        lines = [line for part in text.split("\n") for line in wrap(part, width=inner, size=fitted, font=font)]
    else:
        lines = text.split("\n")
    return TextLines(lines, size=fitted, leading=_leading(fitted), font=font, align=align, color=color)


def _style(columns: Sequence[_Column], *, header: bool = True) -> list[tuple[Any, ...]]:
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, BODY, _leading(BODY)),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID_GREY),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
    for index, column in enumerate(columns):
        style.append(("ALIGN", (index, 0), (index, -1), column.align.upper()))
    return style


def _header(report: PlanReport, columns: Sequence[_Column]) -> list[Any]:
    return [_cell(report.text(c.label), c.width, font=FONT_BOLD, align="center") for c in columns]


def _section(text: str) -> list[Any]:
    return [
        Spacer(1, 8),
        TextLines(wrap(text, width=FRAME, size=12, font=FONT_BOLD), size=12, leading=17, font=FONT_BOLD),
        Spacer(1, 2),
    ]


class _Indented(Flowable):  # type: ignore[misc]
    def __init__(self, inner: Any, indent: float) -> None:
        super().__init__()
        self.inner = inner
        self.indent = indent

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        _w, h = self.inner.wrap(avail_width - self.indent, avail_height)
        self.width, self.height = avail_width, h
        return avail_width, h

    def draw(self) -> None:
        self.inner.drawOn(self.canv, self.indent, 0)


def _paragraph(text: str, *, size: float = BODY_SIZE, indent: float = 18, font: str = FONT) -> list[Any]:
    """A paragraph as one flowable per line, so a long text (the minutes) runs on over pages."""
    leading = round(size * 1.5, 1)
    out: list[Any] = []
    for part in text.split("\n"):
        lines = wrap(part, width=FRAME - indent, size=size, font=font) if part.strip() else [""]
        out += [_Indented(TextLines([line], size=size, leading=leading, font=font), indent) for line in lines]
    return out


def _facts(report: PlanReport, pairs: Sequence[tuple[str, str]]) -> Any:
    label_width = 110.0
    value_width = FRAME - label_width - 18
    rows = [
        [_cell(report.text(k), label_width, size=11, font=FONT_BOLD), _cell(v, value_width, size=11)] for k, v in pairs
    ]
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    return _Indented(LongTable(rows, colWidths=[label_width, value_width], style=TableStyle(style), hAlign="LEFT"), 18)


# -- the plan ---------------------------------------------------------------------------------------------------------
def _title(report: PlanReport) -> list[Any]:
    heading = report.heading
    story = title_block(
        [
            (report.text("title"), 16),
            (heading.institute_name, 13.5),
            (heading.area_line, 12),
            (heading.fiscal_year_line, 12),
        ],
        width=FRAME,
        space_after=2,
    )
    if report.plan.status is PlanStatus.DRAFT:
        story.append(
            TextLines([report.text("draft_mark")], size=10.5, leading=14, font=FONT_BOLD, align="right", color=OVER_RED)
        )
    return story


def _meeting(report: PlanReport) -> list[Any]:
    plan, heading = report.plan, report.heading
    when = heading.date_text(plan.meeting_date, style="long") if plan.meeting_date else report.text("blank_date")
    story = [*_section(report.text("section_meeting"))]
    story.append(
        _facts(
            report,
            [
                ("meeting_date", when),
                ("meeting_place", plan.meeting_place or report.text("blank")),
                ("attendees", report.text("attendees_count", count=len(plan.attendees))),
            ],
        )
    )
    for no, name in enumerate(plan.attendees, start=1):
        line = wrap(f"{no}. {unbreakable(name)}", width=FRAME - 48, size=BODY_SIZE)
        story.append(_Indented(TextLines(line, size=BODY_SIZE, leading=17), 48))
    if plan.minutes:
        minutes = TextLines([report.text("minutes")], size=BODY_SIZE, leading=17, font=FONT_BOLD)
        story += [Spacer(1, 4), _Indented(minutes, 18)]
        story += _paragraph(plan.minutes, indent=36)
    if plan.files:
        names = ", ".join(f.filename for f in plan.files)
        files = TextLines([report.text("files")], size=BODY_SIZE, leading=17, font=FONT_BOLD)
        story += [Spacer(1, 4), _Indented(files, 18)]
        story += _paragraph(report.text("files_line", count=len(plan.files), names=names), indent=36)
    return story


def _projects_table(report: PlanReport) -> Any:
    columns = _PROJECT_COLUMNS
    rows: list[list[Any]] = [_header(report, columns)]
    style = _style(columns)
    plan = report.plan
    for p in plan.projects:
        values = (
            str(p.no),
            p.name,
            p.objective,
            str(p.households_served),
            report.period(p),
            format_baht(p.planned),
            report.status(p.status),
        )
        rows.append(
            [_cell(v, c.width, align=c.align, breakable=c.breakable) for v, c in zip(values, columns, strict=True)]
        )
    if not plan.projects:
        rows.append([_cell(report.text("no_projects"), FRAME, align="center"), *[""] * (len(columns) - 1)])
        style.append(("SPAN", (0, 1), (-1, 1)))
    label_width = sum(c.width for c in columns[:3])
    rows.append(
        [
            _cell(report.text("total_projects", count=len(plan.projects)), label_width, font=FONT_BOLD, align="center"),
            "",
            "",
            _cell(str(plan.households_served), columns[3].width, font=FONT_BOLD, align="center", breakable=False),
            "",
            _cell(format_baht(plan.planned_total), columns[5].width, font=FONT_BOLD, align="right", breakable=False),
            "",
        ]
    )
    last = len(rows) - 1
    style += [("SPAN", (0, last), (2, last)), ("BACKGROUND", (0, last), (-1, last), HEADER_FILL)]
    return LongTable(rows, colWidths=[c.width for c in columns], repeatRows=1, style=TableStyle(style), hAlign="LEFT")


def _quantity(value: Decimal) -> str:
    return f"{value:,.0f}" if value == value.to_integral_value() else f"{value:,.2f}"


def _budget_table(report: PlanReport, project: svc.ProjectView) -> Any:
    columns = _LINE_COLUMNS
    rows: list[list[Any]] = [_header(report, columns)]
    style = _style(columns)
    for line in project.lines:
        values = (
            str(line.no),
            line.item,
            _quantity(line.quantity),
            line.unit,
            format_baht(line.unit_cost),
            format_baht(line.amount),
            format_baht(line.spent) if line.spent else "",
        )
        cells = [_cell(v, c.width, align=c.align, breakable=c.breakable) for v, c in zip(values, columns, strict=True)]
        if line.overspent > 0:
            cells[6] = _cell(values[6], columns[6].width, align="right", breakable=False, color=OVER_RED)
        rows.append(cells)
    if not project.lines:
        rows.append([_cell(report.text("no_lines"), FRAME, align="center"), *[""] * (len(columns) - 1)])
        style.append(("SPAN", (0, 1), (-1, 1)))
    label_width = sum(c.width for c in columns[:5])
    rows.append(
        [
            _cell(report.text("total"), label_width, font=FONT_BOLD, align="center"),
            "",
            "",
            "",
            "",
            _cell(format_baht(project.planned), columns[5].width, font=FONT_BOLD, align="right", breakable=False),
            _cell(format_baht(project.spent), columns[6].width, font=FONT_BOLD, align="right", breakable=False),
        ]
    )
    last = len(rows) - 1
    style += [("SPAN", (0, last), (4, last)), ("BACKGROUND", (0, last), (-1, last), HEADER_FILL)]
    return LongTable(rows, colWidths=[c.width for c in columns], repeatRows=1, style=TableStyle(style), hAlign="LEFT")


def _budgets(report: PlanReport) -> list[Any]:
    section = _section(report.text("section_budget"))
    story: list[Any] = []
    for project in report.plan.projects:
        heading = TextLines(
            wrap(
                report.text("project_heading", no=project.no, name=project.name),
                width=FRAME - 10,
                size=BODY_SIZE,
                font=FONT_BOLD,
            ),
            size=BODY_SIZE,
            leading=17,
            font=FONT_BOLD,
        )
        words = report.text(
            "project_total_words", amount=format_baht(project.planned), words=baht_text(project.planned)
        )
        story.append(
            KeepTogether(
                [
                    *(section if project.no == 1 else []),
                    _Indented(heading, 10),
                    Spacer(1, 2),
                    _budget_table(report, project),
                    Spacer(1, 2),
                    TextLines(wrap(words, width=FRAME, size=BODY_SIZE), size=BODY_SIZE, leading=17, align="right"),
                    Spacer(1, 6),
                ]
            )
        )
    if not report.plan.projects:
        story += [*section, *_paragraph(report.text("no_projects"))]
    return story


def _request(report: PlanReport) -> list[Any]:
    plan = report.plan
    label_width = 180.0
    value_width = FRAME - label_width
    result_color = WITHIN_GREEN if plan.within_cap else OVER_RED
    pairs: list[tuple[str, str, Any]] = [
        ("request_total", report.words(plan.planned_total), None),
        ("request_cap", report.words(plan.cap), None),
        ("request_result", report.cap_result, result_color),
        ("households_total", report.text("households_line", count=plan.households_served), None),
        ("spent_total", report.words(plan.spent_total), None),
        ("plan_status", report.status(plan.status), None),
    ]
    rows = []
    for key, value, color in pairs:
        font = FONT_BOLD if key in ("request_total", "request_result") else FONT
        rows.append(
            [
                _cell(report.text(key), label_width, size=11, font=FONT_BOLD),
                _cell(value, value_width, size=11, font=font, color=color),
            ]
        )
    style = _style((_Column("", label_width), _Column("", value_width)), header=False)
    style.append(("BACKGROUND", (0, 0), (0, -1), HEADER_FILL))
    table = LongTable(rows, colWidths=[label_width, value_width], style=TableStyle(style), hAlign="LEFT")
    return [*_section(report.text("section_request")), table]


class _SignatureRow(Flowable):  # type: ignore[misc]
    """Side-by-side signatures, each: ``ลงชื่อ ..........`` / ``(name)`` / the role / more lines / ``วันที่ ../../..``;
    the role under the name keeps long Thai titles within their column."""

    def __init__(self, signers: Sequence[tuple[str, Sequence[str]]], *, sign: str, date_label: str) -> None:
        super().__init__()
        self.signers = list(signers)
        self.sign = sign
        self.date_label = date_label
        self.size = BODY_SIZE
        self.leading = 20.0
        self.rows = 3 + max((len(lines) for _n, lines in self.signers), default=1)
        self.width = 0.0
        self.height = self.leading * self.rows

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.height

    def draw(self) -> None:
        column = self.width / max(1, len(self.signers))
        for index, (name, lines) in enumerate(self.signers):
            center = column * index + column / 2
            y = self.height - self.size - 4
            dots = "." * 42
            texts = [
                f"{self.sign} {dots}",
                f"({name})" if name else f"({dots})",
                *lines,
                f"{self.date_label} ........./................./.........",
            ]
            for text in texts:
                draw_text(self.canv, text, x=center, y=y, size=self.size, align="center")
                y -= self.leading


def _signatures(report: PlanReport) -> list[Any]:
    text = report.text
    district = report.heading.district
    pair = _SignatureRow(
        [(report.chair, [text("chair")]), (report.secretary, [text("secretary")])],
        sign=text("sign"),
        date_label=text("sign_date"),
    )
    officer = _SignatureRow(
        [("", [text("officer"), *([text("officer_of", district=district)] if district else [])])],
        sign=text("sign"),
        date_label=text("sign_date"),
    )
    certify = _paragraph(text("certify"), indent=18)
    return [Spacer(1, 10), *certify, Spacer(1, 16), pair, Spacer(1, 12), officer]


def write_plan_pdf(report: PlanReport, path: Path, *, digits: str | None = None) -> Path:
    """The plan on A4 portrait pages, ready for the committee's and the officer's signatures; its numbers in
    ``digits`` ("thai" or "arabic"; the default digit style when not given)."""
    with digit_style(digits, language=report.heading.language):
        return _write_plan_pdf(report, path)


def _write_plan_pdf(report: PlanReport, path: Path) -> Path:
    heading = report.heading
    story: list[Any] = [*_title(report), *_meeting(report)]
    story += [*_section(report.text("section_projects")), _projects_table(report)]
    story += _budgets(report)
    story += _request(report)
    keep_with_previous(story, _signatures(report))
    title = report.text("title")
    build_pdf(
        path,
        story,
        furniture=PageFurniture(
            running_title=f"{title} · {heading.institute_name} · {heading.fiscal_year_line}",
            footer_left=heading.printed_line,
            footer_right=heading.fiscal_year_line,
            page_label=lambda page, pages: report.text("page", page=page, pages=pages),
        ),
        title=f"{title} {heading.institute_name}",
        subject=heading.fiscal_year_line,
        pagesize=A4,
        margins=MARGINS,
    )
    return path
