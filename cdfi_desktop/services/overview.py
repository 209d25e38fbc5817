"""Read queries for the overview screen: each institute with its member funds and register totals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cdfi_desktop.db import models as m
from cdfi_desktop.db.base import table_of
from cdfi_desktop.domain.enums import Cohort, FundType
from cdfi_desktop.services import obligations


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
class RepeatedCitizenId:
    """A citizen ID registered for more than one live member of an institute (from before the rule was kept)."""

    citizen_id: str
    houses: tuple[tuple[str, int | None], ...]  # (house no., village no.) of each household it is registered in


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
    open_debts: int  # open register debts and signed 1HH1C contracts still owing (services/obligations.py)
    outstanding: Decimal
    debts_over_90_days: int
    funds: tuple[FundRow, ...]
    repeated_citizen_ids: tuple[RepeatedCitizenId, ...] = ()
    indebted_households: int = 0
    contracts: int = 0  # of the open debts, 1HH1C contracts


def institute_overviews(
    session: Session, *, institute_id: str | None = None, as_of: date | None = None
) -> list[InstituteOverview]:
    """Every live institute (or only ``institute_id``) with its live funds and the totals of its registers: its
    households' debts now (services/obligations.py), a signed 1HH1C contract's balance among them.

    Plain table queries returning frozen rows (no mapped objects), so the first screen does not wait for
    the whole mapping to be configured.
    """
    inst_t, fund_t, hh_t = table_of(m.Institute), table_of(m.MemberFund), table_of(m.Household)
    member_t = table_of(m.HouseholdMember)
    on = as_of or date.today()
    institutes = session.execute(
        select(
            inst_t.c.id,
            inst_t.c.name,
            inst_t.c.cohort,
            inst_t.c.founding_date,
            inst_t.c.province_code,
            inst_t.c.district_code,
            inst_t.c.subdistrict_code,
        )
        .where(inst_t.c.deleted_at.is_(None), *([inst_t.c.id == institute_id] if institute_id else []))
        .order_by(inst_t.c.name)
    ).all()
    result = []
    for inst in institutes:
        live_households = (
            select(hh_t.c.id).where(hh_t.c.institute_id == inst.id, hh_t.c.deleted_at.is_(None)).scalar_subquery()
        )
        households = (
            session.scalar(select(func.count()).where(hh_t.c.institute_id == inst.id, hh_t.c.deleted_at.is_(None))) or 0
        )
        members = (
            session.scalar(
                select(func.count()).where(
                    member_t.c.household_id.in_(live_households), member_t.c.deleted_at.is_(None)
                )
            )
            or 0
        )
        owed = obligations.institute_totals(session, inst.id, as_of=on)
        funds = session.execute(
            select(
                fund_t.c.name,
                fund_t.c.fund_type,
                fund_t.c.members_count,
                fund_t.c.capital,
                fund_t.c.lending_limit,
                fund_t.c.interest_rate,
                fund_t.c.max_term_months,
            )
            .where(fund_t.c.institute_id == inst.id, fund_t.c.deleted_at.is_(None))
            .order_by(fund_t.c.name)
        ).all()
        result.append(
            InstituteOverview(
                id=inst.id,
                name=inst.name,
                cohort=inst.cohort,
                founding_date=inst.founding_date,
                province_code=inst.province_code,
                district_code=inst.district_code,
                subdistrict_code=inst.subdistrict_code,
                households=households,
                members=members,
                open_debts=owed.debts,
                outstanding=owed.outstanding,
                debts_over_90_days=owed.over_90_days,
                indebted_households=owed.households,
                contracts=owed.contracts,
                funds=tuple(FundRow(**fund._asdict()) for fund in funds),
                repeated_citizen_ids=repeated_citizen_ids(session, institute_id=inst.id),
            )
        )
    return result


def repeated_citizen_ids(session: Session, *, institute_id: str) -> tuple[RepeatedCitizenId, ...]:
    """Citizen IDs registered for two or more live members of the institute, with their households' house numbers.

    The database refuses a new repeat; these are repeats a database held before that rule (they are also
    listed when the database is migrated), for the officer to correct in the household register.
    """
    hh_t, member_t, village_t = table_of(m.Household), table_of(m.HouseholdMember), table_of(m.Village)
    registered = (
        hh_t.c.institute_id == institute_id,
        hh_t.c.deleted_at.is_(None),
        member_t.c.deleted_at.is_(None),
        member_t.c.citizen_id != "",
    )
    live = (
        select(member_t.c.citizen_id, hh_t.c.house_no, village_t.c.village_no)
        .join(hh_t, hh_t.c.id == member_t.c.household_id)
        .outerjoin(village_t, village_t.c.id == hh_t.c.village_id)
        .where(*registered)
    )
    repeated = (
        select(member_t.c.citizen_id)
        .join(hh_t, hh_t.c.id == member_t.c.household_id)
        .where(*registered)
        .group_by(member_t.c.citizen_id)
        .having(func.count() > 1)
    )
    houses: dict[str, list[tuple[str, int | None]]] = {}
    for citizen_id, house_no, village_no in session.execute(
        live.where(member_t.c.citizen_id.in_(repeated)).order_by(
            member_t.c.citizen_id, village_t.c.village_no, hh_t.c.house_no
        )
    ):
        houses.setdefault(citizen_id, []).append((house_no, village_no))
    return tuple(RepeatedCitizenId(citizen_id=c, houses=tuple(h)) for c, h in houses.items())


def institute_count(session: Session) -> int:
    inst_t = table_of(m.Institute)
    return session.scalar(select(func.count()).where(inst_t.c.deleted_at.is_(None))) or 0
