"""The five criteria of an institute that manages debt (guideline 4.2), evaluated from plain facts, and the
repayment figures of its 1HH1C contracts.

Pure rules: every threshold comes from the fiscal-year profile (:class:`CriteriaThresholds`), nothing is ticked by
hand. Each criterion says whether it passed, why (reason codes with their numbers, texts in ``messages.py``) and
which workflow step fixes what is missing (the keys of ``ui/workflow.STEPS``). The rules:

1. **Debtors registered** — the register holds households, at least one of them with a debt, every household has
   a head, and every debt owed to a member fund names the fund (so the register of the funds' debtors is whole).
2. **Analysed and classified** — every household with a debt can be classified: its monthly income is recorded
   (without it no debt-service ratio, hence no class); and the analysis has been acted on: the fiscal year's
   target list has been drawn up.
3. **Target households' debts restructured** — the target list is agreed (locked) at the profile's size (30),
   or shorter with a reason recorded when it was locked, and every household on it had its debts restructured:
   it is at 1HH1C (:func:`at_1hh1c`), or one of its debts owed outside the institute records a rescheduling
   agreed with the creditor by the day of the reading (the debt's ``rescheduled_on``,
   :func:`records_rescheduling`). A household may be restructured without being at 1HH1C, so criterion 5
   still asks something of its own.
4. **A debt-management plan** — the fiscal year's plan is approved (or under way, or done) and its request is
   within the profile's cap.
5. **Households at 1HH1C** — at least the profile's minimum (11) *target* households are at 1HH1C
   (:func:`at_1hh1c`): a household off the list, or one with a member-fund debt left outside its contract,
   does not count.

*At 1HH1C* (one household, one contract) has one definition, :func:`at_1hh1c`, used by the indicators, the
dashboard, the report rounds and the evidence pack alike.

An institute passes when all five pass; a province meets its goal when the share of passing institutes reaches
the profile's ``institute_pass_goal_pct`` (75 %).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from cdfi_desktop.domain.classification import DebtorClass, Reason
from cdfi_desktop.domain.enums import PlanStatus

__all__ = [
    "APPROVED_PLAN",
    "ON_TIME_GRACE_DAYS",
    "SHORT_LIST_MARK",
    "CriteriaThresholds",
    "Criterion",
    "CriterionResult",
    "InstituteFacts",
    "Reason",
    "Step",
    "at_1hh1c",
    "class_change",
    "evaluate",
    "goal_met",
    "installments_on_time",
    "institute_passes",
    "pass_rate",
    "records_rescheduling",
    "restructured",
]

# A plan counts once the committee approved it; one under way or done was approved before.
APPROVED_PLAN = frozenset({PlanStatus.APPROVED, PlanStatus.IN_PROGRESS, PlanStatus.DONE})
# An installment paid within this many days of its due date counts as paid on time (a week's grace for the
# household to bring the money to the institute's day of collection).
ON_TIME_GRACE_DAYS = 7
HUNDRED = Decimal(100)
# How the note of a short target list's reason begins (services.targets.lock_targets writes it).
SHORT_LIST_MARK = "รายชื่อไม่ครบ"


def at_1hh1c(*, target: bool, contracts: Iterable[str], fund_debts: Iterable[str | None]) -> bool:
    """Whether a household is at 1HH1C (one household, one contract): it is a TARGET household of the fiscal
    year, it has exactly one live 1HH1C contract (signed or repaid, an amendment counting as the contract it
    replaces), and every debt it owes the institute's member funds is in that contract.

    ``contracts``: the household's live contracts (an amendment named by the contract it replaces);
    ``fund_debts``: for each debt owed to a member fund (still open, or taken over by a contract), the live
    contract that took it over, else None."""
    live = set(contracts)
    return target and len(live) == 1 and all(d in live for d in fund_debts)


def records_rescheduling(rescheduled_on: date | None, *, as_of: date) -> bool:
    """Whether a debt records a rescheduling agreed with its creditor by ``as_of``: the day it was agreed
    (``Debt.rescheduled_on``) is on or before the day of the reading. Only a debt owed outside the institute
    counts (the caller asks for those): a member fund's debt is restructured by a 1HH1C contract."""
    return rescheduled_on is not None and rescheduled_on <= as_of


def restructured(*, target: bool, at_1hh1c: bool, rescheduled_outside: bool) -> bool:
    """Whether a target household's debts were restructured (criterion 3): it is at 1HH1C, or one of its debts
    owed outside the institute records a rescheduling agreed with the creditor (:func:`records_rescheduling`)."""
    return target and (at_1hh1c or rescheduled_outside)


class Criterion(StrEnum):
    """The five criteria in the guideline's order."""

    DEBTORS_REGISTERED = "debtors_registered"
    ANALYSED = "analysed"
    TARGETS_RESTRUCTURED = "targets_restructured"
    PLAN = "plan"
    HOUSEHOLDS_1HH1C = "households_1hh1c"


class Step(StrEnum):
    """The workflow steps (``ui/workflow.STEPS`` keys) where what a criterion misses is done."""

    REGISTERS = "registers"
    ANALYSIS = "analysis"
    TARGETS = "targets"
    CONTRACTS = "contracts"
    PLAN = "plan"


@dataclass(frozen=True)
class CriteriaThresholds:
    """What the fiscal-year profile sets for the indicators (no defaults here: they are program data)."""

    min_households_1hh1c: int
    institute_pass_goal_pct: Decimal
    plan_request_cap: Decimal
    national_goal_households: int


@dataclass(frozen=True)
class InstituteFacts:
    """Counts read from an institute's data for one fiscal year."""

    households: int  # live households in the register
    households_with_debts: int  # with at least one debt recorded (open, closed or transferred)
    households_without_head: int
    fund_debts_without_fund: int  # debts owed to a member fund that do not name the fund
    households_without_income: int  # households with an open debt and no monthly income recorded
    selection_made: bool  # the fiscal year's target list exists
    selection_locked: bool
    target_households: int  # on the list
    targets_wanted: int  # the profile's size of the list (30)
    short_list_reason: bool  # a reason was recorded for locking a list shorter than targets_wanted
    targets_restructured: int  # of the targets, with their debts restructured (see restructured())
    plan_status: PlanStatus | None  # None: no plan for the fiscal year
    plan_total: Decimal  # the plan's request (its budget lines)
    households_1hh1c: int  # target households at 1HH1C (see at_1hh1c())


@dataclass(frozen=True)
class CriterionResult:
    criterion: Criterion
    passed: bool
    reasons: tuple[Reason, ...]  # when failed: every gap, the first is the main one; when passed: what was found
    step: Step  # where the first gap is fixed (or where the criterion's data lives when it passed)

    @property
    def number(self) -> int:
        """1–5, the guideline's numbering."""
        return list(Criterion).index(self.criterion) + 1


def _result(criterion: Criterion, gaps: Sequence[tuple[Reason, Step]], ok: Reason, home: Step) -> CriterionResult:
    if gaps:
        return CriterionResult(criterion, False, tuple(r for r, _ in gaps), gaps[0][1])
    return CriterionResult(criterion, True, (ok,), home)


def _debtors_registered(f: InstituteFacts) -> CriterionResult:
    gaps: list[tuple[Reason, Step]] = []
    if f.households <= 0:
        gaps.append((Reason("ind_no_households"), Step.REGISTERS))
    elif f.households_with_debts <= 0:
        gaps.append((Reason("ind_no_debts", {"households": f.households}), Step.REGISTERS))
    if f.households_without_head > 0:
        gaps.append((Reason("ind_households_without_head", {"count": f.households_without_head}), Step.REGISTERS))
    if f.fund_debts_without_fund > 0:
        gaps.append((Reason("ind_fund_debts_without_fund", {"count": f.fund_debts_without_fund}), Step.REGISTERS))
    ok = Reason("ind_registers_ok", {"households": f.households, "with_debts": f.households_with_debts})
    return _result(Criterion.DEBTORS_REGISTERED, gaps, ok, Step.REGISTERS)


def _analysed(f: InstituteFacts) -> CriterionResult:
    gaps: list[tuple[Reason, Step]] = []
    if f.households <= 0:
        gaps.append((Reason("ind_no_households"), Step.REGISTERS))
    if f.households_without_income > 0:
        gaps.append((Reason("ind_households_without_income", {"count": f.households_without_income}), Step.ANALYSIS))
    if not f.selection_made:
        gaps.append((Reason("ind_no_target_selection"), Step.TARGETS))
    ok = Reason("ind_analysed_ok", {"households": f.households})
    return _result(Criterion.ANALYSED, gaps, ok, Step.ANALYSIS)


def _targets_restructured(f: InstituteFacts) -> CriterionResult:
    """The list agreed (locked) at the profile's size, or shorter with a recorded reason, and every household on
    it restructured (at 1HH1C, or rescheduled with an outside creditor)."""
    gaps: list[tuple[Reason, Step]] = []
    if not f.selection_made or f.target_households <= 0:
        gaps.append((Reason("ind_no_targets"), Step.TARGETS))
    else:
        if not f.selection_locked:
            gaps.append((Reason("ind_targets_not_locked", {"targets": f.target_households}), Step.TARGETS))
        elif f.target_households < f.targets_wanted and not f.short_list_reason:
            params: dict[str, object] = {"targets": f.target_households, "wanted": f.targets_wanted}
            gaps.append((Reason("ind_targets_short_list", params), Step.TARGETS))
        missing = f.target_households - f.targets_restructured
        if missing > 0:
            found: dict[str, object] = {
                "missing": missing,
                "targets": f.target_households,
                "done": f.targets_restructured,
            }
            gaps.append((Reason("ind_targets_without_contract", found), Step.CONTRACTS))
    ok = Reason("ind_targets_ok", {"targets": f.target_households})
    return _result(Criterion.TARGETS_RESTRUCTURED, gaps, ok, Step.CONTRACTS)


def _plan(f: InstituteFacts, t: CriteriaThresholds) -> CriterionResult:
    gaps: list[tuple[Reason, Step]] = []
    if f.plan_status is None:
        gaps.append((Reason("ind_no_plan"), Step.PLAN))
    elif f.plan_status not in APPROVED_PLAN:
        gaps.append((Reason("ind_plan_not_approved"), Step.PLAN))
    if f.plan_status is not None and f.plan_total > t.plan_request_cap:
        over = f.plan_total - t.plan_request_cap
        gaps.append(
            (Reason("ind_plan_over_cap", {"total": f.plan_total, "cap": t.plan_request_cap, "over": over}), Step.PLAN)
        )
    ok = Reason("ind_plan_ok", {"total": f.plan_total, "cap": t.plan_request_cap})
    return _result(Criterion.PLAN, gaps, ok, Step.PLAN)


def _households_1hh1c(f: InstituteFacts, t: CriteriaThresholds) -> CriterionResult:
    """At least the profile's minimum (11) target households at 1HH1C."""
    minimum = t.min_households_1hh1c
    params: dict[str, object] = {"households": f.households_1hh1c, "minimum": minimum}
    gaps: list[tuple[Reason, Step]] = []
    if f.households_1hh1c < minimum:
        missing = minimum - f.households_1hh1c
        gaps.append((Reason("ind_1hh1c_short", {**params, "missing": missing}), Step.CONTRACTS))
    return _result(Criterion.HOUSEHOLDS_1HH1C, gaps, Reason("ind_1hh1c_ok", params), Step.CONTRACTS)


def evaluate(facts: InstituteFacts, thresholds: CriteriaThresholds) -> tuple[CriterionResult, ...]:
    """The five criteria of one institute, in the guideline's order."""
    return (
        _debtors_registered(facts),
        _analysed(facts),
        _targets_restructured(facts),
        _plan(facts, thresholds),
        _households_1hh1c(facts, thresholds),
    )


def institute_passes(results: Iterable[CriterionResult]) -> bool:
    """An institute manages debt (guideline 4.2) when all five criteria pass."""
    found = list(results)
    return len(found) == len(Criterion) and all(r.passed for r in found)


def pass_rate(passing: int, institutes: int) -> Decimal:
    """The share of institutes passing, in per cent with one decimal (0 without institutes)."""
    if institutes <= 0:
        return Decimal("0.0")
    return (Decimal(passing) * HUNDRED / Decimal(institutes)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def goal_met(passing: int, institutes: int, thresholds: CriteriaThresholds) -> bool:
    """Whether the share of passing institutes reaches the profile's goal (exactly, not the rounded share)."""
    return institutes > 0 and Decimal(passing) * HUNDRED >= thresholds.institute_pass_goal_pct * institutes


def installments_on_time(
    due: Sequence[tuple[date, Decimal]], payments: Sequence[tuple[date, Decimal]], *, grace_days: int
) -> tuple[int, int]:
    """Of a contract's installments due (due date, amount of principal and interest, in schedule order), how many
    are fully paid by now and how many were paid on time: the payments made up to ``grace_days`` after the due
    date cover it and every installment before it. ``payments``: (paid on, principal and interest paid);
    reversals are negative. Returns (paid, on time)."""
    ordered = sorted(payments)
    total_paid = sum((amount for _, amount in ordered), Decimal(0))
    paid = on_time = 0
    cumulative = by_deadline = Decimal(0)
    taken = 0  # payments counted into by_deadline so far (deadlines only grow along the schedule)
    latest = date.min
    for due_date, amount in due:
        cumulative += amount
        if total_paid >= cumulative:
            paid += 1
        latest = max(latest, due_date + timedelta(days=grace_days))
        while taken < len(ordered) and ordered[taken][0] <= latest:
            by_deadline += ordered[taken][1]
            taken += 1
        if by_deadline >= cumulative:
            on_time += 1
    return paid, on_time


_CLASS_RANK = {DebtorClass.A: 0, DebtorClass.B: 1, DebtorClass.C: 2, DebtorClass.D: 3}


def class_change(before: str, after: DebtorClass) -> int:
    """-1 when the class improved (toward A), 0 when the same, 1 when worse; 0 when the class before is unknown."""
    try:
        was = _CLASS_RANK[DebtorClass(before)]
    except ValueError:
        return 0
    now = _CLASS_RANK[after]
    return (now > was) - (now < was)
