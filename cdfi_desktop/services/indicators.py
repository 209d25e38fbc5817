"""The program's indicators (guideline 4.2): the five criteria of each institute evaluated from its data, its
1HH1C figures and repayments, and the roll-up of every institute in the database per district and province.

Reads only. Every figure comes from aggregate queries grouped by institute (one per table), so an institute's
dashboard and the roll-up of hundreds of institutes are the same code; the rules are ``domain.criteria`` with
the thresholds of the fiscal year's profile.

What counts:
- a *1HH1C contract* is a consolidation contract of the fiscal year that is signed or closed (repaid); an
  amendment replaces the contract it names, so the contracts and the amount consolidated count the original
  contracts, and repayments are followed on the contracts no amendment replaced;
- *households at 1HH1C* are the target households at 1HH1C by ``domain.criteria.at_1hh1c`` on ``as_of``: on
  the list, with one live contract signed by then, and every debt owed to a member fund in it
  (:func:`standing`, which the report rounds and the evidence pack read too);
- *target households restructured* (criterion 3): at 1HH1C, or with a debt owed outside the institute whose
  rescheduling was agreed with the creditor by ``as_of`` (``Debt.rescheduled_on``,
  ``domain.criteria.records_rescheduling``);
- *repayment performance* on ``as_of``: installments fallen due, fully paid, and paid on time (within
  ``domain.criteria.ON_TIME_GRACE_DAYS`` of the due date), the amount due against what was paid, the arrears
  (due and unpaid) and the contracts in arrears;
- *class improved* (one institute): a target household's class when it was selected, against its class now
  (a signed contract counts as the household's debt, ``services.analysis.classify_households``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, case, exists, func, or_, select, union
from sqlalchemy.orm import Session

from cdfi_desktop.db import models as m
from cdfi_desktop.db.base import table_of
from cdfi_desktop.db.engine import for_large_reads
from cdfi_desktop.domain.classification import DebtorClass
from cdfi_desktop.domain.criteria import (
    ON_TIME_GRACE_DAYS,
    SHORT_LIST_MARK,
    CriteriaThresholds,
    Criterion,
    CriterionResult,
    InstituteFacts,
    at_1hh1c,
    class_change,
    evaluate,
    goal_met,
    installments_on_time,
    institute_passes,
    pass_rate,
    records_rescheduling,
    restructured,
)
from cdfi_desktop.domain.enums import (
    ContractStatus,
    CreditorKind,
    DebtStatus,
    FinanceKind,
    PlanStatus,
    TargetChangeAction,
    TargetStatus,
)
from cdfi_desktop.services import obligations
from cdfi_desktop.services.analysis import classify_households, fiscal_profile
from cdfi_desktop.services.areas import area_names
from cdfi_desktop.services.errors import NotFound

__all__ = [
    "AreaRow",
    "ClassChange",
    "InstituteIndicators",
    "InstituteSummary",
    "RepaymentPerformance",
    "Rollup",
    "Standing",
    "criteria_thresholds",
    "institute_indicators",
    "rollup",
    "standing",
]

INSTITUTE, PROFILE = table_of(m.Institute), table_of(m.FiscalYearProfile)
HH, MEMBER, FINANCE, DEBT = (
    table_of(m.Household),
    table_of(m.HouseholdMember),
    table_of(m.HouseholdFinance),
    table_of(m.Debt),
)
SELECTION, TARGET = table_of(m.TargetSelection), table_of(m.TargetHousehold)
PLAN, PROJECT, LINE = table_of(m.InstitutePlan), table_of(m.PlanProject), table_of(m.BudgetLine)
CONTRACT, SCHEDULE, REPAYMENT = table_of(m.ConsolidationContract), table_of(m.ScheduleLine), table_of(m.Repayment)
TRANSFER, CHANGE = table_of(m.TransferLine), table_of(m.TargetChange)
COUNTED = (ContractStatus.SIGNED, ContractStatus.CLOSED)
ZERO = Decimal("0.00")


# -- rows ------------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class RepaymentPerformance:
    contracts: int = 0  # contracts followed (not replaced by an amendment)
    contracts_due: int = 0  # of them, with at least one installment due
    installments_due: int = 0
    installments_paid: int = 0
    installments_on_time: int = 0
    amount_due: Decimal = ZERO  # principal and interest of the installments due
    amount_paid: Decimal = ZERO  # principal and interest paid
    arrears: Decimal = ZERO  # due and unpaid
    contracts_in_arrears: int = 0

    def __add__(self, other: RepaymentPerformance) -> RepaymentPerformance:
        return RepaymentPerformance(
            *(getattr(self, f) + getattr(other, f) for f in self.__dataclass_fields__)  # same order as declared
        )

    @property
    def on_time_pct(self) -> Decimal | None:
        """Installments paid on time, in per cent of those due (None when none is due yet)."""
        return None if self.installments_due <= 0 else pass_rate(self.installments_on_time, self.installments_due)

    @property
    def collected_pct(self) -> Decimal | None:
        """What was paid against what fell due, in per cent (capped at 100: prepayments do not count twice)."""
        if self.amount_due <= 0:
            return None
        return min(
            Decimal("100.0"), (min(self.amount_paid, self.amount_due) * 100 / self.amount_due).quantize(Decimal("0.1"))
        )


@dataclass(frozen=True)
class ClassChange:
    """Target households' class when selected against their class now."""

    households: int = 0  # with a class at selection
    improved: int = 0
    same: int = 0
    worse: int = 0
    before: dict[DebtorClass, int] = field(default_factory=dict)
    after: dict[DebtorClass, int] = field(default_factory=dict)


@dataclass(frozen=True)
class _Figures:
    """An institute's figures besides its criteria."""

    facts: InstituteFacts
    contracts: int
    amount_consolidated: Decimal
    repayment: RepaymentPerformance


@dataclass(frozen=True)
class InstituteIndicators:
    institute_id: str
    institute_name: str
    province_code: str
    district_code: str
    province: str
    district: str
    fiscal_year: int
    as_of: date
    thresholds: CriteriaThresholds
    facts: InstituteFacts
    criteria: tuple[CriterionResult, ...]
    contracts: int
    amount_consolidated: Decimal
    repayment: RepaymentPerformance
    class_change: ClassChange

    @property
    def passed(self) -> bool:
        return institute_passes(self.criteria)

    @property
    def criteria_passed(self) -> int:
        return sum(1 for c in self.criteria if c.passed)

    @property
    def households_1hh1c(self) -> int:
        return self.facts.households_1hh1c

    @property
    def target_households(self) -> int:
        return self.facts.target_households

    def criterion(self, which: Criterion) -> CriterionResult:
        return next(c for c in self.criteria if c.criterion is which)


@dataclass(frozen=True)
class InstituteSummary:
    """One institute's line in the roll-up."""

    institute_id: str
    name: str
    province_code: str
    district_code: str
    criteria: tuple[bool, ...]  # the five criteria, in order
    households_1hh1c: int
    target_households: int
    contracts: int
    amount_consolidated: Decimal
    repayment: RepaymentPerformance

    @property
    def passed(self) -> bool:
        return all(self.criteria)


@dataclass(frozen=True)
class AreaRow:
    """Institutes of a district, of a province, or of the whole database, added up."""

    level: str  # "district", "province" or "total"
    province_code: str
    district_code: str
    name: str
    province: str
    institutes: int
    passing: int
    passing_pct: Decimal
    meets_goal: bool
    criteria_passing: tuple[int, ...]  # institutes passing each criterion, in order
    households_1hh1c: int
    households_goal: int  # institutes × the profile's minimum per institute
    target_households: int
    contracts: int
    amount_consolidated: Decimal
    repayment: RepaymentPerformance


@dataclass(frozen=True)
class Rollup:
    fiscal_year: int
    as_of: date
    thresholds: CriteriaThresholds
    institutes: tuple[InstituteSummary, ...]
    districts: tuple[AreaRow, ...]
    provinces: tuple[AreaRow, ...]
    total: AreaRow

    @property
    def national_goal_households(self) -> int:
        return self.thresholds.national_goal_households

    @property
    def national_goal_pct(self) -> Decimal:
        """Households at 1HH1C in per cent of the national goal."""
        return pass_rate(self.total.households_1hh1c, self.thresholds.national_goal_households)

    def districts_of(self, province_code: str) -> tuple[AreaRow, ...]:
        return tuple(d for d in self.districts if d.province_code == province_code)


# -- the profile -----------------------------------------------------------------------------------------------------
def criteria_thresholds(session: Session, fiscal_year: int) -> CriteriaThresholds:
    """The indicators' thresholds of ``fiscal_year``'s profile, else the newest before it, else the profile table's
    own defaults."""
    columns = (
        PROFILE.c.min_households_1hh1c,
        PROFILE.c.institute_pass_goal_pct,
        PROFILE.c.plan_request_cap,
        PROFILE.c.national_goal_households,
    )
    row = session.execute(
        select(*columns)
        .where(PROFILE.c.deleted_at.is_(None), PROFILE.c.fiscal_year <= fiscal_year)
        .order_by(PROFILE.c.fiscal_year.desc())
        .limit(1)
    ).first()
    values = tuple(row) if row is not None else tuple(c.default.arg for c in columns)  # type: ignore[union-attr]
    return CriteriaThresholds(
        min_households_1hh1c=int(values[0]),
        institute_pass_goal_pct=Decimal(values[1]),
        plan_request_cap=Decimal(values[2]),
        national_goal_households=int(values[3]),
    )


# -- aggregate reads, grouped by institute ---------------------------------------------------------------------------
def _only(column: Any, institute_id: str | None) -> list[ColumnElement[bool]]:
    return [] if institute_id is None else [column == institute_id]


def _live_households(institute_id: str | None) -> list[ColumnElement[bool]]:
    return [HH.c.deleted_at.is_(None), *_only(HH.c.institute_id, institute_id)]


def _household_counts(
    session: Session, institute_id: str | None, *, as_of: date
) -> dict[str, tuple[int, int, int, int]]:
    """Per institute: households, indebted (an open register debt or a signed 1HH1C contract still owing,
    services/obligations.py), without a head, indebted and without income."""
    # One institute: each household looked up by the indexes. Every institute: each set of households made once
    # and joined (a sub-query per household over every household of a province is quadratic on PostgreSQL); on
    # SQLite, whose lookups by index are cheap, only the indebted households are.
    every = institute_id is None
    joined = every and session.get_bind().dialect.name == "postgresql"
    source: Any = HH
    if every:  # indebted (``obligations.indebted_households``): an open register debt, or a contract still owing
        balances = obligations.contract_balances(as_of=as_of).subquery("balances")
        indebted = union(
            select(DEBT.c.household_id.label("id")).where(
                DEBT.c.deleted_at.is_(None), DEBT.c.status == DebtStatus.OPEN
            ),
            select(balances.c.household_id.label("id")).where(balances.c.balance > 0),
        ).subquery("indebted")
        source = source.outerjoin(indebted, indebted.c.id == HH.c.id)
        has_debt: ColumnElement[bool] = indebted.c.id.is_not(None)
    else:
        has_debt = HH.c.id.in_(obligations.indebted_households(as_of=as_of, institute_id=institute_id))
    head_where = (MEMBER.c.is_head.is_(True), MEMBER.c.deleted_at.is_(None))
    income_where = (
        FINANCE.c.kind == FinanceKind.INCOME,
        FINANCE.c.amount_monthly > 0,
        FINANCE.c.deleted_at.is_(None),
    )
    if joined:
        heads = select(MEMBER.c.household_id).where(*head_where).distinct().subquery("heads")
        earning = select(FINANCE.c.household_id).where(*income_where).distinct().subquery("earning")
        source = source.outerjoin(heads, heads.c.household_id == HH.c.id).outerjoin(
            earning, earning.c.household_id == HH.c.id
        )
        has_head: ColumnElement[bool] = heads.c.household_id.is_not(None)
        has_income: ColumnElement[bool] = earning.c.household_id.is_not(None)
    else:
        has_head = exists().where(MEMBER.c.household_id == HH.c.id, *head_where)
        has_income = exists().where(FINANCE.c.household_id == HH.c.id, *income_where)
    query = (
        select(
            HH.c.institute_id,
            func.count(),
            func.sum(case((has_debt, 1), else_=0)),
            func.sum(case((has_head, 0), else_=1)),
            func.sum(case((and_(has_debt, ~has_income), 1), else_=0)),
        )
        .select_from(source)
        .where(*_live_households(institute_id))
        .group_by(HH.c.institute_id)
    )
    return {r[0]: (int(r[1]), int(r[2] or 0), int(r[3] or 0), int(r[4] or 0)) for r in session.execute(query)}


def _fund_debts_without_fund(session: Session, institute_id: str | None) -> dict[str, int]:
    query = (
        select(HH.c.institute_id, func.count())
        .join(HH, HH.c.id == DEBT.c.household_id)
        .where(
            *_live_households(institute_id),
            DEBT.c.deleted_at.is_(None),
            DEBT.c.creditor_kind == CreditorKind.MEMBER_FUND,
            DEBT.c.member_fund_id.is_(None),
            DEBT.c.status == DebtStatus.OPEN,
        )
        .group_by(HH.c.institute_id)
    )
    return {r[0]: int(r[1]) for r in session.execute(query)}


def _selections(session: Session, fiscal_year: int, institute_id: str | None) -> dict[str, bool]:
    """Per institute with a target list: whether it is locked (its households: :func:`standing`)."""
    return {
        r[0]: r[1] is TargetStatus.LOCKED
        for r in session.execute(
            select(SELECTION.c.institute_id, SELECTION.c.status).where(
                SELECTION.c.fiscal_year == fiscal_year,
                SELECTION.c.deleted_at.is_(None),
                *_only(SELECTION.c.institute_id, institute_id),
            )
        )
    }


@dataclass(frozen=True)
class Standing:
    """An institute's target households on a day: on the list, at 1HH1C, restructured (criterion 3)."""

    targets: frozenset[str] = frozenset()
    at_1hh1c: frozenset[str] = frozenset()
    restructured: frozenset[str] = frozenset()


def standing(
    session: Session, *, fiscal_year: int, as_of: date, institute_id: str | None, cutoff: bool = False
) -> dict[str, Standing]:
    """Per institute: its target households and which of them are at 1HH1C and restructured on ``as_of``.

    Contracts count when signed (or since repaid) by ``as_of``, an amendment standing for the contract it
    replaced; a member-fund debt taken over by a contract signed after ``as_of`` was still owed then. With
    ``cutoff`` (a report round), households put on the list after ``as_of`` do not count either. A rescheduling
    with an outside creditor counts when it was agreed by ``as_of``."""
    bound = datetime.combine(as_of + timedelta(days=1), time(0), tzinfo=UTC)
    target_where = [
        SELECTION.c.fiscal_year == fiscal_year,
        SELECTION.c.deleted_at.is_(None),
        TARGET.c.deleted_at.is_(None),
        *_only(SELECTION.c.institute_id, institute_id),
        *([TARGET.c.created_at < bound] if cutoff else []),
    ]
    targets: dict[str, set[str]] = defaultdict(set)
    owner_of: dict[str, str] = {}
    for inst, household in session.execute(
        select(SELECTION.c.institute_id, TARGET.c.household_id)
        .join(SELECTION, SELECTION.c.id == TARGET.c.selection_id)
        .where(*target_where)
    ):
        targets[inst].add(household)
        owner_of[household] = inst
    if not targets:
        return {}
    rows = session.execute(
        select(CONTRACT.c.id, CONTRACT.c.household_id, CONTRACT.c.amends_contract_id).where(
            *_contract_where(fiscal_year, institute_id),
            CONTRACT.c.signing_date.is_not(None),
            CONTRACT.c.signing_date <= as_of,
        )
    ).all()
    amends = {r.id: r.amends_contract_id for r in rows}

    def root(contract_id: str) -> str:
        seen = {contract_id}
        while (before := amends.get(contract_id)) and before in amends and before not in seen:
            contract_id = before
            seen.add(before)
        return contract_id

    replaced = {a for a in amends.values() if a}
    live: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        if r.id not in replaced:
            live[r.household_id].add(root(r.id))
    taken = {
        debt_id: root(contract_id)
        for debt_id, contract_id in session.execute(
            select(TRANSFER.c.source_debt_id, TRANSFER.c.contract_id)
            .join(CONTRACT, CONTRACT.c.id == TRANSFER.c.contract_id)
            .where(  # the lines of the contracts above (``amends``' keys), joined rather than listed
                TRANSFER.c.deleted_at.is_(None),
                *_contract_where(fiscal_year, institute_id),
                CONTRACT.c.signing_date.is_not(None),
                CONTRACT.c.signing_date <= as_of,
            )
        )
    }
    fund_debts: dict[str, list[str | None]] = defaultdict(list)
    rescheduled: set[str] = set()
    for debt_id, household, kind, status, closed, rescheduled_on in session.execute(
        select(
            DEBT.c.id,
            DEBT.c.household_id,
            DEBT.c.creditor_kind,
            DEBT.c.status,
            DEBT.c.closed_date,
            DEBT.c.rescheduled_on,
        )
        .join(TARGET, TARGET.c.household_id == DEBT.c.household_id)
        .join(SELECTION, SELECTION.c.id == TARGET.c.selection_id)
        .where(
            *target_where,
            DEBT.c.deleted_at.is_(None),
            or_(  # only the debts that count below: member funds' not repaid by then, outside ones rescheduled by then
                and_(
                    DEBT.c.creditor_kind == CreditorKind.MEMBER_FUND,
                    ~and_(
                        DEBT.c.status == DebtStatus.CLOSED,
                        or_(DEBT.c.closed_date.is_(None), DEBT.c.closed_date <= as_of),
                    ),
                ),
                and_(
                    DEBT.c.creditor_kind != CreditorKind.MEMBER_FUND,
                    DEBT.c.rescheduled_on.is_not(None),
                    DEBT.c.rescheduled_on <= as_of,
                ),
            ),
        )
    ):
        if kind == CreditorKind.MEMBER_FUND:
            if status == DebtStatus.CLOSED and (closed is None or closed <= as_of):
                continue  # repaid by then
            fund_debts[household].append(taken.get(debt_id))
        elif records_rescheduling(rescheduled_on, as_of=as_of):
            rescheduled.add(household)
    found: dict[str, Standing] = {}
    for inst, members in targets.items():
        at = {h for h in members if at_1hh1c(target=True, contracts=live.get(h, ()), fund_debts=fund_debts.get(h, ()))}
        done = {h for h in members if restructured(target=True, at_1hh1c=h in at, rescheduled_outside=h in rescheduled)}
        found[inst] = Standing(frozenset(members), frozenset(at), frozenset(done))
    return found


def _short_list_reasons(session: Session, fiscal_year: int, institute_id: str | None) -> set[str]:
    """Institutes whose target list's latest lock recorded why the list is short (``lock_targets``)."""
    latest: dict[str, bool] = {}
    for inst, action, reason in session.execute(
        select(SELECTION.c.institute_id, CHANGE.c.action, CHANGE.c.reason)
        .join(SELECTION, SELECTION.c.id == CHANGE.c.selection_id)
        .where(
            SELECTION.c.fiscal_year == fiscal_year,
            SELECTION.c.deleted_at.is_(None),
            CHANGE.c.deleted_at.is_(None),
            CHANGE.c.action.in_([TargetChangeAction.LOCK, TargetChangeAction.UNLOCK]),
            *_only(SELECTION.c.institute_id, institute_id),
        )
        .order_by(CHANGE.c.created_at, CHANGE.c.hlc, CHANGE.c.id)
    ):  # the short list's note is written right after its lock
        latest[inst] = action == TargetChangeAction.LOCK and reason.startswith(SHORT_LIST_MARK)
    return {inst for inst, noted in latest.items() if noted}


def _plans(session: Session, fiscal_year: int, institute_id: str | None) -> dict[str, tuple[PlanStatus, Decimal]]:
    totals = dict(
        session.execute(
            select(PROJECT.c.plan_id, func.sum(LINE.c.amount))
            .join(PROJECT, PROJECT.c.id == LINE.c.project_id)
            .join(PLAN, PLAN.c.id == PROJECT.c.plan_id)
            .where(
                PLAN.c.fiscal_year == fiscal_year,
                PLAN.c.deleted_at.is_(None),
                PROJECT.c.deleted_at.is_(None),
                LINE.c.deleted_at.is_(None),
                *_only(PLAN.c.institute_id, institute_id),
            )
            .group_by(PROJECT.c.plan_id)
        ).all()
    )
    return {
        r.institute_id: (r.status, totals.get(r.id) or ZERO)
        for r in session.execute(
            select(PLAN.c.id, PLAN.c.institute_id, PLAN.c.status).where(
                PLAN.c.fiscal_year == fiscal_year,
                PLAN.c.deleted_at.is_(None),
                *_only(PLAN.c.institute_id, institute_id),
            )
        )
    }


def _contract_where(fiscal_year: int, institute_id: str | None) -> list[ColumnElement[bool]]:
    return [
        CONTRACT.c.fiscal_year == fiscal_year,
        CONTRACT.c.deleted_at.is_(None),
        CONTRACT.c.status.in_(COUNTED),
        *_only(CONTRACT.c.institute_id, institute_id),
    ]


def _contract_counts(
    session: Session, fiscal_year: int, institute_id: str | None
) -> dict[str, tuple[int, int, Decimal]]:
    """Per institute: households at 1HH1C, original contracts, the principal they consolidated."""
    households: dict[str, int] = dict(
        session.execute(
            select(CONTRACT.c.institute_id, func.count(func.distinct(CONTRACT.c.household_id)))
            .where(*_contract_where(fiscal_year, institute_id))
            .group_by(CONTRACT.c.institute_id)
        ).all()
    )
    originals = {
        r[0]: (int(r[1]), r[2] or ZERO)
        for r in session.execute(
            select(CONTRACT.c.institute_id, func.count(), func.sum(CONTRACT.c.principal))  # summed in satang
            .where(*_contract_where(fiscal_year, institute_id), CONTRACT.c.amends_contract_id.is_(None))
            .group_by(CONTRACT.c.institute_id)
        )
    }
    return {i: (int(n), *originals.get(i, (0, ZERO))) for i, n in households.items()}


def _repayments(
    session: Session, fiscal_year: int, institute_id: str | None, *, as_of: date
) -> dict[str, RepaymentPerformance]:
    """Per institute: the repayment performance of its followed contracts on ``as_of``."""
    replaced = set(
        session.scalars(
            select(CONTRACT.c.amends_contract_id).where(
                CONTRACT.c.amends_contract_id.is_not(None),
                CONTRACT.c.deleted_at.is_(None),
                CONTRACT.c.status.in_(COUNTED),
            )
        )
    )
    where = _contract_where(fiscal_year, institute_id)
    followed = {
        contract_id: owner
        for contract_id, owner in session.execute(select(CONTRACT.c.id, CONTRACT.c.institute_id).where(*where))
        if contract_id not in replaced
    }
    if not followed:
        return {}
    due: dict[str, list[tuple[date, Decimal]]] = defaultdict(list)
    for contract_id, due_date, principal, interest in session.execute(
        select(SCHEDULE.c.contract_id, SCHEDULE.c.due_date, SCHEDULE.c.principal, SCHEDULE.c.interest)
        .join(CONTRACT, CONTRACT.c.id == SCHEDULE.c.contract_id)
        .where(*where, SCHEDULE.c.deleted_at.is_(None), SCHEDULE.c.due_date <= as_of)
        .order_by(SCHEDULE.c.contract_id, SCHEDULE.c.seq)
    ):
        due[contract_id].append((due_date, principal + interest))
    paid: dict[str, list[tuple[date, Decimal]]] = defaultdict(list)
    for contract_id, paid_on, principal, interest in session.execute(
        select(REPAYMENT.c.contract_id, REPAYMENT.c.paid_on, REPAYMENT.c.principal, REPAYMENT.c.interest)
        .join(CONTRACT, CONTRACT.c.id == REPAYMENT.c.contract_id)
        .where(*where, REPAYMENT.c.deleted_at.is_(None), REPAYMENT.c.paid_on <= as_of)
    ):
        paid[contract_id].append((paid_on, principal + interest))
    found: dict[str, RepaymentPerformance] = {}
    for contract_id, owner in followed.items():
        lines, payments = due.get(contract_id, []), paid.get(contract_id, [])
        amount_due = sum((a for _, a in lines), ZERO)
        amount_paid = sum((a for _, a in payments), ZERO)
        arrears = max(ZERO, amount_due - amount_paid)
        fully, on_time = installments_on_time(lines, payments, grace_days=ON_TIME_GRACE_DAYS)
        one = RepaymentPerformance(
            contracts=1,
            contracts_due=1 if lines else 0,
            installments_due=len(lines),
            installments_paid=fully,
            installments_on_time=on_time,
            amount_due=amount_due,
            amount_paid=amount_paid,
            arrears=arrears,
            contracts_in_arrears=1 if arrears > 0 else 0,
        )
        found[owner] = found[owner] + one if owner in found else one
    return found


def _targets_wanted(session: Session, fiscal_year: int) -> int:
    """The profile's size of the target list (``criteria_thresholds``' profile, else the table's default)."""
    found = session.scalar(
        select(PROFILE.c.target_households)
        .where(PROFILE.c.deleted_at.is_(None), PROFILE.c.fiscal_year <= fiscal_year)
        .order_by(PROFILE.c.fiscal_year.desc())
        .limit(1)
    )
    return int(found) if found is not None else int(PROFILE.c.target_households.default.arg)  # type: ignore[union-attr]


def _figures(
    session: Session, *, fiscal_year: int, as_of: date, institute_id: str | None, cutoff: bool = False
) -> dict[str, _Figures]:
    """Every institute's facts and figures (or one institute's), from one query per table."""
    if institute_id is None:
        for_large_reads(session)
    institutes = list(
        session.scalars(
            select(INSTITUTE.c.id).where(INSTITUTE.c.deleted_at.is_(None), *_only(INSTITUTE.c.id, institute_id))
        )
    )
    households = _household_counts(session, institute_id, as_of=as_of)
    fund_debts = _fund_debts_without_fund(session, institute_id)
    selections = _selections(session, fiscal_year, institute_id)
    plans = _plans(session, fiscal_year, institute_id)
    contracts = _contract_counts(session, fiscal_year, institute_id)
    repayments = _repayments(session, fiscal_year, institute_id, as_of=as_of)
    standings = standing(session, fiscal_year=fiscal_year, as_of=as_of, institute_id=institute_id, cutoff=cutoff)
    short_noted = _short_list_reasons(session, fiscal_year, institute_id)
    wanted = _targets_wanted(session, fiscal_year)
    found = {}
    for i in institutes:
        count, with_debts, without_head, without_income = households.get(i, (0, 0, 0, 0))
        selection = selections.get(i)
        plan = plans.get(i)
        _households, originals, amount = contracts.get(i, (0, 0, ZERO))
        now = standings.get(i, Standing())
        facts = InstituteFacts(
            households=count,
            households_with_debts=with_debts,
            households_without_head=without_head,
            fund_debts_without_fund=fund_debts.get(i, 0),
            households_without_income=without_income,
            selection_made=selection is not None,
            selection_locked=bool(selection),
            target_households=len(now.targets) if selection is not None else 0,
            targets_wanted=wanted,
            short_list_reason=i in short_noted,
            targets_restructured=len(now.restructured) if selection is not None else 0,
            plan_status=plan[0] if plan else None,
            plan_total=plan[1] if plan else ZERO,
            households_1hh1c=len(now.at_1hh1c) if selection is not None else 0,
        )
        found[i] = _Figures(facts, originals, amount, repayments.get(i, RepaymentPerformance()))
    return found


# -- one institute ---------------------------------------------------------------------------------------------------
def _class_change(session: Session, institute_id: str, *, fiscal_year: int, as_of: date) -> ClassChange:
    before = dict(
        session.execute(
            select(TARGET.c.household_id, TARGET.c.class_at_selection)
            .join(SELECTION, SELECTION.c.id == TARGET.c.selection_id)
            .join(HH, HH.c.id == TARGET.c.household_id)
            .where(
                SELECTION.c.institute_id == institute_id,
                SELECTION.c.fiscal_year == fiscal_year,
                SELECTION.c.deleted_at.is_(None),
                TARGET.c.deleted_at.is_(None),
                HH.c.deleted_at.is_(None),
            )
        ).all()
    )
    known = {h: c for h, c in before.items() if c in DebtorClass.__members__}
    if not known:
        return ClassChange(before=dict.fromkeys(DebtorClass, 0), after=dict.fromkeys(DebtorClass, 0))
    thresholds = fiscal_profile(session, fiscal_year).thresholds
    now, _debts = classify_households(session, ids=sorted(known), thresholds=thresholds, as_of=as_of)
    moves = Counter(class_change(known[h], c.debtor_class) for h, c in now.items())
    was = Counter(DebtorClass(c) for c in known.values())
    is_now = Counter(c.debtor_class for c in now.values())
    return ClassChange(
        households=len(now),
        improved=moves[-1],
        same=moves[0],
        worse=moves[1],
        before={c: was[c] for c in DebtorClass},
        after={c: is_now[c] for c in DebtorClass},
    )


def institute_indicators(
    session: Session, institute_id: str, *, fiscal_year: int, as_of: date, cutoff: bool = False
) -> InstituteIndicators:
    """The institute's five criteria with their reasons and its 1HH1C figures on ``as_of`` (with ``cutoff``, a
    report round's: targets put on the list after ``as_of`` do not count either)."""
    row = session.execute(
        select(INSTITUTE.c.id, INSTITUTE.c.name, INSTITUTE.c.province_code, INSTITUTE.c.district_code).where(
            INSTITUTE.c.id == institute_id, INSTITUTE.c.deleted_at.is_(None)
        )
    ).first()
    if row is None:
        raise NotFound("institute", institute_id)
    thresholds = criteria_thresholds(session, fiscal_year)
    figures = _figures(session, fiscal_year=fiscal_year, as_of=as_of, institute_id=institute_id, cutoff=cutoff)[
        institute_id
    ]
    names = area_names(province_code=row.province_code, district_code=row.district_code, subdistrict_code="")
    return InstituteIndicators(
        institute_id=row.id,
        institute_name=row.name,
        province_code=row.province_code,
        district_code=row.district_code,
        province=names.province,
        district=names.district,
        fiscal_year=fiscal_year,
        as_of=as_of,
        thresholds=thresholds,
        facts=figures.facts,
        criteria=evaluate(figures.facts, thresholds),
        contracts=figures.contracts,
        amount_consolidated=figures.amount_consolidated,
        repayment=figures.repayment,
        class_change=_class_change(session, institute_id, fiscal_year=fiscal_year, as_of=as_of),
    )


# -- every institute -------------------------------------------------------------------------------------------------
def _area(
    level: str,
    members: Sequence[InstituteSummary],
    *,
    thresholds: CriteriaThresholds,
    province_code: str = "",
    district_code: str = "",
    name: str = "",
    province: str = "",
) -> AreaRow:
    passing = sum(1 for s in members if s.passed)
    return AreaRow(
        level=level,
        province_code=province_code,
        district_code=district_code,
        name=name,
        province=province,
        institutes=len(members),
        passing=passing,
        passing_pct=pass_rate(passing, len(members)),
        meets_goal=goal_met(passing, len(members), thresholds),
        criteria_passing=tuple(sum(1 for s in members if s.criteria[i]) for i in range(len(Criterion))),
        households_1hh1c=sum(s.households_1hh1c for s in members),
        households_goal=len(members) * thresholds.min_households_1hh1c,
        target_households=sum(s.target_households for s in members),
        contracts=sum(s.contracts for s in members),
        amount_consolidated=sum((s.amount_consolidated for s in members), ZERO),
        repayment=sum((s.repayment for s in members), RepaymentPerformance()),
    )


def _names(codes: Iterable[tuple[str, str]], language: str) -> dict[tuple[str, str], tuple[str, str]]:
    found = {}
    for province_code, district_code in codes:
        names = area_names(
            province_code=province_code, district_code=district_code, subdistrict_code="", language=language
        )
        found[(province_code, district_code)] = (names.province, names.district)
    return found


def rollup(session: Session, *, fiscal_year: int, as_of: date, language: str = "th") -> Rollup:
    """Every institute in the database: its criteria and figures, added up per district, per province and in all
    (area names in ``language``), against the profile's goals."""
    thresholds = criteria_thresholds(session, fiscal_year)
    figures = _figures(session, fiscal_year=fiscal_year, as_of=as_of, institute_id=None)
    institutes = session.execute(
        select(INSTITUTE.c.id, INSTITUTE.c.name, INSTITUTE.c.province_code, INSTITUTE.c.district_code)
        .where(INSTITUTE.c.deleted_at.is_(None))
        .order_by(INSTITUTE.c.province_code, INSTITUTE.c.district_code, INSTITUTE.c.name, INSTITUTE.c.id)
    ).all()
    summaries = []
    for r in institutes:
        f = figures[r.id]
        summaries.append(
            InstituteSummary(
                institute_id=r.id,
                name=r.name,
                province_code=r.province_code,
                district_code=r.district_code,
                criteria=tuple(c.passed for c in evaluate(f.facts, thresholds)),
                households_1hh1c=f.facts.households_1hh1c,
                target_households=f.facts.target_households,
                contracts=f.contracts,
                amount_consolidated=f.amount_consolidated,
                repayment=f.repayment,
            )
        )
    by_district: dict[tuple[str, str], list[InstituteSummary]] = defaultdict(list)
    by_province: dict[str, list[InstituteSummary]] = defaultdict(list)
    for s in summaries:
        by_district[(s.province_code, s.district_code)].append(s)
        by_province[s.province_code].append(s)
    names = _names(by_district, language)
    province_names = {p: names[key][0] for key in names for p in [key[0]]}
    districts = tuple(
        _area(
            "district",
            members,
            thresholds=thresholds,
            province_code=key[0],
            district_code=key[1],
            name=names[key][1],
            province=names[key][0],
        )
        for key, members in sorted(by_district.items(), key=lambda item: (names[item[0]][0], names[item[0]][1]))
    )
    provinces = tuple(
        _area(
            "province",
            members,
            thresholds=thresholds,
            province_code=code,
            name=province_names[code],
            province=province_names[code],
        )
        for code, members in sorted(by_province.items(), key=lambda item: province_names[item[0]])
    )
    return Rollup(
        fiscal_year=fiscal_year,
        as_of=as_of,
        thresholds=thresholds,
        institutes=tuple(summaries),
        districts=districts,
        provinces=provinces,
        total=_area("total", summaries, thresholds=thresholds),
    )
