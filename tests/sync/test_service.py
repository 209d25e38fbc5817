"""Export, import and receipts through the service: sequence, held gaps, retries, dry runs, digests, both databases."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.db.keys import SYNC_ACK_HLC_KEY, SYNC_NEEDS_FULL_KEY
from cdfi_desktop.db.models.sync import SyncBundle, SyncDevice
from cdfi_desktop.sync import container, service
from tests.support.bundles import (
    add_household,
    add_institute,
    database_digest,
    enrol,
    enrol_only,
    make_province,
    open_db,
)


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Database]:
    db = open_db(tmp_path / "laptop.sqlite")
    add_institute(db)
    yield db
    db.close()


@pytest.fixture
def province(tmp_path: Path) -> Iterator[Database]:
    db = make_province(tmp_path / "province.sqlite")
    yield db
    db.close()


def _rows(db: Database, direction: str) -> list[SyncBundle]:
    with db.session() as session:
        return list(session.query(SyncBundle).filter_by(direction=direction).order_by(SyncBundle.id))


def _round_trip(laptop: Database, province: Database, out: Path) -> None:
    result = service.export_bundle(laptop, out)
    assert result is not None
    outcomes = service.import_files(province, [result.path])
    assert [o.status for o in outcomes] == ["applied"], outcomes[0].error
    receipt = outcomes[0].receipt_path
    assert receipt is not None and receipt.exists()
    assert [o.status for o in service.import_files(laptop, [receipt])] == ["confirmed"]


def test_export_import_receipt_then_the_next_export_is_empty(
    laptop: Database, province: Database, tmp_path: Path
) -> None:
    # GIVEN an enrolled laptop with an institute, two households and their debts
    enrol(province, laptop)
    out = tmp_path / "usb"
    out.mkdir()
    # WHEN it exports THEN the bundle is the device's first, encrypted to the province, named by device and number
    result = service.export_bundle(laptop, out)
    assert result is not None and result.seq == 1 and result.encrypted
    assert result.path.name == f"cdfi-{laptop.device_id[:8]}-00001.cdfibundle"
    assert result.counts["household"] == 2 and result.counts["debt"] == 2
    # WHEN the province imports it THEN every record is created and a receipt is written beside the bundle
    outcomes = service.import_files(province, [result.path])
    assert [o.status for o in outcomes] == ["applied"]
    report = outcomes[0].report
    assert report is not None and report.tables["household"].created == 2
    receipt = outcomes[0].receipt_path
    assert receipt == out / "receipts" / f"cdfi-receipt-{laptop.device_id[:8]}-00001.cdfibundle"
    with province.session() as session:
        device = session.get(SyncDevice, laptop.device_id)
        assert device is not None and device.last_seq == 1 and device.last_bundle_hash == result.manifest_sha256
    # WHEN the laptop imports the receipt THEN its point moves, the bundle is confirmed and nothing waits
    assert [o.status for o in service.import_files(laptop, [receipt])] == ["confirmed"]
    status = service.sync_status(laptop)
    assert status.last_receipt is not None and status.last_receipt["digest_ok"] is True
    assert status.last_bundle is not None and status.last_bundle["status"] == "confirmed"
    assert status.waiting_total == 0 and not status.needs_full
    assert service.export_bundle(laptop, out) is None
    assert sorted(p.name for p in out.iterdir()) == [result.path.name, "receipts"]
    # AND the same receipt again changes nothing
    before = database_digest(laptop)
    assert [o.status for o in service.import_files(laptop, [receipt])] == ["ignored"]
    assert database_digest(laptop) == before


def test_writing_a_bundle_marks_nothing_sent(laptop: Database, province: Database, tmp_path: Path) -> None:
    # GIVEN a laptop that made a bundle the province has not answered
    enrol(province, laptop)
    first = service.export_bundle(laptop, tmp_path / "1.cdfibundle")
    add_household(laptop, _institute(laptop))
    # WHEN it makes another THEN it holds the first one's records again, chained to it
    second = service.export_bundle(laptop, tmp_path / "2.cdfibundle")
    assert first is not None and second is not None
    assert second.seq == 2 and second.counts["household"] == 3
    manifest = container.open_bundle(second.path, name="2").manifest
    assert manifest["prev_sha256"] == first.manifest_sha256
    assert laptop.get_setting(SYNC_ACK_HLC_KEY) == ""


def _institute(db: Database) -> str:
    from cdfi_desktop.db import models as m

    with db.session() as session:
        return str(session.query(m.Institute.id).scalar())


def test_unencrypted_when_the_laptop_has_not_the_provinces_keys(
    laptop: Database, province: Database, tmp_path: Path
) -> None:
    enrol_only(province, laptop)
    result = service.export_bundle(laptop, tmp_path / "b.cdfibundle")
    assert result is not None and not result.encrypted
    bundle = container.open_bundle(result.path, name="b")
    assert bundle.manifest["encryption"] is None and container.ENCRYPTED_PAYLOAD not in bundle.raw
    outcomes = service.import_files(province, [result.path], receipts_dir=tmp_path / "r")
    assert [o.status for o in outcomes] == ["applied"]
    assert outcomes[0].receipt_path is not None and outcomes[0].receipt_path.parent == tmp_path / "r"


def test_dry_run_checks_and_reports_but_writes_nothing(laptop: Database, province: Database, tmp_path: Path) -> None:
    enrol(province, laptop)
    usb = tmp_path / "usb"
    result = service.export_bundle(laptop, usb / "b.cdfibundle")
    assert result is not None
    before = database_digest(province)
    outcomes = service.import_files(province, [result.path], dry_run=True)
    assert [o.status for o in outcomes] == ["checked"]
    assert outcomes[0].report is not None and outcomes[0].report.tables["household"].created == 2
    assert outcomes[0].receipt_path is None
    assert database_digest(province) == before
    assert [p.name for p in usb.iterdir()] == ["b.cdfibundle"]
    assert not province.backups_folder.exists() or not any(province.backups_folder.iterdir())


def test_the_same_bundle_again_is_ignored_and_its_receipt_written_again(
    laptop: Database, province: Database, tmp_path: Path
) -> None:
    enrol(province, laptop)
    result = service.export_bundle(laptop, tmp_path / "b.cdfibundle")
    assert result is not None
    first = service.import_files(province, [result.path])
    assert first[0].receipt_path is not None
    first[0].receipt_path.unlink()
    before = database_digest(province)
    again = service.import_files(province, [result.path])
    assert [o.status for o in again] == ["ignored"]
    assert again[0].receipt_path is not None and again[0].receipt_path.exists()
    assert database_digest(province) == before
    # the laptop takes the receipt written again
    assert [o.status for o in service.import_files(laptop, [again[0].receipt_path])] == ["confirmed"]


def test_a_gap_is_held_and_applied_when_the_missing_bundle_arrives(
    laptop: Database, province: Database, tmp_path: Path
) -> None:
    # GIVEN a province that confirmed bundle 1, then was put back to a copy taken before bundle 2 arrived
    enrol(province, laptop)
    institute = _institute(laptop)
    add_household(laptop, institute, house_no="1/9")
    _round_trip(laptop, province, tmp_path / "1.cdfibundle")
    province.close()
    shutil.copyfile(tmp_path / "province.sqlite", tmp_path / "province-before-2.sqlite")
    province = open_db(tmp_path / "province.sqlite")
    add_household(laptop, institute, house_no="2/9")
    _round_trip(laptop, province, tmp_path / "2.cdfibundle")
    province.close()
    add_household(laptop, institute, house_no="3/9")
    third = service.export_bundle(laptop, tmp_path / "3.cdfibundle")
    assert third is not None
    behind = open_db(tmp_path / "province-before-2.sqlite")
    try:
        # WHEN bundle 3 (made after the receipt of 2) comes alone THEN it is held: the province lacks bundle 2
        held = service.import_files(behind, [third.path])
        assert [o.status for o in held] == ["held"] and held[0].error is not None
        assert held[0].error["code"] == "sequence_gap"
        assert [(r.seq, r.status) for r in _rows(behind, "in")] == [(1, "applied"), (3, "held")]
        # WHEN bundle 2 comes THEN it is applied, and the held 3 after it
        outcomes = service.import_files(behind, [tmp_path / "2.cdfibundle"])
        assert [(o.seq, o.status) for o in outcomes] == [(2, "applied"), (3, "applied")]
        with behind.session() as session:
            device = session.get(SyncDevice, laptop.device_id)
            assert device is not None and device.last_seq == 3
        assert [(r.seq, r.status) for r in _rows(behind, "in")] == [(1, "applied"), (3, "applied"), (2, "applied")]
        assert all(r.payload is None for r in _rows(behind, "in"))
    finally:
        behind.close()


def test_a_lost_bundle_never_blocks_the_ones_after_it(laptop: Database, province: Database, tmp_path: Path) -> None:
    # GIVEN three bundles made before any receipt: each holds every change since nothing was confirmed
    enrol(province, laptop)
    institute = _institute(laptop)
    paths = []
    for number in range(3):
        add_household(laptop, institute, house_no=f"{number}/8")
        result = service.export_bundle(laptop, tmp_path / f"{number + 1}.cdfibundle")
        assert result is not None
        paths.append(result.path)
    # WHEN bundle 1 and 2 are lost and 3 comes alone THEN it is applied with all three households
    outcomes = service.import_files(province, [paths[2]])
    assert [(o.seq, o.status) for o in outcomes] == [(3, "applied")]
    with province.session() as session:
        houses = set(session.scalars(select(m.Household.house_no).where(m.Household.house_no.like("%/8"))))
    assert houses == {"0/8", "1/8", "2/8"}
    # WHEN the lost ones turn up later THEN they are ignored (superseded), nothing changes
    before = database_digest(province)
    late = service.import_files(province, [paths[0], paths[1]])
    assert [(o.seq, o.status) for o in late] == [(1, "ignored"), (2, "ignored")]
    assert "ไม่ต้องนำเข้า" in late[0].message_th
    assert database_digest(province) == before
    # AND the receipt of 3 confirms everything on the laptop
    receipt = outcomes[0].receipt_path
    assert receipt is not None
    assert [o.status for o in service.import_files(laptop, [receipt])] == ["confirmed"]
    assert service.export_bundle(laptop, tmp_path / "4.cdfibundle") is None


def test_files_in_any_order_in_one_call(laptop: Database, province: Database, tmp_path: Path) -> None:
    enrol(province, laptop)
    institute = _institute(laptop)
    paths = []
    for number in range(3):
        add_household(laptop, institute, house_no=f"{number}/7")
        result = service.export_bundle(laptop, tmp_path / f"{number + 1}.cdfibundle")
        assert result is not None
        paths.append(result.path)
    outcomes = service.import_files(province, [paths[2], paths[0], paths[1]])
    assert [(o.seq, o.status) for o in outcomes] == [(3, "applied"), (1, "applied"), (2, "applied")]
    # the receipts come back in any order too; the point ends at the last bundle's
    receipts = [o.receipt_path for o in outcomes if o.receipt_path is not None]
    assert [o.status for o in service.import_files(laptop, receipts)] == ["confirmed"] * 3
    assert service.export_bundle(laptop, tmp_path / "4.cdfibundle") is None


def test_a_digest_that_disagrees_asks_for_a_full_bundle(laptop: Database, province: Database, tmp_path: Path) -> None:
    enrol(province, laptop)
    result = service.export_bundle(laptop, tmp_path / "1.cdfibundle")
    assert result is not None
    outcomes = service.import_files(province, [result.path])
    # GIVEN the laptop's expected digest of that bundle differs from what the province holds (a lost record)
    with laptop.session() as session, session.begin():
        row = session.query(SyncBundle).filter_by(direction="out", seq=1).one()
        row.digest = "0:" + "0" * 64
    assert outcomes[0].receipt_path is not None
    # WHEN the receipt comes back THEN the point moves but the next bundle is full
    assert [o.status for o in service.import_files(laptop, [outcomes[0].receipt_path])] == ["confirmed"]
    assert laptop.get_setting(SYNC_NEEDS_FULL_KEY) == "1"
    status = service.sync_status(laptop)
    assert status.needs_full and status.last_receipt is not None and status.last_receipt["digest_ok"] is False
    full = service.export_bundle(laptop, tmp_path / "2.cdfibundle")
    assert full is not None and full.counts["household"] == 2
    assert container.open_bundle(full.path, name="2").manifest["full"] is True
    # AND once the province confirms the full bundle with agreeing digests, bundles are ordinary again
    second = service.import_files(province, [full.path])
    assert [o.status for o in second] == ["applied"] and second[0].receipt_path is not None
    assert [o.status for o in service.import_files(laptop, [second[0].receipt_path])] == ["confirmed"]
    assert laptop.get_setting(SYNC_NEEDS_FULL_KEY) == ""
    assert service.export_bundle(laptop, tmp_path / "3.cdfibundle") is None


@pytest.mark.postgres
def test_a_postgresql_province_imports_through_the_same_code(laptop: Database, pg_url: str, tmp_path: Path) -> None:
    province = make_province(pg_url)
    try:
        enrol(province, laptop)
        add_household(laptop, _institute(laptop))
        _round_trip(laptop, province, tmp_path / "1.cdfibundle")
        add_household(laptop, _institute(laptop), house_no="5/5")
        second = service.export_bundle(laptop, tmp_path / "2.cdfibundle")
        assert second is not None and second.counts["household"] == 1
        again = service.import_files(province, [second.path, second.path])
        assert sorted(o.status for o in again) == ["applied", "ignored"]
        with province.session() as session:
            rows = session.query(SyncBundle).filter_by(direction="in").all()
            assert sorted(r.seq for r in rows) == [1, 2]
            assert json.dumps(rows[0].report)
    finally:
        province.close()


def test_an_unexpected_error_is_that_bundles_outcome_and_the_others_are_imported(
    province: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cdfi_desktop.sync import merge

    first, second = open_db(tmp_path / "a.sqlite"), open_db(tmp_path / "b.sqlite")
    try:
        paths = []
        for laptop in (first, second):
            add_institute(laptop)
            enrol(province, laptop)
            result = service.export_bundle(laptop, tmp_path / "usb")
            assert result is not None
            paths.append(result.path)
        real, calls = merge.apply, [0]

        def flaky(*args: object, **kwargs: object) -> object:
            calls[0] += 1
            if calls[0] == 1:
                raise RuntimeError("database is locked")
            return real(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(merge, "apply", flaky)
        outcomes = service.import_files(province, paths)
        assert [o.status for o in outcomes].count("applied") == 1
        [failed] = [o for o in outcomes if o.status == "refused"]
        assert failed.error is not None and failed.error["code"] == "internal_error"
        assert "database is locked" in failed.error["message_en"]
        with province.session() as session:  # the failed bundle's transaction wrote nothing
            ids = session.scalars(select(SyncBundle.device_id).where(SyncBundle.direction == service.IN)).all()
        assert failed.device_id not in ids and len(ids) == 1

        def interrupted(*args: object, **kwargs: object) -> object:
            raise KeyboardInterrupt

        monkeypatch.setattr(merge, "apply", interrupted)
        with pytest.raises(KeyboardInterrupt):
            service.import_files(province, [paths[0] if failed.name == paths[0].name else paths[1]])
    finally:
        first.close()
        second.close()


def test_a_province_brings_its_new_institutes_to_the_department_unless_another_claims_them(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from cdfi_desktop.sync import keys, upward

    province = make_province(tmp_path / "p.sqlite", name="ขอนแก่น")
    department = make_province(tmp_path / "d.sqlite", name="กรม")
    first, second = open_db(tmp_path / "l1.sqlite"), open_db(tmp_path / "l2.sqlite")
    try:
        add_institute(first)
        enrol(province, first)
        _round_trip(first, province, tmp_path / "u1")
        keys.enrol(department, json.dumps(keys.enrolment_document(province)))
        sent = upward.export_province(province, tmp_path / "up", plain=True)
        assert [o.status for o in service.import_files(department, [sent.path])] == ["applied"]
        # a laptop and its institute join the province after the department enrolled it
        new_institute = add_institute(second, name="สถาบันการจัดการเงินทุนชุมชนตำบลใหม่")
        enrol(province, second)
        _round_trip(second, province, tmp_path / "u2")
        # another device at the department claims that institute: the export is refused
        with department.session(write=True) as session, session.begin():
            session.add(
                SyncDevice(
                    device_id="cccccccc-0000-4000-8000-000000000003",
                    role="laptop",
                    name="อีกจังหวัด",
                    key_id="0000000000000000",
                    public_key="",
                    institute_ids=[new_institute],
                    enrolled_at=datetime.now(UTC),
                )
            )
        again = upward.export_province(province, tmp_path / "up", plain=True)
        [refused] = service.import_files(department, [again.path])
        assert refused.status == "refused" and refused.error is not None
        assert refused.error["code"] == "record_other_institute"
        # no other claim: the province's signed list brings it in, audited
        with department.session(write=True) as session, session.begin():
            claimer = session.get(SyncDevice, "cccccccc-0000-4000-8000-000000000003")
            assert claimer is not None
            claimer.revoked_at = datetime.now(UTC)
        assert [o.status for o in service.import_files(department, [again.path])] == ["applied"]
        with department.session() as session:
            hub_device = session.get(SyncDevice, province.device_id)
            assert hub_device is not None and new_institute in (hub_device.institute_ids or [])
            audit = session.scalars(
                select(m.AuditLog).where(
                    m.AuditLog.table_name == "sync_device", m.AuditLog.record_id == province.device_id
                )
            ).all()
            assert any(new_institute in entry.changes["institute_ids"][1] for entry in audit)
            assert session.get(m.Institute, new_institute) is not None
    finally:
        for db in (first, second, department, province):
            db.close()


def test_the_provinces_decisions_are_read_once_per_import(
    province: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cdfi_desktop.sync import review_decisions

    laptops = [open_db(tmp_path / f"l{n}.sqlite") for n in range(3)]
    try:
        paths = []
        for laptop in laptops:
            add_institute(laptop)
            enrol(province, laptop)
            result = service.export_bundle(laptop, tmp_path / "usb")
            assert result is not None
            paths.append(result.path)
        with province.session(write=True) as session, session.begin():  # each laptop took a reference once
            for device in session.scalars(select(SyncDevice).where(SyncDevice.role == "laptop")):
                device.details = {**(device.details or {}), "reference_applied": {"sha256": "0" * 64}}
        real, calls = review_decisions.decisions, [0]

        def counted(session: object) -> list[dict[str, object]]:
            calls[0] += 1
            return real(session)  # type: ignore[arg-type]

        monkeypatch.setattr(review_decisions, "decisions", counted)
        assert [o.status for o in service.import_files(province, paths)] == ["applied"] * 3
        assert calls[0] == 1
    finally:
        for laptop in laptops:
            laptop.close()
