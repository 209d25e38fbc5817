"""Upward to the department: the province's own bundle of everything it holds, in the one bundle format.

The department's database is a hub like a province's (``province init``); it enrols a province from the province's
enrolment file (``keys.enrolment_document`` on the province database: its key, its name, every institute it holds)
and imports the province's bundle with the same ``service.import_files`` a province uses for laptops: no second
protocol.

:func:`export_province` writes a *full* bundle of kind ``"changes"`` signed by the province's key, numbered and
chained under the province's device id (number 1, 2, … of its own exports; each holds everything, so a department
that missed one loses nothing): every synced record as the province stores it (each version with the clock stamp
and device of the laptop, or of the province, that made it, and its base), every audit entry the database holds
(the province's own and those it imported from laptops, each with its origin; an imported entry's ``id`` is its
number on the laptop that made it, so the department stores it under the same origin ``<device>:<number>`` as the
province did), and the attachment files. Given
the department's key file (written by ``province export-key`` on the department database), the payload is
encrypted to it.

The department's receipt is for the department's records: a province does not import receipts (its exports are
always full, there is no acknowledged point to move).
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.db.keys import PROVINCE_NAME_KEY
from cdfi_desktop.db.models.sync import SyncBundle, SyncDevice
from cdfi_desktop.sync import container, keys, restore
from cdfi_desktop.sync.errors import BundleRefused
from cdfi_desktop.sync.feed import AUDIT_ALL, collect
from cdfi_desktop.sync.service import CHANGES, OUT, ExportResult, bundle_path, full_manifest, out_row

_MAX_NUMBER = 2**31 - 1


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _last_out(session: Session, device_id: str) -> SyncBundle | None:
    return session.scalars(
        select(SyncBundle)
        .where(SyncBundle.direction == OUT, SyncBundle.kind == CHANGES, SyncBundle.device_id == device_id)
        .where(SyncBundle.status != "failed")  # a number whose file was never published is used again
        .order_by(SyncBundle.seq.desc(), SyncBundle.id.desc())
    ).first()


def first_number(entry: dict[str, Any]) -> int:
    """The number an audit entry has on the device that made it: from its origin (``<device>:<number>``, given
    when it was imported from that device), else its own number (an entry made here). An importer stores each
    entry once by ``<device_id>:<id>``, so a relayed entry keeps the origin it was first given."""
    origin = entry.get("origin")
    if isinstance(origin, str):
        device, _, number = origin.rpartition(":")
        if device == entry.get("device_id") and number.isdigit() and 0 < int(number) <= _MAX_NUMBER:
            return int(number)
    return int(entry["id"])


def department_recipient(text: str, *, name: str, own_device: str) -> SyncDevice:
    """The department as a bundle's recipient, from the text of its key file (a province key file)."""
    doc = keys.parse_key_document(text, kind=keys.PROVINCE_KEY_KIND, name=name)
    keys.require_signed(doc, name=name)
    if doc.device_id == own_device:
        raise BundleRefused("key_file_malformed", name=name, detail="the key file of this database itself")
    return SyncDevice(
        device_id=doc.device_id,
        role=keys.ROLE_PROVINCE,
        name=doc.name,
        encryption_key=base64.b64encode(doc.encryption_key).decode("ascii"),
    )


def export_province(
    db: Database,
    out: Path,
    *,
    to_key_file: Path | None = None,
    plain: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ExportResult:
    """On the province: write its full, signed bundle of everything it holds (see the module's text).

    ``out``: a ``.cdfibundle`` file, or a folder (the file is then ``cdfi-<device8>-<seq:05d>.cdfibundle``).
    ``to_key_file``: the department's key file; the payload is encrypted to it. Without one the export is refused
    (province_export_unencrypted: it holds every person's records) unless ``plain``. The file is written as
    ``<name>.partial``, its row committed, then renamed (a row marked ``failed`` when the rename fails). Raises
    BundleRefused (not_a_province, key_file_malformed, province_export_unencrypted); OSError when the key file
    cannot be read or the bundle written.
    """
    from cdfi_desktop.sync import digest

    if not keys.is_province(db):
        raise BundleRefused("not_a_province")
    recipient: SyncDevice | None = None
    if to_key_file is None and not plain:
        raise BundleRefused("province_export_unencrypted")
    if to_key_file is not None:
        recipient = department_recipient(
            keys.read_key_file(to_key_file), name=to_key_file.name, own_device=db.device_id
        )
    key = keys.device_key(db)
    changes = collect(db, full=True, audit=AUDIT_ALL, progress=progress)
    for entry in changes.audit:
        entry["id"] = first_number(entry)
    members = changes.members()
    now = datetime.now(UTC)
    partial: Path | None = None
    try:
        with db.session(write=True) as session, session.begin():
            last = _last_out(session, db.device_id)
            institute_ids = sorted(session.scalars(select(m.Institute.id).where(m.Institute.deleted_at.is_(None))))
            manifest = full_manifest(
                CHANGES,
                officer=db.get_setting(PROVINCE_NAME_KEY) or db.recorder.officer,
                last=last,
                now=now,
                changes=changes,
                institute_ids=institute_ids,
                digest=digest.device_digest(session, db.device_id, upto_hlc=changes.upto_hlc),
            )
            seq = manifest["seq"]
            data, sha = container.build(manifest=manifest, members=members, key=key, recipient=recipient)
            path = bundle_path(out, db.device_id, seq)
            session.add(
                out_row(
                    manifest,
                    device_id=db.device_id,
                    sha256=sha,
                    now=now,
                    path=path,
                    report={"to": recipient.device_id if recipient is not None else ""},
                )
            )
            session.flush()
            partial = restore.partial_path(path)
            container.write_atomically(partial, data)
    except BaseException:
        if partial is not None:  # a file for a bundle that was not recorded is not left behind
            partial.unlink(missing_ok=True)
        raise
    assert partial is not None
    restore.publish(db, partial, path, manifest["bundle_id"])
    return ExportResult(
        path=path,
        bundle_id=manifest["bundle_id"],
        seq=seq,
        counts=manifest["counts"],
        records=changes.record_count(),
        encrypted=recipient is not None,
        manifest_sha256=sha,
        size=len(data),
    )
