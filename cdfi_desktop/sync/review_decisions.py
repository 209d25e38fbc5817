"""The province's review decisions, and the province's digest of a laptop once they are taken into account.

Every decision is kept as JSON in ``sync_conflict.resolution`` (:func:`decision_of`), with the versions it
supersedes (``covers``), the versions it wrote (``wrote``) and the tombstones of what it discarded
(``discarded``): the reference bundle carries them, and a laptop applies only what they name.
:func:`province_digest` is the province's digest of a laptop once decisions are taken into account.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cdfi_desktop.db.models.sync import SyncBundle, SyncConflict, SyncDevice
from cdfi_desktop.sync import merge
from cdfi_desktop.sync.codec import table_named

DECISION_FORMAT = 1


def decision_of(conflict: SyncConflict) -> dict[str, Any] | None:
    """The machine-readable decision kept in a resolved case's ``resolution`` (None: no decision made here)."""
    text = conflict.resolution or ""
    if not text.startswith("{"):
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) and value.get("decision") == DECISION_FORMAT else None


def resolution_text(conflict: SyncConflict, language: str = "th") -> str:
    """A case's resolution as officers read it."""
    decision = decision_of(conflict)
    if decision is None:
        text = conflict.resolution or ""
        if text.startswith("{"):
            try:
                part = json.loads(text)
            except ValueError:
                return text
            if isinstance(part, dict) and "decided_by_case" in part:
                thai = f"ตัดสินพร้อมรายการที่ {part['decided_by_case']}"
                english = f"resolved with case {part['decided_by_case']}"
                return english if language == "en" else thai
        return text
    text = decision.get("text_en" if language == "en" else "text_th", "")
    note = decision.get("note") or ""
    return f"{text}: {note}" if note else str(text)


def decisions(session: Session) -> list[dict[str, Any]]:
    """Every decision made here, oldest first."""
    rows = session.scalars(
        select(SyncConflict)
        .where(SyncConflict.resolved_at.is_not(None), SyncConflict.resolution.like("{%"))
        .order_by(SyncConflict.resolved_at, SyncConflict.id)
    )
    return [found for row in rows if (found := decision_of(row)) is not None]


def discarded_keys(found: Iterable[Mapping[str, Any]]) -> set[tuple[str, str]]:
    return {(str(d["table"]), str(d["id"])) for decision in found for d in decision.get("discarded", [])}


def province_digest(
    session: Session, device_id: str, *, province_device: str, found: list[dict[str, Any]] | None = None
) -> str:
    """The province's digest of what it holds from a laptop, once the laptop has taken the province's decisions.

    A laptop tells in each bundle the last reference bundle it applied (``reference_applied``, kept in its registry
    details): the records that reference superseded (a version the province stamped and still stores, a copy it
    discarded) are no longer that laptop's versions there, so they are left out. Decisions the laptop has not
    received yet still count its own versions: both digests agree at every step.
    """
    from cdfi_desktop.sync import digest

    versions = digest.province_versions(session, device_id)
    device = session.get(SyncDevice, device_id)
    applied = (device.details or {}).get("reference_applied") if device is not None else None
    if not versions or not isinstance(applied, dict):
        return _digest((t, i, stamp) for (t, i), stamp in versions.items())
    made = session.scalars(
        select(SyncBundle).where(
            SyncBundle.direction == "out",
            SyncBundle.kind == "reference",
            SyncBundle.device_id == province_device,
            SyncBundle.manifest_sha256 == str(applied.get("sha256")),
        )
    ).first()
    decided = {(str(t), str(i)) for t, i in (made.report or {}).get("decided", [])} if made is not None else set()
    found = decisions(session) if found is None else found  # ``found``: the decisions, read once per import run
    discarded = discarded_keys(found)
    covered: dict[tuple[str, str], set[str]] = {}  # record -> this laptop's versions of it a decision superseded
    for decision in found:
        stamps = {str(v[0]) for v in decision.get("covers", []) if len(v) == 2 and v[1] == device_id}
        for part in ("wrote", "discarded"):
            for entry in decision.get(part, []):
                covered.setdefault((str(entry["table"]), str(entry["id"])), set()).update(stamps)

    def superseded(key: tuple[str, str]) -> bool:  # a later version from the laptop is its own again
        return key[0] == "fiscal_year_profile" or versions[key] in covered.get(key, set())

    by_table: dict[str, list[str]] = {}
    for key in decided:
        if key in versions and key not in discarded and superseded(key):
            by_table.setdefault(key[0], []).append(key[1])
    dropped = {key for key in decided & discarded if key in versions and superseded(key)}
    for table_name, ids in by_table.items():
        table = table_named(table_name)
        for chunk in merge._chunks(sorted(ids)):
            query = select(table.c.id).where(table.c.device_id == province_device, table.c.id.in_(chunk))
            for record_id in session.scalars(query):  # still the province's version (no laptop changed it since)
                dropped.add((table_name, record_id))
    return _digest((t, i, stamp) for (t, i), stamp in versions.items() if (t, i) not in dropped)


def _digest(entries: Iterable[tuple[str, str, str]]) -> str:
    count = 0
    acc = 0
    for table, record_id, stamp in entries:
        count += 1
        acc ^= int.from_bytes(hashlib.sha256(f"{table}\x1f{record_id}\x1f{stamp}".encode()).digest(), "big")
    return f"{count}:{acc:064x}"
