"""The evidence of guideline section 4.3: a checklist of every item evaluated from the data, and the institute's
attached files (photos of activities, scans of minutes and forms) with their captions.

The checklist is read, never ticked by hand: each item says whether it is there, how much of it, what is missing
(by household code where it is per household) and which workflow step fixes it. The items follow 4.3 and the
earlier sections that call their documents "evidence for the indicators" (1.2, 2.3, 3, 4.1):

==========================  =========================================================================  ==========
item                        present when                                                               step
==========================  =========================================================================  ==========
household_register          households are registered                                                  registers
debtor_register             member funds are registered and debts owed to them are                     registers
debtor_analysis             households with open debts, each with its income recorded                  analysis
target_households           the target list is locked with the profile's number (30)                   targets
participation_records       each target household's record with its consent and signature date        targets
training                    the course with its days dated and attendance marked on each               training
debt_management_plan        the plan approved (or under way, done) with at least one project           plan
meeting_minutes             a scan of the planning meeting's minutes is attached                       plan
contracts_1hh1c             at least the profile's number (11) of target households at 1HH1C           contracts
report_rounds               every round of the profile (April, July) submitted                         reports
life_plans                  each target household has a life-development plan                          life_plans
photos                      photographs of the activities are attached                                 reports
==========================  =========================================================================  ==========

Attachments go through :mod:`cdfi_desktop.services.attachments` (stored once by SHA-256 beside the database);
files that belong to the institute as a whole are linked to the ``institute`` row, and the institute's files are
those linked to it or to any of its records (its plan, contracts, households, course, rounds, activities).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol, TypeVar

from sqlalchemy import ColumnElement, Select, and_, case, func, null, or_, select, union_all
from sqlalchemy.orm import Session

from cdfi_desktop.db import models as m
from cdfi_desktop.db.location import sqlite_path
from cdfi_desktop.domain.enums import (
    AttendanceStatus,
    CreditorKind,
    DebtStatus,
    FinanceKind,
    PlanStatus,
    ReportRoundStatus,
    TargetStatus,
)
from cdfi_desktop.domain.register_rules import Issue
from cdfi_desktop.messages import message
from cdfi_desktop.paths import data_dir
from cdfi_desktop.services import obligations
from cdfi_desktop.services.attachments import attach_file, detach
from cdfi_desktop.services.errors import NotFound, ValidationFailed
from cdfi_desktop.services.uow import UnitOfWork

__all__ = [
    "CAPTION_LIMIT",
    "EVIDENCE_KINDS",
    "IMAGE_TYPES",
    "INSTITUTE_OWNER",
    "KIND_FORM",
    "KIND_MINUTES",
    "KIND_OTHER",
    "KIND_PHOTO",
    "Checklist",
    "EvidenceFile",
    "EvidenceItem",
    "ItemState",
    "Missing",
    "attach_evidence",
    "attachments_dir_of",
    "checklist",
    "checklists",
    "detach_evidence",
    "evidence_file_path",
    "evidence_files",
    "month_name",
    "session_attachments_dir",
    "set_caption",
    "set_evidence_kind",
]

# Kinds of attached evidence (attachment_link.evidence_kind). "minutes" is the plan's own kind (services/plan.py).
KIND_PHOTO = "photo"
KIND_MINUTES = "minutes"
KIND_FORM = "form"  # a scan of a signed form: participation record, contract, sign-in sheet
KIND_OTHER = "other"
EVIDENCE_KINDS = (KIND_PHOTO, KIND_MINUTES, KIND_FORM, KIND_OTHER)
INSTITUTE_OWNER = "institute"
IMAGE_TYPES = ("image/jpeg", "image/png", "image/gif", "image/bmp", "image/tiff", "image/webp")
CAPTION_LIMIT = 500
MAX_NAMED = 12  # household codes named in one "missing" line; the rest are counted

# The institute's records that files may be linked to, by table name.
_OWNERS: dict[str, Any] = {
    "institute_plan": m.InstitutePlan,
    "consolidation_contract": m.ConsolidationContract,
    "household": m.Household,
    "training_course": m.TrainingCourse,
    "target_selection": m.TargetSelection,
    "participation_record": m.ParticipationRecord,
    "report_round": m.ReportRound,
    "program_activity": m.ProgramActivity,
}


_Query = Select[*tuple[Any, ...]]
_Q = TypeVar("_Q", bound=_Query)


# -- the checklist ---------------------------------------------------------------------------------------------------
class ItemState(StrEnum):
    PRESENT = "present"
    PARTIAL = "partial"  # some of it is there
    MISSING = "missing"


@dataclass(frozen=True)
class Missing:
    """One thing missing from an item, as a message code (cdfi_desktop.messages, section "evidence")."""

    code: str
    params: dict[str, object] = field(default_factory=dict, compare=False)

    def text(self, language: str = "th") -> str:
        return message(self.code, language, **self.params)


@dataclass(frozen=True)
class EvidenceItem:
    key: str  # one of ITEMS
    state: ItemState
    count: int  # how many there are (households, debts, records, files …)
    expected: int | None  # how many are wanted, when the guideline or the profile says
    missing: tuple[Missing, ...]
    step: str  # the workflow step (ui/workflow.py) where it is made

    @property
    def present(self) -> bool:
        return self.state is ItemState.PRESENT

    def title(self, language: str = "th") -> str:
        return message(f"evidence_item_{self.key}", language)

    def summary(self, language: str = "th") -> str:
        """What is there: "300 households", "14 of 30 households" …"""
        return message(f"evidence_count_{self.key}", language, count=self.count, expected=self.expected or 0)

    def missing_texts(self, language: str = "th") -> list[str]:
        return [item.text(language) for item in self.missing]


ITEMS = (
    "household_register",
    "debtor_register",
    "debtor_analysis",
    "target_households",
    "participation_records",
    "training",
    "debt_management_plan",
    "meeting_minutes",
    "contracts_1hh1c",
    "report_rounds",
    "life_plans",
    "photos",
)


@dataclass(frozen=True)
class Checklist:
    institute_id: str
    fiscal_year: int  # B.E.
    items: tuple[EvidenceItem, ...]

    @property
    def present(self) -> int:
        return sum(1 for item in self.items if item.present)

    @property
    def missing_items(self) -> tuple[EvidenceItem, ...]:
        return tuple(item for item in self.items if not item.present)

    def item(self, key: str) -> EvidenceItem:
        return next(item for item in self.items if item.key == key)


def _live(model: Any) -> Any:
    return model.deleted_at.is_(None)


def _state(count: int, expected: int) -> ItemState:
    if count <= 0:
        return ItemState.MISSING
    return ItemState.PRESENT if count >= expected else ItemState.PARTIAL


def _codes(codes: Sequence[str]) -> dict[str, object]:
    """Household codes for a message: the first few by name, and how many more."""
    shown = ", ".join(c or "-" for c in codes[:MAX_NAMED])
    return {"codes": shown, "more": max(0, len(codes) - MAX_NAMED), "count": len(codes)}


def _named(code: str, codes: Sequence[str]) -> Missing:
    params = _codes(codes)
    return Missing(code if not params["more"] else f"{code}_more", params)


@dataclass(frozen=True)
class _Profile:
    target_households: int = 30
    min_households_1hh1c: int = 11
    report_months: tuple[int, ...] = (4, 7)


def _profile(session: Session, fiscal_year: int) -> _Profile:
    row = session.scalars(
        select(m.FiscalYearProfile).where(m.FiscalYearProfile.fiscal_year == fiscal_year, _live(m.FiscalYearProfile))
    ).first()
    if row is None:
        return _Profile()
    months = tuple(int(x) for x in (row.report_months or [4, 7]))
    return _Profile(row.target_households, row.min_households_1hh1c, months)


def checklist(session: Session, *, institute_id: str, fiscal_year: int) -> Checklist:
    """Every evidence item of section 4.3 for the institute's fiscal year (B.E.), evaluated from the data: the
    institute's own :func:`checklists`, read for it alone."""
    found = checklists(session, fiscal_year=fiscal_year, institute_ids=[institute_id])
    if institute_id not in found:
        raise NotFound(institute_id)
    return found[institute_id]


# Each item is judged from what :func:`checklists` read by its ``_*_item`` function.
def _household_item(count: int) -> EvidenceItem:
    missing = () if count else (Missing("evidence_missing_households"),)
    state = ItemState.PRESENT if count else ItemState.MISSING
    return EvidenceItem("household_register", state, count, None, missing, "registers")


def _debtor_register_item(funds: int, debts: int) -> EvidenceItem:
    missing: list[Missing] = []
    if not funds:
        missing.append(Missing("evidence_missing_funds"))
    if not debts:
        missing.append(Missing("evidence_missing_fund_debts"))
    state = ItemState.PRESENT if funds and debts else ItemState.MISSING
    return EvidenceItem("debtor_register", state, debts, None, tuple(missing), "registers" if funds else "institute")


def _debtor_analysis_item(count: int, no_income: Sequence[str]) -> EvidenceItem:
    """``count``: the indebted households; ``no_income``: the codes of those without an income to analyse, by
    code."""
    if not count:
        return EvidenceItem(
            "debtor_analysis", ItemState.MISSING, 0, None, (Missing("evidence_missing_debts"),), "registers"
        )
    if no_income:
        return EvidenceItem(
            "debtor_analysis",
            ItemState.PARTIAL,
            count,
            None,
            (_named("evidence_missing_income", no_income),),
            "registers",
        )
    return EvidenceItem("debtor_analysis", ItemState.PRESENT, count, None, (), "analysis")


@dataclass(frozen=True)
class _Targets:
    selection_id: str | None
    locked: bool
    households: tuple[tuple[str, str], ...]  # (household id, code) in rank order


def _target_item(targets: _Targets, profile: _Profile) -> EvidenceItem:
    count, wanted = len(targets.households), profile.target_households
    if targets.selection_id is None or not count:
        missing = (Missing("evidence_missing_targets", {"wanted": wanted}),)
        return EvidenceItem("target_households", ItemState.MISSING, 0, wanted, missing, "targets")
    notes: list[Missing] = []
    if count < wanted:
        notes.append(Missing("evidence_missing_targets_short", {"count": count, "wanted": wanted}))
    if not targets.locked:
        notes.append(Missing("evidence_missing_targets_unlocked"))
    state = ItemState.PARTIAL if notes else ItemState.PRESENT
    return EvidenceItem("target_households", state, count, wanted, tuple(notes), "targets")


def _participation_item(targets: _Targets, signed: Collection[str]) -> EvidenceItem:
    """``signed``: households with a consented, signed participation record of the year (any more are ignored)."""
    ids = [h for h, _code in targets.households]
    if not ids:
        none = (Missing("evidence_missing_no_targets"),)
        return EvidenceItem("participation_records", ItemState.MISSING, 0, None, none, "targets")
    on_list = {h for h in ids if h in signed}
    without = [code for h, code in targets.households if h not in on_list]
    missing = (_named("evidence_missing_participation", without),) if without else ()
    return EvidenceItem(
        "participation_records", _state(len(on_list), len(ids)), len(on_list), len(ids), missing, "targets"
    )


def _signed(fiscal_year: int) -> _Query:
    pr = m.ParticipationRecord
    return select(pr.institute_id, pr.household_id).where(
        pr.fiscal_year == fiscal_year, _live(pr), pr.consent_given.is_(True), pr.signed_on.is_not(None)
    )


@dataclass(frozen=True)
class _Course:
    min_days_to_complete: int
    days: tuple[tuple[str, int, date | None], ...]  # live days: (id, day_no, held_on) by day_no
    participants: int  # live participants
    marked: Mapping[str, int]  # day id → attendance marks (of live participants)
    attended: Mapping[str, int]  # participant id → days present or late


def _training_item(course: _Course | None) -> EvidenceItem:
    if course is None:
        return EvidenceItem("training", ItemState.MISSING, 0, None, (Missing("evidence_missing_course"),), "training")
    days, participants = course.days, course.participants
    completed = sum(1 for n in course.attended.values() if n >= course.min_days_to_complete)
    notes: list[Missing] = []
    if not participants:
        notes.append(Missing("evidence_missing_participants"))
    undated = [str(day_no) for _id, day_no, held_on in days if held_on is None]
    if undated:
        notes.append(Missing("evidence_missing_day_dates", {"days": ", ".join(undated)}))
    unmarked = [
        str(day_no) for day_id, day_no, held_on in days if held_on is not None and not course.marked.get(day_id)
    ]
    if unmarked and participants:
        notes.append(Missing("evidence_missing_attendance", {"days": ", ".join(unmarked)}))
    if not days:
        notes.append(Missing("evidence_missing_days"))
    state = ItemState.PRESENT if not notes else ItemState.PARTIAL
    return EvidenceItem("training", state, completed, None, tuple(notes), "training")


def _plan_item(status: PlanStatus | None, projects: int) -> EvidenceItem:
    """``status``: the plan's (None: no plan); ``projects``: its live projects."""
    if status is None:
        return EvidenceItem(
            "debt_management_plan", ItemState.MISSING, 0, None, (Missing("evidence_missing_plan"),), "plan"
        )
    notes: list[Missing] = []
    if not projects:
        notes.append(Missing("evidence_missing_projects"))
    if status is PlanStatus.DRAFT:
        notes.append(Missing("evidence_missing_plan_draft"))
    state = ItemState.PARTIAL if notes else ItemState.PRESENT
    return EvidenceItem("debt_management_plan", state, projects, None, tuple(notes), "plan")


def _minutes_item(files: Sequence[EvidenceFile], plan_id: str | None) -> EvidenceItem:
    scans = [
        f
        for f in files
        if f.evidence_kind == KIND_MINUTES
        and (f.owner_table == INSTITUTE_OWNER or (plan_id is not None and f.owner_id == plan_id))
    ]
    missing = () if scans else (Missing("evidence_missing_minutes"),)
    state = ItemState.PRESENT if scans else ItemState.MISSING
    return EvidenceItem("meeting_minutes", state, len(scans), None, missing, "plan")


def _contracts_item(households: int, profile: _Profile) -> EvidenceItem:
    """``households``: the target households at 1HH1C today."""
    wanted = profile.min_households_1hh1c
    missing = (
        (Missing("evidence_missing_contracts", {"count": households, "wanted": wanted}),) if households < wanted else ()
    )
    return EvidenceItem("contracts_1hh1c", _state(households, wanted), households, wanted, missing, "contracts")


_MONTHS_TH = ("", "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
              "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม")  # fmt: skip
_MONTHS_EN = ("", "January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")  # fmt: skip


def month_name(month: int, language: str = "th") -> str:
    return (_MONTHS_EN if language == "en" else _MONTHS_TH)[month]


def _submitted(fiscal_year: int) -> _Query:
    rr = m.ReportRound
    return select(rr.institute_id, rr.round_no).where(
        rr.fiscal_year == fiscal_year, _live(rr), rr.status == ReportRoundStatus.SUBMITTED
    )


def _rounds_item(submitted: Collection[int], profile: _Profile) -> EvidenceItem:
    """``submitted``: the numbers of the rounds submitted."""
    wanted = len(profile.report_months)
    missing = tuple(
        Missing(
            "evidence_missing_round",
            {"round_no": no, "month_en": month_name(month, "en"), "month_th": month_name(month)},
        )
        for no, month in enumerate(profile.report_months, start=1)
        if no not in submitted
    )
    count = sum(1 for no in range(1, wanted + 1) if no in submitted)
    return EvidenceItem("report_rounds", _state(count, wanted), count, wanted, missing, "reports")


def _life_plans_item(targets: _Targets, planned: Collection[str]) -> EvidenceItem:
    """``planned``: households with a live life-development plan of the year (any more are ignored)."""
    ids = [h for h, _code in targets.households]
    if not ids:
        none = (Missing("evidence_missing_no_targets"),)
        return EvidenceItem("life_plans", ItemState.MISSING, 0, None, none, "targets")
    without = [code for h, code in targets.households if h not in planned]
    missing = (_named("evidence_missing_life_plans", without),) if without else ()
    count = len(ids) - len(without)
    return EvidenceItem("life_plans", _state(count, len(ids)), count, len(ids), missing, "life_plans")


def _photos(files: Sequence[EvidenceFile]) -> EvidenceItem:
    photos = [f for f in files if f.evidence_kind == KIND_PHOTO]
    missing = () if photos else (Missing("evidence_missing_photos"),)
    state = ItemState.PRESENT if photos else ItemState.MISSING
    return EvidenceItem("photos", state, len(photos), None, missing, "reports")


# -- reading: one institute or every institute, with the same queries ------------------------------------------------
_IN_LIST_LIMIT = 500  # more institutes asked for than this: read them all and keep those asked for


def checklists(
    session: Session, *, fiscal_year: int, institute_ids: Sequence[str] | None = None
) -> dict[str, Checklist]:
    """The checklists of every live institute (or of those of ``institute_ids`` that exist), by id, read with the
    same few queries however many there are (the province's roll-up of a whole country). Up to ``_IN_LIST_LIMIT``
    institutes asked for are filtered in SQL, so one institute (:func:`checklist`) reads only its own rows."""
    inst = m.Institute
    if institute_ids is None:
        ids = list(session.scalars(select(inst.id).where(_live(inst)).order_by(inst.id)))
    else:
        asked = list(dict.fromkeys(institute_ids))
        if not asked:
            return {}
        query = select(inst.id)
        if len(asked) <= _IN_LIST_LIMIT:
            query = query.where(inst.id.in_(asked))
        found = set(session.scalars(query))
        ids = [i for i in asked if i in found]
    if not ids:
        return {}
    wanted = set(ids)
    few = ids if institute_ids is not None and len(ids) <= _IN_LIST_LIMIT else None

    def within(query: _Q, column: Any) -> _Q:
        return query if few is None else query.where(column.in_(few))

    def counts(query: _Query, column: Any) -> dict[str, int]:
        return {key: int(n) for key, n in session.execute(within(query, column)) if key in wanted}

    if few is None:
        from cdfi_desktop.db.engine import for_large_reads

        for_large_reads(session)
    profile = _profile(session, fiscal_year)
    fund = m.MemberFund
    funds = counts(
        select(fund.institute_id, func.count()).where(_live(fund)).group_by(fund.institute_id), fund.institute_id
    )
    households = _household_facts(session, within, wanted)

    targets = _all_targets(session, fiscal_year, within, wanted)
    on_lists = {h for one in targets.values() for h, _code in one.households}
    pr = m.ParticipationRecord
    signed: dict[str, set[str]] = defaultdict(set)
    for institute, household in session.execute(within(_signed(fiscal_year), pr.institute_id)):
        if household in on_lists:
            signed[institute].add(household)
    lp, sel, th = m.LifeDevelopmentPlan, m.TargetSelection, m.TargetHousehold
    listed = (
        select(th.household_id)
        .join(sel, sel.id == th.selection_id)
        .where(sel.fiscal_year == fiscal_year, _live(sel), _live(th))
    )
    listed = within(listed, sel.institute_id)
    planned = set(
        session.scalars(
            select(lp.household_id).where(lp.fiscal_year == fiscal_year, _live(lp), lp.household_id.in_(listed))
        )
    )
    courses = _all_courses(session, fiscal_year, within, wanted)

    plans: dict[str, tuple[str, PlanStatus]] = {}
    plan, pp = m.InstitutePlan, m.PlanProject
    for institute, plan_id, status in session.execute(
        within(
            select(plan.institute_id, plan.id, plan.status).where(plan.fiscal_year == fiscal_year, _live(plan)),
            plan.institute_id,
        ).order_by(plan.institute_id, plan.created_at, plan.id)
    ):
        if institute in wanted and institute not in plans:
            plans[institute] = (plan_id, PlanStatus(status))
    projects = dict(
        session.execute(
            within(
                select(pp.plan_id, func.count())
                .join(plan, plan.id == pp.plan_id)
                .where(plan.fiscal_year == fiscal_year, _live(plan), _live(pp))
                .group_by(pp.plan_id),
                plan.institute_id,
            )
        ).all()
    )

    from cdfi_desktop.services.indicators import standing

    only = few[0] if few is not None and len(few) == 1 else None
    at_1hh1c = standing(session, fiscal_year=fiscal_year, as_of=date.today(), institute_id=only)
    submitted: dict[str, set[int]] = defaultdict(set)
    for institute, no in session.execute(within(_submitted(fiscal_year), m.ReportRound.institute_id)):
        submitted[institute].add(no)
    files = _all_files(session, within, wanted)

    out: dict[str, Checklist] = {}
    for institute in ids:
        chosen = targets.get(institute, _Targets(None, False, ()))
        plan_of = plans.get(institute)
        own_files = files.get(institute, [])
        items = (
            _household_item(households.get(institute, _NO_HOUSEHOLDS).households),
            _debtor_register_item(funds.get(institute, 0), households.get(institute, _NO_HOUSEHOLDS).fund_debts),
            _debtor_analysis_item(
                households.get(institute, _NO_HOUSEHOLDS).indebted, households.get(institute, _NO_HOUSEHOLDS).no_income
            ),
            _target_item(chosen, profile),
            _participation_item(chosen, signed.get(institute, set())),
            _training_item(courses.get(institute)),
            _plan_item(plan_of[1] if plan_of else None, int(projects.get(plan_of[0], 0)) if plan_of else 0),
            _minutes_item(own_files, plan_of[0] if plan_of else None),
            _contracts_item(len(at_1hh1c[institute].at_1hh1c) if institute in at_1hh1c else 0, profile),
            _rounds_item(submitted.get(institute, set()), profile),
            _life_plans_item(chosen, planned),
            _photos(own_files),
        )
        out[institute] = Checklist(institute_id=institute, fiscal_year=fiscal_year, items=items)
    return out


class _Within(Protocol):
    def __call__(self, query: _Q, column: Any) -> _Q: ...


@dataclass
class _Households:
    households: int = 0  # live
    fund_debts: int = 0  # their open member-fund debts
    indebted: int = 0  # of them (``obligations.indebted_households``)
    no_income: list[str] = field(default_factory=list)  # codes of the indebted without an income, by code


_NO_HOUSEHOLDS = _Households()


def _household_facts(session: Session, within: _Within, wanted: set[str]) -> dict[str, _Households]:
    """Per institute: its households, their open member-fund debts, the indebted among them and the codes of those
    without an income. Each set of households (with open debts, owing on a contract, earning) is made once and
    joined: a sub-query per household over a whole country's households is quadratic on PostgreSQL (SQLite looks
    the earning households up by index, faster there)."""
    hh, debt, fin = m.Household, m.Debt, m.HouseholdFinance
    fund_debt = case((debt.creditor_kind == CreditorKind.MEMBER_FUND, 1), else_=0)
    debts = (  # open register debts: the households that have any, and how many owed to member funds
        select(debt.household_id, func.sum(fund_debt).label("fund_debts"))
        .where(_live(debt), debt.status == DebtStatus.OPEN)
        .group_by(debt.household_id)
        .subquery("debts")
    )
    balances = obligations.contract_balances(as_of=date.today()).subquery("balances")
    owing = select(balances.c.household_id).where(balances.c.balance > 0).distinct().subquery("owing")
    income_where = (_live(fin), fin.kind == FinanceKind.INCOME, fin.amount_monthly > 0)
    source: Any = hh.__table__.outerjoin(debts, debts.c.household_id == hh.id).outerjoin(
        owing, owing.c.household_id == hh.id
    )
    if session.get_bind().dialect.name == "postgresql":
        earning = select(fin.household_id).where(*income_where).distinct().subquery("earning")
        source = source.outerjoin(earning, earning.c.household_id == hh.id)
        has_income: ColumnElement[bool] = earning.c.household_id.is_not(None)
    else:
        has_income = select(fin.id).where(fin.household_id == hh.id, *income_where).exists()
    # indebted as ``obligations.indebted_households``: an open register debt, or a signed contract still owing
    indebted = or_(debts.c.household_id.is_not(None), owing.c.household_id.is_not(None))
    without_income = and_(indebted, ~has_income)
    # Read once (a common table expression): counted per institute, and the households without income named.
    facts = within(
        select(
            hh.institute_id.label("institute_id"),
            hh.code.label("code"),
            func.coalesce(debts.c.fund_debts, 0).label("fund_debts"),
            case((indebted, 1), else_=0).label("indebted"),
            case((without_income, 1), else_=0).label("no_income"),
        )
        .select_from(source)
        .where(_live(hh)),
        hh.institute_id,
    ).cte("facts")
    counted = select(
        facts.c.institute_id,
        null().label("code"),
        func.count().label("households"),
        func.sum(facts.c.fund_debts),
        func.sum(facts.c.indebted),
    ).group_by(facts.c.institute_id)
    named = select(facts.c.institute_id, facts.c.code, null(), null(), null()).where(facts.c.no_income == 1)
    both = union_all(counted, named).subquery("both")
    found: dict[str, _Households] = {}
    codes: dict[str, list[str]] = defaultdict(list)
    for institute, code, households, fund_debts, n_indebted in session.execute(
        select(both).order_by(both.c.institute_id, both.c.code)
    ):
        if institute not in wanted:
            continue
        if households is None:
            codes[institute].append(str(code))
        else:
            found[institute] = _Households(int(households), int(fund_debts or 0), int(n_indebted or 0))
    for institute, named_codes in codes.items():
        if institute in found:
            found[institute].no_income = named_codes
    return found


def _all_targets(session: Session, fiscal_year: int, within: _Within, wanted: set[str]) -> dict[str, _Targets]:
    sel, th, hh = m.TargetSelection, m.TargetHousehold, m.Household
    selections: dict[str, tuple[str, str]] = {}  # selection id → (institute, status)
    seen: set[str] = set()
    for institute, selection_id, status in session.execute(
        within(
            select(sel.institute_id, sel.id, sel.status).where(sel.fiscal_year == fiscal_year, _live(sel)),
            sel.institute_id,
        ).order_by(sel.institute_id, sel.created_at, sel.id)
    ):
        if institute in wanted and institute not in seen:
            seen.add(institute)
            selections[selection_id] = (institute, status)
    listed: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for selection_id, household, code in session.execute(
        within(
            select(th.selection_id, th.household_id, hh.code)
            .join(hh, hh.id == th.household_id)
            .join(sel, sel.id == th.selection_id)
            .where(sel.fiscal_year == fiscal_year, _live(sel), _live(th)),
            sel.institute_id,
        ).order_by(th.selection_id, th.rank, th.id)
    ):
        if selection_id in selections:
            listed[selection_id].append((household, code))
    return {
        institute: _Targets(
            selection_id, TargetStatus(status) is TargetStatus.LOCKED, tuple(listed.get(selection_id, ()))
        )
        for selection_id, (institute, status) in selections.items()
    }


def _all_courses(session: Session, fiscal_year: int, within: _Within, wanted: set[str]) -> dict[str, _Course]:
    course, day, part, att = m.TrainingCourse, m.TrainingDay, m.TrainingParticipant, m.TrainingAttendance
    chosen: dict[str, tuple[str, int]] = {}  # institute → (course id, days to complete): its first live course
    for institute, course_id, min_days in session.execute(
        within(
            select(course.institute_id, course.id, course.min_days_to_complete).where(
                course.fiscal_year == fiscal_year, _live(course)
            ),
            course.institute_id,
        ).order_by(course.institute_id, course.created_at, course.id)
    ):
        if institute in wanted and institute not in chosen:
            chosen[institute] = (course_id, min_days)
    if not chosen:
        return {}
    of_year = (course.fiscal_year == fiscal_year, _live(course))
    days: dict[str, list[tuple[str, int, date | None]]] = defaultdict(list)
    for course_id, day_id, day_no, held_on in session.execute(
        within(
            select(day.course_id, day.id, day.day_no, day.held_on)
            .join(course, course.id == day.course_id)
            .where(*of_year, _live(day)),
            course.institute_id,
        ).order_by(day.course_id, day.day_no)
    ):
        days[course_id].append((day_id, day_no, held_on))
    participants: dict[str, int] = dict(
        session.execute(
            within(
                select(part.course_id, func.count())
                .join(course, course.id == part.course_id)
                .where(*of_year, _live(part))
                .group_by(part.course_id),
                course.institute_id,
            )
        ).all()
    )
    marks = (
        select(day.course_id)
        .select_from(att)
        .join(part, part.id == att.participant_id)
        .join(day, day.id == att.day_id)
        .join(course, course.id == day.course_id)
        .where(*of_year, _live(day), _live(att), _live(part))
    )
    marked: dict[str, dict[str, int]] = defaultdict(dict)
    for course_id, day_id, n in session.execute(
        within(marks.add_columns(att.day_id, func.count()).group_by(day.course_id, att.day_id), course.institute_id)
    ):
        marked[course_id][day_id] = int(n)
    attended: dict[str, dict[str, int]] = defaultdict(dict)
    came = (AttendanceStatus.PRESENT, AttendanceStatus.LATE)
    for course_id, participant_id, n in session.execute(
        within(
            marks.add_columns(att.participant_id, func.count())
            .where(att.status.in_(came))
            .group_by(day.course_id, att.participant_id),
            course.institute_id,
        )
    ):
        attended[course_id][participant_id] = int(n)
    return {
        institute: _Course(
            min_days,
            tuple(days.get(course_id, ())),
            int(participants.get(course_id, 0)),
            dict(marked.get(course_id, {})),
            dict(attended.get(course_id, {})),
        )
        for institute, (course_id, min_days) in chosen.items()
    }


def _all_files(session: Session, within: _Within, wanted: set[str]) -> dict[str, list[EvidenceFile]]:
    """The photos and minutes attached to each institute or to any of its records (as :func:`evidence_files`)."""
    a, link = m.Attachment, m.AttachmentLink
    columns = (
        link.id,
        a.id,
        a.filename,
        a.media_type,
        a.size,
        a.sha256,
        link.evidence_kind,
        link.caption,
        link.owner_table,
        link.owner_id,
        link.created_at,
    )
    base = (
        select(*columns)
        .join(a, a.id == link.attachment_id)
        .where(_live(link), link.evidence_kind.in_([KIND_PHOTO, KIND_MINUTES]))
    )
    found: dict[str, list[Any]] = defaultdict(list)
    queries = [within(base.add_columns(link.owner_id).where(link.owner_table == INSTITUTE_OWNER), link.owner_id)]
    for table, model in _OWNERS.items():
        queries.append(
            within(
                base.add_columns(model.institute_id)
                .join(model, model.id == link.owner_id)
                .where(link.owner_table == table),
                model.institute_id,
            )
        )
    for query in queries:
        for row in session.execute(query):
            if row[-1] in wanted:
                found[row[-1]].append(row[:-1])
    return {
        institute: [EvidenceFile(*row) for row in sorted(rows, key=lambda r: (r[-1], r[0]))]
        for institute, rows in found.items()
    }


# -- attached files --------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class EvidenceFile:
    link_id: str
    attachment_id: str
    filename: str
    media_type: str
    size: int
    sha256: str
    evidence_kind: str
    caption: str
    owner_table: str
    owner_id: str
    attached_at: datetime

    @property
    def is_image(self) -> bool:
        return self.media_type in IMAGE_TYPES

    @property
    def is_pdf(self) -> bool:
        return self.media_type == "application/pdf"


def evidence_files(session: Session, institute_id: str, *, kinds: Sequence[str] = ()) -> list[EvidenceFile]:
    """The files attached to the institute or to any of its records, oldest first (optionally of ``kinds``)."""
    a, link = m.Attachment, m.AttachmentLink
    columns = (
        link.id,
        a.id,
        a.filename,
        a.media_type,
        a.size,
        a.sha256,
        link.evidence_kind,
        link.caption,
        link.owner_table,
        link.owner_id,
        link.created_at,
    )
    base = select(*columns).join(a, a.id == link.attachment_id).where(_live(link))
    if kinds:
        base = base.where(link.evidence_kind.in_(list(kinds)))
    found = list(session.execute(base.where(link.owner_table == INSTITUTE_OWNER, link.owner_id == institute_id)).all())
    for table, model in _OWNERS.items():
        found.extend(
            session.execute(
                base.join(model, and_(model.id == link.owner_id, model.institute_id == institute_id)).where(
                    link.owner_table == table
                )
            ).all()
        )
    found.sort(key=lambda r: (r.created_at, r.id))
    return [EvidenceFile(*row) for row in found]


def _check_caption(caption: str) -> str:
    caption = caption.strip()
    if len(caption) > CAPTION_LIMIT:
        raise ValidationFailed([Issue("text_too_long", "caption", params={"limit": CAPTION_LIMIT})])
    return caption


def attach_evidence(
    uow: UnitOfWork,
    path: Path,
    *,
    institute_id: str,
    kind: str,
    caption: str = "",
    owner_table: str = INSTITUTE_OWNER,
    owner_id: str | None = None,
) -> str:
    """Attach a photo or a scan as evidence of the institute (or of one of its records); returns the link id.
    The same content is stored once, however often it is attached. Commits."""
    if kind not in EVIDENCE_KINDS:
        raise ValidationFailed([Issue("evidence_kind_unknown", "kind", params={"kind": kind})])
    if uow.session.get(m.Institute, institute_id) is None:
        raise NotFound(institute_id)
    owner = owner_id or institute_id
    if owner_table != INSTITUTE_OWNER:
        model = _OWNERS.get(owner_table)
        record = uow.session.get(model, owner) if model is not None else None
        if record is None or record.institute_id != institute_id or record.deleted_at is not None:
            raise NotFound(owner)
    elif owner != institute_id:
        raise NotFound(owner)
    return attach_file(
        uow, Path(path), owner_table=owner_table, owner_id=owner, evidence_kind=kind, caption=_check_caption(caption)
    )


def _live_link(uow: UnitOfWork, link_id: str) -> m.AttachmentLink:
    link = uow.session.get(m.AttachmentLink, link_id)
    if link is None or link.deleted_at is not None:
        raise NotFound(link_id)
    return link


def set_caption(uow: UnitOfWork, link_id: str, caption: str) -> None:
    """Change what an attached file's caption says. Commits."""
    link = _live_link(uow, link_id)
    link.caption = _check_caption(caption)
    uow.commit()


def set_evidence_kind(uow: UnitOfWork, link_id: str, kind: str) -> None:
    """File an attachment under another kind (a photo that is really a scan of the minutes). Commits."""
    if kind not in EVIDENCE_KINDS:
        raise ValidationFailed([Issue("evidence_kind_unknown", "kind", params={"kind": kind})])
    link = _live_link(uow, link_id)
    link.evidence_kind = kind
    uow.commit()


def detach_evidence(uow: UnitOfWork, link_id: str) -> None:
    """Take a file off the evidence (the link becomes a tombstone; the stored bytes stay). Commits."""
    detach(uow, link_id)


def attachments_dir_of(url: str) -> Path:
    """Where the attached files of the database at ``url`` are kept (as services.attachments.attachments_dir)."""
    path = sqlite_path(url)
    if path is not None:
        return path.with_name(f"{path.stem}-attachments")
    return data_dir() / "attachments"


def evidence_file_path(attachments_dir: Path, sha256: str) -> Path:
    """The stored bytes of an attachment in ``attachments_dir``."""
    return attachments_dir / sha256[:2] / sha256


def session_attachments_dir(session: Session) -> Path:
    """The attachments folder of the database ``session`` reads."""
    url = session.get_bind().engine.url.render_as_string(hide_password=False)
    return attachments_dir_of(url)
