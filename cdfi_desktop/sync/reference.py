"""Reference bundles: what the province sets, sent down to its laptops, and how a laptop takes it.

The province's reference bundle (kind ``reference``, signed by the province's key, numbered in the province's own
sequence of reference bundles and chained by hash like a laptop's bundles) holds:

- ``records/fiscal_year_profile.jsonl``: the fiscal-year profiles;
- ``reference/institutes.json``: every institute (id, name, code, area codes, the laptops enrolled for it);
- ``reference/keys.json``: every enrolled laptop's key (device, officer, key id, public keys, revoked or not);
- ``reference/decisions.json``: every review decision made at the province (see
  :mod:`cdfi_desktop.sync.review_decisions`);
- ``records/<table>.jsonl``: the record versions those decisions wrote (as the codec encodes them), and the
  tombstones of the held copies they discarded.

Each bundle is whole (every decision so far), so a laptop that missed one loses nothing by taking the next.
It is sealed to every enrolled, unrevoked laptop that has an encryption key (one content key, sealed to each);
it goes unencrypted only when it holds no record but the profiles.

A laptop takes a reference bundle signed by the province it trusts, newer than the last it applied: it keeps
the institute and key lists (informative), and merges, as records from the province, only the profiles and the
records the decisions name within its own institutes; a record a decision supersedes on this laptop (the laptop
still holds one of the versions the decision covered) is replaced by the province's version. Anything else in
the bundle is ignored and listed in the report.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cdfi_desktop import __version__
from cdfi_desktop.db import models as m
from cdfi_desktop.db.base import table_of
from cdfi_desktop.db.database import Database
from cdfi_desktop.db.keys import PROVINCE_NAME_KEY, SYNC_ROLE_KEY
from cdfi_desktop.db.models.records import LocalSetting
from cdfi_desktop.db.models.sync import SyncBase, SyncBundle, SyncConflict, SyncDevice
from cdfi_desktop.db.preflight import HEAD_REVISION
from cdfi_desktop.sync import container, keys, merge, review, review_decisions
from cdfi_desktop.sync.codec import encode_row, table_named, travelling_columns
from cdfi_desktop.sync.errors import BundleRefused
from cdfi_desktop.sync.feed import BASE_KEY, RECORDS_PREFIX, RECORDS_SUFFIX, ChangeSet, dumps
from cdfi_desktop.sync.report import ImportReport

if TYPE_CHECKING:
    from cdfi_desktop.sync.service import ExportResult, ImportOutcome, _Item, _Run

REFERENCE = "reference"
PROFILE_TABLE = "fiscal_year_profile"
DECISIONS_MEMBER = "reference/decisions.json"
INSTITUTES_MEMBER = "reference/institutes.json"
KEYS_MEMBER = "reference/keys.json"
REFERENCE_MEMBERS = (DECISIONS_MEMBER, INSTITUTES_MEMBER, KEYS_MEMBER)
# laptop settings (local_setting): the last reference applied, and the lists it carried
LAST_REFERENCE_KEY = "reference_last"  # JSON: {"seq", "bundle_id", "sha256", "created_at", "province"}
REFERENCE_INSTITUTES_KEY = "reference_institutes"  # JSON: the institute list
REFERENCE_KEYS_KEY = "reference_keys"  # JSON: the key list


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _json(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode("utf-8")


# -- the province: making one ---------------------------------------------------------------------------------------


def _stored_versions(session: Session, table_name: str, ids: set[str]) -> list[dict[str, Any]]:
    table = table_named(table_name)
    base = table_of(SyncBase)
    out = []
    for chunk in merge._chunks(sorted(ids)):
        query = (
            select(*travelling_columns(table), base.c.base_hlc, base.c.base_device)
            .select_from(table.outerjoin(base, (base.c.table_name == table.name) & (base.c.record_id == table.c.id)))
            .where(table.c.id.in_(chunk))
        )
        for row in session.execute(query).mappings():
            values = dict(row)
            base_hlc, base_device = values.pop("base_hlc"), values.pop("base_device")
            encoded = encode_row(table, values)
            encoded[BASE_KEY] = [base_hlc, base_device] if base_hlc else None
            out.append(encoded)
    return out


TOMBSTONE_COLUMNS = ("id", "created_at")  # with the stamps of the removal: nothing personal


def _held_copies(session: Session, wanted: set[tuple[str, str]]) -> dict[tuple[str, str], dict[str, Any]]:
    """The held versions of the discarded copies (the latest entry of each), a query per table and chunk."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    by_table: dict[str, set[str]] = {}
    for table_name, record_id in wanted:
        by_table.setdefault(table_name, set()).add(record_id)
    for table_name, ids in by_table.items():
        for chunk in merge._chunks(sorted(ids)):
            rows = session.execute(
                select(SyncConflict.record_id, SyncConflict.loser)
                .where(SyncConflict.table_name == table_name, SyncConflict.record_id.in_(chunk))
                .order_by(SyncConflict.id)
            )
            for record_id, loser in rows:
                if loser:
                    out[(table_name, record_id)] = loser  # the latest entry wins (ordered by id)
    return out


def _tombstone(
    held: Mapping[str, Any], entry: Mapping[str, Any], decision: Mapping[str, Any], province: str
) -> dict[str, Any]:
    """The removal of a discarded held copy, as laptops receive it (the province does not store it): its id and
    the stamps of the removal only; a laptop that holds the copy fills in the rest from its own record."""
    row: dict[str, Any] = {k: held.get(k) for k in TOMBSTONE_COLUMNS}
    row.update(
        deleted_at=decision["at"],
        updated_at=decision["at"],
        hlc=entry["hlc"],
        device_id=province,
        version=entry["version"],
    )
    row[BASE_KEY] = [held.get("hlc"), held.get("device_id")]
    return row


def _records(session: Session, decisions: list[dict[str, Any]], province: str) -> dict[str, list[dict[str, Any]]]:
    """Per table: the profiles, the versions the decisions wrote (as stored now), the discarded copies' tombstones;
    tombstones first in each table (a laptop frees a natural key before another record takes it)."""
    wanted: dict[str, set[str]] = {}
    discarded: dict[tuple[str, str], tuple[Mapping[str, Any], Mapping[str, Any]]] = {}
    for decision in decisions:
        for written in decision.get("wrote", []):
            wanted.setdefault(written["table"], set()).add(written["id"])
        for entry in decision.get("discarded", []):
            discarded[(entry["table"], entry["id"])] = (entry, decision)
    held = _held_copies(session, set(discarded))
    tombstones = {
        key: _tombstone(held[key], entry, decision, province)
        for key, (entry, decision) in discarded.items()
        if key in held
    }
    profile = table_named(PROFILE_TABLE)
    wanted.setdefault(PROFILE_TABLE, set()).update(session.scalars(select(profile.c.id)))
    out: dict[str, list[dict[str, Any]]] = {}
    for table_name, ids in wanted.items():
        if ids:
            out[table_name] = _stored_versions(session, table_name, ids)
    for (table_name, record_id), row in tombstones.items():
        rows = out.setdefault(table_name, [])
        if not any(r["id"] == record_id for r in rows):
            rows.append(row)
    for rows in out.values():
        rows.sort(key=lambda r: (r.get("deleted_at") is None, r["id"]))
    return {name: rows for name, rows in out.items() if rows}


def superseded(session: Session, decisions: list[dict[str, Any]], province: str) -> set[tuple[str, str]]:
    """The records whose laptop versions a reference with these decisions supersedes on the laptops that take it:
    the versions the province stamped (decisions, profiles) and the held copies the decisions discarded."""
    out = review_decisions.discarded_keys(decisions)
    for decision in decisions:
        for written in decision.get("wrote", []):
            if written.get("device") == province:
                out.add((str(written["table"]), str(written["id"])))
    profile = table_named(PROFILE_TABLE)
    out.update((PROFILE_TABLE, i) for i in session.scalars(select(profile.c.id).where(profile.c.device_id == province)))
    return out


def _institutes(session: Session, laptops: list[SyncDevice]) -> list[dict[str, Any]]:
    rows = session.scalars(select(m.Institute).where(m.Institute.deleted_at.is_(None)).order_by(m.Institute.name))
    senders: dict[str, list[str]] = {}
    for device in laptops:
        if device.revoked_at is None:
            for institute_id in device.institute_ids or []:
                senders.setdefault(institute_id, []).append(device.device_id)
    return [
        {
            "id": row.id,
            "name": row.name,
            "code": row.code,
            "province_code": row.province_code,
            "district_code": row.district_code,
            "subdistrict_code": row.subdistrict_code,
            "devices": sorted(senders.get(row.id, [])),
        }
        for row in rows
    ]


def _keys(laptops: list[SyncDevice]) -> list[dict[str, Any]]:
    return [
        {
            "device_id": device.device_id,
            "officer": device.name,
            "key_id": device.key_id,
            "public_key": device.public_key,
            "encryption_key": device.encryption_key or "",
            "institute_ids": list(device.institute_ids or []),
            "enrolled_at": _iso(device.enrolled_at) if device.enrolled_at else "",
            "revoked_at": _iso(device.revoked_at) if device.revoked_at else None,
            "revoked_reason": device.revoked_reason or "",
        }
        for device in laptops
    ]


@dataclass
class ReferenceRun:
    """Reference bundles written for every enrolled, unrevoked laptop, and the laptops left out (with the code of
    the reason: ``reference_no_key`` when a laptop has no encryption key and its reference carries records)."""

    results: list[ExportResult] = field(default_factory=list)
    left_out: list[tuple[str, str]] = field(default_factory=list)


def reference_path(out: Path, province_id: str, seq: int, device_id: str) -> Path:
    """``out`` itself when it names a ``.cdfibundle`` file, else ``cdfi-reference-<province8>-<seq:05d>-for-
    <laptop8>.cdfibundle`` in the folder ``out``."""
    from cdfi_desktop.sync.service import BUNDLE_SUFFIX

    if out.suffix.lower() == BUNDLE_SUFFIX and not out.is_dir():
        return out
    return out / f"cdfi-reference-{province_id[:8]}-{seq:05d}-for-{device_id[:8]}{BUNDLE_SUFFIX}"


def for_laptop(decisions: list[dict[str, Any]], institute_ids: Iterable[str]) -> list[dict[str, Any]]:
    """The decisions a laptop receives: those on its institutes' records and on records of no institute."""
    ours = set(institute_ids)
    return [d for d in decisions if d.get("institute_id") is None or d.get("institute_id") in ours]


def export_references(db: Database, folder: Path) -> ReferenceRun:
    """A reference bundle for every enrolled, unrevoked laptop, in ``folder`` (see :func:`export_reference`)."""
    if not keys.is_province(db):
        raise BundleRefused("not_a_province")
    with db.session() as session:
        laptops = [d.device_id for d in keys.enrolled_devices(session) if d.revoked_at is None]
    run = ReferenceRun()
    for device_id in laptops:
        try:
            run.results.append(export_reference(db, folder, device_id=device_id))
        except BundleRefused as exc:
            if exc.code != "reference_no_key":
                raise
            run.left_out.append((device_id, exc.code))
    return run


def export_reference(db: Database, out: Path, *, device_id: str) -> ExportResult:
    """Write the province's next reference bundle for one laptop (see the module's text), sealed to that laptop
    alone; BundleRefused not_a_province, device_not_enrolled (not an enrolled, unrevoked laptop), or
    reference_no_key when it would carry records and the laptop has no encryption key.

    The file is written as ``<name>.partial``, its row committed, then renamed (a crash between leaves a row and
    no file under the final name: the next one takes the next number)."""
    from cdfi_desktop.sync.service import OUT, ExportResult, out_row

    if not keys.is_province(db):
        raise BundleRefused("not_a_province")
    key = keys.device_key(db)
    name = db.get_setting(PROVINCE_NAME_KEY) or db.recorder.officer
    now = datetime.now(UTC)
    with db.session(write=True) as session, session.begin():
        # one writer of the province's reference numbers at a time (PostgreSQL: the row lock; SQLite: its writer)
        session.execute(select(LocalSetting).where(LocalSetting.key == SYNC_ROLE_KEY).with_for_update()).first()
        laptops = keys.enrolled_devices(session)
        device = next((d for d in laptops if d.device_id == device_id and d.revoked_at is None), None)
        if device is None:
            raise BundleRefused("device_not_enrolled", device=device_id)
        found = for_laptop(review_decisions.decisions(session), device.institute_ids or [])
        records = _records(session, found, db.device_id)
        personal = any(table != PROFILE_TABLE for table in records)
        recipients = [device] if device.encryption_key else []
        if personal and not recipients:
            raise BundleRefused("reference_no_key", device=device_id, officer=device.name or "-")
        members: dict[str, bytes] = {
            f"{RECORDS_PREFIX}{table}{RECORDS_SUFFIX}": ("\n".join(map(dumps, rows)) + "\n").encode("utf-8")
            for table, rows in records.items()
        }
        institutes = _institutes(session, laptops)
        members[DECISIONS_MEMBER] = _json(found)
        members[INSTITUTES_MEMBER] = _json(institutes)
        members[KEYS_MEMBER] = _json(_keys(laptops))
        last = session.scalars(
            select(SyncBundle)
            .where(SyncBundle.direction == OUT, SyncBundle.kind == REFERENCE, SyncBundle.device_id == db.device_id)
            .order_by(SyncBundle.seq.desc(), SyncBundle.id.desc())
        ).first()
        seq = (last.seq if last else 0) + 1
        counts = {table: len(rows) for table, rows in records.items()}
        upto = max((row["hlc"] for rows in records.values() for row in rows), default="")
        manifest: dict[str, Any] = {
            "schema_version": HEAD_REVISION,
            "app_version": __version__,
            "kind": REFERENCE,
            "bundle_id": str(uuid.uuid4()),
            "officer": name,
            "seq": seq,
            "prev_sha256": "",
            "since_seq": 0,
            "created_at": _iso(now),
            "full": True,
            "since_hlc": "",
            "upto_hlc": upto,
            "upto_audit": 0,
            "institute_ids": [item["id"] for item in institutes],
            "counts": counts,
            "digest": "",
            "reference": {"province": name, "decisions": len(found), "keys": len(laptops), "for_device": device_id},
        }
        decided = sorted(superseded(session, found, db.device_id))
        data, sha = container.build(manifest=manifest, members=members, key=key, recipients=recipients)
        path = reference_path(out, db.device_id, seq, device_id)
        row = out_row(
            manifest,
            device_id=db.device_id,
            sha256=sha,
            now=now,
            path=path,
            for_device=device_id,
            report={"decided": [list(key) for key in decided], "for_device": device_id},
        )
        session.add(row)
        session.flush()
        row_id = row.id
        container.write_atomically(container.partial_path(path), data)
    try:
        container.publish(path)
    except OSError:
        with db.session(write=True) as session, session.begin():
            made = session.get(SyncBundle, row_id)
            if made is not None:
                made.status = "failed"
        raise
    return ExportResult(
        path=path,
        bundle_id=manifest["bundle_id"],
        seq=seq,
        counts=counts,
        records=sum(counts.values()),
        encrypted=bool(recipients),
        manifest_sha256=sha,
        size=len(data),
    )


# -- a laptop: taking one -------------------------------------------------------------------------------------------


def _list_member(members: dict[str, bytes], member: str, name: str) -> list[dict[str, Any]]:
    data = members.pop(member, None)
    if data is None:
        raise BundleRefused("member_missing", name=name, member=member)
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise BundleRefused("payload_malformed", name=name, detail=f"{member}: not JSON") from exc
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise BundleRefused("payload_malformed", name=name, detail=f"{member}: not a list of objects")
    return value


Named = list[tuple[Any, list[tuple[str, str]], set[tuple[str, str]]]]


def _decision_records(decisions: list[dict[str, Any]], name: str) -> Named:
    """(institute, the (table, id) it names, the versions it covers) per decision; payload_malformed if out of shape."""
    out = []
    for decision in decisions:
        try:
            named = [
                (str(entry["table"]), str(entry["id"]))
                for part in ("wrote", "discarded")
                for entry in decision.get(part, [])
            ]
            covers = {(str(v[0]), str(v[1])) for v in decision.get("covers", [])}
        except (KeyError, TypeError, IndexError) as exc:
            raise BundleRefused("payload_malformed", name=name, detail="reference/decisions.json") from exc
        out.append((decision.get("institute_id"), named, covers))
    return out


def _last_applied(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def import_reference(run: _Run, item: _Item, bundle: container.OpenedBundle) -> ImportOutcome:
    """A laptop takes the province's reference bundle (see the module's text)."""
    from cdfi_desktop.sync import service

    db = run.db
    manifest = bundle.manifest
    with db.session() as session:
        province = keys.province_entry(session)
        if province is None:
            raise BundleRefused("province_key_missing", name=item.name)
        if manifest["device_id"] != province.device_id:
            raise BundleRefused(
                "device_unknown", name=item.name, device=manifest["device_id"], key_id=manifest["key_id"]
            )
        service._trusted_sender(session, bundle, role=keys.ROLE_PROVINCE)
        province_id, province_name = province.device_id, province.name
        seen = session.scalars(
            select(SyncBundle.id).where(
                SyncBundle.direction == service.IN,
                SyncBundle.kind == REFERENCE,
                SyncBundle.manifest_sha256 == bundle.manifest_sha256,
            )
        ).first()
        last = _last_applied(_setting(session, LAST_REFERENCE_KEY))
    service._check_schema(bundle)
    seq = int(manifest["seq"])
    if seen is not None or last.get("sha256") == bundle.manifest_sha256:
        return service._outcome(item, "ignored", bundle=bundle)
    last_seq = int(last.get("seq") or 0) if last.get("province") in (None, province_id) else 0
    if seq < last_seq:
        return service._outcome(item, "ignored", bundle=bundle, text="superseded")
    if seq == last_seq:
        raise BundleRefused("sequence_replay", name=item.name, seq=seq, device=province_id)
    # any later one is taken: each is whole (every decision for this laptop so far), so no chain to follow
    decrypt = keys.encryption_key(db) if bundle.encrypted else None
    members = dict(container.payload(bundle, decrypt_key=decrypt, our_device_id=db.device_id))
    decisions = _list_member(members, DECISIONS_MEMBER, item.name)
    institutes = _list_member(members, INSTITUTES_MEMBER, item.name)
    key_list = _list_member(members, KEYS_MEMBER, item.name)
    report = ImportReport()
    for member in [n for n in members if not n.startswith(RECORDS_PREFIX)]:
        members.pop(member)
        report.errors.append(_ignored(item.name, "", member))
    changes = ChangeSet.from_members(members, name=item.name)
    for table_name in sorted(set(changes.counts()) | set(manifest["counts"])):
        if table_name in ("audit_log", "attachment_files"):
            continue
        found, expected = len(changes.tables.get(table_name, [])), int(manifest["counts"].get(table_name, 0))
        if found != expected:
            raise BundleRefused("counts_mismatch", name=item.name, table=table_name, count=found, expected=expected)
    named = _decision_records(decisions, item.name)
    if run.dry_run:
        with db.session(write=True) as session:
            transaction = session.begin()
            try:
                _apply(session, changes, named, report, name=item.name, bundle=bundle, province_id=province_id)
            finally:
                transaction.rollback()
        return service._outcome(item, "checked", bundle=bundle, report=report)
    service._take_backup(run)
    now = datetime.now(UTC)
    with db.session(write=True) as session, session.begin():
        _apply(session, changes, named, report, name=item.name, bundle=bundle, province_id=province_id)
        applied = {
            "seq": seq,
            "bundle_id": manifest["bundle_id"],
            "sha256": bundle.manifest_sha256,
            "created_at": manifest["created_at"],
            "province": province_id,
            "province_name": province_name,
            "applied_at": _iso(now),
            "decisions": len(decisions),
        }
        session.merge(LocalSetting(key=LAST_REFERENCE_KEY, value=json.dumps(applied, ensure_ascii=False)))
        session.merge(LocalSetting(key=REFERENCE_INSTITUTES_KEY, value=json.dumps(institutes, ensure_ascii=False)))
        session.merge(LocalSetting(key=REFERENCE_KEYS_KEY, value=json.dumps(key_list, ensure_ascii=False)))
        row = service._in_row(bundle, status="applied", now=now, path=item.path)
        row.report = report.to_dict()
        session.add(row)
    return service._outcome(item, "applied", bundle=bundle, report=report)


def _setting(session: Session, key: str) -> str:
    row = session.get(LocalSetting, key)
    return row.value if row is not None else ""


def _ignored(name: str, table: str, record_id: str) -> dict[str, Any]:
    return BundleRefused("reference_not_allowed", name=name, table=table, record_id=record_id).as_dict()


def _apply(
    session: Session,
    changes: ChangeSet,
    named: Named,
    report: ImportReport,
    *,
    name: str,
    bundle: container.OpenedBundle,
    province_id: str,
) -> None:
    """The profiles and the records the decisions name within this laptop's institutes, merged as the province's."""
    ours = set(session.scalars(select(m.Institute.id).where(m.Institute.deleted_at.is_(None))))
    allowed: dict[tuple[str, str], set[tuple[str, str]]] = {}
    shared: dict[tuple[str, str], set[tuple[str, str]]] = {}  # records of no institute (villages): if held here
    for institute_id, records, covers in named:
        if institute_id in ours or institute_id is None:
            for key in records:
                (allowed if institute_id is not None else shared).setdefault(key, set()).update(covers)
    kept = ChangeSet()
    profiles: list[dict[str, Any]] = []
    for table_name, rows in changes.tables.items():
        table = table_named(table_name)
        ids = [str(row.get("id")) for row in rows]
        held_here: dict[str, dict[str, Any]] = {}  # encoded, for the tombstones (they carry only the id)
        for chunk in merge._chunks(ids):
            for found in session.execute(select(*travelling_columns(table)).where(table.c.id.in_(chunk))).mappings():
                held_here[str(found["id"])] = encode_row(table, dict(found))
        current = {record_id: (found["hlc"], found["device_id"]) for record_id, found in held_here.items()}
        for sent in rows:
            record_id = str(sent.get("id"))
            if table_name == PROFILE_TABLE:
                profiles.append(sent)
                continue
            mine = current.get(record_id)
            row = sent
            if mine is not None and sent.get("deleted_at") is not None:
                row = {**held_here[record_id], **sent}  # a removal: this laptop's own values under its stamps
            if (table_name, record_id) in shared and mine is not None and merge._owner_column(table) is None:
                allowed.setdefault((table_name, record_id), set()).update(shared[(table_name, record_id)])
            if (table_name, record_id) not in allowed:
                report.errors.append(_ignored(name, table_name, record_id))
                continue
            if mine is None and row.get("deleted_at") is not None:
                report.table(table_name).ignored += 1  # the removal of a copy this laptop never had
                continue
            taken = row
            version = (row.get("hlc"), row.get("device_id"))
            if mine is not None and mine in allowed[(table_name, record_id)]:
                taken = {**row, BASE_KEY: list(mine)}  # the decision supersedes the version held here
            elif mine is not None and mine != version:
                # changed here since the versions the province decided on: the officer's change stays, and goes to
                # the province in the next bundle, to be reviewed there again
                report.table(table_name).ignored += 1
                report.errors.append(
                    BundleRefused("reference_changed_here", name=name, table=table_name, record_id=record_id).as_dict()
                )
                continue
            kept.tables.setdefault(table_name, []).append(taken)
    _profiles(session, profiles, kept, report)
    _without_missing_parents(session, kept, report, name)
    if not kept.tables:
        return
    sender = SyncDevice(device_id=province_id, role=keys.ROLE_PROVINCE, institute_ids=sorted(ours))
    result = merge.apply(
        session,
        kept,
        device=sender,
        bundle_id=str(bundle.manifest["bundle_id"]),
        name=name,
        store_attachment=lambda sha, data: None,
        now=datetime.now(UTC),
    )
    for table_name, counts in result.tables.items():
        report.table(table_name).add(counts)
    report.duplicates += result.duplicates
    report.conflicts += result.conflicts
    report.errors.extend(result.errors)


def _profiles(session: Session, rows: list[dict[str, Any]], kept: ChangeSet, report: ImportReport) -> None:
    """The province's profiles: taken as they are (replacing this laptop's version of the same record), or, when
    this laptop keeps its own record for that year, their values written into it (stamped and audited here)."""
    from cdfi_desktop.sync.codec import decode_row

    table = table_named(PROFILE_TABLE)
    for row in rows:
        try:
            decoded = decode_row(table, {k: v for k, v in row.items() if k != BASE_KEY})
        except ValueError as exc:
            raise BundleRefused(
                "record_invalid", table=PROFILE_TABLE, record_id=str(row.get("id")), name="", detail=str(exc)
            ) from exc
        same = session.execute(
            select(table.c.id, table.c.hlc, table.c.device_id).where(table.c.id == decoded["id"])
        ).first()
        if same is not None:
            taken = row
            if (same.hlc, same.device_id) != (decoded["hlc"], decoded["device_id"]):
                taken = {**row, BASE_KEY: [same.hlc, same.device_id]}
            kept.tables.setdefault(PROFILE_TABLE, []).append(taken)
            continue
        own = session.scalars(
            select(m.FiscalYearProfile).where(m.FiscalYearProfile.fiscal_year == decoded["fiscal_year"])
        ).first()
        if own is None:
            kept.tables.setdefault(PROFILE_TABLE, []).append({**row, BASE_KEY: None})
            continue
        changed = False
        for column in travelling_columns(table):
            if column.key in review._BOOKKEEPING:
                continue
            if getattr(own, column.key) != decoded[column.key]:
                setattr(own, column.key, decoded[column.key])
                changed = True
        session.flush()
        counts = report.table(PROFILE_TABLE)
        if changed:
            counts.updated += 1
        else:
            counts.ignored += 1


def _without_missing_parents(session: Session, kept: ChangeSet, report: ImportReport, name: str) -> None:
    """Records pointing to a record neither in the bundle nor on this laptop (a decision about records this laptop
    never had the parents of) are left out, each listed, rather than refusing the whole reference."""
    present = {(table_name, str(row.get("id"))) for table_name, rows in kept.tables.items() for row in rows}
    links_of = {
        table_name: [
            (c.key, next(iter(c.foreign_keys)).column.table) for c in table_named(table_name).columns if c.foreign_keys
        ]
        for table_name in kept.tables
    }
    wanted: dict[Any, set[str]] = {}
    for table_name, rows in kept.tables.items():
        for row in rows:
            for column, target in links_of[table_name]:
                value = row.get(column)
                if value is not None and (target.name, str(value)) not in present:
                    wanted.setdefault(target, set()).add(str(value))
    stored: set[tuple[str, str]] = set()
    for target, values in wanted.items():
        for chunk in merge._chunks(sorted(values)):
            stored.update(
                (target.name, str(i)) for i in session.scalars(select(target.c.id).where(target.c.id.in_(chunk)))
            )

    dropped = True
    while dropped:
        dropped = False
        for table_name, rows in list(kept.tables.items()):
            keep = []
            for row in rows:
                if all(
                    row.get(col) is None
                    or (target.name, str(row[col])) in present
                    or (target.name, str(row[col])) in stored
                    for col, target in links_of[table_name]
                ):
                    keep.append(row)
                    continue
                present.discard((table_name, str(row.get("id"))))
                report.errors.append(
                    BundleRefused(
                        "reference_parent_missing", name=name, table=table_name, record_id=str(row.get("id"))
                    ).as_dict()
                )
                dropped = True
            if keep:
                kept.tables[table_name] = keep
            else:
                del kept.tables[table_name]
