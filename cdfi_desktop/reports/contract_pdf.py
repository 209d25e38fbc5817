"""The debt-transfer contract (สัญญาการถ่ายโอนภาระหนี้สิน) as an A4-portrait PDF in the plain official Thai style.

The institute's name heads the first page (a community institute uses no state emblem), then the contract no.,
the place and date of signing in B.E., the parties with their addresses and citizen IDs (masked unless asked), the
amounts in figures and in Thai words, the source debts taken over, the repayment terms (flat or declining balance,
always with the equivalent yearly rate), the clauses on default and guarantors, and the signature blocks; the repayment
schedule follows as an annex on pages of its own whose table header repeats. Every page says "หน้า x/y" counted
within its own contract and carries a small QR code; a larger one on the first page. The code holds
``CDFI-1HH1C|<contract no.>|<paper digest>`` so a paper copy can be checked against the record: the digest is the
content's SHA-256 keyed by the record's id (``domain.contract_hash.paper_digest``), so that it gives no masked
citizen ID back.

Every page's foot also carries a line for the parties' initials (ลงชื่อย่อ ผู้กู้ …… ผู้ให้กู้ ……), as a
province office asks of a contract of more than one page. Thai is shaped and broken only between words, never
inside a name, a date or an amount (reports/pdf_common.py); the digits are those of the document's digit style
(Thai or Arabic, one for the whole file).
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.graphics.barcode import qrencoder  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Table,
)

from cdfi_desktop import APP_NAME
from cdfi_desktop.domain import contract_hash
from cdfi_desktop.domain.bahttext import baht_text
from cdfi_desktop.domain.citizen_id import format_citizen_id, is_valid_citizen_id, mask
from cdfi_desktop.domain.contract_hash import paper_digest
from cdfi_desktop.domain.enums import CommitteeRole, ContractStatus, PartyRole, RepaymentMethod
from cdfi_desktop.domain.money import format_baht
from cdfi_desktop.domain.thai_date import THAI_MONTHS, be_year, format_date_be
from cdfi_desktop.reports.pdf_common import (
    BODY_SIZE,
    FONT,
    FONT_BOLD,
    FOOTER_BAND,
    GRID_GREY,
    HEADER_BAND,
    HEADER_FILL,
    PAGE_MARGIN,
    RUNNING_BASELINE,
    TABLE_SIZE,
    DigitCanvas,
    KeepTogether,
    LongTable,
    Margins,
    Spacer,
    TableStyle,
    TextLines,
    digit_style,
    draw_text,
    fit_size,
    register_fonts,
    text_width,
    wrap,
)
from cdfi_desktop.reports.thai_text import unbreakable

if TYPE_CHECKING:
    from cdfi_desktop.services.contracts import ContractView, PartyView

__all__ = ["T", "paper_payload", "write_contract_pdf", "write_contracts_pdf"]


QR_FOOTER = 34.0
# the foot of every page, from the margin line up: the personal-data note, the footer, the initials and page no.
FOOT = PAGE_MARGIN + FOOTER_BAND + 26
MARGINS = Margins(left=PAGE_MARGIN + 14, right=PAGE_MARGIN, top=PAGE_MARGIN + HEADER_BAND, bottom=FOOT)
FRAME = A4[0] - MARGINS.left - MARGINS.right
BODY = max(BODY_SIZE, 12.0)
LEADING = 19.0
TABLE = max(TABLE_SIZE, 10.0)
PAD_X = 3.0
QR_FIRST = 78.0  # points: about 2.75 cm, scans easily from paper
INDENT = 36.0
TEXT_GREY_SIZE = TABLE_SIZE
NBSP = "\u00a0"

T = {
    "subtitle": "ตามโครงการ 1 ครัวเรือน 1 สัญญา",
    "title": "สัญญาการถ่ายโอนภาระหนี้สิน",
    "annex_title": "ตารางการผ่อนชำระเงินกู้ แนบท้ายสัญญาการถ่ายโอนภาระหนี้สิน",
    "contract_no": "สัญญาเลขที่ {no}",
    "made_at": "ทำที่ {place}",
    "made_on": "วันที่ {day} เดือน {month} พ.ศ. {year}",
    "amends": "สัญญาฉบับนี้แก้ไขแทนสัญญาเลขที่ {no}",
    "amended_by": "สัญญาฉบับนี้สิ้นผลแล้ว (แก้ไขโดยสัญญาเลขที่ {no})",
    "cancelled": "สัญญาฉบับนี้ถูกยกเลิกแล้ว",
    "qr_caption": "ตรวจสอบสัญญา",
    "page": "หน้า {page}/{pages}",
    "initials": "ลงชื่อย่อ  ผู้กู้ ................  ผู้ให้กู้ ................",
    "running": "สัญญาเลขที่ {no} · {institute}",
    "footer": "สัญญาเลขที่ {no} · รหัสตรวจสอบ {short}",
    "pdpa": "มีข้อมูลส่วนบุคคล ใช้เพื่อการดำเนินงานตามสัญญาเท่านั้น",
    "citizen_id": "เลขประจำตัวประชาชน {cid}",
    "no_citizen_id": "เลขประจำตัวประชาชน ................................",
    "living_at": "อยู่ {address}",
    "col_no": "ลำดับ",
    "col_creditor": "เจ้าหนี้เดิม",
    "col_contract": "เลขที่สัญญาเดิม",
    "col_principal": "เงินต้น",
    "col_interest": "ดอกเบี้ย",
    "col_penalty": "ค่าปรับ",
    "col_waived": "ยกเว้นให้",
    "col_transferred": "ยอดที่รับโอน",
    "total": "รวม",
    "col_seq": "งวดที่",
    "col_due": "วันครบกำหนดชำระ",
    "col_installment": "เงินงวด",
    "col_part_principal": "ชำระเงินต้น",
    "col_part_interest": "ชำระดอกเบี้ย",
    "col_balance": "เงินต้นคงเหลือ",
    "sign": "ลงชื่อ",
    "borrower": "ผู้กู้",
    "co_borrower": "ผู้กู้ร่วม",
    "lender": "ผู้ให้กู้",
    "guarantor": "ผู้ค้ำประกัน",
    "witness": "พยาน",
    "chair": "ประธานกรรมการสถาบัน",
    "committee": "กรรมการสถาบัน",
    "declining": "แบบลดต้นลดดอกเบี้ย (คิดดอกเบี้ยจากเงินต้นคงเหลือ)",
    "declining_short": "แบบลดต้นลดดอกเบี้ย",
    "flat_short": "แบบคงที่",
    "flat": "แบบคงที่ (คิดดอกเบี้ยจากเงินต้นเต็มจำนวนตลอดอายุสัญญา)",
    "no_contracts": "ไม่มีสัญญาที่ลงนามแล้วในปีงบประมาณ พ.ศ. {year}",
    "no_contracts_title": "สัญญาการถ่ายโอนภาระหนี้สิน ปีงบประมาณ พ.ศ. {year}",
}
_ROLES = {
    CommitteeRole.CHAIR: "ประธานกรรมการสถาบัน",
    CommitteeRole.VICE_CHAIR: "รองประธานกรรมการสถาบัน",
    CommitteeRole.SECRETARY: "เลขานุการคณะกรรมการสถาบัน",
    CommitteeRole.TREASURER: "เหรัญญิกคณะกรรมการสถาบัน",
}


# -- words and numbers -----------------------------------------------------------------------------------------------
def _baht(value: Decimal) -> str:
    """``43,600.00 บาท (สี่หมื่นสามพันหกร้อยบาทถ้วน)``."""
    return f"{format_baht(value)} บาท ({baht_text(value)})"


def _rate(value: Decimal | None) -> str:
    if value is None:
        return "-"
    text = f"{value.quantize(Decimal('0.01')):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _long_date(value: date | None) -> str:
    return format_date_be(value, style="long") if value else "........................................"


def _short_date(value: date) -> str:
    return format_date_be(value, style="short")


def _signing_line(value: date | None) -> str:
    if value is None:
        return T["made_on"].format(day="......", month="....................", year="..........")
    return T["made_on"].format(day=value.day, month=THAI_MONTHS[value.month - 1], year=be_year(value.year))


def _cid(value: str, *, full: bool) -> str:
    """The party's citizen ID as printed: masked (``citizen_id.mask``) unless ``full``."""
    if not value:
        return T["no_citizen_id"]
    shown = mask(value) if not full else format_citizen_id(value) if is_valid_citizen_id(value) else value
    return unbreakable(T["citizen_id"].format(cid=shown))  # the ID on one line with its label


def _short_hash(digest: str) -> str:
    return f"{digest[:16]}…" if digest else "-"


# -- flowables -------------------------------------------------------------------------------------------------------
def _indented(text: str, *, width: float, size: float, font: str) -> list[str]:
    """Lines of a paragraph whose first line is indented (non-breaking spaces glued to the first word); names,
    dates and amounts are kept whole by the line breaker, so the lines break between any words."""
    space = text_width(NBSP, font=font, size=size) or size / 4
    lead = NBSP * max(1, round(INDENT / space))
    return wrap(lead + text, width=width, size=size, font=font)


def _para(text: str, *, size: float = BODY, font: str = FONT, indent: bool = True, align: str = "left") -> Any:
    lines = (
        _indented(text, width=FRAME, size=size, font=font) if indent else wrap(text, width=FRAME, size=size, font=font)
    )
    return TextLines(lines, size=size, leading=round(size * 1.55, 1), font=font, align=align)


def _clause(number: int, heading: str, paragraphs: Sequence[str]) -> list[Any]:
    """``ข้อ n  หัวข้อ`` in bold, then its paragraphs; the heading never ends a page alone."""
    head = TextLines([f"ข้อ {number}  {heading}"], size=BODY, leading=LEADING, font=FONT_BOLD)
    body = [_para(p) for p in paragraphs if p]
    return [Spacer(1, 4), KeepTogether([head, Spacer(1, 2), *body[:1]]), *body[1:]]


class _QrCode(Flowable):  # type: ignore[misc]
    """A QR code of ``payload``, ``size`` points square, its caption under it."""

    def __init__(self, payload: str, *, size: float, caption: str = "") -> None:
        super().__init__()
        self.payload = payload
        self.size = size
        self.caption = caption
        self.width = size
        self.height = size + (TEXT_GREY_SIZE * 1.4 if caption else 0)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        top = self.height - self.size
        _draw_qr(self.canv, self.payload, x=0, y=top, size=self.size)
        if self.caption:
            draw_text(self.canv, self.caption, x=self.size / 2, y=1, size=TEXT_GREY_SIZE, align="center")


QR_BORDER = 2  # modules of white around the code (scanners want a quiet zone)


@lru_cache(maxsize=256)
def _qr_runs(payload: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """The code's size in modules and its dark runs (row, first column, length), encoded once per payload."""
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(payload)
    qr.make()
    runs: list[tuple[int, int, int]] = []
    for row, modules in enumerate(qr.modules):
        column = 0
        for dark, group in itertools.groupby(bool(x) for x in modules):
            length = len(list(group))
            if dark:
                runs.append((row, column, length))
            column += length
    return int(qr.getModuleCount()), tuple(runs)


def _draw_qr(canv: Any, payload: str, *, x: float, y: float, size: float) -> None:
    """The QR code of ``payload``, ``size`` points square with its lower left corner at (x, y): drawn once into the
    file as a form and placed by reference on every page that shows it."""
    count, runs = _qr_runs(payload)
    units = count + 2 * QR_BORDER
    name = "cdfiqr" + hashlib.sha1(payload.encode("utf-8")).hexdigest()[:20]
    if not canv.hasForm(name):
        canv.beginForm(name, lowerx=0, lowery=0, upperx=units, uppery=units)
        canv.setFillColorRGB(0, 0, 0)
        for row, column, length in runs:
            canv.rect(column + QR_BORDER, units - row - QR_BORDER - 1, length, 1, stroke=0, fill=1)
        canv.endForm()
    canv.saveState()
    canv.translate(x, y)
    canv.scale(size / units, size / units)
    canv.doForm(name)
    canv.restoreState()


@dataclass(frozen=True)
class _Signer:
    role: str  # after the dotted line: ผู้กู้, ผู้ค้ำประกัน …
    name: str = ""
    title: str = ""  # a line under the name: ประธานกรรมการสถาบัน


class _Signatures(Flowable):  # type: ignore[misc]
    """Two signatures a row: ``ลงชื่อ ........ ผู้กู้`` / ``(name)`` / an optional title line."""

    def __init__(self, signers: Sequence[_Signer], *, size: float = BODY) -> None:
        super().__init__()
        self.signers = list(signers)
        self.size = size
        self.leading = size * 1.75
        rows = max(1, (len(self.signers) + 1) // 2)
        self.row_height = self.leading * (3 if any(s.title for s in self.signers) else 2) + size * 1.6
        self.width = 0.0
        self.height = rows * self.row_height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.height

    def draw(self) -> None:
        column = self.width / 2 if len(self.signers) > 1 else self.width
        dots = "." * 42
        blank = "(" + "." * 46 + ")"
        for index, signer in enumerate(self.signers):
            row, side = divmod(index, 2)
            center = column * side + column / 2
            y = self.height - row * self.row_height - self.size * 2.2
            lines = [f"{T['sign']} {dots} {signer.role}", f"({signer.name})" if signer.name else blank]
            if signer.title:
                lines.append(signer.title)
            for line in lines:
                size = fit_size(line, width=column - 8, size=self.size, whole=True)
                draw_text(self.canv, line, x=center, y=y, size=size, align="center")
                y -= self.leading


class _ContractStart(Flowable):  # type: ignore[misc]
    """Marks, on the canvas, which contract the pages from here on belong to (for "หน้า x/y" and the footer)."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index
        self.width = self.height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        self.canv._cdfi_contract = self.index


# -- tables ----------------------------------------------------------------------------------------------------------
def _cell(text: str, width: float, *, align: str = "left", font: str = FONT, size: float = TABLE) -> Any:
    inner = width - 2 * PAD_X
    if align != "left":
        fitted = fit_size(text, width=inner, size=size, font=font, whole=True)
        return TextLines([text], size=fitted, leading=round(fitted * 1.4, 1), font=font, align=align)
    lines = wrap(text, width=inner, size=size, font=font)
    return TextLines(lines, size=size, leading=round(size * 1.4, 1), font=font, align=align)


def _table_style(*, total_row: bool, rows: int) -> list[tuple[Any, ...]]:
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, TABLE, round(TABLE * 1.4, 1)),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID_GREY),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
    ]
    if total_row:
        style.append(("BACKGROUND", (0, rows - 1), (-1, rows - 1), HEADER_FILL))
    return style


_SOURCE_WIDTHS = (30.0, 0.0, 62.0, 64.0, 56.0, 46.0, 50.0, 66.0)


def _widths(widths: Sequence[float]) -> list[float]:
    rest = FRAME - sum(widths)
    return [w or rest for w in widths]


def _sources_table(view: ContractView) -> Any:
    widths = _widths(_SOURCE_WIDTHS)
    labels = ("col_no", "col_creditor", "col_contract", "col_principal", "col_interest", "col_penalty", "col_waived",
              "col_transferred")  # fmt: skip
    rows: list[list[Any]] = [
        [_cell(T[k], w, align="center", font=FONT_BOLD, size=TABLE_SIZE) for k, w in zip(labels, widths, strict=True)]
    ]
    for no, t in enumerate(view.transfers, start=1):
        values = (str(no), t.creditor, t.source_contract_no or "-", format_baht(t.principal), format_baht(t.interest),
                  format_baht(t.penalty), format_baht(t.waived), format_baht(t.amount_transferred))  # fmt: skip
        rows.append(
            [
                _cell(v, w, align="center" if i in (0, 2) else "left" if i == 1 else "right")
                for i, (v, w) in enumerate(zip(values, widths, strict=True))
            ]
        )
    totals = (
        sum((t.principal for t in view.transfers), Decimal(0)),
        sum((t.interest for t in view.transfers), Decimal(0)),
        sum((t.penalty for t in view.transfers), Decimal(0)),
        sum((t.waived for t in view.transfers), Decimal(0)),
        sum((t.amount_transferred for t in view.transfers), Decimal(0)),
    )
    rows.append(
        [
            _cell(T["total"], sum(widths[:3]), align="center", font=FONT_BOLD),
            "",
            "",
            *[_cell(format_baht(v), w, align="right", font=FONT_BOLD) for v, w in zip(totals, widths[3:], strict=True)],
        ]
    )
    style = _table_style(total_row=True, rows=len(rows))
    style.append(("SPAN", (0, len(rows) - 1), (2, len(rows) - 1)))
    return LongTable(rows, colWidths=widths, style=TableStyle(style), repeatRows=1, hAlign="LEFT")


_SCHEDULE_WIDTHS = (44.0, 104.0, 80.0, 80.0, 76.0, 0.0)


def _schedule_table(view: ContractView) -> Any:
    widths = _widths(_SCHEDULE_WIDTHS)
    labels = ("col_seq", "col_due", "col_installment", "col_part_principal", "col_part_interest", "col_balance")
    header = [_cell(T[k], w, align="center", font=FONT_BOLD) for k, w in zip(labels, widths, strict=True)]
    rows: list[list[Any]] = [header]
    for line in view.schedule:
        rows.append(
            [
                str(line.seq),
                _cell(_short_date(line.due_date), widths[1], align="center"),
                format_baht(line.installment),
                format_baht(line.principal),
                format_baht(line.interest),
                format_baht(line.balance_after),
            ]
        )
    total = (
        view.total_paid,
        sum((line.principal for line in view.schedule), Decimal(0)),
        sum((line.interest for line in view.schedule), Decimal(0)),
    )
    rows.append(
        [
            _cell(T["total"], widths[0] + widths[1], align="center", font=FONT_BOLD),
            "",
            *[_cell(format_baht(v), w, align="right", font=FONT_BOLD) for v, w in zip(total, widths[2:5], strict=True)],
            "",
        ]
    )
    style = _table_style(total_row=True, rows=len(rows))
    style += [
        ("FONT", (0, 1), (-1, -1), FONT, TABLE, round(TABLE * 1.4, 1)),
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
        ("SPAN", (0, len(rows) - 1), (1, len(rows) - 1)),
    ]
    return LongTable(rows, colWidths=widths, style=TableStyle(style), repeatRows=1, hAlign="LEFT")


# -- the contract's text ---------------------------------------------------------------------------------------------
def _lender_signers(view: ContractView) -> list[_Signer]:
    own = view.of_role(PartyRole.LENDER_SIGNATORY)
    if own:
        return [_Signer(T["lender"], p.full_name, "") for p in own]
    chosen = [s for s in view.committee if s.role in _ROLES][:2]
    if not chosen:
        return [_Signer(T["lender"], "", T["committee"]), _Signer(T["lender"], "", T["committee"])]
    return [_Signer(T["lender"], s.full_name, _ROLES[s.role]) for s in chosen]


def _lender_phrase(view: ContractView) -> str:
    own = view.of_role(PartyRole.LENDER_SIGNATORY)
    names = [p.full_name for p in own] or [
        f"{s.full_name} {_ROLES[s.role]}" for s in view.committee if s.role in _ROLES
    ][:2]
    by = f" โดย {' และ '.join(names)} ผู้มีอำนาจลงนามแทน" if names else ""
    return f'{view.lender_name} ตั้งอยู่ที่ {view.institute_address}{by} ซึ่งต่อไปในสัญญานี้เรียกว่า "ผู้ให้กู้" ฝ่ายหนึ่ง'


def _person(p: PartyView, *, full: bool) -> str:
    address = T["living_at"].format(address=p.address) if p.address else ""
    return " ".join(x for x in (unbreakable(p.full_name), _cid(p.citizen_id, full=full), address) if x)


def _opening(view: ContractView, *, full: bool) -> list[Any]:
    borrower = view.borrower
    who = _person(borrower, full=full) if borrower else "........................................"
    co = view.of_role(PartyRole.CO_BORROWER)
    co_text = ""
    if co:
        co_text = " และ " + " และ ".join(_person(p, full=full) for p in co) + ' ซึ่งต่อไปในสัญญานี้เรียกว่า "ผู้กู้ร่วม"'
    text = (
        f"สัญญานี้ทำขึ้นเมื่อวันที่ {_long_date(view.signing_date)} ณ {view.signing_place} ระหว่าง "
        f'{_lender_phrase(view)} กับ {who} ซึ่งต่อไปในสัญญานี้เรียกว่า "ผู้กู้"{co_text} อีกฝ่ายหนึ่ง '
        "คู่สัญญาทั้งสองฝ่ายได้ตกลงทำสัญญากันโดยมีข้อความดังต่อไปนี้"
    )
    return [_para(text)]


def _terms(view: ContractView) -> list[str]:
    method = T[view.method.value]
    months = len(view.schedule) or view.term_months
    last = view.last_due_date
    text = (
        f"ผู้กู้ตกลงชำระดอกเบี้ยในอัตราร้อยละ {_rate(view.interest_rate)} ต่อปี {method} "
        f"และผ่อนชำระเงินต้นพร้อมดอกเบี้ยเป็นรายเดือน รวม {months} งวด งวดละ {_baht(view.installment)}"
    )
    if view.schedule and view.last_installment != view.installment:
        text += f" เว้นแต่งวดสุดท้ายชำระ {_baht(view.last_installment)}"
    text += f" เริ่มชำระงวดแรกภายในวันที่ {_long_date(view.first_due_date)}"
    if last:
        text += f" และงวดสุดท้ายภายในวันที่ {_long_date(last)}"
    text += " ตามตารางการผ่อนชำระแนบท้ายสัญญานี้ ซึ่งถือเป็นส่วนหนึ่งของสัญญา"
    interest = (
        f"ดอกเบี้ยตลอดอายุสัญญารวม {_baht(view.total_interest)} รวมเงินที่ผู้กู้ต้องชำระทั้งสิ้น "
        f"{_baht(view.total_paid or view.principal + view.total_interest)}"
    )
    if view.method is RepaymentMethod.FLAT:
        interest += f" ทั้งนี้ ดอกเบี้ยแบบคงที่ดังกล่าวเทียบเท่าอัตราดอกเบี้ยแบบลดต้นลดดอกเบี้ย (อัตราที่แท้จริง) ร้อยละ {_rate(view.apr)} ต่อปี"
    else:
        interest += f" คิดเป็นอัตราดอกเบี้ยที่แท้จริงร้อยละ {_rate(view.apr)} ต่อปี"
    return [text, interest]


def _centered(text: str, *, width: float, size: float, font: str = FONT) -> Any:
    return TextLines(wrap(text, width=width, size=size, font=font), size=size, leading=round(size * 1.4, 1), font=font,
                     align="center")  # fmt: skip


def _notes(view: ContractView) -> list[Any]:
    """หมายเหตุ under the sources table: the contract's notes, one a paragraph — each principal waiver with its
    reason, a second contract's reason."""
    lines = [line.strip() for line in view.notes.splitlines() if line.strip()]
    if not lines:
        return []
    head = TextLines(["หมายเหตุ"], size=BODY, leading=LEADING, font=FONT_BOLD)
    body = [_para(f"({i}) {line}" if len(lines) > 1 else line) for i, line in enumerate(lines, start=1)]
    return [Spacer(1, 2), KeepTogether([head, *body[:1]]), *body[1:]]


def paper_payload(view: ContractView) -> str:
    """What the contract's QR codes carry: the contract no. and its paper digest (``domain.contract_hash``)."""
    return contract_hash.paper_payload(view.contract_no, view.id, view.content_hash)


def _contract_story(view: ContractView, index: int, *, full: bool) -> list[Any]:
    payload = paper_payload(view)
    header = Table(
        [
            [
                "",
                [
                    _centered(view.institute_name, width=FRAME - 2 * QR_FIRST - 8, size=15, font=FONT_BOLD),
                    _centered(view.institute_address, width=FRAME - 2 * QR_FIRST - 8, size=BODY),
                ],
                _QrCode(payload, size=QR_FIRST, caption=T["qr_caption"]),
            ]
        ],
        colWidths=[QR_FIRST, FRAME - 2 * QR_FIRST, QR_FIRST],
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 11),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (1, 0), (1, 0), 0.6, GRID_GREY),
            ]
        ),
    )
    story: list[Any] = [_ContractStart(index), header, Spacer(1, 6)]
    story.append(TextLines([T["title"]], size=18, leading=26, font=FONT_BOLD, align="center"))
    story.append(TextLines([T["subtitle"]], size=12.5, leading=18, align="center"))
    notes = []
    if view.amends_contract_no:
        notes.append(T["amends"].format(no=view.amends_contract_no))
    if view.status is ContractStatus.CLOSED and view.amended_by_contract_no:
        notes.append(T["amended_by"].format(no=view.amended_by_contract_no))
    elif view.status is ContractStatus.CANCELLED:
        notes.append(T["cancelled"])
    for note in notes:
        story.append(TextLines([note], size=BODY, leading=LEADING, font=FONT_BOLD, align="center"))
    story.append(Spacer(1, 4))
    right = [T["contract_no"].format(no=view.contract_no), *wrap(T["made_at"].format(place=view.signing_place),
             width=FRAME * 0.7, size=BODY), _signing_line(view.signing_date)]  # fmt: skip
    story.append(TextLines(right, size=BODY, leading=LEADING, align="right"))
    story.append(Spacer(1, 6))
    story += _opening(view, full=full)

    n = len(view.transfers)
    payoff = sum((t.amount_transferred for t in view.transfers), Decimal(0))
    gross = sum((t.gross for t in view.transfers), Decimal(0))
    waived = sum((t.waived for t in view.transfers), Decimal(0))
    first = (
        f"ผู้ให้กู้ตกลงรับโอนภาระหนี้สินของผู้กู้ที่มีต่อเจ้าหนี้เดิมรวม {n} รายการ ตามตารางข้างล่างนี้ "
        f"โดยชำระหนี้ดังกล่าวแทนผู้กู้ ณ วันทำสัญญา ยอดหนี้เดิมรวมเงินต้น ดอกเบี้ย และค่าปรับ เป็นเงิน {_baht(gross)}"
    )
    if waived:
        forgiven = "เงินต้น ดอกเบี้ย และค่าปรับ" if any(t.principal_waived for t in view.transfers) else "ดอกเบี้ยและค่าปรับ"
        first += f" คณะกรรมการได้พิจารณายกเว้น{forgiven}ให้ {_baht(waived)}"
    first += f" คงเป็นยอดหนี้ที่รับโอนทั้งสิ้น {_baht(payoff)} และหนี้เดิมดังกล่าวเป็นอันปิดบัญชีโดยการโอน"
    story += _clause(1, "การรับโอนภาระหนี้สิน", [first])
    story += [Spacer(1, 4), _sources_table(view), Spacer(1, 2)]
    story += _notes(view)

    second = ""
    if view.down_payment:
        second = f"ผู้กู้ได้ชำระเงินส่วนหนึ่งในวันทำสัญญาเป็นเงิน {_baht(view.down_payment)} "
    second += f"ผู้กู้ตกลงรับว่าเป็นหนี้ผู้ให้กู้ และได้รับประโยชน์จากการชำระหนี้แทนนั้นแล้ว เป็นเงินต้นทั้งสิ้น {_baht(view.principal)}"
    story += _clause(2, "จำนวนเงินกู้", [second])
    story += _clause(3, "ดอกเบี้ยและการผ่อนชำระ", _terms(view))
    story += _clause(
        4,
        "การชำระเงิน",
        [
            "ผู้กู้จะนำเงินไปชำระ ณ ที่ทำการของผู้ให้กู้ และจะได้รับใบเสร็จรับเงินทุกครั้ง เงินที่ชำระแต่ละครั้งให้นำไป"
            "ชำระค่าปรับ (ถ้ามี) ก่อน แล้วจึงชำระดอกเบี้ยที่ถึงกำหนด ที่เหลือจึงชำระเงินต้น "
            "ผู้กู้จะชำระหนี้ก่อนกำหนดบางส่วนหรือทั้งหมดก็ได้ โดยดอกเบี้ยคิดถึงวันที่ชำระ",
        ],
    )
    story += _clause(
        5,
        "การผิดนัดชำระหนี้",
        [
            "หากผู้กู้ไม่ชำระเงินงวดใดภายในวันครบกำหนด ถือว่าผู้กู้ผิดนัดชำระงวดนั้น ผู้กู้ยอมเสียค่าปรับตามระเบียบ"
            "ของผู้ให้กู้สำหรับเงินงวดที่ค้างชำระ นับแต่วันผิดนัดจนถึงวันที่ชำระครบ และคณะกรรมการจะติดตาม"
            "และร่วมกับครัวเรือนทบทวนแผนพัฒนาชีวิตครัวเรือน เพื่อหาทางให้ชำระได้",
            "หากผู้กู้ผิดนัดชำระติดต่อกันตั้งแต่ 3 งวดขึ้นไป หรือผิดสัญญาข้อใดข้อหนึ่ง ผู้ให้กู้มีสิทธิบอกกล่าว"
            "เป็นหนังสือให้ผู้กู้ชำระหนี้ที่ค้างภายในเวลาไม่น้อยกว่า 30 วัน หากผู้กู้ไม่ชำระภายในเวลาดังกล่าว "
            "ผู้ให้กู้มีสิทธิบอกเลิกสัญญาและเรียกให้ผู้กู้และผู้ค้ำประกันชำระหนี้ที่คงค้างทั้งหมดพร้อมดอกเบี้ยได้ทันที",
        ],
    )
    guarantors = view.of_role(PartyRole.GUARANTOR)
    if guarantors:
        listed = " ".join(f"({i}) {_person(p, full=full)}" for i, p in enumerate(guarantors, start=1))
        text = (
            f"ผู้ค้ำประกันตามสัญญานี้ ได้แก่ {listed} ยินยอมค้ำประกันหนี้ของผู้กู้ตามสัญญานี้ "
            "หากผู้กู้ผิดนัดชำระหนี้และผู้ให้กู้ได้มีหนังสือบอกกล่าวแล้ว ผู้ค้ำประกันยอมรับผิดชำระหนี้ที่ค้าง"
            "แทนผู้กู้ และความรับผิดของผู้ค้ำประกันยังคงอยู่จนกว่าหนี้ตามสัญญานี้จะได้ชำระครบถ้วน"
        )
    else:
        text = "สัญญานี้ไม่มีผู้ค้ำประกัน ผู้กู้และผู้กู้ร่วม (ถ้ามี) รับผิดชำระหนี้ตามสัญญานี้ร่วมกันเต็มจำนวน"
    story += _clause(6, "การค้ำประกัน", [text])
    story += _clause(
        7,
        "การแก้ไขสัญญาและการตรวจสอบ",
        [
            "การเปลี่ยนแปลงข้อความใดในสัญญานี้ต้องทำเป็นสัญญาแก้ไขเป็นหนังสือ ลงลายมือชื่อคู่สัญญาทั้งสองฝ่าย "
            "และอ้างถึงสัญญานี้ สัญญานี้มีรหัสตรวจสอบ (SHA-256) "
            f"{paper_digest(view.id, view.content_hash) or '-'} ตรงกับรหัส QR ที่พิมพ์บนสัญญา ซึ่งใช้ตรวจสอบว่าข้อความในสัญญา"
            "ตรงกับที่บันทึกไว้ในทะเบียนของสถาบัน",
        ],
    )
    story.append(Spacer(1, 4))
    story.append(
        _para(
            "สัญญานี้ทำขึ้นเป็นสองฉบับ มีข้อความถูกต้องตรงกัน คู่สัญญาได้อ่านและเข้าใจข้อความในสัญญานี้โดยตลอดแล้ว "
            "เห็นว่าถูกต้องตามเจตนา จึงได้ลงลายมือชื่อไว้เป็นสำคัญต่อหน้าพยาน และต่างเก็บรักษาไว้ฝ่ายละหนึ่งฉบับ"
        )
    )
    story.append(Spacer(1, 10))
    signers: list[_Signer] = [_Signer(T["borrower"], view.borrower.full_name if view.borrower else "")]
    signers += _lender_signers(view)[:1]
    signers += [_Signer(T["co_borrower"], p.full_name) for p in view.of_role(PartyRole.CO_BORROWER)]
    signers += _lender_signers(view)[1:]
    signers += [_Signer(T["guarantor"], p.full_name) for p in guarantors]
    witnesses = [_Signer(T["witness"], p.full_name) for p in view.of_role(PartyRole.WITNESS)]
    while len(witnesses) < 2:
        witnesses.append(_Signer(T["witness"]))
    for group in (signers, witnesses):
        story += [_Signatures(group[i : i + 2]) for i in range(0, len(group), 2)]

    # the annex: the schedule on pages of its own, its header repeated
    story.append(PageBreak())
    story.append(TextLines([T["annex_title"]], size=14, leading=20, font=FONT_BOLD, align="center"))
    story.append(
        TextLines(
            [f"{T['contract_no'].format(no=view.contract_no)} · {view.institute_name}"],
            size=BODY,
            leading=LEADING,
            align="center",
        )
    )
    borrower = view.borrower.full_name if view.borrower else ""
    summary = (
        f"ผู้กู้ {borrower} เงินต้น {format_baht(view.principal)} บาท อัตราดอกเบี้ยร้อยละ {_rate(view.interest_rate)} "
        f"ต่อปี {T[view.method.value + '_short']} อัตราที่แท้จริงร้อยละ {_rate(view.apr)} ต่อปี "
        f"{len(view.schedule)} งวด งวดละ {format_baht(view.installment)} บาท"
    )
    story.append(TextLines(wrap(summary, width=FRAME, size=BODY), size=BODY, leading=LEADING, align="center"))
    story += [Spacer(1, 6), _schedule_table(view)]
    story += [CondPageBreak(90), Spacer(1, 14)]
    story.append(_Signatures([_Signer(T["borrower"], borrower), *_lender_signers(view)[:1]]))
    return story


# -- pages -----------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Furniture:
    running: str
    footer: str
    payload: str


def _canvas_maker(furniture: Sequence[_Furniture]) -> Any:
    class ContractCanvas(DigitCanvas):
        """Keeps every page until the end, then numbers each within its own contract and draws its footer."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._cdfi_contract = 0
            self._page_states: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._page_states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            owners = [state.get("_cdfi_contract", 0) for state in self._page_states]
            totals: dict[int, int] = {}
            for owner in owners:
                totals[owner] = totals.get(owner, 0) + 1
            seen: dict[int, int] = {}
            for state, owner in zip(self._page_states, owners, strict=True):
                seen[owner] = seen.get(owner, 0) + 1
                self.__dict__.update(state)
                if furniture:
                    self._furnish(furniture[min(owner, len(furniture) - 1)], seen[owner], totals[owner])
                super().showPage()
            super().save()

        def _furnish(self, f: _Furniture, number: int, total: int) -> None:
            width, height = self._pagesize
            size = TEXT_GREY_SIZE
            self.saveState()
            self.setFillGray(0.3)
            if number > 1:
                top = height - RUNNING_BASELINE
                draw_text(self, f.running, x=width / 2, y=top, size=size, align="center")
            y = PAGE_MARGIN + size * 0.45  # the lowest line's descenders on the margin line
            draw_text(self, T["pdpa"], x=MARGINS.left, y=y, size=size)
            draw_text(self, f.footer, x=MARGINS.left, y=y + 12.5, size=size)
            self.setFillGray(0)
            initials_y = y + 12.5 + 22  # room to initial by hand above the footer
            draw_text(self, T["initials"], x=MARGINS.left, y=initials_y, size=BODY)
            right = width - MARGINS.right - (QR_FOOTER + 8 if f.payload else 0)
            draw_text(self, T["page"].format(page=number, pages=total), x=right, y=initials_y, size=BODY, align="right")
            if f.payload:
                _draw_qr(self, f.payload, x=width - MARGINS.right - QR_FOOTER, y=PAGE_MARGIN, size=QR_FOOTER)
            self.restoreState()

    return ContractCanvas


def _build(path: Path, story: list[Any], furniture: Sequence[_Furniture], *, title: str, subject: str) -> int:
    register_fonts()
    doc = BaseDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=MARGINS.left,
        rightMargin=MARGINS.right,
        topMargin=MARGINS.top,
        bottomMargin=MARGINS.bottom,
        title=title,
        subject=subject,
        author=APP_NAME,
        creator=APP_NAME,
    )
    frame = Frame(
        doc.leftMargin, doc.bottomMargin, doc.width, doc.height, leftPadding=0, rightPadding=0, topPadding=0,
        bottomPadding=0, id="body",
    )  # fmt: skip
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=_canvas_maker(furniture))
    return int(doc.page)


def _furniture_of(view: ContractView) -> _Furniture:
    return _Furniture(
        running=T["running"].format(no=view.contract_no, institute=view.institute_name),
        footer=T["footer"].format(no=view.contract_no, short=_short_hash(paper_digest(view.id, view.content_hash))),
        payload=paper_payload(view) if view.content_hash else "",
    )


def write_contracts_pdf(
    views: Sequence[ContractView],
    path: Path,
    *,
    empty_title: str = "",
    digits: str | None = None,
    full_ids: bool = False,
) -> Path:
    """Many contracts in one file, each from a new page with its own "หน้า x/y"; its numbers in ``digits``
    ("thai" or "arabic"; the default digit style when not given); the parties' citizen IDs masked unless
    ``full_ids`` (a role that may see them, and the user asked)."""
    with digit_style(digits):
        return _write_contracts_pdf(views, Path(path), empty_title=empty_title, full_ids=full_ids)


def _write_contracts_pdf(views: Sequence[ContractView], path: Path, *, empty_title: str, full_ids: bool) -> Path:
    story: list[Any] = []
    for index, view in enumerate(views):
        if index:
            story.append(PageBreak())
        story += _contract_story(view, index, full=full_ids)
    if not views:
        story.append(TextLines([empty_title or T["title"]], size=15, leading=22, font=FONT_BOLD, align="center"))
    first = views[0] if views else None
    _build(
        path,
        story,
        [_furniture_of(v) for v in views] or [_Furniture(empty_title, "", "")],
        title=T["title"] if len(views) != 1 else f"{T['title']} {views[0].contract_no}",
        subject=first.institute_name if first else "",
    )
    return path


def write_contract_pdf(view: ContractView, path: Path, *, digits: str | None = None, full_ids: bool = False) -> Path:
    """One contract with its schedule annex (citizen IDs masked unless ``full_ids``)."""
    return write_contracts_pdf([view], path, digits=digits, full_ids=full_ids)
