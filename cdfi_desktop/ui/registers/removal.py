"""Removing a household entered by mistake from the registers, and bringing removed households back.

The reason is asked first (it is kept in the audit trail); a household with a 1HH1C contract is refused with
the contract's number. The registers screen offers an Undo right after a removal, and the list of removed
households restores any of them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cdfi_desktop.failures import describe
from cdfi_desktop.messages import message
from cdfi_desktop.services import household_removal as removal
from cdfi_desktop.services.errors import ValidationFailed
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.ops import Ops, in_unit_of_work
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets import dialogs
from cdfi_desktop.ui.widgets.empty import EmptyOr
from cdfi_desktop.ui.widgets.fields import problem_label, screen_language
from cdfi_desktop.ui.widgets.screen import Retranslates
from cdfi_desktop.ui.widgets.table import Column, Kind, RegisterTable

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database

CONTEXT = "HouseholdRemoval"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ReasonDialog(Retranslates, QDialog):
    """Asks why a household is removed; OK stays off until a reason is typed."""

    def __init__(self, household: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("removalReason")
        self.household = household
        layout = QVBoxLayout(self)
        self.question = QLabel()
        self.question.setWordWrap(True)
        layout.addWidget(self.question)
        self.reason = QPlainTextEdit()
        self.reason.setMaximumHeight(90)
        layout.addWidget(self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._update)
        self.resize(520, 240)
        self.retranslate()
        self._update()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.text()))

    def text(self) -> str:
        return self.reason.toPlainText().strip()

    def retranslate(self) -> None:
        self.setWindowTitle(_t("Remove a household"))
        self.question.setText(
            _t(
                "Remove household %1 from the registers, with its members and debts? It was entered by mistake: "
                "say why (kept in the change history). It can be brought back from the removed households."
            ).replace("%1", self.household)
        )
        self.reason.setPlaceholderText(_t("Reason for the removal, e.g. entered twice"))
        dialogs.name_standard_buttons(self.buttons)


def ask_reason(parent: QWidget, household: str) -> str | None:
    """The reason typed for removing ``household`` (its register no. and house no.), or None when cancelled."""
    dialog = ReasonDialog(household, parent)
    return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None


def refusal_text(exc: Exception) -> str:
    """Why a removal or a restore was refused, in the screen language."""
    if isinstance(exc, removal.HouseholdHasContract):
        numbers = ", ".join(no for no in exc.contract_nos if no) or _t("a draft")
        return _t(
            "This household has a 1HH1C contract (%1) and cannot be removed: the contract, its schedule and its "
            "repayments are the fund's books. Cancel or correct the contract on the Contracts step first."
        ).replace("%1", numbers)
    if isinstance(exc, removal.HouseholdInProgram):
        return _t(
            "This household is already in the program (on the target list, in the training or with a life plan) "
            "and cannot be removed: the program's figures count it. Take it off the target list first."
        )
    if isinstance(exc, ValidationFailed):
        language = screen_language()
        found = "; ".join(message(i.code, language, **i.params) for i in exc.issues)
        return _t("The household cannot be brought back: %1 Correct that household first.").replace("%1", found)
    return describe(exc, screen_language())


def remove(
    ops: Ops, household_id: str, reason: str, *, done: Callable[[], None], refused: Callable[[str], None]
) -> None:
    ops.change(
        in_unit_of_work(lambda uow: removal.remove_household(uow, household_id, reason=reason)),
        success=lambda _r: done(),
        failure=lambda exc: refused(refusal_text(exc)),
    )


def restore(ops: Ops, household_id: str, *, done: Callable[[], None], refused: Callable[[str], None]) -> None:
    ops.change(
        in_unit_of_work(lambda uow: removal.restore_household(uow, household_id)),
        success=lambda _r: done(),
        failure=lambda exc: refused(refusal_text(exc)),
    )


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("HouseholdRemoval", "Register no."), Kind.NUMBER),
    Column(QT_TRANSLATE_NOOP("HouseholdRemoval", "House no."), Kind.TEXT),
    Column(QT_TRANSLATE_NOOP("HouseholdRemoval", "Head of household"), Kind.TEXT),
    Column(QT_TRANSLATE_NOOP("HouseholdRemoval", "Removed on"), Kind.DATE, priority=1),
    Column(QT_TRANSLATE_NOOP("HouseholdRemoval", "By"), Kind.TEXT, priority=2),
    Column(QT_TRANSLATE_NOOP("HouseholdRemoval", "Reason"), Kind.TEXT, stretch=True),
)


def _load(db: Database, institute_id: str) -> list[removal.RemovedHousehold]:
    with db.session() as session:
        return removal.removed_households(session, institute_id=institute_id)


class RemovedHouseholdsDialog(Retranslates, QDialog):
    """The institute's removed households, the latest first; Restore brings the chosen one back."""

    def __init__(self, ops: Ops, *, institute_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.institute_id = ops, institute_id
        self.setObjectName("removedHouseholds")
        self.rows: list[removal.RemovedHousehold] = []
        self.loaded = False
        layout = QVBoxLayout(self)
        self.table = RegisterTable(COLUMNS, context=CONTEXT, key="removed_households")
        self.model = self.table.standard_model()
        self.stack = EmptyOr(self.table)
        layout.addWidget(self.stack, 1)
        self.problem = problem_label(state="error")
        layout.addWidget(self.problem)
        row = QHBoxLayout()
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self.restore_selected)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        row.addWidget(self.buttons)
        layout.addLayout(row)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        self.resize(900, 420)
        self.retranslate()
        self.reload()

    def reload(self) -> None:
        self.ops.query(lambda db: _load(db, self.institute_id), success=self._show)

    def _show(self, rows: list[removal.RemovedHousehold]) -> None:
        self.rows = rows
        self.model.setRowCount(0)
        for r in rows:
            cells = [
                r.code,
                r.house_no,
                r.head_name,
                labels.date_text(r.removed_at.date() if r.removed_at else None),
                r.officer,
                r.reason,
            ]
            items = [QStandardItem(text) for text in cells]
            for item in items:
                item.setToolTip(item.text())
            self.model.appendRow(items)
        self.loaded = True
        self.retranslate()

    def _selected(self) -> removal.RemovedHousehold | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def _update(self) -> None:
        self.restore_button.setEnabled(self._selected() is not None)

    def select(self, household_id: str) -> None:
        for index, r in enumerate(self.rows):
            if r.id == household_id:
                self.table.selectRow(index)

    def restore_selected(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        self.problem.hide()
        restore(self.ops, chosen.id, done=self.reload, refused=self._refused)

    def _refused(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def retranslate(self) -> None:
        self.setWindowTitle(_t("Removed households"))
        self.restore_button.setText(_t("Bring back"))
        self.restore_button.setToolTip(
            _t("Bring the chosen household back into the registers, with its members and debts")
        )
        dialogs.name_standard_buttons(self.buttons)
        self.table.retranslate()
        if self.loaded and not self.rows:
            self.stack.show_empty(_t("No household has been removed."))
        else:
            self.stack.show_content()
        self._update()


def household_label(code: str, house_no: str) -> str:
    """How a household is named in the messages: its register no. and house no."""
    if code and house_no:
        return _t("no. %1 (house %2)").replace("%1", code).replace("%2", house_no)
    return code or house_no
