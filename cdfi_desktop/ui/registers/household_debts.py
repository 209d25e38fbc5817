"""The household editor's debts: the register's debts of the household and its signed 1HH1C contract, with
the debt editor, closing or reopening a debt, and removing one entered by mistake."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cdfi_desktop.domain.enums import DebtStatus
from cdfi_desktop.domain.money import format_baht
from cdfi_desktop.domain.register_rules import FundRules
from cdfi_desktop.services import registers as reg
from cdfi_desktop.services.uow import UnitOfWork
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.ops import Ops
from cdfi_desktop.ui.registers.household_members import MemberDraft
from cdfi_desktop.ui.widgets import dialogs

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database

DEBTS_TAB = 3


def _tr(text: str) -> str:
    """The editor's texts are translated as the dialog's (context HouseholdDialog)."""
    return QCoreApplication.translate("HouseholdDialog", text)


class DebtsPart:
    """The debts tab of the household editor (mixed into ``HouseholdDialog``)."""

    ops: Ops
    household_id: str | None
    today: date
    tabs: QTabWidget
    members: list[MemberDraft]
    funds: list[tuple[reg.Choice, FundRules]]
    debts: tuple[reg.DebtForm, ...]
    debt_statuses: dict[str, DebtStatus]
    loaded: bool
    _pending_debt: str | None

    if TYPE_CHECKING:  # given by the dialog and its other parts

        def windowTitle(self) -> str:  # noqa: N802 - Qt naming
            ...

        def _store_member_form(self) -> None: ...

    def _build_debts_tab(self) -> QWidget:
        page = QWidget()
        col = QVBoxLayout(page)
        self.debt_table = QTableWidget(0, 6)
        self.debt_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.debt_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.debt_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.debt_table.verticalHeader().setVisible(False)
        self.debt_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 6):  # numbers, dates, amounts and statuses whole; the creditor takes the rest
            self.debt_table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.debt_table.doubleClicked.connect(lambda _i: self._edit_debt())
        col.addWidget(self.debt_table, 1)
        self.debts_hint = QLabel()
        self.debts_hint.setWordWrap(True)
        col.addWidget(self.debts_hint)
        buttons = QHBoxLayout()
        self.add_debt = QPushButton()
        self.add_debt.clicked.connect(lambda: self.open_debt(None))
        self.edit_debt = QPushButton()
        self.edit_debt.clicked.connect(self._edit_debt)
        self.status_button = QPushButton()
        self.status_button.clicked.connect(self._change_status)
        self.remove_debt = QPushButton()
        self.remove_debt.clicked.connect(self._remove_debt)
        for b in (self.add_debt, self.edit_debt, self.status_button, self.remove_debt):
            buttons.addWidget(b)
        buttons.addStretch(1)
        col.addLayout(buttons)
        return page

    def _show_debts(self, detail: reg.HouseholdDetail) -> None:
        self.debts = detail.debts
        self.debt_statuses = detail.statuses
        funds = {c.id: c.name for c, _r in self.funds}
        self.debt_table.setRowCount(len(detail.debts) + len(detail.contracts))
        for r, debt in enumerate(detail.debts):
            creditor = funds.get(debt.member_fund_id or "", debt.creditor_name)
            status = detail.statuses.get(debt.id or "", DebtStatus.OPEN)
            cells = [
                f"{labels.label(debt.creditor_kind)}: {creditor}",
                debt.contract_no,
                labels.date_text(debt.contract_date),
                format_baht(debt.principal),
                format_baht(debt.outstanding),
                labels.label(status),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (3, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(text)
                self.debt_table.setItem(r, c, item)
        # the signed 1HH1C contract is the household's debt now (its source debts were transferred into it):
        # listed after the register's debts, read only (it is kept on the contracts screen)
        tip = _tr("The household's signed 1HH1C contract: its balance is a debt of the household.")
        for r, contract in enumerate(detail.contracts, start=len(detail.debts)):
            cells = [
                f"{_tr('1HH1C contract')}: {contract.lender}",
                contract.contract_no,
                labels.date_text(contract.signing_date),
                format_baht(contract.principal),
                format_baht(contract.balance),
                _tr("1HH1C contract"),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (3, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(tip)
                self.debt_table.setItem(r, c, item)

    def _selected_debt(self) -> reg.DebtForm | None:
        rows = self.debt_table.selectionModel().selectedRows()
        return self.debts[rows[0].row()] if rows and rows[0].row() < len(self.debts) else None

    def show_debt(self, debt_id: str) -> None:
        """Show the debts tab with ``debt_id`` selected (from the debt register)."""
        if not self.loaded:
            self._pending_debt = debt_id
            return
        self._pending_debt = None
        self.tabs.setCurrentIndex(3)
        for r, debt in enumerate(self.debts):
            if debt.id == debt_id:
                self.debt_table.selectRow(r)

    def open_debt(self, debt: reg.DebtForm | None) -> None:
        if self.household_id is None:
            return
        from cdfi_desktop.ui.registers.debt_dialog import DebtDialog

        self._store_member_form()
        members = [(d.id, d.display_name) for d in self.members if d.id]
        head = next((d.id for d in self.members if d.id and d.is_head), None)
        dialog = DebtDialog(
            self.ops,
            household_id=self.household_id,
            debt=debt,
            members=members,
            funds=self.funds,
            today=self.today,
            head_id=head,
            parent=cast(QWidget, self),
        )
        dialog.saved.connect(self._reload_debts)
        dialog.open()
        self.debt_dialog = dialog

    def _edit_debt(self) -> None:
        debt = self._selected_debt()
        if debt is not None:
            self.open_debt(debt)

    def _change_status(self) -> None:
        debt = self._selected_debt()
        if debt is None or debt.id is None:
            return
        from cdfi_desktop.ui.registers.debt_dialog import ask_status_change

        status = self.debt_statuses.get(debt.id, DebtStatus.OPEN)
        change = ask_status_change(cast(QWidget, self), current=status, today=self.today)
        if change is None:
            return
        to_status, on, reason = change
        debt_id = debt.id

        def run(db: Database, _progress: object) -> None:
            with UnitOfWork(db) as uow:
                reg.change_debt_status(uow, debt_id, to_status=to_status, on=on, reason=reason)

        self.ops.change(run, success=lambda _r: self._reload_debts())

    def _remove_debt(self) -> None:
        debt = self._selected_debt()
        if debt is None or debt.id is None:
            return
        if not dialogs.ask(cast(QWidget, self), self.windowTitle(), _tr("Remove this debt from the register?")):
            return
        debt_id = debt.id

        def run(db: Database, _progress: object) -> None:
            with UnitOfWork(db) as uow:
                reg.remove_debt(uow, debt_id)

        self.ops.change(run, success=lambda _r: self._reload_debts())

    def _reload_debts(self) -> None:
        household_id = self.household_id
        if household_id is None:
            return

        def load(db: Database) -> reg.HouseholdDetail:
            with db.session() as session:
                return reg.household_detail(session, household_id)

        self.ops.query(load, success=self._show_debts)

    def _update_debt_buttons(self) -> None:
        saved = self.household_id is not None
        for b in (self.add_debt, self.edit_debt, self.status_button, self.remove_debt):
            b.setEnabled(saved)
        self.debts_hint.setVisible(not saved)

    def _retranslate_debts(self) -> None:
        self.debt_table.setHorizontalHeaderLabels(
            [
                _tr("Creditor"),
                _tr("Contract no."),
                _tr("Contract date"),
                _tr("Principal"),
                _tr("Outstanding"),
                _tr("Status"),
            ]
        )
        self.add_debt.setText(_tr("Add debt…"))
        self.edit_debt.setText(_tr("Edit debt…"))
        self.status_button.setText(_tr("Close or reopen…"))
        self.remove_debt.setText(_tr("Remove debt"))
        self.debts_hint.setText(_tr("Save the household first, then add its debts."))
