"""The institute's set-up: read queries (details, committee, member funds, activities, area lists) and use cases.

Reads are plain table queries returning frozen rows and skip tombstoned records. Writes take a
:class:`UnitOfWork`, re-check the domain's institute rules (plus the ones that need the database or the
official area tables) and commit; nothing is saved while an error stands (:class:`ValidationFailed`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

import geothai
from sqlalchemy import CompoundSelect, Subquery, func, select
from sqlalchemy.orm import Session

from cdfi_desktop.db import models as m
from cdfi_desktop.db.base import table_of
from cdfi_desktop.domain.citizen_id import normalize_citizen_id
from cdfi_desktop.domain.enums import (
    ActivityKind,
    ActivityStatus,
    Cohort,
    CommitteeRole,
    ContractStatus,
    DebtStatus,
    FundType,
    InstituteLevel,
)
from cdfi_desktop.domain.institute_rules import (
    ActivityFacts,
    CommitteeMemberFacts,
    InstituteFacts,
    MemberFundFacts,
    check_activity,
    check_committee_member,
    check_institute,
    check_member_fund,
)
from cdfi_desktop.domain.register_rules import Issue, blocking
from cdfi_desktop.services.errors import NotFound, ValidationFailed
from cdfi_desktop.services.uow import UnitOfWork

INST, COMMITTEE, FUND = table_of(m.Institute), table_of(m.CommitteeMember), table_of(m.MemberFund)
ACTIVITY, DEBT, HH = table_of(m.ProgramActivity), table_of(m.Debt), table_of(m.Household)
CONTRACT = table_of(m.ConsolidationContract)

# Codes of the refusals and checks only this service makes (the domain's are in institute_rules.CODES).
AREA_FIELDS = frozenset({"province_code", "district_code", "subdistrict_code"})
SERVICE_CODES = ("area_unknown", "core_fund_invalid", "fund_has_open_debts", "fund_is_core")


# -- rows ---------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class InstituteSummary:
    id: str
    name: str
    province_code: str
    district_code: str
    subdistrict_code: str


@dataclass(frozen=True)
class InstituteDetail:
    id: str
    name: str
    code: str
    level: InstituteLevel
    cohort: Cohort
    cohort_fiscal_year: int | None
    founding_date: date | None
    province_code: str
    district_code: str
    subdistrict_code: str
    address: str
    phone: str
    notes: str
    core_fund_id: str | None


@dataclass(frozen=True)
class CommitteeRow:
    id: str
    full_name: str
    role: CommitteeRole
    citizen_id: str
    phone: str
    term_start: date | None
    term_end: date | None
    sort_order: int


@dataclass(frozen=True)
class MemberFundRow:
    id: str
    name: str
    fund_type: FundType
    founded_date: date | None
    members_count: int
    capital: Decimal
    can_lend: bool
    lending_limit: Decimal | None
    interest_rate: Decimal | None
    max_term_months: int | None
    bylaw_notes: str
    open_debts: int  # debts live households owe this fund now (open register debts, signed contracts it lent)


@dataclass(frozen=True)
class ActivityRow:
    id: str
    fiscal_year: int
    kind: ActivityKind
    title: str
    planned_date: date | None
    done_date: date | None
    status: ActivityStatus
    budget: Decimal
    spent: Decimal
    notes: str


@dataclass(frozen=True)
class InstitutePage:
    """Everything the institute screen shows for one institute, read in one go."""

    detail: InstituteDetail
    committee: tuple[CommitteeRow, ...]
    funds: tuple[MemberFundRow, ...]
    activities: tuple[ActivityRow, ...]


# -- reads --------------------------------------------------------------------------------------------------------
def institutes(session: Session) -> list[InstituteSummary]:
    """Every live institute, by name."""
    rows = session.execute(
        select(INST.c.id, INST.c.name, INST.c.province_code, INST.c.district_code, INST.c.subdistrict_code)
        .where(INST.c.deleted_at.is_(None))
        .order_by(INST.c.name, INST.c.id)
    ).all()
    return [InstituteSummary(**row._asdict()) for row in rows]


def institute_detail(session: Session, institute_id: str) -> InstituteDetail | None:
    """One live institute's details; None when there is no such institute (or it was removed)."""
    row = session.execute(
        select(
            INST.c.id,
            INST.c.name,
            INST.c.code,
            INST.c.level,
            INST.c.cohort,
            INST.c.cohort_fiscal_year,
            INST.c.founding_date,
            INST.c.province_code,
            INST.c.district_code,
            INST.c.subdistrict_code,
            INST.c.address,
            INST.c.phone,
            INST.c.notes,
            INST.c.core_fund_id,
        ).where(INST.c.id == institute_id, INST.c.deleted_at.is_(None))
    ).one_or_none()
    return None if row is None else InstituteDetail(**row._asdict())


def committee_members(session: Session, institute_id: str) -> list[CommitteeRow]:
    """The live committee of an institute, in its order (chair first as entered)."""
    rows = session.execute(
        select(
            COMMITTEE.c.id,
            COMMITTEE.c.full_name,
            COMMITTEE.c.role,
            COMMITTEE.c.citizen_id,
            COMMITTEE.c.phone,
            COMMITTEE.c.term_start,
            COMMITTEE.c.term_end,
            COMMITTEE.c.sort_order,
        )
        .where(COMMITTEE.c.institute_id == institute_id, COMMITTEE.c.deleted_at.is_(None))
        .order_by(COMMITTEE.c.sort_order, COMMITTEE.c.full_name, COMMITTEE.c.id)
    ).all()
    return [CommitteeRow(**row._asdict()) for row in rows]


def _owed_to_funds() -> CompoundSelect[Any]:
    """One row (``member_fund_id``) per debt a live household owes a member fund now: each open register debt,
    and each signed 1HH1C contract the fund lent (``services.obligations``: a household's debts now)."""
    debts = (
        select(DEBT.c.member_fund_id)
        .join(HH, HH.c.id == DEBT.c.household_id)
        .where(
            DEBT.c.deleted_at.is_(None),
            DEBT.c.status == DebtStatus.OPEN,
            DEBT.c.member_fund_id.is_not(None),
            HH.c.deleted_at.is_(None),
        )
    )
    contracts = (
        select(CONTRACT.c.lender_fund_id.label("member_fund_id"))
        .join(HH, HH.c.id == CONTRACT.c.household_id)
        .where(
            CONTRACT.c.deleted_at.is_(None),
            CONTRACT.c.status == ContractStatus.SIGNED,
            CONTRACT.c.lender_fund_id.is_not(None),
            HH.c.deleted_at.is_(None),
        )
    )
    return debts.union_all(contracts)


def _open_debts_by_fund() -> Subquery:
    owed = _owed_to_funds().subquery()
    return select(owed.c.member_fund_id, func.count().label("open_debts")).group_by(owed.c.member_fund_id).subquery()


def member_funds(session: Session, institute_id: str) -> list[MemberFundRow]:
    """The live member funds of an institute, by name, with the number of open debts owed to each."""
    debts = _open_debts_by_fund()
    rows = session.execute(
        select(
            FUND.c.id,
            FUND.c.name,
            FUND.c.fund_type,
            FUND.c.founded_date,
            FUND.c.members_count,
            FUND.c.capital,
            FUND.c.can_lend,
            FUND.c.lending_limit,
            FUND.c.interest_rate,
            FUND.c.max_term_months,
            FUND.c.bylaw_notes,
            func.coalesce(debts.c.open_debts, 0).label("open_debts"),
        )
        .outerjoin(debts, debts.c.member_fund_id == FUND.c.id)
        .where(FUND.c.institute_id == institute_id, FUND.c.deleted_at.is_(None))
        .order_by(FUND.c.name, FUND.c.id)
    ).all()
    return [MemberFundRow(**row._asdict()) for row in rows]


def program_activities(session: Session, institute_id: str) -> list[ActivityRow]:
    """The live program activities of an institute, newest fiscal year first, then by planned date."""
    rows = session.execute(
        select(
            ACTIVITY.c.id,
            ACTIVITY.c.fiscal_year,
            ACTIVITY.c.kind,
            ACTIVITY.c.title,
            ACTIVITY.c.planned_date,
            ACTIVITY.c.done_date,
            ACTIVITY.c.status,
            ACTIVITY.c.budget,
            ACTIVITY.c.spent,
            ACTIVITY.c.notes,
        )
        .where(ACTIVITY.c.institute_id == institute_id, ACTIVITY.c.deleted_at.is_(None))
        .order_by(
            ACTIVITY.c.fiscal_year.desc(),
            ACTIVITY.c.planned_date.is_(None),
            ACTIVITY.c.planned_date,
            ACTIVITY.c.kind,
            ACTIVITY.c.id,
        )
    ).all()
    return [ActivityRow(**row._asdict()) for row in rows]


def institute_page(session: Session, institute_id: str) -> InstitutePage | None:
    detail = institute_detail(session, institute_id)
    if detail is None:
        return None
    return InstitutePage(
        detail=detail,
        committee=tuple(committee_members(session, institute_id)),
        funds=tuple(member_funds(session, institute_id)),
        activities=tuple(program_activities(session, institute_id)),
    )


# -- official areas -----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class AreaChoice:
    code: str
    name_th: str
    name_en: str


@dataclass(frozen=True)
class AreaChoices:
    """Every province, its districts and their subdistricts (official codes and names), for cascading lists."""

    provinces: tuple[AreaChoice, ...]
    districts: dict[str, tuple[AreaChoice, ...]]  # by province code
    subdistricts: dict[str, tuple[AreaChoice, ...]]  # by district code


def area_choices() -> AreaChoices:
    """All official areas from geothai (loads its tables: call it off the UI thread)."""
    provinces = tuple(AreaChoice(p.code, p.name_th, p.name_en) for p in geothai.provinces())
    districts: dict[str, tuple[AreaChoice, ...]] = {}
    subdistricts: dict[str, tuple[AreaChoice, ...]] = {}
    for province in provinces:
        districts[province.code] = tuple(
            AreaChoice(d.code, d.name_th, d.name_en) for d in geothai.districts(province.code)
        )
        for district in districts[province.code]:
            subdistricts[district.code] = tuple(
                AreaChoice(s.code, s.name_th, s.name_en) for s in geothai.subdistricts(district.code)
            )
    return AreaChoices(provinces=provinces, districts=districts, subdistricts=subdistricts)


def check_area_known(*, province_code: str, district_code: str, subdistrict_code: str) -> list[Issue]:
    """Each given code names an official area of the level it is given for."""
    issues: list[Issue] = []
    for field_name, code, lookup in (
        ("province_code", province_code, geothai.province),
        ("district_code", district_code, geothai.district),
        ("subdistrict_code", subdistrict_code, geothai.subdistrict),
    ):
        if code and lookup(code) is None:
            issues.append(Issue("area_unknown", field_name, params={"area_code": code}))
    return issues


# -- forms --------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class InstituteForm:
    """An institute as typed: ``id`` None creates one."""

    id: str | None
    name: str
    code: str
    level: InstituteLevel
    cohort: Cohort
    cohort_fiscal_year: int | None
    founding_date: date | None
    province_code: str
    district_code: str
    subdistrict_code: str
    address: str = ""
    phone: str = ""
    notes: str = ""
    core_fund_id: str | None = None

    def facts(self) -> InstituteFacts:
        return InstituteFacts(
            name=self.name,
            code=self.code,
            level=self.level,
            cohort=self.cohort,
            cohort_fiscal_year=self.cohort_fiscal_year,
            founding_date=self.founding_date,
            province_code=self.province_code,
            district_code=self.district_code,
            subdistrict_code=self.subdistrict_code,
            phone=self.phone,
        )


@dataclass(frozen=True)
class CommitteeMemberForm:
    id: str | None
    institute_id: str
    full_name: str
    role: CommitteeRole | None
    citizen_id: str = ""
    phone: str = ""
    term_start: date | None = None
    term_end: date | None = None

    def facts(self) -> CommitteeMemberFacts:
        return CommitteeMemberFacts(
            full_name=self.full_name,
            role=self.role,
            citizen_id=self.citizen_id,
            phone=self.phone,
            term_start=self.term_start,
            term_end=self.term_end,
        )


@dataclass(frozen=True)
class MemberFundForm:
    id: str | None
    institute_id: str
    name: str
    fund_type: FundType | None
    founded_date: date | None = None
    members_count: int = 0
    capital: Decimal = Decimal("0.00")
    can_lend: bool = True
    lending_limit: Decimal | None = None
    interest_rate: Decimal | None = None
    max_term_months: int | None = None
    bylaw_notes: str = ""

    def facts(self) -> MemberFundFacts:
        return MemberFundFacts(
            name=self.name,
            fund_type=self.fund_type,
            founded_date=self.founded_date,
            members_count=self.members_count,
            capital=self.capital,
            can_lend=self.can_lend,
            lending_limit=self.lending_limit,
            interest_rate=self.interest_rate,
            max_term_months=self.max_term_months,
        )


@dataclass(frozen=True)
class ActivityForm:
    id: str | None
    institute_id: str
    fiscal_year: int | None
    kind: ActivityKind | None
    title: str = ""
    planned_date: date | None = None
    done_date: date | None = None
    status: ActivityStatus = ActivityStatus.PLANNED
    budget: Decimal = Decimal("0.00")
    spent: Decimal = Decimal("0.00")
    notes: str = ""

    def facts(self) -> ActivityFacts:
        return ActivityFacts(
            kind=self.kind,
            title=self.title,
            fiscal_year=self.fiscal_year,
            planned_date=self.planned_date,
            done_date=self.done_date,
            status=self.status,
            budget=self.budget,
            spent=self.spent,
        )


# -- checks that need the database --------------------------------------------------------------------------------
def _refuse(issues: list[Issue]) -> None:
    errors = blocking(issues)
    if errors:
        raise ValidationFailed(errors)


def _live(session: Session, model: type[Any], record_id: str | None) -> Any:
    """The live record with this id, or NotFound."""
    found = session.get(model, record_id) if record_id else None
    if found is None or found.deleted_at is not None:
        raise NotFound(record_id)
    return found


def _live_fund_of(session: Session, *, institute_id: str, fund_id: str) -> bool:
    return (
        session.scalar(
            select(func.count()).where(
                FUND.c.id == fund_id, FUND.c.institute_id == institute_id, FUND.c.deleted_at.is_(None)
            )
        )
        or 0
    ) > 0


def check_institute_form(session: Session, form: InstituteForm, *, today: date) -> list[Issue]:
    """The domain's institute rules, the official area tables, and a core fund that is one of its own funds."""
    issues = check_institute(form.facts(), today=today)
    if not any(i.field in AREA_FIELDS for i in issues):
        issues += check_area_known(
            province_code=form.province_code.strip(),
            district_code=form.district_code.strip(),
            subdistrict_code=form.subdistrict_code.strip(),
        )
    if form.core_fund_id is not None and (
        form.id is None or not _live_fund_of(session, institute_id=form.id, fund_id=form.core_fund_id)
    ):
        issues.append(Issue("core_fund_invalid", "core_fund_id"))
    return issues


# -- use cases ----------------------------------------------------------------------------------------------------
def save_institute(uow: UnitOfWork, form: InstituteForm, *, today: date) -> str:
    """Create or update an institute's details; returns its id."""
    session = uow.session
    _refuse(check_institute_form(session, form, today=today))
    if form.id is None:
        inst = m.Institute(cohort=form.cohort)
        session.add(inst)
    else:
        inst = _live(session, m.Institute, form.id)
    inst.name, inst.code = form.name.strip(), form.code.strip()
    inst.level, inst.cohort, inst.cohort_fiscal_year = form.level, form.cohort, form.cohort_fiscal_year
    inst.founding_date = form.founding_date
    inst.province_code = form.province_code.strip()
    inst.district_code = form.district_code.strip()
    inst.subdistrict_code = form.subdistrict_code.strip()
    inst.address, inst.phone, inst.notes = form.address.strip(), form.phone.strip(), form.notes.strip()
    inst.core_fund_id = form.core_fund_id
    session.flush()
    uow.commit()
    return str(inst.id)


def set_core_fund(uow: UnitOfWork, *, institute_id: str, fund_id: str | None) -> None:
    """Make one of the institute's live funds its core (แกนหลัก), or none."""
    session = uow.session
    inst = _live(session, m.Institute, institute_id)
    if fund_id is not None and not _live_fund_of(session, institute_id=institute_id, fund_id=fund_id):
        raise ValidationFailed([Issue("core_fund_invalid", "core_fund_id")])
    inst.core_fund_id = fund_id
    uow.commit()


def _next_sort_order(session: Session, institute_id: str) -> int:
    last = session.scalar(
        select(func.max(COMMITTEE.c.sort_order)).where(
            COMMITTEE.c.institute_id == institute_id, COMMITTEE.c.deleted_at.is_(None)
        )
    )
    return 0 if last is None else int(last) + 1


def save_committee_member(uow: UnitOfWork, form: CommitteeMemberForm, *, today: date) -> str:
    """Add a committee member (at the end of the list) or change one; returns the member's id."""
    session = uow.session
    _refuse(check_committee_member(form.facts(), today=today))
    assert form.role is not None  # checked above
    _live(session, m.Institute, form.institute_id)
    if form.id is None:
        member = m.CommitteeMember(
            institute_id=form.institute_id, sort_order=_next_sort_order(session, form.institute_id)
        )
        session.add(member)
    else:
        member = _live(session, m.CommitteeMember, form.id)
        if member.institute_id != form.institute_id:
            raise NotFound(form.id)
    member.full_name, member.role = form.full_name.strip(), form.role
    member.citizen_id = normalize_citizen_id(form.citizen_id) if form.citizen_id.strip() else ""
    member.phone = form.phone.strip()
    member.term_start, member.term_end = form.term_start, form.term_end
    session.flush()
    uow.commit()
    return str(member.id)


def remove_committee_member(uow: UnitOfWork, member_id: str) -> None:
    """Tombstone a committee member (kept for sync and the audit trail)."""
    session = uow.session
    session.delete(_live(session, m.CommitteeMember, member_id))
    uow.commit()


def save_member_fund(uow: UnitOfWork, form: MemberFundForm, *, today: date) -> str:
    """Add or change a member fund with its bylaws; returns the fund's id.

    The first fund of an institute without a core fund becomes its core (usually the savings group).
    """
    session = uow.session
    _refuse(check_member_fund(form.facts(), today=today))
    assert form.fund_type is not None  # checked above
    inst = _live(session, m.Institute, form.institute_id)
    if form.id is None:
        fund = m.MemberFund(institute_id=form.institute_id)
        session.add(fund)
    else:
        fund = _live(session, m.MemberFund, form.id)
        if fund.institute_id != form.institute_id:
            raise NotFound(form.id)
    fund.name, fund.fund_type, fund.founded_date = form.name.strip(), form.fund_type, form.founded_date
    fund.members_count, fund.capital, fund.can_lend = form.members_count, form.capital, form.can_lend
    lends = form.can_lend
    fund.lending_limit = form.lending_limit if lends else None
    fund.interest_rate = form.interest_rate if lends else None
    fund.max_term_months = form.max_term_months if lends else None
    fund.bylaw_notes = form.bylaw_notes.strip()
    session.flush()
    if inst.core_fund_id is None and form.id is None:
        inst.core_fund_id = fund.id
    uow.commit()
    return str(fund.id)


def open_debts_of_fund(session: Session, fund_id: str) -> int:
    """Debts live households owe the fund now: open register debts and signed 1HH1C contracts it lent."""
    owed = _owed_to_funds().subquery()
    return session.scalar(select(func.count()).select_from(owed).where(owed.c.member_fund_id == fund_id)) or 0


def remove_member_fund(uow: UnitOfWork, fund_id: str) -> None:
    """Tombstone a member fund; refused while open debts are owed to it or while it is the core fund."""
    session = uow.session
    fund = _live(session, m.MemberFund, fund_id)
    debts = open_debts_of_fund(session, fund_id)
    if debts:
        raise ValidationFailed([Issue("fund_has_open_debts", "id", params={"count": debts})])
    inst = session.get(m.Institute, fund.institute_id)
    if inst is not None and inst.core_fund_id == fund_id:
        raise ValidationFailed([Issue("fund_is_core", "id")])
    session.delete(fund)
    uow.commit()


def save_activity(uow: UnitOfWork, form: ActivityForm, *, today: date) -> str:
    """Add or change a program activity (workshop, founding, …) with its dates, status and budget."""
    session = uow.session
    _refuse(check_activity(form.facts(), today=today))
    assert form.kind is not None and form.fiscal_year is not None  # checked above
    _live(session, m.Institute, form.institute_id)
    if form.id is None:
        activity = m.ProgramActivity(institute_id=form.institute_id)
        session.add(activity)
    else:
        activity = _live(session, m.ProgramActivity, form.id)
        if activity.institute_id != form.institute_id:
            raise NotFound(form.id)
    activity.fiscal_year, activity.kind, activity.title = form.fiscal_year, form.kind, form.title.strip()
    activity.planned_date, activity.done_date, activity.status = form.planned_date, form.done_date, form.status
    activity.budget, activity.spent, activity.notes = form.budget, form.spent, form.notes.strip()
    session.flush()
    uow.commit()
    return str(activity.id)


def remove_activity(uow: UnitOfWork, activity_id: str) -> None:
    session = uow.session
    session.delete(_live(session, m.ProgramActivity, activity_id))
    uow.commit()
