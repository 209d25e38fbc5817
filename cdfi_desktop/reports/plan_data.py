"""The institute's debt-management plan as print-ready data, shared by the PDF and the workbook: the plan
(``services.plan.PlanView``), the registers' title facts, the committee's chair and secretary, and the words in
the report's language. Built from the database by ``services/printouts/plan.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from cdfi_desktop.domain.bahttext import baht_text
from cdfi_desktop.domain.enums import PlanStatus
from cdfi_desktop.domain.money import format_baht
from cdfi_desktop.reports.registers_data import RegisterHeading

if TYPE_CHECKING:
    from cdfi_desktop.services import plan as svc

__all__ = ["LABELS", "PlanNotFound", "PlanReport", "plan_file_name"]

LABELS: dict[str, dict[str, str]] = {
    "th": {
        "title": "แผนการบริหารจัดการหนี้ของสถาบันการจัดการเงินทุนชุมชน",
        "institute": "{name}",
        "section_meeting": "1. การประชุมคณะกรรมการสถาบันเพื่อจัดทำแผนการบริหารจัดการหนี้",
        "section_projects": "2. โครงการ/กิจกรรมที่ที่ประชุมคัดเลือก",
        "section_budget": "3. รายละเอียดงบประมาณ",
        "section_request": "4. สรุปงบประมาณที่ขอรับการสนับสนุนจากจังหวัด",
        "meeting_date": "วันที่ประชุม",
        "meeting_place": "สถานที่ประชุม",
        "attendees": "ผู้เข้าประชุม",
        "attendees_count": "{count} คน",
        "minutes": "สรุปผลการประชุม",
        "files": "เอกสารแนบ",
        "files_line": "สำเนารายงานการประชุม {count} ไฟล์: {names}",
        "blank": "–",
        "blank_date": "วันที่ ........ เดือน .................... พ.ศ. ........",
        "col_no": "ลำดับ",
        "col_project": "โครงการ/กิจกรรม",
        "col_objective": "วัตถุประสงค์",
        "col_households": "ครัวเรือนที่ได้รับประโยชน์",
        "col_period": "ระยะเวลาดำเนินการ",
        "col_budget": "งบประมาณ (บาท)",
        "col_status": "สถานะ",
        "col_item": "รายการ",
        "col_quantity": "จำนวน",
        "col_unit": "หน่วย",
        "col_unit_cost": "ราคาต่อหน่วย (บาท)",
        "col_amount": "จำนวนเงิน (บาท)",
        "col_spent": "ใช้จ่ายจริง (บาท)",
        "households": "{count}",
        "period": "{start} – {end}",
        "total": "รวม",
        "total_projects": "รวม {count} โครงการ/กิจกรรม",
        "project_heading": "3.{no} {name}",
        "project_total_words": "รวมเป็นเงิน {amount} บาท ({words})",
        "no_lines": "ยังไม่มีรายการงบประมาณ",
        "no_projects": "ยังไม่มีโครงการ/กิจกรรมในแผน",
        "request_total": "งบประมาณที่ขอรับการสนับสนุนรวมทั้งสิ้น",
        "request_cap": "วงเงินที่ขอรับการสนับสนุนได้ (สถาบันละ)",
        "request_result": "ผลการตรวจสอบวงเงิน",
        "within_cap": "อยู่ภายในวงเงิน (คงเหลือ {remaining} บาท)",
        "at_cap": "เต็มวงเงินพอดี",
        "over_cap": "เกินวงเงิน {over} บาท ต้องปรับลดก่อนเสนอขออนุมัติ",
        "spent_total": "ใช้จ่ายจริงแล้ว",
        "plan_status": "สถานะของแผน",
        "baht_words": "{amount} บาท ({words})",
        "households_total": "ครัวเรือนที่ได้รับประโยชน์รวม",
        "households_line": "{count} ครัวเรือน",
        "certify": "ขอรับรองว่าแผนการบริหารจัดการหนี้ฉบับนี้ได้รับความเห็นชอบจากที่ประชุมคณะกรรมการสถาบัน",
        "sign": "ลงชื่อ",
        "sign_date": "วันที่",
        "chair": "ประธานคณะกรรมการสถาบัน",
        "secretary": "เลขานุการคณะกรรมการสถาบัน",
        "officer": "พัฒนากรผู้รับผิดชอบ",
        "officer_of": "สำนักงานพัฒนาชุมชนอำเภอ{district}",
        "page": "หน้า {page}/{pages}",
        "draft": "ร่าง",
        "approved": "อนุมัติแล้ว",
        "in_progress": "กำลังดำเนินการ",
        "done": "ดำเนินการแล้วเสร็จ",
        "draft_mark": "ร่าง – ยังไม่ได้อนุมัติ",
    },
    "en": {
        "title": "Debt-management plan of the Community Fund Management Institute",
        "institute": "{name}",
        "section_meeting": "1. Committee meeting that made the debt-management plan",
        "section_projects": "2. Projects and activities selected by the meeting",
        "section_budget": "3. Budget details",
        "section_request": "4. Support requested from the province",
        "meeting_date": "Meeting date",
        "meeting_place": "Place",
        "attendees": "Attendees",
        "attendees_count": "{count} people",
        "minutes": "Summary of the minutes",
        "files": "Attached",
        "files_line": "{count} scan(s) of the minutes: {names}",
        "blank": "–",
        "blank_date": "Date ..............................",
        "col_no": "No.",
        "col_project": "Project / activity",
        "col_objective": "Objective",
        "col_households": "Households served",
        "col_period": "Period",
        "col_budget": "Budget (baht)",
        "col_status": "Status",
        "col_item": "Item",
        "col_quantity": "Qty",
        "col_unit": "Unit",
        "col_unit_cost": "Unit cost (baht)",
        "col_amount": "Amount (baht)",
        "col_spent": "Spent (baht)",
        "households": "{count}",
        "period": "{start} – {end}",
        "total": "Total",
        "total_projects": "Total of {count} projects / activities",
        "project_heading": "3.{no} {name}",
        "project_total_words": "Total {amount} baht",
        "no_lines": "No budget lines yet",
        "no_projects": "No projects or activities in the plan yet",
        "request_total": "Total support requested",
        "request_cap": "Cap per institute",
        "request_result": "Against the cap",
        "within_cap": "Within the cap ({remaining} baht left)",
        "at_cap": "Exactly at the cap",
        "over_cap": "{over} baht over the cap: reduce it before submitting",
        "spent_total": "Spent so far",
        "plan_status": "Plan status",
        "baht_words": "{amount} baht",
        "households_total": "Households served in all",
        "households_line": "{count} households",
        "certify": "We certify that this debt-management plan was agreed by the institute committee's meeting.",
        "sign": "Signed",
        "sign_date": "Date",
        "chair": "Chair of the institute committee",
        "secretary": "Secretary of the institute committee",
        "officer": "Community development officer",
        "officer_of": "District community development office, {district}",
        "page": "Page {page}/{pages}",
        "draft": "Draft",
        "approved": "Approved",
        "in_progress": "In progress",
        "done": "Done",
        "draft_mark": "DRAFT – not approved",
    },
}


class PlanNotFound(LookupError):
    """The institute has no debt-management plan in the fiscal year asked."""

    code = "plan_missing"

    def __init__(self, institute_id: str, fiscal_year: int) -> None:
        super().__init__(f"{institute_id} {fiscal_year}")
        self.institute_id = institute_id
        self.fiscal_year = fiscal_year


@dataclass(frozen=True)
class PlanReport:
    heading: RegisterHeading
    plan: svc.PlanView
    chair: str = ""
    secretary: str = ""

    def text(self, key: str, **params: object) -> str:
        template = LABELS[self.heading.language][key]
        return template.format(**params) if params else template

    def status(self, status: PlanStatus) -> str:
        return self.text(status.value)

    def period(self, project: svc.ProjectView) -> str:
        if project.start_date is None and project.end_date is None:
            return self.text("blank")
        start = self.heading.date_text(project.start_date) or "…"
        end = self.heading.date_text(project.end_date) or "…"
        return self.text("period", start=start, end=end)

    def words(self, amount: Decimal) -> str:
        """Figures and, in Thai, words: ``40,000.00 บาท (สี่หมื่นบาทถ้วน)``."""
        return self.text("baht_words", amount=format_baht(amount), words=baht_text(amount))

    @property
    def cap_result(self) -> str:
        plan = self.plan
        if not plan.within_cap:
            return self.text("over_cap", over=format_baht(plan.over_cap))
        if plan.remaining == 0:
            return self.text("at_cap")
        return self.text("within_cap", remaining=format_baht(plan.remaining))


_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+|\s+')


def plan_file_name(report: PlanReport, suffix: str) -> str:
    """``plan_<institute>_FY2570.pdf``: safe on Windows, Thai kept."""
    institute = _UNSAFE_IN_FILE_NAMES.sub("-", report.heading.institute_name).strip("-. ")[:80] or "institute"
    return f"plan_{institute}_FY{report.heading.fiscal_year}{suffix}"
