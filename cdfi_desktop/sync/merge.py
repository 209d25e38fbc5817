"""Applying a change set to a database: the merge rule, conflicts, duplicates, the audit trail and the files.

Everything is checked before anything is written: every value decoded, every record's institute (through its
foreign keys, in the bundle or already stored) among those the device is enrolled for, every record it points
to present (in the bundle, stored, or held by an earlier bundle: then the record under it is held too). A fault
refuses the whole bundle (``record_invalid``, ``record_other_institute``) with nothing written.

Then, table by table, parents first, for each incoming record R (from device D, made on base B) against the
stored version S:
- no S: created, unless R repeats another record's natural key: then R is *held* as a duplicate (kept in
  ``sync_conflict`` with both versions for review) and so is every record in the bundle under it;
- S has R's clock stamp and device: ignored (a retry);
- R descends from S (B is S's version, or D stamped S before R): updated;
- S descends from R (S's base is R's version, or D stamped R before S): ignored (R is older);
- otherwise the two are concurrent: the higher (clock stamp, device id) is stored and the other kept as the
  loser in ``sync_conflict``, *hard* when both devices changed a common field (by their audit entries), else
  *soft*; each pair is listed once whatever the order of the bundles. Ledgers (repayments, transfer lines) are
  append-only: there the higher version is stored and nothing is listed.
A record's base is kept in ``sync_base`` with the version stored. A fiscal-year profile from a laptop is ignored
when the database has one for that year, and an attachment whose file (SHA-256) is stored already is that
attachment: the links to it point at the stored one. Both are listed as duplicates, resolved at once.
Natural keys are checked before writing, so no unique constraint or trigger ever aborts an import.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Table, bindparam, select
from sqlalchemy.orm import Session

from cdfi_desktop.db import search
from cdfi_desktop.db.base import table_of
from cdfi_desktop.db.bookkeeping import RECORDER_KEY, Recorder, insert_rows
from cdfi_desktop.db.models.records import AuditLog
from cdfi_desktop.db.models.sync import SyncBase, SyncConflict, SyncDevice
from cdfi_desktop.domain.enums import AuditAction
from cdfi_desktop.sync.codec import LEDGER_TABLES, decode_row, encode_row, synced_tables_in_order, travelling_columns
from cdfi_desktop.sync.errors import BundleRefused
from cdfi_desktop.sync.feed import BASE_KEY, ChangeSet
from cdfi_desktop.sync.report import ImportReport

log = logging.getLogger(__name__)

CHUNK = 900  # ids per IN (...): under SQLite's parameter limit
_STAMP = re.compile(r"[0-9]{13}-[0-9]{4}")
_BOOKKEEPING = frozenset({"id", "created_at", "updated_at", "device_id", "version", "hlc"})
KIND_SOFT, KIND_HARD, KIND_DUPLICATE, KIND_HELD = "soft", "hard", "duplicate", "held"
# a ledger line two devices changed at once: never a conflict to review, but the lower version is kept (resolved),
# so that nothing a laptop sent is lost and the province's digest of that laptop still agrees with its own
KIND_LEDGER = "ledger"
LEDGER_RESOLUTION = "บัญชีรับจ่ายเพิ่มได้อย่างเดียว เก็บฉบับล่าสุดไว้ / a ledger: the latest version is kept"

Version = tuple[str, str]  # (clock stamp, device id)


def _chunks(values: Iterable[Any]) -> Iterator[list[Any]]:
    items = list(values)
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


@dataclass
class _Record:
    table: Table
    data: dict[str, Any]  # as received (JSON values)
    row: dict[str, Any]  # decoded
    base: Version | None
    owner: str | None = None  # the institute it belongs to (None: shared, such as villages)
    id: str = field(init=False)

    def __post_init__(self) -> None:
        self.id = str(self.row["id"])

    @property
    def version(self) -> Version:
        return (self.row["hlc"], self.row["device_id"])


@dataclass
class _KeySpec:
    """A natural key: columns of the table, with the record's institute first when ``by_owner``."""

    columns: tuple[str, ...]
    by_owner: bool = False
    live_only: bool = False

    def key(self, row: dict[str, Any], owner: str | None) -> tuple[Any, ...] | None:
        if self.live_only and row.get("deleted_at") is not None:
            return None
        values = tuple(row[c] for c in self.columns)
        if any(v is None or v == "" for v in values):
            return None
        return (owner, *values) if self.by_owner else values


def _key_specs(table: Table) -> list[_KeySpec]:
    from sqlalchemy import UniqueConstraint

    specs = [
        _KeySpec(tuple(c.key for c in constraint.columns))
        for constraint in sorted(table.constraints, key=lambda c: str(c.name))
        if isinstance(constraint, UniqueConstraint)
    ]
    extra = {
        "household_member": ("citizen_id",),
        "member_fund": ("name",),
        "consolidation_contract": ("contract_no",),
        "repayment": ("receipt_no",),
    }.get(table.name)
    if extra:
        specs.append(_KeySpec(extra, by_owner=True, live_only=True))
    if table.name == "repayment":  # a payment is reversed once: a second reversal from another laptop is held
        specs.append(_KeySpec(("reverses_id",), live_only=True))
    return [spec for spec in specs if table.name not in ("attachment", "fiscal_year_profile")]


def _owner_column(table: Table) -> str | None:
    """The column that leads to a record's institute, or None for a record of no institute."""
    if table.name == "institute":
        return "id"
    if "institute_id" in table.c:
        return "institute_id"
    if "owner_table" in table.c:
        return "owner_id"
    for column in table.columns:
        if column.foreign_keys and not column.nullable:
            target = next(iter(column.foreign_keys)).column.table
            if _owner_column(target) is not None:
                return column.key
    return None


def _parent_table(table: Table, column: str) -> Table:
    return next(iter(table.c[column].foreign_keys)).column.table


@cache
def _deferred_columns(table: Table) -> list[str]:
    """Foreign keys written after every table (a cycle or a record of the same table): nullable, patched last."""
    out = []
    for column in table.columns:
        for fk in column.foreign_keys:
            if column.nullable and (fk.use_alter or fk.column.table is table):
                out.append(column.key)
    return out


class _Refuse:
    def __init__(self, name: str) -> None:
        self.name = name

    def invalid(self, table: str, record_id: str, detail: str) -> BundleRefused:
        return BundleRefused("record_invalid", table=table, record_id=record_id, name=self.name, detail=detail)


@dataclass
class _Plan:
    inserts: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    updates: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    patches: list[tuple[Table, str, dict[str, Any]]] = field(default_factory=list)
    base_delete: list[dict[str, Any]] = field(default_factory=list)
    base_insert: list[dict[str, Any]] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    holds: list[dict[str, Any]] = field(default_factory=list)  # duplicate / held entries before dedupe
    search_households: set[str] = field(default_factory=set)
    created: list[dict[str, Any]] = field(default_factory=list)  # records stored for the first time


def apply(
    session: Session,
    changes: ChangeSet,
    *,
    device: SyncDevice,
    bundle_id: str,
    name: str,
    store_attachment: Callable[[str, bytes], None],
    now: datetime,
) -> ImportReport:
    """Merge ``changes`` from ``device`` into the database of ``session`` (in its transaction; not committed)."""
    refuse = _Refuse(name)
    tables = synced_tables_in_order()
    records = _decode(changes, tables, refuse)
    audit_rows = _decode_audit(changes, refuse)
    earlier = _check_references(session, records, tables, refuse)
    _check_owners(session, records, tables, device, refuse, earlier=earlier)

    report = ImportReport()
    merger = _Merger(session, records, tables, changes, bundle_id=bundle_id, now=now, report=report)
    merger.device, merger.refuse = device, refuse
    merger.held.update(earlier.held)
    merger.attachment_alias.update(earlier.alias)
    merger.run()
    merger.write()
    _write_audit(session, audit_rows)
    _store_files(session, records, changes, store_attachment)
    recorder: Recorder | None = session.info.get(RECORDER_KEY)
    latest = max((r.row["hlc"] for rows in records.values() for r in rows), default="")
    if recorder is not None and latest:
        recorder.hlc.observe(latest)
    return report


# -- checks --------------------------------------------------------------------------------------------------------


def _decode(changes: ChangeSet, tables: list[Table], refuse: _Refuse) -> dict[str, list[_Record]]:
    known = {table.name: table for table in tables}
    for table_name in changes.tables:
        if table_name not in known:
            raise refuse.invalid(table_name, "", "not a table that travels in bundles")
    out: dict[str, list[_Record]] = {}
    for table in tables:
        rows = changes.tables.get(table.name) or []
        seen: set[str] = set()
        decoded: list[_Record] = []
        for data in rows:
            raw_id = data.get("id")
            record_id = raw_id if isinstance(raw_id, str) else ""
            try:
                row = decode_row(table, data)
                stamp = row["hlc"]
                if not _STAMP.fullmatch(stamp):
                    raise ValueError(f"hlc: {stamp!r} is not a clock stamp")
                base = _base(data.get(BASE_KEY))
            except ValueError as exc:
                raise refuse.invalid(table.name, record_id, str(exc)) from None
            if record_id in seen:
                raise refuse.invalid(table.name, record_id, "the record appears twice")
            seen.add(record_id)
            decoded.append(_Record(table, data, row, base))
        if decoded:
            out[table.name] = decoded
    return out


def _base(value: Any) -> Version | None:
    if value is None:
        return None
    if (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(v, str) for v in value)
        and _STAMP.fullmatch(value[0])
    ):
        return (value[0], value[1])
    raise ValueError(f"{BASE_KEY}: {value!r} is not a base version")


def _decode_audit(changes: ChangeSet, refuse: _Refuse) -> list[dict[str, Any]]:
    table = table_of(AuditLog)
    out = []
    for data in changes.audit:
        number = data.get("id")
        try:
            if isinstance(number, bool) or not isinstance(number, int):
                raise ValueError("id: not an entry number")
            row = decode_row(table, data)
        except ValueError as exc:
            raise refuse.invalid("audit_log", str(number), str(exc)) from None
        row["origin"] = f"{row['device_id']}:{number}"
        del row["id"]
        out.append(row)
    return out


def _existing_ids(session: Session, table: Table, ids: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(set(ids)):
        found.update(session.scalars(select(table.c.id).where(table.c.id.in_(chunk))))
    return found


@dataclass
class _Earlier:
    """Records a bundle points to that an earlier bundle did not store: held for review (the records under them
    are held too), or attachments taken as a stored one with the same file (the links point at that one)."""

    held: dict[tuple[str, str], str] = field(default_factory=dict)  # (table, id) -> the device it came from
    alias: dict[str, str] = field(default_factory=dict)  # attachment id -> the stored attachment's id


def _earlier_entries(session: Session, table_name: str, ids: set[str], earlier: _Earlier) -> set[str]:
    """Of ``ids``, those an earlier bundle held or took as another (noted in ``earlier``)."""
    conflict = table_of(SyncConflict)
    seen: set[str] = set()
    for chunk in _chunks(ids):
        query = select(conflict.c.record_id, conflict.c.other_id, conflict.c.resolution, conflict.c.loser_device).where(
            conflict.c.table_name == table_name,
            conflict.c.record_id.in_(chunk),
            conflict.c.kind.in_((KIND_DUPLICATE, KIND_HELD)),
        )
        for record_id, other_id, resolution, device in session.execute(query):
            seen.add(record_id)
            if table_name == "attachment" and resolution and other_id:
                earlier.alias[record_id] = other_id
            else:
                earlier.held.setdefault((table_name, record_id), device)
    return seen


def _check_references(
    session: Session, records: dict[str, list[_Record]], tables: list[Table], refuse: _Refuse
) -> _Earlier:
    """Every record a record points to is in the bundle, stored, or held by an earlier bundle; else the bundle is
    refused."""
    in_bundle = {name: {r.id for r in rows} for name, rows in records.items()}
    by_name = {table.name: table for table in tables}
    wanted: dict[str, dict[str, tuple[str, str, str]]] = defaultdict(dict)  # target -> id -> (table, record, col)
    for table_name, rows in records.items():
        table = by_name[table_name]
        links = [(c.key, next(iter(c.foreign_keys)).column.table.name) for c in table.columns if c.foreign_keys]
        for record in rows:
            for column, target in links:
                value = record.row[column]
                if value is not None and value not in in_bundle.get(target, ()):
                    wanted[target].setdefault(value, (table_name, record.id, column))
            if "owner_table" in table.c:
                owner_table, owner_id = record.row["owner_table"], record.row["owner_id"]
                if owner_table not in by_name:
                    raise refuse.invalid(table_name, record.id, f"owner_table: {owner_table!r} is not a table")
                if owner_id not in in_bundle.get(owner_table, ()):
                    wanted[owner_table].setdefault(owner_id, (table_name, record.id, "owner_id"))
    earlier = _Earlier()
    for target, needed in wanted.items():
        found = _existing_ids(session, by_name[target], needed)
        missing = set(needed) - found
        if missing:
            found |= _earlier_entries(session, target, missing, earlier)
        for value, (table_name, record_id, column) in needed.items():
            if value not in found:
                raise refuse.invalid(
                    table_name, record_id, f"{column}: {target} {value} is neither in the bundle nor in this database"
                )
    return earlier


def _db_owners(session: Session, table: Table, ids: set[str]) -> dict[str, str | None]:
    """The institutes of stored records (through their foreign keys)."""
    column = _owner_column(table)
    if not ids:
        return {}
    if column is None:
        return dict.fromkeys(ids)
    if column == "id":
        return {i: i for i in ids}
    pairs: dict[str, Any] = {}
    extra = [table.c.owner_table] if column == "owner_id" else []
    for chunk in _chunks(ids):
        for record_id, value, *rest in session.execute(
            select(table.c.id, table.c[column], *extra).where(table.c.id.in_(chunk))
        ):
            pairs[record_id] = (rest[0], value) if rest else value
    if column == "institute_id":
        return {i: pairs.get(i) for i in ids}
    by_parent: dict[str, set[str]] = defaultdict(set)
    for value in pairs.values():
        parent, parent_id = value if isinstance(value, tuple) else (_parent_table(table, column).name, value)
        by_parent[parent].add(parent_id)
    tables = {t.name: t for t in synced_tables_in_order()}
    parent_owners = {name: _db_owners(session, tables[name], parent_ids) for name, parent_ids in by_parent.items()}
    out: dict[str, str | None] = {}
    for record_id in ids:
        value = pairs.get(record_id)
        if value is None:
            out[record_id] = None
            continue
        parent, parent_id = value if isinstance(value, tuple) else (_parent_table(table, column).name, value)
        out[record_id] = parent_owners[parent].get(parent_id)
    return out


def _check_owners(
    session: Session,
    records: dict[str, list[_Record]],
    tables: list[Table],
    device: SyncDevice,
    refuse: _Refuse,
    *,
    earlier: _Earlier,
) -> None:
    """Every record's institute is one the device is enrolled for; else the bundle is refused. A record under one
    this device sent that an earlier bundle held is held too (never written): its institute is not looked for."""
    allowed = set(device.institute_ids or [])
    under_held = {key for key, sender in earlier.held.items() if sender == device.device_id}
    by_name = {table.name: table for table in tables}
    owners: dict[tuple[str, str], str | None] = {}
    for table in tables:
        rows = records.get(table.name)
        if not rows:
            continue
        column = _owner_column(table)
        if column is None:
            continue
        pending: dict[str, set[str]] = defaultdict(set)
        for record in rows:
            if column in ("id", "institute_id"):
                record.owner = record.row[column]
                continue
            parent = record.row["owner_table"] if column == "owner_id" else _parent_table(table, column).name
            key = (parent, record.row[column])
            if key in owners:
                record.owner = owners[key]
            else:
                pending[parent].add(record.row[column])
        found = {parent: _db_owners(session, by_name[parent], ids) for parent, ids in pending.items()}
        for record in rows:
            if column not in ("id", "institute_id") and record.owner is None:
                parent = record.row["owner_table"] if column == "owner_id" else _parent_table(table, column).name
                key = (parent, record.row[column])
                record.owner = owners[key] if key in owners else found.get(parent, {}).get(record.row[column])
            owners[(table.name, record.id)] = record.owner
            if record.owner is None and column not in ("id", "institute_id"):
                parent = record.row["owner_table"] if column == "owner_id" else _parent_table(table, column).name
                if (parent, record.row[column]) in under_held:
                    under_held.add((table.name, record.id))
                    continue
            if column == "owner_id" and _owner_column(by_name[record.row["owner_table"]]) is None:
                continue  # a link to a record of no institute (a village)
            if record.owner not in allowed:
                raise BundleRefused(
                    "record_other_institute",
                    table=table.name,
                    record_id=record.id,
                    name=refuse.name,
                    device=device.device_id,
                )


# -- the merge -----------------------------------------------------------------------------------------------------


class _Merger:
    def __init__(
        self,
        session: Session,
        records: dict[str, list[_Record]],
        tables: list[Table],
        changes: ChangeSet,
        *,
        bundle_id: str,
        now: datetime,
        report: ImportReport,
    ) -> None:
        self.session = session
        self.records = records
        self.tables = tables
        self.by_name = {t.name: t for t in tables}
        self.changes = changes
        self.bundle_id = bundle_id
        self.now = now
        self.report = report
        self.device: SyncDevice | None = None
        recorder: Recorder | None = session.info.get(RECORDER_KEY)
        self.own_device = recorder.device_id if recorder is not None else ""
        self.refuse = _Refuse("")
        self.plan = _Plan()
        self.held: set[tuple[str, str]] = set()
        self.attachment_alias: dict[str, str] = {}  # incoming attachment id -> the stored one with its file
        self.dead_households: set[str] = set()
        self.household_institutes: dict[str, str] = {}  # household id -> its institute, as this bundle writes it
        self.pending_conflicts: list[tuple[_Record, dict[str, Any], Version, Version]] = []
        self._new_files: dict[str, str] = {}  # attachment id -> sha256 of the attachments this bundle creates

    # loading ---------------------------------------------------------------------------------------------------

    def _load(self, table: Table, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        columns = travelling_columns(table)
        out: dict[str, dict[str, Any]] = {}
        for chunk in _chunks(ids):
            for row in self.session.execute(select(*columns).where(table.c.id.in_(chunk))).mappings():
                out[row["id"]] = dict(row)
        return out

    def _bases(self, table: Table, ids: Iterable[str]) -> dict[str, Version]:
        base = table_of(SyncBase)
        out: dict[str, Version] = {}
        for chunk in _chunks(ids):
            query = select(base.c.record_id, base.c.base_hlc, base.c.base_device).where(
                base.c.table_name == table.name, base.c.record_id.in_(chunk)
            )
            for record_id, stamp, device in self.session.execute(query):
                out[record_id] = (stamp, device)
        return out

    # the rule --------------------------------------------------------------------------------------------------

    def run(self) -> None:
        for table in self.tables:
            rows = self.records.get(table.name)
            if rows:
                self._table(table, rows)
        self._classify_conflicts()

    def _table(self, table: Table, rows: list[_Record]) -> None:
        counts = self.report.table(table.name)
        stored = self._load(table, (r.id for r in rows))
        self._check_stored_owners(table, rows, stored)
        bases = self._bases(table, stored)
        keys = _KeyIndex(self, table, rows, stored)
        fks = [
            (c.key, next(iter(c.foreign_keys)).column.table.name)
            for c in table.columns
            if c.foreign_keys and not c.info.get("derived")
        ]
        for record in rows:
            if record.id not in stored and record.row["device_id"] == self.own_device:
                counts.ignored += 1  # a version this database made and no longer stores: a discarded held copy
                continue
            if table.name == "attachment_link" and record.row["attachment_id"] in self.attachment_alias:
                record.row["attachment_id"] = self.attachment_alias[record.row["attachment_id"]]
            parent = self._held_parent(record, fks)
            if parent is not None:
                column, parent_id = parent
                self._hold(record, KIND_HELD, other_id=parent_id, other=None, fields=[column])
                counts.held += 1
                continue
            current = stored.get(record.id)
            if table.name in ("fiscal_year_profile", "attachment") and self._same_thing(record, current, counts):
                continue
            write = self._decide(record, current, bases.get(record.id), counts)
            if not write:
                continue
            clash = keys.clash(record, current)
            if clash is not None:
                spec, other_id = clash
                self._hold(
                    record, KIND_DUPLICATE, other_id=other_id, other=(table, other_id), fields=list(spec.columns)
                )
                self.report.duplicates += 1
                counts.held += 1
                continue
            keys.take(record, current)
            self._write(record, current is None, bases.get(record.id), counts)

    def _check_stored_owners(self, table: Table, rows: list[_Record], stored: dict[str, dict[str, Any]]) -> None:
        """A record that moves to another institute must have been of an institute the device is enrolled for."""
        column = _owner_column(table)
        if column is None or column == "id" or self.device is None or not stored:
            return
        keys = [column, "owner_table"] if column == "owner_id" else [column]
        moved = {r.id for r in rows if r.id in stored and any(stored[r.id][key] != r.row[key] for key in keys)}
        if not moved:
            return
        allowed = set(self.device.institute_ids or [])
        for record_id, owner in _db_owners(self.session, table, moved).items():
            if owner is not None and owner not in allowed:
                raise BundleRefused(
                    "record_other_institute",
                    table=table.name,
                    record_id=record_id,
                    name=self.refuse.name,
                    device=self.device.device_id,
                )

    def _held_parent(self, record: _Record, fks: list[tuple[str, str]]) -> tuple[str, str] | None:
        if not self.held:
            return None
        for column, target in fks:
            value = record.row[column]
            if value is not None and (target, value) in self.held:
                return column, value
        if "owner_table" in record.row and (record.row["owner_table"], record.row["owner_id"]) in self.held:
            return "owner_id", record.row["owner_id"]
        return None

    def _same_thing(self, record: _Record, current: dict[str, Any] | None, counts: Any) -> bool:
        """A profile for a year the database has, or a file it stores already: ignored, listed as resolved."""
        table = record.table
        if current is not None and (current["hlc"], current["device_id"]) == record.version:
            return False  # a retry: the rule says so
        if table.name == "fiscal_year_profile":
            other = self.session.execute(
                select(table.c.id).where(table.c.fiscal_year == record.row["fiscal_year"]).limit(1)
            ).scalar()
            resolution = "ใช้ค่ากำหนดปีงบประมาณที่มีอยู่แล้ว / the profile already here for that year is kept"
        else:
            if current is not None:
                return False
            other = self.session.execute(
                select(table.c.id).where(table.c.sha256 == record.row["sha256"], table.c.id != record.id).limit(1)
            ).scalar()
            if other is None:
                other = next(
                    (i for i, sha in self._new_files.items() if sha == record.row["sha256"] and i != record.id), None
                )
            resolution = "ไฟล์เดียวกับที่เก็บไว้แล้ว / the same file as the one stored"
        if other is None:
            if table.name == "attachment":
                self._new_files[record.id] = record.row["sha256"]
            return False
        if table.name == "attachment":
            self.attachment_alias[record.id] = other
        self._hold(record, KIND_DUPLICATE, other_id=other, other=(table, other), fields=[], resolution=resolution)
        counts.ignored += 1
        return True

    def _decide(
        self, record: _Record, current: dict[str, Any] | None, stored_base: Version | None, counts: Any
    ) -> bool:
        """True when ``record`` is to be stored (created or replacing the stored version)."""
        if current is None:
            return True
        mine = record.version
        theirs: Version = (current["hlc"], current["device_id"])
        if mine == theirs:
            counts.ignored += 1
            return False
        if record.base == theirs or (mine[1] == theirs[1] and mine[0] > theirs[0]):
            return True
        if stored_base == mine or (mine[1] == theirs[1] and theirs[0] > mine[0]):
            counts.ignored += 1
            return False
        # concurrent
        wins = (mine[0], mine[1]) > (theirs[0], theirs[1])
        self.pending_conflicts.append((record, current, mine, theirs))
        if record.table.name not in LEDGER_TABLES:
            counts.conflicts += 1
        if not wins:
            counts.ignored += 1
        return wins

    def _write(self, record: _Record, new: bool, stored_base: Version | None, counts: Any) -> None:
        table = record.table
        row = dict(record.row)
        for column in _deferred_columns(table):
            if row[column] is not None:
                self.plan.patches.append((table, column, {"b_id": record.id, column: row[column]}))
                row[column] = None
        if new:
            self.plan.inserts[table.name].append(row)
            self.plan.created.append({"t": table.name, "r": record.id})
        else:
            row["b_id"] = row.pop("id")
            self.plan.updates[table.name].append(row)
        if record.row["deleted_at"] is not None:
            counts.deleted += 1
        elif new:
            counts.created += 1
        else:
            counts.updated += 1
        if stored_base is not None:
            self.plan.base_delete.append({"t": table.name, "r": record.id})
        if record.base is not None:
            self.plan.base_insert.append(
                {
                    "table_name": table.name,
                    "record_id": record.id,
                    "base_hlc": record.base[0],
                    "base_device": record.base[1],
                }
            )
        if table.name == "household":
            self.plan.search_households.add(record.id)
            self.household_institutes[record.id] = record.row["institute_id"]
            if record.row["deleted_at"] is not None:
                self.dead_households.add(record.id)
        elif table.name in ("household_member", "debt"):
            self.plan.search_households.add(record.row["household_id"])

    def _hold(
        self,
        record: _Record,
        kind: str,
        *,
        other_id: str,
        other: tuple[Table, str] | None,
        fields: list[str],
        resolution: str = "",
    ) -> None:
        if not resolution:
            self.held.add((record.table.name, record.id))
        self.plan.holds.append(
            {
                "kind": kind,
                "table_name": record.table.name,
                "record_id": record.id,
                "other_id": other_id,
                "fields": fields,
                "winner": other,  # filled in with the other record's version before writing
                "loser": {k: v for k, v in record.data.items() if k != BASE_KEY},
                "winner_device": "",
                "loser_device": record.row["device_id"],
                "bundle_id": self.bundle_id,
                "detected_at": self.now,
                "resolved_at": self.now if resolution else None,
                "resolved_by": "",
                "resolution": resolution,
            }
        )

    # conflicts: hard or soft ---------------------------------------------------------------------------------------

    def _classify_conflicts(self) -> None:
        if not self.pending_conflicts:
            return
        changed = self._changed_fields({(r.table.name, r.id) for r, *_ in self.pending_conflicts})
        for record, current, mine, theirs in self.pending_conflicts:
            table = record.table
            ours_fields = changed.get((table.name, record.id, mine[1]))
            their_fields = changed.get((table.name, record.id, theirs[1]))
            stored = encode_row(table, current)
            incoming = {k: v for k, v in record.data.items() if k != BASE_KEY}
            differing = {k for k in incoming if k not in _BOOKKEEPING and k in stored and incoming[k] != stored[k]}
            if ours_fields is None and their_fields is None:
                common, union = differing, differing
            else:
                a = ours_fields if ours_fields is not None else differing
                b = their_fields if their_fields is not None else differing
                common, union = a & b, a | b
            ledger = table.name in LEDGER_TABLES
            kind = KIND_LEDGER if ledger else KIND_HARD if common else KIND_SOFT
            winner, loser = (incoming, stored) if mine > theirs else (stored, incoming)
            self.plan.conflicts.append(
                {
                    "kind": kind,
                    "table_name": table.name,
                    "record_id": record.id,
                    "other_id": "",
                    "fields": sorted(common if common else union),
                    "winner": winner,
                    "loser": loser,
                    "winner_device": max(mine, theirs)[1],
                    "loser_device": min(mine, theirs)[1],
                    "bundle_id": self.bundle_id,
                    "detected_at": self.now,
                    "resolved_at": self.now if ledger else None,
                    "resolved_by": "",
                    "resolution": LEDGER_RESOLUTION if ledger else "",
                }
            )
            if not ledger:
                self.report.conflicts += 1

    def _changed_fields(self, records: set[tuple[str, str]]) -> dict[tuple[str, str, str], set[str]]:
        """(table, record, device) -> the fields that device changed on that record, by the audit entries
        stored here and those in the change set."""
        out: dict[tuple[str, str, str], set[str]] = {}

        def see(table: str, record_id: str, device: str, action: Any, changes: Any) -> None:
            fields = out.setdefault((table, record_id, device), set())
            if str(action) == AuditAction.DELETE.value:
                fields.add("deleted_at")
            elif isinstance(changes, dict):
                fields.update(changes)

        for entry in self.changes.audit:
            key = (entry.get("table_name"), entry.get("record_id"))
            if key in records:
                see(str(key[0]), str(key[1]), str(entry.get("device_id")), entry.get("action"), entry.get("changes"))
        audit = table_of(AuditLog)
        ids = {record_id for _, record_id in records}
        for chunk in _chunks(ids):
            query = select(
                audit.c.table_name, audit.c.record_id, audit.c.device_id, audit.c.action, audit.c.changes
            ).where(audit.c.record_id.in_(chunk))
            for table_name, record_id, device, action, changes in self.session.execute(query):
                if (table_name, record_id) in records:
                    see(table_name, record_id, device, action, changes)
        return out

    # writing -----------------------------------------------------------------------------------------------------

    def write(self) -> None:
        session = self.session
        plan = self.plan
        for table in self.tables:
            updates = plan.updates.get(table.name)
            if updates:
                session.execute(table.update().where(table.c.id == bindparam("b_id")), updates)
            inserts = plan.inserts.get(table.name)
            if inserts:
                insert_rows(session, table, inserts)
        by_column: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for patch_table, column, params in plan.patches:
            by_column[(patch_table.name, column)].append(params)
        for (table_name, _column), patch_rows in by_column.items():
            patched = self.by_name[table_name]
            session.execute(patched.update().where(patched.c.id == bindparam("b_id")), patch_rows)
        base = table_of(SyncBase)
        if plan.base_delete:
            session.execute(
                base.delete().where(base.c.table_name == bindparam("t"), base.c.record_id == bindparam("r")),
                plan.base_delete,
            )
        if plan.base_insert:
            insert_rows(session, base, plan.base_insert)
        self._release_holds()
        self._write_conflicts()
        if plan.search_households:
            search.mark_dirty(session, plan.search_households)

    def _release_holds(self) -> None:
        """A record held by an earlier bundle that is stored now (its later version repeats no other record): its
        hold is resolved, nothing is left to review."""
        if not self.plan.created:
            return
        conflict = table_of(SyncConflict)
        waiting = self.session.execute(
            select(conflict.c.id, conflict.c.table_name, conflict.c.record_id).where(
                conflict.c.kind.in_((KIND_DUPLICATE, KIND_HELD)), conflict.c.resolved_at.is_(None)
            )
        ).all()
        if not waiting:
            return
        created = {(entry["t"], entry["r"]) for entry in self.plan.created}
        released = [{"b_id": row_id} for row_id, table_name, record_id in waiting if (table_name, record_id) in created]
        if released:
            self.session.execute(
                conflict.update()
                .where(conflict.c.id == bindparam("b_id"))
                .values(resolved_at=self.now, resolution=_RELEASED),
                released,
            )

    def _write_conflicts(self) -> None:
        conflict = table_of(SyncConflict)
        entries = self.plan.conflicts + self.plan.holds
        if not entries:
            return
        existing: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        ids = {e["record_id"] for e in entries}
        for chunk in _chunks(ids):
            query = select(conflict).where(conflict.c.record_id.in_(chunk))
            for row in self.session.execute(query).mappings():
                existing[(row["table_name"], row["record_id"])].append(dict(row))
        others: dict[str, set[str]] = defaultdict(set)
        for entry in self.plan.holds:
            if entry["winner"] is not None:
                table, other_id = entry["winner"]
                others[table.name].add(other_id)
        other_rows = {name: self._load(self.by_name[name], ids) for name, ids in others.items()}
        pending: dict[str, Any] = {name: {r.id: r for r in self.records.get(name, [])} for name in others}
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        for entry in entries:
            if entry["kind"] in (KIND_DUPLICATE, KIND_HELD):
                other = entry["winner"]
                winner: dict[str, Any] = {}
                if other is not None:
                    table, other_id = other
                    if other_id in other_rows[table.name]:
                        winner = encode_row(table, other_rows[table.name][other_id])
                        entry["winner_device"] = winner["device_id"]
                    elif other_id in pending[table.name]:
                        held = pending[table.name][other_id]
                        winner = {k: v for k, v in held.data.items() if k != BASE_KEY}
                        entry["winner_device"] = held.row["device_id"]
                entry["winner"] = winner
            same = _matching(existing[(entry["table_name"], entry["record_id"])], entry)
            if same is None:
                inserts.append(entry)
                existing[(entry["table_name"], entry["record_id"])].append(entry)
            elif same.get("id") is not None and same is not entry and "replace" in same:
                updates.append({"b_id": same["id"], **{k: entry[k] for k in _REPLACED}})
        if updates:
            self.session.execute(conflict.update().where(conflict.c.id == bindparam("b_id")), updates)
        if inserts:
            insert_rows(self.session, conflict, inserts)


_RELEASED = "บันทึกแล้ว: ไม่ซ้ำกับรายการอื่นอีก / stored: it no longer repeats another record"
_REPLACED = ("other_id", "fields", "winner", "loser", "winner_device", "loser_device", "bundle_id", "detected_at")


def _versions(entry: dict[str, Any]) -> frozenset[Version]:
    out = set()
    for side in ("winner", "loser"):
        value = entry.get(side) or {}
        if isinstance(value, dict) and value.get("hlc"):
            out.add((str(value["hlc"]), str(value.get("device_id", ""))))
    return frozenset(out)


def _matching(rows: list[dict[str, Any]], entry: dict[str, Any]) -> dict[str, Any] | None:
    """The stored entry this one repeats (None: it is new). A newer version of a record still held replaces the
    held one's entry (marked ``replace``)."""
    if entry["kind"] in (KIND_SOFT, KIND_HARD, KIND_LEDGER):
        pair = _versions(entry)
        for row in rows:
            if row["kind"] in (KIND_SOFT, KIND_HARD, KIND_LEDGER) and _versions(row) == pair:
                return row
        return None
    loser = entry["loser"]
    for row in rows:
        if row["kind"] not in (KIND_DUPLICATE, KIND_HELD):
            continue
        stored = row.get("loser") or {}
        if stored.get("hlc") == loser.get("hlc") and stored.get("device_id") == loser.get("device_id"):
            return row
    for row in rows:
        if row["kind"] in (KIND_DUPLICATE, KIND_HELD) and row.get("resolved_at") is None and not entry["resolution"]:
            if str((row.get("loser") or {}).get("hlc", "")) < str(loser.get("hlc", "")):
                row["replace"] = True
                return row
            return row  # an older version than the one held: nothing to change
    return None


class _KeyIndex:
    """Natural keys of one table as they stand while the bundle is merged: stored rows, then the bundle's."""

    def __init__(self, merger: _Merger, table: Table, rows: list[_Record], stored: dict[str, dict[str, Any]]) -> None:
        self.merger = merger
        self.table = table
        self.specs = _key_specs(table)
        self.holders: dict[tuple[int, tuple[Any, ...]], set[str]] = defaultdict(set)
        self.owner_column = _owner_column(table)
        self.stored_owner: dict[str, str | None] = {}
        if self.specs:
            if stored and any(spec.by_owner for spec in self.specs):
                self._owner_of_stored(set(stored))
            self._load(rows, stored)

    def _owner_of_stored(self, ids: set[str]) -> dict[str, str | None]:
        missing = {i for i in ids if i not in self.stored_owner}
        if missing:
            self.stored_owner.update(_db_owners(self.merger.session, self.table, missing))
        return self.stored_owner

    def _load(self, rows: list[_Record], stored: dict[str, dict[str, Any]]) -> None:
        session = self.merger.session
        table = self.table
        for n, spec in enumerate(self.specs):
            first = spec.columns[0]
            values = {r.row[first] for r in rows if r.row[first] not in (None, "")}
            found: dict[str, dict[str, Any]] = {}
            cols = [table.c.id, table.c.deleted_at, *(table.c[c] for c in spec.columns)]
            if "household_id" in table.c:
                cols.append(table.c.household_id)
            for chunk in _chunks(values):
                query = select(*cols).where(table.c[first].in_(chunk))
                if spec.live_only:
                    query = query.where(table.c.deleted_at.is_(None))
                for mapping in session.execute(query).mappings():
                    found[mapping["id"]] = dict(mapping)
            owners = self._owner_of_stored(set(found)) if spec.by_owner else {}
            if table.name == "household_member" and found:
                live = self._live_households({row["household_id"] for row in found.values()})
                found = {i: row for i, row in found.items() if row["household_id"] in live}
            for record_id, row in found.items():
                key = spec.key(row, self._owner(row, owners.get(record_id)))
                if key is not None:
                    self.holders[(n, key)].add(record_id)

    def _owner(self, row: dict[str, Any], stored: str | None) -> str | None:
        """A stored member's institute once this bundle is written (its household may move to another)."""
        if self.table.name == "household_member":
            return self.merger.household_institutes.get(row["household_id"], stored)
        return stored

    def _live_households(self, ids: set[str]) -> set[str]:
        household = self.merger.by_name["household"]
        live: set[str] = set()
        for chunk in _chunks(ids):
            live.update(
                self.merger.session.scalars(
                    select(household.c.id).where(household.c.id.in_(chunk), household.c.deleted_at.is_(None))
                )
            )
        return live - self.merger.dead_households

    def _keys(self, row: dict[str, Any], owner: str | None) -> list[tuple[int, tuple[Any, ...]]]:
        out = []
        for n, spec in enumerate(self.specs):
            key = spec.key(row, owner)
            if key is not None:
                out.append((n, key))
        return out

    def clash(self, record: _Record, current: dict[str, Any] | None) -> tuple[_KeySpec, str] | None:
        """The key ``record`` would share with another record, and that record's id (None: no clash)."""
        for n, key in self._keys(record.row, record.owner):
            others = self.holders.get((n, key), set()) - {record.id}
            if others:
                return self.specs[n], sorted(others)[0]
        return None

    def take(self, record: _Record, current: dict[str, Any] | None) -> None:
        if not self.specs:
            return
        if current is not None:
            owner = self._owner(current, self._owner_of_stored({record.id}).get(record.id))
            for key in self._keys(current, owner):
                self.holders[key].discard(record.id)
        for key in self._keys(record.row, record.owner):
            self.holders[key].add(record.id)


# -- the audit trail and the files -----------------------------------------------------------------------------------


def _write_audit(session: Session, rows: list[dict[str, Any]]) -> None:
    """Insert the entries not stored yet (each origin once)."""
    if not rows:
        return
    audit = table_of(AuditLog)
    stored: set[str] = set()
    for chunk in _chunks({row["origin"] for row in rows}):
        stored.update(session.scalars(select(audit.c.origin).where(audit.c.origin.in_(chunk))))
    fresh = []
    for row in rows:
        if row["origin"] not in stored:
            stored.add(row["origin"])
            fresh.append(row)
    if fresh:
        insert_rows(session, audit, fresh)


def _store_files(
    session: Session,
    records: dict[str, list[_Record]],
    changes: ChangeSet,
    store_attachment: Callable[[str, bytes], None],
) -> None:
    for record in records.get("attachment", []):
        sha = record.row["sha256"]
        data = changes.attachments.get(sha)
        if data is None:
            continue
        if hashlib.sha256(data).hexdigest() != sha:
            raise BundleRefused("attachment_hash_mismatch", name="", member=f"attachments/{sha}")
        store_attachment(sha, data)


# -- review ----------------------------------------------------------------------------------------------------------


def resolve_conflict(session: Session, conflict_id: int, *, resolution: str, by: str, now: datetime) -> None:
    """Mark a conflict or a held duplicate resolved (when, by whom, how), and say so in the audit trail.

    A duplicate with records held under it is refused (BundleRefused ``review_needed``): decide it on the review
    screen (:func:`cdfi_desktop.sync.review_resolve.resolve`), which moves or applies them."""
    conflict = session.get(SyncConflict, conflict_id, with_for_update=True)
    if conflict is None:
        raise KeyError(conflict_id)
    if conflict.kind == KIND_DUPLICATE and conflict.resolved_at is None:
        under = session.scalars(
            select(SyncConflict.id).where(
                SyncConflict.kind == KIND_HELD,
                SyncConflict.other_id == conflict.record_id,
                SyncConflict.resolved_at.is_(None),
            )
        ).first()
        if under is not None:
            raise BundleRefused("review_needed", table=conflict.table_name, record_id=conflict.record_id)
    before = {"resolved_at": None, "resolution": conflict.resolution}
    conflict.resolved_at = now
    conflict.resolved_by = by
    conflict.resolution = resolution
    recorder: Recorder | None = session.info.get(RECORDER_KEY)
    session.add(
        AuditLog(
            at=now,
            officer=by,
            device_id=recorder.device_id if recorder is not None else "",
            table_name="sync_conflict",
            record_id=str(conflict_id),
            action=AuditAction.UPDATE,
            changes={
                "resolved_at": [before["resolved_at"], now.isoformat()],
                "resolved_by": ["", by],
                "resolution": [before["resolution"], resolution],
                "record": [None, f"{conflict.table_name}:{conflict.record_id}"],
            },
        )
    )
    session.flush()


def held_records(session: Session) -> Sequence[SyncConflict]:
    """Conflicts and held duplicates not resolved yet, newest first (the review list)."""
    return list(
        session.scalars(
            select(SyncConflict).where(SyncConflict.resolved_at.is_(None)).order_by(SyncConflict.detected_at.desc())
        )
    )
