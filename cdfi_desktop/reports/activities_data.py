"""The activity-tracking report of one institute and fiscal year as print-ready data, shared by the PDF (A4
landscape) and the workbook laid out like the BPM keying form.

Plain data: ``services/printouts/activities.py`` builds it from ``services.activity_tracking`` (deadlines, status,
dates, budget and spending, warnings, BPM rows) with the registers' title facts, so the papers read like them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from cdfi_desktop.messages import message
from cdfi_desktop.reports.registers_data import RegisterHeading

if TYPE_CHECKING:
    from cdfi_desktop.services import activity_tracking as svc

__all__ = ["LABELS", "ActivitiesReport", "activities_file_name"]


LABELS: dict[str, dict[str, str]] = {
    "th": {
        "title": "รายงานการติดตามกิจกรรมโครงการสถาบันการจัดการเงินทุนชุมชน",
        "as_of": "ข้อมูล ณ วันที่ {date}",
        "activities": "ก. กิจกรรม กำหนดเวลา และการใช้จ่ายงบประมาณ",
        "bpm": "ข. สรุปผลสำหรับบันทึกในระบบ BPM",
        "warnings": "ค. เรื่องที่ต้องติดตาม",
        "others": "กิจกรรมอื่นของปีงบประมาณ",
        "col_no": "ที่",
        "col_activity": "กิจกรรม",
        "col_quarter": "ไตรมาส",
        "col_deadline": "กำหนดแล้วเสร็จ",
        "col_planned": "วันที่กำหนดจัด",
        "col_done": "วันที่ดำเนินการเสร็จ",
        "col_status": "สถานะ",
        "col_budget": "งบประมาณ (บาท)",
        "col_spent": "เบิกจ่าย (บาท)",
        "col_spent_pct": "ร้อยละการเบิกจ่าย",
        "col_target": "เป้าหมาย",
        "col_result": "ผลการดำเนินงาน",
        "col_details": "รายละเอียด",
        "total": "รวม",
        "no_warnings": "ไม่มีกิจกรรมที่เลยกำหนดหรือต้องติดตาม",
        "no_activities": "ไม่มีกิจกรรมที่ต้องดำเนินการ",
        "from_records": "(จากข้อมูลการอบรมและการประชุม)",
        "deadline_note": "กำหนดแล้วเสร็จตามไตรมาสในค่ากำหนดของปีงบประมาณ (วันสุดท้ายของไตรมาส); "
        "ดำเนินการเสร็จในวันสุดท้ายของไตรมาสถือว่าทันกำหนด",
        "not_applicable_note": "{activity}: ไม่ต้องดำเนินการ ({reason})",
        "reason_new": "สถาบันจัดตั้งใหม่ในปีงบประมาณนี้",
        "reason_existing": "สถาบันเดิม",
        "reporter": "ผู้รายงาน",
        "sheet_bpm": "BPM",
        "sheet_activities": "กิจกรรม",
    },
    "en": {
        "title": "Activity tracking report, Community Fund Management Institute",
        "as_of": "As of {date}",
        "activities": "A. Activities, deadlines and spending",
        "bpm": "B. Summary for keying into BPM",
        "warnings": "C. To follow up",
        "others": "Other activities of the fiscal year",
        "col_no": "No.",
        "col_activity": "Activity",
        "col_quarter": "Quarter",
        "col_deadline": "Deadline",
        "col_planned": "Planned",
        "col_done": "Done",
        "col_status": "Status",
        "col_budget": "Budget (baht)",
        "col_spent": "Spent (baht)",
        "col_spent_pct": "% spent",
        "col_target": "Target",
        "col_result": "Result to date",
        "col_details": "Details",
        "total": "Total",
        "no_warnings": "No activity is overdue or needs following up",
        "no_activities": "No activity to do",
        "from_records": "(from the training and meeting records)",
        "deadline_note": "Deadlines are the last day of the quarter set in the fiscal year's profile; done on that "
        "day is on time",
        "not_applicable_note": "{activity}: not applicable ({reason})",
        "reason_new": "the institute is founded this fiscal year",
        "reason_existing": "an existing institute",
        "reporter": "Reported by",
        "sheet_bpm": "BPM",
        "sheet_activities": "Activities",
    },
}


@dataclass(frozen=True)
class ActivitiesReport:
    heading: RegisterHeading
    view: svc.ActivitiesView
    bpm: tuple[svc.BpmRow, ...]
    bpm_spent_pct: Decimal | None  # the BPM rows' spending as a share of their budget

    @property
    def language(self) -> str:
        return self.heading.language

    def text(self, key: str, **params: object) -> str:
        template = LABELS[self.language][key]
        return template.format(**params) if params else template

    def date(self, value: date | None) -> str:
        return self.heading.date_text(value)

    @property
    def title(self) -> str:
        return f"{self.text('title')} {self.heading.fiscal_year_line}"

    @property
    def as_of_line(self) -> str:
        return self.text("as_of", date=self.heading.date_text(self.view.as_of, style="long"))

    def done_text(self, line: svc.ActivityLine) -> str:
        if line.done_on is None:
            return ""
        text = self.date(line.done_on)
        return f"{text}\n{self.text('from_records')}" if line.done_from_records else text

    def not_applicable_notes(self) -> list[str]:
        reason = self.text("reason_new" if self.view.founding_year else "reason_existing")
        return [
            self.text("not_applicable_note", activity=line.name(self.language), reason=reason)
            for line in self.view.lines
            if not line.applicable
        ]

    def warnings(self) -> list[str]:
        return [w.text(self.language) for w in self.view.warnings]

    @property
    def bpm_budget(self) -> Decimal:
        return sum((row.budget for row in self.bpm), Decimal("0.00"))

    @property
    def bpm_spent(self) -> Decimal:
        return sum((row.spent for row in self.bpm), Decimal("0.00"))

    def other_status(self, other: svc.OtherActivity) -> str:
        return message(f"activity_status_{other.status.value}", self.language)


_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+|\s+')


def activities_file_name(report: ActivitiesReport, suffix: str) -> str:
    """``activities_<institute>_FY2570.pdf``: safe on Windows, Thai kept."""
    institute = _UNSAFE_IN_FILE_NAMES.sub("-", report.heading.institute_name).strip("-. ")[:80] or "institute"
    return f"activities_{institute}_FY{report.heading.fiscal_year}{suffix}"
