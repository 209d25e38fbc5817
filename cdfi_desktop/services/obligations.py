"""A household's debts now: the one definition every register, tile, form, analysis and indicator reads.

A household owes its *open* register debts, and — once it signed — its 1HH1C contract (consolidation_contract,
status signed) as the debt it now is: what is left of the contract's principal on ``as_of`` (the schedule's
principal less the principal repaid by then, ``domain.schedule.position``), its installment, and the days its
oldest unpaid installment is late. The contract's source debts left the register when it was signed (their
status is *transferred*), so counting both would count the same money twice, and counting neither loses it.

- :func:`open_debts` — each household's debts as :class:`OpenDebt` (register debts and the contract alike);
- :func:`household_totals` — per household: how many debts, outstanding, monthly installments, worst days
  overdue (:class:`DebtTotals`), and :func:`institute_totals` the same summed over an institute;
- *indebted household*: a live household with an open register debt or a signed contract with a balance above
  zero — :meth:`DebtTotals.indebted` in Python, :func:`indebted_households` as a SQL selectable;
- :func:`household_sums` — each household's number of debts and total debt as a SQL selectable, for sorting
  and paging a register in the database (:func:`contract_balances`: each signed contract's balance in SQL).

*At 1HH1C* is not defined here: it is ``domain.criteria.at_1hh1c`` (``services.indicators.standing``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Select, exists, func, or_, select, type_coerce, union_all
from sqlalchemy.orm import Session

from cdfi_desktop.db import models as m
from cdfi_desktop.db.base import table_of
from cdfi_desktop.db.types import Money
from cdfi_desktop.domain.enums import ContractStatus, CreditorKind, DebtStatus
from cdfi_desktop.domain.schedule import Allocation, Installment, Position, position

__all__ = [
    "OVERDUE_DAYS",
    "BroughtIn",
    "DebtTotals",
    "OpenDebt",
    "SignedContract",
    "contract_balances",
    "contract_debts",
    "household_sums",
    "household_totals",
    "households_where",
    "indebted_households",
    "institute_totals",
    "open_debts",
    "signed_contracts",
    "totals_of",
]

HH, DEBT = table_of(m.Household), table_of(m.Debt)
CONTRACT, SCHEDULE, REPAYMENT = table_of(m.ConsolidationContract), table_of(m.ScheduleLine), table_of(m.Repayment)
TRANSFER = table_of(m.TransferLine)
ZERO = Decimal("0.00")
OVERDUE_DAYS = 90  # "over 90 days": the overview's tile and the registers' worst arrears class


class OpenDebt(NamedTuple):
    """One debt a household owes now: an open register debt, or its signed 1HH1C contract (``consolidated``)."""

    id: str  # the debt's id, or the contract's
    household_id: str
    creditor_kind: CreditorKind
    member_fund_id: str | None
    creditor_name: str  # the contract's number for a contract
    outstanding: Decimal
    installment: Decimal
    days_overdue: int
    principal: Decimal
    contract_date: date | None  # the signing date for a contract
    consolidated: bool = False  # the household's signed 1HH1C contract with the institute, not a register debt

    @property
    def creditor(self) -> str:
        """Counts distinct creditors: the fund, else the creditor's name."""
        return self.member_fund_id or self.creditor_name


def households_where(*, institute_id: str | None, ids: Sequence[str] | None) -> list[ColumnElement[bool]]:
    """The given households (live or not), else an institute's live households."""
    if ids is not None:
        return [HH.c.id.in_(list(ids))]
    return [HH.c.institute_id == institute_id, HH.c.deleted_at.is_(None)]


def open_debts(session: Session, where: list[ColumnElement[bool]], *, as_of: date) -> dict[str, list[OpenDebt]]:
    """Each household's debts now (households ``where`` selects; those without a debt are left out): its open
    register debts, then its signed contracts that still owe something."""
    query = select(
        DEBT.c.id,
        DEBT.c.household_id,
        DEBT.c.creditor_kind,
        DEBT.c.member_fund_id,
        DEBT.c.creditor_name,
        DEBT.c.outstanding,
        DEBT.c.installment,
        DEBT.c.days_overdue,
        DEBT.c.principal,
        DEBT.c.contract_date,
    ).where(
        DEBT.c.household_id.in_(select(HH.c.id).where(*where)),
        DEBT.c.deleted_at.is_(None),
        DEBT.c.status == DebtStatus.OPEN,
    )
    found: dict[str, list[OpenDebt]] = {}
    for r in session.execute(query):
        debt = OpenDebt._make((*r, False))
        if debt.installment is None:
            debt = debt._replace(installment=ZERO)
        found.setdefault(debt.household_id, []).append(debt)
    for debt in contract_debts(session, where, as_of=as_of):
        found.setdefault(debt.household_id, []).append(debt)
    return found


def _signed(session: Session, where: list[ColumnElement[bool]]) -> list[Any]:
    return list(
        session.execute(
            select(
                CONTRACT.c.id,
                CONTRACT.c.household_id,
                CONTRACT.c.lender_fund_id,
                CONTRACT.c.contract_no,
                CONTRACT.c.principal,
                CONTRACT.c.installment,
                CONTRACT.c.interest_rate,
                CONTRACT.c.term_months,
                CONTRACT.c.signing_date,
            )
            .where(
                CONTRACT.c.household_id.in_(select(HH.c.id).where(*where)),
                CONTRACT.c.deleted_at.is_(None),
                CONTRACT.c.status == ContractStatus.SIGNED,
            )
            .order_by(CONTRACT.c.signing_date, CONTRACT.c.id)
        )
    )


def _positions(session: Session, ids: Sequence[str], *, as_of: date) -> dict[str, Position]:
    """Where each contract stands on ``as_of`` (``domain.schedule.position``)."""
    lines: dict[str, list[Installment]] = {}
    payments: dict[str, list[tuple[date, Allocation]]] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids[start : start + _CHUNK])
        for r in session.execute(
            select(SCHEDULE)
            .where(SCHEDULE.c.contract_id.in_(chunk), SCHEDULE.c.deleted_at.is_(None))
            .order_by(SCHEDULE.c.seq)
        ):
            lines.setdefault(r.contract_id, []).append(
                Installment(r.seq, r.due_date, r.installment, r.principal, r.interest, r.balance_after)
            )
        for r in session.execute(
            select(REPAYMENT).where(REPAYMENT.c.contract_id.in_(chunk), REPAYMENT.c.deleted_at.is_(None))
        ):
            payments.setdefault(r.contract_id, []).append((r.paid_on, Allocation(r.penalty, r.interest, r.principal)))
    return {i: position(lines.get(i, []), payments.get(i, []), as_of=as_of) for i in ids}


def contract_debts(session: Session, where: list[ColumnElement[bool]], *, as_of: date) -> list[OpenDebt]:
    """Each signed 1HH1C contract as the debt it now is: what is left of its principal, its installment, and
    the days its oldest unpaid installment is late (its source debts left the register when it was signed);
    a contract repaid in full by ``as_of`` is no debt."""
    signed = _signed(session, where)
    if not signed:
        return []
    positions = _positions(session, [c.id for c in signed], as_of=as_of)
    debts = []
    for c in signed:
        now = positions[c.id]
        if now.balance <= 0:
            continue
        debts.append(
            OpenDebt(
                id=c.id,
                household_id=c.household_id,
                creditor_kind=CreditorKind.MEMBER_FUND,
                member_fund_id=c.lender_fund_id,
                creditor_name=c.contract_no,
                outstanding=now.balance,
                installment=c.installment,
                days_overdue=now.days_overdue,
                principal=c.principal,
                contract_date=c.signing_date,
                consolidated=True,
            )
        )
    return debts


@dataclass(frozen=True)
class BroughtIn:
    """A source debt a 1HH1C contract took over (its transfer line)."""

    creditor: str
    contract_no: str
    amount: Decimal  # what the contract took over: principal, interest and penalty less the waivers


@dataclass(frozen=True)
class SignedContract:
    """A household's signed 1HH1C contract: the debts it brought in and what it owes on ``as_of``."""

    id: str
    household_id: str
    contract_no: str
    signing_date: date | None
    lender_fund_id: str | None
    principal: Decimal
    interest_rate: Decimal  # % a year
    term_months: int
    installment: Decimal
    balance: Decimal
    days_overdue: int
    brought_in: tuple[BroughtIn, ...]


def signed_contracts(session: Session, household_ids: Sequence[str], *, as_of: date) -> dict[str, list[SignedContract]]:
    """The signed 1HH1C contracts of the given households (a repaid or amended one is closed, not signed),
    with the debts each brought in and its balance on ``as_of``."""
    signed = [
        c
        for start in range(0, len(household_ids), _CHUNK)
        for c in _signed(session, households_where(institute_id=None, ids=household_ids[start : start + _CHUNK]))
    ]
    ids = [c.id for c in signed]
    positions = _positions(session, ids, as_of=as_of)
    brought: dict[str, list[BroughtIn]] = {}
    for start in range(0, len(ids), _CHUNK):
        for r in session.execute(
            select(
                TRANSFER.c.contract_id,
                TRANSFER.c.source_creditor,
                TRANSFER.c.source_contract_no,
                TRANSFER.c.amount_transferred,
            )
            .where(TRANSFER.c.contract_id.in_(ids[start : start + _CHUNK]), TRANSFER.c.deleted_at.is_(None))
            .order_by(TRANSFER.c.contract_id, TRANSFER.c.created_at, TRANSFER.c.id)
        ):
            brought.setdefault(r.contract_id, []).append(
                BroughtIn(r.source_creditor, r.source_contract_no, r.amount_transferred)
            )
    found: dict[str, list[SignedContract]] = {}
    for c in signed:
        now = positions[c.id]
        found.setdefault(c.household_id, []).append(
            SignedContract(
                id=c.id,
                household_id=c.household_id,
                contract_no=c.contract_no,
                signing_date=c.signing_date,
                lender_fund_id=c.lender_fund_id,
                principal=c.principal,
                interest_rate=c.interest_rate,
                term_months=c.term_months,
                installment=c.installment,
                balance=max(ZERO, now.balance),
                days_overdue=now.days_overdue if now.balance > 0 else 0,
                brought_in=tuple(brought.get(c.id, ())),
            )
        )
    return found


_CHUNK = 500  # contract ids per IN (...) query


# -- totals ------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DebtTotals:
    """A household's debts now, added up (or an institute's, over its households)."""

    debts: int = 0  # open register debts and signed contracts still owing
    outstanding: Decimal = ZERO
    installments: Decimal = ZERO  # monthly
    worst_days_overdue: int = 0
    contracts: int = 0  # of the debts, 1HH1C contracts
    contracts_outstanding: Decimal = ZERO
    over_90_days: int = 0  # debts more than OVERDUE_DAYS days overdue
    households: int = 0  # indebted households (an institute's totals; 1 or 0 for a household)

    @property
    def indebted(self) -> bool:
        """An indebted household: an open register debt, or a signed contract with a balance above zero."""
        return self.debts > 0

    def __add__(self, other: DebtTotals) -> DebtTotals:
        return DebtTotals(
            debts=self.debts + other.debts,
            outstanding=self.outstanding + other.outstanding,
            installments=self.installments + other.installments,
            worst_days_overdue=max(self.worst_days_overdue, other.worst_days_overdue),
            contracts=self.contracts + other.contracts,
            contracts_outstanding=self.contracts_outstanding + other.contracts_outstanding,
            over_90_days=self.over_90_days + other.over_90_days,
            households=self.households + other.households,
        )


def totals_of(debts: Iterable[OpenDebt]) -> DebtTotals:
    """The totals of one household's debts."""
    listed = list(debts)
    contracts = [d for d in listed if d.consolidated]
    return DebtTotals(
        debts=len(listed),
        outstanding=sum((d.outstanding for d in listed), ZERO),
        installments=sum((d.installment or ZERO for d in listed), ZERO),
        worst_days_overdue=max((d.days_overdue for d in listed), default=0),
        contracts=len(contracts),
        contracts_outstanding=sum((d.outstanding for d in contracts), ZERO),
        over_90_days=sum(1 for d in listed if d.days_overdue > OVERDUE_DAYS),
        households=1 if listed else 0,
    )


def household_totals(
    session: Session, *, as_of: date, institute_id: str | None = None, ids: Sequence[str] | None = None
) -> dict[str, DebtTotals]:
    """Each indebted household's totals (an institute's live households, or the given ones); a household
    without a debt is left out."""
    found: dict[str, DebtTotals] = {}
    if ids is not None:
        for start in range(0, len(ids), _CHUNK):
            where = households_where(institute_id=None, ids=ids[start : start + _CHUNK])
            found.update((h, totals_of(d)) for h, d in open_debts(session, where, as_of=as_of).items())
        return found
    where = households_where(institute_id=institute_id, ids=None)
    return {h: totals_of(d) for h, d in open_debts(session, where, as_of=as_of).items()}


def institute_totals(session: Session, institute_id: str, *, as_of: date) -> DebtTotals:
    """An institute's live households' debts added up (the same figures as adding up :func:`household_totals`);
    ``households`` counts the indebted ones. The register debts are added up in the database, the contracts (a few
    per institute) by :func:`contract_debts`, so the overview of a large institute does not read every debt."""
    live = households_where(institute_id=institute_id, ids=None)
    owed = (
        DEBT.c.household_id.in_(select(HH.c.id).where(*live)),
        DEBT.c.deleted_at.is_(None),
        DEBT.c.status == DebtStatus.OPEN,
    )
    count, outstanding, installments, worst, over = session.execute(
        select(
            func.count(),
            func.sum(DEBT.c.outstanding),
            func.sum(DEBT.c.installment),
            func.max(DEBT.c.days_overdue),
            func.count().filter(DEBT.c.days_overdue > OVERDUE_DAYS),
        ).where(*owed)
    ).one()
    households = set(session.scalars(select(DEBT.c.household_id).where(*owed).distinct()))
    register = DebtTotals(
        debts=count,
        outstanding=outstanding if outstanding is not None else ZERO,
        installments=installments if installments is not None else ZERO,
        worst_days_overdue=worst or 0,
        over_90_days=over,
    )
    contracts = contract_debts(session, live, as_of=as_of)
    households.update(d.household_id for d in contracts)
    return replace(register + totals_of(contracts), households=len(households))


# -- SQL -----------------------------------------------------------------------------------------------------------
def contract_balances(*, as_of: date) -> Select[Any]:
    """Per signed contract (``id``, ``household_id``, ``balance``): its principal less the principal repaid by
    ``as_of`` — for sorting, counting and selecting in the database."""
    repaid = (
        select(REPAYMENT.c.contract_id, func.sum(REPAYMENT.c.principal).label("paid"))
        .where(REPAYMENT.c.deleted_at.is_(None), REPAYMENT.c.paid_on <= as_of)
        .group_by(REPAYMENT.c.contract_id)
        .subquery()
    )
    balance = type_coerce(CONTRACT.c.principal - func.coalesce(repaid.c.paid, 0), Money())
    return (
        select(CONTRACT.c.id, CONTRACT.c.household_id, balance.label("balance"))
        .outerjoin(repaid, repaid.c.contract_id == CONTRACT.c.id)
        .where(CONTRACT.c.deleted_at.is_(None), CONTRACT.c.status == ContractStatus.SIGNED)
    )


def household_sums(*, as_of: date) -> Select[Any]:
    """Per indebted household (``household_id``, ``debts``, ``total_debt``): how many debts it has now and what
    they come to — its open register debts' outstanding plus its signed contracts' balance (principal less the
    principal repaid by ``as_of``). The same figures as :func:`household_totals`, in SQL: outer-join it to order
    or page a register in the database (a household without a debt has no row)."""
    balances = contract_balances(as_of=as_of).subquery()
    owed = union_all(
        select(DEBT.c.household_id, DEBT.c.outstanding.label("amount")).where(
            DEBT.c.deleted_at.is_(None), DEBT.c.status == DebtStatus.OPEN
        ),
        select(balances.c.household_id, balances.c.balance.label("amount")).where(balances.c.balance > 0),
    ).subquery()
    return select(
        owed.c.household_id,
        func.count().label("debts"),
        type_coerce(func.sum(owed.c.amount), Money()).label("total_debt"),
    ).group_by(owed.c.household_id)


def indebted_households(*, as_of: date, institute_id: str | None = None) -> Select[tuple[str]]:
    """The ids of the indebted households (of one institute, or of all): live, with an open register debt or a
    signed contract whose balance on ``as_of`` is above zero."""
    balances = contract_balances(as_of=as_of).subquery()
    open_debt = exists().where(
        DEBT.c.household_id == HH.c.id, DEBT.c.deleted_at.is_(None), DEBT.c.status == DebtStatus.OPEN
    )
    owing = HH.c.id.in_(select(balances.c.household_id).where(balances.c.balance > 0))
    return select(HH.c.id).where(
        HH.c.deleted_at.is_(None),
        *([HH.c.institute_id == institute_id] if institute_id is not None else []),
        or_(open_debt, owing),
    )
