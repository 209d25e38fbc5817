"""Conversion between Arabic (0-9) and Thai (๐-๙) digits."""

from __future__ import annotations

from typing import Literal

DigitStyle = Literal["thai", "arabic"]
DIGIT_STYLES: tuple[DigitStyle, ...] = ("thai", "arabic")  # official Thai forms print Thai digits by default
ARABIC_DIGITS = "0123456789"
THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"

_TO_THAI = str.maketrans(ARABIC_DIGITS, THAI_DIGITS)
_TO_ARABIC = str.maketrans(THAI_DIGITS, ARABIC_DIGITS)


def to_thai_digits(text: str) -> str:
    """Replace every Arabic digit 0-9 with its Thai counterpart; other characters are kept."""
    return text.translate(_TO_THAI)


def to_arabic_digits(text: str) -> str:
    """Replace every Thai digit ๐-๙ with its Arabic counterpart; other characters are kept."""
    return text.translate(_TO_ARABIC)


def in_style(text: str, style: str) -> str:
    """``text`` with all its digits in ``style`` ("thai": ๐-๙, anything else: 0-9)."""
    return to_thai_digits(text) if style == "thai" else to_arabic_digits(text)


# The digits of Thai documents written without a style of their own: the app sets its user's choice (Settings →
# Digits on printed forms); None until then, and in a library caller: each text's digits as written.
_default_style: list[DigitStyle | None] = [None]


def set_default_digit_style(style: str | None) -> None:
    """The digit style of every Thai document written from now on without one of its own (any thread)."""
    _default_style[0] = ("thai" if style == "thai" else "arabic") if style in DIGIT_STYLES else None


def default_digit_style() -> DigitStyle | None:
    return _default_style[0]
