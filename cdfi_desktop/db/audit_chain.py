"""The audit trail's hash chain: each entry sealed with the hash of the one before it, so that an entry edited,
removed or slipped in afterwards is found (``check``), and the entries at the end removed too (the head).

``entry_hash = sha256(prev_hash + canonical JSON of the entry)`` over its fields ``id, at, officer, account,
device_id, table_name, record_id, action, changes, reason, origin`` (keys sorted, no spaces, UTF-8, the time as
UTC ISO with microseconds). The first entry's ``prev_hash`` is 64 zeros. Entries are chained in the order of
their numbers (``id``): :func:`seal` numbers them itself (after the largest stored number) while it holds the
chain, so two writers can never take the same place: on SQLite the writer holds the database's write lock; on
PostgreSQL the chain takes a transaction-scoped advisory lock of its own. The last entry's number and hash, the
head, are kept in ``local_setting`` (``audit_chain_head``): entries removed at the end are found by it.

Every writer of ``audit_log`` goes through here: the data layer's flush (``db/bookkeeping.py``), its bulk inserts
and the bundles' entries (``insert_rows``). Stored entries are chained once: by the migration that brought the chain
in (``chain_all``), or, for an entry completed in the transaction that wrote it, again from it (``rechain``); an
entry found after the head without its hashes was not written by the program and stays reported.

What it guarantees: an entry changed, removed or slipped in with plain SQL is found, and stays found after later
writes. What it does not: the chain is unkeyed and its head is in the same file, so someone who edits the file
AND recomputes every hash after the edit (a script) is not found on this database alone.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from functools import lru_cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from cdfi_desktop.db.types import UTCDateTime

GENESIS = "0" * 64
HEAD_KEY = "audit_chain_head"
PG_CHAIN_LOCK_KEY = 0x43444641  # "CDFA": the audit chain's own advisory lock on PostgreSQL
FIELDS = (
    "id",
    "at",
    "officer",
    "account",
    "device_id",
    "table_name",
    "record_id",
    "action",
    "changes",
    "reason",
    "origin",
)
BATCH = 5000

# The columns the chain reads and writes, typed as the program stores them (also used by the migration that
# chained the entries written before the chain existed).
ENTRIES = sa.table(
    "audit_log",
    sa.column("id", sa.Integer()),
    sa.column("at", UTCDateTime()),
    sa.column("officer", sa.String()),
    sa.column("account", sa.String()),
    sa.column("device_id", sa.String()),
    sa.column("table_name", sa.String()),
    sa.column("record_id", sa.String()),
    sa.column("action", sa.String()),
    sa.column("changes", sa.JSON()),
    sa.column("reason", sa.Text()),
    sa.column("origin", sa.String()),
    sa.column("prev_hash", sa.String()),
    sa.column("entry_hash", sa.String()),
)
_SETTINGS = sa.table("local_setting", sa.column("key", sa.String()), sa.column("value", sa.Text()))


_ENCODER = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
_quote: Any = json.encoder.encode_basestring  # a str as JSON, not escaped to ASCII


@lru_cache(maxsize=4096)  # a bulk insert's entries share one instant; so do many read back
def _utc_text(value: datetime) -> str:
    utc = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return f"{utc.isoformat(sep='T', timespec='microseconds')[:26]}Z"


def _stamp(value: Any) -> str:
    return _utc_text(value) if isinstance(value, datetime) else str(value)


def _text(value: Any) -> str:
    return _quote(value) if type(value) is str else _ENCODER.encode(value)


def canonical(entry: Mapping[str, Any]) -> str:
    """The entry's chained fields as one JSON text (keys sorted, no spaces, UTF-8): the same for an entry about to
    be written and read back. Put together field by field (a bulk insert makes it for every entry): the same text
    as ``json.dumps`` of those fields with ``sort_keys=True, ensure_ascii=False, separators=(",", ":")``."""
    action = entry["action"]
    changes = entry["changes"]
    return (
        f'{{"account":{_text(entry["account"])},'
        f'"action":{_text(action.value if isinstance(action, Enum) else action)},'
        f'"at":{_text(_stamp(entry["at"]))},'
        f'"changes":{"{}" if changes == {} and type(changes) is dict else _ENCODER.encode(changes)},'
        f'"device_id":{_text(entry["device_id"])},'
        f'"id":{int(entry["id"])},'
        f'"officer":{_text(entry["officer"])},'
        f'"origin":{_text(entry["origin"])},'
        f'"reason":{_text(entry["reason"])},'
        f'"record_id":{_text(entry["record_id"])},'
        f'"table_name":{_text(entry["table_name"])}}}'
    )


def entry_hash(prev_hash: str, entry: Mapping[str, Any]) -> str:
    return hashlib.sha256((prev_hash + canonical(entry)).encode()).hexdigest()


@dataclass(frozen=True)
class Head:
    """The last sealed entry: its number and hash (0 and the genesis hash for an empty trail)."""

    last_id: int
    last_hash: str

    def text(self) -> str:
        return f"{self.last_id}:{self.last_hash}"

    @classmethod
    def parse(cls, text: str | None) -> Head | None:
        if not text or ":" not in text:
            return None
        number, _, digest = text.partition(":")
        try:
            return cls(int(number), digest)
        except ValueError:
            return None


def read_head(connection: Connection) -> Head | None:
    """The head as kept (None: none kept, or not readable)."""
    text = connection.execute(sa.select(_SETTINGS.c.value).where(_SETTINGS.c.key == HEAD_KEY)).scalar()
    return Head.parse(text)


def _write_head(connection: Connection, head: Head) -> None:
    updated = connection.execute(
        _SETTINGS.update().where(_SETTINGS.c.key == HEAD_KEY).values(value=head.text())
    ).rowcount
    if not updated:
        connection.execute(_SETTINGS.insert().values(key=HEAD_KEY, value=head.text()))


def _lock(connection: Connection) -> None:
    """Hold the chain until this transaction ends (PostgreSQL; SQLite's writer already holds the database)."""
    if connection.dialect.name == "postgresql":
        connection.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_CHAIN_LOCK_KEY})


def stored_entries(connection: Connection, *, after_id: int = 0, batch: int = BATCH) -> Iterator[Mapping[Any, Any]]:
    """Every entry after ``after_id`` in the order of their numbers, read ``batch`` at a time."""
    last = after_id
    while True:
        rows = (
            connection.execute(sa.select(ENTRIES).where(ENTRIES.c.id > last).order_by(ENTRIES.c.id).limit(batch))
            .mappings()
            .all()
        )
        if not rows:
            return
        yield from rows
        last = int(rows[-1]["id"])


def seal_stored(connection: Connection, head: Head) -> Head:
    """Chain the stored entries after ``head`` (written without the chain) in their order; the new head."""
    prev, last_id = head.last_hash, head.last_id
    updates: list[dict[str, Any]] = []
    statement = (
        ENTRIES.update()
        .where(ENTRIES.c.id == sa.bindparam("b_id"))
        .values(prev_hash=sa.bindparam("b_prev"), entry_hash=sa.bindparam("b_hash"))
    )
    for row in stored_entries(connection, after_id=head.last_id):
        digest = entry_hash(prev, row)
        updates.append({"b_id": row["id"], "b_prev": prev, "b_hash": digest})
        prev, last_id = digest, int(row["id"])
        if len(updates) >= BATCH:
            connection.execute(statement, updates)
            updates = []
    if updates:
        connection.execute(statement, updates)
    return Head(last_id, prev)


_DEFAULTS: dict[str, Any] = {"officer": "", "account": "", "reason": "", "origin": None}


def seal(connection: Connection, entries: Sequence[MutableMapping[str, Any]]) -> None:
    """Number and chain ``entries`` about to be inserted (in their order), in this transaction.

    Sets each one's ``id``, ``prev_hash`` and ``entry_hash`` (and the empty defaults of the chained fields it
    lacks) and moves the head past them. The caller inserts them in the same transaction.

    What is stored is never sealed again here: the new entries follow the head (its hash, after the largest number
    stored), so an entry edited, removed or added by hand stays found by :func:`check` after any later write; a head
    missing while entries exist (removed by hand) is found too until then, and the new entries follow the last one.
    """
    if not entries:
        return
    _lock(connection)
    head = read_head(connection)
    largest = int(connection.execute(sa.select(sa.func.max(ENTRIES.c.id))).scalar() or 0)
    if head is not None:
        prev, number = head.last_hash, max(head.last_id, largest)
    elif largest:
        last = connection.execute(sa.select(ENTRIES.c.entry_hash).where(ENTRIES.c.id == largest)).scalar()
        prev, number = str(last or GENESIS), largest
    else:
        prev, number = GENESIS, 0
    for entry in entries:
        for key, value in _DEFAULTS.items():
            if entry.get(key) is None:
                entry[key] = value
        if entry.get("changes") is None:
            entry["changes"] = {}
        number += 1
        entry["id"] = number
        entry["prev_hash"] = prev
        prev = entry["entry_hash"] = entry_hash(prev, entry)
    _write_head(connection, Head(number, prev))
    if connection.dialect.name == "postgresql":  # a plain insert (an older path) numbers after these
        connection.execute(sa.text("SELECT setval(pg_get_serial_sequence('audit_log', 'id'), :n)"), {"n": number})


def rechain(connection: Connection, *, after_id: int, prev_hash: str) -> Head:
    """Chain again the entries after ``after_id`` (whose hash is ``prev_hash``): one of them was completed in the
    transaction that wrote them all, which holds the chain. The head is written."""
    head = seal_stored(connection, Head(after_id, prev_hash))
    _write_head(connection, head)
    return head


def chain_all(connection: Connection) -> Head:
    """Chain every entry from the first (the migration that brought the chain in); the head is written."""
    _lock(connection)
    head = seal_stored(connection, Head(0, GENESIS))
    _write_head(connection, head)
    return head


@dataclass(frozen=True)
class Finding:
    """What checking the chain found: ``ok``, the entries read, and the first entry at fault with what is wrong."""

    ok: bool
    checked: int
    first_bad_id: int | None = None
    problem: str = ""  # "changed" | "link" | "unsealed" | "end" | "head"


@dataclass(frozen=True)
class Walk:
    """How far a check in parts has come: the last entry checked, its hash, and the entries checked so far."""

    last_id: int = 0
    last_hash: str = GENESIS
    checked: int = 0


def check(connection: Connection, *, batch: int = BATCH) -> Finding:
    """Walk the chain from its first entry: each one's hash recomputed and its link to the one before."""
    found = check_part(connection, Walk(), limit=None, batch=batch)
    assert isinstance(found, Finding)
    return found


def check_part(connection: Connection, walk: Walk, *, limit: int | None, batch: int = BATCH) -> Finding | Walk:
    """Check at most ``limit`` entries after ``walk`` (None: every one): a Finding when the chain's end was reached
    (the head compared in this same transaction) or an entry is at fault, else the Walk to go on from, in another
    transaction if need be (entries written meanwhile are chained after those already checked)."""
    prev, checked, last_id = walk.last_hash, walk.checked, walk.last_id
    rows = stored_entries(connection, after_id=last_id, batch=batch if limit is None else min(batch, limit))
    for read, row in enumerate(rows, start=1):
        number = int(row["id"])
        if not row["entry_hash"]:
            return Finding(False, checked, number, "unsealed")
        if row["prev_hash"] != prev:
            return Finding(False, checked, number, "link")
        digest = entry_hash(prev, row)
        if digest != row["entry_hash"]:
            return Finding(False, checked, number, "changed")
        prev, last_id = digest, number
        checked += 1
        if limit is not None and read >= limit:
            return Walk(last_id, prev, checked)
    head = read_head(connection)
    if head is None:  # every database has one from its migration on (0 and the genesis hash when empty), so a
        # missing head is a removed one: with the entries, or the whole trail wiped with it
        return Finding(False, checked, last_id or None, "head")
    if head.last_id != last_id or head.last_hash != prev:
        # entries removed at the end (the head names one no longer there), or the head itself edited
        return Finding(False, checked, head.last_id if head.last_id > last_id else last_id, "end")
    return Finding(True, checked)
