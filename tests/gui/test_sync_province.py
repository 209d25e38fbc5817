"""Step 10 on the province's database: its key and key file, enrolled laptops (enrol one from its file, revoke one
with a reason), bundles imported through the screen (a dry run first) with the outcome of each and each bundle's
import report and hash, a conflict between two laptops listed with both versions and marked resolved (in the audit
trail), a revoked laptop's bundle refused in its own words; and on the laptop, the province's import report of the
bundle its last receipt confirmed. Screenshots at 1366×697."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QFileDialog, QLabel, QTableWidget, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cdfi_desktop.app import create_main_window
from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.services.demo import demo_device_id, generate_demo
from cdfi_desktop.services.uow import UnitOfWork
from cdfi_desktop.settings import Settings
from cdfi_desktop.sync import keys, service
from cdfi_desktop.sync.service import ExportResult
from cdfi_desktop.ui.main_window import MainWindow
from cdfi_desktop.ui.sync.province import ProvincePage
from cdfi_desktop.ui.sync.view import SyncScreen

SCREEN = (1366, 697)
PROVINCE = "สำนักงานพัฒนาชุมชนจังหวัดขอนแก่น"
PROVINCE_OFFICER = "นายประจักษ์ ตรวจดี"
OFFICER_A = "นางสาวพรทิพย์ ใจดี"
OFFICER_B = "นายสมชาย รักงาน"


@pytest.fixture(scope="module")
def small_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("province-demo") / "laptop.sqlite"
    db = Database.open(path, device_id=demo_device_id(9))
    generate_demo(db, households=8, seed=9)
    db.close()
    return path


@pytest.fixture
def province(tmp_path: Path) -> Iterator[Database]:
    db = Database.open(tmp_path / "province.sqlite", officer=PROVINCE_OFFICER)
    keys.init_province(db, name=PROVINCE)
    yield db
    db.close()


def set_phone(db: Database, household_id: str, phone: str) -> None:
    with UnitOfWork(db) as uow:
        household = uow.session.get(m.Household, household_id)
        assert household is not None
        household.phone = phone
        uow.commit()


def copy_to_another_computer(source: Path, target: Path) -> Database:
    """The laptop's database copied and opened on another computer (without its key): a new device there."""
    shutil.copyfile(source, target)
    folder = keys.keys_dir()
    elsewhere = folder.with_name("keys-of-the-first-computer")
    folder.rename(elsewhere)
    try:
        copy = Database.open(target, officer=OFFICER_B)
        keys.device_key(copy)
    finally:
        for item in elsewhere.iterdir():
            item.rename(folder / item.name)
        elsewhere.rmdir()
    return copy


def export(db: Database, folder: Path) -> ExportResult:
    made = service.export_bundle(db, folder)
    assert made is not None
    return made


def open_step(qtbot: QtBot, db: Database, officer: str) -> tuple[MainWindow, SyncScreen]:
    window = create_main_window(db, Settings(officer=officer))
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.overview.data is not None, timeout=15_000)
    window.set_officer(officer)
    qtbot.waitUntil(lambda: not window.ops.busy, timeout=15_000)
    window.show_step("sync")
    screen = window.stack.currentWidget()
    assert isinstance(screen, SyncScreen)
    qtbot.waitUntil(lambda: screen.status is not None, timeout=15_000)
    return window, screen


def settle(qtbot: QtBot, window: MainWindow, screen: SyncScreen) -> None:
    qtbot.waitUntil(lambda: not screen.sync_actions.busy and not window.ops.busy, timeout=60_000)
    qtbot.wait(20)
    qtbot.waitUntil(lambda: not window.ops.busy, timeout=60_000)


def texts(table: QTableWidget, column: int) -> list[str]:
    return [table.item(row, column).text() for row in range(table.rowCount())]  # type: ignore[union-attr]


def row_of(table: QTableWidget, column: int, text: str) -> int:
    return texts(table, column).index(text)


def assert_fits(window: MainWindow, screen: SyncScreen) -> None:
    """No horizontal scroll bar anywhere, no one-line text cut at its end."""
    assert screen.minimumSizeHint().width() <= screen.width()
    assert window.minimumSizeHint().width() <= SCREEN[0]
    for area in screen.findChildren(QAbstractScrollArea):
        assert not area.horizontalScrollBar().isVisible(), area.objectName()
    for label in screen.findChildren(QLabel):
        if label.isVisible() and label.text() and not label.wordWrap():
            needed = max(QFontMetrics(label.font()).horizontalAdvance(line) for line in label.text().splitlines())
            assert needed <= label.contentsRect().width() + 1, f"{label.text()!r} cut"


def test_GIVEN_a_province_WHEN_laptops_bundles_are_imported_in_step_10_THEN_outcomes_reports_and_conflicts_show(
    app: QApplication,
    qtbot: QtBot,
    small_demo: Path,
    province: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    artifacts_dir: Path,
) -> None:
    folder = artifacts_dir / "sync"
    folder.mkdir(exist_ok=True)
    usb = tmp_path / "usb"
    usb.mkdir()

    # GIVEN laptop A enrolled at the province, holding its key, with its first bundle made
    path_a = tmp_path / "laptop-a.sqlite"
    shutil.copyfile(small_demo, path_a)
    laptop_a = Database.open(path_a, officer=OFFICER_A)
    keys.enrol(province, json.dumps(keys.enrolment_document(laptop_a, officer=OFFICER_A), ensure_ascii=False))
    keys.import_province_key(laptop_a, json.dumps(keys.province_key_document(province), ensure_ascii=False))
    a1 = export(laptop_a, usb)
    with laptop_a.session() as session:
        household_id = session.scalars(select(m.Household.id).order_by(m.Household.house_no)).first()
    assert household_id is not None
    laptop_a.close()

    # AND laptop B: a copy of A's database on another computer, which changed a household's phone number
    laptop_b = copy_to_another_computer(path_a, tmp_path / "laptop-b.sqlite")
    assert laptop_b.device_id != demo_device_id(9)
    set_phone(laptop_b, household_id, "081-000-0002")
    b1 = export(laptop_b, usb)
    enrolment_b = tmp_path / "enrolment-b.json"
    enrolment_b.write_text(
        json.dumps(keys.enrolment_document(laptop_b, officer=OFFICER_B), ensure_ascii=False), encoding="utf-8"
    )
    # AND A changed the same phone number meanwhile
    laptop_a = Database.open(path_a, officer=OFFICER_A)
    set_phone(laptop_a, household_id, "081-000-0001")
    a2 = export(laptop_a, usb)
    laptop_a.close()

    # WHEN the province opens step 10
    window, screen = open_step(qtbot, province, PROVINCE_OFFICER)
    qtbot.waitUntil(lambda: screen.province_page is not None and screen.province_page.data is not None)
    page = screen.province_page
    assert isinstance(page, ProvincePage)
    assert screen.pages.currentWidget() is page and not screen.laptop_page.isVisible()

    # THEN its own key, and laptop A enrolled
    own = keys.device_key(province)
    assert [v.text() for v in page.key_values] == [PROVINCE, province.device_id, own.key_id_hex, own.fingerprint]
    assert page.tabs.tabText(0) == "กุญแจและเครื่องที่ลงทะเบียน"
    assert texts(page.laptops_table, 0) == [OFFICER_A]
    assert texts(page.laptops_table, 1) == [demo_device_id(9)]
    assert texts(page.laptops_table, 6) == ["เชื่อถือ"]
    assert window.status_bundle.text() == "ฐานข้อมูลจังหวัด · ยังไม่ได้นำเข้าชุดข้อมูล"
    assert not page.revoke_button.isEnabled()  # nothing chosen yet

    # WHEN the province's key file is exported, and laptop B enrolled from its file
    key_file = tmp_path / "province-key.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(key_file), ""))
    page.export_key_button.click()
    settle(qtbot, window, screen)
    assert json.loads(key_file.read_text(encoding="utf-8"))["fingerprint"] == own.fingerprint
    assert screen.message.text().startswith("บันทึกไฟล์กุญแจของจังหวัดแล้ว")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(enrolment_b), ""))
    page.enrol_button.click()
    settle(qtbot, window, screen)
    assert screen.message.text().startswith(f"ลงทะเบียนเครื่องแล้ว: {OFFICER_B}")
    qtbot.waitUntil(lambda: page.laptops_table.rowCount() == 2)
    b_row = row_of(page.laptops_table, 1, laptop_b.device_id)
    assert page.laptops_table.item(b_row, 2).text() == keys.device_key(laptop_b).fingerprint  # type: ignore[union-attr]
    assert page.laptops_table.item(b_row, 3).text() == "1"  # type: ignore[union-attr]
    assert_fits(window, screen)
    assert window.grab().save(str(folder / "province-keys.png"))

    # WHEN A's first bundle is only checked
    page.tabs.setCurrentIndex(1)
    assert page.no_bundles.isVisible()
    page.dry_run_check.setChecked(True)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(a1.path)], ""))
    page.import_button.click()
    assert page.progress.isVisible()
    settle(qtbot, window, screen)
    assert texts(page.outcomes_table, 1) == ["ตรวจแล้ว (ไม่บันทึก)"]
    assert page.bundles_table.rowCount() == 0  # nothing written

    # WHEN A's two bundles are imported
    page.dry_run_check.setChecked(False)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(a2.path), str(a1.path)], ""))
    progress: list[tuple[int, int]] = []
    screen.sync_actions.progressed.connect(lambda done, total: progress.append((done, total)))
    page.import_button.click()
    settle(qtbot, window, screen)
    qtbot.waitUntil(lambda: window.status_bundle.text().startswith("ฐานข้อมูลจังหวัด · นำเข้าชุดข้อมูลล่าสุด "))

    # THEN each one's outcome, in the files' order, with its receipt
    assert progress[-1] == (2, 2)
    assert [o.status for o in screen.sync_actions.last_outcomes] == ["applied", "applied"]
    assert texts(page.outcomes_table, 0) == [a2.path.name, a1.path.name]
    assert texts(page.outcomes_table, 1) == ["นำเข้าแล้ว", "นำเข้าแล้ว"]
    assert "ใบตอบรับ" in texts(page.outcomes_table, 2)[0]
    receipt_a2 = screen.sync_actions.last_outcomes[0].receipt_path
    assert receipt_a2 is not None and receipt_a2.exists()
    qtbot.waitUntil(lambda: page.bundles_table.rowCount() == 2)
    assert sorted(texts(page.bundles_table, 1)) == ["1", "2"]
    assert set(texts(page.bundles_table, 0)) == {OFFICER_A}

    # AND choosing A's first bundle shows its import report with the officers' names of the tables, and its hash
    page.bundles_table.selectRow(row_of(page.bundles_table, 1, "1"))
    report = page.report_view
    assert report.values[4].text() == a1.manifest_sha256
    assert report.values[3].text() == "นำเข้าแล้ว"
    labels = texts(report.counts, 0)
    assert labels[0] == "สถาบัน" and "ครัวเรือน" in labels and labels[-1] == "รวม"
    households = labels.index("ครัวเรือน")
    assert report.counts.item(households, 1).text() == "8"  # type: ignore[union-attr]  # created

    # WHEN B's bundle is imported: it changed the phone number A changed
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(b1.path)], ""))
    page.import_button.click()
    settle(qtbot, window, screen)
    assert [o.status for o in screen.sync_actions.last_outcomes] == ["applied"]
    qtbot.waitUntil(lambda: page.bundles_table.rowCount() == 3)
    b_bundle = row_of(page.bundles_table, 0, OFFICER_B)
    page.bundles_table.selectRow(b_bundle)
    labels = texts(report.counts, 0)
    assert report.values[4].text() == b1.manifest_sha256
    assert report.counts.item(labels.index("ครัวเรือน"), 5).text() == "1"  # type: ignore[union-attr]  # conflicts
    assert report.summary.text() == "ข้อมูลซ้ำที่พักไว้ให้ตรวจ 0 รายการ, การแก้ไขที่ขัดแย้งกัน 1 รายการ"
    assert_fits(window, screen)
    assert window.grab().save(str(folder / "province-bundles.png"))

    # THEN the conflict is listed for review, both versions side by side
    assert page.tabs.tabText(2) == "ข้อมูลขัดแย้งและข้อมูลซ้ำ (1)"
    page.tabs.setCurrentIndex(2)
    assert texts(page.conflicts_table, 0) == ["ขัดแย้ง (แก้ฟิลด์เดียวกัน)"]
    assert texts(page.conflicts_table, 1) == ["ครัวเรือน"]
    assert texts(page.conflicts_table, 2) == [household_id]
    assert texts(page.conflicts_table, 3) == ["phone"]
    phone = row_of(page.versions_table, 0, "phone")
    kept = page.versions_table.item(phone, 1).text()  # type: ignore[union-attr]
    other = page.versions_table.item(phone, 2).text()  # type: ignore[union-attr]
    assert {kept, other} == {"081-000-0001", "081-000-0002"}
    winner = OFFICER_A if kept == "081-000-0001" else OFFICER_B
    assert page.conflict_devices.text().startswith(f"เก็บไว้: ฉบับจาก {winner}")
    assert page.resolve_button.isEnabled()
    assert_fits(window, screen)
    assert window.grab().save(str(folder / "province-conflicts.png"))

    # WHEN it is marked resolved, saying how
    asked: list[tuple[str, str]] = []

    def answer(_parent: QWidget, kind: str, subject: str) -> str:
        asked.append((kind, subject))
        return "โทรถามครัวเรือนแล้ว ใช้เบอร์ 081-000-0001"

    screen.sync_actions.ask_reason = answer
    page.resolve_button.click()
    settle(qtbot, window, screen)

    # THEN it leaves the list, and the audit trail says who resolved it and how
    assert asked and asked[0][0] == "resolve" and household_id in asked[0][1]
    qtbot.waitUntil(page.no_conflicts.isVisible)
    assert page.tabs.tabText(2) == "ข้อมูลขัดแย้งและข้อมูลซ้ำ"
    with province.session() as session:
        conflict = session.scalars(select(m.SyncConflict)).one()
        assert conflict.resolved_by == PROVINCE_OFFICER
        assert conflict.resolution == "โทรถามครัวเรือนแล้ว ใช้เบอร์ 081-000-0001"
        entry = session.scalars(select(m.AuditLog).where(m.AuditLog.table_name == "sync_conflict")).one()
        assert entry.record_id == str(conflict.id) and entry.officer == PROVINCE_OFFICER

    # WHEN laptop B is revoked, giving a reason and confirming
    page.tabs.setCurrentIndex(0)
    page.laptops_table.selectRow(row_of(page.laptops_table, 1, laptop_b.device_id))
    assert page.revoke_button.isEnabled()
    questions: list[str] = []
    screen.sync_actions.ask_reason = lambda _parent, _kind, _subject: "เครื่องหาย"

    def confirm(_parent: QWidget, _title: str, text: str) -> bool:
        questions.append(text)
        return True

    screen.sync_actions.ask_yes = confirm
    page.revoke_button.click()
    settle(qtbot, window, screen)
    assert questions and OFFICER_B in questions[0]
    qtbot.waitUntil(lambda: texts(page.laptops_table, 6)[b_row].startswith("เพิกถอนแล้ว"))
    assert page.laptops_table.item(b_row, 6).toolTip() == "เครื่องหาย"  # type: ignore[union-attr]
    assert not page.revoke_button.isEnabled()

    # THEN B's next bundle is refused in its own words
    set_phone(laptop_b, household_id, "081-000-0003")
    b2 = export(laptop_b, usb)
    page.tabs.setCurrentIndex(1)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(b2.path)], ""))
    page.import_button.click()
    settle(qtbot, window, screen)
    assert [o.status for o in screen.sync_actions.last_outcomes] == ["refused"]
    assert texts(page.outcomes_table, 1) == ["ไม่รับ"]
    assert f"กุญแจของเครื่อง {laptop_b.device_id} ถูกเพิกถอนแล้ว" in texts(page.outcomes_table, 2)[0]
    assert screen.message.property("state") == "error"
    assert page.bundles_table.rowCount() == 3
    assert_fits(window, screen)
    assert window.grab().save(str(folder / "province-refused.png"))
    window.close()
    laptop_b.close()

    # WHEN laptop A imports the receipt of its second bundle
    laptop_a = Database.open(path_a, officer=OFFICER_A)
    try:
        window, screen = open_step(qtbot, laptop_a, OFFICER_A)
        assert screen.pages.currentWidget() is screen.laptop_page and screen.province_page is None
        assert not screen.report_button.isVisible()
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(receipt_a2)], ""))
        screen.receipt_button.click()
        settle(qtbot, window, screen)
        assert [o.status for o in screen.sync_actions.last_outcomes] == ["confirmed"]

        # THEN its receipt card opens the province's import report of that bundle
        qtbot.waitUntil(screen.report_button.isVisible)
        assert screen.report_button.text() == "ดูรายงานการนำเข้า…"
        screen.report_button.click()
        qtbot.waitUntil(lambda: screen.report_dialog is not None and screen.report_dialog.isVisible())
        dialog = screen.report_dialog
        assert dialog is not None
        assert dialog.windowTitle() == "รายงานการนำเข้า"
        assert dialog.view.values[1].text() == "2"
        assert dialog.view.values[3].text() == "ยืนยันแล้ว"
        assert dialog.view.values[4].text() == a2.manifest_sha256
        labels = texts(dialog.view.counts, 0)
        assert "ครัวเรือน" in labels and labels[-1] == "รวม"
        updated = dialog.view.counts.item(labels.index("ครัวเรือน"), 2).text()  # type: ignore[union-attr]
        assert updated == "1"  # the phone number A changed
        assert not dialog.view.errors.isVisible()
        qtbot.wait(50)
        assert dialog.grab().save(str(folder / "province-report-on-laptop.png"))
        dialog.close()
        qtbot.waitUntil(lambda: screen.report_dialog is None, timeout=5_000)
        window.close()
    finally:
        laptop_a.close()


def test_GIVEN_a_new_province_WHEN_step_10_is_shown_in_english_THEN_it_reads_english_and_fits(
    app: QApplication, qtbot: QtBot, province: Database, artifacts_dir: Path
) -> None:
    from cdfi_desktop.ui.i18n import set_language

    window, screen = open_step(qtbot, province, PROVINCE_OFFICER)
    qtbot.waitUntil(lambda: screen.province_page is not None and screen.province_page.data is not None)
    page = screen.province_page
    assert page is not None
    assert page.no_laptops.isVisible() and not page.laptops_table.isVisible()
    set_language("en")
    try:
        qtbot.waitUntil(lambda: page.tabs.tabText(0) == "Keys and laptops", timeout=5_000)
        assert page.export_key_button.text() == "Export the province's key file…"
        assert page.no_laptops.text().startswith("No laptop is enrolled yet")
        page.tabs.setCurrentIndex(1)
        assert page.dry_run_check.text() == "Only check, write nothing"
        assert page.report_view.empty.text() == "Choose a bundle to see its import report."
        qtbot.wait(50)
        assert_fits(window, screen)
        assert window.grab().save(str(artifacts_dir / "sync" / "province-en.png"))
        page.tabs.setCurrentIndex(2)
        assert page.no_conflicts.isVisible() and page.tabs.tabText(2) == "Conflicts and duplicates"
        assert_fits(window, screen)
    finally:
        set_language("th")
