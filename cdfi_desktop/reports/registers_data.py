"""The two registers of guideline 4.3 as print-ready data of one institute, shared by the Excel and PDF writers.

- the household register (ทะเบียนข้อมูลครัวเรือนและภาวะหนี้สินของครัวเรือน): every live household with its
  head, members and open-debt totals, optionally each household's open debts under it;
- the debtor register (ทะเบียนลูกหนี้ของกลุ่ม/กองทุนที่เป็นสมาชิกของสถาบัน): every open debt owed to a member
  fund, grouped by fund with subtotals.

Plain data: ``services/printouts/registers.py`` builds it from the database (totals summed there in Decimal,
once, and both writers print them). Citizen IDs are masked (PDPA) unless the caller asks for them in full.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from cdfi_desktop.domain.citizen_id import format_citizen_id, mask
from cdfi_desktop.domain.classification import ArrearsClass, arrears_class
from cdfi_desktop.domain.enums import CreditorKind
from cdfi_desktop.domain.errors import DomainError
from cdfi_desktop.domain.thai_date import format_date_be

__all__ = [
    "LABELS",
    "ArrearsClass",
    "DebtLine",
    "DebtTotals",
    "DebtorRegister",
    "FundGroup",
    "HouseholdLine",
    "HouseholdRegister",
    "HouseholdTotals",
    "InstituteNotFound",
    "Register",
    "RegisterHeading",
    "arrears_class",
    "format_area_line",
    "register_file_name",
    "show_citizen_id",
]


ZERO = Decimal("0.00")
BANGKOK = "10"

LABELS: dict[str, dict[str, str]] = {
    "th": {
        "household_register": "ทะเบียนข้อมูลครัวเรือนและภาวะหนี้สินของครัวเรือน",
        "debtor_register": "ทะเบียนลูกหนี้ของกลุ่ม/กองทุนที่เป็นสมาชิกของสถาบัน",
        "household_sheet": "ทะเบียนครัวเรือน",
        "debtor_sheet": "ทะเบียนลูกหนี้",
        "fiscal_year": "ปีงบประมาณ พ.ศ. {year}",
        "printed_on": "วันที่พิมพ์ {date}",
        "page": "หน้า {page}/{pages}",
        "area": "ตำบล{subdistrict} อำเภอ{district} จังหวัด{province}",
        "area_bangkok": "แขวง{subdistrict} เขต{district} {province}",
        "col_no": "ลำดับที่",
        "col_house_no": "บ้านเลขที่",
        "col_village_no": "หมู่ที่",
        "col_head_name": "ชื่อ-สกุล หัวหน้าครัวเรือน",
        "col_citizen_id": "เลขประจำตัวประชาชน",
        "col_members": "จำนวนสมาชิก (คน)",
        "col_open_debts": "จำนวนหนี้ (สัญญา)",
        "col_total_debt": "หนี้คงค้างรวม (บาท)",
        "col_installments": "ผ่อนชำระต่อเดือน (บาท)",
        "col_worst_overdue": "ค้างชำระนานที่สุด (วัน)",
        "col_remarks": "หมายเหตุ",
        "col_debtor": "ชื่อ-สกุล ลูกหนี้",
        "col_contract_no": "เลขที่สัญญา",
        "col_contract_date": "วันที่ทำสัญญา",
        "col_principal": "เงินต้น (บาท)",
        "col_outstanding": "หนี้คงค้าง (บาท)",
        "col_rate": "ดอกเบี้ย (% ต่อปี)",
        "col_installment": "ผ่อนชำระ/งวด (บาท)",
        "col_days_overdue": "ค้างชำระ (วัน)",
        "col_status": "สถานะหนี้",
        "debt_detail": "{creditor}",
        "contract_1hh1c": "สัญญารวมหนี้ 1HH1C ({lender})",
        "contract": "สัญญา {no}",
        "dated": "ลว. {date}",
        "households_total": "รวมทั้งสิ้น {n:,} ครัวเรือน",
        "fund_subtotal": "รวม {fund} ({n:,} ราย)",
        "grand_total": "รวมทั้งสิ้น {n:,} ราย",
        "fund_heading": "{no}. {fund}",
        "no_debtors": "ไม่มีลูกหนี้ที่ยังไม่ปิดบัญชี",
        "no_households": "ยังไม่มีครัวเรือนในทะเบียน",
        "unknown_fund": "ไม่ระบุกองทุน",
        "masked_note": "หมายเหตุ: เลขประจำตัวประชาชนแสดงบางส่วน เพื่อคุ้มครองข้อมูลส่วนบุคคล (พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562)",
        "full_note": "หมายเหตุ: เอกสารนี้มีเลขประจำตัวประชาชนเต็ม เป็นข้อมูลส่วนบุคคล ต้องเก็บรักษาตาม "
        "พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562",
        "masked_footer": "เลขประจำตัวประชาชนแสดงบางส่วน (PDPA)",
        "full_footer": "มีข้อมูลส่วนบุคคล (PDPA)",
        "sign": "ลงชื่อ",
        "sign_date": "วันที่",
        "preparer": "ผู้จัดทำ",
        "chair": "ประธานสถาบัน",
    },
    "en": {
        "household_register": "Register of households and their debt status",
        "debtor_register": "Register of all debtors of the member funds of the institute",
        "household_sheet": "Households",
        "debtor_sheet": "Debtors",
        "fiscal_year": "Fiscal year B.E. {year}",
        "printed_on": "Printed {date}",
        "page": "Page {page}/{pages}",
        "area": "{subdistrict} Subdistrict, {district} District, {province} Province",
        "area_bangkok": "Khwaeng {subdistrict}, Khet {district}, {province}",
        "col_no": "No.",
        "col_house_no": "House no.",
        "col_village_no": "Village no.",
        "col_head_name": "Head of household",
        "col_citizen_id": "Citizen ID",
        "col_members": "Members",
        "col_open_debts": "Open debts",
        "col_total_debt": "Total outstanding (baht)",
        "col_installments": "Monthly installments (baht)",
        "col_worst_overdue": "Worst days overdue",
        "col_remarks": "Remarks",
        "col_debtor": "Debtor",
        "col_contract_no": "Contract no.",
        "col_contract_date": "Contract date",
        "col_principal": "Principal (baht)",
        "col_outstanding": "Outstanding (baht)",
        "col_rate": "Rate (% a year)",
        "col_installment": "Installment (baht)",
        "col_days_overdue": "Days overdue",
        "col_status": "Status",
        "debt_detail": "{creditor}",
        "contract_1hh1c": "1HH1C contract ({lender})",
        "contract": "Contract {no}",
        "dated": "of {date}",
        "households_total": "Total: {n:,} households",
        "fund_subtotal": "Total {fund} ({n:,} debts)",
        "grand_total": "Grand total: {n:,} debts",
        "fund_heading": "{no}. {fund}",
        "no_debtors": "No open debts",
        "no_households": "No households in the register yet",
        "unknown_fund": "Fund not recorded",
        "masked_note": "Note: citizen IDs are partly hidden to protect personal data "
        "(Personal Data Protection Act B.E. 2562).",
        "full_note": "Note: this document shows full citizen IDs; keep it as personal data under the Personal Data "
        "Protection Act B.E. 2562.",
        "masked_footer": "Citizen IDs partly hidden (PDPA)",
        "full_footer": "Contains personal data (PDPA)",
        "sign": "Signed",
        "sign_date": "Date",
        "preparer": "Prepared by",
        "chair": "Chair of the institute",
    },
}

_CREDITOR_KINDS: dict[str, dict[CreditorKind, str]] = {
    "th": {
        CreditorKind.MEMBER_FUND: "กองทุนสมาชิกของสถาบัน",
        CreditorKind.BANK: "ธนาคารพาณิชย์/ออมสิน",
        CreditorKind.BAAC: "ธ.ก.ส.",
        CreditorKind.COOPERATIVE: "สหกรณ์",
        CreditorKind.INFORMAL_LENDER: "เงินกู้นอกระบบ",
        CreditorKind.SHOP: "ร้านค้า (เชื่อสินค้า)",
        CreditorKind.RELATIVE: "ญาติ/เพื่อนบ้าน",
        CreditorKind.OTHER: "เจ้าหนี้อื่น ๆ",
    },
    "en": {
        CreditorKind.MEMBER_FUND: "Member fund",
        CreditorKind.BANK: "Bank",
        CreditorKind.BAAC: "BAAC",
        CreditorKind.COOPERATIVE: "Cooperative",
        CreditorKind.INFORMAL_LENDER: "Informal lender",
        CreditorKind.SHOP: "Shop credit",
        CreditorKind.RELATIVE: "Relative or neighbour",
        CreditorKind.OTHER: "Other creditor",
    },
}


_EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


_ARREARS: dict[str, dict[ArrearsClass, str]] = {
    "th": {
        ArrearsClass.NORMAL: "ปกติ",
        ArrearsClass.SPECIAL_MENTION: "กล่าวถึงเป็นพิเศษ",
        ArrearsClass.SUBSTANDARD: "ต่ำกว่ามาตรฐาน",
        ArrearsClass.DOUBTFUL: "สงสัย",
        ArrearsClass.DOUBTFUL_OF_LOSS: "สงสัยจะสูญ",
    },
    "en": {
        ArrearsClass.NORMAL: "Normal",
        ArrearsClass.SPECIAL_MENTION: "Special mention",
        ArrearsClass.SUBSTANDARD: "Substandard",
        ArrearsClass.DOUBTFUL: "Doubtful",
        ArrearsClass.DOUBTFUL_OF_LOSS: "Doubtful of loss",
    },
}


def show_citizen_id(raw: str, *, full: bool) -> str:
    """A citizen ID for print: masked ``1-xxxx-xxxxx-67-8`` (PDPA, ``citizen_id.mask``) unless ``full``; a
    malformed one is masked too, or printed as stored when ``full``."""
    if not raw:
        return ""
    if not full:
        return mask(raw)
    try:
        return format_citizen_id(raw)
    except DomainError:
        return raw


class InstituteNotFound(LookupError):
    """No live institute has the asked id."""

    code = "institute_not_found"

    def __init__(self, institute_id: str) -> None:
        super().__init__(institute_id)
        self.institute_id = institute_id


@dataclass(frozen=True)
class RegisterHeading:
    """What the title lines and page furniture of a register say."""

    institute_id: str
    institute_name: str
    province: str
    district: str
    subdistrict: str
    area_line: str  # ตำบล… อำเภอ… จังหวัด…
    fiscal_year: int  # B.E.
    printed_on: date
    language: str
    full_citizen_ids: bool

    def text(self, key: str, **params: object) -> str:
        template = LABELS[self.language][key]
        return template.format(**params) if params else template

    def date_text(self, value: date | None, *, style: str = "short") -> str:
        """B.E. with Thai month names in Thai (``5 ก.ค. 2568``); day, month and Gregorian year in English, as on
        the screens (``5 Jul 2025``)."""
        if value is None:
            return ""
        if self.language == "en":
            month = _EN_MONTHS[value.month - 1]
            return f"{value.day} {month if style == 'long' else month[:3]} {value.year}"
        return format_date_be(value, style=style)

    @property
    def fiscal_year_line(self) -> str:
        return self.text("fiscal_year", year=self.fiscal_year)

    @property
    def printed_line(self) -> str:
        return self.text("printed_on", date=self.date_text(self.printed_on, style="long"))

    @property
    def citizen_id_note(self) -> str:
        return self.text("full_note" if self.full_citizen_ids else "masked_note")

    @property
    def citizen_id_footer(self) -> str:
        return self.text("full_footer" if self.full_citizen_ids else "masked_footer")

    def creditor_kind(self, kind: CreditorKind) -> str:
        return _CREDITOR_KINDS[self.language][kind]

    def arrears(self, value: ArrearsClass) -> str:
        return _ARREARS[self.language][value]


@dataclass(frozen=True)
class DebtLine:
    """One open debt as printed: in the debtor register, or under its household in the household register."""

    no: int
    debt_id: str
    household_code: str
    debtor_name: str
    citizen_id: str  # masked or formatted for print
    house_no: str
    village_no: int | None
    creditor: str
    creditor_kind: CreditorKind
    contract_no: str
    contract_date: date | None
    principal: Decimal
    outstanding: Decimal
    interest_rate: Decimal | None  # % a year
    installment: Decimal | None
    days_overdue: int
    arrears: ArrearsClass
    consolidated: bool = False  # the household's signed 1HH1C contract (its balance), not a register debt


@dataclass(frozen=True)
class HouseholdLine:
    no: int
    household_id: str
    code: str
    house_no: str
    village_no: int | None
    village_name: str
    head_name: str
    citizen_id: str  # masked or formatted for print
    members: int
    open_debts: int
    outstanding: Decimal
    monthly_installments: Decimal
    worst_days_overdue: int
    debts: tuple[DebtLine, ...] = ()


@dataclass(frozen=True)
class HouseholdTotals:
    households: int
    members: int
    open_debts: int
    outstanding: Decimal
    monthly_installments: Decimal
    worst_days_overdue: int


@dataclass(frozen=True)
class HouseholdRegister:
    heading: RegisterHeading
    lines: tuple[HouseholdLine, ...]
    totals: HouseholdTotals
    with_debts: bool

    @property
    def title(self) -> str:
        return self.heading.text("household_register")


@dataclass(frozen=True)
class DebtTotals:
    debts: int
    principal: Decimal
    outstanding: Decimal
    installments: Decimal

    @staticmethod
    def of(lines: Sequence[DebtLine]) -> DebtTotals:
        return DebtTotals(
            debts=len(lines),
            principal=sum((d.principal for d in lines), ZERO),
            outstanding=sum((d.outstanding for d in lines), ZERO),
            installments=sum((d.installment or ZERO for d in lines), ZERO),
        )


@dataclass(frozen=True)
class FundGroup:
    fund_id: str | None
    name: str
    lines: tuple[DebtLine, ...]
    subtotal: DebtTotals


@dataclass(frozen=True)
class DebtorRegister:
    heading: RegisterHeading
    groups: tuple[FundGroup, ...]
    totals: DebtTotals

    @property
    def title(self) -> str:
        return self.heading.text("debtor_register")


Register = HouseholdRegister | DebtorRegister


# -- lines of text -------------------------------------------------------------------------------------------------
def format_area_line(*, province_code: str, names: tuple[str, str, str], language: str) -> str:
    """``ตำบล… อำเภอ… จังหวัด…``; in Bangkok ``แขวง… เขต… กรุงเทพมหานคร``."""
    province, district, subdistrict = names
    if province_code == BANGKOK:
        district = district.removeprefix("เขต")  # geothai's Thai names of Bangkok districts carry it
        return LABELS[language]["area_bangkok"].format(subdistrict=subdistrict, district=district, province=province)
    return LABELS[language]["area"].format(subdistrict=subdistrict, district=district, province=province)


_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+|\s+')


def register_file_name(register: Register, suffix: str) -> str:
    """``household-register_<institute>_FY2570.xlsx``: safe on Windows, Thai kept."""
    kind = "household-register" if isinstance(register, HouseholdRegister) else "debtor-register"
    institute = _UNSAFE_IN_FILE_NAMES.sub("-", register.heading.institute_name).strip("-. ")[:80] or "institute"
    return f"{kind}_{institute}_FY{register.heading.fiscal_year}{suffix}"
