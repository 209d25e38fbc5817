"""Activity deadlines from the profile's quarters, the verdict on a day and the cohort rule."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from cdfi_desktop.domain.activity_deadlines import (
    DEFAULT_DEADLINE_QUARTERS,
    DUE_SOON_DAYS,
    State,
    TrackedActivity,
    Verdict,
    activity_deadline,
    activity_deadlines,
    applies,
    deadline_quarter,
    debt_management_done,
    tally,
    verdict,
)
from cdfi_desktop.domain.enums import Cohort

WORKSHOP, FOUNDING, DEBT = TrackedActivity.COMMITTEE_WORKSHOP, TrackedActivity.FOUNDING, TrackedActivity.DEBT_MANAGEMENT
Q1_END_2570 = date(2026, 12, 31)
Q2_END_2570 = date(2027, 3, 31)
Q3_END_2570 = date(2027, 6, 30)


# -- deadlines --------------------------------------------------------------------------------------------------
def test_GIVEN_no_profile_quarters_WHEN_deadlines_THEN_the_guideline_defaults_workshop_q1_founding_q2_debt_q3() -> None:
    deadlines = activity_deadlines(2570, {})
    assert [d.activity for d in deadlines.values()] == [WORKSHOP, FOUNDING, DEBT]
    assert deadlines[WORKSHOP].due == Q1_END_2570
    assert deadlines[FOUNDING].due == Q2_END_2570
    assert deadlines[DEBT].due == Q3_END_2570
    assert all(d.default for d in deadlines.values())
    assert DEFAULT_DEADLINE_QUARTERS == {"committee_workshop": 1, "founding": 2, "debt_training": 3}


def test_GIVEN_fiscal_year_2560_WHEN_deadlines_THEN_the_guideline_dates_of_2016_2017() -> None:
    deadlines = activity_deadlines(2560, None)
    assert deadlines[WORKSHOP].due == date(2016, 12, 31)
    assert deadlines[FOUNDING].due == date(2017, 3, 31)
    assert deadlines[DEBT].due == date(2017, 6, 30)


def test_GIVEN_profile_quarters_other_than_the_defaults_WHEN_deadlines_THEN_the_profile_wins() -> None:
    profile = {"committee_workshop": 2, "founding": 3, "debt_training": 4, "report_round_1": 3}
    deadlines = activity_deadlines(2570, profile)
    assert deadlines[WORKSHOP].due == Q2_END_2570
    assert deadlines[FOUNDING].due == Q3_END_2570
    assert deadlines[DEBT].due == date(2027, 9, 30)
    assert not any(d.default for d in deadlines.values())
    assert deadlines[DEBT].quarters == (2, 3, 4)


def test_GIVEN_debt_management_WHEN_deadline_THEN_it_runs_from_quarter_2_and_one_quarter_activities_do_not() -> None:
    assert activity_deadline(DEBT, 2570, {}).quarters == (2, 3)
    assert activity_deadline(WORKSHOP, 2570, {}).quarters == (1,)
    assert activity_deadline(DEBT, 2570, {"debt_training": 1}).quarters == (1,)


@pytest.mark.parametrize("value", [0, 5, -1, "x", None, True, 2.5, [3]])
def test_GIVEN_a_profile_quarter_that_is_not_1_to_4_WHEN_read_THEN_the_default_is_used(value: object) -> None:
    assert deadline_quarter(FOUNDING, {"founding": value}) == (2, True)


def test_GIVEN_a_quarter_written_as_text_WHEN_read_THEN_it_counts() -> None:
    assert deadline_quarter(DEBT, {"debt_training": " 4 "}) == (4, False)


# -- verdict ----------------------------------------------------------------------------------------------------
def test_GIVEN_done_on_the_last_day_of_the_quarter_WHEN_judged_THEN_on_time() -> None:
    assert verdict(Q1_END_2570, done_on=Q1_END_2570, as_of=date(2027, 5, 1)) == Verdict(State.DONE_ON_TIME)


def test_GIVEN_done_the_day_after_the_quarter_WHEN_judged_THEN_late_by_one_day() -> None:
    found = verdict(Q1_END_2570, done_on=date(2027, 1, 1), as_of=date(2027, 5, 1))
    assert found == Verdict(State.DONE_LATE, days_late=1)
    assert found.done and found.late


def test_GIVEN_not_done_on_the_deadline_day_WHEN_judged_THEN_due_soon_with_no_day_left() -> None:
    assert verdict(Q1_END_2570, done_on=None, as_of=Q1_END_2570) == Verdict(State.DUE_SOON, days_left=0)


def test_GIVEN_not_done_the_day_after_the_deadline_WHEN_judged_THEN_overdue_by_one_day() -> None:
    found = verdict(Q1_END_2570, done_on=None, as_of=date(2027, 1, 1))
    assert found == Verdict(State.OVERDUE, days_late=1)
    assert found.late and not found.done


def test_GIVEN_the_deadline_within_the_due_soon_days_WHEN_judged_THEN_due_soon_and_one_day_more_is_upcoming() -> None:
    soon = Q1_END_2570 - timedelta(days=DUE_SOON_DAYS)
    assert verdict(Q1_END_2570, done_on=None, as_of=soon) == Verdict(State.DUE_SOON, days_left=DUE_SOON_DAYS)
    earlier = soon - timedelta(days=1)
    assert verdict(Q1_END_2570, done_on=None, as_of=earlier) == Verdict(State.UPCOMING, days_left=DUE_SOON_DAYS + 1)


def test_GIVEN_a_shorter_due_soon_window_WHEN_judged_THEN_it_is_used() -> None:
    as_of = Q1_END_2570 - timedelta(days=5)
    assert verdict(Q1_END_2570, done_on=None, as_of=as_of, due_soon_days=3).state is State.UPCOMING
    assert verdict(Q1_END_2570, done_on=None, as_of=as_of, due_soon_days=5).state is State.DUE_SOON


def test_GIVEN_a_done_date_after_the_day_asked_WHEN_judged_THEN_not_done_yet() -> None:
    found = verdict(Q1_END_2570, done_on=date(2026, 12, 20), as_of=date(2026, 12, 10))
    assert found == Verdict(State.UPCOMING, days_left=21)


def test_GIVEN_a_cancelled_activity_WHEN_judged_THEN_cancelled_unless_it_was_done() -> None:
    assert verdict(Q1_END_2570, done_on=None, as_of=date(2027, 3, 1), cancelled=True).state is State.CANCELLED
    done = verdict(Q1_END_2570, done_on=date(2026, 12, 1), as_of=date(2027, 3, 1), cancelled=True)
    assert done.state is State.DONE_ON_TIME


def test_GIVEN_an_activity_that_does_not_apply_WHEN_judged_THEN_not_applicable_whatever_the_dates() -> None:
    found = verdict(Q1_END_2570, done_on=None, as_of=date(2027, 3, 1), applicable=False)
    assert found == Verdict(State.NOT_APPLICABLE)


# -- cohort rule ------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Institute:
    cohort: Cohort
    cohort_fiscal_year: int | None

    def does(self, activity: TrackedActivity) -> bool:
        return applies(activity, cohort=self.cohort, cohort_fiscal_year=self.cohort_fiscal_year, fiscal_year=2570)


def test_GIVEN_a_new_institute_of_this_year_WHEN_asked_THEN_it_founds_and_holds_no_workshop() -> None:
    institute = _Institute(Cohort.NEW, 2570)
    assert institute.does(FOUNDING)
    assert not institute.does(WORKSHOP)
    assert institute.does(DEBT)


def test_GIVEN_a_new_institute_without_a_cohort_year_WHEN_asked_THEN_it_founds() -> None:
    assert applies(FOUNDING, cohort=Cohort.NEW, cohort_fiscal_year=None, fiscal_year=2570)


def test_GIVEN_an_institute_founded_new_in_an_earlier_year_WHEN_asked_THEN_it_is_existing_now() -> None:
    institute = _Institute(Cohort.NEW, 2568)
    assert institute.does(WORKSHOP)
    assert not institute.does(FOUNDING)


def test_GIVEN_an_existing_institute_WHEN_asked_THEN_it_holds_the_workshop_and_does_not_found() -> None:
    institute = _Institute(Cohort.EXISTING, 2565)
    assert institute.does(WORKSHOP)
    assert not institute.does(FOUNDING)
    assert institute.does(DEBT)


# -- debt management and the roll-up ----------------------------------------------------------------------------
def test_GIVEN_training_and_plan_meeting_WHEN_debt_management_done_THEN_the_later_day_and_none_while_one_missing() -> (
    None
):
    training, meeting = date(2027, 2, 3), date(2027, 2, 10)
    assert debt_management_done(training_done=training, plan_meeting=meeting) == meeting
    assert debt_management_done(training_done=meeting, plan_meeting=training) == meeting
    assert debt_management_done(training_done=training, plan_meeting=None) is None
    assert debt_management_done(training_done=None, plan_meeting=meeting) is None


def test_GIVEN_verdicts_of_several_institutes_WHEN_tallied_THEN_counts_per_state() -> None:
    found = tally(
        [
            Verdict(State.DONE_ON_TIME),
            Verdict(State.DONE_LATE, days_late=3),
            Verdict(State.OVERDUE, days_late=9),
            Verdict(State.OVERDUE, days_late=1),
            Verdict(State.NOT_APPLICABLE),
            Verdict(State.UPCOMING, days_left=40),
        ]
    )
    assert (found.done, found.overdue, found.applicable, found.not_applicable, found.not_done) == (2, 2, 5, 1, 3)
