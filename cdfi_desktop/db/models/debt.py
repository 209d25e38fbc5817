"""Every debt of every household, inside the institute (member funds) and outside.

Tables:
- ``debt``: one debt: creditor (a member fund, or an outside creditor with its kind), contract no.,
  dates, principal, outstanding balance, rate, installment, days overdue, purpose and status; and, for a debt
  owed outside the institute, the day a rescheduling was agreed with the creditor and its terms (criterion 3).
- ``debt_guarantor``: a person guaranteeing a debt (a household member or someone else).
- ``debt_status_change``: the history of a debt's status (open → closed / transferred) with the reason
  and, for a transfer, the consolidation contract that took it over.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cdfi_desktop.db.base import Base, SyncedRecord
from cdfi_desktop.db.types import EnumText, Money, Rate
from cdfi_desktop.domain.enums import CreditorKind, DebtPurpose, DebtStatus


class Debt(SyncedRecord, Base):
    __tablename__ = "debt"

    household_id: Mapped[str] = mapped_column(ForeignKey("household.id"), index=True)
    debtor_member_id: Mapped[str | None] = mapped_column(ForeignKey("household_member.id"), default=None)
    creditor_kind: Mapped[CreditorKind] = mapped_column(EnumText(CreditorKind), index=True)
    member_fund_id: Mapped[str | None] = mapped_column(ForeignKey("member_fund.id"), index=True, default=None)
    creditor_name: Mapped[str] = mapped_column(String(200), default="")  # outside creditors
    contract_no: Mapped[str] = mapped_column(String(60), default="")
    contract_date: Mapped[date | None] = mapped_column(default=None)
    due_date: Mapped[date | None] = mapped_column(default=None)
    principal: Mapped[Decimal] = mapped_column(Money())
    outstanding: Mapped[Decimal] = mapped_column(Money())
    interest_rate: Mapped[Decimal | None] = mapped_column(Rate(), default=None)  # % a year
    installment: Mapped[Decimal | None] = mapped_column(Money(), default=None)  # per month
    term_months: Mapped[int | None] = mapped_column(default=None)
    days_overdue: Mapped[int] = mapped_column(default=0)
    purpose: Mapped[DebtPurpose | None] = mapped_column(EnumText(DebtPurpose), default=None)
    status: Mapped[DebtStatus] = mapped_column(EnumText(DebtStatus), default=DebtStatus.OPEN, index=True)
    closed_date: Mapped[date | None] = mapped_column(default=None)
    notes: Mapped[str] = mapped_column(Text, default="")
    # A rescheduling (restructuring, composition) agreed with an outside creditor: the day it was agreed (None:
    # none recorded) and its terms in short. Member-fund debts are restructured by a 1HH1C contract instead.
    rescheduled_on: Mapped[date | None] = mapped_column(default=None)
    rescheduling_terms: Mapped[str] = mapped_column(String(300), default="")
    # Derived and local (never synced): the household's search text plus creditor, fund and contract no.
    search_text: Mapped[str] = mapped_column(Text, default="", info={"derived": True})

    guarantors: Mapped[list[DebtGuarantor]] = relationship(back_populates="debt")


class DebtGuarantor(SyncedRecord, Base):
    __tablename__ = "debt_guarantor"

    debt_id: Mapped[str] = mapped_column(ForeignKey("debt.id"), index=True)
    member_id: Mapped[str | None] = mapped_column(ForeignKey("household_member.id"), default=None)
    full_name: Mapped[str] = mapped_column(String(200))
    citizen_id: Mapped[str] = mapped_column(String(13), default="")
    relation_note: Mapped[str] = mapped_column(String(120), default="")

    debt: Mapped[Debt] = relationship(back_populates="guarantors")


class DebtStatusChange(SyncedRecord, Base):
    __tablename__ = "debt_status_change"

    debt_id: Mapped[str] = mapped_column(ForeignKey("debt.id"), index=True)
    from_status: Mapped[DebtStatus | None] = mapped_column(EnumText(DebtStatus))
    to_status: Mapped[DebtStatus] = mapped_column(EnumText(DebtStatus))
    changed_on: Mapped[date]
    reason: Mapped[str] = mapped_column(Text, default="")
    contract_id: Mapped[str | None] = mapped_column(ForeignKey("consolidation_contract.id"), default=None)
