"""Household editor: the household, its members, its monthly income and expenses, and its debts.

Every field parses what the officer types and shows the broken rule under it, in Thai; Save stays disabled
while any field shows an error, and the service checks the same rules again (plus a citizen ID used in
another household) before anything is written in one transaction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cdfi_desktop.domain.citizen_id import mask_citizen_id, validate_citizen_id
from cdfi_desktop.domain.enums import DebtStatus, FinanceCategory, FinanceKind, Relation, Sex
from cdfi_desktop.domain.errors import DomainError
from cdfi_desktop.domain.money import format_baht
from cdfi_desktop.domain.register_rules import FundRules, Issue, Severity
from cdfi_desktop.domain.thai_date import format_date_be, parse_date
from cdfi_desktop.failures import describe
from cdfi_desktop.messages import message
from cdfi_desktop.services import registers as reg
from cdfi_desktop.services.errors import ValidationFailed
from cdfi_desktop.services.limits import text_limit
from cdfi_desktop.services.uow import UnitOfWork
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.ops import Ops
from cdfi_desktop.ui.widgets import dialogs
from cdfi_desktop.ui.widgets.fields import (
    CitizenIdField,
    DateField,
    Field,
    MoneyField,
    TextField,
    no_default_buttons,
    problem_label,
    screen_language,
)

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database

TITLES = ("นาย", "นาง", "นางสาว", "เด็กชาย", "เด็กหญิง")
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
_PATH = re.compile(r"(?P<group>\w+)\[(?P<index>\d+)\]\.(?P<field>\w+)")


@dataclass
class MemberDraft:
    """What is typed for one member, kept as text until saved (so a half-typed ID survives switching)."""

    id: str | None = None
    title: str = ""
    first_name: str = ""
    last_name: str = ""
    citizen_id: str = ""
    sex: Sex | None = None
    birth_date: str = ""
    relation: Relation = Relation.OTHER
    is_head: bool = False
    occupation: str = ""
    phone: str = ""
    problems: dict[str, str] = field(default_factory=dict)

    @property
    def display_name(self) -> str:
        return f"{self.title}{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class _Loaded:
    detail: reg.HouseholdDetail | None
    villages: list[reg.Choice]
    funds: list[tuple[reg.Choice, FundRules]]


def _load(db: Database, institute_id: str, household_id: str | None) -> _Loaded:
    with db.session() as session:
        return _Loaded(
            detail=reg.household_detail(session, household_id) if household_id else None,
            villages=reg.villages(session, institute_id=institute_id),
            funds=reg.fund_choices(session, institute_id=institute_id),
        )


class HouseholdDialog(QDialog):
    def __init__(
        self, ops: Ops, *, institute_id: str, household_id: str | None, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ops, self.institute_id, self.household_id, self.today = ops, institute_id, household_id, today
        self.setObjectName("householdDialog")
        self.resize(1000, 640)
        self.members: list[MemberDraft] = []
        self.current_member = -1
        self.debts: tuple[reg.DebtForm, ...] = ()
        self.debt_statuses: dict[str, DebtStatus] = {}
        self.funds: list[tuple[reg.Choice, FundRules]] = []
        self.loaded = False
        self._pending_debt: str | None = None
        self._build()
        self.retranslate()
        self._set_busy(True)
        ops.query(lambda db: _load(db, institute_id, household_id), success=self._fill)

    # -- building ----------------------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        layout.addWidget(self.heading)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)

        page = QWidget()
        form = QFormLayout(page)
        self.code = TextField(max_length=text_limit("household", "code"))
        self.village = QComboBox()
        self.house_no = TextField(required=True, max_length=text_limit("household", "house_no"))
        self.phone = TextField(max_length=text_limit("household", "phone"))
        self.address = TextField()
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(90)
        self.household_labels = [QLabel() for _ in range(6)]
        for lbl, widget in zip(
            self.household_labels,
            (self.code, self.village, self.house_no, self.phone, self.address, self.notes),
            strict=True,
        ):
            form.addRow(lbl, widget)
        self.tabs.addTab(page, "")

        page = QWidget()
        row = QHBoxLayout(page)
        left = QVBoxLayout()
        self.member_list = QTableWidget(0, 4)
        self.member_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.member_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.member_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.member_list.verticalHeader().setVisible(False)
        self.member_list.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 150), (2, 120), (3, 70)):
            self.member_list.setColumnWidth(column, width)
        self.member_list.itemSelectionChanged.connect(self._member_selected)
        left.addWidget(self.member_list, 1)
        self.members_problem = problem_label(state="error", hidden=False)
        left.addWidget(self.members_problem)
        buttons = QHBoxLayout()
        self.add_member = QPushButton()
        self.add_member.clicked.connect(self.new_member)
        self.remove_member = QPushButton()
        self.remove_member.clicked.connect(self._remove_member)
        buttons.addWidget(self.add_member)
        buttons.addWidget(self.remove_member)
        buttons.addStretch(1)
        left.addLayout(buttons)
        row.addLayout(left, 3)
        self.member_form = QWidget()
        mform = QFormLayout(self.member_form)
        self.m_title = QComboBox()
        self.m_title.setEditable(True)
        self.m_title.addItems(TITLES)
        self.m_first = TextField(required=True, max_length=text_limit("household_member", "first_name"))
        self.m_last = TextField(max_length=text_limit("household_member", "last_name"))
        self.m_cid = CitizenIdField()
        self.m_sex = QComboBox()
        self.m_birth = DateField()
        self.m_relation = QComboBox()
        self.m_head = QCheckBox()
        self.m_occupation = TextField(max_length=text_limit("household_member", "occupation"))
        self.m_phone = TextField(max_length=text_limit("household_member", "phone"))
        self.member_labels = [QLabel() for _ in range(10)]
        for lbl, widget in zip(
            self.member_labels,
            (
                self.m_title,
                self.m_first,
                self.m_last,
                self.m_cid,
                self.m_sex,
                self.m_birth,
                self.m_relation,
                self.m_head,
                self.m_occupation,
                self.m_phone,
            ),
            strict=True,
        ):
            mform.addRow(lbl, widget)
        row.addWidget(self.member_form, 2)
        for widget in (self.m_first, self.m_last, self.m_cid, self.m_birth, self.m_occupation, self.m_phone):
            widget.changed.connect(self._member_edited)
            widget.judged.connect(self._member_edited)
        self.m_title.currentTextChanged.connect(self._member_edited)
        for combo in (self.m_sex, self.m_relation):
            combo.currentIndexChanged.connect(self._member_edited)
        self.m_head.toggled.connect(self._member_edited)
        self.tabs.addTab(page, "")

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
        self.tabs.addTab(page, "")

        page = QWidget()
        col = QVBoxLayout(page)
        self.debt_table = QTableWidget(0, 6)
        self.debt_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.debt_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.debt_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.debt_table.verticalHeader().setVisible(False)
        self.debt_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
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
        self.tabs.addTab(page, "")

        bottom = QHBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        bottom.addWidget(self.status, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        for widget in self._fields():
            widget.changed.connect(self._update_save_enabled)
            widget.judged.connect(self._update_save_enabled)
        no_default_buttons(self)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        no_default_buttons(self)  # the button box makes Save the default when shown

    @property
    def save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def _fields(self) -> list[Field]:
        return [
            self.code,
            self.house_no,
            self.phone,
            self.address,
            self.m_first,
            self.m_last,
            self.m_cid,
            self.m_birth,
            self.m_occupation,
            self.m_phone,
        ]

    # -- filling -----------------------------------------------------------------------------------------------
    def _fill(self, loaded: _Loaded) -> None:
        self.funds = loaded.funds
        self.village.clear()
        self.village.addItem("–", None)
        for choice in loaded.villages:
            self.village.addItem(choice.name, choice.id)
        detail = loaded.detail
        if detail is not None:
            f = detail.form
            self.code.setText(f.code)
            self.village.setCurrentIndex(max(0, self.village.findData(f.village_id)))
            self.house_no.setText(f.house_no)
            self.phone.setText(f.phone)
            self.address.setText(f.address)
            self.notes.setPlainText(f.notes)
            self.members = [
                MemberDraft(
                    id=x.id,
                    title=x.title,
                    first_name=x.first_name,
                    last_name=x.last_name,
                    citizen_id=x.citizen_id,
                    sex=x.sex,
                    birth_date=format_date_be(x.birth_date, style="numeric") if x.birth_date else "",
                    relation=x.relation,
                    is_head=x.is_head,
                    occupation=x.occupation,
                    phone=x.phone,
                )
                for x in f.members
            ]
            for line in f.finances:
                self.add_finance(line.kind, line)
            self._show_debts(detail)
        self._refresh_member_list()
        if self.members:
            self.member_list.selectRow(0)
        else:
            self._load_member_form(None)
        self.loaded = True
        self.retranslate()  # the heading names the household once it is read
        self._set_busy(False)
        self._update_debt_buttons()
        if self._pending_debt:
            self.show_debt(self._pending_debt)

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
        tip = self.tr("The household's signed 1HH1C contract: its balance is a debt of the household.")
        for r, contract in enumerate(detail.contracts, start=len(detail.debts)):
            cells = [
                f"{self.tr('1HH1C contract')}: {contract.lender}",
                contract.contract_no,
                labels.date_text(contract.signing_date),
                format_baht(contract.principal),
                format_baht(contract.balance),
                self.tr("1HH1C contract"),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (3, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(tip)
                self.debt_table.setItem(r, c, item)

    # -- members -----------------------------------------------------------------------------------------------
    def new_member(self) -> None:
        """Add an empty member and put the cursor in its first name."""
        self._store_member_form()
        self.members.append(
            MemberDraft(
                title="นาย" if not self.members else "",
                is_head=not self.members,
                relation=Relation.HEAD if not self.members else Relation.CHILD,
            )
        )
        self._refresh_member_list()
        self.member_list.selectRow(len(self.members) - 1)
        self.tabs.setCurrentIndex(1)
        self.m_first.setFocus()

    def _remove_member(self) -> None:
        if 0 <= self.current_member < len(self.members):
            del self.members[self.current_member]
            self.current_member = -1
            self._refresh_member_list()
            if self.members:
                self.member_list.selectRow(0)
            else:
                self._load_member_form(None)
            self._update_save_enabled()

    def _member_selected(self) -> None:
        rows = self.member_list.selectionModel().selectedRows()
        index = rows[0].row() if rows else -1
        if index == self.current_member:
            return
        self._store_member_form()
        self.current_member = index
        self._load_member_form(self.members[index] if 0 <= index < len(self.members) else None)

    def _load_member_form(self, draft: MemberDraft | None) -> None:
        self._loading_member = True
        self.member_form.setEnabled(draft is not None)
        draft = draft or MemberDraft()
        self.m_title.setCurrentText(draft.title)
        self.m_first.setText(draft.first_name)
        self.m_last.setText(draft.last_name)
        self.m_cid.set_value(draft.citizen_id)
        self.m_sex.setCurrentIndex(max(0, self.m_sex.findData(draft.sex)))
        self.m_birth.setText(draft.birth_date)
        self.m_relation.setCurrentIndex(max(0, self.m_relation.findData(draft.relation)))
        self.m_head.setChecked(draft.is_head)
        self.m_occupation.setText(draft.occupation)
        self.m_phone.setText(draft.phone)
        for name, widget in self._member_fields().items():
            widget.show_problem(draft.problems.get(name))
        self._loading_member = False

    def _member_fields(self) -> dict[str, Field]:
        return {
            "first_name": self.m_first,
            "last_name": self.m_last,
            "citizen_id": self.m_cid,
            "birth_date": self.m_birth,
            "occupation": self.m_occupation,
            "phone": self.m_phone,
        }

    def _store_member_form(self) -> None:
        if not 0 <= self.current_member < len(self.members):
            return
        d = self.members[self.current_member]
        d.title, d.first_name, d.last_name = self.m_title.currentText().strip(), self.m_first.text(), self.m_last.text()
        d.citizen_id, d.birth_date = self.m_cid.text(), self.m_birth.text()
        d.sex = labels.enum_data(self.m_sex.currentData(), Sex)
        d.relation = labels.enum_data(self.m_relation.currentData(), Relation) or Relation.OTHER
        d.is_head, d.occupation, d.phone = self.m_head.isChecked(), self.m_occupation.text(), self.m_phone.text()
        d.problems = {name: w.problem.text() for name, w in self._member_fields().items() if w.has_error}

    def _member_edited(self) -> None:
        if getattr(self, "_loading_member", False):
            return
        if self.m_head.isChecked() and self.m_relation.currentData() != Relation.HEAD.value:
            self.m_relation.setCurrentIndex(max(0, self.m_relation.findData(Relation.HEAD)))
        self._store_member_form()
        self._refresh_member_row(self.current_member)
        self._update_save_enabled()

    def _refresh_member_list(self) -> None:
        self.member_list.setRowCount(len(self.members))
        for index in range(len(self.members)):
            self._refresh_member_row(index)

    def _refresh_member_row(self, index: int) -> None:
        if not 0 <= index < len(self.members):
            return
        d = self.members[index]
        cid = d.citizen_id.replace("-", "")
        cells = [
            d.display_name or "…",
            mask_citizen_id(cid) if len(cid) == 13 and cid.isdigit() else d.citizen_id,
            labels.label(d.relation),
            "✓" if d.is_head else "",
        ]
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if d.problems:
                item.setForeground(Qt.GlobalColor.red)
                item.setToolTip("\n".join(d.problems.values()))
            self.member_list.setItem(index, c, item)

    # -- finances ----------------------------------------------------------------------------------------------
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

    # -- debts -------------------------------------------------------------------------------------------------
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
        dialog = DebtDialog(
            self.ops,
            household_id=self.household_id,
            debt=debt,
            members=members,
            funds=self.funds,
            today=self.today,
            parent=self,
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
        change = ask_status_change(self, current=status, today=self.today)
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
        if not dialogs.ask(self, self.windowTitle(), self.tr("Remove this debt from the register?")):
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

    # -- saving ------------------------------------------------------------------------------------------------
    def _update_save_enabled(self) -> None:
        has_error = any(f.has_error for f in self._fields()) or any(f.has_error for f in self._finance_amounts())
        has_error = has_error or any(d.problems for d in self.members)
        self.save_button.setEnabled(self.loaded and not has_error)

    def _set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.tabs.setEnabled(not busy)

    def collect(self) -> reg.HouseholdForm | None:
        """The form as typed, or None after showing every field that cannot be read."""
        self._store_member_form()
        ok = all(f.check() for f in (self.code, self.house_no, self.phone, self.address))
        members = []
        for index, d in enumerate(self.members):
            d.problems.clear()
            values: dict[str, object] = {}
            for name, parse in (("first_name", lambda t: t.strip()), ("last_name", lambda t: t.strip())):
                values[name] = parse(getattr(d, name))
            parsers = (
                ("citizen_id", lambda text: validate_citizen_id(text) if text.strip() else ""),
                ("birth_date", lambda text: parse_date(text) if text.strip() else None),
            )
            for name, parse in parsers:
                try:
                    values[name] = parse(getattr(d, name))
                except DomainError as error:
                    d.problems[name] = message(error.code, screen_language(), **error.params)
            if not d.first_name.strip():
                d.problems["first_name"] = message("name_required", screen_language())
            if d.problems:
                ok = False
                continue
            birth = values["birth_date"]
            members.append(
                reg.MemberForm(
                    id=d.id,
                    citizen_id=str(values["citizen_id"]),
                    title=d.title,
                    first_name=d.first_name.strip(),
                    last_name=d.last_name.strip(),
                    sex=d.sex,
                    birth_date=birth if isinstance(birth, date) else None,
                    relation=d.relation,
                    is_head=d.is_head,
                    occupation=d.occupation,
                    phone=d.phone,
                )
            )
            del index
        finances = []
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
        self._refresh_member_list()
        self._load_member_form(
            self.members[self.current_member] if 0 <= self.current_member < len(self.members) else None
        )
        if not ok:
            self._update_save_enabled()
            return None
        return reg.HouseholdForm(
            id=self.household_id,
            institute_id=self.institute_id,
            village_id=self.village.currentData(),
            code=self.code.text(),
            house_no=self.house_no.text(),
            phone=self.phone.text(),
            address=self.address.text(),
            notes=self.notes.toPlainText(),
            members=tuple(members),
            finances=tuple(finances),
        )

    def save(self) -> None:
        form = self.collect()
        if form is None:
            self.status.setText(self.tr("Correct the fields marked in red; nothing was saved."))
            return
        today = self.today

        def run(db: Database, _progress: object) -> str:
            with UnitOfWork(db) as uow:
                return reg.save_household(uow, form, today=today)

        self._set_busy(True)
        self.ops.change(run, success=self._saved, failure=self._refused)

    def _saved(self, household_id: str) -> None:
        self._set_busy(False)
        self.household_id = household_id
        self.status.setText(self.tr("Saved."))
        self.heading.setText(self.tr("Household %1").replace("%1", self.house_no.text()))
        self._update_debt_buttons()
        self._reload_after_save()

    def _reload_after_save(self) -> None:
        household_id = self.household_id
        assert household_id is not None

        def load(db: Database) -> reg.HouseholdDetail:
            with db.session() as session:
                return reg.household_detail(session, household_id)

        def refreshed(detail: reg.HouseholdDetail) -> None:
            for draft, member in zip(self.members, detail.form.members, strict=False):
                if draft.id is None:
                    draft.id = member.id if member.first_name == draft.first_name.strip() else draft.id
            ids = {d.id for d in self.members}
            for draft in self.members:
                if draft.id is None:
                    match = [
                        x for x in detail.form.members if x.id not in ids and x.first_name == draft.first_name.strip()
                    ]
                    if match:
                        draft.id = match[0].id
            rows = [(r, self._finance_key(r)) for r in range(self.finance_table.rowCount())]
            new_lines = [f for f in detail.form.finances if f.id not in {line_id for _r, (_k, line_id) in rows}]
            for r, (kind, line_id) in rows:
                if line_id is None and new_lines:
                    self._set_finance_key(r, (kind, new_lines.pop(0).id))
            self._show_debts(detail)

        self.ops.query(load, success=refreshed)

    def _refused(self, exc: Exception) -> None:
        self._set_busy(False)
        if not isinstance(exc, ValidationFailed):
            self.status.setText(self.tr("Not saved: %1").replace("%1", describe(exc, screen_language())))
            return
        self.show_issues(exc.issues)
        self.status.setText(self.tr("Correct the fields marked in red; nothing was saved."))

    def show_issues(self, issues: list[Issue]) -> None:
        """Put each rule's message at the field it concerns."""
        language = screen_language()
        general: list[str] = []
        household_fields: dict[str, Field] = {
            "code": self.code,
            "house_no": self.house_no,
            "phone": self.phone,
            "address": self.address,
        }
        for issue in issues:
            text = message(issue.code, language, **issue.params)
            match = _PATH.fullmatch(issue.field)
            if match and match["group"] == "members" and int(match["index"]) < len(self.members):
                self.members[int(match["index"])].problems[match["field"]] = text
            elif match and match["group"] == "finances":
                amounts = self._finance_amounts()
                if int(match["index"]) < len(amounts):
                    amounts[int(match["index"])].show_problem(text)
            elif issue.field in household_fields:
                household_fields[issue.field].show_problem(text, severity=issue.severity)
            elif issue.severity is Severity.ERROR:
                general.append(text)
        self.members_problem.setText("\n".join(general))
        self._refresh_member_list()
        bad = [i for i, d in enumerate(self.members) if d.problems]
        if bad:
            self.tabs.setCurrentIndex(1)
            self.member_list.selectRow(bad[0])
            self._load_member_form(self.members[bad[0]])
        elif general:
            self.tabs.setCurrentIndex(1)
        self._update_save_enabled()

    # -- language ----------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Household"))
        self.heading.setText(
            self.tr("Household %1").replace("%1", self.house_no.text())
            if self.household_id
            else self.tr("New household")
        )
        for index, text in enumerate(
            (self.tr("Household"), self.tr("Members"), self.tr("Income and expenses"), self.tr("Debts"))
        ):
            self.tabs.setTabText(index, text)
        for lbl, text in zip(
            self.household_labels,
            (
                self.tr("Register no."),
                self.tr("Village"),
                self.tr("House no."),
                self.tr("Phone"),
                self.tr("Address"),
                self.tr("Notes"),
            ),
            strict=True,
        ):
            lbl.setText(text)
        for lbl, text in zip(
            self.member_labels,
            (
                self.tr("Title"),
                self.tr("First name"),
                self.tr("Last name"),
                self.tr("Citizen ID"),
                self.tr("Sex"),
                self.tr("Birth date"),
                self.tr("Relation to the head"),
                self.tr("Head of household"),
                self.tr("Occupation"),
                self.tr("Phone"),
            ),
            strict=True,
        ):
            lbl.setText(text)
        self.member_list.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Citizen ID"), self.tr("Relation"), self.tr("Head")]
        )
        self.finance_table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Category"), self.tr("Baht a month"), self.tr("Note")]
        )
        self.debt_table.setHorizontalHeaderLabels(
            [
                self.tr("Creditor"),
                self.tr("Contract no."),
                self.tr("Contract date"),
                self.tr("Principal"),
                self.tr("Outstanding"),
                self.tr("Status"),
            ]
        )
        self.add_member.setText(self.tr("Add member"))
        self.remove_member.setText(self.tr("Remove member"))
        self.add_income.setText(self.tr("Add income"))
        self.add_expense.setText(self.tr("Add expense"))
        self.remove_finance.setText(self.tr("Remove line"))
        self.add_debt.setText(self.tr("Add debt…"))
        self.edit_debt.setText(self.tr("Edit debt…"))
        self.status_button.setText(self.tr("Close or reopen…"))
        self.remove_debt.setText(self.tr("Remove debt"))
        self.debts_hint.setText(self.tr("Save the household first, then add its debts."))
        dialogs.name_standard_buttons(self.buttons)
        self.m_head.setText(self.tr("This member is the head"))
        for combo, vocabulary in ((self.m_sex, Sex), (self.m_relation, Relation)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            if vocabulary is Sex:
                combo.addItem("–", None)
            for text, value in labels.choices(vocabulary):
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self._update_finance_summary()
