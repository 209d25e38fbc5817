"""Column types that keep money exact and time in UTC on both SQLite and PostgreSQL.

Money and rates are stored as scaled integers (satang; hundred-thousandths of a percent) so that
SQLite, which has no exact decimal, never turns a baht amount into a float, and sorting and summing
stay in SQL.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, Generic, TypeVar

from sqlalchemy import BigInteger, DateTime, Dialect, String
from sqlalchemy.types import TypeDecorator

_BIGINT_MAX = 2**63 - 1


class NumberOutOfRange(ValueError):
    """An amount too large for its column (or not a number); nothing was written."""

    code = "number_out_of_range"

    def __init__(self, *, value: str) -> None:
        super().__init__(f"{value} is out of range")
        self.value = value


class ScaledDecimal(TypeDecorator[Decimal]):
    """A Decimal with a fixed number of places, stored as an integer of the smallest unit."""

    impl = BigInteger
    cache_ok = True

    def __init__(self, places: int) -> None:
        super().__init__()
        self.places = places
        self._unit = Decimal(1).scaleb(-places)
        self._factor = 10**places

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("money and rates must be Decimal, not float")
        amount = Decimal(value)
        scaled = amount * self._factor
        if not scaled.is_finite():
            raise NumberOutOfRange(value=str(amount))
        if scaled != scaled.to_integral_value():
            raise ValueError(f"{amount} has more than {self.places} decimal places")
        if abs(scaled) > _BIGINT_MAX:
            raise NumberOutOfRange(value=f"{amount:.6g}")
        return int(scaled)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return Decimal(int(value)).scaleb(-self.places)  # exact: 12345 → 123.45

    @property
    def python_type(self) -> type[Decimal]:
        return Decimal


def Money() -> ScaledDecimal:  # noqa: N802 - reads as a type in column declarations
    """Baht with satang."""
    return ScaledDecimal(2)


def Rate() -> ScaledDecimal:  # noqa: N802
    """An annual percentage such as 6.5 (per cent), five places."""
    return ScaledDecimal(5)


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC timestamp, stored without zone (SQLite) or as timestamptz (PostgreSQL)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime) or value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        utc = value.astimezone(UTC)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        stamp: datetime = value
        return stamp.replace(tzinfo=UTC) if stamp.tzinfo is None else stamp.astimezone(UTC)


E = TypeVar("E", bound=StrEnum)


class EnumText(TypeDecorator[E], Generic[E]):
    """A StrEnum stored as its value in a plain VARCHAR (no database enum types to migrate)."""

    impl = String(32)
    cache_ok = True

    def __init__(self, enum_cls: type[E]) -> None:
        super().__init__()
        self.enum_cls = enum_cls

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return self.enum_cls(value).value

    def process_result_value(self, value: Any, dialect: Dialect) -> E | None:
        return None if value is None else self.enum_cls(value)
