"""Where the database is: ``--db`` as a file path or a URL, resolved without importing SQLAlchemy."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote

from cdfi_desktop.paths import default_database_path


def resolve_url(db: str | Path | None) -> str:
    """``None`` → the database in the user's data directory; ``scheme://…`` → as given; else a file path."""
    if db is None:
        path = default_database_path()
    elif "://" in str(db):
        return str(db)
    else:
        path = Path(db).expanduser()
    return f"sqlite:///{path.resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for another database or an in-memory SQLite."""
    scheme, sep, rest = url.partition("://")
    if not sep or scheme.split("+", 1)[0] != "sqlite":
        return None
    database = unquote(rest[1:] if rest.startswith("/") else rest).split("?", 1)[0]
    if not database or database == ":memory:":
        return None
    return Path(database)


def display_name(url: str) -> str:
    """Short name for the status bar: the file name, or the URL without its password."""
    path = sqlite_path(url)
    if path is not None:
        return path.name
    scheme, _, rest = url.partition("://")
    credentials, at, host = rest.rpartition("@")
    if at and ":" in credentials:
        credentials = credentials.split(":", 1)[0] + ":***"
    return f"{scheme}://{credentials}{at}{host}"
