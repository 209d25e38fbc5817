"""What sync keeps in the database: trusted keys, bundles made and seen, conflicts, and the bases of changes.

Tables (all local to the database that holds them; none of them travels as records in a bundle):
- ``sync_device``: the keys this database trusts. On the province: every enrolled laptop (its Ed25519 public
  key, officer, institutes, last sequence number and bundle hash, revocation). On a laptop: the province's
  public keys (signing and encryption), imported from its key file.
- ``sync_bundle``: every bundle this database made (direction ``out``) or imported (``in``), and every receipt,
  with its manifest hash, sequence, the clock stamp it reaches (the acknowledged point once a receipt names
  it), its counts and import report; a bundle held for a sequence gap keeps its bytes until the gap closes.
- ``sync_conflict``: two devices' versions of one record (soft or hard), or a record held as the duplicate of
  another (same citizen ID, same round, same fund); both versions kept for review, resolving is audited.
- ``sync_base``: the version (clock stamp and device) a record had when a device other than the one that last
  changed it first changed it. A laptop sends it with the record, the province keeps it with the version it
  stores: that is how the import tells an edit made on top of another device's version from a concurrent one.
- ``sync_import``: on the province, every folder of bundles imported, with each file's outcome (refused files too),
  so that an import's report can be read again later; a run stopped by an unexpected error is kept too.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Index, Integer, LargeBinary, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from cdfi_desktop.db.base import Base
from cdfi_desktop.db.types import UTCDateTime


class SyncDevice(Base):
    __tablename__ = "sync_device"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    role: Mapped[str] = mapped_column(String(16))  # "laptop" | "province"
    name: Mapped[str] = mapped_column(String(200), default="")  # officer (laptop) or province name
    key_id: Mapped[str] = mapped_column(String(16))  # minisign key id: 8 bytes, hex, as minisign prints it
    public_key: Mapped[str] = mapped_column(String(64))  # Ed25519, 32 bytes base64
    encryption_key: Mapped[str] = mapped_column(String(64), default="")  # X25519, 32 bytes base64 (province)
    institute_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # position, district … from the file
    enrolled_at: Mapped[datetime] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    revoked_reason: Mapped[str] = mapped_column(Text, default="")
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_bundle_hash: Mapped[str] = mapped_column(String(64), default="")
    last_bundle_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)


class SyncBundle(Base):
    __tablename__ = "sync_bundle"
    __table_args__ = (
        Index("ix_sync_bundle_device_seq", "device_id", "seq"),
        Index("ix_sync_bundle_bundle_id", "bundle_id"),
        Index("ix_sync_bundle_for_device_seq", "for_device", "seq"),
        # a number is given once: two writers of the same kind of bundle (two province staff on PostgreSQL) cannot
        # both take it; the second one's transaction fails and writes nothing (a bundle marked failed, its file never
        # published, leaves its number to the next). Receipts are numbered as the bundle they answer, written with
        # it; those written before for_device existed would share one key, so they are left out
        Index(
            "ux_sync_bundle_out_seq",
            "kind",
            "device_id",
            "for_device",
            "seq",
            unique=True,
            sqlite_where=text("direction = 'out' AND kind <> 'receipt' AND status <> 'failed'"),
            postgresql_where=text("direction = 'out' AND kind <> 'receipt' AND status <> 'failed'"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    bundle_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(16))  # "changes" | "receipt"
    direction: Mapped[str] = mapped_column(String(8))  # "out" (made here) | "in" (imported here)
    device_id: Mapped[str] = mapped_column(String(36))  # the device that made it
    officer: Mapped[str] = mapped_column(String(200), default="")
    seq: Mapped[int] = mapped_column(Integer, default=0)
    manifest_sha256: Mapped[str] = mapped_column(String(64))  # the bundle's hash: SHA-256 of manifest.json
    prev_sha256: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())  # as the manifest says
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())  # when this database wrote this row
    # out: "made" → "confirmed" (a receipt named it); in: "applied" | "held" | "ignored" | "refused"
    status: Mapped[str] = mapped_column(String(16))
    full: Mapped[bool] = mapped_column(Boolean, default=False)
    upto_hlc: Mapped[str] = mapped_column(String(40), default="")  # the last clock stamp the bundle holds
    upto_audit: Mapped[int] = mapped_column(Integer, default=0)  # the last audit entry (maker's numbering)
    digest: Mapped[str] = mapped_column(String(80), default="")  # out: the maker's digest once applied
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    report: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    path: Mapped[str] = mapped_column(Text, default="")
    payload: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)  # a held bundle's file
    # a receipt written here: the laptop it answers (device_id is this database's own); "" for any other row
    for_device: Mapped[str] = mapped_column(String(36), default="", server_default="")


class SyncConflict(Base):
    __tablename__ = "sync_conflict"
    __table_args__ = (Index("ix_sync_conflict_record", "table_name", "record_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(16))  # "soft" | "hard" | "duplicate"
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[str] = mapped_column(String(36))
    other_id: Mapped[str] = mapped_column(String(36), default="")  # duplicate: the record it duplicates
    fields: Mapped[list[str]] = mapped_column(JSON, default=list)
    winner: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # duplicate: the record kept
    loser: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # duplicate: the record held
    winner_device: Mapped[str] = mapped_column(String(36), default="")
    loser_device: Mapped[str] = mapped_column(String(36), default="")
    bundle_id: Mapped[str] = mapped_column(String(36), default="")
    detected_at: Mapped[datetime] = mapped_column(UTCDateTime())
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    resolved_by: Mapped[str] = mapped_column(String(200), default="")
    resolution: Mapped[str] = mapped_column(Text, default="")


class SyncBase(Base):
    __tablename__ = "sync_base"

    table_name: Mapped[str] = mapped_column(String(60), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    base_hlc: Mapped[str] = mapped_column(String(40))
    base_device: Mapped[str] = mapped_column(String(36))


class SyncImport(Base):
    """One folder of bundles imported on the province (a USB stick's worth), kept to be read again later: when,
    from where, by whom, and every file's outcome, refused files included (``outcomes``: one summary per file,
    as ``sync.hub.BundleSummary.to_dict()``)."""

    __tablename__ = "sync_import"
    __table_args__ = (Index("ix_sync_import_started_at", "started_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    folder: Mapped[str] = mapped_column(Text, default="")
    officer: Mapped[str] = mapped_column(String(200), default="")
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime] = mapped_column(UTCDateTime())
    files: Mapped[int] = mapped_column(Integer, default=0)
    totals: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # status → number of files
    outcomes: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    error: Mapped[str] = mapped_column(Text, default="", server_default="")  # what stopped the run before its end
