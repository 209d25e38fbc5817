"""Attached files (scanned minutes, photos): kept once by content hash, linked to the records they support.

The bytes live in a folder beside the database (``<name>-attachments/`` next to an SQLite file; the user's
data folder for a server database), named by their SHA-256, so the same scan attached twice is stored once
and a bundle can carry files by hash. The ``attachment`` row records the hash, name, type and size; an
``attachment_link`` row ties it to its owner (a table and a record id) with the kind of evidence and a caption.

When the database is encrypted (``db/cipher.py``) the stored files are too (AES-GCM with a key derived from
the database's, a nonce per file; still named by the SHA-256 of their content). Read them through
:func:`read_attachment` (the bytes), :func:`readable_copy` (a file a viewer or a PDF reader can open: the
stored file itself when it is plain, else a decrypted copy in a folder the caller gives and removes) and
write them through :func:`store_attachment`; these behave on a plain database exactly as reading and writing
the stored file does.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.db.location import sqlite_path
from cdfi_desktop.domain.register_rules import Issue
from cdfi_desktop.paths import data_dir
from cdfi_desktop.services.errors import NotFound, ValidationFailed
from cdfi_desktop.services.uow import UnitOfWork

MAX_BYTES = 50 * 1024 * 1024  # a scan or a photo; larger files are refused


def attachments_dir(db: Database) -> Path:
    path = sqlite_path(db.url)
    if path is not None:
        return path.with_name(f"{path.stem}-attachments")
    return data_dir() / "attachments"


def stored_path(db: Database, sha256: str) -> Path:
    """Where the file of ``sha256`` is stored (encrypted when the database is: read it with the functions below)."""
    return attachments_dir(db) / sha256[:2] / sha256


def _database_key(db: Database) -> bytes | None:
    path = sqlite_path(db.engine.url.render_as_string(hide_password=False))
    if path is None:
        return None
    from cdfi_desktop.db import cipher

    return cipher.key_in_use(path)


def _folder_key(stored: Path) -> bytes | None:
    from cdfi_desktop.db import cipher

    return cipher.key_for_attachments(stored.parent.parent)


def _open(stored: Path, data: bytes, key: bytes | None) -> bytes:
    if key is None:
        return data  # a plain database's file, as it is
    from cdfi_desktop.db import cipher

    if not cipher.is_sealed(data):
        # stored in clear before the database was encrypted (an interrupted conversion): accepted only when it
        # is the content its name says, so that a file put in the folder cannot pass for an attached one
        if hashlib.sha256(data).hexdigest() != stored.name:
            raise cipher.CipherError(
                "attachment_damaged",
                "ไฟล์แนบเสียหาย หรือถูกแทนที่ด้วยไฟล์อื่น",
                "The attached file is damaged or was replaced by another file.",
            )
        return data
    return cipher.open_attachment(key, stored.name, data)


def read_attachment(db: Database, sha256: str) -> bytes:
    """The content of the stored file of ``sha256`` (decrypted when the database is encrypted); OSError if missing."""
    stored = stored_path(db, sha256)
    return _open(stored, stored.read_bytes(), _database_key(db))


def read_stored(stored: Path) -> bytes:
    """The content of a stored file known only by its path (``<attachments folder>/<xx>/<sha256>``), decrypted
    with the key of the unlocked database whose folder it is in."""
    data = stored.read_bytes()
    return _open(stored, data, _folder_key(stored) if data[:8] == b"CDFIENC1" else None)


def readable_copy(stored: Path, folder: Path) -> Path:
    """A file with the content of ``stored`` that other programs can read: ``stored`` itself when it is plain,
    else a decrypted copy written into ``folder`` (the caller's temporary folder, which it removes)."""
    with stored.open("rb") as fh:
        head = fh.read(8)
    if head != b"CDFIENC1":
        return stored
    folder.mkdir(parents=True, exist_ok=True)
    copy = folder / f"{stored.name}-{secrets.token_hex(4)}"
    fd = os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(read_stored(stored))
    return copy


def store_attachment(db: Database, sha256: str, data: bytes) -> Path:
    """Keep ``data`` (whose SHA-256 is ``sha256``) in the store, encrypted when the database is; a file already
    there is kept. Written whole (a temporary name, then a rename). Returns where it is stored."""
    target = stored_path(db, sha256)
    if target.exists():
        return target
    key = _database_key(db)
    if key is not None:
        from cdfi_desktop.db import cipher

        data = cipher.seal_attachment(key, sha256, data)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        with partial.open("wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


@dataclass(frozen=True)
class AttachedFile:
    link_id: str
    attachment_id: str
    filename: str
    media_type: str
    size: int
    sha256: str
    evidence_kind: str
    caption: str


def attach_file(
    uow: UnitOfWork, source: Path, *, owner_table: str, owner_id: str, evidence_kind: str = "", caption: str = ""
) -> str:
    """Store ``source`` (once per content) and link it to its owner; returns the link's id. Commits."""
    if not source.is_file():
        raise ValidationFailed([Issue("attachment_missing", "file", params={"path": str(source)})])
    size = source.stat().st_size
    if size > MAX_BYTES:
        raise ValidationFailed(
            [Issue("attachment_too_large", "file", params={"size_mb": size // (1024 * 1024), "limit_mb": 50})]
        )
    digest = hashlib.sha256()
    with source.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    sha = digest.hexdigest()
    target = stored_path(uow.db, sha)
    if not target.exists():
        if _database_key(uow.db) is not None:
            store_attachment(uow.db, sha, source.read_bytes())
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_suffix(".partial")
            shutil.copyfile(source, partial)
            partial.replace(target)
    session = uow.session
    attachment = session.scalars(select(m.Attachment).where(m.Attachment.sha256 == sha)).first()
    if attachment is None:
        attachment = m.Attachment(
            sha256=sha,
            filename=source.name,
            media_type=mimetypes.guess_type(source.name)[0] or "application/octet-stream",
            size=size,
        )
        session.add(attachment)
        session.flush()
    link = m.AttachmentLink(
        attachment_id=attachment.id,
        owner_table=owner_table,
        owner_id=owner_id,
        evidence_kind=evidence_kind,
        caption=caption,
    )
    session.add(link)
    session.flush()
    uow.commit()
    return link.id


def detach(uow: UnitOfWork, link_id: str) -> None:
    """Remove the link (a tombstone); the stored file stays, as other records or bundles may use it. Commits."""
    link = uow.session.get(m.AttachmentLink, link_id)
    if link is None or link.deleted_at is not None:
        raise NotFound("attachment_link", link_id)
    uow.session.delete(link)
    uow.commit()


def attached_files(session: Session, *, owner_table: str, owner_id: str) -> list[AttachedFile]:
    a, link = m.Attachment, m.AttachmentLink
    rows = session.execute(
        select(link.id, a.id, a.filename, a.media_type, a.size, a.sha256, link.evidence_kind, link.caption)
        .join(a, a.id == link.attachment_id)
        .where(link.owner_table == owner_table, link.owner_id == owner_id, link.deleted_at.is_(None))
        .order_by(link.created_at, link.id)
    )
    return [AttachedFile(*row) for row in rows]
