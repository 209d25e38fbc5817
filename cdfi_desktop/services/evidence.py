"""The evidence of guideline section 4.3: a checklist of every item evaluated from the data, read for one
institute or for every institute at once with the same queries. The items are judged in
:mod:`cdfi_desktop.services.evidence_items`; the attached files are :mod:`cdfi_desktop.services.evidence_attachments`.

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
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol, TypeVar

from sqlalchemy import ColumnElement, Select, and_, case, func, null, or_, select, union_all
from sqlalchemy.orm import Session

from cdfi_desktop.db import models as m
from cdfi_desktop.domain.enums import (
    AttendanceStatus,
    CreditorKind,
    DebtStatus,
    FinanceKind,
    PlanStatus,
    ReportRoundStatus,
    TargetStatus,
)
from cdfi_desktop.services import obligations
from cdfi_desktop.services.errors import NotFound
from cdfi_desktop.services.evidence_attachments import INSTITUTE_OWNER, KIND_MINUTES, KIND_PHOTO, OWNERS, EvidenceFile
from cdfi_desktop.services.evidence_items import (
    Checklist,
    Course,
    Profile,
    Targets,
    contracts_item,
    debtor_analysis_item,
    debtor_register_item,
    household_item,
    life_plans_item,
    minutes_item,
    participation_item,
    photos_item,
    plan_item,
    rounds_item,
    target_item,
    training_item,
)

__all__ = ["checklist", "checklists"]

_Query = Select[*tuple[Any, ...]]
_Q = TypeVar("_Q", bound=_Query)


def _live(model: Any) -> Any:
    return model.deleted_at.is_(None)


def _profile(session: Session, fiscal_year: int) -> Profile:
    row = session.scalars(
        select(m.FiscalYearProfile).where(m.FiscalYearProfile.fiscal_year == fiscal_year, _live(m.FiscalYearProfile))
    ).first()
    if row is None:
        return Profile()
    months = tuple(int(x) for x in (row.report_months or [4, 7]))
    return Profile(row.target_households, row.min_households_1hh1c, months)


def checklist(session: Session, *, institute_id: str, fiscal_year: int) -> Checklist:
    """Every evidence item of section 4.3 for the institute's fiscal year (B.E.), evaluated from the data: the
    institute's own :func:`checklists`, read for it alone."""
    found = checklists(session, fiscal_year=fiscal_year, institute_ids=[institute_id])
    if institute_id not in found:
        raise NotFound(institute_id)
    return found[institute_id]


def _signed(fiscal_year: int) -> _Query:
    pr = m.ParticipationRecord
    return select(pr.institute_id, pr.household_id).where(
        pr.fiscal_year == fiscal_year, _live(pr), pr.consent_given.is_(True), pr.signed_on.is_not(None)
    )


def _submitted(fiscal_year: int) -> _Query:
    rr = m.ReportRound
    return select(rr.institute_id, rr.round_no).where(
        rr.fiscal_year == fiscal_year, _live(rr), rr.status == ReportRoundStatus.SUBMITTED
    )


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
        chosen = targets.get(institute, Targets(None, False, ()))
        plan_of = plans.get(institute)
        own_files = files.get(institute, [])
        items = (
            household_item(households.get(institute, _NO_HOUSEHOLDS).households),
            debtor_register_item(funds.get(institute, 0), households.get(institute, _NO_HOUSEHOLDS).fund_debts),
            debtor_analysis_item(
                households.get(institute, _NO_HOUSEHOLDS).indebted, households.get(institute, _NO_HOUSEHOLDS).no_income
            ),
            target_item(chosen, profile),
            participation_item(chosen, signed.get(institute, set())),
            training_item(courses.get(institute)),
            plan_item(plan_of[1] if plan_of else None, int(projects.get(plan_of[0], 0)) if plan_of else 0),
            minutes_item(own_files, plan_of[0] if plan_of else None),
            contracts_item(len(at_1hh1c[institute].at_1hh1c) if institute in at_1hh1c else 0, profile),
            rounds_item(submitted.get(institute, set()), profile),
            life_plans_item(chosen, planned),
            photos_item(own_files),
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


def _all_targets(session: Session, fiscal_year: int, within: _Within, wanted: set[str]) -> dict[str, Targets]:
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
        institute: Targets(
            selection_id, TargetStatus(status) is TargetStatus.LOCKED, tuple(listed.get(selection_id, ()))
        )
        for selection_id, (institute, status) in selections.items()
    }


def _all_courses(session: Session, fiscal_year: int, within: _Within, wanted: set[str]) -> dict[str, Course]:
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
        institute: Course(
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
    for table, model in OWNERS.items():
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
