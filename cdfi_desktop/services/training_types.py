"""What the training's use cases and screens exchange: plain frozen rows, no database layer (screens import this
module when they are built, before the database layer is loaded)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cdfi_desktop.domain.enums import AttendanceStatus
from cdfi_desktop.domain.training import Completion

COURSE_TITLE = "สำนึกดี แผนดี บริหารหนี้ได้"


# -- exchanged types -----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DayForm:
    day_no: int
    held_on: date | None = None
    topics: str = ""


@dataclass(frozen=True)
class DayView:
    id: str
    day_no: int
    held_on: date | None
    topics: str


@dataclass(frozen=True)
class CourseView:
    id: str
    institute_id: str
    fiscal_year: int  # B.E.
    title: str
    venue: str
    trainers: str
    days_count: int
    min_days_to_complete: int
    days: tuple[DayView, ...]


@dataclass(frozen=True)
class CourseDefaults:
    """What a new course starts with: the profile's days and completion rule, the default topics."""

    fiscal_year: int
    title: str
    days: tuple[DayForm, ...]
    min_days_to_complete: int


@dataclass(frozen=True)
class Mark:
    status: AttendanceStatus
    note: str = ""


@dataclass(frozen=True)
class AttendanceMark:
    """One cell of the attendance grid to record (``status`` None clears it)."""

    participant_id: str
    day_no: int
    status: AttendanceStatus | None
    note: str = ""


@dataclass(frozen=True)
class ParticipantRow:
    id: str
    no: int
    full_name: str
    household_id: str | None
    household_code: str
    household_head: str
    house_no: str
    member_id: str | None
    note: str
    marks: tuple[Mark | None, ...]  # one per day, in day order
    completion: Completion

    @property
    def days_attended(self) -> int:
        return self.completion.days_attended

    @property
    def completed(self) -> bool:
        return self.completion.completed


@dataclass(frozen=True)
class DayCounts:
    day_no: int
    present: int
    late: int
    absent: int
    leave: int
    unrecorded: int

    @property
    def attended(self) -> int:
        return self.present + self.late


@dataclass(frozen=True)
class AttendanceGrid:
    course_id: str
    days: tuple[DayView, ...]
    min_days_to_complete: int
    participants: tuple[ParticipantRow, ...]
    day_counts: tuple[DayCounts, ...]

    @property
    def completed(self) -> int:
        return sum(1 for p in self.participants if p.completed)


@dataclass(frozen=True)
class HouseholdChoice:
    id: str
    code: str
    head_name: str
    house_no: str
