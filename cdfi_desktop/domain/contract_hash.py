"""The fingerprint of a signed debt-transfer contract: a canonical text of what was agreed and its SHA-256.

The contract's QR code carries ``CDFI-1HH1C|<contract no.>|<paper digest>``, so a paper copy can be checked
against the record: the same content always gives the same text (amounts to the satang, rates without trailing zeros,
parties and transfer lines in a fixed order whatever order they were read in), and any change of a name,
citizen ID, amount, rate, term or date gives another hash.

The paper does not carry the content hash itself: everything it hashes is printed on the contract except the
parties' citizen IDs, which the paper prints masked (PDPA), so a bare hash would give them back to anyone trying
the IDs a mask leaves. The paper digest is the content hash keyed by the contract's record id (a UUID that is
never printed): it checks the paper against the record as well, and tells nothing without it. Papers printed
before carry the bare content hash; ``verify`` accepts both.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

QR_PREFIX = "CDFI-1HH1C"
_SATANG = Decimal("0.01")
_VERSION = "1"  # bump only with a migration of the stored hashes


@dataclass(frozen=True)
class PartyContent:
    role: str
    full_name: str
    citizen_id: str = ""


@dataclass(frozen=True)
class TransferContent:
    creditor: str
    contract_no: str
    principal: Decimal
    interest: Decimal
    penalty: Decimal
    interest_waived: Decimal
    penalty_waived: Decimal
    amount_transferred: Decimal


@dataclass(frozen=True)
class ContractContent:
    """What a signed contract says, as far as its fingerprint goes."""

    contract_no: str
    parties: Sequence[PartyContent]
    principal: Decimal
    interest_rate: Decimal  # % a year
    method: str
    term_months: int
    installment: Decimal
    first_due_date: date | None
    signing_date: date | None
    transfers: Sequence[TransferContent]


def _text(value: str) -> str:
    """Names as typed, in one Unicode form, single spaces, and never a line break or a field separator."""
    cleaned = unicodedata.normalize("NFC", value).replace("|", "/")
    return " ".join(cleaned.split())


def _money(value: Decimal) -> str:
    return f"{Decimal(value).quantize(_SATANG, rounding=ROUND_HALF_UP):f}"


def _rate(value: Decimal) -> str:
    """6, 6.0 and 6.00000 are the same rate: no trailing zeros, never an exponent."""
    normal = Decimal(value).normalize()
    text = f"{normal:f}"
    return text


def _day(value: date | None) -> str:
    return value.isoformat() if value else "-"


def canonical_text(content: ContractContent) -> str:
    """One ``key=value`` line per fact, parties and transfer lines sorted, so the text is the same on every run."""
    lines = [
        f"version={_VERSION}",
        f"contract_no={_text(content.contract_no)}",
        f"principal={_money(content.principal)}",
        f"interest_rate={_rate(content.interest_rate)}",
        f"method={_text(content.method)}",
        f"term_months={int(content.term_months)}",
        f"installment={_money(content.installment)}",
        f"first_due_date={_day(content.first_due_date)}",
        f"signing_date={_day(content.signing_date)}",
    ]
    parties = sorted((_text(p.role), _text(p.citizen_id), _text(p.full_name)) for p in content.parties)
    lines += [f"party={role}|{cid}|{name}" for role, cid, name in parties]
    transfers = sorted(
        (
            _text(t.creditor),
            _text(t.contract_no),
            _money(t.principal),
            _money(t.interest),
            _money(t.penalty),
            _money(t.interest_waived),
            _money(t.penalty_waived),
            _money(t.amount_transferred),
        )
        for t in content.transfers
    )
    lines += ["transfer=" + "|".join(fields) for fields in transfers]
    return "\n".join(lines) + "\n"


def content_hash(content: ContractContent) -> str:
    """SHA-256 (hex) of the contract's canonical text."""
    return hashlib.sha256(canonical_text(content).encode("utf-8")).hexdigest()


def paper_digest(contract_id: str, digest: str) -> str:
    """The check code a contract's paper carries: the content hash ``digest`` keyed by the record's id ("" for a
    contract without a hash)."""
    if not digest:
        return ""
    return hashlib.sha256(f"{QR_PREFIX}-paper|{contract_id}|{digest}".encode()).hexdigest()


def paper_payload(contract_no: str, contract_id: str, digest: str) -> str:
    """What the contract's paper QR codes carry: ``CDFI-1HH1C|<contract no.>|<paper digest>``."""
    return qr_payload(contract_no, paper_digest(contract_id, digest))


def qr_payload(contract_no: str, digest: str) -> str:
    """What the contract's QR code carries: ``CDFI-1HH1C|<contract no.>|<sha256>``."""
    return f"{QR_PREFIX}|{_text(contract_no)}|{digest}"


@dataclass(frozen=True)
class Payload:
    contract_no: str
    digest: str


def parse_payload(payload: str) -> Payload | None:
    """The contract no. and hash a scanned QR code carries; None when it is not a contract's code."""
    prefix, _, rest = payload.strip().partition("|")
    number, _, digest = rest.rpartition("|")
    if prefix != QR_PREFIX or not number or len(digest) != 64:
        return None
    if any(ch not in "0123456789abcdef" for ch in digest):
        return None
    return Payload(contract_no=number, digest=digest)


def verify(payload: str, content: ContractContent, *, contract_id: str | None = None) -> bool:
    """Whether a scanned code names this contract and its hash matches the content on record: the paper digest
    (with ``contract_id``, the record's id) or the bare content hash (papers printed before)."""
    found = parse_payload(payload)
    if found is None or found.contract_no != _text(content.contract_no):
        return False
    digest = content_hash(content)
    return found.digest == digest or (contract_id is not None and found.digest == paper_digest(contract_id, digest))
