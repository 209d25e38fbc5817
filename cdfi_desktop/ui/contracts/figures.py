"""The figures the consolidation wizard shows, worked out with the domain's pure schedule rules (no Qt, no database).

``SourceEntry`` is one open debt as the officer settles it (chosen or not, its payoff split and waivers);
``terms_figures`` is one repayment method's installment, last installment, total interest and APR for a term;
``compare`` puts flat and declining balance side by side.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from cdfi_desktop.domain.consolidation import Conservation, conservation, principal_waiver_problem
from cdfi_desktop.domain.enums import RepaymentMethod
from cdfi_desktop.domain.schedule import (
    Payoff,
    Schedule,
    build_schedule,
    consolidated_principal,
    installment_for,
    payoff_with_shares,
    solve_term,
)
from cdfi_desktop.services.contract_types import OpenDebtChoice, SourceDebtForm

ZERO = Decimal("0.00")
ONE = Decimal(1)


@dataclass
class SourceEntry:
    """An open debt in the wizard: whether it is taken over, and what settles it on the signing date.

    Waivers are either shares kept (a of the interest, b of the penalty; the rulebook's defaults a = 1, b = 0)
    or amounts the committee waived. The principal is always the whole outstanding: a part of it the committee
    forgives is ``principal_waived``, with its ``waiver_reason``.
    """

    debt: OpenDebtChoice
    chosen: bool = False
    principal: Decimal = ZERO
    interest: Decimal = ZERO
    penalty: Decimal = ZERO
    by_share: bool = True
    interest_share: Decimal = ONE
    penalty_share: Decimal = ZERO
    interest_waived: Decimal = ZERO
    penalty_waived: Decimal = ZERO
    principal_waived: Decimal = ZERO
    waiver_reason: str = ""

    @classmethod
    def of(cls, debt: OpenDebtChoice) -> SourceEntry:
        return cls(debt=debt, principal=debt.outstanding, interest=debt.suggested_interest)

    def payoff(self) -> Payoff:
        if self.by_share:
            shares = payoff_with_shares(
                self.principal,
                interest=self.interest,
                penalty=self.penalty,
                interest_share=self.interest_share,
                penalty_share=self.penalty_share,
            )
            return replace(shares, principal_waived=self.principal_waived)
        return Payoff(
            self.principal,
            self.interest,
            self.penalty,
            self.interest_waived,
            self.penalty_waived,
            principal_waived=self.principal_waived,
        )

    def principal_problem(self) -> str | None:
        """A message code when the principal waiver cannot stand (more than is owed, or without its reason)."""
        return principal_waiver_problem(
            principal=self.principal, waived=self.principal_waived, reason=self.waiver_reason
        )

    def problem(self) -> str | None:
        """A message code when the figures cannot be a payoff (negative, a share outside 0–1, waiving too much,
        a principal waiver without its reason)."""
        if min(self.principal, self.interest, self.penalty) < 0:
            return "contract_amount_negative"
        principal = self.principal_problem()
        if principal is not None:
            return principal
        if self.by_share:
            if not (ZERO <= self.interest_share <= ONE and ZERO <= self.penalty_share <= ONE):
                return "contract_share_range"
            return None
        if min(self.interest_waived, self.penalty_waived) < 0:
            return "contract_amount_negative"
        if self.interest_waived > self.interest or self.penalty_waived > self.penalty:
            return "contract_waiver_too_large"
        return None

    def form(self) -> SourceDebtForm:
        p = self.payoff()
        return SourceDebtForm(
            debt_id=self.debt.debt_id,
            principal=p.principal,
            interest=p.interest,
            penalty=p.penalty,
            interest_waived=p.interest_waived,
            penalty_waived=p.penalty_waived,
            principal_waived=p.principal_waived,
            waiver_reason=self.waiver_reason.strip() if p.principal_waived else "",
        )


def new_principal(entries: list[SourceEntry], down_payment: Decimal) -> Decimal:
    """P0 = Σ payoff of the chosen debts − down-payment."""
    return consolidated_principal([e.payoff() for e in entries if e.chosen], down_payment=down_payment)


def balance(entries: list[SourceEntry], down_payment: Decimal) -> Conservation:
    """Σ owed by the chosen debts = new principal + waivers + down-payment, by the domain's one identity."""
    payoffs = [e.payoff() for e in entries if e.chosen]
    return conservation(
        owed=(p.gross for p in payoffs),
        principal=new_principal(entries, down_payment),
        waived=(p.waived for p in payoffs),
        down_payment=down_payment,
    )


@dataclass(frozen=True)
class MethodFigures:
    method: RepaymentMethod
    exact_installment: Decimal  # the formula's installment before rounding to the step
    installment: Decimal  # rounded up to the step
    last_installment: Decimal
    months_paid: int  # the schedule's lines (fewer than the term when rounding up repays early)
    total_interest: Decimal
    total_paid: Decimal
    apr: Decimal | None
    shortest_term: int | None  # the shortest term whose installment fits the affordable installment
    schedule: Schedule

    def fits(self, affordable: Decimal) -> bool:
        return self.installment <= affordable


def terms_figures(
    principal: Decimal,
    *,
    rate_pct: Decimal,
    months: int,
    method: RepaymentMethod,
    step: Decimal,
    first_due: date,
    affordable: Decimal,
    max_months: int,
) -> MethodFigures:
    schedule = build_schedule(
        principal, annual_rate_pct=rate_pct, months=months, method=method, first_due=first_due, step=step
    )
    return MethodFigures(
        method=method,
        exact_installment=installment_for(principal, annual_rate_pct=rate_pct, months=months, method=method),
        installment=schedule.installment,
        last_installment=schedule.last_installment,
        months_paid=schedule.months,
        total_interest=schedule.total_interest,
        total_paid=schedule.total_paid,
        apr=schedule.apr,
        shortest_term=solve_term(
            principal, annual_rate_pct=rate_pct, affordable=affordable, max_months=max_months, method=method, step=step
        ),
        schedule=schedule,
    )


def compare(
    principal: Decimal,
    *,
    rate_pct: Decimal,
    months: int,
    step: Decimal,
    first_due: date,
    affordable: Decimal,
    max_months: int,
) -> dict[RepaymentMethod, MethodFigures]:
    """Flat and declining balance for the same principal, rate and term."""
    return {
        method: terms_figures(
            principal,
            rate_pct=rate_pct,
            months=months,
            method=method,
            step=step,
            first_due=first_due,
            affordable=affordable,
            max_months=max_months,
        )
        for method in (RepaymentMethod.FLAT, RepaymentMethod.DECLINING)
    }
