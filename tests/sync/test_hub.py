"""The province hub (sync/hub.py): a folder of bundles imported in any order with bad files among them, its report
kept, and the status of every laptop, institute and district, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import random
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.db.models.sync import SyncBundle, SyncConflict
from cdfi_desktop.services.uow import UnitOfWork
from cdfi_desktop.sync import hub, hub_status, keys, service
from tests.support.bundles import (
    add_household,
    add_institute,
    enrol,
    import_province_key,
    make_province,
    open_db,
    resigned,
)

DISTRICT_A, DISTRICT_B = "4001", "4002"


def _move_to_district(db: Database, institute_id: str, district_code: str) -> None:
    with UnitOfWork(db) as uow:
        institute = uow.session.get(m.Institute, institute_id)
        assert institute is not None
        institute.district_code = district_code
        uow.commit()


class Scene:
    """Three enrolled laptops (two districts; one never sends) and a laptop the province does not know; bundles
    on a stick, shuffled, with a corrupt file, receipts of an earlier import and a Mac shadow file beside them."""

    def __init__(self, tmp_path: Path, province_url: str | Path) -> None:
        self.tmp = tmp_path
        self.province = make_province(province_url)
        self.a = open_db(tmp_path / "a.sqlite", officer="นางสาวเอ ตำบลในเมือง")
        self.b = open_db(tmp_path / "b.sqlite", officer="นายบี อำเภอบ้านฝาง")
        self.c = open_db(tmp_path / "c.sqlite", officer="นางซี ไม่เคยส่ง")
        self.stranger = open_db(tmp_path / "x.sqlite", officer="คนนอก")
        self.inst_a = add_institute(self.a, name="สถาบันเอ")
        self.inst_b = add_institute(self.b, name="สถาบันบี")
        _move_to_district(self.b, self.inst_b, DISTRICT_B)
        self.inst_c = add_institute(self.c, name="สถาบันซี")
        add_institute(self.stranger, name="สถาบันนอก")
        for laptop in (self.a, self.b):
            enrol(self.province, laptop)
        # C's enrolment file names its district; nothing of its institute has reached the province yet
        document = keys.enrolment_document(self.c, details={"district_code": DISTRICT_A, "position": "นักวิชาการ"})
        keys.enrol(self.province, json.dumps(document))
        import_province_key(self.c, self.province)
        self.made = tmp_path / "made"
        self.stick = tmp_path / "stick"
        self.stick.mkdir()

    def export(self, laptop: Database) -> Path:
        result = service.export_bundle(laptop, self.made)
        assert result is not None
        return result.path

    def close(self) -> None:
        for db in (self.province, self.a, self.b, self.c, self.stranger):
            db.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def scene(request: pytest.FixtureRequest, tmp_path: Path) -> Scene:
    url: str | Path = tmp_path / "province.sqlite"
    if request.param == "postgresql":
        url = request.getfixturevalue("pg_url")
    made = Scene(tmp_path, url)
    request.addfinalizer(made.close)
    return made


def _stick(scene: Scene) -> dict[str, Path]:
    """A1 A2 A3 (in one sub-folder, shuffled names), B1 and B3 (B2 stays on the laptop), the stranger's bundle,
    a corrupt file; a receipts folder and a ._ file that must not be read."""
    bundles: dict[str, Path] = {}
    bundles["a1"] = scene.export(scene.a)
    add_household(scene.a, scene.inst_a, house_no="10/1")
    bundles["a2"] = scene.export(scene.a)
    add_household(scene.a, scene.inst_a, house_no="10/2")
    bundles["a3"] = scene.export(scene.a)
    bundles["b1"] = scene.export(scene.b)
    add_household(scene.b, scene.inst_b, house_no="20/1")
    bundles["b2"] = scene.export(scene.b)
    add_household(scene.b, scene.inst_b, house_no="20/2")
    bundles["b3"] = scene.export(scene.b)
    # as made after a receipt for bundle 2 came back (it holds only what changed since): held without bundle 2
    made_after_receipt = resigned(
        bundles["b3"].read_bytes(), lambda manifest: manifest.update(since_seq=2), keys.device_key(scene.b)
    )
    bundles["b3"].write_bytes(made_after_receipt)
    bundles["x1"] = scene.export(scene.stranger)
    names = ["z-first.cdfibundle", "m-second.cdfibundle", "a-third.cdfibundle"]
    random.Random(14).shuffle(names)
    district_a = scene.stick / "อำเภอเมือง"
    district_a.mkdir()
    placed = {}
    for key, name in zip(("a1", "a2", "a3"), names, strict=True):
        placed[key] = district_a / name
        shutil.copy(bundles[key], placed[key])
    for key in ("b3", "b1", "x1"):
        placed[key] = scene.stick / bundles[key].name
        shutil.copy(bundles[key], placed[key])
    placed["junk"] = scene.stick / "broken.cdfibundle"
    placed["junk"].write_bytes(b"PK\x03\x04 not really a zip")
    (scene.stick / "receipts").mkdir()
    shutil.copy(bundles["a1"], scene.stick / "receipts" / "old-receipt.cdfibundle")
    (scene.stick / "._broken.cdfibundle").write_bytes(b"\x00\x05\x16\x07")
    (scene.stick / "notes.txt").write_text("ไม่ใช่ชุดข้อมูล", encoding="utf-8")
    placed["b2_kept"] = bundles["b2"]
    return placed


def test_bundle_files_leave_out_receipts_shadow_files_and_others(tmp_path: Path) -> None:
    (tmp_path / "receipts").mkdir()
    (tmp_path / "receipts" / "r.cdfibundle").write_bytes(b"r")
    (tmp_path / "d2").mkdir()
    (tmp_path / "d2" / "B.CDFIBUNDLE").write_bytes(b"b")
    (tmp_path / "d2" / "receipts").mkdir()
    (tmp_path / "d2" / "receipts" / "r.cdfibundle").write_bytes(b"r")
    (tmp_path / "a.cdfibundle").write_bytes(b"a")
    (tmp_path / "._a.cdfibundle").write_bytes(b"x")
    (tmp_path / ".Trashes").mkdir()
    (tmp_path / ".Trashes" / "t.cdfibundle").write_bytes(b"t")
    (tmp_path / "a.txt").write_text("a")
    found = hub.bundle_files(tmp_path)
    assert [p.relative_to(tmp_path).as_posix() for p in found] == ["a.cdfibundle", "d2/B.CDFIBUNDLE"]
    assert hub.bundle_files(tmp_path) == found  # stable
    assert hub.bundle_files(tmp_path / "a.cdfibundle") == [tmp_path / "a.cdfibundle"]
    assert hub.bundle_files(tmp_path / "nowhere") == []


def test_folder_import_in_any_order_keeps_its_report_and_the_status_says_who_is_late(scene: Scene) -> None:
    placed = _stick(scene)
    province = scene.province
    seen: list[tuple[int, int]] = []

    # WHEN the province dry-runs the stick THEN nothing is kept, and A's bundles are in order whatever their names
    dry = hub.import_folder(province, scene.stick, dry_run=True)
    assert dry.id is None and dry.dry_run
    with province.session() as session:
        assert hub.import_history(session) == []
        assert session.query(SyncBundle).count() == 0

    # WHEN it imports the stick
    result = hub.import_folder(province, scene.stick, progress=lambda done, total: seen.append((done, total)))

    # THEN every bundle file got an outcome, the receipts folder and the ._ file were not read
    by_path = {s.path: s for s in result.summaries}
    assert set(by_path) == {str(placed[k]) for k in ("a1", "a2", "a3", "b1", "b3", "x1", "junk")}
    status = {key: by_path[str(placed[key])].status for key in ("a1", "a2", "a3", "b1", "b3", "x1", "junk")}
    assert status == {
        "a1": "applied",
        "a2": "applied",
        "a3": "applied",
        "b1": "applied",
        "b3": "held",
        "x1": "refused",
        "junk": "refused",
    }
    a1 = by_path[str(placed["a1"])]
    assert a1.seq == 1 and a1.officer == "นางสาวเอ ตำบลในเมือง" and a1.created >= 3 and a1.receipt_path
    assert by_path[str(placed["x1"])].error_code == "device_unknown"
    junk = by_path[str(placed["junk"])]
    assert junk.error_code and junk.error_th and junk.error_en and junk.device_id == ""
    assert result.totals == {"applied": 4, "held": 1, "refused": 2}
    assert seen and seen[-1][0] == seen[-1][1]

    # AND the import is kept, refused files included, and reads back the same
    with province.session() as session:
        [row] = hub.import_history(session)
        assert row.id == result.id and row.files == 7 and row.refused == 2
        again = hub.import_run(session, row.id)
        assert again is not None
        assert [s.to_dict() for s in again.summaries] == [s.to_dict() for s in result.summaries]
        assert hub.import_run(session, row.id + 100) is None
    json.dumps(result.to_dict(), ensure_ascii=False)

    # GIVEN A's last bundle was made 30 days ago, an open conflict A/B, an open duplicate of B, a resolved one
    now = datetime.now(UTC) + timedelta(hours=1)
    with province.session(write=True) as session, session.begin():
        session.execute(
            update(SyncBundle)
            .where(SyncBundle.device_id == scene.a.device_id, SyncBundle.seq == 3, SyncBundle.direction == "in")
            .values(created_at=now - timedelta(days=30, hours=2), recorded_at=now - timedelta(days=30, hours=1))
        )
        session.execute(  # C was enrolled ten days ago and has sent nothing since
            update(m.SyncDevice)
            .where(m.SyncDevice.device_id == scene.c.device_id)
            .values(enrolled_at=now - timedelta(days=10, hours=1))
        )
        common = {"fields": [], "bundle_id": "", "detected_at": now}
        session.add_all(
            [
                SyncConflict(
                    kind="soft",
                    table_name="household",
                    record_id="h-1",
                    winner={"institute_id": scene.inst_a},
                    loser={"institute_id": scene.inst_a},
                    winner_device=scene.a.device_id,
                    loser_device=scene.b.device_id,
                    **common,
                ),
                SyncConflict(
                    kind="duplicate",
                    table_name="institute",
                    record_id=scene.inst_b,
                    winner={},
                    loser={},
                    winner_device=scene.b.device_id,
                    loser_device=scene.b.device_id,
                    **common,
                ),
                SyncConflict(
                    kind="hard",
                    table_name="household",
                    record_id="h-2",
                    winner={"institute_id": scene.inst_a},
                    loser={},
                    winner_device=scene.a.device_id,
                    loser_device=scene.b.device_id,
                    resolved_at=now,
                    resolved_by="จังหวัด",
                    **common,
                ),
            ]
        )

    # WHEN the status is computed
    with province.session() as session:
        status_now = hub_status.province_status(session, now=now, language="en")

    # THEN the one 30 days late is first, then the one enrolled 10 days ago that never sent, then the fresh one
    assert [d.device_id for d in status_now.devices] == [scene.a.device_id, scene.c.device_id, scene.b.device_id]
    a, c, b = status_now.devices
    assert c.never_sent and c.stale_days == 10 and c.last_bundle_seq == 0
    assert c.last_receipt_seq == 0 and c.held_seqs == []
    assert a.last_bundle_seq == 3 and a.stale_days == 30 and a.last_receipt_seq == 3 and a.last_receipt_path
    assert a.last_imported_at is not None and a.held_seqs == [] and a.missing_seqs == []
    assert b.last_bundle_seq == 1 and b.held_seqs == [3] and b.missing_seqs == [2] and b.stale_days == 0
    assert b.last_receipt_seq == 1
    assert (a.open_conflicts, a.open_duplicates, b.open_conflicts, b.open_duplicates) == (1, 0, 1, 1)
    assert (status_now.open_conflicts, status_now.open_duplicates) == (1, 1)
    assert a.officer == "นางสาวเอ ตำบลในเมือง" and [i.id for i in a.institutes] == [scene.inst_a]
    assert a.institutes[0].name == "สถาบันเอ"
    assert a.district_code == DISTRICT_A and b.district_code == DISTRICT_B
    assert a.district_name == "Mueang Khon Kaen" and c.district_name == "Mueang Khon Kaen"

    # AND per institute and district, stalest first, with their conflicts
    institutes = {i.institute_id: i for i in status_now.institutes}
    assert [i.institute_id for i in status_now.institutes] == [scene.inst_a, scene.inst_c, scene.inst_b]
    assert institutes[scene.inst_c].stale_days is None and institutes[scene.inst_a].stale_days == 30
    assert institutes[scene.inst_a].open_conflicts == 1 and institutes[scene.inst_b].open_duplicates == 1
    assert institutes[scene.inst_b].held_bundles == 1 and institutes[scene.inst_b].devices == [scene.b.device_id]
    districts = {d.district_code: d for d in status_now.districts}
    assert [d.district_code for d in status_now.districts] == [DISTRICT_A, DISTRICT_B]
    assert districts[DISTRICT_A].institutes == 2 and districts[DISTRICT_A].never_sent == 1
    assert districts[DISTRICT_A].stale_days is None and districts[DISTRICT_A].devices == 2
    assert institutes[scene.inst_c].name == "" and institutes[scene.inst_c].district_code == DISTRICT_A
    assert districts[DISTRICT_B].held_bundles == 1 and districts[DISTRICT_B].stale_days == 0

    # AND the JSON lists every enrolled laptop
    shown = json.loads(json.dumps(status_now.to_dict(), ensure_ascii=False))
    assert [d["device_id"] for d in shown["devices"]] == [scene.a.device_id, scene.c.device_id, scene.b.device_id]
    assert shown["devices"][0]["last_bundle"]["seq"] == 3 and shown["devices"][0]["last_receipt"]["seq"] == 3
    assert shown["devices"][2]["held_bundles"] == [3] and shown["devices"][1]["last_bundle"] is None

    # WHEN the missing bundle arrives in a second folder THEN the held one follows it, both kept in the history
    second = scene.tmp / "stick2"
    second.mkdir()
    shutil.copy(placed["b2_kept"], second / placed["b2_kept"].name)
    later = hub.import_folder(province, second)
    assert [s.status for s in later.summaries] == ["applied", "applied"]
    assert [s.seq for s in later.summaries] == [2, 3]
    with province.session() as session:
        assert [r.id for r in hub.import_history(session)] == [later.id, result.id]
        b_now = next(
            d for d in hub_status.province_status(session, now=now).devices if d.device_id == scene.b.device_id
        )
    assert b_now.last_bundle_seq == 3 and b_now.held_seqs == [] and b_now.last_receipt_seq == 3


def test_status_of_a_province_with_no_laptop(tmp_path: Path) -> None:
    province = make_province(tmp_path / "p.sqlite")
    try:
        with province.session() as session:
            status = hub_status.province_status(session, now=datetime.now(UTC))
        assert status.devices == [] and status.institutes == [] and status.to_dict()["devices"] == []
    finally:
        province.close()


def test_a_folder_without_bundles_imports_nothing_and_keeps_nothing(tmp_path: Path) -> None:
    province = make_province(tmp_path / "p.sqlite")
    try:
        (tmp_path / "usb").mkdir()
        result = hub.import_folder(province, tmp_path / "usb")
        assert result.summaries == [] and result.id is None and result.totals == {}
        with province.session() as session:
            assert hub.import_history(session) == []
    finally:
        province.close()


def test_a_laptop_of_two_districts_and_a_revoked_one(tmp_path: Path) -> None:
    province = make_province(tmp_path / "p.sqlite")
    laptop = open_db(tmp_path / "l.sqlite", officer="นางสาวสอง อำเภอ")
    gone = open_db(tmp_path / "g.sqlite", officer="นายเก่า")
    try:
        # GIVEN a laptop with one institute in Mueang and two in Ban Fang, and a laptop revoked before sending
        add_institute(laptop, name="สถาบันหนึ่ง")
        for name in ("สถาบันสอง", "สถาบันสาม"):
            _move_to_district(laptop, add_institute(laptop, name=name), DISTRICT_B)
        add_institute(gone, name="สถาบันเก่า")
        enrol(province, laptop)
        enrol(province, gone)
        keys.revoke(province, gone.device_id, reason="หาย")
        made = service.export_bundle(laptop, tmp_path / "usb")
        assert made is not None
        hub.import_folder(province, tmp_path / "usb")
        # WHEN the status is computed
        with province.session() as session:
            status = hub_status.province_status(session, now=datetime.now(UTC) + timedelta(days=3), language="th")
        # THEN the revoked laptop comes last even though it never sent, the other names both its districts
        first, last = status.devices
        assert first.device_id == laptop.device_id and last.device_id == gone.device_id
        assert last.revoked_at is not None and last.never_sent
        assert first.district_codes == [DISTRICT_B, DISTRICT_A] and first.district_code == DISTRICT_B
        assert first.district_names == ["บ้านฝาง", "เมืองขอนแก่น"] and first.stale_days == 3
        shown = status.to_dict()["devices"][0]
        assert shown["districts"] == [{"code": "4002", "name": "บ้านฝาง"}, {"code": "4001", "name": "เมืองขอนแก่น"}]
        # AND the revoked laptop's institute, never received, is in no known district
        assert {d.district_code: d.institutes for d in status.districts} == {DISTRICT_A: 1, DISTRICT_B: 2, "": 1}
    finally:
        for db in (province, laptop, gone):
            db.close()
