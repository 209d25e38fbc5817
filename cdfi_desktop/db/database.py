"""One open database: engine, this device's identity, and sessions that do the sync bookkeeping."""

from __future__ import annotations

import dataclasses
import logging
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, func, literal_column, select, union_all
from sqlalchemy.orm import Session, sessionmaker

from cdfi_desktop.db import backups, lock, migrate, search
from cdfi_desktop.db.access import PURPOSE_KEY, Actor
from cdfi_desktop.db.base import Base, SyncedRecord, new_id, table_of
from cdfi_desktop.db.bookkeeping import Recorder, attach, utc_now
from cdfi_desktop.db.engine import make_engine, snapshot_reader, writer
from cdfi_desktop.db.keys import (
    DEVICE_ID_KEY,
    DEVICE_KEY_FINGERPRINT_KEY,
    DEVICE_REPLACED_FROM_KEY,
    OFFICER_KEY,
    SYNC_ACK_AUDIT_KEY,
    SYNC_ACK_HLC_KEY,
    SYNC_LAST_RECEIPT_KEY,
    SYNC_NEEDS_FULL_KEY,
)
from cdfi_desktop.db.location import resolve_url, sqlite_path
from cdfi_desktop.db.models.records import LocalSetting
from cdfi_desktop.db.preflight import DatabaseRefused, Refusal
from cdfi_desktop.domain.hlc import HybridLogicalClock

log = logging.getLogger(__name__)


class _LockedRecorder(Recorder):
    """A recorder whose clock stamps may be taken from several threads."""

    _lock = threading.Lock()

    def stamp(self) -> tuple[datetime, str]:
        with self._lock:
            return super().stamp()


def synced_tables() -> list[type[SyncedRecord]]:
    return [m.class_ for m in Base.registry.mappers if issubclass(m.class_, SyncedRecord)]


class Database:
    """The app's handle on its database. Open with :meth:`open`; use :meth:`session` for all work.

    A SQLite file is locked for this process while it is open (``db/lock.py``): another program that
    opens it waits up to its ``lock_wait`` and is then refused, naming who has it.
    """

    def __init__(
        self,
        engine: Engine,
        *,
        recorder: Recorder,
        connection: Connection | None = None,
        file_lock: lock.DatabaseLock | None = None,
        backup_folder: Path | None = None,
        purpose: str = "",
    ) -> None:
        self.engine = engine
        self.recorder = recorder
        self.purpose = purpose  # what this view's writes are part of, for the role limits (db.access.purpose)
        self._connection = connection
        self._lock = file_lock
        self.backup_folder = backup_folder
        self.backup_problem = ""  # why the day's backup could not be taken, for the status bar
        if connection is not None:  # every session joins the one transaction of all_or_nothing()
            self._sessions = sessionmaker(
                bind=connection, expire_on_commit=False, join_transaction_mode="create_savepoint"
            )
            self._writers = self._readers = self._sessions
        else:
            self._sessions = sessionmaker(bind=engine, expire_on_commit=False)
            self._writers = sessionmaker(bind=writer(engine), expire_on_commit=False)
            self._readers = sessionmaker(bind=snapshot_reader(engine), expire_on_commit=False)

    @classmethod
    def open(
        cls,
        db: str | Path | None = None,
        *,
        officer: str = "",
        clock: Callable[[], datetime] = utc_now,
        id_factory: Callable[[], str] = new_id,
        device_id: str | None = None,
        create: bool = True,
        program: str = "cdfi-desktop",
        lock_wait: float = 0.0,
        backup_folder: str | Path | None = None,
        daily_backup: bool = False,
        cipher_key: bytes | None = None,
    ) -> Database:
        """Open and migrate the database; raises DatabaseRefused (nothing written) when it cannot be used.

        ``create``: a missing or empty database is made (else refused as missing: a mistyped path never
        becomes a new file). ``program`` names this program in the lock file; ``lock_wait`` is how long
        to wait for another program to close the file. ``daily_backup``: the first open of a day copies
        the file into ``backup_folder`` (default ``backups/`` beside it).
        ``cipher_key``: the key of an encrypted file, for a caller that holds it (``db.cipher.unlock`` remembers
        it already). ``device_id``, ``clock`` and ``id_factory`` are for making reproducible databases (demo data,
        tests); a real installation makes its device id once and keeps it.
        """
        url = resolve_url(db)
        path = sqlite_path(url)
        held: lock.DatabaseLock | None = None
        folder: Path | None = None
        created = False
        if path is not None:
            if cipher_key is not None:  # an encrypted file: this process opens it (and its backups) with this key
                from cdfi_desktop.db import cipher

                cipher.remember(path, cipher_key)
            folder = backups.folder_for(path, backup_folder)
            held = _lock_file(path, create=create, program=program, wait=lock_wait)
            try:
                existed = path.exists() and path.stat().st_size > 0
                if existed and not os.access(path, os.W_OK):
                    raise DatabaseRefused(Refusal.READ_ONLY, location=str(path), detail="read-only file")
                migrate.prepare_sqlite(path, create=create, backup_folder=folder)
                created = not existed
            except BaseException:
                held.release()
                raise
        engine = make_engine(url)
        try:
            if path is None:
                migrate.upgrade(engine, create=create)
            return cls._finish_open(
                engine,
                officer=officer,
                clock=clock,
                id_factory=id_factory,
                device_id=device_id,
                file_lock=held,
                backup_folder=folder,
                daily_backup=daily_backup and not created,
            )
        except BaseException:
            engine.dispose()
            if held is not None:
                held.release()
            raise

    @classmethod
    def _finish_open(
        cls,
        engine: Engine,
        *,
        officer: str,
        clock: Callable[[], datetime],
        id_factory: Callable[[], str],
        device_id: str | None,
        file_lock: lock.DatabaseLock | None,
        backup_folder: Path | None,
        daily_backup: bool,
    ) -> Database:
        settings = table_of(LocalSetting)
        with writer(engine).begin() as conn:  # plain Core here: mapping every class is left to the first screen
            stored: dict[str, str] = dict(conn.execute(select(settings.c.key, settings.c.value)).all())
            if DEVICE_ID_KEY not in stored:
                stored[DEVICE_ID_KEY] = device_id or new_id()
                conn.execute(settings.insert().values(key=DEVICE_ID_KEY, value=stored[DEVICE_ID_KEY]))
            elif stored.get(DEVICE_KEY_FINGERPRINT_KEY) and engine.dialect.name == "sqlite":
                _become_new_device_if_copied(conn, stored)
            latest = conn.execute(
                select(func.max(literal_column("stamp"))).select_from(
                    union_all(*(select(func.max(table_of(t).c.hlc).label("stamp")) for t in synced_tables())).subquery()
                )
            ).scalar()
            if stored.get(search.SEARCH_VERSION_KEY) != search.SEARCH_VERSION:
                search.refresh_all(conn)  # derived text: rebuilt after upgrades that change what it holds
                conn.execute(settings.delete().where(settings.c.key == search.SEARCH_VERSION_KEY))
                conn.execute(settings.insert().values(key=search.SEARCH_VERSION_KEY, value=search.SEARCH_VERSION))
        officer = officer or stored.get(OFFICER_KEY, "")
        device = stored[DEVICE_ID_KEY]
        hlc = HybridLogicalClock()
        if latest:
            hlc.observe(latest)
        recorder = _LockedRecorder(device_id=device, officer=officer, clock=clock, id_factory=id_factory, hlc=hlc)
        database = cls(engine, recorder=recorder, file_lock=file_lock, backup_folder=backup_folder)
        if daily_backup and database.is_file:
            try:
                backups.take_daily(database.path, folder=database.backups_folder)
            except backups.BackupFailed as exc:
                log.warning("no backup today: %s", exc.detail)
                database.backup_problem = exc.detail
        return database

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def path(self) -> Path:
        """The SQLite file (raises for a server database: it has no file to back up)."""
        path = sqlite_path(self.engine.url.render_as_string(hide_password=False))
        if path is None:
            raise ValueError("a server database has no file")
        return path

    @property
    def is_file(self) -> bool:
        return sqlite_path(self.engine.url.render_as_string(hide_password=False)) is not None

    @property
    def backups_folder(self) -> Path:
        return self.backup_folder or backups.default_folder(self.path)

    def backup(self, reason: str) -> backups.Backup | None:
        """A backup before a risky change (an import, a bundle, a restore); None for a server database."""
        if not self.is_file:
            return None
        return backups.take(self.path, folder=self.backups_folder, reason=reason)

    @contextmanager
    def all_or_nothing(self) -> Iterator[Database]:
        """A view of this database whose every session and unit of work is part of ONE transaction.

        Committed when the block ends normally, rolled back when it raises: a long job made of many use
        cases (the demo) is kept whole or not at all, even when the program is killed half-way. The
        transaction holds the write lock from its start.
        """
        if self._connection is not None:
            yield self
            return
        with writer(self.engine).connect() as connection, connection.begin():
            yield Database(
                self.engine,
                recorder=self.recorder,
                connection=connection,
                backup_folder=self.backup_folder,
                purpose=self.purpose,
            )

    def with_recorder(self, recorder: Recorder) -> Database:
        """The same database (and transaction, inside ``all_or_nothing``) writing with another recorder.

        The account signed in here stays signed in there (its limits and name go with every write), unless
        ``recorder`` names an account of its own."""
        if recorder.actor is None and self.recorder.actor is not None:
            recorder = dataclasses.replace(recorder, actor=self.recorder.actor)
        return Database(
            self.engine,
            recorder=recorder,
            connection=self._connection,
            backup_folder=self.backup_folder,
            purpose=self.purpose,
        )

    def for_purpose(self, purpose: str) -> Database:
        """The same database (recorder, account, transaction) whose writes are part of ``purpose`` ("review",
        "import"): the role limits of ``db.access`` allow the province those writes through this view only."""
        return Database(
            self.engine,
            recorder=self.recorder,
            connection=self._connection,
            backup_folder=self.backup_folder,
            purpose=purpose,
        )

    def sign_in(self, actor: Actor) -> None:
        """From now on every write is ``actor``'s: the audit trail names them and ``db.access`` applies their role's
        limits (to every view of this database: ``all_or_nothing`` and ``with_recorder`` share or copy it)."""
        self.recorder.actor = actor
        self.recorder.officer = actor.display_name

    def sign_out(self) -> None:
        """Nobody signed in: writes are refused by no role (the app locks its screens itself); the officer's name
        goes back to the one kept in the settings."""
        self.recorder.actor = None
        self.recorder.officer = self.get_setting(OFFICER_KEY)

    @property
    def actor(self) -> Actor | None:
        """The signed-in account (None: nobody, or this database has no accounts)."""
        return self.recorder.actor

    @property
    def device_id(self) -> str:
        return self.recorder.device_id

    def session(self, *, write: bool = False) -> Session:
        """A new session whose flushes stamp, version, tombstone and audit synced records.

        ``write``: its transaction takes the write lock when it begins, so that what it reads before
        writing cannot change under it (every check-then-write use case; ``UnitOfWork`` does this).
        """
        return self._opened(self._writers if write else self._sessions)

    def reading(self) -> Session:
        """A new session for reads that must agree with each other: its transaction sees the database as it was
        when its first statement ran, whatever other programs commit meanwhile, and it cannot write.

        SQLite's transactions already read one snapshot; PostgreSQL's default (READ COMMITTED) gives every
        statement a newer one, so a reader that looks up one query's rows by another's (an import's plan, a
        report's figures, a roll-up) would meet rows committed between them.
        """
        return self._opened(self._readers)

    def _opened(self, sessions: sessionmaker[Session]) -> Session:
        session = attach(sessions(), self.recorder)
        if self.purpose:
            session.info[PURPOSE_KEY] = self.purpose
        return session

    def get_setting(self, key: str, default: str = "") -> str:
        with self.session() as session:
            row = session.get(LocalSetting, key)
            return row.value if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.session(write=True) as session, session.begin():
            session.merge(LocalSetting(key=key, value=value))
        if key == OFFICER_KEY:
            self.recorder.officer = value

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def _become_new_device_if_copied(conn: Connection, stored: dict[str, str]) -> None:
    """A database file whose device signed with a key that is not on this computer is a copy: it becomes a new
    device (a new id; its own key is made on first use), so that two computers never sign as one device. The
    old id is kept under ``device_replaced_from``; what the province confirmed for the old device no longer
    applies, so the acknowledged point is dropped (the next bundle sends everything)."""
    from cdfi_desktop.sync.keys import key_file  # only databases that have signed something load the sync code

    old = stored[DEVICE_ID_KEY]
    if key_file(old).exists():
        return
    settings = table_of(LocalSetting)
    new = new_id()
    log.warning(
        "the signing key of device %s is not on this computer: this copy of the database is device %s", old, new
    )
    dropped = (
        DEVICE_ID_KEY,
        DEVICE_KEY_FINGERPRINT_KEY,
        DEVICE_REPLACED_FROM_KEY,
        SYNC_ACK_HLC_KEY,
        SYNC_ACK_AUDIT_KEY,
        SYNC_LAST_RECEIPT_KEY,
        SYNC_NEEDS_FULL_KEY,
    )
    conn.execute(settings.delete().where(settings.c.key.in_(dropped)))
    for key in dropped:
        stored.pop(key, None)
    conn.execute(settings.insert().values(key=DEVICE_ID_KEY, value=new))
    conn.execute(settings.insert().values(key=DEVICE_REPLACED_FROM_KEY, value=old))
    stored[DEVICE_ID_KEY] = new
    stored[DEVICE_REPLACED_FROM_KEY] = old


def _lock_file(path: Path, *, create: bool, program: str, wait: float) -> lock.DatabaseLock:
    """This process's lock on the file, or DatabaseRefused (missing, read-only folder, in use)."""
    if not path.exists() or path.stat().st_size == 0:
        if not create:
            raise DatabaseRefused(Refusal.MISSING, location=str(path))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseRefused(Refusal.READ_ONLY, location=str(path), detail=exc.strerror or str(exc)) from exc
    try:
        return lock.acquire(path, program=program, wait=wait)
    except lock.DatabaseInUse as exc:
        raise DatabaseRefused(Refusal.IN_USE, location=str(path), detail=exc.holder.describe()) from exc
    except lock.LockUnavailable as exc:
        raise DatabaseRefused(Refusal.READ_ONLY, location=str(path), detail=exc.strerror or str(exc)) from exc
