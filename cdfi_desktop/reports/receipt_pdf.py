"""The receipt of a repayment (ใบเสร็จรับเงิน), A5 portrait, in the plain official Thai style: the institute as
header, the receipt number and date (B.E.), who paid on which contract, the amount in figures and in Thai words,
its split into penalty, interest and principal, the principal still owed, and the receiver's signature.

A reversing entry prints as the cancellation of the receipt it reverses (ใบแจ้งยกเลิกใบเสร็จรับเงิน), with the
reason.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.lib.pagesizes import A5  # type: ignore[import-untyped]

from cdfi_desktop.domain.bahttext import baht_text
from cdfi_desktop.domain.money import format_baht
from cdfi_desktop.domain.thai_date import format_date_be
from cdfi_desktop.reports.pdf_common import (
    BODY_SIZE,
    FONT,
    FONT_BOLD,
    GRID_GREY,
    HEADER_FILL,
    TABLE_SIZE,
    LongTable,
    Margins,
    PageFurniture,
    Signer,
    Spacer,
    TableStyle,
    TextLines,
    build_pdf,
    digit_style,
    signature_block,
    title_block,
    wrap,
)

if TYPE_CHECKING:
    from cdfi_desktop.services.repayments import Receipt

__all__ = ["receipt_file_name", "write_receipt_pdf"]

MARGINS = Margins()
BODY = BODY_SIZE
LEADING = BODY * 1.35


def _lines(text: str, width: float, *, size: float = BODY, font: str = FONT, align: str = "left") -> Any:
    return TextLines(
        wrap(text, width=width, size=size, font=font), size=size, leading=size * 1.35, font=font, align=align
    )


def _amounts(receipt: Receipt, width: float, *, sign: int) -> Any:
    label_width = width - 130
    rows: list[list[Any]] = [
        [
            _lines("รายการ", label_width, font=FONT_BOLD, align="center"),
            _lines("จำนวนเงิน (บาท)", 120, font=FONT_BOLD, align="center"),
        ],
    ]
    parts = (
        ("ค่าปรับ", receipt.penalty),
        ("ดอกเบี้ย", receipt.interest),
        ("เงินต้น", receipt.principal),
    )
    for label, amount in parts:
        rows.append([_lines(label, label_width), _lines(format_baht(amount * sign), 120, align="right")])
    rows.append(
        [
            _lines("รวมเป็นเงิน", label_width, font=FONT_BOLD, align="right"),
            _lines(format_baht(receipt.amount * sign), 120, font=FONT_BOLD, align="right"),
        ]
    )
    style = TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.6, GRID_GREY),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
    )
    return LongTable(rows, colWidths=[width - 130, 130], style=style)


def _number_and_date(receipt: Receipt, width: float, *, on_label: str) -> Any:
    half = width / 2
    left = _lines(f"เลขที่ {receipt.receipt_no}", half, font=FONT_BOLD)
    right = _lines(
        f"{on_label} {format_date_be(receipt.recorded_on if receipt.is_reversal else receipt.paid_on)}",
        half,
        align="right",
    )
    style = TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    return LongTable([[left, right]], colWidths=[half, half], style=style)


def write_receipt_pdf(receipt: Receipt, path: Path, *, digits: str | None = None) -> Path:
    """Write the receipt (or, for a reversal, the cancellation note) as an A5 page.
    Its numbers in ``digits`` ("thai" or "arabic"; the default digit style when not given)."""
    with digit_style(digits, language="th"):
        return _write_receipt_pdf(receipt, path)


def _write_receipt_pdf(receipt: Receipt, path: Path) -> Path:
    width = A5[0] - MARGINS.left - MARGINS.right
    reversal = receipt.is_reversal
    title = "ใบแจ้งยกเลิกใบเสร็จรับเงิน" if reversal else "ใบเสร็จรับเงิน"
    heading = [(receipt.institute_name, 14.0)]
    if receipt.institute_address:
        heading.append((receipt.institute_address, 10.5))
    heading.append((title, 16.0))
    story: list[Any] = title_block(heading, width=width, space_after=4)
    story.append(_number_and_date(receipt, width, on_label="วันที่"))
    story.append(Spacer(1, 6))
    payer = receipt.payer_name or "........................................"
    household = f" (เลขทะเบียนครัวเรือน {receipt.household_code})" if receipt.household_code else ""
    address = f" {receipt.household_address}" if receipt.household_address else ""
    if reversal:
        original_on = format_date_be(receipt.reverses_paid_on) if receipt.reverses_paid_on else "–"
        texts = [
            f"สถาบันขอยกเลิกใบเสร็จรับเงินเลขที่ {receipt.reverses_receipt_no} ลงวันที่ {original_on} "
            f"ที่ออกให้แก่ {payer}{household}{address} "
            f"ชำระหนี้ตามสัญญาการถ่ายโอนภาระหนี้สินเลขที่ {receipt.contract_no or '–'} รายการต่อไปนี้",
        ]
        sign = -1
    else:
        texts = [
            f"ได้รับเงินจาก {payer}{household}{address}",
            f"เพื่อชำระหนี้ตามสัญญาการถ่ายโอนภาระหนี้สินเลขที่ {receipt.contract_no or '–'} ดังนี้",
        ]
        sign = 1
    for text in texts:
        story.append(_lines(text, width))
    story.append(Spacer(1, 6))
    story.append(_amounts(receipt, width, sign=sign))
    story.append(Spacer(1, 6))
    story.append(_lines(f"จำนวนเงิน (ตัวอักษร)  ({baht_text(abs(receipt.amount))})", width, font=FONT_BOLD))
    balance_label = "เงินต้นคงเหลือหลังยกเลิก" if reversal else "เงินต้นคงเหลือหลังชำระ"
    story.append(_lines(f"{balance_label} {format_baht(receipt.balance_after)} บาท", width))
    if receipt.note:
        label = "เหตุผลที่ยกเลิก" if reversal else "หมายเหตุ"
        story.append(_lines(f"{label}: {receipt.note}", width))
    story.append(Spacer(1, 10))
    signers = [Signer("ผู้รับเงิน", receipt.received_by)]
    if not reversal:
        signers.append(Signer("ผู้ชำระเงิน", receipt.payer_name))
    story.append(signature_block(signers, sign="ลงชื่อ", date_label="วันที่", size=TABLE_SIZE + 1))
    furniture = PageFurniture(
        running_title=f"{title} {receipt.receipt_no}",
        footer_left=f"เลขที่ {receipt.receipt_no}",  # the title heads the page: the number alone fits beside the name
        footer_right=receipt.institute_name,
        page_label=lambda page, pages: "" if pages == 1 else f"หน้า {page}/{pages}",
        size=TABLE_SIZE,
    )
    build_pdf(
        path,
        story,
        furniture=furniture,
        title=f"{title} {receipt.receipt_no}",
        subject=receipt.institute_name,
        pagesize=A5,
        margins=MARGINS,
    )
    return path


def receipt_file_name(receipt: Receipt) -> str:
    """``receipt_R2570-K7Q2-00001.pdf``."""
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in receipt.receipt_no) or receipt.repayment_id[:8]
    return f"receipt_{safe}.pdf"
