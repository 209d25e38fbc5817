"""What the province's step 10 shows, read on the worker thread: the enrolled laptops, the bundles imported from
them (newest first) and the conflicts and duplicates held for review."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database

# columns a version carries that say nothing an officer compares (the devices are named above the versions)
_NOT_COMPARED = frozenset({"created_at", "updated_at", "version", "hlc", "device_id", "_base"})
_NOT_RECORDS = ("audit_log", "attachment_files")


# -- what the page shows, read on the worker thread -----------------------------------------------------------------
@dataclass(frozen=True)
class Laptop:
    device_id: str
    officer: str
    fingerprint: str
    institutes: int
    last_seq: int
    last_bundle_at: datetime | None
    revoked_at: datetime | None
    revoked_reason: str


@dataclass(frozen=True)
class ImportedBundle:
    id: int
    device_id: str
    sender: str  # the officer, or the device id when the bundle named none
    seq: int
    made: datetime
    status: str
    records: int
    sha256: str
    report: dict[str, Any]


@dataclass(frozen=True)
class HeldConflict:
    id: int
    kind: str
    table: str
    record_id: str
    other_id: str
    fields: list[str]
    winner: dict[str, Any]
    loser: dict[str, Any]
    winner_device: str
    loser_device: str
    detected_at: datetime

    def differing(self) -> list[str]:
        """The fields whose values differ between the two versions (the conflict's own fields first)."""
        names = [n for n in sorted(set(self.winner) | set(self.loser)) if n not in _NOT_COMPARED]
        differ = [n for n in names if self.winner.get(n) != self.loser.get(n)]
        first = [n for n in self.fields if n in differ]
        return first + [n for n in differ if n not in first]


@dataclass(frozen=True)
class ProvinceData:
    laptops: list[Laptop]
    bundles: list[ImportedBundle]
    conflicts: list[HeldConflict]
    names: dict[str, str]  # device id → the officer (a laptop) or the province's name


def load_province(db: Database) -> ProvinceData:
    """The enrolled laptops, the bundles imported from them (newest first) and the conflicts not resolved yet."""
    from sqlalchemy import select

    from cdfi_desktop.db.keys import PROVINCE_NAME_KEY
    from cdfi_desktop.db.models.sync import SyncBundle
    from cdfi_desktop.sync import keys, merge

    names = {db.device_id: db.get_setting(PROVINCE_NAME_KEY) or db.device_id}
    with db.session() as session:
        laptops = []
        for device in keys.enrolled_devices(session):
            names[device.device_id] = device.name or device.device_id
            laptops.append(
                Laptop(
                    device_id=device.device_id,
                    officer=device.name,
                    fingerprint=keys.fingerprint(keys.public_key_of(device)[1]),
                    institutes=len(device.institute_ids or []),
                    last_seq=device.last_seq,
                    last_bundle_at=device.last_bundle_at,
                    revoked_at=device.revoked_at,
                    revoked_reason=device.revoked_reason,
                )
            )
        rows = session.scalars(
            select(SyncBundle)
            .where(SyncBundle.direction == "in", SyncBundle.kind == "changes")
            .order_by(SyncBundle.recorded_at.desc(), SyncBundle.id.desc())
        )
        bundles = [
            ImportedBundle(
                id=row.id,
                device_id=row.device_id,
                sender=row.officer or names.get(row.device_id, row.device_id),
                seq=row.seq,
                made=row.created_at,
                status=row.status,
                records=sum(v for k, v in (row.counts or {}).items() if k not in _NOT_RECORDS and isinstance(v, int)),
                sha256=row.manifest_sha256,
                report=dict(row.report or {}),
            )
            for row in rows
        ]
        conflicts = [
            HeldConflict(
                id=c.id,
                kind=c.kind,
                table=c.table_name,
                record_id=c.record_id,
                other_id=c.other_id,
                fields=list(c.fields or []),
                winner=dict(c.winner or {}),
                loser=dict(c.loser or {}),
                winner_device=c.winner_device,
                loser_device=c.loser_device,
                detected_at=c.detected_at,
            )
            for c in merge.held_records(session)
        ]
    return ProvinceData(laptops=laptops, bundles=bundles, conflicts=conflicts, names=names)


def value_text(value: Any) -> str:
    """A stored value as one line (empty text and nothing alike shown as "–")."""
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    return " ".join(str(value).split())
