"""The workbook template the app hands officers: Thai instructions, household-member and debt sheets, dropdowns."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.comments import Comment  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # type: ignore[import-untyped]
from openpyxl.utils.cell import get_column_letter  # type: ignore[import-untyped]
from openpyxl.worksheet.datavalidation import DataValidation  # type: ignore[import-untyped]

from cdfi_desktop.services.excel_import.fields import (
    CREDITOR_KIND_LABELS,
    FIELD_BY_KEY,
    NO_LABEL,
    PURPOSE_LABELS,
    RELATION_LABELS,
    SEX_LABELS,
    YES_LABEL,
)

__all__ = ["DEBT_SHEET", "INSTRUCTIONS_SHEET", "LISTS_SHEET", "MEMBER_SHEET", "TEMPLATE_ROWS", "write_template"]

INSTRUCTIONS_SHEET = "คำอธิบาย"
MEMBER_SHEET = "สมาชิกครัวเรือน"
DEBT_SHEET = "หนี้สิน"
LISTS_SHEET = "รายการ"
TEMPLATE_ROWS = 2000  # rows prepared with dropdowns and text formats

_HEADER_FILL = PatternFill("solid", start_color="FF1F3A5F", end_color="FF1F3A5F")
_REQUIRED_FILL = PatternFill("solid", start_color="FFB7410E", end_color="FFB7410E")
_KEY_FILL = PatternFill("solid", start_color="FF2C7A7B", end_color="FF2C7A7B")
_THIN = Side(style="thin", color="FFB0BCCB")

# (field key, header, width, how to fill, example, required?) — the header is what the reader matches.
_Column = tuple[str, str, int, str, str, str]
_MEMBER_COLUMNS: tuple[_Column, ...] = (
    ("household_code", "เลขทะเบียนครัวเรือน", 14, "เลขที่สถาบันใช้เรียกครัวเรือน บ้านเดียวกันใช้เลขเดียวกัน", "00012", "key"),
    ("house_no", "บ้านเลขที่", 11, "บ้านเลขที่ตามทะเบียนบ้าน", "45/2", "key"),
    ("village_no", "หมู่ที่", 8, "เลขหมู่ที่ (ตัวเลข)", "5", "key"),
    ("village_name", "ชื่อหมู่บ้าน", 18, "ชื่อหมู่บ้าน", "บ้านโนนสะอาด", ""),
    ("title", "คำนำหน้า", 10, "นาย นาง นางสาว เด็กชาย เด็กหญิง", "นาง", ""),
    ("first_name", "ชื่อ", 16, "ชื่อจริง", "สมศรี", "required"),
    ("last_name", "นามสกุล", 16, "นามสกุล", "ใจดี", ""),
    ("citizen_id", "เลขประจำตัวประชาชน", 20, "13 หลัก จะมีขีดหรือไม่ก็ได้", "3-4012-00345-67-1", "key"),
    ("sex", "เพศ", 8, "เลือกจากรายการ: ชาย หญิง", "หญิง", ""),
    ("birth_date", "วันเกิด", 13, "วัน/เดือน/ปี พ.ศ.", "15/3/2510", ""),
    ("relation", "ความสัมพันธ์กับหัวหน้าครัวเรือน", 18, "เลือกจากรายการ", "คู่สมรส", ""),
    ("is_head", "หัวหน้าครัวเรือน (ใช่/ไม่ใช่)", 15, "ครัวเรือนละ 1 คนที่เป็น ใช่", "ไม่ใช่", ""),
    ("occupation", "อาชีพ", 16, "อาชีพหลัก", "ทำนา", ""),
    ("phone", "โทรศัพท์", 13, "เบอร์โทรศัพท์", "0812345678", ""),
    ("income", "รายได้ต่อเดือน", 14, "รายได้ของสมาชิกคนนี้ต่อเดือน (บาท)", "6,500", ""),
    ("expense", "รายจ่ายจำเป็นต่อเดือน", 15, "รายจ่ายจำเป็นของทั้งครัวเรือนต่อเดือน กรอกที่แถวหัวหน้าครัวเรือน", "4,200", ""),
)
_DEBT_COLUMNS: tuple[_Column, ...] = (
    ("household_code", "เลขทะเบียนครัวเรือน", 14, "เลขทะเบียนครัวเรือนของผู้กู้ (ถ้าไม่มีเลขประจำตัวประชาชน)", "00012", "key"),
    ("citizen_id", "เลขประจำตัวประชาชนผู้กู้", 20, "ผู้กู้ต้องอยู่ในแผ่นงานสมาชิกครัวเรือนหรือในโปรแกรมแล้ว", "3401200345671", "key"),
    ("full_name", "ชื่อ-สกุลผู้กู้", 22, "ชื่อและนามสกุล เว้นวรรคระหว่างชื่อกับนามสกุล", "นางสมศรี ใจดี", ""),
    ("creditor_kind", "ประเภทเจ้าหนี้", 20, "เลือกจากรายการ", "กองทุนสมาชิกของสถาบัน", "required"),
    ("creditor", "กองทุน/ชื่อเจ้าหนี้", 30, "กองทุนสมาชิก: เลือกจากรายการ; เจ้าหนี้นอกสถาบัน: พิมพ์ชื่อ", "กองทุนหมู่บ้าน", "required"),
    ("contract_no", "เลขที่สัญญา", 13, "ถ้ามี", "12/2560", ""),
    ("contract_date", "วันที่ทำสัญญา", 13, "วัน/เดือน/ปี พ.ศ.", "15/3/2560", ""),
    ("due_date", "วันครบกำหนด", 13, "วัน/เดือน/ปี พ.ศ.", "15/3/2561", ""),
    ("principal", "เงินต้น", 13, "จำนวนเงินที่กู้ (บาท)", "20,000", "required"),
    ("outstanding", "ยอดคงค้าง", 13, "หนี้ที่ยังค้างวันนี้ (บาท)", "12,500.50", "required"),
    ("interest_rate", "อัตราดอกเบี้ย % ต่อปี", 12, "ร้อยละต่อปี; ถ้าคิดต่อเดือนพิมพ์ เช่น 2% ต่อเดือน", "6", ""),
    ("installment", "ค่างวดต่อเดือน", 13, "บาทต่อเดือน", "1,800", ""),
    ("term_months", "จำนวนงวด (เดือน)", 11, "จำนวนเดือนที่ผ่อน", "12", ""),
    ("days_overdue", "ค้างชำระ (วัน)", 10, "จำนวนวันที่ค้างชำระ (0 ถ้าไม่ค้าง)", "0", ""),
    ("purpose", "วัตถุประสงค์", 16, "เลือกจากรายการหรือพิมพ์", "เกษตร", ""),
    ("guarantors", "ผู้ค้ำประกัน", 24, "ชื่อผู้ค้ำประกัน หลายคนคั่นด้วยจุลภาค", "นายสมชาย ใจดี", ""),
    ("notes", "หมายเหตุ", 24, "", "", ""),
    ("debt_id", "id", 10, "ใช้โดยโปรแกรม ห้ามแก้ไข (คอลัมน์ซ่อน)", "", ""),
)
_TEXT_FIELDS = frozenset(
    {"household_code", "house_no", "citizen_id", "phone", "birth_date", "contract_date", "due_date"}
)
_TEXT_FIELDS |= frozenset({"contract_no", "debt_id"})

_INSTRUCTIONS = (
    "แบบฟอร์มนำเข้าข้อมูลครัวเรือน สมาชิก และหนี้สิน — โปรแกรม CDFI Desktop",
    "",
    '1. แผ่นงาน "สมาชิกครัวเรือน": กรอก 1 แถวต่อสมาชิก 1 คน สมาชิกบ้านเดียวกันใช้เลขทะเบียนครัวเรือน '
    "(หรือบ้านเลขที่และหมู่ที่) เดียวกัน และระบุหัวหน้าครัวเรือน 1 คน",
    '2. แผ่นงาน "หนี้สิน": กรอก 1 แถวต่อหนี้ 1 รายการ ระบุผู้กู้ด้วยเลขประจำตัวประชาชน ผู้กู้ต้องอยู่ในแผ่นงาน '
    "สมาชิกครัวเรือนหรือมีอยู่ในโปรแกรมแล้ว",
    "3. วันที่: กรอกเป็น วัน/เดือน/ปี พ.ศ. เช่น 15/3/2560 หรือ 15 มี.ค. 2560 (ใช้เลขไทยได้ เช่น ๑๕/๓/๒๕๖๐) "
    "ถ้ากรอกปี ค.ศ. เช่น 15/3/2017 โปรแกรมจะอ่านเป็น ค.ศ. และแจ้งไว้ในรายงาน",
    "4. จำนวนเงิน: ตัวเลขบาท ทศนิยมไม่เกิน 2 ตำแหน่ง ใส่จุลภาคได้ เช่น 12,500.50",
    "5. ช่องสีส้มต้องกรอก ช่องสีเขียวใช้ระบุตัวบุคคลและครัวเรือน (กรอกอย่างน้อยหนึ่งอย่าง ควรกรอกเลขประจำตัวประชาชน)",
    "6. ประเภทเจ้าหนี้ เพศ ความสัมพันธ์ และหัวหน้าครัวเรือน เลือกจากรายการในช่อง; กองทุนสมาชิกเลือกชื่อจากรายการ "
    "เจ้าหนี้นอกสถาบัน (ธนาคาร ธ.ก.ส. สหกรณ์ นายทุน ร้านค้า ญาติ) พิมพ์ชื่อเอง",
    "7. นำเข้าไฟล์เดิมซ้ำได้: โปรแกรมจับคู่ครัวเรือน สมาชิก และหนี้ที่มีอยู่แล้ว ปรับปรุงเฉพาะที่เปลี่ยน ไม่สร้างซ้ำ "
    "และช่องที่เว้นว่างจะไม่ลบข้อมูลเดิมในโปรแกรม",
    '8. หลังตรวจสอบ โปรแกรมบันทึกไฟล์รายงานที่มีคอลัมน์ "ผลการนำเข้า" และ "เหตุผล" แถวที่ไม่นำเข้าจะเป็นสีแดง '
    "แก้ไขในไฟล์รายงานแล้วนำเข้าอีกครั้งได้",
    "9. คอลัมน์ id ในแผ่นงานหนี้สินซ่อนไว้ ใช้โดยโปรแกรม ห้ามแก้ไข",
)
_REQUIRED_TEXT = {"required": "ต้องกรอก", "key": "ระบุตัว", "": ""}


def write_template(path: str | Path, *, funds: Sequence[str]) -> None:
    """Write the import template, with the institute's member funds in the creditor dropdown."""
    workbook = Workbook()
    instructions = workbook.active
    instructions.title = INSTRUCTIONS_SHEET
    members = workbook.create_sheet(MEMBER_SHEET)
    debts = workbook.create_sheet(DEBT_SHEET)
    lists = workbook.create_sheet(LISTS_SHEET)

    columns = {  # list → (its title on the hidden sheet, its items)
        "creditor_kind": ("รายการประเภทเจ้าหนี้", list(CREDITOR_KIND_LABELS.values())),
        "fund": ("รายการกองทุนสมาชิก", list(funds)),
        "sex": ("รายการเพศ", list(SEX_LABELS.values())),
        "relation": ("รายการความสัมพันธ์", list(RELATION_LABELS.values())),
        "yes_no": ("รายการใช่/ไม่ใช่", [YES_LABEL, NO_LABEL]),
        "purpose": ("รายการวัตถุประสงค์", list(PURPOSE_LABELS.values())),
    }
    ranges: dict[str, str] = {}
    for index, (name, (title, items)) in enumerate(columns.items(), start=1):
        letter = get_column_letter(index)
        lists.cell(row=1, column=index, value=title).font = Font(bold=True)
        for row, item in enumerate(items, start=2):
            lists.cell(row=row, column=index, value=item)
        lists.column_dimensions[letter].width = 34
        if items:
            ranges[name] = f"'{LISTS_SHEET}'!${letter}$2:${letter}${len(items) + 1}"
    lists.sheet_state = "hidden"

    _data_sheet(members, _MEMBER_COLUMNS)
    _data_sheet(debts, _DEBT_COLUMNS)
    last = TEMPLATE_ROWS + 1
    _dropdown(members, _MEMBER_COLUMNS, key="sex", source=ranges.get("sex"), strict=True, last=last)
    _dropdown(members, _MEMBER_COLUMNS, key="relation", source=ranges.get("relation"), strict=True, last=last)
    _dropdown(members, _MEMBER_COLUMNS, key="is_head", source=ranges.get("yes_no"), strict=True, last=last)
    _dropdown(debts, _DEBT_COLUMNS, key="creditor_kind", source=ranges.get("creditor_kind"), strict=True, last=last)
    _dropdown(debts, _DEBT_COLUMNS, key="creditor", source=ranges.get("fund"), strict=False, last=last)
    _dropdown(debts, _DEBT_COLUMNS, key="purpose", source=ranges.get("purpose"), strict=False, last=last)
    debts.column_dimensions[_letter(_DEBT_COLUMNS, "debt_id")].hidden = True

    _instructions(instructions, funds)
    workbook.active = 1
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)


def _letter(columns: Sequence[_Column], key: str) -> str:
    return str(get_column_letter(next(i for i, c in enumerate(columns, start=1) if c[0] == key)))


def _data_sheet(ws: Any, columns: Sequence[_Column]) -> None:
    for index, (key, header, width, how, example, need) in enumerate(columns, start=1):
        cell = ws.cell(row=1, column=index, value=header)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = {"required": _REQUIRED_FILL, "key": _KEY_FILL}.get(need, _HEADER_FILL)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
        note = " ".join(part for part in (how, f"ตัวอย่าง: {example}" if example else "") if part)
        if note:
            cell.comment = Comment(note, "CDFI Desktop", width=260, height=90)
        letter = get_column_letter(index)
        ws.column_dimensions[letter].width = width
        if key in _TEXT_FIELDS:
            ws.column_dimensions[letter].number_format = "@"  # typed as text: B.E. dates and IDs stay as typed
        elif FIELD_BY_KEY[key].kind.value == "money":
            ws.column_dimensions[letter].number_format = "#,##0.00"
    ws.row_dimensions[1].height = 48
    ws.freeze_panes = "A2"


def _dropdown(sheet: Any, columns: Sequence[_Column], *, key: str, source: str | None, strict: bool, last: int) -> None:
    """A drop-down list on the column of ``key``; ``strict`` refuses values not in the list."""
    if source is None:
        return
    validation = DataValidation(type="list", formula1=f"={source}", allow_blank=True)
    validation.showErrorMessage = strict
    validation.errorTitle = "ค่าไม่อยู่ในรายการ"
    validation.error = "กรุณาเลือกจากรายการ"
    letter = _letter(columns, key)
    validation.add(f"{letter}2:{letter}{last}")
    sheet.add_data_validation(validation)


def _instructions(sheet: Any, funds: Sequence[str]) -> None:
    sheet.column_dimensions["A"].width = 30
    sheet.column_dimensions["B"].width = 16
    sheet.column_dimensions["C"].width = 10
    sheet.column_dimensions["D"].width = 62
    sheet.column_dimensions["E"].width = 24
    row = 1
    for index, line in enumerate(_INSTRUCTIONS):
        cell = sheet.cell(row=row, column=1, value=line)
        cell.font = Font(bold=index == 0, size=14 if index == 0 else 11)
        row += 1
    row += 1
    for col, text in enumerate(("คอลัมน์", "แผ่นงาน", "", "วิธีกรอก", "ตัวอย่าง"), start=1):
        cell = sheet.cell(row=row, column=col, value=text)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = _HEADER_FILL
    for sheet_name, columns in ((MEMBER_SHEET, _MEMBER_COLUMNS), (DEBT_SHEET, _DEBT_COLUMNS)):
        for _key, header, _w, how, example, need in columns:
            row += 1
            values = (header, sheet_name, _REQUIRED_TEXT[need], how, example)
            for col, text in enumerate(values, start=1):
                cell = sheet.cell(row=row, column=col, value=text)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                if col == 5:
                    cell.number_format = "@"
    if funds:
        row += 2
        sheet.cell(row=row, column=1, value="กองทุนสมาชิกของสถาบัน").font = Font(bold=True)
        for name in funds:
            row += 1
            sheet.cell(row=row, column=1, value=name)
