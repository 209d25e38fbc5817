"""The database's own limits on what is written: text no longer than its column, numbers that fit their column.

SQLite does not enforce ``VARCHAR(n)``; without this check a 10,000-character name would be stored in a
100-character column on a laptop and refused on the province's PostgreSQL, or break a printout. Every
write path checks here: the ORM's flush (``db/bookkeeping.py``) and the bulk inserts of demo, imports and
bundles. The screens and the importer use :func:`text_limit` to say so at the field first.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

from sqlalchemy import String, Table

from cdfi_desktop.db.base import table_of

BIGINT_MAX = 2**63 - 1


class TextTooLong(ValueError):
    """A text longer than its column allows; nothing was written."""

    code = "text_too_long"

    def __init__(self, *, table: str, field: str, length: int, limit: int) -> None:
        super().__init__(f"{table}.{field}: {length} characters, at most {limit}")
        self.table, self.field, self.length, self.limit = table, field, length, limit


@cache
def _limits(table: Table) -> dict[str, int]:
    return {
        column.key: column.type.length
        for column in table.columns
        if isinstance(column.type, String) and column.type.length
    }


def text_limit(model: type[object], attribute: str) -> int | None:
    """How many characters the column behind ``model.attribute`` holds (None: no limit)."""
    return _limits(table_of(model)).get(attribute)


def column_limit(table: Table, column: str) -> int | None:
    """How many characters ``table.column`` holds (None: no limit)."""
    return _limits(table).get(column)


def check_rows(table: Table, rows: Iterable[Mapping[str, Any]]) -> None:
    """Raise TextTooLong for the first text in ``rows`` longer than its column."""
    limits = _limits(table)
    if not limits:
        return
    for row in rows:
        for key, limit in limits.items():
            value = row.get(key)
            if isinstance(value, str) and len(value) > limit:
                raise TextTooLong(table=table.name, field=key, length=len(value), limit=limit)


def check_object(obj: object) -> None:
    """Raise TextTooLong when a loaded text attribute of a mapped object is longer than its column."""
    table = table_of(type(obj))
    limits = _limits(table)
    if not limits:
        return
    state = vars(obj)
    for key, limit in limits.items():
        value = state.get(key)
        if isinstance(value, str) and len(value) > limit:
            raise TextTooLong(table=table.name, field=key, length=len(value), limit=limit)
