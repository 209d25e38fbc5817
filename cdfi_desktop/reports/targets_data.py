"""The target-household list and the participation record forms of one institute and fiscal year, as print-ready
data shared by the PDF and Excel writers.

- the target list (บัญชีรายชื่อครัวเรือนเป้าหมาย): every household on the list in rank order, with its class,
  total debt, debt-service ratio, affordable installment, consolidated term and the reason it is on the list;
- the participation record (แบบบันทึกการเข้าร่วมโครงการการบริหารจัดการหนี้ ๑ ครัวเรือน ๑ สัญญา): one form per
  target household with its members, open debts, money figures, the reason and the consent.

Plain data: ``services/printouts/targets.py`` builds it from ``services.targets`` and ``services.registers`` with
the registers' title facts. Citizen IDs are masked (PDPA).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from cdfi_desktop.domain.classification import Indicators
from cdfi_desktop.domain.enums import Relation
from cdfi_desktop.domain.money import format_baht
from cdfi_desktop.reports.registers_data import RegisterHeading

if TYPE_CHECKING:
    from cdfi_desktop.services import obligations

__all__ = [
    "LABELS",
    "DebtSummaryLine",
    "MemberLine",
    "ParticipationForm",
    "ParticipationForms",
    "TargetLine",
    "TargetList",
    "label_text",
    "targets_file_name",
]


ZERO = Decimal("0.00")

LABELS: dict[str, dict[str, str]] = {
    "th": {
        "target_list": "บัญชีรายชื่อครัวเรือนเป้าหมาย",
        "target_sheet": "ครัวเรือนเป้าหมาย",
        "participation": "แบบบันทึกการเข้าร่วมโครงการ",
        "participation_project": "การบริหารจัดการหนี้ ๑ ครัวเรือน ๑ สัญญา",
        "status_locked": "สถานะรายชื่อ: ล็อกแล้ว เมื่อ {date} โดย {officer}",
        "status_locked_nobody": "สถานะรายชื่อ: ล็อกแล้ว เมื่อ {date}",
        "status_draft": "สถานะรายชื่อ: ร่าง (ยังไม่ล็อก)",
        "count_line": "จำนวน {n} ครัวเรือน (เป้าหมายตามปีงบประมาณ {wanted} ครัวเรือน)",
        "classes_note": "ชั้นลูกหนี้: A ปกติ · B เฝ้าระวัง · C มีปัญหา · D วิกฤต; "
        "DSR = ค่างวดรวมต่อเดือน ÷ รายได้ต่อเดือน; ระยะผ่อน = จำนวนงวดที่สั้นที่สุดที่ผ่อนรวมหนี้ได้",
        "added_by_hand": "(เพิ่มโดยเจ้าหน้าที่)",
        "col_rank": "ลำดับที่",
        "col_code": "เลขทะเบียนครัวเรือน",
        "col_head_name": "ชื่อ-สกุล หัวหน้าครัวเรือน",
        "col_village": "หมู่ที่/บ้าน",
        "col_class": "ชั้น",
        "col_total_debt": "หนี้คงค้างรวม (บาท)",
        "col_dsr": "DSR (%)",
        "col_installment": "ผ่อนได้ต่อเดือน (บาท)",
        "col_term": "ระยะผ่อน (งวด)",
        "col_reason": "เหตุผลที่คัดเลือก",
        "total": "รวม {n} ครัวเรือน",
        "no_targets": "ยังไม่มีรายชื่อครัวเรือนเป้าหมาย",
        "sign": "ลงชื่อ",
        "sign_date": "วันที่",
        "preparer": "ผู้จัดทำ",
        "chair": "ประธานสถาบัน",
        "representative": "ผู้แทนครัวเรือน",
        "committee": "กรรมการสถาบัน",
        "officer": "เจ้าหน้าที่พัฒนาชุมชน",
        "form_no": "ครัวเรือนเป้าหมายลำดับที่ {rank} · เลขทะเบียนครัวเรือน {code}",
        "form_continued": "ครัวเรือนเป้าหมายลำดับที่ {rank} · {name} (ต่อ)",
        "form_continues": "(มีต่อหน้าถัดไป)",
        "section_household": "1. ข้อมูลครัวเรือน",
        "section_debts": "2. ภาระหนี้สินของครัวเรือน",
        "section_reason": "3. เหตุผลที่คัดเลือกเป็นครัวเรือนเป้าหมาย",
        "section_consent": "4. การยินยอมเข้าร่วมโครงการ",
        "head": "หัวหน้าครัวเรือน",
        "address": "ที่อยู่",
        "address_value": "บ้านเลขที่ {house_no} หมู่ที่ {village_no} {village} {area}",
        "representative_label": "ผู้แทนครัวเรือน",
        "members_count": "สมาชิกในครัวเรือน {n} คน",
        "col_no": "ที่",
        "col_name": "ชื่อ-สกุล",
        "col_relation": "ความสัมพันธ์",
        "col_age": "อายุ (ปี)",
        "col_citizen_id": "เลขประจำตัวประชาชน",
        "col_occupation": "อาชีพ",
        "col_creditor": "เจ้าหนี้",
        "col_kind": "ประเภทเจ้าหนี้",
        "col_outstanding": "หนี้คงค้าง (บาท)",
        "col_monthly": "ผ่อน/เดือน (บาท)",
        "col_overdue": "ค้างชำระ (วัน)",
        "debts_total": "รวม {n} สัญญา",
        "no_debts": "ไม่มีหนี้คงค้าง",
        "contract_kind": "สัญญา 1HH1C",
        "contract_creditor": "สัญญารวมหนี้ 1HH1C เลขที่ {no}",
        "contract_line": "สัญญารวมหนี้ ๑ ครัวเรือน ๑ สัญญา เลขที่ {no} ลงนาม {date}: เงินต้น {principal} บาท "
        "ระยะ {term} งวด งวดละ {installment} บาท คงเหลือ {balance} บาท",
        "brought_in_line": "หนี้ที่โอนมารวมในสัญญา: {debts}",
        "brought_in_item": "{creditor} {amount} บาท",
        "money_line": "รายได้ต่อเดือน {income} บาท · รายจ่ายจำเป็น {expenses} บาท · ค่างวดรวม {service} บาทต่อเดือน",
        "class_line": "ภาระหนี้ต่อรายได้ (DSR) {dsr} · ชั้นลูกหนี้ {debtor_class} · "
        "ผ่อนรวมหนี้ได้ไม่เกินเดือนละ {installment} บาท · ระยะผ่อน {term}",
        "term_months": "{n} งวด",
        "no_term": "ผ่อนไม่ได้ภายในระยะที่กำหนด",
        "consent_text": "ข้าพเจ้า {name} ในฐานะผู้แทนครัวเรือน ขอเข้าร่วมโครงการการบริหารจัดการหนี้ ๑ ครัวเรือน ๑ สัญญา "
        'ของ{institute} ปีงบประมาณ พ.ศ. {year} โดยสมัครใจ ยินดีเข้ารับการอบรม "สำนึกดี แผนดี บริหารหนี้ได้" '
        "จัดทำแผนพัฒนาชีวิตครัวเรือน และปฏิบัติตามสัญญาการถ่ายโอนภาระหนี้สินที่ตกลงกับสถาบัน "
        "และยินยอมให้สถาบันและเจ้าหน้าที่กรมการพัฒนาชุมชนเก็บรวบรวม ใช้ และเปิดเผยข้อมูลครัวเรือนและหนี้สินข้างต้น "
        "เพื่อการดำเนินโครงการเท่านั้น ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562",
        "consent_yes": "ยินยอมเข้าร่วมโครงการ",
        "consent_no": "ไม่ยินยอม",
        "enrolled_on": "วันที่เข้าร่วมโครงการ {date}",
        "notes": "หมายเหตุ: {notes}",
        "blank_date": "........../................../..........",
        "printed_on": "วันที่พิมพ์ {date}",
        "page": "หน้า {page}/{pages}",
        "pdpa_footer": "เลขประจำตัวประชาชนแสดงบางส่วน (PDPA)",
    },
    "en": {
        "target_list": "List of target households",
        "target_sheet": "Target households",
        "participation": "Participation record",
        "participation_project": "Debt management: 1 household, 1 contract",
        "status_locked": "List locked on {date} by {officer}",
        "status_locked_nobody": "List locked on {date}",
        "status_draft": "List status: draft (not locked)",
        "count_line": "{n} households (the fiscal year's target: {wanted})",
        "classes_note": "Debtor classes: A normal · B watch · C problem · D critical; DSR = monthly installments ÷ "
        "monthly income; term = the shortest number of months to repay the consolidated debt",
        "added_by_hand": "(added by the officer)",
        "col_rank": "Rank",
        "col_code": "Register no.",
        "col_head_name": "Head of household",
        "col_village": "Village",
        "col_class": "Class",
        "col_total_debt": "Total debt (baht)",
        "col_dsr": "DSR (%)",
        "col_installment": "Affordable a month (baht)",
        "col_term": "Term (months)",
        "col_reason": "Reason",
        "total": "Total: {n} households",
        "no_targets": "No target households yet",
        "sign": "Signed",
        "sign_date": "Date",
        "preparer": "Prepared by",
        "chair": "Chair of the institute",
        "representative": "Household representative",
        "committee": "Institute committee member",
        "officer": "Community development officer",
        "form_no": "Target household no. {rank} · register no. {code}",
        "form_continued": "Target household no. {rank} · {name} (continued)",
        "form_continues": "(continued overleaf)",
        "section_household": "1. Household",
        "section_debts": "2. The household's debts",
        "section_reason": "3. Why the household was selected",
        "section_consent": "4. Consent to take part",
        "head": "Head of household",
        "address": "Address",
        "address_value": "House no. {house_no}, village no. {village_no} {village}, {area}",
        "representative_label": "Representative",
        "members_count": "{n} members",
        "col_no": "No.",
        "col_name": "Name",
        "col_relation": "Relation",
        "col_age": "Age",
        "col_citizen_id": "Citizen ID",
        "col_occupation": "Occupation",
        "col_creditor": "Creditor",
        "col_kind": "Kind of creditor",
        "col_outstanding": "Outstanding (baht)",
        "col_monthly": "A month (baht)",
        "col_overdue": "Days overdue",
        "debts_total": "Total of {n} debts",
        "no_debts": "No open debts",
        "contract_kind": "1HH1C contract",
        "contract_creditor": "1HH1C contract no. {no}",
        "contract_line": "One household, one contract: contract no. {no} signed {date}: principal {principal} baht "
        "over {term} installments of {installment} baht, {balance} baht outstanding",
        "brought_in_line": "Debts brought into the contract: {debts}",
        "brought_in_item": "{creditor} {amount} baht",
        "money_line": "Income {income} baht a month · essential expenses {expenses} baht · installments {service} "
        "baht a month",
        "class_line": "Debt-service ratio (DSR) {dsr} · class {debtor_class} · affordable consolidated installment up "
        "to {installment} baht a month · term {term}",
        "term_months": "{n} months",
        "no_term": "not repayable within the maximum term",
        "consent_text": "I, {name}, as the household's representative, freely join the project \"debt management: "
        '1 household, 1 contract" of {institute} in fiscal year B.E. {year}; I will attend the training '
        '"Good conscience, good plan, debt managed", make the household\'s life-development plan and keep the '
        "debt-transfer contract agreed with the institute; and I consent to the institute and the Community "
        "Development Department collecting, using and disclosing the household and debt data above for the project "
        "only, under the Personal Data Protection Act B.E. 2562.",
        "consent_yes": "Consents to take part",
        "consent_no": "Does not consent",
        "enrolled_on": "Enrolled on {date}",
        "notes": "Notes: {notes}",
        "blank_date": "........../................../..........",
        "printed_on": "Printed {date}",
        "page": "Page {page}/{pages}",
        "pdpa_footer": "Citizen IDs partly hidden (PDPA)",
    },
}

RELATIONS: dict[str, dict[Relation, str]] = {
    "th": {
        Relation.HEAD: "หัวหน้าครัวเรือน",
        Relation.SPOUSE: "คู่สมรส",
        Relation.CHILD: "บุตร",
        Relation.PARENT: "บิดา/มารดา",
        Relation.GRANDCHILD: "หลาน",
        Relation.SIBLING: "พี่น้อง",
        Relation.RELATIVE: "ญาติ",
        Relation.OTHER: "อื่น ๆ",
    },
    "en": {
        Relation.HEAD: "Head",
        Relation.SPOUSE: "Spouse",
        Relation.CHILD: "Child",
        Relation.PARENT: "Parent",
        Relation.GRANDCHILD: "Grandchild",
        Relation.SIBLING: "Sibling",
        Relation.RELATIVE: "Relative",
        Relation.OTHER: "Other",
    },
}


def label_text(language: str, key: str, **params: object) -> str:
    template = LABELS[language][key]
    return template.format(**params) if params else template


@dataclass(frozen=True)
class TargetLine:
    rank: int
    household_id: str
    code: str
    house_no: str
    village_no: int | None
    village: str
    head_name: str
    debtor_class: str  # the class when selected
    total_debt: Decimal
    dsr_pct: Decimal | None
    affordable_installment: Decimal
    term_months: int | None
    proposed: bool
    reason: str  # in the report's language

    @property
    def village_text(self) -> str:
        return " ".join(p for p in (str(self.village_no) if self.village_no is not None else "", self.village) if p)


@dataclass(frozen=True)
class TargetList:
    heading: RegisterHeading
    locked: bool
    locked_at: datetime | None
    locked_by: str
    wanted: int
    lines: tuple[TargetLine, ...]

    def text(self, key: str, **params: object) -> str:
        return label_text(self.heading.language, key, **params)

    @property
    def title(self) -> str:
        return self.text("target_list")

    @property
    def status_line(self) -> str:
        if not self.locked:
            return self.text("status_draft")
        day = self.heading.date_text(self.locked_at.date() if self.locked_at else None, style="long")
        if self.locked_by:
            return self.text("status_locked", date=day, officer=self.locked_by)
        return self.text("status_locked_nobody", date=day)

    @property
    def count_line(self) -> str:
        return self.text("count_line", n=len(self.lines), wanted=self.wanted)

    @property
    def total_debt(self) -> Decimal:
        return sum((line.total_debt for line in self.lines), ZERO)

    @property
    def total_installments(self) -> Decimal:
        return sum((line.affordable_installment for line in self.lines), ZERO)


@dataclass(frozen=True)
class MemberLine:
    no: int
    name: str
    relation: str
    age: int | None
    citizen_id: str  # masked
    occupation: str


@dataclass(frozen=True)
class DebtSummaryLine:
    no: int
    creditor: str
    kind: str
    outstanding: Decimal
    installment: Decimal
    days_overdue: int
    consolidated: bool = False  # the household's signed 1HH1C contract, not a register debt


@dataclass(frozen=True)
class ParticipationForm:
    rank: int
    household_id: str
    code: str
    head_name: str
    house_no: str
    village_no: int | None
    village: str
    representative_name: str
    members: tuple[MemberLine, ...]
    debts: tuple[DebtSummaryLine, ...]
    indicators: Indicators | None
    debtor_class: str
    affordable_installment: Decimal
    term_months: int | None
    reason: str
    enrolled_on: date | None
    consent_given: bool
    signed_on: date | None
    notes: str
    contracts: tuple[obligations.SignedContract, ...] = ()  # the 1HH1C contract the debts brought in became

    @property
    def total_outstanding(self) -> Decimal:
        return sum((d.outstanding for d in self.debts), ZERO)

    @property
    def total_installments(self) -> Decimal:
        return sum((d.installment for d in self.debts), ZERO)


@dataclass(frozen=True)
class ParticipationForms:
    heading: RegisterHeading
    forms: tuple[ParticipationForm, ...]

    def text(self, key: str, **params: object) -> str:
        return label_text(self.heading.language, key, **params)

    @property
    def title(self) -> str:
        return self.text("participation")

    def relation(self, value: Relation) -> str:
        return RELATIONS[self.heading.language][value]

    def address(self, form: ParticipationForm) -> str:
        return self.text(
            "address_value",
            house_no=form.house_no or "-",
            village_no=form.village_no if form.village_no is not None else "-",
            village=form.village,
            area=self.heading.area_line,
        )

    def money_line(self, form: ParticipationForm) -> str:
        ind = form.indicators
        if ind is None:
            return ""
        return self.text(
            "money_line",
            income=format_baht(ind.income),
            expenses=format_baht(ind.essential_expenses),
            service=format_baht(ind.monthly_debt_service),
        )

    def class_line(self, form: ParticipationForm) -> str:
        term = self.text("term_months", n=form.term_months) if form.term_months else self.text("no_term")
        dsr = form.indicators.dsr_pct if form.indicators else None
        return self.text(
            "class_line",
            dsr="–" if dsr is None else f"{dsr:,.2f}%",
            debtor_class=form.debtor_class,
            installment=format_baht(form.affordable_installment),
            term=term,
        )

    def contract_lines(self, form: ParticipationForm) -> list[str]:
        """The 1HH1C contract the household signed: its figures, then the debts it brought in."""
        lines = []
        for c in form.contracts:
            lines.append(
                self.text(
                    "contract_line",
                    no=c.contract_no,
                    date=self.heading.date_text(c.signing_date, style="short") if c.signing_date else "-",
                    principal=format_baht(c.principal),
                    term=c.term_months,
                    installment=format_baht(c.installment),
                    balance=format_baht(c.balance),
                )
            )
            if c.brought_in:
                items = [
                    self.text(
                        "brought_in_item", creditor=b.creditor or b.contract_no or "-", amount=format_baht(b.amount)
                    )
                    for b in c.brought_in
                ]
                lines.append(self.text("brought_in_line", debts=" · ".join(items)))
        return lines

    def consent_text(self, form: ParticipationForm) -> str:
        return self.text(
            "consent_text",
            name=form.representative_name or "." * 40,
            institute=self.heading.institute_name,
            year=self.heading.fiscal_year,
        )


def targets_file_name(heading: RegisterHeading, kind: str, suffix: str) -> str:
    """``target-households_<institute>_FY2570.pdf``: safe on Windows, Thai kept."""
    institute = "".join(
        "-" if ch in '\\/:*?"<>|' or ch.isspace() or ord(ch) < 32 else ch for ch in heading.institute_name
    )
    institute = "-".join(p for p in institute.split("-") if p).strip(". ")[:80] or "institute"
    return f"{kind}_{institute}_FY{heading.fiscal_year}{suffix}"
