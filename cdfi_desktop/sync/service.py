"""What commands and screens call: make a bundle, import bundles and receipts, and this device's sync status.

A laptop exports everything changed since the point the province acknowledged (or all of it, for a full bundle)
as the next bundle of its sequence, chained to the one before by hash. Writing a bundle marks nothing as sent:
only a receipt from the province moves the acknowledged point.

The province imports bundles: each is checked whole (signature by an enrolled, unrevoked key; every member's
hash and size; schema; counts; sequence) before anything is written, then applied in one transaction, and
answered with a signed receipt. A bundle that comes before a missing one is held (its file kept in the database)
and applied, in order, once the gap closes. The same bundle again is "ignored" (and its receipt written again);
another bundle under a sequence number already imported is a replay, refused. A dry run does every check and
the merge, reports, and rolls back.

A laptop imports the province's receipt with the same call: it moves the acknowledged point forward, marks the
bundle confirmed, and, when the province's digest of what it holds from this device differs from the laptop's,
asks for the next bundle to be full. It takes the province's reference bundles with the same call too
(:mod:`cdfi_desktop.sync.reference`), and names the last one it applied in each bundle it makes, so that the
province's digest of it leaves out what the province's decisions superseded there
(:mod:`cdfi_desktop.sync.review_decisions`).
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cdfi_desktop import __version__
from cdfi_desktop.db import access, backups
from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.db.keys import (
    DEVICE_REPLACED_FROM_KEY,
    PROVINCE_NAME_KEY,
    SYNC_ACK_AUDIT_KEY,
    SYNC_ACK_HLC_KEY,
    SYNC_LAST_RECEIPT_KEY,
    SYNC_NEEDS_FULL_KEY,
)
from cdfi_desktop.db.models.records import LocalSetting
from cdfi_desktop.db.models.sync import SyncBundle, SyncDevice
from cdfi_desktop.db.preflight import HEAD_REVISION
from cdfi_desktop.domain.enums import AuditAction
from cdfi_desktop.sync import container, keys
from cdfi_desktop.sync.errors import BundleRefused
from cdfi_desktop.sync.report import ImportReport

log = logging.getLogger(__name__)

BUNDLE_SUFFIX = ".cdfibundle"
RECEIPTS_FOLDER = "receipts"
OUT, IN = "out", "in"
CHANGES, RECEIPT, REFERENCE, RESTORE = "changes", "receipt", "reference", "restore"
KIND_NAMES = {CHANGES: "changes bundle", RECEIPT: "receipt", REFERENCE: "reference bundle", RESTORE: "restore bundle"}

_STATUS_TEXTS: dict[str, tuple[str, str]] = {
    "applied": ("นำเข้าแล้ว", "imported"),
    "ignored": ("นำเข้าไปก่อนแล้ว ไม่มีอะไรเปลี่ยน", "imported before; nothing changed"),
    "superseded": (
        "ไม่ต้องนำเข้า ชุดข้อมูลลำดับถัดไปที่นำเข้าแล้วมีข้อมูลของชุดนี้ครบ ไม่มีอะไรเปลี่ยน",
        "not needed: a later bundle already imported holds all of it; nothing changed",
    ),
    "held": ("พักไว้ รอชุดข้อมูลลำดับก่อนหน้า", "held until the bundles before it arrive"),
    "refused": ("ไม่รับ", "refused"),
    "checked": ("ตรวจแล้ว นำเข้าได้ (ยังไม่ได้บันทึก)", "checked: it can be imported (nothing written)"),
    "confirmed": ("จังหวัดยืนยันการรับแล้ว", "confirmed by the province"),
}


@dataclass
class ExportResult:
    path: Path
    bundle_id: str
    seq: int
    counts: dict[str, int]
    records: int
    encrypted: bool
    manifest_sha256: str
    size: int


@dataclass
class ImportOutcome:
    name: str
    kind: str
    status: str  # "applied" | "ignored" | "held" | "refused" | "checked" | "confirmed"
    bundle_id: str = ""
    device_id: str = ""
    seq: int = 0
    manifest_sha256: str = ""
    report: ImportReport | None = None
    error: dict[str, Any] | None = None
    receipt_path: Path | None = None
    message_th: str = ""
    message_en: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The outcome as JSON (the ``--json`` output of ``bundle import``)."""
        return {
            "name": self.name,
            "kind": self.kind,
            "status": self.status,
            "bundle_id": self.bundle_id,
            "device_id": self.device_id,
            "seq": self.seq,
            "manifest_sha256": self.manifest_sha256,
            "report": self.report.to_dict() if self.report is not None else None,
            "error": self.error,
            "receipt_path": str(self.receipt_path) if self.receipt_path else None,
            "message_th": self.message_th,
            "message_en": self.message_en,
        }


@dataclass
class SyncStatus:
    device_id: str
    fingerprint: str
    key_id: str
    officer: str
    is_province: bool
    province_name: str
    province_fingerprint: str
    waiting: dict[str, int]
    waiting_total: int
    last_bundle: dict[str, Any] | None
    last_receipt: dict[str, Any] | None
    needs_full: bool
    replaced_from: str


def _now() -> datetime:
    return datetime.now(UTC)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse_iso(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


# -- export -------------------------------------------------------------------------------------------------------


def _last_out(session: Session, device_id: str) -> SyncBundle | None:
    return session.scalars(
        select(SyncBundle)
        .where(SyncBundle.direction == OUT, SyncBundle.kind == CHANGES, SyncBundle.device_id == device_id)
        .order_by(SyncBundle.seq.desc(), SyncBundle.id.desc())
    ).first()


def _confirmed_seq(session: Session, device_id: str) -> int:
    """The number of this device's last bundle the province confirmed (its receipt set the acknowledged point)."""
    found = session.scalar(
        select(func.max(SyncBundle.seq)).where(
            SyncBundle.direction == OUT,
            SyncBundle.kind == CHANGES,
            SyncBundle.device_id == device_id,
            SyncBundle.status == "confirmed",
        )
    )
    return int(found or 0)


def bundle_path(out: Path, device_id: str, seq: int, *, kind: str = CHANGES) -> Path:
    """Where a bundle goes: ``out`` itself when it names a ``.cdfibundle`` file, else the file
    ``cdfi-<device8>-<seq:05d>.cdfibundle`` in the folder ``out`` (made when missing: a USB stick's folder);
    another kind than changes has its kind in the name (``cdfi-reference-<device8>-<seq:05d>.cdfibundle``)."""
    if out.suffix.lower() == BUNDLE_SUFFIX and not out.is_dir():
        return out
    named = "" if kind == CHANGES else f"{kind}-"
    return out / f"cdfi-{named}{device_id[:8]}-{seq:05d}{BUNDLE_SUFFIX}"


def export_bundle(
    db: Database, out: Path, *, full: bool = False, progress: Callable[[int, int], None] | None = None
) -> ExportResult | None:
    """Write this device's next bundle; None (and no file) when nothing changed since the acknowledged point.

    The bundle is full (every record, every audit entry made here) when asked, or when the province's last
    receipt disagreed with this laptop's digest. Its members are encrypted to the province when its keys were
    imported. Nothing is marked sent: the same changes go again in the next bundle until a receipt names one.
    """
    from cdfi_desktop.sync import digest, feed

    key = keys.device_key(db)
    full = full or db.get_setting(SYNC_NEEDS_FULL_KEY) == "1"
    ack_hlc = db.get_setting(SYNC_ACK_HLC_KEY)
    ack_audit = int(db.get_setting(SYNC_ACK_AUDIT_KEY) or 0)
    changes = feed.collect(db, since_hlc=ack_hlc, since_audit=ack_audit, full=full, progress=progress)
    if not changes.record_count() and not changes.audit:
        return None
    members = changes.members()
    now = _now()
    with db.session(write=True) as session, session.begin():
        province = keys.province_entry(session)
        last = _last_out(session, db.device_id)
        seq = (last.seq if last else 0) + 1
        institute_ids = sorted(session.scalars(select(m.Institute.id).where(m.Institute.deleted_at.is_(None))))
        manifest: dict[str, Any] = {
            "schema_version": HEAD_REVISION,
            "app_version": __version__,
            "kind": CHANGES,
            "bundle_id": str(uuid.uuid4()),
            "officer": db.recorder.officer,
            "seq": seq,
            "prev_sha256": last.manifest_sha256 if last else "",
            "since_seq": 0 if full else _confirmed_seq(session, db.device_id),
            "created_at": _iso(now),
            "full": full,
            "since_hlc": "" if full else ack_hlc,
            "upto_hlc": changes.upto_hlc,
            "upto_audit": changes.upto_audit,
            "institute_ids": institute_ids,
            "counts": changes.counts(),
            "digest": digest.device_digest(session, db.device_id, upto_hlc=changes.upto_hlc),
        }
        applied = _reference_applied(session)
        if applied is not None:
            manifest["reference_applied"] = applied
        recipient = province if province is not None and province.encryption_key else None
        data, sha = container.build(manifest=manifest, members=members, key=key, recipient=recipient)
        path = bundle_path(out, db.device_id, seq)
        session.add(out_row(manifest, device_id=db.device_id, sha256=sha, now=now, path=path))
        session.flush()
        container.write_atomically(path, data)  # the row commits only once the file is in place
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


def _reference_applied(session: Session) -> dict[str, Any] | None:
    """The last reference bundle this laptop applied (its number and hash), told to the province in each bundle."""
    from cdfi_desktop.sync.reference import LAST_REFERENCE_KEY

    row = session.get(LocalSetting, LAST_REFERENCE_KEY)
    try:
        last = json.loads(row.value) if row is not None else None
    except ValueError:
        return None
    if not isinstance(last, dict) or not isinstance(last.get("seq"), int) or not isinstance(last.get("sha256"), str):
        return None
    return {"seq": last["seq"], "sha256": last["sha256"]}


# -- import -------------------------------------------------------------------------------------------------------


@dataclass
class _Item:
    """One file of an import call, opened (or refused on opening), with its outcome."""

    order: int
    name: str
    path: Path | None
    data: bytes = b""
    bundle: container.OpenedBundle | None = None
    outcome: ImportOutcome | None = None


@dataclass
class _Run:
    db: Database
    dry_run: bool
    receipts_dir: Path | None
    is_province: bool
    backup_taken: bool = False
    simulated: dict[str, tuple[int, str]] = field(default_factory=dict)  # dry run: device -> (seq, hash)
    pending: dict[str, dict[int, _Item]] = field(default_factory=dict)  # held in this call: device -> seq -> item
    extra: list[ImportOutcome] = field(default_factory=list)  # bundles held in an earlier call, applied now
    decisions: list[dict[str, Any]] | None = None  # the province's review decisions, read once per run

    def decided(self, session: Session) -> list[dict[str, Any]]:
        from cdfi_desktop.sync import review_decisions

        if self.decisions is None:
            self.decisions = review_decisions.decisions(session)
        return self.decisions


def _outcome(item: _Item, status: str, *, bundle: container.OpenedBundle | None = None, **fields: Any) -> ImportOutcome:
    manifest = bundle.manifest if bundle is not None else {}
    thai, english = _STATUS_TEXTS[fields.pop("text", status)]
    result = ImportOutcome(
        name=item.name,
        kind=str(manifest.get("kind", "")),
        status=status,
        bundle_id=str(manifest.get("bundle_id", "")),
        device_id=str(manifest.get("device_id", "")),
        seq=int(manifest.get("seq", 0) or 0),
        manifest_sha256=bundle.manifest_sha256 if bundle is not None else "",
        message_th=f"{item.name}: {thai}",
        message_en=f"{item.name}: {english}",
    )
    for key, value in fields.items():
        setattr(result, key, value)
    if result.error is not None and status in ("refused", "held"):
        result.message_th = f"{item.name}: {thai}: {result.error['message_th']}"
        result.message_en = f"{item.name}: {english}: {result.error['message_en']}"
    return result


def _refused(item: _Item, exc: BundleRefused) -> ImportOutcome:
    return _outcome(item, "refused", bundle=item.bundle, error=exc.as_dict())


def import_files(
    db: Database,
    files: Sequence[Path],
    *,
    dry_run: bool = False,
    receipts_dir: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[ImportOutcome]:
    """Import bundles (on the province) or receipts and reference bundles (on a laptop); one outcome per file, in
    the files' order.

    Bundles of one device are taken in sequence order whatever the order of the files; a bundle held in an
    earlier call is applied when the gap before it closes (its outcome follows the files'). ``receipts_dir``:
    where the receipts go (default: a ``receipts`` folder beside each bundle). ``dry_run``: every check and
    the merge, then rolled back: nothing is written, no backup, no receipt.
    """
    access.check_import(db)  # a committee account imports nothing
    db = access.with_purpose(db, access.IMPORT)  # a province account may write what bundles bring (db.access)
    run = _Run(db=db, dry_run=dry_run, receipts_dir=receipts_dir, is_province=keys.is_province(db))
    items: list[_Item] = []
    for order, path in enumerate(files):
        item = _Item(order=order, name=path.name, path=path)
        try:
            item.data = _read(path)
            item.bundle = container.open_bundle(item.data, name=item.name)
        except BundleRefused as exc:
            item.outcome = _refused(item, exc)
        items.append(item)
    opened = [i for i in items if i.bundle is not None]
    opened.sort(key=lambda i: (_kind_rank(i), str(i.bundle.manifest["device_id"]) if i.bundle else "", _seq(i)))
    total = len(opened)
    for done, item in enumerate(opened, start=1):
        if item.outcome is None:  # an item may have been applied already, as the next of a closed gap
            _import_one(run, item)
        if progress is not None:
            progress(done, total)
    return [i.outcome for i in sorted(items, key=lambda i: i.order) if i.outcome is not None] + run.extra


def _read(path: Path) -> bytes:
    limit = container.DEFAULT_LIMITS.max_file
    try:
        size = path.stat().st_size
        if size > limit:
            raise BundleRefused("bundle_too_large", name=path.name, size=size, limit=limit)
        return path.read_bytes()
    except OSError as exc:
        raise BundleRefused("bundle_unreadable", name=path.name, detail=exc.strerror or str(exc)) from exc


def _kind_rank(item: _Item) -> int:
    return 0 if item.bundle is not None and item.bundle.kind == CHANGES else 1


def _seq(item: _Item) -> int:
    return int(item.bundle.manifest["seq"]) if item.bundle is not None else 0


def claim_institutes(session: Session, device: SyncDevice, manifest: dict[str, Any], *, now: datetime) -> list[str]:
    """A hub enrolled here (a province at the department: ``details["role"] == "province"``) may bring institutes
    added since its enrolment: those its signed manifest lists that no other unrevoked device here claims are added
    to its list (audited); the others stay refused by the merge (record_other_institute). Returns those added."""
    if (device.details or {}).get("role") != keys.ROLE_PROVINCE:
        return []
    before = list(device.institute_ids or [])
    listed = {str(i) for i in manifest.get("institute_ids") or []}
    new = listed - set(before)
    if not new:
        return []
    claimed: set[str] = set()
    others = select(SyncDevice).where(SyncDevice.device_id != device.device_id, SyncDevice.revoked_at.is_(None))
    for other in session.scalars(others):
        claimed.update(other.institute_ids or [])
    added = sorted(new - claimed)
    if not added:
        return []
    device.institute_ids = sorted({*before, *added})
    session.add(
        m.AuditLog(
            at=now,
            officer=device.name or "",
            device_id=device.device_id,
            table_name="sync_device",
            record_id=device.device_id,
            action=AuditAction.UPDATE,
            changes={"institute_ids": [before, device.institute_ids], "reason": [None, "new institutes of the hub"]},
        )
    )
    session.flush()
    return added


def _import_one(run: _Run, item: _Item) -> None:
    bundle = item.bundle
    assert bundle is not None
    try:
        wanted = (CHANGES,) if run.is_province else (RECEIPT, REFERENCE)
        if bundle.kind not in wanted:
            raise BundleRefused("wrong_kind", name=item.name, kind=KIND_NAMES[bundle.kind])
        if bundle.kind == RECEIPT:
            item.outcome = _import_receipt(run, item, bundle)
        elif bundle.kind == REFERENCE:
            from cdfi_desktop.sync import reference

            item.outcome = reference.import_reference(run, item, bundle)
        else:
            item.outcome = _import_changes(run, item, bundle)
    except BundleRefused as exc:
        item.outcome = _refused(item, exc)
    except Exception as exc:  # one bundle's fault is its outcome; the others are still imported
        # its own transaction was rolled back when the exception left it (KeyboardInterrupt/SystemExit propagate)
        log.exception("importing %s failed", item.name)
        detail = f"{type(exc).__name__}: {exc}".splitlines()[0][:300]
        item.outcome = _refused(item, BundleRefused("internal_error", name=item.name, detail=detail))


def _check_schema(bundle: container.OpenedBundle) -> None:
    schema = str(bundle.manifest["schema_version"])
    if schema > HEAD_REVISION:
        raise BundleRefused("schema_newer", name=bundle.name, schema=schema, ours=HEAD_REVISION)
    if schema < HEAD_REVISION:
        raise BundleRefused("schema_older", name=bundle.name, schema=schema, ours=HEAD_REVISION)


def _trusted_sender(session: Session, bundle: container.OpenedBundle, *, role: str) -> SyncDevice:
    """The enrolled, unrevoked device that signed the bundle (signature checked with its registered key)."""
    manifest = bundle.manifest
    device = keys.trusted_device(session, str(manifest["device_id"]))
    if device is None or device.role != role:
        raise BundleRefused("device_unknown", name=bundle.name, device=manifest["device_id"], key_id=manifest["key_id"])
    if device.revoked_at is not None:
        raise BundleRefused("device_revoked", name=bundle.name, device=device.device_id, revoked_at=device.revoked_at)
    key_id, public = keys.public_key_of(device)
    container.check_signature(bundle, key_id=key_id, public_key=public)
    if manifest["key_id"] != device.key_id:
        raise BundleRefused("signature_invalid", name=bundle.name, device=device.device_id)
    return device


def _import_changes(run: _Run, item: _Item, bundle: container.OpenedBundle) -> ImportOutcome:
    from cdfi_desktop.sync.feed import ChangeSet

    db = run.db
    manifest = bundle.manifest
    with db.session() as session:
        device = _trusted_sender(session, bundle, role=keys.ROLE_LAPTOP)
        device_id = device.device_id
        last_seq, last_hash = run.simulated.get(device_id, (device.last_seq, device.last_bundle_hash))
        seen = _imported(session, device_id, int(manifest["seq"]))
        held_before = _held(session, device_id, int(manifest["seq"]))
    _check_schema(bundle)  # read only once a trusted key signed it
    members = container.payload(bundle, decrypt_key=keys.encryption_key(db), our_device_id=db.device_id)
    changes = ChangeSet.from_members(members, name=item.name)
    found = changes.counts()
    expected: dict[str, int] = dict(manifest["counts"])
    for table in sorted(set(found) | set(expected)):
        if found.get(table, 0) != expected.get(table, 0):
            raise BundleRefused(
                "counts_mismatch",
                name=item.name,
                table=table,
                count=found.get(table, 0),
                expected=expected.get(table, 0),
            )
    seq = int(manifest["seq"])
    if seq <= last_seq:
        if (seen is not None and seen.manifest_sha256 == bundle.manifest_sha256) or (
            seen is None and seq == last_seq and last_hash == bundle.manifest_sha256
        ):
            report = ImportReport.from_dict(seen.report) if seen is not None and seen.report else None
            receipt = (
                None
                if run.dry_run
                else _write_receipt(run, item, bundle, device_id=device_id, status="ignored", seen=seen)
            )
            return _outcome(item, "ignored", bundle=bundle, report=report, receipt_path=receipt)
        if seen is None and seq < last_seq and device_id not in run.simulated:
            return _outcome(item, "ignored", bundle=bundle, text="superseded")  # a later bundle brought it all
        raise BundleRefused("sequence_replay", name=item.name, seq=seq, device=device_id)
    follows = seq == last_seq + 1 or int(manifest["since_seq"]) <= last_seq  # it holds all the province lacks
    if not follows:
        gap = BundleRefused("sequence_gap", name=item.name, seq=seq, device=device_id, expected=last_seq + 1)
        run.pending.setdefault(device_id, {})[seq] = item
        if not run.dry_run and held_before is None:
            _take_backup(run)
            now = _now()
            with db.session(write=True) as session, session.begin():
                session.add(_in_row(bundle, status="held", now=now, path=item.path, payload=item.data))
        return _outcome(item, "held", bundle=bundle, error=gap.as_dict())
    if seq == last_seq + 1 and bundle.manifest["prev_sha256"] != last_hash:
        raise BundleRefused("chain_broken", name=item.name, seq=seq, device=device_id)
    outcome = _apply(run, item, bundle, changes, held_before)
    _next_in_line(run, device_id, seq)
    return outcome


def _in_bundle(session: Session, device_id: str, seq: int, status: str) -> SyncBundle | None:
    """The bundle ``seq`` of a device imported here with ``status`` ("applied" or "held"), if any."""
    return session.scalars(
        select(SyncBundle)
        .where(
            SyncBundle.direction == IN,
            SyncBundle.kind == CHANGES,
            SyncBundle.device_id == device_id,
            SyncBundle.seq == seq,
            SyncBundle.status == status,
        )
        .order_by(SyncBundle.id)
    ).first()


def _imported(session: Session, device_id: str, seq: int) -> SyncBundle | None:
    return _in_bundle(session, device_id, seq, "applied")


def _held(session: Session, device_id: str, seq: int) -> SyncBundle | None:
    return _in_bundle(session, device_id, seq, "held")


def full_manifest(
    kind: str,
    *,
    officer: str,
    last: SyncBundle | None,
    now: datetime,
    changes: Any,
    institute_ids: list[str],
    digest: str,
) -> dict[str, Any]:
    """The manifest of a full bundle the province makes (a restore, its export), numbered after ``last``."""
    return {
        "schema_version": HEAD_REVISION,
        "app_version": __version__,
        "kind": kind,
        "bundle_id": str(uuid.uuid4()),
        "officer": officer,
        "seq": (last.seq if last else 0) + 1,
        "prev_sha256": last.manifest_sha256 if last else "",
        "since_seq": 0,
        "created_at": _iso(now),
        "full": True,
        "since_hlc": "",
        "upto_hlc": changes.upto_hlc,
        "upto_audit": changes.upto_audit,
        "institute_ids": institute_ids,
        "counts": changes.counts(),
        "digest": digest,
    }


def out_row(
    manifest: Mapping[str, Any],
    *,
    device_id: str,
    sha256: str,
    now: datetime,
    path: Path,
    for_device: str = "",
    report: dict[str, Any] | None = None,
) -> SyncBundle:
    """The row of a bundle this database (``device_id``) makes (changes, reference, restore, its export), read from
    its manifest: what it was numbered, chained to and holds, recorded as "made"."""
    return SyncBundle(
        bundle_id=manifest["bundle_id"],
        kind=manifest["kind"],
        direction=OUT,
        device_id=device_id,
        for_device=for_device,
        officer=manifest["officer"],
        seq=int(manifest["seq"]),
        manifest_sha256=sha256,
        prev_sha256=manifest["prev_sha256"],
        created_at=now,
        recorded_at=now,
        status="made",
        full=bool(manifest["full"]),
        upto_hlc=manifest["upto_hlc"],
        upto_audit=int(manifest["upto_audit"]),
        digest=manifest["digest"],
        counts=dict(manifest["counts"]),
        report=dict(report or {}),
        path=str(path),
    )


def _in_row(
    bundle: container.OpenedBundle, *, status: str, now: datetime, path: Path | None, payload: bytes | None = None
) -> SyncBundle:
    manifest = bundle.manifest
    return SyncBundle(
        bundle_id=manifest["bundle_id"],
        kind=manifest["kind"],
        direction=IN,
        device_id=manifest["device_id"],
        officer=manifest["officer"],
        seq=int(manifest["seq"]),
        manifest_sha256=bundle.manifest_sha256,
        prev_sha256=manifest["prev_sha256"],
        created_at=_parse_iso(manifest["created_at"]),
        recorded_at=now,
        status=status,
        full=bool(manifest["full"]),
        upto_hlc=manifest["upto_hlc"],
        upto_audit=int(manifest["upto_audit"]),
        digest=manifest["digest"],
        counts=dict(manifest["counts"]),
        report={},
        path=str(path) if path else "",
        payload=payload,
    )


def _take_backup(run: _Run) -> None:
    if run.backup_taken or run.dry_run:
        return
    run.backup_taken = True
    run.db.backup(backups.BEFORE_BUNDLE)


def _apply(
    run: _Run, item: _Item, bundle: container.OpenedBundle, changes: Any, held: SyncBundle | None
) -> ImportOutcome:
    from cdfi_desktop.sync import merge, review_decisions

    db = run.db
    manifest = bundle.manifest
    device_id = str(manifest["device_id"])
    now = _now()
    if run.dry_run:
        with db.session(write=True) as session:
            transaction = session.begin()
            try:
                device = session.get(SyncDevice, device_id)
                assert device is not None
                claim_institutes(session, device, manifest, now=now)
                report = merge.apply(
                    session,
                    changes,
                    device=device,
                    bundle_id=str(manifest["bundle_id"]),
                    name=item.name,
                    store_attachment=lambda sha, data: None,
                    now=now,
                )
            finally:
                transaction.rollback()
        run.simulated[device_id] = (int(manifest["seq"]), bundle.manifest_sha256)
        return _outcome(item, "checked", bundle=bundle, report=report)
    _take_backup(run)
    signer = _signer(db)
    with db.session(write=True) as session, session.begin():
        device = session.get(SyncDevice, device_id)
        assert device is not None
        claim_institutes(session, device, manifest, now=now)
        report = merge.apply(
            session,
            changes,
            device=device,
            bundle_id=str(manifest["bundle_id"]),
            name=item.name,
            store_attachment=lambda sha, data: _store_attachment(db, sha, data),
            now=now,
        )
        row = session.get(SyncBundle, held.id) if held is not None else None
        if row is None:
            row = _in_row(bundle, status="applied", now=now, path=item.path)
            session.add(row)
        row.status = "applied"
        row.payload = None
        row.recorded_at = now
        row.report = report.to_dict()
        device.last_seq = int(manifest["seq"])
        device.last_bundle_hash = bundle.manifest_sha256
        device.last_bundle_at = now
        if isinstance(manifest.get("reference_applied"), dict):  # the province's decisions it holds now
            device.details = {**(device.details or {}), "reference_applied": dict(manifest["reference_applied"])}
        session.flush()
        province_digest = review_decisions.province_digest(
            session, device_id, province_device=db.device_id, found=run.decided(session)
        )
        receipt_data, receipt_manifest, receipt_sha, receipt_path = _receipt(
            run,
            item,
            bundle,
            device,
            status="applied",
            report=report.to_dict(),
            province_digest=province_digest,
            signer=signer,
        )
        session.add(
            SyncBundle(
                bundle_id=receipt_manifest["bundle_id"],
                kind=RECEIPT,
                direction=OUT,
                device_id=db.device_id,
                for_device=device.device_id,
                officer=device.name,
                seq=int(manifest["seq"]),
                manifest_sha256=receipt_sha,
                prev_sha256="",
                created_at=now,
                recorded_at=now,
                status="made",
                full=bool(manifest["full"]),
                upto_hlc=str(manifest["upto_hlc"]),
                upto_audit=int(manifest["upto_audit"]),
                digest=province_digest,
                counts=dict(manifest["counts"]),
                report=report.to_dict(),
                path=str(receipt_path),
            )
        )
    _write_receipt_file(receipt_path, receipt_data)
    return _outcome(item, "applied", bundle=bundle, report=report, receipt_path=receipt_path)


def _store_attachment(db: Database, sha: str, data: bytes) -> None:
    from cdfi_desktop.services.attachments import store_attachment

    store_attachment(db, sha, data)  # kept when already there; sealed when the database is encrypted


def _next_in_line(run: _Run, device_id: str, seq: int) -> None:
    """After bundle ``seq`` of a device was applied, apply the held bundle that now follows it (which goes on in
    turn): the next number, or a later one made since a bundle the province has. Held bundles it superseded are
    marked ignored."""
    pending = run.pending.get(device_id, {})
    for older in sorted(n for n in pending if n <= seq):
        item = pending.pop(older)
        item.outcome = None
        _import_one(run, item)  # now at or below the last number: ignored as superseded
    held: dict[int, SyncBundle] = {}
    if not run.dry_run:
        with run.db.session(write=True) as session, session.begin():
            for row in session.scalars(
                select(SyncBundle).where(
                    SyncBundle.direction == IN,
                    SyncBundle.kind == CHANGES,
                    SyncBundle.device_id == device_id,
                    SyncBundle.status == "held",
                )
            ):
                if row.seq <= seq:
                    row.status, row.payload = "ignored", None  # superseded by what was applied
                else:
                    held.setdefault(row.seq, row)
            session.expunge_all()
    for number in sorted(set(pending) | set(held)):
        if number in pending:
            item = pending[number]
        else:
            row = held[number]
            if row.payload is None:
                continue
            name = Path(row.path).name if row.path else f"cdfi-{device_id[:8]}-{number:05d}{BUNDLE_SUFFIX}"
            item = _Item(order=-1, name=name, path=Path(row.path) if row.path else None, data=bytes(row.payload))
            try:
                item.bundle = container.open_bundle(item.data, name=name)
            except BundleRefused as exc:
                item.outcome = _refused(item, exc)
                run.extra.append(item.outcome)
                _no_longer_held(run, device_id, number)
                continue
        assert item.bundle is not None
        if number != seq + 1 and int(item.bundle.manifest["since_seq"]) > seq:
            continue  # still waiting for the bundles before it
        from_earlier_call = pending.pop(number, None) is None
        item.outcome = None
        _import_one(run, item)
        if from_earlier_call and item.outcome is not None:
            run.extra.append(item.outcome)
        if item.outcome is not None and item.outcome.status == "refused":
            _no_longer_held(run, device_id, number)
        return


def _no_longer_held(run: _Run, device_id: str, seq: int) -> None:
    """A held bundle refused when its turn came (its key revoked meanwhile, its chain broken): refused, file dropped."""
    if run.dry_run:
        return
    with run.db.session(write=True) as session, session.begin():
        row = _held(session, device_id, seq)
        if row is not None:
            row.status, row.payload = "refused", None


# -- receipts (province side) ---------------------------------------------------------------------------------------


def _receipts_folder(run: _Run, item: _Item) -> Path:
    if run.receipts_dir is not None:
        return run.receipts_dir
    if item.path is not None:
        return item.path.parent / RECEIPTS_FOLDER
    return Path.cwd() / RECEIPTS_FOLDER


def _receipt(
    run: _Run,
    item: _Item,
    bundle: container.OpenedBundle,
    device: SyncDevice,
    *,
    status: str,
    report: dict[str, Any],
    province_digest: str,
    signer: _Signer,
) -> tuple[bytes, dict[str, Any], str, Path]:
    """The signed receipt for a bundle: its bytes, manifest and hash, and where it goes."""
    manifest = bundle.manifest
    receipt_manifest: dict[str, Any] = {
        "schema_version": HEAD_REVISION,
        "app_version": __version__,
        "kind": RECEIPT,
        "bundle_id": str(uuid.uuid4()),
        "officer": signer.name,
        "seq": int(manifest["seq"]),
        "prev_sha256": "",
        "created_at": _iso(_now()),
        "full": bool(manifest["full"]),
        "since_seq": 0,
        "since_hlc": manifest["since_hlc"],
        "upto_hlc": manifest["upto_hlc"],
        "upto_audit": int(manifest["upto_audit"]),
        "institute_ids": list(device.institute_ids or []),
        "counts": dict(manifest["counts"]),
        "digest": province_digest,
        "receipt": {
            "for_device": device.device_id,
            "bundle_id": manifest["bundle_id"],
            "bundle_sha256": bundle.manifest_sha256,
            "seq": int(manifest["seq"]),
            "status": status,
            "report": report,
            "digest": province_digest,
            "upto_hlc": manifest["upto_hlc"],
            "upto_audit": int(manifest["upto_audit"]),
        },
    }
    data, sha = container.build(manifest=receipt_manifest, members={}, key=signer.key)
    seq = int(manifest["seq"])
    path = _receipts_folder(run, item) / f"cdfi-receipt-{device.device_id[:8]}-{seq:05d}{BUNDLE_SUFFIX}"
    return data, receipt_manifest, sha, path


@dataclass(frozen=True)
class _Signer:
    """The province's key and name, read before a transaction (reading them may write the key's fingerprint)."""

    key: keys.DeviceKey
    name: str


def _signer(db: Database) -> _Signer:
    return _Signer(key=keys.device_key(db), name=db.get_setting(PROVINCE_NAME_KEY) or db.recorder.officer)


def _write_receipt_file(path: Path, data: bytes) -> None:
    try:
        container.write_atomically(path, data)
    except OSError as exc:  # the import stands; the receipt can be written again by importing the bundle again
        log.warning("the receipt %s could not be written: %s", path, exc.strerror or exc)


def _write_receipt(
    run: _Run, item: _Item, bundle: container.OpenedBundle, *, device_id: str, status: str, seen: SyncBundle | None
) -> Path | None:
    """The receipt of a bundle imported before, written again (with what the province holds now)."""
    from cdfi_desktop.sync import review_decisions

    signer = _signer(run.db)
    with run.db.session() as session:
        device = session.get(SyncDevice, device_id)
        assert device is not None
        province_digest = review_decisions.province_digest(
            session, device_id, province_device=run.db.device_id, found=run.decided(session)
        )
        report = dict(seen.report) if seen is not None and seen.report else {}
        data, _, _, path = _receipt(
            run, item, bundle, device, status=status, report=report, province_digest=province_digest, signer=signer
        )
    _write_receipt_file(path, data)
    return path


# -- receipts (laptop side) -----------------------------------------------------------------------------------------


def _import_receipt(run: _Run, item: _Item, bundle: container.OpenedBundle) -> ImportOutcome:
    db = run.db
    manifest = bundle.manifest
    receipt = manifest["receipt"]
    with db.session() as session:
        province = keys.province_entry(session)
        if province is None:
            raise BundleRefused("province_key_missing", name=item.name)
        if manifest["device_id"] != province.device_id:
            raise BundleRefused(
                "device_unknown", name=item.name, device=manifest["device_id"], key_id=manifest["key_id"]
            )
        _trusted_sender(session, bundle, role=keys.ROLE_PROVINCE)
        province_name = province.name
    container.payload(bundle, decrypt_key=None, our_device_id=db.device_id)
    if receipt["for_device"] != db.device_id:
        raise BundleRefused("receipt_not_for_us", name=item.name, device=receipt["for_device"], ours=db.device_id)
    try:
        report = ImportReport.from_dict(receipt["report"]) if receipt["report"] else None
    except (AttributeError, TypeError, ValueError) as exc:
        raise BundleRefused("manifest_malformed", name=item.name, detail="receipt report") from exc
    with db.session() as session:
        made = session.scalars(
            select(SyncBundle).where(
                SyncBundle.direction == OUT,
                SyncBundle.kind == CHANGES,
                SyncBundle.device_id == db.device_id,
                SyncBundle.bundle_id == receipt["bundle_id"],
                SyncBundle.manifest_sha256 == receipt["bundle_sha256"],
            )
        ).first()
        if made is None:
            raise BundleRefused("receipt_unknown_bundle", name=item.name, bundle_id=receipt["bundle_id"])
        already = session.scalars(
            select(SyncBundle.id).where(
                SyncBundle.direction == IN,
                SyncBundle.kind == RECEIPT,
                SyncBundle.manifest_sha256 == bundle.manifest_sha256,
            )
        ).first()
    if already is not None:
        return _outcome(item, "ignored", bundle=bundle, report=report)
    if run.dry_run:
        return _outcome(item, "checked", bundle=bundle, report=report)
    _take_backup(run)
    now = _now()
    digest_ok = receipt["digest"] == made.digest
    with db.session(write=True) as session, session.begin():
        settings = {row.key: row for row in session.scalars(select(LocalSetting))}

        def current(key: str) -> str:
            row = settings.get(key)
            return row.value if row is not None else ""

        # the point moves to what this laptop put in the bundle the receipt names, never further
        ack_hlc, ack_audit = current(SYNC_ACK_HLC_KEY), int(current(SYNC_ACK_AUDIT_KEY) or 0)
        latest = made.upto_hlc >= ack_hlc
        if made.upto_hlc > ack_hlc:
            session.merge(LocalSetting(key=SYNC_ACK_HLC_KEY, value=made.upto_hlc))
        if made.upto_audit > ack_audit:
            session.merge(LocalSetting(key=SYNC_ACK_AUDIT_KEY, value=str(made.upto_audit)))
        row = session.get(SyncBundle, made.id)
        assert row is not None
        row.status = "confirmed"
        row.report = dict(receipt["report"])
        session.add(_in_row(bundle, status="confirmed", now=now, path=item.path))
        last = {
            "at": manifest["created_at"],
            "bundle_id": receipt["bundle_id"],
            "seq": made.seq,
            "digest_ok": digest_ok,
            "province": province_name,
        }
        if made.seq >= _last_receipt_seq(current(SYNC_LAST_RECEIPT_KEY)):  # an older receipt again: not the last
            session.merge(LocalSetting(key=SYNC_LAST_RECEIPT_KEY, value=json.dumps(last, ensure_ascii=False)))
        if latest:
            if digest_ok:
                existing = session.get(LocalSetting, SYNC_NEEDS_FULL_KEY)
                if existing is not None:
                    session.delete(existing)
            else:
                session.merge(LocalSetting(key=SYNC_NEEDS_FULL_KEY, value="1"))
    return _outcome(item, "confirmed", bundle=bundle, report=report)


def _last_receipt_seq(text: str) -> int:
    try:
        last = json.loads(text or "null")
    except ValueError:
        return 0
    seq = last.get("seq") if isinstance(last, dict) else None
    return seq if isinstance(seq, int) else 0


# -- status ---------------------------------------------------------------------------------------------------------


def waiting_counts(db: Database) -> dict[str, int]:
    """Records per table changed since the point the province acknowledged (what the next bundle holds)."""
    from cdfi_desktop.sync.codec import synced_tables_in_order

    ack_hlc = db.get_setting(SYNC_ACK_HLC_KEY)
    counts: dict[str, int] = {}
    with db.session() as session:
        for table in synced_tables_in_order():
            count = int(session.scalar(select(func.count()).select_from(table).where(table.c.hlc > ack_hlc)) or 0)
            if count:
                counts[table.name] = count
    return counts


def sync_status(db: Database) -> SyncStatus:
    """This device's key, its province, what waits to be sent, its last bundle and the province's last receipt."""
    key = keys.device_key(db)
    province_name = db.get_setting(PROVINCE_NAME_KEY)
    province_fingerprint = ""
    with db.session() as session:
        province = keys.province_entry(session)
        if province is not None:
            province_name = province.name
            province_fingerprint = keys.fingerprint(keys.public_key_of(province)[1])
        last = _last_out(session, db.device_id)
        last_bundle = (
            {
                "bundle_id": last.bundle_id,
                "seq": last.seq,
                "created_at": _iso(last.created_at),
                "status": last.status,
                "path": last.path,
                "full": last.full,
                "records": sum(v for k, v in (last.counts or {}).items() if k not in ("audit_log", "attachment_files")),
            }
            if last is not None
            else None
        )
    try:
        last_receipt = json.loads(db.get_setting(SYNC_LAST_RECEIPT_KEY) or "null")
    except ValueError:
        last_receipt = None
    waiting = waiting_counts(db)
    return SyncStatus(
        device_id=db.device_id,
        fingerprint=key.fingerprint,
        key_id=key.key_id_hex,
        officer=db.recorder.officer,
        is_province=keys.is_province(db),
        province_name=province_name,
        province_fingerprint=province_fingerprint,
        waiting=waiting,
        waiting_total=sum(waiting.values()),
        last_bundle=last_bundle,
        last_receipt=last_receipt if isinstance(last_receipt, dict) else None,
        needs_full=db.get_setting(SYNC_NEEDS_FULL_KEY) == "1",
        replaced_from=db.get_setting(DEVICE_REPLACED_FROM_KEY),
    )
