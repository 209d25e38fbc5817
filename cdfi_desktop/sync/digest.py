"""An order-independent digest of the versions of one device's records, on the laptop and at the province.

``"<count>:<64 hex>"``: the number of records and the XOR of SHA-256(table \\x1f id \\x1f clock stamp) over them.
The laptop digests its records whose current version the device stamped (up to the point a bundle reaches);
the province digests, for each record, the latest version it knows from that device: the one it stores, the
base another device's stored version was made on, a conflict's loser, or a record held as a duplicate. When
the province holds everything the laptop sent, the two agree; when they do not, the laptop sends a full bundle.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from cdfi_desktop.db.base import table_of
from cdfi_desktop.db.models.sync import SyncBase, SyncConflict
from cdfi_desktop.sync.codec import synced_tables_in_order


def _digest(entries: Iterable[tuple[str, str, str]]) -> str:
    count = 0
    acc = 0
    for table, record_id, stamp in entries:
        count += 1
        acc ^= int.from_bytes(hashlib.sha256(f"{table}\x1f{record_id}\x1f{stamp}".encode()).digest(), "big")
    return f"{count}:{acc:064x}"


def device_digest(session: Session, device_id: str, *, upto_hlc: str) -> str:
    """The laptop's digest: its records whose current version ``device_id`` stamped, at or before ``upto_hlc``."""

    def entries() -> Iterable[tuple[str, str, str]]:
        for table in synced_tables_in_order():
            query = select(table.c.id, table.c.hlc).where(table.c.device_id == device_id, table.c.hlc <= upto_hlc)
            for record_id, stamp in session.execute(query):
                yield table.name, record_id, stamp

    return _digest(entries())


def province_versions(session: Session, device_id: str) -> dict[tuple[str, str], str]:
    """(table, record id) -> the latest clock stamp of that record the province knows from ``device_id``."""
    latest: dict[tuple[str, str], str] = {}

    def see(table: str, record_id: str, stamp: str) -> None:
        key = (table, record_id)
        if stamp > latest.get(key, ""):
            latest[key] = stamp

    base = table_of(SyncBase)
    for table in synced_tables_in_order():
        for record_id, stamp in session.execute(select(table.c.id, table.c.hlc).where(table.c.device_id == device_id)):
            see(table.name, record_id, stamp)
        for record_id, stamp in session.execute(
            select(base.c.record_id, base.c.base_hlc)
            .select_from(base.join(table, and_(table.c.id == base.c.record_id)))
            .where(base.c.table_name == table.name, base.c.base_device == device_id)
        ):
            see(table.name, record_id, stamp)
    conflict = table_of(SyncConflict)
    for table_name, record_id, loser in session.execute(
        select(conflict.c.table_name, conflict.c.record_id, conflict.c.loser).where(
            conflict.c.loser_device == device_id
        )
    ):
        stamp = loser.get("hlc") if isinstance(loser, dict) else None
        if isinstance(stamp, str):
            see(table_name, record_id, stamp)
    return latest


def province_digest(session: Session, device_id: str) -> str:
    """The province's digest of what it holds from ``device_id`` (see the module's text)."""
    return _digest(
        (table, record_id, stamp) for (table, record_id), stamp in province_versions(session, device_id).items()
    )
