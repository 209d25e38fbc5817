"""Dialogs of the life-plans screen: a household's plan (goals, items, savings target, status, notes) and a
follow-up visit. Each keeps itself open until the screen reports that saving worked, and shows the refusal
otherwise."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cdfi_desktop.domain.enums import LifePlanItemKind, PlanStatus
from cdfi_desktop.domain.errors import DomainError
from cdfi_desktop.domain.money import format_baht, parse_money
from cdfi_desktop.messages import message
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets.dialogs import name_standard_buttons
from cdfi_desktop.ui.widgets.fields import DateField, MoneyField, no_default_buttons, screen_language
from cdfi_desktop.ui.widgets.thai_text import WrappingLabel

if TYPE_CHECKING:
    from cdfi_desktop.services.life_plans import LifePlanForm, LifePlanView, TargetPlanRow

CONTEXT = "LifePlansScreen"
ITEM_KINDS = {
    LifePlanItemKind.GOAL: QT_TRANSLATE_NOOP("LifePlansScreen", "Goal"),
    LifePlanItemKind.INCOME: QT_TRANSLATE_NOOP("LifePlansScreen", "More income"),
    LifePlanItemKind.EXPENSE: QT_TRANSLATE_NOOP("LifePlansScreen", "Lower expense"),
    LifePlanItemKind.SAVINGS: QT_TRANSLATE_NOOP("LifePlansScreen", "Savings"),
    LifePlanItemKind.ACTIVITY: QT_TRANSLATE_NOOP("LifePlansScreen", "Activity"),
}
PLAN_STATUSES = {
    PlanStatus.DRAFT: QT_TRANSLATE_NOOP("LifePlansScreen", "Draft"),
    PlanStatus.APPROVED: QT_TRANSLATE_NOOP("LifePlansScreen", "Approved"),
    PlanStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("LifePlansScreen", "In progress"),
    PlanStatus.DONE: QT_TRANSLATE_NOOP("LifePlansScreen", "Done"),
}
KIND_COLUMN, DESCRIPTION_COLUMN, AMOUNT_COLUMN, DATE_COLUMN = range(4)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def kind_text(kind: LifePlanItemKind) -> str:
    return _t(ITEM_KINDS[kind])


def status_text(status: PlanStatus) -> str:
    return _t(PLAN_STATUSES[status])


def _problem_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldProblem")
    label.setProperty("state", "error")
    label.setWordWrap(True)
    label.hide()
    return label


class LifePlanDialog(QDialog):
    """Edit a household's plan; ``submitted`` asks the screen to save :meth:`form`."""

    submitted = Signal()

    def __init__(
        self,
        row: TargetPlanRow,
        plan: LifePlanView | None,
        *,
        fiscal_year: int,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.row = row
        self.fiscal_year = fiscal_year
        self.setWindowTitle(self.tr("Life-development plan"))
        self.setModal(True)
        self.resize(940, 640)
        layout = QVBoxLayout(self)
        who = QLabel(
            self.tr("%1 · register no. %2 · %3")
            .replace("%1", row.head_name)
            .replace("%2", row.code)
            .replace("%3", row.village)
        )
        font = who.font()
        font.setBold(True)
        who.setFont(font)
        layout.addWidget(who)
        form = QFormLayout()
        top = QHBoxLayout()
        self.made_on = DateField()
        self.made_on.set_value(plan.made_on if plan else today)
        self.status = QComboBox()
        for status, _text in PLAN_STATUSES.items():
            self.status.addItem(status_text(status), status.value)
        self.status.setCurrentIndex(self.status.findData((plan.status if plan else PlanStatus.DRAFT).value))
        self.savings = MoneyField()
        self.savings.set_value(plan.savings_target_monthly if plan else Decimal(0))
        top.addWidget(QLabel(self.tr("Made on")))
        top.addWidget(self.made_on, 2)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Savings target a month (baht)")))
        top.addWidget(self.savings, 2)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Status")))
        top.addWidget(self.status, 2)
        layout.addLayout(top)
        self.goals = QPlainTextEdit(plan.goals if plan else "")
        self.goals.setTabChangesFocus(True)
        self.goals.setFixedHeight(64)
        self.goals.setPlaceholderText(self.tr("What the household wants to reach, in its own words"))
        form.addRow(self.tr("Goals"), self.goals)
        layout.addLayout(form)

        items_bar = QHBoxLayout()
        items_bar.addWidget(QLabel(self.tr("Goals, planned income and expense changes, savings and activities")))
        items_bar.addStretch(1)
        self.add_button = QPushButton(self.tr("Add item"))
        self.add_button.clicked.connect(lambda: self.add_item(LifePlanItemKind.INCOME))
        self.remove_button = QPushButton(self.tr("Remove item"))
        self.remove_button.clicked.connect(self.remove_item)
        items_bar.addWidget(self.add_button)
        items_bar.addWidget(self.remove_button)
        layout.addLayout(items_bar)
        self.items = QTableWidget(0, 4)
        self.items.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Description"), self.tr("Baht a month"), self.tr("By (dd/mm/yyyy)")]
        )
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.verticalHeader().setVisible(False)
        header = self.items.horizontalHeader()
        header.setSectionResizeMode(DESCRIPTION_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.items.setColumnWidth(KIND_COLUMN, 150)
        self.items.setColumnWidth(AMOUNT_COLUMN, 120)
        date_header = self.items.horizontalHeader().fontMetrics().horizontalAdvance(self.tr("By (dd/mm/yyyy)"))
        self.items.setColumnWidth(DATE_COLUMN, max(150, date_header + 28))  # the header whole in either language
        layout.addWidget(self.items, 1)
        for item in plan.items if plan else ():
            self.add_item(item.kind, item.description, item.amount_monthly, item.target_date)
        self.notes = QPlainTextEdit(plan.notes if plan else "")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(52)
        notes_form = QFormLayout()
        notes_form.addRow(self.tr("Notes"), self.notes)
        layout.addLayout(notes_form)
        hint = WrappingLabel(
            self.tr(
                "More income: what it adds a month; lower expense: what it saves a month. Dates as dd/mm/yyyy, e.g. %1."
            ).replace("%1", labels.date_numeric(date(today.year, 3, 31)))
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555555")
        layout.addWidget(hint)
        self.problem = _problem_label()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        name_standard_buttons(self.buttons)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        no_default_buttons(self)

    def add_item(
        self,
        kind: LifePlanItemKind,
        description: str = "",
        amount: Decimal | None = None,
        target: date | None = None,
    ) -> int:
        row = self.items.rowCount()
        self.items.insertRow(row)
        combo = QComboBox()
        for value in LifePlanItemKind:
            combo.addItem(kind_text(value), value.value)
        combo.setCurrentIndex(combo.findData(kind.value))
        self.items.setCellWidget(row, KIND_COLUMN, combo)
        self.items.setItem(row, DESCRIPTION_COLUMN, QTableWidgetItem(description))
        amount_item = QTableWidgetItem("" if amount is None else format_baht(amount))
        amount_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.items.setItem(row, AMOUNT_COLUMN, amount_item)
        self.items.setItem(row, DATE_COLUMN, QTableWidgetItem(labels.date_numeric(target)))
        self.items.setCurrentCell(row, DESCRIPTION_COLUMN)
        return row

    def remove_item(self) -> None:
        row = self.items.currentRow()
        if row >= 0:
            self.items.removeRow(row)

    def _text(self, row: int, column: int) -> str:
        item = self.items.item(row, column)
        return item.text().strip() if item is not None else ""

    def form(self) -> LifePlanForm:
        """The plan as typed; raises DomainError (with the item's number in ``field``) when a cell does not parse."""
        from cdfi_desktop.services.life_plans import LifePlanForm, LifePlanItemForm

        items = []
        for row in range(self.items.rowCount()):
            combo = self.items.cellWidget(row, KIND_COLUMN)
            assert isinstance(combo, QComboBox)
            amount_text, date_text = self._text(row, AMOUNT_COLUMN), self._text(row, DATE_COLUMN)
            try:
                amount = parse_money(amount_text) if amount_text else None
                target = labels.parse_screen_date(date_text) if date_text else None
            except DomainError as error:
                raise DomainError(error.code, field=f"items[{row + 1}]", **error.params) from error
            items.append(
                LifePlanItemForm(
                    LifePlanItemKind(str(combo.currentData())), self._text(row, DESCRIPTION_COLUMN), amount, target
                )
            )
        savings = self.savings.value()
        return LifePlanForm(
            household_id=self.row.household_id,
            fiscal_year=self.fiscal_year,
            goals=self.goals.toPlainText().strip(),
            savings_target_monthly=savings if savings is not None else Decimal(0),
            status=PlanStatus(str(self.status.currentData())),
            notes=self.notes.toPlainText().strip(),
            made_on=self.made_on.value(),
            items=tuple(items),
        )

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self.save_button.setEnabled(True)

    def _save(self) -> None:
        try:
            self.form()
        except DomainError as error:
            where = error.field.removeprefix("items[").removesuffix("]") if error.field else ""
            text = message(error.code, screen_language(), **error.params)
            self.show_problem(self.tr("Item %1: %2").replace("%1", where).replace("%2", text) if where else text)
            return
        self.show_problem("")
        self.save_button.setEnabled(False)
        self.submitted.emit()


class FollowUpDialog(QDialog):
    """A follow-up visit: the day, what the household has saved so far, what was seen."""

    submitted = Signal()

    def __init__(self, row: TargetPlanRow, *, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Follow-up visit"))
        self.setModal(True)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        who = QLabel(f"{row.head_name} · {row.code}")
        font = who.font()
        font.setBold(True)
        who.setFont(font)
        layout.addWidget(who)
        form = QFormLayout()
        self.visited_on = DateField(required=True)
        self.visited_on.set_value(today)
        self.savings = MoneyField()
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(96)
        form.addRow(self.tr("Visited on"), self.visited_on)
        form.addRow(self.tr("Saved so far (baht)"), self.savings)
        form.addRow(self.tr("What was seen, advice"), self.note)
        layout.addLayout(form)
        self.problem = _problem_label()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        name_standard_buttons(self.buttons)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        no_default_buttons(self)

    def values(self) -> tuple[date, Decimal | None, str]:
        visited = self.visited_on.value()
        assert visited is not None  # required: a blank date raises
        return visited, self.savings.value(), self.note.toPlainText().strip()

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self.save_button.setEnabled(True)

    def _save(self) -> None:
        try:
            self.values()
        except DomainError as error:
            self.show_problem(message(error.code, screen_language(), **error.params))
            return
        self.show_problem("")
        self.save_button.setEnabled(False)
        self.submitted.emit()
