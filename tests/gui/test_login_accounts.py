"""Settings → Accounts…: an officer adds a committee account (its recovery code shown once), resets its password
and disables it; the new account signs in with its password and the disabled one no longer does."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from cdfi_desktop.app import create_main_window
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.roles import Role
from cdfi_desktop.services import accounts
from cdfi_desktop.settings import Settings
from cdfi_desktop.ui.accounts_dialog import AccountsDialog, NewAccountDialog, ResetPasswordDialog
from cdfi_desktop.ui.recovery_code import RecoveryCodeDialog
from tests.support.dialogs import when_shown as _when_shown

PASSWORD = "รหัสผ่านยาวพอ1"


def _keep_code(codes: list[str]) -> Callable[[QWidget], None]:
    def keep(widget: QWidget) -> None:
        assert isinstance(widget, RecoveryCodeDialog)
        assert widget.panel.whose.text() == "บัญชี: kammakarn (นางกรรมการ ดูได้)"  # whose code it is
        codes.append(widget.panel.code_label.text())
        widget.panel.written.setChecked(True)
        widget.close_button.click()

    return keep


def test_given_an_officer_when_a_committee_account_is_added_reset_and_disabled_then_sign_in_follows(
    app: QApplication, qtbot: QtBot, empty_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    officer, _code = accounts.create(
        empty_db, username="somchai", display_name="นายสมชาย ใจดี", password=PASSWORD, role=Role.OFFICER
    )
    window = create_main_window(empty_db, Settings())
    qtbot.addWidget(window)
    window.set_account(officer)
    window.show()
    assert window.accounts_action.isVisible()
    dialog = AccountsDialog(window.ops, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5_000)
    codes: list[str] = []

    def fill(widget: QWidget) -> None:
        assert isinstance(widget, NewAccountDialog)
        widget.name.setText("นางกรรมการ ดูได้")
        widget.username.setText("kammakarn")
        widget.password.setText("สั้น")
        widget.again.setText("สั้น")
        widget.submit()
        assert widget.message.text() == "รหัสผ่านต้องมีอย่างน้อย 8 ตัวอักษร"
        widget.password.setText(PASSWORD)
        widget.again.setText(PASSWORD)
        assert widget.role.currentData() == Role.COMMITTEE.value  # the first choice: view and print
        _when_shown(RecoveryCodeDialog, _keep_code(codes))
        widget.submit()

    _when_shown(NewAccountDialog, fill)
    dialog.add_account()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=5_000)
    assert len(codes) == 1 and len(codes[0]) == 23
    made = accounts.get(empty_db, "kammakarn")
    assert made is not None and made.role is Role.COMMITTEE
    assert accounts.authenticate(empty_db, "kammakarn", PASSWORD).username == "kammakarn"

    # reset its password: a new one and a new recovery code
    dialog.table.selectRow([a.username for a in dialog.accounts].index("kammakarn"))

    def new_password(widget: QWidget) -> None:
        assert isinstance(widget, ResetPasswordDialog)
        widget.password.setText("ใหม่ใหม่ใหม่9")
        widget.again.setText("ใหม่ใหม่ใหม่9")
        _when_shown(RecoveryCodeDialog, _keep_code(codes))
        widget.findChild(QWidget, "resetOk").click()  # type: ignore[union-attr]

    _when_shown(ResetPasswordDialog, new_password)
    dialog.reset_password()
    qtbot.waitUntil(lambda: len(codes) == 2, timeout=5_000)
    assert codes[1] != codes[0]
    assert accounts.authenticate(empty_db, "kammakarn", "ใหม่ใหม่ใหม่9").username == "kammakarn"

    # disable it: it signs in no more
    qtbot.waitUntil(lambda: dialog.chosen() is not None, timeout=5_000)
    assert dialog.chosen().username == "kammakarn"  # type: ignore[union-attr]
    dialog.disable_button.click()
    qtbot.waitUntil(lambda: "ระงับแล้ว" in dialog.message.text(), timeout=5_000)
    with pytest.raises(accounts.AccountError):
        accounts.authenticate(empty_db, "kammakarn", "ใหม่ใหม่ใหม่9")
    # the last account that can edit cannot be disabled: said in Thai
    dialog.table.selectRow([a.username for a in dialog.accounts].index("somchai"))
    dialog.disable_button.click()
    qtbot.waitUntil(lambda: "บัญชีสุดท้าย" in dialog.message.text(), timeout=5_000)
    dialog.close()
    window.close()


def test_a_province_account_on_its_hub_is_offered_accounts_once_the_window_knows_the_hub(
    app: QApplication, qtbot: QtBot, empty_db: Database
) -> None:
    from cdfi_desktop.sync import keys

    keys.init_province(empty_db, name="สำนักงานพัฒนาชุมชนจังหวัดขอนแก่น")
    province, _code = accounts.create(
        empty_db, username="jangwat", display_name="นางจังหวัด ตรวจดี", password=PASSWORD, role=Role.PROVINCE
    )
    window = create_main_window(empty_db, Settings())
    qtbot.addWidget(window)
    window.set_account(province)  # as at start: before the window has read that this is a province's hub
    window.show()
    qtbot.waitUntil(lambda: window.mode == "province", timeout=20_000)
    assert window.accounts_action.isVisible()
    qtbot.waitUntil(lambda: not window.ops.busy, timeout=20_000)
    window.close()
