"""An encrypted database at start: the account's password opens the file and signs in (asked once); a wrong one
waits as the sign-in does; the recovery code opens it and sets a new password; quitting opens nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from cdfi_desktop import app as app_module
from cdfi_desktop.db import cipher
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.roles import Role
from cdfi_desktop.failures import EXIT_NOTHING_DONE
from cdfi_desktop.services import accounts
from cdfi_desktop.ui.login import LoginDialog, RecoverDialog
from cdfi_desktop.ui.main_window import MainWindow
from cdfi_desktop.ui.recovery_code import RecoveryCodeDialog
from tests.support.dialogs import when_shown as _when_shown

PASSWORD = "รหัสผ่านยาวพอ1"


@pytest.fixture
def encrypted(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    path = tmp_path / "laptop.sqlite"
    db = Database.open(path)
    _account, code = accounts.create(
        db, username="somchai", display_name="นายสมชาย ใจดี", password=PASSWORD, role=Role.OFFICER
    )
    db.close()
    cipher.enable(path, PASSWORD, name="account:somchai", more={"recovery:somchai": code})
    cipher.forget(path)
    assert cipher.is_encrypted(path)
    yield path, code
    cipher.forget(path)


def _run(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, windows: list[MainWindow]) -> None:
    original = app_module.create_main_window

    def create_main_window(*args: object, **kwargs: object) -> MainWindow:
        window = original(*args, **kwargs)  # type: ignore[arg-type]
        windows.append(window)
        return window

    def run_the_window(*_a: object) -> int:
        qtbot.waitUntil(lambda: windows[0].overview.data is not None, timeout=20_000)
        return 0

    monkeypatch.setattr(app_module, "create_main_window", create_main_window)
    monkeypatch.setattr(QApplication, "exec", run_the_window)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: pytest.fail(f"refused: {a[2]}"))


def test_given_an_encrypted_database_when_the_password_is_typed_then_it_opens_signed_in_asked_once(
    app: QApplication, qtbot: QtBot, encrypted: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _code = encrypted
    windows: list[MainWindow] = []
    _run(monkeypatch, qtbot, windows)
    asked: list[str] = []

    def unlock(widget: QWidget) -> None:
        assert isinstance(widget, LoginDialog)
        asked.append(widget.objectName())
        assert "เข้ารหัส" in widget.intro.text()
        widget.username.setText("somchai")
        for _ in range(3):  # wrong: the third waits, counted down, Sign in disabled
            widget.password.setText("ผิด-ผิด-ผิด")
            widget.sign_in_button.click()
        assert widget.waiting() and not widget.sign_in_button.isEnabled()
        assert widget.message.text() == "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง ลองใหม่ได้ในอีก 2 วินาที"
        assert cipher.key_for(path) is None
        widget.countdown.until = 0  # the wait over
        widget.password.setText(PASSWORD)
        widget._update()
        widget.sign_in_button.click()

    _when_shown(LoginDialog, unlock, "unlockDialog")

    def asked_again(widget: QWidget) -> None:  # must not happen: the unlock's password signed in
        asked.append(widget.objectName())
        assert isinstance(widget, QDialog)
        widget.done(0)

    stop = _when_shown(LoginDialog, asked_again, "loginDialog", polls=150)

    code = app_module.run_gui(db=path, language="th", offer_demo=False)
    stop()

    assert code == 0
    assert asked == ["unlockDialog"]
    window = windows[0]
    assert window.account is not None and window.account.username == "somchai"
    assert window.ops.db.actor is not None and window.ops.db.actor.username == "somchai"
    window.close()


def test_given_an_encrypted_database_when_the_recovery_code_is_given_then_it_opens_with_a_new_password(
    app: QApplication, qtbot: QtBot, encrypted: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, code = encrypted
    windows: list[MainWindow] = []
    _run(monkeypatch, qtbot, windows)
    codes: list[str] = []

    def forgot(widget: QWidget) -> None:
        assert isinstance(widget, LoginDialog)
        widget.username.setText("somchai")
        _when_shown(RecoverDialog, recover)
        widget.forgot_button.click()

    def recover(widget: QWidget) -> None:
        assert isinstance(widget, RecoverDialog)
        widget.code.setText(code)
        widget.password.setText("รหัสใหม่หลังลืม9")
        widget.again.setText("รหัสใหม่หลังลืม9")
        _when_shown(RecoveryCodeDialog, keep)
        widget.ok_button.click()

    def keep(widget: QWidget) -> None:
        assert isinstance(widget, RecoveryCodeDialog)
        codes.append(widget.panel.code_label.text())
        widget.panel.written.setChecked(True)
        widget.close_button.click()

    _when_shown(LoginDialog, forgot, "unlockDialog")

    assert app_module.run_gui(db=path, language="th", offer_demo=False) == 0
    assert windows[0].account is not None and codes and codes[0] != code
    windows[0].close()
    windows[0].ops.wait_idle()
    windows[0].ops.db.close()
    cipher.forget(path)
    # the new password opens the file (the account's wrapping was replaced), the old one no more
    with pytest.raises(cipher.WrongPassphrase):
        cipher.unwrap(path, PASSWORD, name="account:somchai")
    assert cipher.unwrap(path, "รหัสใหม่หลังลืม9", name="account:somchai")


def test_given_an_encrypted_database_when_the_unlock_is_quit_then_nothing_opens(
    app: QApplication, qtbot: QtBot, encrypted: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _code = encrypted
    monkeypatch.setattr(QApplication, "exec", lambda *a: pytest.fail("no window may open"))
    _when_shown(LoginDialog, lambda w: w.quit_button.click(), "unlockDialog")  # type: ignore[attr-defined]
    assert app_module.run_gui(db=path, language="th", offer_demo=False) == EXIT_NOTHING_DONE
    assert cipher.key_for(path) is None


def test_given_the_set_up_when_encryption_is_chosen_then_the_file_is_encrypted_and_opens_with_the_password(
    app: QApplication, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cdfi_desktop.ui.first_run import (
        PAGE_ACCOUNT,
        PAGE_BACKUPS,
        PAGE_CODE,
        AccountPage,
        BackupsPage,
        CodePage,
        FirstRunWizard,
    )

    path = tmp_path / "new.sqlite"
    Database.open(path).close()  # an empty database, as the first start makes it
    windows: list[MainWindow] = []
    _run(monkeypatch, qtbot, windows)

    def set_up(widget: QWidget) -> None:
        assert isinstance(widget, FirstRunWizard)
        widget.next()
        page = widget.page(PAGE_ACCOUNT)
        assert isinstance(page, AccountPage)
        page.name.setText("นายสมชาย ใจดี")
        page.username.setText("somchai")
        page.password.setText(PASSWORD)
        page.again.setText(PASSWORD)
        while widget.currentId() != PAGE_BACKUPS:
            widget.next()
        backups_page = widget.page(PAGE_BACKUPS)
        assert isinstance(backups_page, BackupsPage)
        assert backups_page.encrypt.isVisible() and not backups_page.encrypt.isChecked()
        backups_page.encrypt.setChecked(True)
        widget.next()
        code_page = widget.page(PAGE_CODE)
        assert isinstance(code_page, CodePage)
        codes.append(code_page.panel.code_label.text())
        code_page.panel.written.setChecked(True)
        widget.accept()

    codes: list[str] = []
    _when_shown(FirstRunWizard, set_up)
    assert app_module.run_gui(db=path, language="th", offer_demo=True) == 0

    window = windows[0]
    assert window.account is not None and window.account.username == "somchai"
    window.close()
    window.ops.wait_idle()
    window.ops.db.close()
    assert cipher.is_encrypted(path)
    cipher.forget(path)
    # the password and the recovery code open it; nothing else does
    assert cipher.unwrap(path, PASSWORD, name="account:somchai")
    assert cipher.unwrap(path, codes[0], name="recovery:somchai")
    with pytest.raises(cipher.WrongPassphrase):
        cipher.unwrap(path, "ผิด-ผิด-ผิด")


@pytest.mark.parametrize("with_account", [False, True])
def test_a_database_the_command_line_encrypted_opens_from_the_window(
    app: QApplication, qtbot: QtBot, tmp_path: Path, with_account: bool
) -> None:
    """``security encrypt`` wraps the key as "owner" (no accounts yet) or for the signed-in account, and its
    recovery code as "recovery": the window's unlock opens the file with that passphrase, or with that code."""
    path = tmp_path / "cli.sqlite"
    Database.open(path).close()
    names = {"account:somchai": PASSWORD} if with_account else {"owner": PASSWORD}
    first, secret = next(iter(names.items()))
    code = cipher.new_recovery_code()
    cipher.enable(path, secret, name=first, more={cipher.RECOVERY_WRAPPING: code})
    for typed, recovery in ((PASSWORD, False), (code, True)):
        cipher.forget(path)
        dialog = LoginDialog(lambda *_a: None, unlock=path)
        qtbot.addWidget(dialog)
        if recovery:
            recover = RecoverDialog(lambda *_a: None, username="somchai", unlock=path)
            qtbot.addWidget(recover)
            recover._unlock("somchai", typed, "รหัสใหม่หลังลืม9")
            assert recover.result() == QDialog.DialogCode.Accepted
        else:
            dialog._unlock("somchai", typed)
            assert dialog.result() == QDialog.DialogCode.Accepted
        assert cipher.key_for(path) is not None
    cipher.forget(path)
    dialog = LoginDialog(lambda *_a: None, unlock=path)
    qtbot.addWidget(dialog)
    dialog._unlock("somchai", "ผิด-ผิด-ผิด")  # control: a wrong passphrase opens nothing
    assert dialog.result() != QDialog.DialogCode.Accepted and cipher.key_for(path) is None
