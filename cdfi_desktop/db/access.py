"""What the signed-in account may write, checked by the data layer on every flush and bulk insert.

``Actor`` is who is signed in; a ``Recorder`` without one (a database with no accounts yet, tests, the
demo generator) writes as before. With one (``Database.sign_in``), :func:`check_writes` and :func:`check_bulk`
refuse, with :class:`WriteRefused`, before anything is stamped or written:

- committee: every write of a synced record (they view and print);
- province: every write of a synced record, except while the recorder's ``purpose`` is ``"review"`` (deciding a
  review case, ``sync.review_resolve``) or ``"import"`` (importing bundles, ``sync.service.import_files``): the
  province never edits a laptop's records otherwise. Its own hub bookkeeping (devices, bundles, imports, conflicts)
  is in tables that are not synced, which are not checked at all;
- officer: records of an institute not among the account's institutes (None: every institute). A record's
  institute is found as the bundles' merge finds it (``sync.merge``: the institute's own id, ``institute_id``,
  an attachment link's owner, or the parent a required foreign key leads to), for a new record from its parent,
  held in this flush or stored. A record of no institute (a village) may be written by every officer.

``purpose(db, name)`` / ``with_purpose(db, name)``: the same database writing for that purpose (a view whose
sessions carry it; the shared recorder is never changed, so another thread's writes keep their limits). A
recorder's own ``purpose`` counts too (a writer with a recorder of its own).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import inspect

from cdfi_desktop.domain.roles import Role

if TYPE_CHECKING:
    from sqlalchemy import Table
    from sqlalchemy.orm import Session

    from cdfi_desktop.db.base import SyncedRecord
    from cdfi_desktop.db.bookkeeping import Recorder
    from cdfi_desktop.db.database import Database

REVIEW, IMPORT = "review", "import"
_RECORDER_KEY = "cdfi_recorder"  # bookkeeping.RECORDER_KEY (that module imports this one)
PURPOSE_KEY = "cdfi_purpose"  # a session's purpose, from the Database view that made it (Database.for_purpose)
PROVINCE_PURPOSES = frozenset({REVIEW, IMPORT})

_TEXTS: dict[str, tuple[str, str]] = {
    "write_refused_committee": (
        "บัญชีกรรมการสถาบัน ({username}) ดูและพิมพ์ข้อมูลได้เท่านั้น แก้ไขข้อมูลไม่ได้ ไม่มีการบันทึกข้อมูลใด ๆ",
        "A committee account ({username}) views and prints only: it cannot change records. Nothing was saved.",
    ),
    "write_refused_province": (
        "บัญชีจังหวัด ({username}) แก้ไขข้อมูลของสถาบันไม่ได้ ทำได้เฉพาะนำเข้าชุดข้อมูลและตัดสินกรณีที่ต้องตรวจสอบ ไม่มีการบันทึกข้อมูลใด ๆ",
        "A province account ({username}) cannot change an institute's records, only import bundles and decide "
        "review cases. Nothing was saved.",
    ),
    "write_refused_institute": (
        "บัญชี {username} ไม่ได้รับมอบหมายให้แก้ไขข้อมูลของสถาบันนี้ ({institute}) ไม่มีการบันทึกข้อมูลใด ๆ",
        "The account {username} is not assigned to this institute ({institute}). Nothing was saved.",
    ),
}


@dataclass(frozen=True)
class Actor:
    """The signed-in account: its name for the audit trail, its role, and the institutes it may edit."""

    username: str
    display_name: str
    role: Role
    institutes: frozenset[str] | None = None  # an officer's assigned institutes; None: every institute


class WriteRefused(Exception):
    """The signed-in account may not make this write; nothing was written. ``th``/``en``: the message."""

    def __init__(self, code: str, *, username: str, table: str = "", institute: str = "") -> None:
        self.code = code
        self.username, self.table, self.institute = username, table, institute
        th, en = _TEXTS[code]
        self.th = th.format(username=username, institute=institute or "-")
        self.en = en.format(username=username, institute=institute or "-")
        super().__init__(self.en)

    def text(self, language: str = "th") -> str:
        return self.en if language == "en" else self.th


def check_import(db: Database) -> None:
    """Before a bundle import writes anything: a committee account imports nothing (the merge writes records with
    Core statements the flush check does not see)."""
    actor = db.actor
    if actor is not None and actor.role is Role.COMMITTEE:
        raise WriteRefused("write_refused_committee", username=actor.username)


def may_see_ids(role: Role | None) -> bool:
    """Whether the role may be shown citizen IDs in full when asked (officer, province; no accounts yet)."""
    return role is not Role.COMMITTEE


def with_purpose(db: Database, name: str) -> Database:
    """``db`` writing for ``name`` (REVIEW, IMPORT): a view of it (the same recorder, account and transaction)
    whose sessions carry that purpose."""
    return db.for_purpose(name)


@contextmanager
def purpose(db: Database, name: str) -> Iterator[Database]:
    """``with purpose(db, IMPORT) as db: ...``: see :func:`with_purpose`."""
    yield with_purpose(db, name)


def check_writes(
    session: Session,
    recorder: Recorder,
    new: Sequence[SyncedRecord],
    dirty: Sequence[SyncedRecord],
    deleted: Sequence[SyncedRecord],
) -> None:
    """Raise when the recorder's actor may not write these records (before anything is stamped)."""
    actor = recorder.actor
    if actor is None:
        return
    changed = [o for o in dirty if session.is_modified(o, include_collections=False)]
    if not (new or changed or deleted):
        return
    first = next(iter((*new, *changed, *deleted)))
    if actor.role is Role.COMMITTEE:
        raise WriteRefused("write_refused_committee", username=actor.username, table=_table(type(first)).name)
    if actor.role is Role.PROVINCE:
        if _purpose(session, recorder) in PROVINCE_PURPOSES:
            return
        raise WriteRefused("write_refused_province", username=actor.username, table=_table(type(first)).name)
    if actor.institutes is None:
        return
    finder = _Owners(session, new)
    finder.prefetch((*new, *changed, *deleted))
    for obj in (*new, *changed, *deleted):
        for institute in finder.of_object(obj, old=obj not in finder.pending_objects):
            if institute is not None and institute not in actor.institutes:
                raise WriteRefused(
                    "write_refused_institute",
                    username=actor.username,
                    table=_table(type(obj)).name,
                    institute=institute,
                )


def check_bulk(session: Session, recorder: Recorder, model: type[SyncedRecord], rows: Sequence[dict[str, Any]]) -> None:
    """Raise when the recorder's actor may not insert these rows.

    A bulk writer with a recorder of its own (the demo's fixed clock and ids) writes in a session of the database,
    whose recorder names the signed-in account: that account's limits apply all the same."""
    attached = session.info.get(_RECORDER_KEY)
    actor = recorder.actor or getattr(attached, "actor", None)
    if actor is None or not rows:
        return
    table = _table(model)
    if actor.role is Role.COMMITTEE:
        raise WriteRefused("write_refused_committee", username=actor.username, table=table.name)
    if actor.role is Role.PROVINCE:
        if _purpose(session, recorder) in PROVINCE_PURPOSES or getattr(attached, "purpose", "") in PROVINCE_PURPOSES:
            return
        raise WriteRefused("write_refused_province", username=actor.username, table=table.name)
    if actor.institutes is None:
        return
    allowed = actor.institutes
    for institute in _Owners(session, ()).of_rows(table, rows):
        if institute is not None and institute not in allowed:
            raise WriteRefused(
                "write_refused_institute", username=actor.username, table=table.name, institute=institute
            )


def _purpose(session: Session, recorder: Recorder) -> str:
    return str(session.info.get(PURPOSE_KEY) or recorder.purpose)


def _table(model: type[object]) -> Table:
    from cdfi_desktop.db.base import table_of

    return table_of(model)


_OWNER_OF_CLASS: dict[type[object], tuple[str | None, str, str]] = {}


def _owner_of_class(cls: type[object]) -> tuple[str | None, str, str]:
    """(owner column, its attribute's name, the parent table's name or "") of a mapped class, worked out once."""
    found = _OWNER_OF_CLASS.get(cls)
    if found is None:
        found = _OWNER_OF_CLASS[cls] = _work_out_owner(cls)
    return found


def _work_out_owner(cls: type[object]) -> tuple[str | None, str, str]:
    from sqlalchemy import inspect as inspect_class

    from cdfi_desktop.sync import merge

    table = _table(cls)
    column = merge._owner_column(table)
    if column is None:
        return None, "", ""
    key = inspect_class(cls).get_property_by_column(table.c[column]).key
    parent = merge._parent_table(table, column).name if column not in ("id", "institute_id", "owner_id") else ""
    return column, key, parent


_NEW_INSTITUTE = "(new)"
_EVERY_INSTITUTE = "(every institute)"  # a record shared by every institute: an officer of them all writes it
_SPECIAL = frozenset(
    {"fiscal_year_profile", "attachment"}
)  # the institute of a new institute that has no id yet: never an officer's


class _Owners:
    """The institutes of records about to be written: from the records themselves, their parents held in this
    flush or in the session, or (stored parents) one query per table through ``sync.merge``'s owner chain."""

    def __init__(self, session: Session, new: Sequence[SyncedRecord]) -> None:
        from cdfi_desktop.sync import merge

        self.session = session
        self.merge = merge
        self.pending_objects = set(new)
        self.pending: dict[tuple[str, str], object] = {}
        for obj in new:
            if obj.id is not None:
                self.pending[(_table(type(obj)).name, obj.id)] = obj
        self.stored: dict[tuple[str, str], str | None] = {}

    def prefetch(self, objs: Sequence[object]) -> None:
        """The stored parents of many records at once: one query per parent table and chunk, not one per record."""
        wanted: dict[str, set[str]] = {}
        for obj in objs:
            column, key, parent = _owner_of_class(type(obj))
            if column in (None, "id", "institute_id"):
                continue
            value = getattr(obj, key)
            if column == "owner_id":
                parent = getattr(obj, "owner_table", None) or ""
            if parent and value is not None and (parent, str(value)) not in self.pending:
                wanted.setdefault(parent, set()).add(str(value))
        tables = {t.name: t for t in self._tables()}
        for name, ids in wanted.items():
            found = tables.get(name)
            if found is not None:
                owners = self.merge._db_owners(self.session, found, {i for i in ids if (name, i) not in self.stored})
                self.stored.update(((name, i), owner) for i, owner in owners.items())

    def of_object(self, obj: object, *, old: bool) -> set[str | None]:
        """The record's institute now (and, for a stored record whose owner column changed, before)."""
        table = _table(type(obj))
        if table.name in _SPECIAL:
            return self._special(table.name, getattr(obj, "id", None))
        column = _owner_of_class(type(obj))[0]
        if column is None:
            return {None}
        out = {self._owner(obj, table, column, current=True)}
        if old:
            out.add(self._owner(obj, table, column, current=False))
        return out

    def _owner(self, obj: object, table: Table, column: str, *, current: bool) -> str | None:
        key = _owner_of_class(type(obj))[1]
        if current:
            value = getattr(obj, key)
        else:
            history = inspect(obj).attrs[key].load_history()
            if not history.deleted:
                return self._owner(obj, table, column, current=True)
            value = history.deleted[0]
        if column == "id":
            return str(value) if value is not None else _NEW_INSTITUTE
        if column == "institute_id":
            if value is None:
                parent = self._related(obj, table, column)
                return self._of_parent_object(parent) if parent is not None else None
            return str(value)
        if column == "owner_id":
            owner_table = getattr(obj, "owner_table", None)
            return self._of_id(str(owner_table), value) if owner_table and value else None
        parent_table = self.merge._parent_table(table, column)
        if value is None:
            parent = self._related(obj, table, column)
            return self._of_parent_object(parent) if parent is not None else None
        return self._of_id(parent_table.name, value)

    def _related(self, obj: object, table: Table, column: str) -> object | None:
        """The parent set through a relationship (its foreign key is filled only when the flush writes)."""
        for relationship in inspect(obj).mapper.relationships:
            if any(c.key == column and c.table is table for c in relationship.local_columns):
                parent: object | None = getattr(obj, relationship.key)
                return parent
        return None

    def _of_parent_object(self, parent: object) -> str | None:
        column = _owner_of_class(type(parent))[0]
        if column is None:
            return None
        return self._owner(parent, _table(type(parent)), column, current=True)

    def _of_id(self, table_name: str, record_id: Any) -> str | None:
        key = (table_name, str(record_id))
        held = self.pending.get(key)
        if held is not None:
            return self._of_parent_object(held)
        if key not in self.stored:
            tables = {t.name: t for t in self._tables()}
            table = tables.get(table_name)
            if table is None:
                self.stored[key] = None
            else:
                self.stored.update(
                    ((table_name, i), owner)
                    for i, owner in self.merge._db_owners(self.session, table, {key[1]}).items()
                )
        return self.stored.get(key)

    def _tables(self) -> list[Table]:
        from cdfi_desktop.sync.codec import synced_tables_in_order

        return synced_tables_in_order()

    def _special(self, name: str, record_id: object) -> set[str | None]:
        """A fiscal-year profile is every institute's (an officer of them all may write it); an attached file is the
        institutes' of the records it is linked to (a new one, linked to none yet, nobody's)."""
        if name == "fiscal_year_profile":
            return {_EVERY_INSTITUTE}
        if record_id is None:
            return {None}
        from sqlalchemy import select

        from cdfi_desktop.db.models.records import AttachmentLink

        links = self.session.execute(
            select(AttachmentLink.owner_table, AttachmentLink.owner_id).where(
                AttachmentLink.attachment_id == str(record_id)
            )
        ).all()
        out: set[str | None] = {None}
        for owner_table, owner_id in links:
            out.add(self._of_id(owner_table, owner_id))
        return out

    def of_rows(self, table: Table, rows: Sequence[dict[str, Any]]) -> set[str | None]:
        """The institutes of rows about to be bulk-inserted (one query per parent table and chunk)."""
        if table.name == "fiscal_year_profile":
            return {_EVERY_INSTITUTE}
        column = self.merge._owner_column(table)
        if column is None:
            return {None}
        if column == "id":
            return {str(row["id"]) if row.get("id") is not None else _NEW_INSTITUTE for row in rows}
        if column == "institute_id":
            return {row.get("institute_id") for row in rows}
        wanted: dict[str, set[str]] = {}
        if column == "owner_id":
            for row in rows:
                parent, value = row.get("owner_table"), row.get(column)
                if parent and value is not None:
                    wanted.setdefault(str(parent), set()).add(str(value))
        else:
            wanted[self.merge._parent_table(table, column).name] = {
                str(value) for value in (row.get(column) for row in rows) if value is not None
            }
        tables = {t.name: t for t in self._tables()}
        out: set[str | None] = set()
        for name, ids in wanted.items():
            found = tables.get(name)
            if found is None:
                continue
            owners = self.merge._db_owners(self.session, found, ids)
            out.update(owners.values())
        return out
