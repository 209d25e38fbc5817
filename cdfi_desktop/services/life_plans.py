"""Life-development plans of target households (แผนพัฒนาชีวิตครัวเรือน, guideline 4.2): each household's goals,
planned changes of income and expenses, monthly savings target and activities with target dates, then the
institute's follow-up visits with what was saved so far.

One plan per household and fiscal year, only for a household on that fiscal year's target list. Saving a plan
rewrites its items in the order given (items dropped are tombstoned); follow-up visits are added one by one.
Reads are plain queries returning frozen rows; use cases take a unit of work and refuse with
:class:`ValidationFailed` (codes in ``messages.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cdfi_desktop.db import models as m
from cdfi_desktop.db.base import table_of
from cdfi_desktop.domain.enums import FinanceKind, LifePlanItemKind, PlanStatus
from cdfi_desktop.domain.register_rules import Issue, Severity
from cdfi_desktop.services.errors import NotFound, ValidationFailed
from cdfi_desktop.services.uow import UnitOfWork

__all__ = [
    "FollowUpView",
    "LifePlanForm",
    "LifePlanItemForm",
    "LifePlanItemView",
    "LifePlanView",
    "TargetPlanRow",
    "add_follow_up",
    "life_plan",
    "life_plan_households",
    "life_plans",
    "remove_follow_up",
    "save_life_plan",
]


ZERO = Decimal("0.00")
TEXT_LIMIT = 4000
PLAN, ITEM, FOLLOW_UP = table_of(m.LifeDevelopmentPlan), table_of(m.LifePlanItem), table_of(m.LifePlanFollowUp)
SELECTION, TARGET = table_of(m.TargetSelection), table_of(m.TargetHousehold)
HH, MEMBER, VILLAGE, FINANCE = (
    table_of(m.Household),
    table_of(m.HouseholdMember),
    table_of(m.Village),
    table_of(m.HouseholdFinance),
)


# -- exchanged types -------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class LifePlanItemForm:
    kind: LifePlanItemKind
    description: str
    amount_monthly: Decimal | None = None  # baht a month: an income or expense change, a savings amount
    target_date: date | None = None


@dataclass(frozen=True)
class LifePlanForm:
    household_id: str
    fiscal_year: int  # B.E.
    goals: str = ""
    savings_target_monthly: Decimal = ZERO
    status: PlanStatus = PlanStatus.DRAFT
    notes: str = ""
    made_on: date | None = None
    items: tuple[LifePlanItemForm, ...] = ()


@dataclass(frozen=True)
class LifePlanItemView:
    id: str
    kind: LifePlanItemKind
    description: str
    amount_monthly: Decimal | None
    target_date: date | None
    sort_order: int


@dataclass(frozen=True)
class FollowUpView:
    id: str
    visited_on: date
    savings_to_date: Decimal | None
    note: str


@dataclass(frozen=True)
class LifePlanView:
    id: str
    household_id: str
    fiscal_year: int
    household_code: str
    head_name: str
    house_no: str
    village_no: int | None
    village: str
    members: int
    income: Decimal  # the household's monthly income and essential expenses as registered now
    expenses: Decimal
    made_on: date | None
    goals: str
    savings_target_monthly: Decimal
    status: PlanStatus
    notes: str
    items: tuple[LifePlanItemView, ...]
    follow_ups: tuple[FollowUpView, ...]  # oldest first

    def items_of(self, kind: LifePlanItemKind) -> tuple[LifePlanItemView, ...]:
        return tuple(i for i in self.items if i.kind is kind)

    @property
    def planned_income_change(self) -> Decimal:
        return sum((i.amount_monthly or ZERO for i in self.items_of(LifePlanItemKind.INCOME)), ZERO)

    @property
    def planned_expense_change(self) -> Decimal:
        return sum((i.amount_monthly or ZERO for i in self.items_of(LifePlanItemKind.EXPENSE)), ZERO)

    @property
    def latest_savings(self) -> Decimal | None:
        saved = [f.savings_to_date for f in self.follow_ups if f.savings_to_date is not None]
        return saved[-1] if saved else None

    def form(self) -> LifePlanForm:
        """The plan as a form to edit and save again."""
        return LifePlanForm(
            household_id=self.household_id,
            fiscal_year=self.fiscal_year,
            goals=self.goals,
            savings_target_monthly=self.savings_target_monthly,
            status=self.status,
            notes=self.notes,
            made_on=self.made_on,
            items=tuple(LifePlanItemForm(i.kind, i.description, i.amount_monthly, i.target_date) for i in self.items),
        )


@dataclass(frozen=True)
class TargetPlanRow:
    """A target household of the fiscal year and where its plan stands."""

    household_id: str
    rank: int
    code: str
    head_name: str
    village: str
    plan_id: str | None = None
    status: PlanStatus | None = None
    savings_target_monthly: Decimal | None = None
    items: int = 0
    follow_ups: int = 0
    last_visit: date | None = None


# -- helpers ---------------------------------------------------------------------------------------------------------
def _refuse(issues: list[Issue]) -> ValidationFailed:
    return ValidationFailed(issues)


def _issue(code: str, field_name: str, **params: object) -> Issue:
    return Issue(code, field_name, Severity.ERROR, dict(params))


def _full_name(title: str | None, first: str | None, last: str | None) -> str:
    return f"{title or ''}{first or ''} {last or ''}".strip()


def _is_target(session: Session, *, household_id: str, fiscal_year: int) -> bool:
    institute_id = session.scalar(select(HH.c.institute_id).where(HH.c.id == household_id, HH.c.deleted_at.is_(None)))
    if institute_id is None:
        return False
    found = session.scalar(
        select(TARGET.c.id)
        .join(SELECTION, SELECTION.c.id == TARGET.c.selection_id)
        .where(
            SELECTION.c.institute_id == institute_id,
            SELECTION.c.fiscal_year == fiscal_year,
            SELECTION.c.deleted_at.is_(None),
            TARGET.c.household_id == household_id,
            TARGET.c.deleted_at.is_(None),
        )
        .limit(1)
    )
    return found is not None


def _check_form(form: LifePlanForm) -> list[Issue]:
    issues: list[Issue] = []
    if form.savings_target_monthly < 0:
        issues.append(_issue("life_plan_savings_negative", "savings_target_monthly"))
    for name, value in (("goals", form.goals), ("notes", form.notes)):
        if len(value.strip()) > TEXT_LIMIT:
            issues.append(_issue("text_too_long", name, limit=TEXT_LIMIT))
    for no, item in enumerate(form.items, start=1):
        if not item.description.strip():
            issues.append(_issue("life_plan_item_description_required", f"items[{no}]", no=no))
        elif len(item.description.strip()) > TEXT_LIMIT:
            issues.append(_issue("text_too_long", f"items[{no}]", limit=TEXT_LIMIT))
        if item.amount_monthly is not None and item.amount_monthly < 0:
            issues.append(_issue("life_plan_amount_negative", f"items[{no}]", no=no))
    return issues


# -- use cases -------------------------------------------------------------------------------------------------------
def save_life_plan(uow: UnitOfWork, form: LifePlanForm) -> str:
    """Create or update the household's plan of ``form.fiscal_year``; returns its id. The household must be on
    that fiscal year's target list."""
    session = uow.session
    household = session.get(m.Household, form.household_id)
    if household is None or household.deleted_at is not None:
        raise NotFound(form.household_id)
    if not _is_target(session, household_id=form.household_id, fiscal_year=form.fiscal_year):
        raise _refuse([_issue("life_plan_not_target", "household_id", fiscal_year=form.fiscal_year)])
    issues = _check_form(form)
    if issues:
        raise _refuse(issues)
    plan = session.scalar(
        select(m.LifeDevelopmentPlan).where(
            m.LifeDevelopmentPlan.household_id == form.household_id,
            m.LifeDevelopmentPlan.fiscal_year == form.fiscal_year,
        )
    )
    if plan is None:
        plan = m.LifeDevelopmentPlan(household_id=form.household_id, fiscal_year=form.fiscal_year)
        session.add(plan)
    elif plan.deleted_at is not None:  # one plan per household and year, even among tombstones: bring it back
        plan.deleted_at = None
    plan.made_on = form.made_on
    plan.goals = form.goals.strip()
    plan.savings_target_monthly = form.savings_target_monthly
    plan.status = form.status
    plan.notes = form.notes.strip()
    session.flush()
    existing = list(
        session.scalars(
            select(m.LifePlanItem)
            .where(m.LifePlanItem.plan_id == plan.id, m.LifePlanItem.deleted_at.is_(None))
            .order_by(m.LifePlanItem.sort_order, m.LifePlanItem.id)
        )
    )
    for order, item in enumerate(form.items):
        row = existing[order] if order < len(existing) else None
        if row is None:
            row = m.LifePlanItem(plan_id=plan.id, kind=item.kind, description="")
            session.add(row)
        if row.kind is not item.kind:
            row.kind = item.kind
        if row.description != item.description.strip():
            row.description = item.description.strip()
        if row.amount_monthly != item.amount_monthly:
            row.amount_monthly = item.amount_monthly
        if row.target_date != item.target_date:
            row.target_date = item.target_date
        if row.sort_order != order:
            row.sort_order = order
    for row in existing[len(form.items) :]:
        session.delete(row)
    uow.commit()
    return plan.id


def _live_plan(session: Session, plan_id: str) -> m.LifeDevelopmentPlan:
    plan = session.get(m.LifeDevelopmentPlan, plan_id)
    if plan is None or plan.deleted_at is not None:
        raise NotFound(plan_id)
    return plan


def add_follow_up(
    uow: UnitOfWork,
    *,
    plan_id: str,
    visited_on: date,
    savings_to_date: Decimal | None,
    note: str,
    today: date | None = None,
) -> str:
    """Record a follow-up visit of the plan: when, what the household has saved so far, what was seen."""
    session = uow.session
    plan = _live_plan(session, plan_id)
    today = today or date.today()
    issues: list[Issue] = []
    if visited_on > today:
        issues.append(_issue("life_plan_follow_up_in_future", "visited_on", today=today))
    if plan.made_on is not None and visited_on < plan.made_on:
        issues.append(_issue("life_plan_follow_up_before_plan", "visited_on", made_on=plan.made_on))
    if savings_to_date is not None and savings_to_date < 0:
        issues.append(_issue("amount_negative", "savings_to_date"))
    if len(note.strip()) > TEXT_LIMIT:
        issues.append(_issue("text_too_long", "note", limit=TEXT_LIMIT))
    if issues:
        raise _refuse(issues)
    visit = m.LifePlanFollowUp(
        plan_id=plan.id, visited_on=visited_on, savings_to_date=savings_to_date, note=note.strip()
    )
    session.add(visit)
    if plan.status in (PlanStatus.DRAFT, PlanStatus.APPROVED):
        plan.status = PlanStatus.IN_PROGRESS
    session.flush()
    uow.commit()
    return visit.id


def remove_follow_up(uow: UnitOfWork, *, follow_up_id: str) -> None:
    """Remove a visit recorded by mistake (a tombstone)."""
    session = uow.session
    visit = session.get(m.LifePlanFollowUp, follow_up_id)
    if visit is None or visit.deleted_at is not None:
        raise NotFound(follow_up_id)
    session.delete(visit)
    uow.commit()


# -- reads -----------------------------------------------------------------------------------------------------------
def _views(session: Session, plans: Sequence[Any]) -> list[LifePlanView]:
    ids = [p.id for p in plans]
    household_ids = list({p.household_id for p in plans})
    if not ids:
        return []
    items: dict[str, list[LifePlanItemView]] = {}
    for r in session.execute(
        select(ITEM).where(ITEM.c.plan_id.in_(ids), ITEM.c.deleted_at.is_(None)).order_by(ITEM.c.sort_order, ITEM.c.id)
    ):
        items.setdefault(r.plan_id, []).append(
            LifePlanItemView(
                r.id, LifePlanItemKind(r.kind), r.description, r.amount_monthly, r.target_date, r.sort_order
            )
        )
    visits: dict[str, list[FollowUpView]] = {}
    for r in session.execute(
        select(FOLLOW_UP)
        .where(FOLLOW_UP.c.plan_id.in_(ids), FOLLOW_UP.c.deleted_at.is_(None))
        .order_by(FOLLOW_UP.c.visited_on, FOLLOW_UP.c.hlc)
    ):
        visits.setdefault(r.plan_id, []).append(FollowUpView(r.id, r.visited_on, r.savings_to_date, r.note))
    facts = _households(session, household_ids)
    money: dict[str, dict[str, Decimal]] = {}
    for household_id, kind, amount in session.execute(
        select(FINANCE.c.household_id, FINANCE.c.kind, func.sum(FINANCE.c.amount_monthly))
        .where(FINANCE.c.household_id.in_(household_ids), FINANCE.c.deleted_at.is_(None))
        .group_by(FINANCE.c.household_id, FINANCE.c.kind)
    ):
        money.setdefault(household_id, {})[str(kind)] = amount or ZERO
    members: dict[str, int] = dict(
        session.execute(
            select(MEMBER.c.household_id, func.count())
            .where(MEMBER.c.household_id.in_(household_ids), MEMBER.c.deleted_at.is_(None))
            .group_by(MEMBER.c.household_id)
        ).all()
    )
    views = []
    for p in plans:
        f = facts.get(p.household_id, ("", "", "", None, ""))
        own = money.get(p.household_id, {})
        views.append(
            LifePlanView(
                id=p.id,
                household_id=p.household_id,
                fiscal_year=p.fiscal_year,
                household_code=f[0],
                head_name=f[1],
                house_no=f[2],
                village_no=f[3],
                village=f[4],
                members=int(members.get(p.household_id, 0)),
                income=own.get(FinanceKind.INCOME.value, ZERO),
                expenses=own.get(FinanceKind.EXPENSE.value, ZERO),
                made_on=p.made_on,
                goals=p.goals,
                savings_target_monthly=p.savings_target_monthly,
                status=PlanStatus(p.status),
                notes=p.notes,
                items=tuple(items.get(p.id, ())),
                follow_ups=tuple(visits.get(p.id, ())),
            )
        )
    return views


def _households(session: Session, ids: Sequence[str]) -> dict[str, tuple[str, str, str, int | None, str]]:
    """(register no., head's name, house no., village no., village) of each household."""
    head = (
        select(MEMBER.c.household_id, MEMBER.c.title, MEMBER.c.first_name, MEMBER.c.last_name)
        .where(MEMBER.c.is_head.is_(True), MEMBER.c.deleted_at.is_(None))
        .subquery()
    )
    found: dict[str, tuple[str, str, str, int | None, str]] = {}
    for r in session.execute(
        select(
            HH.c.id,
            HH.c.code,
            HH.c.house_no,
            VILLAGE.c.village_no,
            VILLAGE.c.name,
            head.c.title,
            head.c.first_name,
            head.c.last_name,
        )
        .outerjoin(VILLAGE, VILLAGE.c.id == HH.c.village_id)
        .outerjoin(head, head.c.household_id == HH.c.id)
        .where(HH.c.id.in_(list(ids)))
    ):
        if r.id not in found:
            found[r.id] = (
                r.code or "",
                _full_name(r.title, r.first_name, r.last_name),
                r.house_no or "",
                r.village_no,
                r.name or "",
            )
    return found


def life_plan(session: Session, *, household_id: str, fiscal_year: int) -> LifePlanView | None:
    """The household's plan of ``fiscal_year`` (B.E.), or None before one is saved."""
    plans = session.execute(
        select(PLAN).where(
            PLAN.c.household_id == household_id, PLAN.c.fiscal_year == fiscal_year, PLAN.c.deleted_at.is_(None)
        )
    ).all()
    views = _views(session, plans)
    return views[0] if views else None


def _targets(session: Session, *, institute_id: str, fiscal_year: int) -> list[tuple[str, int]]:
    """(household id, rank) of the fiscal year's target households, in rank order."""
    return [
        (r.household_id, r.rank)
        for r in session.execute(
            select(TARGET.c.household_id, TARGET.c.rank)
            .join(SELECTION, SELECTION.c.id == TARGET.c.selection_id)
            .where(
                SELECTION.c.institute_id == institute_id,
                SELECTION.c.fiscal_year == fiscal_year,
                SELECTION.c.deleted_at.is_(None),
                TARGET.c.deleted_at.is_(None),
            )
            .order_by(TARGET.c.rank, TARGET.c.id)
        )
    ]


def life_plans(session: Session, *, institute_id: str, fiscal_year: int) -> list[LifePlanView]:
    """Every plan of the institute's households in ``fiscal_year``: target households in rank order first."""
    plans = session.execute(
        select(PLAN)
        .join(HH, HH.c.id == PLAN.c.household_id)
        .where(HH.c.institute_id == institute_id, PLAN.c.fiscal_year == fiscal_year, PLAN.c.deleted_at.is_(None))
    ).all()
    ranks = dict(_targets(session, institute_id=institute_id, fiscal_year=fiscal_year))
    views = _views(session, plans)
    return sorted(views, key=lambda v: (ranks.get(v.household_id, 10**6), v.household_code, v.id))


def life_plan_households(session: Session, *, institute_id: str, fiscal_year: int) -> list[TargetPlanRow]:
    """The fiscal year's target households in rank order, each with where its plan stands."""
    targets = _targets(session, institute_id=institute_id, fiscal_year=fiscal_year)
    facts = _households(session, [h for h, _rank in targets]) if targets else {}
    plans = {
        r.household_id: r
        for r in session.execute(
            select(PLAN.c.id, PLAN.c.household_id, PLAN.c.status, PLAN.c.savings_target_monthly).where(
                PLAN.c.household_id.in_([h for h, _rank in targets]),
                PLAN.c.fiscal_year == fiscal_year,
                PLAN.c.deleted_at.is_(None),
            )
        )
    }
    plan_ids = [p.id for p in plans.values()]
    item_counts: dict[str, int] = dict(
        session.execute(
            select(ITEM.c.plan_id, func.count())
            .where(ITEM.c.plan_id.in_(plan_ids), ITEM.c.deleted_at.is_(None))
            .group_by(ITEM.c.plan_id)
        ).all()
    )
    visits = {
        r.plan_id: (int(r.visits), r.last)
        for r in session.execute(
            select(FOLLOW_UP.c.plan_id, func.count().label("visits"), func.max(FOLLOW_UP.c.visited_on).label("last"))
            .where(FOLLOW_UP.c.plan_id.in_(plan_ids), FOLLOW_UP.c.deleted_at.is_(None))
            .group_by(FOLLOW_UP.c.plan_id)
        )
    }
    rows = []
    for household_id, rank in targets:
        code, head_name, _house_no, village_no, village = facts.get(household_id, ("", "", "", None, ""))
        where = " ".join(p for p in (str(village_no) if village_no is not None else "", village) if p)
        plan = plans.get(household_id)
        count, last = visits.get(plan.id, (0, None)) if plan else (0, None)
        rows.append(
            TargetPlanRow(
                household_id=household_id,
                rank=rank,
                code=code,
                head_name=head_name,
                village=where,
                plan_id=plan.id if plan else None,
                status=PlanStatus(plan.status) if plan else None,
                savings_target_monthly=plan.savings_target_monthly if plan else None,
                items=int(item_counts.get(plan.id, 0)) if plan else 0,
                follow_ups=count,
                last_visit=last,
            )
        )
    return rows


# -- printing --------------------------------------------------------------------------------------------------------
