"""The synced tables as officers know them, in Thai and English: one list for the screens, the commands and the
import report ("what is waiting to be sent", a bundle's counts, a report's lines)."""

from __future__ import annotations

# table name → (Thai, English). Parents before children, as bundles send them; then the audit trail and the files.
TABLE_NAMES: dict[str, tuple[str, str]] = {
    "institute": ("สถาบัน", "Institutes"),
    "village": ("หมู่บ้าน", "Villages"),
    "fiscal_year_profile": ("ค่ากำหนดปีงบประมาณ", "Fiscal-year settings"),
    "member_fund": ("กองทุนสมาชิก", "Member funds"),
    "committee_member": ("กรรมการสถาบัน", "Committee members"),
    "program_activity": ("กิจกรรมโครงการ", "Program activities"),
    "household": ("ครัวเรือน", "Households"),
    "household_member": ("สมาชิกครัวเรือน", "Household members"),
    "household_finance": ("รายรับรายจ่ายครัวเรือน", "Household income and expenses"),
    "debt": ("หนี้สิน", "Debts"),
    "debt_guarantor": ("ผู้ค้ำประกันหนี้", "Debt guarantors"),
    "debt_status_change": ("การเปลี่ยนสถานะหนี้", "Debt status changes"),
    "target_selection": ("การคัดเลือกครัวเรือนเป้าหมาย", "Target selections"),
    "target_household": ("ครัวเรือนเป้าหมาย", "Target households"),
    "target_change": ("การเปลี่ยนแปลงรายชื่อครัวเรือนเป้าหมาย", "Changes to the target list"),
    "participation_record": ("แบบบันทึกการเข้าร่วมโครงการ", "Participation records"),
    "training_course": ("หลักสูตรอบรม", "Training courses"),
    "training_day": ("วันอบรม", "Training days"),
    "training_participant": ("ผู้เข้าอบรม", "Training participants"),
    "training_attendance": ("การเข้าอบรม", "Training attendance"),
    "institute_plan": ("แผนจัดการหนี้", "Debt-management plans"),
    "plan_project": ("โครงการในแผน", "Plan projects"),
    "budget_line": ("รายการงบประมาณ", "Budget lines"),
    "consolidation_contract": ("สัญญา ๑ ครัวเรือน ๑ สัญญา", "1HH1C contracts"),
    "contract_party": ("คู่สัญญา", "Contract parties"),
    "schedule_line": ("งวดชำระตามตาราง", "Repayment schedule lines"),
    "transfer_line": ("หนี้ที่โอนเข้าสัญญา", "Debts transferred"),
    "repayment": ("การชำระคืน", "Repayments"),
    "life_development_plan": ("แผนพัฒนาชีวิตครัวเรือน", "Life-development plans"),
    "life_plan_item": ("รายการในแผนพัฒนาชีวิต", "Life-plan items"),
    "life_plan_follow_up": ("การติดตามผล", "Follow-up visits"),
    "report_round": ("รอบรายงาน", "Report rounds"),
    "attachment": ("ไฟล์แนบ", "Attachments"),
    "attachment_link": ("การอ้างถึงไฟล์แนบ", "Attachment links"),
    "audit_log": ("ประวัติการแก้ไขข้อมูล", "Audit trail entries"),
    "attachment_files": ("ไฟล์แนบ (ตัวไฟล์)", "Attached files"),
}


def table_name(name: str, language: str = "th") -> str:
    """A synced table's name in ``language``; the table's own name for one this list does not know."""
    names = TABLE_NAMES.get(name)
    if names is None:
        return name
    return names[1] if language == "en" else names[0]


def in_sending_order(names: list[str]) -> list[str]:
    """Table names in the order bundles send them; names this list does not know last, by name."""
    order = {name: index for index, name in enumerate(TABLE_NAMES)}
    return sorted(names, key=lambda n: (order.get(n, len(order)), n))
