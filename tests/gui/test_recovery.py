"""A damaged database at start-up: the newest good backup is offered, restored, and the app goes on with its data."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from cdfi_desktop import app as app_module
from cdfi_desktop.db import backups
from cdfi_desktop.db.preflight import DatabaseRefused, Refusal
from cdfi_desktop.failures import EXIT_NOTHING_DONE
from cdfi_desktop.settings import Settings
from cdfi_desktop.ui import recovery
from cdfi_desktop.ui.main_window import MainWindow
from cdfi_desktop.ui.recovery import RecoveryDialog
from tests.support.damage import garble, quick_check_passes
from tests.support.dialogs import when_shown as _when_shown


@pytest.fixture
def damaged(demo_db_file: Path, tmp_path: Path) -> tuple[Path, backups.Backup]:
    """GIVEN a copy of the demo database with yesterday's and an older backup, then damaged."""
    path = tmp_path / "office" / "cdfi.sqlite"
    path.parent.mkdir()
    path.write_bytes(demo_db_file.read_bytes())
    folder = backups.default_folder(path)
    yesterday = datetime.now(UTC) - timedelta(days=1)
    backups.take(path, folder=folder, reason=backups.BEFORE_IMPORT, now=yesterday - timedelta(days=3))
    newest = backups.take(path, folder=folder, reason=backups.DAILY, now=yesterday)
    garble(path)
    return path, newest


def _assert_labels_not_cut(widget: QWidget) -> None:
    for label in widget.findChildren(QLabel):
        if label.isVisible() and label.text() and label.wordWrap():
            needed = label.heightForWidth(label.width())
            assert needed <= label.height() + 1, f"wrapped label {label.text()!r} cut: {needed} > {label.height()}"


def test_given_a_damaged_database_when_the_newest_backup_is_restored_then_the_app_goes_on_with_its_data(
    app: QApplication,
    qtbot: QtBot,
    damaged: tuple[Path, backups.Backup],
    monkeypatch: pytest.MonkeyPatch,
    artifacts_dir: Path,
) -> None:
    path, newest = damaged
    held = backups.preview_backup(newest.path)
    shown: dict[str, str] = {}
    informed: list[str] = []
    windows: list[MainWindow] = []

    def restore(widget: QWidget) -> None:
        assert isinstance(widget, RecoveryDialog)
        widget.resize(760, widget.sizeHint().height())
        QApplication.processEvents()
        widget.grab().save(str(artifacts_dir / "recovery-dialog-th.png"))
        _assert_labels_not_cut(widget)
        shown["title"] = widget.windowTitle()
        shown["explanation"] = widget.explanation.text()
        shown["section"] = widget.section.text()
        shown["households"] = widget.preview_panel.values["households"].text()
        shown["reason"] = widget.preview_panel.values["reason"].text()
        shown["restore"] = widget.restore_button.text()
        widget.restore_button.click()

    def create_main_window(*args: object, **kwargs: object) -> MainWindow:
        window = original(*args, **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        windows.append(window)
        return window

    def run_the_window(*_a: object) -> int:
        window = windows[0]
        qtbot.waitUntil(lambda: window.overview.data is not None, timeout=20_000)
        shown["overview"] = window.overview.tiles["households"].value.text()
        return 0

    original = app_module.create_main_window
    monkeypatch.setattr(app_module, "create_main_window", create_main_window)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: informed.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: pytest.fail(f"refused: {a[2]}"))
    monkeypatch.setattr(QApplication, "exec", run_the_window)
    _when_shown(RecoveryDialog, restore)

    code = app_module.run_gui(db=path, language="th", offer_demo=False)

    # THEN the dialog said what happened, in Thai, and showed the newest good backup with what it holds
    assert code == 0
    assert "ฐานข้อมูลเสียหาย" in shown["title"]
    assert str(path) in shown["explanation"] and "เสียหาย" in shown["explanation"]
    assert shown["section"] == "ไฟล์สำรองล่าสุดที่ใช้ได้"
    assert shown["reason"] == "สำรองประจำวัน"
    assert shown["households"] == f"{held.households:,}"
    assert shown["restore"] == "กู้คืนจากไฟล์สำรองนี้"
    # ... the database is the backup again, and the window showed its data
    assert shown["overview"] == f"{held.households:,}"
    assert quick_check_passes(path)
    after = backups.preview_backup(path)
    assert (after.households, after.debts, after.contracts) == (held.households, held.debts, held.contracts)
    # ... and the damaged file is kept, named in the message
    kept = [b for b in backups.list_backups(path, backups.default_folder(path)) if b.taken_at > newest.taken_at]
    assert [b.reason for b in kept if b.reason != backups.DAILY] in ([backups.BEFORE_RESTORE], [backups.DAMAGED])
    assert "กู้คืนแล้ว" in informed[0]


def test_given_a_damaged_database_without_backups_then_it_says_so_and_quitting_leaves_the_file(
    app: QApplication,
    qtbot: QtBot,
    damaged: tuple[Path, backups.Backup],
    monkeypatch: pytest.MonkeyPatch,
    artifacts_dir: Path,
) -> None:
    path, _newest = damaged
    for backup in backups.list_backups(path, backups.default_folder(path)):
        backup.path.unlink()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    shown: dict[str, object] = {}

    def quit_(widget: QWidget) -> None:
        assert isinstance(widget, RecoveryDialog)
        widget.resize(760, widget.sizeHint().height())
        QApplication.processEvents()
        widget.grab().save(str(artifacts_dir / "recovery-dialog-no-backup-th.png"))
        _assert_labels_not_cut(widget)
        shown["no_backup"] = widget.no_backup.text()
        shown["restore_visible"] = widget.restore_button.isVisible()
        shown["choose"] = widget.choose_button.text()
        widget.quit_button.click()

    monkeypatch.setattr(QApplication, "exec", lambda *a: pytest.fail("no window may open"))
    _when_shown(RecoveryDialog, quit_)

    code = app_module.run_gui(db=path, language="th", offer_demo=False)

    assert code == EXIT_NOTHING_DONE
    assert str(backups.default_folder(path)) in str(shown["no_backup"])
    assert "ไม่พบไฟล์สำรองที่ใช้ได้" in str(shown["no_backup"])
    assert shown["restore_visible"] is False
    assert shown["choose"] == "เลือกไฟล์สำรอง…"
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_given_a_file_chosen_when_it_is_not_a_backup_then_it_is_refused_and_a_good_one_is_restored(
    app: QApplication,
    qtbot: QtBot,
    damaged: tuple[Path, backups.Backup],
    demo_db_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    path, _newest = damaged
    for backup in backups.list_backups(path, backups.default_folder(path)):
        backup.path.unlink()
    usb = tmp_path / "usb"
    usb.mkdir()
    letter = usb / "letter.sqlite"
    letter.write_text("บันทึกการประชุม", encoding="utf-8")
    good = usb / "copy-from-the-district.sqlite"
    good.write_bytes(demo_db_file.read_bytes())
    picks = iter([str(letter), str(good)])
    warnings: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (next(picks), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    settings = Settings()
    problem = DatabaseRefused(Refusal.CORRUPT, location=str(path))
    seen: dict[str, str] = {}

    def choose_twice_then_restore(widget: QWidget) -> None:
        assert isinstance(widget, RecoveryDialog)
        widget.choose_button.click()
        seen["after_letter"] = str(widget.chosen)
        widget.choose_button.click()
        seen["section"] = widget.section.text()
        seen["reason"] = widget.preview_panel.values["reason"].text()
        widget.restore_button.click()

    _when_shown(RecoveryDialog, choose_twice_then_restore)

    assert recovery.offer_restore(path, settings=settings, problem=problem)

    assert seen["after_letter"] == "None"
    assert "ใช้ไฟล์สำรอง" in warnings[0] and str(letter) in warnings[0]
    assert seen["section"] == "ไฟล์สำรองที่เลือก"
    assert seen["reason"] == "ไฟล์ที่เลือกเอง"
    assert quick_check_passes(path)
    assert backups.preview_backup(path).households == backups.preview_backup(good).households
