"""Expected failures as messages, not tracebacks: one place turns an exception into a code, its text and an exit code.

Commands and screens both use :func:`explain`. Exit codes of every command: 0 done, 1 done but some rows
refused, 2 nothing done (the input was refused), 3 could not run (database, disk, server, permissions).
Logs and messages never carry a citizen ID or a name in full: SQL parameters are never shown
(``hide_parameters``), 13-digit numbers are masked wherever they appear, and an unexpected error is
logged as its type and stack frames only, never its message text.
"""

from __future__ import annotations

import errno
import logging
import logging.handlers
import re
import sys
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cdfi_desktop.messages import known, message

log = logging.getLogger(__name__)

EXIT_DONE, EXIT_ROWS_REFUSED, EXIT_NOTHING_DONE, EXIT_COULD_NOT_RUN = 0, 1, 2, 3
LOG_FILE_NAME = "cdfi-desktop.log"

_CITIZEN_ID_RE = re.compile(r"(?<!\d)(\d)[- ]?(\d{4})[- ]?(\d{5})[- ]?(\d{2})[- ]?(\d)(?!\d)")


def redact(text: str) -> str:
    """``text`` with every 13-digit number (a citizen ID, with or without dashes) masked but its ends."""
    return _CITIZEN_ID_RE.sub(lambda m: f"{m[1]}-xxxx-xxxxx-xx-{m[5]}", text)


@dataclass(frozen=True)
class Failure:
    code: str
    exit_code: int
    params: dict[str, object] = field(default_factory=dict)
    expected: bool = True  # False: a fault of the program (its frames are logged)

    def text(self, language: str) -> str:
        if self.code == "validation_failed":
            issues = self.params.get("issues", [])
            return redact("\n".join(message(i.code, language, **i.params) for i in issues))  # type: ignore[attr-defined]
        return redact(message(self.code, language, **self.params))


def explain(exc: BaseException, *, location: str = "") -> Failure:
    """What went wrong, as a message code with its parameters and the exit code of a command.

    ``location``: the database (or file) being worked on, named in messages that have no other.
    """
    from cdfi_desktop.db.backups import BackupFailed
    from cdfi_desktop.db.preflight import DatabaseRefused
    from cdfi_desktop.services.errors import ValidationFailed

    if isinstance(exc, DatabaseRefused):
        return Failure(exc.code.value, EXIT_COULD_NOT_RUN, {"location": exc.location, "detail": exc.detail})
    if isinstance(exc, ValidationFailed):
        return Failure("validation_failed", EXIT_NOTHING_DONE, {"issues": exc.issues})
    if isinstance(exc, BackupFailed):
        return Failure(exc.code, EXIT_COULD_NOT_RUN, {"location": exc.location, "detail": exc.detail})
    if type(exc).__module__.startswith("sqlalchemy"):
        original = getattr(exc, "orig", None)
        if isinstance(original, Exception) and type(original).__module__.startswith("cdfi_desktop"):
            return explain(original, location=location)  # our own check, raised while SQLAlchemy bound a value
        return _database_failure(exc, location)
    if isinstance(exc, OSError):
        return _os_failure(exc, location)
    if isinstance(exc, UnicodeDecodeError):
        return Failure("damaged_text", EXIT_COULD_NOT_RUN)
    if isinstance(exc, MemoryError):
        return Failure("out_of_memory", EXIT_COULD_NOT_RUN)
    code = getattr(exc, "code", None)
    if isinstance(code, str) and known(code):
        params = {k: v for k, v in vars(exc).items() if k != "code" and not k.startswith("_")}
        return Failure(code, EXIT_NOTHING_DONE, params)
    return Failure(
        "unexpected_error", EXIT_COULD_NOT_RUN, {"detail": type(exc).__name__, "log": str(log_file() or "-")}, False
    )


def describe(exc: BaseException, language: str, *, location: str = "") -> str:
    """The message for ``exc`` in ``language``, for a screen's problem line or a message box."""
    failure = explain(exc, location=location)
    if not failure.expected:
        log_unexpected(exc)
    return failure.text(language)


def _database_failure(exc: BaseException, location: str) -> Failure:
    from sqlalchemy import exc as sa_exc

    original = getattr(exc, "orig", None)
    text = str(original if original is not None else exc).lower()
    module = type(original).__module__ if original is not None else ""
    if "citizen_id_duplicate" in text:
        return Failure("citizen_id_duplicate", EXIT_NOTHING_DONE)
    if "locked" in text or "busy" in text:
        return Failure("db_busy", EXIT_COULD_NOT_RUN)
    if "disk is full" in text or "no space" in text:
        return Failure("disk_full", EXIT_COULD_NOT_RUN, {"location": location})
    if "readonly" in text or "read-only" in text:
        return Failure("db_read_only", EXIT_COULD_NOT_RUN, {"location": location, "detail": "read-only"})
    if "malformed" in text or "not a database" in text or "disk i/o" in text:
        return Failure("db_corrupt", EXIT_COULD_NOT_RUN, {"location": location})
    if module.startswith("psycopg") and isinstance(exc, sa_exc.OperationalError):
        return Failure(
            "db_server_unreachable", EXIT_COULD_NOT_RUN, {"location": location, "detail": _first_line(original)}
        )
    if isinstance(exc, sa_exc.OperationalError) and "unable to open" in text:
        return Failure("db_unreadable", EXIT_COULD_NOT_RUN, {"location": location, "detail": "unable to open"})
    return Failure(
        "unexpected_error", EXIT_COULD_NOT_RUN, {"detail": type(exc).__name__, "log": str(log_file() or "-")}, False
    )


def _first_line(exc: BaseException | None) -> str:
    lines = str(exc or "").strip().splitlines()
    return redact(lines[0][:200]) if lines else ""


def _os_failure(exc: OSError, fallback: str) -> Failure:
    location = str(exc.filename or fallback)
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return Failure("disk_full", EXIT_COULD_NOT_RUN, {"location": location})
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return Failure("path_read_only", EXIT_COULD_NOT_RUN, {"location": location})
    if exc.errno == errno.ENOENT:
        return Failure("path_missing", EXIT_COULD_NOT_RUN, {"location": location})
    return Failure("os_error", EXIT_COULD_NOT_RUN, {"location": location, "detail": exc.strerror or type(exc).__name__})


# -- logging -------------------------------------------------------------------------------------------------------
class RedactingFilter(logging.Filter):
    """Masks citizen IDs in every record, whatever logged it."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            text = record.getMessage()
        except (TypeError, ValueError):
            return True
        masked = redact(text)
        if masked != text:
            record.msg, record.args = masked, None
        return True


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is now (tests and embedding programs replace it)."""

    @property
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, _value: Any) -> None:
        pass


_log_files: list[Path] = []


def log_file() -> Path | None:
    """The log file of this process (None when the data folder cannot be written)."""
    return _log_files[-1] if _log_files else None


def configure_logging(*, level: int = logging.WARNING) -> None:
    """Warnings to stderr and a rotating log file in the user's data folder, both with citizen IDs masked."""
    from cdfi_desktop.paths import data_dir

    root = logging.getLogger()
    if getattr(root, "_cdfi_configured", False):
        return
    root.setLevel(level)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    stream = _StderrHandler()
    stream.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    stream.addFilter(RedactingFilter())
    root.addHandler(stream)
    try:
        folder = data_dir() / "logs"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / LOG_FILE_NAME
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError as exc:  # a read-only profile still runs, with no log file
        root.warning("no log file: %s", exc.strerror)
    else:
        handler.setFormatter(formatter)
        handler.addFilter(RedactingFilter())
        root.addHandler(handler)
        _log_files.append(path)
    root._cdfi_configured = True  # type: ignore[attr-defined]


def log_unexpected(exc: BaseException) -> None:
    """A fault of the program: its type and where it happened (file, line, function), never its message or the
    source lines (either may hold personal data)."""
    frames = "\n".join(f"  {f.filename}:{f.lineno} in {f.name}" for f in traceback.extract_tb(exc.__traceback__))
    log.error("unexpected %s.%s\n%s", type(exc).__module__, type(exc).__name__, frames)
