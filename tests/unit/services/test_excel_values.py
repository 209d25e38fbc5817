"""Reading one workbook cell as money, a rate or a whole number: sane ranges, a reason for everything else."""

from __future__ import annotations

from decimal import Decimal

import pytest

from cdfi_desktop.db import models as m
from cdfi_desktop.services.excel_import.lengths import LONG_TEXT_CHARS, column_length, text_limit
from cdfi_desktop.services.excel_import.texts import reason_text
from cdfi_desktop.services.excel_import.values import (
    FORMULA_WITHOUT_VALUE,
    MAX_AMOUNT,
    CellError,
    is_blank,
    read_int,
    read_money,
    read_rate,
    read_text,
)

D = Decimal


def code_of(reader: object, value: object) -> str:
    with pytest.raises(CellError) as info:
        reader(value)  # type: ignore[operator]
    return info.value.code


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (12_500, D("12500.00")),
        (1.5, D("1.50")),
        (0.1 + 0.2, D("0.30")),
        ("๑๒,๕๐๐.๕๐", D("12500.50")),
        ("1,200 บาท", D("1200.00")),
        (10**10, D("10000000000.00")),  # the ceiling itself
        (D("99.99"), D("99.99")),
    ],
)
def test_given_a_sane_amount_when_read_then_exact_baht(value: object, expected: Decimal) -> None:
    assert read_money(value) == expected


@pytest.mark.parametrize(
    ("value", "code"),
    [
        (10**26, "amount_absurd"),
        (1e26, "amount_absurd"),
        (D("1E+26"), "amount_absurd"),
        (10**10 + 1, "amount_absurd"),
        ("100000000000000000000000000", "amount_absurd"),
        ("9" * 5000, "amount_absurd"),
        (float("inf"), "number_invalid"),
        (float("-inf"), "number_invalid"),
        (float("nan"), "number_invalid"),
        (D("NaN"), "number_invalid"),
        ("1e26", "money_invalid"),
        ("inf", "money_invalid"),
        ("nan", "money_invalid"),
        (-1, "amount_negative"),
        (-0.5, "amount_negative"),
        ("-1,500", "amount_negative"),
        (True, "money_invalid"),
        ("1.234", "money_too_many_decimals"),
    ],
)
def test_given_an_amount_out_of_range_or_no_number_when_read_then_a_reason_never_a_crash(
    value: object, code: str
) -> None:
    assert code_of(read_money, value) == code


def test_given_an_absurd_amount_then_its_message_quotes_the_cell_briefly_and_names_the_ceiling() -> None:
    with pytest.raises(CellError) as info:
        read_money("9" * 5000)
    text = reason_text(info.value.code, "en", **info.value.params)
    assert "10,000,000,000.00" in text and len(text) < 200
    assert info.value.params["limit"] == MAX_AMOUNT


@pytest.mark.parametrize(
    ("value", "expected"),
    [(12, D(12)), ("12%", D(12)), ("1.5 % ต่อเดือน", D(18)), (0.0675, D("0.0675")), ("600", D(600)), (1000, D(1000))],
)
def test_given_a_sane_rate_when_read_then_per_cent_a_year(value: object, expected: Decimal) -> None:
    assert read_rate(value) == expected


@pytest.mark.parametrize("value", [1e26, 10**26, 1001, "1001", "101% ต่อเดือน", "-5", -0.5, "1" * 400, D(2000)])
def test_given_a_rate_out_of_range_when_read_then_rate_out_of_range(value: object) -> None:
    assert code_of(read_rate, value) == "rate_out_of_range"


@pytest.mark.parametrize("value", [float("nan"), float("inf"), "abc", "12,5%", True])
def test_given_no_rate_when_read_then_number_invalid(value: object) -> None:
    assert code_of(read_rate, value) == "number_invalid"


def test_given_whole_numbers_when_read_then_within_zero_and_the_maximum() -> None:
    assert read_int("๓๖ เดือน") == 36
    assert read_int(24.0) == 24
    assert read_int("1,000,000") == 1_000_000
    assert read_int(12, maximum=999) == 12
    for value in (1e26, 10**26, -3, "9" * 5000, 1_000_001, "1,000,001"):
        assert code_of(read_int, value) == "import_number_out_of_range", value
    assert code_of(lambda v: read_int(v, maximum=999), 1000) == "import_number_out_of_range"
    for value in (float("nan"), float("inf"), 2.5, "-3", True):
        assert code_of(read_int, value) == "number_invalid", value


def test_given_a_formula_without_its_value_then_it_reads_as_an_empty_cell() -> None:
    assert FORMULA_WITHOUT_VALUE == "" and is_blank(FORMULA_WITHOUT_VALUE)
    assert read_text(FORMULA_WITHOUT_VALUE) == ""
    assert FORMULA_WITHOUT_VALUE is not ""  # noqa: F632 - its own object, so the plan can tell it apart


def test_given_text_fields_then_their_limit_is_their_model_columns_length() -> None:
    assert text_limit("first_name") == m.HouseholdMember.__table__.c.first_name.type.length == 100
    assert text_limit("contract_no") == column_length(m.Debt, "contract_no")
    assert text_limit("guarantors") == column_length(m.DebtGuarantor, "full_name")
    assert text_limit("village_name") == column_length(m.Village, "name")
    assert column_length(m.Debt, "notes") is None and text_limit("notes") == LONG_TEXT_CHARS
    assert text_limit("principal") is None  # not text
