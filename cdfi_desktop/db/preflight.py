"""Judge a SQLite file before opening it, with the standard library only (fast, and never writes).

Refuses what is not an SQLite file, is corrupt, belongs to another program, or was written by a newer
release; tells whether the file is fresh, at this release's schema, or needs migrating. An encrypted file
(``db/cipher.py``: no SQLite header, a key file beside it) is checked the same way with its key, through
SQLCipher; without the key it is refused as encrypted (sign in first), never as corrupt.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

SQLITE_HEADER = b"SQLite format 3\x00"
APPLICATION_ID = 0x43444649  # "CDFI", stored in the SQLite file header
OWNER_KEY, OWNER_VALUE = "schema_owner", "cdfi-desktop"
# The newest migration of this release; tests/integration/test_migrations.py checks it against Alembic.
HEAD_REVISION = "0010"


class Refusal(StrEnum):
    NOT_SQLITE = "db_not_sqlite"
    CORRUPT = "db_corrupt"
    FOREIGN = "db_foreign"
    NEWER = "db_newer"
    UNREADABLE = "db_unreadable"
    MISSING = "db_missing"  # no database there (a mistyped path is never made into a new file)
    READ_ONLY = "db_read_only"  # the folder or medium cannot be written
    IN_USE = "db_in_use"  # another program has it open
    ENCRYPTED = "db_encrypted"  # encrypted (db/cipher.py) and not unlocked, or the key does not open it


class DatabaseRefused(Exception):
    """The database cannot be used by this release; nothing was written to it."""

    def __init__(self, code: Refusal, *, location: str, detail: str = "") -> None:
        super().__init__(f"{code.value}: {location} {detail}".strip())
        self.code, self.location, self.detail = code, location, detail


@dataclass(frozen=True)
class FileState:
    fresh: bool  # missing, empty, or an SQLite file without tables: ours to create
    revision: str | None

    @property
    def at_head(self) -> bool:
        return self.revision == HEAD_REVISION


def check_sqlite_file(
    path: Path, *, known_revisions: frozenset[str] | None = None, owned: bool = False, key: bytes | None = None
) -> FileState:
    """Read-only checks of header, integrity, application id, owner mark and schema revision.

    ``known_revisions`` (all revisions of this release), when given, refuses a revision not among them
    as written by a newer release; without it the caller judges ``revision``. ``owned``: the caller
    holds the database's lock, so a side file that this check made is its own to remove; without the
    lock no side file is ever removed (another program may be using it). ``key``: an encrypted file's key
    (by default the one this process remembers for it, see ``db/cipher.py``).
    """
    location = str(path)
    if not path.exists() or path.stat().st_size == 0:
        return FileState(fresh=True, revision=None)
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise DatabaseRefused(Refusal.UNREADABLE, location=location, detail=str(exc)) from exc
    encrypted = not header.startswith(SQLITE_HEADER)
    if encrypted:
        from cdfi_desktop.db import cipher  # only for a file that is not plain SQLite

        key = key if key is not None else cipher.key_for(path)
        if key is None:
            if cipher.key_file(path).exists():
                raise DatabaseRefused(Refusal.ENCRYPTED, location=location)
            raise DatabaseRefused(Refusal.NOT_SQLITE, location=location)
    sidecars = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    existed = {p for p in sidecars if p.exists()}
    # A WAL-mode file with no -wal beside it holds everything: read it as immutable, which makes SQLite
    # create no -wal/-shm files. Otherwise read-only; a side file that made is removed afterwards only
    # when the caller holds the lock (else it may be another program's live file by then).
    immutable = "&immutable=1" if not existed else ""
    try:
        uri = f"{path.resolve().as_uri()}?mode=ro{immutable}"
        con: Any = cipher.connect(uri, key, uri=True) if encrypted else sqlite3.connect(uri, uri=True)
        try:
            if encrypted and not _key_opens(con):
                raise DatabaseRefused(Refusal.ENCRYPTED, location=location, detail="the key does not open it")
            result = con.execute("PRAGMA quick_check").fetchall()
            if result != [("ok",)]:
                raise DatabaseRefused(Refusal.CORRUPT, location=location, detail=str(result[:3]))
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not tables:
                return FileState(fresh=True, revision=None)
            if app_id != APPLICATION_ID or not {"alembic_version", "local_setting"} <= tables:
                raise DatabaseRefused(Refusal.FOREIGN, location=location, detail=f"application_id={app_id}")
            owner = con.execute("SELECT value FROM local_setting WHERE key = ?", (OWNER_KEY,)).fetchone()
            if owner != (OWNER_VALUE,):
                raise DatabaseRefused(Refusal.FOREIGN, location=location, detail="no schema owner mark")
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
            if owned:
                for created in set(sidecars) - existed:
                    created.unlink(missing_ok=True)
    except _database_errors(encrypted) as exc:
        raise DatabaseRefused(Refusal.CORRUPT, location=location, detail=str(exc)) from exc
    revision = row[0] if row else None
    if known_revisions is not None and revision not in known_revisions:
        raise DatabaseRefused(Refusal.NEWER, location=location, detail=f"revision {revision}")
    return FileState(fresh=False, revision=revision)


def _key_opens(con: Any) -> bool:
    """Whether an SQLCipher connection's key reads its file (a wrong key reads page 1 as not a database)."""
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except Exception:
        return False
    return True


def _database_errors(encrypted: bool) -> tuple[type[Exception], ...]:
    if not encrypted:
        return (sqlite3.DatabaseError,)
    from cdfi_desktop.db import cipher

    return (sqlite3.DatabaseError, cipher.dbapi().DatabaseError)
