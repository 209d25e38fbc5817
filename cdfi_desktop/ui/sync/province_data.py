"""What the province's keys-and-laptops card shows, read on the worker thread: the province's own key, and every
laptop it enrolled (revoked ones too) with its officer, institutes, key fingerprint, last bundle, whether it gave an
encryption key, and its revocation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database


@dataclass(frozen=True)
class Laptop:
    device_id: str
    officer: str
    fingerprint: str
    institutes: list[tuple[str, str]]  # (id, name); the name is "" while the province holds none of its data
    enrolled_at: datetime
    last_seq: int
    last_bundle_at: datetime | None
    has_encryption_key: bool
    revoked_at: datetime | None
    revoked_reason: str


@dataclass(frozen=True)
class ProvinceKeys:
    province: str
    device_id: str
    key_id: str
    fingerprint: str
    laptops: list[Laptop]


def load_laptops(db: Database) -> ProvinceKeys:
    """The province's key and the laptops it enrolled, oldest enrolment first (its signing key made on first use)."""
    from sqlalchemy import select

    from cdfi_desktop.db.keys import PROVINCE_NAME_KEY
    from cdfi_desktop.db.models import Institute
    from cdfi_desktop.sync import keys

    own = keys.device_key(db)
    laptops = []
    with db.session() as session:
        devices = keys.enrolled_devices(session)
        wanted = {i for d in devices for i in (d.institute_ids or [])}
        query = select(Institute.id, Institute.name).where(Institute.id.in_(wanted))
        names: dict[str, str] = {row[0]: row[1] for row in session.execute(query)}
        for device in devices:
            laptops.append(
                Laptop(
                    device_id=device.device_id,
                    officer=device.name,
                    fingerprint=keys.fingerprint(keys.public_key_of(device)[1]),
                    institutes=[(i, names.get(i, "")) for i in device.institute_ids or []],
                    enrolled_at=device.enrolled_at,
                    last_seq=device.last_seq,
                    last_bundle_at=device.last_bundle_at,
                    has_encryption_key=bool(device.encryption_key),
                    revoked_at=device.revoked_at,
                    revoked_reason=device.revoked_reason,
                )
            )
    return ProvinceKeys(
        province=db.get_setting(PROVINCE_NAME_KEY) or "",
        device_id=db.device_id,
        key_id=own.key_id_hex,
        fingerprint=own.fingerprint,
        laptops=laptops,
    )
