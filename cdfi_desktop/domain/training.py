"""The 4-day training "สำนึกดี แผนดี บริหารหนี้ได้": who attended, and who completed the course.

A day counts as attended when the participant was present or late; absent and on leave do not. A
participant completes the course when the days attended reach the profile's minimum (default: all days).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from cdfi_desktop.domain.enums import AttendanceStatus

ATTENDED = frozenset({AttendanceStatus.PRESENT, AttendanceStatus.LATE})


def attended(status: AttendanceStatus | None) -> bool:
    return status in ATTENDED


@dataclass(frozen=True)
class Completion:
    days_attended: int
    days_recorded: int
    required: int

    @property
    def completed(self) -> bool:
        return self.days_attended >= self.required


def completion(statuses: Iterable[AttendanceStatus | None], *, required_days: int) -> Completion:
    """A participant's attendance over the course's days (None: not recorded yet) against the rule."""
    seen = list(statuses)
    return Completion(
        days_attended=sum(1 for s in seen if attended(s)),
        days_recorded=sum(1 for s in seen if s is not None),
        required=max(1, required_days),
    )
