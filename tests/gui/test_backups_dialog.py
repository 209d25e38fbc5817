"""Settings → Backups: back up now, restore a backup over a changed database, the backups folder, the status bar."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cdfi_desktop.app import create_main_window
from cdfi_desktop.db import backups
from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.db.keys import OFFICER_KEY
from cdfi_desktop.services.registers import remove_household
from cdfi_desktop.services.uow import UnitOfWork
from cdfi_desktop.settings import Settings
from cdfi_desktop.ui.backup_preview import reason_text, when_text
from cdfi_desktop.ui.backups_dialog import BackupsDialog, live_contents
from cdfi_desktop.ui.i18n import set_language
from cdfi_desktop.ui.main_window import MainWindow
from cdfi_desktop.ui.ops import Ops, Progress
from cdfi_desktop.ui.widgets import dialogs

LAPTOP = (1366, 768)


def _window(qtbot: QtBot, db: Database, settings: Settings | None = None) -> MainWindow:
    window = create_main_window(db, settings or Settings(officer="นางสาวพรทิพย์ ใจดี"))
    qtbot.addWidget(window)
    window.resize(*LAPTOP)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.overview.data is not None, timeout=10_000)
    return window


def _backups(qtbot: QtBot, window: MainWindow) -> BackupsDialog:
    window.backups_action.trigger()
    dialog = window.backups_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.listing is not None and not dialog.busy, timeout=10_000)
    return dialog


def _cell(dialog: BackupsDialog, row: int, column: int) -> str:
    item = dialog.table.item(row, column)
    assert item is not None
    return item.text()


def _idle(qtbot: QtBot, dialog: BackupsDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy and not dialog.ops.busy, timeout=20_000)


def _remove_a_household(db: Database, _progress: Progress) -> None:
    with UnitOfWork(db) as uow:
        first = uow.session.scalars(select(m.Household.id).where(m.Household.deleted_at.is_(None)).limit(1)).one()
        remove_household(uow, first)


def _assert_labels_not_cut(widget: QWidget) -> None:
    for label in widget.findChildren(QLabel):
        if label.isVisible() and label.text() and label.wordWrap():
            needed = label.heightForWidth(label.width())
            assert needed <= label.height() + 1, f"wrapped label {label.text()!r} cut: {needed} > {label.height()}"


def test_given_a_backup_when_the_database_changed_and_the_backup_is_restored_then_the_database_equals_the_backup(
    app: QApplication, qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch, artifacts_dir: Path
) -> None:
    window = _window(qtbot, demo_db)
    dialog = _backups(qtbot, window)
    assert dialog.windowTitle() == "สำรองข้อมูล"
    assert dialog.table.rowCount() == 0

    # GIVEN a backup taken now, from the dialog
    dialog.backup_button.click()
    _idle(qtbot, dialog)
    assert dialog.table.rowCount() == 1
    taken = dialog.selected()
    assert taken is not None and taken.reason == backups.MANUAL
    assert _cell(dialog, 0, 1) == "สำรองตามคำสั่งผู้ใช้"
    qtbot.waitUntil(lambda: dialog.preview_panel.preview is not None, timeout=10_000)
    held = backups.preview_backup(taken.path)
    assert dialog.preview_panel.values["households"].text() == f"{held.households:,}"
    dialog.resize(980, 560)
    qtbot.wait(50)
    dialog.grab().save(str(artifacts_dir / "backups-dialog-th.png"))
    _assert_labels_not_cut(dialog)

    # WHEN the database changes, then the backup is restored
    window.ops.change(_remove_a_household)
    qtbot.waitUntil(
        lambda: window.overview.tiles["households"].value.text() == f"{held.households - 1:,}", timeout=10_000
    )
    asked: list[str] = []

    def yes(_parent: object, _title: str, text: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(dialogs, "ask", yes)
    old_db = window.ops.db
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.last_restored is not None, timeout=20_000)
    _idle(qtbot, dialog)

    # THEN the confirmation named both contents, and the database holds what the backup holds
    assert f"ในฐานข้อมูลขณะนี้: {held.households - 1:,} ครัวเรือน" in asked[0]
    assert f"สำรองตามคำสั่งผู้ใช้): {held.households:,} ครัวเรือน หนี้สิน {held.debts:,} รายการ" in asked[0]
    assert window.ops.db is not old_db
    now = live_contents(window.ops.db)
    assert (now.households, now.members, now.debts, now.contracts, now.institutes) == (
        held.households,
        held.members,
        held.debts,
        held.contracts,
        held.institutes,
    )
    qtbot.waitUntil(lambda: window.overview.tiles["households"].value.text() == f"{held.households:,}", timeout=10_000)
    assert "กู้คืนแล้ว" in dialog.status.text()
    # ... and the database as it was is kept as a backup, listed with the others
    assert dialog.last_restored is not None and dialog.last_restored.reason == backups.BEFORE_RESTORE
    reasons = [_cell(dialog, r, 1) for r in range(dialog.table.rowCount())]
    assert reasons == ["ก่อนกู้คืน", "สำรองตามคำสั่งผู้ใช้"]
    kept = backups.preview_backup(dialog.last_restored.path)
    assert kept.households == held.households - 1
    # ... and the database still works: a change is saved
    window.set_officer("นายสมชาย ใจกล้า")
    qtbot.waitUntil(lambda: not window.ops.busy)
    assert window.ops.db.get_setting(OFFICER_KEY) == "นายสมชาย ใจกล้า"
    dialog.close_button.click()
    window.ops.wait_idle()
    window.ops.db.close()


def test_given_another_folder_when_chosen_then_it_is_saved_and_backups_go_there(
    app: QApplication, qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    usb = tmp_path / "usb" / "cdfi-backups"
    settings = Settings(officer="นางสาวพรทิพย์ ใจดี")
    window = _window(qtbot, demo_db, settings)
    dialog = _backups(qtbot, window)
    assert dialog.listing is not None and dialog.listing.default
    assert "ค่าเริ่มต้น" in dialog.folder_label.text()
    assert not dialog.default_button.isEnabled()

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(usb))
    dialog.change_button.click()
    _idle(qtbot, dialog)

    assert Settings.load().backup_folder == str(usb)
    assert window.ops.db.backups_folder == usb
    assert dialog.folder_label.text() == str(usb)
    assert dialog.default_button.isEnabled()
    dialog.backup_button.click()
    _idle(qtbot, dialog)
    assert [b.reason for b in backups.list_backups(demo_db.path, usb)] == [backups.MANUAL]
    assert dialog.table.rowCount() == 1

    # WHEN the default is chosen again THEN backups go beside the database
    dialog.default_button.click()
    _idle(qtbot, dialog)
    assert Settings.load().backup_folder == ""
    assert window.ops.db.backups_folder == backups.default_folder(demo_db.path)
    assert dialog.table.rowCount() == 0


def test_given_a_folder_that_cannot_be_written_when_chosen_then_it_is_refused_with_a_message(
    app: QApplication, qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    window = _window(qtbot, demo_db)
    dialog = _backups(qtbot, window)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(blocked / "backups"))
    dialog.change_button.click()
    _idle(qtbot, dialog)
    assert Settings.load().backup_folder == ""
    assert window.ops.db.backups_folder == backups.default_folder(demo_db.path)
    assert dialog.status.text() and "Traceback" not in dialog.status.text()
    assert dialog.status.property("state") == "error"


def test_given_a_server_database_then_the_dialog_leaves_backups_to_its_administrator(
    app: QApplication, qtbot: QtBot
) -> None:
    ops = Ops(lambda: pytest.fail("a server database's dialog must not touch it"))
    dialog = BackupsDialog(ops, location="postgresql+psycopg://officer@server/cdfi", settings=Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    assert "pg_dump" in dialog.server_note.text()
    assert dialog.server_note.isVisible()
    for button in (dialog.backup_button, dialog.restore_button, dialog.change_button, dialog.default_button):
        assert not button.isEnabled()
    assert dialog.close_button.isEnabled()


def test_given_the_days_backup_failed_then_the_status_bar_warns_and_names_the_reason(
    app: QApplication, qtbot: QtBot, demo_db: Database, artifacts_dir: Path
) -> None:
    demo_db.backup_problem = "[Errno 30] Read-only file system"
    window = _window(qtbot, demo_db)
    qtbot.waitUntil(window.status_backup.isVisible, timeout=10_000)
    assert window.status_backup.text() == "วันนี้ยังสำรองข้อมูลไม่ได้"
    assert "Read-only file system" in window.status_backup.toolTip()
    assert str(demo_db.backups_folder) in window.status_backup.toolTip()
    window.grab().save(str(artifacts_dir / "main-window-backup-warning-th.png"))

    # WHEN a backup is then taken from the dialog THEN the warning goes
    dialog = _backups(qtbot, window)
    dialog.backup_button.click()
    _idle(qtbot, dialog)
    dialog.close_button.click()
    qtbot.waitUntil(lambda: not window.status_backup.isVisible(), timeout=10_000)


def test_given_english_when_backups_are_described_then_dates_read_day_month_year(app: QApplication) -> None:
    set_language("en")
    moment = datetime(2026, 3, 4, 5, 6, tzinfo=UTC)
    local = moment.astimezone()
    assert when_text(moment) == f"{local.day}/{local.month}/{local.year} at {local:%H:%M}"
    assert reason_text("before-0004-from-0003") == "Before the database was upgraded from version 0003 to 0004"
    assert reason_text(backups.BEFORE_IMPORT) == "Before an import"
    set_language("th")
    assert when_text(moment).startswith(f"{local.day} ")
    assert f"{local.year + 543} เวลา {local:%H:%M} น." in when_text(moment)
    assert reason_text(backups.DAILY) == "สำรองประจำวัน"


def test_given_a_week_of_backups_then_they_are_listed_newest_first_and_a_restore_asks_first(
    app: QApplication, qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch, artifacts_dir: Path
) -> None:
    folder = demo_db.backups_folder
    start = datetime.now(UTC) - timedelta(days=7)
    reasons = [
        backups.DAILY,
        "before-0004-from-0003",
        backups.DAILY,
        backups.BEFORE_IMPORT,
        backups.DAILY,
        backups.BEFORE_BUNDLE,
        backups.DAILY,
    ]
    for day, reason in enumerate(reasons):
        backups.take(demo_db.path, folder=folder, reason=reason, now=start + timedelta(days=day, hours=day))
    window = _window(qtbot, demo_db)
    dialog = _backups(qtbot, window)
    dialog.resize(980, 560)

    shown = [_cell(dialog, r, 1) for r in range(dialog.table.rowCount())]
    assert shown == [
        "สำรองประจำวัน",
        "ก่อนรับชุดข้อมูล",
        "สำรองประจำวัน",
        "ก่อนนำเข้าข้อมูล",
        "สำรองประจำวัน",
        "ก่อนปรับรุ่นฐานข้อมูลจากรุ่น 0003 เป็นรุ่น 0004",
        "สำรองประจำวัน",
    ]
    dialog.table.selectRow(3)
    qtbot.waitUntil(lambda: dialog.preview_panel.values["reason"].text() == "ก่อนนำเข้าข้อมูล", timeout=10_000)
    qtbot.wait(50)
    dialog.grab().save(str(artifacts_dir / "backups-dialog-week-th.png"))
    _assert_labels_not_cut(dialog)

    questions: list[str] = []

    def look_and_say_no(parent: QWidget, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.No, parent)
        box.show()
        qtbot.waitExposed(box)
        box.grab().save(str(artifacts_dir / "backups-restore-question-th.png"))
        box.close()
        questions.append(text)
        return False

    monkeypatch.setattr(dialogs, "ask", look_and_say_no)
    before = live_contents(demo_db)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: bool(questions), timeout=10_000)
    _idle(qtbot, dialog)
    assert "ต้องการกู้คืนไฟล์สำรองนี้แทนฐานข้อมูลปัจจุบันหรือไม่" in questions[0]
    assert window.ops.db is demo_db
    assert live_contents(demo_db) == before
    assert len(backups.list_backups(demo_db.path, folder)) == len(reasons)
