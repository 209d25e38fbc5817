"""The suggested source of money for each debt (docs: shared/docs/DEBT-RULES.md).

A member fund whose lending limit and bylaws allow the debt (amount ≤ limit, term ≤ maximum term) and that
still has the money; else the institute's pooled funds; else outside help or negotiating with the creditor.
The term asked of a fund is the shortest one the household can afford at the fund's rate.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from cdfi_desktop.domain.classification import Reason, shortest_term
from cdfi_desktop.domain.schedule import DEFAULT_STEP


class SourceKind(StrEnum):
    MEMBER_FUND = "member_fund"  # a member fund lends it under its bylaws
    POOLED = "pooled"  # the institute's pooled funds
    OUTSIDE = "outside"  # outside help, or negotiate with the creditor


@dataclass(frozen=True)
class FundTerms:
    """What a member fund's bylaws allow one borrower, and how much it can still lend."""

    fund_id: str
    name: str
    can_lend: bool
    lending_limit: Decimal | None  # None: the bylaws set no limit
    max_term_months: int | None  # None: the bylaws set no maximum
    rate_pct: Decimal | None  # % a year; None: the profile's consolidation rate
    available: Decimal  # capital not lent out


@dataclass(frozen=True)
class SourceSuggestion:
    kind: SourceKind
    fund_id: str | None
    term_months: int | None
    reason: Reason


def lending_capacity(funds: Sequence[FundTerms]) -> Decimal:
    """The institute's pooled funds: what its lending funds have not lent out."""
    return sum((f.available for f in funds if f.can_lend and f.available > 0), Decimal(0))


def suggest_source(
    *,
    amount: Decimal,
    current_fund_id: str | None,
    affordable_installment: Decimal,
    funds: Sequence[FundTerms],
    default_rate_pct: Decimal,
    max_term_months: int,
    pooled_capacity: Decimal | None = None,
    installment_step: Decimal = DEFAULT_STEP,
) -> SourceSuggestion:
    """Where the money to manage a debt of ``amount`` should come from, and why.

    The debt's own fund is asked first (it restructures what it already lent, so its unlent money is not
    needed), then the others from the cheapest rate; each must lend, hold the
    amount within its limit and still have it, and allow the shortest affordable term. The pooled funds take
    what no fund's bylaws allow, within the profile's maximum term, while ``pooled_capacity`` (default: what
    the lending funds have not lent out) lasts."""
    if amount <= 0:
        return SourceSuggestion(SourceKind.OUTSIDE, None, 0, Reason("source_outside", {"amount": amount}))
    ordered = sorted(
        funds,
        key=lambda f: (f.fund_id != current_fund_id, f.rate_pct if f.rate_pct is not None else default_rate_pct),
    )
    for fund in ordered:
        own = fund.fund_id == current_fund_id  # restructured within its fund: no new money needed
        if not fund.can_lend or (not own and fund.available < amount):
            continue
        if fund.lending_limit is not None and amount > fund.lending_limit:
            continue
        rate = fund.rate_pct if fund.rate_pct is not None else default_rate_pct
        limit_term = fund.max_term_months if fund.max_term_months is not None else max_term_months
        term = shortest_term(
            amount,
            installment=affordable_installment,
            annual_rate_pct=rate,
            max_months=limit_term,
            step=installment_step,
        )
        if term is None:
            continue
        code = "source_own_fund" if own else "source_fund"
        params: dict[str, object] = {
            "fund": fund.name,
            "limit": fund.lending_limit if fund.lending_limit is not None else fund.available,
            "term": term,
            "max_term": limit_term,
        }
        return SourceSuggestion(SourceKind.MEMBER_FUND, fund.fund_id, term, Reason(code, params))
    term = shortest_term(
        amount,
        installment=affordable_installment,
        annual_rate_pct=default_rate_pct,
        max_months=max_term_months,
        step=installment_step,
    )
    if term is None:
        reason = Reason("source_unaffordable", {"amount": amount, "installment": affordable_installment})
        return SourceSuggestion(SourceKind.OUTSIDE, None, None, reason)
    capacity = lending_capacity(funds) if pooled_capacity is None else pooled_capacity
    if amount <= capacity:
        reason = Reason("source_pooled", {"amount": amount, "capacity": capacity})
        return SourceSuggestion(SourceKind.POOLED, None, term, reason)
    return SourceSuggestion(SourceKind.OUTSIDE, None, term, Reason("source_outside", {"amount": amount}))
