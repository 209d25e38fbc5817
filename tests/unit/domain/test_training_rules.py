"""Training completion: present and late count, absent and leave do not; the profile's minimum of days."""

from __future__ import annotations

from cdfi_desktop.domain.enums import AttendanceStatus as S
from cdfi_desktop.domain.training import attended, completion


def test_given_four_days_present_or_late_then_completed_under_the_all_days_rule() -> None:
    result = completion([S.PRESENT, S.LATE, S.PRESENT, S.LATE], required_days=4)
    assert (result.days_attended, result.days_recorded, result.completed) == (4, 4, True)


def test_given_one_day_absent_or_on_leave_then_not_completed_under_all_days_but_completed_under_three() -> None:
    for missed in (S.ABSENT, S.LEAVE):
        marks = [S.PRESENT, missed, S.PRESENT, S.PRESENT]
        assert not completion(marks, required_days=4).completed
        assert completion(marks, required_days=3).completed


def test_given_days_not_recorded_yet_then_they_do_not_count() -> None:
    result = completion([S.PRESENT, None, None, None], required_days=4)
    assert (result.days_attended, result.days_recorded, result.completed) == (1, 1, False)
    assert not attended(None)
