"""Institutes and what they are made of.

Tables:
- ``fiscal_year_profile``: the program parameters of one fiscal year (30 target households, 4 training
  days, the 40,000-baht plan cap, ≥ 11 households at 1HH1C, the 75 % goal, report months, quarter
  deadlines and the classification thresholds), changeable by a province without a new release.
- ``village``: a village (หมู่ที่) typed in by the officer, inside an official subdistrict code.
- ``institute``: a Community Fund Management Institute, its area codes, cohort, founding date, core fund.
- ``committee_member``: the institute committee: names, roles and terms.
- ``program_activity``: the guideline's activities (committee workshop, founding, …) with dates and status.
- ``member_fund``: a fund that belongs to the institute, with its type, lending limit, rate, maximum
  term and bylaw notes.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cdfi_desktop.db.base import Base, SyncedRecord
from cdfi_desktop.db.types import EnumText, Money, Rate
from cdfi_desktop.domain.enums import (
    ActivityKind,
    ActivityStatus,
    Cohort,
    CommitteeRole,
    FundType,
    InstituteLevel,
)


class FiscalYearProfile(SyncedRecord, Base):
    __tablename__ = "fiscal_year_profile"
    __table_args__ = (UniqueConstraint("fiscal_year"),)

    fiscal_year: Mapped[int]  # Buddhist Era, e.g. 2560
    target_households: Mapped[int] = mapped_column(default=30)
    training_days: Mapped[int] = mapped_column(default=4)
    training_min_days_to_complete: Mapped[int] = mapped_column(default=4)
    plan_request_cap: Mapped[Decimal] = mapped_column(Money(), default=Decimal("40000.00"))
    min_households_1hh1c: Mapped[int] = mapped_column(default=11)
    institute_pass_goal_pct: Mapped[Decimal] = mapped_column(Rate(), default=Decimal("75"))
    national_goal_households: Mapped[int] = mapped_column(default=10000)
    report_months: Mapped[list[int]] = mapped_column(JSON, default=lambda: [4, 7])
    quarter_deadlines: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # Classification (see docs/DEBT-RULES.md); percentages and days.
    dsr_watch_pct: Mapped[Decimal] = mapped_column(Rate(), default=Decimal("25"))
    dsr_problem_pct: Mapped[Decimal] = mapped_column(Rate(), default=Decimal("50"))
    arrears_watch_days: Mapped[int] = mapped_column(default=30)
    arrears_problem_days: Mapped[int] = mapped_column(default=90)
    creditors_watch: Mapped[int] = mapped_column(default=3)
    affordability_k: Mapped[Decimal] = mapped_column(Rate(), default=Decimal("0.5"))
    target_dsr_pct: Mapped[Decimal] = mapped_column(Rate(), default=Decimal("40"))
    max_term_months: Mapped[int] = mapped_column(default=120)
    installment_step: Mapped[Decimal] = mapped_column(Money(), default=Decimal("10.00"))
    # What a repayment made before its installment's due date pays as interest: "scheduled" (the installment's
    # interest in the schedule) or "accrued" (the interest accrued to the payment date); domain.schedule.EarlyInterest.
    early_payment_interest: Mapped[str] = mapped_column(String(16), default="scheduled")
    notes: Mapped[str] = mapped_column(Text, default="")


class Village(SyncedRecord, Base):
    __tablename__ = "village"

    subdistrict_code: Mapped[str] = mapped_column(String(6), index=True)
    village_no: Mapped[int]  # หมู่ที่
    name: Mapped[str] = mapped_column(String(120))


class Institute(SyncedRecord, Base):
    __tablename__ = "institute"

    name: Mapped[str] = mapped_column(String(200))
    code: Mapped[str] = mapped_column(String(40), default="")  # CDD central-system code, if known
    level: Mapped[InstituteLevel] = mapped_column(EnumText(InstituteLevel), default=InstituteLevel.VILLAGE)
    cohort: Mapped[Cohort] = mapped_column(EnumText(Cohort))
    cohort_fiscal_year: Mapped[int | None] = mapped_column(default=None)  # B.E. year founded in the program
    founding_date: Mapped[date | None] = mapped_column(default=None)
    province_code: Mapped[str] = mapped_column(String(2), index=True)
    district_code: Mapped[str] = mapped_column(String(4), index=True)
    subdistrict_code: Mapped[str] = mapped_column(String(6))
    village_id: Mapped[str | None] = mapped_column(ForeignKey("village.id"), default=None)
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    core_fund_id: Mapped[str | None] = mapped_column(ForeignKey("member_fund.id", use_alter=True), default=None)
    notes: Mapped[str] = mapped_column(Text, default="")

    funds: Mapped[list[MemberFund]] = relationship(back_populates="institute", foreign_keys="MemberFund.institute_id")
    committee: Mapped[list[CommitteeMember]] = relationship(back_populates="institute")


class CommitteeMember(SyncedRecord, Base):
    __tablename__ = "committee_member"

    institute_id: Mapped[str] = mapped_column(ForeignKey("institute.id"), index=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[CommitteeRole] = mapped_column(EnumText(CommitteeRole))
    citizen_id: Mapped[str] = mapped_column(String(13), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    term_start: Mapped[date | None] = mapped_column(default=None)
    term_end: Mapped[date | None] = mapped_column(default=None)
    sort_order: Mapped[int] = mapped_column(default=0)

    institute: Mapped[Institute] = relationship(back_populates="committee")


class ProgramActivity(SyncedRecord, Base):
    __tablename__ = "program_activity"

    institute_id: Mapped[str] = mapped_column(ForeignKey("institute.id"), index=True)
    fiscal_year: Mapped[int]
    kind: Mapped[ActivityKind] = mapped_column(EnumText(ActivityKind))
    title: Mapped[str] = mapped_column(String(200), default="")
    planned_date: Mapped[date | None] = mapped_column(default=None)
    done_date: Mapped[date | None] = mapped_column(default=None)
    status: Mapped[ActivityStatus] = mapped_column(EnumText(ActivityStatus), default=ActivityStatus.PLANNED)
    budget: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    spent: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    notes: Mapped[str] = mapped_column(Text, default="")


class MemberFund(SyncedRecord, Base):
    __tablename__ = "member_fund"

    institute_id: Mapped[str] = mapped_column(ForeignKey("institute.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    fund_type: Mapped[FundType] = mapped_column(EnumText(FundType))
    founded_date: Mapped[date | None] = mapped_column(default=None)
    members_count: Mapped[int] = mapped_column(default=0)
    capital: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    can_lend: Mapped[bool] = mapped_column(default=True)
    lending_limit: Mapped[Decimal | None] = mapped_column(Money(), default=None)  # per borrower
    interest_rate: Mapped[Decimal | None] = mapped_column(Rate(), default=None)  # % a year
    max_term_months: Mapped[int | None] = mapped_column(default=None)
    bylaw_notes: Mapped[str] = mapped_column(Text, default="")

    institute: Mapped[Institute] = relationship(back_populates="funds", foreign_keys=[institute_id])
