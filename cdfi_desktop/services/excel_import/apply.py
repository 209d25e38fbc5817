"""Carrying out an import plan in one transaction: new records by bulk insert, changes through the ORM."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cdfi_desktop.db import models as m
from cdfi_desktop.db.backups import BEFORE_IMPORT, BackupFailed
from cdfi_desktop.db.base import SyncedRecord
from cdfi_desktop.db.bookkeeping import RECORDER_KEY, Recorder
from cdfi_desktop.db.database import Database
from cdfi_desktop.services.excel_import.plan import ImportPlan, NewId, Update, register_fingerprint
from cdfi_desktop.services.excel_import.speed import no_gc

__all__ = ["ImportResult", "ImportStale", "apply_import", "back_up_before_import"]

Progress = Callable[[int, int], None]
_MODELS: dict[str, type[SyncedRecord]] = {
    "member_fund": m.MemberFund,
    "village": m.Village,
    "household": m.Household,
    "household_member": m.HouseholdMember,
    "household_finance": m.HouseholdFinance,
    "debt": m.Debt,
    "debt_guarantor": m.DebtGuarantor,
}
_CHUNK = 500
log = logging.getLogger(__name__)


class ImportStale(Exception):
    """The registers changed after the plan was made: plan again (nothing was written)."""

    code = "import_plan_stale"


@dataclass(frozen=True)
class ImportResult:
    created: dict[str, int]  # table → records added
    updated: dict[str, int]  # table → records changed
    rows: dict[str, int]  # row status → rows

    @property
    def records_written(self) -> int:
        return sum(self.created.values()) + sum(self.updated.values())


def back_up_before_import(db: Database) -> BackupFailed | None:
    """Copy the database into its backups before an import writes (nothing for a server database).

    Returns why the copy could not be made (None when it was); the import may still go on, as it is written
    in one transaction, but the officer is told.
    """
    try:
        db.backup(BEFORE_IMPORT)
    except BackupFailed as exc:
        log.warning("no backup before the import: %s", exc.detail)
        return exc
    return None


def apply_import(target: Database | Session, plan: ImportPlan, *, progress: Progress | None = None) -> ImportResult:
    """Write the plan's new and changed records in ONE transaction, or nothing.

    ``target``: a database (a transaction is opened and committed here) or a session made by
    ``Database.session()`` inside the caller's transaction (the caller commits; e.g. a ``UnitOfWork``).
    Raises ``ImportStale`` when the registers changed since the plan was made.
    """
    with no_gc():
        if isinstance(target, Database):
            with target.session(write=True) as session, session.begin():
                return _apply(session, plan, progress)
        return _apply(target, plan, progress)


def _apply(session: Session, plan: ImportPlan, progress: Progress | None) -> ImportResult:
    recorder: Recorder | None = session.info.get(RECORDER_KEY)
    if recorder is None:
        raise RuntimeError("an import can only be written through a session made by Database.session()")
    if register_fingerprint(session) != plan.fingerprint:
        raise ImportStale("the registers changed since the workbook was checked")
    writes = plan.writes
    ids: dict[NewId, str] = {}

    def real(value: Any) -> Any:
        if isinstance(value, NewId):
            if value not in ids:
                ids[value] = recorder.id_factory()
            return ids[value]
        return value

    batches = (
        ("member_fund", writes.funds),
        ("village", writes.villages),
        ("household", writes.households),
        ("household_member", writes.members),
        ("household_finance", writes.finances),
        ("debt", writes.debts),
        ("debt_guarantor", writes.guarantors),
    )
    total = sum(len(rows) for _t, rows in batches) + len(writes.updates)
    done = 0
    for table, rows in batches:
        if rows:
            recorder.bulk_insert(session, _MODELS[table], [_with_ids(row, real) for row in rows])
        done += len(rows)
        if progress is not None:
            progress(done, total)
    _update(session, [_resolved(u, real) for u in writes.updates])
    if progress is not None:
        progress(total, total)
    return ImportResult(created=writes.new_counts(), updated=writes.update_counts(), rows=plan.counts())


_REFERENCES = ("id", "village_id", "household_id", "member_id", "debtor_member_id", "debt_id", "member_fund_id")


def _with_ids(row: dict[str, Any], real: Callable[[Any], Any]) -> dict[str, Any]:
    """A copy of a planned row with the new records' ids filled in (only reference columns can hold them)."""
    out = dict(row)
    for key in _REFERENCES:
        if key in out:
            out[key] = real(out[key])
    return out


def _resolved(update: Update, real: Callable[[Any], Any]) -> Update:
    return Update(update.table, update.id, update.version, {k: real(v) for k, v in update.changes.items()})


def _update(session: Session, updates: list[Update]) -> None:
    """Changes through mapped objects, so that the data layer versions and audits each one on flush."""
    by_table: dict[str, list[Update]] = {}
    for update in updates:
        by_table.setdefault(update.table, []).append(update)
    for table, items in by_table.items():
        model = _MODELS[table]
        for start in range(0, len(items), _CHUNK):
            chunk = items[start : start + _CHUNK]
            loaded = {obj.id: obj for obj in session.scalars(select(model).where(model.id.in_([u.id for u in chunk])))}
            for update in chunk:
                obj = loaded.get(update.id)
                if obj is None or obj.version != update.version or obj.deleted_at is not None:
                    raise ImportStale(f"{table} {update.id} changed since the workbook was checked")
                for key, value in update.changes.items():
                    setattr(obj, key, value)
            session.flush()
