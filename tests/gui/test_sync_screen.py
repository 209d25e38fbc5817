"""Step 10 "send to the province" with a demo laptop: import the province's key, make an encrypted bundle into a
folder (a USB stick), let the province import it, import its receipt back and see "last confirmed by the province"
with the date in the screen and the status bar; the screen in English; another laptop's receipt refused in its own
words; Settings → Device key; screenshots at 1366×697."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from cdfi_desktop.app import create_main_window
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.thai_date import format_date_be
from cdfi_desktop.settings import Settings
from cdfi_desktop.sync import keys, service
from cdfi_desktop.ui.i18n import set_language
from cdfi_desktop.ui.main_window import MainWindow
from cdfi_desktop.ui.sync.view import SyncScreen

SCREEN = (1366, 697)  # a 1366×768 laptop screen less the panel and the window's title bar
OFFICER = "นางสาวพรทิพย์ ใจดี"
PROVINCE = "สำนักงานพัฒนาชุมชนจังหวัดขอนแก่น"


@pytest.fixture
def province(tmp_path: Path) -> Iterator[Database]:
    """GIVEN the province's database, set up with its keys."""
    db = Database.open(tmp_path / "province.sqlite")
    keys.init_province(db, name=PROVINCE)
    yield db
    db.close()


def enrol(laptop: Database, province: Database) -> None:
    """The province enrols the laptop from its enrolment file."""
    keys.enrol(province, json.dumps(keys.enrolment_document(laptop, officer=OFFICER), ensure_ascii=False))


def province_key_file(province: Database, folder: Path) -> Path:
    path = folder / "province-key.json"
    path.write_text(json.dumps(keys.province_key_document(province), ensure_ascii=False), encoding="utf-8")
    return path


def open_step(qtbot: QtBot, db: Database) -> tuple[MainWindow, SyncScreen]:
    window = create_main_window(db, Settings(officer=OFFICER))
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.overview.data is not None, timeout=15_000)
    window.set_officer(OFFICER)  # as the app opens it: with the officer named in Settings
    qtbot.waitUntil(lambda: not window.ops.busy, timeout=15_000)
    window.show_step("sync")
    screen = window.stack.currentWidget()
    assert isinstance(screen, SyncScreen)
    qtbot.waitUntil(lambda: screen.status is not None, timeout=15_000)
    return window, screen


def cell(screen: SyncScreen, row: int, column: int) -> str:
    return str(screen.waiting_model.index(row, column).data() or "")


def settle(qtbot: QtBot, window: MainWindow, screen: SyncScreen) -> None:
    """Wait until the action and the reads after it are done."""
    qtbot.waitUntil(lambda: not screen.sync_actions.busy and not window.ops.busy, timeout=30_000)
    qtbot.wait(20)
    qtbot.waitUntil(lambda: not window.ops.busy, timeout=30_000)


def assert_fits(window: MainWindow, screen: SyncScreen) -> None:
    """Nothing wider than the window: no horizontal scroll bar, no one-line text cut at its end."""
    assert screen.minimumSizeHint().width() <= screen.width()
    assert not screen.waiting_table.horizontalScrollBar().isVisible()
    for label in screen.findChildren(QLabel):
        if label.isVisible() and label.text() and not label.wordWrap():
            needed = max(QFontMetrics(label.font()).horizontalAdvance(line) for line in label.text().splitlines())
            assert needed <= label.contentsRect().width() + 1, f"{label.text()!r} cut"
        if label.isVisible() and label.text() and label.wordWrap():
            assert label.heightForWidth(label.width()) <= label.height() + 1, f"{label.text()!r} cut"


def test_GIVEN_a_demo_laptop_WHEN_a_bundle_is_made_in_step_10_and_the_receipt_imported_THEN_the_province_confirmed(
    app: QApplication,
    qtbot: QtBot,
    demo_db: Database,
    province: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    artifacts_dir: Path,
) -> None:
    enrol(demo_db, province)
    window, screen = open_step(qtbot, demo_db)

    # GIVEN the laptop as it comes: its key made on first show, nothing sent, the province's key not imported
    status = screen.status
    assert status is not None
    assert screen.device_id_value.text() == demo_db.device_id
    assert screen.fingerprint_value.text() == keys.device_key(demo_db).fingerprint
    assert screen.officer_value.text() == OFFICER
    assert screen.province_missing.isVisible()
    assert screen.province_missing.text().startswith("ยังไม่ได้นำเข้ากุญแจของจังหวัด")
    assert "ไม่เข้ารหัส" in screen.province_missing.text()
    assert screen.confirmed_label.text() == "ยังไม่เคยส่งข้อมูลให้จังหวัด"
    assert window.status_bundle.text() == "ยังไม่เคยส่งข้อมูลให้จังหวัด"
    assert status.waiting_total > 0 and status.waiting["household"] == 60
    assert cell(screen, 0, 0) == "สถาบัน"
    households = [r for r in range(screen.waiting_model.rowCount()) if cell(screen, r, 0) == "ครัวเรือน"]
    assert len(households) == 1 and cell(screen, households[0], 1) == "60"
    assert screen.waiting_total.text() == f"รวม {status.waiting_total:,} รายการ"

    # WHEN the province's key is imported, its fingerprint compared with the one the province read out
    key_file = province_key_file(province, tmp_path)
    shown: list[tuple[str, str]] = []

    def compare(_parent: QWidget, name: str, fingerprint: str) -> str:
        shown.append((name, fingerprint))
        return fingerprint.lower()  # typed as read out: case and spaces do not matter

    screen.sync_actions.confirm_fingerprint = compare
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(key_file), ""))
    screen.province_key_button.click()
    settle(qtbot, window, screen)
    province_fingerprint = keys.device_key(province).fingerprint
    assert shown == [(PROVINCE, province_fingerprint)]
    assert screen.message.text().startswith("นำเข้ากุญแจของจังหวัดแล้ว")
    qtbot.waitUntil(lambda: screen.province_fingerprint_value.text() == province_fingerprint, timeout=15_000)
    assert screen.province_value.text() == PROVINCE
    assert not screen.province_missing.isVisible()

    # WHEN a bundle is made into a folder (the USB stick)
    usb = tmp_path / "usb"
    usb.mkdir()
    progress: list[tuple[int, int]] = []
    screen.sync_actions.progressed.connect(lambda done, total: progress.append((done, total)))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(usb))
    screen.make_button.click()
    assert screen.progress.isVisible()  # the bar shows while the bundle is written
    settle(qtbot, window, screen)
    made = screen.sync_actions.last_export
    assert made is not None and made.encrypted and made.seq == 1
    assert [p.name for p in usb.iterdir()] == [made.path.name]
    assert progress and progress[-1][0] == progress[-1][1] > 0
    assert not screen.progress.isVisible()
    assert screen.message.text().startswith("บันทึกชุดข้อมูลลำดับที่ 1 แล้ว")
    assert "เข้ารหัสด้วยกุญแจของจังหวัดแล้ว" in screen.message.text()
    qtbot.waitUntil(screen.bundle_form.isVisible, timeout=15_000)
    assert screen.bundle_values[0].text() == "1"
    assert screen.bundle_values[2].text() == made.path.name
    assert window.status_bundle.text() == "จังหวัดยังไม่ได้ยืนยัน"
    folder = artifacts_dir / "sync"
    folder.mkdir(exist_ok=True)
    assert window.grab().save(str(folder / "step10-bundle-made.png"))

    # THEN the province imports it and answers with a receipt
    receipts = tmp_path / "receipts"
    (outcome,) = service.import_files(province, [made.path], receipts_dir=receipts)
    assert outcome.status == "applied", outcome.message_en
    assert outcome.receipt_path is not None and outcome.receipt_path.exists()

    # WHEN the receipt is imported back in step 10
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(outcome.receipt_path)], ""))
    screen.receipt_button.click()
    settle(qtbot, window, screen)

    # THEN "last confirmed by the province" with today's date, on the screen and in the status bar
    assert [o.status for o in screen.sync_actions.last_outcomes] == ["confirmed"]
    today = format_date_be(date.today(), style="short")
    qtbot.waitUntil(lambda: screen.confirmed_label.text().startswith("ยืนยันโดยจังหวัดล่าสุด"), timeout=15_000)
    assert today in screen.confirmed_label.text()
    assert screen.receipt_detail.text() == "สำหรับชุดข้อมูลลำดับที่ 1"
    qtbot.waitUntil(lambda: window.status_bundle.text().startswith("ยืนยันโดยจังหวัดล่าสุด"), timeout=15_000)
    assert window.status_bundle.text() == f"ยืนยันโดยจังหวัดล่าสุด {today}"
    assert not screen.digest_warning.isVisible()  # the province holds what this laptop holds
    assert "จังหวัดยืนยันแล้ว" in screen.bundle_values[0].text()
    assert screen.waiting_total.text() == "ไม่มีข้อมูลใหม่ที่ต้องส่ง"
    assert not screen.waiting_table.isVisible()

    # AND nothing new to send: a second bundle is not made
    screen.make_button.click()
    settle(qtbot, window, screen)
    assert screen.sync_actions.last_export is None
    assert screen.message.text() == "ไม่มีข้อมูลใหม่ที่ต้องส่ง"
    assert len(list(usb.iterdir())) == 1

    assert_fits(window, screen)
    assert window.grab().save(str(folder / "step10.png"))


def test_GIVEN_step_10_WHEN_english_is_chosen_THEN_it_reads_english_and_fits(
    app: QApplication, qtbot: QtBot, demo_db: Database, artifacts_dir: Path
) -> None:
    window, screen = open_step(qtbot, demo_db)
    set_language("en")
    qtbot.waitUntil(lambda: screen.device_title.text() == "This device", timeout=5_000)
    qtbot.wait(50)
    assert window.page_title.text() == "Send to province"
    assert screen.province_title.text() == "The province"
    assert screen.province_missing.text().startswith("The province's key is not imported yet")
    assert screen.confirmed_label.text() == "Nothing has been sent to the province yet."
    assert window.status_bundle.text() == "Never sent to the province"
    assert cell(screen, 0, 0) == "Institutes"
    assert screen.make_button.text() == "Make a bundle to send…"
    assert screen.full_check.text() == "Send everything"
    assert_fits(window, screen)
    folder = artifacts_dir / "sync"
    folder.mkdir(exist_ok=True)
    assert window.grab().save(str(folder / "step10-en.png"))
    set_language("th")


def test_GIVEN_another_laptops_receipt_WHEN_imported_in_step_10_THEN_it_is_refused_in_its_own_words(
    app: QApplication,
    qtbot: QtBot,
    demo_db: Database,
    empty_db: Database,
    province: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # GIVEN the demo laptop's bundle imported at the province, and its receipt
    enrol(demo_db, province)
    key_text = json.dumps(keys.province_key_document(province), ensure_ascii=False)
    keys.import_province_key(demo_db, key_text)
    made = service.export_bundle(demo_db, tmp_path)
    assert made is not None
    (outcome,) = service.import_files(province, [made.path], receipts_dir=tmp_path / "receipts")
    assert outcome.receipt_path is not None

    # WHEN another laptop, which trusts the same province, imports that receipt
    keys.import_province_key(empty_db, key_text)
    window, screen = open_step(qtbot, empty_db)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(outcome.receipt_path)], ""))
    screen.receipt_button.click()
    settle(qtbot, window, screen)

    # THEN it is refused, saying whose receipt it is, and nothing is confirmed
    assert [o.status for o in screen.sync_actions.last_outcomes] == ["refused"]
    assert screen.message.property("state") == "error"
    assert f"เป็นของเครื่อง {demo_db.device_id} ไม่ใช่เครื่องนี้ ({empty_db.device_id})" in screen.message.text()
    assert screen.confirmed_label.text() == "ยังไม่เคยส่งข้อมูลให้จังหวัด"
    assert window.status_bundle.text() == "ยังไม่เคยส่งข้อมูลให้จังหวัด"


def test_GIVEN_a_key_file_WHEN_the_typed_fingerprint_differs_THEN_the_key_is_not_imported(
    app: QApplication, qtbot: QtBot, demo_db: Database, province: Database, tmp_path: Path
) -> None:
    window, screen = open_step(qtbot, demo_db)
    screen.sync_actions.confirm_fingerprint = lambda *_a: "0000 0000 0000 0000 0000"
    screen.sync_actions.import_key_file(province_key_file(province, tmp_path))
    settle(qtbot, window, screen)
    assert screen.message.property("state") == "error"
    assert screen.message.text().startswith("ลายนิ้วมือกุญแจไม่ตรงกัน")
    assert screen.province_missing.isVisible()

    # a file that is not a key file at all is refused in the same words as the command's
    other = tmp_path / "notes.json"
    other.write_text("[1, 2]", encoding="utf-8")
    screen.sync_actions.import_key_file(other)
    settle(qtbot, window, screen)
    assert screen.message.text().startswith("ไฟล์กุญแจ notes.json ไม่ถูกต้อง")


def test_GIVEN_settings_WHEN_device_key_is_opened_THEN_it_shows_the_key_copies_it_and_saves_the_enrolment_file(
    app: QApplication, qtbot: QtBot, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, _screen = open_step(qtbot, demo_db)
    window.device_key_action.trigger()
    dialog = window.device_key_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.status is not None, timeout=15_000)
    assert dialog.windowTitle() == "กุญแจของเครื่องนี้"
    key = keys.device_key(demo_db)
    assert dialog.values["device"].text() == demo_db.device_id
    assert dialog.values["key_id"].text() == key.key_id_hex
    assert dialog.values["fingerprint"].text() == key.fingerprint
    assert dialog.values["province"].text() == "ยังไม่ได้นำเข้า"

    dialog.copy_button.click()
    assert key.fingerprint in QGuiApplication.clipboard().text()

    target = tmp_path / "enrolment.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    dialog.enrolment_button.click()
    qtbot.waitUntil(lambda: target.exists() and not dialog.sync_actions.busy, timeout=15_000)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["kind"] == "cdfi-enrolment"
    assert document["device_id"] == demo_db.device_id and document["fingerprint"] == key.fingerprint
    assert dialog.message.text().startswith("บันทึกไฟล์ลงทะเบียนเครื่องแล้ว")
    dialog.close_button.click()
    qtbot.waitUntil(lambda: window.device_key_dialog is None, timeout=5_000)
