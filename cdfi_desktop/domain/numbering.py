"""Contract and receipt numbers that never collide across laptops.

Each laptop issues numbers offline. Two laptops working for one institute would otherwise both issue
``1HH1C-006/2570`` or ``R2570-00013``, and the province would receive two different documents under one number.
So every number carries the issuing device's series tag: four characters of Crockford's base32 (no I, L, O or U,
so nothing reads as another character) taken from a SHA-256 of the device id, e.g. ``1HH1C-K7Q2-006/2570`` and
``R2570-K7Q2-00013``. The sequence is still counted per institute and fiscal year, so a number still tells how
many documents came before it; numbers issued before tags existed (``1HH1C-001/2570``, ``R2570-00001``) stay as
they are and count in the same sequence.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

CROCKFORD_BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
TAG_LENGTH = 4
_TAG = f"[{CROCKFORD_BASE32}]{{{TAG_LENGTH}}}"
_RECEIPT = re.compile(rf"R(?P<year>\d{{4}})-(?:(?P<tag>{_TAG})-)?(?P<seq>\d+)")
_CONTRACT = re.compile(rf"(?P<prefix>[0-9A-Z]+)-(?:(?P<tag>{_TAG})-)?(?P<seq>\d+)/(?P<year>\d{{4}})")


def device_tag(device_id: str) -> str:
    """The device's series tag: 4 Crockford base32 characters (20 bits) of SHA-256 of its id, e.g. ``K7Q2``."""
    bits = int.from_bytes(hashlib.sha256(device_id.encode("utf-8")).digest()[:4], "big") >> (32 - 5 * TAG_LENGTH)
    return "".join(CROCKFORD_BASE32[(bits >> (5 * i)) & 31] for i in reversed(range(TAG_LENGTH)))


@dataclass(frozen=True)
class DocumentNumber:
    """A contract or receipt number read back: its fiscal year (B.E.), series tag ("" for an old number), sequence."""

    fiscal_year: int
    tag: str
    seq: int


def contract_number(prefix: str, tag: str, seq: int, fiscal_year: int) -> str:
    """``1HH1C-K7Q2-006/2570``; without a tag the old form ``1HH1C-006/2570``."""
    return f"{prefix}-{tag}-{seq:03d}/{fiscal_year}" if tag else f"{prefix}-{seq:03d}/{fiscal_year}"


def receipt_number(tag: str, seq: int, fiscal_year: int) -> str:
    """``R2570-K7Q2-00013``; without a tag the old form ``R2570-00013``."""
    return f"R{fiscal_year}-{tag}-{seq:05d}" if tag else f"R{fiscal_year}-{seq:05d}"


def parse_receipt_number(text: str) -> DocumentNumber | None:
    """A receipt number in either form (``R2570-00013`` or ``R2570-K7Q2-00013``); None for anything else."""
    found = _RECEIPT.fullmatch(text.strip())
    if found is None:
        return None
    return DocumentNumber(int(found["year"]), found["tag"] or "", int(found["seq"]))


def parse_contract_number(text: str, prefix: str) -> DocumentNumber | None:
    """A contract number of ``prefix`` in either form (``1HH1C-006/2570`` or ``1HH1C-K7Q2-006/2570``); else None."""
    found = _CONTRACT.fullmatch(text.strip())
    if found is None or found["prefix"] != prefix:
        return None
    return DocumentNumber(int(found["year"]), found["tag"] or "", int(found["seq"]))
