"""Money is conserved at signing: the source debts owed the new principal plus the waivers and the down-payment."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class Conservation:
    """The two sides of a consolidation, in satang: what the source debts owed on the signing date (outstanding
    principal, interest and penalties) against where every baht of it went."""

    owed: Decimal  # Σ outstanding principal + interest + penalties of the source debts
    principal: Decimal  # the new contract's principal
    waived: Decimal  # every waiver: principal, interest and penalties
    down_payment: Decimal
    repaid: Decimal = ZERO  # principal already repaid on the contract an amendment replaces

    @property
    def accounted(self) -> Decimal:
        return self.principal + self.waived + self.down_payment + self.repaid

    @property
    def unaccounted(self) -> Decimal:
        """What the source debts owed that no record holds (negative: more recorded than was owed)."""
        return self.owed - self.accounted

    @property
    def holds(self) -> bool:
        return self.unaccounted == 0


def conservation(
    *,
    owed: Iterable[Decimal],
    principal: Decimal,
    waived: Iterable[Decimal],
    down_payment: Decimal,
    repaid: Decimal = ZERO,
) -> Conservation:
    """Σ owed = principal + Σ waived + down-payment (+ principal repaid on a replaced contract), exactly."""
    return Conservation(
        owed=sum(owed, ZERO),
        principal=principal,
        waived=sum(waived, ZERO),
        down_payment=down_payment,
        repaid=repaid,
    )


def principal_unaccounted(*, outstanding: Decimal, payoff_principal: Decimal) -> Decimal:
    """What a source debt's payoff leaves of its outstanding principal unaccounted: the payoff names the whole
    outstanding (a part forgiven is a waiver of it, with a reason), so anything else is missing (negative: more
    than is owed)."""
    return outstanding - payoff_principal


def principal_waiver_problem(*, principal: Decimal, waived: Decimal, reason: str) -> str | None:
    """The message code when a principal waiver cannot stand: below zero, more than the principal owed, or
    without its reason; None when it stands."""
    if waived < 0:
        return "contract_amount_negative"
    if waived > principal:
        return "contract_principal_waiver_too_large"
    if waived and not reason.strip():
        return "contract_waiver_reason_required"
    return None
