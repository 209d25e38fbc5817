"""Unit tests for cdfi_desktop.domain.fiscal (Thai fiscal year from 1 October, numbered in B.E.)."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cdfi_desktop.domain.errors import DomainError
from cdfi_desktop.domain.fiscal import fiscal_quarter, fiscal_quarter_range, fiscal_year_be, fiscal_year_range

dates = st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 12, 31))


def test_given_fy_2560_when_fiscal_year_range_then_1_oct_2016_to_30_sep_2017() -> None:
    assert fiscal_year_range(2560) == (date(2016, 10, 1), date(2017, 9, 30))


@pytest.mark.parametrize(
    ("d", "fy"),
    [
        (date(2016, 9, 30), 2559),
        (date(2016, 10, 1), 2560),
        (date(2016, 12, 31), 2560),
        (date(2017, 1, 1), 2560),
        (date(2017, 9, 30), 2560),
        (date(2017, 10, 1), 2561),
    ],
)
def test_given_dates_around_30_sep_and_1_oct_when_fiscal_year_be_then_year_turns_on_1_oct(d: date, fy: int) -> None:
    assert fiscal_year_be(d) == fy


@pytest.mark.parametrize(
    ("month", "quarter"),
    [(10, 1), (11, 1), (12, 1), (1, 2), (2, 2), (3, 2), (4, 3), (5, 3), (6, 3), (7, 4), (8, 4), (9, 4)],
)
def test_given_each_month_when_fiscal_quarter_then_q1_is_oct_to_dec(month: int, quarter: int) -> None:
    assert fiscal_quarter(date(2017, month, 15)) == quarter


@pytest.mark.parametrize(
    ("quarter", "start", "end"),
    [
        (1, date(2016, 10, 1), date(2016, 12, 31)),
        (2, date(2017, 1, 1), date(2017, 3, 31)),
        (3, date(2017, 4, 1), date(2017, 6, 30)),
        (4, date(2017, 7, 1), date(2017, 9, 30)),
    ],
)
def test_given_fy_2560_when_fiscal_quarter_range_then_exact_quarter_bounds(
    quarter: int, start: date, end: date
) -> None:
    assert fiscal_quarter_range(2560, quarter) == (start, end)


def test_given_fy_with_leap_february_when_quarter_2_range_then_ends_31_march_and_year_has_366_days() -> None:
    start, end = fiscal_year_range(2563)  # 1 Oct 2019 .. 30 Sep 2020, contains 29 Feb 2020
    assert (end - start).days + 1 == 366
    assert fiscal_quarter_range(2563, 2) == (date(2020, 1, 1), date(2020, 3, 31))


@pytest.mark.parametrize("quarter", [0, 5, -1, 100])
def test_given_quarter_outside_1_to_4_when_fiscal_quarter_range_then_fiscal_quarter_invalid(
    quarter: int,
) -> None:
    with pytest.raises(DomainError) as info:
        fiscal_quarter_range(2560, quarter)
    assert info.value.code == "fiscal_quarter_invalid"
    assert info.value.params == {"quarter": quarter}


def test_given_fiscal_year_outside_calendar_when_range_then_fiscal_year_invalid() -> None:
    with pytest.raises(DomainError) as info:
        fiscal_year_range(543)  # would start in year 0 C.E.
    assert info.value.code == "fiscal_year_invalid"


@given(dates)
def test_given_any_date_when_classified_then_it_lies_in_its_year_and_quarter_ranges(d: date) -> None:
    fy = fiscal_year_be(d)
    quarter = fiscal_quarter(d)
    fy_start, fy_end = fiscal_year_range(fy)
    q_start, q_end = fiscal_quarter_range(fy, quarter)
    assert fy_start <= q_start <= d <= q_end <= fy_end
    assert fiscal_year_be(q_start) == fiscal_year_be(q_end) == fy
    assert fiscal_quarter(q_start) == fiscal_quarter(q_end) == quarter


@given(st.integers(min_value=2490, max_value=2650))
def test_given_any_fiscal_year_when_split_then_quarters_tile_the_year_without_gaps(fy: int) -> None:
    start, end = fiscal_year_range(fy)
    assert (start.month, start.day, end.month, end.day) == (10, 1, 9, 30)
    assert fiscal_year_range(fy + 1)[0] == end + timedelta(days=1)
    ranges = [fiscal_quarter_range(fy, q) for q in (1, 2, 3, 4)]
    assert ranges[0][0] == start and ranges[-1][1] == end
    for (_, prev_end), (next_start, _) in pairwise(ranges):
        assert next_start == prev_end + timedelta(days=1)
