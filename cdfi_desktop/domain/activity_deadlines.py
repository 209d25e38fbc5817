"""The fiscal year's three program activities, their quarter deadlines and the verdict on a day.

The guideline (B.E. 2560) has three activities a year:

1. the **committee workshop** of an existing institute, finished in quarter 1 (section 1.1);
2. the **founding** of a new institute, finished in quarter 2 (section 2.4);
3. the debt-management activity "สำนึกดี แผนดี บริหารหนี้ได้" of every institute, run in quarters 2–3 (section 4.1):
   the target households, the 4-day training and the committee's plan meeting.

Which quarter each must be done by is the profile's ``quarter_deadlines`` JSON, keyed ``"committee_workshop"``,
``"founding"`` and ``"debt_training"`` (the debt-management activity). A key that is missing, or whose value is not
a quarter 1–4, takes the guideline's default (:data:`DEFAULT_DEADLINE_QUARTERS`: 1, 2, 3). The deadline is the last
day of that fiscal quarter; done on that day is on time, the day after is late.

A new-cohort institute founded in this fiscal year (or with no cohort year given) does the founding, not the
workshop; every other institute does the workshop, not the founding. Standard library only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from cdfi_desktop.domain.enums import Cohort
from cdfi_desktop.domain.fiscal import fiscal_quarter_range

__all__ = [
    "DEBT_MANAGEMENT_FROM_QUARTER",
    "DEFAULT_DEADLINE_QUARTERS",
    "DUE_SOON_DAYS",
    "PROFILE_KEYS",
    "Deadline",
    "State",
    "Tally",
    "TrackedActivity",
    "Verdict",
    "activity_deadline",
    "activity_deadlines",
    "applies",
    "deadline_quarter",
    "debt_management_done",
    "founding_year",
    "tally",
    "verdict",
]


class TrackedActivity(StrEnum):
    """The guideline's three activities of a fiscal year, in their order."""

    COMMITTEE_WORKSHOP = "committee_workshop"
    FOUNDING = "founding"
    DEBT_MANAGEMENT = "debt_management"


# The profile's quarter_deadlines key of each activity.
PROFILE_KEYS: Mapping[TrackedActivity, str] = {
    TrackedActivity.COMMITTEE_WORKSHOP: "committee_workshop",
    TrackedActivity.FOUNDING: "founding",
    TrackedActivity.DEBT_MANAGEMENT: "debt_training",
}
# The guideline's quarters when the profile says nothing: workshop by Q1, founding by Q2, debt management by Q3.
DEFAULT_DEADLINE_QUARTERS: Mapping[str, int] = {"committee_workshop": 1, "founding": 2, "debt_training": 3}
# The debt-management activity opens in quarter 2 (section 4.1: quarters 2–3); the others are one quarter's work.
DEBT_MANAGEMENT_FROM_QUARTER = 2
# "Due soon" within this many days of the deadline (the deadline day included).
DUE_SOON_DAYS = 14


def deadline_quarter(activity: TrackedActivity, quarter_deadlines: Mapping[str, object] | None) -> tuple[int, bool]:
    """The quarter (1–4) ``activity`` must be done by, and whether it is the default (the profile did not say, or
    said something that is not a quarter)."""
    key = PROFILE_KEYS[activity]
    value = (quarter_deadlines or {}).get(key)
    if isinstance(value, bool):
        value = None
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, int) and 1 <= value <= 4:
        return value, False
    return DEFAULT_DEADLINE_QUARTERS[key], True


@dataclass(frozen=True)
class Deadline:
    activity: TrackedActivity
    fiscal_year: int  # B.E.
    quarter: int  # the fiscal quarter it must be done by
    from_quarter: int  # the quarter it opens (= quarter for the one-quarter activities)
    due: date  # the last day of ``quarter``: done on it is on time
    default: bool  # the profile did not give this activity's quarter

    @property
    def quarters(self) -> tuple[int, ...]:
        return tuple(range(self.from_quarter, self.quarter + 1))


def activity_deadline(
    activity: TrackedActivity, fiscal_year: int, quarter_deadlines: Mapping[str, object] | None = None
) -> Deadline:
    """The deadline of ``activity`` in B.E. ``fiscal_year`` from the profile's ``quarter_deadlines``."""
    quarter, default = deadline_quarter(activity, quarter_deadlines)
    opens = DEBT_MANAGEMENT_FROM_QUARTER if activity is TrackedActivity.DEBT_MANAGEMENT else quarter
    _, due = fiscal_quarter_range(fiscal_year, quarter)
    return Deadline(
        activity=activity,
        fiscal_year=fiscal_year,
        quarter=quarter,
        from_quarter=min(opens, quarter),
        due=due,
        default=default,
    )


def activity_deadlines(
    fiscal_year: int, quarter_deadlines: Mapping[str, object] | None = None
) -> dict[TrackedActivity, Deadline]:
    """The three activities' deadlines, in the guideline's order."""
    return {activity: activity_deadline(activity, fiscal_year, quarter_deadlines) for activity in TrackedActivity}


def founding_year(*, cohort: Cohort, cohort_fiscal_year: int | None, fiscal_year: int) -> bool:
    """True when the institute is founded in ``fiscal_year``: a new-cohort institute whose cohort year is this
    year, a later one, or not given."""
    return cohort is Cohort.NEW and (cohort_fiscal_year is None or cohort_fiscal_year >= fiscal_year)


def applies(activity: TrackedActivity, *, cohort: Cohort, cohort_fiscal_year: int | None, fiscal_year: int) -> bool:
    """Whether the institute does ``activity`` in ``fiscal_year``: founding when it is founded this year, the
    workshop otherwise, debt management always."""
    new = founding_year(cohort=cohort, cohort_fiscal_year=cohort_fiscal_year, fiscal_year=fiscal_year)
    if activity is TrackedActivity.FOUNDING:
        return new
    if activity is TrackedActivity.COMMITTEE_WORKSHOP:
        return not new
    return True


def debt_management_done(*, training_done: date | None, plan_meeting: date | None) -> date | None:
    """The debt-management activity is done when its training is over and the committee's plan meeting held
    (section 4.1.2–4.1.3): on the later of the two days; None while either is missing."""
    if training_done is None or plan_meeting is None:
        return None
    return max(training_done, plan_meeting)


class State(StrEnum):
    DONE_ON_TIME = "done_on_time"
    DONE_LATE = "done_late"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    UPCOMING = "upcoming"  # not done, the deadline more than DUE_SOON_DAYS away
    CANCELLED = "cancelled"
    NOT_APPLICABLE = "not_applicable"


DONE_STATES = frozenset({State.DONE_ON_TIME, State.DONE_LATE})


@dataclass(frozen=True)
class Verdict:
    state: State
    days_late: int = 0  # done late or overdue: days after the deadline
    days_left: int = 0  # upcoming or due soon: days until the deadline (0 on the deadline day)

    @property
    def done(self) -> bool:
        return self.state in DONE_STATES

    @property
    def late(self) -> bool:
        return self.state in (State.DONE_LATE, State.OVERDUE)


def verdict(
    deadline: date,
    *,
    done_on: date | None,
    as_of: date,
    applicable: bool = True,
    cancelled: bool = False,
    due_soon_days: int = DUE_SOON_DAYS,
) -> Verdict:
    """Where an activity stands on ``as_of``: a done date after ``as_of`` does not count yet."""
    if not applicable:
        return Verdict(State.NOT_APPLICABLE)
    if done_on is not None and done_on <= as_of:
        if done_on <= deadline:
            return Verdict(State.DONE_ON_TIME)
        return Verdict(State.DONE_LATE, days_late=(done_on - deadline).days)
    if cancelled:
        return Verdict(State.CANCELLED)
    if as_of > deadline:
        return Verdict(State.OVERDUE, days_late=(as_of - deadline).days)
    left = (deadline - as_of).days
    return Verdict(State.DUE_SOON if left <= due_soon_days else State.UPCOMING, days_left=left)


@dataclass(frozen=True)
class Tally:
    """Institutes per state of one activity (a province's roll-up)."""

    done_on_time: int = 0
    done_late: int = 0
    due_soon: int = 0
    overdue: int = 0
    upcoming: int = 0
    cancelled: int = 0
    not_applicable: int = 0

    @property
    def applicable(self) -> int:
        """Institutes that do the activity this year."""
        return self.done + self.due_soon + self.overdue + self.upcoming + self.cancelled

    @property
    def done(self) -> int:
        return self.done_on_time + self.done_late

    @property
    def not_done(self) -> int:
        return self.applicable - self.done


def tally(verdicts: Iterable[Verdict]) -> Tally:
    counts = dict.fromkeys(State, 0)
    for one in verdicts:
        counts[one.state] += 1
    return Tally(**{state.value: count for state, count in counts.items()})
