"""Repayments of a signed 1HH1C contract (สัญญาการถ่ายโอนภาระหนี้สิน): the ledger, each contract's account and the
household's figures before and after consolidation (guideline 4.3; docs: shared/docs/DEBT-RULES.md).

The ledger is append-only. A payment is split by ``domain.schedule.allocate_payment``: penalty first, then the
interest due, then principal (the rest, prepayment included), where

- the interest due on the payment day is the interest of every installment due by then, plus that of the
  installment running on that day, less the interest already paid (reversals netted). For the running installment
  the fiscal-year profile's ``early_payment_interest`` says how much: "scheduled" (default) its interest in the
  schedule, so that an installment paid before its due date is split on its receipt as in the schedule;
  "accrued" the interest accrued to the payment date (domain.schedule.EarlyInterest). Interest of installments
  further ahead is never asked in advance, so paying the whole balance early settles the contract with the
  interest due so far;
- the penalty due is what the officer enters (the committee decides it; the schedule carries none), 0 by default.

A correction is a reversing entry: the opposite amounts, naming the entry it reverses (``reverses_id``), dated
like the entry it reverses so that the account on any past day reads as if the mistaken entry never happened.
An entry is reversed at most once, and a reversal is never reversed (record the payment again instead).
Receipts are numbered per institute and fiscal year in the issuing device's series (``R2570-K7Q2-00001``, see
domain.numbering), a reversal taking the next number of the fiscal year it is made in. When the principal is repaid
the contract is closed; a reversal reopens it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cdfi_desktop.db import models as m
from cdfi_desktop.db.base import table_of
from cdfi_desktop.db.bookkeeping import RECORDER_KEY, Recorder
from cdfi_desktop.domain.classification import Classification, DebtLine, DebtorClass, classify, indicators
from cdfi_desktop.domain.enums import ContractStatus, CreditorKind, FinanceKind, PartyRole, RepaymentMethod
from cdfi_desktop.domain.fiscal import fiscal_year_be
from cdfi_desktop.domain.numbering import device_tag, parse_receipt_number, receipt_number
from cdfi_desktop.domain.register_rules import Issue, Severity
from cdfi_desktop.domain.schedule import (
    Allocation,
    EarlyInterest,
    Installment,
    Owed,
    Position,
    allocate_on_schedule,
    owed_on,
    position,
)
from cdfi_desktop.services.analysis import fiscal_profile
from cdfi_desktop.services.errors import NotFound, ValidationFailed
from cdfi_desktop.services.obligations import households_where, open_debts
from cdfi_desktop.services.uow import UnitOfWork

__all__ = [
    "Account",
    "BeforeAfter",
    "Figures",
    "InstallmentState",
    "Receipt",
    "RepaymentRow",
    "ScheduleRow",
    "before_after",
    "contract_account",
    "early_interest",
    "preview_allocation",
    "receipt",
    "record_repayment",
    "reverse_repayment",
]

ZERO = Decimal("0.00")
NOTE_LIMIT = 200
CONTRACT, SCHEDULE, REPAYMENT = table_of(m.ConsolidationContract), table_of(m.ScheduleLine), table_of(m.Repayment)
HH, MEMBER, PARTY = table_of(m.Household), table_of(m.HouseholdMember), table_of(m.ContractParty)
DEBT, TRANSFER, FINANCE = table_of(m.Debt), table_of(m.TransferLine), table_of(m.HouseholdFinance)
INSTITUTE, VILLAGE, AUDIT = table_of(m.Institute), table_of(m.Village), table_of(m.AuditLog)
PROFILE = table_of(m.FiscalYearProfile)


# -- rows ----------------------------------------------------------------------------------------------------------
class InstallmentState(StrEnum):
    PAID = "paid"
    PARTLY_PAID = "partly_paid"
    OVERDUE = "overdue"
    UPCOMING = "upcoming"


@dataclass(frozen=True)
class ScheduleRow:
    seq: int
    due_date: date
    installment: Decimal
    principal: Decimal
    interest: Decimal
    balance_after: Decimal
    covered: Decimal  # how much of this installment the payments so far cover (in schedule order)
    state: InstallmentState


@dataclass(frozen=True)
class RepaymentRow:
    id: str
    paid_on: date
    amount: Decimal
    penalty: Decimal
    interest: Decimal
    principal: Decimal
    receipt_no: str
    note: str
    reverses_id: str | None
    reversed_by_id: str | None  # the reversal of this entry, if any
    balance_after: Decimal  # principal still owed once this entry was recorded

    @property
    def is_reversal(self) -> bool:
        return self.reverses_id is not None

    @property
    def reversed(self) -> bool:
        return self.reversed_by_id is not None


@dataclass(frozen=True)
class Account:
    """A contract on a day: its schedule with what is paid, its ledger and where it stands."""

    contract_id: str
    contract_no: str
    institute_id: str
    household_id: str
    household_code: str
    head_name: str
    status: ContractStatus
    principal: Decimal
    interest_rate: Decimal
    method: RepaymentMethod
    term_months: int
    installment: Decimal
    signing_date: date | None
    as_of: date
    schedule: tuple[ScheduleRow, ...]
    repayments: tuple[RepaymentRow, ...]  # in the order recorded, reversals included
    position: Position
    interest_due: Decimal  # interest of installments due by ``as_of`` not yet paid
    running_interest: Decimal = ZERO  # interest of the installment running on ``as_of`` a payment beyond them pays

    @property
    def balance(self) -> Decimal:
        return self.position.balance

    @property
    def arrears(self) -> Decimal:
        return self.position.arrears

    @property
    def payoff(self) -> Decimal:
        """What settles the contract on ``as_of``: the balance, the interest due and the running installment's."""
        return self.balance + self.interest_due + self.running_interest

    @property
    def days_overdue(self) -> int:
        return self.position.days_overdue

    @property
    def installments_due(self) -> int:
        return self.position.installments_due

    @property
    def installments_paid(self) -> int:
        return sum(1 for row in self.schedule if row.state is InstallmentState.PAID)

    @property
    def next_due(self) -> ScheduleRow | None:
        """The first installment not fully paid."""
        return next((row for row in self.schedule if row.state is not InstallmentState.PAID), None)

    @property
    def paid_total(self) -> Decimal:
        return sum((r.amount for r in self.repayments), ZERO)

    @property
    def signed(self) -> bool:
        return self.status is ContractStatus.SIGNED

    def row(self, repayment_id: str) -> RepaymentRow | None:
        return next((r for r in self.repayments if r.id == repayment_id), None)


@dataclass(frozen=True)
class Receipt:
    """What a receipt (ใบเสร็จรับเงิน) prints; a reversal prints as the cancellation of the receipt it reverses."""

    repayment_id: str
    receipt_no: str
    paid_on: date
    recorded_on: date
    institute_name: str
    institute_address: str
    payer_name: str
    household_code: str
    household_address: str
    contract_no: str
    amount: Decimal
    penalty: Decimal
    interest: Decimal
    principal: Decimal
    balance_after: Decimal
    note: str
    received_by: str
    reverses_receipt_no: str = ""
    reverses_paid_on: date | None = None

    @property
    def is_reversal(self) -> bool:
        return bool(self.reverses_receipt_no) or self.amount < 0


@dataclass(frozen=True)
class Figures:
    """A household's debt figures on one side of the consolidation."""

    debt_service: Decimal  # a month
    dsr_pct: Decimal | None
    debtor_class: DebtorClass
    total_debt: Decimal
    income: Decimal
    residual_income: Decimal
    creditors: int
    classification: Classification


@dataclass(frozen=True)
class BeforeAfter:
    household_id: str
    contract_id: str
    as_of: date
    before: Figures  # the transferred source debts and the household's other open debts
    after: Figures  # the contract's installment (while owed) and the other open debts

    @property
    def debt_service_change(self) -> Decimal:
        return self.after.debt_service - self.before.debt_service


# -- helpers -------------------------------------------------------------------------------------------------------
def _refuse(code: str, field_name: str = "", /, **params: object) -> ValidationFailed:
    return ValidationFailed([Issue(code, field_name, Severity.ERROR, dict(params))])


def _full_name(title: str | None, first: str | None, last: str | None) -> str:
    return f"{title or ''}{first or ''} {last or ''}".strip()


def _lines(session: Session, contract_id: str) -> list[Installment]:
    rows = session.execute(
        select(SCHEDULE)
        .where(SCHEDULE.c.contract_id == contract_id, SCHEDULE.c.deleted_at.is_(None))
        .order_by(SCHEDULE.c.seq)
    )
    return [Installment(r.seq, r.due_date, r.installment, r.principal, r.interest, r.balance_after) for r in rows]


def _entries(session: Session, contract_id: str) -> list[m.Repayment]:
    """The contract's ledger in the order recorded."""
    return list(
        session.scalars(
            select(m.Repayment)
            .where(m.Repayment.contract_id == contract_id, m.Repayment.deleted_at.is_(None))
            .order_by(m.Repayment.hlc, m.Repayment.id)
        )
    )


def _allocation(entry: m.Repayment) -> Allocation:
    return Allocation(penalty=entry.penalty, interest=entry.interest, principal=entry.principal)


def early_interest(session: Session, on: date) -> EarlyInterest:
    """The profile's rule for a payment made on ``on`` before its due date (the profile of that fiscal year, else
    the newest before it, else the default)."""
    found = session.scalar(
        select(PROFILE.c.early_payment_interest)
        .where(PROFILE.c.deleted_at.is_(None), PROFILE.c.fiscal_year <= fiscal_year_be(on))
        .order_by(PROFILE.c.fiscal_year.desc())
        .limit(1)
    )
    try:
        return EarlyInterest(found) if found else EarlyInterest.SCHEDULED
    except ValueError:
        return EarlyInterest.SCHEDULED


def _owed(
    session: Session,
    contract: m.ConsolidationContract,
    lines: Sequence[Installment],
    entries: Sequence[m.Repayment],
    on: date,
) -> Owed:
    """What the contract asks of a payment made on ``on`` (domain.schedule.owed_on, the profile's rule)."""
    return owed_on(
        list(lines),
        on=on,
        interest_paid=sum((e.interest for e in entries), ZERO),
        principal_paid=sum((e.principal for e in entries), ZERO),
        period_start=contract.signing_date or (lines[0].due_date if lines else on),
        early=early_interest(session, on),
    )


def _balance(lines: Sequence[Installment], entries: Sequence[m.Repayment]) -> Decimal:
    return sum((line.principal for line in lines), ZERO) - sum((e.principal for e in entries), ZERO)


def _contract(session: Session, contract_id: str) -> m.ConsolidationContract:
    found = session.get(m.ConsolidationContract, contract_id)
    if found is None or found.deleted_at is not None:
        raise NotFound(contract_id)
    return found


def _last_paid_on(entries: Sequence[m.Repayment]) -> date | None:
    reversed_ids = {e.reverses_id for e in entries if e.reverses_id}
    live = [e.paid_on for e in entries if e.reverses_id is None and e.id not in reversed_ids]
    return max(live, default=None)


def _next_receipt_no(session: Session, *, institute_id: str, fiscal_year: int) -> str:
    """The institute's next receipt number of the fiscal year, in this device's series: ``R2570-K7Q2-00013``.

    The sequence follows the highest number of the year from any device, old numbers without a series tag
    (``R2570-00012``) among them; two laptops working offline never issue the same number. A number already
    taken is skipped.
    """
    numbers = set(
        session.scalars(
            select(REPAYMENT.c.receipt_no)
            .join(CONTRACT, CONTRACT.c.id == REPAYMENT.c.contract_id)
            .where(CONTRACT.c.institute_id == institute_id, REPAYMENT.c.receipt_no.like(f"R{fiscal_year}-%"))
        )
    )
    highest = 0
    for number in numbers:
        parsed = parse_receipt_number(number)
        if parsed is not None and parsed.fiscal_year == fiscal_year:
            highest = max(highest, parsed.seq)
    recorder: Recorder = session.info[RECORDER_KEY]
    tag = device_tag(recorder.device_id)
    seq = highest + 1
    while receipt_number(tag, seq, fiscal_year) in numbers:
        seq += 1
    return receipt_number(tag, seq, fiscal_year)


def _as_officer(uow: UnitOfWork, officer: str) -> None:
    """Audit this unit of work's writes under ``officer`` (the database's own officer otherwise)."""
    recorder = uow.session.info.get(RECORDER_KEY)
    if officer.strip() and isinstance(recorder, Recorder):
        uow.session.info[RECORDER_KEY] = replace(recorder, officer=officer.strip()[:120])


def _check_note(text: str, field_name: str) -> str:
    note = text.strip()
    if len(note) > NOTE_LIMIT:
        raise _refuse("text_too_long", field_name, limit=NOTE_LIMIT)
    return note


# -- the allocation --------------------------------------------------------------------------------------------------
def _allocate(
    session: Session,
    contract: m.ConsolidationContract,
    *,
    paid_on: date,
    amount: Decimal,
    penalty_due: Decimal | None,
    today: date,
) -> Allocation:
    """Check a payment against the contract and split it; raises ValidationFailed (nothing written)."""
    if contract.status is ContractStatus.CLOSED:
        raise _refuse("repayment_contract_closed", "contract_id", contract_no=contract.contract_no)
    if contract.status is not ContractStatus.SIGNED or contract.signing_date is None:
        raise _refuse("repayment_contract_not_signed", "contract_id", contract_no=contract.contract_no)
    if amount <= 0:
        raise _refuse("repayment_amount_not_positive", "amount")
    if amount != amount.quantize(Decimal("0.01")):
        raise _refuse(
            "money_too_many_decimals", "amount", text=str(amount), decimals=len(format(amount, "f").partition(".")[2])
        )
    if paid_on < contract.signing_date:
        raise _refuse("repayment_before_signing", "paid_on", signed=contract.signing_date)
    if paid_on > today:
        raise _refuse("repayment_in_future", "paid_on", today=today)
    penalty = penalty_due if penalty_due is not None else ZERO
    if penalty < 0:
        raise _refuse("repayment_penalty_negative", "penalty_due")
    lines = _lines(session, contract.id)
    entries = _entries(session, contract.id)
    last = _last_paid_on(entries)
    if last is not None and paid_on < last:
        raise _refuse("repayment_before_last", "paid_on", last=last)
    owed = _owed(session, contract, lines, entries, paid_on)
    split = allocate_on_schedule(amount, penalty_due=penalty, owed=owed)
    balance = _balance(lines, entries)
    if split.principal > balance:
        most = min(amount, penalty) + owed.interest_due + owed.running_interest + balance
        raise _refuse("repayment_above_balance", "amount", most=most)
    return split


def preview_allocation(
    session: Session,
    *,
    contract_id: str,
    paid_on: date,
    amount: Decimal,
    penalty_due: Decimal | None = None,
    today: date | None = None,
) -> Allocation:
    """How a payment would be split (penalty → interest → principal); refuses as :func:`record_repayment` does."""
    contract = _contract(session, contract_id)
    return _allocate(
        session, contract, paid_on=paid_on, amount=amount, penalty_due=penalty_due, today=today or date.today()
    )


# -- use cases -------------------------------------------------------------------------------------------------------
def record_repayment(
    uow: UnitOfWork,
    *,
    contract_id: str,
    paid_on: date,
    amount: Decimal,
    note: str = "",
    penalty_due: Decimal | None = None,
    officer: str = "",
    today: date | None = None,
) -> str:
    """Record a payment on a signed contract, split penalty → interest → principal; returns the new entry's id.

    ``penalty_due`` is the penalty the officer asks on this payment (default none). The receipt takes the
    institute's next number of the fiscal year of ``paid_on``; the contract closes when its principal is repaid.
    """
    session = uow.session
    contract = _contract(session, contract_id)
    text = _check_note(note, "note")
    split = _allocate(
        session, contract, paid_on=paid_on, amount=amount, penalty_due=penalty_due, today=today or date.today()
    )
    _as_officer(uow, officer)
    entry = m.Repayment(
        contract_id=contract.id,
        paid_on=paid_on,
        amount=amount,
        penalty=split.penalty,
        interest=split.interest,
        principal=split.principal,
        receipt_no=_next_receipt_no(session, institute_id=contract.institute_id, fiscal_year=fiscal_year_be(paid_on)),
        note=text,
    )
    session.add(entry)
    session.flush()
    if _balance(_lines(session, contract.id), _entries(session, contract.id)) <= 0:
        contract.status = ContractStatus.CLOSED
    uow.commit()
    return entry.id


def _amended(session: Session, contract_id: str) -> bool:
    """Whether a signed amendment replaced the contract."""
    return (
        session.scalar(
            select(CONTRACT.c.id)
            .where(
                CONTRACT.c.amends_contract_id == contract_id,
                CONTRACT.c.status != ContractStatus.DRAFT,
                CONTRACT.c.deleted_at.is_(None),
            )
            .limit(1)
        )
        is not None
    )


def reverse_repayment(
    uow: UnitOfWork, *, repayment_id: str, reason: str, officer: str = "", today: date | None = None
) -> str:
    """Correct an entry with a reversing entry (the opposite amounts, ``reverses_id`` naming it); returns its id.

    The original is never edited. An entry is reversed once; a reversal cannot be reversed. A closed contract
    whose balance is owed again reopens, unless an amendment replaced it.
    """
    session = uow.session
    original = session.get(m.Repayment, repayment_id)
    if original is None or original.deleted_at is not None:
        raise NotFound(repayment_id)
    text = reason.strip()
    if not text:
        raise _refuse("repayment_reason_required", "reason")
    text = _check_note(text, "reason")
    if original.reverses_id is not None:
        raise _refuse("repayment_reversal_not_reversible", "repayment_id", receipt_no=original.receipt_no)
    already = session.scalar(
        select(REPAYMENT.c.receipt_no).where(REPAYMENT.c.reverses_id == original.id, REPAYMENT.c.deleted_at.is_(None))
    )
    if already is not None:
        raise _refuse("repayment_already_reversed", "repayment_id", receipt_no=original.receipt_no, reversal_no=already)
    contract = _contract(session, original.contract_id)
    _as_officer(uow, officer)
    entry = m.Repayment(
        contract_id=contract.id,
        paid_on=original.paid_on,
        amount=-original.amount,
        penalty=-original.penalty,
        interest=-original.interest,
        principal=-original.principal,
        receipt_no=_next_receipt_no(
            session, institute_id=contract.institute_id, fiscal_year=fiscal_year_be(today or date.today())
        ),
        note=text,
        reverses_id=original.id,
    )
    session.add(entry)
    session.flush()
    if (
        contract.status is ContractStatus.CLOSED
        and not _amended(session, contract.id)  # an amended contract stays closed: its amendment carries the debt
        and _balance(_lines(session, contract.id), _entries(session, contract.id)) > 0
    ):
        contract.status = ContractStatus.SIGNED
    uow.commit()
    return entry.id


# -- reads -----------------------------------------------------------------------------------------------------------
def _head(session: Session, household_id: str) -> tuple[str, str, str]:
    """(register no., head's name, address line) of a household."""
    row = session.execute(
        select(HH.c.code, HH.c.house_no, HH.c.address, VILLAGE.c.village_no, VILLAGE.c.name)
        .outerjoin(VILLAGE, VILLAGE.c.id == HH.c.village_id)
        .where(HH.c.id == household_id)
    ).first()
    head = session.execute(
        select(MEMBER.c.title, MEMBER.c.first_name, MEMBER.c.last_name)
        .where(MEMBER.c.household_id == household_id, MEMBER.c.is_head.is_(True), MEMBER.c.deleted_at.is_(None))
        .limit(1)
    ).first()
    name = _full_name(head.title, head.first_name, head.last_name) if head else ""
    if row is None:
        return "", name, ""
    address = " ".join(
        p
        for p in (
            f"บ้านเลขที่ {row.house_no}" if row.house_no else "",
            f"หมู่ที่ {row.village_no}" if row.village_no is not None else "",
            (row.name if row.name.startswith("บ้าน") else f"บ้าน{row.name}") if row.name else "",
        )
        if p
    )
    return row.code or "", name, address or (row.address or "")


def _schedule_rows(lines: Sequence[Installment], pos: Position, *, as_of: date) -> tuple[ScheduleRow, ...]:
    covered = pos.paid_principal + pos.paid_interest
    settled = pos.balance <= 0
    rows = []
    for line in lines:
        part = max(ZERO, min(line.installment, covered))
        covered -= part
        if settled or part >= line.installment:
            state = InstallmentState.PAID
        elif part > 0:
            state = InstallmentState.PARTLY_PAID
        elif line.due_date <= as_of:
            state = InstallmentState.OVERDUE
        else:
            state = InstallmentState.UPCOMING
        rows.append(
            ScheduleRow(
                line.seq,
                line.due_date,
                line.installment,
                line.principal,
                line.interest,
                line.balance_after,
                part,
                state,
            )
        )
    return tuple(rows)


def _ledger(entries: Sequence[m.Repayment], principal: Decimal) -> tuple[RepaymentRow, ...]:
    reversal_of = {e.reverses_id: e.id for e in entries if e.reverses_id}
    rows = []
    balance = principal
    for e in entries:
        balance -= e.principal
        rows.append(
            RepaymentRow(
                id=e.id,
                paid_on=e.paid_on,
                amount=e.amount,
                penalty=e.penalty,
                interest=e.interest,
                principal=e.principal,
                receipt_no=e.receipt_no,
                note=e.note,
                reverses_id=e.reverses_id,
                reversed_by_id=reversal_of.get(e.id),
                balance_after=balance,
            )
        )
    return tuple(rows)


def contract_account(session: Session, contract_id: str, *, as_of: date) -> Account:
    """The contract on ``as_of``: its schedule with paid marks, its ledger and its position."""
    contract = _contract(session, contract_id)
    lines = _lines(session, contract.id)
    entries = _entries(session, contract.id)
    dated = [e for e in entries if e.paid_on <= as_of]
    pos = position(lines, [(e.paid_on, _allocation(e)) for e in entries], as_of=as_of)
    owed = _owed(session, contract, lines, dated, as_of)
    code, head_name, _address = _head(session, contract.household_id)
    return Account(
        contract_id=contract.id,
        contract_no=contract.contract_no,
        institute_id=contract.institute_id,
        household_id=contract.household_id,
        household_code=code,
        head_name=head_name,
        status=contract.status,
        principal=contract.principal,
        interest_rate=contract.interest_rate,
        method=contract.method,
        term_months=contract.term_months,
        installment=contract.installment,
        signing_date=contract.signing_date,
        as_of=as_of,
        schedule=_schedule_rows(lines, pos, as_of=as_of),
        repayments=_ledger(entries, sum((line.principal for line in lines), ZERO)),
        position=pos,
        interest_due=owed.interest_due,
        running_interest=owed.running_interest,
    )


def receipt(session: Session, repayment_id: str) -> Receipt:
    """The receipt of a ledger entry (or, for a reversal, the cancellation note)."""
    entry = session.get(m.Repayment, repayment_id)
    if entry is None or entry.deleted_at is not None:
        raise NotFound(repayment_id)
    contract = _contract(session, entry.contract_id)
    institute = session.get(m.Institute, contract.institute_id)
    entries = _entries(session, contract.id)
    upto = entries[: next(i for i, e in enumerate(entries) if e.id == entry.id) + 1]
    balance = _balance(_lines(session, contract.id), upto)
    code, head_name, address = _head(session, contract.household_id)
    borrower = session.scalar(
        select(PARTY.c.full_name)
        .where(PARTY.c.contract_id == contract.id, PARTY.c.role == PartyRole.BORROWER, PARTY.c.deleted_at.is_(None))
        .order_by(PARTY.c.sort_order)
        .limit(1)
    )
    officer = session.scalar(
        select(AUDIT.c.officer)
        .where(AUDIT.c.table_name == "repayment", AUDIT.c.record_id == entry.id)
        .order_by(AUDIT.c.id)
        .limit(1)
    )
    reversed_entry = session.get(m.Repayment, entry.reverses_id) if entry.reverses_id else None
    return Receipt(
        repayment_id=entry.id,
        receipt_no=entry.receipt_no,
        paid_on=entry.paid_on,
        recorded_on=entry.created_at.astimezone().date() if entry.created_at else entry.paid_on,
        institute_name=institute.name if institute else "",
        institute_address=institute.address if institute else "",
        payer_name=borrower or head_name,
        household_code=code,
        household_address=address,
        contract_no=contract.contract_no,
        amount=entry.amount,
        penalty=entry.penalty,
        interest=entry.interest,
        principal=entry.principal,
        balance_after=balance,
        note=entry.note,
        received_by=officer or "",
        reverses_receipt_no=reversed_entry.receipt_no if reversed_entry else "",
        reverses_paid_on=reversed_entry.paid_on if reversed_entry else None,
    )


def _money(session: Session, household_id: str) -> tuple[Decimal, Decimal]:
    rows = session.execute(
        select(FINANCE.c.kind, func.sum(FINANCE.c.amount_monthly))
        .where(FINANCE.c.household_id == household_id, FINANCE.c.deleted_at.is_(None))
        .group_by(FINANCE.c.kind)
    )
    sums = {FinanceKind(kind): amount or ZERO for kind, amount in rows}
    return sums.get(FinanceKind.INCOME, ZERO), sums.get(FinanceKind.EXPENSE, ZERO)


def _debt_line(r: Any) -> DebtLine:
    return DebtLine(
        creditor_kind=CreditorKind(r.creditor_kind),
        creditor=r.member_fund_id or r.creditor_name,
        outstanding=r.outstanding,
        installment=r.installment or ZERO,
        days_overdue=r.days_overdue,
        principal=r.principal,
        contract_date=r.contract_date,
    )


def _figures(c: Classification) -> Figures:
    ind = c.indicators
    return Figures(
        debt_service=ind.monthly_debt_service,
        dsr_pct=ind.dsr_pct,
        debtor_class=c.debtor_class,
        total_debt=ind.total_debt,
        income=ind.income,
        residual_income=ind.residual_income,
        creditors=ind.creditors,
        classification=c,
    )


def before_after(session: Session, *, household_id: str, contract_id: str, as_of: date) -> BeforeAfter:
    """The household's debt service, DSR and class before the consolidation (its transferred source debts and its
    other open debts) and after it (the contract's installment while principal is owed, and the other open debts),
    with the thresholds of the fiscal-year profile of ``as_of``."""
    contract = _contract(session, contract_id)
    if contract.household_id != household_id:
        raise NotFound(contract_id)
    columns = (
        DEBT.c.id,
        DEBT.c.creditor_kind,
        DEBT.c.member_fund_id,
        DEBT.c.creditor_name,
        DEBT.c.outstanding,
        DEBT.c.installment,
        DEBT.c.days_overdue,
        DEBT.c.principal,
        DEBT.c.contract_date,
    )
    sources = session.execute(
        select(*columns)
        .join(TRANSFER, TRANSFER.c.source_debt_id == DEBT.c.id)
        .where(TRANSFER.c.contract_id == contract.id, TRANSFER.c.deleted_at.is_(None))
    ).all()
    source_ids = {r.id for r in sources}
    income, expenses = _money(session, household_id)
    thresholds = fiscal_profile(session, fiscal_year_be(as_of)).thresholds
    # the household's debts now, as every register and the analysis count them (its open debts and what its signed
    # contracts still owe: services.obligations); before: its other open register debts with the sources
    now = open_debts(session, households_where(institute_id=None, ids=[household_id]), as_of=as_of)
    owed = now.get(household_id, [])
    other_lines = [_debt_line(d) for d in owed if not d.consolidated and d.id not in source_ids]
    after_lines = [_debt_line(d) for d in owed]

    def judged(lines: list[DebtLine]) -> Figures:
        found = indicators(income=income, essential_expenses=expenses, debts=lines, as_of=as_of)
        return _figures(classify(found, thresholds))

    return BeforeAfter(
        household_id=household_id,
        contract_id=contract.id,
        as_of=as_of,
        before=judged([_debt_line(r) for r in sources] + other_lines),
        after=judged(after_lines),
    )
