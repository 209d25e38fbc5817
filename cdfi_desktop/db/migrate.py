"""Open a database safely: recognise it, refuse what is not ours, back it up, and migrate it to this release.

A file that is not SQLite, is corrupt, belongs to another program, or was written by a newer release of
this app is refused with a :class:`DatabaseRefused` carrying a code; it is opened read-only for the
checks and never written. Before an existing database is upgraded, a copy is kept in ``backups/``.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

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

__all__ = ["DatabaseRefused", "Refusal", "backup_sqlite", "head_revision", "known_revisions", "upgrade"]

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BACKUPS_KEPT = 5


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
    own = re.compile(rf"{re.escape(path.stem)}-\d{{8}}T\d{{12}}Z-.*{re.escape(path.suffix)}")
    for old in sorted(p for p in folder.iterdir() if own.fullmatch(p.name))[:-BACKUPS_KEPT]:
        old.unlink()
    return target


def upgrade(engine: Engine) -> str:
    """Check the database and bring it to this release's schema; returns the revision it is at.

    Raises DatabaseRefused (nothing written) for a file or database that is not ours or is newer.
    Before an existing SQLite file is migrated, a copy is kept in ``backups/``.
    """
    url = engine.url.render_as_string(hide_password=False)
    path = sqlite_path(url)
    if path is not None:
        state = check_sqlite_file(path)
        if not state.at_head and not state.fresh and state.revision not in known_revisions():
            raise DatabaseRefused(Refusal.NEWER, location=str(path), detail=f"revision {state.revision}")
    else:
        with engine.connect() as connection:
            state = inspect_database(connection, location=engine.url.render_as_string(hide_password=True))
    if state.at_head:
        return HEAD_REVISION
    if path is not None and not state.fresh:
        backup = backup_sqlite(path, reason=f"before-{HEAD_REVISION}")
        log.info("backed up %s to %s before migrating", path, backup)
    from alembic import command

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
    return HEAD_REVISION
