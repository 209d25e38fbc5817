"""Open a database safely: recognise it, refuse what is not ours, back it up, and migrate it to this release.

A file that is not SQLite, is corrupt, belongs to another program, or was written by a newer release of
this app is refused with a :class:`DatabaseRefused` carrying a code; it is opened read-only for the
checks and never written. Before an existing database is upgraded, a copy is kept in ``backups/``.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect, text

from cdfi_desktop.db.engine import sqlite_path

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_HEADER = b"SQLite format 3\x00"
APPLICATION_ID = 0x43444649  # "CDFI", stored in the SQLite file header
OWNER_KEY, OWNER_VALUE = "schema_owner", "cdfi-desktop"
BACKUPS_KEPT = 5


class Refusal(StrEnum):
    NOT_SQLITE = "db_not_sqlite"
    CORRUPT = "db_corrupt"
    FOREIGN = "db_foreign"
    NEWER = "db_newer"
    UNREADABLE = "db_unreadable"


class DatabaseRefused(Exception):
    """The database cannot be used by this release; nothing was written to it."""

    def __init__(self, code: Refusal, *, location: str, detail: str = "") -> None:
        super().__init__(f"{code.value}: {location} {detail}".strip())
        self.code, self.location, self.detail = code, location, detail


@dataclass(frozen=True)
class DatabaseState:
    fresh: bool  # no tables yet: ours to create
    revision: str | None


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def _check_sqlite_file(path: Path) -> None:
    """Header, integrity and application id, read-only; raises DatabaseRefused."""
    location = str(path)
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise DatabaseRefused(Refusal.UNREADABLE, location=location, detail=str(exc)) from exc
    if not header.startswith(SQLITE_HEADER):
        raise DatabaseRefused(Refusal.NOT_SQLITE, location=location)
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            result = con.execute("PRAGMA quick_check").fetchall()
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseRefused(Refusal.CORRUPT, location=location, detail=str(exc)) from exc
    if result != [("ok",)]:
        raise DatabaseRefused(Refusal.CORRUPT, location=location, detail=str(result[:3]))
    if tables and app_id != APPLICATION_ID:
        raise DatabaseRefused(Refusal.FOREIGN, location=location, detail=f"application_id={app_id}")


def inspect_database(connection: Connection, *, location: str) -> DatabaseState:
    """What is in the database, judged without writing; raises DatabaseRefused for what is not ours."""
    tables = set(inspect(connection).get_table_names())
    if not tables:
        return DatabaseState(fresh=True, revision=None)
    if "alembic_version" not in tables or "local_setting" not in tables:
        raise DatabaseRefused(Refusal.FOREIGN, location=location, detail=f"tables: {sorted(tables)[:5]}")
    owner = connection.execute(
        text("SELECT value FROM local_setting WHERE key = :k"), {"k": OWNER_KEY}
    ).scalar()
    if owner != OWNER_VALUE:
        raise DatabaseRefused(Refusal.FOREIGN, location=location, detail="no schema owner mark")
    revision = MigrationContext.configure(connection).get_current_revision()
    if revision not in known_revisions():
        raise DatabaseRefused(Refusal.NEWER, location=location, detail=f"revision {revision}")
    return DatabaseState(fresh=False, revision=revision)


def backup_sqlite(path: Path, *, reason: str) -> Path:
    """A consistent copy through SQLite's backup API into ``backups/`` beside the file; keeps the newest few."""
    folder = path.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{path.stem}-{stamp}-{reason}{path.suffix}"
    src = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    for old in sorted(folder.glob(f"{path.stem}-*{path.suffix}"))[:-BACKUPS_KEPT]:
        old.unlink()
    return target


def upgrade(engine: Engine) -> str:
    """Check the database and bring it to this release's schema; returns the revision it is at.

    Raises DatabaseRefused (nothing written) for a file or database that is not ours or is newer.
    """
    path = sqlite_path(str(engine.url))
    location = str(path) if path else engine.url.render_as_string(hide_password=True)
    if path is not None and path.exists() and path.stat().st_size > 0:
        _check_sqlite_file(path)
    with engine.connect() as connection:
        state = inspect_database(connection, location=location)
    head = head_revision()
    if state.revision == head:
        return head
    if path is not None and not state.fresh:
        backup = backup_sqlite(path, reason=f"before-{head}")
        log.info("backed up %s to %s before migrating", path, backup)
    with engine.begin() as connection:
        cfg = alembic_config()
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")
        if state.fresh:
            if connection.dialect.name == "sqlite":
                connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            connection.execute(
                text("INSERT INTO local_setting (key, value) VALUES (:k, :v)"),
                {"k": OWNER_KEY, "v": OWNER_VALUE},
            )
    return head
