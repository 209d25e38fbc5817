"""Encrypting the database file, chosen at set-up: the choice is kept until the file is encrypted, so a set-up
killed on its last page (the recovery code) is finished at that account's next sign-in, with a new recovery code;
declined, it is not asked again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from cdfi_desktop import app as app_module
from cdfi_desktop.db import cipher
from cdfi_desktop.db.database import Database
from cdfi_desktop.db.keys import ENCRYPTION_PENDING_KEY
from cdfi_desktop.reports.recovery_code_pdf import RecoverySheet
from cdfi_desktop.services import accounts
from cdfi_desktop.settings import Settings
from cdfi_desktop.ui import recovery_code
from cdfi_desktop.ui.first_run import PAGE_BACKUPS, PAGE_CODE, BackupsPage, FirstRunWizard
from cdfi_desktop.ui.login import LoginDialog
from cdfi_desktop.ui.main_window import MainWindow
from tests.gui.test_first_run import _fill_account, _to
from tests.support.dialogs import when_shown as _when_shown

PASSWORD = "ขอนแก่น2569"  # the one _fill_account types


@pytest.fixture
def killed_on_the_code_page(app: QApplication, qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A set-up that chose to encrypt, made the account and showed its code, then was killed (never accepted)."""
    path = tmp_path / "laptop.sqlite"
    db = Database.open(path)
    wizard = FirstRunWizard(db, Settings())
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    _fill_account(wizard)
    _to(wizard, PAGE_BACKUPS, qtbot)
    backups = wizard.page(PAGE_BACKUPS)
    assert isinstance(backups, BackupsPage) and backups.encrypt.isVisible()
    backups.encrypt.setChecked(True)
    wizard.next()
    assert wizard.currentId() == PAGE_CODE and wizard.account is not None
    old_code = wizard.sheet.code if wizard.sheet is not None else ""
    assert db.get_setting(ENCRYPTION_PENDING_KEY) == "porntip"
    wizard.hide()  # the program ends here: the wizard never finishes, the file is still plain
    db.close()
    assert not cipher.is_encrypted(path)
    yield path, old_code
    cipher.forget(path)


def _start(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, path: Path, *, answer: QMessageBox.StandardButton
) -> dict[str, Any]:
    seen: dict[str, Any] = {"asked": [], "sheets": [], "windows": []}
    original = app_module.create_main_window

    def create_main_window(*args: object, **kwargs: object) -> MainWindow:
        window = original(*args, **kwargs)  # type: ignore[arg-type]
        seen["windows"].append(window)
        return window

    def run_the_window(*_a: object) -> int:
        qtbot.waitUntil(lambda: seen["windows"][0].overview.data is not None, timeout=20_000)
        return 0

    def question(_parent: object, _title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        seen["asked"].append(text)
        return answer

    def password(*_a: object, **_k: object) -> tuple[str, bool]:
        return PASSWORD, True

    def sign_in(widget: QWidget) -> None:
        assert isinstance(widget, LoginDialog)
        widget.username.setText("porntip")
        widget.password.setText(PASSWORD)
        widget.sign_in_button.click()

    monkeypatch.setattr(app_module, "create_main_window", create_main_window)
    monkeypatch.setattr(QApplication, "exec", run_the_window)
    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: pytest.fail(f"refused: {a[2]}"))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(f"warned: {a[2]}"))
    monkeypatch.setattr(app_module, "_ask_password", password)
    monkeypatch.setattr(recovery_code, "show_recovery_code", lambda _p, sheet: seen["sheets"].append(sheet))
    _when_shown(LoginDialog, sign_in)
    assert app_module.run_gui(db=path, language="th", offer_demo=False) == 0
    for window in seen["windows"]:
        window.close()
    return seen


def test_given_a_set_up_killed_before_encrypting_when_its_officer_signs_in_then_the_file_is_encrypted_with_a_new_code(
    app: QApplication, qtbot: QtBot, killed_on_the_code_page: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, old_code = killed_on_the_code_page

    seen = _start(monkeypatch, qtbot, path, answer=QMessageBox.StandardButton.Yes)

    assert len(seen["asked"]) == 1 and "เข้ารหัส" in seen["asked"][0]
    assert cipher.is_encrypted(path)
    (sheet,) = seen["sheets"]
    assert isinstance(sheet, RecoverySheet) and sheet.code and sheet.code != old_code
    # the password and the NEW code open the file; the code of the killed set-up no longer does
    cipher.forget(path)
    key = cipher.unwrap(path, PASSWORD)
    assert cipher.unwrap(path, accounts.normalize_code(sheet.code)) == key
    with pytest.raises(cipher.CipherError):
        cipher.unwrap(path, accounts.normalize_code(old_code))
    cipher.remember(path, key)
    db = Database.open(path)
    try:
        assert db.get_setting(ENCRYPTION_PENDING_KEY) == ""
        with pytest.raises(accounts.AccountError):
            accounts.recover(db, "porntip", old_code, "รหัสใหม่ยาวพอ1")
    finally:
        db.close()


def test_given_a_set_up_killed_before_encrypting_when_the_officer_declines_then_it_is_not_asked_again(
    app: QApplication, qtbot: QtBot, killed_on_the_code_page: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _old_code = killed_on_the_code_page

    first = _start(monkeypatch, qtbot, path, answer=QMessageBox.StandardButton.No)
    assert len(first["asked"]) == 1 and not cipher.is_encrypted(path) and first["sheets"] == []
    again = _start(monkeypatch, qtbot, path, answer=QMessageBox.StandardButton.Yes)
    assert again["asked"] == [] and not cipher.is_encrypted(path)


class _Killed(BaseException):
    """The program ends (killed) while the new recovery code is on screen."""


def test_given_the_finish_killed_while_its_new_code_is_shown_then_the_next_sign_in_gives_another_code(
    app: QApplication, qtbot: QtBot, killed_on_the_code_page: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _old_code = killed_on_the_code_page
    shown: list[RecoverySheet] = []

    def killed(_parent: object, sheet: RecoverySheet) -> None:
        shown.append(sheet)
        raise _Killed

    monkeypatch.setattr(recovery_code, "show_recovery_code", killed)
    opened: list[Database] = []
    original_open = app_module.open_database

    def open_database(*args: Any, **kwargs: Any) -> Database:
        opened.append(original_open(*args, **kwargs))
        return opened[-1]

    monkeypatch.setattr(app_module, "open_database", open_database)
    db = Database.open(path)
    account = accounts.get(db, "porntip")
    assert account is not None
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(app_module, "_ask_password", lambda _prompt: (PASSWORD, True))
    with pytest.raises(_Killed):
        app_module._finish_encryption(db, str(path), Settings(), account)
    assert cipher.is_encrypted(path) and len(shown) == 1
    for left in opened:  # what the killed program held is let go
        left.close()
    monkeypatch.undo()
    cipher.forget(path)  # the killed program's memory of the key is gone

    seen = _start(monkeypatch, qtbot, path, answer=QMessageBox.StandardButton.Yes)

    assert seen["asked"] == []  # nothing to ask: the file is encrypted, only its code is given again
    (sheet,) = seen["sheets"]
    assert sheet.code != shown[0].code
    cipher.forget(path)
    key = cipher.unwrap(path, accounts.normalize_code(sheet.code))
    cipher.remember(path, key)
    again = Database.open(path)
    try:
        assert again.get_setting(ENCRYPTION_PENDING_KEY) == ""
    finally:
        again.close()


def test_given_the_encryption_fails_then_the_set_ups_code_still_works_and_it_is_asked_again(
    app: QApplication, qtbot: QtBot, killed_on_the_code_page: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, old_code = killed_on_the_code_page
    warned: list[str] = []

    def fail(*_a: object, **_k: object) -> bytes:
        raise cipher.CipherError("backup_failed", "สำรองข้อมูลไม่ได้", "the backups folder cannot be written")

    db = Database.open(path)
    account = accounts.get(db, "porntip")
    assert account is not None
    monkeypatch.setattr(cipher, "enable", fail)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(str(a[2])))
    monkeypatch.setattr(app_module, "_ask_password", lambda _prompt: (PASSWORD, True))
    monkeypatch.setattr(recovery_code, "show_recovery_code", lambda *_a: pytest.fail("no new code: nothing changed"))
    opened = app_module._finish_encryption(db, str(path), Settings(), account)
    try:
        assert not cipher.is_encrypted(path) and len(warned) == 1 and "สำรองข้อมูลไม่ได้" in warned[0]
        assert opened.get_setting(ENCRYPTION_PENDING_KEY) == "porntip"  # asked again at the next sign-in
        accounts.recover(opened, "porntip", old_code, "รหัสใหม่ยาวพอ2")  # the set-up's code still works
    finally:
        opened.close()
