"""Engines: SQLite (WAL, foreign keys, full sync, transactions we begin ourselves) or PostgreSQL.

SQLite's Python driver begins a transaction only before an INSERT/UPDATE/DELETE, so the reads before
them and every DDL statement ran outside any transaction. Here the driver's own transaction handling is
off and each SQLAlchemy transaction starts with ``BEGIN``: a migration is one transaction, and reads see
one snapshot. On PostgreSQL a transaction's statements each see what was committed when they began (READ
COMMITTED); readers whose statements must agree open ``snapshot_reader(engine)`` (``Database.reading``). A
transaction that checks then writes asks for the write lock first (``BEGIN IMMEDIATE``
on SQLite, a transaction-scoped advisory lock on PostgreSQL), so what it checked cannot change before
it writes: open it with ``writer(engine)`` (``Database.session(write=True)``, ``UnitOfWork``).
"""

from __future__ import annotations

import logging
import os
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

WRITE_OPTION = "cdfi_write"
READ_ONLY_OPTION = "cdfi_read_only"
# One key for every checked-then-written transaction on a PostgreSQL database ("CDFI" in ASCII).
PG_WRITE_LOCK_KEY = 0x43444649
SYNCHRONOUS_ENV = "CDFI_SQLITE_SYNCHRONOUS"  # for the benchmark that compares FULL with NORMAL
BUSY_TIMEOUT_MS = 10_000


def _decode_text(raw: bytes) -> str:
    """Text as stored; a damaged byte reads as U+FFFD (and is logged once) instead of failing the whole query."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        log.warning("damaged text in the database (invalid UTF-8) read with replacement characters")
        return raw.decode("utf-8", errors="replace")


def _sqlite_connect(synchronous: str) -> Any:
    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # the "begin" listener below starts every transaction
        dbapi_conn.text_factory = _decode_text
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute(f"PRAGMA synchronous = {synchronous}")
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.close()

    return on_connect


def _remembered_key(url: str) -> bytes | None:
    from cdfi_desktop.db.location import sqlite_path

    path = sqlite_path(url)
    if path is None:
        return None
    from cdfi_desktop.db import cipher

    return cipher.key_in_use(path)


def _sqlcipher_connect(key: bytes) -> Any:
    def do_connect(dialect: Any, _record: Any, cargs: Any, cparams: Any) -> Any:
        from cdfi_desktop.db import cipher

        connection = dialect.loaded_dbapi.connect(*cargs, **cparams)
        try:
            cipher.apply_key(connection, key)
        except BaseException:
            connection.close()
            raise
        return connection

    return do_connect


def _sqlite_begin(conn: Connection) -> None:
    options = conn.get_execution_options()
    # a reader's transaction writes nothing; the flag belongs to the pooled connection, so it is lifted again
    # before the connection's next transaction that is not a reader's
    read_only = bool(options.get(READ_ONLY_OPTION))
    info = conn.connection.info
    if info.get(READ_ONLY_OPTION, False) != read_only:
        conn.exec_driver_sql(f"PRAGMA query_only = {int(read_only)}")
        info[READ_ONLY_OPTION] = read_only
    conn.exec_driver_sql("BEGIN IMMEDIATE" if options.get(WRITE_OPTION) else "BEGIN")


def _postgresql_begin(conn: Connection) -> None:
    if conn.get_execution_options().get(WRITE_OPTION):
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_WRITE_LOCK_KEY})")


def make_engine(url: str, *, synchronous: str | None = None, key: bytes | None = None, **kwargs: Any) -> Engine:
    """An engine for ``url``. SQL parameters never appear in errors or logs (they hold names and IDs).

    ``key``: an encrypted SQLite file's key (``db/cipher.py``); by default the key this process remembers for
    the file, if any. With a key the driver is SQLCipher's (``sqlcipher3``) and ``PRAGMA key`` is the first
    statement on every connection; the pragmas below follow as on a plain file.
    """
    kwargs.setdefault("hide_parameters", True)
    if key is None and "module" not in kwargs and "creator" not in kwargs:
        key = _remembered_key(url)
    if key is not None:
        from cdfi_desktop.db import cipher

        kwargs["module"] = cipher.dbapi()
    engine = create_engine(url, **kwargs)
    if key is not None:
        event.listen(engine, "do_connect", _sqlcipher_connect(key))
    if engine.dialect.name == "sqlite":
        mode = (synchronous or os.environ.get(SYNCHRONOUS_ENV) or "FULL").upper()
        if mode not in ("FULL", "NORMAL", "EXTRA", "OFF"):
            mode = "FULL"
        event.listen(engine, "connect", _sqlite_connect(mode))
        event.listen(engine, "begin", _sqlite_begin)
    elif engine.dialect.name == "postgresql":
        event.listen(engine, "begin", _postgresql_begin)
    return engine


def writer(engine: Engine) -> Engine:
    """The same engine whose transactions take the write lock when they begin."""
    return engine.execution_options(**{WRITE_OPTION: True})


def snapshot_reader(engine: Engine) -> Engine:
    """The same engine whose transactions read one snapshot and write nothing (``Database.reading``).

    On PostgreSQL: REPEATABLE READ, READ ONLY. SQLite's transactions already read one snapshot; there the
    transaction runs with ``PRAGMA query_only``.
    """
    if engine.dialect.name != "postgresql":
        return engine.execution_options(**{READ_ONLY_OPTION: True})
    return engine.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)


def for_large_reads(session: Session) -> None:
    """On PostgreSQL, this transaction's reads of every institute at once: hash joins and aggregates of a national
    database kept in memory (not spilled to disk), and no JIT compilation (it costs more than it saves here)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET LOCAL work_mem = '64MB'"))
        session.execute(text("SET LOCAL jit = off"))
