"""Review at the province: a conflict or a held duplicate side by side, field by field.

:func:`compare` shows the version the province stores beside the other one (a conflict's losing version, or the
record held as a duplicate of the stored one), field by field, with who made each (device, officer) and the
institute; :func:`open_cases` lists the cases not resolved yet. The fields' labels and the readable values of links
are :mod:`cdfi_desktop.sync.review_fields`; deciding a case is :mod:`cdfi_desktop.sync.review_resolve`; the
decisions kept and the province's digest are :mod:`cdfi_desktop.sync.review_decisions`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from cdfi_desktop.db.bookkeeping import RECORDER_KEY, Recorder
from cdfi_desktop.db.keys import PROVINCE_NAME_KEY
from cdfi_desktop.db.models.records import AuditLog, LocalSetting
from cdfi_desktop.db.models.sync import SyncConflict, SyncDevice
from cdfi_desktop.sync import merge
from cdfi_desktop.sync.codec import encode_row, table_named, travelling_columns
from cdfi_desktop.sync.review_decisions import decision_of, resolution_text
from cdfi_desktop.sync.review_fields import field_labels, linked_text

CONFLICT_KINDS = (merge.KIND_SOFT, merge.KIND_HARD)
_BOOKKEEPING = frozenset({"id", "created_at", "updated_at", "device_id", "version", "hlc"})
_HOLD_KINDS = (merge.KIND_DUPLICATE, merge.KIND_HELD)


@dataclass(frozen=True)
class FieldRow:
    field: str
    label_th: str
    label_en: str
    stored: Any  # the value as the bundle encodes it (text for money, dates and stamps), None when missing
    other: Any
    differs: bool
    stored_text: str = ""  # a link to another record: that record as officers know it (a name, a house number)
    other_text: str = ""


@dataclass
class ReviewCase:
    id: int
    table: str
    record_id: str
    kind: str  # "soft" | "hard" | "duplicate" | "held"
    rows: list[FieldRow]
    stored_device: str
    other_device: str
    stored_officer: str
    other_officer: str
    institute_id: str | None
    resolved: bool
    resolution: str  # readable text (Thai / English), "" while open
    other_id: str = ""
    key_fields: list[str] = field(default_factory=list)  # the conflicting fields, or the shared natural key
    stored_version: tuple[str, str] | None = None  # (clock stamp, device)
    other_version: tuple[str, str] | None = None
    held_under: int = 0  # records held under the held copy (moved onto the kept record, or applied with it)
    detected_at: datetime | None = None
    resolved_at: datetime | None = None
    resolved_by: str = ""
    decision: dict[str, Any] | None = None

    @property
    def differing(self) -> list[FieldRow]:
        return [row for row in self.rows if row.differs]


def stored_row(session: Session, table: Table, record_id: str) -> dict[str, Any] | None:
    row = session.execute(select(*travelling_columns(table)).where(table.c.id == record_id)).mappings().first()
    return encode_row(table, dict(row)) if row is not None else None


def version_of(data: Mapping[str, Any] | None) -> tuple[str, str] | None:
    if not data or not isinstance(data.get("hlc"), str):
        return None
    return (str(data["hlc"]), str(data.get("device_id") or ""))


def _province_device(session: Session) -> str:
    recorder: Recorder | None = session.info.get(RECORDER_KEY)
    return recorder.device_id if recorder is not None else ""


def _officer(session: Session, table: str, record_id: str, device: str) -> str:
    """Who made a device's version: the officer of its last audit entry on the record, else the device's officer."""
    if not device:
        return ""
    found = session.scalars(
        select(AuditLog.officer)
        .where(AuditLog.table_name == table, AuditLog.record_id == record_id, AuditLog.device_id == device)
        .order_by(AuditLog.at.desc(), AuditLog.id.desc())
        .limit(1)
    ).first()
    if found:
        return found
    entry = session.get(SyncDevice, device)
    if entry is not None and entry.name:
        return entry.name
    if device == _province_device(session):
        setting = session.get(LocalSetting, PROVINCE_NAME_KEY)
        return setting.value if setting is not None else ""
    return ""


def _institute(session: Session, table: Table, record_id: str, data: Mapping[str, Any] | None) -> str | None:
    """The institute of a record: stored, or (a held one) through its parents, stored or held."""
    seen: set[str] = set()
    while True:
        owners = merge._db_owners(session, table, {record_id})
        if owners.get(record_id) is not None:
            return owners[record_id]
        column = merge._owner_column(table)
        if data is None or column is None or record_id in seen:
            return None
        seen.add(record_id)
        if column in ("id", "institute_id"):
            value = data.get(column)
            return str(value) if value else None
        parent_id = data.get(column)
        if not isinstance(parent_id, str):
            return None
        if column == "owner_id":
            parent_name = data.get("owner_table")
            if not isinstance(parent_name, str):
                return None
            try:
                parent = table_named(parent_name)
            except KeyError:
                return None
        else:
            parent = merge._parent_table(table, column)
        held = session.scalars(
            select(SyncConflict.loser).where(
                SyncConflict.table_name == parent.name,
                SyncConflict.record_id == parent_id,
                SyncConflict.kind.in_(_HOLD_KINDS),
            )
        ).first()
        table, record_id, data = parent, parent_id, held


def held_tree(session: Session, record_id: str) -> list[SyncConflict]:
    """The open hold entries of the records held under ``record_id`` (children, their children …)."""
    out: list[SyncConflict] = []
    frontier = {record_id}
    seen = {record_id}
    while frontier:
        rows = list(
            session.scalars(
                select(SyncConflict)
                .where(
                    SyncConflict.kind == merge.KIND_HELD,
                    SyncConflict.other_id.in_(sorted(frontier)),
                    SyncConflict.resolved_at.is_(None),
                )
                .order_by(SyncConflict.id)
            )
        )
        frontier = set()
        for row in rows:
            if row.record_id not in seen:
                seen.add(row.record_id)
                frontier.add(row.record_id)
                out.append(row)
    return out


def compare(session: Session, conflict_id: int) -> ReviewCase:
    """Both versions of a case side by side, field by field (KeyError when there is no such case)."""
    conflict = session.get(SyncConflict, conflict_id)
    if conflict is None:
        raise KeyError(conflict_id)
    table = table_named(conflict.table_name)
    other: dict[str, Any] = dict(conflict.loser or {})
    stored: dict[str, Any] | None
    if conflict.kind == merge.KIND_DUPLICATE:
        stored = stored_row(session, table, conflict.other_id) if conflict.other_id else None
        if stored is None and conflict.winner:
            stored = dict(conflict.winner)
        subject_id = conflict.other_id
    elif conflict.kind == merge.KIND_HELD:
        stored, subject_id = None, conflict.record_id
    else:
        stored = stored_row(session, table, conflict.record_id)
        subject_id = conflict.record_id
    rows = []
    for column in travelling_columns(table):
        if column.key in _BOOKKEEPING:
            continue
        a = stored.get(column.key) if stored is not None else None
        b = other.get(column.key)
        label_th, label_en = field_labels(column.key)
        shown = ("", "")
        if column.foreign_keys:
            target = next(iter(column.foreign_keys)).column.table
            shown = (linked_text(session, target, a), linked_text(session, target, b))
        rows.append(FieldRow(column.key, label_th, label_en, a, b, stored is not None and a != b, *shown))
    stored_version, other_version = version_of(stored), version_of(other)
    stored_device = stored_version[1] if stored_version else ""
    other_device = other_version[1] if other_version else conflict.loser_device
    institute = _institute(session, table, subject_id, stored) if stored is not None else None
    if institute is None:
        institute = _institute(session, table, conflict.record_id, other)
    held_under = len(held_tree(session, conflict.record_id)) if conflict.kind == merge.KIND_DUPLICATE else 0
    return ReviewCase(
        id=conflict.id,
        table=conflict.table_name,
        record_id=conflict.record_id,
        kind=conflict.kind,
        rows=rows,
        stored_device=stored_device,
        other_device=other_device,
        stored_officer=_officer(session, conflict.table_name, subject_id, stored_device),
        other_officer=_officer(session, conflict.table_name, conflict.record_id, other_device),
        institute_id=institute,
        resolved=conflict.resolved_at is not None,
        resolution=resolution_text(conflict, "th") + (" / " + resolution_text(conflict, "en"))
        if conflict.resolution
        else "",
        other_id=conflict.other_id,
        key_fields=list(conflict.fields or []),
        stored_version=stored_version,
        other_version=other_version,
        held_under=held_under,
        detected_at=conflict.detected_at,
        resolved_at=conflict.resolved_at,
        resolved_by=conflict.resolved_by,
        decision=decision_of(conflict),
    )


@dataclass(frozen=True)
class OpenCase:
    """One line of the review list."""

    id: int
    kind: str
    table: str
    record_id: str
    other_id: str
    fields: list[str]
    stored_device: str
    other_device: str
    detected_at: datetime
    institute_id: str | None


def institutes_of(session: Session, conflicts: Iterable[SyncConflict]) -> dict[int, str | None]:
    """The institute of each case (by its id): its stored record's owner chain, a query per table and chunk
    (:func:`merge._db_owners`); a held record not stored, through its held parents."""
    cases = list(conflicts)
    subjects: dict[str, set[str]] = {}
    for conflict in cases:
        subject = conflict.other_id if conflict.kind == merge.KIND_DUPLICATE else conflict.record_id
        if subject:
            subjects.setdefault(conflict.table_name, set()).add(subject)
    owners = {name: merge._db_owners(session, table_named(name), ids) for name, ids in subjects.items()}
    out: dict[int, str | None] = {}
    for conflict in cases:
        subject = conflict.other_id if conflict.kind == merge.KIND_DUPLICATE else conflict.record_id
        found = owners.get(conflict.table_name, {}).get(subject) if subject else None
        if found is None:
            table = table_named(conflict.table_name)
            found = _institute(session, table, conflict.record_id, conflict.loser or {})
        out[conflict.id] = found
    return out


def open_cases(session: Session) -> list[OpenCase]:
    """The conflicts and duplicates not resolved yet, newest first (records held under a duplicate are resolved
    with it and not listed)."""
    conflicts = session.scalars(
        select(SyncConflict)
        .where(SyncConflict.resolved_at.is_(None), SyncConflict.kind.in_((*CONFLICT_KINDS, merge.KIND_DUPLICATE)))
        .order_by(SyncConflict.detected_at.desc(), SyncConflict.id.desc())
    ).all()
    out = []
    institutes = institutes_of(session, conflicts)
    for conflict in conflicts:
        institute = institutes[conflict.id]
        out.append(
            OpenCase(
                id=conflict.id,
                kind=conflict.kind,
                table=conflict.table_name,
                record_id=conflict.record_id,
                other_id=conflict.other_id,
                fields=list(conflict.fields or []),
                stored_device=conflict.winner_device,
                other_device=conflict.loser_device,
                detected_at=conflict.detected_at,
                institute_id=institute,
            )
        )
    return out
