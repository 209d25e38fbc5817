"""What a laptop sends: every synced record changed since the acknowledged point, the audit trail, the files.

A change set holds, table by table (parents first), every record whose clock stamp is after the point the
province acknowledged (or every record, for a full bundle), whichever device stamped it, tombstones included;
each with its base (``_base``: the version another device's change was made on top of, from ``sync_base``).
Then the audit entries made on this database since the acknowledged one, and the bytes of the attachments
among the records, by SHA-256.

In a bundle it is JSON Lines, one record per line, keys sorted, no spaces (``records/<table>.jsonl``,
``audit.jsonl``) and one member per file (``attachments/<sha256>``).

The province's own bundles use the same collection with two choices a laptop never makes: ``only`` (the records
of a restore: the ids chosen per table) and ``audit="all"`` (every audit entry the database holds, those imported
from laptops too, each with its ``origin``: a department or a restored laptop keeps the origin it already has).
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import sqlite3
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session

from cdfi_desktop.db.base import table_of
from cdfi_desktop.db.database import Database
from cdfi_desktop.db.models.records import AuditLog
from cdfi_desktop.db.models.sync import SyncBase
from cdfi_desktop.sync.codec import encoders, raw_encoders, synced_tables_in_order, table_named, travelling_columns
from cdfi_desktop.sync.errors import BundleRefused

log = logging.getLogger(__name__)

RECORDS_PREFIX = "records/"
RECORDS_SUFFIX = ".jsonl"
AUDIT_MEMBER = "audit.jsonl"
ATTACHMENTS_PREFIX = "attachments/"
BASE_KEY = "_base"
AUDIT_OWN, AUDIT_ALL = "own", "all"  # audit entries made on this database / every entry it holds
_SHA256 = re.compile(r"[0-9a-f]{64}")
_ONLY_CHUNK = 900  # ids per query when only chosen records are read


_RECORD_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def dumps(value: Any) -> str:
    """One record as the bundle writes it: compact, keys sorted, Thai as it is."""
    return _RECORD_ENCODER.encode(value)


def _jsonl(rows: list[dict[str, Any]]) -> bytes:
    if not rows:
        return b""
    return ("\n".join(map(_RECORD_ENCODER.encode, rows)) + "\n").encode("utf-8")


def _parse_jsonl(data: bytes, *, member: str, name: str) -> list[dict[str, Any]]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BundleRefused("payload_malformed", name=name, detail=f"{member}: not UTF-8 ({exc.reason})") from None
    lines = [line for line in text.split("\n") if line.strip()]
    try:  # one parse of the whole member; line by line only to name the line at fault
        parsed = json.loads("[" + ",".join(lines) + "]")
    except ValueError:
        parsed = None
    if parsed is not None and len(parsed) == len(lines) and all(isinstance(value, dict) for value in parsed):
        return parsed  # type: ignore[no-any-return]
    rows: list[dict[str, Any]] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except ValueError as exc:
            raise BundleRefused("payload_malformed", name=name, detail=f"{member} line {number}: {exc}") from None
        if not isinstance(value, dict):
            raise BundleRefused("payload_malformed", name=name, detail=f"{member} line {number}: not a record")
        rows.append(value)
    return rows


@dataclass
class ChangeSet:
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # encoded rows with "_base"
    audit: list[dict[str, Any]] = field(default_factory=list)  # encoded audit_log rows, their local "id" kept
    attachments: dict[str, bytes] = field(default_factory=dict)  # sha256 -> bytes
    upto_hlc: str = ""
    upto_audit: int = 0
    missing_files: list[str] = field(default_factory=list)  # sha256 of live attachments whose file is not stored

    def counts(self) -> dict[str, int]:
        """Records per table (tables with none left out), plus ``audit_log`` and ``attachment_files``."""
        counts = {name: len(rows) for name, rows in self.tables.items() if rows}
        counts["audit_log"] = len(self.audit)
        counts["attachment_files"] = len(self.attachments)
        return counts

    def record_count(self) -> int:
        return sum(len(rows) for rows in self.tables.values())

    def members(self) -> dict[str, bytes]:
        """The bundle's payload members: ``records/<table>.jsonl``, ``audit.jsonl``, ``attachments/<sha256>``."""
        out: dict[str, bytes] = {}
        for name, rows in self.tables.items():
            if rows:
                out[f"{RECORDS_PREFIX}{name}{RECORDS_SUFFIX}"] = _jsonl(rows)
        if self.audit:
            out[AUDIT_MEMBER] = _jsonl(self.audit)
        for sha, data in sorted(self.attachments.items()):
            out[f"{ATTACHMENTS_PREFIX}{sha}"] = data
        return out

    @classmethod
    def from_members(cls, members: Mapping[str, bytes], *, name: str) -> ChangeSet:
        """The change set of a bundle's payload; BundleRefused payload_malformed / attachment_hash_mismatch."""
        changes = cls()
        order = {table.name: i for i, table in enumerate(synced_tables_in_order())}
        for member, data in members.items():
            if member.startswith(RECORDS_PREFIX) and member.endswith(RECORDS_SUFFIX):
                table = member[len(RECORDS_PREFIX) : -len(RECORDS_SUFFIX)]
                if table not in order:
                    raise BundleRefused("payload_malformed", name=name, detail=f"{member}: no such table")
                changes.tables[table] = _parse_jsonl(data, member=member, name=name)
            elif member == AUDIT_MEMBER:
                changes.audit = _parse_jsonl(data, member=member, name=name)
            elif member.startswith(ATTACHMENTS_PREFIX):
                sha = member[len(ATTACHMENTS_PREFIX) :]
                if not _SHA256.fullmatch(sha):
                    raise BundleRefused("payload_malformed", name=name, detail=f"{member}: not a SHA-256 name")
                if hashlib.sha256(data).hexdigest() != sha:
                    raise BundleRefused("attachment_hash_mismatch", name=name, member=member)
                changes.attachments[sha] = data
            else:
                raise BundleRefused("payload_malformed", name=name, detail=f"unexpected member {member}")
        changes.tables = dict(sorted(changes.tables.items(), key=lambda item: order[item[0]]))
        stamps = [row.get("hlc") for rows in changes.tables.values() for row in rows]
        changes.upto_hlc = max((s for s in stamps if isinstance(s, str)), default="")
        numbers = [row.get("id") for row in changes.audit]
        changes.upto_audit = max((n for n in numbers if isinstance(n, int) and not isinstance(n, bool)), default=0)
        return changes


def _raw_rows(session: Session, query: Select[Any]) -> list[Sequence[Any]]:
    """The rows of ``query`` as the driver returns them, without the columns' type processing (the fast path)."""
    connection = session.connection()
    dialect = connection.dialect
    sql = str(query.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
    if dialect.name == "sqlite":
        raw: Any = connection.connection.driver_connection
        factory = raw.text_factory
        raw.text_factory = str
        driver_error = getattr(dialect.dbapi, "OperationalError", sqlite3.OperationalError)  # sqlcipher3's too
        try:
            cursor = raw.cursor()
            try:
                return list(cursor.execute(sql).fetchall())
            finally:
                cursor.close()
        except (sqlite3.OperationalError, driver_error):  # a damaged text: read again the careful way
            pass
        finally:
            raw.text_factory = factory
    return list(connection.exec_driver_sql(sql).fetchall())


def collect(
    db: Database,
    *,
    since_hlc: str = "",
    since_audit: int = 0,
    full: bool = False,
    progress: Callable[[int, int], None] | None = None,
    only: Mapping[str, Collection[str]] | None = None,
    audit: str = AUDIT_OWN,
    audit_where: Callable[[Mapping[Any, Any]], bool] | None = None,
    audit_of: tuple[str, Mapping[str, Collection[str]]] | None = None,
) -> ChangeSet:
    """Every synced record stamped after ``since_hlc`` (all of them when ``full``), whichever device stamped it,
    tombstones included, each with its base; the audit entries made here after ``since_audit``; the files of the
    attachments among the records (a file missing from the store is left out and logged).

    ``only``: table name -> the ids to take (a table not named: none of its records). ``audit``: ``"own"`` (the
    entries made here, a laptop's bundles) or ``"all"`` (every entry, imported ones too); ``audit_where``: a test
    of each entry (its stored values) that keeps it; ``audit_of`` (device id, table name -> record ids): only the
    entries that device made or that are of those records, read by those conditions (a restore)."""
    from cdfi_desktop.services.attachments import read_attachment  # services sit above sync's data layer

    changes = ChangeSet(upto_hlc=since_hlc, upto_audit=since_audit)
    base = table_of(SyncBase)
    tables = synced_tables_in_order()
    with db.reading() as session:  # the counts, the records and the audit entries of one moment
        dialect = session.connection().dialect.name
        counts: list[int] = []
        for table in tables:
            if only is not None and not only.get(table.name):
                counts.append(0)
                continue
            query = select(func.count()).select_from(table)
            if not full:
                query = query.where(table.c.hlc > since_hlc)
            found = int(session.scalar(query) or 0)
            counts.append(found if only is None else min(found, len(only[table.name])))
        total = sum(counts)
        done = 0
        if progress is not None:
            progress(0, total)
        for table, count in zip(tables, counts, strict=True):
            if not count:
                continue
            columns = travelling_columns(table)
            records = (
                select(*columns, base.c.base_hlc, base.c.base_device)
                .select_from(
                    table.outerjoin(base, and_(base.c.table_name == table.name, base.c.record_id == table.c.id))
                )
                .order_by(table.c.hlc, table.c.id)
            )
            if not full:
                records = records.where(table.c.hlc > since_hlc)
            codecs = raw_encoders(table, dialect)
            width = len(codecs)
            wanted = only.get(table.name) if only is not None else None
            at_id = [key for key, _ in codecs].index("id")
            if wanted is None:
                found_rows = _raw_rows(session, records)
            else:  # only the chosen ids are read (a restore at national scale must not read whole tables)
                found_rows = []
                ids = sorted(wanted)
                for start in range(0, len(ids), _ONLY_CHUNK):
                    found_rows += _raw_rows(session, records.where(table.c.id.in_(ids[start : start + _ONLY_CHUNK])))
                at_hlc = [key for key, _ in codecs].index("hlc")
                found_rows.sort(key=lambda values: (values[at_hlc], values[at_id]))
            rows: list[dict[str, Any]] = []
            for values in found_rows:
                row = {
                    key: (value if value is None or encode is None else encode(value))
                    for (key, encode), value in zip(codecs, values, strict=False)
                }
                base_hlc, base_device = values[width], values[width + 1]
                row[BASE_KEY] = [base_hlc, base_device] if base_hlc else None
                rows.append(row)
            changes.tables[table.name] = rows
            if rows and rows[-1]["hlc"] > changes.upto_hlc:
                changes.upto_hlc = rows[-1]["hlc"]
            done += len(rows)
            if progress is not None:
                progress(done, total)

        audit_table = table_of(AuditLog)
        query = select(audit_table).order_by(audit_table.c.id)
        if audit != AUDIT_ALL:
            query = query.where(audit_table.c.origin.is_(None))
        if not full:
            query = query.where(audit_table.c.id > since_audit)
        audit_codecs = encoders(audit_table)
        if audit_of is None:
            entries: Iterable[Mapping[Any, Any]] = session.execute(query).mappings()
        else:  # only the entries of the chosen records and of one device: by queries, not the whole trail
            audit_device, audit_records = audit_of
            by_number: dict[int, Mapping[Any, Any]] = {
                entry["id"]: entry
                for entry in session.execute(query.where(audit_table.c.device_id == audit_device)).mappings()
            }
            for name, record_ids in audit_records.items():
                chosen = sorted(record_ids)
                for start in range(0, len(chosen), _ONLY_CHUNK):
                    part = query.where(
                        audit_table.c.table_name == name,
                        audit_table.c.record_id.in_(chosen[start : start + _ONLY_CHUNK]),
                    )
                    by_number.update((entry["id"], entry) for entry in session.execute(part).mappings())
            entries = [by_number[number] for number in sorted(by_number)]
        for entry in entries:
            if audit_where is not None and not audit_where(entry):
                continue
            changes.audit.append(
                {key: (entry[key] if entry[key] is None or f is None else f(entry[key])) for key, f in audit_codecs}
            )
        if changes.audit:
            changes.upto_audit = max(changes.upto_audit, int(changes.audit[-1]["id"]))

    for row in changes.tables.get(table_named("attachment").name, []):
        sha = row["sha256"]
        if row["deleted_at"] is not None or sha in changes.attachments:
            continue
        try:
            changes.attachments[sha] = read_attachment(db, sha)  # in clear, also from an encrypted database
        except OSError as exc:
            log.warning("attachment %s is not in the store (%s); the bundle goes without its file", sha, exc)
            changes.missing_files.append(sha)
    return changes
