"""Unit tests for cdfi_desktop.domain.thai_date."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cdfi_desktop.domain.errors import DomainError
from cdfi_desktop.domain.thai_date import (
    BE_OFFSET,
    THAI_MONTHS,
    THAI_MONTHS_ABBR,
    be_year,
    ce_year,
    format_date_be,
    format_month_year_be,
    parse_date,
)
from cdfi_desktop.domain.thai_digits import to_thai_digits

STYLES = ("long", "short", "numeric")
dates_1950_2100 = st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 12, 31))


def _error(text: str, **kwargs: str) -> DomainError:
    with pytest.raises(DomainError) as info:
        parse_date(text, **kwargs)
    return info.value


# --- constants and year conversion -------------------------------------------------------------


def test_month_constants_are_the_twelve_thai_months() -> None:
    assert len(THAI_MONTHS) == 12 and len(THAI_MONTHS_ABBR) == 12
    assert THAI_MONTHS[0] == "มกราคม" and THAI_MONTHS[2] == "มีนาคม" and THAI_MONTHS[11] == "ธันวาคม"
    assert THAI_MONTHS_ABBR == (
        "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
    )  # fmt: skip


def test_given_years_when_converting_eras_then_offset_is_543() -> None:
    assert BE_OFFSET == 543
    assert be_year(2017) == 2560
    assert ce_year(2560) == 2017
    assert ce_year(be_year(1957)) == 1957


# --- formatting --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("style", "expected"),
    [("long", "31 มีนาคม พ.ศ. 2561"), ("short", "31 มี.ค. 2561"), ("numeric", "31/03/2561")],
)
def test_given_date_when_format_date_be_then_style_matches(style: str, expected: str) -> None:
    assert format_date_be(date(2018, 3, 31), style=style) == expected


def test_given_no_style_when_format_date_be_then_long_is_default() -> None:
    assert format_date_be(date(2018, 3, 31)) == "31 มีนาคม พ.ศ. 2561"


def test_given_single_digit_day_when_formatting_then_only_numeric_is_zero_padded() -> None:
    d = date(2024, 1, 5)
    assert format_date_be(d) == "5 มกราคม พ.ศ. 2567"
    assert format_date_be(d, style="short") == "5 ม.ค. 2567"
    assert format_date_be(d, style="numeric") == "05/01/2567"


def test_given_thai_digits_when_formatting_then_all_numbers_are_thai() -> None:
    d = date(2018, 3, 31)
    assert format_date_be(d, thai_digits=True) == "๓๑ มีนาคม พ.ศ. ๒๕๖๑"
    assert format_date_be(d, style="short", thai_digits=True) == "๓๑ มี.ค. ๒๕๖๑"
    assert format_date_be(d, style="numeric", thai_digits=True) == "๓๑/๐๓/๒๕๖๑"


def test_given_unknown_style_when_formatting_then_domain_error() -> None:
    with pytest.raises(DomainError) as info:
        format_date_be(date(2018, 3, 31), style="iso")
    assert info.value.code == "date_style_invalid"


@pytest.mark.parametrize("month", range(1, 13))
def test_given_each_month_when_format_month_year_be_then_full_name_and_be_year(month: int) -> None:
    assert format_month_year_be(2018, month) == f"{THAI_MONTHS[month - 1]} 2561"


def test_given_march_2018_when_format_month_year_be_then_thai_text() -> None:
    assert format_month_year_be(2018, 3) == "มีนาคม 2561"
    assert format_month_year_be(2018, 3, thai_digits=True) == "มีนาคม ๒๕๖๑"


@pytest.mark.parametrize("month", [0, 13, -1])
def test_given_bad_month_when_format_month_year_be_then_month_invalid(month: int) -> None:
    with pytest.raises(DomainError) as info:
        format_month_year_be(2018, month)
    assert info.value.code == "month_invalid"


# --- parsing: documented forms -----------------------------------------------------------------

MARCH_15_2017 = date(2017, 3, 15)


@pytest.mark.parametrize(
    "text",
    [
        "15/3/2560",
        "15/03/2560",
        "15-03-2560",
        "15-3-2560",
        "15.3.2560",
        "15.03.2560",
        " 15 / 3 / 2560 ",
        "2560-03-15",
        "2560-3-15",
        "2560/03/15",
        "2560.03.15",
        "15/3/60",
        "15-03-60",
        "๑๕/๓/๒๕๖๐",
        "๒๕๖๐-๐๓-๑๕",
        "๑๕/๓/๖๐",
        "15 มี.ค. 2560",
        "15 มีนาคม 2560",
        "15 มีนาคม พ.ศ. 2560",
        "15 มี.ค. พ.ศ. 2560",
        "15 มีนาคม พ.ศ.2560",
        "15 มีนาคม พศ 2560",
        "15 มีค 2560",
        "15 มีค. 2560",
        "15 มี. ค. 2560",
        "15มีนาคม2560",
        "15  มีนาคม   2560",
        "15 มี.ค. 60",
        "๑๕ มีนาคม พ.ศ. ๒๕๖๐",
        "๑๕ มี.ค. ๒๕๖๐",
    ],
)
def test_given_documented_form_when_parse_date_be_then_15_march_2017(text: str) -> None:
    assert parse_date(text) == MARCH_15_2017
    assert parse_date(text, era="be") == MARCH_15_2017


@pytest.mark.parametrize(
    ("month", "full", "abbr"),
    [(m + 1, f, a) for m, (f, a) in enumerate(zip(THAI_MONTHS, THAI_MONTHS_ABBR, strict=True))],
)
def test_given_each_thai_month_name_when_parsing_then_month_number(month: int, full: str, abbr: str) -> None:
    expected = date(2017, month, 1)
    assert parse_date(f"1 {full} 2560") == expected
    assert parse_date(f"1 {full} พ.ศ. 2560") == expected
    assert parse_date(f"1 {abbr} 2560") == expected
    assert parse_date(f"1 {abbr.replace('.', '')} 2560") == expected


def test_given_common_misspelling_of_july_when_parsing_then_accepted() -> None:
    assert parse_date("4 กรกฏาคม 2560") == date(2017, 7, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15/3/2017", MARCH_15_2017),
        ("2017-03-15", MARCH_15_2017),
        ("15 มีนาคม 2017", MARCH_15_2017),
        ("15/3/17", MARCH_15_2017),  # two-digit C.E. year → 20xx
        ("1/1/00", date(2000, 1, 1)),
        ("31/12/99", date(2099, 12, 31)),
        ("๑๕/๓/๒๐๑๗", MARCH_15_2017),
    ],
)
def test_given_gregorian_text_when_parse_date_ce_then_date(text: str, expected: date) -> None:
    assert parse_date(text, era="ce") == expected


def test_given_two_digit_year_when_era_be_then_year_is_25xx() -> None:
    assert parse_date("1/1/00") == date(1957, 1, 1)  # 2500 B.E.
    assert parse_date("31/12/99") == date(2056, 12, 31)  # 2599 B.E.
    assert parse_date("15/3/60") == MARCH_15_2017


def test_given_explicit_era_marker_when_parsing_then_marker_beats_era_argument() -> None:
    assert parse_date("15 มีนาคม พ.ศ. 2560", era="ce") == MARCH_15_2017
    assert parse_date("15 มีนาคม ค.ศ. 2017", era="be") == MARCH_15_2017
    assert parse_date("15 มี.ค. คศ 17") == MARCH_15_2017


def test_given_leap_day_when_year_is_leap_in_ce_then_valid() -> None:
    assert parse_date("29/2/2563") == date(2020, 2, 29)
    assert _error("29/2/2561").code == "date_invalid"
    assert parse_date("29/2/2543") == date(2000, 2, 29)  # 2000 is a leap year
    assert _error("29/2/2443").code == "date_invalid"  # 1900 is not


# --- parsing: era questions --------------------------------------------------------------------


@pytest.mark.parametrize("text", ["15/3/2017", "2017-03-15", "15 มีนาคม 2017", "15 มี.ค. 2017", "๑๕/๓/๒๐๑๗"])
def test_given_gregorian_year_when_era_be_then_gregorian_suspected_with_ce_reading(text: str) -> None:
    err = _error(text)
    assert err.code == "date_era_gregorian_suspected"
    assert err.field is None
    assert err.params == {"year": 2017, "as_ce": MARCH_15_2017}
    # the UI asks "did you mean the Gregorian year?" and re-parses:
    assert parse_date(text, era="ce") == err.params["as_ce"]


@pytest.mark.parametrize(("year", "suspected"), [(1899, False), (1900, True), (2299, True), (2300, False)])
def test_given_gregorian_suspect_range_edges_when_era_be_then_only_1900_to_2299_asks(
    year: int, suspected: bool
) -> None:
    text = f"1/6/{year}"
    if suspected:
        err = _error(text)
        assert err.code == "date_era_gregorian_suspected"
        assert err.params == {"year": year, "as_ce": date(year, 6, 1)}
    else:
        assert parse_date(text) == date(year - 543, 6, 1)


@pytest.mark.parametrize("text", ["15/3/2560", "2560-03-15", "15 มีนาคม 2560", "๑๕/๓/๒๕๖๐"])
def test_given_buddhist_year_when_era_ce_then_buddhist_suspected_with_ce_reading(text: str) -> None:
    err = _error(text, era="ce")
    assert err.code == "date_era_buddhist_suspected"
    assert err.field is None
    assert err.params == {"year": 2560, "as_ce": MARCH_15_2017}
    assert parse_date(text, era="be") == err.params["as_ce"]


@pytest.mark.parametrize(("year", "suspected"), [(2399, False), (2400, True), (9999, True)])
def test_given_buddhist_suspect_edge_when_era_ce_then_from_2400_asks(year: int, suspected: bool) -> None:
    text = f"1/6/{year}"
    if suspected:
        assert _error(text, era="ce").code == "date_era_buddhist_suspected"
    else:
        assert parse_date(text, era="ce") == date(year, 6, 1)


def test_given_impossible_date_in_suspect_range_when_parsing_then_date_invalid_wins() -> None:
    assert _error("31/2/2017").code == "date_invalid"
    assert _error("31/2/2560", era="ce").code == "date_invalid"


def test_given_unknown_era_argument_when_parsing_then_domain_error() -> None:
    assert _error("15/3/2560", era="ad").code == "date_era_invalid"


# --- parsing: invalid input --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "abc",
        "31/2/2560",
        "30/2/2560",
        "31/4/2560",
        "32/1/2560",
        "0/3/2560",
        "15/0/2560",
        "15/13/2560",
        "15/3",
        "15/3/256",
        "15/3/25600",
        "15 3 2560",
        "15/3-2560x",
        "15 ฟาน 2560",
        "15 มีนาคม",
        "มีนาคม 2560",
        "2560-13-01",
        "2560-02-30",
        "31 ก.พ. 2560",
        "1/1/0000",
    ],
)
def test_given_invalid_text_when_parse_date_then_date_invalid(text: str) -> None:
    err = _error(text)
    assert err.code == "date_invalid"
    assert err.params["text"] == text


# --- round trips -------------------------------------------------------------------------------


@settings(max_examples=400, deadline=None)
@given(dates_1950_2100, st.sampled_from(STYLES), st.booleans())
def test_given_random_date_when_formatted_then_parse_date_gives_it_back(d: date, style: str, thai: bool) -> None:
    text = format_date_be(d, style=style, thai_digits=thai)
    assert parse_date(text) == d
    assert parse_date(text, era="be") == d


@settings(max_examples=200, deadline=None)
@given(dates_1950_2100)
def test_given_random_date_when_typed_in_gregorian_forms_then_era_ce_parses_it(d: date) -> None:
    assert parse_date(d.isoformat(), era="ce") == d
    assert parse_date(f"{d.day}/{d.month}/{d.year}", era="ce") == d
    assert parse_date(to_thai_digits(f"{d.day}.{d.month}.{d.year}"), era="ce") == d
