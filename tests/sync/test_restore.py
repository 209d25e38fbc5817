"""A laptop restored from the province: the restore bundle holds what the province has for the lost laptop's
institutes; a new (or empty) database made from it equals the lost laptop as of its last receipt, record by record,
trusts the province, and carries on under its own device: its first bundle holds only what it changed after, and
the province takes it once the new device is enrolled, with the digests agreeing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.db.keys import (
    DEVICE_REPLACED_FROM_KEY,
    SYNC_ACK_HLC_KEY,
    SYNC_NEEDS_FULL_KEY,
)
from cdfi_desktop.db.models.records import AuditLog
from cdfi_desktop.db.models.sync import SyncDevice
from cdfi_desktop.services.attachments import attach_file, stored_path
from cdfi_desktop.services.uow import UnitOfWork
from cdfi_desktop.sync import container, keys, restore, service
from cdfi_desktop.sync.errors import BundleRefused
from cdfi_desktop.sync.feed import collect
from tests.support.bundles import (
    add_household,
    add_institute,
    enrol,
    make_key,
    make_province,
    manifest_of,
    open_db,
    resign,
    rezip,
    unzip,
)


def synced_rows(db: Database) -> dict[tuple[str, str], dict[str, Any]]:
    """Every synced record, by table and id: its travelling columns and its base."""
    changes = collect(db, full=True)
    return {(table, row["id"]): row for table, rows in changes.tables.items() for row in rows}


def _round_trip(laptop: Database, province: Database, out: Path) -> None:
    made = service.export_bundle(laptop, out)
    assert made is not None
    outcomes = service.import_files(province, [made.path])
    assert [o.status for o in outcomes] == ["applied"], outcomes[0].error
    receipt = outcomes[0].receipt_path
    assert receipt is not None
    assert [o.status for o in service.import_files(laptop, [receipt])] == ["confirmed"]


@dataclass
class World:
    tmp: Path
    lost: Database
    province: Database
    institute: str
    snapshot: dict[tuple[str, str], dict[str, Any]]
    audit_origins: set[str]
    file_sha: str


@pytest.fixture
def province_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where the province's database is: a SQLite file, or (a test's parameter) a PostgreSQL database."""
    if getattr(request, "param", "sqlite") == "postgresql":
        return str(request.getfixturevalue("pg_url"))
    return str(tmp_path / "province.sqlite")


@pytest.fixture
def world(tmp_path: Path, province_url: str) -> Iterator[World]:
    # GIVEN a laptop that sent two bundles the province confirmed: an institute, households, debts, an attachment,
    # an edit and a deletion
    lost = open_db(tmp_path / "lost.sqlite")
    province = make_province(province_url)
    try:
        institute = add_institute(lost)
        scan = tmp_path / "minutes.pdf"
        scan.write_bytes(b"%PDF-1.4 minutes of the founding meeting")
        with UnitOfWork(lost) as uow:
            attach_file(uow, scan, owner_table="institute", owner_id=institute, evidence_kind="minutes")
        enrol(province, lost)
        _round_trip(lost, province, tmp_path / "usb")
        household = add_household(lost, institute, house_no="7/3")
        with UnitOfWork(lost) as uow:
            found = uow.session.scalars(select(m.Household).where(m.Household.id == household)).one()
            found.phone = "0812345678"
            first = uow.session.scalars(select(m.Debt).order_by(m.Debt.id)).first()
            assert first is not None
            first.deleted_at = first.created_at
            uow.commit()
        _round_trip(lost, province, tmp_path / "usb")
        # AND another laptop of the province, with an institute of its own (none of it belongs in the restore)
        other = open_db(tmp_path / "other.sqlite")
        try:
            add_institute(other, name="สถาบันการจัดการเงินทุนชุมชนบ้านดอน", households=3)
            enrol(province, other)
            _round_trip(other, province, tmp_path / "usb")
        finally:
            other.close()
        snapshot = synced_rows(lost)
        with lost.session() as session:
            origins = {f"{lost.device_id}:{n}" for n in session.scalars(select(AuditLog.id))}
        # AND a change made after its last receipt, never sent (lost with the laptop)
        add_household(lost, institute, house_no="8/3")
        sha = next(row["sha256"] for (table, _), row in snapshot.items() if table == "attachment")
        yield World(tmp_path, lost, province, institute, snapshot, origins, sha)
    finally:
        lost.close()
        province.close()


def _new_laptop(path: Path) -> str:
    """A new laptop database that made its enrolment file (and nothing else); the file's text."""
    db = open_db(path)
    try:
        return json.dumps(keys.enrolment_document(db))
    finally:
        db.close()


@pytest.mark.parametrize("province_url", ["sqlite", "postgresql"], indirect=True)
def test_a_restored_laptop_equals_the_lost_one_and_carries_on_under_its_own_device(world: World) -> None:
    # GIVEN a new laptop's enrolment file, and the lost laptop revoked
    new_path = world.tmp / "new.sqlite"
    enrolment = _new_laptop(new_path)
    keys.revoke(world.province, world.lost.device_id, reason="stolen")
    # WHEN the province writes the restore bundle to it
    made = restore.export_restore(
        world.province, world.tmp / "restore", device_id=world.lost.device_id, to_enrolment=enrolment
    )
    # THEN it is encrypted to the new laptop, which the province now trusts for the lost one's institutes
    assert made.encrypted and made.seq == 1
    assert made.path.name == f"cdfi-restore-{world.lost.device_id[:8]}-00001.cdfibundle"
    opened = container.open_bundle(made.path, name=made.path.name)
    assert opened.kind == "restore" and opened.manifest["restore"]["for_device"] == world.lost.device_id
    new_device = json.loads(enrolment)["device_id"]
    with world.province.session() as session:
        device = session.get(SyncDevice, new_device)
        assert device is not None and device.institute_ids == [world.institute]
        assert device.details["replaces"] == world.lost.device_id
    # WHEN the new laptop is made from it
    result = restore.create_from_restore(made.path, new_path, expect_fingerprint=_fp(world))
    assert not result.created and result.device_id == new_device and result.replaced_from == world.lost.device_id
    assert result.province_fingerprint == keys.device_key(world.province).fingerprint
    new = open_db(new_path)
    try:
        # THEN its records equal the lost laptop's as of its last receipt, row by row (the unsent house 8/3 is not
        # there), with their stamps, devices and bases
        restored = synced_rows(new)
        assert set(restored) == set(world.snapshot)
        for key, row in world.snapshot.items():
            assert restored[key] == row, key
        # AND the audit trail of the lost laptop came with it, each entry with its origin; the file too
        with new.session() as session:
            origins = set(session.scalars(select(AuditLog.origin)))
            assert world.audit_origins <= origins
            assert session.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.origin.is_(None))) == 0
            province = keys.province_entry(session)
            assert province is not None and province.device_id == world.province.device_id
        assert stored_path(new, world.file_sha).read_bytes().startswith(b"%PDF-1.4")
        assert new.get_setting(DEVICE_REPLACED_FROM_KEY) == world.lost.device_id
        assert new.get_setting(SYNC_ACK_HLC_KEY) == max(row["hlc"] for row in world.snapshot.values())
        assert new.device_id != world.lost.device_id
        # AND nothing waits to be sent
        assert service.waiting_counts(new) == {}
        assert service.export_bundle(new, world.tmp / "new-usb") is None
        # WHEN the officer adds a household and sends
        add_household(new, world.institute, house_no="9/3")
        sent = service.export_bundle(new, world.tmp / "new-usb")
        # THEN it is the new device's first bundle, holding only the new household (and its audit entry)
        assert sent is not None and sent.seq == 1 and sent.records == 1 and sent.counts["household"] == 1
        outcomes = service.import_files(world.province, [sent.path])
        assert [o.status for o in outcomes] == ["applied"], outcomes[0].error
        receipt = outcomes[0].receipt_path
        assert receipt is not None
        assert [o.status for o in service.import_files(new, [receipt])] == ["confirmed"]
        # AND the province's digest of the new device agrees with the laptop's
        assert new.get_setting(SYNC_NEEDS_FULL_KEY) == ""
        # AND a full bundle of everything it holds is taken by the province too (nothing changes)
        full = service.export_bundle(new, world.tmp / "new-usb", full=True)
        assert full is not None
        outcome = service.import_files(world.province, [full.path])[0]
        assert outcome.status == "applied", outcome.error
        assert outcome.report is not None and outcome.report.conflicts == 0
    finally:
        new.close()


def test_an_unencrypted_restore_makes_a_new_database(world: World) -> None:
    # WHEN the province writes the restore bundle with no enrolment file THEN it is not encrypted
    made = restore.export_restore(world.province, world.tmp / "restore", device_id=world.lost.device_id, plain=True)
    assert not made.encrypted
    # AND a database that did not exist is made from it, a new device
    result = restore.create_from_restore(
        made.path, world.tmp / "fresh" / "laptop.sqlite", expect_fingerprint=_fp(world)
    )
    assert result.created and result.device_id != world.lost.device_id
    db = open_db(world.tmp / "fresh" / "laptop.sqlite")
    try:
        assert synced_rows(db) == world.snapshot
        assert db.recorder.officer == world.lost.recorder.officer
        # WHEN the province enrols it from its enrolment file made now (listing the restored institute) THEN its
        # first bundle, encrypted to the province it trusts, is taken
        keys.enrol(world.province, json.dumps(keys.enrolment_document(db)))
        add_household(db, world.institute, house_no="11/3")
        sent = service.export_bundle(db, world.tmp / "fresh-usb")
        assert sent is not None and sent.encrypted and sent.seq == 1 and sent.records == 1
        outcome = service.import_files(world.province, [sent.path])[0]
        assert outcome.status == "applied", outcome.error
    finally:
        db.close()
    # AND a second restore is numbered after the first, chained to it
    again = restore.export_restore(world.province, world.tmp / "restore", device_id=world.lost.device_id, plain=True)
    manifest = container.open_bundle(again.path, name="again").manifest
    assert again.seq == 2 and manifest["prev_sha256"] == made.manifest_sha256


def _fp(world: World) -> str:
    """The province's fingerprint, as the officer types it after the province reads it out."""
    return keys.device_key(world.province).fingerprint


def _refusal(call: Any) -> str:
    with pytest.raises(BundleRefused) as caught:
        call()
    return caught.value.code


def test_what_a_restore_refuses(world: World) -> None:
    made = restore.export_restore(world.province, world.tmp / "restore", device_id=world.lost.device_id, plain=True)
    # a database that holds records
    holding = open_db(world.tmp / "holding.sqlite")
    add_institute(holding)
    holding.close()
    assert _refusal(lambda: restore.create_from_restore(made.path, world.tmp / "holding.sqlite")) == "restore_not_empty"
    # a province's database
    other = make_province(world.tmp / "other-province.sqlite", name="อุดรธานี")
    other_text = json.dumps(keys.province_key_document(other))
    other.close()
    assert (
        _refusal(lambda: restore.create_from_restore(made.path, world.tmp / "other-province.sqlite"))
        == "restore_is_province"
    )
    # an empty laptop that trusts another province
    trusting = open_db(world.tmp / "trusting.sqlite")
    keys.import_province_key(trusting, other_text)
    trusting.close()
    assert (
        _refusal(lambda: restore.create_from_restore(made.path, world.tmp / "trusting.sqlite"))
        == "restore_province_mismatch"
    )
    # a bundle encrypted to another laptop
    enrolment = _new_laptop(world.tmp / "meant.sqlite")
    sealed = restore.export_restore(
        world.province, world.tmp / "sealed", device_id=world.lost.device_id, to_enrolment=enrolment
    )
    assert (
        _refusal(
            lambda: restore.create_from_restore(sealed.path, world.tmp / "else.sqlite", expect_fingerprint=_fp(world))
        )
        == "payload_not_for_us"
    )
    # a manifest changed after signing
    members = unzip(made.path.read_bytes())
    manifest = manifest_of(members)
    manifest["institute_ids"] = [*manifest["institute_ids"], "another-institute"]
    members[container.MANIFEST] = container.manifest_bytes(manifest)
    bad = world.tmp / "spoiled.cdfibundle"
    bad.write_bytes(rezip(members))
    assert _refusal(lambda: restore.create_from_restore(bad, world.tmp / "else2.sqlite")) == "signature_invalid"
    # signed again by another key than the province's it carries
    impostor = make_key(world.province.device_id)
    bad.write_bytes(rezip(resign(unzip(made.path.read_bytes()), manifest, impostor)))
    assert _refusal(lambda: restore.create_from_restore(bad, world.tmp / "else2.sqlite")) == "signature_invalid"
    # an unknown device, the enrolment of the lost device itself, a laptop database
    assert _refusal(lambda: restore.export_restore(world.province, world.tmp, device_id="nobody", plain=True)) == (
        "device_not_enrolled"
    )
    own = json.dumps(keys.enrolment_document(world.lost))
    assert (
        _refusal(
            lambda: restore.export_restore(world.province, world.tmp, device_id=world.lost.device_id, to_enrolment=own)
        )
        == "restore_same_device"
    )
    assert _refusal(lambda: restore.export_restore(world.lost, world.tmp, device_id="x")) == "not_a_province"
    # a changes bundle is not a restore bundle
    add_household(world.lost, world.institute, house_no="10/3")
    changes = service.export_bundle(world.lost, world.tmp / "usb2")
    assert changes is not None
    assert _refusal(lambda: restore.create_from_restore(changes.path, world.tmp / "else3.sqlite")) == "wrong_kind"


def test_a_refused_restore_leaves_no_new_database_behind(world: World) -> None:
    enrolment = _new_laptop(world.tmp / "meant.sqlite")
    sealed = restore.export_restore(
        world.province, world.tmp / "sealed", device_id=world.lost.device_id, to_enrolment=enrolment
    )
    target = world.tmp / "not-meant.sqlite"
    before = _key_files()
    assert (
        _refusal(lambda: restore.create_from_restore(sealed.path, target, expect_fingerprint=_fp(world)))
        == "payload_not_for_us"
    )
    assert not target.exists()
    assert _key_files() == before  # nor the key files made for the new device


# -- the province key checked before anything is written (H4) -------------------------------------------------------


def _key_files() -> set[str]:
    folder = keys.keys_dir()
    return {p.name for p in folder.iterdir()} if folder.exists() else set()


def test_a_new_laptop_is_made_only_when_the_province_key_is_the_one_the_officer_was_told(world: World) -> None:
    made = restore.export_restore(world.province, world.tmp / "restore", device_id=world.lost.device_id, plain=True)
    target = world.tmp / "new" / "laptop.sqlite"
    before = _key_files()
    # WHEN no fingerprint is given for a new database THEN refused, and no database nor key file is left
    refused = _refusal_of(lambda: restore.create_from_restore(made.path, target))
    assert refused.code == "restore_fingerprint_needed" and refused.params["found"] == _fp(world)
    assert not target.exists() and _key_files() == before
    # WHEN another fingerprint is typed THEN refused the same way
    wrong = "0000 1111 2222 3333 4444"
    refused = _refusal_of(lambda: restore.create_from_restore(made.path, target, expect_fingerprint=wrong))
    assert refused.code == "fingerprint_mismatch" and not target.exists() and _key_files() == before
    # WHEN an impostor (its own `province init`, the lost laptop enrolled from its public file) makes a restore
    impostor = make_province(world.tmp / "impostor.sqlite", name="ปลอม")
    try:
        keys.enrol(impostor, json.dumps(keys.enrolment_document(world.lost)))
        fake = restore.export_restore(impostor, world.tmp / "fake", device_id=world.lost.device_id, plain=True)
    finally:
        impostor.close()
    # THEN the real province's fingerprint refuses it
    assert _refusal(lambda: restore.create_from_restore(fake.path, target, expect_fingerprint=_fp(world))) == (
        "fingerprint_mismatch"
    )
    # AND an empty database that made its enrolment file (its keys) but trusts no province needs it too, and
    # keeps its own key files when refused
    enrolment_db = world.tmp / "empty.sqlite"
    _new_laptop(enrolment_db)
    own_keys = _key_files()
    assert _refusal(lambda: restore.create_from_restore(made.path, enrolment_db)) == "restore_fingerprint_needed"
    assert _key_files() == own_keys
    # AND an empty database that imported the province's key file needs no fingerprint
    trusting = open_db(world.tmp / "trusting.sqlite")
    keys.import_province_key(trusting, json.dumps(keys.province_key_document(world.province)))
    trusting.close()
    result = restore.create_from_restore(made.path, world.tmp / "trusting.sqlite")
    assert result.province_fingerprint == _fp(world)
    # AND with the right fingerprint (typed with other spacing) a new database is made
    typed = _fp(world).replace(" ", "").lower()
    assert restore.create_from_restore(made.path, target, expect_fingerprint=typed).created


def _refusal_of(call: Any) -> BundleRefused:
    with pytest.raises(BundleRefused) as caught:
        call()
    return caught.value


# -- never unencrypted by default; the lost key revoked; one step with the bundle (M3, M2) ------------------------


def test_a_restore_is_encrypted_unless_asked_plain_and_revokes_the_lost_laptop(world: World) -> None:
    out = world.tmp / "restore"
    # WHEN no enrolment file is given and plain is not asked THEN refused, no file written
    assert _refusal(lambda: restore.export_restore(world.province, out, device_id=world.lost.device_id)) == (
        "restore_unencrypted"
    )
    assert not out.exists() or not list(out.iterdir())
    # WHEN it is made to a new laptop's enrolment file THEN the lost laptop is revoked as replaced by it
    enrolment = _new_laptop(world.tmp / "new.sqlite")
    new_device = json.loads(enrolment)["device_id"]
    made = restore.export_restore(world.province, out, device_id=world.lost.device_id, to_enrolment=enrolment)
    assert made.encrypted and made.revoked == world.lost.device_id
    assert [p.name for p in out.iterdir()] == [made.path.name]  # no .partial left
    with world.province.session() as session:
        lost = session.get(SyncDevice, world.lost.device_id)
        assert lost is not None and lost.revoked_at is not None
        assert lost.revoked_reason == f"replaced by {new_device}"
    # AND the stolen laptop's next bundle is refused
    add_household(world.lost, world.institute, house_no="12/3")
    sent = service.export_bundle(world.lost, world.tmp / "stolen")
    assert sent is not None
    outcome = service.import_files(world.province, [sent.path])[0]
    assert outcome.error is not None and outcome.error["code"] == "device_revoked"


def test_keep_old_key_leaves_the_lost_laptop_enrolled(world: World) -> None:
    enrolment = _new_laptop(world.tmp / "new.sqlite")
    made = restore.export_restore(
        world.province, world.tmp / "r", device_id=world.lost.device_id, to_enrolment=enrolment, keep_old_key=True
    )
    assert made.revoked == ""
    with world.province.session() as session:
        lost = session.get(SyncDevice, world.lost.device_id)
        assert lost is not None and lost.revoked_at is None


def test_a_restore_that_cannot_be_written_enrols_and_revokes_nothing(world: World) -> None:
    enrolment = _new_laptop(world.tmp / "new.sqlite")
    new_device = json.loads(enrolment)["device_id"]
    blocker = world.tmp / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    # WHEN the bundle cannot be written (its folder is a file)
    with pytest.raises(OSError):
        restore.export_restore(
            world.province, blocker / "restore", device_id=world.lost.device_id, to_enrolment=enrolment
        )
    # THEN the replacement is not enrolled, the lost laptop not revoked, no bundle recorded
    with world.province.session() as session:
        assert session.get(SyncDevice, new_device) is None
        lost = session.get(SyncDevice, world.lost.device_id)
        assert lost is not None and lost.revoked_at is None
        assert session.scalars(select(m.SyncBundle).where(m.SyncBundle.kind == "restore")).all() == []


def test_a_restore_whose_rename_fails_is_marked_failed_and_its_number_used_again(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = world.tmp / "restore"

    def broken(source: Any, target: Any) -> None:
        raise OSError("disk gone")

    # WHEN the committed bundle's file cannot be renamed from .partial
    with monkeypatch.context() as patch:
        patch.setattr(restore, "_rename", broken)
        with pytest.raises(OSError):
            restore.export_restore(world.province, out, device_id=world.lost.device_id, plain=True)
    # THEN its row says failed, and no file (partial or whole) is left
    with world.province.session() as session:
        rows = session.scalars(select(m.SyncBundle).where(m.SyncBundle.kind == "restore")).all()
        assert [(r.seq, r.status) for r in rows] == [(1, "failed")]
    assert not list(out.iterdir())
    # AND the next restore is number 1 again, chained to nothing
    made = restore.export_restore(world.province, out, device_id=world.lost.device_id, plain=True)
    manifest = container.open_bundle(made.path, name="again").manifest
    assert made.seq == 1 and manifest["prev_sha256"] == ""


# -- what a restore leaves out is told (H5) -------------------------------------------------------------------------


def test_a_restore_tells_what_it_leaves_out_and_waits_for_held_bundles(world: World) -> None:
    from datetime import UTC, datetime

    now = datetime.now(UTC)
    # GIVEN the province holds, of the lost laptop: a duplicate and a record under it, a version that lost a
    # conflict, a bundle held for a gap; and one attachment file is missing from its store
    with world.province.session(write=True) as session, session.begin():
        for kind in ("duplicate", "held", "hard"):
            session.add(
                m.SyncConflict(
                    kind=kind,
                    table_name="household_member",
                    record_id=f"{kind}-1",
                    loser_device=world.lost.device_id,
                    winner_device="someone",
                    detected_at=now,
                )
            )
        session.add(
            m.SyncConflict(
                kind="duplicate", table_name="household", record_id="other", loser_device="x", detected_at=now
            )
        )
        session.add(
            m.SyncBundle(
                bundle_id="held-bundle",
                kind="changes",
                direction="in",
                device_id=world.lost.device_id,
                officer="",
                seq=9,
                manifest_sha256="0" * 64,
                prev_sha256="",
                created_at=now,
                recorded_at=now,
                status="held",
            )
        )
    stored_path(world.province, world.file_sha).unlink()
    # WHEN a restore is asked THEN it is refused while a bundle is held
    refused = _refusal_of(
        lambda: restore.export_restore(world.province, world.tmp / "r", device_id=world.lost.device_id, plain=True)
    )
    assert refused.code == "restore_bundles_held" and refused.params["count"] == 1 and refused.params["seqs"] == "9"
    # WHEN it is forced THEN it is made, and what it leaves out is counted and told in both languages
    made = restore.export_restore(
        world.province, world.tmp / "r", device_id=world.lost.device_id, plain=True, force=True
    )
    assert {code: entry["count"] for code, entry in made.left_out.items()} == {
        "held_records": 2,
        "lost_versions": 1,
        "held_bundles": 1,
        "missing_files": 1,
    }
    assert len(made.warnings) == 4 and "held for a gap: 1 (numbers 9)" in made.warnings[2]
    assert all(any("\u0e00" <= c <= "\u0e7f" for c in text) for text in made.warning_texts("th"))
    # AND the new laptop made from it says so too
    result = restore.create_from_restore(made.path, world.tmp / "n.sqlite", expect_fingerprint=_fp(world))
    assert result.left_out == made.left_out
    assert result.warnings == made.warnings and result.warning_texts("th") == made.warning_texts("th")
    assert result.to_dict()["warnings_th"] == result.warnings_th
