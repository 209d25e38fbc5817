"""The contract's fingerprint: canonical, order-stable, and changed by any change of what was agreed."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from datetime import date
from decimal import Decimal

import pytest

from cdfi_desktop.domain.contract_hash import (
    QR_PREFIX,
    ContractContent,
    PartyContent,
    TransferContent,
    canonical_text,
    content_hash,
    paper_digest,
    paper_payload,
    parse_payload,
    qr_payload,
    verify,
)

BORROWER = PartyContent("borrower", "นายบุญมี ทดสอบดี", "1101700203451")
GUARANTOR = PartyContent("guarantor", "นางสมศรี ใจงาม", "3100600112233")
WITNESS = PartyContent("witness", "นายสมชาย รักดี", "")
FUND = TransferContent(
    "กองทุนหมู่บ้านบ้านโดด", "กบ-12/2566", Decimal("20000"), Decimal("600"), Decimal("0"), Decimal("0"),
    Decimal("0"), Decimal("20600"),
)  # fmt: skip
BANK = TransferContent(
    "ธ.ก.ส.", "BA-778", Decimal("15000.00"), Decimal("450.50"), Decimal("200"), Decimal("0"), Decimal("200"),
    Decimal("15450.50"),
)  # fmt: skip
LENDER = TransferContent(
    "นายทุนในหมู่บ้าน", "", Decimal("8000"), Decimal("2400"), Decimal("0"), Decimal("1200"), Decimal("0"),
    Decimal("9200"),
)  # fmt: skip
CONTENT = ContractContent(
    contract_no="1HH1C-001/2570",
    parties=(BORROWER, GUARANTOR, WITNESS),
    principal=Decimal("45250.50"),
    interest_rate=Decimal("6"),
    method="declining",
    term_months=48,
    installment=Decimal("1070.00"),
    first_due_date=date(2027, 1, 15),
    signing_date=date(2026, 12, 15),
    transfers=(FUND, BANK, LENDER),
)


def test_GIVEN_the_same_content_WHEN_hashed_twice_THEN_the_same_sha256_hex() -> None:
    digest = content_hash(CONTENT)
    assert digest == content_hash(dataclasses.replace(CONTENT))
    assert len(digest) == 64 and all(ch in "0123456789abcdef" for ch in digest)


def test_GIVEN_parties_and_transfers_in_another_order_WHEN_hashed_THEN_the_hash_is_unchanged() -> None:
    shuffled = dataclasses.replace(CONTENT, parties=(WITNESS, BORROWER, GUARANTOR), transfers=(LENDER, FUND, BANK))
    assert content_hash(shuffled) == content_hash(CONTENT)


def test_GIVEN_amounts_and_rates_read_back_with_other_trailing_zeros_WHEN_hashed_THEN_the_hash_is_unchanged() -> None:
    stored = dataclasses.replace(CONTENT, principal=Decimal("45250.5"), interest_rate=Decimal("6.00000"))
    assert content_hash(stored) == content_hash(CONTENT)


def test_GIVEN_a_fresh_interpreter_WHEN_it_hashes_the_content_THEN_it_gets_the_same_hash() -> None:
    code = (
        "import sys; sys.path.insert(0, '.');"
        "from tests.unit.domain.test_contract_hash import CONTENT;"
        "from cdfi_desktop.domain.contract_hash import content_hash; print(content_hash(CONTENT))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert done.stdout.strip() == content_hash(CONTENT)


CHANGES = {
    "contract_no": {"contract_no": "1HH1C-002/2570"},
    "principal": {"principal": Decimal("45250.51")},
    "rate": {"interest_rate": Decimal("6.5")},
    "method": {"method": "flat"},
    "term": {"term_months": 47},
    "installment": {"installment": Decimal("1080.00")},
    "first_due_date": {"first_due_date": date(2027, 1, 16)},
    "signing_date": {"signing_date": date(2026, 12, 16)},
    "borrower_name": {"parties": (dataclasses.replace(BORROWER, full_name="นายบุญมา ทดสอบดี"), GUARANTOR, WITNESS)},
    "borrower_citizen_id": {"parties": (dataclasses.replace(BORROWER, citizen_id="1101700203460"), GUARANTOR, WITNESS)},
    "party_role": {"parties": (BORROWER, dataclasses.replace(GUARANTOR, role="witness"), WITNESS)},
    "party_removed": {"parties": (BORROWER, GUARANTOR)},
    "transfer_amount": {"transfers": (FUND, BANK, dataclasses.replace(LENDER, amount_transferred=Decimal("9200.01")))},
    "transfer_waiver": {"transfers": (FUND, BANK, dataclasses.replace(LENDER, interest_waived=Decimal("1100")))},
    "transfer_creditor": {"transfers": (FUND, dataclasses.replace(BANK, creditor="ธนาคารออมสิน"), LENDER)},
    "transfer_contract_no": {"transfers": (dataclasses.replace(FUND, contract_no="กบ-13/2566"), BANK, LENDER)},
    "transfer_removed": {"transfers": (FUND, BANK)},
}


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_GIVEN_any_field_changed_WHEN_hashed_THEN_the_hash_changes(change: str) -> None:
    changed = dataclasses.replace(CONTENT, **CHANGES[change])  # type: ignore[arg-type]
    assert content_hash(changed) != content_hash(CONTENT)


def test_GIVEN_a_contract_WHEN_its_canonical_text_is_made_THEN_it_names_every_fact_on_its_own_line() -> None:
    text = canonical_text(CONTENT)
    assert "contract_no=1HH1C-001/2570\n" in text
    assert "principal=45250.50\n" in text
    assert "interest_rate=6\n" in text
    assert "party=borrower|1101700203451|นายบุญมี ทดสอบดี\n" in text
    assert "transfer=ธ.ก.ส.|BA-778|15000.00|450.50|200.00|0.00|200.00|15450.50\n" in text


def test_GIVEN_a_payload_WHEN_verified_THEN_only_the_matching_content_passes() -> None:
    payload = qr_payload(CONTENT.contract_no, content_hash(CONTENT))
    assert payload == f"{QR_PREFIX}|1HH1C-001/2570|{content_hash(CONTENT)}"
    assert verify(payload, CONTENT)
    assert not verify(payload, dataclasses.replace(CONTENT, principal=Decimal("45000")))
    assert not verify(payload, dataclasses.replace(CONTENT, contract_no="1HH1C-009/2570"))
    assert not verify(payload.replace(QR_PREFIX, "OTHER"), CONTENT)
    assert not verify("not a contract", CONTENT)


def test_GIVEN_a_payload_WHEN_parsed_THEN_the_number_and_hash_come_back() -> None:
    digest = content_hash(CONTENT)
    found = parse_payload(qr_payload("1HH1C-001/2570", digest))
    assert found is not None and found.contract_no == "1HH1C-001/2570" and found.digest == digest
    assert parse_payload(f"{QR_PREFIX}|1HH1C-001/2570|{digest[:-1]}") is None
    assert parse_payload(f"{QR_PREFIX}||{digest}") is None


CONTRACT_ID = "6f1c1d0e-3b7a-4a7e-9d55-0c1e2f3a4b5c"


def test_GIVEN_a_paper_payload_WHEN_verified_THEN_only_with_the_records_id_and_content() -> None:
    payload = paper_payload(CONTENT.contract_no, CONTRACT_ID, content_hash(CONTENT))
    assert payload == f"{QR_PREFIX}|1HH1C-001/2570|{paper_digest(CONTRACT_ID, content_hash(CONTENT))}"
    assert content_hash(CONTENT) not in payload
    assert verify(payload, CONTENT, contract_id=CONTRACT_ID)
    assert not verify(payload, CONTENT)  # without the record's id it checks nothing
    assert not verify(payload, CONTENT, contract_id=CONTRACT_ID.replace("6f", "7f"))
    assert not verify(payload, dataclasses.replace(CONTENT, principal=Decimal("45000")), contract_id=CONTRACT_ID)
    assert paper_digest(CONTRACT_ID, "") == ""


def test_GIVEN_a_masked_id_on_paper_WHEN_tried_THEN_the_bare_hash_gives_it_back_the_paper_digest_not() -> None:
    """Why the paper carries the keyed digest: everything else the hash covers is printed on the contract."""
    # GIVEN the borrower's ID with four of its hidden digits unknown to the reader (a mask hides nine: 10^8 tries)
    known = BORROWER.citizen_id[:6]
    candidates = (f"{known}{n:04d}{BORROWER.citizen_id[10:]}" for n in range(10_000))

    def content_with(cid: str) -> ContractContent:
        return dataclasses.replace(CONTENT, parties=(dataclasses.replace(BORROWER, citizen_id=cid), GUARANTOR, WITNESS))

    bare, paper = content_hash(CONTENT), paper_digest(CONTRACT_ID, content_hash(CONTENT))
    tried = {content_hash(content_with(cid)): cid for cid in candidates}
    assert tried.get(bare) == BORROWER.citizen_id  # the bare hash: found
    assert paper not in tried  # the paper digest: nothing to match without the record's id
