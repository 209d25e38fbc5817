"""How long a text may be, as the database keeps it: for the screens to say so at the field."""

from __future__ import annotations

from functools import cache

from cdfi_desktop.db import models
from cdfi_desktop.db.base import Base
from cdfi_desktop.db.limits import column_limit

__all__ = ["text_limit"]
del models  # imported so that every table is known to Base.metadata


@cache
def text_limit(table: str, column: str) -> int | None:
    """The most characters ``table.column`` holds (None: no limit)."""
    return column_limit(Base.metadata.tables[table], column)
