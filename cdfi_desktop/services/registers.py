"""The two registers: households with their debt status, and every debt of every household.

Reads are plain table queries returning frozen rows; a register first asks for the ordered ids that match
its filter (sorting and filtering happen in SQL) and then for the rows of the ids it shows, so a list of a
hundred thousand debts never becomes a hundred thousand objects. Writes are use cases taking a unit of work
and checking the domain's register rules; nothing is saved while an error stands.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, column, func, literal_column, or_, select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import TextClause

from cdfi_desktop.db import models as m
from cdfi_desktop.db import search
from cdfi_desktop.db.base import table_of
from cdfi_desktop.db.bookkeeping import give_reason
from cdfi_desktop.domain.citizen_id import normalize_citizen_id
from cdfi_desktop.domain.classification import Classification, DebtorClass, Thresholds
from cdfi_desktop.domain.enums import (
    CreditorKind,
    DebtStatus,
    Relation,
)
from cdfi_desktop.domain.fiscal import fiscal_year_be
from cdfi_desktop.domain.register_rules import (
    DebtFacts,
    FinanceFacts,
    FundRules,
    Issue,
    MemberFacts,
    Severity,
    blocking,
    check_debt,
    check_household,
)
from cdfi_desktop.domain.thai_digits import to_arabic_digits
from cdfi_desktop.services import obligations
from cdfi_desktop.services.analysis import classify_households, fiscal_profile
from cdfi_desktop.services.errors import NotFound, ValidationFailed
from cdfi_desktop.services.register_types import (
    SELECTIVE_TEXT,
    Choice,
    ContractDebt,
    DebtForm,
    DebtQuery,
    DebtRow,
    DebtSort,
    FinanceForm,
    GuarantorForm,
    HouseholdDetail,
    HouseholdForm,
    HouseholdQuery,
    HouseholdRow,
    HouseholdSort,
    MemberForm,
    StatusChange,
)
from cdfi_desktop.services.uow import UnitOfWork

# The exchanged types live in register_types (no database layer); callers may name them from here too.
__all__ = [
    "SELECTIVE_TEXT",
    "Choice",
    "ContractDebt",
    "DebtForm",
    "DebtQuery",
    "DebtRow",
    "DebtSort",
    "FinanceForm",
    "GuarantorForm",
    "HouseholdDetail",
    "HouseholdForm",
    "HouseholdQuery",
    "HouseholdRow",
    "HouseholdSort",
    "MemberForm",
    "StatusChange",
]

HH, MEMBER, DEBT = table_of(m.Household), table_of(m.HouseholdMember), table_of(m.Debt)
VILLAGE, FUND, FINANCE = table_of(m.Village), table_of(m.MemberFund), table_of(m.HouseholdFinance)


# -- filters -----------------------------------------------------------------------------------------------------
def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _text_match(column: ColumnElement[str], text: str) -> ColumnElement[bool]:
    """``column`` (a derived search text, see db/search.py) contains what was typed; a citizen ID typed with
    dashes or Thai digits is looked for as plain digits too."""
    typed = to_arabic_digits(text.strip())
    conditions = [column.like(_like(typed), escape="\\")]
    digits = normalize_citizen_id(typed)
    if digits.isdigit() and digits != typed:
        conditions.append(column.like(_like(digits), escape="\\"))
    return or_(*conditions)


def _head() -> Select[tuple[str, str, str, str, str]]:
    return select(
        MEMBER.c.household_id, MEMBER.c.title, MEMBER.c.first_name, MEMBER.c.last_name, MEMBER.c.citizen_id
    ).where(MEMBER.c.is_head.is_(True), MEMBER.c.deleted_at.is_(None))


# -- household register ------------------------------------------------------------------------------------------
def _household_filter(q: HouseholdQuery) -> list[ColumnElement[bool]]:
    conditions = [HH.c.institute_id == q.institute_id, HH.c.deleted_at.is_(None)]
    if q.text.strip():
        conditions.append(_text_match(HH.c.search_text, q.text))
    return conditions


def _household_order(q: HouseholdQuery) -> Select[tuple[str]]:
    query = select(HH.c.id).where(*_household_filter(q))
    key: ColumnElement[object]
    if q.sort in (HouseholdSort.OPEN_DEBTS, HouseholdSort.TOTAL_DEBT):
        # its debts now: the open register debts and the signed 1HH1C contract's balance
        sums = obligations.household_sums(as_of=date.today()).subquery()
        query = query.outerjoin(sums, sums.c.household_id == HH.c.id)
        key = func.coalesce(sums.c.debts if q.sort is HouseholdSort.OPEN_DEBTS else sums.c.total_debt, 0)
    elif q.sort is HouseholdSort.HEAD:
        head = _head().subquery()
        query = query.outerjoin(head, head.c.household_id == HH.c.id)
        key = func.coalesce(head.c.first_name, "") + " " + func.coalesce(head.c.last_name, "")
    elif q.sort is HouseholdSort.VILLAGE:
        query = query.outerjoin(VILLAGE, VILLAGE.c.id == HH.c.village_id)
        key = func.coalesce(VILLAGE.c.village_no, 0)
    elif q.sort is HouseholdSort.MEMBERS:
        key = (
            select(func.count())
            .where(MEMBER.c.household_id == HH.c.id, MEMBER.c.deleted_at.is_(None))
            .scalar_subquery()
        )
    elif q.sort is HouseholdSort.HOUSE_NO:
        key = HH.c.house_no
    else:
        key = HH.c.code
    if q.descending:
        return query.order_by(key.desc(), HH.c.code.desc(), HH.c.id.desc())
    return query.order_by(key.asc(), HH.c.code, HH.c.id)


def household_ids(
    session: Session,
    *,
    institute_id: str,
    text: str = "",
    sort: HouseholdSort = HouseholdSort.CODE,
    descending: bool = False,
) -> list[str]:
    """Ids of all matching households, in order (for printing the whole register)."""
    q = HouseholdQuery(institute_id=institute_id, text=text, sort=sort, descending=descending)
    if q.sort is HouseholdSort.CLASS:
        return _ids_by_class(session, q)
    if q.sort is HouseholdSort.WORST_OVERDUE:
        return _ids_by_overdue(session, q)
    return list(session.scalars(_household_order(q)))


# Above this many households the class sort classifies the whole institute rather than a list of ids.
_CLASSIFY_BY_INSTITUTE = 5_000


def _ids_by_class(session: Session, q: HouseholdQuery) -> list[str]:
    """The matching households ordered by their class (A first; D first when descending), then register no.
    The class is worked out from the finances and debts, so this sort classifies every matching household."""
    rows = session.execute(select(HH.c.id, HH.c.code).where(*_household_filter(q))).all()
    thresholds, today = profile_thresholds(session), date.today()
    if len(rows) > _CLASSIFY_BY_INSTITUTE:
        found, _ = classify_households(session, institute_id=q.institute_id, thresholds=thresholds, as_of=today)
    else:
        found, _ = classify_households(session, ids=[r.id for r in rows], thresholds=thresholds, as_of=today)
    order = {c: i for i, c in enumerate(DebtorClass)}

    def key(row: Any) -> tuple[int, str, str]:
        c = found.get(row.id)
        return (order[c.debtor_class] if c else -1, row.code, row.id)

    return [r.id for r in sorted(rows, key=key, reverse=q.descending)]


def _ids_by_overdue(session: Session, q: HouseholdQuery) -> list[str]:
    """The matching households ordered by their worst days overdue (a 1HH1C contract's days late are worked
    out from its schedule and repayments, services/obligations.py), then register no."""
    rows = session.execute(select(HH.c.id, HH.c.code).where(*_household_filter(q))).all()
    totals = obligations.household_totals(session, as_of=date.today(), institute_id=q.institute_id)
    nothing = obligations.DebtTotals()

    def key(row: Any) -> tuple[int, str, str]:
        return (totals.get(row.id, nothing).worst_days_overdue, row.code, row.id)

    return [r.id for r in sorted(rows, key=key, reverse=q.descending)]


def household_page(session: Session, query: HouseholdQuery, *, offset: int, limit: int) -> list[HouseholdRow]:
    """One page of the register: SQL filters, sorts and cuts; only these rows are read (sorting by class
    classifies the matching households first)."""
    if query.sort is HouseholdSort.CLASS:
        return household_rows(session, _ids_by_class(session, query)[offset : offset + limit])
    if query.sort is HouseholdSort.WORST_OVERDUE:
        return household_rows(session, _ids_by_overdue(session, query)[offset : offset + limit])
    ids: list[str] = list(session.scalars(_household_order(query).offset(offset).limit(limit)))
    return household_rows(session, ids)


def household_count(session: Session, query: HouseholdQuery) -> int:
    return session.scalar(select(func.count()).select_from(HH).where(*_household_filter(query))) or 0


def household_rows(session: Session, ids: Sequence[str], *, as_of: date | None = None) -> list[HouseholdRow]:
    """The rows of the given households, in the order given; their debts are their debts now
    (services/obligations.py: the open register debts and the signed 1HH1C contract's balance)."""
    if not ids:
        return []
    on = as_of or date.today()
    # the classification reads each household's debts now: their totals are those same debts
    classes, owed = classify_households(session, ids=ids, thresholds=profile_thresholds(session), as_of=on)
    totals = {h: obligations.totals_of(d) for h, d in owed.items()}
    nothing = obligations.DebtTotals()
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
        )
        .select_from(HH)
        .outerjoin(VILLAGE, VILLAGE.c.id == HH.c.village_id)
        .outerjoin(head, head.c.household_id == HH.c.id)
        .outerjoin(members, members.c.household_id == HH.c.id)
        .where(HH.c.id.in_(ids))
    )
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
            open_debts=totals.get(r.id, nothing).debts,
            total_debt=totals.get(r.id, nothing).outstanding,
            monthly_installments=totals.get(r.id, nothing).installments,
            worst_days_overdue=totals.get(r.id, nothing).worst_days_overdue,
            classification=classes.get(r.id),
        )
        for r in session.execute(query)
    }
    return [by_id[i] for i in ids if i in by_id]


# -- debt register -----------------------------------------------------------------------------------------------
def _trigram_match(text: str) -> ColumnElement[bool]:
    """Debts whose search text contains ``text``, found through the SQLite trigram index (db/search.py)."""
    return literal_column("debt.rowid").in_(_trigram_rowids(text).columns(column("rowid")))


def _trigram_rowids(text: str) -> TextClause:
    """The rowids of debts whose text contains ``text`` (a citizen ID typed with dashes: its digits)."""
    # The index answers LIKE without ESCAPE; text holding % or _ never comes here (see _use_trigrams).
    return sql_text(f"SELECT rowid FROM {search.TRIGRAM_TABLE} WHERE text LIKE :pattern").bindparams(
        pattern=_index_pattern(text)
    )


def _use_trigrams(text: str, *, available: bool) -> bool:
    typed = text.strip()
    return available and len(typed) >= search.TRIGRAM_MIN and not {"%", "_"} & set(typed)


def _walk_households(q: DebtQuery) -> bool:
    """Whether to find a page by walking households in register order (no filter, or a character or two,
    matching many debts) rather than by sorting the debts that match a longer text (few, from the index)."""
    return len(q.text.strip()) < SELECTIVE_TEXT


def _debt_filter(q: DebtQuery, *, households_joined: bool = False, trigrams: bool = False) -> list[ColumnElement[bool]]:
    """The debt register's conditions; with ``households_joined`` the institute is checked on the joined
    household (walking households in order), otherwise through a list of the institute's households."""
    if households_joined:
        conditions = [HH.c.institute_id == q.institute_id, HH.c.deleted_at.is_(None)]
    else:
        live_households = select(HH.c.id).where(HH.c.institute_id == q.institute_id, HH.c.deleted_at.is_(None))
        conditions = [DEBT.c.household_id.in_(live_households)]
    conditions.append(DEBT.c.deleted_at.is_(None))
    if q.statuses:
        conditions.append(DEBT.c.status.in_([s.value for s in q.statuses]))
    if q.household_id:
        conditions.append(DEBT.c.household_id == q.household_id)
    if q.fund_id:
        conditions.append(DEBT.c.member_fund_id == q.fund_id)
    if q.creditor_kind:
        conditions.append(DEBT.c.creditor_kind == q.creditor_kind.value)
    if q.text.strip():
        if _use_trigrams(q.text, available=trigrams):
            conditions.append(_trigram_match(q.text))
        else:
            conditions.append(_text_match(DEBT.c.search_text, q.text))
    return conditions


def _debt_order(q: DebtQuery, *, trigrams: bool = False, walk_households: bool = True) -> Select[tuple[str]]:
    query = (
        select(DEBT.c.id)
        .select_from(DEBT)
        .join(HH, HH.c.id == DEBT.c.household_id)
        .where(*_debt_filter(q, households_joined=walk_households, trigrams=trigrams))
    )
    key: ColumnElement[object]
    if q.sort is DebtSort.DEBTOR:
        debtor = MEMBER.alias("debtor")
        query = query.outerjoin(debtor, debtor.c.id == DEBT.c.debtor_member_id)
        key = func.coalesce(debtor.c.first_name, "")
    elif q.sort is DebtSort.CREDITOR:
        query = query.outerjoin(FUND, FUND.c.id == DEBT.c.member_fund_id)
        key = func.coalesce(FUND.c.name, DEBT.c.creditor_name)
    elif q.sort is DebtSort.HOUSEHOLD:
        # Unfiltered or by a character or two, walking households in register order finds the first page at
        # once; by longer text, scanning the debts and sorting the few that match is faster, so the order
        # key hides the index.
        key = HH.c.code if walk_households else HH.c.code + ""
    else:
        key = {
            DebtSort.CONTRACT_DATE: DEBT.c.contract_date,
            DebtSort.PRINCIPAL: DEBT.c.principal,
            DebtSort.OUTSTANDING: DEBT.c.outstanding,
            DebtSort.INSTALLMENT: DEBT.c.installment,
            DebtSort.DAYS_OVERDUE: DEBT.c.days_overdue,
            DebtSort.STATUS: DEBT.c.status,
        }[q.sort]
    if q.descending:
        return query.order_by(key.desc(), DEBT.c.household_id.desc(), DEBT.c.id.desc())
    return query.order_by(key.asc(), DEBT.c.household_id, DEBT.c.id)


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
    """Ids of all matching debts, in order (for printing the whole register)."""
    q = DebtQuery(
        institute_id=institute_id,
        text=text,
        household_id=household_id,
        fund_id=fund_id,
        creditor_kind=creditor_kind,
        statuses=tuple(statuses),
        sort=sort,
        descending=descending,
    )
    trigrams = search.has_trigram_index(session.connection())
    ordered = _debt_order(q, trigrams=trigrams, walk_households=_walk_households(q))
    return list(session.scalars(ordered))


def _from_index(q: DebtQuery, *, trigrams: bool) -> bool:
    """A text-filtered register in household order is answered by the trigram index alone (db/search.py)."""
    return _use_trigrams(q.text, available=trigrams) and q.sort is DebtSort.HOUSEHOLD


def _index_query(q: DebtQuery, what: str, tail: str = "") -> tuple[str, dict[str, object]]:
    params: dict[str, object] = {"pattern": _index_pattern(q.text), "institute": q.institute_id}
    where = ["text LIKE :pattern", "institute_id = :institute"]
    if q.statuses:
        where.append("status IN ({})".format(", ".join(f":s{i}" for i in range(len(q.statuses)))))
        params.update({f"s{i}": s.value for i, s in enumerate(q.statuses)})
    for name, value in (
        ("household_id", q.household_id),
        ("fund_id", q.fund_id),
        ("kind", q.creditor_kind.value if q.creditor_kind else None),
    ):
        if value:
            where.append(f"{name} = :{name}")
            params[name] = value
    sql = f"SELECT {what} FROM {search.TRIGRAM_TABLE} WHERE {' AND '.join(where)} {tail}"
    return sql, params


def _index_pattern(text: str) -> str:
    """What the trigram index is asked for: a citizen ID typed with dashes or Thai digits as plain digits."""
    typed = to_arabic_digits(text.strip())
    digits = normalize_citizen_id(typed)
    return f"%{digits if digits.isdigit() and len(digits) >= search.TRIGRAM_MIN else typed}%"


WALK_SCAN = 20  # a common text fills a page within this many register rows per row wanted


def _page_by_walking(session: Session, q: DebtQuery, *, offset: int, limit: int) -> list[str] | None:
    """A page of a text that many debts match (a creditor's name, say), found by walking the register in
    order and stopping once the page is full, instead of sorting every match from the index. ``None`` when
    the first rows walked hold too few matches: the text is rarer, and the index answers it faster."""
    wanted = offset + limit
    walked = (
        _debt_order(replace(q, text=""), walk_households=True)
        .add_columns(DEBT.c.search_text, HH.c.code, DEBT.c.household_id)
        .limit(wanted * WALK_SCAN)
        .subquery()
    )
    keys = (walked.c.code, walked.c.household_id, walked.c.id)
    ids = list(
        session.scalars(
            select(walked.c.id)
            .where(walked.c.search_text.like(_index_pattern(q.text)))
            .order_by(*(k.desc() if q.descending else k.asc() for k in keys))
            .offset(offset)
            .limit(limit)
        )
    )
    return ids if len(ids) == limit else None


def _page_from_index(session: Session, q: DebtQuery, *, offset: int, limit: int) -> list[str]:
    walked = _page_by_walking(session, q, offset=offset, limit=limit) if offset < 10 * limit else None
    if walked is not None:
        return walked
    direction = "DESC" if q.descending else "ASC"
    order = f"ORDER BY code {direction}, household_id {direction}, debt_id {direction} LIMIT :limit OFFSET :offset"
    sql, params = _index_query(q, "debt_id", order)
    return [row[0] for row in session.execute(sql_text(sql), {**params, "limit": limit, "offset": offset})]


def debt_page(session: Session, query: DebtQuery, *, offset: int, limit: int) -> list[DebtRow]:
    """One page of the register: SQL filters, sorts and cuts; only these rows are read."""
    trigrams = search.has_trigram_index(session.connection())
    if _from_index(query, trigrams=trigrams):
        return debt_rows(session, _page_from_index(session, query, offset=offset, limit=limit))
    ordered = _debt_order(query, trigrams=trigrams, walk_households=_walk_households(query))
    return debt_rows(session, list(session.scalars(ordered.offset(offset).limit(limit))))


def debt_count(session: Session, query: DebtQuery) -> int:
    trigrams = search.has_trigram_index(session.connection())
    if _from_index(query, trigrams=trigrams):
        sql, params = _index_query(query, "count(*)")
        return int(session.execute(sql_text(sql), params).scalar() or 0)
    conditions = _debt_filter(query, trigrams=trigrams)
    return session.scalar(select(func.count()).select_from(DEBT).where(*conditions)) or 0


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


def classifications(session: Session, ids: Sequence[str], *, as_of: date | None = None) -> dict[str, Classification]:
    """The debtor class of each household, from its monthly finances and open debts (services/analysis.py)."""
    if not ids:
        return {}
    found, _ = classify_households(
        session, ids=ids, thresholds=profile_thresholds(session), as_of=as_of or date.today()
    )
    return found


def profile_thresholds(session: Session) -> Thresholds:
    """The classification thresholds of this fiscal year's profile (defaults when there is none)."""
    return fiscal_profile(session, fiscal_year_be(date.today())).thresholds


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


_T = TypeVar("_T")

# A session whose reads are about one institute (the province's read-only view of it) carries its id here.
CHOSEN_INSTITUTE_INFO_KEY = "institute_id"


def chosen_institute(session: Session) -> str | None:
    """The institute the session was opened for (the province's read-only view of one institute), else None."""
    chosen = session.info.get(CHOSEN_INSTITUTE_INFO_KEY)
    return str(chosen) if chosen else None


def only_chosen(session: Session, items: Iterable[_T], id_of: Callable[[_T], str]) -> list[_T]:
    """The institutes a screen may choose from: all of them, or only the one the session was opened for."""
    chosen = chosen_institute(session)
    return [item for item in items if chosen is None or id_of(item) == chosen]


def first_institute_id(session: Session) -> str | None:
    """The institute the screens show: the one the session was opened for, else the first by name."""
    chosen = chosen_institute(session)
    if chosen is not None:
        return chosen
    inst = table_of(m.Institute)
    return session.scalar(select(inst.c.id).where(inst.c.deleted_at.is_(None)).order_by(inst.c.name).limit(1))


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


# -- one household, for its editor ---------------------------------------------------------------------------------
def _live(model: type[m.Base]) -> ColumnElement[bool]:
    return table_of(model).c.deleted_at.is_(None)


def household_detail(session: Session, household_id: str) -> HouseholdDetail:
    hh = session.get(m.Household, household_id)
    if hh is None or hh.deleted_at is not None:
        raise NotFound(household_id)
    members = session.scalars(
        select(m.HouseholdMember)
        .where(m.HouseholdMember.household_id == household_id, _live(m.HouseholdMember))
        .order_by(m.HouseholdMember.is_head.desc(), m.HouseholdMember.birth_date)
    ).all()
    finances = session.scalars(
        select(m.HouseholdFinance)
        .where(m.HouseholdFinance.household_id == household_id, _live(m.HouseholdFinance))
        .order_by(m.HouseholdFinance.kind.desc(), m.HouseholdFinance.category)
    ).all()
    debts = session.scalars(
        select(m.Debt).where(m.Debt.household_id == household_id, _live(m.Debt)).order_by(m.Debt.contract_date)
    ).all()
    guarantors = session.scalars(
        select(m.DebtGuarantor).where(m.DebtGuarantor.debt_id.in_([d.id for d in debts]), _live(m.DebtGuarantor))
    ).all()
    changes = session.scalars(
        select(m.DebtStatusChange)
        .where(m.DebtStatusChange.debt_id.in_([d.id for d in debts]), _live(m.DebtStatusChange))
        .order_by(m.DebtStatusChange.changed_on, m.DebtStatusChange.created_at)
    ).all()
    form = HouseholdForm(
        id=hh.id,
        institute_id=hh.institute_id,
        village_id=hh.village_id,
        code=hh.code,
        house_no=hh.house_no,
        phone=hh.phone,
        address=hh.address,
        notes=hh.notes,
        members=tuple(
            MemberForm(
                id=x.id,
                citizen_id=x.citizen_id,
                title=x.title,
                first_name=x.first_name,
                last_name=x.last_name,
                sex=x.sex,
                birth_date=x.birth_date,
                relation=x.relation,
                is_head=x.is_head,
                occupation=x.occupation,
                phone=x.phone,
            )
            for x in members
        ),
        finances=tuple(
            FinanceForm(id=f.id, kind=f.kind, category=f.category, amount_monthly=f.amount_monthly, note=f.note)
            for f in finances
        ),
    )
    debt_forms = tuple(
        DebtForm(
            id=d.id,
            household_id=d.household_id,
            debtor_member_id=d.debtor_member_id,
            creditor_kind=d.creditor_kind,
            member_fund_id=d.member_fund_id,
            creditor_name=d.creditor_name,
            contract_no=d.contract_no,
            contract_date=d.contract_date,
            due_date=d.due_date,
            principal=d.principal,
            outstanding=d.outstanding,
            interest_rate=d.interest_rate,
            installment=d.installment,
            term_months=d.term_months,
            days_overdue=d.days_overdue,
            purpose=d.purpose,
            notes=d.notes,
            guarantors=tuple(
                GuarantorForm(id=g.id, full_name=g.full_name, citizen_id=g.citizen_id, relation_note=g.relation_note)
                for g in guarantors
                if g.debt_id == d.id
            ),
            rescheduled_on=d.rescheduled_on,
            rescheduling_terms=d.rescheduling_terms,
        )
        for d in debts
    )
    history = {
        d.id: tuple(
            StatusChange(c.from_status, c.to_status, c.changed_on, c.reason) for c in changes if c.debt_id == d.id
        )
        for d in debts
    }
    return HouseholdDetail(
        form=form,
        debts=debt_forms,
        statuses={d.id: d.status for d in debts},
        history=history,
        contracts=_contract_debts(session, hh.id, institute_id=hh.institute_id),
    )


def _contract_debts(session: Session, household_id: str, *, institute_id: str) -> tuple[ContractDebt, ...]:
    """The household's signed 1HH1C contracts still owing today, as its debts (services/obligations.py)."""
    signed = obligations.signed_contracts(session, [household_id], as_of=date.today()).get(household_id, [])
    if not signed:
        return ()
    inst = table_of(m.Institute)
    institute = session.scalar(select(inst.c.name).where(inst.c.id == institute_id)) or ""
    funds = {c.id: c.name for c, _rules in fund_choices(session, institute_id=institute_id)}
    return tuple(
        ContractDebt(
            id=c.id,
            contract_no=c.contract_no,
            lender=funds.get(c.lender_fund_id or "", institute),
            signing_date=c.signing_date,
            principal=c.principal,
            balance=c.balance,
            installment=c.installment,
            days_overdue=c.days_overdue,
        )
        for c in signed
        if c.balance > 0
    )


def citizen_id_conflicts(
    session: Session, citizen_ids: Sequence[str], *, institute_id: str, exclude_household_id: str | None
) -> dict[str, tuple[str, str]]:
    """Citizen IDs already in another live household of the institute: id → (house no., member's name)."""
    wanted = [c for c in citizen_ids if c]
    if not wanted:
        return {}
    query = (
        select(MEMBER.c.citizen_id, HH.c.house_no, MEMBER.c.title, MEMBER.c.first_name, MEMBER.c.last_name)
        .join(HH, HH.c.id == MEMBER.c.household_id)
        .where(
            MEMBER.c.citizen_id.in_(wanted),
            MEMBER.c.deleted_at.is_(None),
            HH.c.deleted_at.is_(None),
            HH.c.institute_id == institute_id,
        )
    )
    if exclude_household_id:
        query = query.where(HH.c.id != exclude_household_id)
    return {
        r.citizen_id: (r.house_no, f"{r.title}{r.first_name} {r.last_name}".strip()) for r in session.execute(query)
    }


def register_no_holder(
    session: Session, code: str, *, institute_id: str, exclude_household_id: str | None
) -> tuple[str, str] | None:
    """The live household of the institute that already has register number ``code`` (Thai or Arabic digits
    alike): (its house no., its head's name), or None."""
    wanted = to_arabic_digits(code.strip())
    if not wanted:
        return None
    query = select(HH.c.id, HH.c.code, HH.c.house_no).where(
        HH.c.institute_id == institute_id, HH.c.deleted_at.is_(None), HH.c.code != ""
    )
    for row in session.execute(query):
        if row.id != exclude_household_id and to_arabic_digits(row.code.strip()) == wanted:
            head = session.execute(
                select(MEMBER.c.title, MEMBER.c.first_name, MEMBER.c.last_name).where(
                    MEMBER.c.household_id == row.id, MEMBER.c.is_head.is_(True), MEMBER.c.deleted_at.is_(None)
                )
            ).first()
            name = f"{head.title}{head.first_name} {head.last_name}".strip() if head is not None else ""
            return row.house_no or "-", name
    return None


def register_no_issue(session: Session, code: str, *, institute_id: str, household_id: str | None) -> Issue | None:
    """The issue of a register number another live household of the institute already has."""
    holder = register_no_holder(session, code, institute_id=institute_id, exclude_household_id=household_id)
    if holder is None:
        return None
    return Issue("register_no_taken", "code", params={"code": code.strip(), "house_no": holder[0], "name": holder[1]})


def check_household_form(session: Session, form: HouseholdForm, *, today: date) -> list[Issue]:
    """The domain's household rules plus the one that needs the database: a citizen ID in another household."""
    facts = [
        MemberFacts(
            citizen_id=x.citizen_id,
            first_name=x.first_name,
            last_name=x.last_name,
            birth_date=x.birth_date,
            relation=x.relation,
            is_head=x.is_head,
        )
        for x in form.members
    ]
    issues = check_household(
        members=facts, finances=[FinanceFacts(f.kind, f.amount_monthly) for f in form.finances], today=today
    )
    stored = session.get(m.Household, form.id) if form.id else None
    if form.code.strip() and (stored is None or stored.code.strip() != form.code.strip()):  # a number changed
        taken_no = register_no_issue(session, form.code, institute_id=form.institute_id, household_id=form.id)
        if taken_no is not None:
            issues.append(taken_no)
    cids = [normalize_citizen_id(x.citizen_id) for x in form.members]
    taken = citizen_id_conflicts(session, cids, institute_id=form.institute_id, exclude_household_id=form.id)
    for index, cid in enumerate(cids):
        if cid in taken:
            house_no, name = taken[cid]
            issues.append(
                Issue(
                    "citizen_id_in_other_household",
                    f"members[{index}].citizen_id",
                    params={"house_no": house_no or "-", "name": name},
                )
            )
    return issues


# A register number the demo and the importer write: digits, five wide ("00001"); a register whose numbers are
# written narrower ("7", "12") goes on in its own width.
REGISTER_NO_WIDTH = 5


def next_register_no(session: Session, *, institute_id: str) -> str:
    """The number after the institute's highest register number (removed households count: a number is never
    given twice), as wide as the register writes its numbers; "00001" for the first household."""
    highest, width, seen = 0, 0, False
    for code in session.scalars(select(HH.c.code).where(HH.c.institute_id == institute_id, HH.c.code != "")):
        digits = to_arabic_digits(code.strip())
        if digits.isascii() and digits.isdigit():
            seen = True
            highest = max(highest, int(digits))
            width = max(width, len(digits))
    return f"{highest + 1:0{width if seen else REGISTER_NO_WIDTH}d}"


def save_household(uow: UnitOfWork, form: HouseholdForm, *, today: date) -> str:
    """Create or update a household with its members and monthly finances, in one transaction."""
    session = uow.session
    issues = check_household_form(session, form, today=today)
    if blocking(issues):
        raise ValidationFailed(blocking(issues))
    code = form.code.strip()
    if form.id is None:
        hh = m.Household(institute_id=form.institute_id)
        code = code or next_register_no(session, institute_id=form.institute_id)
        session.add(hh)
    else:
        found = session.get(m.Household, form.id)
        if found is None or found.deleted_at is not None:
            raise NotFound(form.id)
        hh = found
    hh.village_id, hh.code, hh.house_no = form.village_id, code, form.house_no.strip()
    hh.phone, hh.address, hh.notes = form.phone.strip(), form.address.strip(), form.notes.strip()
    session.flush()
    _sync_children(
        session,
        m.HouseholdMember,
        parent_key="household_id",
        parent_id=hh.id,
        forms=form.members,
        values=lambda x: {
            "citizen_id": normalize_citizen_id(x.citizen_id),
            "title": x.title.strip(),
            "first_name": x.first_name.strip(),
            "last_name": x.last_name.strip(),
            "sex": x.sex,
            "birth_date": x.birth_date,
            "relation": Relation.HEAD if x.is_head else x.relation,
            "is_head": x.is_head,
            "occupation": x.occupation.strip(),
            "phone": x.phone.strip(),
        },
    )
    _sync_children(
        session,
        m.HouseholdFinance,
        parent_key="household_id",
        parent_id=hh.id,
        forms=form.finances,
        values=lambda f: {
            "kind": f.kind,
            "category": f.category,
            "amount_monthly": f.amount_monthly,
            "note": f.note.strip(),
        },
    )
    uow.commit()
    return hh.id


def _sync_children(
    session: Session,
    model: type[Any],
    *,
    parent_key: str,
    parent_id: str,
    forms: Sequence[Any],
    values: Callable[[Any], dict[str, Any]],
) -> None:
    """Make the live children of a parent equal the forms: update by id, add new, tombstone the rest."""
    existing: dict[str, Any] = {
        row.id: row
        for row in session.scalars(
            select(model).where(getattr(model, parent_key) == parent_id, model.deleted_at.is_(None))
        )
    }
    kept: set[str] = set()
    for form in forms:
        data = values(form)
        row = existing.get(form.id) if form.id else None
        if row is None:
            session.add(model(**{parent_key: parent_id}, **data))
            continue
        kept.add(row.id)
        for key, value in data.items():
            if getattr(row, key) != value:
                setattr(row, key, value)
    for row_id, row in existing.items():
        if row_id not in kept:
            session.delete(row)


def fund_rules(session: Session, fund_id: str | None) -> FundRules | None:
    if not fund_id:
        return None
    fund = session.get(m.MemberFund, fund_id)
    if fund is None:
        return None
    return FundRules(
        name=fund.name,
        can_lend=fund.can_lend,
        lending_limit=fund.lending_limit,
        max_term_months=fund.max_term_months,
        bylaw_notes=fund.bylaw_notes,
    )


def debt_facts(form: DebtForm, *, status: DebtStatus = DebtStatus.OPEN) -> DebtFacts:
    return DebtFacts(
        creditor_kind=form.creditor_kind,
        member_fund_id=form.member_fund_id,
        creditor_name=form.creditor_name,
        contract_date=form.contract_date,
        due_date=form.due_date,
        principal=form.principal,
        outstanding=form.outstanding,
        interest_rate=form.interest_rate,
        installment=form.installment,
        term_months=form.term_months,
        days_overdue=form.days_overdue,
        status=status,
        rescheduled_on=form.rescheduled_on,
    )


def check_debt_form(session: Session, form: DebtForm, *, today: date) -> list[Issue]:
    return check_debt(debt_facts(form), fund=fund_rules(session, form.member_fund_id), today=today)


@dataclass(frozen=True)
class DebtSaved:
    id: str
    warnings: tuple[Issue, ...]


def save_debt(uow: UnitOfWork, form: DebtForm, *, today: date) -> DebtSaved:
    """Create or update a debt and its guarantors; bylaw warnings are returned, errors refuse the save."""
    session = uow.session
    issues = check_debt_form(session, form, today=today)
    if blocking(issues):
        raise ValidationFailed(blocking(issues))
    if form.id is None:
        debt = m.Debt(household_id=form.household_id, status=DebtStatus.OPEN)
        session.add(debt)
    else:
        found = session.get(m.Debt, form.id)
        if found is None or found.deleted_at is not None:
            raise NotFound(form.id)
        debt = found
    values = {
        "debtor_member_id": form.debtor_member_id,
        "creditor_kind": form.creditor_kind,
        "member_fund_id": form.member_fund_id if form.creditor_kind is CreditorKind.MEMBER_FUND else None,
        "creditor_name": "" if form.creditor_kind is CreditorKind.MEMBER_FUND else form.creditor_name.strip(),
        "contract_no": form.contract_no.strip(),
        "contract_date": form.contract_date,
        "due_date": form.due_date,
        "principal": form.principal,
        "outstanding": form.outstanding,
        "interest_rate": form.interest_rate,
        "installment": form.installment,
        "term_months": form.term_months,
        "days_overdue": form.days_overdue,
        "purpose": form.purpose,
        "notes": form.notes.strip(),
        # a rescheduling is agreed with an outside creditor; a member fund's debt goes into a 1HH1C contract
        "rescheduled_on": None if form.creditor_kind is CreditorKind.MEMBER_FUND else form.rescheduled_on,
        "rescheduling_terms": (
            form.rescheduling_terms.strip()
            if form.creditor_kind is not CreditorKind.MEMBER_FUND and form.rescheduled_on is not None
            else ""
        ),
    }
    for key, value in values.items():
        if getattr(debt, key) != value:
            setattr(debt, key, value)
    session.flush()
    _sync_children(
        session,
        m.DebtGuarantor,
        parent_key="debt_id",
        parent_id=debt.id,
        forms=form.guarantors,
        values=lambda g: {
            "full_name": g.full_name.strip(),
            "citizen_id": normalize_citizen_id(g.citizen_id),
            "relation_note": g.relation_note.strip(),
        },
    )
    uow.commit()
    return DebtSaved(id=debt.id, warnings=tuple(i for i in issues if i.severity is Severity.WARNING))


def change_debt_status(
    uow: UnitOfWork, debt_id: str, *, to_status: DebtStatus, on: date, reason: str, contract_id: str | None = None
) -> None:
    """Open, close or mark a debt transferred; the change and its reason stay in the debt's history."""
    session = uow.session
    give_reason(session, reason.strip())  # and in the audit entries of this transaction
    debt = session.get(m.Debt, debt_id)
    if debt is None or debt.deleted_at is not None:
        raise NotFound(debt_id)
    if debt.status is to_status:
        return
    session.add(
        m.DebtStatusChange(
            debt_id=debt.id,
            from_status=debt.status,
            to_status=to_status,
            changed_on=on,
            reason=reason.strip(),
            contract_id=contract_id,
        )
    )
    debt.status = to_status
    debt.closed_date = None if to_status is DebtStatus.OPEN else on
    uow.commit()


def remove_household(uow: UnitOfWork, household_id: str) -> None:
    """Tombstone a household with its members, finances and debts (kept for sync and the audit trail).

    No check and no reason: the officer's removal is ``household_removal.remove_household`` (a reason, refused
    while the household has a 1HH1C contract, restorable)."""
    session = uow.session
    hh = session.get(m.Household, household_id)
    if hh is None:
        raise NotFound(household_id)
    for model in (m.HouseholdMember, m.HouseholdFinance, m.Debt):
        for row in session.scalars(select(model).where(model.household_id == household_id, _live(model))):
            session.delete(row)
    session.delete(hh)
    uow.commit()


def remove_debt(uow: UnitOfWork, debt_id: str) -> None:
    session = uow.session
    debt = session.get(m.Debt, debt_id)
    if debt is None:
        raise NotFound(debt_id)
    session.delete(debt)
    uow.commit()
