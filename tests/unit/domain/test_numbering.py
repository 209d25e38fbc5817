"""Contract and receipt numbers carry the issuing device's series tag and still count in one sequence."""

from __future__ import annotations

import hashlib
import uuid

import pytest

from cdfi_desktop.domain.numbering import (
    CROCKFORD_BASE32,
    DocumentNumber,
    contract_number,
    device_tag,
    parse_contract_number,
    parse_receipt_number,
    receipt_number,
)


def test_device_tag_is_four_crockford_characters_and_the_same_for_the_same_device() -> None:
    device = str(uuid.uuid4())
    tag = device_tag(device)
    assert len(tag) == 4 and all(ch in CROCKFORD_BASE32 for ch in tag)
    assert device_tag(device) == tag
    assert not set(tag) & set("ILOU")


def test_device_tag_of_a_known_device_is_fixed() -> None:
    # the tag is part of numbers printed on signed contracts: it must never change with a new release
    # the first 20 bits of SHA-256 of the id (5 hex digits), four 5-bit groups in Crockford's base32
    device = "8f14e45f-ceea-467a-9575-000000000001"
    bits = int(hashlib.sha256(device.encode()).hexdigest()[:5], 16)
    assert device_tag(device) == "".join(CROCKFORD_BASE32[(bits >> shift) & 31] for shift in (15, 10, 5, 0))
    assert device_tag(device) == "1DAD"
    assert device_tag("a") != device_tag("b")


def test_numbers_in_the_new_form() -> None:
    assert contract_number("1HH1C", "K7Q2", 6, 2570) == "1HH1C-K7Q2-006/2570"
    assert receipt_number("K7Q2", 13, 2570) == "R2570-K7Q2-00013"
    assert contract_number("1HH1C", "", 6, 2570) == "1HH1C-006/2570"
    assert receipt_number("", 13, 2570) == "R2570-00013"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("R2570-00012", DocumentNumber(2570, "", 12)),
        ("R2570-K7Q2-00013", DocumentNumber(2570, "K7Q2", 13)),
        ("R2571-1234-00001", DocumentNumber(2571, "1234", 1)),  # a tag of digits only is still a tag
        (" R2570-K7Q2-00013 ", DocumentNumber(2570, "K7Q2", 13)),
        ("R2570-K7Q-00013", None),
        ("R2570-K7QI-00013", None),  # I is not a Crockford character
        ("R2570-", None),
        ("2570-00012", None),
        ("R2570-00012x", None),
    ],
)
def test_parse_receipt_number_reads_both_forms(text: str, expected: DocumentNumber | None) -> None:
    assert parse_receipt_number(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1HH1C-001/2570", DocumentNumber(2570, "", 1)),
        ("1HH1C-K7Q2-006/2570", DocumentNumber(2570, "K7Q2", 6)),
        ("1HH1D-K7Q2-006/2570", None),
        ("1HH1C-K7Q2-006", None),
        ("123/2565", None),
    ],
)
def test_parse_contract_number_reads_both_forms(text: str, expected: DocumentNumber | None) -> None:
    assert parse_contract_number(text, "1HH1C") == expected


def test_a_number_round_trips() -> None:
    tag = device_tag(str(uuid.uuid4()))
    assert parse_receipt_number(receipt_number(tag, 99_999, 2570)) == DocumentNumber(2570, tag, 99_999)
    assert parse_contract_number(contract_number("1HH1C", tag, 120, 2570), "1HH1C") == DocumentNumber(2570, tag, 120)
