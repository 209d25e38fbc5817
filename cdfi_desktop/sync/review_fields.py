"""The fields of a review case as officers read them: each column's label (Thai, English) and a link to another
record shown as that record is known (a name, a house number).
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from cdfi_desktop.db.models.sync import SyncConflict

_LABELS: dict[str, tuple[str, str]] = {  # every column of the synced tables, as the screens name it
    "action": ("การดำเนินการ", "Action"),
    "address": ("ที่อยู่", "Address"),
    "affordability_k": ("สัดส่วนความสามารถชำระ", "Affordability factor"),
    "amends_contract_id": ("สัญญาที่แก้ไข", "Contract amended"),
    "amount": ("จำนวนเงิน", "Amount"),
    "amount_monthly": ("จำนวนเงินต่อเดือน", "Monthly amount"),
    "amount_transferred": ("จำนวนเงินที่โอน", "Amount transferred"),
    "apr": ("อัตราดอกเบี้ยต่อปี", "Annual rate"),
    "arrears_problem_days": ("วันค้างชำระ (มีปัญหา)", "Days overdue (problem)"),
    "arrears_watch_days": ("วันค้างชำระ (เฝ้าระวัง)", "Days overdue (watch)"),
    "attachment_id": ("ไฟล์แนบ", "Attachment"),
    "attendees": ("ผู้เข้าร่วม", "Attendees"),
    "balance_after": ("ยอดคงเหลือหลังชำระ", "Balance after"),
    "birth_date": ("วันเกิด", "Birth date"),
    "borrower_member_id": ("ผู้กู้", "Borrower"),
    "budget": ("งบประมาณ", "Budget"),
    "bylaw_notes": ("หมายเหตุระเบียบ", "Bylaw notes"),
    "can_lend": ("ให้กู้ได้", "Can lend"),
    "capital": ("เงินทุน", "Capital"),
    "caption": ("คำอธิบายภาพ", "Caption"),
    "category": ("หมวด", "Category"),
    "changed_on": ("วันที่เปลี่ยน", "Changed on"),
    "citizen_id": ("เลขประจำตัวประชาชน", "Citizen ID"),
    "class_at_selection": ("ระดับหนี้เมื่อคัดเลือก", "Class at selection"),
    "closed_date": ("วันที่ปิด", "Closed on"),
    "code": ("รหัส", "Code"),
    "cohort": ("รุ่น", "Cohort"),
    "cohort_fiscal_year": ("ปีงบประมาณที่เข้าร่วม", "Cohort year"),
    "consent_given": ("ให้ความยินยอม", "Consent given"),
    "content_hash": ("ค่าแฮชของเนื้อหา", "Content hash"),
    "contract_date": ("วันที่ทำสัญญา", "Contract date"),
    "contract_id": ("สัญญา", "Contract"),
    "contract_no": ("เลขที่สัญญา", "Contract no."),
    "core_fund_id": ("กองทุนหลัก", "Core fund"),
    "course_id": ("หลักสูตร", "Course"),
    "creditor_kind": ("ประเภทเจ้าหนี้", "Creditor type"),
    "creditor_name": ("ชื่อเจ้าหนี้", "Creditor"),
    "creditors_watch": ("จำนวนเจ้าหนี้ (เฝ้าระวัง)", "Creditors (watch)"),
    "day_id": ("วันอบรม", "Training day"),
    "day_no": ("วันที่ (ลำดับ)", "Day no."),
    "days_count": ("จำนวนวัน", "Days"),
    "days_overdue": ("จำนวนวันค้างชำระ", "Days overdue"),
    "debt_id": ("หนี้", "Debt"),
    "debtor_member_id": ("ลูกหนี้", "Debtor"),
    "deleted_at": ("ลบเมื่อ", "Removed at"),
    "description": ("รายละเอียด", "Description"),
    "district_code": ("รหัสอำเภอ", "District code"),
    "done_date": ("วันที่เสร็จ", "Done on"),
    "down_payment": ("เงินดาวน์", "Down payment"),
    "dsr_problem_pct": ("DSR มีปัญหา (%)", "DSR problem (%)"),
    "dsr_watch_pct": ("DSR เฝ้าระวัง (%)", "DSR watch (%)"),
    "due_date": ("วันครบกำหนด", "Due date"),
    "early_payment_interest": ("ดอกเบี้ยเมื่อชำระก่อนกำหนด", "Early payment interest"),
    "end_date": ("วันสิ้นสุด", "End date"),
    "enrolled_on": ("วันที่ลงทะเบียน", "Enrolled on"),
    "evidence_kind": ("ประเภทหลักฐาน", "Evidence type"),
    "filename": ("ชื่อไฟล์", "File name"),
    "first_due_date": ("วันครบกำหนดงวดแรก", "First due date"),
    "first_name": ("ชื่อ", "First name"),
    "fiscal_year": ("ปีงบประมาณ", "Fiscal year"),
    "founded_date": ("วันที่ก่อตั้ง", "Founded on"),
    "founding_date": ("วันที่ก่อตั้ง", "Founded on"),
    "from_status": ("สถานะเดิม", "From status"),
    "full_name": ("ชื่อ-นามสกุล", "Full name"),
    "fund_type": ("ประเภทกองทุน", "Fund type"),
    "goals": ("เป้าหมาย", "Goals"),
    "gross_payoff": ("ยอดปิดหนี้รวม", "Gross payoff"),
    "held_on": ("วันที่จัด", "Held on"),
    "house_no": ("บ้านเลขที่", "House no."),
    "household_id": ("ครัวเรือน", "Household"),
    "households_served": ("จำนวนครัวเรือนที่ได้รับบริการ", "Households served"),
    "installment": ("ค่างวด", "Installment"),
    "installment_step": ("ปัดค่างวด", "Installment step"),
    "institute_id": ("สถาบัน", "Institute"),
    "institute_pass_goal_pct": ("เป้าหมายสถาบันผ่านเกณฑ์ (%)", "Institute pass goal (%)"),
    "interest": ("ดอกเบี้ย", "Interest"),
    "interest_rate": ("อัตราดอกเบี้ย", "Interest rate"),
    "interest_waived": ("ดอกเบี้ยที่ยกเว้น", "Interest waived"),
    "is_head": ("หัวหน้าครัวเรือน", "Head of household"),
    "item": ("รายการ", "Item"),
    "kind": ("ประเภท", "Kind"),
    "last_name": ("นามสกุล", "Last name"),
    "lender_fund_id": ("กองทุนผู้ให้กู้", "Lending fund"),
    "lender_kind": ("ประเภทผู้ให้กู้", "Lender type"),
    "lending_limit": ("วงเงินให้กู้", "Lending limit"),
    "level": ("ระดับ", "Level"),
    "locked_at": ("ล็อกเมื่อ", "Locked at"),
    "locked_by": ("ล็อกโดย", "Locked by"),
    "made_on": ("วันที่ทำ", "Made on"),
    "max_term_months": ("ระยะเวลาสูงสุด (เดือน)", "Longest term (months)"),
    "media_type": ("ชนิดไฟล์", "Media type"),
    "meeting_date": ("วันประชุม", "Meeting date"),
    "meeting_place": ("สถานที่ประชุม", "Meeting place"),
    "member_fund_id": ("กองทุนสมาชิก", "Member fund"),
    "member_id": ("สมาชิก", "Member"),
    "members_count": ("จำนวนสมาชิก", "Members"),
    "method": ("วิธี", "Method"),
    "min_days_to_complete": ("จำนวนวันขั้นต่ำที่ผ่าน", "Days to complete"),
    "min_households_1hh1c": ("ครัวเรือนขั้นต่ำ ๑ ครัวเรือน ๑ สัญญา", "Least 1HH1C households"),
    "minutes": ("บันทึกการประชุม", "Minutes"),
    "name": ("ชื่อ", "Name"),
    "national_goal_households": ("เป้าหมายครัวเรือนระดับประเทศ", "National household goal"),
    "note": ("หมายเหตุ", "Note"),
    "notes": ("หมายเหตุ", "Notes"),
    "objective": ("วัตถุประสงค์", "Objective"),
    "occupation": ("อาชีพ", "Occupation"),
    "officer": ("เจ้าหน้าที่", "Officer"),
    "outstanding": ("ยอดหนี้คงเหลือ", "Outstanding"),
    "owner_id": ("เจ้าของไฟล์แนบ", "Attached to"),
    "owner_table": ("ประเภทเจ้าของไฟล์แนบ", "Attached to (kind)"),
    "paid_on": ("วันที่ชำระ", "Paid on"),
    "participant_id": ("ผู้เข้าอบรม", "Participant"),
    "penalty": ("ค่าปรับ", "Penalty"),
    "penalty_waived": ("ค่าปรับที่ยกเว้น", "Penalty waived"),
    "phone": ("โทรศัพท์", "Phone"),
    "plan_id": ("แผน", "Plan"),
    "plan_request_cap": ("วงเงินขอตามแผนสูงสุด", "Plan request cap"),
    "planned_date": ("วันที่วางแผน", "Planned date"),
    "principal": ("เงินต้น", "Principal"),
    "project_id": ("โครงการ", "Project"),
    "proposed": ("เสนอ", "Proposed"),
    "province_code": ("รหัสจังหวัด", "Province code"),
    "purpose": ("วัตถุประสงค์การกู้", "Purpose"),
    "quantity": ("จำนวน", "Quantity"),
    "quarter_deadlines": ("กำหนดส่งรายไตรมาส", "Quarter deadlines"),
    "rank": ("ลำดับ", "Rank"),
    "reason": ("เหตุผล", "Reason"),
    "receipt_no": ("เลขที่ใบเสร็จ", "Receipt no."),
    "relation": ("ความสัมพันธ์", "Relation"),
    "relation_note": ("หมายเหตุความสัมพันธ์", "Relation note"),
    "report_months": ("เดือนที่รายงาน", "Report months"),
    "representative_member_id": ("ผู้แทน", "Representative"),
    "rescheduled_on": ("วันที่ปรับโครงสร้าง", "Rescheduled on"),
    "rescheduling_terms": ("เงื่อนไขการปรับโครงสร้าง", "Rescheduling terms"),
    "reverses_id": ("รายการที่กลับรายการ", "Reverses"),
    "role": ("ตำแหน่ง", "Role"),
    "round_no": ("รอบที่", "Round"),
    "savings_target_monthly": ("เป้าหมายเงินออมต่อเดือน", "Monthly savings target"),
    "savings_to_date": ("เงินออมถึงปัจจุบัน", "Savings to date"),
    "selection_id": ("การคัดเลือก", "Selection"),
    "seq": ("งวดที่", "No."),
    "sex": ("เพศ", "Sex"),
    "sha256": ("ค่าแฮช SHA-256", "SHA-256"),
    "signed_on": ("วันที่ลงนาม", "Signed on"),
    "signing_date": ("วันที่ลงนาม", "Signing date"),
    "signing_place": ("สถานที่ลงนาม", "Signing place"),
    "size": ("ขนาด", "Size"),
    "snapshot": ("ข้อมูล ณ วันส่ง", "Snapshot"),
    "sort_order": ("ลำดับ", "Order"),
    "source_contract_no": ("เลขที่สัญญาเดิม", "Original contract no."),
    "source_creditor": ("เจ้าหนี้เดิม", "Original creditor"),
    "source_debt_id": ("หนี้เดิม", "Original debt"),
    "source_fund_id": ("กองทุนต้นทาง", "Source fund"),
    "spent": ("ใช้จ่ายแล้ว", "Spent"),
    "start_date": ("วันเริ่ม", "Start date"),
    "status": ("สถานะ", "Status"),
    "subdistrict_code": ("รหัสตำบล", "Subdistrict code"),
    "submitted_at": ("ส่งเมื่อ", "Submitted at"),
    "submitted_by": ("ส่งโดย", "Submitted by"),
    "target_date": ("วันที่เป้าหมาย", "Target date"),
    "target_dsr_pct": ("DSR เป้าหมาย (%)", "Target DSR (%)"),
    "target_households": ("ครัวเรือนเป้าหมาย", "Target households"),
    "term_end": ("สิ้นสุดวาระ", "Term ends"),
    "term_months": ("ระยะเวลา (เดือน)", "Term (months)"),
    "term_start": ("เริ่มวาระ", "Term starts"),
    "title": ("คำนำหน้า", "Title"),
    "to_status": ("สถานะใหม่", "To status"),
    "topics": ("หัวข้อ", "Topics"),
    "total_interest": ("ดอกเบี้ยรวม", "Total interest"),
    "trainers": ("วิทยากร", "Trainers"),
    "training_days": ("จำนวนวันอบรม", "Training days"),
    "training_min_days_to_complete": ("จำนวนวันอบรมขั้นต่ำที่ผ่าน", "Training days to complete"),
    "unit": ("หน่วย", "Unit"),
    "unit_cost": ("ราคาต่อหน่วย", "Unit cost"),
    "venue": ("สถานที่", "Venue"),
    "village_id": ("หมู่บ้าน", "Village"),
    "village_no": ("หมู่ที่", "Village no."),
    "visited_on": ("วันที่ติดตาม", "Visited on"),
    "waived": ("ยกเว้น", "Waived"),
}


_GENERIC = frozenset({"debt_id", "name", "notes", "note", "id"})  # workbook keys that mean something else in a table


def field_labels(name: str) -> tuple[str, str]:
    """(Thai, English) label of a column: the Excel template's header where it names it, else this list, else the
    column name made readable."""
    try:
        from cdfi_desktop.services.excel_import.fields import FIELD_BY_KEY

        known = FIELD_BY_KEY.get(name)
    except ImportError:  # pragma: no cover - the workbook module is part of the app
        known = None
    if known is not None and name not in _GENERIC:
        return known.th, known.en
    if name in _LABELS:
        return _LABELS[name]
    readable = re.sub(r"_id$", "", name).replace("_", " ").strip().capitalize()
    return readable, readable


_SHOWN_COLUMNS = (("name",), ("full_name",), ("title", "first_name", "last_name"), ("house_no",), ("filename",))


def linked_text(session: Session, target: Table, value: Any) -> str:
    """The record a link points to, as officers know it (its name, full name, house number …); "" when unknown."""
    if not isinstance(value, str) or not value:
        return ""
    for names in _SHOWN_COLUMNS:
        if all(name in target.c for name in names):
            found = session.execute(select(*(target.c[n] for n in names)).where(target.c.id == value)).first()
            if found is None:
                held = session.scalars(
                    select(SyncConflict.loser).where(
                        SyncConflict.table_name == target.name, SyncConflict.record_id == value
                    )
                ).first()
                parts = [str((held or {}).get(n) or "") for n in names]
            else:
                parts = [str(part or "") for part in found]
            return " ".join(part for part in parts if part).strip()
    return ""
