"""Unit tests for cdfi_desktop.domain.thai_digits."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cdfi_desktop.domain.thai_digits import to_arabic_digits, to_thai_digits


def test_given_all_arabic_digits_when_to_thai_then_each_maps_in_order() -> None:
    assert to_thai_digits("0123456789") == "๐๑๒๓๔๕๖๗๘๙"


def test_given_all_thai_digits_when_to_arabic_then_each_maps_in_order() -> None:
    assert to_arabic_digits("๐๑๒๓๔๕๖๗๘๙") == "0123456789"


def test_given_mixed_text_when_converting_then_only_digits_change() -> None:
    assert to_thai_digits("31 มีนาคม พ.ศ. 2561, 1,234.50 บาท") == "๓๑ มีนาคม พ.ศ. ๒๕๖๑, ๑,๒๓๔.๕๐ บาท"
    assert to_arabic_digits("๓๑ มี.ค. ๒๕๖๑ / ref A-9") == "31 มี.ค. 2561 / ref A-9"


def test_given_empty_string_when_converting_then_empty() -> None:
    assert to_thai_digits("") == "" and to_arabic_digits("") == ""


def test_given_other_unicode_digits_when_to_arabic_then_left_alone() -> None:
    """Given Arabic-Indic digits, when converting, then only Thai digits are touched."""
    assert to_arabic_digits("١٢٣") == "١٢٣"


@given(st.text())
def test_given_any_text_when_round_tripped_then_digits_convert_and_nothing_else_changes(text: str) -> None:
    thai = to_thai_digits(text)
    assert not any(ch in "0123456789" for ch in thai)
    assert len(thai) == len(text)
    assert to_arabic_digits(thai) == to_arabic_digits(text)
    assert to_thai_digits(to_arabic_digits(text)) == thai
    assert to_thai_digits(thai) == thai  # idempotent
