"""The activity-tracking report of one institute and fiscal year as print-ready data, shared by the PDF (A4
landscape) and the workbook laid out like the BPM keying form.

The activities come from ``services.activity_tracking`` (deadlines, status, dates, budget and spending, warnings,
BPM rows), the title facts from ``reports.registers_data.register_heading``, so the papers read like the registers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from cdfi_desktop.messages import message
from cdfi_desktop.reports.registers_data import RegisterHeading, register_heading
from cdfi_desktop.services import activity_tracking as svc

__all__ = [
    "LABELS",
    "ActivitiesReport",
    "activities_file_name",
    "activities_report",
    "write_activity_reports",
]

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

    @property
    def bpm_spent_pct(self) -> Decimal | None:
        return svc.percent_spent(self.bpm_budget, self.bpm_spent)

    def other_status(self, other: svc.OtherActivity) -> str:
        return message(f"activity_status_{other.status.value}", self.language)


def activities_report(
    session: Session,
    *,
    institute_id: str,
    fiscal_year: int,
    printed_on: date,
    as_of: date | None = None,
    language: str = "th",
) -> ActivitiesReport:
    """The institute's activities of ``fiscal_year`` (B.E.) as they stand on ``as_of`` (the printing day)."""
    if language not in LABELS:
        language = "th"
    heading = register_heading(
        session, institute_id=institute_id, printed_on=printed_on, fiscal_year=fiscal_year, language=language
    )
    view = svc.activity_status(
        session, institute_id=institute_id, fiscal_year=fiscal_year, as_of=as_of if as_of is not None else printed_on
    )
    return ActivitiesReport(heading=heading, view=view, bpm=tuple(svc.bpm_rows(view)))


_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+|\s+')


def activities_file_name(report: ActivitiesReport, suffix: str) -> str:
    """``activities_<institute>_FY2570.pdf``: safe on Windows, Thai kept."""
    institute = _UNSAFE_IN_FILE_NAMES.sub("-", report.heading.institute_name).strip("-. ")[:80] or "institute"
    return f"activities_{institute}_FY{report.heading.fiscal_year}{suffix}"


def write_activity_reports(
    session: Session,
    *,
    institute_id: str,
    fiscal_year: int,
    out_dir: Path,
    formats: Sequence[str] = ("xlsx", "pdf"),
    printed_on: date,
    language: str = "th",
    as_of: date | None = None,
) -> list[Path]:
    """Write the activity-tracking report in each format asked (the workbook laid out like the BPM keying form);
    the activities as they stand on ``as_of`` (default: the printing day). Returns the paths."""
    from cdfi_desktop.reports.activities_pdf import write_activities_pdf
    from cdfi_desktop.reports.activities_xlsx import write_activities_xlsx

    report = activities_report(
        session,
        institute_id=institute_id,
        fiscal_year=fiscal_year,
        printed_on=printed_on,
        as_of=as_of,
        language=language,
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    if "xlsx" in formats:
        written.append(write_activities_xlsx(report, out_dir / activities_file_name(report, ".xlsx")))
    if "pdf" in formats:
        written.append(write_activities_pdf(report, out_dir / activities_file_name(report, ".pdf")))
    return written
