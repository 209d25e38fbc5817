"""Target households, participation, the 4-day training and the institute's debt-management plan.

Tables:
- ``target_selection``: the institute's list of target households for a fiscal year; locked once agreed.
- ``target_household``: one household on that list, its rank, class at selection and the reason.
- ``target_change``: every proposal, addition, removal, reordering, lock and unlock, with its reason.
- ``participation_record``: a target household's enrolment in the 1HH1C project (แบบบันทึกการเข้าร่วมโครงการ).
- ``training_course``: the course "สำนึกดี แผนดี บริหารหนี้ได้" of an institute in a fiscal year.
- ``training_day``: one day of the course, its date and topics.
- ``training_participant``: a person attending (normally a member of a target household).
- ``training_attendance``: a participant's attendance on one day.
- ``institute_plan``: the institute's debt-management plan and the committee meeting that made it.
- ``plan_project``: a project or activity chosen in the plan.
- ``budget_line``: one costed line of a project, planned and actually spent.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from cdfi_desktop.db.base import Base, SyncedRecord
from cdfi_desktop.db.types import EnumText, Money, UTCDateTime
from cdfi_desktop.domain.enums import (
    AttendanceStatus,
    PlanStatus,
    TargetChangeAction,
    TargetStatus,
)


class TargetSelection(SyncedRecord, Base):
    __tablename__ = "target_selection"
    __table_args__ = (UniqueConstraint("institute_id", "fiscal_year"),)

    institute_id: Mapped[str] = mapped_column(ForeignKey("institute.id"), index=True)
    fiscal_year: Mapped[int]
    status: Mapped[TargetStatus] = mapped_column(EnumText(TargetStatus), default=TargetStatus.PROPOSED)
    locked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    locked_by: Mapped[str] = mapped_column(String(120), default="")


class TargetHousehold(SyncedRecord, Base):
    __tablename__ = "target_household"

    selection_id: Mapped[str] = mapped_column(ForeignKey("target_selection.id"), index=True)
    household_id: Mapped[str] = mapped_column(ForeignKey("household.id"), index=True)
    rank: Mapped[int]
    class_at_selection: Mapped[str] = mapped_column(String(2), default="")
    proposed: Mapped[bool] = mapped_column(default=True)  # False when the officer added it by hand
    reason: Mapped[str] = mapped_column(Text, default="")


class TargetChange(SyncedRecord, Base):
    __tablename__ = "target_change"

    selection_id: Mapped[str] = mapped_column(ForeignKey("target_selection.id"), index=True)
    household_id: Mapped[str | None] = mapped_column(ForeignKey("household.id"), default=None)
    action: Mapped[TargetChangeAction] = mapped_column(EnumText(TargetChangeAction))
    reason: Mapped[str] = mapped_column(Text)
    officer: Mapped[str] = mapped_column(String(120), default="")


class ParticipationRecord(SyncedRecord, Base):
    __tablename__ = "participation_record"
    __table_args__ = (UniqueConstraint("household_id", "fiscal_year"),)

    institute_id: Mapped[str] = mapped_column(ForeignKey("institute.id"), index=True)
    household_id: Mapped[str] = mapped_column(ForeignKey("household.id"))
    fiscal_year: Mapped[int]
    representative_member_id: Mapped[str | None] = mapped_column(ForeignKey("household_member.id"), default=None)
    enrolled_on: Mapped[date | None] = mapped_column(default=None)
    consent_given: Mapped[bool] = mapped_column(default=False)
    signed_on: Mapped[date | None] = mapped_column(default=None)
    notes: Mapped[str] = mapped_column(Text, default="")


class TrainingCourse(SyncedRecord, Base):
    __tablename__ = "training_course"

    institute_id: Mapped[str] = mapped_column(ForeignKey("institute.id"), index=True)
    fiscal_year: Mapped[int]
    title: Mapped[str] = mapped_column(String(200), default="สำนึกดี แผนดี บริหารหนี้ได้")
    venue: Mapped[str] = mapped_column(String(200), default="")
    trainers: Mapped[str] = mapped_column(Text, default="")
    days_count: Mapped[int] = mapped_column(default=4)
    min_days_to_complete: Mapped[int] = mapped_column(default=4)
    notes: Mapped[str] = mapped_column(Text, default="")


class TrainingDay(SyncedRecord, Base):
    __tablename__ = "training_day"
    __table_args__ = (UniqueConstraint("course_id", "day_no"),)

    course_id: Mapped[str] = mapped_column(ForeignKey("training_course.id"), index=True)
    day_no: Mapped[int]
    held_on: Mapped[date | None] = mapped_column(default=None)
    topics: Mapped[str] = mapped_column(Text, default="")


class TrainingParticipant(SyncedRecord, Base):
    __tablename__ = "training_participant"

    course_id: Mapped[str] = mapped_column(ForeignKey("training_course.id"), index=True)
    household_id: Mapped[str | None] = mapped_column(ForeignKey("household.id"), default=None)
    member_id: Mapped[str | None] = mapped_column(ForeignKey("household_member.id"), default=None)
    full_name: Mapped[str] = mapped_column(String(200))
    note: Mapped[str] = mapped_column(String(200), default="")


class TrainingAttendance(SyncedRecord, Base):
    __tablename__ = "training_attendance"
    __table_args__ = (UniqueConstraint("day_id", "participant_id"),)

    day_id: Mapped[str] = mapped_column(ForeignKey("training_day.id"), index=True)
    participant_id: Mapped[str] = mapped_column(ForeignKey("training_participant.id"), index=True)
    status: Mapped[AttendanceStatus] = mapped_column(EnumText(AttendanceStatus))
    note: Mapped[str] = mapped_column(String(200), default="")


class InstitutePlan(SyncedRecord, Base):
    __tablename__ = "institute_plan"
    __table_args__ = (UniqueConstraint("institute_id", "fiscal_year"),)

    institute_id: Mapped[str] = mapped_column(ForeignKey("institute.id"), index=True)
    fiscal_year: Mapped[int]
    title: Mapped[str] = mapped_column(String(200), default="")
    meeting_date: Mapped[date | None] = mapped_column(default=None)
    meeting_place: Mapped[str] = mapped_column(String(200), default="")
    attendees: Mapped[str] = mapped_column(Text, default="")
    minutes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[PlanStatus] = mapped_column(EnumText(PlanStatus), default=PlanStatus.DRAFT)


class PlanProject(SyncedRecord, Base):
    __tablename__ = "plan_project"

    plan_id: Mapped[str] = mapped_column(ForeignKey("institute_plan.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    objective: Mapped[str] = mapped_column(Text, default="")
    households_served: Mapped[int] = mapped_column(default=0)
    start_date: Mapped[date | None] = mapped_column(default=None)
    end_date: Mapped[date | None] = mapped_column(default=None)
    status: Mapped[PlanStatus] = mapped_column(EnumText(PlanStatus), default=PlanStatus.DRAFT)
    sort_order: Mapped[int] = mapped_column(default=0)


class BudgetLine(SyncedRecord, Base):
    __tablename__ = "budget_line"

    project_id: Mapped[str] = mapped_column(ForeignKey("plan_project.id"), index=True)
    item: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[Decimal] = mapped_column(Money(), default=Decimal("1"))
    unit: Mapped[str] = mapped_column(String(40), default="")
    unit_cost: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    amount: Mapped[Decimal] = mapped_column(Money())
    spent: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    sort_order: Mapped[int] = mapped_column(default=0)
