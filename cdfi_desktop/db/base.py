"""Declarative base and the columns every synced record carries (UUID, stamps, device, version, tombstone)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import cast

from sqlalchemy import MetaData, String, Table
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from cdfi_desktop.db.types import UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    """A record id made on this device: a random UUID as text (portable across SQLite and PostgreSQL)."""
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def table_of(model: type[object]) -> Table:
    """The table behind a mapped class, for plain (Core) reads and bulk writes."""
    return cast(Table, model.__table__)  # type: ignore[attr-defined]


class SyncedRecord:
    """Mixin for every record that travels in bundles.

    The data layer (``cdfi_desktop.db.bookkeeping``) fills these columns on flush; screens and services
    never set them by hand. A record is deleted by setting ``deleted_at`` (a tombstone), never by DELETE,
    so that the deletion itself can travel to the province.
    """

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    device_id: Mapped[str] = mapped_column(String(36))
    version: Mapped[int] = mapped_column(default=1)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)

    @declared_attr
    def hlc(cls) -> Mapped[str]:  # noqa: N805 - declared_attr takes the class
        """Hybrid logical clock stamp of the last change: orders changes across devices for sync."""
        return mapped_column(String(40), index=True)

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None
