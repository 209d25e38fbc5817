"""The dialogs of the repayments panel: recording a payment (its split penalty → interest → principal shown
before saving) and reversing one with a reason."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cdfi_desktop.domain.errors import DomainError
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.widgets.dialogs import name_standard_buttons
from cdfi_desktop.ui.widgets.fields import DateField, MoneyField, no_default_buttons, problem_label
from cdfi_desktop.ui.widgets.fit import fit_to_screen

if TYPE_CHECKING:
    from cdfi_desktop.domain.schedule import Allocation
    from cdfi_desktop.services.repayments import Account, RepaymentRow


# -- dialogs -----------------------------------------------------------------------------------------------------------
class RecordPaymentDialog(QDialog):
    """Date (B.E.), amount, an optional penalty and a note; the split is previewed before Save is allowed."""

    submitted = Signal()

    def __init__(self, account: Account, *, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.account = account
        self.setWindowTitle(self.tr("Record a payment"))
        self.setModal(True)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        who = QLabel(
            self.tr("Contract %1 · %2").replace("%1", account.contract_no or "–").replace("%2", account.head_name)
        )
        who.setWordWrap(True)
        font = who.font()
        font.setBold(True)
        who.setFont(font)
        layout.addWidget(who)
        form = QFormLayout()
        self.date_field = DateField(required=True)
        self.date_field.set_value(today)
        self.amount_field = MoneyField(required=True)
        due = account.arrears if account.arrears > 0 else (account.next_due.installment if account.next_due else None)
        self.amount_field.set_value(due)
        self.penalty_field = MoneyField()
        self.penalty_field.edit.setPlaceholderText("0.00")
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(200)
        form.addRow(self.tr("Paid on"), self.date_field)
        form.addRow(self.tr("Amount (baht)"), self.amount_field)
        form.addRow(self.tr("Penalty asked (baht)"), self.penalty_field)
        form.addRow(self.tr("Note"), self.note_edit)
        layout.addLayout(form)
        self.preview_label = QLabel()
        self.preview_label.setObjectName("allocationPreview")
        self.preview_label.setWordWrap(True)
        self.preview_label.setTextFormat(Qt.TextFormat.RichText)
        self.preview_label.setMinimumHeight(self.preview_label.fontMetrics().lineSpacing() * 6 + 12)
        layout.addWidget(self.preview_label)
        self.problem = problem_label(state="error")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        name_standard_buttons(self.buttons)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        no_default_buttons(self)
        fit_to_screen(self)
        self.allocation: Allocation | None = None
        self.preview_requested: Callable[[], None] | None = None
        for field in (self.date_field, self.amount_field, self.penalty_field):
            field.changed.connect(self._inputs_changed)

    def values(self) -> tuple[date, Decimal, Decimal | None, str] | None:
        """(paid on, amount, penalty, note) when the fields parse, else None (the problem shown under the field)."""
        try:
            paid_on = self.date_field.value()
            amount = self.amount_field.value()
            penalty = self.penalty_field.value()
        except DomainError:
            return None
        if paid_on is None or amount is None:
            return None
        return paid_on, amount, penalty, self.note_edit.text().strip()

    def _inputs_changed(self) -> None:
        self.allocation = None
        self.save_button.setEnabled(False)
        if self.preview_requested is not None:
            self.preview_requested()

    def show_preview(self, allocation: Allocation) -> None:
        self.allocation = allocation
        self.show_problem("")
        balance = self.account.balance - allocation.principal
        e = html.escape
        rows = [
            (self.tr("Penalty"), allocation.penalty),
            (self.tr("Interest"), allocation.interest),
            (self.tr("Principal"), allocation.principal),
        ]
        cells = "".join(
            f"<tr><td>{e(label)}</td><td align='right'>{e(labels.baht_text(amount))}</td></tr>"
            for label, amount in rows
        )
        after = self.tr("Balance after this payment: %1 baht").replace("%1", labels.baht_text(balance))
        if balance <= 0:
            after += " " + self.tr("(the contract will be closed)")
        self.preview_label.setText(
            f"<b>{e(self.tr('This payment pays'))}</b><table cellpadding='2'>{cells}</table>{e(after)}"
        )
        self.save_button.setEnabled(True)

    def show_preview_pending(self) -> None:
        """The fields do not parse yet: no split to show, nothing to save."""
        self.allocation = None
        self.preview_label.setText(
            html.escape(self.tr("Enter the date and the amount to see how the payment is split."))
        )
        self.save_button.setEnabled(False)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        if text:
            self.preview_label.setText("")
            self.save_button.setEnabled(False)

    def _save(self) -> None:
        if self.allocation is not None and self.values() is not None:
            self.save_button.setEnabled(False)
            self.submitted.emit()


class ReverseDialog(QDialog):
    """Reverse a ledger entry: it shows the entry, and Save waits for a reason."""

    def __init__(self, row: RepaymentRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reverse a payment"))
        self.setModal(True)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        what = QLabel(
            self.tr(
                "Receipt %1 of %2, %3 baht, will be cancelled by a reversing entry. "
                "The entry itself stays in the ledger."
            )
            .replace("%1", row.receipt_no)
            .replace("%2", labels.date_text(row.paid_on))
            .replace("%3", labels.baht_text(row.amount))
        )
        what.setWordWrap(True)
        layout.addWidget(what)
        layout.addWidget(QLabel(self.tr("Reason (printed on the cancellation note):")))
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(80)
        layout.addWidget(self.reason_edit)
        self.problem = problem_label(state="error")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        name_standard_buttons(self.buttons)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason_edit.textChanged.connect(lambda: self.save_button.setEnabled(bool(self.reason())))
        self.reason_edit.setFocus()
        fit_to_screen(self)

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()
