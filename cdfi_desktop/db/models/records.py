"""Report rounds, attachments by content hash, the audit trail and this installation's own settings.

Tables:
- ``report_round``: a 1HH1C report round (April, July) of an institute; its figures are frozen in
  ``snapshot`` once submitted.
- ``attachment``: a file (photo, scanned minutes) identified by its SHA-256; the bytes live in the
  attachment store on disk, named by that hash, so the same photo is stored and sent once.
- ``attachment_link``: which record an attachment is evidence for, with a caption.
- ``audit_log`` (local): who changed what and when, with old and new values and the reason given. Written by the
  data layer; each entry is chained to the one before it by hash (``prev_hash``, ``entry_hash``: see
  ``db/audit_chain.py``), so that an entry edited, removed or slipped in is found.
- ``local_setting`` (local): key/value settings of this database (device id, officer, last bundle).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from cdfi_desktop.db.base import Base, SyncedRecord
from cdfi_desktop.db.types import EnumText, UTCDateTime
from cdfi_desktop.domain.enums import AuditAction, ReportRoundStatus


class ReportRound(SyncedRecord, Base):
    __tablename__ = "report_round"
    __table_args__ = (UniqueConstraint("institute_id", "fiscal_year", "round_no"),)

    institute_id: Mapped[str] = mapped_column(ForeignKey("institute.id"), index=True)
    fiscal_year: Mapped[int]
    round_no: Mapped[int]  # 1 = April, 2 = July (months from the fiscal-year profile)
    status: Mapped[ReportRoundStatus] = mapped_column(EnumText(ReportRoundStatus), default=ReportRoundStatus.DRAFT)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    submitted_by: Mapped[str] = mapped_column(String(120), default="")
    snapshot: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)


class Attachment(SyncedRecord, Base):
    __tablename__ = "attachment"
    __table_args__ = (UniqueConstraint("sha256"),)

    sha256: Mapped[str] = mapped_column(String(64))
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(BigInteger)


class AttachmentLink(SyncedRecord, Base):
    __tablename__ = "attachment_link"

    attachment_id: Mapped[str] = mapped_column(ForeignKey("attachment.id"), index=True)
    owner_table: Mapped[str] = mapped_column(String(60))
    owner_id: Mapped[str] = mapped_column(String(36), index=True)
    evidence_kind: Mapped[str] = mapped_column(String(60), default="")
    caption: Mapped[str] = mapped_column(Text, default="")


class AuditLog(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    officer: Mapped[str] = mapped_column(String(120), default="")
    device_id: Mapped[str] = mapped_column(String(36))
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    action: Mapped[AuditAction] = mapped_column(EnumText(AuditAction))
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # an entry that came in a bundle: "<device id>:<its number on that device>", so it is stored once
    origin: Mapped[str | None] = mapped_column(String(80), unique=True, default=None)
    # the signed-in username, and why (as the officer gave it): kept on this database for now (not in bundles, whose
    # format a province of the same release reads; docs/bundle-format.md)
    account: Mapped[str] = mapped_column(String(80), default="", server_default="", info={"derived": True})
    reason: Mapped[str] = mapped_column(Text, default="", server_default="", info={"derived": True})
    # the chain (this database's own: not sent in bundles): the previous entry's hash, and this entry's
    prev_hash: Mapped[str] = mapped_column(String(64), default="", server_default="", info={"derived": True})
    entry_hash: Mapped[str] = mapped_column(String(64), default="", server_default="", info={"derived": True})


class LocalSetting(Base):
    __tablename__ = "local_setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
