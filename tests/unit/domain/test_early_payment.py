"""A repayment made before its due date: it pays the running installment's interest (scheduled, or accrued to the
payment date, as the profile says) before principal, so its receipt agrees with the schedule."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from cdfi_desktop.domain.enums import RepaymentMethod
from cdfi_desktop.domain.schedule import (
    ZERO,
    Allocation,
    EarlyInterest,
    Installment,
    Schedule,
    allocate_on_schedule,
    build_schedule,
    owed_on,
)

SIGNED = date(2026, 12, 1)
FIRST_DUE = date(2027, 1, 5)


def schedule(principal: str = "43600", rate: str = "6", months: int = 36) -> Schedule:
    return build_schedule(
        Decimal(principal),
        annual_rate_pct=Decimal(rate),
        months=months,
        method=RepaymentMethod.DECLINING,
        first_due=FIRST_DUE,
    )


def pay(
    lines: tuple[Installment, ...],
    paid: list[Allocation],
    amount: Decimal,
    on: date,
    early: EarlyInterest = EarlyInterest.SCHEDULED,
) -> Allocation:
    owed = owed_on(
        lines,
        on=on,
        interest_paid=sum((a.interest for a in paid), ZERO),
        principal_paid=sum((a.principal for a in paid), ZERO),
        period_start=SIGNED,
        early=early,
    )
    return allocate_on_schedule(amount, penalty_due=ZERO, owed=owed)


def test_GIVEN_the_first_installment_paid_ten_days_early_WHEN_split_THEN_as_its_schedule_line() -> None:
    lines = schedule().lines
    first = lines[0]

    split = pay(lines, [], first.installment, first.due_date - timedelta(days=10))

    assert (split.interest, split.principal) == (first.interest, first.principal)


def test_GIVEN_the_accrued_rule_WHEN_paid_early_THEN_the_interest_of_the_days_gone_by_and_the_rest_principal() -> None:
    lines = schedule().lines
    second = lines[1]  # its period: 5 Jan – 5 Feb 2027 (31 days)
    on = date(2027, 1, 20)  # 15 days in

    split = pay(lines, [Allocation(ZERO, lines[0].interest, lines[0].principal)], second.installment, on,
                EarlyInterest.ACCRUED)  # fmt: skip

    assert split.interest == (second.interest * 15 / 31).quantize(Decimal("0.01"))
    assert split.principal == second.installment - split.interest
    assert split.interest < second.interest


def test_GIVEN_the_accrued_rule_WHEN_paid_on_the_due_date_THEN_the_scheduled_interest() -> None:
    lines = schedule().lines
    first = lines[0]

    split = pay(lines, [], first.installment, first.due_date, EarlyInterest.ACCRUED)

    assert (split.interest, split.principal) == (first.interest, first.principal)


def test_GIVEN_an_early_payment_WHEN_paying_again_in_the_same_month_THEN_its_interest_is_not_asked_twice() -> None:
    lines = schedule().lines
    first = lines[0]
    early = pay(lines, [], Decimal("500"), date(2027, 1, 1))

    again = pay(lines, [early], first.installment - Decimal("500"), date(2027, 1, 3))

    assert early.interest == first.interest
    assert again.interest == 0
    assert early.interest + again.interest == first.interest
    assert early.principal + again.principal == first.principal


def test_GIVEN_installments_overdue_WHEN_paying_only_them_THEN_the_running_installment_is_not_asked() -> None:
    lines = schedule().lines
    on = date(2027, 2, 10)  # installments 1 and 2 due, 3 running

    split = pay(lines, [], lines[0].installment + lines[1].installment, on)

    assert split.interest == lines[0].interest + lines[1].interest
    assert split.principal == lines[0].principal + lines[1].principal


@settings(max_examples=150, deadline=None)
@given(
    principal=st.integers(min_value=1_000, max_value=500_000),
    rate=st.sampled_from(["0", "3", "6", "12", "18"]),
    months=st.integers(min_value=3, max_value=60),
    early=st.sampled_from(list(EarlyInterest)),
    payments=st.lists(
        st.tuples(st.integers(min_value=0, max_value=45), st.integers(min_value=1, max_value=600_000)),
        min_size=1,
        max_size=12,
    ),
)
def test_property_every_payment_splits_exactly_and_the_balance_never_goes_below_zero(
    principal: int, rate: str, months: int, early: EarlyInterest, payments: list[tuple[int, int]]
) -> None:
    lines = schedule(str(principal), rate, months).lines
    balance = Decimal(principal)
    paid: list[Allocation] = []
    on = SIGNED
    for gap, satangs in payments:
        on += timedelta(days=gap)
        amount = Decimal(satangs) / 100
        split = pay(lines, paid, amount, on, early)
        if split.principal > balance:  # the service refuses more than the payoff; nothing is booked
            continue
        assert split.penalty + split.interest + split.principal == amount
        assert split.interest >= 0 and split.principal >= 0
        balance -= split.principal
        assert balance >= 0
        paid.append(split)
    total_interest = sum((a.interest for a in paid), ZERO)
    due_by_then = sum((line.interest for line in lines if line.due_date <= on), ZERO)
    running = next((line.interest for line in lines if line.due_date > on), ZERO)
    assert total_interest <= due_by_then + running  # interest further ahead is never asked in advance


@settings(max_examples=100, deadline=None)
@given(
    principal=st.integers(min_value=1_000, max_value=500_000),
    rate=st.sampled_from(["0", "3", "6", "12"]),
    months=st.integers(min_value=2, max_value=60),
    early=st.sampled_from(list(EarlyInterest)),
    days_early=st.integers(min_value=0, max_value=25),
)
def test_property_installments_paid_on_time_or_early_by_the_schedule_rule_split_as_the_schedule(
    principal: int, rate: str, months: int, early: EarlyInterest, days_early: int
) -> None:
    lines = schedule(str(principal), rate, months).lines
    paid: list[Allocation] = []
    for line in lines:
        # on time under either rule; early only under the scheduled rule (the accrued one asks less interest)
        on = line.due_date - timedelta(days=days_early if early is EarlyInterest.SCHEDULED else 0)
        split = pay(lines, paid, line.installment, on, early)
        assert (split.interest, split.principal) == (line.interest, line.principal)
        paid.append(split)
    assert sum((a.principal for a in paid), ZERO) == Decimal(principal)
