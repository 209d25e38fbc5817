"""The household editor's monthly income and essential expenses: one line each, with its category and amount,
and what is left each month."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
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

from cdfi_desktop.domain.enums import FinanceCategory, FinanceKind
from cdfi_desktop.domain.errors import DomainError
from cdfi_desktop.domain.money import format_baht
from cdfi_desktop.services import registers as reg
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.widgets.fields import MoneyField

INCOME_CATEGORIES = (
    FinanceCategory.AGRICULTURE,
    FinanceCategory.WAGES,
    FinanceCategory.SALARY,
    FinanceCategory.TRADE,
    FinanceCategory.WELFARE,
    FinanceCategory.REMITTANCE,
    FinanceCategory.OTHER,
)
EXPENSE_CATEGORIES = (
    FinanceCategory.FOOD,
    FinanceCategory.UTILITIES,
    FinanceCategory.EDUCATION,
    FinanceCategory.HEALTH,
    FinanceCategory.TRANSPORT,
    FinanceCategory.FARM_INPUTS,
    FinanceCategory.OTHER,
)


def _tr(text: str) -> str:
    """The editor's texts are translated as the dialog's (context HouseholdDialog)."""
    return QCoreApplication.translate("HouseholdDialog", text)


class FinancesPart:
    """The income-and-expenses tab of the household editor (mixed into ``HouseholdDialog``)."""

    if TYPE_CHECKING:  # given by the dialog and its other parts

        def _update_save_enabled(self) -> None: ...

    def _build_finances_tab(self) -> QWidget:
        page = QWidget()
        col = QVBoxLayout(page)
        self.finance_table = QTableWidget(0, 4)
        self.finance_table.verticalHeader().setVisible(False)
        self.finance_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.finance_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.finance_table.verticalHeader().setDefaultSectionSize(40)
        col.addWidget(self.finance_table, 1)
        buttons = QHBoxLayout()
        self.add_income = QPushButton()
        self.add_income.clicked.connect(lambda: self.add_finance(FinanceKind.INCOME))
        self.add_expense = QPushButton()
        self.add_expense.clicked.connect(lambda: self.add_finance(FinanceKind.EXPENSE))
        self.remove_finance = QPushButton()
        self.remove_finance.clicked.connect(self._remove_finance)
        for b in (self.add_income, self.add_expense, self.remove_finance):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.finance_summary = QLabel()
        buttons.addWidget(self.finance_summary)
        col.addLayout(buttons)
        return page

    def add_finance(self, kind: FinanceKind, line: reg.FinanceForm | None = None) -> MoneyField:
        """Add an income or expense line; returns its amount field."""
        row = self.finance_table.rowCount()
        self.finance_table.insertRow(row)
        kind_item = QTableWidgetItem(labels.label(kind))
        kind_item.setData(Qt.ItemDataRole.UserRole, (kind, line.id if line else None))
        kind_item.setFlags(kind_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.finance_table.setItem(row, 0, kind_item)
        category = QComboBox()
        for value in INCOME_CATEGORIES if kind is FinanceKind.INCOME else EXPENSE_CATEGORIES:
            category.addItem(labels.label(value), value)
        amount = MoneyField(required=True)
        note = QLineEdit()
        if line is not None:
            category.setCurrentIndex(max(0, category.findData(line.category)))
            amount.set_value(line.amount_monthly)
            note.setText(line.note)
        amount.changed.connect(self._update_finance_summary)
        amount.changed.connect(self._update_save_enabled)
        amount.judged.connect(self._update_save_enabled)
        self.finance_table.setCellWidget(row, 1, category)
        self.finance_table.setCellWidget(row, 2, amount)
        self.finance_table.setCellWidget(row, 3, note)
        self._update_finance_summary()
        return amount

    def _finance_key(self, row: int) -> tuple[FinanceKind, str | None]:
        item = self.finance_table.item(row, 0)
        assert item is not None
        key: tuple[FinanceKind, str | None] = item.data(Qt.ItemDataRole.UserRole)
        return key

    def _set_finance_key(self, row: int, key: tuple[FinanceKind, str | None]) -> None:
        item = self.finance_table.item(row, 0)
        assert item is not None
        item.setData(Qt.ItemDataRole.UserRole, key)

    def _remove_finance(self) -> None:
        row = self.finance_table.currentRow()
        if row >= 0:
            self.finance_table.removeRow(row)
            self._update_finance_summary()
            self._update_save_enabled()

    def _finance_amounts(self) -> list[MoneyField]:
        fields = [self.finance_table.cellWidget(r, 2) for r in range(self.finance_table.rowCount())]
        return [f for f in fields if isinstance(f, MoneyField)]

    def _update_finance_summary(self) -> None:
        income = expense = Decimal(0)
        for r in range(self.finance_table.rowCount()):
            kind, _id = self._finance_key(r)
            amount_field = self.finance_table.cellWidget(r, 2)
            try:
                amount = amount_field.value() if isinstance(amount_field, MoneyField) else None
            except DomainError:
                amount = None
            if amount is not None:
                if kind is FinanceKind.INCOME:
                    income += amount
                else:
                    expense += amount
        self.finance_summary.setText(
            QCoreApplication.translate("HouseholdDialog", "Income %1 · expenses %2 · left %3 baht a month")
            .replace("%1", format_baht(income))
            .replace("%2", format_baht(expense))
            .replace("%3", format_baht(income - expense))
        )

    def _collect_finances(self) -> tuple[list[reg.FinanceForm], bool]:
        """The lines as the service takes them, and whether every amount could be read."""
        finances: list[reg.FinanceForm] = []
        ok = True
        for r in range(self.finance_table.rowCount()):
            kind, line_id = self._finance_key(r)
            category = self.finance_table.cellWidget(r, 1)
            amount = self.finance_table.cellWidget(r, 2)
            note = self.finance_table.cellWidget(r, 3)
            assert isinstance(category, QComboBox) and isinstance(amount, MoneyField) and isinstance(note, QLineEdit)
            if not amount.check():
                ok = False
                continue
            value = amount.value()
            assert value is not None
            finances.append(
                reg.FinanceForm(
                    id=line_id,
                    kind=kind,
                    category=labels.enum_data(category.currentData(), FinanceCategory) or FinanceCategory.OTHER,
                    amount_monthly=value,
                    note=note.text(),
                )
            )
        return finances, ok

    def _retranslate_finances(self) -> None:
        self.finance_table.setHorizontalHeaderLabels([_tr("Kind"), _tr("Category"), _tr("Baht a month"), _tr("Note")])
        self.add_income.setText(_tr("Add income"))
        self.add_expense.setText(_tr("Add expense"))
        self.remove_finance.setText(_tr("Remove line"))
        self._update_finance_summary()
