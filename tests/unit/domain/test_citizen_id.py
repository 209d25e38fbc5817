"""Unit tests for cdfi_desktop.domain.citizen_id.

Note on the checksum's strength: the weights 13..2 include 11, which is 0 mod 11, so the third digit
is not covered by the check digit at all; and weighted sums ≡ 0 and ≡ 10 (mod 11) both give check
digit 1.  Therefore *not* every single-digit corruption of a valid ID is detectable; the property
test below asserts rejection for every corruption outside exactly those two classes and asserts
that the two classes really are the only blind spots.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cdfi_desktop.domain.citizen_id import (
    citizen_id_check_digit,
    format_citizen_id,
    is_valid_citizen_id,
    mask,
    mask_citizen_id,
    normalize_citizen_id,
    validate_citizen_id,
)
from cdfi_desktop.domain.errors import DomainError
from cdfi_desktop.domain.thai_digits import to_thai_digits

WEIGHTS = (13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2)

# Worked by hand, e.g. 1234567890121: 1·13+2·12+3·11+4·10+5·9+6·8+7·7+8·6+9·5+0·4+1·3+2·2 = 352,
# 352 mod 11 = 0, (11 − 0) mod 10 = 1.  100000000000: 13 mod 11 = 2 → 9.  310060012345: 155 mod 11 = 1 → 0.
KNOWN_VALID = [
    "1234567890121",
    "1101700230708",
    "3100600123450",
    "5009900000014",
    "8410101234564",
    "3999900000001",
    "1000000000009",
]


def weighted_residue(digits: str) -> int:
    return sum(int(d) * w for d, w in zip(digits[:12], WEIGHTS, strict=True)) % 11


@st.composite
def valid_ids(draw: st.DrawFn) -> str:
    first12 = draw(st.from_regex(r"[1-9][0-9]{11}", fullmatch=True))
    return first12 + str(citizen_id_check_digit(first12))


# --- check digit and validation ----------------------------------------------------------------


@pytest.mark.parametrize("citizen_id", KNOWN_VALID)
def test_given_hand_computed_id_when_validated_then_valid(citizen_id: str) -> None:
    assert citizen_id_check_digit(citizen_id[:12]) == int(citizen_id[12])
    assert is_valid_citizen_id(citizen_id)
    assert validate_citizen_id(citizen_id) == citizen_id


@given(st.from_regex(r"[0-9]{12}", fullmatch=True))
def test_given_any_12_digits_when_check_digit_then_matches_formula(first12: str) -> None:
    assert citizen_id_check_digit(first12) == (11 - weighted_residue(first12)) % 10


def test_given_bad_first12_when_check_digit_then_domain_error() -> None:
    with pytest.raises(DomainError) as info:
        citizen_id_check_digit("12345")
    assert info.value.code == "citizen_id_length"
    with pytest.raises(DomainError) as info:
        citizen_id_check_digit("12345678901a")
    assert info.value.code == "citizen_id_not_digits"


@pytest.mark.parametrize(
    "text",
    [
        "1-2345-67890-12-1",
        " 1 2345 67890 12 1 ",
        "1 – 2345 – 67890 – 12 – 1",
        "๑-๒๓๔๕-๖๗๘๙๐-๑๒-๑",
        "๑๒๓๔๕๖๗๘๙๐๑๒๑",
        "1234567890121\n",
    ],
)
def test_given_spaced_dashed_or_thai_digit_id_when_validated_then_normalised(text: str) -> None:
    assert normalize_citizen_id(text) == "1234567890121"
    assert validate_citizen_id(text) == "1234567890121"
    assert is_valid_citizen_id(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "citizen_id_length"),
        ("123456789012", "citizen_id_length"),
        ("12345678901210", "citizen_id_length"),
        ("1-2345-67890-12", "citizen_id_length"),
        ("123456789012x", "citizen_id_not_digits"),
        ("1234 5678.90121", "citizen_id_not_digits"),
        ("abc", "citizen_id_not_digits"),
        ("١٢٣٤٥٦٧٨٩٠١٢١", "citizen_id_not_digits"),  # Arabic-Indic digits are not accepted
        ("0234567890122", "citizen_id_first_digit"),  # check digit right, but IDs never start with 0
        ("1234567890122", "citizen_id_checksum"),
        ("1-2345-67890-12-0", "citizen_id_checksum"),
    ],
)
def test_given_bad_id_when_validated_then_specific_code(text: str, code: str) -> None:
    with pytest.raises(DomainError) as info:
        validate_citizen_id(text)
    assert info.value.code == code
    assert info.value.params["text"] == text
    assert not is_valid_citizen_id(text)


def test_given_first_digit_zero_with_right_checksum_then_only_first_digit_rule_rejects() -> None:
    assert citizen_id_check_digit("023456789012") == 2
    with pytest.raises(DomainError) as info:
        validate_citizen_id("0234567890122")
    assert info.value.code == "citizen_id_first_digit"


@given(valid_ids())
def test_given_valid_id_when_any_single_digit_is_changed_then_rejected_except_checksum_blind_spots(
    citizen_id: str,
) -> None:
    """Given a valid ID, when one digit is replaced by any other digit, then it is rejected,
    except (a) the third digit (weight 11 ≡ 0) and (b) sums moving between residues 0 and 10,
    which the official algorithm cannot tell apart; those must be accepted, proving they are the
    algorithm's blind spots and not ours."""
    assert is_valid_citizen_id(citizen_id)
    for position in range(13):
        for digit in "0123456789":
            if digit == citizen_id[position]:
                continue
            corrupted = citizen_id[:position] + digit + citizen_id[position + 1 :]
            blind_spot = position == 2 or (
                position < 12
                and {weighted_residue(citizen_id), weighted_residue(corrupted)} == {0, 10}
                and not (position == 0 and digit == "0")
            )
            assert is_valid_citizen_id(corrupted) is blind_spot, (citizen_id, corrupted)


@given(valid_ids(), st.integers(min_value=0, max_value=11))
def test_given_valid_id_when_two_adjacent_digits_swapped_then_usually_rejected(citizen_id: str, position: int) -> None:
    """Given a transposition of positions i, i+1 (both not the third digit), when validated,
    then rejected unless the digits were equal or the residues collide on check digit 1."""
    swapped = citizen_id[:position] + citizen_id[position + 1] + citizen_id[position] + citizen_id[position + 2 :]
    if swapped == citizen_id:
        return
    collides = {weighted_residue(citizen_id), weighted_residue(swapped)} == {0, 10}
    if position in (1, 2, 11) or collides or swapped[0] == "0":
        return  # involves the unchecked third digit, the check digit itself, a collision, or a leading 0
    assert not is_valid_citizen_id(swapped)


# --- formatting and masking --------------------------------------------------------------------


def test_given_valid_id_when_formatted_then_grouped_1_4_5_2_1() -> None:
    assert format_citizen_id("1234567890121") == "1-2345-67890-12-1"
    assert format_citizen_id("๑ ๒๓๔๕ ๖๗๘๙๐ ๑๒ ๑") == "1-2345-67890-12-1"


def test_given_valid_id_when_masked_then_first_and_last_three_digits_remain() -> None:
    assert mask_citizen_id("1234567890121") == "1-xxxx-xxxxx-12-1"
    assert mask_citizen_id("1-2345-67890-12-1") == "1-xxxx-xxxxx-12-1"
    assert mask_citizen_id("๑๒๓๔๕๖๗๘๙๐๑๒๑") == "1-xxxx-xxxxx-12-1"
    assert mask("๑-๒๓๔๕-๖๗๘๙๐-๑๒-๑") == "1-xxxx-xxxxx-12-1"


def test_given_wrong_checksum_when_formatting_then_still_displayed() -> None:
    """Given a legacy record with a bad check digit, when shown, then format/mask still work."""
    assert format_citizen_id("1234567890120") == "1-2345-67890-12-0"
    assert mask_citizen_id("1234567890120") == "1-xxxx-xxxxx-12-0"
    assert mask("1234567890120") == "1-xxxx-xxxxx-12-0"


@pytest.mark.parametrize(("text", "code"), [("12345", "citizen_id_length"), ("12345678901x1", "citizen_id_not_digits")])
def test_given_malformed_id_when_formatting_or_masking_then_domain_error(text: str, code: str) -> None:
    for func in (format_citizen_id, mask_citizen_id):
        with pytest.raises(DomainError) as info:
            func(text)
        assert info.value.code == code


@given(valid_ids(), st.booleans())
def test_given_valid_id_when_formatted_then_round_trips_and_mask_hides_digits_6_to_12(
    citizen_id: str, thai: bool
) -> None:
    source = to_thai_digits(citizen_id) if thai else citizen_id
    formatted = format_citizen_id(source)
    assert len(formatted) == 17 and [len(p) for p in formatted.split("-")] == [1, 4, 5, 2, 1]
    assert normalize_citizen_id(formatted) == citizen_id
    assert validate_citizen_id(formatted) == citizen_id
    assert format_citizen_id(formatted) == formatted
    masked = mask_citizen_id(source)
    assert masked == f"{citizen_id[0]}-xxxx-xxxxx-{citizen_id[10:12]}-{citizen_id[12]}"
    assert mask_citizen_id(formatted) == masked == mask(source) == mask(formatted)
    assert sum(ch.isdigit() for ch in masked) == 4


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("", ""),
        ("   ", ""),
        (None, ""),
        ("12345", "xxxxx"),  # too short to show any of it
        ("123456789012", "xxxxxxxxxx12"),  # a digit short: only its last two
        ("12345678901234", "xxxxxxxxxxxx34"),
        ("๑๒๓๔๕๖๗๘๙๐๑๒", "xxxxxxxxxx12"),
        ("12345678901x1", "xxxxxxxxxxxx1"),  # a typo: the last two characters only
        ("AA1234567", "xxxxxxx67"),  # a foreigner's document number
    ],
)
def test_given_blank_or_invalid_id_when_masked_then_never_raises_nor_shows_it_whole(
    text: str | None, shown: str
) -> None:
    assert mask(text) == shown
    digits = normalize_citizen_id(text or "")
    assert not digits or digits not in mask(text)


@given(st.text(max_size=30))
def test_given_any_text_when_masked_then_no_error_and_at_most_four_digits_shown(text: str) -> None:
    shown = mask(text)
    assert sum(ch.isdigit() for ch in shown) <= 4
