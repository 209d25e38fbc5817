"""The target-household list (A4 landscape) and the participation record forms (A4 portrait, one page per target
household) as PDFs in the official layout: bundled Sarabun, Thai shaped and broken between words, B.E. dates,
page numbers, signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.platypus import Flowable, PageBreak  # type: ignore[import-untyped]

from cdfi_desktop.domain.money import format_baht
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
    PartStart,
    Signer,
    Spacer,
    TableStyle,
    TextLines,
    build_pdf,
    digit_style,
    draw_text,
    fit_size,
    keep_with_previous,
    signature_block,
    text_width,
    title_block,
    wrap,
)
from cdfi_desktop.reports.registers_data import RegisterHeading
from cdfi_desktop.reports.targets_data import ParticipationForm, ParticipationForms, TargetLine, TargetList

__all__ = ["write_participation_pdf", "write_target_list_pdf"]

LIST_MARGINS = Margins()
FORM_MARGINS = Margins()
BODY = 9.5
PAD_X = 3.0
PAD_TOP = 2.5
PAD_BOTTOM = 3.5


def _leading(size: float) -> float:
    return round(size * 1.42, 1)


@dataclass(frozen=True)
class _Column:
    label: str  # key in targets_data.LABELS
    width: float  # points; 0 takes what the others leave
    align: str = "left"
    keep_names: bool = False
    breakable: bool = True


def _fill(columns: tuple[_Column, ...], frame: float) -> tuple[_Column, ...]:
    rest = frame - sum(c.width for c in columns)
    return tuple(c if c.width else replace(c, width=rest) for c in columns)


LIST_FRAME = A4_LANDSCAPE[0] - LIST_MARGINS.left - LIST_MARGINS.right
FORM_FRAME = A4[0] - FORM_MARGINS.left - FORM_MARGINS.right

_LIST_COLUMNS = _fill(
    (
        _Column("col_rank", 30, "center", breakable=False),
        _Column("col_code", 46, "center", breakable=False),
        _Column("col_head_name", 116, keep_names=True),
        _Column("col_village", 80),
        _Column("col_class", 30, "center", breakable=False),
        _Column("col_total_debt", 76, "right", breakable=False),
        _Column("col_dsr", 42, "right", breakable=False),
        _Column("col_installment", 68, "right", breakable=False),
        _Column("col_term", 36, "right", breakable=False),
        _Column("col_reason", 0),
    ),
    LIST_FRAME,
)
_MEMBER_COLUMNS = _fill(
    (
        _Column("col_no", 24, "center", breakable=False),
        _Column("col_name", 150, keep_names=True),
        _Column("col_relation", 80),
        _Column("col_age", 40, "right", breakable=False),
        _Column("col_citizen_id", 104, "center", breakable=False),
        _Column("col_occupation", 0),
    ),
    FORM_FRAME,
)
_DEBT_COLUMNS = _fill(
    (
        _Column("col_no", 24, "center", breakable=False),
        _Column("col_creditor", 168),
        _Column("col_kind", 0),
        _Column("col_outstanding", 76, "right", breakable=False),
        _Column("col_monthly", 72, "right", breakable=False),
        _Column("col_overdue", 60, "right", breakable=False),
    ),
    FORM_FRAME,
)


def _cell(
    text: str,
    column: _Column,
    *,
    width: float | None = None,
    size: float = BODY,
    font: str = FONT,
    align: str | None = None,
    breakable: bool | None = None,
) -> Any:
    """Plain text when ASCII fits on one line at full size, else shaped lines broken between words; a word wider
    than the column shrinks the text rather than break inside it."""
    align = align or column.align
    width = column.width if width is None else width
    breakable = column.breakable if breakable is None else breakable
    inner = width - 2 * PAD_X
    fitted = fit_size(text, width=inner, size=size, font=font, whole=not breakable)
    plain = text.isascii() and "\n" not in text and fitted == size and align == column.align
    if plain and text_width(text, font=font, size=size) <= inner:
        return text
    if breakable:
        lines = [
            line
            for part in text.split("\n")
            for line in wrap(part, width=inner, size=fitted, font=font, keep_names=column.keep_names)
        ]
    else:
        lines = text.split("\n")
    return TextLines(lines, size=fitted, leading=_leading(fitted), font=font, align=align)


def _style(columns: Sequence[_Column], *, size: float = BODY) -> list[tuple[Any, ...]]:
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, size, _leading(size)),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID_GREY),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_TOP),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_BOTTOM),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, size, _leading(size)),
    ]
    for index, column in enumerate(columns):
        style.append(("ALIGN", (index, 0), (index, -1), column.align.upper()))
    return style


def _header(text: Any, columns: Sequence[_Column], *, size: float = BODY) -> list[Any]:
    return [_cell(text(c.label), c, size=size, font=FONT_BOLD, align="center", breakable=True) for c in columns]


def _amount(value: Decimal | None) -> str:
    return "" if value is None else format_baht(value)


def _furniture(heading: RegisterHeading, title: str, text: Any) -> PageFurniture:
    return PageFurniture(
        running_title=f"{title} · {heading.institute_name} · {heading.fiscal_year_line}",
        footer_left=heading.printed_line,
        footer_right=text("pdpa_footer"),
        page_label=lambda page, pages: text("page", page=page, pages=pages),
    )


def _paragraph(text: str, *, width: float, size: float, font: str = FONT, indent: float = 0) -> Any:
    lines = wrap(text, width=width - indent, size=size, font=font)
    block = TextLines(lines, size=size, leading=round(size * 1.5, 1), font=font)
    if not indent:
        return block
    return _Indented(block, indent)


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


# -- the target list -------------------------------------------------------------------------------------------------
def _list_cells(line: TargetLine, listing: TargetList) -> list[Any]:
    reason = line.reason if line.proposed else f"{line.reason}\n{listing.text('added_by_hand')}"
    values = (
        str(line.rank),
        line.code,
        line.head_name,
        line.village_text,
        line.debtor_class,
        _amount(line.total_debt),
        "–" if line.dsr_pct is None else f"{line.dsr_pct:,.2f}",
        _amount(line.affordable_installment),
        "–" if line.term_months is None else str(line.term_months),
        reason,
    )
    return [_cell(v, c) for v, c in zip(values, _LIST_COLUMNS, strict=True)]


def write_target_list_pdf(listing: TargetList, path: Path, *, digits: str | None = None) -> Path:
    """The ranked list with each household's figures and reason; totals, status of the list, signature lines.
    Its numbers in ``digits`` ("thai" or "arabic"; the default digit style when not given)."""
    with digit_style(digits, language=listing.heading.language):
        return _write_target_list_pdf(listing, path)


def _write_target_list_pdf(listing: TargetList, path: Path) -> Path:
    heading = listing.heading
    story: list[Any] = title_block(
        [
            (listing.title, 15),
            (heading.institute_name, 13),
            (heading.area_line, 13),
            (heading.fiscal_year_line, 13),
        ],
        width=LIST_FRAME,
        space_after=2,
    )
    info = f"{listing.status_line} · {listing.count_line}"
    story += [
        TextLines(wrap(info, width=LIST_FRAME, size=10), size=10, leading=15, align="center"),
        Spacer(1, 6),
    ]
    rows: list[list[Any]] = [_header(listing.text, _LIST_COLUMNS)]
    rows += [_list_cells(line, listing) for line in listing.lines]
    style = _style(_LIST_COLUMNS)
    if not listing.lines:
        rows.append([_cell(listing.text("no_targets"), _LIST_COLUMNS[0], width=LIST_FRAME, align="center")])
        rows[-1] += [""] * (len(_LIST_COLUMNS) - 1)
        style.append(("SPAN", (0, 1), (-1, 1)))
    total_label = listing.text("total", n=len(listing.lines))
    rows.append(
        [
            _cell(total_label, _LIST_COLUMNS[0], width=sum(c.width for c in _LIST_COLUMNS[:5]), font=FONT_BOLD),
            "",
            "",
            "",
            "",
            _amount(listing.total_debt),
            "",
            _amount(listing.total_installments),
            "",
            "",
        ]
    )
    last = len(rows) - 1
    style += [
        ("SPAN", (0, last), (4, last)),
        ("ALIGN", (0, last), (4, last), "CENTER"),
        ("BACKGROUND", (0, last), (-1, last), HEADER_FILL),
        ("FONT", (0, last), (-1, last), FONT_BOLD, BODY, _leading(BODY)),
        ("LINEABOVE", (0, last), (-1, last), 1.0, GRID_GREY),
    ]
    story.append(LongTable(rows, colWidths=[c.width for c in _LIST_COLUMNS], repeatRows=1, style=TableStyle(style)))
    story += [
        Spacer(1, 4),
        TextLines(wrap(listing.text("classes_note"), width=LIST_FRAME, size=TABLE_SIZE), size=TABLE_SIZE, leading=13),
        KeepTogether(
            [
                Spacer(1, 24),
                signature_block(
                    [Signer(listing.text("preparer"), listing.locked_by), Signer(listing.text("chair"))],
                    sign=listing.text("sign"),
                    date_label=listing.text("sign_date"),
                ),
            ]
        ),
    ]
    build_pdf(
        path,
        story,
        furniture=_furniture(heading, listing.title, listing.text),
        title=listing.title,
        subject=heading.institute_name,
        margins=LIST_MARGINS,
    )
    return path


# -- the participation record ------------------------------------------------------------------------------------------
class _Checks(Flowable):  # type: ignore[misc]
    """Check boxes on one line: a drawn square (Sarabun has no box glyph), ticked or empty, and its label."""

    def __init__(self, items: Sequence[tuple[bool, str]], *, size: float = 11, gap: float = 36) -> None:
        super().__init__()
        self.items = list(items)
        self.size = size
        self.gap = gap
        self.width = 0.0
        self.height = size * 1.7

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.height

    def draw(self) -> None:
        canv = self.canv
        box = self.size * 0.85
        x = 18.0
        base = (self.height - self.size) / 2 + 1
        for checked, label in self.items:
            canv.setLineWidth(0.8)
            canv.rect(x, base, box, box, stroke=1, fill=0)
            if checked:
                canv.setLineWidth(1.4)
                canv.line(x + box * 0.18, base + box * 0.5, x + box * 0.42, base + box * 0.2)
                canv.line(x + box * 0.42, base + box * 0.2, x + box * 0.85, base + box * 0.9)
            x += box + 6
            x += draw_text(canv, label, x=x, y=base + 1, size=self.size) + self.gap


def _section(text: str) -> list[Any]:
    return [Spacer(1, 5), TextLines([text], size=BODY_SIZE + 0.5, leading=18, font=FONT_BOLD), Spacer(1, 1)]


def _facts_table(pairs: Sequence[tuple[str, str]]) -> Any:
    label_width = 110.0
    label = _Column("", label_width)
    value = _Column("", FORM_FRAME - label_width)
    rows = [[_cell(k, label, size=10.5, font=FONT_BOLD), _cell(v, value, size=10.5)] for k, v in pairs]
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LINEBELOW", (1, 0), (1, -1), 0.3, GRID_GREY),
    ]
    return LongTable(rows, colWidths=[label_width, FORM_FRAME - label_width], style=TableStyle(style), hAlign="LEFT")


def _members_table(form: ParticipationForm, forms: ParticipationForms) -> Any:
    columns = _MEMBER_COLUMNS
    rows: list[list[Any]] = [_header(forms.text, columns)]
    for member in form.members:
        values = (
            str(member.no),
            member.name,
            member.relation,
            "" if member.age is None else str(member.age),
            member.citizen_id,
            member.occupation,
        )
        rows.append([_cell(v, c) for v, c in zip(values, columns, strict=True)])
    return LongTable(rows, colWidths=[c.width for c in columns], style=TableStyle(_style(columns)), hAlign="LEFT")


def _debts_table(form: ParticipationForm, forms: ParticipationForms) -> Any:
    columns = _DEBT_COLUMNS
    rows: list[list[Any]] = [_header(forms.text, columns)]
    style = _style(columns)
    for debt in form.debts:
        values = (
            str(debt.no),
            debt.creditor,
            debt.kind,
            _amount(debt.outstanding),
            _amount(debt.installment),
            str(debt.days_overdue),
        )
        rows.append([_cell(v, c) for v, c in zip(values, columns, strict=True)])
    if not form.debts:
        rows.append([_cell(forms.text("no_debts"), columns[1], width=FORM_FRAME, align="center")])
        rows[-1] += [""] * (len(columns) - 1)
        style.append(("SPAN", (0, 1), (-1, 1)))
    label = forms.text("debts_total", n=len(form.debts))
    rows.append(
        [
            _cell(label, columns[1], width=sum(c.width for c in columns[:3]), font=FONT_BOLD, align="center"),
            "",
            "",
            _amount(form.total_outstanding),
            _amount(form.total_installments),
            "",
        ]
    )
    last = len(rows) - 1
    style += [
        ("SPAN", (0, last), (2, last)),
        ("BACKGROUND", (0, last), (-1, last), HEADER_FILL),
        ("FONT", (0, last), (-1, last), FONT_BOLD, BODY, _leading(BODY)),
    ]
    return LongTable(rows, colWidths=[c.width for c in columns], style=TableStyle(style), hAlign="LEFT")


def _form_page(form: ParticipationForm, forms: ParticipationForms) -> list[Any]:
    heading = forms.heading
    text = forms.text
    content: list[Any] = title_block(
        [
            (text("participation"), 17),
            (text("participation_project"), 13.5),
            (f"{heading.institute_name} · {heading.fiscal_year_line}", 12),
        ],
        width=FORM_FRAME,
        space_after=2,
    )
    content.append(TextLines([text("form_no", rank=form.rank, code=form.code)], size=10, leading=14, align="right"))
    content += _section(text("section_household"))
    content.append(
        _facts_table(
            [
                (text("head"), form.head_name),
                (text("address"), forms.address(form)),
                (text("representative_label"), form.representative_name),
            ]
        )
    )
    content += [Spacer(1, 5), _members_table(form, forms)]
    content += _section(text("section_debts"))
    content.append(_debts_table(form, forms))
    content.append(Spacer(1, 3))
    for line in (forms.money_line(form), forms.class_line(form), *forms.contract_lines(form)):
        if line:
            content.append(_paragraph(line, width=FORM_FRAME, size=BODY_SIZE))
    content += _section(text("section_reason"))
    content.append(_paragraph(form.reason, width=FORM_FRAME, size=BODY_SIZE, indent=18))
    content += _section(text("section_consent"))
    content.append(_paragraph(forms.consent_text(form), width=FORM_FRAME, size=BODY_SIZE, indent=18))
    consent = form.consent_given
    content.append(_Checks([(consent, text("consent_yes")), (False, text("consent_no"))], size=BODY_SIZE))
    enrolled = heading.date_text(form.enrolled_on, style="long") if form.enrolled_on else text("blank_date")
    content.append(_paragraph(text("enrolled_on", date=enrolled), width=FORM_FRAME, size=BODY_SIZE, indent=18))
    if form.notes:
        content.append(_paragraph(text("notes", notes=form.notes), width=FORM_FRAME, size=BODY_SIZE, indent=18))
    signers = signature_block(
        [Signer(text("representative"), form.representative_name), Signer(text("committee"))],
        sign=text("sign"),
        date_label=text("sign_date"),
    )
    officer = signature_block([Signer(text("officer"))], sign=text("sign"), date_label=text("sign_date"))
    keep_with_previous(content, [Spacer(1, 12), signers, Spacer(1, 4), officer])
    # A household's record starts a page and runs on to the next when its members and debts need it (its type is
    # never shrunk below the forms' sizes): that page says whose record it continues, with "(ต่อ)", the page
    # before says "(มีต่อหน้าถัดไป)", and the signatures keep with the last lines above them.
    start = PartStart(
        form.household_id,
        continued=text("form_continued", rank=form.rank, name=form.head_name),
        continues=text("form_continues"),
    )
    return [start, *content]


def write_participation_pdf(forms: ParticipationForms, path: Path, *, digits: str | None = None) -> Path:
    """One A4-portrait participation record per target household, in rank order, ready for signatures.
    Its numbers in ``digits`` ("thai" or "arabic"; the default digit style when not given)."""
    with digit_style(digits, language=forms.heading.language):
        return _write_participation_pdf(forms, path)


def _write_participation_pdf(forms: ParticipationForms, path: Path) -> Path:
    heading = forms.heading
    story: list[Any] = []
    for index, form in enumerate(forms.forms):
        if index:
            story.append(PageBreak())
        story += _form_page(form, forms)
    if not forms.forms:
        story += title_block([(forms.title, 17), (heading.institute_name, 13)], width=FORM_FRAME)
        story.append(TextLines([forms.text("no_targets")], size=12, leading=18, align="center"))
    build_pdf(
        path,
        story,
        furniture=_furniture(heading, forms.title, forms.text),
        title=forms.title,
        subject=heading.institute_name,
        pagesize=A4,
        margins=FORM_MARGINS,
    )
    return path
