"""The data layer's bookkeeping of every synced record, done on flush so no screen or service has to.

On every flush of a session bound to a :class:`Recorder`:
- a new record gets its UUID, created/updated stamps, this device's id, version 1 and a clock stamp;
- a changed record gets a new updated stamp, version + 1 and a new clock stamp;
- ``session.delete(record)`` becomes a tombstone (``deleted_at`` set, version + 1), never a DELETE;
- each of these is written to the audit log with the officer, the time and the old and new values;
- a changed or removed record that another device changed last keeps that version (its clock stamp and device)
  as the change's base in ``sync_base``, so the province can tell an edit made on top of that version from a
  concurrent one. Nothing is written when this device made the version it changes (the common case).
Bulk writers (demo data, Excel import, bundles) go through :meth:`Recorder.bulk_insert`, which stamps
their row dictionaries the same way and writes them with one executemany per table.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import Table, event, inspect
from sqlalchemy.orm import Session, UOWTransaction
from sqlalchemy.sql.schema import ColumnDefault

from cdfi_desktop.db import access, search
from cdfi_desktop.db.access import Actor
from cdfi_desktop.db.base import SyncedRecord, new_id, table_of
from cdfi_desktop.db.limits import check_object, check_rows
from cdfi_desktop.db.models.debt import Debt
from cdfi_desktop.db.models.household import Household, HouseholdMember
from cdfi_desktop.db.models.records import AuditLog
from cdfi_desktop.db.models.sync import SyncBase
from cdfi_desktop.domain.enums import AuditAction
from cdfi_desktop.domain.hlc import HybridLogicalClock

log = logging.getLogger(__name__)

RECORDER_KEY = "cdfi_recorder"
_BOOKKEEPING_COLUMNS = frozenset({"created_at", "updated_at", "device_id", "version", "hlc"})


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Recorder:
    """Who is writing (device, officer) and when (clock); attached to each session through ``session.info``."""

    device_id: str
    officer: str = ""
    clock: Callable[[], datetime] = utc_now
    id_factory: Callable[[], str] = new_id
    audit: bool = True
    hlc: HybridLogicalClock = field(default_factory=HybridLogicalClock)
    actor: Actor | None = None  # the signed-in account (None: no accounts on this database yet)
    purpose: str = ""  # what a write is part of when the role limits it ("review", "import"); see db.access
    reason: str = ""  # why, as the officer gave it (amending a contract): kept in each audit entry it writes

    def stamp(self) -> tuple[datetime, str]:
        now = self.clock()
        return now, self.hlc.now(int(now.timestamp() * 1000))

    def stamp_new(self, rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
        """Fill the bookkeeping columns of rows about to be bulk-inserted; returns them as a list.

        One batch is one instant: its rows share the created/updated time and get successive clock stamps.
        """
        now, _ = self.stamp()
        physical_ms = int(now.timestamp() * 1000)
        out = []
        for row in rows:
            if "id" not in row:
                row["id"] = self.id_factory()
            row.update(
                created_at=now, updated_at=now, device_id=self.device_id, version=1, hlc=self.hlc.now(physical_ms)
            )
            row.setdefault("deleted_at", None)
            out.append(row)
        return out

    def bulk_insert(self, session: Session, model: type[SyncedRecord], rows: list[dict[str, Any]]) -> None:
        """Insert many new records of one table at once, stamped like any other new record.

        Values go through the columns' own types (money to satang, enums to text, UTC stamps) and
        Python-side defaults, then straight to the driver's executemany: the fast path for demo data,
        workbook imports and bundles, inside the session's transaction.
        """
        if rows:
            access.check_bulk(session, self, model, rows)
            insert_rows(session, table_of(model), self.stamp_new(rows))
            if model is Household:
                search.mark_dirty(session, (row["id"] for row in rows))
            elif model in (HouseholdMember, Debt):
                search.mark_dirty(session, (row["household_id"] for row in rows))


def insert_rows(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """executemany of ``rows`` into ``table`` with each column's bind processing and scalar/callable defaults."""
    check_rows(table, rows)
    connection = session.connection()
    dialect = connection.dialect
    defaults: dict[str, ColumnDefault] = {
        col.key: col.default
        for col in table.columns
        if col.key not in rows[0]
        and isinstance(col.default, ColumnDefault)
        and (col.default.is_scalar or col.default.is_callable)
    }
    compiled = table.insert().compile(dialect=dialect, column_keys=[*rows[0], *defaults])
    keys = list(compiled.positiontup or [*rows[0], *defaults])
    processors = [table.c[key].type.dialect_impl(dialect).bind_processor(dialect) for key in keys]
    last_in: list[Any] = [object()] * len(keys)  # a value shared by many rows is processed once
    last_out: list[Any] = [None] * len(keys)
    params: list[Any] = []
    for row in rows:
        values = []
        for i, key in enumerate(keys):
            if key in row:
                value = row[key]
            else:
                default = defaults[key]
                value = default.arg(None) if default.is_callable else default.arg
            process = processors[i]
            if process is not None and value is not None:
                if value is not last_in[i]:
                    last_in[i], last_out[i] = value, process(value)
                value = last_out[i]
            values.append(value)
        params.append(tuple(values) if compiled.positional else dict(zip(keys, values, strict=True)))
    connection.exec_driver_sql(str(compiled), params)


def attach(session: Session, recorder: Recorder) -> Session:
    session.info[RECORDER_KEY] = recorder
    return session


def _jsonable(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (Decimal, date, datetime)):
        return str(value) if isinstance(value, Decimal) else value.isoformat()
    return value


def _changes(obj: SyncedRecord) -> dict[str, list[Any]]:
    state = inspect(obj)
    changed: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in _BOOKKEEPING_COLUMNS:
            continue
        hist = state.attrs[attr.key].history
        if hist.has_changes():
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if old != new:
                changed[attr.key] = [_jsonable(old), _jsonable(new)]
    return changed


def _audit(
    session: Session, rec: Recorder, obj: SyncedRecord, *, action: AuditAction, changes: dict[str, Any], at: datetime
) -> None:
    if rec.audit:
        session.add(
            AuditLog(
                at=at,
                officer=rec.officer,
                device_id=rec.device_id,
                table_name=table_of(type(obj)).name,
                record_id=obj.id,
                action=action,
                changes=changes,
            )
        )


def _committed(obj: SyncedRecord, key: str) -> Any:
    """The value ``key`` had when the record was loaded (before this flush's change), from the attribute history."""
    hist = inspect(obj).attrs[key].load_history()
    if hist.deleted:
        return hist.deleted[0]
    if hist.unchanged:
        return hist.unchanged[0]
    return None


def _keep_base(session: Session, rec: Recorder, obj: SyncedRecord) -> None:
    """Before this device stamps ``obj``: when another device made its version, record that version as the base.

    Called before the new stamp is set. Upserts the record's ``sync_base`` row in the same flush; cheap when the
    device is the same (two attribute reads, no query).
    """
    base_device = _committed(obj, "device_id")
    if not base_device or base_device == rec.device_id:
        return
    base_hlc = _committed(obj, "hlc")
    if not base_hlc:
        return
    table_name = table_of(type(obj)).name
    found = session.get(SyncBase, (table_name, obj.id))
    if found is None:
        session.add(SyncBase(table_name=table_name, record_id=obj.id, base_hlc=base_hlc, base_device=base_device))
    else:
        found.base_hlc, found.base_device = base_hlc, base_device


def _stable_key(obj: SyncedRecord) -> tuple[str, str]:
    return (table_of(type(obj)).name, obj.id or "")


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, flush_context: UOWTransaction, instances: object) -> None:
    rec: Recorder | None = session.info.get(RECORDER_KEY)
    for obj in (*session.new, *session.dirty):
        check_object(obj)
    synced_new = [o for o in session.new if isinstance(o, SyncedRecord)]
    # changed and removed records in a fixed order (the session keeps them in sets), so that their clock stamps
    # follow the same order on every run
    synced_dirty = sorted((o for o in session.dirty if isinstance(o, SyncedRecord)), key=_stable_key)
    synced_deleted = sorted((o for o in session.deleted if isinstance(o, SyncedRecord)), key=_stable_key)
    if not (synced_new or synced_dirty or synced_deleted):
        return
    if rec is None:
        raise RuntimeError("synced records can only be written through a session made by Database.session()")
    access.check_writes(session, rec, synced_new, synced_dirty, synced_deleted)

    for obj in synced_deleted:
        session.add(obj)  # undo the DELETE: the record stays as a tombstone
        _keep_base(session, rec, obj)
        now, stamp = rec.stamp()
        obj.deleted_at = now
        obj.updated_at, obj.hlc, obj.device_id = now, stamp, rec.device_id
        obj.version = (obj.version or 0) + 1
        _audit(session, rec, obj, action=AuditAction.DELETE, changes={}, at=now)

    for obj in synced_new:
        now, stamp = rec.stamp()
        if obj.id is None:
            obj.id = rec.id_factory()
        obj.created_at = obj.updated_at = now
        obj.device_id, obj.version, obj.hlc = rec.device_id, 1, stamp
        _audit(session, rec, obj, action=AuditAction.CREATE, changes={}, at=now)

    deleted_ids = {id(o) for o in synced_deleted}
    for obj in synced_dirty:
        if id(obj) in deleted_ids or not session.is_modified(obj, include_collections=False):
            continue
        changes = _changes(obj)
        if not changes:
            continue
        _keep_base(session, rec, obj)
        now, stamp = rec.stamp()
        obj.updated_at, obj.hlc, obj.device_id = now, stamp, rec.device_id
        obj.version = (obj.version or 0) + 1
        _audit(session, rec, obj, action=AuditAction.UPDATE, changes=changes, at=now)
