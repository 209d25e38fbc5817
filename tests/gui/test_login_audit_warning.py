"""At start, an audit trail edited outside the program is reported (after the sign-in, before the work), with the
way to the viewer; a whole one says nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cdfi_desktop import app as app_module
from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.roles import Role
from cdfi_desktop.services import accounts
from cdfi_desktop.services import audit as audit_service
from cdfi_desktop.services.demo import generate_demo
from cdfi_desktop.ui.login import LoginDialog
from cdfi_desktop.ui.main_window import MainWindow
from tests.support.dialogs import when_shown as _when_shown

PASSWORD = "รหัสผ่านยาวพอ1"


@pytest.mark.parametrize("tampered", ["first", "last", ""])
def test_given_an_edited_audit_trail_when_the_app_starts_then_it_is_reported(
    app: QApplication, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tampered: str
) -> None:
    path = tmp_path / "laptop.sqlite"
    db = Database.open(path)
    generate_demo(db, households=3, seed=1)
    account, _code = accounts.create(db, username="somchai", display_name="สมชาย", password=PASSWORD, role=Role.OFFICER)
    accounts.sign_in(db, account)
    with db.session(write=True) as session, session.begin():
        session.scalars(select(m.Institute)).one().phone = "043-222222"
    db.close()
    with sqlite3.connect(path) as connection:
        entries = connection.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    victim = 2 if tampered == "first" else entries - 1
    assert entries > 40
    if tampered:  # someone edits one entry of the log in the file
        with sqlite3.connect(path) as connection:
            connection.execute("UPDATE audit_log SET officer = 'ใครก็ไม่รู้' WHERE id = ?", (victim,))
    # the window checks the trail in parts, queued between the screens' reads: here in many small ones
    monkeypatch.setattr(audit_service, "PART_ENTRIES", 10)
    windows: list[MainWindow] = []
    original = app_module.create_main_window
    warned: list[str] = []
    opened: list[bool] = []

    def create_main_window(*args: object, **kwargs: object) -> MainWindow:
        window = original(*args, **kwargs)  # type: ignore[arg-type]
        window.open_audit_trail = lambda: opened.append(True)  # type: ignore[method-assign]
        windows.append(window)
        return window

    def answer(box: QMessageBox) -> int:
        warned.append(box.text())
        view = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole)
        assert view.text() == "เปิดประวัติการแก้ไข…"
        view.click()
        return 0

    def run_the_window(*_a: object) -> int:
        qtbot.waitUntil(lambda: windows[0].overview.data is not None, timeout=20_000)
        qtbot.waitUntil(lambda: bool(warned) or not windows[0].ops.busy, timeout=20_000)
        qtbot.wait(50)  # the warning comes from the event loop, after the window shows
        return 0

    def sign_in(widget: QWidget) -> None:
        assert isinstance(widget, LoginDialog)
        widget.username.setText("somchai")
        widget.password.setText(PASSWORD)
        widget.sign_in_button.click()

    monkeypatch.setattr(app_module, "create_main_window", create_main_window)
    monkeypatch.setattr(QApplication, "exec", run_the_window)
    monkeypatch.setattr(QMessageBox, "exec", answer)
    _when_shown(LoginDialog, sign_in)

    assert app_module.run_gui(db=path, language="th", offer_demo=False) == 0

    if tampered:
        assert len(warned) == 1 and f"รายการที่ {victim} " in warned[0] and "ถูกแก้ไข" in warned[0]
        assert opened == [True]
    else:
        assert warned == [] and opened == []
    windows[0].close()
