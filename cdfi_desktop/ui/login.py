"""Signing in: username and password before the main window (and again to unlock it), the growing wait after
wrong passwords counted down with Sign in disabled, and a forgotten password replaced with the recovery code."""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cdfi_desktop import APP_NAME
from cdfi_desktop.failures import describe
from cdfi_desktop.ui.session import Runner
from cdfi_desktop.ui.widgets.fields import screen_language
from cdfi_desktop.ui.widgets.fit import fit_to_screen

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.services.accounts import Account

log = logging.getLogger(__name__)
TICK_MS = 200  # how often the countdown is redrawn
MIN_PASSWORD = 8


@dataclass(frozen=True)
class StartCredentials:
    """Who opened an encrypted database at start: signed in with the same password once it is open, or (with
    ``recovery_code``) given ``password`` as the new one by recovering the account with that code."""

    username: str
    password: str = field(repr=False)
    recovery_code: str = field(default="", repr=False)


def _wait_of(exc: Exception) -> float | None:
    """The seconds before the next try a refusal names (``WrongPassword.wait``, ``TooSoon.wait``); None for any
    other failure."""
    from cdfi_desktop.services import accounts

    if isinstance(exc, accounts.WrongPassword | accounts.TooSoon):
        return max(0.0, float(exc.wait))
    return None


class Countdown:
    """Sign in waits until a moment on ``clock``; ``left()`` whole seconds to go (0 once it is over)."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self.clock = clock
        self.until = 0.0

    def start(self, seconds: float) -> None:
        self.until = max(self.until, self.clock() + seconds)

    def left(self) -> int:
        return max(0, math.ceil(self.until - self.clock() - 1e-6))


class LoginDialog(QDialog):
    """Asks for an account's password; ``account`` is the one signed in once it is accepted.

    ``username``: the account of a locked window (its field is fixed, "Switch user" offered). ``clock``: the
    countdown's time (tests inject one)."""

    switch_requested = Signal()

    def __init__(
        self,
        run: Runner,
        *,
        username: str = "",
        locked: bool = False,
        clock: Callable[[], float] = time.monotonic,
        device_id: str = "",
        unlock: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``unlock``: an encrypted database file not yet open: the username and password unlock it (the wait
        after wrong tries is then this dialog's own, as the accounts cannot be read yet); ``credentials`` once
        it is accepted."""
        super().__init__(parent)
        self.setObjectName("lockDialog" if locked else "unlockDialog" if unlock else "loginDialog")
        self.run, self.locked, self.device_id = run, locked, device_id
        self.unlock_path = unlock
        self.unlock_failures = 0
        self.credentials: StartCredentials | None = None
        self.account: Account | None = None
        self.countdown = Countdown(clock)
        self.trying = False
        self.failure_kind = ""  # "wrong", "too_soon", "other": the last refusal, for the message
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        form = QFormLayout()
        self.username_label, self.password_label = QLabel(), QLabel()
        self.username = QLineEdit(username)
        self.username.setObjectName("loginUsername")
        self.username.setReadOnly(locked)
        self.password = QLineEdit()
        self.password.setObjectName("loginPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.username_label, self.username)
        form.addRow(self.password_label, self.password)
        self.message = QLabel()
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel#loginMessage { color: #9c1c1c; }")
        buttons = QHBoxLayout()
        self.forgot_button = QPushButton()
        self.forgot_button.setObjectName("forgotPassword")
        self.forgot_button.setFlat(True)
        self.forgot_button.clicked.connect(self.forgot)
        self.switch_button = QPushButton()
        self.switch_button.setObjectName("switchUser")
        self.switch_button.clicked.connect(self._switch)
        self.switch_button.setVisible(locked)
        self.quit_button = QPushButton()
        self.quit_button.setObjectName("loginQuit")
        self.quit_button.clicked.connect(self.reject)
        self.sign_in_button = QPushButton()
        self.sign_in_button.setObjectName("signIn")
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.try_sign_in)
        buttons.addWidget(self.forgot_button)
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.sign_in_button)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.username.textChanged.connect(self._update)
        self.password.textChanged.connect(self._update)
        self.retranslate()
        self._update()
        self.resize(520, 300)
        (self.password if username else self.username).setFocus()

    # -- texts ------------------------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(f"{APP_NAME} — " + (self.tr("Locked") if self.locked else self.tr("Sign in")))
        self.heading.setText(self.tr("The program is locked") if self.locked else self.tr("Sign in"))
        if self.locked:
            intro = self.tr("It was left idle. Type your password to go on, or switch to another account.")
        elif self.unlock_path is not None:
            intro = self.tr("This database is encrypted. Type your username and password to open it.")
        else:
            intro = self.tr("Type your username and password.")
        self.intro.setText(intro)
        self.username_label.setText(self.tr("Username"))
        self.password_label.setText(self.tr("Password"))
        self.forgot_button.setText(self.tr("Forgot the password?"))
        self.switch_button.setText(self.tr("Switch user"))
        self.quit_button.setText(self.tr("Quit the program"))
        self.sign_in_button.setText(self.tr("Sign in") if not self.locked else self.tr("Unlock"))
        self._show_message()

    def _show_message(self) -> None:
        left = self.countdown.left()
        if self.failure_kind == "wrong":
            text = self.tr("Wrong username or password.")
        elif self.failure_kind == "too_soon":
            text = self.tr("Too soon after a wrong password.")
        else:
            text = self.message.property("detail") or ""
        if left:
            text = (text + " " if text else "") + self.tr("You can try again in %n seconds.", "", left)
        self.message.setText(text)

    # -- state ------------------------------------------------------------------------------------------------------
    def _update(self) -> None:
        waiting = self.countdown.left() > 0
        ready = bool(self.username.text().strip()) and bool(self.password.text())
        self.sign_in_button.setEnabled(ready and not waiting and not self.trying)

    def _tick(self) -> None:
        if self.countdown.left() == 0:
            self.timer.stop()
        self._show_message()
        self._update()

    def waiting(self) -> bool:
        return self.countdown.left() > 0

    # -- signing in -------------------------------------------------------------------------------------------------
    def try_sign_in(self) -> None:
        if self.trying or self.waiting():
            return
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            return
        if self.unlock_path is not None:
            self._unlock(username, password)
            return
        self.trying = True
        self._update()

        def work(db: Database) -> Account:
            from cdfi_desktop.services import accounts

            return accounts.authenticate(db, username, password)

        self.run(work, self._signed_in, self._refused)

    def _signed_in(self, account: Account) -> None:
        self.trying = False
        self.account = account
        self.failure_kind = ""
        self.password.clear()
        self.accept()

    def _refused(self, exc: Exception) -> None:
        self.trying = False
        wait = _wait_of(exc)
        from cdfi_desktop.services import accounts

        if wait is not None:
            self.failure_kind = "too_soon" if isinstance(exc, accounts.TooSoon) else "wrong"
            self.countdown.start(wait)
            if self.countdown.left():
                self.timer.start()
        else:
            log.info("sign-in failed: %s", exc)
            self.failure_kind = "other"
            self.message.setProperty("detail", describe(exc, screen_language()))
        self.password.clear()
        self.password.setFocus()
        self._show_message()
        self._update()

    def _unlock(self, username: str, password: str) -> None:
        """Open the encrypted file with the account's wrapping of its key; a wrong password waits as the
        accounts' own wait does (counted here: the accounts are inside the file)."""
        from cdfi_desktop.db import cipher
        from cdfi_desktop.services import accounts

        assert self.unlock_path is not None
        name = accounts.normalize_username(username)
        try:
            cipher.unlock(self.unlock_path, password, name=_wrapping(self.unlock_path, f"account:{name}"))
        except cipher.CipherError as exc:
            self.unlock_failures += 1
            wait = accounts.wait_after(self.unlock_failures)
            if isinstance(exc, cipher.WrongPassphrase):
                self._refused(accounts.WrongPassword(wait))
            else:
                self._refused(exc)
            return
        self.credentials = StartCredentials(name, password)
        self.password.clear()
        self.accept()

    def _switch(self) -> None:
        self.switch_requested.emit()
        self.done(SWITCH)

    def reject(self) -> None:
        if self.locked:  # a locked window is only left by unlocking, switching user, or quitting (asked)
            self.done(QUIT)
            return
        super().reject()

    def forgot(self) -> None:
        dialog = RecoverDialog(self.run, username=self.username.text().strip(), unlock=self.unlock_path, parent=self)
        fit_to_screen(dialog)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if dialog.credentials is not None:  # the encrypted file opened with the code: recovered once it is open
            self.credentials = dialog.credentials
            self.accept()
        elif dialog.account is not None:
            from cdfi_desktop.ui.recovery_code import sheet_for, show_recovery_code

            show_recovery_code(self, sheet_for(dialog.account, dialog.new_code, device_id=self.device_id))
            self.account = dialog.account
            self.failure_kind = ""
            self.accept()


SWITCH = 2  # LoginDialog's result: the officer chose "Switch user"
QUIT = 3  # LoginDialog's result on a locked window: the officer chose to quit


class RecoverDialog(QDialog):
    """A forgotten password: the username, the recovery code, a new password twice; then the new code is shown."""

    def __init__(
        self, run: Runner, *, username: str = "", unlock: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recoverDialog")
        self.run, self.unlock_path = run, unlock
        self.credentials: StartCredentials | None = None
        self.unlock_failures = 0
        self.account: Account | None = None
        self.new_code = ""
        self.setWindowTitle(self.tr("Forgot the password"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Type the recovery code printed when the account was made, and a new password. A new recovery "
                "code is shown after: the old one no longer works."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.username = QLineEdit(username)
        self.username.setObjectName("recoverUsername")
        self.code = QLineEdit()
        self.code.setObjectName("recoverCode")
        self.password = QLineEdit()
        self.password.setObjectName("recoverPassword")
        self.again = QLineEdit()
        self.again.setObjectName("recoverAgain")
        for edit in (self.password, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Recovery code"), self.code)
        form.addRow(self.tr("New password"), self.password)
        form.addRow(self.tr("New password again"), self.again)
        self.message = QLabel()
        self.message.setObjectName("recoverMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel#recoverMessage { color: #9c1c1c; }")
        row = QHBoxLayout()
        row.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.ok_button = QPushButton(self.tr("Set the new password"))
        self.ok_button.setObjectName("recoverOk")
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.submit)
        row.addWidget(cancel)
        row.addWidget(self.ok_button)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(row)
        self.resize(560, 320)

    def submit(self) -> None:
        problem = password_problem(self.password.text(), self.again.text())
        if not self.username.text().strip() or not self.code.text().strip():
            problem = self.tr("Type the username and the recovery code.")
        if problem:
            self.message.setText(problem)
            return
        username, code, password = self.username.text().strip(), self.code.text().strip(), self.password.text()
        if self.unlock_path is not None:
            self._unlock(username, code, password)
            return
        self.ok_button.setEnabled(False)

        def work(db: Database) -> Any:
            from cdfi_desktop.services import accounts

            return accounts.recover(db, username, code, password)

        self.run(work, self._recovered, self._failed)

    def _unlock(self, username: str, code: str, password: str) -> None:
        from cdfi_desktop.db import cipher
        from cdfi_desktop.services import accounts

        assert self.unlock_path is not None
        name = accounts.normalize_username(username)
        try:
            cipher.unlock(
                self.unlock_path,
                code,
                name=_wrapping(self.unlock_path, f"{cipher.RECOVERY_WRAPPING}:{name}", cipher.RECOVERY_WRAPPING),
            )
        except cipher.CipherError as exc:
            self.unlock_failures += 1
            if isinstance(exc, cipher.WrongPassphrase):
                self._failed(accounts.WrongPassword(accounts.wait_after(self.unlock_failures), code="wrong_code"))
            else:
                self._failed(exc)
            return
        self.credentials = StartCredentials(name, password, recovery_code=code)
        self.accept()

    def _recovered(self, result: tuple[Account, str]) -> None:
        self.account, self.new_code = result
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.ok_button.setEnabled(True)
        wait = _wait_of(exc)
        if wait is not None:
            self.message.setText(
                self.tr("The username or the recovery code is wrong.")
                + (" " + self.tr("You can try again in %n seconds.", "", math.ceil(wait)) if wait >= 1 else "")
            )
        else:
            self.message.setText(describe(exc, screen_language()))


def password_problem(password: str, again: str) -> str:
    """Why a new password cannot be taken ("" when it can), in the screen language."""
    from PySide6.QtCore import QCoreApplication

    if len(password) < MIN_PASSWORD:
        return QCoreApplication.translate("Passwords", "The password needs at least %1 characters.").replace(
            "%1", str(MIN_PASSWORD)
        )
    if password != again:
        return QCoreApplication.translate("Passwords", "The two passwords differ.")
    return ""


def unlock_database(path: Path, *, parent: QWidget | None = None) -> StartCredentials | None:
    """Ask for an account's password (or its recovery code) to open the encrypted database at ``path``; None
    when the officer quits. The key is then known to this process (``db.cipher``)."""

    def nothing(
        _work: Callable[[Database], Any], _done: Callable[[Any], None], failed: Callable[[Exception], None]
    ) -> None:
        failed(RuntimeError("the database is not open"))

    dialog = LoginDialog(nothing, unlock=path, parent=parent)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    fit_to_screen(dialog)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.credentials


def sign_in_with(db: Database, credentials: StartCredentials, *, parent: QWidget | None = None) -> Account | None:
    """Sign in with what opened the encrypted file (no second question); a recovery sets the new password and
    shows the new code. None when that does not sign in (a disabled account): the sign-in dialog asks then."""
    from cdfi_desktop.services import accounts

    try:
        if not credentials.recovery_code:
            return accounts.authenticate(db, credentials.username, credentials.password)
        account, code = accounts.recover(db, credentials.username, credentials.recovery_code, credentials.password)
    except accounts.AccountError as exc:
        log.info("signing in with the key's password failed: %s", exc.code)
        return None
    from cdfi_desktop.ui.recovery_code import sheet_for, show_recovery_code

    show_recovery_code(parent, sheet_for(account, code, device_id=db.device_id))
    return account


def sign_in(
    db: Database,
    *,
    parent: QWidget | None = None,
    clock: Callable[[], float] = time.monotonic,
    username: str = "",
) -> Account | None:
    """Ask for an account before the main window (on ``db`` directly); None when the officer quits."""
    from cdfi_desktop.ui.session import direct

    dialog = LoginDialog(direct(db), username=username, clock=clock, device_id=db.device_id, parent=parent)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    fit_to_screen(dialog)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.account


def _wrapping(path: Path, *names: str) -> str | None:
    """The first of ``names`` the encrypted file's key file holds; None (try every wrapping) when it holds none of
    them: a database encrypted by the command line before it had accounts has only its owner's and recovery's."""
    from cdfi_desktop.db import cipher

    try:
        held = set(cipher.wrapping_names(path))
    except cipher.CipherError:  # no readable key file: unlocking says why
        return names[0]
    return next((name for name in names if name in held), None)
