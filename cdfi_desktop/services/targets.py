"""Target households of an institute for a fiscal year (guideline 2.4), and each one's participation record.

The app proposes the fiscal-year profile's number of households (30) from class C, then B, among those whose
consolidated installment is affordable (``domain.targets``); the officer adds, removes and reorders, each
change with a reason, and locks the list for the fiscal year. Every proposal, addition, removal, reordering,
lock and unlock is a ``target_change`` row with its reason and officer: the list's history.

Reasons: ``target_household.reason`` holds the reason as people read it — for a proposed household the Thai
text of the domain's ``target_proposed`` reason at the time of the proposal (what the printed list shows, as
recorded), for a household the officer added, the officer's own words. The code and numbers are not stored
in a second column (the schema has none): reads re-derive them from the household's current classification
(``TargetRow.reason_code``/``reason_params``), so the screens can show a proposal's reason in English too;
``TargetRow.reason_text(language)`` picks the recorded Thai in Thai, and the re-derived text otherwise (the
recorded text when the household is no longer eligible and nothing can be re-derived).

Reads take a Session and return frozen rows; use cases take a UnitOfWork, check, write and commit, and refuse
with :class:`ValidationFailed` (a code and the field, texts in ``messages.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cdfi_desktop.db import models as m
from cdfi_desktop.db.base import table_of
from cdfi_desktop.domain import targets as rules
from cdfi_desktop.domain.classification import Classification, DebtorClass, Reason
from cdfi_desktop.domain.enums import ContractStatus, Relation, TargetChangeAction, TargetStatus
from cdfi_desktop.domain.register_rules import Issue, Severity
from cdfi_desktop.messages import message
from cdfi_desktop.services.analysis import classify_households, fiscal_profile
from cdfi_desktop.services.errors import NotFound, ValidationFailed
from cdfi_desktop.services.uow import UnitOfWork

__all__ = [
    "CandidateRow",
    "ChangeRow",
    "MemberChoice",
    "ParticipationRow",
    "SelectionView",
    "TargetRow",
    "add_target",
    "candidates",
    "lock_targets",
    "move_target",
    "participation",
    "propose_targets",
    "record_participation",
    "remove_target",
    "selection",
    "selection_id_of",
    "target_changes",
    "unlock_targets",
]

HH, MEMBER, VILLAGE = table_of(m.Household), table_of(m.HouseholdMember), table_of(m.Village)
SELECTION, TARGET, CHANGE = table_of(m.TargetSelection), table_of(m.TargetHousehold), table_of(m.TargetChange)
RECORD = table_of(m.ParticipationRecord)
ZERO = Decimal("0.00")
REASON_LIMIT = 2000


# -- rows ----------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TargetRow:
    """A household on the list, with its class when selected and now, and the figures the committee looks at."""

    household_id: str
    code: str  # register no.
    head_name: str
    house_no: str
    village_no: int | None
    village: str
    rank: int
    class_at_selection: str
    current_class: DebtorClass | None
    class_reasons: tuple[Reason, ...]  # why the household is in its current class
    total_debt: Decimal
    dsr_pct: Decimal | None
    affordable_installment: Decimal
    consolidated_term_months: int | None
    eligible: bool  # what the app would propose today (class C or B, affordable)
    proposed: bool  # False when the officer added it
    reason: str  # as recorded: the proposal's Thai text, or the officer's words
    reason_code: str | None = None  # a proposal's reason, re-derived from the current classification
    reason_params: dict[str, object] = field(default_factory=dict, compare=False)

    def reason_text(self, language: str = "th") -> str:
        """The reason in ``language``: as recorded in Thai (and always for the officer's own words)."""
        if language == "th" or self.reason_code is None:
            return self.reason
        return message(self.reason_code, language, **self.reason_params)

    def class_reason_texts(self, language: str = "th") -> list[str]:
        return [message(r.code, language, **r.params) for r in self.class_reasons]


@dataclass(frozen=True)
class SelectionView:
    id: str
    institute_id: str
    fiscal_year: int  # B.E.
    status: TargetStatus
    locked_at: datetime | None
    locked_by: str
    wanted: int  # the profile's number of target households
    max_term_months: int
    as_of: date  # the day the current classes were worked out for
    rows: tuple[TargetRow, ...]

    @property
    def locked(self) -> bool:
        return self.status is TargetStatus.LOCKED

    def row(self, household_id: str) -> TargetRow | None:
        return next((r for r in self.rows if r.household_id == household_id), None)


@dataclass(frozen=True)
class ChangeRow:
    id: str
    at: datetime
    action: TargetChangeAction
    household_id: str | None
    household_code: str
    head_name: str
    reason: str
    officer: str


@dataclass(frozen=True)
class CandidateRow:
    """A household of the institute not on the list, for the officer to add by hand."""

    household_id: str
    code: str
    head_name: str
    village_no: int | None
    village: str
    debtor_class: DebtorClass
    class_reasons: tuple[Reason, ...]
    total_debt: Decimal
    dsr_pct: Decimal | None
    affordable_installment: Decimal
    consolidated_term_months: int | None
    eligible: bool
    note: Reason  # target_proposed when eligible, else why not

    def class_reason_texts(self, language: str = "th") -> list[str]:
        return [message(r.code, language, **r.params) for r in self.class_reasons]


@dataclass(frozen=True)
class MemberChoice:
    id: str
    name: str
    relation: Relation
    is_head: bool


@dataclass(frozen=True)
class ParticipationRow:
    """A target household's participation record (แบบบันทึกการเข้าร่วมโครงการ), recorded or not yet."""

    household_id: str
    code: str
    head_name: str
    house_no: str
    village_no: int | None
    village: str
    rank: int
    record_id: str | None
    representative_member_id: str | None  # the record's member, else the head
    representative_name: str
    enrolled_on: date | None
    consent_given: bool
    signed_on: date | None
    notes: str
    members: tuple[MemberChoice, ...]


# -- household facts -------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Facts:
    id: str
    institute_id: str
    code: str
    house_no: str
    village_no: int | None
    village: str
    head_id: str | None
    head_name: str
    live: bool


def _full_name(title: str | None, first: str | None, last: str | None) -> str:
    return f"{title or ''}{first or ''} {last or ''}".strip()


def _facts(session: Session, *, ids: Sequence[str] | None = None, institute_id: str | None = None) -> dict[str, _Facts]:
    head = (
        select(MEMBER.c.household_id, MEMBER.c.id, MEMBER.c.title, MEMBER.c.first_name, MEMBER.c.last_name)
        .where(MEMBER.c.is_head.is_(True), MEMBER.c.deleted_at.is_(None))
        .subquery()
    )
    query = (
        select(
            HH.c.id,
            HH.c.institute_id,
            HH.c.code,
            HH.c.house_no,
            HH.c.deleted_at,
            VILLAGE.c.village_no,
            VILLAGE.c.name.label("village"),
            head.c.id.label("head_id"),
            head.c.title,
            head.c.first_name,
            head.c.last_name,
        )
        .outerjoin(VILLAGE, VILLAGE.c.id == HH.c.village_id)
        .outerjoin(head, head.c.household_id == HH.c.id)
    )
    if ids is not None:
        query = query.where(HH.c.id.in_(list(ids)))
    else:
        query = query.where(HH.c.institute_id == institute_id, HH.c.deleted_at.is_(None))
    found: dict[str, _Facts] = {}
    for r in session.execute(query.order_by(HH.c.code, HH.c.id)):
        if r.id in found:  # two heads (a register error): the first one names the household
            continue
        found[r.id] = _Facts(
            id=r.id,
            institute_id=r.institute_id,
            code=r.code or "",
            house_no=r.house_no or "",
            village_no=r.village_no,
            village=r.village or "",
            head_id=r.head_id,
            head_name=_full_name(r.title, r.first_name, r.last_name),
            live=r.deleted_at is None,
        )
    return found


# -- reads ---------------------------------------------------------------------------------------------------------
def selection_id_of(session: Session, *, institute_id: str, fiscal_year: int) -> str | None:
    return session.scalar(
        select(SELECTION.c.id).where(
            SELECTION.c.institute_id == institute_id,
            SELECTION.c.fiscal_year == fiscal_year,
            SELECTION.c.deleted_at.is_(None),
        )
    )


def selection(
    session: Session, *, institute_id: str, fiscal_year: int, as_of: date | None = None
) -> SelectionView | None:
    """The institute's target list of ``fiscal_year`` in rank order, or None before any proposal."""
    found = session.execute(
        select(SELECTION).where(
            SELECTION.c.institute_id == institute_id,
            SELECTION.c.fiscal_year == fiscal_year,
            SELECTION.c.deleted_at.is_(None),
        )
    ).first()
    if found is None:
        return None
    return _view(session, found, as_of=as_of or date.today())


def _view(session: Session, sel: Any, *, as_of: date) -> SelectionView:
    profile = fiscal_profile(session, sel.fiscal_year)
    targets = list(
        session.execute(
            select(TARGET)
            .where(TARGET.c.selection_id == sel.id, TARGET.c.deleted_at.is_(None))
            .order_by(TARGET.c.rank, TARGET.c.id)
        )
    )
    ids = [t.household_id for t in targets]
    facts = _facts(session, ids=ids) if ids else {}
    classes: dict[str, Classification] = {}
    if ids:
        classes, _debts = classify_households(session, ids=ids, thresholds=profile.thresholds, as_of=as_of)
    rows = []
    for t in targets:
        f = facts.get(t.household_id)
        c = classes.get(t.household_id)
        eligible = c is not None and rules.is_eligible(c)
        code: str | None = None
        params: dict[str, object] = {}
        if t.proposed and c is not None and eligible:
            derived = rules.proposal_reason(c)
            code, params = derived.code, dict(derived.params)
        rows.append(
            TargetRow(
                household_id=t.household_id,
                code=f.code if f else "",
                head_name=f.head_name if f else "",
                house_no=f.house_no if f else "",
                village_no=f.village_no if f else None,
                village=f.village if f else "",
                rank=t.rank,
                class_at_selection=t.class_at_selection,
                current_class=c.debtor_class if c else None,
                class_reasons=c.reasons if c else (),
                total_debt=c.indicators.total_debt if c else ZERO,
                dsr_pct=c.indicators.dsr_pct if c else None,
                affordable_installment=c.affordable_installment if c else ZERO,
                consolidated_term_months=c.consolidated_term_months if c else None,
                eligible=eligible,
                proposed=t.proposed,
                reason=t.reason,
                reason_code=code,
                reason_params=params,
            )
        )
    return SelectionView(
        id=sel.id,
        institute_id=sel.institute_id,
        fiscal_year=sel.fiscal_year,
        status=TargetStatus(sel.status),
        locked_at=sel.locked_at,
        locked_by=sel.locked_by or "",
        wanted=profile.target_households,
        max_term_months=profile.thresholds.max_term_months,
        as_of=as_of,
        rows=tuple(rows),
    )


def target_changes(session: Session, selection_id: str) -> list[ChangeRow]:
    """The list's history, oldest first."""
    changes = list(
        session.execute(
            select(CHANGE)
            .where(CHANGE.c.selection_id == selection_id, CHANGE.c.deleted_at.is_(None))
            .order_by(CHANGE.c.hlc, CHANGE.c.created_at)  # the clock stamp: causal order across devices
        )
    )
    ids = sorted({c.household_id for c in changes if c.household_id})
    facts = _facts(session, ids=ids) if ids else {}
    return [
        ChangeRow(
            id=c.id,
            at=c.created_at,
            action=TargetChangeAction(c.action),
            household_id=c.household_id,
            household_code=facts[c.household_id].code if c.household_id in facts else "",
            head_name=facts[c.household_id].head_name if c.household_id in facts else "",
            reason=c.reason,
            officer=c.officer,
        )
        for c in changes
    ]


def candidates(session: Session, *, institute_id: str, fiscal_year: int, as_of: date) -> list[CandidateRow]:
    """Households of the institute not on the list: those the app would propose first (in its order), then the
    rest in register order."""
    profile = fiscal_profile(session, fiscal_year)
    classes, _debts = classify_households(
        session, institute_id=institute_id, thresholds=profile.thresholds, as_of=as_of
    )
    listed: set[str] = set()
    sel_id = selection_id_of(session, institute_id=institute_id, fiscal_year=fiscal_year)
    if sel_id is not None:
        listed = set(
            session.scalars(
                select(TARGET.c.household_id).where(TARGET.c.selection_id == sel_id, TARGET.c.deleted_at.is_(None))
            )
        )
    facts = _facts(session, institute_id=institute_id)
    open_ids = [i for i in facts if i not in listed and i in classes]
    ordered = [
        p.household_id
        for p in rules.propose_targets(
            [rules.Candidate(i, facts[i].code, classes[i]) for i in open_ids], count=len(open_ids)
        )
    ]
    first = set(ordered)
    ordered += [i for i in open_ids if i not in first]  # already in register order
    max_term = profile.thresholds.max_term_months
    rows = []
    for i in ordered:
        c, f = classes[i], facts[i]
        eligible = rules.is_eligible(c)
        note = (
            rules.proposal_reason(c)
            if eligible
            else Reason("target_not_eligible", {"debtor_class": c.debtor_class.value, "max_term": max_term})
        )
        rows.append(
            CandidateRow(
                household_id=i,
                code=f.code,
                head_name=f.head_name,
                village_no=f.village_no,
                village=f.village,
                debtor_class=c.debtor_class,
                class_reasons=c.reasons,
                total_debt=c.indicators.total_debt,
                dsr_pct=c.indicators.dsr_pct,
                affordable_installment=c.affordable_installment,
                consolidated_term_months=c.consolidated_term_months,
                eligible=eligible,
                note=note,
            )
        )
    return rows


def _members(session: Session, ids: Sequence[str]) -> dict[str, list[MemberChoice]]:
    found: dict[str, list[MemberChoice]] = {}
    if not ids:
        return found
    query = (
        select(MEMBER)
        .where(MEMBER.c.household_id.in_(list(ids)), MEMBER.c.deleted_at.is_(None))
        .order_by(MEMBER.c.household_id, MEMBER.c.is_head.desc(), MEMBER.c.created_at, MEMBER.c.id)
    )
    for r in session.execute(query):
        found.setdefault(r.household_id, []).append(
            MemberChoice(r.id, _full_name(r.title, r.first_name, r.last_name), Relation(r.relation), bool(r.is_head))
        )
    return found


def participation(session: Session, *, institute_id: str, fiscal_year: int) -> list[ParticipationRow]:
    """One row per household on the target list, in rank order, with its participation record if there is one."""
    sel_id = selection_id_of(session, institute_id=institute_id, fiscal_year=fiscal_year)
    if sel_id is None:
        return []
    targets = list(
        session.execute(
            select(TARGET.c.household_id, TARGET.c.rank)
            .where(TARGET.c.selection_id == sel_id, TARGET.c.deleted_at.is_(None))
            .order_by(TARGET.c.rank, TARGET.c.id)
        )
    )
    ids = [t.household_id for t in targets]
    facts = _facts(session, ids=ids) if ids else {}
    members = _members(session, ids)
    records = {
        r.household_id: r
        for r in session.execute(
            select(RECORD).where(
                RECORD.c.household_id.in_(ids), RECORD.c.fiscal_year == fiscal_year, RECORD.c.deleted_at.is_(None)
            )
        )
    }
    rows = []
    for t in targets:
        f = facts.get(t.household_id)
        record = records.get(t.household_id)
        people = tuple(members.get(t.household_id, ()))
        rep_id = record.representative_member_id if record and record.representative_member_id else None
        rep_id = rep_id or (f.head_id if f else None)
        rep_name = next((p.name for p in people if p.id == rep_id), f.head_name if f else "")
        rows.append(
            ParticipationRow(
                household_id=t.household_id,
                code=f.code if f else "",
                head_name=f.head_name if f else "",
                house_no=f.house_no if f else "",
                village_no=f.village_no if f else None,
                village=f.village if f else "",
                rank=t.rank,
                record_id=record.id if record else None,
                representative_member_id=rep_id,
                representative_name=rep_name,
                enrolled_on=record.enrolled_on if record else None,
                consent_given=bool(record.consent_given) if record else False,
                signed_on=record.signed_on if record else None,
                notes=record.notes if record else "",
                members=people,
            )
        )
    return rows


# -- use cases -----------------------------------------------------------------------------------------------------
def _refuse(issue: str, field_name: str = "", /, **params: object) -> ValidationFailed:
    return ValidationFailed([Issue(issue, field_name, Severity.ERROR, dict(params))])


def _reason(text: str) -> str:
    reason = text.strip()
    if not reason:
        raise _refuse("target_reason_required", "reason")
    if len(reason) > REASON_LIMIT:
        raise _refuse("text_too_long", "reason", limit=REASON_LIMIT)
    return reason


def _officer(uow: UnitOfWork, officer: str) -> str:
    return (officer or uow.db.recorder.officer or "").strip()[:120]


def _selection_record(session: Session, selection_id: str) -> m.TargetSelection:
    found = session.get(m.TargetSelection, selection_id)
    if found is None or found.deleted_at is not None:
        raise NotFound(selection_id)
    return found


def _editable(session: Session, selection_id: str) -> m.TargetSelection:
    found = _selection_record(session, selection_id)
    if found.status is TargetStatus.LOCKED:
        raise _refuse("targets_locked")
    return found


def _listed(session: Session, selection_id: str) -> list[m.TargetHousehold]:
    return list(
        session.scalars(
            select(m.TargetHousehold)
            .where(m.TargetHousehold.selection_id == selection_id, m.TargetHousehold.deleted_at.is_(None))
            .order_by(m.TargetHousehold.rank, m.TargetHousehold.id)
        )
    )


def _with_contract(session: Session, *, institute_id: str, fiscal_year: int) -> set[str]:
    """Households whose debts became a 1HH1C contract this fiscal year (signed, or since repaid)."""
    contract = m.ConsolidationContract
    return set(
        session.scalars(
            select(contract.household_id).where(
                contract.institute_id == institute_id,
                contract.fiscal_year == fiscal_year,
                contract.deleted_at.is_(None),
                contract.status.in_([ContractStatus.SIGNED, ContractStatus.CLOSED]),
            )
        )
    )


def _renumber(rows: Sequence[m.TargetHousehold]) -> None:
    """Ranks 1..n in the order given, without gaps."""
    for rank, row in enumerate(rows, start=1):
        if row.rank != rank:
            row.rank = rank


def _note(session: Session, sel: m.TargetSelection, action: TargetChangeAction, reason: str, **kw: Any) -> None:
    session.add(
        m.TargetChange(
            selection_id=sel.id,
            household_id=kw.get("household_id"),
            action=action,
            reason=reason,
            officer=kw.get("officer", ""),
        )
    )


def _finish(uow: UnitOfWork, sel: m.TargetSelection, as_of: date | None) -> SelectionView:
    session = uow.session
    session.flush()
    row = session.execute(select(SELECTION).where(SELECTION.c.id == sel.id)).one()
    view = _view(session, row, as_of=as_of or date.today())
    uow.commit()
    return view


def propose_targets(
    uow: UnitOfWork, *, institute_id: str, fiscal_year: int, as_of: date, officer: str = ""
) -> SelectionView:
    """Rank the profile's number of households (class C, then B, affordable) as the institute's target list.

    A list not yet locked is replaced (its households tombstoned); a locked one is refused.
    """
    session = uow.session
    institute = session.get(m.Institute, institute_id)
    if institute is None or institute.deleted_at is not None:
        raise NotFound(institute_id)
    sel = session.scalar(
        select(m.TargetSelection).where(
            m.TargetSelection.institute_id == institute_id, m.TargetSelection.fiscal_year == fiscal_year
        )
    )
    if sel is not None and sel.status is TargetStatus.LOCKED and sel.deleted_at is None:
        raise _refuse("targets_locked")
    profile = fiscal_profile(session, fiscal_year)
    classes, _debts = classify_households(
        session, institute_id=institute_id, thresholds=profile.thresholds, as_of=as_of
    )
    codes: dict[str, str] = {
        r.id: r.code for r in session.execute(select(HH.c.id, HH.c.code).where(HH.c.institute_id == institute_id))
    }
    listed = _listed(session, sel.id) if sel is not None and sel.deleted_at is None else []
    contracted = _with_contract(session, institute_id=institute_id, fiscal_year=fiscal_year)
    kept = [r for r in listed if r.household_id in contracted]  # their debts are one contract already: they stay
    proposals = rules.propose_targets(
        [rules.Candidate(i, codes.get(i, ""), c) for i, c in classes.items() if i not in contracted],
        count=max(0, profile.target_households - len(kept)),
    )
    if sel is None:
        sel = m.TargetSelection(institute_id=institute_id, fiscal_year=fiscal_year, status=TargetStatus.PROPOSED)
        session.add(sel)
        session.flush()
    elif sel.deleted_at is not None:  # the pair is unique even among tombstones: bring it back
        sel.deleted_at = None
        sel.status = TargetStatus.PROPOSED
    for row in _listed(session, sel.id):
        if row not in kept:
            session.delete(row)
    _renumber(kept)
    session.flush()
    for p in proposals:
        session.add(
            m.TargetHousehold(
                selection_id=sel.id,
                household_id=p.household_id,
                rank=len(kept) + p.rank,
                class_at_selection=p.debtor_class.value,
                proposed=True,
                reason=message(p.reason.code, "th", **p.reason.params),
            )
        )
    reason = message(
        "targets_proposed_list",
        "th",
        count=len(proposals),
        max_term=profile.thresholds.max_term_months,
        as_of=as_of,
    )
    _note(session, sel, TargetChangeAction.PROPOSE, reason, officer=_officer(uow, officer))
    return _finish(uow, sel, as_of)


def add_target(
    uow: UnitOfWork,
    *,
    selection_id: str,
    household_id: str,
    reason: str,
    officer: str = "",
    rank: int | None = None,
    as_of: date | None = None,
) -> SelectionView:
    """Put a household on the list by hand (at the end, or at ``rank``), with the officer's reason."""
    session = uow.session
    text = _reason(reason)
    sel = _editable(session, selection_id)
    household = session.get(m.Household, household_id)
    if household is None or household.deleted_at is not None:
        raise NotFound(household_id)
    if household.institute_id != sel.institute_id:
        raise _refuse("target_other_institute", "household_id")
    rows = _listed(session, sel.id)
    already = next((r for r in rows if r.household_id == household_id), None)
    if already is not None:
        raise _refuse("target_already_listed", "household_id", code=household.code, rank=already.rank)
    if rank is not None and not 1 <= rank <= len(rows) + 1:
        raise _refuse("target_rank_out_of_range", "rank", count=len(rows) + 1)
    profile = fiscal_profile(session, sel.fiscal_year)
    classes, _debts = classify_households(
        session, ids=[household_id], thresholds=profile.thresholds, as_of=as_of or date.today()
    )
    added = m.TargetHousehold(
        selection_id=sel.id,
        household_id=household_id,
        rank=len(rows) + 1,
        class_at_selection=classes[household_id].debtor_class.value,
        proposed=False,
        reason=text,
    )
    session.add(added)
    rows.insert((rank or len(rows) + 1) - 1, added)
    _renumber(rows)
    _note(session, sel, TargetChangeAction.ADD, text, household_id=household_id, officer=_officer(uow, officer))
    return _finish(uow, sel, as_of)


def remove_target(
    uow: UnitOfWork,
    *,
    selection_id: str,
    household_id: str,
    reason: str,
    officer: str = "",
    as_of: date | None = None,
) -> SelectionView:
    """Take a household off the list with the officer's reason; the ranks below move up."""
    session = uow.session
    text = _reason(reason)
    sel = _editable(session, selection_id)
    rows = _listed(session, sel.id)
    found = next((r for r in rows if r.household_id == household_id), None)
    if found is None:
        raise _refuse("target_not_listed", "household_id")
    if household_id in _with_contract(session, institute_id=sel.institute_id, fiscal_year=sel.fiscal_year):
        raise _refuse("target_has_contract", "household_id")
    session.delete(found)
    _renumber([r for r in rows if r is not found])
    _note(session, sel, TargetChangeAction.REMOVE, text, household_id=household_id, officer=_officer(uow, officer))
    return _finish(uow, sel, as_of)


def move_target(
    uow: UnitOfWork,
    *,
    selection_id: str,
    household_id: str,
    to_rank: int,
    reason: str,
    officer: str = "",
    as_of: date | None = None,
) -> SelectionView:
    """Move a household to ``to_rank`` (1 first) with the officer's reason; the others close up around it."""
    session = uow.session
    text = _reason(reason)
    sel = _editable(session, selection_id)
    rows = _listed(session, sel.id)
    found = next((r for r in rows if r.household_id == household_id), None)
    if found is None:
        raise _refuse("target_not_listed", "household_id")
    if not 1 <= to_rank <= len(rows):
        raise _refuse("target_rank_out_of_range", "rank", count=len(rows))
    if rows.index(found) + 1 != to_rank:
        rows.remove(found)
        rows.insert(to_rank - 1, found)
        _renumber(rows)
        _note(session, sel, TargetChangeAction.REORDER, text, household_id=household_id, officer=_officer(uow, officer))
    return _finish(uow, sel, as_of)


def lock_targets(
    uow: UnitOfWork,
    *,
    selection_id: str,
    reason: str,
    short_list_reason: str = "",
    officer: str = "",
    as_of: date | None = None,
) -> SelectionView:
    """Lock the list for the fiscal year: no proposal or change until it is unlocked (with a reason). A list
    shorter than the profile's size (30) locks only with ``short_list_reason``, noted after the lock."""
    session = uow.session
    text = _reason(reason)
    sel = _selection_record(session, selection_id)
    if sel.status is TargetStatus.LOCKED:
        raise _refuse("targets_already_locked")
    count, wanted = len(_listed(session, selection_id)), fiscal_profile(session, sel.fiscal_year).target_households
    short = short_list_reason.strip()
    if count < wanted and not short:
        raise _refuse("target_short_list_reason_required", "short_list_reason", count=count, wanted=wanted)
    if len(short) > REASON_LIMIT:
        raise _refuse("text_too_long", "short_list_reason", limit=REASON_LIMIT)
    who = _officer(uow, officer)
    sel.status = TargetStatus.LOCKED
    sel.locked_at = uow.db.recorder.clock()
    sel.locked_by = who
    _note(session, sel, TargetChangeAction.LOCK, text, officer=who)
    if count < wanted:
        session.flush()  # the short list's note comes after its lock
        note = message("target_short_list_noted", "th", count=count, wanted=wanted, reason=short)
        _note(session, sel, TargetChangeAction.LOCK, note, officer=who)
    return _finish(uow, sel, as_of)


def unlock_targets(
    uow: UnitOfWork, *, selection_id: str, reason: str, officer: str = "", as_of: date | None = None
) -> SelectionView:
    session = uow.session
    text = _reason(reason)
    sel = _selection_record(session, selection_id)
    if sel.status is not TargetStatus.LOCKED:
        raise _refuse("targets_not_locked")
    sel.status = TargetStatus.PROPOSED
    sel.locked_at = None
    sel.locked_by = ""
    _note(session, sel, TargetChangeAction.UNLOCK, text, officer=_officer(uow, officer))
    return _finish(uow, sel, as_of)


def record_participation(
    uow: UnitOfWork,
    *,
    household_id: str,
    fiscal_year: int,
    representative_member_id: str | None,
    enrolled_on: date | None,
    consent_given: bool,
    signed_on: date | None,
    notes: str = "",
) -> str:
    """Create or update a target household's participation record of ``fiscal_year``; returns its id."""
    session = uow.session
    household = session.get(m.Household, household_id)
    if household is None or household.deleted_at is not None:
        raise NotFound(household_id)
    sel_id = selection_id_of(session, institute_id=household.institute_id, fiscal_year=fiscal_year)
    on_list = sel_id is not None and session.scalar(
        select(TARGET.c.id).where(
            TARGET.c.selection_id == sel_id, TARGET.c.household_id == household_id, TARGET.c.deleted_at.is_(None)
        )
    )
    if not on_list:
        raise _refuse("participation_not_target", "household_id", year=fiscal_year)
    if representative_member_id is not None:
        member = session.get(m.HouseholdMember, representative_member_id)
        if member is None or member.deleted_at is not None or member.household_id != household_id:
            raise _refuse("participation_representative_not_member", "representative_member_id")
    if signed_on is not None and not consent_given:
        raise _refuse("participation_signed_without_consent", "signed_on")
    if signed_on is not None and enrolled_on is not None and signed_on < enrolled_on:
        raise _refuse("participation_signed_before_enrolled", "signed_on")
    record = session.scalar(
        select(m.ParticipationRecord).where(
            m.ParticipationRecord.household_id == household_id, m.ParticipationRecord.fiscal_year == fiscal_year
        )
    )
    if record is None:
        record = m.ParticipationRecord(
            institute_id=household.institute_id, household_id=household_id, fiscal_year=fiscal_year
        )
        session.add(record)
    elif record.deleted_at is not None:  # unique even among tombstones: bring it back
        record.deleted_at = None
    values: dict[str, object] = {
        "representative_member_id": representative_member_id,
        "enrolled_on": enrolled_on,
        "consent_given": consent_given,
        "signed_on": signed_on,
        "notes": notes.strip(),
    }
    for key, value in values.items():
        if getattr(record, key) != value:
            setattr(record, key, value)
    session.flush()
    record_id = record.id
    uow.commit()
    return record_id
