"""Schedules of the 1HH1C contract: the rulebook's example, exact sums, the term solver, the annuity formula
checked against numpy-financial, payoffs with waivers, and repayments allocated penalty → interest → principal."""

from __future__ import annotations

import itertools
from datetime import date
from decimal import Decimal

import numpy_financial as npf  # type: ignore[import-untyped]
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cdfi_desktop.domain.enums import RepaymentMethod as M
from cdfi_desktop.domain.schedule import (
    Allocation,
    Payoff,
    add_months,
    allocate_payment,
    build_schedule,
    consolidated_principal,
    declining_installment,
    equivalent_annual_rate,
    flat_installment,
    flat_interest,
    installment_for,
    payoff_with_shares,
    position,
    round_up_to_step,
    solve_term,
)

D = Decimal
FIRST = date(2027, 1, 31)

principals = st.decimals(min_value=D(1000), max_value=D(2_000_000), places=2)
rates = st.decimals(min_value=D(0), max_value=D(24), places=2)
terms = st.integers(min_value=1, max_value=120)
steps = st.sampled_from([D(0), D(1), D(5), D(10), D(100)])
methods = st.sampled_from(list(M))


def test_given_the_rulebook_example_then_flat_1429_11_and_declining_1326_40_before_rounding() -> None:
    # 43,600 baht at 6 % a year for 36 months (shared/docs/DEBT-RULES.md)
    assert flat_installment(D(43600), annual_rate_pct=D(6), months=36) == D("1429.11")
    assert flat_interest(D(43600), annual_rate_pct=D(6), months=36) == D(7848)
    assert equivalent_annual_rate(D(43600), installment=D("1429.11"), months=36) == D("11.08")
    assert declining_installment(D(43600), annual_rate_pct=D(6), months=36) == D("1326.40")
    declining = build_schedule(D(43600), annual_rate_pct=D(6), months=36, method=M.DECLINING, first_due=FIRST)
    assert declining.installment == D(1330)  # rounded up to the 10-baht step
    assert abs(declining.total_interest - D(4150)) < D(15)  # ≈ 4,150 before rounding; less when paid faster
    flat = build_schedule(D(43600), annual_rate_pct=D(6), months=36, method=M.FLAT, first_due=FIRST)
    assert (flat.installment, flat.months, flat.total_interest) == (D(1430), 36, D(7848))
    assert flat.last_installment == D(51448) - 35 * D(1430)


@pytest.mark.parametrize(
    ("amount", "step", "expected"),
    [
        ("1326.40", "10", "1330.00"),
        ("1330.00", "10", "1330.00"),
        ("1330.01", "10", "1340.00"),
        ("12.341", "0", "12.35"),
    ],
)
def test_given_an_installment_then_it_rounds_up_to_the_step(amount: str, step: str, expected: str) -> None:
    assert round_up_to_step(D(amount), D(step)) == D(expected)


@settings(max_examples=300, deadline=None)
@given(principal=principals, rate=rates, months=terms, method=methods, step=steps)
def test_property_every_schedule_sums_exactly_to_principal_plus_interest(
    principal: Decimal, rate: Decimal, months: int, method: M, step: Decimal
) -> None:
    s = build_schedule(principal, annual_rate_pct=rate, months=months, method=method, first_due=FIRST, step=step)
    assert 1 <= s.months <= months
    assert sum(line.principal for line in s.lines) == principal
    assert s.total_paid == principal + s.total_interest
    assert all(line.installment == line.principal + line.interest for line in s.lines)
    assert all(line.installment == s.installment for line in s.lines[:-1])
    assert 0 < s.last_installment <= s.installment or s.months == months
    balances = [principal, *(line.balance_after for line in s.lines)]
    assert s.lines[-1].balance_after == 0 and all(a >= b >= 0 for a, b in itertools.pairwise(balances))
    assert all(line.principal >= 0 and line.interest >= 0 for line in s.lines)
    assert [line.seq for line in s.lines] == list(range(1, s.months + 1))
    if method is M.FLAT:
        assert s.total_interest == flat_interest(principal, annual_rate_pct=rate, months=months)


@settings(max_examples=300, deadline=None)
@given(
    principal=principals,
    rate=rates,
    affordable=st.decimals(min_value=D(100), max_value=D(60000), places=2),
    method=methods,
    step=steps,
)
def test_property_the_solved_term_is_the_shortest_whose_installment_fits(
    principal: Decimal, rate: Decimal, affordable: Decimal, method: M, step: Decimal
) -> None:
    def fits(n: int) -> bool:
        return round_up_to_step(installment_for(principal, annual_rate_pct=rate, months=n, method=method), step) <= (
            affordable
        )

    n = solve_term(principal, annual_rate_pct=rate, affordable=affordable, max_months=120, method=method, step=step)
    if n is None:
        assert not fits(120)
    else:
        assert fits(n) and (n == 1 or not fits(n - 1))


@settings(max_examples=300, deadline=None)
@given(principal=principals, rate=rates.filter(lambda r: r > 0), months=terms)
def test_property_the_declining_installment_is_the_annuity_numpy_financial_computes(
    principal: Decimal, rate: Decimal, months: int
) -> None:
    expected = -npf.pmt(float(rate) / 1200, months, float(principal))
    assert abs(float(declining_installment(principal, annual_rate_pct=rate, months=months)) - expected) <= 0.005 + 1e-6


@settings(max_examples=200, deadline=None)
@given(principal=principals, rate=rates.filter(lambda r: r >= 1), months=st.integers(min_value=2, max_value=120))
def test_property_the_equivalent_rate_of_a_flat_loan_is_what_numpy_financial_solves(
    principal: Decimal, rate: Decimal, months: int
) -> None:
    installment = flat_installment(principal, annual_rate_pct=rate, months=months)
    apr = equivalent_annual_rate(principal, installment=installment, months=months)
    assert apr is not None
    expected = float(npf.rate(months, -float(installment), float(principal), 0)) * 1200
    assert abs(float(apr) - expected) <= 0.01
    assert apr >= rate  # a flat rate always hides a higher yearly rate


def test_given_month_ends_then_due_dates_keep_to_the_last_day_of_shorter_months() -> None:
    assert [add_months(date(2027, 1, 31), k) for k in range(4)] == [
        date(2027, 1, 31),
        date(2027, 2, 28),
        date(2027, 3, 31),
        date(2027, 4, 30),
    ]
    assert add_months(date(2027, 12, 31), 2) == date(2028, 2, 29)


def test_given_three_debts_with_waivers_and_a_down_payment_then_the_new_principal() -> None:
    # a = 1 (interest kept), b = 0 (penalties waived), as the rulebook's defaults
    fund = payoff_with_shares(D(20000), interest=D(600), penalty=D(150), interest_share=D(1), penalty_share=D(0))
    bank = payoff_with_shares(D(15000), interest=D(450), penalty=D(0), interest_share=D(1), penalty_share=D(0))
    lender = payoff_with_shares(D(8000), interest=D(1200), penalty=D(300), interest_share=D("0.5"), penalty_share=D(0))
    assert (fund.amount, fund.waived) == (D(20600), D(150))
    assert (lender.amount, lender.interest_waived, lender.penalty_waived) == (D(8600), D(600), D(300))
    assert consolidated_principal([fund, bank, lender], down_payment=D(1000)) == D(20600 + 15450 + 8600 - 1000)
    with pytest.raises(ValueError):
        payoff_with_shares(D(1), interest=D(1), penalty=D(0), interest_share=D("1.5"), penalty_share=D(0))
    assert Payoff(D(100), D(10), D(5)).gross == D(115)


@settings(max_examples=200, deadline=None)
@given(
    amount=st.decimals(min_value=D(0), max_value=D(50000), places=2),
    penalty=st.decimals(min_value=D(0), max_value=D(2000), places=2),
    interest=st.decimals(min_value=D(0), max_value=D(5000), places=2),
)
def test_property_a_payment_goes_to_penalty_then_interest_then_principal(
    amount: Decimal, penalty: Decimal, interest: Decimal
) -> None:
    a = allocate_payment(amount, penalty_due=penalty, interest_due=interest)
    assert a.total == amount and min(a.penalty, a.interest, a.principal) >= 0
    assert a.penalty == min(amount, penalty)
    assert a.interest == min(amount - a.penalty, interest)
    assert a.principal == 0 or (a.penalty == penalty and a.interest == interest)


def test_given_payments_then_the_position_shows_balance_arrears_and_days_overdue() -> None:
    s = build_schedule(D(12000), annual_rate_pct=D(6), months=12, method=M.DECLINING, first_due=date(2027, 1, 31))
    first, second, third = s.lines[:3]

    def paid(line: object) -> Allocation:
        return Allocation(D(0), line.interest, line.principal)  # type: ignore[attr-defined]

    on_time = [(date(2027, 1, 31), paid(first)), (date(2027, 2, 28), paid(second))]
    p = position(s.lines, on_time, as_of=date(2027, 3, 15))
    assert (p.arrears, p.days_overdue, p.installments_due) == (D(0), 0, 2)
    assert p.balance == D(12000) - first.principal - second.principal
    # the third installment falls due on 31 March and is not paid: 20 days behind on 20 April
    late = position(s.lines, on_time, as_of=date(2027, 4, 20))
    assert (late.arrears, late.days_overdue) == (third.installment, 20)
