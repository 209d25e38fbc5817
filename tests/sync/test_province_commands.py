"""The province's commands of the hub: ``province import`` (a folder), ``province status`` (text and JSON),
``province reference``, ``province restore``, ``province export`` and ``bundle import --create``, with their texts
and exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from cdfi_desktop.cli import main
from cdfi_desktop.db.database import Database
from cdfi_desktop.sync import service
from tests.support.bundles import add_household, add_institute, enrol, make_province, open_db


def _run(capsys: pytest.CaptureFixture[str], *argv: str, language: str = "en") -> tuple[int, str, str]:
    code = main(["--lang", language, *argv])
    out, err = capsys.readouterr()
    return code, out, err


class Hub:
    """A province with two enrolled laptops (one has sent two bundles, one nothing) and a stick holding the
    bundles and a corrupt file."""

    def __init__(self, tmp_path: Path) -> None:
        self.province_path = tmp_path / "province.sqlite"
        self.laptop_path = tmp_path / "laptop.sqlite"
        self.idle_path = tmp_path / "idle.sqlite"
        province = make_province(self.province_path)
        laptop = open_db(self.laptop_path, officer="นางสาวเอ ตำบลในเมือง")
        idle = open_db(self.idle_path, officer="นายบี ไม่เคยส่ง")
        try:
            self.institute = add_institute(laptop)
            add_institute(idle, name="สถาบันบี")
            enrol(province, laptop)
            enrol(province, idle)
            self.laptop_device, self.idle_device = laptop.device_id, idle.device_id
            self.stick = tmp_path / "stick"
            first = service.export_bundle(laptop, tmp_path / "made")
            add_household(laptop, self.institute)
            second = service.export_bundle(laptop, tmp_path / "made")
            assert first is not None and second is not None
            (self.stick / "b").mkdir(parents=True)
            shutil.copy(second.path, self.stick / "a-second.cdfibundle")  # the later one first by name
            shutil.copy(first.path, self.stick / "b" / "z-first.cdfibundle")
            (self.stick / "broken.cdfibundle").write_bytes(b"not a zip")
        finally:
            for db in (province, laptop, idle):
                db.close()


@pytest.fixture
def hub_scene(tmp_path: Path) -> Hub:
    return Hub(tmp_path)


def _enrolled_days_ago(path: Path, device_id: str, days: int) -> None:
    from datetime import UTC, datetime, timedelta

    from sqlalchemy import update

    from cdfi_desktop.db.models.sync import SyncDevice

    db = Database.open(path)
    try:
        with db.session(write=True) as session, session.begin():
            session.execute(
                update(SyncDevice)
                .where(SyncDevice.device_id == device_id)
                .values(enrolled_at=datetime.now(UTC) - timedelta(days=days, hours=1))
            )
    finally:
        db.close()


def _without_encryption_key(path: Path, device_id: str) -> None:
    from sqlalchemy import update

    from cdfi_desktop.db.models.sync import SyncDevice

    db = Database.open(path)
    try:
        with db.session(write=True) as session, session.begin():
            session.execute(update(SyncDevice).where(SyncDevice.device_id == device_id).values(encryption_key=""))
    finally:
        db.close()


def _province_fingerprint(path: Path) -> str:
    from cdfi_desktop.sync import keys

    opened = Database.open(path)
    try:
        return keys.device_key(opened).fingerprint
    finally:
        opened.close()


def _revoked(path: Path, device_id: str) -> str | None:
    from cdfi_desktop.db.models.sync import SyncDevice

    opened = Database.open(path)
    try:
        with opened.session() as session:
            device = session.get(SyncDevice, device_id)
            assert device is not None
            return device.revoked_reason if device.revoked_at is not None else None
    finally:
        opened.close()


def test_province_import_of_a_folder_reports_each_bundle_and_keeps_the_report(
    hub_scene: Hub, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(hub_scene.province_path)
    # WHEN the folder is dry-run as JSON THEN both bundles are checked, the broken file refused, exit 1
    code, out, _err = _run(capsys, "province", "import", "--db", db, str(hub_scene.stick), "--dry-run", "--json")
    shown = json.loads(out)
    assert code == 1 and shown["dry_run"] and shown["id"] is None
    assert sorted((b["seq"], b["status"]) for b in shown["bundles"]) == [(0, "refused"), (1, "checked"), (2, "checked")]

    # WHEN imported for real THEN progress on stderr, a line per bundle, its counts, a summary, exit 1
    code, out, err = _run(capsys, "province", "import", "--db", db, str(hub_scene.stick))
    assert code == 1
    assert "bundles checked and imported: 2/2" in err and "broken.cdfibundle: refused" in err
    assert "a-second.cdfibundle: imported" in out and "z-first.cdfibundle: imported" in out
    assert "นางสาวเอ ตำบลในเมือง bundle 1: " in out and "created" in out
    assert "Summary of 3 files: imported 2, unchanged 0, held 0, refused 1" in out
    assert "This import's report is kept (import 1)" in out
    assert len(list((hub_scene.stick / "receipts").glob("*.cdfibundle"))) == 1
    assert len(list((hub_scene.stick / "b" / "receipts").glob("*.cdfibundle"))) == 1

    # WHEN imported again, in Thai THEN unchanged, the receipts not read as bundles
    code, out, err = _run(capsys, "province", "import", "--db", db, str(hub_scene.stick), language="th")
    assert code == 1 and "นำเข้าไปก่อนแล้ว" in out and "สรุป: 3 ไฟล์" in out and "ไม่รับ 1" in out

    # WHEN a folder has no bundle THEN nothing done (exit 2); a laptop's database is not a province's
    empty = hub_scene.stick.parent / "empty"
    empty.mkdir()
    code, _out, err = _run(capsys, "province", "import", "--db", db, str(empty))
    assert code == 2 and "No bundle file" in err
    code, _out, err = _run(capsys, "province", "import", "--db", str(hub_scene.laptop_path), str(hub_scene.stick))
    assert code == 2 and "not set up as a province" in err

    # AND both imports are kept
    opened = Database.open(hub_scene.province_path)
    try:
        from cdfi_desktop.sync import hub

        with opened.session() as session:
            history = hub.import_history(session)
    finally:
        opened.close()
    assert [row.files for row in history] == [3, 3] and [row.refused for row in history] == [1, 1]

    # AND province history lists them and shows one again, the refused file included
    code, out, _err = _run(capsys, "province", "history", "--db", db)
    assert code == 0 and "import 2" in out and "files: 3, imported 0, held 0, refused 1" in out
    assert "import 1" in out and "files: 3, imported 2, held 0, refused 1" in out
    code, out, _err = _run(capsys, "province", "history", "--db", db, "--id", "1")
    assert code == 0 and "Import 1 at" in out and "broken.cdfibundle: refused" in out
    code, out, _err = _run(capsys, "province", "history", "--db", db, "--id", "1", "--json")
    assert code == 0 and [b["status"] for b in json.loads(out)["bundles"]].count("refused") == 1
    code, out, _err = _run(capsys, "province", "history", "--db", db, "--json")
    assert code == 0 and [r["id"] for r in json.loads(out)] == [2, 1]
    code, _out, err = _run(capsys, "province", "history", "--db", db, "--id", "9")
    assert code == 2 and "No import 9" in err


def test_province_status_lists_every_laptop_stalest_first(hub_scene: Hub, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(hub_scene.province_path)
    assert _run(capsys, "province", "import", "--db", db, str(hub_scene.stick))[0] == 1
    # GIVEN the idle laptop was enrolled five days ago (the other sent today)
    _enrolled_days_ago(hub_scene.province_path, hub_scene.idle_device, 5)

    # WHEN the status is asked as JSON THEN an object whose devices are every enrolled laptop, the idle one first
    code, out, _err = _run(capsys, "province", "status", "--db", db, "--json")
    assert code == 0
    shown = json.loads(out)
    assert isinstance(shown, dict) and {"devices", "districts", "institutes"} <= set(shown)
    assert [d["device_id"] for d in shown["devices"]] == [hub_scene.idle_device, hub_scene.laptop_device]
    idle, sender = shown["devices"]
    for device in shown["devices"]:
        assert {"officer", "institutes", "last_bundle", "last_receipt", "held_bundles", "open_conflicts"} <= set(device)
    assert idle["officer"] == "นายบี ไม่เคยส่ง" and idle["last_bundle"] is None and idle["last_receipt"] is None
    assert idle["stale_days"] == 5
    assert sender["last_bundle"]["seq"] == 2 and sender["last_receipt"]["seq"] == 2
    assert sender["held_bundles"] == [] and sender["open_conflicts"] == 0 and sender["stale_days"] == 0
    assert [i["id"] for i in sender["institutes"]] == [hub_scene.institute]

    # WHEN as text, in English and in Thai THEN a line per laptop and per district
    code, out, _err = _run(capsys, "province", "status", "--db", db)
    assert code == 0
    assert "Laptops: 2" in out and "never sent" in out and "last bundle 2 made" in out and "last receipt 2 at" in out
    assert out.index("นายบี ไม่เคยส่ง") < out.index("นางสาวเอ ตำบลในเมือง")
    assert "Per district:" in out and "Mueang Khon Kaen" in out
    code, out, _err = _run(capsys, "province", "status", "--db", db, language="th")
    assert code == 0 and "ยังไม่เคยส่ง" in out and "รายอำเภอ:" in out and "เมืองขอนแก่น" in out
    assert "ไม่มีกุญแจเข้ารหัส" not in out

    # WHEN a laptop was enrolled without an encryption key THEN its line says so
    _without_encryption_key(hub_scene.province_path, hub_scene.idle_device)
    code, out, _err = _run(capsys, "province", "status", "--db", db)
    assert code == 0 and out.count("no encryption key") == 1
    assert (
        json.loads(_run(capsys, "province", "status", "--db", db, "--json")[1])["devices"][0]["has_encryption_key"]
        is False
    )

    # WHEN asked of a laptop's database THEN refused: not a province
    code, _out, err = _run(capsys, "province", "status", "--db", str(hub_scene.laptop_path))
    assert code == 2 and "not set up as a province" in err


def test_province_status_with_no_laptop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_province(tmp_path / "p.sqlite").close()
    code, out, _err = _run(capsys, "province", "status", "--db", str(tmp_path / "p.sqlite"), "--json")
    assert code == 0 and json.loads(out)["devices"] == []
    code, out, _err = _run(capsys, "province", "status", "--db", str(tmp_path / "p.sqlite"))
    assert code == 0 and "No laptop is enrolled yet." in out


def test_bundle_import_needs_files_or_create(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = _run(capsys, "bundle", "import", "--db", str(tmp_path / "x.sqlite"))
    assert code == 2 and "one or the other" in err


def test_province_restore_then_a_new_laptop_made_with_bundle_import_create(
    hub_scene: Hub, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(hub_scene.province_path)
    assert _run(capsys, "province", "import", "--db", db, str(hub_scene.stick))[0] == 1
    tmp = hub_scene.stick.parent
    lost = hub_scene.laptop_device
    # GIVEN a new laptop that wrote its enrolment file
    new_path, enrolment = tmp / "new.sqlite", tmp / "new-enrolment.json"
    open_db(new_path, officer="นางสาวเอ ตำบลในเมือง").close()
    args = ("keys", "export-public", "--db", str(new_path), "--format", "enrolment", "--out", str(enrolment))
    assert _run(capsys, *args)[0] == 0

    # WHEN the province asks for a restore bundle with neither --to nor --plain THEN nothing is written
    code, _out, err = _run(capsys, "province", "restore", "--db", db, "--device", lost, "--out", str(tmp / "r0"))
    assert code == 2 and "--to is needed" in err and "--plain" in err and not (tmp / "r0").exists()
    code, _out, err = _run(
        capsys, "province", "restore", "--db", db, "--device", lost, "--out", str(tmp / "r0"), "--keep-old-key",
        "--plain",
    )  # fmt: skip
    assert code == 2 and "--keep-old-key goes with --to only" in err
    code, _out, err = _run(
        capsys, "province", "restore", "--db", db, "--device", lost, "--out", str(tmp / "r0"), "--plain",
        "--to", str(enrolment),
    )  # fmt: skip
    assert code == 2 and "not both" in err and _revoked(hub_scene.province_path, lost) is None

    # WHEN the province writes the lost laptop's restore bundle to the new one
    code, out, err = _run(
        capsys, "province", "restore", "--db", db, "--device", lost, "--out", str(tmp / "r"), "--to", str(enrolment),
    )  # fmt: skip
    assert code == 0, err
    assert f"Made the restore bundle of {lost}" in out and ", encrypted" in out
    assert "bundle import --db NEW_FILE --create" in out and "Households: 3" in out
    [made] = list((tmp / "r").glob("*.cdfibundle"))
    # THEN the lost laptop's key is revoked as replaced
    new_device = json.loads(enrolment.read_text(encoding="utf-8"))["device_id"]
    assert f"The lost laptop's key ({lost}) is revoked as replaced" in out
    reason = _revoked(hub_scene.province_path, lost)
    assert reason is not None and new_device in reason

    # WHEN the new laptop is made from it without the province's fingerprint, or with a wrong one THEN refused,
    # nothing written
    code, _out, err = _run(capsys, "bundle", "import", "--db", str(new_path), "--create", str(made))
    assert code == 2 and err
    code, _out, err = _run(
        capsys, "bundle", "import", "--db", str(new_path), "--create", str(made), "--fingerprint", "0000 1111 2222"
    )
    assert code == 2 and err
    code, _out, err = _run(capsys, "bundle", "import", "--db", str(new_path), str(made), "--fingerprint", "0000")
    assert code == 2 and "--fingerprint goes with --create only" in err

    # WHEN with the fingerprint the province reads out THEN it names the new and old device and the fingerprint
    fingerprint = _province_fingerprint(hub_scene.province_path)
    code, out, err = _run(
        capsys, "bundle", "import", "--db", str(new_path), "--create", str(made), "--fingerprint", fingerprint
    )
    assert code == 0, err
    assert f"New device id:         {new_device}" in out
    assert f"Replaces device:       {lost}" in out
    assert f"Province fingerprint:  {fingerprint} (checked)" in out and "Records restored:" in out
    assert "has enrolled this laptop in place of the old one" in out

    # WHEN a plain restore bundle (--plain) is made into a fresh file, in Thai THEN the next step is the enrolment
    # file, and a warning says the file is not encrypted
    code, out, err = _run(
        capsys, "province", "restore", "--db", db, "--device", lost, "--out", str(tmp / "r2"), "--plain"
    )
    assert code == 0, err
    assert "not encrypted" in err
    [plain] = list((tmp / "r2").glob("*.cdfibundle"))
    fresh = tmp / "fresh" / "laptop.sqlite"
    code, out, err = _run(
        capsys, "bundle", "import", "--db", str(fresh), "--create", str(plain), "--fingerprint", fingerprint,
        language="th",
    )  # fmt: skip
    assert code == 0, err
    assert "รหัสเครื่องใหม่" in out and "ขั้นต่อไป: เขียนไฟล์ลงทะเบียนของเครื่องใหม่" in out and fresh.exists()
    code, out, err = _run(capsys, "bundle", "import", "--db", str(fresh), "--create", str(plain), "--json")
    assert code == 2 and err

    # WHEN the device is unknown THEN refused, nothing done
    code, _out, err = _run(
        capsys, "province", "restore", "--db", db, "--device", "nobody", "--out", str(tmp / "r3"), "--plain"
    )
    assert code == 2 and err


def test_province_restore_keep_old_key_leaves_the_lost_laptop_trusted(
    hub_scene: Hub, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(hub_scene.province_path)
    assert _run(capsys, "province", "import", "--db", db, str(hub_scene.stick))[0] == 1
    tmp = hub_scene.stick.parent
    new_path, enrolment = tmp / "new.sqlite", tmp / "new-enrolment.json"
    open_db(new_path, officer="นางสาวเอ ตำบลในเมือง").close()
    args = ("keys", "export-public", "--db", str(new_path), "--format", "enrolment", "--out", str(enrolment))
    assert _run(capsys, *args)[0] == 0
    code, out, err = _run(
        capsys, "province", "restore", "--db", db, "--device", hub_scene.laptop_device, "--out", str(tmp / "r"),
        "--to", str(enrolment), "--keep-old-key",
    )  # fmt: skip
    assert code == 0, err
    assert "is still trusted (--keep-old-key)" in out
    assert _revoked(hub_scene.province_path, hub_scene.laptop_device) is None


def test_province_export_is_imported_by_the_department_with_province_import(
    hub_scene: Hub, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(hub_scene.province_path)
    assert _run(capsys, "province", "import", "--db", db, str(hub_scene.stick))[0] == 1
    tmp = hub_scene.stick.parent
    # GIVEN a department database with its key file, which enrolled the province from its enrolment file
    department = str(tmp / "department.sqlite")
    assert _run(capsys, "province", "init", "--db", department, "--name", "กรมการพัฒนาชุมชน")[0] == 0
    assert _run(capsys, "province", "export-key", "--db", department, "--out", str(tmp / "dept.key"))[0] == 0
    enrolment = tmp / "province-enrolment.json"
    args = ("keys", "export-public", "--db", db, "--format", "enrolment", "--out", str(enrolment))
    assert _run(capsys, *args)[0] == 0
    assert _run(capsys, "province", "enrol", "--db", department, str(enrolment))[0] == 0

    # WHEN the province exports its bundle with neither --to nor --plain THEN nothing is written
    upward = tmp / "to-department"
    code, _out, err = _run(capsys, "province", "export", "--db", db, "--out", str(upward))
    assert code == 2 and "--to is needed" in err and not upward.exists()

    # WHEN the province exports its bundle, encrypted to the department
    code, out, err = _run(capsys, "province", "export", "--db", db, "--out", str(upward), "--to", str(tmp / "dept.key"))
    assert code == 0, err
    assert "Made the province's bundle for the department (1)" in out and ", encrypted" in out
    assert "collecting records 100%" in err and "Households: 3" in out

    # THEN the department imports it with the same folder import, and its status lists the province
    code, out, err = _run(capsys, "province", "import", "--db", department, str(upward), "--json")
    assert code == 0, err
    assert [b["status"] for b in json.loads(out)["bundles"]] == ["applied"]
    code, out, _err = _run(capsys, "province", "status", "--db", department, "--json")
    [province] = json.loads(out)["devices"]
    assert province["last_bundle"]["seq"] == 1 and province["institutes"][0]["id"] == hub_scene.institute

    # WHEN the key file is missing THEN nothing done
    code, _out, err = _run(capsys, "province", "export", "--db", db, "--out", str(upward), "--to", str(tmp / "no.key"))
    assert code == 2 and err


def test_province_reference_is_imported_by_the_laptops(hub_scene: Hub, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(hub_scene.province_path)
    assert _run(capsys, "province", "import", "--db", db, str(hub_scene.stick))[0] == 1
    out_dir = hub_scene.stick.parent / "reference"
    # WHEN the province writes its reference bundles THEN one per enrolled laptop, each naming its laptop
    code, out, err = _run(capsys, "province", "reference", "--db", db, "--out", str(out_dir))
    assert code == 0, err
    assert out.count("Made the province's reference bundle") == 2 and "that laptop imports this file" in out
    assert f"for {hub_scene.laptop_device} (นางสาวเอ ตำบลในเมือง)" in out
    assert f"for {hub_scene.idle_device} (นายบี ไม่เคยส่ง)" in out
    made = sorted(out_dir.glob("*.cdfibundle"))
    assert len(made) == 2
    [mine] = [p for p in made if p.name.endswith(f"-for-{hub_scene.laptop_device[:8]}.cdfibundle")]
    # THEN the laptop imports its own with bundle import
    code, out, err = _run(capsys, "bundle", "import", "--db", str(hub_scene.laptop_path), str(mine), "--json")
    assert code == 0, err
    assert [o["status"] for o in json.loads(out)] in (["applied"], ["ignored"])

    # WHEN only one laptop's is asked for THEN only its file is written
    one = hub_scene.stick.parent / "one"
    code, out, err = _run(
        capsys, "province", "reference", "--db", db, "--out", str(one), "--device", hub_scene.idle_device
    )
    assert code == 0, err
    [single] = list(one.glob("*.cdfibundle"))
    assert single.name.endswith(f"-for-{hub_scene.idle_device[:8]}.cdfibundle") and out.count("Made") == 1
    code, _out, err = _run(capsys, "province", "reference", "--db", db, "--out", str(one), "--device", "nobody")
    assert code == 2 and err

    # AND a laptop's database cannot write one
    code, _out, err = _run(capsys, "province", "reference", "--db", str(hub_scene.laptop_path), "--out", str(out_dir))
    assert code == 2 and "not set up as a province" in err


def test_province_reference_names_the_laptops_left_out_and_why(
    hub_scene: Hub, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from cdfi_desktop.sync import reference

    real = reference.export_references

    def without_idle(db: Database, folder: Path) -> reference.ReferenceRun:
        run = real(db, folder)
        kept = [r for r in run.results if not r.path.name.endswith(f"-for-{hub_scene.idle_device[:8]}.cdfibundle")]
        return reference.ReferenceRun(results=kept, left_out=[(hub_scene.idle_device, "reference_no_key")])

    monkeypatch.setattr(reference, "export_references", without_idle)
    out_dir = hub_scene.stick.parent / "reference"
    code, out, err = _run(capsys, "province", "reference", "--db", str(hub_scene.province_path), "--out", str(out_dir))
    assert code == 1
    assert out.count("Made the province's reference bundle") == 1
    assert f"No reference bundle for {hub_scene.idle_device} (นายบี ไม่เคยส่ง)" in err and "encryption key" in err
    code, _out, err = _run(
        capsys, "province", "reference", "--db", str(hub_scene.province_path), "--out", str(out_dir), language="th"
    )
    assert code == 1 and "ไม่ได้ทำชุดข้อมูลอ้างอิงให้เครื่อง" in err and "นายบี ไม่เคยส่ง" in err


def _demo_province(url: str | Path, institutes: int) -> None:
    from cdfi_desktop.services.demo import generate_demo_institute

    province = make_province(url)
    try:
        for number, subdistrict in zip(range(institutes), ("400101", "400201", "400301", "400102"), strict=False):
            generate_demo_institute(province, households=8, seed=40 + number, subdistrict_code=subdistrict)
    finally:
        province.close()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_report_indicators_on_a_province_database_prints_the_roll_up_of_every_institute(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest, capsys: pytest.CaptureFixture[str]
) -> None:
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    # GIVEN a province database holding four institutes in three districts
    url = str(tmp_path / "province.sqlite") if backend == "sqlite" else request.getfixturevalue("pg_url")
    _demo_province(url, 4)
    # WHEN its indicators are printed without --institute
    code, out, err = _run(capsys, "report", "indicators", "--db", url, "--out", str(tmp_path / "out"), language="th")
    assert code == 0, err
    written = [Path(line) for line in out.splitlines()]
    assert sorted(p.suffix for p in written) == [".pdf", ".xlsx"] and all(p.exists() for p in written)
    # THEN it is the province's roll-up: named after the province, no institute's criteria sheet, every institute
    assert all("สำนักงานจังหวัดขอนแก่น" in p.name for p in written)
    workbook = load_workbook(next(p for p in written if p.suffix == ".xlsx"), read_only=True)
    assert workbook.sheetnames == ["รายจังหวัด", "รายอำเภอ", "รายสถาบัน"]
    rows = [r for r in workbook["รายสถาบัน"].iter_rows(values_only=True) if r and r[0]]
    assert sum(1 for r in rows if "สถาบัน" in str(r[0]) and r[1] == "ขอนแก่น") == 4
    districts = {r[0] for r in workbook["รายอำเภอ"].iter_rows(values_only=True) if r and r[1] == "ขอนแก่น"}
    assert {"เมืองขอนแก่น", "บ้านฝาง", "พระยืน"} <= districts
    # AND one institute's printout is still there with --institute
    from cdfi_desktop.services.registers import first_institute_id

    opened = Database.open(url)
    try:
        with opened.session() as session:
            institute = first_institute_id(session)
    finally:
        opened.close()
    assert institute is not None
    code, out, err = _run(
        capsys, "report", "indicators", "--db", url, "--out", str(tmp_path / "one"), "--institute", institute,
        "--format", "xlsx", language="th",
    )  # fmt: skip
    assert code == 0, err
    assert load_workbook(Path(out.strip()), read_only=True).sheetnames[0] == "เกณฑ์ ๕ ข้อ"


def test_province_history_tells_an_import_that_stopped_before_the_end(
    hub_scene: Hub, capsys: pytest.CaptureFixture[str]
) -> None:
    from cdfi_desktop.sync import hub

    # GIVEN a folder import interrupted after its first bundle
    def interrupt(done: int, total: int) -> None:
        raise KeyboardInterrupt

    province = Database.open(hub_scene.province_path)
    try:
        with pytest.raises(KeyboardInterrupt):
            hub.import_folder(province, hub_scene.stick, progress=interrupt)
    finally:
        province.close()
    db = str(hub_scene.province_path)
    # WHEN the history is listed THEN the run is there, saying it stopped and why
    code, out, _err = _run(capsys, "province", "history", "--db", db)
    assert code == 0 and "stopped before the end: KeyboardInterrupt" in out
    [row] = json.loads(_run(capsys, "province", "history", "--db", db, "--json")[1])
    assert row["error"].startswith("KeyboardInterrupt") and row["files"] == 3
    code, out, _err = _run(capsys, "province", "history", "--db", db, "--id", str(row["id"]), language="th")
    assert code == 0 and "หยุดก่อนครบทุกไฟล์" in out and "ไม่ได้นำเข้า" in out
