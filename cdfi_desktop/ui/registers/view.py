"""Registers screen: the household register and the debt register, filtered as you type, sorted by column."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cdfi_desktop.domain.citizen_id import format_citizen_id, mask_citizen_id
from cdfi_desktop.domain.enums import CreditorKind, DebtStatus
from cdfi_desktop.messages import message
from cdfi_desktop.services import register_types as rt
from cdfi_desktop.services.register_types import DebtQuery, HouseholdQuery
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.ops import Ops
from cdfi_desktop.ui.registers import export
from cdfi_desktop.ui.registers.table_model import Column, HasId, RegisterModel
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets.fields import screen_language
from cdfi_desktop.ui.widgets.screen import LazyScreen

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database

CONTEXT = "RegistersScreen"
R = TypeVar("R", bound=HasId)


class CitizenIds:
    """Citizen IDs are masked in lists (PDPA) unless the officer chooses to show them."""

    shown = False

    @classmethod
    def text(cls, citizen_id: str) -> str:
        if len(citizen_id) != 13:
            return citizen_id
        return format_citizen_id(citizen_id) if cls.shown else mask_citizen_id(citizen_id)


def _household_page(db: Database, q: HouseholdQuery, offset: int, limit: int) -> list[rt.HouseholdRow]:
    from cdfi_desktop.services import registers as reg

    with db.session() as session:
        return reg.household_page(session, q, offset=offset, limit=limit)


def _household_count(db: Database, q: HouseholdQuery) -> int:
    from cdfi_desktop.services import registers as reg

    with db.session() as session:
        return reg.household_count(session, q)


def _debt_page(db: Database, q: DebtQuery, offset: int, limit: int) -> list[rt.DebtRow]:
    from cdfi_desktop.services import registers as reg

    with db.session() as session:
        return reg.debt_page(session, q, offset=offset, limit=limit)


def _debt_count(db: Database, q: DebtQuery) -> int:
    from cdfi_desktop.services import registers as reg

    with db.session() as session:
        return reg.debt_count(session, q)


def _reasons(row: rt.HouseholdRow) -> str:
    """Why the household is in its class, one rule a line, in the screen language."""
    if row.classification is None:
        return ""
    language = screen_language()
    return "\n".join(message(r.code, language, **r.params) for r in row.classification.reasons)


def _village(no: int | None) -> str:
    return "" if no is None else str(no)


def _col(
    header: str,
    width: int,
    text: Callable[[R], str],
    sort_key: object | None = None,
    *,
    right: bool = False,
    tooltip: Callable[[R], str] | None = None,
) -> Column[R]:
    return Column(header, text, sort_key, align_right=right, tooltip=tooltip, width=width)


HOUSEHOLD_COLUMNS: list[Column[rt.HouseholdRow]] = [
    _col(QT_TRANSLATE_NOOP("RegistersScreen", "No."), 70, lambda r: r.code, rt.HouseholdSort.CODE),
    _col(QT_TRANSLATE_NOOP("RegistersScreen", "House no."), 80, lambda r: r.house_no, rt.HouseholdSort.HOUSE_NO),
    _col(
        QT_TRANSLATE_NOOP("RegistersScreen", "Village"),
        60,
        lambda r: _village(r.village_no),
        rt.HouseholdSort.VILLAGE,
        tooltip=lambda r: r.village_name,
    ),
    _col(QT_TRANSLATE_NOOP("RegistersScreen", "Head of household"), 210, lambda r: r.head_name, rt.HouseholdSort.HEAD),
    _col(
        QT_TRANSLATE_NOOP("RegistersScreen", "Class"),
        100,
        lambda r: r.classification.debtor_class.value if r.classification else "",
        rt.HouseholdSort.CLASS,
        tooltip=_reasons,
    ),
    _col(QT_TRANSLATE_NOOP("RegistersScreen", "Citizen ID"), 140, lambda r: CitizenIds.text(r.head_citizen_id)),
    _col(
        QT_TRANSLATE_NOOP("RegistersScreen", "Members"),
        70,
        lambda r: str(r.members),
        rt.HouseholdSort.MEMBERS,
        right=True,
    ),
    _col(
        QT_TRANSLATE_NOOP("RegistersScreen", "Open debts"),
        90,
        lambda r: str(r.open_debts),
        rt.HouseholdSort.OPEN_DEBTS,
        right=True,
    ),
    _col(
        QT_TRANSLATE_NOOP("RegistersScreen", "Total debt (baht)"),
        130,
        lambda r: labels.baht_text(r.total_debt),
        rt.HouseholdSort.TOTAL_DEBT,
        right=True,
    ),
    _col(
        QT_TRANSLATE_NOOP("RegistersScreen", "Installments a month"),
        140,
        lambda r: labels.baht_text(r.monthly_installments),
        right=True,
    ),
    _col(
        QT_TRANSLATE_NOOP("RegistersScreen", "Most days overdue"),
        130,
        lambda r: str(r.worst_days_overdue),
        rt.HouseholdSort.WORST_OVERDUE,
        right=True,
    ),
]

DEBT_COLUMNS: list[Column[rt.DebtRow]] = [
    _col(
        QT_TRANSLATE_NOOP("RegistersScreen", "Household"),
        110,
        lambda r: f"{r.household_code} · {r.house_no}",
        rt.DebtSort.HOUSEHOLD,
    ),
    _col(QT_TRANSLATE_NOOP("RegistersScreen", "Debtor"), 190, lambda r: r.debtor_name, rt.DebtSort.DEBTOR),
    _col(QT_TRANSLATE_NOOP("RegistersScreen", "Citizen ID"), 140, lambda r: CitizenIds.text(r.debtor_citizen_id)),
    _col(
        QT_TRANSLATE_NOOP("RegistersScreen", "Creditor"),
        230,
        lambda r: r.creditor,
        rt.DebtSort.CREDITOR,
        tooltip=lambda r: f"{labels.label(r.creditor_kind)}: {r.creditor}",
    ),
    _col(QT_TRANSLATE_NOOP("RegistersScreen", "Contract no."), 100, lambda r: r.contract_no),
    _col(
        QT_TRANSLATE_NOOP("RegistersScreen", "Contract date"),
        100,
        lambda r: labels.date_text(r.contract_date),
        rt.DebtSort.CONTRACT_DATE,
    ),
    _col(
        QT_TRANSLATE_NOOP("RegistersScreen", "Principal"),
        110,
        lambda r: labels.baht_text(r.principal),
        rt.DebtSort.PRINCIPAL,
        right=True,
    ),
    _col(
        QT_TRANSLATE_NOOP("RegistersScreen", "Outstanding"),
        110,
        lambda r: labels.baht_text(r.outstanding),
        rt.DebtSort.OUTSTANDING,
        right=True,
    ),
    _col(
        QT_TRANSLATE_NOOP("RegistersScreen", "Installment"),
        100,
        lambda r: labels.baht_text(r.installment),
        rt.DebtSort.INSTALLMENT,
        right=True,
    ),
    _col(
        QT_TRANSLATE_NOOP("RegistersScreen", "Days overdue"),
        100,
        lambda r: str(r.days_overdue),
        rt.DebtSort.DAYS_OVERDUE,
        right=True,
    ),
    _col(QT_TRANSLATE_NOOP("RegistersScreen", "Status"), 110, lambda r: labels.label(r.status), rt.DebtSort.STATUS),
]


def _table(model: RegisterModel[Any, Any]) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setSortingEnabled(True)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(26)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.verticalHeader().setVisible(False)
    scale = view.fontMetrics().averageCharWidth() / 7
    for section, column in enumerate(model.columns):
        view.setColumnWidth(section, int(column.width * scale))
    return view


class RegistersScreen(LazyScreen):
    """The household register and the debt register of the institute, with editors behind them."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.setObjectName("registers")
        self.ops = ops
        self.institute_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 8, 24, 12)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)

        # Households tab
        self.households = RegisterModel(
            ops, columns=HOUSEHOLD_COLUMNS, page=_household_page, count=_household_count, context=CONTEXT
        )
        hh_page = QWidget()
        hh_layout = QVBoxLayout(hh_page)
        bar = QHBoxLayout()
        self.household_filter = QLineEdit()
        self.household_filter.setClearButtonEnabled(True)
        self.household_filter.textChanged.connect(self._household_query_changed)
        self.add_household = QPushButton()
        self.add_household.clicked.connect(lambda: self.open_household(None))
        self.edit_household = QPushButton()
        self.edit_household.clicked.connect(self._edit_selected_household)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self._import)
        self.households_xlsx = QPushButton()
        self.households_xlsx.clicked.connect(lambda: self._export(export.HOUSEHOLDS, ".xlsx"))
        self.households_pdf = QPushButton()
        self.households_pdf.clicked.connect(lambda: self._export(export.HOUSEHOLDS, ".pdf"))
        bar.addWidget(self.household_filter, 1)
        bar.addWidget(self.add_household)
        bar.addWidget(self.edit_household)
        bar.addWidget(self.import_button)
        bar.addWidget(self.households_xlsx)
        bar.addWidget(self.households_pdf)
        hh_layout.addLayout(bar)
        self.household_view = _table(self.households)
        self.household_view.doubleClicked.connect(lambda index: self.open_household(self.households.id_at(index.row())))
        self.household_view.horizontalHeader().sortIndicatorChanged.connect(self._household_sort)
        hh_layout.addWidget(self.household_view, 1)
        self.household_count = QLabel()
        hh_layout.addWidget(self.household_count)
        self.tabs.addTab(hh_page, "")

        # Debts tab
        self.debts = RegisterModel(ops, columns=DEBT_COLUMNS, page=_debt_page, count=_debt_count, context=CONTEXT)
        debt_page = QWidget()
        debt_layout = QVBoxLayout(debt_page)
        bar = QHBoxLayout()
        self.debt_filter = QLineEdit()
        self.debt_filter.setClearButtonEnabled(True)
        self.debt_filter.textChanged.connect(self._debt_query_changed)
        self.fund_filter = QComboBox()
        self.fund_filter.currentIndexChanged.connect(self._debt_query_changed)
        self.kind_filter = QComboBox()
        self.kind_filter.currentIndexChanged.connect(self._debt_query_changed)
        self.status_filter = QComboBox()
        self.status_filter.currentIndexChanged.connect(self._debt_query_changed)
        for combo in (self.fund_filter, self.kind_filter, self.status_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
        self.debtors_xlsx = QPushButton()
        self.debtors_xlsx.clicked.connect(lambda: self._export(export.DEBTORS, ".xlsx"))
        self.debtors_pdf = QPushButton()
        self.debtors_pdf.clicked.connect(lambda: self._export(export.DEBTORS, ".pdf"))
        bar.addWidget(self.debt_filter, 1)
        bar.addWidget(self.fund_filter)
        bar.addWidget(self.kind_filter)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.debtors_xlsx)
        bar.addWidget(self.debtors_pdf)
        debt_layout.addLayout(bar)
        self.debt_view = _table(self.debts)
        self.debt_view.doubleClicked.connect(self._open_debt_household)
        self.debt_view.horizontalHeader().sortIndicatorChanged.connect(self._debt_sort)
        debt_layout.addWidget(self.debt_view, 1)
        self.debt_count = QLabel()
        debt_layout.addWidget(self.debt_count)
        self.tabs.addTab(debt_page, "")

        self.show_ids = QCheckBox()
        self.show_ids.toggled.connect(self._toggle_ids)
        layout.addWidget(self.show_ids)

        self.households.counted.connect(lambda n, _s: self._show_count(self.household_count, n))
        self.debts.counted.connect(lambda n, _s: self._show_count(self.debt_count, n))
        self._household_query = HouseholdQuery(institute_id="")
        self._debt_query = DebtQuery(institute_id="")
        self._funds: list[rt.Choice] = []
        self.retranslate()

    # -- loading -----------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self._stale = False
        self.ops.query(_first_institute_and_funds, success=self._institute_loaded)

    def _institute_loaded(self, found: tuple[str | None, list[rt.Choice]]) -> None:
        institute_id, funds = found
        self.institute_id = institute_id
        self._funds = funds
        for widget in (self.add_household, self.import_button):
            widget.setEnabled(institute_id is not None)
        self._fill_filters()
        if institute_id is None:
            return
        self._household_query = replace(self._household_query, institute_id=institute_id)
        self._debt_query = replace(self._debt_query, institute_id=institute_id)
        self.households.set_query(self._household_query)
        self.debts.set_query(self._debt_query)

    def _show_count(self, label: QLabel, count: int) -> None:
        label.setText(self.tr("%1 rows").replace("%1", f"{count:,}"))

    # -- filters and sorting -----------------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        for combo in (self.fund_filter, self.kind_filter, self.status_filter):
            combo.blockSignals(True)
        fund_id = self.fund_filter.currentData()
        self.fund_filter.clear()
        self.fund_filter.addItem(self.tr("All funds and creditors"), None)
        for fund in self._funds:
            self.fund_filter.addItem(fund.name, fund.id)
        self.fund_filter.setCurrentIndex(max(0, self.fund_filter.findData(fund_id)))
        kind = self.kind_filter.currentData()
        self.kind_filter.clear()
        self.kind_filter.addItem(self.tr("All kinds of creditor"), None)
        for text, value in labels.choices(CreditorKind):
            self.kind_filter.addItem(text, value)
        self.kind_filter.setCurrentIndex(max(0, self.kind_filter.findData(kind)))
        status = self.status_filter.currentIndex()
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("Open debts"), (DebtStatus.OPEN,))
        self.status_filter.addItem(self.tr("Closed and transferred"), (DebtStatus.CLOSED, DebtStatus.TRANSFERRED))
        self.status_filter.addItem(self.tr("All debts"), ())
        self.status_filter.setCurrentIndex(max(0, status))
        for combo in (self.fund_filter, self.kind_filter, self.status_filter):
            combo.blockSignals(False)

    def _household_query_changed(self) -> None:
        if self.institute_id:
            self._household_query = replace(self._household_query, text=self.household_filter.text())
            self.households.set_query(self._household_query)

    def _debt_query_changed(self) -> None:
        if self.institute_id:
            self._debt_query = replace(
                self._debt_query,
                text=self.debt_filter.text(),
                fund_id=self.fund_filter.currentData(),
                creditor_kind=labels.enum_data(self.kind_filter.currentData(), CreditorKind),
                statuses=self.status_filter.currentData() or (),
            )
            self.debts.set_query(self._debt_query)

    def _household_sort(self, section: int, order: Qt.SortOrder) -> None:
        key = HOUSEHOLD_COLUMNS[section].sort_key
        if key is not None and self.institute_id:
            assert isinstance(key, rt.HouseholdSort)
            self._household_query = replace(
                self._household_query, sort=key, descending=order == Qt.SortOrder.DescendingOrder
            )
            self.households.set_query(self._household_query)

    def _debt_sort(self, section: int, order: Qt.SortOrder) -> None:
        key = DEBT_COLUMNS[section].sort_key
        if key is not None and self.institute_id:
            assert isinstance(key, rt.DebtSort)
            self._debt_query = replace(self._debt_query, sort=key, descending=order == Qt.SortOrder.DescendingOrder)
            self.debts.set_query(self._debt_query)

    def _toggle_ids(self, shown: bool) -> None:
        CitizenIds.shown = shown
        self.households.retranslate()
        self.debts.retranslate()

    # -- editors -----------------------------------------------------------------------------------------------
    def _edit_selected_household(self) -> None:
        rows = self.household_view.selectionModel().selectedRows()
        if rows:
            self.open_household(self.households.id_at(rows[0].row()))
        else:
            QMessageBox.information(self, self.tr("Registers"), self.tr("Choose a household in the list first."))

    def _open_debt_household(self) -> None:
        rows = self.debt_view.selectionModel().selectedRows()
        if rows:
            row = self.debts.row(rows[0].row())
            if row is not None:
                self.open_household(row.household_id, debt_id=row.id)

    def open_household(self, household_id: str | None, *, debt_id: str | None = None) -> None:
        """Open the household editor (a new household when ``household_id`` is None)."""
        if self.institute_id is None:
            return
        from cdfi_desktop.ui.registers.household_dialog import HouseholdDialog

        dialog = HouseholdDialog(
            self.ops, institute_id=self.institute_id, household_id=household_id, today=date.today(), parent=self
        )
        if debt_id:
            dialog.show_debt(debt_id)
        dialog.open()
        self.household_dialog = dialog

    def _export(self, kind: str, suffix: str) -> None:
        if self.institute_id is not None:
            export.export_register(
                self,
                self.ops,
                kind=kind,
                institute_id=self.institute_id,
                suffix=suffix,
                full_citizen_ids=CitizenIds.shown,
            )

    def _import(self) -> None:
        if self.institute_id is None:
            return
        from cdfi_desktop.ui.registers import import_dialog

        dialog = import_dialog.ImportDialog(self.ops, institute_id=self.institute_id, parent=self)
        dialog.open()

    # -- language ----------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Households and their debt status"))
        self.tabs.setTabText(1, self.tr("All debts"))
        self.household_filter.setPlaceholderText(self.tr("Filter: name, citizen ID, house no., village…"))
        self.debt_filter.setPlaceholderText(self.tr("Filter: name, citizen ID, creditor, contract no.…"))
        self.add_household.setText(self.tr("Add household…"))
        self.edit_household.setText(self.tr("Open household…"))
        self.import_button.setText(self.tr("Import from Excel…"))
        for button, tip in (
            (self.households_xlsx, self.tr("Print the household register as an Excel workbook")),
            (self.households_pdf, self.tr("Print the household register as a PDF")),
            (self.debtors_xlsx, self.tr("Print the register of member funds' debtors as Excel")),
            (self.debtors_pdf, self.tr("Print the register of member funds' debtors as a PDF")),
        ):
            button.setToolTip(tip)
        for button in (self.households_xlsx, self.debtors_xlsx):
            button.setText(self.tr("Excel…"))
        for button in (self.households_pdf, self.debtors_pdf):
            button.setText(self.tr("PDF…"))
        self.show_ids.setText(self.tr("Show full citizen IDs (personal data: only when needed)"))
        self._fill_filters()
        self.households.retranslate()
        self.debts.retranslate()
        self._show_count(self.household_count, self.households.total or 0)
        self._show_count(self.debt_count, self.debts.total or 0)


def _first_institute_and_funds(db: Database) -> tuple[str | None, list[rt.Choice]]:
    from cdfi_desktop.services import registers as reg

    with db.session() as session:
        institute_id = reg.first_institute_id(session)
        funds = [c for c, _rules in reg.fund_choices(session, institute_id=institute_id)] if institute_id else []
    return institute_id, funds
