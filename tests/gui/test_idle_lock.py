"""The idle lock and the roles in the window: after the (test-short) idle time every window is covered and the
account's password asked again; input keeps it open; "switch user" signs another account in; a committee's
window is view-only (editing buttons disabled with the reason, a write refused by the window and the data layer)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from cdfi_desktop.app import create_main_window
from cdfi_desktop.db import models as m
from cdfi_desktop.db.access import WriteRefused
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.roles import Role
from cdfi_desktop.services import accounts
from cdfi_desktop.services.accounts import Account
from cdfi_desktop.settings import Settings
from cdfi_desktop.ui.idle_lock import IDLE_SECONDS_ENV, Cover
from cdfi_desktop.ui.login import LoginDialog
from cdfi_desktop.ui.main_window import MainWindow
from cdfi_desktop.ui.ops import COMMITTEE_TEXT, PROVINCE_NOT_HUB_TEXT, PROVINCE_ON_LAPTOP_TEXT, ReadOnlyRefused
from cdfi_desktop.ui.widgets.page import ActionBar

PASSWORD = "รหัสผ่านยาวพอ1"
IDLE = 0.4  # seconds


@pytest.fixture
def officer(demo_db: Database) -> Account:
    account, _code = accounts.create(
        demo_db, username="somchai", display_name="นายสมชาย ใจดี", password=PASSWORD, role=Role.OFFICER
    )
    return account


@pytest.fixture
def window(
    app: QApplication, qtbot: QtBot, demo_db: Database, officer: Account, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    monkeypatch.setenv(IDLE_SECONDS_ENV, str(IDLE))
    main = create_main_window(demo_db, Settings())
    qtbot.addWidget(main)
    main.set_account(officer)
    main.resize(1366, 697)
    main.show()
    qtbot.waitUntil(lambda: main.overview.data is not None, timeout=20_000)
    yield main
    if main.lock_dialog is not None:
        main.lock_dialog.done(0)
    main.close()


def settle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.wait(20)
    qtbot.waitUntil(lambda: not window.ops.busy, timeout=60_000)


def _lock_dialog(qtbot: QtBot, window: MainWindow) -> LoginDialog:
    qtbot.waitUntil(lambda: window.lock_dialog is not None and window.lock_dialog.isVisible(), timeout=5_000)
    assert window.lock_dialog is not None
    return window.lock_dialog


def _type(qtbot: QtBot, dialog: LoginDialog, password: str) -> None:
    dialog.password.setText(password)
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: not dialog.trying, timeout=5_000)


def test_given_the_idle_time_when_nothing_is_typed_then_the_window_is_covered_and_unlocks_with_the_password(
    qtbot: QtBot, window: MainWindow
) -> None:
    # WHEN nothing happens for the idle time THEN every window is covered and the password asked
    dialog = _lock_dialog(qtbot, window)
    assert window.locked
    central = window.centralWidget()
    assert central is not None and not central.isVisible()  # nothing of the data shows
    covers = [c for c in window.findChildren(Cover) if c.isVisible()]
    assert covers and covers[0].geometry() == window.rect()
    assert dialog.username.text() == "somchai" and dialog.username.isReadOnly()
    assert dialog.switch_button.isVisible()
    # a wrong password is refused; the account's right one unlocks
    _type(qtbot, dialog, "ผิด-ผิด-ผิด")
    assert window.locked and dialog.message.text() == "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง"
    _type(qtbot, dialog, PASSWORD)
    qtbot.waitUntil(lambda: not window.locked, timeout=5_000)
    assert window.lock_dialog is None
    assert central.isVisible() and not [c for c in window.findChildren(Cover) if c.isVisible()]
    # ... and it locks again after the next idle time
    _lock_dialog(qtbot, window)
    assert window.locked


def test_given_input_when_the_idle_time_passes_then_the_window_stays_open(qtbot: QtBot, window: MainWindow) -> None:
    _type(qtbot, _lock_dialog(qtbot, window), PASSWORD)  # locked while the window loaded: unlocked first
    qtbot.waitUntil(lambda: not window.locked, timeout=5_000)
    for _ in range(8):  # 8 × 0.1 s of mouse moves: twice the idle time
        event = QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(10, 10),
            QPointF(10, 10),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(window.nav, event)
        qtbot.wait(100)
    assert not window.locked and window.lock_dialog is None


def test_given_a_locked_window_when_switch_user_then_a_committee_account_gets_a_view_only_window(
    qtbot: QtBot, window: MainWindow, demo_db: Database
) -> None:
    accounts.create(
        demo_db, username="kammakarn", display_name="นางกรรมการ ดูได้", password=PASSWORD, role=Role.COMMITTEE
    )
    window.lock_now()
    dialog = _lock_dialog(qtbot, window)
    dialog.switch_button.click()
    login = _lock_dialog(qtbot, window)  # signed out: any account may sign in
    assert login is not dialog and not login.username.isReadOnly()
    assert window.locked
    login.username.setText("kammakarn")
    _type(qtbot, login, PASSWORD)
    qtbot.waitUntil(lambda: not window.locked, timeout=5_000)
    assert window.account is not None and window.account.role is Role.COMMITTEE
    assert window.status_account.text() == "ผู้ใช้: นางกรรมการ ดูได้ (กรรมการ)"
    assert window.ops.read_only and window.ops.read_only_text("th") == COMMITTEE_TEXT[0]
    assert not window.accounts_action.isVisible()  # only an officer or the province manages accounts
    assert not window.demo_action.isVisible()  # nor makes the demo
    assert window.idle_watch is not None
    window.idle_watch.seconds = 3600  # no lock while the screens are looked at
    # the editing buttons are disabled and say why; printing is allowed
    window.show_step("registers")
    settle(qtbot, window)
    registers = window.current_screen()
    bars = [bar for bar in registers.findChildren(ActionBar) if bar.isVisible()]
    editing = [b for bar in bars for b in bar.findChildren(QPushButton) if bar.is_editing(b) and b.isVisible()]
    others = [b for bar in bars for b in bar.findChildren(QPushButton) if not bar.is_editing(b) and b.isVisible()]
    assert editing and others
    for button in editing:
        assert not button.isEnabled(), button.text()
        assert button.toolTip() == "บัญชีกรรมการ ดูและพิมพ์ได้อย่างเดียว"
    assert any(b.isEnabled() for b in others)  # printing and exporting stay
    # a write through the window is refused with the reason, nothing written
    failures: list[Exception] = []
    window.ops.change(lambda db, _p: _rename_first_household(db), failure=failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5_000)
    assert isinstance(failures[0], ReadOnlyRefused) and failures[0].text("th") == COMMITTEE_TEXT[0]
    # ... and the data layer refuses it too (the database is signed in as the committee account)
    assert demo_db.actor is not None and demo_db.actor.username == "kammakarn"
    with pytest.raises(WriteRefused):
        _rename_first_household(demo_db)
    with demo_db.session() as session:
        assert session.scalar(select(func.count()).where(m.Household.house_no == "999/9")) == 0


def test_given_a_province_account_on_an_officers_laptop_then_the_window_is_view_only_before_anything_is_tried(
    qtbot: QtBot, window: MainWindow, demo_db: Database
) -> None:
    province, _code = accounts.create(
        demo_db, username="changwat", display_name="นางจังหวัด ตรวจงาน", password=PASSWORD, role=Role.PROVINCE
    )
    window.set_account(province)
    qtbot.waitUntil(lambda: window.ops.read_only, timeout=5_000)
    assert window.ops.read_only_text("th") == PROVINCE_ON_LAPTOP_TEXT[0]
    assert window.ops.read_only_text("en") == PROVINCE_ON_LAPTOP_TEXT[1]
    assert window.idle_watch is not None
    window.idle_watch.seconds = 3600
    window.show_step("registers")
    settle(qtbot, window)
    assert window.read_only_banner.isVisible()
    assert window.read_only_label.text() == PROVINCE_ON_LAPTOP_TEXT[0]
    bars = [bar for bar in window.current_screen().findChildren(ActionBar) if bar.isVisible()]
    editing = [b for bar in bars for b in bar.findChildren(QPushButton) if bar.is_editing(b) and b.isVisible()]
    assert editing and not any(b.isEnabled() for b in editing)
    failures: list[Exception] = []
    window.ops.change(lambda db, _p: _rename_first_household(db), failure=failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5_000)
    assert isinstance(failures[0], ReadOnlyRefused)
    # the officer signed back in edits again
    officer = accounts.get(demo_db, "somchai")
    assert officer is not None
    window.set_account(officer)
    qtbot.waitUntil(lambda: not window.ops.read_only, timeout=5_000)


def test_given_a_province_account_on_an_empty_database_not_yet_the_provinces_then_the_window_says_how_it_becomes_one(
    app: QApplication, qtbot: QtBot, empty_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    province, _code = accounts.create(
        empty_db, username="changwat", display_name="นางจังหวัด ตรวจงาน", password=PASSWORD, role=Role.PROVINCE
    )
    monkeypatch.setenv(IDLE_SECONDS_ENV, "3600")
    main = create_main_window(empty_db, Settings())
    qtbot.addWidget(main)
    main.set_account(province)
    main.show()  # the window's work starts once it is on screen
    qtbot.waitUntil(lambda: main.ops.read_only, timeout=5_000)
    assert main.ops.read_only_text("th") == PROVINCE_NOT_HUB_TEXT[0]
    assert "province init" in main.ops.read_only_text("en")
    main.close()


def _rename_first_household(db: Database) -> None:
    with db.session(write=True) as session, session.begin():
        household = session.scalars(select(m.Household).order_by(m.Household.id)).first()
        assert household is not None
        household.house_no = "999/9"


def test_given_no_accounts_then_the_window_works_as_before(
    app: QApplication, qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(IDLE_SECONDS_ENV, "0.2")
    main = create_main_window(demo_db, Settings(officer="นางสาวพรทิพย์"))
    qtbot.addWidget(main)
    main.show()
    qtbot.wait(600)
    assert not main.locked and main.idle_watch is None  # nobody to unlock it: no lock
    assert not main.ops.read_only and main.status_officer.isVisible() and not main.status_account.isVisible()
    assert not main.lock_action.isVisible() and not main.sign_out_action.isVisible()
    main.close()


def test_given_the_idle_minutes_set_to_never_then_the_window_does_not_lock(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    _type(qtbot, _lock_dialog(qtbot, window), PASSWORD)
    qtbot.waitUntil(lambda: not window.locked, timeout=5_000)
    assert window.idle_action.isVisible()
    monkeypatch.delenv(IDLE_SECONDS_ENV)
    window.set_idle_minutes(0)
    assert window.idle_watch is None and window.settings.idle_lock_minutes == 0
    assert Settings.load().idle_lock_minutes == 0  # kept
    qtbot.wait(int(IDLE * 2500))
    assert not window.locked
    window.set_idle_minutes(10)
    assert window.idle_watch is not None and window.idle_watch.seconds == 600


def test_a_window_that_opens_while_locked_is_kept_out_of_sight_until_the_lock_opens(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtWidgets import QMessageBox

    dialog = _lock_dialog(qtbot, window)
    # WHEN a background job's message opens over the locked window
    message = QMessageBox(QMessageBox.Icon.Information, "CDFI", "นำเข้าเสร็จแล้ว 25 ครัวเรือน", parent=window)
    message.setWindowModality(Qt.WindowModality.NonModal)
    message.show()
    # THEN it is hidden while locked, and the lock's own dialog stays usable
    qtbot.waitUntil(lambda: not message.isVisible(), timeout=5_000)
    assert dialog.isVisible()
    _type(qtbot, dialog, PASSWORD)
    qtbot.waitUntil(lambda: not window.locked, timeout=5_000)
    # AND it shows again once unlocked
    qtbot.waitUntil(message.isVisible, timeout=5_000)
    message.close()
