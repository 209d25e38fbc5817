"""The data layer's bookkeeping of every synced record, done on flush so no screen or service has to.

On every flush of a session bound to a :class:`Recorder`:
- a new record gets its UUID, created/updated stamps, this device's id, version 1 and a clock stamp;
- a changed record gets a new updated stamp, version + 1 and a new clock stamp;
- ``session.delete(record)`` becomes a tombstone (``deleted_at`` set, version + 1), never a DELETE;
- each of these is written to the audit log with the officer, the signed-in account, the time, the old and new
  values (a new record: none — the record as created is its version 1, and every later change is an entry with
  its old and new values; ``sync/merge.py`` reads the fields an entry names as the fields changed) and the reason
  the use case gave
  (:func:`give_reason` for one session's transaction, else :attr:`Recorder.reason`); every entry is chained by hash
  to the one before it (``db/audit_chain.py``), those other code adds to the session too; an entry may be completed
  in the transaction that wrote it (the entries after it are chained again), never after;
- a laptop's bundle of changes this database applied (a ``sync_bundle`` row coming in as "applied") gets an entry
  of its own, its reason "bundle <device>#<number>": the records it brought are described by the laptop's
  entries it carries (chained here in their order);
- a changed or removed record that another device changed last keeps that version (its clock stamp and device)
  as the change's base in ``sync_base``, so the province can tell an edit made on top of that version from a
  concurrent one. Nothing is written when this device made the version it changes (the common case).
Bulk writers (demo data, Excel import, bundles) go through :meth:`Recorder.bulk_insert`, which stamps
their row dictionaries the same way and writes them with one executemany per table, and their audit entries
(one per record, action create) with one more.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import Connection, Table, event, inspect, select
from sqlalchemy.orm import Session, UOWTransaction
from sqlalchemy.sql.schema import ColumnDefault

from cdfi_desktop.db import access, audit_chain, search
from cdfi_desktop.db.access import Actor
from cdfi_desktop.db.base import SyncedRecord, new_id, table_of
from cdfi_desktop.db.limits import check_object, check_rows
from cdfi_desktop.db.models.debt import Debt
from cdfi_desktop.db.models.household import Household, HouseholdMember
from cdfi_desktop.db.models.records import AuditLog
from cdfi_desktop.db.models.sync import SyncBase, SyncBundle
from cdfi_desktop.domain.enums import AuditAction
from cdfi_desktop.domain.hlc import HybridLogicalClock

log = logging.getLogger(__name__)

RECORDER_KEY = "cdfi_recorder"
REASON_KEY = "cdfi_audit_reason"
_FIRST_KEY = "cdfi_audit_first"  # the first entry this session's transaction sealed
_RECHAIN_KEY = "cdfi_audit_rechain"  # an entry of this transaction completed: chain again from it
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
    audit: bool = True  # False: no entries (left for callers of older releases; every writer should audit)
    hlc: HybridLogicalClock = field(default_factory=HybridLogicalClock)
    actor: Actor | None = None  # the signed-in account (None: no accounts on this database yet)
    purpose: str = ""  # what a write is part of when the role limits it ("review", "import"); see db.access
    reason: str = ""  # why, as the officer gave it (amending a contract): kept in each audit entry it writes

    @property
    def account(self) -> str:
        return self.actor.username if self.actor is not None else ""

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
            table = table_of(model)
            stamped = self.stamp_new(rows)
            insert_rows(session, table, stamped)
            if self.audit:
                at = stamped[0]["created_at"]
                common = {
                    "at": at,
                    "officer": self.officer,
                    "account": self.account,
                    "device_id": self.device_id,
                    "table_name": table.name,
                    "action": AuditAction.CREATE,
                    "reason": _reason(session, self),
                    "origin": None,
                }
                nothing: dict[str, Any] = {}  # one object: the driver's JSON text is made once for the batch
                entries = [{**common, "record_id": row["id"], "changes": nothing} for row in stamped]
                connection = session.connection()  # our own entries: their values need no check
                audit_chain.seal(connection, entries)
                _executemany(connection, _AUDIT, entries)
            if model is Household:
                search.mark_dirty(session, (row["id"] for row in rows))
            elif model in (HouseholdMember, Debt):
                search.mark_dirty(session, (row["household_id"] for row in rows))


def insert_rows(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """executemany of ``rows`` into ``table`` with each column's bind processing and scalar/callable defaults.

    Audit entries (``audit_log``) are numbered and chained first (``audit_chain.seal``)."""
    check_rows(table, rows)
    connection = session.connection()
    if table is _AUDIT:
        audit_chain.seal(connection, rows)
    _executemany(connection, table, rows)


def _executemany(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
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


_AUDIT = table_of(AuditLog)


def give_reason(session: Session, reason: str) -> None:
    """The reason of what this session writes until its transaction ends (a use case's: a signing, an amendment)."""
    session.info[REASON_KEY] = reason


def record_entry(
    session: Session,
    *,
    table_name: str,
    record_id: str,
    action: AuditAction,
    changes: dict[str, Any] | None = None,
    reason: str = "",
) -> AuditLog:
    """An audit entry of something that is not a synced record (an account made, reset or disabled; full citizen
    IDs shown), written with this session's recorder (who, when, this device) at its next flush, chained like every
    other. ``changes``: {field: [old, new]}, never a password or a code."""
    rec: Recorder | None = session.info.get(RECORDER_KEY)
    entry = AuditLog(
        at=rec.clock() if rec is not None else utc_now(),
        officer=rec.officer if rec is not None else "",
        account=rec.account if rec is not None else "",
        device_id=rec.device_id if rec is not None else "",
        table_name=table_name,
        record_id=record_id,
        action=action,
        changes=dict(changes or {}),
        reason=reason or (_reason(session, rec) if rec is not None else ""),
        origin=None,
    )
    session.add(entry)
    return entry


def _reason(session: Session, rec: Recorder) -> str:
    given: str | None = session.info.get(REASON_KEY)
    return rec.reason if given is None else given


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
    entries: list[AuditLog],
    rec: Recorder,
    obj: SyncedRecord,
    *,
    action: AuditAction,
    changes: dict[str, Any],
    at: datetime,
) -> None:
    if rec.audit:
        entries.append(_entry(rec, table_of(type(obj)).name, obj.id, action=action, changes=changes, at=at))


def _entry(
    rec: Recorder,
    table_name: str,
    record_id: str,
    *,
    action: AuditAction,
    changes: dict[str, Any],
    at: datetime,
    reason: str = "",
) -> AuditLog:
    return AuditLog(
        at=at,
        officer=rec.officer,
        account=rec.account,
        device_id=rec.device_id,
        table_name=table_name,
        record_id=record_id,
        action=action,
        changes=changes,
        reason=reason,  # "" here: the session's or the recorder's, given when sealed
        origin=None,
    )


_CHAINED = ("at", "officer", "account", "device_id", "table_name", "record_id", "action", "changes", "reason", "origin")


def _seal(session: Session, rec: Recorder | None, entries: list[AuditLog]) -> None:
    """Number and chain the entries of this flush (those other code added first, in their order), then add ours."""
    _completed(session)
    pending = [o for o in session.new if isinstance(o, AuditLog) and not o.entry_hash]
    seen = {id(o) for o in pending}
    mine = [e for e in entries if id(e) not in seen]
    everything = [*pending, *mine]
    if not everything:
        return
    if rec is not None:
        reason = _reason(session, rec)
        for entry in mine:
            if not entry.reason:
                entry.reason = reason
        for entry in pending:  # added by other code (review decisions, enrolments): who is signed in wrote them
            if not entry.account:
                entry.account = rec.account
            if not entry.officer:
                entry.officer = rec.officer
            if not entry.device_id:
                entry.device_id = rec.device_id
    values = [{key: getattr(o, key) for key in _CHAINED} for o in everything]
    audit_chain.seal(session.connection(), values)
    session.info.setdefault(_FIRST_KEY, values[0]["id"])
    for obj, sealed in zip(everything, values, strict=True):
        for key, value in sealed.items():
            if getattr(obj, key, None) != value:
                setattr(obj, key, value)
    session.add_all(mine)


def _completed(session: Session) -> None:
    """Entries of this transaction changed since they were sealed (a use case completing its entry): chained again
    after the flush. An entry of an earlier transaction is never changed."""
    first: int | None = session.info.get(_FIRST_KEY)
    for obj in session.dirty:
        if not isinstance(obj, AuditLog) or not session.is_modified(obj):
            continue
        if first is None or obj.id is None or obj.id < first:
            raise RuntimeError("an audit entry of an earlier transaction is never changed")
        current = session.info.get(_RECHAIN_KEY)
        session.info[_RECHAIN_KEY] = obj.id if current is None else min(current, obj.id)


@event.listens_for(Session, "after_flush_postexec")
def _after_flush(session: Session, flush_context: UOWTransaction) -> None:
    start: int | None = session.info.pop(_RECHAIN_KEY, None)
    if start is None:
        return
    connection = session.connection()
    prev = connection.execute(select(_AUDIT.c.prev_hash).where(_AUDIT.c.id == start)).scalar_one()
    head = audit_chain.rechain(connection, after_id=start - 1, prev_hash=prev)
    for obj in list(session.identity_map.values()):
        if isinstance(obj, AuditLog) and obj.id is not None and obj.id >= start:
            session.expire(obj, ["prev_hash", "entry_hash"])
    log.debug("audit entries %s..%s chained again", start, head.last_id)


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_soft_rollback")
def _transaction_over(session: Session, *_args: object) -> None:
    session.info.pop(_FIRST_KEY, None)
    session.info.pop(_RECHAIN_KEY, None)
    session.info.pop(REASON_KEY, None)


def _bundle_entries(session: Session, rec: Recorder | None, entries: list[AuditLog]) -> None:
    """An entry for each bundle applied here in this flush (the records it brought carry the laptop's entries)."""
    if rec is None or not rec.audit:
        return
    for obj in (*session.new, *session.dirty):
        if not isinstance(obj, SyncBundle) or obj.direction != "in" or obj.kind != "changes":
            continue  # a receipt changes no record; a restore or reference bundle brings the province's own entries
        if obj.status != "applied":
            continue
        history = inspect(obj).attrs.status.history
        if obj not in session.new and not history.has_changes():
            continue
        before = history.deleted[0] if history.deleted else None
        counts = obj.counts or {}
        records = sum(int(v) for k, v in counts.items() if k not in ("audit_log", "attachment_files"))
        now, _ = rec.stamp()
        changes = {
            "status": [before, "applied"],
            "kind": [None, obj.kind],
            "officer": [None, obj.officer],
            "records": [None, records],
            "entries": [None, int(counts.get("audit_log", 0))],
        }
        entry = _entry(
            rec,
            "sync_bundle",
            obj.bundle_id,
            action=AuditAction.CREATE if obj in session.new else AuditAction.UPDATE,
            changes=changes,
            at=now,
        )
        entry.reason = f"bundle {obj.device_id[:8]}#{obj.seq}"
        entries.append(entry)


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
    entries: list[AuditLog] = []
    _bundle_entries(session, rec, entries)
    if not (synced_new or synced_dirty or synced_deleted):
        _seal(session, rec, entries)
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
        _audit(entries, rec, obj, action=AuditAction.DELETE, changes={}, at=now)

    for obj in synced_new:
        now, stamp = rec.stamp()
        if obj.id is None:
            obj.id = rec.id_factory()
        obj.created_at = obj.updated_at = now
        obj.device_id, obj.version, obj.hlc = rec.device_id, 1, stamp
        _audit(entries, rec, obj, action=AuditAction.CREATE, changes={}, at=now)

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
        _audit(entries, rec, obj, action=AuditAction.UPDATE, changes=changes, at=now)
    _seal(session, rec, entries)
