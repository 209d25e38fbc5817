"""The two registers: households with their debt status, and every debt of every household.

Reads are plain table queries returning frozen rows; a register first asks for the ordered ids that match
its filter (sorting and filtering happen in SQL) and then for the rows of the ids it shows, so a list of a
hundred thousand debts never becomes a hundred thousand objects. Writes are use cases taking a unit of work
and checking the domain's register rules; nothing is saved while an error stands.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import ColumnElement, Select, exists, func, or_, select
from sqlalchemy.orm import Session

from cdfi_desktop.db import models as m
from cdfi_desktop.db.base import table_of
from cdfi_desktop.domain.citizen_id import normalize_citizen_id
from cdfi_desktop.domain.enums import (
    CreditorKind,
    DebtPurpose,
    DebtStatus,
)
from cdfi_desktop.domain.register_rules import (
    FundRules,
)
from cdfi_desktop.domain.thai_digits import to_arabic_digits

HH, MEMBER, DEBT = table_of(m.Household), table_of(m.HouseholdMember), table_of(m.Debt)
VILLAGE, FUND, FINANCE = table_of(m.Village), table_of(m.MemberFund), table_of(m.HouseholdFinance)


class HouseholdSort(StrEnum):
    CODE = "code"
    HOUSE_NO = "house_no"
    VILLAGE = "village"
    HEAD = "head"
    MEMBERS = "members"
    OPEN_DEBTS = "open_debts"
    TOTAL_DEBT = "total_debt"
    WORST_OVERDUE = "worst_overdue"


class DebtSort(StrEnum):
    HOUSEHOLD = "household"
    DEBTOR = "debtor"
    CREDITOR = "creditor"
    CONTRACT_DATE = "contract_date"
    PRINCIPAL = "principal"
    OUTSTANDING = "outstanding"
    INSTALLMENT = "installment"
    DAYS_OVERDUE = "days_overdue"
    STATUS = "status"


@dataclass(frozen=True)
class HouseholdRow:
    id: str
    code: str
    house_no: str
    village_no: int | None
    village_name: str
    head_name: str
    head_citizen_id: str
    phone: str
    members: int
    open_debts: int
    total_debt: Decimal
    monthly_installments: Decimal
    worst_days_overdue: int


@dataclass(frozen=True)
class DebtRow:
    id: str
    household_id: str
    household_code: str
    house_no: str
    village_no: int | None
    debtor_name: str
    debtor_citizen_id: str
    creditor_kind: CreditorKind
    member_fund_id: str | None
    creditor: str
    contract_no: str
    contract_date: date | None
    due_date: date | None
    principal: Decimal
    outstanding: Decimal
    interest_rate: Decimal | None
    installment: Decimal | None
    term_months: int | None
    days_overdue: int
    purpose: DebtPurpose | None
    status: DebtStatus


# -- filters -----------------------------------------------------------------------------------------------------
def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _household_text_match(text: str) -> ColumnElement[bool]:
    """Households whose code, house no., village, or any member's name or citizen ID contains ``text``."""
    text = to_arabic_digits(text.strip())
    pattern = _like(text)
    digits = normalize_citizen_id(text)
    member_match = [
        MEMBER.c.first_name.like(pattern, escape="\\"),
        MEMBER.c.last_name.like(pattern, escape="\\"),
        (MEMBER.c.title + MEMBER.c.first_name + " " + MEMBER.c.last_name).like(pattern, escape="\\"),
        (MEMBER.c.first_name + " " + MEMBER.c.last_name).like(pattern, escape="\\"),
    ]
    if digits.isdigit():
        member_match.append(MEMBER.c.citizen_id.like(_like(digits), escape="\\"))
    return or_(
        HH.c.code.like(pattern, escape="\\"),
        HH.c.house_no.like(pattern, escape="\\"),
        HH.c.phone.like(pattern, escape="\\"),
        HH.c.village_id.in_(select(VILLAGE.c.id).where(VILLAGE.c.name.like(pattern, escape="\\"))),
        exists().where(MEMBER.c.household_id == HH.c.id, MEMBER.c.deleted_at.is_(None), or_(*member_match)),
    )


def _open_debt_totals() -> Select[tuple[str, int, Decimal, Decimal, int]]:
    return (
        select(
            DEBT.c.household_id,
            func.count().label("open_debts"),
            func.sum(DEBT.c.outstanding).label("total_debt"),
            func.sum(DEBT.c.installment).label("installments"),
            func.max(DEBT.c.days_overdue).label("worst"),
        )
        .where(DEBT.c.deleted_at.is_(None), DEBT.c.status == DebtStatus.OPEN)
        .group_by(DEBT.c.household_id)
    )


def _head() -> Select[tuple[str, str, str, str, str]]:
    return select(
        MEMBER.c.household_id, MEMBER.c.title, MEMBER.c.first_name, MEMBER.c.last_name, MEMBER.c.citizen_id
    ).where(MEMBER.c.is_head.is_(True), MEMBER.c.deleted_at.is_(None))


# -- household register ------------------------------------------------------------------------------------------
def household_ids(
    session: Session,
    *,
    institute_id: str,
    text: str = "",
    sort: HouseholdSort = HouseholdSort.CODE,
    descending: bool = False,
) -> list[str]:
    """Ids of the institute's live households matching ``text``, in the asked order (sorted in SQL)."""
    query = select(HH.c.id).where(HH.c.institute_id == institute_id, HH.c.deleted_at.is_(None))
    if text.strip():
        query = query.where(_household_text_match(text))
    key: ColumnElement[object]
    if sort in (HouseholdSort.OPEN_DEBTS, HouseholdSort.TOTAL_DEBT, HouseholdSort.WORST_OVERDUE):
        totals = _open_debt_totals().subquery()
        query = query.outerjoin(totals, totals.c.household_id == HH.c.id)
        column = {"open_debts": totals.c.open_debts, "total_debt": totals.c.total_debt, "worst_overdue": totals.c.worst}
        key = func.coalesce(column[sort.value], 0)
    elif sort is HouseholdSort.HEAD:
        head = _head().subquery()
        query = query.outerjoin(head, head.c.household_id == HH.c.id)
        key = func.coalesce(head.c.first_name, "") + " " + func.coalesce(head.c.last_name, "")
    elif sort is HouseholdSort.VILLAGE:
        query = query.outerjoin(VILLAGE, VILLAGE.c.id == HH.c.village_id)
        key = func.coalesce(VILLAGE.c.village_no, 0)
    elif sort is HouseholdSort.MEMBERS:
        key = (
            select(func.count())
            .where(MEMBER.c.household_id == HH.c.id, MEMBER.c.deleted_at.is_(None))
            .scalar_subquery()
        )
    elif sort is HouseholdSort.HOUSE_NO:
        key = HH.c.house_no
    else:
        key = HH.c.code
    order = key.desc() if descending else key.asc()
    return list(session.scalars(query.order_by(order, HH.c.code, HH.c.id)))


def household_rows(session: Session, ids: Sequence[str]) -> list[HouseholdRow]:
    """The rows of the given households, in the order given."""
    if not ids:
        return []
    totals = _open_debt_totals().where(DEBT.c.household_id.in_(ids)).subquery()
    head = _head().where(MEMBER.c.household_id.in_(ids)).subquery()
    members = (
        select(MEMBER.c.household_id, func.count().label("n"))
        .where(MEMBER.c.household_id.in_(ids), MEMBER.c.deleted_at.is_(None))
        .group_by(MEMBER.c.household_id)
        .subquery()
    )
    query = (
        select(
            HH.c.id,
            HH.c.code,
            HH.c.house_no,
            HH.c.phone,
            VILLAGE.c.village_no,
            VILLAGE.c.name,
            head.c.title,
            head.c.first_name,
            head.c.last_name,
            head.c.citizen_id,
            members.c.n,
            totals.c.open_debts,
            totals.c.total_debt,
            totals.c.installments,
            totals.c.worst,
        )
        .select_from(HH)
        .outerjoin(VILLAGE, VILLAGE.c.id == HH.c.village_id)
        .outerjoin(head, head.c.household_id == HH.c.id)
        .outerjoin(members, members.c.household_id == HH.c.id)
        .outerjoin(totals, totals.c.household_id == HH.c.id)
        .where(HH.c.id.in_(ids))
    )
    zero = Decimal("0.00")
    by_id = {
        r.id: HouseholdRow(
            id=r.id,
            code=r.code,
            house_no=r.house_no,
            village_no=r.village_no,
            village_name=r.name or "",
            head_name=f"{r.title or ''}{r.first_name or ''} {r.last_name or ''}".strip(),
            head_citizen_id=r.citizen_id or "",
            phone=r.phone,
            members=r.n or 0,
            open_debts=r.open_debts or 0,
            total_debt=r.total_debt if r.total_debt is not None else zero,
            monthly_installments=r.installments if r.installments is not None else zero,
            worst_days_overdue=r.worst or 0,
        )
        for r in session.execute(query)
    }
    return [by_id[i] for i in ids if i in by_id]


# -- debt register -----------------------------------------------------------------------------------------------
def debt_ids(
    session: Session,
    *,
    institute_id: str,
    household_id: str | None = None,
    fund_id: str | None = None,
    creditor_kind: CreditorKind | None = None,
    statuses: Sequence[DebtStatus] = (DebtStatus.OPEN,),
    text: str = "",
    sort: DebtSort = DebtSort.HOUSEHOLD,
    descending: bool = False,
) -> list[str]:
    """Ids of the debts matching the filters, in the asked order (sorted in SQL)."""
    query = (
        select(DEBT.c.id)
        .select_from(DEBT)
        .join(HH, HH.c.id == DEBT.c.household_id)
        .where(HH.c.institute_id == institute_id, HH.c.deleted_at.is_(None), DEBT.c.deleted_at.is_(None))
    )
    if statuses:
        query = query.where(DEBT.c.status.in_([s.value for s in statuses]))
    if household_id:
        query = query.where(DEBT.c.household_id == household_id)
    if fund_id:
        query = query.where(DEBT.c.member_fund_id == fund_id)
    if creditor_kind:
        query = query.where(DEBT.c.creditor_kind == creditor_kind.value)
    if text.strip():
        pattern = _like(to_arabic_digits(text.strip()))
        matching_households = select(HH.c.id).where(HH.c.institute_id == institute_id, _household_text_match(text))
        query = query.where(
            or_(
                DEBT.c.contract_no.like(pattern, escape="\\"),
                DEBT.c.creditor_name.like(pattern, escape="\\"),
                DEBT.c.member_fund_id.in_(select(FUND.c.id).where(FUND.c.name.like(pattern, escape="\\"))),
                DEBT.c.household_id.in_(matching_households),
            )
        )
    key: ColumnElement[object]
    if sort in (DebtSort.DEBTOR, DebtSort.HOUSEHOLD):
        debtor = MEMBER.alias("debtor")
        query = query.outerjoin(debtor, debtor.c.id == DEBT.c.debtor_member_id)
        key = HH.c.code if sort is DebtSort.HOUSEHOLD else func.coalesce(debtor.c.first_name, "")
    elif sort is DebtSort.CREDITOR:
        query = query.outerjoin(FUND, FUND.c.id == DEBT.c.member_fund_id)
        key = func.coalesce(FUND.c.name, DEBT.c.creditor_name)
    else:
        key = {
            DebtSort.CONTRACT_DATE: DEBT.c.contract_date,
            DebtSort.PRINCIPAL: DEBT.c.principal,
            DebtSort.OUTSTANDING: DEBT.c.outstanding,
            DebtSort.INSTALLMENT: DEBT.c.installment,
            DebtSort.DAYS_OVERDUE: DEBT.c.days_overdue,
            DebtSort.STATUS: DEBT.c.status,
        }[sort]
    order = key.desc() if descending else key.asc()
    return list(session.scalars(query.order_by(order, DEBT.c.household_id, DEBT.c.id)))


def debt_rows(session: Session, ids: Sequence[str]) -> list[DebtRow]:
    """The rows of the given debts, in the order given; the debtor is the borrowing member, else the head."""
    if not ids:
        return []
    debtor = MEMBER.alias("debtor")
    head = _head().subquery()
    query = (
        select(
            DEBT,
            HH.c.code,
            HH.c.house_no,
            VILLAGE.c.village_no,
            FUND.c.name.label("fund_name"),
            debtor.c.title,
            debtor.c.first_name,
            debtor.c.last_name,
            debtor.c.citizen_id.label("debtor_cid"),
            head.c.title.label("h_title"),
            head.c.first_name.label("h_first"),
            head.c.last_name.label("h_last"),
            head.c.citizen_id.label("h_cid"),
        )
        .select_from(DEBT)
        .join(HH, HH.c.id == DEBT.c.household_id)
        .outerjoin(VILLAGE, VILLAGE.c.id == HH.c.village_id)
        .outerjoin(FUND, FUND.c.id == DEBT.c.member_fund_id)
        .outerjoin(debtor, debtor.c.id == DEBT.c.debtor_member_id)
        .outerjoin(head, head.c.household_id == DEBT.c.household_id)
        .where(DEBT.c.id.in_(ids))
    )
    by_id = {}
    for r in session.execute(query):
        if r.first_name:
            name, cid = f"{r.title}{r.first_name} {r.last_name}".strip(), r.debtor_cid
        else:
            name, cid = f"{r.h_title or ''}{r.h_first or ''} {r.h_last or ''}".strip(), r.h_cid or ""
        by_id[r.id] = DebtRow(
            id=r.id,
            household_id=r.household_id,
            household_code=r.code,
            house_no=r.house_no,
            village_no=r.village_no,
            debtor_name=name,
            debtor_citizen_id=cid,
            creditor_kind=r.creditor_kind,
            member_fund_id=r.member_fund_id,
            creditor=r.fund_name or r.creditor_name,
            contract_no=r.contract_no,
            contract_date=r.contract_date,
            due_date=r.due_date,
            principal=r.principal,
            outstanding=r.outstanding,
            interest_rate=r.interest_rate,
            installment=r.installment,
            term_months=r.term_months,
            days_overdue=r.days_overdue,
            purpose=r.purpose,
            status=r.status,
        )
    return [by_id[i] for i in ids if i in by_id]


@dataclass(frozen=True)
class RegisterTotals:
    rows: int
    principal: Decimal
    outstanding: Decimal
    installments: Decimal


def debt_totals(session: Session, ids: Sequence[str]) -> RegisterTotals:
    """Totals of the listed debts (for a register's footer and printed totals)."""
    zero = Decimal("0.00")
    principal, outstanding, installments, count = zero, zero, zero, 0
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        row = session.execute(
            select(
                func.sum(DEBT.c.principal), func.sum(DEBT.c.outstanding), func.sum(DEBT.c.installment), func.count()
            ).where(DEBT.c.id.in_(chunk))
        ).one()
        principal += row[0] or zero
        outstanding += row[1] or zero
        installments += row[2] or zero
        count += row[3]
    return RegisterTotals(rows=count, principal=principal, outstanding=outstanding, installments=installments)


def first_institute_id(session: Session) -> str | None:
    inst = table_of(m.Institute)
    return session.scalar(select(inst.c.id).where(inst.c.deleted_at.is_(None)).order_by(inst.c.name).limit(1))


@dataclass(frozen=True)
class Choice:
    id: str
    name: str


def villages(session: Session, *, institute_id: str) -> list[Choice]:
    """The villages the institute's households live in, and those typed for its subdistrict."""
    inst = table_of(m.Institute)
    subdistrict = select(inst.c.subdistrict_code).where(inst.c.id == institute_id).scalar_subquery()
    used = select(HH.c.village_id).where(HH.c.institute_id == institute_id)
    rows = session.execute(
        select(VILLAGE.c.id, VILLAGE.c.village_no, VILLAGE.c.name)
        .where(VILLAGE.c.deleted_at.is_(None), or_(VILLAGE.c.subdistrict_code == subdistrict, VILLAGE.c.id.in_(used)))
        .order_by(VILLAGE.c.village_no, VILLAGE.c.name)
    )
    return [Choice(r.id, f"{r.village_no} {r.name}") for r in rows]


def fund_choices(session: Session, *, institute_id: str) -> list[tuple[Choice, FundRules]]:
    rows = session.execute(
        select(FUND).where(FUND.c.institute_id == institute_id, FUND.c.deleted_at.is_(None)).order_by(FUND.c.name)
    )
    return [
        (
            Choice(r.id, r.name),
            FundRules(
                name=r.name,
                can_lend=r.can_lend,
                lending_limit=r.lending_limit,
                max_term_months=r.max_term_months,
                bylaw_notes=r.bylaw_notes,
            ),
        )
        for r in rows
    ]
