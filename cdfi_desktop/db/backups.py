"""Backups of a SQLite database: taken with SQLite's online backup API, kept in a folder, previewed, restored.

A backup is taken on the first start of a day, before a migration, before an import, before a bundle is
applied, before a restore, and when the officer asks. Each is written to a temporary name and renamed
when complete, so a backup that exists is whole. The newest ``KEEP`` of the everyday ones are kept; the
backups taken before migrations are kept apart (``KEEP_MIGRATION``), and a migration tried again the same
day does not take another, so retries never rotate the good copy away.

The folder is ``backups/`` beside the database unless the officer chose another (a USB stick).

A backup of an encrypted database (``db/cipher.py``) is encrypted with the same key and carries a copy of
the key file as it was then (``<backup>.key.json``, written before the backup takes its name); it is
previewed and restored with the database's key (or a key this process unlocked for the backup itself). A
restored database is encrypted when the database it replaces was, whatever the backup was.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from glob import escape as glob_escape
from pathlib import Path
from typing import Any

from cdfi_desktop.db import lock
from cdfi_desktop.db.preflight import APPLICATION_ID, OWNER_KEY, OWNER_VALUE

log = logging.getLogger(__name__)

KEEP = 10
KEEP_MIGRATION = 5
DAILY, BEFORE_IMPORT, BEFORE_BUNDLE, BEFORE_RESTORE, MANUAL = (
    "daily",
    "before-import",
    "before-bundle",
    "before-restore",
    "manual",
)
DAMAGED = "damaged"  # the raw bytes of a damaged database, kept before a restore replaces it
_STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
_PARTIAL = ".partial"
KEY_FILE_SUFFIX = ".key.json"  # as db/cipher.py's


class BackupFailed(Exception):
    """A backup could not be written or read; ``code`` names why (for the message)."""

    def __init__(self, code: str, *, location: str, detail: str = "") -> None:
        super().__init__(f"{code}: {location} {detail}".strip())
        self.code, self.location, self.detail = code, location, detail


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime  # UTC
    reason: str
    size: int

    @property
    def is_migration(self) -> bool:
        return self.reason.startswith("before-0")


@dataclass(frozen=True)
class BackupPreview:
    """What a backup holds, read without changing it."""

    ok: bool
    problem: str  # "" when ok; else why it cannot be restored
    revision: str
    institutes: tuple[str, ...]
    households: int
    members: int
    debts: int
    contracts: int
    last_change: str  # the newest updated_at stamp, ISO; "" when empty


def default_folder(database: Path) -> Path:
    return database.parent / "backups"


def folder_for(database: Path, configured: str | Path | None = None) -> Path:
    return Path(configured).expanduser() if configured else default_folder(database)


def _pattern(database: Path) -> re.Pattern[str]:
    return re.compile(rf"{re.escape(database.stem)}-(\d{{8}}T\d{{12}}Z)-(.+){re.escape(database.suffix)}")


def list_backups(database: Path, folder: Path) -> list[Backup]:
    """This database's backups in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    own = _pattern(database)
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(KEY_FILE_SUFFIX):  # a backup's key file (a database without a suffix matches)
            continue
        match = own.fullmatch(entry.name)
        if match is None:
            continue
        try:
            taken = datetime.strptime(match[1], _STAMP_FORMAT).replace(tzinfo=UTC)
            size = entry.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(Backup(path=entry, taken_at=taken, reason=match[2], size=size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def take(
    database: Path,
    *,
    folder: Path,
    reason: str,
    now: datetime | None = None,
    source: Any = None,
) -> Backup:
    """A consistent copy of ``database`` (committed data, its WAL included) into ``folder``; rotates old ones.

    ``source`` is an open connection to read from (a damaged or busy file may need one the caller has).
    Raises BackupFailed when the folder cannot be written (read-only medium, disk full). An encrypted database
    is copied with its key (remembered by this process), its key file beside the copy.
    """
    key = _key_of(database)
    if key is not None:
        return _take_encrypted(database, folder=folder, reason=reason, now=now, source=source, key=key)
    when = (now or datetime.now(UTC)).astimezone(UTC)
    target = folder / f"{database.stem}-{when.strftime(_STAMP_FORMAT)}-{reason}{database.suffix}"
    partial = target.with_name(target.name + _PARTIAL)
    sidecars = [database.with_name(database.name + suffix) for suffix in ("-wal", "-shm")]
    existed = {p for p in sidecars if p.exists()}
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for unfinished in folder.glob(f"{glob_escape(database.stem)}-*{glob_escape(database.suffix)}{_PARTIAL}"):
            unfinished.unlink(missing_ok=True)  # a backup a crash interrupted
        src = source or sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
            finally:
                dst.close()
        finally:
            if source is None:
                src.close()
                if lock.holds(database):  # side files the read made are this process's own to remove
                    for created in set(sidecars) - existed:
                        created.unlink(missing_ok=True)
        _fsync(partial)
        os.replace(partial, target)
        _fsync_folder(folder)
    except (OSError, sqlite3.Error) as exc:
        if partial.parent.is_dir():
            partial.unlink(missing_ok=True)
        raise BackupFailed("backup_failed", location=str(folder), detail=str(exc)) from exc
    backup = Backup(path=target, taken_at=when, reason=reason, size=target.stat().st_size)
    _rotate(database, folder)
    log.info("backed up %s (%s) to %s", database.name, reason, target)
    return backup


def _take_encrypted(
    database: Path, *, folder: Path, reason: str, now: datetime | None, source: Any, key: bytes
) -> Backup:
    from cdfi_desktop.db import cipher

    when = (now or datetime.now(UTC)).astimezone(UTC)
    target = folder / f"{database.stem}-{when.strftime(_STAMP_FORMAT)}-{reason}{database.suffix}"
    partial = target.with_name(target.name + _PARTIAL)
    sidecars = [database.with_name(database.name + suffix) for suffix in ("-wal", "-shm")]
    existed = {p for p in sidecars if p.exists()}
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for unfinished in folder.glob(f"{glob_escape(database.stem)}-*{glob_escape(database.suffix)}{_PARTIAL}"):
            unfinished.unlink(missing_ok=True)
        try:
            cipher.copy_database(source if source is not None else database, key, partial, key)
        finally:
            if source is None and lock.holds(database):
                for created in set(sidecars) - existed:
                    created.unlink(missing_ok=True)
        _fsync(partial)
        shutil.copyfile(cipher.key_file(database), cipher.key_file(target))  # before the backup takes its name
        _fsync(cipher.key_file(target))
        os.replace(partial, target)
        _fsync_folder(folder)
    except _failures() as exc:
        if partial.parent.is_dir():
            partial.unlink(missing_ok=True)
        raise BackupFailed("backup_failed", location=str(folder), detail=str(exc)) from exc
    backup = Backup(path=target, taken_at=when, reason=reason, size=target.stat().st_size)
    _rotate(database, folder)
    log.info("backed up %s (%s, encrypted) to %s", database.name, reason, target)
    return backup


def _failures() -> tuple[type[BaseException], ...]:
    from cdfi_desktop.db import cipher

    return (OSError, *cipher.errors())


def _key_of(path: Path) -> bytes | None:
    """The key this process remembers for ``path`` (an encrypted database or backup), or None."""
    if not path.with_name(path.name + KEY_FILE_SUFFIX).exists():
        return None  # a plain database: db/cipher.py is not even loaded
    from cdfi_desktop.db import cipher

    return cipher.key_in_use(path)


def _is_plain(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def _key_to_read(path: Path, database_key: bytes | None) -> bytes | None:
    """The key that opens the encrypted file ``path``: the database's, one this process unlocked for the backup,
    or the key of any database this process has unlocked (previews that name only the backup)."""
    from cdfi_desktop.db import cipher

    tried: list[bytes] = []
    for key in (database_key, cipher.key_for(path), *cipher.known_keys()):  # a screen's preview names no database
        if key is not None and key not in tried:
            tried.append(key)
            if cipher.key_opens(path, key):
                return key
    return None


def take_daily(database: Path, *, folder: Path, now: datetime | None = None) -> Backup | None:
    """The first start of a (local) day takes a backup; later starts that day take none."""
    today = (now or datetime.now(UTC)).astimezone().date()
    for backup in list_backups(database, folder):
        if backup.reason == DAILY and backup.taken_at.astimezone().date() == today:
            return None
    return take(database, folder=folder, reason=DAILY, now=now)


def take_before_migration(
    database: Path, *, folder: Path, from_revision: str, to_revision: str, now: datetime | None = None
) -> Backup:
    """The copy kept before a migration; a retry the same day reuses the one already taken."""
    reason = f"before-{to_revision}-from-{from_revision}"
    today = (now or datetime.now(UTC)).astimezone().date()
    for backup in list_backups(database, folder):
        if backup.reason == reason and backup.taken_at.astimezone().date() == today:
            return backup
    return take(database, folder=folder, reason=reason, now=now)


def take_before_restore(database: Path, *, folder: Path, now: datetime | None = None) -> Backup | None:
    """Keep the database as it was before a restore: a backup, or (when it is damaged) a raw copy of its bytes."""
    if not database.exists():
        return None
    try:
        return take(database, folder=folder, reason=BEFORE_RESTORE, now=now)
    except BackupFailed:
        when = (now or datetime.now(UTC)).astimezone(UTC)
        target = folder / f"{database.stem}-{when.strftime(_STAMP_FORMAT)}-{DAMAGED}{database.suffix}"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(database, target)
            wal = database.with_name(database.name + "-wal")
            if wal.exists():
                shutil.copyfile(wal, target.with_name(target.name + "-wal"))
            key_file = database.with_name(database.name + KEY_FILE_SUFFIX)
            if key_file.exists():
                shutil.copyfile(key_file, target.with_name(target.name + KEY_FILE_SUFFIX))
        except OSError as exc:
            raise BackupFailed("backup_failed", location=str(folder), detail=str(exc)) from exc
        return Backup(path=target, taken_at=when, reason=DAMAGED, size=target.stat().st_size)


def _rotate(database: Path, folder: Path) -> None:
    backups = list_backups(database, folder)
    everyday = [b for b in backups if not b.is_migration][KEEP:]
    migration = [b for b in backups if b.is_migration][KEEP_MIGRATION:]
    for old in (*everyday, *migration):
        try:
            old.path.unlink()
            old.path.with_name(old.path.name + KEY_FILE_SUFFIX).unlink(missing_ok=True)
        except OSError as exc:
            log.warning("could not remove the old backup %s: %s", old.path.name, exc)


def newest_good(database: Path, folders: Iterable[Path]) -> tuple[Backup, BackupPreview] | None:
    """The newest backup (in any of ``folders``) that passes its checks, with what it holds."""
    candidates: list[Backup] = []
    for folder in dict.fromkeys(folders):
        candidates.extend(list_backups(database, folder))
    key = _key_of(database)
    for backup in sorted(candidates, key=lambda b: b.taken_at, reverse=True):
        preview = preview_backup(backup.path, key=key)
        if preview.ok:
            return backup, preview
    return None


def preview_backup(path: Path, *, key: bytes | None = None) -> BackupPreview:
    """Check a backup (integrity, ours) and count what it holds; never writes to it.

    An encrypted backup is read with ``key`` (its database's) or a key this process unlocked for the backup."""
    empty = BackupPreview(
        ok=False, problem="", revision="", institutes=(), households=0, members=0, debts=0, contracts=0, last_change=""
    )
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    errors: tuple[type[Exception], ...] = (sqlite3.Error,)
    if path.exists() and not _is_plain(path) and path.with_name(path.name + KEY_FILE_SUFFIX).exists():
        from cdfi_desktop.db import cipher

        errors = cipher.errors()  # type: ignore[assignment]
        readable = _key_to_read(path, key)
        if readable is None:
            return _replace(empty, problem="encrypted")
        try:
            con: Any = cipher.connect(uri, readable, uri=True)
        except errors as exc:
            return _replace(empty, problem=str(exc))
    else:
        try:
            con = sqlite3.connect(uri, uri=True)
        except sqlite3.Error as exc:
            return _replace(empty, problem=str(exc))
    try:
        if con.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            return _replace(empty, problem="damaged")
        if con.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return _replace(empty, problem="not a database of this app")
        owner = con.execute("SELECT value FROM local_setting WHERE key = ?", (OWNER_KEY,)).fetchone()
        if owner != (OWNER_VALUE,):
            return _replace(empty, problem="not a database of this app")
        revision = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return contents(lambda sql: con.execute(sql).fetchall(), revision=revision[0] if revision else "")
    except errors as exc:
        return _replace(empty, problem=str(exc))
    finally:
        con.close()


def contents(query: Callable[[str], Sequence[Sequence[Any]]], *, revision: str = "") -> BackupPreview:
    """What a database holds (its institutes, live households, members, debts, contracts and last change),
    counted with ``query`` (SQL in, rows out): a backup's file, or the open database for comparison."""
    live = "WHERE deleted_at IS NULL"

    def count(table: str) -> int:
        return int(query(f"SELECT count(*) FROM {table} {live}")[0][0])

    names = tuple(str(r[0]) for r in query(f"SELECT name FROM institute {live} ORDER BY name"))
    last = query(
        "SELECT max(s) FROM (SELECT max(updated_at) AS s FROM household UNION ALL SELECT max(updated_at) FROM debt"
        " UNION ALL SELECT max(updated_at) FROM institute) AS stamps"
    )[0][0]
    return BackupPreview(
        ok=True,
        problem="",
        revision=revision,
        institutes=names,
        households=count("household"),
        members=count("household_member"),
        debts=count("debt"),
        contracts=count("consolidation_contract"),
        last_change=str(last or ""),
    )


def _replace(preview: BackupPreview, **changes: object) -> BackupPreview:
    from dataclasses import replace

    return replace(preview, **changes)  # type: ignore[arg-type]


def restore_file(database: Path, backup: Path) -> None:
    """Put ``backup`` in place of ``database``. The caller holds the database's lock and has closed it.

    The copy is made beside the database under a temporary name and renamed over it; the old file's
    ``-wal``/``-shm`` are removed first (they belong to the old file and would corrupt the new one).
    An encrypted database stays encrypted (a plain backup is encrypted with its key as it is copied); an
    encrypted backup restored where there was no encrypted database brings its key file with it.
    """
    database_key = _key_of(database)
    preview = preview_backup(backup, key=database_key)
    if not preview.ok:
        raise BackupFailed("backup_unusable", location=str(backup), detail=preview.problem)
    partial = database.with_name(f".{database.name}.restoring")
    if database_key is not None or not _is_plain(backup):
        _restore_encrypted(database, backup, partial, database_key)
        return
    try:
        partial.unlink(missing_ok=True)
        src = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        _fsync(partial)
        for suffix in ("-wal", "-shm", "-journal"):
            database.with_name(database.name + suffix).unlink(missing_ok=True)
        os.replace(partial, database)
        _fsync_folder(database.parent)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise BackupFailed("restore_failed", location=str(database), detail=str(exc)) from exc


def _restore_encrypted(database: Path, backup: Path, partial: Path, database_key: bytes | None) -> None:
    from cdfi_desktop.db import cipher

    source_key = None if _is_plain(backup) else _key_to_read(backup, database_key)
    target_key = database_key if database_key is not None else source_key
    try:
        partial.unlink(missing_ok=True)
        cipher.copy_database(backup, source_key, partial, target_key)
        _fsync(partial)
        if database_key is None and target_key is not None:  # the backup's key file comes with it, first
            shutil.copyfile(cipher.key_file(backup), cipher.key_file(database))
            _fsync(cipher.key_file(database))
            cipher.remember(database, target_key)
        for suffix in ("-wal", "-shm", "-journal"):
            database.with_name(database.name + suffix).unlink(missing_ok=True)
        os.replace(partial, database)
        _fsync_folder(database.parent)
    except _failures() as exc:
        partial.unlink(missing_ok=True)
        raise BackupFailed("restore_failed", location=str(database), detail=str(exc)) from exc


def _fsync(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # pragma: no cover - Windows cannot open a folder for fsync
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
