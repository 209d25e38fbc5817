"""Conversion between Arabic (0-9) and Thai (๐-๙) digits."""

from __future__ import annotations

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
