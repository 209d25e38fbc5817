"""Removing a household entered by mistake, and bringing it back.

A removal is a tombstone (``deleted_at`` set through ``session.delete``, see db/bookkeeping.py), so it travels
to the province like any other change; the household's members, monthly finances and debts go with it. The
reason is kept in the audit entry of the household's removal together with the ids of the records removed
with it, so that a restore brings back exactly those (a member removed earlier by an edit stays removed).

A household with a 1HH1C contract (any contract, a draft too) is not removed: the contract, its schedule
and its repayments are the fund's books. Nor is one the program already counts (on the target list, with a
participation record, a training place or a life plan). A restore is refused while a citizen ID of its members has since
been registered in another live household of the institute (one citizen ID once per institute).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cdfi_desktop.db import models as m
from cdfi_desktop.db.base import table_of
from cdfi_desktop.db.bookkeeping import give_reason
from cdfi_desktop.domain.enums import AuditAction
from cdfi_desktop.domain.register_rules import Issue
from cdfi_desktop.services.errors import NotFound, ValidationFailed
from cdfi_desktop.services.registers import citizen_id_conflicts, register_no_issue
from cdfi_desktop.services.uow import UnitOfWork

HH, MEMBER, AUDIT = table_of(m.Household), table_of(m.HouseholdMember), table_of(m.AuditLog)
CONTRACT = table_of(m.ConsolidationContract)
# what goes and comes back with a household: its members, finances and debts (a debt's guarantors and status
# history stay as they are: they are read through their debt)
CHILDREN: tuple[type[Any], ...] = (m.HouseholdMember, m.HouseholdFinance, m.Debt)
# without the audit entry (a database whose audit trail was not kept), the children removed within this
# long of their household are taken as removed with it
_SAME_REMOVAL = timedelta(seconds=2)


class HouseholdHasContract(Exception):
    """The household has a 1HH1C contract; it cannot be removed."""

    def __init__(self, household_id: str, contract_nos: list[str]) -> None:
        super().__init__(f"household {household_id} has contracts {contract_nos}")
        self.contract_nos = contract_nos


class HouseholdInProgram(Exception):
    """The household is on the target list, or has a participation record, a training place or a life plan: the
    program's figures count it, so it is not removed as entered by mistake."""

    def __init__(self, household_id: str, records: list[str]) -> None:
        super().__init__(f"household {household_id} is in the program: {records}")
        self.records = records  # the tables that hold it (target_household, participation_record, …)


# The program's records of a household that the figures count (indicators, rounds, evidence, training).
PROGRAM: tuple[type[Any], ...] = (
    m.TargetHousehold,
    m.ParticipationRecord,
    m.TrainingParticipant,
    m.LifeDevelopmentPlan,
)


def program_records(session: Session, household_id: str) -> list[str]:
    """The tables among ``PROGRAM`` that hold a live record of the household."""
    held = []
    for model in PROGRAM:
        query = select(model.id).where(model.household_id == household_id, model.deleted_at.is_(None)).limit(1)
        if session.scalars(query).first() is not None:
            held.append(table_of(model).name)
    return held


class ReasonRequired(Exception):
    """A removal needs the reason it is made."""


@dataclass(frozen=True)
class RemovedHousehold:
    id: str
    code: str
    house_no: str
    head_name: str
    removed_at: datetime | None
    officer: str
    reason: str


def contract_numbers(session: Session, household_id: str) -> list[str]:
    """The numbers of the household's live 1HH1C contracts (a draft has none yet: "")."""
    query = select(CONTRACT.c.contract_no).where(
        CONTRACT.c.household_id == household_id, CONTRACT.c.deleted_at.is_(None)
    )
    return [no or "" for no in session.scalars(query)]


def remove_household(uow: UnitOfWork, household_id: str, *, reason: str) -> None:
    """Tombstone a household entered by mistake with its members, finances and debts, keeping ``reason``."""
    session = uow.session
    reason = reason.strip()
    if not reason:
        raise ReasonRequired(household_id)
    give_reason(session, reason)  # the removal's reason in every audit entry of this transaction
    hh = session.get(m.Household, household_id)
    if hh is None or hh.deleted_at is not None:
        raise NotFound(household_id)
    contracts = contract_numbers(session, household_id)
    if contracts:
        raise HouseholdHasContract(household_id, contracts)
    in_program = program_records(session, household_id)
    if in_program:
        raise HouseholdInProgram(household_id, in_program)
    removed: dict[str, list[str]] = {}
    for model in CHILDREN:
        rows = session.scalars(select(model).where(model.household_id == household_id, model.deleted_at.is_(None)))
        for row in rows:
            removed.setdefault(table_of(model).name, []).append(row.id)
            session.delete(row)
    session.delete(hh)
    session.flush()
    entry = _removal_entry(session, household_id)
    if entry is not None:  # the audit trail is kept (always, but on a test database that turned it off)
        entry.changes = {"reason": reason, "removed_with": removed}
    uow.commit()


def _removal_entry(session: Session, household_id: str) -> m.AuditLog | None:
    return session.scalars(
        select(m.AuditLog)
        .where(
            m.AuditLog.table_name == HH.name,
            m.AuditLog.record_id == household_id,
            m.AuditLog.action == AuditAction.DELETE,
        )
        .order_by(m.AuditLog.id.desc())
        .limit(1)
    ).first()


def _removed_with(session: Session, hh: m.Household) -> list[Any]:
    """The records removed together with ``hh`` (by its audit entry, else by the time of removal)."""
    entry = _removal_entry(session, hh.id)
    listed = entry.changes.get("removed_with") if entry is not None and isinstance(entry.changes, dict) else None
    found: list[Any] = []
    for model in CHILDREN:
        query = select(model).where(model.household_id == hh.id, model.deleted_at.is_not(None))
        if isinstance(listed, dict):
            ids = listed.get(table_of(model).name) or []
            if not ids:
                continue
            query = query.where(model.id.in_(ids))
        elif hh.deleted_at is not None:
            query = query.where(
                model.deleted_at >= hh.deleted_at - _SAME_REMOVAL, model.deleted_at <= hh.deleted_at + _SAME_REMOVAL
            )
        found.extend(session.scalars(query))
    return found


def restore_household(uow: UnitOfWork, household_id: str) -> None:
    """Bring back a removed household with the members, finances and debts removed with it."""
    session = uow.session
    hh = session.get(m.Household, household_id)
    if hh is None or hh.deleted_at is None:
        raise NotFound(household_id)
    children = _removed_with(session, hh)
    members = [c for c in children if isinstance(c, m.HouseholdMember)]
    taken = citizen_id_conflicts(
        session, [x.citizen_id for x in members], institute_id=hh.institute_id, exclude_household_id=hh.id
    )
    issues = [
        Issue(
            "citizen_id_in_other_household",
            f"members[{index}].citizen_id",
            params={"house_no": taken[x.citizen_id][0] or "-", "name": taken[x.citizen_id][1]},
        )
        for index, x in enumerate(members)
        if x.citizen_id in taken
    ]
    taken_no = register_no_issue(session, hh.code, institute_id=hh.institute_id, household_id=hh.id)
    if taken_no is not None:  # its number was typed into another household since
        issues.append(taken_no)
    if issues:
        raise ValidationFailed(issues)
    hh.deleted_at = None
    for child in children:
        child.deleted_at = None
    uow.commit()


def removed_households(session: Session, *, institute_id: str) -> list[RemovedHousehold]:
    """The institute's removed households, the latest removal first, with who removed them and why."""
    rows = session.execute(
        select(HH.c.id, HH.c.code, HH.c.house_no, HH.c.deleted_at)
        .where(HH.c.institute_id == institute_id, HH.c.deleted_at.is_not(None))
        .order_by(HH.c.deleted_at.desc(), HH.c.code)
    ).all()
    if not rows:
        return []
    ids = [r.id for r in rows]
    heads: dict[str, str] = {}
    for head in session.execute(
        select(MEMBER.c.household_id, MEMBER.c.title, MEMBER.c.first_name, MEMBER.c.last_name)
        .where(MEMBER.c.household_id.in_(ids), MEMBER.c.is_head.is_(True))
        .order_by(MEMBER.c.deleted_at.desc())  # the head removed with the household, not an earlier one
    ):
        heads.setdefault(head.household_id, f"{head.title}{head.first_name} {head.last_name}".strip())
    entries: dict[str, tuple[str, str]] = {}
    for entry in session.execute(
        select(AUDIT.c.record_id, AUDIT.c.officer, AUDIT.c.changes)
        .where(AUDIT.c.table_name == HH.name, AUDIT.c.record_id.in_(ids), AUDIT.c.action == AuditAction.DELETE)
        .order_by(AUDIT.c.id.desc())
    ):
        changes = entry.changes if isinstance(entry.changes, dict) else {}
        entries.setdefault(entry.record_id, (entry.officer or "", str(changes.get("reason", ""))))
    return [
        RemovedHousehold(
            id=r.id,
            code=r.code,
            house_no=r.house_no,
            head_name=heads.get(r.id, ""),
            removed_at=r.deleted_at,
            officer=entries.get(r.id, ("", ""))[0],
            reason=entries.get(r.id, ("", ""))[1],
        )
        for r in rows
    ]
