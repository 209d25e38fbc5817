"""Thai 13-digit citizen ID: normalising, check digit, validation, display grouping and PDPA masking.

The mask (``mask``, PDPA) keeps the official grouping and shows only the first digit and the last three:
``"1-xxxx-xxxxx-67-8"``.

- The first digit is the person's category (1–8: born and registered in Thailand after 1984, before, a
  foreigner…): shared by most people of a village, it tells nothing about who the person is.
- Digits 2–5 are the registration office (province and district): the same for most of an institute's
  members, so they do not tell rows apart, and they say where a person was registered. Hidden.
- Digits 6–10 (the book and the serial) are what makes the number a person's. Hidden.
- Digits 11–12 and the check digit are what someone holding the card recognises at a glance, and what tells
  two rows of one village apart. With nine digits hidden and the check digit narrowing them only tenfold,
  about 10⁸ numbers fit a masked one.

``mask`` never raises: a blank gives ``""``; anything that is not 13 digits (a typo, a foreigner's document
number) is masked too — every character but the last two becomes "x" (all of it when shorter than six) — so
an invalid ID is never shown in full either.
"""

from __future__ import annotations

import re

from cdfi_desktop.domain.errors import DomainError
from cdfi_desktop.domain.thai_digits import to_arabic_digits

__all__ = [
    "citizen_id_check_digit",
    "format_citizen_id",
    "is_valid_citizen_id",
    "mask",
    "mask_citizen_id",
    "normalize_citizen_id",
    "validate_citizen_id",
]

CITIZEN_ID_LENGTH = 13
_GROUPS = (1, 4, 5, 2, 1)
# Whitespace and the dashes people paste: hyphen-minus, (non-breaking) hyphen, figure/en/em dash, minus.
_SEPARATORS_RE = re.compile(r"[\s\-\u2010\u2011\u2012\u2013\u2014\u2212]")
_ASCII_DIGITS = frozenset("0123456789")


def normalize_citizen_id(text: str) -> str:
    """Drop spaces and dashes and turn Thai digits into Arabic ones; nothing is validated."""
    return _SEPARATORS_RE.sub("", to_arabic_digits(text))


def _is_ascii_digits(text: str) -> bool:
    return all(ch in _ASCII_DIGITS for ch in text)


def citizen_id_check_digit(first12: str) -> int:
    """Check digit for the first 12 digits: (11 − Σ dᵢ·(14−i) mod 11) mod 10."""
    digits = normalize_citizen_id(first12)
    if not _is_ascii_digits(digits):
        raise DomainError("citizen_id_not_digits", text=first12)
    if len(digits) != CITIZEN_ID_LENGTH - 1:
        raise DomainError("citizen_id_length", text=first12, length=len(digits), expected=12)
    total = sum(int(digit) * (CITIZEN_ID_LENGTH - position) for position, digit in enumerate(digits))
    return (11 - total % 11) % 10


def _structural(text: str) -> str:
    """Normalise and require exactly 13 Arabic digits (the checksum is not looked at)."""
    digits = normalize_citizen_id(text)
    if not _is_ascii_digits(digits):
        raise DomainError("citizen_id_not_digits", text=text)
    if len(digits) != CITIZEN_ID_LENGTH:
        raise DomainError("citizen_id_length", text=text, length=len(digits), expected=CITIZEN_ID_LENGTH)
    return digits


def validate_citizen_id(text: str) -> str:
    """Return the normalised 13-digit ID or raise ``DomainError``.

    Codes, checked in this order: ``citizen_id_not_digits`` (anything but digits, spaces and
    dashes), ``citizen_id_length`` (not 13 digits), ``citizen_id_first_digit`` (starts with 0),
    ``citizen_id_checksum`` (last digit wrong).
    """
    digits = _structural(text)
    if digits[0] == "0":
        raise DomainError("citizen_id_first_digit", text=text)
    expected = citizen_id_check_digit(digits[:12])
    if int(digits[12]) != expected:
        raise DomainError("citizen_id_checksum", text=text)
    return digits


def is_valid_citizen_id(text: str) -> bool:
    """True when ``text`` normalises to 13 digits, does not start with 0 and has the right check digit."""
    try:
        validate_citizen_id(text)
    except DomainError:
        return False
    return True


def _group(digits: str) -> list[str]:
    parts: list[str] = []
    start = 0
    for size in _GROUPS:
        parts.append(digits[start : start + size])
        start += size
    return parts


def format_citizen_id(text: str) -> str:
    """Group as 1-4-5-2-1: ``"1234567890121"`` → ``"1-2345-67890-12-1"``.

    Needs 13 digits (``citizen_id_not_digits`` / ``citizen_id_length`` otherwise) but does not
    check the checksum, so legacy records with a wrong check digit can still be displayed.
    """
    return "-".join(_group(_structural(text)))


def mask_citizen_id(text: str) -> str:
    """The PDPA mask of a 13-digit ID, ``"1-xxxx-xxxxx-67-8"``; raises ``DomainError`` when ``text`` is not 13
    digits (``mask`` takes anything)."""
    parts = _group(_structural(text))
    return "-".join([parts[0], "x" * len(parts[1]), "x" * len(parts[2]), parts[3], parts[4]])


_MASK_KEPT_TAIL = 2  # characters an invalid ID keeps visible at its end …
_MASK_MIN_SHOWN = 6  # … when it has at least this many


def mask(cid: str | None) -> str:
    """The masked citizen ID for screens and printouts (see the module's docstring): ``"1-xxxx-xxxxx-67-8"``
    from a bare, grouped or Thai-digit ID; ``""`` for a blank; never the whole of an invalid one; never raises."""
    text = (cid or "").strip()
    if not text:
        return ""
    try:
        return mask_citizen_id(text)
    except DomainError:
        pass
    compact = normalize_citizen_id(text)
    if len(compact) < _MASK_MIN_SHOWN:
        return "x" * len(compact)
    return "x" * (len(compact) - _MASK_KEPT_TAIL) + compact[-_MASK_KEPT_TAIL:]
