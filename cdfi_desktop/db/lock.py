"""One program at a time on a SQLite file: an exclusive lock on ``<file>.lock`` held while the file is open.

The lock is the operating system's (``flock`` / ``LockFileEx`` through ``msvcrt``), so it goes with the
process however it ends: a killed program never leaves the file locked. The lock file says who holds it
(program, process, user, machine, since) so that a second program can name the holder; it is never
deleted, since another program may be waiting on it. Within one process the lock is shared: opening the
same file twice (a screen and a background job) counts up and down.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import sys
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

LOCK_SUFFIX = ".lock"
_POLL_S = 0.1
_WINDOWS_LOCK_OFFSET = 1 << 30  # Windows locks a byte range; the holder's details stay readable before it


@dataclass(frozen=True)
class Holder:
    """Who holds a database, as its lock file says."""

    program: str = ""
    pid: int = 0
    user: str = ""
    host: str = ""
    since: str = ""

    def describe(self) -> str:
        parts = [self.program or "?", f"pid {self.pid}" if self.pid else "", self.user, self.host, self.since[:19]]
        return ", ".join(p for p in parts if p)


class DatabaseInUse(Exception):
    """Another program has the database open; ``holder`` says which (as far as its lock file tells)."""

    def __init__(self, path: Path, holder: Holder) -> None:
        super().__init__(f"{path} is in use by {holder.describe()}")
        self.path, self.holder = path, holder


class LockUnavailable(OSError):
    """The lock file cannot be made (read-only folder or medium)."""


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + LOCK_SUFFIX)


class _Held:
    def __init__(self, handle: IO[str]) -> None:
        self.handle = handle
        self.count = 0


_held: dict[Path, _Held] = {}
_guard = threading.Lock()


class DatabaseLock:
    """A held lock; ``release()`` (or leaving the ``with`` block) gives it back once."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._released = False

    def release(self) -> None:
        with _guard:
            if self._released:
                return
            self._released = True
            held = _held.get(self.path)
            if held is None:
                return
            held.count -= 1
            if held.count == 0:
                del _held[self.path]
                if os.name != "nt":  # the holder removes it; a waiter on the removed file sees that and retries
                    lock_path(self.path).unlink(missing_ok=True)
                _unlock(held.handle)
                held.handle.close()

    def __enter__(self) -> DatabaseLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def acquire(path: Path, *, program: str, wait: float = 0.0) -> DatabaseLock:
    """Lock the database at ``path`` for this process, waiting up to ``wait`` seconds for another holder.

    Raises DatabaseInUse (naming the holder) or LockUnavailable (the folder cannot hold a lock file).
    """
    key = path.resolve()
    with _guard:
        held = _held.get(key)
        if held is not None:
            held.count += 1
            return DatabaseLock(key)
    target = lock_path(key)
    deadline = time.monotonic() + max(wait, 0.0)
    while True:
        try:
            handle = open(target, "a+", encoding="utf-8")  # noqa: SIM115 - kept open while the lock is held
        except OSError as exc:
            raise LockUnavailable(exc.errno, f"cannot make the lock file {target}: {exc.strerror}") from exc
        try:
            if _try_lock(handle):
                if _is_current(handle, target):
                    _write_holder(handle, program)
                    break
                _unlock(handle)  # the holder removed this file as we waited on it: lock the new one
            elif time.monotonic() >= deadline:
                raise DatabaseInUse(key, read_holder(key))
            else:
                time.sleep(_POLL_S)
        except BaseException:
            handle.close()
            raise
        handle.close()
    with _guard:
        held = _held.setdefault(key, _Held(handle))
        if held.handle is not handle:  # another thread of this process locked it meanwhile
            _unlock(handle)
            handle.close()
        held.count += 1
    return DatabaseLock(key)


def _is_current(handle: IO[str], target: Path) -> bool:
    if os.name == "nt":  # pragma: no cover - lock files are not removed on Windows
        return True
    try:
        return os.stat(target).st_ino == os.fstat(handle.fileno()).st_ino
    except FileNotFoundError:
        return False


def holds(path: Path) -> bool:
    """Whether this process holds the lock of the database at ``path``."""
    with _guard:
        return path.resolve() in _held


def read_holder(path: Path) -> Holder:
    try:
        raw = json.loads(lock_path(path).read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        return Holder()
    if not isinstance(raw, dict):
        return Holder()
    return Holder(
        program=str(raw.get("program", "")),
        pid=int(raw.get("pid", 0) or 0),
        user=str(raw.get("user", "")),
        host=str(raw.get("host", "")),
        since=str(raw.get("since", "")),
    )


def _write_holder(handle: IO[str], program: str) -> None:
    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = ""
    info = {
        "program": program,
        "pid": os.getpid(),
        "user": user,
        "host": socket.gethostname(),
        "since": datetime.now(UTC).astimezone().isoformat(timespec="seconds"),
    }
    handle.seek(0)
    handle.truncate()
    handle.write(json.dumps(info, ensure_ascii=False))
    handle.flush()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _try_lock(handle: IO[str]) -> bool:
        fd = handle.fileno()
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        fd = handle.fileno()
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
