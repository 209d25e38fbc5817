"""Activity tracking: the fiscal year's three activities of an institute with their deadlines, where each stands,
their dates, budget and spending, the warnings, and a summary laid out for keying into BPM (the government's budget
and project monitoring system).

The activities are the ``program_activity`` rows edited on the institute screen: the committee workshop, the
founding, and the debt-management activity "สำนึกดี แผนดี บริหารหนี้ได้" (rows of kind ``debt_training`` and
``plan_meeting``). The debt-management activity is done when its training is over and the committee's plan meeting
held (``domain.activity_deadlines.debt_management_done``); where its rows give no done date, the training days
(``training_course`` / ``training_day``) and the plan's meeting date (``institute_plan``) give the real ones. The
target households, the training's completions and the signed 1HH1C contracts are shown as its steps, and the
households that completed the training are its result.

Deadlines come from the fiscal year's profile (``quarter_deadlines``; the newest profile up to that year, else the
guideline's defaults). Reads only: plain table queries, batched over institutes, so the province's roll-up of
every institute costs the same handful of queries as one institute.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from cdfi_desktop.db import models as m
from cdfi_desktop.db.base import table_of
from cdfi_desktop.domain.activity_deadlines import (
    Deadline,
    State,
    Tally,
    TrackedActivity,
    Verdict,
    activity_deadlines,
    applies,
    debt_management_done,
    founding_year,
    tally,
    verdict,
)
from cdfi_desktop.domain.enums import (
    ActivityKind,
    ActivityStatus,
    AttendanceStatus,
    Cohort,
    ContractStatus,
    TargetStatus,
)
from cdfi_desktop.domain.money import format_baht
from cdfi_desktop.messages import message
from cdfi_desktop.services.errors import NotFound

__all__ = [
    "ROW_KINDS",
    "ActivitiesView",
    "ActivityLine",
    "ActivityRollup",
    "ActivityWarning",
    "BpmRow",
    "Note",
    "OtherActivity",
    "RollupRow",
    "activity_overview",
    "activity_rollup",
    "activity_status",
    "bpm_rows",
    "bpm_summary",
    "bpm_table",
    "bpm_tsv",
]

INST, ACTIVITY, PROFILE = table_of(m.Institute), table_of(m.ProgramActivity), table_of(m.FiscalYearProfile)
COURSE, DAY = table_of(m.TrainingCourse), table_of(m.TrainingDay)
PARTICIPANT, ATTENDANCE = table_of(m.TrainingParticipant), table_of(m.TrainingAttendance)
SELECTION, TARGET = table_of(m.TargetSelection), table_of(m.TargetHousehold)
PLAN, CONTRACT = table_of(m.InstitutePlan), table_of(m.ConsolidationContract)

# The program_activity kinds that make up each tracked activity.
ROW_KINDS: Mapping[TrackedActivity, tuple[ActivityKind, ...]] = {
    TrackedActivity.COMMITTEE_WORKSHOP: (ActivityKind.COMMITTEE_WORKSHOP,),
    TrackedActivity.FOUNDING: (ActivityKind.FOUNDING,),
    TrackedActivity.DEBT_MANAGEMENT: (ActivityKind.DEBT_TRAINING, ActivityKind.PLAN_MEETING),
}
_TRACKED_KINDS = {kind: activity for activity, kinds in ROW_KINDS.items() for kind in kinds}
DEFAULT_TARGET_HOUSEHOLDS = 30
_ATTENDED = (AttendanceStatus.PRESENT, AttendanceStatus.LATE)
_COUNTED_CONTRACTS = (ContractStatus.SIGNED, ContractStatus.CLOSED)


# -- texts ------------------------------------------------------------------------------------------------------
def activity_name(activity: TrackedActivity, language: str = "th") -> str:
    return message(f"activity_name_{activity.value}", language)


@dataclass(frozen=True)
class Note:
    """A message code with its parameters; a TrackedActivity parameter shows as the activity's name."""

    code: str
    params: tuple[tuple[str, object], ...] = ()

    @classmethod
    def of(cls, code: str, **params: object) -> Note:
        return cls(code, tuple(params.items()))

    def text(self, language: str = "th") -> str:
        shown = {k: activity_name(v, language) if isinstance(v, TrackedActivity) else v for k, v in self.params}
        return message(self.code, language, **shown)


def state_text(one: Verdict, language: str = "th") -> str:
    days = one.days_left if one.state in (State.DUE_SOON, State.UPCOMING) else one.days_late
    return message(f"activity_state_{one.state.value}", language, days=days)


def quarter_text(deadline: Deadline, language: str = "th") -> str:
    if deadline.from_quarter == deadline.quarter:
        return message("activity_quarter", language, quarter=deadline.quarter)
    return message("activity_quarters", language, first=deadline.from_quarter, last=deadline.quarter)


def percent_spent(budget: Decimal, spent: Decimal) -> Decimal | None:
    """Spent as a percentage of the budget, to two decimals; None without a budget."""
    if budget <= 0:
        return None
    return (spent * 100 / budget).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


# -- rows -------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ActivityLine:
    """One of the year's three activities of an institute."""

    activity: TrackedActivity
    deadline: Deadline
    applicable: bool
    verdict: Verdict
    titles: tuple[str, ...]  # the titles of its activity records
    record_ids: tuple[str, ...]  # its live program_activity rows
    recorded_status: ActivityStatus | None  # None without a record
    planned_date: date | None
    done_on: date | None  # done by this day (not after the day asked)
    done_from_records: bool  # the done date came from the training / plan, not the activity record
    budget: Decimal
    spent: Decimal
    target: int  # institutes (workshop, founding) or households (debt management)
    target_unit: str  # "institutes" or "households"
    result: int  # to date, in the same unit
    steps: tuple[Note, ...]

    @property
    def spent_pct(self) -> Decimal | None:
        return percent_spent(self.budget, self.spent)

    @property
    def state(self) -> State:
        return self.verdict.state

    def name(self, language: str = "th") -> str:
        return activity_name(self.activity, language)

    def quarter_text(self, language: str = "th") -> str:
        return quarter_text(self.deadline, language)

    def state_text(self, language: str = "th") -> str:
        return state_text(self.verdict, language)

    def details(self, language: str = "th") -> str:
        return "; ".join(step.text(language) for step in self.steps)


@dataclass(frozen=True)
class OtherActivity:
    """A program activity of the year outside the three (the debtor survey, others): shown, not judged."""

    id: str
    kind: ActivityKind
    title: str
    planned_date: date | None
    done_date: date | None
    status: ActivityStatus
    budget: Decimal
    spent: Decimal


@dataclass(frozen=True)
class ActivityWarning:
    severity: str  # "error" (overdue), "warning", "info"
    activity: TrackedActivity
    note: Note

    def text(self, language: str = "th") -> str:
        return self.note.text(language)


@dataclass(frozen=True)
class ActivitiesView:
    institute_id: str
    institute_name: str
    cohort: Cohort
    cohort_fiscal_year: int | None
    fiscal_year: int  # B.E.
    as_of: date
    lines: tuple[ActivityLine, ...]  # the three, in the guideline's order (one of them not applicable)
    others: tuple[OtherActivity, ...]
    warnings: tuple[ActivityWarning, ...]

    def line(self, activity: TrackedActivity) -> ActivityLine:
        return next(line for line in self.lines if line.activity is activity)

    @property
    def applicable(self) -> tuple[ActivityLine, ...]:
        return tuple(line for line in self.lines if line.applicable)

    @property
    def founding_year(self) -> bool:
        return founding_year(
            cohort=self.cohort, cohort_fiscal_year=self.cohort_fiscal_year, fiscal_year=self.fiscal_year
        )

    @property
    def budget(self) -> Decimal:
        return sum((line.budget for line in self.lines), Decimal("0.00"))

    @property
    def spent(self) -> Decimal:
        return sum((line.spent for line in self.lines), Decimal("0.00"))

    @property
    def overdue(self) -> int:
        return sum(1 for line in self.lines if line.state is State.OVERDUE)


@dataclass(frozen=True)
class BpmRow:
    """One activity as it is keyed into BPM: quarter, target, result to date, budget, spent, % spent, status."""

    activity: TrackedActivity
    deadline: Deadline
    target: int
    target_unit: str
    result: int
    budget: Decimal
    spent: Decimal
    verdict: Verdict
    done_on: date | None
    steps: tuple[Note, ...] = field(default=())

    @property
    def spent_pct(self) -> Decimal | None:
        return percent_spent(self.budget, self.spent)

    def name(self, language: str = "th") -> str:
        return activity_name(self.activity, language)

    def quarter_text(self, language: str = "th") -> str:
        return quarter_text(self.deadline, language)

    def target_text(self, language: str = "th") -> str:
        return message(f"activity_unit_{self.target_unit}", language, count=self.target)

    def result_text(self, language: str = "th") -> str:
        return message(f"activity_unit_{self.target_unit}", language, count=self.result)

    def state_text(self, language: str = "th") -> str:
        return state_text(self.verdict, language)

    def details(self, language: str = "th") -> str:
        return "; ".join(step.text(language) for step in self.steps)


# -- gathering ------------------------------------------------------------------------------------------------
@dataclass
class _Facts:
    """What the tables say about one institute's year."""

    id: str
    name: str
    cohort: Cohort
    cohort_fiscal_year: int | None
    province_code: str
    rows: list[Any] = field(default_factory=list)  # live program_activity rows of the year
    course_days: list[date | None] | None = None  # None: no course
    trained_households: int = 0
    targets: int = 0
    targets_locked_on: date | None = None
    plan_meeting: date | None = None
    contract_households: int = 0
    first_signing: date | None = None
    last_signing: date | None = None


def _profile(session: Session, fiscal_year: int) -> tuple[dict[str, Any], int]:
    """The quarter deadlines and target households of ``fiscal_year``: its profile, else the newest before it."""
    row = session.execute(
        select(PROFILE.c.quarter_deadlines, PROFILE.c.target_households)
        .where(PROFILE.c.deleted_at.is_(None), PROFILE.c.fiscal_year <= fiscal_year)
        .order_by(PROFILE.c.fiscal_year.desc())
        .limit(1)
    ).first()
    if row is None:
        return {}, DEFAULT_TARGET_HOUSEHOLDS
    deadlines = row.quarter_deadlines if isinstance(row.quarter_deadlines, dict) else {}
    return deadlines, int(row.target_households or DEFAULT_TARGET_HOUSEHOLDS)


def _scoped(query: Select[Any], column: Any, institutes: Sequence[str] | None) -> Select[Any]:
    return query if institutes is None else query.where(column.in_(list(institutes)))


def _gather(
    session: Session, *, fiscal_year: int, as_of: date, institute_id: str | None, province_code: str | None
) -> list[_Facts]:
    query = select(INST.c.id, INST.c.name, INST.c.cohort, INST.c.cohort_fiscal_year, INST.c.province_code).where(
        INST.c.deleted_at.is_(None)
    )
    if institute_id is not None:
        query = query.where(INST.c.id == institute_id)
    if province_code is not None:
        query = query.where(INST.c.province_code == province_code)
    facts = {
        r.id: _Facts(r.id, r.name, Cohort(r.cohort), r.cohort_fiscal_year, r.province_code)
        for r in session.execute(query.order_by(INST.c.province_code, INST.c.district_code, INST.c.name, INST.c.id))
    }
    if not facts:
        return []
    # Every institute asked for: no IN list at all (a province's hundreds of ids stay out of the SQL).
    scope: Sequence[str] | None = list(facts) if institute_id is not None or province_code is not None else None
    if scope is not None and len(scope) > 500:
        scope = None

    for row in session.execute(
        _scoped(
            select(ACTIVITY).where(ACTIVITY.c.fiscal_year == fiscal_year, ACTIVITY.c.deleted_at.is_(None)),
            ACTIVITY.c.institute_id,
            scope,
        ).order_by(ACTIVITY.c.planned_date.is_(None), ACTIVITY.c.planned_date, ACTIVITY.c.kind, ACTIVITY.c.id)
    ):
        if row.institute_id in facts:
            facts[row.institute_id].rows.append(row)

    courses: dict[str, tuple[str, int]] = {}  # institute → (course id, days needed to complete)
    for row in session.execute(
        _scoped(
            select(COURSE.c.id, COURSE.c.institute_id, COURSE.c.min_days_to_complete).where(
                COURSE.c.fiscal_year == fiscal_year, COURSE.c.deleted_at.is_(None)
            ),
            COURSE.c.institute_id,
            scope,
        ).order_by(COURSE.c.created_at, COURSE.c.id)
    ):
        if row.institute_id in facts and row.institute_id not in courses:
            courses[row.institute_id] = (row.id, row.min_days_to_complete)
    course_of = {course_id: institute for institute, (course_id, _) in courses.items()}
    days: dict[str, list[date | None]] = defaultdict(list)
    if course_of:
        for row in session.execute(
            _scoped(
                select(DAY.c.course_id, DAY.c.held_on)
                .join(COURSE, COURSE.c.id == DAY.c.course_id)
                .where(COURSE.c.fiscal_year == fiscal_year, DAY.c.deleted_at.is_(None), COURSE.c.deleted_at.is_(None)),
                COURSE.c.institute_id,
                scope,
            ).order_by(DAY.c.course_id, DAY.c.day_no)
        ):
            if row.course_id in course_of:
                days[row.course_id].append(row.held_on)
        attended = session.execute(
            _scoped(
                select(PARTICIPANT.c.course_id, PARTICIPANT.c.household_id, func.count().label("days"))
                .join(ATTENDANCE, ATTENDANCE.c.participant_id == PARTICIPANT.c.id)
                .join(DAY, DAY.c.id == ATTENDANCE.c.day_id)
                .join(COURSE, COURSE.c.id == PARTICIPANT.c.course_id)
                .where(
                    COURSE.c.fiscal_year == fiscal_year,
                    COURSE.c.deleted_at.is_(None),
                    PARTICIPANT.c.deleted_at.is_(None),
                    PARTICIPANT.c.household_id.is_not(None),
                    ATTENDANCE.c.deleted_at.is_(None),
                    DAY.c.deleted_at.is_(None),
                    ATTENDANCE.c.status.in_([s.value for s in _ATTENDED]),
                ),
                COURSE.c.institute_id,
                scope,
            ).group_by(PARTICIPANT.c.id, PARTICIPANT.c.course_id, PARTICIPANT.c.household_id)
        ).all()
        completed: dict[str, set[str]] = defaultdict(set)
        for row in attended:
            institute = course_of.get(row.course_id)
            if institute is not None and row.days >= max(1, courses[institute][1]):
                completed[institute].add(row.household_id)
        for institute, (course_id, _) in courses.items():
            facts[institute].course_days = days.get(course_id, [])
            facts[institute].trained_households = len(completed.get(institute, ()))

    targets = (
        select(TARGET.c.selection_id, func.count().label("n"))
        .where(TARGET.c.deleted_at.is_(None))
        .group_by(TARGET.c.selection_id)
        .subquery()
    )
    for row in session.execute(
        _scoped(
            select(SELECTION.c.institute_id, SELECTION.c.status, SELECTION.c.locked_at, targets.c.n)
            .outerjoin(targets, targets.c.selection_id == SELECTION.c.id)
            .where(SELECTION.c.fiscal_year == fiscal_year, SELECTION.c.deleted_at.is_(None)),
            SELECTION.c.institute_id,
            scope,
        )
    ):
        if row.institute_id in facts:
            one = facts[row.institute_id]
            one.targets = int(row.n or 0)
            locked = row.status == TargetStatus.LOCKED and row.locked_at is not None
            one.targets_locked_on = row.locked_at.date() if locked else None

    for row in session.execute(
        _scoped(
            select(PLAN.c.institute_id, PLAN.c.meeting_date).where(
                PLAN.c.fiscal_year == fiscal_year, PLAN.c.deleted_at.is_(None)
            ),
            PLAN.c.institute_id,
            scope,
        )
    ):
        if row.institute_id in facts and row.meeting_date is not None and row.meeting_date <= as_of:
            facts[row.institute_id].plan_meeting = row.meeting_date

    for row in session.execute(
        _scoped(
            select(
                CONTRACT.c.institute_id,
                func.count(func.distinct(CONTRACT.c.household_id)).label("n"),
                func.min(CONTRACT.c.signing_date).label("first"),
                func.max(CONTRACT.c.signing_date).label("last"),
            )
            .where(
                CONTRACT.c.fiscal_year == fiscal_year,
                CONTRACT.c.deleted_at.is_(None),
                CONTRACT.c.status.in_([s.value for s in _COUNTED_CONTRACTS]),
                CONTRACT.c.signing_date.is_not(None),
                CONTRACT.c.signing_date <= as_of,
            )
            .group_by(CONTRACT.c.institute_id),
            CONTRACT.c.institute_id,
            scope,
        )
    ):
        if row.institute_id in facts:
            one = facts[row.institute_id]
            one.contract_households, one.first_signing, one.last_signing = int(row.n), row.first, row.last
    # households at 1HH1C: the one definition (target households with all their member-fund debts in one contract)
    from cdfi_desktop.services.indicators import standing

    at = standing(session, fiscal_year=fiscal_year, as_of=as_of, institute_id=institute_id)
    for institute, one in facts.items():
        one.contract_households = len(at[institute].at_1hh1c) if institute in at else 0
    return list(facts.values())


# -- judging ------------------------------------------------------------------------------------------------
def _recorded_status(rows: Sequence[Any]) -> ActivityStatus | None:
    """The records' status taken together: done when all are, cancelled when all are, started when any is."""
    if not rows:
        return None
    statuses = [ActivityStatus(r.status) for r in rows]
    live = [s for s in statuses if s is not ActivityStatus.CANCELLED]
    if not live:
        return ActivityStatus.CANCELLED
    if all(s is ActivityStatus.DONE for s in live):
        return ActivityStatus.DONE
    if any(s in (ActivityStatus.DONE, ActivityStatus.IN_PROGRESS) for s in live):
        return ActivityStatus.IN_PROGRESS
    return ActivityStatus.PLANNED


def _done_date(rows: Iterable[Any], as_of: date) -> date | None:
    dates = [r.done_date for r in rows if r.status == ActivityStatus.DONE and r.done_date is not None]
    dates = [d for d in dates if d <= as_of]
    return max(dates) if dates else None


def _training_over(days: Sequence[date | None] | None, as_of: date) -> date | None:
    """The last day of a course whose every day is dated and past."""
    if not days or any(d is None for d in days):
        return None
    last = max(d for d in days if d is not None)
    return last if last <= as_of else None


def _debt_steps(facts: _Facts, as_of: date) -> tuple[Note, ...]:
    steps: list[Note] = []
    if facts.targets_locked_on is not None:
        steps.append(Note.of("activity_step_targets", count=facts.targets, date=facts.targets_locked_on))
    elif facts.targets:
        steps.append(Note.of("activity_step_targets_open", count=facts.targets))
    days = facts.course_days
    held = [d for d in days or () if d is not None and d <= as_of]
    if not days:
        steps.append(Note.of("activity_step_training_missing"))
    elif _training_over(days, as_of) is not None:
        steps.append(
            Note.of(
                "activity_step_training",
                days=len(days),
                first=min(held),
                last=max(held),
                completed=facts.trained_households,
            )
        )
    else:
        steps.append(Note.of("activity_step_training_open", held=len(held), days=len(days)))
    if facts.plan_meeting is not None:
        steps.append(Note.of("activity_step_plan", date=facts.plan_meeting))
    else:
        steps.append(Note.of("activity_step_plan_missing"))
    if facts.contract_households and facts.first_signing and facts.last_signing:
        steps.append(
            Note.of(
                "activity_step_contracts",
                count=facts.contract_households,
                first=facts.first_signing,
                last=facts.last_signing,
            )
        )
    else:
        steps.append(Note.of("activity_step_no_contracts"))
    return tuple(steps)


def _line(
    facts: _Facts, activity: TrackedActivity, deadline: Deadline, *, as_of: date, target_households: int
) -> ActivityLine:
    rows = [r for r in facts.rows if _TRACKED_KINDS.get(ActivityKind(r.kind)) is activity]
    applicable = applies(
        activity, cohort=facts.cohort, cohort_fiscal_year=facts.cohort_fiscal_year, fiscal_year=deadline.fiscal_year
    )
    status = _recorded_status(rows)
    planned = min((r.planned_date for r in rows if r.planned_date is not None), default=None)
    from_records = False
    if activity is TrackedActivity.DEBT_MANAGEMENT:
        training_rows = [r for r in rows if r.kind == ActivityKind.DEBT_TRAINING]
        meeting_rows = [r for r in rows if r.kind == ActivityKind.PLAN_MEETING]
        training = _done_date(training_rows, as_of) or _training_over(facts.course_days, as_of)
        meeting = _done_date(meeting_rows, as_of) or facts.plan_meeting
        done_on = debt_management_done(training_done=training, plan_meeting=meeting)
        from_records = done_on is not None and (
            _done_date(training_rows, as_of) is None or _done_date(meeting_rows, as_of) is None
        )
        if planned is None and facts.course_days:
            planned = min((d for d in facts.course_days if d is not None), default=None)
        steps = _debt_steps(facts, as_of)
        target, unit = target_households, "households"
        result = facts.trained_households
    else:
        done_on = _done_date(rows, as_of) if status is ActivityStatus.DONE else None
        steps = (
            (Note.of("activity_step_done_on", date=done_on),)
            if done_on
            else (Note.of("activity_step_planned_on", date=planned),)
            if planned
            else ()
        )
        target, unit = (1 if applicable else 0), "institutes"
        result = 1 if applicable and done_on is not None else 0
    judged = verdict(
        deadline.due,
        done_on=done_on,
        as_of=as_of,
        applicable=applicable,
        cancelled=status is ActivityStatus.CANCELLED,
    )
    return ActivityLine(
        activity=activity,
        deadline=deadline,
        applicable=applicable,
        verdict=judged,
        titles=tuple(r.title for r in rows if r.title),
        record_ids=tuple(r.id for r in rows),
        recorded_status=status,
        planned_date=planned,
        done_on=done_on,
        done_from_records=from_records,
        budget=sum((Decimal(r.budget) for r in rows), Decimal("0.00")),
        spent=sum((Decimal(r.spent) for r in rows), Decimal("0.00")),
        target=target if applicable else 0,
        target_unit=unit,
        result=result if applicable else 0,
        steps=steps,
    )


def _warnings(line: ActivityLine, *, fiscal_year: int, founding: bool) -> list[ActivityWarning]:
    a = line.activity
    found: list[ActivityWarning] = []
    if not line.applicable:
        if line.record_ids:
            code = "activity_warn_not_for_new" if founding else "activity_warn_not_for_existing"
            found.append(ActivityWarning("warning", a, Note.of(code, activity=a)))
        return found
    v, due = line.verdict, line.deadline.due
    if v.state is State.OVERDUE:
        found.append(
            ActivityWarning("error", a, Note.of("activity_warn_overdue", activity=a, deadline=due, days=v.days_late))
        )
    elif v.state is State.DUE_SOON:
        found.append(
            ActivityWarning("warning", a, Note.of("activity_warn_due_soon", activity=a, deadline=due, days=v.days_left))
        )
    elif v.state is State.DONE_LATE:
        note = Note.of("activity_warn_done_late", activity=a, done=line.done_on, deadline=due, days=v.days_late)
        found.append(ActivityWarning("warning", a, note))
    elif v.state is State.CANCELLED:
        found.append(ActivityWarning("warning", a, Note.of("activity_warn_cancelled", activity=a)))
    if line.budget > 0 and line.spent > line.budget:
        note = Note.of("activity_warn_over_budget", activity=a, spent=line.spent, budget=line.budget)
        found.append(ActivityWarning("warning", a, note))
    if not line.record_ids:
        found.append(ActivityWarning("info", a, Note.of("activity_warn_no_record", activity=a, year=fiscal_year)))
    elif line.done_on is not None and line.done_from_records and line.recorded_status is not ActivityStatus.DONE:
        found.append(
            ActivityWarning("info", a, Note.of("activity_warn_record_not_done", activity=a, done=line.done_on))
        )
    return found


def _view(
    facts: _Facts,
    deadlines: Mapping[TrackedActivity, Deadline],
    *,
    fiscal_year: int,
    as_of: date,
    target_households: int,
) -> ActivitiesView:
    lines = tuple(
        _line(facts, activity, deadline, as_of=as_of, target_households=target_households)
        for activity, deadline in deadlines.items()
    )
    founding = founding_year(cohort=facts.cohort, cohort_fiscal_year=facts.cohort_fiscal_year, fiscal_year=fiscal_year)
    warnings = [w for line in lines for w in _warnings(line, fiscal_year=fiscal_year, founding=founding)]
    order = {"error": 0, "warning": 1, "info": 2}
    warnings.sort(key=lambda w: order[w.severity])
    others = tuple(
        OtherActivity(
            id=r.id,
            kind=ActivityKind(r.kind),
            title=r.title,
            planned_date=r.planned_date,
            done_date=r.done_date,
            status=ActivityStatus(r.status),
            budget=Decimal(r.budget),
            spent=Decimal(r.spent),
        )
        for r in facts.rows
        if ActivityKind(r.kind) not in _TRACKED_KINDS
    )
    return ActivitiesView(
        institute_id=facts.id,
        institute_name=facts.name,
        cohort=facts.cohort,
        cohort_fiscal_year=facts.cohort_fiscal_year,
        fiscal_year=fiscal_year,
        as_of=as_of,
        lines=lines,
        others=others,
        warnings=tuple(warnings),
    )


# -- reads ----------------------------------------------------------------------------------------------------
def activity_status(session: Session, *, institute_id: str, fiscal_year: int, as_of: date) -> ActivitiesView:
    """The institute's three activities of ``fiscal_year`` (B.E.) as they stand on ``as_of``; NotFound when there
    is no such live institute."""
    gathered = _gather(session, fiscal_year=fiscal_year, as_of=as_of, institute_id=institute_id, province_code=None)
    if not gathered:
        raise NotFound(institute_id)
    quarters, target_households = _profile(session, fiscal_year)
    return _view(
        gathered[0],
        activity_deadlines(fiscal_year, quarters),
        fiscal_year=fiscal_year,
        as_of=as_of,
        target_households=target_households,
    )


def bpm_rows(view: ActivitiesView) -> list[BpmRow]:
    """The BPM keying rows of the activities the institute does this year, in the guideline's order."""
    return [
        BpmRow(
            activity=line.activity,
            deadline=line.deadline,
            target=line.target,
            target_unit=line.target_unit,
            result=line.result,
            budget=line.budget,
            spent=line.spent,
            verdict=line.verdict,
            done_on=line.done_on,
            steps=line.steps,
        )
        for line in view.applicable
    ]


def bpm_summary(session: Session, *, institute_id: str, fiscal_year: int, as_of: date) -> list[BpmRow]:
    """:func:`bpm_rows` of the institute's :func:`activity_status`."""
    return bpm_rows(activity_status(session, institute_id=institute_id, fiscal_year=fiscal_year, as_of=as_of))


BPM_COLUMNS = ("activity", "quarter", "target", "result", "budget", "spent", "spent_pct", "status", "details")


def bpm_table(rows: Sequence[BpmRow], language: str = "th", *, plain_numbers: bool = False) -> list[list[str]]:
    """The header and one text row per activity; ``plain_numbers`` writes amounts without thousands separators
    (for pasting into a form)."""

    def amount(value: Decimal) -> str:
        return f"{value:.2f}" if plain_numbers else format_baht(value)

    table = [[message(f"activity_bpm_{column}", language) for column in BPM_COLUMNS]]
    for row in rows:
        pct = row.spent_pct
        table.append(
            [
                row.name(language),
                row.quarter_text(language),
                row.target_text(language),
                row.result_text(language),
                amount(row.budget),
                amount(row.spent),
                "" if pct is None else f"{pct:.2f}",
                row.state_text(language),
                row.details(language),
            ]
        )
    return table


def bpm_tsv(rows: Sequence[BpmRow], language: str = "th") -> str:
    """Tab-separated lines (header first) for the clipboard: each cell pastes into its own BPM or Excel cell."""
    return "\n".join(
        "\t".join(" ".join(cell.split()) for cell in line) for line in bpm_table(rows, language, plain_numbers=True)
    )


# -- the province's roll-up ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class RollupRow:
    activity: TrackedActivity
    deadline: Deadline
    tally: Tally
    target: int
    result: int
    budget: Decimal
    spent: Decimal
    overdue_institutes: tuple[str, ...]  # names

    @property
    def spent_pct(self) -> Decimal | None:
        return percent_spent(self.budget, self.spent)


@dataclass(frozen=True)
class ActivityRollup:
    fiscal_year: int
    as_of: date
    province_code: str | None
    institutes: int
    rows: tuple[RollupRow, ...]

    def row(self, activity: TrackedActivity) -> RollupRow:
        return next(row for row in self.rows if row.activity is activity)


def activity_overview(
    session: Session, *, fiscal_year: int, as_of: date, province_code: str | None = None
) -> tuple[ActivityRollup, list[ActivitiesView]]:
    """Every live institute (of ``province_code``, or all in the database) at once, from the same few queries
    however many there are: the :func:`activity_rollup` and each institute's :func:`activity_status` (by province,
    district, name)."""
    from cdfi_desktop.db.engine import for_large_reads

    for_large_reads(session)
    gathered = _gather(session, fiscal_year=fiscal_year, as_of=as_of, institute_id=None, province_code=province_code)
    quarters, target_households = _profile(session, fiscal_year)
    deadlines = activity_deadlines(fiscal_year, quarters)
    views = [
        _view(f, deadlines, fiscal_year=fiscal_year, as_of=as_of, target_households=target_households) for f in gathered
    ]
    rows = []
    for activity, deadline in deadlines.items():
        lines = [(v.institute_name, v.line(activity)) for v in views]
        rows.append(
            RollupRow(
                activity=activity,
                deadline=deadline,
                tally=tally(line.verdict for _, line in lines),
                target=sum(line.target for _, line in lines),
                result=sum(line.result for _, line in lines),
                budget=sum((line.budget for _, line in lines), Decimal("0.00")),
                spent=sum((line.spent for _, line in lines), Decimal("0.00")),
                overdue_institutes=tuple(name for name, line in lines if line.state is State.OVERDUE),
            )
        )
    rollup = ActivityRollup(
        fiscal_year=fiscal_year, as_of=as_of, province_code=province_code, institutes=len(views), rows=tuple(rows)
    )
    return rollup, views


def activity_rollup(
    session: Session, *, fiscal_year: int, as_of: date, province_code: str | None = None
) -> ActivityRollup:
    """Every live institute (of ``province_code``, or all in the database): per activity, how many do it, are done
    (on time or late), overdue, due soon; targets, results, budget and spending summed."""
    return activity_overview(session, fiscal_year=fiscal_year, as_of=as_of, province_code=province_code)[0]
