"""The training "สำนึกดี แผนดี บริหารหนี้ได้" (guideline 4.1.2): an institute's course for a fiscal year, its days
and topics, its participants (a member of each target household, others allowed) and their attendance per day.

Writes are use cases taking a unit of work; reads are plain table queries returning frozen rows. A day counts
as attended when present or late (``domain.training``); a participant completes the course when the days
attended reach the course's minimum, which defaults to the fiscal-year profile's rule (all days).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from sqlalchemy import select
from sqlalchemy.orm import Session

from cdfi_desktop.db import models as m
from cdfi_desktop.db.base import table_of
from cdfi_desktop.domain.enums import AttendanceStatus
from cdfi_desktop.domain.register_rules import Issue
from cdfi_desktop.domain.training import completion
from cdfi_desktop.services.analysis import fiscal_profile
from cdfi_desktop.services.errors import NotFound, ValidationFailed
from cdfi_desktop.services.training_types import (
    COURSE_TITLE,
    AttendanceGrid,
    AttendanceMark,
    CourseDefaults,
    CourseView,
    DayCounts,
    DayForm,
    DayView,
    HouseholdChoice,
    Mark,
    ParticipantRow,
)
from cdfi_desktop.services.uow import UnitOfWork

__all__ = [
    "COURSE_TITLE",
    "DEFAULT_TOPICS",
    "AttendanceGrid",
    "AttendanceMark",
    "CourseDefaults",
    "CourseView",
    "DayCounts",
    "DayForm",
    "DayView",
    "HouseholdChoice",
    "Mark",
    "ParticipantRow",
    "add_participant",
    "add_target_participants",
    "attendance_grid",
    "course",
    "course_defaults",
    "household_choices",
    "institute_choices",
    "remove_participant",
    "save_course",
    "set_attendance",
    "set_attendance_many",
]

MAX_DAYS = 10
TEXT_LIMIT = 200

# What the four days cover by default (the CDD curriculum: good conscience, good plan, debt managed); the officer
# edits them to the course actually held.
DEFAULT_TOPICS: tuple[str, ...] = (
    "สำรวจตนเอง: รายรับ รายจ่าย หนี้สินของครัวเรือน และการทำบัญชีครัวเรือน",
    "วินัยทางการเงิน: การออม การใช้จ่ายอย่างพอเพียง และการวางแผนการเงินครัวเรือน",
    "การบริหารจัดการหนี้: จัดลำดับหนี้ เจรจาเจ้าหนี้ และหนึ่งครัวเรือนหนึ่งสัญญา",
    "แผนชีวิตและแผนเพิ่มรายได้ของครัวเรือน และการติดตามผลร่วมกับสถาบัน",
)

COURSE, DAY = table_of(m.TrainingCourse), table_of(m.TrainingDay)
PARTICIPANT, ATTENDANCE = table_of(m.TrainingParticipant), table_of(m.TrainingAttendance)
SELECTION, TARGET = table_of(m.TargetSelection), table_of(m.TargetHousehold)
PARTICIPATION, HH, MEMBER = table_of(m.ParticipationRecord), table_of(m.Household), table_of(m.HouseholdMember)
INSTITUTE = table_of(m.Institute)


# -- helpers -------------------------------------------------------------------------------------------------------
def _full_name(title: str | None, first: str | None, last: str | None) -> str:
    return f"{title or ''}{first or ''} {last or ''}".strip()


def _live_course(session: Session, course_id: str) -> m.TrainingCourse:
    found = session.get(m.TrainingCourse, course_id)
    if found is None or found.deleted_at is not None:
        raise NotFound(course_id)
    return found


def _default_topics(day_no: int) -> str:
    return DEFAULT_TOPICS[day_no - 1] if 1 <= day_no <= len(DEFAULT_TOPICS) else ""


def course_defaults(session: Session, *, fiscal_year: int) -> CourseDefaults:
    profile = fiscal_profile(session, fiscal_year)
    days = max(1, min(MAX_DAYS, profile.training_days))
    return CourseDefaults(
        fiscal_year=fiscal_year,
        title=COURSE_TITLE,
        days=tuple(DayForm(n, None, _default_topics(n)) for n in range(1, days + 1)),
        min_days_to_complete=max(1, min(days, profile.training_min_days_to_complete)),
    )


def _check_course(*, title: str, venue: str, days: Sequence[DayForm], min_days: int, fiscal_year: int) -> list[Issue]:
    issues: list[Issue] = []
    if not title.strip():
        issues.append(Issue("training_title_required", "title"))
    for field_name, value in (("title", title), ("venue", venue)):
        if len(value.strip()) > TEXT_LIMIT:
            issues.append(Issue("text_too_long", field_name, params={"limit": TEXT_LIMIT}))
    if not 2400 <= fiscal_year <= 2700:
        issues.append(
            Issue("fiscal_year_out_of_range", "fiscal_year", params={"year": fiscal_year, "first": 2400, "last": 2700})
        )
    numbers = [d.day_no for d in days]
    if not days or len(days) > MAX_DAYS or sorted(numbers) != list(range(1, len(days) + 1)):
        issues.append(Issue("training_days_invalid", "days", params={"most": MAX_DAYS}))
    elif not 1 <= min_days <= len(days):
        issues.append(Issue("training_min_days_out_of_range", "min_days_to_complete", params={"days": len(days)}))
    dated = [d.held_on for d in sorted(days, key=lambda d: d.day_no) if d.held_on is not None]
    if any(later <= earlier for earlier, later in pairwise(dated)):
        issues.append(Issue("training_days_out_of_order", "days"))
    return issues


# -- writes --------------------------------------------------------------------------------------------------------
def save_course(
    uow: UnitOfWork,
    *,
    institute_id: str,
    fiscal_year: int,
    title: str = COURSE_TITLE,
    venue: str = "",
    trainers: str = "",
    days: Sequence[DayForm] | None = None,
    min_days_to_complete: int | None = None,
) -> str:
    """Create or update the institute's course of ``fiscal_year`` (B.E.); returns its id.

    Without ``days`` the course has the profile's number of days with the default topics (an existing course keeps
    its days); without ``min_days_to_complete`` the profile's rule applies (at most the number of days). Days
    dropped from the list are removed with their attendance.
    """
    session = uow.session
    if session.get(m.Institute, institute_id) is None:
        raise NotFound(institute_id)
    defaults = course_defaults(session, fiscal_year=fiscal_year)
    existing = session.scalars(
        select(m.TrainingCourse)
        .where(
            m.TrainingCourse.institute_id == institute_id,
            m.TrainingCourse.fiscal_year == fiscal_year,
            m.TrainingCourse.deleted_at.is_(None),
        )
        .order_by(m.TrainingCourse.created_at)
        .limit(1)
    ).first()
    all_days: dict[int, m.TrainingDay] = {}
    if existing is not None:
        all_days = {
            d.day_no: d for d in session.scalars(select(m.TrainingDay).where(m.TrainingDay.course_id == existing.id))
        }
    if days is None:
        live = [d for d in all_days.values() if d.deleted_at is None]
        days = (
            [DayForm(d.day_no, d.held_on, d.topics) for d in sorted(live, key=lambda d: d.day_no)]
            if live
            else list(defaults.days)
        )
    days = list(days)
    if min_days_to_complete is None:
        min_days_to_complete = min(len(days), defaults.min_days_to_complete) if days else 1
    issues = _check_course(title=title, venue=venue, days=days, min_days=min_days_to_complete, fiscal_year=fiscal_year)
    if issues:
        raise ValidationFailed(issues)
    course_row = existing or m.TrainingCourse(institute_id=institute_id, fiscal_year=fiscal_year)
    course_row.title = title.strip()
    course_row.venue = venue.strip()
    course_row.trainers = trainers.strip()
    course_row.days_count = len(days)
    course_row.min_days_to_complete = min_days_to_complete
    if existing is None:
        session.add(course_row)
        session.flush()
    wanted = {d.day_no: d for d in days}
    for day_no, form in wanted.items():
        row = all_days.get(day_no)
        if row is None:
            session.add(
                m.TrainingDay(course_id=course_row.id, day_no=day_no, held_on=form.held_on, topics=form.topics.strip())
            )
            continue
        row.deleted_at = None  # a day dropped earlier and wanted again comes back (one row per course and day)
        row.held_on = form.held_on
        row.topics = form.topics.strip()
    for day_no, row in all_days.items():
        if day_no not in wanted and row.deleted_at is None:
            for mark in session.scalars(
                select(m.TrainingAttendance).where(
                    m.TrainingAttendance.day_id == row.id, m.TrainingAttendance.deleted_at.is_(None)
                )
            ):
                session.delete(mark)
            session.delete(row)
    uow.commit()
    return course_row.id


def _target_people(session: Session, *, institute_id: str, fiscal_year: int) -> list[tuple[str, str | None, str]]:
    """(household id, member id, full name) of each live target household, in rank order: the representative
    named in its participation record, else its head."""
    selection_id = session.scalar(
        select(SELECTION.c.id).where(
            SELECTION.c.institute_id == institute_id,
            SELECTION.c.fiscal_year == fiscal_year,
            SELECTION.c.deleted_at.is_(None),
        )
    )
    if selection_id is None:
        return []
    households = (
        session.execute(
            select(TARGET.c.household_id)
            .join(HH, HH.c.id == TARGET.c.household_id)
            .where(TARGET.c.selection_id == selection_id, TARGET.c.deleted_at.is_(None), HH.c.deleted_at.is_(None))
            .order_by(TARGET.c.rank)
        )
        .scalars()
        .all()
    )
    if not households:
        return []
    representatives = dict(
        session.execute(
            select(PARTICIPATION.c.household_id, PARTICIPATION.c.representative_member_id).where(
                PARTICIPATION.c.household_id.in_(households),
                PARTICIPATION.c.fiscal_year == fiscal_year,
                PARTICIPATION.c.deleted_at.is_(None),
            )
        ).all()
    )
    members = session.execute(
        select(
            MEMBER.c.id,
            MEMBER.c.household_id,
            MEMBER.c.title,
            MEMBER.c.first_name,
            MEMBER.c.last_name,
            MEMBER.c.is_head,
        ).where(MEMBER.c.household_id.in_(households), MEMBER.c.deleted_at.is_(None))
    ).all()
    by_id = {row.id: row for row in members}
    heads = {row.household_id: row for row in members if row.is_head}
    people: list[tuple[str, str | None, str]] = []
    seen: set[str] = set()
    for household_id in households:
        if household_id in seen:
            continue
        seen.add(household_id)
        chosen = by_id.get(representatives.get(household_id) or "") or heads.get(household_id)
        if chosen is None:
            continue
        people.append((household_id, chosen.id, _full_name(chosen.title, chosen.first_name, chosen.last_name)))
    return people


def add_target_participants(uow: UnitOfWork, *, course_id: str) -> int:
    """Add one participant for every target household of the course's institute and year not yet in the course;
    returns how many were added."""
    session = uow.session
    found = _live_course(session, course_id)
    already = set(
        session.scalars(
            select(PARTICIPANT.c.household_id).where(
                PARTICIPANT.c.course_id == course_id,
                PARTICIPANT.c.deleted_at.is_(None),
                PARTICIPANT.c.household_id.is_not(None),
            )
        )
    )
    added = 0
    for household_id, member_id, full_name in _target_people(
        session, institute_id=found.institute_id, fiscal_year=found.fiscal_year
    ):
        if household_id in already:
            continue
        session.add(
            m.TrainingParticipant(
                course_id=course_id, household_id=household_id, member_id=member_id, full_name=full_name[:TEXT_LIMIT]
            )
        )
        added += 1
    uow.commit()
    return added


def add_participant(
    uow: UnitOfWork,
    *,
    course_id: str,
    full_name: str,
    household_id: str | None = None,
    member_id: str | None = None,
    note: str = "",
) -> str:
    """Add a person to the course (anyone: a member of a target household or another person); returns the id."""
    session = uow.session
    _live_course(session, course_id)
    issues: list[Issue] = []
    if not full_name.strip():
        issues.append(Issue("training_participant_name_required", "full_name"))
    for field_name, value in (("full_name", full_name), ("note", note)):
        if len(value.strip()) > TEXT_LIMIT:
            issues.append(Issue("text_too_long", field_name, params={"limit": TEXT_LIMIT}))
    if issues:
        raise ValidationFailed(issues)
    if household_id is not None:
        household = session.get(m.Household, household_id)
        if household is None or household.deleted_at is not None:
            raise NotFound(household_id)
    if member_id is not None:
        member = session.get(m.HouseholdMember, member_id)
        if member is None or member.deleted_at is not None:
            raise NotFound(member_id)
        household_id = household_id or member.household_id
    row = m.TrainingParticipant(
        course_id=course_id,
        household_id=household_id,
        member_id=member_id,
        full_name=full_name.strip(),
        note=note.strip(),
    )
    session.add(row)
    session.flush()
    uow.commit()
    return row.id


def remove_participant(uow: UnitOfWork, *, course_id: str, participant_id: str) -> None:
    """Take a person off the course, with their attendance (tombstones, kept for sync and the audit trail)."""
    session = uow.session
    row = session.get(m.TrainingParticipant, participant_id)
    if row is None or row.deleted_at is not None or row.course_id != course_id:
        raise NotFound(participant_id)
    for mark in session.scalars(
        select(m.TrainingAttendance).where(
            m.TrainingAttendance.participant_id == participant_id, m.TrainingAttendance.deleted_at.is_(None)
        )
    ):
        session.delete(mark)
    session.delete(row)
    uow.commit()


def _record(
    session: Session,
    *,
    days: dict[int, str],
    participants: set[str],
    marks: Sequence[AttendanceMark],
) -> None:
    for mark in marks:
        day_id = days.get(mark.day_no)
        if day_id is None:
            raise NotFound(f"day {mark.day_no}")
        if mark.participant_id not in participants:
            raise NotFound(mark.participant_id)
        if len(mark.note.strip()) > TEXT_LIMIT:
            raise ValidationFailed([Issue("text_too_long", "note", params={"limit": TEXT_LIMIT})])
        row = session.scalars(
            select(m.TrainingAttendance).where(
                m.TrainingAttendance.day_id == day_id, m.TrainingAttendance.participant_id == mark.participant_id
            )
        ).first()
        if mark.status is None:
            if row is not None and row.deleted_at is None:
                session.delete(row)
            continue
        if row is None:
            session.add(
                m.TrainingAttendance(
                    day_id=day_id, participant_id=mark.participant_id, status=mark.status, note=mark.note.strip()
                )
            )
            session.flush()  # a later mark of the same cell in this batch finds it
        else:
            row.deleted_at = None  # one row per day and person: a cleared mark comes back
            row.status = mark.status
            row.note = mark.note.strip()


def set_attendance_many(uow: UnitOfWork, *, course_id: str, marks: Sequence[AttendanceMark]) -> None:
    """Record many cells of the attendance grid in one transaction (all or none)."""
    session = uow.session
    _live_course(session, course_id)
    days = dict(
        session.execute(
            select(DAY.c.day_no, DAY.c.id).where(DAY.c.course_id == course_id, DAY.c.deleted_at.is_(None))
        ).all()
    )
    participants = set(
        session.scalars(
            select(PARTICIPANT.c.id).where(PARTICIPANT.c.course_id == course_id, PARTICIPANT.c.deleted_at.is_(None))
        )
    )
    _record(session, days=days, participants=participants, marks=marks)
    uow.commit()


def set_attendance(
    uow: UnitOfWork,
    *,
    course_id: str,
    participant_id: str,
    day_no: int,
    status: AttendanceStatus | None,
    note: str = "",
) -> None:
    """Record one participant's attendance on one day (None clears the mark)."""
    set_attendance_many(uow, course_id=course_id, marks=[AttendanceMark(participant_id, day_no, status, note)])


# -- reads ---------------------------------------------------------------------------------------------------------
def _days(session: Session, course_id: str) -> tuple[DayView, ...]:
    rows = session.execute(
        select(DAY.c.id, DAY.c.day_no, DAY.c.held_on, DAY.c.topics)
        .where(DAY.c.course_id == course_id, DAY.c.deleted_at.is_(None))
        .order_by(DAY.c.day_no)
    ).all()
    return tuple(DayView(r.id, r.day_no, r.held_on, r.topics) for r in rows)


def course(session: Session, *, institute_id: str, fiscal_year: int) -> CourseView | None:
    """The institute's course of ``fiscal_year`` (B.E.), or None before it is saved."""
    row = session.execute(
        select(COURSE)
        .where(
            COURSE.c.institute_id == institute_id,
            COURSE.c.fiscal_year == fiscal_year,
            COURSE.c.deleted_at.is_(None),
        )
        .order_by(COURSE.c.created_at)
        .limit(1)
    ).first()
    if row is None:
        return None
    days = _days(session, row.id)
    return CourseView(
        id=row.id,
        institute_id=row.institute_id,
        fiscal_year=row.fiscal_year,
        title=row.title,
        venue=row.venue,
        trainers=row.trainers,
        days_count=len(days),
        min_days_to_complete=row.min_days_to_complete,
        days=days,
    )


def attendance_grid(session: Session, course_id: str) -> AttendanceGrid:
    """Every participant of the course (target households in register order first, then others by name) with
    their mark on each day, days attended and completion; counts per day."""
    found = session.execute(
        select(COURSE.c.min_days_to_complete).where(COURSE.c.id == course_id, COURSE.c.deleted_at.is_(None))
    ).first()
    if found is None:
        raise NotFound(course_id)
    days = _days(session, course_id)
    day_index = {d.id: i for i, d in enumerate(days)}
    heads = (
        select(MEMBER.c.household_id, MEMBER.c.title, MEMBER.c.first_name, MEMBER.c.last_name)
        .where(MEMBER.c.is_head.is_(True), MEMBER.c.deleted_at.is_(None))
        .subquery()
    )
    rows = session.execute(
        select(
            PARTICIPANT.c.id,
            PARTICIPANT.c.full_name,
            PARTICIPANT.c.household_id,
            PARTICIPANT.c.member_id,
            PARTICIPANT.c.note,
            HH.c.code,
            HH.c.house_no,
            heads.c.title,
            heads.c.first_name,
            heads.c.last_name,
        )
        .select_from(PARTICIPANT)
        .outerjoin(HH, HH.c.id == PARTICIPANT.c.household_id)
        .outerjoin(heads, heads.c.household_id == PARTICIPANT.c.household_id)
        .where(PARTICIPANT.c.course_id == course_id, PARTICIPANT.c.deleted_at.is_(None))
    ).all()
    rows = sorted(rows, key=lambda r: (r.household_id is None, r.code or "", r.full_name, r.id))
    marks: dict[str, list[Mark | None]] = {r.id: [None] * len(days) for r in rows}
    if days and rows:
        for a in session.execute(
            select(ATTENDANCE.c.participant_id, ATTENDANCE.c.day_id, ATTENDANCE.c.status, ATTENDANCE.c.note).where(
                ATTENDANCE.c.day_id.in_(list(day_index)), ATTENDANCE.c.deleted_at.is_(None)
            )
        ):
            if a.participant_id in marks:
                marks[a.participant_id][day_index[a.day_id]] = Mark(AttendanceStatus(a.status), a.note or "")
    required = found.min_days_to_complete
    participants = tuple(
        ParticipantRow(
            id=r.id,
            no=no,
            full_name=r.full_name,
            household_id=r.household_id,
            household_code=r.code or "",
            household_head=_full_name(r.title, r.first_name, r.last_name),
            house_no=r.house_no or "",
            member_id=r.member_id,
            note=r.note or "",
            marks=tuple(marks[r.id]),
            completion=completion((mk.status if mk else None for mk in marks[r.id]), required_days=required),
        )
        for no, r in enumerate(rows, start=1)
    )
    counts = []
    for i, d in enumerate(days):
        statuses = [mark.status if (mark := p.marks[i]) else None for p in participants]
        counts.append(
            DayCounts(
                day_no=d.day_no,
                present=statuses.count(AttendanceStatus.PRESENT),
                late=statuses.count(AttendanceStatus.LATE),
                absent=statuses.count(AttendanceStatus.ABSENT),
                leave=statuses.count(AttendanceStatus.LEAVE),
                unrecorded=statuses.count(None),
            )
        )
    return AttendanceGrid(
        course_id=course_id,
        days=days,
        min_days_to_complete=required,
        participants=participants,
        day_counts=tuple(counts),
    )


def institute_choices(session: Session) -> list[tuple[str, str]]:
    """(id, name) of every live institute, by name."""
    return [
        (r.id, r.name)
        for r in session.execute(
            select(INSTITUTE.c.id, INSTITUTE.c.name).where(INSTITUTE.c.deleted_at.is_(None)).order_by(INSTITUTE.c.name)
        )
    ]


def household_choices(session: Session, *, institute_id: str) -> list[HouseholdChoice]:
    """The institute's live households with their heads, in register order (for adding a person by hand)."""
    rows = session.execute(
        select(HH.c.id, HH.c.code, HH.c.house_no, MEMBER.c.title, MEMBER.c.first_name, MEMBER.c.last_name)
        .outerjoin(
            MEMBER, (MEMBER.c.household_id == HH.c.id) & MEMBER.c.is_head.is_(True) & MEMBER.c.deleted_at.is_(None)
        )
        .where(HH.c.institute_id == institute_id, HH.c.deleted_at.is_(None))
        .order_by(HH.c.code, HH.c.id)
    ).all()
    return [HouseholdChoice(r.id, r.code, _full_name(r.title, r.first_name, r.last_name), r.house_no) for r in rows]
