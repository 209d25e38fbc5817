"""Registers laid out as officers lay them out, each with what importing it must give.

Title and area rows above the table, two-row headers with merged cells, one sheet per fund, totals and
signature lines and notes under the table, Thai digits, Buddhist-era dates spelt several ways and real date
cells, each register with its own column order and wordings. Every workbook says which of its rows are data
(``data_rows``) and which are not (``not_data_rows``: totals, signatures, certifications, notes, section
lines), and what the registers hold after importing it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.worksheet.worksheet import Worksheet  # type: ignore[import-untyped]

from cdfi_desktop.domain.citizen_id import citizen_id_check_digit, format_citizen_id
from cdfi_desktop.domain.thai_digits import to_thai_digits

__all__ = ["Area", "Expected", "officer_workbooks"]

_FIRST = ("สมชาย", "สมศรี", "บุญมี", "มาลี", "ประเสริฐ", "วันเพ็ญ", "สุรชัย", "ทองใบ", "จันทร์เพ็ญ", "บัวผัน", "สมพงษ์", "คำปุ่น")
_LAST = ("ใจดี", "ศรีสุข", "บุญมา", "แก้วกล้า", "ทองดี", "พรหมมา", "สายสุด", "จันทร์หอม", "มีสุข", "ดวงแก้ว", "คำมา", "ผิวผ่อง")
_MALE = {0, 2, 4, 6, 10}
_MONTHS = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน")
_SHORT_MONTHS = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.")


@dataclass(frozen=True)
class Area:
    """The institute the workbooks are for, as their title rows name it."""

    institute: str
    subdistrict: str
    district: str
    province: str


@dataclass
class Expected:
    """One workbook and what importing it into an institute's registers must give."""

    name: str
    path: Path
    households: int = 0
    members: int = 0
    debts: int = 0
    principal: Decimal = Decimal("0.00")
    house_nos: set[str] = field(default_factory=set)  # the new households, by house no.
    names: set[str] = field(default_factory=set)  # the new members, "first last"
    data_rows: dict[str, set[int]] = field(default_factory=dict)  # sheet → Excel rows holding data
    not_data_rows: dict[str, set[int]] = field(default_factory=dict)  # sheet → rows that are not data
    fund_debts: dict[str, int] = field(default_factory=dict)  # fund → new debts owed to it (layouts without a
    # creditor column, where the fund comes from the sheet or a heading)

    def data(self, ws: Worksheet) -> None:
        self.data_rows.setdefault(ws.title, set()).add(ws.max_row)

    def not_data(self, ws: Worksheet) -> None:
        self.not_data_rows.setdefault(ws.title, set()).add(ws.max_row)


@dataclass(frozen=True)
class _Person:
    n: int
    title: str
    first: str
    last: str
    cid: str
    house_no: str
    village_no: int

    @property
    def full(self) -> str:
        return f"{self.title}{self.first} {self.last}"


def _person(n: int) -> _Person:
    first, last = n % len(_FIRST), (n // len(_FIRST)) % len(_LAST)
    body = f"3{440_000_000 + n:011d}"
    return _Person(
        n=n,
        title="นาย" if first in _MALE else "นาง",
        first=_FIRST[first],
        last=_LAST[last],
        cid=body + str(citizen_id_check_digit(body)),
        house_no=f"{10 + n}/{n % 7 + 1}",
        village_no=n % 8 + 1,
    )


def _principal(n: int) -> Decimal:
    return Decimal(3_000 + 500 * (n % 17))


def _outstanding(n: int) -> Decimal:
    return _principal(n) - Decimal(1_000)


def _money(amount: Decimal) -> str:
    return f"{amount:,.2f}"


def _title_rows(ws: Worksheet, area: Area, heading: str, width: int) -> None:
    ws.append([f"{heading} {area.institute}"])
    ws.append([f"หมู่ที่ 1-8 ตำบล{area.subdistrict} อำเภอ{area.district} จังหวัด{area.province}"])
    ws.append(["ข้อมูล ณ วันที่ 30 กันยายน 2566"])
    for row in (1, 2, 3):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)


def _signatures(ws: Worksheet, exp: Expected, *, column: int = 2) -> None:
    """The block under a table: a blank line, who prepared it, who certifies it, and their positions."""
    pad: list[Any] = [None] * (column - 1)
    ws.append([])
    for line in (
        "ลงชื่อ ................................ ผู้จัดทำ",
        "(นางสาวพรทิพย์ รักงาน)",
        "ตำแหน่ง เหรัญญิกสถาบัน",
        "ขอรับรองว่าถูกต้อง",
        "ลงชื่อ ................................ ประธานสถาบัน",
        "(นายสมศักดิ์ ปกครอง)",
    ):
        ws.append([*pad, line])
        exp.not_data(ws)


def _add_debt(exp: Expected, p: _Person, *, new_person: bool = True) -> None:
    exp.debts += 1
    exp.principal += _principal(p.n)
    if new_person:
        exp.households += 1
        exp.members += 1
        exp.house_nos.add(p.house_no)
        exp.names.add(f"{p.first} {p.last}")


# -- the layouts ------------------------------------------------------------------------------------------------
def _titled_register(path: Path, *, area: Area, funds: Sequence[str], first: int) -> Expected:
    """Title and area rows, a flat debtor register, a totals line and the signature block."""
    exp = Expected("titled_register", path)
    wb = Workbook()
    ws = wb.active
    ws.title = "ทะเบียนลูกหนี้"
    headers = ["ลำดับที่", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "บ้านเลขที่", "หมู่ที่", "กองทุน", "เลขที่สัญญา"]
    headers += ["วันที่กู้", "จำนวนเงินกู้ (บาท)", "คงเหลือ (บาท)"]
    _title_rows(ws, area, "ทะเบียนลูกหนี้", len(headers))
    ws.append(headers)
    total = Decimal(0)
    for i in range(5):
        p = _person(first + i)
        ws.append(
            [
                i + 1,
                p.full,
                p.cid,
                p.house_no,
                p.village_no,
                funds[i % len(funds)],
                f"{i + 1}/2566",
                "15/3/2566",
                _money(_principal(p.n)),
                _money(_outstanding(p.n)),
            ]
        )
        exp.data(ws)
        _add_debt(exp, p)
        total += _principal(p.n)
    ws.append([None, "รวมทั้งสิ้น", None, None, None, None, None, None, _money(total), None])
    exp.not_data(ws)
    _signatures(ws, exp)
    wb.save(path)
    return exp


def _two_row_header(path: Path, *, area: Area, funds: Sequence[str], first: int) -> Expected:
    """Headers on two rows: a group heading merged over the columns it covers, the column's own heading below."""
    exp = Expected("two_row_header", path)
    wb = Workbook()
    ws = wb.active
    ws.title = "ลูกหนี้"
    ws.append([f"ทะเบียนคุมลูกหนี้เงินกู้ {area.institute} อำเภอ{area.district} จังหวัด{area.province}"])
    ws.merge_cells("A1:K1")
    ws.append([])
    ws.append(["ที่", "ผู้กู้", None, "ที่อยู่", None, "ชื่อกองทุน", "สัญญากู้", None, "จำนวนเงิน (บาท)", None, "หมายเหตุ"])
    ws.append([None, "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "บ้านเลขที่", "หมู่ที่", None, "เลขที่", "วันที่"])
    ws["I4"], ws["J4"] = "เงินกู้", "คงเหลือ"
    for cells in ("B3:C3", "D3:E3", "G3:H3", "I3:J3"):
        ws.merge_cells(cells)
    for col in ("A", "F", "K"):
        ws.merge_cells(f"{col}3:{col}4")
    for i in range(4):
        p = _person(first + i)
        ws.append(
            [
                i + 1,
                p.full,
                p.cid,
                p.house_no,
                p.village_no,
                funds[(i + 1) % len(funds)],
                f"ก{i + 1}/66",
                f"{i + 1}/4/2566",
                float(_principal(p.n)),
                float(_outstanding(p.n)),
                "ส่งตรง" if i % 2 else None,
            ]
        )
        exp.data(ws)
        _add_debt(exp, p)
    ws.append(["รวม", None, None, None, None, None, None, None, float(exp.principal), None])
    ws.merge_cells(f"A{ws.max_row}:H{ws.max_row}")
    exp.not_data(ws)
    _signatures(ws, exp)
    wb.save(path)
    return exp


def _sheet_per_fund(path: Path, *, area: Area, funds: Sequence[str], first: int) -> Expected:
    """A summary sheet of totals per fund first, then one sheet per fund, named (shortly) after it, its title
    naming the fund; no creditor column. One borrower owes two funds."""
    exp = Expected("sheet_per_fund", path)
    wb = Workbook()
    summary = wb.active
    summary.title = "สรุป"
    summary.append([f"สรุปยอดลูกหนี้ {area.institute}"])
    summary.append(["ที่", "ชื่อกองทุน", "จำนวนราย", "ยอดเงินกู้", "ยอดหนี้คงเหลือ"])
    for index, fund in enumerate(funds[:3]):
        summary.append([index + 1, fund, 4 if index < 2 else 3, "45,000.00", "40,000.00"])
    summary.append([None, "รวม", 11, "135,000.00", "120,000.00"])
    n = first
    shared = _person(first + 50)
    for index, fund in enumerate(funds[:3]):
        ws = wb.create_sheet(fund[:28])
        ws.append([f"ทะเบียนลูกหนี้{fund}"])
        ws.append([f"ตำบล{area.subdistrict} อำเภอ{area.district} จังหวัด{area.province}"])
        ws.append(["ลำดับ", "ชื่อ - สกุล", "เลขบัตรประชาชน", "บ้านเลขที่", "หมู่", "สัญญาเลขที่", "วันที่ทำสัญญา"])
        ws.append([None, None, None, None, None, None, None, "ยอดกู้", "ยอดหนี้คงเหลือ"])
        ws["H3"] = "จำนวนเงิน"
        ws.merge_cells("H3:I3")
        for col in "ABCDEFG":
            ws.merge_cells(f"{col}3:{col}4")
        people = [_person(n + k) for k in range(3)] + ([shared] if index < 2 else [])
        n += 3
        for k, p in enumerate(people):
            ws.append(
                [
                    k + 1,
                    p.full,
                    p.cid,
                    p.house_no,
                    p.village_no,
                    f"{index + 1}-{k + 1}/2566",
                    "1 มิ.ย. 2566",
                    _money(_principal(p.n)),
                    _money(_outstanding(p.n)),
                ]
            )
            exp.data(ws)
            _add_debt(exp, p, new_person=not (p is shared and index == 1))
            exp.fund_debts[fund] = exp.fund_debts.get(fund, 0) + 1
        ws.append(["", "รวม", "", "", "", "", "", _money(sum((_principal(p.n) for p in people), Decimal(0)))])
        exp.not_data(ws)
        _signatures(ws, exp)
    wb.save(path)
    return exp


def _thai_digits(path: Path, *, area: Area, funds: Sequence[str], first: int) -> Expected:
    """Thai digits in every number: order, citizen IDs (with dashes), village numbers, amounts and dates."""
    exp = Expected("thai_digits", path)
    wb = Workbook()
    ws = wb.active
    ws.title = "ทะเบียน"
    ws.append([f"ทะเบียนลูกหนี้ {area.institute}"])
    ws.append([to_thai_digits(f"หมู่ที่ 3 ตำบล{area.subdistrict} อำเภอ{area.district} จังหวัด{area.province}")])
    ws.append(["ลำดับ", "ชื่อ-นามสกุล", "เลขประจำตัวประชาชน ๑๓ หลัก", "บ้านเลขที่", "หมู่ที่", "แหล่งเงินกู้"])
    ws["G3"], ws["H3"], ws["I3"], ws["J3"] = "เลขที่สัญญา", "วันที่ทำสัญญา", "เงินต้น (บาท)", "ยอดคงค้าง (บาท)"
    for i in range(5):
        p = _person(first + i)
        day = to_thai_digits(f"{i + 10} {_SHORT_MONTHS[i]} 2566")
        ws.append(
            [
                to_thai_digits(str(i + 1)),
                p.full,
                to_thai_digits(format_citizen_id(p.cid)),
                to_thai_digits(p.house_no),
                to_thai_digits(str(p.village_no)),
                funds[i % len(funds)],
                to_thai_digits(f"{i + 1}/2566"),
                day,
                to_thai_digits(_money(_principal(p.n))),
                to_thai_digits(_money(_outstanding(p.n))),
            ]
        )
        exp.data(ws)
        _add_debt(exp, p)
    ws.append([None, "รวม " + to_thai_digits("5") + " ราย", None, None, None, None, None, None, "-"])
    exp.not_data(ws)
    _signatures(ws, exp)
    wb.save(path)
    return exp


def _date_spellings(path: Path, *, area: Area, funds: Sequence[str], first: int) -> Expected:
    """Buddhist-era dates typed six ways (one with "วันที่ … พ.ศ."), a real date cell, and a date cell typed with a
    B.E. year."""
    exp = Expected("date_spellings", path)
    wb = Workbook()
    ws = wb.active
    ws.title = "หนี้สินสมาชิก"
    _title_rows(ws, area, "ทะเบียนลูกหนี้เงินกู้", 9)
    ws.append(["ชื่อผู้กู้", "เลขบัตร", "เลขที่บ้าน", "หมู่", "ชื่อกองทุน", "วันที่กู้", "วันครบกำหนด", "ยอดเงินกู้", "หนี้คงเหลือ"])
    dates: list[Any] = [
        "15/3/2566",
        to_thai_digits("15 มี.ค. 2566"),
        "15 มีนาคม 2566",
        datetime(2023, 3, 15),
        datetime(2566, 3, 15),
        "15 มี.ค. 66",
        "15-03-2566",
        "วันที่ 15 มีนาคม พ.ศ. 2566",
    ]
    for i, when in enumerate(dates):
        p = _person(first + i)
        due = f"15 {_MONTHS[2]} 2567"
        ws.append([p.full, p.cid, p.house_no, p.village_no, funds[i % len(funds)], when, due])
        ws.cell(row=ws.max_row, column=8, value=int(_principal(p.n)))
        ws.cell(row=ws.max_row, column=9, value=int(_outstanding(p.n)))
        if isinstance(when, datetime):
            ws.cell(row=ws.max_row, column=6).number_format = "d/m/yyyy"
        exp.data(ws)
        _add_debt(exp, p)
    _signatures(ws, exp, column=1)
    wb.save(path)
    return exp


def _own_order(path: Path, *, area: Area, funds: Sequence[str], first: int) -> Expected:
    """The register's own column order, the name in three columns, numbers as number cells, villages as "ม.3"."""
    exp = Expected("own_order", path)
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append([f"บัญชีรายชื่อลูกหนี้กองทุน {area.institute}"])
    ws.append(["สัญญาเลขที่", "ยอดกู้", "คงค้าง", "กู้จาก", "วันกู้", "หมู่ที่", "บ้านเลขที่", "คำนำหน้า", "ชื่อ", "นามสกุล"])
    ws["K2"] = "เลขบัตรประจำตัวประชาชน"
    for i in range(6):
        p = _person(first + i)
        ws.append(
            [
                f"{i + 101}",
                float(_principal(p.n)),
                float(_outstanding(p.n)),
                funds[(i + 2) % len(funds)],
                datetime(2023, 5, i + 1),
                f"ม.{p.village_no}",
                p.house_no,
                p.title,
                p.first,
                p.last,
                int(p.cid),
            ]
        )
        ws.cell(row=ws.max_row, column=5).number_format = "dd/mm/yyyy"
        exp.data(ws)
        _add_debt(exp, p)
    ws.append([None, float(exp.principal), None, "รวม"])
    exp.not_data(ws)
    wb.save(path)
    return exp


def _notes_below(path: Path, *, area: Area, funds: Sequence[str], first: int) -> Expected:
    """Notes under the table, typed in the name column: a remark, a source, a footnote."""
    exp = Expected("notes_below", path)
    wb = Workbook()
    ws = wb.active
    ws.title = "ลูกหนี้กองทุน"
    ws.append([f"ทะเบียนลูกหนี้ {area.institute}"])
    ws.append(["ลำดับ", "ชื่อ-สกุลผู้กู้", "เลขประจำตัวประชาชนผู้กู้", "บ้านเลขที่", "หมู่ที่", "ชื่อเจ้าหนี้"])
    ws["G2"], ws["H2"], ws["I2"], ws["J2"] = "เลขที่สัญญา", "วันที่สัญญา", "เงินกู้", "คงเหลือ"
    for i in range(4):
        p = _person(first + i)
        ws.append(
            [
                i + 1,
                p.full,
                p.cid,
                p.house_no,
                p.village_no,
                funds[i % len(funds)],
                f"น{i + 1}",
                "2/1/2566",
                _money(_principal(p.n)),
                _money(_outstanding(p.n)),
            ]
        )
        exp.data(ws)
        _add_debt(exp, p)
    ws.append([])
    for line in (
        "หมายเหตุ: ยอดคงเหลือ ณ วันที่ 30 กันยายน 2566 ก่อนปิดบัญชีประจำปี",
        "ที่มา: สมุดทะเบียนลูกหนี้ของกองทุน",
        "* ลูกหนี้ที่ผิดนัดชำระให้ติดตามภายในเดือนตุลาคม",
    ):
        ws.append([None, line])
        exp.not_data(ws)
    wb.save(path)
    return exp


def _certified(path: Path, *, area: Area, funds: Sequence[str], first: int) -> Expected:
    """Amounts written as accounts write whole baht ("5,000.-"), a certification line and the signers typed in
    the data columns."""
    exp = Expected("certified", path)
    wb = Workbook()
    ws = wb.active
    ws.title = "รายชื่อ"
    ws.append(["แบบรายงานลูกหนี้รายตัว"])
    ws.append([f"{area.institute} อำเภอ{area.district} จังหวัด{area.province}"])
    ws.append(["เลขที่", "ชื่อสมาชิก", "เลขบัตรปชช.", "บ้านเลขที่", "หมู่ที่", "ชื่อกองทุน", "เลขที่สัญญากู้"])
    ws["H3"], ws["I3"], ws["J3"] = "วันที่ทำสัญญากู้", "วงเงินกู้", "ยอดหนี้คงเหลือ"
    for i in range(4):
        p = _person(first + i)
        ws.append(
            [
                i + 1,
                p.full,
                p.cid,
                p.house_no,
                p.village_no,
                funds[(i + 1) % len(funds)],
                f"ส{i + 1}",
                "20/6/2566",
                f"{_principal(p.n):,.0f}.-",
                f"{_outstanding(p.n):,.0f}.- บาท",
            ]
        )
        exp.data(ws)
        _add_debt(exp, p)
    ws.append([])
    for line in ("ขอรับรองว่าข้อมูลข้างต้นถูกต้องตามความเป็นจริง", "ลงนาม ...................... ผู้รายงาน"):
        ws.append([None, line])
        exp.not_data(ws)
    ws.append([None, "(นายสมศักดิ์ ปกครอง)"])
    exp.not_data(ws)
    ws.append([None, "ประธานสถาบันการจัดการเงินทุนชุมชน"])
    exp.not_data(ws)
    wb.save(path)
    return exp


def _merged_borrower(path: Path, *, area: Area, funds: Sequence[str], first: int) -> Expected:
    """A borrower's cells merged down over their debts (one row per debt, the person written once)."""
    exp = Expected("merged_borrower", path)
    wb = Workbook()
    ws = wb.active
    ws.title = "ทะเบียนหนี้"
    ws.append([f"ทะเบียนหนี้สินครัวเรือน {area.institute}"])
    ws.append(["ที่", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "บ้านเลขที่", "หมู่ที่", "เจ้าหนี้", "เลขที่สัญญา"])
    ws["H2"], ws["I2"], ws["J2"] = "วันที่กู้", "เงินต้น", "ยอดคงค้าง"
    for i in range(3):
        p = _person(first + i)
        top = ws.max_row + 1
        for d in range(2):
            ws.append(
                [
                    i + 1 if d == 0 else None,
                    p.full if d == 0 else None,
                    p.cid if d == 0 else None,
                    p.house_no if d == 0 else None,
                    p.village_no if d == 0 else None,
                    funds[(i + d) % len(funds)],
                    f"{i + 1}-{d + 1}",
                    "3/7/2566",
                    _money(_principal(p.n)),
                    _money(_outstanding(p.n)),
                ]
            )
            exp.data(ws)
            _add_debt(exp, p, new_person=d == 0)
        for col in "ABCDE":
            ws.merge_cells(f"{col}{top}:{col}{top + 1}")
    ws.append(["รวม", None, None, None, None, None, None, None, _money(exp.principal)])
    exp.not_data(ws)
    _signatures(ws, exp)
    wb.save(path)
    return exp


def _members_and_debts(path: Path, *, area: Area, funds: Sequence[str], first: int) -> Expected:
    """A member sheet (households with their members) and a debt sheet naming borrowers by citizen ID."""
    exp = Expected("members_and_debts", path)
    wb = Workbook()
    ws = wb.active
    ws.title = "สมาชิกครัวเรือน"
    _title_rows(ws, area, "ทะเบียนสมาชิกครัวเรือน", 8)
    ws.append(["ลำดับ", "บ้านเลขที่", "หมู่ที่", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "ความสัมพันธ์", "วันเดือนปีเกิด", "อาชีพ"])
    heads = []
    for h in range(3):
        head, spouse = _person(first + 2 * h), _person(first + 2 * h + 1)
        heads.append(head)
        for p, relation, born in ((head, "หัวหน้าครัวเรือน", "5 ม.ค. 2510"), (spouse, "คู่สมรส", "12/8/2513")):
            ws.append([ws.max_row - 3, head.house_no, head.village_no, p.full, p.cid, relation, born, "ทำนา"])
            exp.data(ws)
            exp.members += 1
            exp.names.add(f"{p.first} {p.last}")
        exp.households += 1
        exp.house_nos.add(head.house_no)
    ws.append([None, None, None, "รวม 3 ครัวเรือน 6 คน"])
    exp.not_data(ws)
    _signatures(ws, exp, column=4)
    debts = wb.create_sheet("หนี้สิน")
    debts.append([f"ทะเบียนลูกหนี้ {area.institute}"])
    debts.append(["เลขประจำตัวประชาชน", "กองทุน", "เลขที่สัญญา", "วันที่กู้", "เงินกู้", "คงเหลือ", "กู้เพื่อ"])
    for h, head in enumerate(heads):
        debts.append(
            [
                head.cid,
                funds[h % len(funds)],
                f"ม{h + 1}",
                "1/2/2566",
                _money(_principal(head.n)),
                _money(_outstanding(head.n)),
                "ทำนา",
            ]
        )
        exp.data(debts)
        exp.debts += 1
        exp.principal += _principal(head.n)
    debts.append(["รวม", None, None, None, _money(sum((_principal(h.n) for h in heads), Decimal(0)))])
    exp.not_data(debts)
    wb.save(path)
    return exp


def _village_sections(path: Path, *, area: Area, funds: Sequence[str], first: int) -> Expected:
    """The table cut into villages: a section line per village, a subtotal under each, a grand total."""
    exp = Expected("village_sections", path)
    wb = Workbook()
    ws = wb.active
    ws.title = "ทะเบียนลูกหนี้รายหมู่"
    _title_rows(ws, area, "ทะเบียนลูกหนี้แยกรายหมู่บ้าน", 9)
    ws.append(["ลำดับ", "ชื่อ - สกุล", "เลขประจำตัวประชาชน", "บ้านเลขที่", "หมู่", "กองทุน", "วันที่กู้", "ยอดกู้", "คงเหลือ"])
    n = first
    for village in (2, 5):
        ws.append([f"หมู่ที่ {village} บ้านตัวอย่าง"])
        ws.merge_cells(f"A{ws.max_row}:I{ws.max_row}")
        exp.not_data(ws)
        subtotal = Decimal(0)
        for k in range(3):
            p = _person(n)
            n += 1
            ws.append([k + 1, p.full, p.cid, p.house_no, village, funds[k % len(funds)], "9/9/2566"])
            ws.cell(row=ws.max_row, column=8, value=float(_principal(p.n)))
            ws.cell(row=ws.max_row, column=9, value=float(_outstanding(p.n)))
            exp.data(ws)
            _add_debt(exp, p)
            subtotal += _principal(p.n)
        ws.append([None, f"รวมหมู่ที่ {village}", None, None, None, None, None, float(subtotal)])
        exp.not_data(ws)
        ws.append([])
    ws.append([None, "รวมทั้งหมด", None, None, None, None, None, float(exp.principal)])
    exp.not_data(ws)
    _signatures(ws, exp)
    wb.save(path)
    return exp


def _fund_sections(path: Path, *, area: Area, funds: Sequence[str], first: int) -> Expected:
    """One sheet cut into funds: each fund's name as a heading merged over its rows, no creditor column, a
    subtotal under each; a village heading typed in the name column."""
    exp = Expected("fund_sections", path)
    wb = Workbook()
    ws = wb.active
    ws.title = "ลูกหนี้ทุกกองทุน"
    _title_rows(ws, area, "ทะเบียนลูกหนี้แยกตามกองทุน", 8)
    ws.append(["ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "บ้านเลขที่", "หมู่ที่", "วันที่กู้", "เงินกู้", "คงเหลือ"])
    n = first
    for fund in funds[:2]:
        ws.append([fund])
        ws.merge_cells(f"A{ws.max_row}:H{ws.max_row}")
        exp.not_data(ws)
        ws.append([None, "หมู่ 4"])
        exp.not_data(ws)
        for k in range(2):
            p = _person(n)
            n += 1
            ws.append(
                [k + 1, p.full, p.cid, p.house_no, 4, "5/5/2566", _money(_principal(p.n)), _money(_outstanding(p.n))]
            )
            exp.data(ws)
            _add_debt(exp, p)
            exp.fund_debts[fund] = exp.fund_debts.get(fund, 0) + 1
        ws.append([None, f"รวม{fund}", None, None, None, None, _money(exp.principal)])
        exp.not_data(ws)
    _signatures(ws, exp)
    wb.save(path)
    return exp


def _english(path: Path, *, area: Area, funds: Sequence[str], first: int) -> Expected:
    """English headings (a register kept by a volunteer), a total line and a signature line in English."""
    exp = Expected("english", path)
    wb = Workbook()
    ws = wb.active
    ws.title = "Debtors"
    ws.append([f"Debtor register, {area.institute}"])
    ws.append(["No.", "Name", "Citizen ID", "House No.", "Moo", "Fund", "Contract No.", "Loan date", "Loan amount"])
    ws["J2"] = "Balance"
    for i in range(4):
        p = _person(first + i)
        ws.append(
            [
                i + 1,
                p.full,
                p.cid,
                p.house_no,
                p.village_no,
                funds[i % len(funds)],
                f"E-{i + 1}",
                "1/10/2565",
                float(_principal(p.n)),
                float(_outstanding(p.n)),
            ]
        )
        exp.data(ws)
        _add_debt(exp, p)
    ws.append([None, "Total", None, None, None, None, None, None, float(exp.principal)])
    exp.not_data(ws)
    ws.append([None, "Prepared by ....................."])
    exp.not_data(ws)
    wb.save(path)
    return exp


def _purposes(path: Path, *, area: Area, funds: Sequence[str], first: int) -> Expected:
    """Free-text purposes, interest per month, and a remarks column."""
    exp = Expected("purposes", path)
    wb = Workbook()
    ws = wb.active
    ws.title = "ทะเบียนเงินกู้"
    _title_rows(ws, area, "ทะเบียนเงินกู้", 10)
    ws.append(["ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "บ้านเลขที่", "หมู่ที่", "กองทุน", "วันที่กู้", "จำนวนเงินกู้"])
    ws["I4"], ws["J4"], ws["K4"] = "ยอดหนี้คงเหลือ", "วัตถุประสงค์การกู้", "ดอกเบี้ย"
    purposes = ("ซื้อปุ๋ยใส่นา", "ค่าเทอมลูก", "ลงทุนค้าขายของชำ", "ซ่อมหลังคาบ้าน", "ซื้อวัวมาเลี้ยง")
    for i, purpose in enumerate(purposes):
        p = _person(first + i)
        ws.append(
            [
                i + 1,
                p.full,
                p.cid,
                p.house_no,
                p.village_no,
                funds[i % len(funds)],
                "1/8/2566",
                _money(_principal(p.n)),
                _money(_outstanding(p.n)),
                purpose,
                "0.5% ต่อเดือน",
            ]
        )
        exp.data(ws)
        _add_debt(exp, p)
    _signatures(ws, exp)
    wb.save(path)
    return exp


_Layout = Callable[..., Expected]
LAYOUTS: tuple[_Layout, ...] = (
    _titled_register,
    _two_row_header,
    _sheet_per_fund,
    _thai_digits,
    _date_spellings,
    _own_order,
    _notes_below,
    _certified,
    _merged_borrower,
    _members_and_debts,
    _village_sections,
    _fund_sections,
    _english,
    _purposes,
)


def officer_workbooks(directory: Path, *, area: Area, funds: Sequence[str]) -> list[Expected]:
    """Every layout written into ``directory``, each with people of its own; ``funds``: the institute's lending
    member funds, as they are named."""
    directory.mkdir(parents=True, exist_ok=True)
    return [
        layout(directory / f"{index:02d}-{layout.__name__.strip('_')}.xlsx", area=area, funds=funds, first=index * 100)
        for index, layout in enumerate(LAYOUTS, start=1)
    ]
