"""Target households: the ranked proposal of the fiscal-year profile's number of households.

From class C, then B, among households whose consolidated installment is affordable (a term within the
profile's maximum); within a class, the heaviest debt service first. The officer then adds, removes and
reorders, each with a reason, and locks the list for the fiscal year.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from cdfi_desktop.domain.classification import Classification, DebtorClass, Reason

PROPOSED_CLASSES = (DebtorClass.C, DebtorClass.B)


@dataclass(frozen=True)
class Candidate:
    household_id: str
    code: str  # the household's register no.: the last tie-breaker, so the proposal is stable
    classification: Classification


@dataclass(frozen=True)
class Proposal:
    household_id: str
    rank: int  # 1 first
    debtor_class: DebtorClass
    reason: Reason


def is_eligible(c: Classification) -> bool:
    """Class C or B, with debts to consolidate and an affordable term for them."""
    return (
        c.debtor_class in PROPOSED_CLASSES
        and c.indicators.total_debt > 0
        and c.consolidated_term_months is not None
        and c.affordable_installment > 0
    )


def _order(candidate: Candidate) -> tuple[int, Decimal, int, Decimal, str]:
    c = candidate.classification
    dsr = c.indicators.dsr_pct if c.indicators.dsr_pct is not None else Decimal(0)
    return (
        PROPOSED_CLASSES.index(c.debtor_class),
        -dsr,
        -c.indicators.worst_days_overdue,
        -c.indicators.total_debt,
        candidate.code,
    )


def proposal_reason(c: Classification) -> Reason:
    return Reason(
        "target_proposed",
        {
            "debtor_class": c.debtor_class.value,
            "debt": c.indicators.total_debt,
            "term": c.consolidated_term_months,
            "installment": c.affordable_installment,
        },
    )


def propose_targets(candidates: Iterable[Candidate], *, count: int) -> list[Proposal]:
    """The first ``count`` eligible households: class C before B, then by DSR, arrears and debt, highest first."""
    chosen = sorted((c for c in candidates if is_eligible(c.classification)), key=_order)[: max(0, count)]
    return [
        Proposal(c.household_id, rank, c.classification.debtor_class, proposal_reason(c.classification))
        for rank, c in enumerate(chosen, start=1)
    ]
