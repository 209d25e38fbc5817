"""Deciding a review case at the province (:func:`resolve`):

- ``keep_stored``: the stored values stay; ``keep_other``: the other version's values are written over them;
  ``merge``: field by field (``fields``: {field: "stored" | "other"}, a field not named keeps the stored value).
  The result is written to the stored record through the province's unit of work, so the province's Recorder
  stamps it (a new clock stamp, device = the province) and the audit trail has it, even when no value changed:
  that new version is what laptops take from the next reference bundle, superseding both versions they hold.
  For a held duplicate the stored record is the one kept, and the held copy is discarded: laptops that hold it
  receive its removal (a tombstone stamped by the province, without personal values) in the reference bundle; the
  province does not store it. The records held under the copy are moved onto the kept record (stamped by the
  province, so the laptop that made them takes them from the reference); one that then repeats another record's
  natural key becomes a duplicate case of its own. Nothing under the copy is dropped.
- ``different`` (duplicates only: the two are different people or things): the held record and the records held
  under it are applied as the merge would have applied them (their own versions, from their laptop), when the
  natural keys now allow it; otherwise it is refused with the reason.

The case is compared with :func:`cdfi_desktop.sync.review.compare`; the decision is kept as
:mod:`cdfi_desktop.sync.review_decisions` describes. Resolving twice is refused.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cdfi_desktop.db import access
from cdfi_desktop.db.base import Base
from cdfi_desktop.db.bookkeeping import RECORDER_KEY, Recorder
from cdfi_desktop.db.database import Database
from cdfi_desktop.db.models.records import AuditLog
from cdfi_desktop.db.models.sync import SyncBase, SyncConflict, SyncDevice
from cdfi_desktop.domain.enums import AuditAction
from cdfi_desktop.sync import merge
from cdfi_desktop.sync.codec import decode_row, synced_tables_in_order, table_named
from cdfi_desktop.sync.errors import BundleRefused
from cdfi_desktop.sync.feed import BASE_KEY, ChangeSet
from cdfi_desktop.sync.review import CONFLICT_KINDS, ReviewCase, compare, held_tree, stored_row, version_of
from cdfi_desktop.sync.review_decisions import DECISION_FORMAT
from cdfi_desktop.sync.review_fields import field_labels

KEEP_STORED, KEEP_OTHER, MERGE, DIFFERENT = "keep_stored", "keep_other", "merge", "different"
ACTIONS = (KEEP_STORED, KEEP_OTHER, MERGE, DIFFERENT)
STORED, OTHER = "stored", "other"

_ACTION_TEXTS: dict[str, tuple[str, str]] = {
    KEEP_STORED: ("ใช้ข้อมูลที่จังหวัดเก็บไว้", "the stored version is kept"),
    KEEP_OTHER: ("ใช้ข้อมูลอีกฉบับ", "the other version is kept"),
    MERGE: ("รวมข้อมูลทีละช่อง", "merged field by field"),
    DIFFERENT: ("เป็นคนละรายการกัน บันทึกทั้งสองรายการ", "different people or things: both are kept"),
}
_DUPLICATE_TEXTS: dict[str, tuple[str, str]] = {
    KEEP_STORED: ("ข้อมูลซ้ำ: ใช้รายการที่เก็บไว้ ยกเลิกรายการซ้ำ", "a duplicate: the stored record is kept, the copy dropped"),
    KEEP_OTHER: (
        "ข้อมูลซ้ำ: ใช้ค่าของรายการซ้ำแทนในรายการที่เก็บไว้ ยกเลิกรายการซ้ำ",
        "a duplicate: the copy's values replace the stored record's, the copy dropped",
    ),
    MERGE: (
        "ข้อมูลซ้ำ: รวมค่าทีละช่องในรายการที่เก็บไว้ ยกเลิกรายการซ้ำ",
        "a duplicate: merged field by field into the stored record, the copy dropped",
    ),
}


# code: (Thai, English) of each refusal
REFUSALS: dict[str, tuple[str, str]] = {
    "conflict_unknown": ("ไม่พบรายการที่ต้องตรวจ {conflict_id}", "There is no review case {conflict_id}."),
    "already_resolved": (
        "รายการนี้ตัดสินไปแล้วเมื่อ {resolved_at} โดย {resolved_by}",
        "This case was resolved already ({resolved_at}, by {resolved_by}).",
    ),
    "action_unknown": ("ไม่รู้จักวิธีตัดสิน {action}", "{action} is not a way to resolve a case."),
    "different_not_duplicate": (
        "เลือก 'เป็นคนละรายการ' ได้เฉพาะข้อมูลซ้ำ รายการนี้เป็นการแก้ไขที่ขัดแย้งกันของรายการเดียวกัน",
        "'Different' is only for duplicates; this is one record changed in two places.",
    ),
    "held_under_other": (
        "รายการนี้พักไว้เพราะรายการแม่ ({other_id}) ถูกพักไว้ กรุณาตัดสินที่รายการแม่",
        "This record is held because the record it belongs to ({other_id}) is held: resolve that one.",
    ),
    "not_for_review": ("รายการนี้ไม่ต้องตรวจ", "This case needs no review."),
    "field_unknown": ("ไม่มีช่อง {field} ในรายการนี้", "There is no field {field} here."),
    "field_choice": ("ช่อง {field} ต้องเลือก stored หรือ other", "The field {field} takes 'stored' or 'other'."),
    "stored_missing": (
        "ไม่พบรายการที่จังหวัดเก็บไว้ ({table} {record_id})",
        "The stored record is not here ({table} {record_id}).",
    ),
    "points_to_held": (
        "ค่าช่อง {field} ของอีกฉบับอ้างถึงรายการที่ยังพักไว้ จึงใช้ไม่ได้",
        "The other version's {field} points to a record still held; it cannot be used.",
    ),
    "key_still_shared": (
        "บันทึกเป็นคนละรายการไม่ได้: {fields_th} ยังซ้ำกับรายการที่เก็บไว้ กรุณาแก้ที่เครื่องของเจ้าหน้าที่ก่อน",
        "Cannot keep both: {fields_en} is still the same as the stored record's. Correct it on the laptop first.",
    ),
    "key_taken": (
        "ใช้ค่าที่เลือกไม่ได้: {fields_th} ซ้ำกับรายการอื่นที่เก็บไว้ ไม่มีการบันทึกข้อมูลใด ๆ",
        "The chosen values cannot be used: {fields_en} repeats another stored record's. Nothing was saved.",
    ),
    "sender_unknown": (
        "ไม่พบเครื่อง {device} ที่ส่งรายการนี้ในทะเบียนเครื่อง",
        "The device {device} that sent this record is not enrolled here.",
    ),
}


class ResolveRefused(Exception):
    """A decision that cannot be made: its code and its reason in Thai and English."""

    def __init__(self, code: str, **params: Any) -> None:
        thai, english = REFUSALS[code]
        self.code = code
        self.params = params
        self.th = thai.format(**params)
        self.en = english.format(**params)
        super().__init__(self.en)


def _model(table: Table) -> type[Any]:
    for mapper in Base.registry.mappers:
        if mapper.local_table is table:
            return mapper.class_
    raise KeyError(table.name)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _choices(case: ReviewCase, action: str, fields: Mapping[str, str] | None) -> dict[str, str]:
    names = [row.field for row in case.rows]
    if action == KEEP_STORED:
        return dict.fromkeys(names, STORED)
    if action == KEEP_OTHER:
        return dict.fromkeys(names, OTHER)
    chosen = dict.fromkeys(names, STORED)
    for name, side in (fields or {}).items():
        if name not in chosen:
            raise ResolveRefused("field_unknown", field=name)
        if side not in (STORED, OTHER):
            raise ResolveRefused("field_choice", field=name)
        chosen[name] = side
    return chosen


def resolve(
    db: Database,
    conflict_id: int,
    *,
    action: str,
    by: str,
    fields: Mapping[str, str] | None = None,
    note: str = "",
) -> None:
    """Decide a case (see the module's text); ResolveRefused when it cannot be decided so."""
    from cdfi_desktop.services.uow import UnitOfWork

    if action not in ACTIONS:
        raise ResolveRefused("action_unknown", action=action)
    db = access.with_purpose(db, access.REVIEW)  # a province account may write review decisions (db.access)
    with UnitOfWork(db) as uow:
        session = uow.session
        # the case locked for this decision: a second reviewer (PostgreSQL) waits, then finds it resolved
        conflict = session.get(SyncConflict, conflict_id, with_for_update=True, populate_existing=True)
        if conflict is None:
            raise ResolveRefused("conflict_unknown", conflict_id=conflict_id)
        if conflict.resolved_at is not None:
            raise ResolveRefused(
                "already_resolved", resolved_at=_iso(conflict.resolved_at), resolved_by=conflict.resolved_by or "-"
            )
        if conflict.kind == merge.KIND_HELD:
            raise ResolveRefused("held_under_other", other_id=conflict.other_id)
        if conflict.kind not in (*CONFLICT_KINDS, merge.KIND_DUPLICATE):
            raise ResolveRefused("not_for_review")
        duplicate = conflict.kind == merge.KIND_DUPLICATE
        if action == DIFFERENT and not duplicate:
            raise ResolveRefused("different_not_duplicate")
        case = compare(session, conflict_id)
        now = datetime.now(UTC)
        decision: dict[str, Any] = {
            "decision": DECISION_FORMAT,
            "case": conflict.id,
            "kind": conflict.kind,
            "action": action,
            "table": conflict.table_name,
            "record_id": conflict.record_id,
            "other_id": conflict.other_id,
            "institute_id": case.institute_id,
            "fields": {},
            "note": note.strip(),
            "by": by,
            "at": _iso(now),
            "covers": [],
            "wrote": [],
            "discarded": [],
        }
        versions = {v for v in (case.stored_version, case.other_version, version_of(conflict.winner)) if v}
        if action == DIFFERENT:
            _apply_held(session, conflict, decision, now=now)
        else:
            choices = _choices(case, action, fields)
            if action == MERGE:
                decision["fields"] = {name: side for name, side in choices.items() if side == OTHER}
            subject = conflict.other_id if duplicate else conflict.record_id
            _write_choice(session, conflict, subject, choices, decision, action=action)
            if duplicate:
                _discard(session, conflict, decision, versions=versions)
                _reparent(session, conflict, decision, by=by, now=now, versions=versions)
        decision["covers"] = sorted([list(v) for v in versions])
        thai, english = (_DUPLICATE_TEXTS if duplicate and action != DIFFERENT else _ACTION_TEXTS)[action]
        decision["text_th"], decision["text_en"] = thai, english
        merge.resolve_conflict(
            session, conflict_id, resolution=json.dumps(decision, ensure_ascii=False, sort_keys=True), by=by, now=now
        )
        uow.commit()


def _write_choice(
    session: Session,
    conflict: SyncConflict,
    subject_id: str,
    choices: Mapping[str, str],
    decision: dict[str, Any],
    *,
    action: str,
) -> None:
    """The chosen values written to the stored record ``subject_id``, stamped by this database's Recorder."""
    table = table_named(conflict.table_name)
    record = session.get(_model(table), subject_id)
    if record is None:
        raise ResolveRefused("stored_missing", table=table.name, record_id=subject_id)
    wanted = [name for name, side in choices.items() if side == OTHER]
    changed: set[str] = set()
    savepoint = session.begin_nested()
    try:
        if wanted:
            other = {k: v for k, v in (conflict.loser or {}).items() if k != BASE_KEY}
            other["id"] = subject_id
            try:
                decoded = decode_row(table, other)
            except ValueError as exc:  # the held version was checked on import: this is a damaged case
                raise ResolveRefused("field_unknown", field=str(exc)) from exc
            for name in wanted:
                column = table.c[name]
                value = decoded[name]
                if getattr(record, name) != value:
                    changed.add(name)
                if column.foreign_keys and value is not None:
                    target = next(iter(column.foreign_keys)).column.table
                    if session.execute(select(target.c.id).where(target.c.id == value)).first() is None:
                        raise ResolveRefused("points_to_held", field=name)
                setattr(record, name, value)
        before = record.hlc
        session.flush()
        clash = _key_clash(session, table, record.id, changed)
        if clash:
            raise ResolveRefused(
                "key_taken",
                fields_th=", ".join(field_labels(n)[0] for n in clash),
                fields_en=", ".join(field_labels(n)[1] for n in clash),
            )
        recorder: Recorder = session.info[RECORDER_KEY]
        if record.hlc == before:  # no value changed: the Recorder did not stamp it
            _restamp(session, recorder, table, record, action=action)
        session.flush()
    except ResolveRefused:
        savepoint.rollback()
        raise
    except IntegrityError as exc:  # a unique key of the database: the chosen values repeat another record's
        savepoint.rollback()
        thai, english = _constraint_texts(exc)
        raise ResolveRefused("key_taken", fields_th=thai, fields_en=english) from exc
    savepoint.commit()
    decision["wrote"].append({"table": table.name, "id": record.id, "hlc": record.hlc, "device": record.device_id})


def _constraint_texts(exc: IntegrityError) -> tuple[str, str]:
    """What a database constraint refused, in Thai and English: the app's message when the constraint names one
    (the database's own triggers raise the app's codes), else the database's words."""
    from cdfi_desktop import messages

    text = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else exc.__class__.__name__
    for word in re.findall(r"[a-z0-9_]+", text):
        if messages.known(word):
            return messages.message(word, "th"), messages.message(word, "en")
    return text[:160], text[:160]


def _key_clash(session: Session, table: Table, record_id: str, changed: set[str]) -> list[str]:
    """The natural key (columns) the record, as written now, shares with another record: [] when none."""
    if not changed:
        return []
    row = session.execute(select(table).where(table.c.id == record_id)).mappings().one()
    owner: str | None = None
    for spec in merge._key_specs(table):
        if not set(spec.columns) & changed or any(row[c] in (None, "") for c in spec.columns):
            continue
        if spec.live_only and row["deleted_at"] is not None:
            continue
        query = select(table.c.id).where(table.c.id != record_id, *(table.c[c] == row[c] for c in spec.columns))
        if spec.live_only:
            query = query.where(table.c.deleted_at.is_(None))
        others = set(session.scalars(query))
        if others and spec.by_owner:
            owner = owner or merge._db_owners(session, table, {record_id}).get(record_id)
            others = {i for i, o in merge._db_owners(session, table, others).items() if o == owner}
        if others:
            return list(spec.columns)
    return []


def _restamp(session: Session, recorder: Recorder, table: Table, record: Any, *, action: str) -> None:
    """A new version of a record whose values did not change (the decision itself is the change): stamped,
    based on the version it supersedes, and audited, as the Recorder does for an edit."""
    if record.hlc and record.device_id != recorder.device_id:
        base = session.get(SyncBase, (table.name, record.id))
        if base is None:
            session.add(
                SyncBase(table_name=table.name, record_id=record.id, base_hlc=record.hlc, base_device=record.device_id)
            )
        else:
            base.base_hlc, base.base_device = record.hlc, record.device_id
    now, stamp = recorder.stamp()
    record.updated_at, record.hlc, record.device_id = now, stamp, recorder.device_id
    record.version = (record.version or 0) + 1
    session.add(
        AuditLog(
            at=now,
            officer=recorder.officer,
            device_id=recorder.device_id,
            table_name=table.name,
            record_id=record.id,
            action=AuditAction.UPDATE,
            changes={"review": [None, action]},
        )
    )


def _discard(
    session: Session, conflict: SyncConflict, decision: dict[str, Any], *, versions: set[tuple[str, str]]
) -> None:
    """The held copy dropped: it gets the clock stamp of its removal (the tombstone laptops receive)."""
    recorder: Recorder = session.info[RECORDER_KEY]
    _, stamp = recorder.stamp()
    held = version_of(conflict.loser)
    if held is not None:
        versions.add(held)
    decision["discarded"].append(
        {"table": conflict.table_name, "id": conflict.record_id, "hlc": stamp, "version": _held_number(conflict)}
    )


def _reparent(
    session: Session,
    conflict: SyncConflict,
    decision: dict[str, Any],
    *,
    by: str,
    now: datetime,
    versions: set[tuple[str, str]],
) -> None:
    """The records held under the dropped copy moved onto the kept record: those pointing to the copy point to the
    kept one, and all are merged as their laptop sent them; the moved ones get a new version stamped here (that
    laptops take from the reference bundle). One that now repeats another record's natural key is held as a new
    duplicate case, never dropped. The entries of those stored are resolved with this case."""
    entries = held_tree(session, conflict.record_id)
    if not entries:
        return
    sender = session.get(SyncDevice, conflict.loser_device)
    if sender is None:
        raise ResolveRefused("sender_unknown", device=conflict.loser_device)
    kept_institute = decision.get("institute_id")
    allowed = sorted({*(sender.institute_ids or []), *([kept_institute] if kept_institute else [])})
    as_sent = SyncDevice(device_id=sender.device_id, role=sender.role, institute_ids=allowed)  # not stored
    moved: set[tuple[str, str]] = set()
    moved_row: dict[tuple[str, str], dict[str, Any]] = {}
    changes = ChangeSet()
    order = {table.name: n for n, table in enumerate(synced_tables_in_order())}
    for entry in sorted(entries, key=lambda e: order.get(e.table_name, len(order))):
        row = {k: v for k, v in (entry.loser or {}).items() if k != BASE_KEY}
        if entry.other_id == conflict.record_id:
            for column in entry.fields or []:
                if row.get(column) == conflict.record_id:
                    row[column] = conflict.other_id
                    moved.add((entry.table_name, entry.record_id))
                    moved_row[(entry.table_name, entry.record_id)] = dict(row)
        row[BASE_KEY] = None
        changes.tables.setdefault(entry.table_name, []).append(row)
    merge.apply(
        session,
        changes,
        device=as_sent,
        bundle_id=conflict.bundle_id,
        name=f"review-{conflict.id}",
        store_attachment=lambda sha, data: None,
        now=now,
    )
    session.expire_all()
    recorder: Recorder = session.info[RECORDER_KEY]
    for entry in entries:
        table = table_named(entry.table_name)
        record = session.get(_model(table), entry.record_id)
        session.refresh(entry)
        if record is None:
            if (entry.table_name, entry.record_id) in moved:
                _held_again(session, entry, moved_row[(entry.table_name, entry.record_id)], now=now)
            continue  # one held under a record held again stays held under it
        if (entry.table_name, entry.record_id) in moved:
            held = version_of(entry.loser)
            if held is not None:
                versions.add(held)
            _restamp(session, recorder, table, record, action="reparent")
            session.flush()
        decision["wrote"].append(
            {"table": entry.table_name, "id": entry.record_id, "hlc": record.hlc, "device": record.device_id}
        )
        entry.resolved_at = entry.resolved_at or now
        entry.resolved_by = by
        entry.resolution = json.dumps({"decided_by_case": conflict.id})
    session.flush()


def _held_again(session: Session, entry: SyncConflict, row: dict[str, Any], *, now: datetime) -> None:
    """A record moved onto the kept one that repeats another stored record's natural key there: its entry becomes
    a duplicate case of that record (the moved version is the one to review)."""
    table = table_named(entry.table_name)
    other_id, columns = "", list(entry.fields or [])
    try:
        decoded = decode_row(table, row)
    except ValueError:
        decoded = {}
    owner: str | None = None
    for spec in merge._key_specs(table) if decoded else []:
        values = [decoded.get(c) for c in spec.columns]
        if any(v in (None, "") for v in values):
            continue
        query = select(table.c.id).where(
            table.c.id != entry.record_id, *(table.c[c] == decoded[c] for c in spec.columns)
        )
        if spec.live_only:
            query = query.where(table.c.deleted_at.is_(None))
        found = list(session.scalars(query))
        if found and spec.by_owner:
            parent = merge._owner_column(table)
            if parent not in (None, "id", "institute_id") and parent in decoded:
                target = merge._parent_table(table, parent)
                owner = merge._db_owners(session, target, {str(decoded[parent])}).get(str(decoded[parent]))
            elif parent == "institute_id":
                owner = decoded.get("institute_id")
            found = [i for i, o in merge._db_owners(session, table, set(found)).items() if o == owner]
        if found:
            other_id, columns = sorted(found)[0], list(spec.columns)
            break
    winner = stored_row(session, table, other_id) if other_id else None
    entry.kind = merge.KIND_DUPLICATE
    entry.other_id = other_id
    entry.fields = columns
    entry.loser = {**row, BASE_KEY: None}
    entry.winner = winner or {}
    entry.winner_device = str((winner or {}).get("device_id") or "")
    entry.detected_at = now


def _held_number(entry: SyncConflict) -> int:
    value = (entry.loser or {}).get("version")
    return value + 1 if isinstance(value, int) and not isinstance(value, bool) else 1


def _apply_held(session: Session, conflict: SyncConflict, decision: dict[str, Any], *, now: datetime) -> None:
    """'Different': the held record and those held under it merged as their laptop sent them, if keys allow."""
    sender = session.get(SyncDevice, conflict.loser_device)
    if sender is None:
        raise ResolveRefused("sender_unknown", device=conflict.loser_device)
    entries = [conflict, *held_tree(session, conflict.record_id)]
    changes = ChangeSet()
    order = {table.name: n for n, table in enumerate(synced_tables_in_order())}
    for entry in sorted(entries, key=lambda e: order.get(e.table_name, len(order))):
        row = {k: v for k, v in (entry.loser or {}).items() if k != BASE_KEY}
        row[BASE_KEY] = None
        changes.tables.setdefault(entry.table_name, []).append(row)
    savepoint = session.begin_nested()
    try:
        merge.apply(
            session,
            changes,
            device=sender,
            bundle_id=conflict.bundle_id,
            name=f"review-{conflict.id}",
            store_attachment=lambda sha, data: None,
            now=now,
        )
    except BundleRefused as exc:
        savepoint.rollback()
        raise ResolveRefused("key_still_shared", fields_th=exc.text("th"), fields_en=exc.text("en")) from exc
    table = table_named(conflict.table_name)
    if session.execute(select(table.c.id).where(table.c.id == conflict.record_id)).first() is None:
        savepoint.rollback()
        names = conflict.fields or []
        raise ResolveRefused(
            "key_still_shared",
            fields_th=", ".join(field_labels(name)[0] for name in names) or "-",
            fields_en=", ".join(field_labels(name)[1] for name in names) or "-",
        )
    savepoint.commit()
    session.expire_all()
    for entry in entries:
        entry_table = table_named(entry.table_name)
        stored = session.execute(
            select(entry_table.c.hlc, entry_table.c.device_id).where(entry_table.c.id == entry.record_id)
        ).first()
        if stored is not None:
            decision["wrote"].append(
                {"table": entry.table_name, "id": entry.record_id, "hlc": stored[0], "device": stored[1]}
            )
    by = decision["by"]
    for entry in entries[1:]:
        session.refresh(entry)
        entry.resolved_at = entry.resolved_at or now
        entry.resolved_by = by
        entry.resolution = json.dumps({"decided_by_case": conflict.id})
