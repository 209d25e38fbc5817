"""A synced record as JSON and back, column by column, and the synced tables in the order parents come first.

Values travel as JSON a person can read and another program can parse without our types:
- money and rates (scaled decimals) as text with their places, ``"1234.50"``, ``"6.50000"``;
- dates as ISO ``"2026-11-25"``; UTC stamps as ISO with ``"Z"``, ``"2026-11-25T09:00:00.123456Z"``;
- enumerations as their stored value; JSON columns as they are; booleans, integers and texts as themselves.
Derived columns (the registers' search text) are local and never travel. Decoding checks every value: its
kind, a text's length against its column, a number against its column's range (32 bits for an INTEGER column),
a text every database stores (no NUL, valid Unicode), no NaN or infinity, a missing value in a column that needs
one, an unknown column: what decodes is what SQLite and PostgreSQL both take.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import cache
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Column, Date, Integer, SmallInteger, String, Table

from cdfi_desktop.db.base import Base, table_of
from cdfi_desktop.db.database import synced_tables
from cdfi_desktop.db.types import EnumText, ScaledDecimal, UTCDateTime

LEDGER_TABLES: frozenset[str] = frozenset({"repayment", "transfer_line"})

_BIGINT_MAX = 2**63 - 1
_INTEGER_MAX = 2**31 - 1  # an INTEGER column on PostgreSQL
_SMALLINT_MAX = 2**15 - 1

Encoder = Callable[[Any], Any]
Decoder = Callable[[Any], Any]


def synced_tables_in_order() -> list[Table]:
    """Every synced table, parents before children; attachment links after every record they may belong to."""
    return list(_ordered())


@cache
def _ordered() -> tuple[Table, ...]:
    import cdfi_desktop.db.models  # noqa: F401 - every table mapped

    names = {table_of(model).name for model in synced_tables()}
    ordered = [table for table in Base.metadata.sorted_tables if table.name in names]
    # a link to an attachment names its owner by table and id (no foreign key): it comes after every owner
    return tuple(sorted(ordered, key=lambda table: "owner_table" in table.c))


def table_named(name: str) -> Table:
    """The synced table called ``name``; KeyError for any other name."""
    for table in _ordered():
        if table.name == name:
            return table
    raise KeyError(name)


def travelling_columns(table: Table) -> list[Column[Any]]:
    """The columns of ``table`` a bundle carries (all but the derived, local ones)."""
    return [column for column in table.columns if not column.info.get("derived")]


# -- encoders --------------------------------------------------------------------------------------------------


def _scaled_encoder(places: int) -> Encoder:
    spec = f".{places}f"

    def encode(value: Any) -> str:
        return format(value, spec)

    return encode


def _encode_stamp(value: datetime) -> str:
    return value.astimezone(UTC).replace(tzinfo=None).isoformat() + "Z"


def _encode_date(value: date) -> str:
    return value.isoformat()


def _encode_enum(value: Any) -> str:
    return str(value.value) if isinstance(value, StrEnum) else str(value)


def _encoder(column: Column[Any]) -> Encoder | None:
    kind = column.type
    if isinstance(kind, ScaledDecimal):
        return _scaled_encoder(kind.places)
    if isinstance(kind, UTCDateTime):
        return _encode_stamp
    if isinstance(kind, EnumText):
        return _encode_enum
    if isinstance(kind, Date):
        return _encode_date
    return None


# -- encoders of values as the database driver returns them (the change feed's fast path) ----------------------


def _raw_scaled_encoder(places: int) -> Encoder:
    factor = 10**places

    def encode(value: Any) -> str:
        units = int(value)
        whole, part = divmod(abs(units), factor)
        return f"{'-' if units < 0 else ''}{whole}.{part:0{places}d}"

    return encode


_SQLITE_STAMP = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{6}")


def _raw_sqlite_stamp(value: Any) -> str:
    if isinstance(value, str) and _SQLITE_STAMP.fullmatch(value):
        text = value[:19] if value.endswith(".000000") else value
        return f"{text[:10]}T{text[11:]}Z"
    stamp = datetime.fromisoformat(str(value))  # written some other way: read it as SQLite would
    return _encode_stamp(stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC))


def _raw_date(value: Any) -> str:
    return value if isinstance(value, str) else _encode_date(value)


def _raw_json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, (str, bytes)) else value


def _raw_bool(value: Any) -> bool:
    return bool(value)


def _raw_encoder(column: Column[Any], sqlite: bool) -> Encoder | None:
    kind = column.type
    if isinstance(kind, ScaledDecimal):
        return _raw_scaled_encoder(kind.places)
    if isinstance(kind, UTCDateTime):
        return _raw_sqlite_stamp if sqlite else _encode_stamp
    if isinstance(kind, EnumText):
        return None
    if isinstance(kind, Date):
        return _raw_date
    if isinstance(kind, Boolean):
        return _raw_bool if sqlite else None
    if isinstance(kind, JSON):
        return _raw_json
    return None


@cache
def raw_encoders(table: Table, dialect: str) -> tuple[tuple[str, Encoder | None], ...]:
    """Like :func:`encoders`, for values exactly as the driver of ``dialect`` returns them (no type processing)."""
    sqlite = dialect == "sqlite"
    return tuple((column.key, _raw_encoder(column, sqlite)) for column in travelling_columns(table))


# -- decoders --------------------------------------------------------------------------------------------------


def _scaled_decoder(places: int) -> Decoder:
    def decode(value: Any) -> Decimal:
        if not isinstance(value, str):
            raise ValueError(f"an amount must be text, not {type(value).__name__}")
        try:
            amount = Decimal(value)
        except InvalidOperation:
            raise ValueError(f"{value!r} is not an amount") from None
        if not amount.is_finite():
            raise ValueError(f"{value!r} is not an amount")
        scaled = amount.scaleb(places)
        if scaled != scaled.to_integral_value():
            raise ValueError(f"{value!r} has more than {places} decimal places")
        if abs(scaled) > _BIGINT_MAX:
            raise ValueError(f"{value!r} is too large")
        return amount

    return decode


def _decode_stamp(value: Any) -> datetime:
    if not isinstance(value, str) or not value.endswith("Z"):
        raise ValueError(f"{value!r} is not a UTC time (ISO, ending in Z)")
    try:
        stamp = datetime.fromisoformat(value[:-1])
    except ValueError:
        raise ValueError(f"{value!r} is not a UTC time") from None
    if stamp.tzinfo is not None:
        raise ValueError(f"{value!r} is not a UTC time")
    return stamp.replace(tzinfo=UTC)


def _decode_date(value: Any) -> date:
    if not isinstance(value, str) or len(value) != 10:
        raise ValueError(f"{value!r} is not a date (YYYY-MM-DD)")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a date") from None


def _enum_decoder(enum_cls: type[StrEnum]) -> Decoder:
    members = {member.value: member for member in enum_cls}

    def decode(value: Any) -> StrEnum:
        member = members.get(value) if isinstance(value, str) else None
        if member is None:
            raise ValueError(f"{value!r} is not one of {enum_cls.__name__}")
        return member

    return decode


def _decode_bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"{value!r} is not true or false")
    return value


def _int_decoder(largest: int) -> Decoder:
    def decode(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{value!r} is not a whole number")
        if abs(value) > largest:
            raise ValueError(f"{value!r} is too large (at most {largest:,})")
        return value

    return decode


def _check_text(value: str) -> None:
    """A text every database stores: no NUL character (PostgreSQL refuses it) and valid Unicode (no lone
    surrogate, which no driver can write as UTF-8)."""
    if "\x00" in value:
        raise ValueError("a text holding a NUL character")
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError("a text that is not valid Unicode") from None


def _string_decoder(limit: int | None) -> Decoder:
    def decode(value: Any) -> str:
        if not isinstance(value, str):
            raise ValueError(f"{value!r} is not text")
        if limit is not None and len(value) > limit:
            raise ValueError(f"a text of {len(value)} characters, at most {limit}")
        _check_text(value)
        return value

    return decode


def _check_json(value: Any) -> None:
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"{value!r} is not a JSON number")
    if isinstance(value, dict):
        for item in value.values():
            _check_json(item)
    elif isinstance(value, list):
        for item in value:
            _check_json(item)


def _decode_json(value: Any) -> Any:
    """JSON as it came, but for NaN and infinities, which Python reads and PostgreSQL's JSON refuses."""
    _check_json(value)
    return value


def _decoder(column: Column[Any]) -> Decoder:
    kind = column.type
    if isinstance(kind, ScaledDecimal):
        return _scaled_decoder(kind.places)
    if isinstance(kind, UTCDateTime):
        return _decode_stamp
    if isinstance(kind, EnumText):
        return _enum_decoder(kind.enum_cls)
    if isinstance(kind, Date):
        return _decode_date
    if isinstance(kind, Boolean):
        return _decode_bool
    if isinstance(kind, Integer):
        if isinstance(kind, BigInteger):
            return _int_decoder(_BIGINT_MAX)
        return _int_decoder(_SMALLINT_MAX if isinstance(kind, SmallInteger) else _INTEGER_MAX)
    if isinstance(kind, String):
        return _string_decoder(kind.length)
    if isinstance(kind, JSON):
        return _decode_json
    raise TypeError(f"no codec for {column.table.name}.{column.key} ({kind!r})")


@cache
def encoders(table: Table) -> tuple[tuple[str, Encoder | None], ...]:
    """(column, encoder or None for a value JSON takes as it is) of every travelling column, built once."""
    return tuple((column.key, _encoder(column)) for column in travelling_columns(table))


@cache
def decoders(table: Table) -> dict[str, tuple[Decoder, bool]]:
    """column -> (decoder, may be empty) of every travelling column, built once."""
    return {column.key: (_decoder(column), bool(column.nullable)) for column in travelling_columns(table)}


def encode_row(table: Table, row: Mapping[str, Any]) -> dict[str, Any]:
    """A row read from ``table`` (Python values) as JSON values, every travelling column."""
    out: dict[str, Any] = {}
    for key, encode in encoders(table):
        value = row[key]
        out[key] = value if value is None or encode is None else encode(value)
    return out


def decode_row(table: Table, data: Mapping[str, Any]) -> dict[str, Any]:
    """JSON values of one record as Python values for ``table``; ValueError naming the column at fault.

    Keys starting with ``_`` (the record's base, added by the feed) are not columns and are left out.
    """
    columns = decoders(table)
    out: dict[str, Any] = {}
    try:
        for key, (decode, nullable) in columns.items():
            value = data[key]
            if value is None:
                if not nullable:
                    raise ValueError(f"{key}: a value is needed")
                out[key] = None
            else:
                try:
                    out[key] = decode(value)
                except ValueError as exc:
                    raise ValueError(f"{key}: {exc}") from None
    except KeyError:
        missing = sorted(set(columns) - set(data))
        raise ValueError(f"missing columns: {', '.join(missing)}") from None
    if len(data) != len(columns):
        unknown = sorted(key for key in data if key not in columns and not key.startswith("_"))
        if unknown:
            raise ValueError(f"unknown column {unknown[0]!r}")
    return out
