"""Sign-in: wrong passwords and the growing wait counted down with Sign in disabled (also after a restart), the
right password opening the window signed in (its writes name the account), a forgotten password recovered with
the code, and quitting at the sign-in opening nothing."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cdfi_desktop import app as app_module
from cdfi_desktop.db.database import Database
from cdfi_desktop.db.models import Institute
from cdfi_desktop.db.models.records import AuditLog
from cdfi_desktop.domain.roles import Role
from cdfi_desktop.failures import EXIT_NOTHING_DONE
from cdfi_desktop.services import accounts
from cdfi_desktop.services.demo import demo_device_id, generate_demo
from cdfi_desktop.ui.login import LoginDialog, RecoverDialog
from cdfi_desktop.ui.main_window import MainWindow
from cdfi_desktop.ui.recovery_code import RecoveryCodeDialog
from cdfi_desktop.ui.session import direct
from tests.support.dialogs import when_shown as _when_shown

PASSWORD = "รหัสผ่านยาวพอ1"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def with_account(empty_db: Database) -> tuple[Database, str]:
    _account, code = accounts.create(
        empty_db, username="somchai", display_name="นายสมชาย ใจดี", password=PASSWORD, role=Role.OFFICER
    )
    return empty_db, code


def _try(qtbot: QtBot, dialog: LoginDialog, password: str) -> None:
    dialog.password.setText(password)
    assert dialog.sign_in_button.isEnabled()
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: not dialog.trying, timeout=5_000)


def test_given_wrong_passwords_then_the_wait_is_counted_down_with_sign_in_disabled(
    app: QApplication, qtbot: QtBot, with_account: tuple[Database, str]
) -> None:
    db, _code = with_account
    clock = FakeClock()
    dialog = LoginDialog(direct(db), clock=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.sign_in_button.isEnabled()  # nothing typed yet
    dialog.username.setText("somchai")
    # the first two wrong passwords cost no wait
    for _ in range(2):
        _try(qtbot, dialog, "ผิด-ผิด-ผิด")
        assert dialog.message.text() == "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง"
        assert not dialog.waiting()
    # the third: 2 seconds, counted down, Sign in disabled whatever is typed
    _try(qtbot, dialog, "ผิด-ผิด-ผิด")
    failed_at = time.monotonic()  # the database noted the failure before this
    assert dialog.waiting()
    assert dialog.message.text() == "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง ลองใหม่ได้ในอีก 2 วินาที"
    dialog.password.setText(PASSWORD)
    assert not dialog.sign_in_button.isEnabled()
    dialog.try_sign_in()  # Enter while it waits: nothing is tried
    assert not dialog.trying and dialog.account is None
    clock.now += 1.0
    dialog._tick()
    assert dialog.message.text().endswith("ลองใหม่ได้ในอีก 1 วินาที")
    assert not dialog.sign_in_button.isEnabled()
    clock.now += 1.05
    qtbot.waitUntil(dialog.sign_in_button.isEnabled, timeout=2_000)  # the timer's own tick
    assert "วินาที" not in dialog.message.text()
    # the database keeps its own wait (the same 2 seconds, by the real clock)
    qtbot.wait(max(0, int((failed_at + 3.0 - time.monotonic()) * 1000)))  # a second of room on a busy machine
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: dialog.account is not None or not dialog.trying, timeout=5_000)
    assert dialog.account is not None, dialog.message.text()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.account is not None and dialog.account.username == "somchai"


def test_given_the_wait_running_when_the_program_is_restarted_then_the_sign_in_still_waits(
    app: QApplication, qtbot: QtBot, with_account: tuple[Database, str]
) -> None:
    db, _code = with_account
    for _ in range(5):  # 3rd: 2 s, 4th: 4 s, 5th: 8 s
        with pytest.raises((accounts.WrongPassword, accounts.TooSoon)):
            accounts.authenticate(db, "somchai", "ผิด-ผิด-ผิด")
    dialog = LoginDialog(direct(db))  # a new start: the wait is the database's, not the dialog's
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.setText("somchai")
    _try(qtbot, dialog, PASSWORD)  # even the right password is not looked at during the wait
    assert dialog.account is None and dialog.waiting()
    assert dialog.message.text().startswith("ใส่รหัสผ่านผิดหลายครั้ง ต้องรอก่อน ลองใหม่ได้ในอีก ")
    assert not dialog.sign_in_button.isEnabled()


def test_given_an_account_when_the_right_password_is_typed_then_the_window_opens_signed_in(
    app: QApplication, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "laptop.sqlite"
    db = Database.open(path, device_id=demo_device_id(5))
    generate_demo(db, households=8, seed=5)
    accounts.create(db, username="somchai", display_name="นายสมชาย ใจดี", password=PASSWORD, role=Role.OFFICER)
    db.close()
    windows: list[MainWindow] = []
    original = app_module.create_main_window

    def create_main_window(*args: object, **kwargs: object) -> MainWindow:
        window = original(*args, **kwargs)  # type: ignore[arg-type]
        windows.append(window)
        return window

    def sign_in(dialog: QWidget) -> None:
        assert isinstance(dialog, LoginDialog)
        assert not windows  # no window (no data) before the sign-in
        dialog.username.setText("SomChai ")  # as typed: trimmed, any case
        dialog.password.setText(PASSWORD)
        dialog.sign_in_button.click()

    def run_the_window(*_a: object) -> int:
        window = windows[0]
        qtbot.waitUntil(lambda: window.overview.data is not None, timeout=20_000)

        def change(db: Database, _progress: object) -> None:
            with db.session(write=True) as session, session.begin():
                session.scalars(select(Institute)).one().phone = "043-000000"

        window.ops.change(change)
        qtbot.waitUntil(lambda: not window.ops.busy, timeout=20_000)
        return 0

    monkeypatch.setattr(app_module, "create_main_window", create_main_window)
    monkeypatch.setattr(QApplication, "exec", run_the_window)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(f"warned: {a[2]}"))
    _when_shown(LoginDialog, sign_in)

    code = app_module.run_gui(db=path, language="th", offer_demo=True)

    assert code == 0
    window = windows[0]
    assert window.account is not None and window.account.username == "somchai"
    assert window.status_account.text() == "ผู้ใช้: นายสมชาย ใจดี (เจ้าหน้าที่)"
    assert window.officer == "นายสมชาย ใจดี"
    reopened = Database.open(path)
    with reopened.session() as session:
        entry = session.scalars(
            select(AuditLog).where(AuditLog.table_name == "institute").order_by(AuditLog.id.desc())
        ).first()
    reopened.close()
    assert entry is not None and entry.account == "somchai" and entry.officer == "นายสมชาย ใจดี"
    window.close()


def test_given_an_account_when_the_sign_in_is_quit_then_no_window_opens(
    app: QApplication, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "laptop.sqlite"
    db = Database.open(path)
    accounts.create(db, username="somchai", display_name="สมชาย", password=PASSWORD, role=Role.OFFICER)
    db.close()
    monkeypatch.setattr(QApplication, "exec", lambda *a: pytest.fail("no window may open"))
    _when_shown(LoginDialog, lambda dialog: dialog.quit_button.click())  # type: ignore[attr-defined]

    assert app_module.run_gui(db=path, language="th", offer_demo=False) == EXIT_NOTHING_DONE


def test_given_a_forgotten_password_when_the_recovery_code_is_given_then_a_new_password_and_code_follow(
    app: QApplication, qtbot: QtBot, with_account: tuple[Database, str]
) -> None:
    db, code = with_account
    dialog = LoginDialog(direct(db), username="somchai", device_id=db.device_id)
    qtbot.addWidget(dialog)
    shown: dict[str, str] = {}

    def recover(widget: QWidget) -> None:
        assert isinstance(widget, RecoverDialog)
        widget.code.setText("WRONG-WRONG-WRONG-WRONG")
        widget.password.setText("รหัสผ่านใหม่ 2570")
        widget.again.setText("รหัสผ่านใหม่ 2570")
        widget.submit()
        QTimer.singleShot(50, lambda: second_try(widget))

    def second_try(widget: RecoverDialog) -> None:
        shown["wrong"] = widget.message.text()
        widget.code.setText(code.lower().replace("-", " "))  # as typed: any case, spaces
        widget.submit()
        _when_shown(RecoveryCodeDialog, keep)

    def keep(widget: QWidget) -> None:
        assert isinstance(widget, RecoveryCodeDialog)
        shown["code"] = widget.panel.code_label.text()
        assert not widget.close_button.isEnabled()
        widget.panel.written.setChecked(True)
        widget.close_button.click()

    _when_shown(RecoverDialog, recover)
    dialog.forgot()

    assert shown["wrong"] == "ชื่อผู้ใช้หรือรหัสกู้คืนไม่ถูกต้อง"
    assert shown["code"] and shown["code"] != code
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.account is not None
    assert accounts.authenticate(db, "somchai", "รหัสผ่านใหม่ 2570").username == "somchai"
    with pytest.raises(accounts.WrongPassword):
        accounts.authenticate(db, "somchai", PASSWORD)
    with pytest.raises(accounts.WrongPassword):  # the used code no longer works
        accounts.recover(db, "somchai", code, "อีกรหัสหนึ่ง99")
