"""What the 1HH1C report round's printouts say: the texts (Thai, English), the title facts and the file names.

Everything printed comes from a ``services.report_rounds.RoundView``: for a submitted round that is its frozen
snapshot (hash checked), never the data as it stands now, and the printouts carry the submission's date instead of
the printing day, so printing a submitted round again gives the same bytes. A draft says so on every page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from cdfi_desktop.domain.money import format_baht
from cdfi_desktop.domain.thai_date import THAI_MONTHS, be_year, format_date_be
from cdfi_desktop.messages import message
from cdfi_desktop.reports.registers_data import format_area_line

if TYPE_CHECKING:
    from cdfi_desktop.services import report_rounds as svc

__all__ = ["LABELS", "RoundReport", "round_file_name", "round_report"]

# A contract's standing in the round, named as services.report_rounds names it (a test checks they agree).
CURRENT, IN_ARREARS, PAID_OFF = "current", "in_arrears", "paid_off"


LABELS: dict[str, dict[str, str]] = {
    "th": {
        "form_title": "แบบรายงานการบริหารจัดการหนี้ไปสู่ ๑ ครัวเรือน ๑ สัญญา",
        "register_title": "ทะเบียนการบริหารจัดการหนี้ไปสู่ ๑ ครัวเรือน ๑ สัญญา",
        "round_line": "รายงานรอบที่ {round_no} (เดือน{month} {year})  ข้อมูล ณ วันที่ {as_of}",
        "round_short": "รอบที่ {round_no} เดือน{month} {year}",
        "fiscal_year": "ปีงบประมาณ พ.ศ. {year}",
        "draft_mark": "ร่าง – ยังไม่ได้ส่งรายงาน ตัวเลขอาจเปลี่ยนแปลง",
        "draft": "ร่าง",
        "submitted_line": "ส่งรายงานเมื่อ {date} โดย {officer}",
        "printed_on": "วันที่พิมพ์ {date}",
        "hash_line": "รหัสตรวจสอบ SHA-256 {hash}",
        "page": "หน้า {page}/{pages}",
        "section_households": "1. ครัวเรือนเป้าหมายและการบริหารจัดการหนี้ไปสู่ ๑ ครัวเรือน ๑ สัญญา",
        "section_amounts": "2. ยอดหนี้ก่อนและหลังการบริหารจัดการหนี้",
        "section_sources": "3. หนี้ที่ถ่ายโอนจำแนกตามแหล่งเงินกู้เดิม",
        "section_repayment": "4. สถานะการชำระหนี้ตามสัญญา",
        "section_criteria": "5. ตัวชี้วัดความสำเร็จของสถาบัน (๕ เกณฑ์)",
        "section_compare": "{no}. เปรียบเทียบกับรายงานรอบที่ {round_no} (ข้อมูล ณ วันที่ {as_of})",
        "section_compare_none": "{no}. เปรียบเทียบกับรายงานรอบก่อน",
        "no_previous": "ยังไม่มีรายงานรอบก่อนที่ส่งแล้ว",
        "target_households": "จำนวนครัวเรือนเป้าหมาย",
        "households_1hh1c": "ครัวเรือนที่บริหารจัดการหนี้ไปสู่ ๑ ครัวเรือน ๑ สัญญาแล้ว",
        "contracts": "จำนวนสัญญาการถ่ายโอนภาระหนี้สิน",
        "minimum": "เกณฑ์ขั้นต่ำ (อย่างน้อย {count} ครัวเรือนต่อสถาบัน)",
        "minimum_met": "ผ่านเกณฑ์",
        "minimum_short": "ยังขาดอีก {count} ครัวเรือน",
        "households_count": "{count} ครัวเรือน",
        "contracts_count": "{count} สัญญา",
        "debts_count": "{count} รายการ",
        "of_target": "{count} ครัวเรือน (ร้อยละ {pct} ของเป้าหมาย)",
        "col_item": "รายการ",
        "col_amount": "จำนวนเงิน (บาท)",
        "col_count": "จำนวน",
        "col_share": "ร้อยละ",
        "col_result": "ผล",
        "col_previous": "รอบก่อน",
        "col_this_round": "รอบนี้",
        "col_change": "เปลี่ยนแปลง",
        "debt_before": "ยอดหนี้เดิมที่ถ่ายโอน (เงินต้น ดอกเบี้ย ค่าปรับ)",
        "waived": "ดอกเบี้ยและค่าปรับที่เจ้าหนี้ยกให้",
        "principal": "เงินต้นตามสัญญาใหม่ (ยอดหนี้หลังการบริหารจัดการ)",
        "paid": "ชำระคืนแล้ว",
        "balance": "เงินต้นคงเหลือ",
        "arrears": "ค้างชำระ",
        "debt_service_before": "ภาระผ่อนชำระต่อเดือนก่อนทำสัญญา (รวมทุกครัวเรือน)",
        "debt_service_after": "ภาระผ่อนชำระต่อเดือนหลังทำสัญญา (รวมทุกครัวเรือน)",
        "source_inside_institute": "กลุ่ม/กองทุนที่เป็นสมาชิกของสถาบัน",
        "source_other_formal": "แหล่งเงินกู้ในระบบอื่น (ธนาคาร ธ.ก.ส. สหกรณ์ ฯลฯ)",
        "source_informal": "หนี้นอกระบบ",
        "total": "รวม",
        "standing_current": "ชำระตามกำหนด",
        "standing_in_arrears": "ค้างชำระ",
        "standing_paid_off": "ชำระครบแล้ว",
        "arrears_amount": "ยอดค้างชำระรวม",
        "class_improved": "ครัวเรือนที่ประเภทลูกหนี้ดีขึ้นหลังทำสัญญา",
        "criterion_passed": "ผ่าน",
        "criterion_failed": "ไม่ผ่าน",
        "criterion_1": "สำรวจ/จัดทำทะเบียนลูกหนี้ครัวเรือน",
        "criterion_2": "วิเคราะห์ข้อมูลและจัดประเภทลูกหนี้",
        "criterion_3": "ปรับโครงสร้างหนี้ของครัวเรือนเป้าหมาย",
        "criterion_4": "สถาบันมีแผนการบริหารจัดการหนี้",
        "criterion_5": "บริหารจัดการหนี้ไปสู่ ๑ ครัวเรือน ๑ สัญญา อย่างน้อย {count} ครัวเรือน",
        "households_at": "ครัวเรือนที่ทำสัญญาแล้ว",
        "in_arrears_households": "ครัวเรือนที่ค้างชำระ",
        "added": "ครัวเรือนที่ทำสัญญาเพิ่มในรอบนี้ ({count} ครัวเรือน)",
        "gone": "ครัวเรือนที่ไม่อยู่ในรายงานรอบนี้ ({count} ครัวเรือน)",
        "arrears_changed": "ครัวเรือนที่ยอดค้างชำระเปลี่ยนไป ({count} ครัวเรือน)",
        "change_line": "{code} {name}: {before} → {after} บาท",
        "added_line": "{code} {name}: เงินต้นคงเหลือ {after} บาท",
        "no_change": "ไม่มีการเปลี่ยนแปลง",
        "col_no": "ลำดับที่",
        "col_household": "เลขทะเบียน",
        "col_head_name": "ชื่อ-สกุล หัวหน้าครัวเรือน",
        "col_address": "บ้านเลขที่/หมู่ที่",
        "col_contract_no": "เลขที่สัญญา",
        "col_signing_date": "วันที่ทำสัญญา",
        "col_creditors": "เจ้าหนี้เดิมและยอดที่ถ่ายโอน (บาท)",
        "col_debt_before": "ยอดหนี้เดิม (บาท)",
        "col_principal": "เงินต้นสัญญาใหม่ (บาท)",
        "col_installment": "ค่างวดต่อเดือน (บาท)",
        "col_term": "จำนวนงวด (เดือน)",
        "col_paid": "ชำระแล้ว (บาท)",
        "col_balance": "คงเหลือ (บาท)",
        "col_arrears": "ค้างชำระ (บาท)",
        "col_status": "สถานะ",
        "address": "{house_no} ม.{village_no}",
        "amends": "แก้ไขสัญญา {contract_no}",
        "second_contract": "สัญญาที่สองของครัวเรือน",
        "days_overdue": "ค้าง {days} วัน",
        "no_lines": "ยังไม่มีครัวเรือนเป้าหมายที่ทำสัญญาการถ่ายโอนภาระหนี้สิน",
        "register_total": "รวม {count} ครัวเรือน {contracts} สัญญา",
        "sign": "ลงชื่อ",
        "sign_date": "วันที่",
        "reporter": "พัฒนากรผู้รายงาน",
        "reporter_short": "ผู้รายงาน",
        "chair_short": "ประธานกรรมการสถาบัน",
        "chair": "ประธานคณะกรรมการสถาบัน",
        "form_sheet": "แบบรายงาน",
        "register_sheet": "ทะเบียน",
        "file_form": "แบบรายงาน1ครัวเรือน1สัญญา",
        "file_register": "ทะเบียน1ครัวเรือน1สัญญา",
        "file_book": "รายงาน1ครัวเรือน1สัญญา",
        "file_round": "รอบ{round_no}",
        "file_draft": "ร่าง",
    },
    "en": {
        "form_title": "1 household 1 contract debt-management report form",
        "register_title": "Register of debt management to 1 household 1 contract",
        "round_line": "Round {round_no} ({month} {year}), figures as of {as_of}",
        "round_short": "Round {round_no}, {month} {year}",
        "fiscal_year": "Fiscal year B.E. {year}",
        "draft_mark": "DRAFT – not submitted, figures may change",
        "draft": "Draft",
        "submitted_line": "Submitted {date} by {officer}",
        "printed_on": "Printed {date}",
        "hash_line": "SHA-256 {hash}",
        "page": "Page {page}/{pages}",
        "section_households": "1. Target households and households at 1 household 1 contract",
        "section_amounts": "2. Debt before and after debt management",
        "section_sources": "3. Debts transferred by former source",
        "section_repayment": "4. Repayment of the contracts",
        "section_criteria": "5. The institute's five criteria",
        "section_compare": "{no}. Compared with round {round_no} (as of {as_of})",
        "section_compare_none": "{no}. Compared with the previous round",
        "no_previous": "No earlier round has been submitted",
        "target_households": "Target households",
        "households_1hh1c": "Households at 1 household 1 contract",
        "contracts": "Debt-transfer contracts",
        "minimum": "Minimum (at least {count} households per institute)",
        "minimum_met": "Met",
        "minimum_short": "{count} households short",
        "households_count": "{count} households",
        "contracts_count": "{count} contracts",
        "debts_count": "{count} debts",
        "of_target": "{count} households ({pct} % of the target)",
        "col_item": "Item",
        "col_amount": "Amount (baht)",
        "col_count": "Number",
        "col_share": "%",
        "col_result": "Result",
        "col_previous": "Previous",
        "col_this_round": "This round",
        "col_change": "Change",
        "debt_before": "Former debts transferred (principal, interest, penalty)",
        "waived": "Interest and penalty waived by creditors",
        "principal": "Principal of the new contracts (debt after management)",
        "paid": "Repaid so far",
        "balance": "Principal outstanding",
        "arrears": "In arrears",
        "debt_service_before": "Monthly debt service before the contracts (all households)",
        "debt_service_after": "Monthly debt service after the contracts (all households)",
        "source_inside_institute": "Member funds of the institute",
        "source_other_formal": "Other formal lenders (banks, BAAC, cooperatives…)",
        "source_informal": "Informal lenders",
        "total": "Total",
        "standing_current": "Paying on schedule",
        "standing_in_arrears": "In arrears",
        "standing_paid_off": "Paid off",
        "arrears_amount": "Arrears in all",
        "class_improved": "Households whose debtor class improved",
        "criterion_passed": "Passed",
        "criterion_failed": "Not passed",
        "criterion_1": "Household debtors surveyed and registered",
        "criterion_2": "Debtor data analysed and debtors classified",
        "criterion_3": "Debts of the target households restructured",
        "criterion_4": "The institute has a debt-management plan",
        "criterion_5": "At least {count} households at 1 household 1 contract",
        "households_at": "Households with a contract",
        "in_arrears_households": "Households in arrears",
        "added": "Households with a new contract this round ({count})",
        "gone": "Households no longer in the report ({count})",
        "arrears_changed": "Households whose arrears changed ({count})",
        "change_line": "{code} {name}: {before} → {after} baht",
        "added_line": "{code} {name}: {after} baht outstanding",
        "no_change": "No change",
        "col_no": "No.",
        "col_household": "Register no.",
        "col_head_name": "Head of household",
        "col_address": "House / village",
        "col_contract_no": "Contract no.",
        "col_signing_date": "Signed",
        "col_creditors": "Former creditors and amounts transferred (baht)",
        "col_debt_before": "Former debt (baht)",
        "col_principal": "New principal (baht)",
        "col_installment": "Monthly installment (baht)",
        "col_term": "Term (months)",
        "col_paid": "Repaid (baht)",
        "col_balance": "Outstanding (baht)",
        "col_arrears": "Arrears (baht)",
        "col_status": "Status",
        "address": "{house_no} v.{village_no}",
        "amends": "amends {contract_no}",
        "second_contract": "household's second contract",
        "days_overdue": "{days} days overdue",
        "no_lines": "No target household has signed a debt-transfer contract yet",
        "register_total": "Total: {count} households, {contracts} contracts",
        "sign": "Signed",
        "sign_date": "Date",
        "reporter": "Community development officer (reporting)",
        "reporter_short": "Reporting officer",
        "chair_short": "Committee chair",
        "chair": "Chair of the institute committee",
        "form_sheet": "Report form",
        "register_sheet": "Register",
        "file_form": "1HH1C-report-form",
        "file_register": "1HH1C-register",
        "file_book": "1HH1C-report",
        "file_round": "round{round_no}",
        "file_draft": "draft",
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
_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+|\s+')
BANGKOK_TZ_HOURS = 7


@dataclass(frozen=True)
class RoundReport:
    """A round ready to print: its view (frozen or draft) and the language."""

    view: svc.RoundView
    language: str
    printed_on: date  # only a draft prints it; a submitted round carries its submission instead

    def text(self, key: str, **params: object) -> str:
        template = LABELS[self.language][key]
        return template.format(**params) if params else template

    @property
    def heading(self) -> svc.RoundHeading:
        return self.view.figures.heading

    @property
    def figures(self) -> svc.RoundFigures:
        return self.view.figures

    @property
    def draft(self) -> bool:
        return not self.view.submitted

    def date_text(self, value: date | None, *, style: str = "short") -> str:
        if value is None:
            return ""
        if self.language == "en":
            month = _EN_MONTHS[value.month - 1]
            return f"{value.day} {month if style == 'long' else month[:3]} {value.year}"
        return format_date_be(value, style=style)

    def money(self, value: Decimal) -> str:
        return format_baht(value)

    @property
    def area_line(self) -> str:
        h = self.heading
        return format_area_line(province_code=h.province_code, names=h.area(self.language), language=self.language)

    @property
    def fiscal_year_line(self) -> str:
        return self.text("fiscal_year", year=self.heading.fiscal_year)

    @property
    def month_name(self) -> str:
        month = self.heading.month
        return THAI_MONTHS[month - 1] if self.language == "th" else _EN_MONTHS[month - 1]

    @property
    def month_year(self) -> int:
        year = self.heading.month_year_ce
        return be_year(year) if self.language == "th" else year

    @property
    def round_line(self) -> str:
        h = self.heading
        as_of = self.date_text(h.as_of, style="long")
        return self.text("round_line", round_no=h.round_no, month=self.month_name, year=self.month_year, as_of=as_of)

    @property
    def round_short(self) -> str:
        return self.text("round_short", round_no=self.heading.round_no, month=self.month_name, year=self.month_year)

    @property
    def submitted_on(self) -> date | None:
        """The submission day in Thailand (UTC+7), as the officer saw it."""
        at = self.view.submitted_at
        if at is None:
            return None
        local = at.astimezone(UTC).timestamp() + BANGKOK_TZ_HOURS * 3600
        return datetime.fromtimestamp(local, UTC).date()

    @property
    def status_line(self) -> str:
        """The footer's left: when and by whom it was submitted, or the printing day of a draft."""
        if self.submitted_on is not None:
            return self.text(
                "submitted_line", date=self.date_text(self.submitted_on, style="long"), officer=self.view.submitted_by
            )
        return f"{self.text('draft')} · " + self.text("printed_on", date=self.date_text(self.printed_on, style="long"))

    @property
    def hash_line(self) -> str:
        return self.text("hash_line", hash=self.view.sha256[:16]) if self.view.sha256 else self.text("draft_mark")

    @property
    def document_date(self) -> datetime:
        """The date the files carry in their properties: the submission, or the round's day for a draft."""
        return self.view.document_date

    def standing(self, value: str) -> str:
        return self.text(f"standing_{value}")

    def source(self, value: str) -> str:
        return self.text(f"source_{value}")

    def address(self, line: svc.RegisterLine) -> str:
        if line.village_no is None:
            return line.house_no
        return self.text("address", house_no=line.house_no or "-", village_no=line.village_no)

    def status_text(self, line: svc.RegisterLine) -> str:
        parts = [self.standing(line.standing)]
        if line.days_overdue:
            parts.append(self.text("days_overdue", days=line.days_overdue))
        if line.amends_contract_no:
            parts.append(self.text("amends", contract_no=line.amends_contract_no))
        if line.second_contract:
            parts.append(self.text("second_contract"))
        return "\n".join(parts)

    def criterion(self, item: svc.Criterion) -> str:
        key = f"criterion_{item.no}"
        if key in LABELS[self.language]:
            return self.text(key, count=self.figures.totals.min_households)
        return item.code

    def criterion_reason(self, item: svc.Criterion) -> str:
        """Why the criterion passed or not (the indicators' main reason), in the report's language."""
        return message(item.reason_code, self.language, **item.params) if item.reason_code else ""

    def criterion_label(self, item: svc.Criterion) -> str:
        reason = self.criterion_reason(item)
        return f"{item.no}. {self.criterion(item)}" + (f"\n{reason}" if reason else "")

    def pct(self, part: Decimal | int, whole: Decimal | int) -> str:
        if not whole:
            return "-"
        return f"{(Decimal(part) * 100 / Decimal(whole)).quantize(Decimal('0.01')):,.2f}"

    def signed_change(self, before: Decimal, after: Decimal) -> str:
        delta = after - before
        if delta == 0:
            return "-"
        return ("+" if delta > 0 else "−") + format_baht(abs(delta))

    def count_change(self, before: int, after: int) -> str:
        delta = after - before
        return "-" if delta == 0 else f"{delta:+d}"


def round_report(view: svc.RoundView, *, language: str = "th", printed_on: date) -> RoundReport:
    return RoundReport(view=view, language=language if language in LABELS else "th", printed_on=printed_on)


def round_file_name(report: RoundReport, key: str, suffix: str) -> str:
    """``แบบรายงาน1ครัวเรือน1สัญญา_<institute>_FY2570_รอบ1.pdf`` (``_ร่าง`` for a draft): safe on Windows."""
    institute = _UNSAFE_IN_FILE_NAMES.sub("-", report.heading.institute_name).strip("-. ")[:80] or "institute"
    parts = [
        report.text(key),
        institute,
        f"FY{report.heading.fiscal_year}",
        report.text("file_round", round_no=report.heading.round_no),
    ]
    if report.draft:
        parts.append(report.text("file_draft"))
    return "_".join(parts) + suffix
