"""What the consolidation wizard hands the contracts service, and what the service shows back (no SQLAlchemy).

A ``ContractForm`` is one "1 household 1 contract" debt-transfer contract as the officer settled it in the
wizard: the source debts with their payoff split and waivers, the down-payment, the new principal, rate,
method and term, the parties and the signing. ``services/contracts.sign_contract`` checks it again and
posts it in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from cdfi_desktop.domain.enums import CreditorKind, LenderKind, PartyRole, RepaymentMethod
from cdfi_desktop.domain.schedule import Payoff

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class SourceDebtForm:
    """One source debt taken over: what settles it on the signing date and what the committee waived."""

    debt_id: str
    principal: Decimal  # the whole outstanding principal on the signing date
    interest: Decimal = ZERO  # interest due to the signing date
    penalty: Decimal = ZERO
    interest_waived: Decimal = ZERO
    penalty_waived: Decimal = ZERO
    principal_waived: Decimal = ZERO  # a part of the outstanding principal forgiven: needs waiver_reason
    waiver_reason: str = ""

    @property
    def payoff(self) -> Payoff:
        return Payoff(
            self.principal,
            self.interest,
            self.penalty,
            self.interest_waived,
            self.penalty_waived,
            principal_waived=self.principal_waived,
        )


@dataclass(frozen=True)
class PartyForm:
    role: PartyRole
    full_name: str
    citizen_id: str = ""
    address: str = ""
    member_id: str | None = None


@dataclass(frozen=True)
class ContractForm:
    household_id: str
    fiscal_year: int
    sources: tuple[SourceDebtForm, ...]
    principal: Decimal  # must equal Σ payoff − down-payment
    interest_rate: Decimal  # % a year
    method: RepaymentMethod
    term_months: int
    first_due_date: date
    signing_date: date
    signing_place: str
    borrower_member_id: str
    down_payment: Decimal = ZERO
    lender_kind: LenderKind = LenderKind.INSTITUTE
    lender_fund_id: str | None = None
    parties: tuple[PartyForm, ...] = ()  # co-borrowers, guarantors, witnesses, lender signatories
    contract_no: str = ""  # blank: the institute's next number for the fiscal year
    notes: str = ""
    amends_contract_id: str | None = None
    second_contract_reason: str = ""  # why, when the household already signed one this fiscal year


@dataclass(frozen=True)
class OpenDebtChoice:
    """An open debt the wizard offers as a source, with the suggested payoff on the signing date."""

    debt_id: str
    creditor_kind: CreditorKind
    creditor: str  # the fund's name, else the creditor's
    member_fund_id: str | None
    contract_no: str
    contract_date: date | None
    outstanding: Decimal
    installment: Decimal
    interest_rate: Decimal | None
    days_overdue: int
    suggested_interest: Decimal  # accrued over the days overdue (domain.schedule.accrued_interest)
    guarantors: tuple[str, ...] = ()


@dataclass(frozen=True)
class MemberChoice:
    member_id: str
    full_name: str
    citizen_id: str
    is_head: bool
    address: str


@dataclass(frozen=True)
class FundChoice:
    fund_id: str
    name: str
    lending_limit: Decimal | None
    max_term_months: int | None
    interest_rate: Decimal | None


@dataclass(frozen=True)
class ConsolidationStart:
    """Everything the wizard needs to settle one household's contract."""

    institute_id: str
    institute_name: str
    institute_address: str
    household_id: str
    household_code: str
    head_name: str
    fiscal_year: int
    debts: tuple[OpenDebtChoice, ...]
    members: tuple[MemberChoice, ...]
    funds: tuple[FundChoice, ...]
    income: Decimal  # a month
    essential_expenses: Decimal  # a month
    debt_service: Decimal  # a month, on the open debts today
    affordable_installment: Decimal  # A_max from the profile (k, target DSR)
    default_rate_pct: Decimal  # the profile's consolidation rate
    max_term_months: int
    installment_step: Decimal
    is_target: bool  # on the fiscal year's target list
    signed_contract_id: str | None = None  # the household's signed contract this fiscal year, if any
    warnings: tuple[str, ...] = field(default_factory=tuple)  # message codes
