"""The institute's debt-management plan (guideline 4.1.3): the committee meeting that plans debt management, the
projects and activities it selects (each with its objective, households served, period and budget lines), and the
request for support from the province, at most the fiscal-year profile's cap (40,000 baht per institute).

One plan per institute and fiscal year (B.E.). A budget line's amount is quantity × unit cost rounded to the satang
(``domain.money.round_satang``); the plan's request is the sum of its lines; spending is recorded per line.

The cap: a **draft** may go over it — the officer drafts what the committee wants and sees by how much it is over
(``plan_over_cap``, a warning on the field ``total``, and ``PlanView.over_cap``). Any other status (approved, in
progress, done: the plan submitted to the province) requires the request within the cap: approving an over-cap
plan is refused (``plan_over_cap_refused``), and so is a project change that would take a plan no longer in draft
over the cap (``plan_over_cap_not_draft``). A plan leaves the draft only with its meeting date and at least one
project. Exactly the cap is within it.

Other checks (``ValidationFailed`` with codes and fields; texts in ``messages.py``): a meeting that has been held —
the plan is past its draft, or attendees or minutes are recorded — cannot be dated in the future; a project cannot
end before it starts; amounts, quantities and households served cannot be negative; spending above a budget line's
amount is a warning (``plan_line_overspent``), as is a project period outside the fiscal year.

Scans of the minutes are attached files (``services.attachments``) owned by the plan, evidence kind "minutes".
Reads take a Session and return frozen rows; use cases take a UnitOfWork, check, write and commit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cdfi_desktop.db import models as m
from cdfi_desktop.db.base import table_of
from cdfi_desktop.domain.enums import PlanStatus
from cdfi_desktop.domain.fiscal import fiscal_year_range
from cdfi_desktop.domain.money import round_satang
from cdfi_desktop.domain.register_rules import EARLIEST_DATE, Issue, Severity, blocking
from cdfi_desktop.services.attachments import AttachedFile, attach_file, attached_files, detach
from cdfi_desktop.services.errors import NotFound, ValidationFailed
from cdfi_desktop.services.uow import UnitOfWork

__all__ = [
    "DEFAULT_CAP",
    "EVIDENCE_MINUTES",
    "OWNER_TABLE",
    "PLAN_TITLE",
    "BudgetLineForm",
    "BudgetLineView",
    "PlanForm",
    "PlanView",
    "ProjectForm",
    "ProjectView",
    "attach_minutes",
    "attendee_lines",
    "check_plan",
    "check_project",
    "line_amount",
    "plan_cap",
    "plan_id_of",
    "plan_view",
    "remove_budget_line",
    "remove_minutes",
    "remove_project",
    "save_plan",
    "save_project",
    "set_plan_status",
]

PLAN_TITLE = "แผนการบริหารจัดการหนี้ของสถาบันการจัดการเงินทุนชุมชน"
DEFAULT_CAP = Decimal("40000.00")
OWNER_TABLE = "institute_plan"
EVIDENCE_MINUTES = "minutes"
NAME_LIMIT = 200
UNIT_LIMIT = 40
TEXT_LIMIT = 20_000  # minutes and attendees: pages of text, not a book
MAX_LINE_AMOUNT = Decimal("10000000")  # ten million baht on one budget line is a typing slip
MAX_QUANTITY = Decimal("1000000")
MAX_HOUSEHOLDS = 100_000

PLAN, PROJECT, LINE = table_of(m.InstitutePlan), table_of(m.PlanProject), table_of(m.BudgetLine)
PROFILE = table_of(m.FiscalYearProfile)


# -- exchanged types -----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PlanForm:
    """The plan's meeting and status; ``attendees`` as text (one person a line) or a list of names."""

    institute_id: str
    fiscal_year: int  # B.E.
    title: str = PLAN_TITLE
    meeting_date: date | None = None
    meeting_place: str = ""
    attendees: str | Sequence[str] = ""
    minutes: str = ""
    status: PlanStatus = PlanStatus.DRAFT


@dataclass(frozen=True)
class BudgetLineForm:
    item: str
    quantity: Decimal = Decimal("1")
    unit: str = ""
    unit_cost: Decimal = Decimal("0")
    spent: Decimal = Decimal("0")
    id: str | None = None  # an existing line to keep and change


@dataclass(frozen=True)
class ProjectForm:
    """A project or activity of the plan with its budget lines (the lines replace the project's lines: those
    without an id are added, those left out are removed)."""

    plan_id: str
    name: str
    objective: str = ""
    households_served: int = 0
    start_date: date | None = None
    end_date: date | None = None
    status: PlanStatus = PlanStatus.DRAFT
    sort_order: int | None = None  # None: at the end for a new project, unchanged for an existing one
    lines: Sequence[BudgetLineForm] = ()
    id: str | None = None


@dataclass(frozen=True)
class BudgetLineView:
    id: str
    no: int
    item: str
    quantity: Decimal
    unit: str
    unit_cost: Decimal
    amount: Decimal
    spent: Decimal

    @property
    def overspent(self) -> Decimal:
        return max(Decimal("0.00"), self.spent - self.amount)


@dataclass(frozen=True)
class ProjectView:
    id: str
    no: int
    name: str
    objective: str
    households_served: int
    start_date: date | None
    end_date: date | None
    status: PlanStatus
    sort_order: int
    lines: tuple[BudgetLineView, ...]

    @property
    def planned(self) -> Decimal:
        return sum((line.amount for line in self.lines), Decimal("0.00"))

    @property
    def spent(self) -> Decimal:
        return sum((line.spent for line in self.lines), Decimal("0.00"))


@dataclass(frozen=True)
class PlanView:
    id: str
    institute_id: str
    fiscal_year: int  # B.E.
    title: str
    meeting_date: date | None
    meeting_place: str
    attendees: tuple[str, ...]
    minutes: str
    status: PlanStatus
    files: tuple[AttachedFile, ...]
    projects: tuple[ProjectView, ...]
    cap: Decimal
    warnings: tuple[Issue, ...] = field(default=())

    @property
    def attendees_text(self) -> str:
        return "\n".join(self.attendees)

    @property
    def planned_total(self) -> Decimal:
        return sum((p.planned for p in self.projects), Decimal("0.00"))

    @property
    def spent_total(self) -> Decimal:
        return sum((p.spent for p in self.projects), Decimal("0.00"))

    @property
    def households_served(self) -> int:
        return sum(p.households_served for p in self.projects)

    @property
    def over_cap(self) -> Decimal:
        """How much the request is above the cap (0 when within it)."""
        return max(Decimal("0.00"), self.planned_total - self.cap)

    @property
    def within_cap(self) -> bool:
        return self.planned_total <= self.cap

    @property
    def remaining(self) -> Decimal:
        """What may still be requested under the cap (0 when at or over it)."""
        return max(Decimal("0.00"), self.cap - self.planned_total)

    def project(self, project_id: str) -> ProjectView | None:
        return next((p for p in self.projects if p.id == project_id), None)


# -- pure rules -----------------------------------------------------------------------------------------------------
def attendee_lines(attendees: str | Sequence[str]) -> tuple[str, ...]:
    """Attendees one a line, blank lines and surrounding spaces dropped."""
    raw = attendees.splitlines() if isinstance(attendees, str) else [line for a in attendees for line in a.splitlines()]
    return tuple(line.strip() for line in raw if line.strip())


def line_amount(quantity: Decimal, unit_cost: Decimal) -> Decimal:
    """A budget line's amount: quantity × unit cost to the satang (half up)."""
    return round_satang(quantity * unit_cost)


def _text(value: str, field_name: str, limit: int) -> list[Issue]:
    if len(value.strip()) > limit:
        return [Issue("text_too_long", field_name, params={"limit": limit})]
    return []


def _money(value: Decimal, field_name: str, *, limit: Decimal = MAX_LINE_AMOUNT) -> list[Issue]:
    if value < 0:
        return [Issue("amount_negative", field_name, params={"amount": value})]
    if value > limit:
        return [Issue("amount_absurd", field_name, params={"amount": value, "limit": limit})]
    if value != value.quantize(Decimal("0.01")):
        return [Issue("money_too_many_decimals", field_name, params={"text": f"{value}", "decimals": 2})]
    return []


def over_cap_issue(total: Decimal, cap: Decimal) -> Issue | None:
    """The warning shown while a draft's request is above the cap (None within it)."""
    if total <= cap:
        return None
    return Issue("plan_over_cap", "total", Severity.WARNING, {"total": total, "cap": cap, "over": total - cap})


def check_plan(form: PlanForm, *, total: Decimal, cap: Decimal, projects: int, today: date) -> list[Issue]:
    """The plan's rules given its current request ``total`` and number of ``projects`` (warnings included)."""
    issues: list[Issue] = []
    if not form.title.strip():
        issues.append(Issue("plan_title_required", "title"))
    issues += _text(form.title, "title", NAME_LIMIT)
    issues += _text(form.meeting_place, "meeting_place", NAME_LIMIT)
    attendees = "\n".join(attendee_lines(form.attendees))
    issues += _text(attendees, "attendees", TEXT_LIMIT)
    issues += _text(form.minutes, "minutes", TEXT_LIMIT)
    if not 2400 <= form.fiscal_year <= 2700:
        issues.append(
            Issue(
                "fiscal_year_out_of_range",
                "fiscal_year",
                params={"year": form.fiscal_year, "first": 2400, "last": 2700},
            )
        )
    submitted = form.status is not PlanStatus.DRAFT
    held = submitted or bool(attendees) or bool(form.minutes.strip())
    if form.meeting_date is not None:
        if form.meeting_date < EARLIEST_DATE:
            issues.append(Issue("date_before_1950", "meeting_date", params={"date": form.meeting_date}))
        elif held and form.meeting_date > today:
            issues.append(Issue("plan_meeting_in_future", "meeting_date", params={"date": form.meeting_date}))
    if submitted:
        if form.meeting_date is None:
            issues.append(Issue("plan_meeting_date_required", "meeting_date"))
        if projects == 0:
            issues.append(Issue("plan_no_projects", "status"))
        if total > cap:
            issues.append(
                Issue("plan_over_cap_refused", "status", params={"total": total, "cap": cap, "over": total - cap})
            )
    else:
        warning = over_cap_issue(total, cap)
        if warning is not None:
            issues.append(warning)
    return issues


def check_project(
    form: ProjectForm,
    *,
    fiscal_year: int,
    plan_status: PlanStatus = PlanStatus.DRAFT,
    other_total: Decimal = Decimal("0"),
    cap: Decimal = DEFAULT_CAP,
) -> list[Issue]:
    """A project's rules and its lines' (fields ``lines.<index>.<name>``), and the plan's cap with this project's
    lines beside the others' ``other_total`` (warnings included)."""
    issues: list[Issue] = []
    if not form.name.strip():
        issues.append(Issue("plan_project_name_required", "name"))
    issues += _text(form.name, "name", NAME_LIMIT)
    issues += _text(form.objective, "objective", TEXT_LIMIT)
    if not 0 <= form.households_served <= MAX_HOUSEHOLDS:
        issues.append(Issue("count_out_of_range", "households_served", params={"count": form.households_served}))
    for name, value in (("start_date", form.start_date), ("end_date", form.end_date)):
        if value is not None and value < EARLIEST_DATE:
            issues.append(Issue("date_before_1950", name, params={"date": value}))
    if form.start_date is not None and form.end_date is not None and form.end_date < form.start_date:
        issues.append(Issue("plan_project_end_before_start", "end_date"))
    elif 2400 <= fiscal_year <= 2700:
        first, last = fiscal_year_range(fiscal_year)
        outside = [
            name
            for name, value in (("start_date", form.start_date), ("end_date", form.end_date))
            if value is not None and not first <= value <= last
        ]
        if outside:
            issues.append(
                Issue(
                    "plan_project_outside_year",
                    outside[0],
                    Severity.WARNING,
                    {"year": fiscal_year, "first": first, "last": last},
                )
            )
    total = Decimal("0.00")
    for index, line in enumerate(form.lines):
        prefix = f"lines.{index}."
        if not line.item.strip():
            issues.append(Issue("plan_line_item_required", prefix + "item"))
        issues += _text(line.item, prefix + "item", NAME_LIMIT)
        issues += _text(line.unit, prefix + "unit", UNIT_LIMIT)
        quantity_ok = Decimal("0") <= line.quantity <= MAX_QUANTITY and line.quantity == line.quantity.quantize(
            Decimal("0.01")
        )
        if not quantity_ok:
            issues.append(Issue("plan_quantity_invalid", prefix + "quantity", params={"quantity": line.quantity}))
        cost_issues = _money(line.unit_cost, prefix + "unit_cost")
        spent_issues = _money(line.spent, prefix + "spent")
        issues += cost_issues + spent_issues
        if not quantity_ok or cost_issues:
            continue
        amount = line_amount(line.quantity, line.unit_cost)
        if amount > MAX_LINE_AMOUNT:
            issues.append(
                Issue("amount_absurd", prefix + "amount", params={"amount": amount, "limit": MAX_LINE_AMOUNT})
            )
            continue
        total += amount
        if not spent_issues and line.spent > amount:
            issues.append(
                Issue(
                    "plan_line_overspent",
                    prefix + "spent",
                    Severity.WARNING,
                    {"spent": line.spent, "amount": amount, "over": line.spent - amount},
                )
            )
    if not blocking(issues):
        plan_total = other_total + total
        if plan_total > cap:
            over = plan_total - cap
            if plan_status is PlanStatus.DRAFT:
                issues.append(
                    Issue("plan_over_cap", "total", Severity.WARNING, {"total": plan_total, "cap": cap, "over": over})
                )
            else:
                issues.append(
                    Issue("plan_over_cap_not_draft", "total", params={"total": plan_total, "cap": cap, "over": over})
                )
    return issues


def _refuse(issues: list[Issue]) -> list[Issue]:
    errors = blocking(issues)
    if errors:
        raise ValidationFailed(errors)
    return issues


# -- reads ---------------------------------------------------------------------------------------------------------
def plan_cap(session: Session, fiscal_year: int) -> Decimal:
    """The request cap of ``fiscal_year``'s profile (else the newest before it; 40,000 baht without one)."""
    cap = session.scalar(
        select(PROFILE.c.plan_request_cap)
        .where(PROFILE.c.deleted_at.is_(None), PROFILE.c.fiscal_year <= fiscal_year)
        .order_by(PROFILE.c.fiscal_year.desc())
        .limit(1)
    )
    return DEFAULT_CAP if cap is None else Decimal(cap)


def plan_id_of(session: Session, *, institute_id: str, fiscal_year: int) -> str | None:
    found = session.scalar(
        select(PLAN.c.id).where(
            PLAN.c.institute_id == institute_id, PLAN.c.fiscal_year == fiscal_year, PLAN.c.deleted_at.is_(None)
        )
    )
    return None if found is None else str(found)


def _plan_total(session: Session, plan_id: str, *, except_project: str | None = None) -> Decimal:
    query = (
        select(func.sum(LINE.c.amount))  # summed in satang, read back as baht (the column's type)
        .join(PROJECT, PROJECT.c.id == LINE.c.project_id)
        .where(PROJECT.c.plan_id == plan_id, PROJECT.c.deleted_at.is_(None), LINE.c.deleted_at.is_(None))
    )
    if except_project is not None:
        query = query.where(PROJECT.c.id != except_project)
    total = session.scalar(query)
    return Decimal("0.00") if total is None else round_satang(total)


def _project_count(session: Session, plan_id: str) -> int:
    return int(
        session.scalar(select(func.count()).where(PROJECT.c.plan_id == plan_id, PROJECT.c.deleted_at.is_(None))) or 0
    )


def _projects(session: Session, plan_id: str) -> tuple[ProjectView, ...]:
    projects = session.execute(
        select(PROJECT)
        .where(PROJECT.c.plan_id == plan_id, PROJECT.c.deleted_at.is_(None))
        .order_by(PROJECT.c.sort_order, PROJECT.c.created_at, PROJECT.c.id)
    ).all()
    if not projects:
        return ()
    lines: dict[str, list[BudgetLineView]] = {p.id: [] for p in projects}
    for row in session.execute(
        select(LINE)
        .where(LINE.c.project_id.in_(list(lines)), LINE.c.deleted_at.is_(None))
        .order_by(LINE.c.sort_order, LINE.c.created_at, LINE.c.id)
    ):
        bucket = lines[row.project_id]
        bucket.append(
            BudgetLineView(
                id=row.id,
                no=len(bucket) + 1,
                item=row.item,
                quantity=row.quantity,
                unit=row.unit or "",
                unit_cost=row.unit_cost,
                amount=row.amount,
                spent=row.spent,
            )
        )
    return tuple(
        ProjectView(
            id=p.id,
            no=no,
            name=p.name,
            objective=p.objective or "",
            households_served=p.households_served,
            start_date=p.start_date,
            end_date=p.end_date,
            status=PlanStatus(p.status),
            sort_order=p.sort_order,
            lines=tuple(lines[p.id]),
        )
        for no, p in enumerate(projects, start=1)
    )


def plan_view(session: Session, *, institute_id: str, fiscal_year: int) -> PlanView | None:
    """The institute's plan of ``fiscal_year`` (B.E.) with its meeting, scans, projects and totals; None before it
    is saved. ``warnings``: what the officer should see (over the cap, lines spent above their amount)."""
    row = session.execute(
        select(PLAN).where(
            PLAN.c.institute_id == institute_id, PLAN.c.fiscal_year == fiscal_year, PLAN.c.deleted_at.is_(None)
        )
    ).first()
    if row is None:
        return None
    projects = _projects(session, row.id)
    view = PlanView(
        id=row.id,
        institute_id=row.institute_id,
        fiscal_year=row.fiscal_year,
        title=row.title or PLAN_TITLE,
        meeting_date=row.meeting_date,
        meeting_place=row.meeting_place or "",
        attendees=attendee_lines(row.attendees or ""),
        minutes=row.minutes or "",
        status=PlanStatus(row.status),
        files=tuple(attached_files(session, owner_table=OWNER_TABLE, owner_id=row.id)),
        projects=projects,
        cap=plan_cap(session, row.fiscal_year),
    )
    warnings: list[Issue] = []
    over = over_cap_issue(view.planned_total, view.cap)
    if over is not None:
        warnings.append(over)
    for project in projects:
        for line in project.lines:
            if line.overspent > 0:
                warnings.append(
                    Issue(
                        "plan_line_overspent",
                        f"{project.id}.{line.id}.spent",
                        Severity.WARNING,
                        {"spent": line.spent, "amount": line.amount, "over": line.overspent},
                    )
                )
    return replace(view, warnings=tuple(warnings))


# -- writes --------------------------------------------------------------------------------------------------------
def _live_plan(session: Session, plan_id: str) -> m.InstitutePlan:
    found = session.get(m.InstitutePlan, plan_id)
    if found is None or found.deleted_at is not None:
        raise NotFound(plan_id)
    return found


def _live_project(session: Session, project_id: str) -> m.PlanProject:
    found = session.get(m.PlanProject, project_id)
    if found is None or found.deleted_at is not None:
        raise NotFound(project_id)
    return found


def save_plan(uow: UnitOfWork, form: PlanForm, *, today: date | None = None) -> str:
    """Create or update the institute's plan of ``form.fiscal_year`` (one per institute and year); returns its id.

    Refused (``ValidationFailed``) on any error of :func:`check_plan`; warnings (a draft over the cap) do not stop
    the save — :func:`plan_view` reports them.
    """
    session = uow.session
    institute = session.get(m.Institute, form.institute_id)
    if institute is None or institute.deleted_at is not None:
        raise NotFound(form.institute_id)
    existing = session.scalars(
        select(m.InstitutePlan).where(
            m.InstitutePlan.institute_id == form.institute_id, m.InstitutePlan.fiscal_year == form.fiscal_year
        )
    ).first()  # a removed plan (tombstone) comes back: one row per institute and year
    live = existing is not None and existing.deleted_at is None
    total = _plan_total(session, existing.id) if live and existing is not None else Decimal("0.00")
    projects = _project_count(session, existing.id) if live and existing is not None else 0
    _refuse(
        check_plan(
            form,
            total=total,
            cap=plan_cap(session, form.fiscal_year),
            projects=projects,
            today=today or date.today(),
        )
    )
    plan = existing or m.InstitutePlan(institute_id=form.institute_id, fiscal_year=form.fiscal_year)
    plan.deleted_at = None
    plan.title = form.title.strip()
    plan.meeting_date = form.meeting_date
    plan.meeting_place = form.meeting_place.strip()
    plan.attendees = "\n".join(attendee_lines(form.attendees))
    plan.minutes = form.minutes.strip()
    plan.status = form.status
    if existing is None:
        session.add(plan)
    session.flush()
    uow.commit()
    return str(plan.id)


def set_plan_status(uow: UnitOfWork, *, plan_id: str, status: PlanStatus, today: date | None = None) -> None:
    """Move the plan to ``status``: approving (or any status past the draft) needs the meeting date, a project and
    the request within the cap; back to draft is always allowed."""
    session = uow.session
    plan = _live_plan(session, plan_id)
    form = PlanForm(
        institute_id=plan.institute_id,
        fiscal_year=plan.fiscal_year,
        title=plan.title or PLAN_TITLE,
        meeting_date=plan.meeting_date,
        meeting_place=plan.meeting_place or "",
        attendees=plan.attendees or "",
        minutes=plan.minutes or "",
        status=status,
    )
    _refuse(
        check_plan(
            form,
            total=_plan_total(session, plan_id),
            cap=plan_cap(session, plan.fiscal_year),
            projects=_project_count(session, plan_id),
            today=today or date.today(),
        )
    )
    plan.status = status
    uow.commit()


def save_project(uow: UnitOfWork, form: ProjectForm) -> str:
    """Add or change a project of the plan with its budget lines (amount = quantity × unit cost); returns its id.

    Refused on any error of :func:`check_project`, including a plan past its draft taken over the cap.
    """
    session = uow.session
    plan = _live_plan(session, form.plan_id)
    project: m.PlanProject | None = None
    if form.id is not None:
        project = _live_project(session, form.id)
        if project.plan_id != form.plan_id:
            raise NotFound(form.id)
    _refuse(
        check_project(
            form,
            fiscal_year=plan.fiscal_year,
            plan_status=PlanStatus(plan.status),
            other_total=_plan_total(session, form.plan_id, except_project=form.id),
            cap=plan_cap(session, plan.fiscal_year),
        )
    )
    if project is None:
        last = session.scalar(
            select(func.max(PROJECT.c.sort_order)).where(
                PROJECT.c.plan_id == form.plan_id, PROJECT.c.deleted_at.is_(None)
            )
        )
        project = m.PlanProject(
            plan_id=form.plan_id,
            name=form.name.strip(),
            sort_order=form.sort_order if form.sort_order is not None else (0 if last is None else int(last) + 1),
        )
        session.add(project)
        session.flush()
    elif form.sort_order is not None:
        project.sort_order = form.sort_order
    project.name = form.name.strip()
    project.objective = form.objective.strip()
    project.households_served = form.households_served
    project.start_date, project.end_date = form.start_date, form.end_date
    project.status = form.status
    existing = {
        line.id: line
        for line in session.scalars(
            select(m.BudgetLine).where(m.BudgetLine.project_id == project.id, m.BudgetLine.deleted_at.is_(None))
        )
    }
    kept: set[str] = set()
    for order, line_form in enumerate(form.lines):
        row = existing.get(line_form.id) if line_form.id is not None else None
        if line_form.id is not None and row is None:
            raise NotFound(line_form.id)
        if row is None:
            row = m.BudgetLine(project_id=project.id, item=line_form.item.strip(), amount=Decimal("0.00"))
            session.add(row)
        else:
            kept.add(row.id)
        row.item = line_form.item.strip()
        row.quantity = line_form.quantity
        row.unit = line_form.unit.strip()
        row.unit_cost = line_form.unit_cost
        row.amount = line_amount(line_form.quantity, line_form.unit_cost)
        row.spent = line_form.spent
        row.sort_order = order
    for line_id, row in existing.items():
        if line_id not in kept:
            session.delete(row)
    session.flush()
    uow.commit()
    return str(project.id)


def remove_project(uow: UnitOfWork, project_id: str) -> None:
    """Take a project (with its budget lines) off the plan: tombstones, kept for sync and the audit trail."""
    session = uow.session
    project = _live_project(session, project_id)
    for line in session.scalars(
        select(m.BudgetLine).where(m.BudgetLine.project_id == project_id, m.BudgetLine.deleted_at.is_(None))
    ):
        session.delete(line)
    session.delete(project)
    uow.commit()


def remove_budget_line(uow: UnitOfWork, line_id: str) -> None:
    """Take one budget line off its project (a tombstone)."""
    session = uow.session
    line = session.get(m.BudgetLine, line_id)
    if line is None or line.deleted_at is not None:
        raise NotFound(line_id)
    session.delete(line)
    uow.commit()


def attach_minutes(uow: UnitOfWork, *, plan_id: str, path: Path, caption: str = "") -> str:
    """Attach a scan (or photo) of the meeting's minutes to the plan; returns the link's id. Commits."""
    _live_plan(uow.session, plan_id)
    return attach_file(
        uow, path, owner_table=OWNER_TABLE, owner_id=plan_id, evidence_kind=EVIDENCE_MINUTES, caption=caption
    )


def remove_minutes(uow: UnitOfWork, link_id: str) -> None:
    """Detach a scan from the plan (the stored file stays). Commits."""
    detach(uow, link_id)
