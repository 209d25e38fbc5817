"""Open a database safely: recognise it, refuse what is not ours, create or migrate it all-or-nothing.

A file that is not SQLite, is corrupt, belongs to another program, or was written by a newer release of
this app is refused with a :class:`DatabaseRefused` carrying a code; it is opened read-only for the
checks and never written. A new SQLite database is built in a temporary file beside it and renamed into
place when complete. A migration runs in one transaction (SQLite's DDL is transactional once the driver
no longer commits each statement, see ``db/engine.py``), after a backup that a retry does not replace;
so a migration that is interrupted leaves the file as it was. Migrations must not rebuild a table that
others reference (``PRAGMA foreign_keys`` cannot be switched off inside a transaction).

The SQLite functions here expect the caller to hold the database's lock (``db/lock.py``).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from cdfi_desktop.db import backups, search
from cdfi_desktop.db.engine import make_engine, writer
from cdfi_desktop.db.location import sqlite_path
from cdfi_desktop.db.preflight import (
    APPLICATION_ID,
    HEAD_REVISION,
    OWNER_KEY,
    OWNER_VALUE,
    DatabaseRefused,
    FileState,
    Refusal,
    check_sqlite_file,
)

if TYPE_CHECKING:
    from alembic.config import Config

__all__ = ["DatabaseRefused", "Refusal", "head_revision", "known_revisions", "prepare_sqlite", "upgrade"]

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
CREATING_SUFFIX = ".creating"


def alembic_config() -> Config:
    from alembic.config import Config  # Alembic is loaded only when a schema has to change

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> frozenset[str]:
    from alembic.script import ScriptDirectory

    return frozenset(s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions())


def inspect_database(connection: Connection, *, location: str) -> FileState:
    """What is in a server database (PostgreSQL), judged without writing; raises DatabaseRefused."""
    tables = set(inspect(connection).get_table_names())
    if not tables:
        return FileState(fresh=True, revision=None)
    if "alembic_version" not in tables or "local_setting" not in tables:
        raise DatabaseRefused(Refusal.FOREIGN, location=location, detail=f"tables: {sorted(tables)[:5]}")
    owner = connection.execute(text("SELECT value FROM local_setting WHERE key = :k"), {"k": OWNER_KEY}).scalar()
    if owner != OWNER_VALUE:
        raise DatabaseRefused(Refusal.FOREIGN, location=location, detail="no schema owner mark")
    revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    if revision != HEAD_REVISION and revision not in known_revisions():
        raise DatabaseRefused(Refusal.NEWER, location=location, detail=f"revision {revision}")
    return FileState(fresh=False, revision=revision)


def creating_path(path: Path) -> Path:
    """Where a new database is built before it is renamed into place."""
    return path.with_name(f".{path.name}{CREATING_SUFFIX}")


def prepare_sqlite(path: Path, *, create: bool, backup_folder: Path | None = None) -> str:
    """Bring the SQLite file at ``path`` to this release's schema; returns the revision it is at.

    A missing or empty file is created when ``create`` (else refused as missing); an older schema is
    backed up into ``backup_folder`` (default ``backups/`` beside it) and migrated in one transaction.
    """
    _remove_leftovers(path)
    state = check_sqlite_file(path, owned=True)
    if state.fresh:
        if not create:
            raise DatabaseRefused(Refusal.MISSING, location=str(path))
        _create_sqlite(path)
        return HEAD_REVISION
    if state.at_head:
        return HEAD_REVISION
    if state.revision not in known_revisions():
        raise DatabaseRefused(Refusal.NEWER, location=str(path), detail=f"revision {state.revision}")
    folder = backup_folder or backups.default_folder(path)
    backup = backups.take_before_migration(
        path, folder=folder, from_revision=str(state.revision), to_revision=HEAD_REVISION
    )
    log.info("backed up %s to %s before migrating", path.name, backup.path)
    engine = make_engine(f"sqlite:///{path}")
    try:
        _migrate(engine, fresh=False)
    finally:
        engine.dispose()
    return HEAD_REVISION


def upgrade(engine: Engine, *, create: bool = True) -> str:
    """Bring a server database (or a SQLite file whose lock the caller holds) to this release's schema.

    Raises DatabaseRefused (nothing written) for a database that is not ours or is newer. On PostgreSQL
    the check and the migration are one transaction holding the write lock, so two programs starting
    at once migrate once.
    """
    url = engine.url.render_as_string(hide_password=False)
    path = sqlite_path(url)
    if path is not None:
        return prepare_sqlite(path, create=create)
    return _migrate(engine, fresh=None, create=create)


def _migrate(engine: Engine, *, fresh: bool | None, create: bool = True) -> str:
    """Run the migrations to head in one transaction; ``fresh=None`` judges the database inside it."""
    from alembic import command

    location = engine.url.render_as_string(hide_password=True)
    with writer(engine).begin() as connection:
        if fresh is None:
            state = inspect_database(connection, location=location)
            if state.at_head:
                return HEAD_REVISION
            if state.fresh and not create:
                raise DatabaseRefused(Refusal.MISSING, location=location)
            fresh = state.fresh
        cfg = alembic_config()
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")
        # the derived search text too, in the same transaction: a migrated database is never without it
        search.refresh_all(connection)
        connection.execute(text("DELETE FROM local_setting WHERE key = :k"), {"k": search.SEARCH_VERSION_KEY})
        connection.execute(
            text("INSERT INTO local_setting (key, value) VALUES (:k, :v)"),
            {"k": search.SEARCH_VERSION_KEY, "v": search.SEARCH_VERSION},
        )
        if fresh:
            if connection.dialect.name == "sqlite":
                connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            connection.execute(
                text("INSERT INTO local_setting (key, value) VALUES (:k, :v)"), {"k": OWNER_KEY, "v": OWNER_VALUE}
            )
    return HEAD_REVISION


def _create_sqlite(path: Path) -> None:
    """A new database built whole under a temporary name, then renamed over ``path`` (missing or empty)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    building = creating_path(path)
    _remove_with_sidecars(building)
    engine = make_engine(f"sqlite:///{building}")
    try:
        _migrate(engine, fresh=True)
    finally:
        engine.dispose()  # the last connection checkpoints the WAL into the file and removes it
    _remove_with_sidecars(building, keep_main=True)
    with open(building, "rb+") as fh:
        os.fsync(fh.fileno())
    for suffix in ("-wal", "-shm", "-journal"):  # an empty file's own side files (no tables in them)
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    os.replace(building, path)
    if os.name != "nt":
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _remove_leftovers(path: Path) -> None:
    """A new database's build that a crash interrupted is thrown away (only the lock's holder builds one)."""
    building = creating_path(path)
    if building.exists() or building.with_name(building.name + "-wal").exists():
        log.info("removing an unfinished new database %s", building.name)
        _remove_with_sidecars(building)


def _remove_with_sidecars(path: Path, *, keep_main: bool = False) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    if not keep_main:
        path.unlink(missing_ok=True)
