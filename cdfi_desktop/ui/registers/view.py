"""Registers screen: the household register and the debt register, filtered as you type, sorted by column."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from cdfi_desktop.db import models as m
from cdfi_desktop.domain.enums import CreditorKind, DebtStatus
from cdfi_desktop.services import register_types as rt
from cdfi_desktop.services.register_types import DebtQuery, HouseholdQuery
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.ops import Ops
from cdfi_desktop.ui.overview import first_steps
from cdfi_desktop.ui.privacy import disclosure
from cdfi_desktop.ui.registers import export, removal
from cdfi_desktop.ui.registers.columns import DEBT_COLUMNS, HOUSEHOLD_COLUMNS
from cdfi_desktop.ui.registers.table_model import RegisterModel
from cdfi_desktop.ui.widgets.empty import EmptyOr
from cdfi_desktop.ui.widgets.fields import screen_language
from cdfi_desktop.ui.widgets.page import Page
from cdfi_desktop.ui.widgets.screen import LazyScreen
from cdfi_desktop.ui.widgets.table import RegisterTable

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database

CONTEXT = "RegistersScreen"
UNDO_SHOWN_MS = 60_000  # how long the Undo of a removal stays in the action bar


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


def _table(model: RegisterModel[Any, Any], key: str = "debts") -> RegisterTable:
    view = RegisterTable([c.spec for c in model.columns], context=CONTEXT, key=key, sortable=True)
    view.setModel(model)
    return view


class RegistersScreen(LazyScreen):
    """The household register and the debt register of the institute, with editors behind them."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.setObjectName("registers")
        self.ops = ops
        self.institute_id: str | None = None
        self.institute_name = ""
        self.page = Page(self)
        actions = self.page.actions
        self.add_household = actions.add(lambda: self.open_household(None))
        self.edit_household = actions.add(self._edit_selected_household)
        self.remove_button = actions.add(self.remove_selected_household)
        self.undo_button = actions.add(self.undo_removal)
        self.undo_button.hide()
        self.removed_button = actions.add(self.show_removed)
        self.import_button = actions.add(self._import)
        actions.stretch()
        self.print_xlsx = actions.add(lambda: self._export(".xlsx"))
        self.print_pdf = actions.add(lambda: self._export(".pdf"))
        self.last_removed: tuple[str, str] | None = None  # (id, name) of the household just removed
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.timeout.connect(self.undo_button.hide)

        # Households tab
        self.households = RegisterModel(
            ops, columns=HOUSEHOLD_COLUMNS, page=_household_page, count=_household_count, context=CONTEXT
        )
        self.household_filter = QLineEdit()
        self.household_filter.setClearButtonEnabled(True)
        self.household_filter.textChanged.connect(self._household_query_changed)
        self.household_view = _table(self.households, "households")
        self.household_view.doubleClicked.connect(lambda index: self.open_household(self.households.id_at(index.row())))
        self.household_view.horizontalHeader().sortIndicatorChanged.connect(self._household_sort)
        self.household_count = QLabel()
        hh_page = _tab_page(
            [self.household_filter, self.household_view.chooser_button()], self.household_view, self.household_count
        )

        # Debts tab
        self.debts = RegisterModel(ops, columns=DEBT_COLUMNS, page=_debt_page, count=_debt_count, context=CONTEXT)
        self.debt_filter = QLineEdit()
        self.debt_filter.setClearButtonEnabled(True)
        self.debt_filter.textChanged.connect(self._debt_query_changed)
        self.fund_filter, self.kind_filter, self.status_filter = QComboBox(), QComboBox(), QComboBox()
        for combo in (self.fund_filter, self.kind_filter, self.status_filter):
            combo.currentIndexChanged.connect(self._debt_query_changed)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(20)  # "All funds and creditors" whole; a long fund name is elided
        self.debt_view = _table(self.debts, "debts")
        self.debt_view.doubleClicked.connect(self._open_debt_household)
        self.debt_view.horizontalHeader().sortIndicatorChanged.connect(self._debt_sort)
        self.debt_count = QLabel()
        debt_page = _tab_page(
            [self.debt_filter, self.fund_filter, self.kind_filter, self.status_filter, self.debt_view.chooser_button()],
            self.debt_view,
            self.debt_count,
        )

        self.tabs = QTabWidget()
        self.tabs.addTab(hh_page, "")
        self.tabs.addTab(debt_page, "")
        self.tabs.currentChanged.connect(lambda _i: self._update_actions())
        self.stack = EmptyOr(self.tabs)
        self.page.body.addWidget(self.stack, 1)
        self.show_ids = QCheckBox()  # the window's one "Show full citizen IDs" (ui/privacy.py), here too
        self.show_ids.setObjectName("showCitizenIds")
        self.show_ids.setChecked(disclosure().revealed)
        self.show_ids.toggled.connect(self._toggle_ids)
        disclosure().changed.connect(self._ids_changed)
        self.page.body.addWidget(self.show_ids)
        self.household_view.selectionModel().selectionChanged.connect(lambda *_a: self._update_actions())

        self.households.counted.connect(lambda n, _s: self._households_counted(n))
        self.debts.counted.connect(lambda n, _s: self._show_count(self.debt_count, n))
        self._household_query = HouseholdQuery(institute_id="")
        self._debt_query = DebtQuery(institute_id="")
        self._funds: list[rt.Choice] = []
        self.loaded = False
        self._import_wanted = False
        self.retranslate()

    # -- loading -----------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self._stale = False
        self.ops.query(_first_institute_and_funds, success=self._institute_loaded)

    def _institute_loaded(self, found: tuple[str | None, str, list[rt.Choice]]) -> None:
        institute_id, self.institute_name, funds = found
        self.institute_id = institute_id
        self._funds = funds
        self.loaded = institute_id is None  # with an institute: loaded once the households are counted
        self._fill_filters()
        self.retranslate()
        if institute_id is None:
            self._import_wanted = False
            return
        self._household_query = replace(self._household_query, institute_id=institute_id)
        self._debt_query = replace(self._debt_query, institute_id=institute_id)
        self.households.set_query(self._household_query)
        self.debts.set_query(self._debt_query)
        if self._import_wanted:
            self._import_wanted = False
            self._import()

    def _households_counted(self, count: int) -> None:
        self._show_count(self.household_count, count)
        self.loaded = True
        self._show_empty_or_content()

    def _show_empty_or_content(self) -> None:
        """An empty database shows what fills it instead of an empty table."""
        if self.institute_id is None:
            self.stack.show_empty(
                first_steps.no_institute_text(),
                first_steps.create_institute_action(),
                self.create_institute,
            )
        elif self.households.total == 0 and not self._household_query.text.strip():
            self.stack.show_empty(first_steps.empty_register_text(), first_steps.import_action(), self._import)
        else:
            self.stack.show_content()
        self.show_ids.setVisible(not self.stack.is_empty() and disclosure().allowed)

    def create_institute(self) -> None:
        first_steps.go_to_step(self, "institute")

    def _show_count(self, label: QLabel, count: int) -> None:
        label.setText(self.tr("%n rows", "", count))

    def _update_actions(self) -> None:
        has_institute = self.institute_id is not None
        why = first_steps.why_no_institute()
        actions = self.page.actions
        on_households = self.tabs.currentIndex() == 0
        chosen = bool(self.household_view.selectionModel().selectedRows())
        for button in (self.add_household, self.import_button, self.removed_button, self.print_xlsx, self.print_pdf):
            actions.set_available(button, has_institute, why)
        for button in (self.edit_household, self.remove_button):
            actions.set_available(
                button,
                has_institute and on_households and chosen,
                why if not has_institute else self.tr("Choose a household in the list first."),
            )

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
        """The box here is the window's File → Show full citizen IDs: the window asks first (personal data) and
        notes it in the log; a role that may not see full IDs is refused."""
        action = getattr(self.window(), "show_ids_action", None)
        if isinstance(action, QAction) and action.isEnabled():
            action.setChecked(shown)
        else:
            disclosure().set_revealed(shown)
        self._ids_changed()  # asked and declined: the box unticks

    def _ids_changed(self) -> None:
        """Masked or revealed (here or elsewhere in the window): the tables repaint their IDs."""
        with QSignalBlocker(self.show_ids):
            self.show_ids.setChecked(disclosure().revealed)
        self.show_ids.setVisible(not self.stack.is_empty() and disclosure().allowed)
        self.households.retranslate()
        self.debts.retranslate()

    # -- editors -----------------------------------------------------------------------------------------------
    def _selected_household(self) -> rt.HouseholdRow | None:
        rows = self.household_view.selectionModel().selectedRows()
        return self.households.row(rows[0].row()) if rows else None

    def _edit_selected_household(self) -> None:
        row = self._selected_household()
        if row is not None:
            self.open_household(row.id)

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

    # -- removing and bringing back ----------------------------------------------------------------------------
    def remove_selected_household(self) -> None:
        """Ask the reason, then remove the chosen household (refused while it has a 1HH1C contract)."""
        row = self._selected_household()
        if row is None:
            return
        name = removal.household_label(row.code, row.house_no)
        reason = removal.ask_reason(self, name)
        if not reason:
            return
        self.page.clear_problem()
        household_id = row.id

        def removed() -> None:
            self.last_removed = (household_id, name)
            self.page.say(self.tr("Household %1 was removed from the registers.").replace("%1", name))
            self.undo_button.show()
            self._undo_timer.start(UNDO_SHOWN_MS)

        removal.remove(self.ops, household_id, reason, done=removed, refused=self.page.show_problem)

    def undo_removal(self) -> None:
        """Bring back the household just removed."""
        if self.last_removed is None:
            return
        household_id, name = self.last_removed
        self.page.clear_problem()

        def restored() -> None:
            self.last_removed = None
            self.undo_button.hide()
            self.page.say(self.tr("Household %1 is back in the registers.").replace("%1", name))

        removal.restore(self.ops, household_id, done=restored, refused=self.page.show_problem)

    def show_removed(self) -> None:
        """The list of removed households, to bring any of them back."""
        if self.institute_id is None:
            return
        self.removed_dialog = removal.RemovedHouseholdsDialog(self.ops, institute_id=self.institute_id, parent=self)
        self.removed_dialog.open()

    # -- printing and importing --------------------------------------------------------------------------------
    def _export(self, suffix: str, folder: Path | None = None) -> None:
        """Print the register of the tab shown (households, or the member funds' debtors) into a folder."""
        institute_id = self.institute_id
        if institute_id is None:
            return
        kind = export.HOUSEHOLDS if self.tabs.currentIndex() == 0 else export.DEBTORS
        full, language = disclosure().revealed, screen_language()

        def write(db: Database, target: Path) -> list[Path]:
            path = target / export.file_name(kind, suffix)
            return [
                export.write_register(
                    db, kind=kind, institute_id=institute_id, path=path, full_ids=full, language=language
                )
            ]

        self.page.print_into_folder(
            self.ops,
            folder=folder,
            ask=self.tr("Folder for the printed register"),
            write=write,
            what=self.tr("The register"),
            done=lambda paths: setattr(self, "printed", paths),
        )

    def start_import(self) -> None:
        """Open the import wizard (once the institute is read, when the screen was just built)."""
        if self.institute_id is not None:
            self._import()
        else:
            self._import_wanted = True

    def _import(self) -> None:
        if self.institute_id is None:
            return
        from cdfi_desktop.ui.registers import import_dialog

        self.import_dialog = import_dialog.ImportDialog(self.ops, institute_id=self.institute_id, parent=self)
        self.import_dialog.open()

    # -- language ----------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.page.set_heading(
            self.tr("Registers of %1").replace("%1", self.institute_name) if self.institute_name else ""
        )
        self.tabs.setTabText(0, self.tr("Households and their debt status"))
        self.tabs.setTabText(1, self.tr("All debts"))
        self.household_filter.setPlaceholderText(self.tr("Filter: name, citizen ID, house no., village…"))
        self.debt_filter.setPlaceholderText(self.tr("Filter: name, citizen ID, creditor, contract no.…"))
        self.add_household.setText(self.tr("Add household…"))
        self.edit_household.setText(self.tr("Open household…"))
        self.remove_button.setText(self.tr("Remove household…"))
        self.undo_button.setText(self.tr("Undo the removal"))
        self.removed_button.setText(self.tr("Removed households…"))
        self.import_button.setText(self.tr("Import from Excel…"))
        actions = self.page.actions
        actions.set_tip(self.remove_button, self.tr("Remove a household entered by mistake (with the reason)"))
        actions.set_tip(self.removed_button, self.tr("The households removed by mistake, to bring them back"))
        actions.set_tip(self.print_xlsx, self.tr("Print the register shown as an Excel workbook into a folder"))
        actions.set_tip(self.print_pdf, self.tr("Print the register shown as a PDF into a folder"))
        self.print_xlsx.setText(self.tr("Excel…"))
        self.print_pdf.setText(self.tr("PDF…"))
        self.show_ids.setText(self.tr("Show full citizen IDs (personal data: only when needed)"))
        self._fill_filters()
        for view in (self.household_view, self.debt_view):
            view.retranslate()
        self.households.retranslate()
        self.debts.retranslate()
        self._show_count(self.household_count, self.households.total or 0)
        self._show_count(self.debt_count, self.debts.total or 0)
        self._update_actions()
        if self.institute_id is None or self.households.total is not None:
            self._show_empty_or_content()


def _tab_page(bar_widgets: list[QWidget], table: QWidget, count: QLabel) -> QWidget:
    """A register's tab: its filter row, the table, the count of rows."""
    page = QWidget()
    column = QVBoxLayout(page)
    column.setContentsMargins(4, 6, 4, 2)
    bar = QHBoxLayout()
    for index, widget in enumerate(bar_widgets):
        bar.addWidget(widget, 1 if index == 0 else 0)
    column.addLayout(bar)
    column.addWidget(table, 1)
    column.addWidget(count)
    return page


def _first_institute_and_funds(db: Database) -> tuple[str | None, str, list[rt.Choice]]:
    from cdfi_desktop.services import registers as reg

    with db.session() as session:
        institute_id = reg.first_institute_id(session)
        if institute_id is None:
            return None, "", []
        name = session.scalar(select(m.Institute.name).where(m.Institute.id == institute_id)) or ""
        funds = [c for c, _rules in reg.fund_choices(session, institute_id=institute_id)]
    return institute_id, name, funds
