"""The 1HH1C report round as PDFs in the official layout (reportlab, bundled Sarabun, Thai shaped and broken between
words, B.E. dates, page x/y): the report form (แบบรายงานการบริหารจัดการหนี้ไปสู่ ๑ ครัวเรือน ๑ สัญญา, A4 portrait) and
the register (ทะเบียนการบริหารจัดการหนี้ไปสู่ ๑ ครัวเรือน ๑ สัญญา, A4 landscape).

Both are reproducible: written with reportlab's ``invariant`` mode (no random document id) and the document date
taken from the round (its submission), never the clock; a submitted round prints from its snapshot, so its files
are byte-identical whenever they are written again. A draft says "ร่าง" under the title and in every footer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate  # type: ignore[import-untyped]

from cdfi_desktop import APP_NAME
from cdfi_desktop.reports.pdf_common import (
    A4_LANDSCAPE,
    BODY_SIZE,
    FONT,
    FONT_BOLD,
    GRID_GREY,
    HEADER_FILL,
    TABLE_SIZE,
    KeepTogether,
    LongTable,
    Margins,
    PageFurniture,
    Signer,
    Spacer,
    TableStyle,
    TextLines,
    _numbered_canvas,
    digit_style,
    fit_size,
    keep_with_previous,
    register_fonts,
    signature_block,
    title_block,
    wrap,
)
from cdfi_desktop.reports.round_data import CURRENT, IN_ARREARS, PAID_OFF, RoundReport
from cdfi_desktop.reports.thai_text import NBSP, unbreakable

if TYPE_CHECKING:
    from cdfi_desktop.services import report_rounds as svc

__all__ = ["write_form_pdf", "write_register_pdf"]

FORM_MARGINS = Margins()
REGISTER_MARGINS = Margins()
FORM_FRAME = A4[0] - FORM_MARGINS.left - FORM_MARGINS.right
REGISTER_FRAME = A4_LANDSCAPE[0] - REGISTER_MARGINS.left - REGISTER_MARGINS.right
BODY = max(TABLE_SIZE, 10.5)  # the form's tables
TEXT = BODY_SIZE  # the form's running text
REGISTER_BODY = TABLE_SIZE
PAD_X = 3.0
DRAFT_RED = colors.Color(0.7, 0.05, 0.05)
PASS_GREEN = colors.Color(0.1, 0.4, 0.15)
TOTAL_FILL = colors.Color(0.95, 0.95, 0.95)


def _leading(size: float) -> float:
    return round(size * 1.42, 1)


def _cell(
    text: str,
    width: float,
    *,
    size: float = BODY,
    font: str = FONT,
    align: str = "left",
    breakable: bool = True,
    color: Any = None,
    keep_names: bool = False,
) -> Any:
    """Shaped lines broken between words; a word (or an unbreakable value) wider than the column shrinks instead."""
    if not text:
        return ""
    inner = width - 2 * PAD_X
    fitted = fit_size(text, width=inner, size=size, font=font, whole=not breakable)
    if breakable:
        lines = [
            line
            for part in text.split("\n")
            for line in wrap(part, width=inner, size=fitted, font=font, keep_names=keep_names)
        ]
    else:
        lines = text.split("\n")
    return TextLines(lines, size=fitted, leading=_leading(fitted), font=font, align=align, color=color)


def _style(aligns: Sequence[str], *, size: float = BODY, header: bool = True) -> list[tuple[Any, ...]]:
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, size, _leading(size)),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID_GREY),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
    for index, align in enumerate(aligns):
        style.append(("ALIGN", (index, 0), (index, -1), align.upper()))
    return style


def _section(text: str, width: float) -> list[Any]:
    return [
        Spacer(1, 9),
        TextLines(wrap(text, width=width, size=12, font=FONT_BOLD), size=12, leading=17, font=FONT_BOLD),
        Spacer(1, 3),
    ]


def _title(report: RoundReport, title: str, width: float) -> list[Any]:
    story = title_block(
        [
            (title, 16),
            (report.heading.institute_name, 13.5),
            (report.area_line, 12),
            (report.fiscal_year_line, 12),
        ],
        width=width,
        space_after=0,
    )
    story.append(TextLines(wrap(report.round_line, width=width, size=11.5), size=11.5, leading=16, align="center"))
    if report.draft:
        story.append(Spacer(1, 2))
        story.append(
            TextLines([report.text("draft_mark")], size=12, leading=16, font=FONT_BOLD, align="center", color=DRAFT_RED)
        )
    story.append(Spacer(1, 4))
    return story


# -- a table of label | value(s) ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Col:
    key: str
    width: float
    align: str = "left"


def _table(
    report: RoundReport,
    columns: Sequence[_Col],
    rows: Sequence[Sequence[str]],
    *,
    bold_rows: Sequence[int] = (),
    colors_by_cell: dict[tuple[int, int], Any] | None = None,
    size: float = BODY,
) -> Any:
    coloured = colors_by_cell or {}
    data: list[list[Any]] = [
        [_cell(report.text(c.key), c.width, size=size, font=FONT_BOLD, align="center") for c in columns]
    ]
    for r, values in enumerate(rows, start=1):
        bold = r in bold_rows
        data.append(
            [
                _cell(
                    v,
                    c.width,
                    size=size,
                    font=FONT_BOLD if bold else FONT,
                    align=c.align,
                    breakable=c.align == "left",
                    color=coloured.get((r, i)),
                )
                for i, (v, c) in enumerate(zip(values, columns, strict=True))
            ]
        )
    style = _style([c.align for c in columns], size=size)
    for r in bold_rows:
        style.append(("BACKGROUND", (0, r), (-1, r), TOTAL_FILL))
    return LongTable(data, colWidths=[c.width for c in columns], style=TableStyle(style), repeatRows=1, hAlign="LEFT")


def _fill(columns: Sequence[_Col], frame: float) -> list[_Col]:
    rest = frame - sum(c.width for c in columns)
    return [c if c.width else replace(c, width=rest) for c in columns]


# -- the report form ------------------------------------------------------------------------------------------------
def _households(report: RoundReport) -> list[Any]:
    t = report.figures.totals
    columns = _fill([_Col("col_item", 0), _Col("col_result", 190, "left")], FORM_FRAME)
    minimum = report.text("minimum_met") if t.meets_minimum else report.text("minimum_short", count=t.short_of_minimum)
    rows = [
        [report.text("target_households"), report.text("households_count", count=t.target_households)],
        [
            report.text("households_1hh1c"),
            report.text("of_target", count=t.households_1hh1c, pct=report.pct(t.households_1hh1c, t.target_households))
            if t.target_households
            else report.text("households_count", count=t.households_1hh1c),
        ],
        [report.text("contracts"), report.text("contracts_count", count=t.contracts)],
        [report.text("minimum", count=t.min_households), minimum],
    ]
    colour = PASS_GREEN if t.meets_minimum else DRAFT_RED
    return [
        KeepTogether(
            [
                *_section(report.text("section_households"), FORM_FRAME),
                _table(report, columns, rows, colors_by_cell={(4, 1): colour}),
            ]
        )
    ]


def _amounts(report: RoundReport) -> list[Any]:
    t = report.figures.totals
    columns = _fill([_Col("col_item", 0), _Col("col_amount", 130, "right")], FORM_FRAME)
    rows = [
        [report.text("debt_before"), report.money(t.debt_before)],
        [report.text("waived"), report.money(t.waived)],
        [report.text("principal"), report.money(t.principal)],
        [report.text("paid"), report.money(t.paid)],
        [report.text("balance"), report.money(t.balance)],
        [report.text("debt_service_before"), report.money(t.debt_service_before)],
        [report.text("debt_service_after"), report.money(t.debt_service_after)],
    ]
    return [
        KeepTogether(
            [*_section(report.text("section_amounts"), FORM_FRAME), _table(report, columns, rows, bold_rows=(3,))]
        )
    ]


def _sources(report: RoundReport) -> list[Any]:
    t = report.figures.totals
    columns = _fill(
        [
            _Col("col_item", 0),
            _Col("col_count", 80, "right"),
            _Col("col_amount", 120, "right"),
            _Col("col_share", 60, "right"),
        ],
        FORM_FRAME,
    )
    total = sum((s.amount for s in t.by_source), Decimal(0))
    rows = [
        [
            report.source(s.source),
            report.text("debts_count", count=s.debts),
            report.money(s.amount),
            report.pct(s.amount, total),
        ]
        for s in t.by_source
    ]
    rows.append(
        [
            report.text("total"),
            report.text("debts_count", count=t.debts_transferred),
            report.money(total),
            report.pct(total, total),
        ]
    )
    return [
        KeepTogether(
            [
                *_section(report.text("section_sources"), FORM_FRAME),
                _table(report, columns, rows, bold_rows=(len(rows),)),
            ]
        )
    ]


def _repayment(report: RoundReport) -> list[Any]:
    t = report.figures.totals
    columns = _fill([_Col("col_item", 0), _Col("col_count", 110, "right"), _Col("col_share", 60, "right")], FORM_FRAME)
    households = t.contracts
    rows = [
        [
            report.standing(CURRENT),
            report.text("contracts_count", count=t.current),
            report.pct(t.current, households),
        ],
        [
            report.standing(IN_ARREARS),
            report.text("contracts_count", count=t.in_arrears),
            report.pct(t.in_arrears, households),
        ],
        [
            report.standing(PAID_OFF),
            report.text("contracts_count", count=t.paid_off),
            report.pct(t.paid_off, households),
        ],
        [report.text("arrears_amount"), report.money(t.arrears), ""],
        [
            report.text("class_improved"),
            report.text("households_count", count=t.class_improved),
            report.pct(t.class_improved, t.households_1hh1c),
        ],
    ]
    return [KeepTogether([*_section(report.text("section_repayment"), FORM_FRAME), _table(report, columns, rows)])]


def _criteria(report: RoundReport) -> list[Any]:
    items = report.figures.criteria
    if not items:
        return []
    columns = _fill([_Col("col_item", 0), _Col("col_result", 90, "center")], FORM_FRAME)
    rows = []
    colour: dict[tuple[int, int], Any] = {}
    for index, item in enumerate(items, start=1):
        rows.append(
            [report.criterion_label(item), report.text("criterion_passed" if item.passed else "criterion_failed")]
        )
        colour[(index, 1)] = PASS_GREEN if item.passed else DRAFT_RED
    return [
        KeepTogether(
            [
                *_section(report.text("section_criteria"), FORM_FRAME),
                _table(report, columns, rows, colors_by_cell=colour),
            ]
        )
    ]


def _comparison(report: RoundReport) -> list[Any]:
    no = 6 if report.figures.criteria else 5
    c = report.view.comparison
    if c is None:
        return [
            KeepTogether(
                [
                    *_section(report.text("section_compare_none", no=no), FORM_FRAME),
                    TextLines([report.text("no_previous")], size=TEXT, leading=_leading(TEXT)),
                ]
            )
        ]
    title = report.text(
        "section_compare", no=no, round_no=c.previous_round_no, as_of=report.date_text(c.previous_as_of)
    )
    columns = _fill(
        [
            _Col("col_item", 0),
            _Col("col_previous", 92, "right"),
            _Col("col_this_round", 92, "right"),
            _Col("col_change", 86, "right"),
        ],
        FORM_FRAME,
    )
    rows = [
        [
            report.text("households_at"),
            str(c.households_before),
            str(c.households_after),
            report.count_change(c.households_before, c.households_after),
        ],
        [
            report.text("principal"),
            report.money(c.principal_before),
            report.money(c.principal_after),
            report.signed_change(c.principal_before, c.principal_after),
        ],
        [
            report.text("paid"),
            report.money(c.paid_before),
            report.money(c.paid_after),
            report.signed_change(c.paid_before, c.paid_after),
        ],
        [
            report.text("balance"),
            report.money(c.balance_before),
            report.money(c.balance_after),
            report.signed_change(c.balance_before, c.balance_after),
        ],
        [
            report.text("arrears_amount"),
            report.money(c.arrears_before),
            report.money(c.arrears_after),
            report.signed_change(c.arrears_before, c.arrears_after),
        ],
        [
            report.text("in_arrears_households"),
            str(c.in_arrears_before),
            str(c.in_arrears_after),
            report.count_change(c.in_arrears_before, c.in_arrears_after),
        ],
    ]
    story: list[Any] = [KeepTogether([*_section(title, FORM_FRAME), _table(report, columns, rows)])]
    lists: list[tuple[str, Sequence[svc.HouseholdChange], Callable[[svc.HouseholdChange], str]]] = [
        (
            "added",
            c.added,
            lambda h: report.text("added_line", code=h.household_code, name=h.head_name, after=report.money(h.after)),
        ),
        (
            "gone",
            c.gone,
            lambda h: report.text("added_line", code=h.household_code, name=h.head_name, after=report.money(h.before)),
        ),
        (
            "arrears_changed",
            c.arrears_changed,
            lambda h: report.text(
                "change_line",
                code=h.household_code,
                name=h.head_name,
                before=report.money(h.before),
                after=report.money(h.after),
            ),
        ),
    ]
    for key, items, line in lists:
        if not items:
            continue
        story.append(Spacer(1, 4))
        story.append(TextLines([report.text(key, count=len(items))], size=TEXT, leading=_leading(TEXT), font=FONT_BOLD))
        for item in items:
            story.append(
                TextLines(
                    ["    " + text for text in wrap(f"• {line(item)}", width=FORM_FRAME - 20, size=TEXT)],
                    size=TEXT,
                    leading=_leading(TEXT),
                )
            )
    if not c.changed:
        story.append(Spacer(1, 3))
        story.append(TextLines([report.text("no_change")], size=TEXT, leading=_leading(TEXT)))
    return story


def _signatures(report: RoundReport) -> list[Any]:
    signers = [Signer(report.text("reporter_short"), report.view.submitted_by), Signer(report.text("chair_short"))]
    story: list[Any] = [
        Spacer(1, 16),
        signature_block(signers, sign=report.text("sign"), date_label=report.text("sign_date"), size=TEXT),
    ]
    if report.view.sha256:
        story += [
            Spacer(1, 8),
            TextLines(
                wrap(report.text("hash_line", hash=report.view.sha256), width=FORM_FRAME, size=TABLE_SIZE),
                size=TABLE_SIZE,
                leading=12,
                align="center",
            ),
        ]
    return [KeepTogether(story)]


# -- the register -----------------------------------------------------------------------------------------------
# Fifteen facts a line on A4 landscape at the forms' smallest type (9 pt) and 2 cm margins: the facts that belong
# together share a column, one under the other (name over address, contract no. over signing date, debt before
# over principal, instalment over term, paid over balance), so no column is too narrow for its figures.
_REGISTER_COLUMNS = _fill(
    [
        _Col("col_no", 34, "center"),  # "ลำดับที่" whole on one line at 9 pt bold (27.5 pt and the padding)
        _Col("col_household", 42, "center"),
        _Col("col_head_name+col_address", 112),
        _Col("col_contract_no+col_signing_date", 108, "center"),  # 1HH1C-WWWW-001/2570 whole at 9 pt
        _Col("col_creditors", 0),
        _Col("col_debt_before+col_principal", 72, "right"),
        _Col("col_installment+col_term", 64, "right"),
        _Col("col_paid+col_balance", 72, "right"),
        _Col("col_arrears", 64, "right"),
        _Col("col_status", 62, "center"),
    ],
    REGISTER_FRAME,
)


def _creditors_cell(report: RoundReport, line: svc.RegisterLine, width: float) -> Any:
    inner = width - 2 * PAD_X
    size = REGISTER_BODY
    texts: list[str] = []
    for index, item in enumerate(line.transfers, start=1):
        texts += wrap(f"{index}) {item.creditor} {report.money(item.amount)}", width=inner, size=size)
    return TextLines(texts or [""], size=size, leading=_leading(size))


def _header_text(report: RoundReport, key: str) -> str:
    return "\n".join(report.text(k) for k in key.split("+"))


def _register_table(report: RoundReport) -> Any:
    columns = _REGISTER_COLUMNS
    size = REGISTER_BODY
    data: list[list[Any]] = [
        [_cell(_header_text(report, c.key), c.width, size=size, font=FONT_BOLD, align="center") for c in columns]
    ]
    for line in report.figures.lines:
        values = [
            str(line.no),
            line.household_code,
            f"{unbreakable(line.head_name)}\n{report.address(line)}",
            f"{line.contract_no}\n{report.date_text(line.signing_date).replace(' ', NBSP)}",
            "",
            f"{report.money(line.debt_before)}\n{report.money(line.principal)}",
            f"{report.money(line.installment)}\n{line.term_months}",
            f"{report.money(line.paid)}\n{report.money(line.balance)}",
            report.money(line.arrears) if line.arrears else "-",
            report.status_text(line),
        ]
        row: list[Any] = []
        for value, column in zip(values, columns, strict=True):
            if column.key == "col_creditors":
                row.append(_creditors_cell(report, line, column.width))
                continue
            colour = DRAFT_RED if column.key in ("col_arrears", "col_status") and line.arrears > 0 else None
            breakable = column.key in ("col_head_name+col_address", "col_status", "col_contract_no+col_signing_date")
            row.append(_cell(value, column.width, size=size, align=column.align, breakable=breakable, color=colour))
        data.append(row)
    t = report.figures.totals
    style = _style([c.align for c in columns], size=size)
    if not report.figures.lines:
        data.append([_cell(report.text("no_lines"), REGISTER_FRAME, size=size)] + [""] * (len(columns) - 1))
        style.append(("SPAN", (0, 1), (-1, 1)))
    total_label = report.text("register_total", count=t.households_1hh1c, contracts=t.contracts)
    label_span = 5
    span_width = sum(c.width for c in columns[:label_span])
    installments = sum((line.installment for line in report.figures.lines), Decimal("0.00"))
    totals = [
        _cell(total_label, span_width, size=size, font=FONT_BOLD, align="right"),
        *[""] * (label_span - 1),
        f"{report.money(t.debt_before)}\n{report.money(t.principal)}",
        report.money(installments),
        f"{report.money(t.paid)}\n{report.money(t.balance)}",
        report.money(t.arrears),
        "",
    ]
    data.append(
        [
            _cell(v, c.width, size=size, font=FONT_BOLD, align=c.align, breakable=False) if isinstance(v, str) else v
            for v, c in zip(totals, columns, strict=True)
        ]
    )
    last = len(data) - 1
    style += [
        ("SPAN", (0, last), (label_span - 1, last)),
        ("BACKGROUND", (0, last), (-1, last), TOTAL_FILL),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
    ]
    return LongTable(data, colWidths=[c.width for c in columns], style=TableStyle(style), repeatRows=1)


# -- building, reproducibly ------------------------------------------------------------------------------------------
def _pdf_date(when: datetime) -> Callable[..., str]:
    text = when.astimezone(UTC).strftime("D:%Y%m%d%H%M%S+00'00'")

    def formatter(*_ignored: object) -> str:
        return text

    return formatter


def _build(
    path: Path,
    story: list[Any],
    *,
    report: RoundReport,
    title: str,
    pagesize: tuple[float, float],
    margins: Margins,
) -> int:
    """As ``pdf_common.build_pdf``, but reproducible: invariant mode and the round's own date."""
    register_fonts()
    furniture = PageFurniture(
        running_title=f"{title} · {report.heading.institute_name} · {report.round_short}",
        footer_left=report.status_line,
        footer_right=report.hash_line,
        page_label=lambda page, pages: report.text("page", page=page, pages=pages),
    )
    doc = BaseDocTemplate(
        str(path),
        pagesize=pagesize,
        leftMargin=margins.left,
        rightMargin=margins.right,
        topMargin=margins.top,
        bottomMargin=margins.bottom,
        title=f"{title} {report.heading.institute_name}",
        subject=report.round_line,
        author=APP_NAME,
        creator=APP_NAME,
        invariant=1,
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    pages: list[int] = []
    numbered = _numbered_canvas(furniture, margins=margins, pages=pages)
    dated = _pdf_date(report.document_date)

    class _DatedCanvas(numbered):  # type: ignore[misc,valid-type]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["invariant"] = 1
            super().__init__(*args, **kwargs)
            self.setDateFormatter(dated)

    path.parent.mkdir(parents=True, exist_ok=True)
    doc.build(story, canvasmaker=_DatedCanvas)
    return pages[-1] if pages else 0


def write_form_pdf(report: RoundReport, path: Path, *, digits: str | None = None) -> Path:
    """The report form on A4 portrait pages, its numbers in ``digits`` ("thai" or "arabic"; the default digit
    style when not given)."""
    with digit_style(digits, language=report.language):
        return _write_form_pdf(report, path)


def _write_form_pdf(report: RoundReport, path: Path) -> Path:
    title = report.text("form_title")
    story: list[Any] = [*_title(report, title, FORM_FRAME)]
    story += _households(report)
    story += _amounts(report)
    story += _sources(report)
    story += _repayment(report)
    story += _criteria(report)
    story += _comparison(report)
    keep_with_previous(story, _signatures(report))
    _build(path, story, report=report, title=title, pagesize=A4, margins=FORM_MARGINS)
    return path


def write_register_pdf(report: RoundReport, path: Path, *, digits: str | None = None) -> Path:
    """The register on A4 landscape pages, its header repeated, totals and signature lines at the end; its
    numbers in ``digits`` ("thai" or "arabic"; the default digit style when not given)."""
    with digit_style(digits, language=report.language):
        return _write_register_pdf(report, path)


def _write_register_pdf(report: RoundReport, path: Path) -> Path:
    title = report.text("register_title")
    story: list[Any] = [*_title(report, title, REGISTER_FRAME), _register_table(report)]
    signers = [Signer(report.text("reporter"), report.view.submitted_by), Signer(report.text("chair"))]
    story.append(
        KeepTogether(
            [Spacer(1, 14), signature_block(signers, sign=report.text("sign"), date_label=report.text("sign_date"))]
        )
    )
    _build(path, story, report=report, title=title, pagesize=A4_LANDSCAPE, margins=REGISTER_MARGINS)
    return path
