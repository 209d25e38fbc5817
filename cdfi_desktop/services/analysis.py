"""Debt analysis of an institute: every household's indicators and class with reasons, the suggested source
of money for each open debt, and the figures the committee's charts show (guideline 2.3, 4.3).

Reads only: plain queries by institute, then the pure rules of ``domain.classification`` and
``domain.funding``; nothing is stored, so the analysis always follows the registers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from cdfi_desktop.db import models as m
from cdfi_desktop.db.base import table_of
from cdfi_desktop.domain.classification import (
    Classification,
    DebtorClass,
    Thresholds,
    classify,
    indicators,
)
from cdfi_desktop.domain.enums import CreditorKind, DebtStatus, FinanceKind
from cdfi_desktop.domain.fiscal import fiscal_year_be
from cdfi_desktop.domain.funding import FundTerms, SourceKind, SourceSuggestion, lending_capacity, suggest_source
from cdfi_desktop.services.errors import NotFound
from cdfi_desktop.services.obligations import OpenDebt, households_where, open_debts

HH, MEMBER, DEBT = table_of(m.Household), table_of(m.HouseholdMember), table_of(m.Debt)
FINANCE, FUND, VILLAGE = table_of(m.HouseholdFinance), table_of(m.MemberFund), table_of(m.Village)
PROFILE, INSTITUTE = table_of(m.FiscalYearProfile), table_of(m.Institute)
CONTRACT, SCHEDULE, REPAYMENT = table_of(m.ConsolidationContract), table_of(m.ScheduleLine), table_of(m.Repayment)
ZERO = Decimal("0.00")


@dataclass(frozen=True)
class Profile:
    """What a fiscal-year profile sets for analysis, targets and training (defaults without one)."""

    fiscal_year: int
    thresholds: Thresholds = field(default_factory=Thresholds)
    target_households: int = 30
    training_days: int = 4
    training_min_days_to_complete: int = 4


def fiscal_profile(session: Session, fiscal_year: int) -> Profile:
    """The profile of ``fiscal_year``, else the newest one before it, else the defaults."""
    row = session.execute(
        select(PROFILE)
        .where(PROFILE.c.deleted_at.is_(None), PROFILE.c.fiscal_year <= fiscal_year)
        .order_by(PROFILE.c.fiscal_year.desc())
        .limit(1)
    ).first()
    if row is None:
        return Profile(fiscal_year=fiscal_year)
    return Profile(
        fiscal_year=fiscal_year,
        thresholds=Thresholds(
            dsr_watch_pct=row.dsr_watch_pct,
            dsr_problem_pct=row.dsr_problem_pct,
            arrears_watch_days=row.arrears_watch_days,
            arrears_problem_days=row.arrears_problem_days,
            creditors_watch=row.creditors_watch,
            affordability_k=row.affordability_k,
            target_dsr_pct=row.target_dsr_pct,
            max_term_months=row.max_term_months,
            installment_step=row.installment_step,
        ),
        target_households=row.target_households,
        training_days=row.training_days,
        training_min_days_to_complete=row.training_min_days_to_complete,
    )


# -- classification of many households ---------------------------------------------------------------------------
def _finances(session: Session, where: list[ColumnElement[bool]]) -> dict[str, tuple[Decimal, Decimal]]:
    """Each household's monthly income and essential expenses."""
    query = (
        select(
            FINANCE.c.household_id,
            func.sum(case((FINANCE.c.kind == FinanceKind.INCOME, FINANCE.c.amount_monthly), else_=0)).label("income"),
            func.sum(case((FINANCE.c.kind == FinanceKind.EXPENSE, FINANCE.c.amount_monthly), else_=0)).label("expense"),
        )
        .where(FINANCE.c.household_id.in_(select(HH.c.id).where(*where)), FINANCE.c.deleted_at.is_(None))
        .group_by(FINANCE.c.household_id)
    )
    return {r.household_id: (r.income, r.expense) for r in session.execute(query)}


def classify_households(
    session: Session,
    *,
    institute_id: str | None = None,
    ids: Sequence[str] | None = None,
    thresholds: Thresholds,
    as_of: date,
) -> tuple[dict[str, Classification], dict[str, list[OpenDebt]]]:
    """The class of every live household of an institute (or of the given households), with their open debts."""
    where = households_where(institute_id=institute_id, ids=ids)
    household_ids = list(ids) if ids is not None else list(session.scalars(select(HH.c.id).where(*where)))
    money = _finances(session, where)
    debts = open_debts(session, where, as_of=as_of)
    nothing = (ZERO, ZERO)
    result = {
        i: classify(
            indicators(
                income=money.get(i, nothing)[0],
                essential_expenses=money.get(i, nothing)[1],
                debts=debts.get(i, ()),
                as_of=as_of,
            ),
            thresholds,
        )
        for i in household_ids
    }
    return result, debts


# -- the institute's analysis ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DebtSource:
    """An open debt and where the money to manage it should come from."""

    debt_id: str
    creditor_kind: CreditorKind
    creditor: str  # the fund's name, else the creditor's
    outstanding: Decimal
    installment: Decimal
    days_overdue: int
    suggestion: SourceSuggestion


@dataclass(frozen=True)
class AnalysisRow:
    household_id: str
    code: str
    head_name: str
    village: str
    members: int
    classification: Classification
    sources: tuple[DebtSource, ...]

    @property
    def debtor_class(self) -> DebtorClass:
        return self.classification.debtor_class


@dataclass(frozen=True)
class FundLoad:
    """A member fund's lending against its capacity: what its open loans owe beside its capital."""

    fund_id: str
    name: str
    capital: Decimal
    lent: Decimal
    lending_limit: Decimal | None
    max_term_months: int | None
    can_lend: bool

    @property
    def available(self) -> Decimal:
        return max(ZERO, self.capital - self.lent)

    @property
    def used_pct(self) -> Decimal | None:
        return None if self.capital <= 0 else (self.lent / self.capital * 100).quantize(Decimal("0.1"))


# DSR buckets the chart shows, as (upper bound in %, exclusive) — the profile's thresholds are added.
DSR_BOUNDS = (Decimal(10), Decimal(25), Decimal(40), Decimal(50), Decimal(75), Decimal(100))


@dataclass(frozen=True)
class DsrBucket:
    low: Decimal | None  # None: the "no income" bucket
    high: Decimal | None  # None: no upper bound
    households: int


@dataclass(frozen=True)
class InstituteAnalysis:
    institute_id: str
    institute_name: str
    fiscal_year: int
    as_of: date
    profile: Profile
    rows: tuple[AnalysisRow, ...]
    funds: tuple[FundLoad, ...]

    def households_per_class(self) -> dict[DebtorClass, int]:
        counted = Counter(r.debtor_class for r in self.rows)
        return {c: counted.get(c, 0) for c in DebtorClass}

    def debt_by_source(self) -> dict[str, Decimal]:
        """Total debt inside the institute, with other formal lenders, and informal, in baht."""
        totals = {"inside_institute": ZERO, "other_formal": ZERO, "informal": ZERO}
        for r in self.rows:
            ind = r.classification.indicators
            totals["inside_institute"] += ind.inside_institute
            totals["other_formal"] += ind.other_formal
            totals["informal"] += ind.informal
        return totals

    def debt_by_class(self) -> dict[DebtorClass, Decimal]:
        totals = dict.fromkeys(DebtorClass, ZERO)
        for r in self.rows:
            totals[r.debtor_class] += r.classification.indicators.total_debt
        return totals

    def dsr_distribution(self) -> list[DsrBucket]:
        """Households by DSR band; households without debt service are left out, those without income kept."""
        bounds = sorted({*DSR_BOUNDS, self.profile.thresholds.dsr_watch_pct, self.profile.thresholds.dsr_problem_pct})
        counts = [0] * (len(bounds) + 1)
        no_income = 0
        for r in self.rows:
            ind = r.classification.indicators
            if ind.monthly_debt_service <= 0:
                continue
            if ind.dsr_pct is None:
                no_income += 1
                continue
            counts[sum(1 for b in bounds if ind.dsr_pct >= b)] += 1
        lows: list[Decimal | None] = [Decimal(0), *bounds]
        highs: list[Decimal | None] = [*bounds, None]
        buckets = [DsrBucket(lo, hi, n) for lo, hi, n in zip(lows, highs, counts, strict=True)]
        return [*buckets, DsrBucket(None, None, no_income)]

    def sources_summary(self) -> dict[SourceKind, tuple[int, Decimal]]:
        """How many open debts, and how much, each kind of source of money would take."""
        summary = dict.fromkeys(SourceKind, (0, ZERO))
        for r in self.rows:
            for s in r.sources:
                count, amount = summary[s.suggestion.kind]
                summary[s.suggestion.kind] = (count + 1, amount + s.outstanding)
        return summary


def _fund_loads(session: Session, institute_id: str, debts: dict[str, list[OpenDebt]]) -> list[FundLoad]:
    """Each fund's capital and what its open loans owe: the register's debts to it, and the balance of the
    1HH1C contracts it lent."""
    lent: dict[str, Decimal] = dict(
        session.execute(
            select(DEBT.c.member_fund_id, func.sum(DEBT.c.outstanding))
            .join(FUND, FUND.c.id == DEBT.c.member_fund_id)
            .where(
                FUND.c.institute_id == institute_id,
                DEBT.c.deleted_at.is_(None),
                DEBT.c.status == DebtStatus.OPEN,
            )
            .group_by(DEBT.c.member_fund_id)
        ).all()
    )
    for owed in debts.values():
        for d in owed:
            if d.consolidated and d.member_fund_id:
                lent[d.member_fund_id] = (lent.get(d.member_fund_id) or ZERO) + d.outstanding
    return [
        FundLoad(
            fund_id=f.id,
            name=f.name,
            capital=f.capital,
            lent=lent.get(f.id) or ZERO,
            lending_limit=f.lending_limit,
            max_term_months=f.max_term_months,
            can_lend=f.can_lend,
        )
        for f in session.execute(
            select(FUND).where(FUND.c.institute_id == institute_id, FUND.c.deleted_at.is_(None)).order_by(FUND.c.name)
        )
    ]


def _fund_terms(session: Session, institute_id: str, loads: Sequence[FundLoad]) -> list[FundTerms]:
    rates: dict[str, Decimal | None] = {
        r.id: r.interest_rate
        for r in session.execute(select(FUND.c.id, FUND.c.interest_rate).where(FUND.c.institute_id == institute_id))
    }
    return [
        FundTerms(
            fund_id=f.fund_id,
            name=f.name,
            can_lend=f.can_lend,
            lending_limit=f.lending_limit,
            max_term_months=f.max_term_months,
            rate_pct=rates.get(f.fund_id),
            available=f.available,
        )
        for f in loads
    ]


def analyse_institute(session: Session, institute_id: str, *, as_of: date | None = None) -> InstituteAnalysis:
    """Classify every household of the institute and suggest a source of money for each open debt."""
    institute = session.execute(select(INSTITUTE.c.id, INSTITUTE.c.name).where(INSTITUTE.c.id == institute_id)).first()
    if institute is None:
        raise NotFound("institute", institute_id)
    on = as_of or date.today()
    profile = fiscal_profile(session, fiscal_year_be(on))
    classes, debts = classify_households(session, institute_id=institute_id, thresholds=profile.thresholds, as_of=on)
    loads = _fund_loads(session, institute_id, debts)
    facts = _household_facts(session, institute_id)
    sources = _allocate_sources(
        classes, debts, funds=_fund_terms(session, institute_id, loads), thresholds=profile.thresholds
    )
    fund_names = {f.fund_id: f.name for f in loads}
    rows = []
    for r in facts:
        c = classes.get(r.id)
        if c is None:
            continue
        rows.append(
            AnalysisRow(
                household_id=r.id,
                code=r.code,
                head_name=" ".join(p for p in (f"{r.title or ''}{r.first_name or ''}", r.last_name or "") if p),
                village=r.village or "",
                members=r.members or 0,
                classification=c,
                sources=tuple(
                    DebtSource(
                        debt_id=d.id,
                        creditor_kind=d.creditor_kind,
                        creditor=fund_names.get(d.member_fund_id or "", d.creditor_name) or d.creditor_name,
                        outstanding=d.outstanding,
                        installment=d.installment,
                        days_overdue=d.days_overdue,
                        suggestion=sources[d.id],
                    )
                    for d in sorted(debts.get(r.id, ()), key=lambda d: (d.contract_date or date.min, d.id))
                    if not d.consolidated
                ),
            )
        )
    return InstituteAnalysis(
        institute_id=institute.id,
        institute_name=institute.name,
        fiscal_year=profile.fiscal_year,
        as_of=on,
        profile=profile,
        rows=tuple(rows),
        funds=tuple(loads),
    )


# Which households' debts are given the funds' money first: those the institute can help (C, then B), then
# the critical ones, then the rest; within a class the heaviest debt service first.
_ALLOCATION_ORDER = {DebtorClass.C: 0, DebtorClass.B: 1, DebtorClass.D: 2, DebtorClass.A: 3}


def _allocate_sources(
    classes: dict[str, Classification],
    debts: dict[str, list[OpenDebt]],
    *,
    funds: list[FundTerms],
    thresholds: Thresholds,
) -> dict[str, SourceSuggestion]:
    """A source of money for every open debt, the funds' unlent money shared out once: each suggestion from a
    fund or from the pooled funds lessens what the next debts can be given."""
    available = {f.fund_id: f.available for f in funds}
    lenders = [f.fund_id for f in funds if f.can_lend]
    pooled = lending_capacity(funds)
    order = sorted(
        classes.items(),
        key=lambda item: (
            _ALLOCATION_ORDER[item[1].debtor_class],
            -(item[1].indicators.dsr_pct or Decimal(0)),
            item[0],
        ),
    )
    found: dict[str, SourceSuggestion] = {}
    for household_id, c in order:
        for d in sorted(debts.get(household_id, ()), key=lambda d: (d.contract_date or date.min, d.id)):
            if d.consolidated:
                continue  # already managed: its source of money is the contract
            suggestion = suggest_source(
                amount=d.outstanding,
                current_fund_id=d.member_fund_id,
                affordable_installment=c.affordable_installment,
                funds=[replace(f, available=available[f.fund_id]) for f in funds],
                default_rate_pct=thresholds.consolidation_rate_pct,
                max_term_months=thresholds.max_term_months,
                pooled_capacity=pooled,
                installment_step=thresholds.installment_step,
            )
            if suggestion.kind is SourceKind.MEMBER_FUND and suggestion.fund_id not in (None, d.member_fund_id):
                available[str(suggestion.fund_id)] -= d.outstanding
                pooled -= d.outstanding
            elif suggestion.kind is SourceKind.POOLED:
                _draw_pooled(available, lenders, d.outstanding)
                pooled -= d.outstanding
            found[d.id] = suggestion
    return found


def _draw_pooled(available: dict[str, Decimal], lenders: list[str], amount: Decimal) -> None:
    """Take ``amount`` of pooled money out of the lending funds' unlent money, the fullest fund first."""
    for fund_id in sorted(lenders, key=lambda i: available[i], reverse=True):
        if amount <= 0:
            return
        taken = min(max(Decimal(0), available[fund_id]), amount)
        available[fund_id] -= taken
        amount -= taken


def pooled_capacity(analysis: InstituteAnalysis) -> Decimal:
    return lending_capacity(
        [
            FundTerms(f.fund_id, f.name, f.can_lend, f.lending_limit, f.max_term_months, None, f.available)
            for f in analysis.funds
        ]
    )


def _household_facts(session: Session, institute_id: str) -> Sequence[Any]:
    head = (
        select(MEMBER.c.household_id, MEMBER.c.title, MEMBER.c.first_name, MEMBER.c.last_name)
        .where(MEMBER.c.is_head.is_(True), MEMBER.c.deleted_at.is_(None))
        .subquery()
    )
    members = (
        select(MEMBER.c.household_id, func.count().label("n"))
        .where(MEMBER.c.deleted_at.is_(None))
        .group_by(MEMBER.c.household_id)
        .subquery()
    )
    query = (
        select(
            HH.c.id,
            HH.c.code,
            head.c.title,
            head.c.first_name,
            head.c.last_name,
            VILLAGE.c.name.label("village"),
            members.c.n.label("members"),
        )
        .outerjoin(head, head.c.household_id == HH.c.id)
        .outerjoin(members, members.c.household_id == HH.c.id)
        .outerjoin(VILLAGE, VILLAGE.c.id == HH.c.village_id)
        .where(HH.c.institute_id == institute_id, HH.c.deleted_at.is_(None))
        .order_by(HH.c.code, HH.c.id)
    )
    return list(session.execute(query))
