"""Household debt indicators and the debtor class A–D (docs: shared/docs/DEBT-RULES.md), with reasons.

Pure rules: every threshold comes from the fiscal-year profile (``Thresholds``), every result says which
rule fired with its numbers, so the committee can see why a household is in its class.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import NamedTuple, Protocol

from cdfi_desktop.domain.enums import CreditorKind, RepaymentMethod
from cdfi_desktop.domain.money import Percent
from cdfi_desktop.domain.schedule import DEFAULT_STEP, solve_term

HUNDRED = Decimal(100)


class DebtorClass(StrEnum):
    A = "A"  # normal ปกติ
    B = "B"  # watch เฝ้าระวัง
    C = "C"  # problem มีปัญหา
    D = "D"  # critical วิกฤต


class ArrearsClass(StrEnum):
    """Bank of Thailand's former loan classes by days past due."""

    NORMAL = "normal"
    SPECIAL_MENTION = "special_mention"
    SUBSTANDARD = "substandard"
    DOUBTFUL = "doubtful"
    DOUBTFUL_OF_LOSS = "doubtful_of_loss"


def arrears_class(days_overdue: int) -> ArrearsClass:
    if days_overdue <= 30:
        return ArrearsClass.NORMAL
    if days_overdue <= 90:
        return ArrearsClass.SPECIAL_MENTION
    if days_overdue <= 180:
        return ArrearsClass.SUBSTANDARD
    if days_overdue <= 365:
        return ArrearsClass.DOUBTFUL
    return ArrearsClass.DOUBTFUL_OF_LOSS


@dataclass(frozen=True)
class Thresholds:
    """The classification parameters of a fiscal-year profile (percentages in per cent)."""

    dsr_watch_pct: Decimal = Decimal(25)
    dsr_problem_pct: Decimal = Decimal(50)
    arrears_watch_days: int = 30
    arrears_problem_days: int = 90
    creditors_watch: int = 3
    affordability_k: Decimal = Decimal("0.5")
    target_dsr_pct: Decimal = Decimal(40)
    max_term_months: int = 120
    consolidation_rate_pct: Decimal = Decimal(6)
    installment_step: Decimal = DEFAULT_STEP  # installments are rounded up to it (the profile's)


class DebtLine(NamedTuple):
    """An open debt as the rules see it (a tuple: households are classified by the ten thousand)."""

    creditor_kind: CreditorKind
    creditor: str  # a fund id or the creditor's name: counts distinct creditors
    outstanding: Decimal
    installment: Decimal
    days_overdue: int
    principal: Decimal | None = None  # the amount first lent; with contract_date, tells persistent debt
    contract_date: date | None = None


class DebtFacts(Protocol):
    """What the rules read of a debt: a ``DebtLine``, or a service's own row with the same attributes."""

    @property
    def creditor_kind(self) -> CreditorKind: ...
    @property
    def creditor(self) -> str: ...
    @property
    def outstanding(self) -> Decimal: ...
    @property
    def installment(self) -> Decimal: ...
    @property
    def days_overdue(self) -> int: ...
    @property
    def principal(self) -> Decimal | None: ...
    @property
    def contract_date(self) -> date | None: ...


PERSISTENT_YEARS = 5


@dataclass(frozen=True)
class PersistentEstimate:
    """What a debt paid over the last five years, estimated from its installment and how much of its
    principal is repaid (the register keeps no payment history)."""

    months: int
    interest_paid: Decimal
    principal_paid: Decimal


def _months_between(start: date, end: date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month - (1 if end.day < start.day else 0)


def persistent_debt(line: DebtFacts, *, as_of: date) -> PersistentEstimate | None:
    """The Bank of Thailand's persistent debt (2024): owed for five years or more, and over the last five
    years more interest paid than principal. Paid ≈ installment × 60 months; principal paid ≈ the principal
    repaid so far, spread evenly over the debt's age; interest paid is the rest. None when not persistent."""
    if line.principal is None or line.contract_date is None or line.installment <= 0 or line.outstanding <= 0:
        return None
    age = _months_between(line.contract_date, as_of)
    window = PERSISTENT_YEARS * 12
    if age < window:
        return None
    repaid = max(Decimal(0), line.principal - line.outstanding)
    principal_paid = (repaid * window / age).quantize(Decimal("0.01"))
    paid = line.installment * window
    interest_paid = max(Decimal(0), paid - principal_paid)
    if interest_paid <= principal_paid:
        return None
    return PersistentEstimate(months=window, interest_paid=interest_paid, principal_paid=principal_paid)


@dataclass(frozen=True)
class Indicators:
    total_debt: Decimal
    inside_institute: Decimal
    other_formal: Decimal
    informal: Decimal
    monthly_debt_service: Decimal
    income: Decimal
    essential_expenses: Decimal
    dsr_pct: Decimal | None  # None when there is no income
    residual_income: Decimal
    creditors: int
    worst_days_overdue: int
    persistent: tuple[PersistentEstimate, ...] = ()  # one per persistent debt

    @property
    def worst_arrears(self) -> ArrearsClass:
        return arrears_class(self.worst_days_overdue)

    @property
    def informal_share_pct(self) -> Decimal:
        return (
            Decimal(0) if not self.total_debt else (self.informal / self.total_debt * HUNDRED).quantize(Decimal("0.1"))
        )


@dataclass(frozen=True)
class Reason:
    code: str
    params: dict[str, object] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Classification:
    debtor_class: DebtorClass
    reasons: tuple[Reason, ...]
    indicators: Indicators
    affordable_installment: Decimal
    consolidated_term_months: int | None  # shortest affordable term, None when none is


def indicators(
    *, income: Decimal, essential_expenses: Decimal, debts: Sequence[DebtFacts], as_of: date | None = None
) -> Indicators:
    """A household's indicators from its monthly finances and open debts; with ``as_of``, also which debts
    are persistent."""
    zero = Decimal(0)
    service = inside = informal = total = zero
    creditors: set[tuple[CreditorKind, str]] = set()
    worst = 0
    persistent: list[PersistentEstimate] = []
    for d in debts:  # one pass: households are classified by the ten thousand
        if d.outstanding <= 0 and d.installment <= 0:
            continue
        service += d.installment
        total += d.outstanding
        if d.creditor_kind is CreditorKind.MEMBER_FUND:
            inside += d.outstanding
        elif d.creditor_kind.is_informal:
            informal += d.outstanding
        creditors.add((d.creditor_kind, d.creditor))
        worst = max(worst, d.days_overdue)
        if as_of is not None and d.contract_date is not None and (found := persistent_debt(d, as_of=as_of)):
            persistent.append(found)
    dsr = None if income <= 0 else (service / income * HUNDRED).quantize(Decimal("0.01"))
    return Indicators(
        total_debt=total,
        inside_institute=inside,
        other_formal=total - inside - informal,
        informal=informal,
        monthly_debt_service=service,
        income=income,
        essential_expenses=essential_expenses,
        dsr_pct=dsr,
        residual_income=income - essential_expenses - service,
        creditors=len(creditors),
        worst_days_overdue=worst,
        persistent=tuple(persistent),
    )


def affordable_installment(ind: Indicators, t: Thresholds) -> Decimal:
    """A_max = min(k × residual income before debt service, target DSR × income), never below zero."""
    before_service = ind.income - ind.essential_expenses
    amount = min(t.affordability_k * before_service, t.target_dsr_pct / HUNDRED * ind.income)
    return max(Decimal(0), amount).quantize(Decimal("0.01"))


def shortest_term(
    principal: Decimal,
    *,
    installment: Decimal,
    annual_rate_pct: Decimal,
    max_months: int,
    step: Decimal = DEFAULT_STEP,
) -> int | None:
    """Months to repay ``principal`` on a declining balance with an installment, rounded up to ``step``, of at
    most ``installment``; None when no term up to ``max_months`` does. The contract's own term solver
    (``schedule.solve_term``), so the classes, the target list and the contract tell the same term."""
    return solve_term(
        principal,
        annual_rate_pct=annual_rate_pct,
        affordable=installment,
        max_months=max_months,
        method=RepaymentMethod.DECLINING,
        step=step,
    )


def classify(ind: Indicators, t: Thresholds) -> Classification:
    """The class from D up, the first rule that matches; every rule that fired is a reason."""
    problem: list[Reason] = []
    watch: list[Reason] = []
    if ind.worst_days_overdue > t.arrears_problem_days:
        problem.append(Reason("arrears_over", {"days": ind.worst_days_overdue, "limit": t.arrears_problem_days}))
    elif ind.worst_days_overdue > t.arrears_watch_days:
        watch.append(
            Reason(
                "arrears_watch",
                {"days": ind.worst_days_overdue, "low": t.arrears_watch_days + 1, "high": t.arrears_problem_days},
            )
        )
    if ind.dsr_pct is None:
        if ind.monthly_debt_service > 0:
            problem.append(Reason("no_income_with_debt_service", {"service": ind.monthly_debt_service}))
    elif ind.dsr_pct > t.dsr_problem_pct:
        problem.append(Reason("dsr_over", {"dsr_pct": Percent(ind.dsr_pct), "limit_pct": Percent(t.dsr_problem_pct)}))
    elif ind.dsr_pct >= t.dsr_watch_pct:
        watch.append(
            Reason(
                "dsr_watch",
                {
                    "dsr_pct": Percent(ind.dsr_pct),
                    "low_pct": Percent(t.dsr_watch_pct),
                    "high_pct": Percent(t.dsr_problem_pct),
                },
            )
        )
    if ind.residual_income < 0:
        problem.append(Reason("residual_negative", {"shortfall": -ind.residual_income}))
    if ind.persistent:
        problem.append(
            Reason(
                "persistent_debt",
                {
                    "count": len(ind.persistent),
                    "interest": sum((p.interest_paid for p in ind.persistent), Decimal(0)),
                    "principal": sum((p.principal_paid for p in ind.persistent), Decimal(0)),
                },
            )
        )
    if ind.creditors >= t.creditors_watch:
        watch.append(Reason("many_creditors", {"creditors": ind.creditors, "limit": t.creditors_watch}))
    if ind.informal > 0:
        watch.append(Reason("informal_debt", {"informal": ind.informal}))

    a_max = affordable_installment(ind, t)
    term = shortest_term(
        ind.total_debt,
        installment=a_max,
        annual_rate_pct=t.consolidation_rate_pct,
        max_months=t.max_term_months,
        step=t.installment_step,
    )
    affordable = term is not None
    if problem and not affordable:
        reason = Reason("not_affordable", {"installment": a_max, "max_term": t.max_term_months, "debt": ind.total_debt})
        return Classification(DebtorClass.D, (reason, *problem), ind, a_max, term if affordable else None)
    if problem:
        return Classification(DebtorClass.C, tuple(problem), ind, a_max, term)
    if watch:
        return Classification(DebtorClass.B, tuple(watch), ind, a_max, term if affordable else None)
    return Classification(DebtorClass.A, (Reason("normal"),), ind, a_max, term if affordable else None)
