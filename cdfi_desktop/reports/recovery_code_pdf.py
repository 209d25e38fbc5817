"""The recovery code of an account on one A4 page (รหัสกู้คืนบัญชี), printed once at set-up: whose account, on
which device, when, the code in large type, and what to do with it.

The page is in Arabic digits whatever the digit setting: the code is typed back exactly as printed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]

from cdfi_desktop.domain.thai_date import format_date_be
from cdfi_desktop.reports.pdf_common import (
    BODY_SIZE,
    FONT,
    FONT_BOLD,
    GRID_GREY,
    LongTable,
    Margins,
    PageFurniture,
    Spacer,
    TableStyle,
    TextLines,
    build_pdf,
    digit_style,
    title_block,
    wrap,
)

__all__ = ["RecoverySheet", "recovery_file_name", "write_recovery_code_pdf"]

MARGINS = Margins()
CODE_SIZE = 26.0
ROLE_NAMES = {"officer": "เจ้าหน้าที่", "committee": "กรรมการสถาบัน", "province": "เจ้าหน้าที่จังหวัด"}
ADVICE = (
    "ใช้รหัสนี้เมื่อลืมรหัสผ่าน: ที่หน้าเข้าสู่ระบบ กด “ลืมรหัสผ่าน” แล้วพิมพ์ชื่อผู้ใช้และรหัสนี้ "
    "เพื่อตั้งรหัสผ่านใหม่ โปรแกรมจะให้รหัสกู้คืนชุดใหม่ และรหัสชุดนี้จะใช้ไม่ได้อีก",
    "เก็บแผ่นนี้ไว้ในที่ปลอดภัย แยกจากเครื่องคอมพิวเตอร์ (เช่น ตู้เอกสารที่ล็อกได้ของสำนักงาน) "
    "อย่าถ่ายรูป อย่าส่งทางไลน์หรืออีเมล และอย่าเก็บไว้ในเครื่องนี้",
    "ผู้ที่มีรหัสนี้และรู้ชื่อผู้ใช้ ตั้งรหัสผ่านใหม่ของบัญชีนี้ได้ หากแผ่นนี้หายหรือมีผู้อื่นเห็น ให้เข้าสู่ระบบแล้วตั้งรหัสผ่านใหม่ (ได้รหัสกู้คืนชุดใหม่) โดยเร็ว",
)


@dataclass(frozen=True)
class RecoverySheet:
    """What the page says: the account, the device, the day, and the code."""

    username: str
    display_name: str
    role: str  # a Role value: "officer", "committee", "province"
    code: str
    device_id: str
    position: str = ""
    district: str = ""
    made_on: date | None = None


def _lines(text: str, width: float, *, size: float = BODY_SIZE, font: str = FONT, align: str = "left") -> Any:
    return TextLines(
        wrap(text, width=width, size=size, font=font), size=size, leading=size * 1.4, font=font, align=align
    )


def _facts(sheet: RecoverySheet, width: float) -> Any:
    label_width = 120.0
    rows = [
        ("ชื่อ-สกุล", sheet.display_name),
        ("ชื่อผู้ใช้", sheet.username),
        ("บทบาท", ROLE_NAMES.get(sheet.role, sheet.role)),
        ("ตำแหน่ง", sheet.position or "–"),
        ("อำเภอ", sheet.district or "–"),
        ("เครื่อง (รหัสอุปกรณ์)", sheet.device_id or "–"),
        ("วันที่ออกรหัส", format_date_be(sheet.made_on or date.today())),
    ]
    cells = [[_lines(k, label_width, font=FONT_BOLD), _lines(v, width - label_width)] for k, v in rows]
    style = TableStyle(
        [
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
    )
    return LongTable(cells, colWidths=[label_width, width - label_width], style=style)


def _code_box(code: str, width: float) -> Any:
    cell = TextLines(
        wrap(code, width=width - 24, size=CODE_SIZE, font=FONT_BOLD),
        size=CODE_SIZE,
        leading=CODE_SIZE * 1.35,
        font=FONT_BOLD,
        align="center",
    )
    style = TableStyle(
        [
            ("BOX", (0, 0), (-1, -1), 1.6, GRID_GREY),
            ("TOPPADDING", (0, 0), (-1, -1), 14),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 14),
            ("LEFTPADDING", (0, 0), (-1, -1), 12),
            ("RIGHTPADDING", (0, 0), (-1, -1), 12),
        ]
    )
    return LongTable([[cell]], colWidths=[width], style=style)


def write_recovery_code_pdf(sheet: RecoverySheet, path: Path) -> Path:
    """Write the one page; returns ``path``."""
    with digit_style("arabic", language="th"):
        width = A4[0] - MARGINS.left - MARGINS.right
        story: list[Any] = title_block(
            [("รหัสกู้คืนบัญชีผู้ใช้", 18.0), ("โปรแกรมบริหารสถาบันการเงินชุมชน (CDFI Desktop)", 12.0)],
            width=width,
            space_after=10,
        )
        story.append(_facts(sheet, width))
        story.append(Spacer(1, 14))
        story.append(_lines("รหัสกู้คืน (พิมพ์ตามนี้ทุกตัวอักษร)", width, font=FONT_BOLD, align="center"))
        story.append(Spacer(1, 4))
        story.append(_code_box(sheet.code, width))
        story.append(Spacer(1, 16))
        story.append(_lines("ทำอย่างไรกับรหัสนี้", width, font=FONT_BOLD, size=BODY_SIZE + 1))
        story.append(Spacer(1, 2))
        for number, text in enumerate(ADVICE, start=1):
            story.append(_lines(f"{number}. {text}", width))
            story.append(Spacer(1, 4))
        story.append(Spacer(1, 24))
        story.append(
            _lines("ลงชื่อผู้รับรหัส ........................................................", width, align="right")
        )
        story.append(_lines(f"({sheet.display_name})", width - 60, align="right"))
        furniture = PageFurniture(
            running_title="รหัสกู้คืนบัญชีผู้ใช้",
            footer_left=f"บัญชี {sheet.username}",
            footer_right="เอกสารลับ เก็บแยกจากเครื่อง",
            page_label=lambda page, pages: "" if pages == 1 else f"หน้า {page}/{pages}",
        )
        build_pdf(
            path,
            story,
            furniture=furniture,
            title="รหัสกู้คืนบัญชีผู้ใช้",
            subject=sheet.username,
            pagesize=A4,
            margins=MARGINS,
        )
    return path


def recovery_file_name(username: str) -> str:
    """``recovery-code_somchai.pdf``."""
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in username) or "account"
    return f"recovery-code_{safe}.pdf"
