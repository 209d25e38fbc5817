"""Settings → Accounts… (an officer's or the province's): the accounts of this database, a new committee or
officer account (its recovery code shown once), a password reset, an account disabled or allowed again."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cdfi_desktop.domain.roles import Role
from cdfi_desktop.failures import describe
from cdfi_desktop.ui.login import password_problem
from cdfi_desktop.ui.ops import Ops
from cdfi_desktop.ui.recovery_code import sheet_for, show_recovery_code
from cdfi_desktop.ui.session import role_name, through
from cdfi_desktop.ui.widgets.fields import screen_language
from cdfi_desktop.ui.widgets.fit import fit_to_screen

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.services.accounts import Account

log = logging.getLogger(__name__)
COLUMNS = 5


def _failure(exc: Exception) -> str:
    text = getattr(exc, "text", None)
    if callable(text):
        try:
            return str(text(screen_language()))
        except TypeError:
            pass
    return describe(exc, screen_language())


class NewAccountDialog(QDialog):
    """A committee or officer account: name, position, username, password twice, role."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newAccountDialog")
        self.ops = ops
        self.made: tuple[Account, str] | None = None
        self.setWindowTitle(self.tr("New account"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("newName")
        self.position = QLineEdit()
        self.position.setObjectName("newPosition")
        self.username = QLineEdit()
        self.username.setObjectName("newUsername")
        self.password = QLineEdit()
        self.password.setObjectName("newPassword")
        self.again = QLineEdit()
        self.again.setObjectName("newAgain")
        for edit in (self.password, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.role = QComboBox()
        self.role.setObjectName("newRole")
        self.role.addItem(self.tr("Committee (views and prints)"), Role.COMMITTEE.value)
        self.role.addItem(self.tr("Officer (edits the registers)"), Role.OFFICER.value)
        form.addRow(self.tr("Name and surname"), self.name)
        form.addRow(self.tr("Position"), self.position)
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Password (8 characters or more)"), self.password)
        form.addRow(self.tr("Password again"), self.again)
        form.addRow(self.tr("Role"), self.role)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("newAccountMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel#newAccountMessage { color: #9c1c1c; }")
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.ok_button = QPushButton(self.tr("Make the account"))
        self.ok_button.setObjectName("newAccountOk")
        self.ok_button.clicked.connect(self.submit)
        row.addWidget(cancel)
        row.addWidget(self.ok_button)
        layout.addLayout(row)
        self.resize(520, 320)

    def submit(self) -> None:
        problem = password_problem(self.password.text(), self.again.text())
        if not self.name.text().strip() or not self.username.text().strip():
            problem = self.tr("Type the name and the username.")
        if problem:
            self.message.setText(problem)
            return
        values: dict[str, Any] = {
            "username": self.username.text().strip(),
            "display_name": self.name.text().strip(),
            "password": self.password.text(),
            "role": Role(self.role.currentData()),
            "position": self.position.text().strip(),
        }
        self.ok_button.setEnabled(False)

        def work(db: Database) -> tuple[Account, str]:
            from cdfi_desktop.services import accounts

            return accounts.create(db, **values, by=db.actor)

        through(self.ops)(work, self._made, self._failed)

    def _made(self, made: tuple[Account, str]) -> None:
        self.made = made
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.ok_button.setEnabled(True)
        self.message.setText(_failure(exc))


class ResetPasswordDialog(QDialog):
    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resetPasswordDialog")
        self.setWindowTitle(self.tr("New password for %1").replace("%1", username))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.password = QLineEdit()
        self.password.setObjectName("resetPassword")
        self.again = QLineEdit()
        self.again.setObjectName("resetAgain")
        for edit in (self.password, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("New password"), self.password)
        form.addRow(self.tr("New password again"), self.again)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        ok = QPushButton(self.tr("Set the password"))
        ok.setObjectName("resetOk")
        ok.clicked.connect(self._check)
        row.addWidget(cancel)
        row.addWidget(ok)
        layout.addLayout(row)

    def _check(self) -> None:
        problem = password_problem(self.password.text(), self.again.text())
        self.message.setText(problem)
        if not problem:
            self.accept()


class AccountsDialog(QDialog):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsDialog")
        self.ops = ops
        self.accounts: list[Account] = []
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("accountsTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update)
        layout.addWidget(self.table, 1)
        self.message = QLabel()
        self.message.setObjectName("accountsMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.add_button = QPushButton()
        self.add_button.setObjectName("addAccount")
        self.add_button.clicked.connect(self.add_account)
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("resetAccountPassword")
        self.reset_button.clicked.connect(self.reset_password)
        self.disable_button = QPushButton()
        self.disable_button.setObjectName("disableAccount")
        self.disable_button.clicked.connect(self.toggle_disabled)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        for button in (self.add_button, self.reset_button, self.disable_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.resize(820, 460)
        self.retranslate()
        self.reload()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Accounts"))
        self.intro.setText(
            self.tr(
                "Who may use the program on this computer. A committee account views and prints only; an officer "
                "account edits the registers."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Username"), self.tr("Name"), self.tr("Role"), self.tr("Position"), self.tr("State")]
        )
        self.add_button.setText(self.tr("Add an account…"))
        self.reset_button.setText(self.tr("Reset the password…"))
        self.close_button.setText(self.tr("Close"))
        self._fill()

    def reload(self) -> None:
        def work(db: Database) -> list[Account]:
            from cdfi_desktop.services import accounts

            return accounts.list_accounts(db)

        through(self.ops)(work, self._loaded, self._failed)

    def _loaded(self, found: list[Account]) -> None:
        self.accounts = found
        self._fill()

    def _failed(self, exc: Exception) -> None:
        self.message.setText(_failure(exc))

    def _fill(self) -> None:
        chosen = self.chosen()
        self.table.setRowCount(len(self.accounts))
        for row, account in enumerate(self.accounts):
            state = self.tr("Disabled") if account.disabled else self.tr("In use")
            values = (account.username, account.display_name, role_name(account.role), account.position, state)
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
            if chosen is not None and account.username == chosen.username:
                self.table.selectRow(row)
        self._update()

    def chosen(self) -> Account | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.accounts):
            return None
        return self.accounts[rows[0].row()]

    def _update(self) -> None:
        account = self.chosen()
        self.disable_button.setEnabled(account is not None)
        self.reset_button.setEnabled(account is not None)
        self.disable_button.setText(
            self.tr("Allow again") if account is not None and account.disabled else self.tr("Disable")
        )

    def add_account(self) -> None:
        dialog = NewAccountDialog(self.ops, self)
        fit_to_screen(dialog)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.made is None:
            return
        account, code = dialog.made
        show_recovery_code(self, sheet_for(account, code, device_id=self._device_id()))
        self.message.setText(self.tr("Account made: %1").replace("%1", account.username))
        self.reload()

    def _device_id(self) -> str:
        return self.ops.db.device_id if self.ops.is_open else ""

    def reset_password(self) -> None:
        account = self.chosen()
        if account is None:
            return
        dialog = ResetPasswordDialog(account.username, self)
        fit_to_screen(dialog)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        username, password = account.username, dialog.password.text()

        def work(db: Database) -> tuple[Account, str]:
            from cdfi_desktop.services import accounts

            return accounts.reset_password(db, username, password, by=db.actor)

        def done(result: tuple[Account, str]) -> None:
            show_recovery_code(self, sheet_for(result[0], result[1], device_id=self._device_id()))
            self.message.setText(self.tr("New password set: %1").replace("%1", username))
            self.reload()

        through(self.ops)(work, done, self._failed)

    def toggle_disabled(self) -> None:
        account = self.chosen()
        if account is None:
            return
        username, disabled = account.username, not account.disabled

        def work(db: Database) -> Account:
            from cdfi_desktop.services import accounts

            return accounts.disable(db, username, disabled, by=db.actor)

        def done(changed: Account) -> None:
            text = self.tr("Disabled: %1") if changed.disabled else self.tr("Allowed again: %1")
            self.message.setText(text.replace("%1", changed.username))
            self.reload()

        through(self.ops)(work, done, self._failed)
