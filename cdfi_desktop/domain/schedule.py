"""Repayment schedules of the 1HH1C contract (docs: shared/docs/DEBT-RULES.md): flat and declining balance,
the equivalent annual rate, the term solver, and installments rounded up to the profile's step.

Money is Decimal, rounded half-up to the satang per line; a schedule always sums exactly to its principal
plus its interest, the last installment absorbing what rounding left over.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from enum import StrEnum

from cdfi_desktop.domain.enums import RepaymentMethod

SATANG = Decimal("0.01")
ZERO = Decimal("0.00")
DEFAULT_STEP = Decimal(10)


def satang(amount: Decimal) -> Decimal:
    return amount.quantize(SATANG, rounding=ROUND_HALF_UP)


def round_up_to_step(amount: Decimal, step: Decimal) -> Decimal:
    """An installment rounded up to the profile's step (10 baht: 1,326.40 → 1,330); a step of 0 keeps satang."""
    if step <= 0:
        return amount.quantize(SATANG, rounding=ROUND_CEILING)
    return ((amount / step).to_integral_value(rounding=ROUND_CEILING) * step).quantize(SATANG)


def declining_installment(principal: Decimal, *, annual_rate_pct: Decimal, months: int) -> Decimal:
    """A = P·r / (1 − (1 + r)^−n), r the monthly rate; P / n without interest; to the satang."""
    if months <= 0:
        raise ValueError("a schedule has at least one month")
    r = annual_rate_pct / Decimal(1200)
    if r == 0:
        return satang(principal / months)
    return satang(principal * r / (1 - (1 + r) ** -months))


def flat_interest(principal: Decimal, *, annual_rate_pct: Decimal, months: int) -> Decimal:
    """Interest on the whole principal for the whole term: P · R · n / 12."""
    return satang(principal * annual_rate_pct / 100 * months / 12)


def flat_installment(principal: Decimal, *, annual_rate_pct: Decimal, months: int) -> Decimal:
    """A = P · (1 + R·n/12) / n, to the satang."""
    if months <= 0:
        raise ValueError("a schedule has at least one month")
    return satang((principal + flat_interest(principal, annual_rate_pct=annual_rate_pct, months=months)) / months)


def installment_for(principal: Decimal, *, annual_rate_pct: Decimal, months: int, method: RepaymentMethod) -> Decimal:
    if method is RepaymentMethod.FLAT:
        return flat_installment(principal, annual_rate_pct=annual_rate_pct, months=months)
    return declining_installment(principal, annual_rate_pct=annual_rate_pct, months=months)


def equivalent_annual_rate(principal: Decimal, *, installment: Decimal, months: int) -> Decimal | None:
    """The yearly rate on a declining balance (APR: 12 × the monthly r whose annuity of ``installment`` over
    ``months`` repays ``principal``), in per cent to two places; None when the installments repay less."""
    p, a = float(principal), float(installment)
    if p <= 0 or months <= 0 or a * months < p - 0.005:
        return None

    def annuity_value(r: float) -> float:
        return a * months if r == 0 else a * (1 - (1 + r) ** -months) / r

    low, high = 0.0, 1.0
    for _ in range(200):
        middle = (low + high) / 2
        if annuity_value(middle) > p:
            low = middle
        else:
            high = middle
    return Decimal(repr(low * 1200)).quantize(SATANG, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Installment:
    seq: int
    due_date: date
    installment: Decimal
    principal: Decimal
    interest: Decimal
    balance_after: Decimal


@dataclass(frozen=True)
class Schedule:
    method: RepaymentMethod
    principal: Decimal
    annual_rate_pct: Decimal
    installment: Decimal  # every month's installment but the last (rounded up to the step)
    lines: tuple[Installment, ...]

    @property
    def months(self) -> int:
        return len(self.lines)

    @property
    def total_interest(self) -> Decimal:
        return sum((line.interest for line in self.lines), ZERO)

    @property
    def total_paid(self) -> Decimal:
        return sum((line.installment for line in self.lines), ZERO)

    @property
    def last_installment(self) -> Decimal:
        return self.lines[-1].installment if self.lines else ZERO

    @property
    def apr(self) -> Decimal | None:
        """The equivalent yearly rate on a declining balance of what this schedule actually collects."""
        return irr_annual_rate(self.principal, [line.installment for line in self.lines])


def irr_annual_rate(principal: Decimal, payments: list[Decimal]) -> Decimal | None:
    """12 × the monthly rate at which ``payments`` (one a month, the first a month after lending) repay
    ``principal``; per cent to two places."""
    p = float(principal)
    flows = [float(x) for x in payments]
    if p <= 0 or not flows or sum(flows) < p - 0.005:
        return None

    def value(r: float) -> float:
        return sum(f / (1 + r) ** (k + 1) for k, f in enumerate(flows))

    low, high = 0.0, 1.0
    for _ in range(200):
        middle = (low + high) / 2
        if value(middle) > p:
            low = middle
        else:
            high = middle
    return Decimal(repr(low * 1200)).quantize(SATANG, rounding=ROUND_HALF_UP)


def add_months(start: date, months: int) -> date:
    """The same day ``months`` later; the month's last day when it is shorter (31 Jan + 1 → 28/29 Feb)."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    days_in_month = [31, 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28, 31, 30, 31, 30,
                     31, 31, 30, 31, 30, 31][month - 1]  # fmt: skip
    return date(year, month, min(start.day, days_in_month))


def build_schedule(
    principal: Decimal,
    *,
    annual_rate_pct: Decimal,
    months: int,
    method: RepaymentMethod,
    first_due: date,
    step: Decimal = DEFAULT_STEP,
) -> Schedule:
    """Equal installments rounded up to ``step``; the last one absorbs the difference so that the schedule sums
    exactly to principal + interest (it may end a month or more early when rounding up repaid it sooner)."""
    if principal <= 0:
        raise ValueError("the principal must be above zero")
    regular = round_up_to_step(
        installment_for(principal, annual_rate_pct=annual_rate_pct, months=months, method=method), step
    )
    if method is RepaymentMethod.FLAT:
        lines = _flat_lines(principal, annual_rate_pct=annual_rate_pct, months=months, regular=regular)
    else:
        lines = _declining_lines(principal, annual_rate_pct=annual_rate_pct, months=months, regular=regular)
    dated = tuple(
        Installment(seq, add_months(first_due, seq - 1), total, part, interest, balance)
        for seq, (total, part, interest, balance) in enumerate(lines, start=1)
    )
    return Schedule(method, principal, annual_rate_pct, regular, dated)


_Line = tuple[Decimal, Decimal, Decimal, Decimal]  # installment, principal, interest, balance after


def _declining_lines(principal: Decimal, *, annual_rate_pct: Decimal, months: int, regular: Decimal) -> list[_Line]:
    r = annual_rate_pct / Decimal(1200)
    balance = principal
    lines: list[_Line] = []
    for seq in range(1, months + 1):
        interest = satang(balance * r)
        if seq == months or balance + interest <= regular:
            lines.append((balance + interest, balance, interest, ZERO))
            break
        part = regular - interest
        balance -= part
        lines.append((regular, part, interest, balance))
    return lines


def _flat_lines(principal: Decimal, *, annual_rate_pct: Decimal, months: int, regular: Decimal) -> list[_Line]:
    total_interest = flat_interest(principal, annual_rate_pct=annual_rate_pct, months=months)
    interest_each = satang(total_interest / months)
    owed = principal + total_interest
    paid_interest = ZERO
    balance = principal
    lines: list[_Line] = []
    for seq in range(1, months + 1):
        left = owed - sum((line[0] for line in lines), ZERO)
        if seq == months or left <= regular:
            interest = total_interest - paid_interest
            lines.append((left, balance, interest, ZERO))
            break
        # the principal part never passes the balance: when rounding up repaid it early, the rest is interest
        part = min(regular - min(interest_each, total_interest - paid_interest), balance)
        interest = regular - part
        paid_interest += interest
        balance -= part
        lines.append((regular, part, interest, balance))
    return lines


def schedule_term(
    principal: Decimal, *, annual_rate_pct: Decimal, months: int, method: RepaymentMethod, step: Decimal = DEFAULT_STEP
) -> int:
    """How many installments the schedule over ``months`` really has: fewer when the installment, rounded up to
    ``step``, repays the principal sooner (10,000 baht without interest over 120 months: 83.33 rounds up to 90,
    repaid in 112 installments). A contract's term is this, so that its term and its schedule agree."""
    if principal <= 0:
        return 0
    regular = round_up_to_step(
        installment_for(principal, annual_rate_pct=annual_rate_pct, months=months, method=method), step
    )
    if method is RepaymentMethod.FLAT:
        return len(_flat_lines(principal, annual_rate_pct=annual_rate_pct, months=months, regular=regular))
    return len(_declining_lines(principal, annual_rate_pct=annual_rate_pct, months=months, regular=regular))


def solve_term(
    principal: Decimal,
    *,
    annual_rate_pct: Decimal,
    affordable: Decimal,
    max_months: int,
    method: RepaymentMethod,
    step: Decimal = DEFAULT_STEP,
) -> int | None:
    """The shortest term whose installment, rounded up to ``step``, fits within ``affordable``; None when even
    ``max_months`` does not.

    The one term of the program: the classifier, the sources of money, the target list, the forms and the
    contract all ask this function, with the profile's rounding step. The schedule over the term it finds has
    exactly that many installments (had rounding repaid it a month sooner, a shorter term would have fitted);
    a term chosen otherwise is what :func:`schedule_term` says.
    """
    if principal <= 0:
        return 0
    if affordable <= 0:
        return None
    start = 1
    r = float(annual_rate_pct) / 1200
    if method is RepaymentMethod.DECLINING and r > 0:
        if r * float(principal) >= float(affordable):
            return None  # the installment never passes a month's interest
        estimate = -math.log(1 - r * float(principal) / float(affordable)) / math.log(1 + r)
        if estimate > max_months + 1e-9:
            return None  # rounding only makes the installment larger, so no term within the maximum fits
        start = max(1, math.floor(estimate) - 2)  # the formula ignores rounding: look from just below it
    elif r == 0 and float(principal) / float(affordable) > max_months + 1e-9:
        return None
    for months in range(start, max_months + 1):
        fits = round_up_to_step(
            installment_for(principal, annual_rate_pct=annual_rate_pct, months=months, method=method), step
        )
        if fits <= affordable:
            return months
    return None


# -- payoff of the source debts ------------------------------------------------------------------------------------
def accrued_interest(outstanding: Decimal, *, annual_rate_pct: Decimal | None, days: int) -> Decimal:
    """Simple interest owed on ``outstanding`` for ``days`` (a 365-day year): the default interest to the signing
    date of a debt that many days behind."""
    if not annual_rate_pct or days <= 0 or outstanding <= 0:
        return ZERO
    return satang(outstanding * annual_rate_pct / 100 * days / 365)


@dataclass(frozen=True)
class Payoff:
    """What settles one source debt on the signing date, and what the committee waived of it."""

    principal: Decimal
    interest: Decimal = ZERO
    penalty: Decimal = ZERO
    interest_waived: Decimal = ZERO
    penalty_waived: Decimal = ZERO
    principal_waived: Decimal = ZERO  # a part of the outstanding principal forgiven (with a reason)

    @property
    def gross(self) -> Decimal:
        return self.principal + self.interest + self.penalty

    @property
    def waived(self) -> Decimal:
        return self.interest_waived + self.penalty_waived + self.principal_waived

    @property
    def amount(self) -> Decimal:
        """What the new contract takes over: P + I + F less the waivers."""
        return self.gross - self.waived


def payoff_with_shares(
    principal: Decimal, *, interest: Decimal, penalty: Decimal, interest_share: Decimal, penalty_share: Decimal
) -> Payoff:
    """P + a·I + b·F: the committee keeps ``interest_share`` (a) of the interest and ``penalty_share`` (b) of
    the penalties, both in [0, 1]; the rest is waived."""
    for share in (interest_share, penalty_share):
        if not Decimal(0) <= share <= Decimal(1):
            raise ValueError("a share kept is between 0 and 1")
    return Payoff(
        principal=principal,
        interest=interest,
        penalty=penalty,
        interest_waived=interest - satang(interest * interest_share),
        penalty_waived=penalty - satang(penalty * penalty_share),
    )


def consolidated_principal(payoffs: list[Payoff], *, down_payment: Decimal = ZERO) -> Decimal:
    """P0 = Σ (P_i + a·I_i + b·F_i) − down-payment."""
    return sum((p.amount for p in payoffs), ZERO) - down_payment


# -- repayments ------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Allocation:
    penalty: Decimal
    interest: Decimal
    principal: Decimal

    @property
    def total(self) -> Decimal:
        return self.penalty + self.interest + self.principal


class EarlyInterest(StrEnum):
    """What a payment made before its installment's due date pays as interest (the fiscal-year profile's
    ``early_payment_interest``).

    - ``scheduled`` (the default): the interest the schedule sets for that installment, whatever day of its month
      it is paid; one installment paid a few days early prints on its receipt exactly as its schedule line.
    - ``accrued``: the interest accrued to the payment date, that is the installment's scheduled interest in
      proportion to the days of its period (from the previous due date, or the signing date for the first) gone
      by on the payment date; on the due date it is the scheduled interest.

    Either way the interest of installments further ahead is never asked in advance.
    """

    SCHEDULED = "scheduled"
    ACCRUED = "accrued"


@dataclass(frozen=True)
class Owed:
    """What a contract asks of a payment on one day, before any principal beyond it."""

    interest_due: Decimal  # interest of the installments due by the day, not yet paid
    arrears: Decimal  # what the installments due by the day still lack, their principal included
    running_interest: Decimal  # interest of the installment running on the day (by the rule), not yet paid


def owed_on(
    lines: tuple[Installment, ...] | list[Installment],
    *,
    on: date,
    interest_paid: Decimal,
    principal_paid: Decimal,
    period_start: date,
    early: EarlyInterest = EarlyInterest.SCHEDULED,
) -> Owed:
    """Where a contract stands for a payment made on ``on``, from its schedule and what was paid (reversals netted).

    The running installment is the first one due after ``on``; its interest is all of its scheduled interest, or what
    accrued to ``on`` (:class:`EarlyInterest`), less any of it paid already. ``period_start`` is where the first
    installment's period begins (the signing date)."""
    due_lines = [line for line in lines if line.due_date <= on]
    due_interest = sum((line.interest for line in due_lines), ZERO)
    due_total = sum((line.installment for line in due_lines), ZERO)
    running = next((line for line in lines if line.due_date > on), None)
    running_interest = ZERO
    if running is not None:
        running_interest = running.interest
        if early is EarlyInterest.ACCRUED:
            start = due_lines[-1].due_date if due_lines else min(period_start, running.due_date)
            days = (running.due_date - start).days
            elapsed = min(max((on - start).days, 0), days)
            running_interest = satang(running.interest * elapsed / days) if days > 0 else running.interest
    paid_ahead = max(ZERO, interest_paid - due_interest)  # interest already paid on the running installment
    return Owed(
        interest_due=max(ZERO, due_interest - interest_paid),
        arrears=max(ZERO, due_total - interest_paid - principal_paid),
        running_interest=max(ZERO, running_interest - paid_ahead),
    )


def allocate_on_schedule(amount: Decimal, *, penalty_due: Decimal, owed: Owed) -> Allocation:
    """A payment pays penalties first, then the interest of the installments due, then the rest of those
    installments (principal); what goes beyond them pays the running installment's interest, and only then more
    principal. An installment paid before its due date is thus split as the schedule (or the accrual) says, and a
    payment on time splits as its schedule line."""
    penalty = min(max(ZERO, penalty_due), amount)
    rest = amount - penalty
    interest = min(owed.interest_due, rest)
    beyond = rest - max(owed.arrears, owed.interest_due)
    if beyond > 0:
        interest += min(beyond, owed.running_interest)
    return Allocation(penalty=penalty, interest=interest, principal=rest - interest)


def allocate_payment(amount: Decimal, *, penalty_due: Decimal, interest_due: Decimal) -> Allocation:
    """A payment pays penalties first, then interest due, then principal (the rest, prepayment included)."""
    penalty = min(max(ZERO, penalty_due), amount)
    interest = min(max(ZERO, interest_due), amount - penalty)
    return Allocation(penalty=penalty, interest=interest, principal=amount - penalty - interest)


@dataclass(frozen=True)
class Position:
    """A contract on a date: what fell due, what was paid, the balance and the arrears."""

    due_principal: Decimal
    due_interest: Decimal
    paid_principal: Decimal
    paid_interest: Decimal
    paid_penalty: Decimal
    balance: Decimal  # principal still owed
    arrears: Decimal  # installments due and unpaid
    days_overdue: int  # since the oldest installment not fully paid fell due
    installments_due: int


def position(
    lines: tuple[Installment, ...] | list[Installment], payments: list[tuple[date, Allocation]], *, as_of: date
) -> Position:
    """Where a contract stands on ``as_of`` from its schedule and its repayments (allocated) up to that day."""
    due = [line for line in lines if line.due_date <= as_of]
    paid = [a for on, a in payments if on <= as_of]
    due_principal = sum((line.principal for line in due), ZERO)
    due_interest = sum((line.interest for line in due), ZERO)
    paid_principal = sum((a.principal for a in paid), ZERO)
    paid_interest = sum((a.interest for a in paid), ZERO)
    paid_penalty = sum((a.penalty for a in paid), ZERO)
    principal = sum((line.principal for line in lines), ZERO)
    arrears = max(ZERO, due_principal + due_interest - paid_principal - paid_interest)
    days = 0
    if arrears > 0:
        covered = paid_principal + paid_interest
        for line in due:
            covered -= line.installment
            if covered < 0:
                days = (as_of - line.due_date).days
                break
    return Position(
        due_principal=due_principal,
        due_interest=due_interest,
        paid_principal=paid_principal,
        paid_interest=paid_interest,
        paid_penalty=paid_penalty,
        balance=principal - paid_principal,
        arrears=arrears,
        days_overdue=days,
        installments_due=len(due),
    )
