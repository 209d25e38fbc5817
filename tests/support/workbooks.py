"""Officers' registers for tests that import: one row per debt, each household with its own citizen IDs."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook  # type: ignore[import-untyped]

from cdfi_desktop.domain.citizen_id import citizen_id_check_digit

HEADERS = [
    "ลำดับ",
    "รหัสครัวเรือน",
    "บ้านเลขที่",
    "หมู่",
    "ชื่อ - นามสกุล",
    "เลขบัตรประชาชน",
    "หัวหน้าครัวเรือน",
    "รายได้ (บาท)",
    "แหล่งเงินกู้",
    "สัญญาเลขที่",
    "วันที่กู้",
    "ยอดกู้ (บาท)",
    "หนี้คงค้าง",
    "ดอกเบี้ย",
    "ค้างชำระ (วัน)",
]
TODAY = "2026-11-01"  # the --today the registers' dates are checked against


def citizen_id(n: int) -> str:
    body = f"5{n:011d}"
    return body + str(citizen_id_check_digit(body))


def register_workbook(path: Path, *, households: int, first: int, creditor: str, prefix: str = "W") -> int:
    """A flat debtor register of ``households`` new households (citizen IDs from number ``first``), two debts each.

    Returns the number of debt rows. Two workbooks with different ``first`` and ``prefix`` share no one.
    """
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("ทะเบียนลูกหนี้")
    ws.append(["ทะเบียนลูกหนี้ สถาบันการจัดการเงินทุนชุมชน"])
    ws.append(HEADERS)
    index = 0
    for h in range(households):
        for d in range(2):
            index += 1
            head = d == 0
            ws.append(
                [
                    index,
                    f"{prefix}{first + h:05d}",
                    f"{h + 1}/{prefix}",
                    str(h % 4 + 1),
                    f"นายทดสอบ{prefix}{first + h} ใจดี",
                    citizen_id(first + h),
                    "ใช่",
                    "9,500",
                    creditor if head else "ธ.ก.ส. สาขาเมือง",
                    f"{index}/2560",
                    "15/3/2560",
                    f"{10_000 + 100 * index:,}",
                    "8,000",
                    "6",
                    0,
                ]
            )
    wb.save(path)
    return index
