"""What the signed-in account may write, checked by the data layer on every flush and bulk insert.

``Actor`` is who is signed in; a ``Recorder`` without one (a database with no accounts yet, tests, the
demo generator) writes as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cdfi_desktop.domain.roles import Role

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from cdfi_desktop.db.base import SyncedRecord
    from cdfi_desktop.db.bookkeeping import Recorder


@dataclass(frozen=True)
class Actor:
    """The signed-in account: its name for the audit trail, its role, and the institutes it may edit."""

    username: str
    display_name: str
    role: Role
    institutes: frozenset[str] | None = None  # an officer's assigned institutes; None: every institute


def check_writes(
    session: Session,
    recorder: Recorder,
    new: Sequence[SyncedRecord],
    dirty: Sequence[SyncedRecord],
    deleted: Sequence[SyncedRecord],
) -> None:
    """Raise when the recorder's actor may not write these records (before anything is stamped)."""


def check_bulk(session: Session, recorder: Recorder, model: type[SyncedRecord], rows: Sequence[dict[str, Any]]) -> None:
    """Raise when the recorder's actor may not insert these rows."""
