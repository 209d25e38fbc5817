"""Unit tests for cdfi_desktop.domain.money (and the DomainError it raises)."""

from __future__ import annotations

import pickle
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cdfi_desktop.domain.errors import DomainError
from cdfi_desktop.domain.money import MAX_TYPED_AMOUNT, SATANG, format_baht, parse_money, round_satang

D = Decimal

# Amounts up to 10^13 baht with up to 6 decimal places.
amounts = st.decimals(min_value=D("-1e13"), max_value=D("1e13"), places=6, allow_nan=False, allow_infinity=False)


# --- DomainError -------------------------------------------------------------------------------


def test_given_code_field_and_params_when_raised_then_attributes_and_message_carry_them() -> None:
    err = DomainError("money_invalid", field="amount", text="abc", length=3)
    assert isinstance(err, ValueError)
    assert err.code == "money_invalid"
    assert err.field == "amount"
    assert err.params == {"text": "abc", "length": 3}
    message = str(err)
    assert "money_invalid" in message and "amount" in message and "'abc'" in message and "length=3" in message


def test_given_only_a_code_when_str_then_message_names_the_code() -> None:
    err = DomainError("fiscal_quarter_invalid")
    assert err.field is None and err.params == {}
    assert "fiscal_quarter_invalid" in str(err)
    assert repr(err) == "DomainError('fiscal_quarter_invalid')"


def test_given_domain_error_when_pickled_then_code_field_and_params_survive() -> None:
    err = DomainError("date_invalid", field="birth_date", text="31/2/2560")
    clone = pickle.loads(pickle.dumps(err))
    assert (clone.code, clone.field, clone.params) == (err.code, err.field, err.params)
    assert str(clone) == str(err)


# --- round_satang ------------------------------------------------------------------------------


def test_satang_constant_is_one_hundredth() -> None:
    assert D("0.01") == SATANG


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (D("0.005"), D("0.01")),
        (D("0.00499999"), D("0.00")),
        (D("0.015"), D("0.02")),
        (D("0.025"), D("0.03")),  # half-up, not banker's rounding (which would give 0.02)
        (D("2.675"), D("2.68")),  # float(2.675) would round to 2.67
        (D("1.115"), D("1.12")),
        (D("-0.005"), D("-0.01")),  # half away from zero
        (D("-2.675"), D("-2.68")),
        (D("1234.5"), D("1234.50")),
        (D("99999999999999.995"), D("100000000000000.00")),
        (D("1E+30"), D("1000000000000000000000000000000.00")),
        (5, D("5.00")),
        (-7, D("-7.00")),
        ("1.005", D("1.01")),
        (" 3.3349 ", D("3.33")),
    ],
)
def test_given_amount_when_round_satang_then_half_up_to_two_places(
    given: Decimal | int | str, expected: Decimal
) -> None:
    result = round_satang(given)
    assert result == expected
    assert result.as_tuple().exponent == -2


@pytest.mark.parametrize("given", [D("-0.004"), D("-0"), "-0.00", D("0")])
def test_given_amount_rounding_to_zero_when_round_satang_then_unsigned_zero(given: Decimal | str) -> None:
    result = round_satang(given)
    assert str(result) == "0.00"
    assert not result.is_signed()


@pytest.mark.parametrize("given", [1.5, True, None, [1]])
def test_given_float_or_other_type_when_round_satang_then_type_error(given: object) -> None:
    with pytest.raises(TypeError):
        round_satang(given)  # type: ignore[arg-type]


@pytest.mark.parametrize("given", ["abc", "", "1,000", D("NaN"), D("Infinity"), "-inf"])
def test_given_non_number_when_round_satang_then_money_invalid(given: Decimal | str) -> None:
    with pytest.raises(DomainError) as info:
        round_satang(given)
    assert info.value.code == "money_invalid"


@settings(max_examples=300, deadline=None)
@given(amounts)
def test_given_any_amount_when_round_satang_then_within_half_satang_and_idempotent(x: Decimal) -> None:
    result = round_satang(x)
    assert result.as_tuple().exponent == -2
    assert abs(result - x) <= D("0.005")
    assert round_satang(result) == result
    # half-up: exactly half a satang always moves away from zero
    if abs(result - x) == D("0.005"):
        assert abs(result) > abs(x)


# --- parse_money -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,234.50", D("1234.50")),
        (" 1234 ", D("1234.00")),
        ("1234", D("1234.00")),
        ("๑,๒๓๔.๕๐", D("1234.50")),
        ("๑๒๓๔", D("1234.00")),
        ("1,234.50 บาท", D("1234.50")),
        ("1234บาท", D("1234.00")),
        ("๕๐๐ บาท", D("500.00")),
        ("12.3", D("12.30")),
        ("0.05", D("0.05")),
        (".5", D("0.50")),
        ("0", D("0.00")),
        ("-0", D("0.00")),
        ("-1,234.50", D("-1234.50")),
        ("+5", D("5.00")),
        ("1,000,000", D("1000000.00")),
        ("123,456,789.99", D("123456789.99")),
        ("0001234", D("1234.00")),
        ("\u00a01234.5\t", D("1234.50")),
    ],
)
def test_given_typed_amount_when_parse_money_then_decimal_with_two_places(text: str, expected: Decimal) -> None:
    result = parse_money(text)
    assert result == expected
    assert result.as_tuple().exponent == -2
    assert isinstance(result, Decimal)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "abc",
        "บาท",
        "1,23",
        "12,34,567",
        "1,2345",
        ",123",
        "1234,",
        "1.2.3",
        "1234.",
        "1 234",
        "--5",
        "5-",
        "1e3",
        "NaN",
        "Infinity",
        "฿100",
        "١٢٣",  # Arabic-Indic digits are not Thai digits
        "12a",
        "บาท 100",
    ],
)
def test_given_garbage_when_parse_money_then_money_invalid(text: str) -> None:
    with pytest.raises(DomainError) as info:
        parse_money(text)
    assert info.value.code == "money_invalid"
    assert info.value.params["text"] == text


@pytest.mark.parametrize("text", ["1.234", "1.500", "0.001", "๑.๒๓๔", "1,234.567 บาท"])
def test_given_more_than_two_decimals_when_parse_money_then_too_many_decimals(text: str) -> None:
    with pytest.raises(DomainError) as info:
        parse_money(text)
    assert info.value.code == "money_too_many_decimals"
    assert info.value.params["decimals"] == 3


# --- format_baht -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (D("1234.5"), "1,234.50"),
        (D("-1234.5"), "-1,234.50"),
        (D("0"), "0.00"),
        (D("-0.001"), "0.00"),
        (D("0.005"), "0.01"),
        (D("999.999"), "1,000.00"),
        (D("1234567.891"), "1,234,567.89"),
        (D("100"), "100.00"),
        (5, "5.00"),
    ],
)
def test_given_amount_when_format_baht_then_grouped_two_decimals(amount: Decimal | int, expected: str) -> None:
    assert format_baht(amount) == expected


def test_given_thai_digits_flag_when_format_baht_then_thai_numerals() -> None:
    assert format_baht(D("1234.5"), thai_digits=True) == "๑,๒๓๔.๕๐"
    assert format_baht(D("-0.07"), thai_digits=True) == "-๐.๐๗"


@settings(max_examples=300, deadline=None)
@given(amounts, st.booleans())
def test_given_any_amount_when_formatted_then_parse_money_gives_it_back(x: Decimal, thai: bool) -> None:
    assert parse_money(format_baht(x, thai_digits=thai)) == round_satang(x)


# --- parse_money: amounts no register holds -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "1" + "0" * 26,  # 10^26
        "100,000,000,000,000,000,000,000,000",
        "9" * 5000,
        "9" * 1_000_001,  # more digits than Decimal's exponent allows: once InvalidOperation
        "-" + "9" * 30,
        "1,000,000,000,000,000.01",
    ],
)
def test_given_an_amount_beyond_any_register_when_parse_money_then_amount_absurd_never_invalid_operation(
    text: str,
) -> None:
    with pytest.raises(DomainError) as info:
        parse_money(text)
    assert info.value.code == "amount_absurd"
    assert info.value.params["limit"] == MAX_TYPED_AMOUNT
    assert len(str(info.value.params["amount"])) <= 40  # the message quotes the start of a long text only


def test_given_the_largest_typed_amount_when_parse_money_then_it_is_read() -> None:
    assert parse_money("1,000,000,000,000,000") == MAX_TYPED_AMOUNT
    assert parse_money("0000000000000000000000001.50") == D("1.50")  # leading zeros are no size
