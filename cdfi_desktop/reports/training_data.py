"""The training "สำนึกดี แผนดี บริหารหนี้ได้" as print-ready data of one institute and fiscal year, shared by the
sign-in sheets (one per day) and the attendance summary (PDF and Excel).

Plain data: ``services/printouts/training.py`` builds it from the course and its attendance (``services.training``)
with the registers' title facts (institute, area, fiscal year), so the training's papers read like the registers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cdfi_desktop.domain.enums import AttendanceStatus
from cdfi_desktop.reports.registers_data import RegisterHeading

if TYPE_CHECKING:
    from cdfi_desktop.services import training as svc

__all__ = ["LABELS", "CourseNotFound", "TrainingReport", "training_file_name"]


LABELS: dict[str, dict[str, str]] = {
    "th": {
        "sign_in_title": "ใบลงทะเบียนผู้เข้ารับการอบรม",
        "summary_title": "สรุปการเข้ารับการอบรม",
        "course": "หลักสูตร “{title}”",
        "venue": "ณ {venue}",
        "day_band": "อบรมวันที่ {day} (จากทั้งหมด {days} วัน)  {date}",
        "day_band_undated": "อบรมวันที่ {day} (จากทั้งหมด {days} วัน)  วันที่ ........ เดือน ................ พ.ศ. ........",
        "weekday_date": "วัน{weekday}ที่ {date}",
        "topics": "หัวข้อ: {topics}",
        "col_no": "ลำดับที่",
        "col_name": "ชื่อ–สกุล",
        "col_household": "ครัวเรือน (เลขทะเบียน)",
        "col_signature": "ลายมือชื่อ",
        "col_remarks": "หมายเหตุ",
        "col_day": "วันที่ {day}",
        "col_days_attended": "เข้าอบรม (วัน)",
        "col_completed": "ผ่านหลักสูตร",
        "yes": "ผ่าน",
        "no": "ไม่ผ่าน",
        "present": "มา",
        "late": "สาย",
        "absent": "ขาด",
        "leave": "ลา",
        "total_attended": "รวมผู้เข้าอบรม (มา + สาย)",
        "total_present": "มา",
        "total_late": "มาสาย",
        "total_absent": "ขาด",
        "total_leave": "ลา",
        "completed_line": "ผ่านหลักสูตร {completed} คน จากผู้เข้ารับการอบรม {participants} คน",
        "rule": "เกณฑ์ผ่านหลักสูตร: เข้าอบรมอย่างน้อย {min_days} วัน จาก {days} วัน (มาสายนับเป็นวันที่เข้าอบรม ลาและขาดไม่นับ)",
        "course_days": "อบรม {days} วัน: {dates}",
        "legend": "มา = มาอบรม  สาย = มาสาย  ขาด = ขาดอบรม  ลา = ลา  (ว่าง = ยังไม่ได้บันทึก)",
        "day_note": "วันที่ {day}: {note}",
        "no_participants": "ยังไม่มีรายชื่อผู้เข้ารับการอบรม",
        "trainers": "วิทยากร: {trainers}",
        "recorder": "ผู้บันทึก",
        "trainer": "วิทยากร",
        "summary_sheet": "สรุปการเข้าอบรม",
    },
    "en": {
        "sign_in_title": "Training sign-in sheet",
        "summary_title": "Training attendance summary",
        "course": "Course “{title}”",
        "venue": "at {venue}",
        "day_band": "Day {day} of {days}  {date}",
        "day_band_undated": "Day {day} of {days}  Date ..........................",
        "weekday_date": "{weekday} {date}",
        "topics": "Topics: {topics}",
        "col_no": "No.",
        "col_name": "Name and surname",
        "col_household": "Household (register no.)",
        "col_signature": "Signature",
        "col_remarks": "Remarks",
        "col_day": "Day {day}",
        "col_days_attended": "Days attended",
        "col_completed": "Completed",
        "yes": "Yes",
        "no": "No",
        "present": "P",
        "late": "L",
        "absent": "A",
        "leave": "LV",
        "total_attended": "Attended (present + late)",
        "total_present": "Present",
        "total_late": "Late",
        "total_absent": "Absent",
        "total_leave": "On leave",
        "completed_line": "{completed} of {participants} participants completed the course",
        "rule": "Completion: at least {min_days} of {days} days attended (late counts as attended; leave and "
        "absence do not)",
        "course_days": "{days} days: {dates}",
        "legend": "P = present  L = late  A = absent  LV = on leave  (blank = not recorded)",
        "day_note": "Day {day}: {note}",
        "no_participants": "No participants yet",
        "trainers": "Trainers: {trainers}",
        "recorder": "Recorded by",
        "trainer": "Trainer",
        "summary_sheet": "Attendance",
    },
}

_WEEKDAYS = {
    "th": ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_STATUS_KEYS = {
    AttendanceStatus.PRESENT: "present",
    AttendanceStatus.LATE: "late",
    AttendanceStatus.ABSENT: "absent",
    AttendanceStatus.LEAVE: "leave",
}


class CourseNotFound(LookupError):
    """The institute has no training course in the fiscal year asked."""

    code = "training_course_missing"

    def __init__(self, institute_id: str, fiscal_year: int) -> None:
        super().__init__(f"{institute_id} {fiscal_year}")
        self.institute_id = institute_id
        self.fiscal_year = fiscal_year


@dataclass(frozen=True)
class TrainingReport:
    heading: RegisterHeading
    course: svc.CourseView
    grid: svc.AttendanceGrid

    def text(self, key: str, **params: object) -> str:
        template = LABELS[self.heading.language][key]
        return template.format(**params) if params else template

    @property
    def days(self) -> tuple[svc.DayView, ...]:
        return self.grid.days

    def day_date(self, day: svc.DayView) -> str:
        """``วันจันทร์ที่ 12 มกราคม พ.ศ. 2570`` (the official long form)."""
        if day.held_on is None:
            return ""
        weekday = _WEEKDAYS[self.heading.language][day.held_on.weekday()]
        return self.text("weekday_date", weekday=weekday, date=self.heading.date_text(day.held_on, style="long"))

    def day_band(self, day: svc.DayView) -> str:
        days = len(self.days)
        if day.held_on is None:
            return self.text("day_band_undated", day=day.day_no, days=days)
        return self.text("day_band", day=day.day_no, days=days, date=self.day_date(day))

    def status(self, mark: svc.Mark | None) -> str:
        return "" if mark is None else self.text(_STATUS_KEYS[mark.status])

    def remarks(self, row: svc.ParticipantRow) -> str:
        """The participant's own note, then each day's note."""
        notes = [row.note] if row.note else []
        notes += [
            self.text("day_note", day=day.day_no, note=mark.note)
            for day, mark in zip(self.days, row.marks, strict=True)
            if mark is not None and mark.note
        ]
        return "; ".join(notes)

    def household(self, row: svc.ParticipantRow) -> str:
        return row.household_code

    @property
    def course_line(self) -> str:
        return self.text("course", title=self.course.title)

    @property
    def dates_line(self) -> str:
        dated = [d.held_on for d in self.days if d.held_on is not None]
        dates = ", ".join(self.heading.date_text(d) for d in dated)
        return self.text("course_days", days=len(self.days), dates=dates or "–")

    @property
    def rule_line(self) -> str:
        return self.text("rule", min_days=self.grid.min_days_to_complete, days=len(self.days))

    @property
    def completed_line(self) -> str:
        return self.text("completed_line", completed=self.grid.completed, participants=len(self.grid.participants))


_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+|\s+')


def training_file_name(report: TrainingReport, kind: str, suffix: str) -> str:
    """``training-sign-in_<institute>_FY2570.pdf``: safe on Windows, Thai kept."""
    institute = _UNSAFE_IN_FILE_NAMES.sub("-", report.heading.institute_name).strip("-. ")[:80] or "institute"
    return f"training-{kind}_{institute}_FY{report.heading.fiscal_year}{suffix}"
