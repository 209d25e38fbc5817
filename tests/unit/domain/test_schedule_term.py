"""A contract's term is its schedule's length: rounding the installment up may repay it before the term asked."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

import pytest

from cdfi_desktop.domain.enums import RepaymentMethod
from cdfi_desktop.domain.schedule import build_schedule, schedule_term, solve_term

FIRST_DUE = date(2027, 1, 15)


@pytest.mark.parametrize("method", list(RepaymentMethod))
def test_given_an_installment_rounded_up_a_lot_when_scheduled_then_the_term_is_the_number_of_lines(
    method: RepaymentMethod,
) -> None:
    # GIVEN 10,000 baht without interest over 120 months: 83.33 a month, rounded up to 90
    principal, months = Decimal("10000.00"), 120
    schedule = build_schedule(principal, annual_rate_pct=Decimal(0), months=months, method=method, first_due=FIRST_DUE)
    # THEN it is repaid in 112 installments, and the term says so
    assert schedule.installment == Decimal("90.00")
    assert schedule.months == 112
    assert schedule_term(principal, annual_rate_pct=Decimal(0), months=months, method=method) == 112
    assert sum((line.principal for line in schedule.lines), Decimal(0)) == principal


def test_given_any_loan_when_the_term_is_solved_then_its_schedule_has_exactly_that_many_lines() -> None:
    rng = random.Random(11)
    for _ in range(100):
        principal = Decimal(rng.randrange(1_000_00, 900_000_00)) / 100
        rate = Decimal(rng.choice([0, 3, 6, 7.5, 12, 15]))
        method = rng.choice(list(RepaymentMethod))
        affordable = Decimal(rng.randrange(200, 20_000))
        step = Decimal(rng.choice([0, 1, 10, 100]))
        term = solve_term(
            principal, annual_rate_pct=rate, affordable=affordable, max_months=120, method=method, step=step
        )
        if not term:
            continue
        schedule = build_schedule(
            principal, annual_rate_pct=rate, months=term, method=method, first_due=FIRST_DUE, step=step
        )
        assert schedule.months == term, (principal, rate, method, affordable, step)
        assert schedule_term(principal, annual_rate_pct=rate, months=term, method=method, step=step) == term
