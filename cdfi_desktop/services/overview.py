"""Read queries for the overview screen: each institute with its member funds and register totals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cdfi_desktop.db import models as m
from cdfi_desktop.domain.enums import Cohort, DebtStatus, FundType


@dataclass(frozen=True)
class FundRow:
    name: str
    fund_type: FundType
    members_count: int
    capital: Decimal
    lending_limit: Decimal | None
    interest_rate: Decimal | None
    max_term_months: int | None


@dataclass(frozen=True)
class InstituteOverview:
    id: str
    name: str
    cohort: Cohort
    founding_date: date | None
    province_code: str
    district_code: str
    subdistrict_code: str
    households: int
    members: int
    open_debts: int
    outstanding: Decimal
    debts_over_90_days: int
    funds: tuple[FundRow, ...]


def institute_overviews(session: Session) -> list[InstituteOverview]:
    """Every live institute with its live funds and the totals of its registers, in a handful of queries."""
    institutes = session.execute(
        select(m.Institute).where(m.Institute.deleted_at.is_(None)).order_by(m.Institute.name)
    ).scalars().all()
    result = []
    for inst in institutes:
        live_households = (
            select(m.Household.id)
            .where(m.Household.institute_id == inst.id, m.Household.deleted_at.is_(None))
            .scalar_subquery()
        )
        households = session.scalar(
            select(func.count()).select_from(m.Household)
            .where(m.Household.institute_id == inst.id, m.Household.deleted_at.is_(None))
        ) or 0
        members = session.scalar(
            select(func.count()).select_from(m.HouseholdMember)
            .where(m.HouseholdMember.household_id.in_(live_households), m.HouseholdMember.deleted_at.is_(None))
        ) or 0
        open_debt = (
            m.Debt.household_id.in_(live_households), m.Debt.deleted_at.is_(None), m.Debt.status == DebtStatus.OPEN
        )
        open_debts, outstanding, over_90 = session.execute(
            select(
                func.count(), func.sum(m.Debt.outstanding), func.count().filter(m.Debt.days_overdue > 90)
            ).where(*open_debt)
        ).one()
        funds = session.execute(
            select(m.MemberFund)
            .where(m.MemberFund.institute_id == inst.id, m.MemberFund.deleted_at.is_(None))
            .order_by(m.MemberFund.name)
        ).scalars().all()
        result.append(InstituteOverview(
            id=inst.id, name=inst.name, cohort=inst.cohort, founding_date=inst.founding_date,
            province_code=inst.province_code, district_code=inst.district_code,
            subdistrict_code=inst.subdistrict_code, households=households, members=members,
            open_debts=open_debts, outstanding=outstanding if outstanding is not None else Decimal("0.00"),
            debts_over_90_days=int(over_90),
            funds=tuple(
                FundRow(name=f.name, fund_type=f.fund_type, members_count=f.members_count, capital=f.capital,
                        lending_limit=f.lending_limit, interest_rate=f.interest_rate,
                        max_term_months=f.max_term_months)
                for f in funds
            ),
        ))
    return result


def institute_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(m.Institute).where(m.Institute.deleted_at.is_(None))) or 0
