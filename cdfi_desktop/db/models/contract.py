"""The 1HH1C debt-transfer contract, its schedule and repayments, and the household life-development plan.

Tables:
- ``consolidation_contract``: one debt-transfer contract (สัญญาการถ่ายโอนภาระหนี้สิน) between a household
  and the institute (or a member fund): principal, rate, method, term, installment, signing. A signed
  contract is never edited; a change is a new contract that ``amends`` it.
- ``contract_party``: borrower, co-borrowers, guarantors, witnesses and the lender's signatories.
- ``transfer_line``: one source debt taken over by a contract, its payoff split into principal /
  interest / penalty and what the committee waived. Append-only ledger.
- ``schedule_line``: one installment of the contract's repayment schedule.
- ``repayment``: money a household paid on its contract. Append-only ledger: a correction is a reversing
  entry (``reverses_id``).
- ``life_development_plan``: a target household's own plan (แผนพัฒนาชีวิตครัวเรือน).
- ``life_plan_item``: a goal, planned income or expense, savings target or activity of that plan.
- ``life_plan_follow_up``: a follow-up visit: what happened, savings so far.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from cdfi_desktop.db.base import Base, SyncedRecord
from cdfi_desktop.db.types import EnumText, Money, Rate
from cdfi_desktop.domain.enums import (
    ContractStatus,
    LenderKind,
    LifePlanItemKind,
    PartyRole,
    PlanStatus,
    RepaymentMethod,
)


class ConsolidationContract(SyncedRecord, Base):
    __tablename__ = "consolidation_contract"

    institute_id: Mapped[str] = mapped_column(ForeignKey("institute.id"), index=True)
    household_id: Mapped[str] = mapped_column(ForeignKey("household.id"), index=True)
    fiscal_year: Mapped[int]
    contract_no: Mapped[str] = mapped_column(String(60), default="")
    lender_kind: Mapped[LenderKind] = mapped_column(EnumText(LenderKind), default=LenderKind.INSTITUTE)
    lender_fund_id: Mapped[str | None] = mapped_column(ForeignKey("member_fund.id"), default=None)
    borrower_member_id: Mapped[str | None] = mapped_column(ForeignKey("household_member.id"), default=None)
    gross_payoff: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    waived: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    down_payment: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    principal: Mapped[Decimal] = mapped_column(Money())
    interest_rate: Mapped[Decimal] = mapped_column(Rate())  # % a year
    method: Mapped[RepaymentMethod] = mapped_column(EnumText(RepaymentMethod))
    term_months: Mapped[int]
    installment: Mapped[Decimal] = mapped_column(Money())
    total_interest: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    apr: Mapped[Decimal | None] = mapped_column(Rate(), default=None)
    first_due_date: Mapped[date | None] = mapped_column(default=None)
    signing_date: Mapped[date | None] = mapped_column(default=None)
    signing_place: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[ContractStatus] = mapped_column(EnumText(ContractStatus), default=ContractStatus.DRAFT)
    amends_contract_id: Mapped[str | None] = mapped_column(ForeignKey("consolidation_contract.id"), default=None)
    notes: Mapped[str] = mapped_column(Text, default="")
    # SHA-256 of the signed contract's content (domain/contract_hash), printed in its QR code; "" until signed
    content_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")


class ContractParty(SyncedRecord, Base):
    __tablename__ = "contract_party"

    contract_id: Mapped[str] = mapped_column(ForeignKey("consolidation_contract.id"), index=True)
    role: Mapped[PartyRole] = mapped_column(EnumText(PartyRole))
    member_id: Mapped[str | None] = mapped_column(ForeignKey("household_member.id"), default=None)
    full_name: Mapped[str] = mapped_column(String(200))
    citizen_id: Mapped[str] = mapped_column(String(13), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(default=0)


class TransferLine(SyncedRecord, Base):
    __tablename__ = "transfer_line"

    contract_id: Mapped[str] = mapped_column(ForeignKey("consolidation_contract.id"), index=True)
    source_debt_id: Mapped[str] = mapped_column(ForeignKey("debt.id"), index=True)
    source_fund_id: Mapped[str | None] = mapped_column(ForeignKey("member_fund.id"), default=None)
    source_creditor: Mapped[str] = mapped_column(String(200), default="")
    source_contract_no: Mapped[str] = mapped_column(String(60), default="")
    principal: Mapped[Decimal] = mapped_column(Money())
    interest: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    penalty: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    interest_waived: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    penalty_waived: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    amount_transferred: Mapped[Decimal] = mapped_column(Money())


class ScheduleLine(SyncedRecord, Base):
    __tablename__ = "schedule_line"
    __table_args__ = (UniqueConstraint("contract_id", "seq"),)

    contract_id: Mapped[str] = mapped_column(ForeignKey("consolidation_contract.id"), index=True)
    seq: Mapped[int]
    due_date: Mapped[date]
    installment: Mapped[Decimal] = mapped_column(Money())
    principal: Mapped[Decimal] = mapped_column(Money())
    interest: Mapped[Decimal] = mapped_column(Money())
    balance_after: Mapped[Decimal] = mapped_column(Money())


class Repayment(SyncedRecord, Base):
    __tablename__ = "repayment"

    contract_id: Mapped[str] = mapped_column(ForeignKey("consolidation_contract.id"), index=True)
    paid_on: Mapped[date]
    amount: Mapped[Decimal] = mapped_column(Money())
    principal: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    interest: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    penalty: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    receipt_no: Mapped[str] = mapped_column(String(60), default="")
    note: Mapped[str] = mapped_column(String(200), default="")
    # a correction is a new entry with the opposite amounts that names the entry it reverses
    reverses_id: Mapped[str | None] = mapped_column(ForeignKey("repayment.id"), default=None)


class LifeDevelopmentPlan(SyncedRecord, Base):
    __tablename__ = "life_development_plan"
    __table_args__ = (UniqueConstraint("household_id", "fiscal_year"),)

    household_id: Mapped[str] = mapped_column(ForeignKey("household.id"), index=True)
    fiscal_year: Mapped[int]
    made_on: Mapped[date | None] = mapped_column(default=None)
    goals: Mapped[str] = mapped_column(Text, default="")
    savings_target_monthly: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    status: Mapped[PlanStatus] = mapped_column(EnumText(PlanStatus), default=PlanStatus.DRAFT)
    notes: Mapped[str] = mapped_column(Text, default="")


class LifePlanItem(SyncedRecord, Base):
    __tablename__ = "life_plan_item"

    plan_id: Mapped[str] = mapped_column(ForeignKey("life_development_plan.id"), index=True)
    kind: Mapped[LifePlanItemKind] = mapped_column(EnumText(LifePlanItemKind))
    description: Mapped[str] = mapped_column(Text)
    amount_monthly: Mapped[Decimal | None] = mapped_column(Money(), default=None)
    target_date: Mapped[date | None] = mapped_column(default=None)
    sort_order: Mapped[int] = mapped_column(default=0)


class LifePlanFollowUp(SyncedRecord, Base):
    __tablename__ = "life_plan_follow_up"

    plan_id: Mapped[str] = mapped_column(ForeignKey("life_development_plan.id"), index=True)
    visited_on: Mapped[date]
    savings_to_date: Mapped[Decimal | None] = mapped_column(Money(), default=None)
    note: Mapped[str] = mapped_column(Text, default="")
