"""Restoring a laptop from the province: a full bundle of what the province holds for a lost laptop's institutes,
and a new laptop database made from it that carries on under its own device id and key.

On the province (:func:`export_restore`): the bundle of kind ``"restore"`` holds every record under the lost
laptop's institutes (whoever stamped it, tombstones included, each with its clock stamp, device and base), the
records they point to (villages, attachments), the villages and attachments that laptop stamped, every
fiscal-year profile, the audit entries of those records and every audit entry of that laptop (with the origin
the province gave them), and the files of the attachments. It is signed by the province; its manifest carries
the province's key file (``restore.province_key``: a new laptop has no other way to know the province's key; the
officer types the fingerprint the province reads out, and it is checked before anything is written) and the lost
device's id. Given the replacement laptop's (signed) enrolment file, the bundle is encrypted to that laptop's key,
and, in the transaction that records the bundle, the province enrols that laptop for the lost one's institutes
(an enrolled one gets those institutes added) and revokes the lost laptop ("replaced by <new id>") unless asked to
keep its key. Without that file the bundle is written only when asked for in clear (``plain``).

What the province holds of the lost laptop but cannot restore is told, never silently dropped
(``restore.left_out`` in the manifest, warnings in Thai and English on both sides): its records held aside as
duplicates (or under one) and its versions that lost an open conflict — they are not carried, since a held copy
repeats the natural key of a record the restore does carry and could not be stored beside it; once the province
decides, the reference bundle brings the decision to the new laptop — its bundles held for a gap (a restore is
refused while there are any, unless forced: the gap can never close after it), and attachment files missing from
the province's store.

On the new laptop (:func:`create_from_restore`): a new database, or an empty one (one that only made its
enrolment file), gets the records exactly as the province holds them (their stamps, devices and bases), the audit
entries (marked with their origin, so they never travel again), the attachment files; it trusts the province's
key carried inside (or refuses a bundle signed by another province than the one it trusts); it notes the lost
device's id (``device_replaced_from``) and sets its acknowledged point at the bundle's last stamp and audit entry.
Its own device id and key are new: its first bundle is number 1 of its own sequence and holds only what it
changed after the restore; the province, once it enrolled the new device, accepts it, and the two digests of the
new device agree (both count only the records the new device stamped).
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Select, Table, and_, bindparam, false, func, or_, select, true
from sqlalchemy.orm import Session

from cdfi_desktop.db import backups, search
from cdfi_desktop.db.base import table_of
from cdfi_desktop.db.bookkeeping import insert_rows
from cdfi_desktop.db.database import Database
from cdfi_desktop.db.keys import (
    DEVICE_REPLACED_FROM_KEY,
    OFFICER_KEY,
    PROVINCE_NAME_KEY,
    SYNC_ACK_AUDIT_KEY,
    SYNC_ACK_HLC_KEY,
    SYNC_LAST_RECEIPT_KEY,
    SYNC_NEEDS_FULL_KEY,
)
from cdfi_desktop.db.location import resolve_url, sqlite_path
from cdfi_desktop.db.models.records import AuditLog, LocalSetting
from cdfi_desktop.db.models.sync import SyncBase, SyncBundle, SyncDevice
from cdfi_desktop.db.preflight import HEAD_REVISION
from cdfi_desktop.sync import container, keys
from cdfi_desktop.sync.codec import decode_row, synced_tables_in_order
from cdfi_desktop.sync.errors import BundleRefused
from cdfi_desktop.sync.feed import AUDIT_ALL, BASE_KEY, ChangeSet, collect
from cdfi_desktop.sync.service import BUNDLE_SUFFIX, IN, OUT, ExportResult, full_manifest, out_row

RESTORE = "restore"
_CHUNK = 900


class RestoreRefused(BundleRefused):
    """A restore refused for a reason of its own (a database not empty, another province, …); its codes are in
    :data:`cdfi_desktop.sync.errors.ERRORS` with every other sync refusal, and it is caught as any
    :class:`BundleRefused`."""


@dataclass
class CreateResult:
    """A laptop database made (or an empty one filled) from a restore bundle."""

    location: str
    created: bool  # a new database (False: an empty one was taken)
    device_id: str  # the new device
    replaced_from: str  # the lost device
    officer: str
    province_device: str
    province_name: str
    province_fingerprint: str
    institute_ids: list[str]
    counts: dict[str, int]
    records: int
    bundle_id: str
    manifest_sha256: str
    encrypted: bool
    upto_hlc: str
    fingerprint: str = ""  # the new device's own key
    warnings: list[str] = field(default_factory=list)  # what the restore left out, in English
    warnings_th: list[str] = field(default_factory=list)  # the same in Thai
    left_out: dict[str, dict[str, Any]] = field(default_factory=dict)

    def warning_texts(self, language: str = "th") -> list[str]:
        """What the restore left out (records held at the province, bundles held for a gap, missing files)."""
        return list(self.warnings if language == "en" else self.warnings_th)

    def to_dict(self) -> dict[str, Any]:
        return {
            "location": self.location,
            "created": self.created,
            "device_id": self.device_id,
            "replaced_from": self.replaced_from,
            "officer": self.officer,
            "province_device": self.province_device,
            "province_name": self.province_name,
            "province_fingerprint": self.province_fingerprint,
            "institute_ids": list(self.institute_ids),
            "counts": dict(self.counts),
            "records": self.records,
            "bundle_id": self.bundle_id,
            "manifest_sha256": self.manifest_sha256,
            "encrypted": self.encrypted,
            "upto_hlc": self.upto_hlc,
            "fingerprint": self.fingerprint,
            "warnings": list(self.warnings),
            "warnings_th": list(self.warnings_th),
            "left_out": {code: dict(entry) for code, entry in self.left_out.items()},
        }


def _now() -> datetime:
    return datetime.now(UTC)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def restore_path(out: Path, device_id: str, seq: int) -> Path:
    """Where a restore bundle goes: ``out`` itself when it names a ``.cdfibundle`` file, else
    ``cdfi-restore-<lost device8>-<seq:05d>.cdfibundle`` in the folder ``out``."""
    if out.suffix.lower() == BUNDLE_SUFFIX and not out.is_dir():
        return out
    return out / f"cdfi-restore-{device_id[:8]}-{seq:05d}{BUNDLE_SUFFIX}"


# -- which records ---------------------------------------------------------------------------------------------------


def _links(table: Table) -> list[tuple[str, str, bool]]:
    """(column, parent table, required) of every foreign key of ``table``."""
    return [
        (column.key, next(iter(column.foreign_keys)).column.table.name, not column.nullable)
        for column in table.columns
        if column.foreign_keys
    ]


def records_of(session: Session, institute_ids: Iterable[str], device_id: str) -> dict[str, set[str]]:
    """Table name -> the ids a restore of ``device_id`` carries: every record under the institutes (through the
    foreign keys that lead to one, or the owner of an attachment link), the villages and attachments the device
    stamped, every fiscal-year profile, and every record any of those points to (so that every foreign key holds
    on the new laptop), with the attachment links of those too.

    Selected from the institutes downward: each table's ids by a query whose condition names its parents' chosen
    ids as subqueries (never a whole table read into memory), then what they point to, in rounds, by their ids."""
    wanted = sorted(set(institute_ids))
    tables = synced_tables_in_order()
    by_name = {table.name: table for table in tables}
    links_of = {table.name: _links(table) for table in tables}
    chosen_sql: dict[str, Select[Any]] = {}
    chosen: dict[str, set[str]] = {}
    for table in tables:
        required = [(column, parent) for column, parent, needed in links_of[table.name] if needed]
        condition: ColumnElement[bool]
        if table.name == "institute":
            condition = table.c.id.in_(wanted)
        elif "institute_id" in table.c:
            condition = table.c.institute_id.in_(wanted)
        elif "owner_table" in table.c:
            condition = or_(
                false(),
                *(and_(table.c.owner_table == name, table.c.owner_id.in_(query)) for name, query in chosen_sql.items()),
            )
        elif required:
            condition = or_(
                false(),
                *(table.c[column].in_(chosen_sql[parent]) for column, parent in required if parent in chosen_sql),
            )
        elif table.name == "fiscal_year_profile":
            condition = true()
        else:  # villages, attachments: those the device stamped (more are taken below, as pointed to)
            condition = table.c.device_id == device_id
        chosen_sql[table.name] = select(table.c.id).where(condition)
        chosen[table.name] = set(session.scalars(chosen_sql[table.name]))
    owned = [table for table in tables if "owner_table" in table.c]  # attachment links
    frontier = {name: ids for name, ids in chosen.items() if ids}
    while frontier:
        pointed: dict[str, set[str]] = {}
        for name, ids in frontier.items():  # what the newly chosen records point to
            table = by_name[name]
            links = links_of[name]
            columns = [table.c[column] for column, _, _ in links]
            has_owner = "owner_table" in table.c
            if has_owner:
                columns += [table.c.owner_table, table.c.owner_id]
            if not columns:
                continue
            for chunk in _id_chunks(ids):
                for row in session.execute(select(*columns).where(table.c.id.in_(chunk))):
                    targets = [(parent, row[i]) for i, (_, parent, _) in enumerate(links)]
                    if has_owner:
                        targets.append((row[-2], row[-1]))
                    for parent, value in targets:
                        if value and parent in chosen and value not in chosen[parent]:
                            pointed.setdefault(parent, set()).add(value)
        added: dict[str, set[str]] = {}
        for parent, values in pointed.items():  # only records that exist (an owner id has no foreign key)
            table = by_name[parent]
            for chunk in _id_chunks(values):
                added.setdefault(parent, set()).update(session.scalars(select(table.c.id).where(table.c.id.in_(chunk))))
        for parent, ids in added.items():
            chosen[parent] |= ids
        owners = {**frontier}
        for parent, ids in added.items():
            owners[parent] = owners.get(parent, set()) | ids
        for link in owned:  # the links of a record taken only as pointed to (a village's evidence) come too
            for owner_table, ids in owners.items():
                for chunk in _id_chunks(ids):
                    found = set(
                        session.scalars(
                            select(link.c.id).where(link.c.owner_table == owner_table, link.c.owner_id.in_(chunk))
                        )
                    )
                    fresh = found - chosen[link.name]
                    if fresh:
                        chosen[link.name] |= fresh
                        added.setdefault(link.name, set()).update(fresh)
        frontier = {name: ids for name, ids in added.items() if ids}
    return {name: ids for name, ids in chosen.items() if ids}


def _id_chunks(ids: Iterable[str]) -> Iterator[list[str]]:
    items = sorted(ids)
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


# -- the province's side ---------------------------------------------------------------------------------------------


def _last_restore(session: Session, device_id: str) -> SyncBundle | None:
    return session.scalars(
        select(SyncBundle)
        .where(SyncBundle.direction == OUT, SyncBundle.kind == RESTORE, SyncBundle.device_id == device_id)
        .where(SyncBundle.status != "failed")  # a number whose file was never published is used again
        .order_by(SyncBundle.seq.desc(), SyncBundle.id.desc())
    ).first()


def _enrol_replacement(
    session: Session, doc: keys.KeyDocument, *, own_key: keys.DeviceKey, lost: str, institutes: list[str]
) -> None:
    """The replacement laptop enrolled (refused as keys.enrol refuses) with the lost laptop's institutes added to
    those of its file and those it was enrolled for already, in the caller's transaction."""
    known = session.get(SyncDevice, doc.device_id)
    before = list(known.institute_ids or []) if known is not None and known.role == keys.ROLE_LAPTOP else []
    device = keys.enrol_document(session, doc, own_key=own_key, name="enrolment")
    device.institute_ids = list(dict.fromkeys([*(device.institute_ids or []), *before, *institutes]))
    device.details = {**(device.details or {}), "replaces": lost}


# what a restore leaves out, told in both languages (code: Thai, English)
LEFT_OUT: dict[str, tuple[str, str]] = {
    "held_records": (
        "จังหวัดพักข้อมูลของเครื่อง {device} ไว้ {count:,} รายการ (ซ้ำกับข้อมูลอื่น หรืออยู่ใต้ข้อมูลที่ซ้ำ)"
        " รายการเหล่านี้ไม่อยู่ในชุดข้อมูลกู้คืน จนกว่าจังหวัดจะตรวจและตัดสิน",
        "Records of device {device} the province holds aside (duplicates, or records under one): {count:,}; they"
        " are not in the restore until the province has reviewed them.",
    ),
    "lost_versions": (
        "การแก้ไขจากเครื่อง {device} {count:,} รายการขัดกับข้อมูลที่จังหวัดเก็บไว้และยังไม่ได้ตัดสิน ชุดข้อมูลกู้คืนมีเฉพาะค่าที่จังหวัดเก็บไว้",
        "Changes of device {device} that lost a conflict at the province, not decided yet: {count:,}; the restore"
        " holds the values the province kept.",
    ),
    "held_bundles": (
        "ชุดข้อมูลของเครื่อง {device} ที่ยังรอชุดก่อนหน้า {count:,} ชุด (ลำดับที่ {seqs}) ไม่อยู่ในชุดข้อมูลกู้คืน",
        "Bundles of device {device} held for a gap: {count:,} (numbers {seqs}); they are not in the restore.",
    ),
    "missing_files": (
        "ไฟล์แนบ {count:,} ไฟล์ไม่มีในที่เก็บของจังหวัด จึงไม่อยู่ในชุดข้อมูลกู้คืน",
        "Attachment files missing from the province's store: {count:,}; the restore goes without them.",
    ),
}


def left_out_texts(left_out: Mapping[str, Any], device: str, language: str) -> list[str]:
    """The warnings of what a restore left out (``restore.left_out`` of its manifest), in ``language``."""
    texts = []
    for code, (thai, english) in LEFT_OUT.items():
        entry = left_out.get(code)
        count = entry.get("count", 0) if isinstance(entry, dict) else 0
        if not isinstance(count, int) or isinstance(count, bool) or count <= 0:
            continue
        seqs = entry.get("seqs", []) if isinstance(entry, dict) else []
        shown = ", ".join(str(n) for n in seqs if isinstance(n, int)) if isinstance(seqs, list) else ""
        texts.append((english if language == "en" else thai).format(device=device, count=count, seqs=shown))
    return texts


@dataclass
class RestoreExport(ExportResult):
    """A restore bundle written, with what it leaves out (``left_out``: code -> {"count", ...}) told in
    :meth:`warning_texts`; ``revoked``: the lost device, revoked as replaced (empty when it was not)."""

    left_out: dict[str, dict[str, Any]] = field(default_factory=dict)
    for_device: str = ""
    revoked: str = ""

    @property
    def warnings(self) -> list[str]:
        return self.warning_texts("en")

    def warning_texts(self, language: str = "th") -> list[str]:
        return left_out_texts(self.left_out, self.for_device, language)


def _left_out(session: Session, device_id: str, missing_files: int) -> dict[str, dict[str, Any]]:
    """What the province holds of the lost laptop that a restore cannot carry: its records held aside (open
    duplicates and the records held under them), its versions that lost an open conflict, its bundles held for a
    gap, and attachment files missing from the store."""
    from cdfi_desktop.db.models.sync import SyncConflict

    def count(*kinds: str) -> int:
        return int(
            session.scalar(
                select(func.count())
                .select_from(SyncConflict)
                .where(
                    SyncConflict.loser_device == device_id,
                    SyncConflict.resolved_at.is_(None),
                    SyncConflict.kind.in_(kinds),
                )
            )
            or 0
        )

    held_seqs = sorted(
        session.scalars(
            select(SyncBundle.seq).where(
                SyncBundle.direction == IN,
                SyncBundle.device_id == device_id,
                SyncBundle.status == "held",
            )
        )
    )
    found: dict[str, dict[str, Any]] = {
        "held_records": {"count": count("duplicate", "held")},
        "lost_versions": {"count": count("soft", "hard")},
        "held_bundles": {"count": len(held_seqs), "seqs": held_seqs},
        "missing_files": {"count": missing_files},
    }
    return {code: entry for code, entry in found.items() if entry["count"]}


_rename = os.replace  # (tests make it fail)


def partial_path(path: Path) -> Path:
    """Where a bundle file is written before its row is committed (``<name>.partial``)."""
    return path.with_name(path.name + ".partial")


def publish(db: Database, partial: Path, path: Path, bundle_id: str) -> None:
    """The committed bundle's file renamed from ``.partial`` to its name; when that fails, its row is marked
    ``failed`` (the number is not reused by a file no one has) and the error raised."""
    try:
        _rename(partial, path)
    except OSError:
        partial.unlink(missing_ok=True)
        with db.session(write=True) as session, session.begin():
            row = session.scalars(select(SyncBundle).where(SyncBundle.bundle_id == bundle_id)).first()
            if row is not None:
                row.status = "failed"
        raise


def export_restore(
    db: Database,
    out: Path,
    *,
    device_id: str,
    to_enrolment: str | None = None,
    plain: bool = False,
    keep_old_key: bool = False,
    force: bool = False,
) -> RestoreExport:
    """On the province: write the restore bundle of the laptop ``device_id`` (see the module's text).

    ``to_enrolment``: the text of the replacement laptop's (signed) enrolment file: the bundle is encrypted to
    its key, that laptop is enrolled for the lost laptop's institutes and the lost laptop is revoked ("replaced by
    <new id>"; kept live with ``keep_old_key``), all in the transaction that records the bundle. Without it the
    bundle is refused (restore_unencrypted) unless ``plain``. A laptop with bundles held for a gap is refused
    (restore_bundles_held) unless ``force``. The file is written as ``<name>.partial``, its row committed, then
    renamed. Raises BundleRefused: not_a_province, device_not_enrolled (no laptop of that id), key_file_malformed,
    enrolment_unsigned, enrolment_signature_invalid (the enrolment file, or one keys.enrol refuses),
    device_revoked (the replacement's key), restore_same_device, restore_no_encryption_key, restore_unencrypted,
    restore_bundles_held.
    """
    from cdfi_desktop.sync import digest

    if not keys.is_province(db):
        raise BundleRefused("not_a_province")
    device_id = device_id.strip()
    replacement: keys.KeyDocument | None = None
    if to_enrolment is not None:
        replacement = keys.parse_key_document(to_enrolment, kind=keys.ENROLMENT_KIND, name="enrolment")
        if replacement.device_id == device_id:
            raise RestoreRefused("restore_same_device", device=device_id)
        if not replacement.encryption_key:
            raise RestoreRefused("restore_no_encryption_key", device=replacement.device_id)
    elif not plain:
        raise RestoreRefused("restore_unencrypted")
    signer = keys.device_key(db)
    province_key = keys.province_key_document(db)
    with db.session() as session:
        lost = session.get(SyncDevice, device_id)
        if lost is None or lost.role != keys.ROLE_LAPTOP:
            raise BundleRefused("device_not_enrolled", device=device_id)
        institutes = list(lost.institute_ids or [])
        officer = lost.name
        lost_state = {"last_seq": lost.last_seq, "last_bundle_hash": lost.last_bundle_hash, "key_id": lost.key_id}
        held = _left_out(session, device_id, 0).get("held_bundles")
        if held and not force:
            raise RestoreRefused(
                "restore_bundles_held",
                device=device_id,
                count=held["count"],
                seqs=", ".join(str(n) for n in held["seqs"]),
            )
        chosen = records_of(session, institutes, device_id)
    changes = collect(
        db,
        full=True,
        only=chosen,
        audit=AUDIT_ALL,
        audit_of=(device_id, chosen),
    )
    members = changes.members()
    now = _now()
    recipient = None
    if replacement is not None:
        recipient = SyncDevice(
            device_id=replacement.device_id,
            encryption_key=base64.b64encode(replacement.encryption_key).decode("ascii"),
        )
    revoked = ""
    partial: Path | None = None
    try:
        with db.session(write=True) as session, session.begin():
            if replacement is not None:
                _enrol_replacement(session, replacement, own_key=signer, lost=device_id, institutes=institutes)
                if not keep_old_key:
                    keys.revoke_device(session, device_id, reason=f"replaced by {replacement.device_id}")
                    revoked = device_id
            left_out = _left_out(session, device_id, len(changes.missing_files))
            last = _last_restore(session, db.device_id)
            manifest = full_manifest(
                RESTORE,
                officer=db.get_setting(PROVINCE_NAME_KEY) or db.recorder.officer,
                last=last,
                now=now,
                changes=changes,
                institute_ids=sorted(institutes),
                digest=digest.province_digest(session, device_id),
            )
            seq = manifest["seq"]
            manifest["restore"] = {
                "for_device": device_id,
                "officer": officer,
                "replacement_device": replacement.device_id if replacement is not None else "",
                "province_key": province_key,
                "left_out": left_out,
                **lost_state,
            }
            data, sha = container.build(manifest=manifest, members=members, key=signer, recipient=recipient)
            path = restore_path(out, device_id, seq)
            session.add(
                out_row(
                    manifest,
                    device_id=db.device_id,
                    sha256=sha,
                    now=now,
                    path=path,
                    report={
                        "for_device": device_id,
                        "replacement_device": manifest["restore"]["replacement_device"],
                        "left_out": left_out,
                        "revoked": revoked,
                    },
                )
            )
            session.flush()
            partial = partial_path(path)
            container.write_atomically(partial, data)
    except BaseException:
        if partial is not None:  # a file for a bundle that was not recorded is not left behind
            partial.unlink(missing_ok=True)
        raise
    assert partial is not None
    publish(db, partial, path, manifest["bundle_id"])
    return RestoreExport(
        path=path,
        bundle_id=manifest["bundle_id"],
        seq=seq,
        counts=manifest["counts"],
        records=changes.record_count(),
        encrypted=recipient is not None,
        manifest_sha256=sha,
        size=len(data),
        left_out=left_out,
        for_device=device_id,
        revoked=revoked,
    )


# -- the new laptop's side --------------------------------------------------------------------------------------------


def _province_of(bundle: container.OpenedBundle) -> tuple[keys.KeyDocument, dict[str, Any]]:
    """The province key file the bundle carries (checked) and its ``restore`` object."""
    manifest = bundle.manifest
    info = manifest.get("restore")
    if not isinstance(info, dict) or not isinstance(info.get("for_device"), str) or not info["for_device"]:
        raise BundleRefused("manifest_malformed", name=bundle.name, detail="restore for_device")
    carried = info.get("province_key")
    if not isinstance(carried, dict):
        raise BundleRefused("manifest_malformed", name=bundle.name, detail="restore province_key")
    doc = keys.parse_key_document(json.dumps(carried), kind=keys.PROVINCE_KEY_KIND, name=bundle.name)
    if doc.device_id != manifest["device_id"] or doc.key_id_hex != manifest["key_id"]:
        raise BundleRefused("signature_invalid", name=bundle.name, device=manifest["device_id"])
    return doc, info


def _record_count(session: Session) -> int:
    return sum(int(session.scalar(select(func.count()).select_from(t)) or 0) for t in synced_tables_in_order())


def _deferred(table: Table) -> list[str]:
    """Foreign keys written after every table (a cycle, or a record of the same table): nullable, patched last."""
    return [
        column.key
        for column in table.columns
        for fk in column.foreign_keys
        if column.nullable and (fk.use_alter or fk.column.table is table)
    ]


def _decoded(changes: ChangeSet, name: str) -> dict[str, list[tuple[dict[str, Any], Any]]]:
    """Every record decoded (as the merge checks it) with its base; BundleRefused record_invalid."""
    out: dict[str, list[tuple[dict[str, Any], Any]]] = {}
    by_name = {t.name: t for t in synced_tables_in_order()}
    for table_name, rows in changes.tables.items():
        table = by_name[table_name]
        decoded = []
        seen: set[str] = set()
        for data in rows:
            record_id = str(data.get("id", ""))
            try:
                row = decode_row(table, data)
                base = data.get(BASE_KEY)
                if base is not None and not (
                    isinstance(base, list) and len(base) == 2 and all(isinstance(v, str) for v in base)
                ):
                    raise ValueError(f"{BASE_KEY}: {base!r} is not a base version")
            except ValueError as exc:
                raise BundleRefused(
                    "record_invalid", table=table_name, record_id=record_id, name=name, detail=str(exc)
                ) from None
            if record_id in seen:
                raise BundleRefused(
                    "record_invalid", table=table_name, record_id=record_id, name=name, detail="twice in the bundle"
                )
            seen.add(record_id)
            decoded.append((row, base))
        out[table_name] = decoded
    return out


def _audit_rows(changes: ChangeSet, name: str) -> list[dict[str, Any]]:
    """The audit entries to store: decoded, each with its origin (the one it has, or ``<device>:<number>``)."""
    table = table_of(AuditLog)
    out = []
    for data in changes.audit:
        number = data.get("id")
        try:
            if isinstance(number, bool) or not isinstance(number, int):
                raise ValueError("id: not an entry number")
            row = decode_row(table, data)
        except ValueError as exc:
            raise BundleRefused(
                "record_invalid", table="audit_log", record_id=str(number), name=name, detail=str(exc)
            ) from None
        if not row.get("origin"):
            row["origin"] = f"{row['device_id']}:{number}"
        del row["id"]
        out.append(row)
    return out


def _write_records(session: Session, decoded: Mapping[str, list[tuple[dict[str, Any], Any]]]) -> set[str]:
    """Insert every record as it is (deferred foreign keys patched after all), with its base; the households
    whose search text is to be made."""
    by_name = {t.name: t for t in synced_tables_in_order()}
    patches: list[tuple[Table, str, list[dict[str, Any]]]] = []
    bases: list[dict[str, Any]] = []
    households: set[str] = set()
    for table in synced_tables_in_order():
        entries = decoded.get(table.name)
        if not entries:
            continue
        deferred = _deferred(table)
        rows = []
        later: dict[str, list[dict[str, Any]]] = {column: [] for column in deferred}
        for decoded_row, base in entries:
            row = dict(decoded_row)
            for column in deferred:
                if row[column] is not None:
                    later[column].append({"b_id": row["id"], column: row[column]})
                    row[column] = None
            rows.append(row)
            if base is not None:
                bases.append(
                    {"table_name": table.name, "record_id": row["id"], "base_hlc": base[0], "base_device": base[1]}
                )
            if table.name == "household":
                households.add(row["id"])
            elif table.name in ("household_member", "debt"):
                households.add(row["household_id"])
        for start in range(0, len(rows), 5000):
            insert_rows(session, table, rows[start : start + 5000])
        patches += [(table, column, params) for column, params in later.items() if params]
    for table, column, params in patches:
        target = by_name[table.name]
        session.execute(
            target.update().where(target.c.id == bindparam("b_id")).values({column: bindparam(column)}), params
        )
    if bases:
        insert_rows(session, table_of(SyncBase), bases)
    return households


def _trust(session: Session, doc: keys.KeyDocument) -> None:
    """The province's keys trusted (as keys.import_province_key does), in this transaction."""
    for earlier in session.scalars(select(SyncDevice).where(SyncDevice.role == keys.ROLE_PROVINCE)).all():
        if earlier.device_id != doc.device_id:
            session.delete(earlier)
    session.flush()
    device = session.get(SyncDevice, doc.device_id)
    if device is None:
        device = SyncDevice(device_id=doc.device_id, enrolled_at=_now())
        session.add(device)
    device.role = keys.ROLE_PROVINCE
    device.name = doc.name
    device.key_id = doc.key_id_hex
    device.public_key = base64.b64encode(doc.public_key).decode("ascii")
    device.encryption_key = base64.b64encode(doc.encryption_key).decode("ascii")
    device.institute_ids = []
    device.details = {"created_at": doc.created_at}
    device.revoked_at = None
    device.revoked_reason = ""


def _left_out_of(
    info: Mapping[str, Any],
    decoded: Mapping[str, list[tuple[dict[str, Any], Any]]],
    changes: ChangeSet,
    db: Database,
) -> dict[str, dict[str, Any]]:
    """What the restore left out: as its manifest tells (checked), with the attachment files it lacks counted
    here (a live attachment whose file is neither in the bundle nor in this database's store)."""
    from cdfi_desktop.services.attachments import stored_path

    told = info.get("left_out")
    left_out: dict[str, dict[str, Any]] = {}
    if isinstance(told, dict):
        for code in LEFT_OUT:
            entry = told.get(code)
            count = entry.get("count") if isinstance(entry, dict) else None
            if isinstance(count, int) and not isinstance(count, bool) and count > 0:
                seqs = entry.get("seqs") if isinstance(entry, dict) else None
                left_out[code] = {"count": count}
                if isinstance(seqs, list):
                    left_out[code]["seqs"] = [n for n in seqs if isinstance(n, int) and not isinstance(n, bool)]
    missing = {
        str(row["sha256"])
        for row, _ in decoded.get("attachment", [])
        if row.get("deleted_at") is None
        and row.get("sha256") not in changes.attachments
        and not stored_path(db, str(row["sha256"])).exists()
    }
    if missing:
        left_out["missing_files"] = {"count": len(missing)}
    else:
        left_out.pop("missing_files", None)
    return left_out


def create_from_restore(path: Path, db_location: str | Path, *, expect_fingerprint: str | None = None) -> CreateResult:
    """A laptop database at ``db_location`` (a new one, or an empty one) made from the restore bundle ``path``.

    The province key the bundle is signed with is checked before anything is written: against the province key
    the database trusts already, if it trusts one; else against ``expect_fingerprint`` (the fingerprint the
    province reads out by phone, typed by the officer), which is then required. What the restore left out (the
    manifest's ``restore.left_out``, and attachment files it lacks) is told in ``warnings``/``warnings_th``.

    Raises BundleRefused (nothing written; a new database file and key files made for it are removed): the
    bundle's own faults (as an import refuses them: unreadable, signature_invalid, payload_not_for_us when
    encrypted to another database, counts_mismatch, record_invalid, schema_newer/older, wrong_kind),
    restore_fingerprint_needed, fingerprint_mismatch, restore_not_empty, restore_is_province,
    restore_same_device, restore_province_mismatch. DatabaseRefused when the database cannot be opened.
    """
    from cdfi_desktop.services.attachments import store_attachment
    from cdfi_desktop.sync.service import KIND_NAMES

    bundle = container.open_bundle(path, name=path.name)
    if bundle.kind != RESTORE:
        raise BundleRefused("wrong_kind", name=bundle.name, kind=KIND_NAMES.get(bundle.kind, bundle.kind))
    doc, info = _province_of(bundle)
    container.check_signature(bundle, key_id=doc.key_id, public_key=doc.public_key)
    manifest = bundle.manifest
    schema = str(manifest["schema_version"])
    if schema > HEAD_REVISION:
        raise BundleRefused("schema_newer", name=bundle.name, schema=schema, ours=HEAD_REVISION)
    if schema < HEAD_REVISION:
        raise BundleRefused("schema_older", name=bundle.name, schema=schema, ours=HEAD_REVISION)
    lost = str(info["for_device"])
    officer = str(info.get("officer") or "")
    expected = (expect_fingerprint or "").strip()
    if expected and keys.normalise_fingerprint(expected) != keys.normalise_fingerprint(doc.fingerprint):
        raise BundleRefused("fingerprint_mismatch", found=doc.fingerprint, expected=expected)
    file_path = sqlite_path(resolve_url(db_location))
    existed = file_path is None or (file_path.exists() and file_path.stat().st_size > 0)
    if not existed and not expected:  # a new database trusts no province yet
        raise RestoreRefused("restore_fingerprint_needed", name=bundle.name, found=doc.fingerprint)
    location = str(db_location)
    db = Database.open(db_location, officer=officer)
    made_keys = [
        key_path
        for key_path in (keys.key_file(db.device_id), keys.encryption_key_file(db.device_id))
        if not key_path.exists()
    ]
    done = False
    try:
        if keys.is_province(db):
            raise RestoreRefused("restore_is_province", location=location)
        if db.device_id == lost:
            raise RestoreRefused("restore_same_device", device=lost)
        with db.session() as session:
            held = _record_count(session)
            if held:
                raise RestoreRefused("restore_not_empty", location=location, records=held)
            trusted = keys.province_entry(session)
            if trusted is None and not expected:
                raise RestoreRefused("restore_fingerprint_needed", name=bundle.name, found=doc.fingerprint)
            if trusted is not None:
                trusted_key = keys.public_key_of(trusted)
                if trusted_key[1] != doc.public_key:
                    raise RestoreRefused(
                        "restore_province_mismatch",
                        name=bundle.name,
                        found=doc.fingerprint,
                        trusted=keys.fingerprint(trusted_key[1]),
                    )
                container.check_signature(bundle, key_id=trusted_key[0], public_key=trusted_key[1])
        own = keys.device_key(db)
        decrypt = keys.encryption_key(db)
        members = container.payload(
            bundle, decrypt_key=decrypt if bundle.encrypted else None, our_device_id=db.device_id
        )
        changes = ChangeSet.from_members(members, name=bundle.name)
        found, stated = changes.counts(), dict(manifest["counts"])
        for table_name in sorted(set(found) | set(stated)):
            if found.get(table_name, 0) != stated.get(table_name, 0):
                raise BundleRefused(
                    "counts_mismatch",
                    name=bundle.name,
                    table=table_name,
                    count=found.get(table_name, 0),
                    expected=stated.get(table_name, 0),
                )
        decoded = _decoded(changes, bundle.name)
        left_out = _left_out_of(info, decoded, changes, db)
        audit_rows = _audit_rows(changes, bundle.name)
        upto_hlc = max([changes.upto_hlc, str(manifest["upto_hlc"])])
        if existed:
            db.backup(backups.BEFORE_BUNDLE)
        for sha, data in sorted(changes.attachments.items()):
            store_attachment(db, sha, data)  # kept when already there; sealed when the database is encrypted
        now = _now()
        with db.session(write=True) as session, session.begin():
            households = _write_records(session, decoded)
            if households:
                search.mark_dirty(session, households)
            audit = table_of(AuditLog)
            for start in range(0, len(audit_rows), 5000):
                insert_rows(session, audit, audit_rows[start : start + 5000])
            last_audit = int(session.scalar(select(func.max(audit.c.id))) or 0)
            _trust(session, doc)
            for key in (SYNC_NEEDS_FULL_KEY, SYNC_LAST_RECEIPT_KEY):
                existing = session.get(LocalSetting, key)
                if existing is not None:
                    session.delete(existing)
            session.merge(LocalSetting(key=DEVICE_REPLACED_FROM_KEY, value=lost))
            session.merge(LocalSetting(key=SYNC_ACK_HLC_KEY, value=upto_hlc))
            session.merge(LocalSetting(key=SYNC_ACK_AUDIT_KEY, value=str(last_audit)))
            if officer and not (session.get(LocalSetting, OFFICER_KEY) or LocalSetting(value="")).value:
                session.merge(LocalSetting(key=OFFICER_KEY, value=officer))
            session.add(
                SyncBundle(
                    bundle_id=manifest["bundle_id"],
                    kind=RESTORE,
                    direction=IN,
                    device_id=manifest["device_id"],
                    officer=manifest["officer"],
                    seq=int(manifest["seq"]),
                    manifest_sha256=bundle.manifest_sha256,
                    prev_sha256=manifest["prev_sha256"],
                    created_at=datetime.fromisoformat(manifest["created_at"].replace("Z", "+00:00")),
                    recorded_at=now,
                    status="applied",
                    full=True,
                    upto_hlc=upto_hlc,
                    upto_audit=int(manifest["upto_audit"]),
                    digest=manifest["digest"],
                    counts=dict(manifest["counts"]),
                    report={"for_device": lost},
                    path=str(path),
                )
            )
        if upto_hlc:
            db.recorder.hlc.observe(upto_hlc)
        if officer and not db.recorder.officer:
            db.recorder.officer = officer
        result = CreateResult(
            location=location,
            created=not existed,
            device_id=db.device_id,
            replaced_from=lost,
            officer=db.recorder.officer,
            province_device=doc.device_id,
            province_name=doc.name,
            province_fingerprint=doc.fingerprint,
            institute_ids=list(manifest["institute_ids"]),
            counts=dict(manifest["counts"]),
            records=changes.record_count(),
            bundle_id=str(manifest["bundle_id"]),
            manifest_sha256=bundle.manifest_sha256,
            encrypted=bundle.encrypted,
            upto_hlc=upto_hlc,
            fingerprint=own.fingerprint,
            warnings=left_out_texts(left_out, lost, "en"),
            warnings_th=left_out_texts(left_out, lost, "th"),
            left_out=left_out,
        )
        done = True
        return result
    finally:
        db.close()
        if not done:  # key files made for a refused restore are not left behind
            for key_path in made_keys:
                key_path.unlink(missing_ok=True)
        if not done and not existed and file_path is not None:  # a database made for nothing is not left behind
            for leftover in (file_path, *(file_path.with_name(file_path.name + end) for end in ("-wal", "-shm"))):
                leftover.unlink(missing_ok=True)
