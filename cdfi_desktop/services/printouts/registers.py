"""The two registers of guideline 4.3 built from the database (see ``reports/registers_data.py`` for what they
hold), and the title facts every printout of an institute shares.

Rows come from ``services.registers`` (ids first, rows in chunks), the institute from ``services.overview`` and
its area names from ``services.areas``; totals are summed in Decimal, once, and both writers print them.
Citizen IDs are masked (PDPA) unless the caller asks for them in full.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from cdfi_desktop.db import models as m
from cdfi_desktop.db.base import table_of
from cdfi_desktop.domain.classification import arrears_class
from cdfi_desktop.domain.enums import ContractStatus, CreditorKind, DebtStatus
from cdfi_desktop.domain.fiscal import fiscal_year_be
from cdfi_desktop.reports.registers_data import (
    LABELS,
    ZERO,
    DebtLine,
    DebtorRegister,
    DebtTotals,
    FundGroup,
    HouseholdLine,
    HouseholdRegister,
    HouseholdTotals,
    InstituteNotFound,
    RegisterHeading,
    format_area_line,
    show_citizen_id,
)
from cdfi_desktop.services import obligations
from cdfi_desktop.services import registers as reg
from cdfi_desktop.services.areas import area_names
from cdfi_desktop.services.overview import institute_overviews

__all__ = ["debtor_register", "household_register", "register_heading"]

_CHUNK = 500  # ids per IN (...) query: well under SQLite's bound-parameter limit


def register_heading(
    session: Session,
    *,
    institute_id: str,
    printed_on: date,
    fiscal_year: int | None = None,
    language: str = "th",
    full_citizen_ids: bool = False,
) -> RegisterHeading:
    """Title facts of the institute; the fiscal year (B.E.) defaults to the one the printing day falls in."""
    if language not in LABELS:
        language = "th"
    found = next(iter(institute_overviews(session, institute_id=institute_id)), None)
    if found is None:
        raise InstituteNotFound(institute_id)
    areas = area_names(
        province_code=found.province_code,
        district_code=found.district_code,
        subdistrict_code=found.subdistrict_code,
        language=language,
    )
    return RegisterHeading(
        institute_id=found.id,
        institute_name=found.name,
        province=areas.province,
        district=areas.district,
        subdistrict=areas.subdistrict,
        area_line=format_area_line(
            province_code=found.province_code,
            names=(areas.province, areas.district, areas.subdistrict),
            language=language,
        ),
        fiscal_year=fiscal_year if fiscal_year is not None else fiscal_year_be(printed_on),
        printed_on=printed_on,
        language=language,
        full_citizen_ids=full_citizen_ids,
    )


def _chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _debt_rows(session: Session, ids: Sequence[str]) -> list[reg.DebtRow]:
    return [row for chunk in _chunks(ids) for row in reg.debt_rows(session, chunk)]


def _debt_line(row: reg.DebtRow, *, no: int, full: bool) -> DebtLine:
    return DebtLine(
        no=no,
        debt_id=row.id,
        household_code=row.household_code,
        debtor_name=row.debtor_name,
        citizen_id=show_citizen_id(row.debtor_citizen_id, full=full),
        house_no=row.house_no,
        village_no=row.village_no,
        creditor=row.creditor,
        creditor_kind=row.creditor_kind,
        contract_no=row.contract_no,
        contract_date=row.contract_date,
        principal=row.principal,
        outstanding=row.outstanding,
        interest_rate=row.interest_rate,
        installment=row.installment,
        days_overdue=row.days_overdue,
        arrears=arrears_class(row.days_overdue),
    )


def _open_debts_by_household(session: Session, *, institute_id: str, full: bool) -> dict[str, tuple[DebtLine, ...]]:
    ids = reg.debt_ids(session, institute_id=institute_id, statuses=(DebtStatus.OPEN,), sort=reg.DebtSort.HOUSEHOLD)
    grouped: dict[str, list[reg.DebtRow]] = {}
    for row in _debt_rows(session, ids):
        grouped.setdefault(row.household_id, []).append(row)
    result = {}
    for household_id, rows in grouped.items():
        # Member funds first (inside the institute), then outside creditors; older contracts first.
        rows.sort(key=lambda r: (r.creditor_kind is not CreditorKind.MEMBER_FUND, r.contract_date or date.min))
        result[household_id] = tuple(_debt_line(r, no=i, full=full) for i, r in enumerate(rows, start=1))
    return result


def _contract_lines(
    session: Session, rows: Sequence[reg.HouseholdRow], *, heading: RegisterHeading, as_of: date
) -> dict[str, list[DebtLine]]:
    """Each household's signed 1HH1C contracts still owing, as debt lines (services/obligations.py)."""
    by_id = {r.id: r for r in rows}
    funds = {c.id: c.name for c, _rules in reg.fund_choices(session, institute_id=heading.institute_id)}
    found: dict[str, list[DebtLine]] = {}
    signed = obligations.signed_contracts(session, list(by_id), as_of=as_of)
    for household_id, contracts in signed.items():
        row = by_id[household_id]
        for c in contracts:
            if c.balance <= 0:
                continue
            lender = funds.get(c.lender_fund_id or "", heading.institute_name)
            found.setdefault(household_id, []).append(
                DebtLine(
                    no=0,
                    debt_id=c.id,
                    household_code=row.code,
                    debtor_name=row.head_name,
                    citizen_id=show_citizen_id(row.head_citizen_id, full=heading.full_citizen_ids),
                    house_no=row.house_no,
                    village_no=row.village_no,
                    creditor=heading.text("contract_1hh1c", lender=lender),
                    creditor_kind=CreditorKind.MEMBER_FUND,
                    contract_no=c.contract_no,
                    contract_date=c.signing_date,
                    principal=c.principal,
                    outstanding=c.balance,
                    interest_rate=c.interest_rate,
                    installment=c.installment,
                    days_overdue=c.days_overdue,
                    arrears=arrears_class(c.days_overdue),
                    consolidated=True,
                )
            )
    return found


def household_register(
    session: Session,
    *,
    institute_id: str,
    printed_on: date,
    fiscal_year: int | None = None,
    language: str = "th",
    full_citizen_ids: bool = False,
    with_debts: bool = False,
) -> HouseholdRegister:
    """Every live household of the institute in register order (household code), with its debts' totals on
    ``printed_on`` (services/obligations.py: its open register debts and its signed 1HH1C contract's balance);
    ``with_debts`` lists them under it, the contract first."""
    heading = register_heading(
        session,
        institute_id=institute_id,
        printed_on=printed_on,
        fiscal_year=fiscal_year,
        language=language,
        full_citizen_ids=full_citizen_ids,
    )
    ids = reg.household_ids(session, institute_id=institute_id, sort=reg.HouseholdSort.CODE)
    rows = [row for chunk in _chunks(ids) for row in reg.household_rows(session, chunk, as_of=printed_on)]
    debts = _open_debts_by_household(session, institute_id=institute_id, full=full_citizen_ids) if with_debts else {}
    if with_debts:
        for household_id, signed in _contract_lines(session, rows, heading=heading, as_of=printed_on).items():
            listed = [*signed, *debts.get(household_id, ())]
            debts[household_id] = tuple(replace(d, no=no) for no, d in enumerate(listed, start=1))
    lines = tuple(
        HouseholdLine(
            no=no,
            household_id=row.id,
            code=row.code,
            house_no=row.house_no,
            village_no=row.village_no,
            village_name=row.village_name,
            head_name=row.head_name,
            citizen_id=show_citizen_id(row.head_citizen_id, full=full_citizen_ids),
            members=row.members,
            open_debts=row.open_debts,
            outstanding=row.total_debt,
            monthly_installments=row.monthly_installments,
            worst_days_overdue=row.worst_days_overdue,
            debts=debts.get(row.id, ()),
        )
        for no, row in enumerate(rows, start=1)
    )
    totals = HouseholdTotals(
        households=len(lines),
        members=sum(line.members for line in lines),
        open_debts=sum(line.open_debts for line in lines),
        outstanding=sum((line.outstanding for line in lines), ZERO),
        monthly_installments=sum((line.monthly_installments for line in lines), ZERO),
        worst_days_overdue=max((line.worst_days_overdue for line in lines), default=0),
    )
    return HouseholdRegister(heading=heading, lines=lines, totals=totals, with_debts=with_debts)


def debtor_register(
    session: Session,
    *,
    institute_id: str,
    printed_on: date,
    fiscal_year: int | None = None,
    language: str = "th",
    full_citizen_ids: bool = False,
) -> DebtorRegister:
    """Every open debt owed to a member fund, grouped by fund (funds in name order; lending funds without debtors
    are listed too), debts in household order, numbered from 1 in each fund."""
    heading = register_heading(
        session,
        institute_id=institute_id,
        printed_on=printed_on,
        fiscal_year=fiscal_year,
        language=language,
        full_citizen_ids=full_citizen_ids,
    )
    ids = reg.debt_ids(
        session,
        institute_id=institute_id,
        creditor_kind=CreditorKind.MEMBER_FUND,
        statuses=(DebtStatus.OPEN,),
        sort=reg.DebtSort.HOUSEHOLD,
    )
    by_fund: dict[str | None, list[reg.DebtRow]] = {}
    for row in _debt_rows(session, ids):
        by_fund.setdefault(row.member_fund_id, []).append(row)
    lent = _fund_contract_lines(session, heading=heading, as_of=printed_on)
    groups: list[FundGroup] = []
    known: set[str | None] = set()
    for choice, rules in reg.fund_choices(session, institute_id=institute_id):
        known.add(choice.id)
        rows = by_fund.get(choice.id, [])
        if rows or lent.get(choice.id) or rules.can_lend:
            groups.append(
                _group(rows, fund_id=choice.id, name=choice.name, full=full_citizen_ids, lent=lent.get(choice.id, ()))
            )
    for fund_id, rows in by_fund.items():  # debts of a fund no longer on the institute's list
        if fund_id not in known:
            name = rows[0].creditor or heading.text("unknown_fund")
            groups.append(_group(rows, fund_id=fund_id, name=name, full=full_citizen_ids))
    all_lines = [line for group in groups for line in group.lines]
    return DebtorRegister(heading=heading, groups=tuple(groups), totals=DebtTotals.of(all_lines))


def _group(
    rows: Sequence[reg.DebtRow], *, fund_id: str | None, name: str, full: bool, lent: Sequence[DebtLine] = ()
) -> FundGroup:
    """A fund's debtors: its open register debts, and the 1HH1C contracts it lent (in household order)."""
    debts = [_debt_line(row, no=0, full=full) for row in rows]
    listed = sorted([*debts, *lent], key=lambda d: (d.household_code, not d.consolidated)) if lent else debts
    lines = tuple(replace(d, no=no) for no, d in enumerate(listed, start=1))
    return FundGroup(fund_id=fund_id, name=name, lines=lines, subtotal=DebtTotals.of(lines))


def _fund_contract_lines(session: Session, *, heading: RegisterHeading, as_of: date) -> dict[str, list[DebtLine]]:
    """The signed 1HH1C contracts a member fund lent, still owing on ``as_of``, by fund: the fund's debtors too."""
    contract = table_of(m.ConsolidationContract)
    lenders = dict(
        session.execute(
            select(contract.c.id, contract.c.lender_fund_id).where(
                contract.c.institute_id == heading.institute_id,
                contract.c.lender_fund_id.is_not(None),
                contract.c.status == ContractStatus.SIGNED,
                contract.c.deleted_at.is_(None),
            )
        ).all()
    )
    if not lenders:
        return {}
    household_ids = list(
        session.scalars(select(contract.c.household_id).where(contract.c.id.in_(list(lenders))).distinct())
    )
    rows = [row for chunk in _chunks(household_ids) for row in reg.household_rows(session, chunk, as_of=as_of)]
    found: dict[str, list[DebtLine]] = {}
    for lines in _contract_lines(session, rows, heading=heading, as_of=as_of).values():
        for line in lines:
            if line.debt_id in lenders:
                found.setdefault(lenders[line.debt_id], []).append(line)
    return found
