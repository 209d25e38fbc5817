"""Contracts screen: the fiscal year's target households with their "1 household 1 contract" status, the
consolidation wizard for the chosen household, the signed contracts, and one contract's sources, schedule,
parties and repayments, with printing the contract."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QLabel,
    QTableView,
    QTabWidget,
    QWidget,
)

from cdfi_desktop.domain.enums import ContractStatus
from cdfi_desktop.domain.fiscal import fiscal_year_be
from cdfi_desktop.failures import describe
from cdfi_desktop.messages import message
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.contracts.contract_detail import STATUS_NAMES, contract_html
from cdfi_desktop.ui.contracts.repayments import RepaymentsPanel
from cdfi_desktop.ui.contracts.table_models import SCHEDULE_COLUMNS, ScheduleModel
from cdfi_desktop.ui.contracts.view_parts import titled
from cdfi_desktop.ui.contracts.wizard import ConsolidationWizard
from cdfi_desktop.ui.ops import Ops
from cdfi_desktop.ui.privacy import disclosure
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets.detail import DetailPanel
from cdfi_desktop.ui.widgets.empty import EmptyOr
from cdfi_desktop.ui.widgets.fields import screen_language
from cdfi_desktop.ui.widgets.page import Page
from cdfi_desktop.ui.widgets.screen import LazyScreen
from cdfi_desktop.ui.widgets.split import MasterDetail
from cdfi_desktop.ui.widgets.table import Column, Kind, RegisterTable

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.services.contract_types import ConsolidationStart
    from cdfi_desktop.services.contracts import ContractRow, ContractView
    from cdfi_desktop.services.targets import TargetRow

log = logging.getLogger(__name__)
CONTEXT = "ContractsScreen"
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
CONSOLIDATED = (ContractStatus.SIGNED, ContractStatus.CLOSED)

TARGET_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("ContractsScreen", "Rank"), Kind.NUMBER),
    Column(QT_TRANSLATE_NOOP("ContractsScreen", "Register no."), Kind.TEXT, priority=2),
    Column(QT_TRANSLATE_NOOP("ContractsScreen", "Head of household"), Kind.TEXT, stretch=True),
    Column(QT_TRANSLATE_NOOP("ContractsScreen", "Contract"), Kind.TEXT, priority=1),
    Column(QT_TRANSLATE_NOOP("ContractsScreen", "Debt now (baht)"), Kind.MONEY),
)
CONTRACT_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("ContractsScreen", "Contract no."), Kind.TEXT),
    Column(QT_TRANSLATE_NOOP("ContractsScreen", "Borrower"), Kind.TEXT, stretch=True),
    Column(QT_TRANSLATE_NOOP("ContractsScreen", "Principal"), Kind.MONEY),
    Column(QT_TRANSLATE_NOOP("ContractsScreen", "Installment"), Kind.MONEY),
    Column(QT_TRANSLATE_NOOP("ContractsScreen", "Months"), Kind.NUMBER, priority=2),
    Column(QT_TRANSLATE_NOOP("ContractsScreen", "Signed on"), Kind.DATE, priority=3),
    Column(QT_TRANSLATE_NOOP("ContractsScreen", "Status"), Kind.TEXT, priority=1),
)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# -- work on the worker thread ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Loaded:
    institute_id: str | None
    targets: tuple[TargetRow, ...]
    contracts: tuple[ContractRow, ...]
    min_households: int  # the profile's households with a contract an institute aims for (11)
    locked: bool


def min_households(db_session: Any, fiscal_year: int) -> int:
    """The fiscal-year profile's minimum of consolidated households (its newest profile up to that year)."""
    from sqlalchemy import select

    from cdfi_desktop.db import models as m

    found = db_session.scalar(
        select(m.FiscalYearProfile.min_households_1hh1c)
        .where(m.FiscalYearProfile.deleted_at.is_(None), m.FiscalYearProfile.fiscal_year <= fiscal_year)
        .order_by(m.FiscalYearProfile.fiscal_year.desc())
        .limit(1)
    )
    return int(found) if found is not None else 11


def load(db: Database, *, fiscal_year: int, as_of: date) -> Loaded:
    from cdfi_desktop.services import contracts as ct
    from cdfi_desktop.services import registers as reg
    from cdfi_desktop.services import targets as tg

    with db.session() as session:
        institute_id = reg.first_institute_id(session)
        if institute_id is None:
            return Loaded(None, (), (), 11, False)
        view = tg.selection(session, institute_id=institute_id, fiscal_year=fiscal_year, as_of=as_of)
        rows = ct.contracts(session, institute_id=institute_id, fiscal_year=fiscal_year)
        return Loaded(
            institute_id=institute_id,
            targets=view.rows if view else (),
            contracts=tuple(rows),
            min_households=min_households(session, fiscal_year),
            locked=view.locked if view else False,
        )


def start_of(db: Database, *, household_id: str, as_of: date) -> ConsolidationStart:
    from cdfi_desktop.services import contracts as ct

    with db.session() as session:
        return ct.consolidation_start(session, household_id=household_id, as_of=as_of)


def view_of(db: Database, contract_id: str) -> ContractView:
    from cdfi_desktop.services import contracts as ct

    with db.session() as session:
        return ct.contract_view(session, contract_id)


def contract_file_name(contract_no: str) -> str:
    """The PDF's name in the folder: ``contract-1HH1C-K7Q2-006-2570.pdf``."""
    return f"contract-{contract_no.replace('/', '-')}.pdf"


def print_contract(db: Database, contract_id: str, path: Path, *, full_ids: bool = False) -> Path:
    """On the worker: the contract as a PDF for signing (citizen IDs masked unless ``full_ids``)."""
    from cdfi_desktop.reports.contract_pdf import write_contract_pdf

    write_contract_pdf(view_of(db, contract_id), path, full_ids=full_ids)
    return path


def _table(columns: tuple[Column, ...], key: str) -> tuple[RegisterTable, QStandardItemModel, QSortFilterProxyModel]:
    """A kit register table over a sorting proxy (sorted by each cell's SORT_ROLE: numbers as numbers)."""
    table = RegisterTable(columns, context=CONTEXT, key=key, sortable=True)
    model = QStandardItemModel(0, len(columns), table)  # headers: set by the screen's retranslate()
    proxy = QSortFilterProxyModel(table)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    table.setModel(proxy)
    return table, model, proxy


def _items(cells: list[tuple[str, object]], columns: tuple[Column, ...], key: str) -> list[QStandardItem]:
    items = []
    for column, (text, sort) in enumerate(cells):
        item = QStandardItem(text)
        item.setData(sort, SORT_ROLE)
        item.setData(key, ID_ROLE)
        if columns[column].kind in (Kind.MONEY, Kind.NUMBER):
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        items.append(item)
    return items


# -- the screen ------------------------------------------------------------------------------------------------------
class ContractsScreen(LazyScreen):
    """The target households' consolidation of the fiscal year the day falls in, and the signed contracts."""

    def __init__(self, ops: Ops, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(ops, parent)
        self.setObjectName("contracts")
        self.ops = ops
        self.today = today or date.today()
        self.fiscal_year = fiscal_year_be(self.today)
        self.loaded: Loaded | None = None
        self.contract: ContractView | None = None
        self.wizard: ConsolidationWizard | None = None
        self.printed: Path | None = None
        self._select_contract: str | None = None

        self.page = Page(self)
        self.counter = QLabel()
        self.counter.setObjectName("contractsCounter")
        self.page.add_to_heading(self.counter)
        self.consolidate_button = self.page.actions.add(self.consolidate)
        self.print_button = self.page.actions.add(self._print_clicked)
        self.page.actions.stretch()
        self.status = self.page.status

        # above: the target households beside the contracts; below: the chosen contract
        self.targets_table, self.targets_model, self.targets_proxy = _table(TARGET_COLUMNS, "contract_targets")
        self.targets_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.targets_table.selectionModel().selectionChanged.connect(self._target_selected)
        self.targets_table.doubleClicked.connect(lambda _index: self.consolidate())
        self.targets_label = QLabel()
        self.targets_label.setObjectName("sectionTitle")
        self.contracts_table, self.contracts_model, self.contracts_proxy = _table(CONTRACT_COLUMNS, "contracts")
        self.contracts_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.contracts_table.selectionModel().selectionChanged.connect(self._contract_selected)
        self.contracts_label = QLabel()
        self.contracts_label.setObjectName("sectionTitle")
        upper = MasterDetail(
            titled(self.targets_label, self.targets_table),
            titled(self.contracts_label, self.contracts_table),
            key="contracts_lists",
            ratio=(1, 1),
        )

        self.detail_tabs = QTabWidget()
        self.summary = DetailPanel()
        self.schedule_model = ScheduleModel(self)
        self.schedule_table = RegisterTable(SCHEDULE_COLUMNS, context="ScheduleModel", key="contract_schedule")
        self.schedule_table.setModel(self.schedule_model)
        self.detail_tabs.addTab(self.summary, "")
        self.detail_tabs.addTab(self.schedule_table, "")
        self.repayments = RepaymentsPanel(ops)
        self.detail_tabs.addTab(self.repayments, "")
        self.splitter = MasterDetail(
            upper, self.detail_tabs, key="contracts_detail", orientation=Qt.Orientation.Vertical, ratio=(2, 3)
        )
        self.stack = EmptyOr(self.splitter)  # no institute or no target list yet: what to do first, and where
        self.page.body.addWidget(self.stack, 1)

        disclosure().changed.connect(self._show_contract)  # the parties' citizen IDs masked or revealed
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.page.set_heading(
            self.tr("%1: target households and their debt-transfer contracts").replace(
                "%1", labels.fiscal_year_text(self.fiscal_year)
            )
        )
        self.targets_label.setText(self.tr("Target households"))
        self.contracts_label.setText(self.tr("Contracts"))
        self.consolidate_button.setText(self.tr("Consolidate…"))
        self.print_button.setText(self.tr("Print contract…"))
        self.detail_tabs.setTabText(0, self.tr("Contract"))
        self.detail_tabs.setTabText(1, self.tr("Schedule"))
        self.detail_tabs.setTabText(2, self.tr("Repayments"))
        self.targets_model.setHorizontalHeaderLabels([_t(c.header) for c in TARGET_COLUMNS])
        self.contracts_model.setHorizontalHeaderLabels([_t(c.header) for c in CONTRACT_COLUMNS])
        self.schedule_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(SCHEDULE_COLUMNS) - 1)
        if self.loaded is not None:
            self._loaded(self.loaded)  # the contract status column speaks the new language too
        self._show_counter()
        self._show_contract()

    # -- loading ---------------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self._stale = False
        fiscal_year, as_of = self.fiscal_year, self.today
        self.ops.query(lambda db: load(db, fiscal_year=fiscal_year, as_of=as_of), success=self._loaded)

    def _loaded(self, loaded: Loaded) -> None:
        self.loaded = loaded
        keep_household = self.current_household_id()
        keep_contract = self._select_contract or self.current_contract_id()
        self._select_contract = None
        signed = self.signed_by_household()
        self.targets_model.removeRows(0, self.targets_model.rowCount())
        for r in loaded.targets:
            contract = signed.get(r.household_id)
            status = (
                self.tr("Signed no. %1").replace("%1", contract.contract_no)
                if contract is not None
                else self.tr("No contract")
            )
            cells: list[tuple[str, object]] = [
                (str(r.rank), r.rank),
                (r.code, r.code),
                (r.head_name, r.head_name),
                (status, f"{0 if contract is None else 1}{contract.contract_no if contract else ''}"),
                (labels.baht_text(r.total_debt), float(r.total_debt)),
            ]
            items = _items(cells, TARGET_COLUMNS, r.household_id)
            if contract is not None:
                items[3].setForeground(Qt.GlobalColor.darkGreen)
            self.targets_model.appendRow(items)
        self.targets_proxy.sort(
            self.targets_table.horizontalHeader().sortIndicatorSection(),
            self.targets_table.horizontalHeader().sortIndicatorOrder(),
        )
        self.contracts_model.removeRows(0, self.contracts_model.rowCount())
        for c in loaded.contracts:
            cells = [
                (c.contract_no, c.contract_no),
                (c.borrower_name, c.borrower_name),
                (labels.baht_text(c.principal), float(c.principal)),
                (labels.baht_text(c.installment), float(c.installment)),
                (str(c.term_months), c.term_months),
                (labels.date_text(c.signing_date), c.signing_date.isoformat() if c.signing_date else ""),
                (_t(STATUS_NAMES[c.status]), c.status.value),
            ]
            self.contracts_model.appendRow(_items(cells, CONTRACT_COLUMNS, c.id))
        self.contracts_proxy.sort(
            self.contracts_table.horizontalHeader().sortIndicatorSection(),
            self.contracts_table.horizontalHeader().sortIndicatorOrder(),
        )
        if keep_household:
            self.select_household(keep_household)
        if keep_contract:
            self.select_contract(keep_contract)
        self._show_counter()
        self._update_buttons()

    def signed_by_household(self) -> dict[str, ContractRow]:
        """Each household's contract that consolidates it (signed, or closed when repaid), the newest first."""
        found: dict[str, ContractRow] = {}
        for c in self.loaded.contracts if self.loaded else ():
            if c.status is ContractStatus.SIGNED or (c.status in CONSOLIDATED and c.household_id not in found):
                found[c.household_id] = c
        return found

    def consolidated_count(self) -> int:
        if self.loaded is None:
            return 0
        targets = {r.household_id for r in self.loaded.targets}
        return len(set(self.signed_by_household()) & targets) if targets else len(self.signed_by_household())

    def _show_counter(self) -> None:
        wanted = self.loaded.min_households if self.loaded else 11
        done = self.consolidated_count()
        self.counter.setText(self.tr("%n households (target at least %1)", "", done).replace("%1", str(wanted)))
        state = "done" if done >= wanted else "short"
        colour, background = ("#1b5e20", "#e3f2e1") if state == "done" else ("#8a5a00", "#fff4d6")
        self.counter.setProperty("state", state)
        self.counter.setStyleSheet(
            f"QLabel {{ color: {colour}; background: {background}; border: 1px solid {colour};"
            " border-radius: 4px; padding: 3px 10px; font-weight: bold; }"
        )
        loaded = self.loaded
        if loaded is not None and loaded.institute_id is None:
            self.stack.show_empty(
                self.tr("No institute yet: its target households and their contracts come after it is registered."),
                self.tr("Go to the institute…"),
                lambda: self._go_to("institute"),
            )
        elif loaded is not None and not loaded.targets and not loaded.contracts:
            self.stack.show_empty(
                self.tr("No target list for this fiscal year yet: choose the target households first."),
                self.tr("Go to the target households…"),
                lambda: self._go_to("targets"),
            )
        else:
            self.stack.show_content()
        if loaded is not None and loaded.targets and not loaded.locked:
            self.status.setText(self.tr("The target list is not locked yet."))
        else:
            self.status.setText("")

    def _go_to(self, step: str) -> None:
        show_step = getattr(self.window(), "show_step", None)
        if callable(show_step):
            show_step(step)

    # -- selection ---------------------------------------------------------------------------------------------------
    @staticmethod
    def _current(table: QTableView) -> str | None:
        rows = table.selectionModel().selectedRows()
        if not rows:
            return None
        found = rows[0].data(ID_ROLE)
        return str(found) if found else None

    def current_household_id(self) -> str | None:
        return self._current(self.targets_table)

    def current_contract_id(self) -> str | None:
        return self._current(self.contracts_table)

    @staticmethod
    def _select(table: QTableView, proxy: QSortFilterProxyModel, key: str) -> bool:
        for row in range(proxy.rowCount()):
            if proxy.index(row, 0).data(ID_ROLE) == key:
                table.selectRow(row)
                table.scrollTo(proxy.index(row, 0))
                return True
        return False

    def select_household(self, household_id: str) -> bool:
        return self._select(self.targets_table, self.targets_proxy, household_id)

    def select_contract(self, contract_id: str) -> bool:
        return self._select(self.contracts_table, self.contracts_proxy, contract_id)

    def _target_selected(self, *_args: object) -> None:
        household_id = self.current_household_id()
        contract = self.signed_by_household().get(household_id or "")
        if contract is not None and contract.id != self.current_contract_id():
            self.select_contract(contract.id)
        self._update_buttons()

    def _contract_selected(self, *_args: object) -> None:
        contract_id = self.current_contract_id()
        self._update_buttons()
        if contract_id is None:
            self.contract = None
            self._show_contract()
            return
        self.ops.query(lambda db: view_of(db, contract_id), success=self._contract_loaded, failure=self._failed)

    def _contract_loaded(self, view: ContractView) -> None:
        if view.id != self.current_contract_id():
            return
        self.contract = view
        self._show_contract()
        self.repayments.set_contract(view.id)

    def _show_contract(self) -> None:
        view = self.contract
        if view is None:
            self.summary.show_hint(self.tr("Choose a contract to see its sources, parties and schedule."))
            self.schedule_model.set_lines([])
            return
        self.schedule_model.set_lines(view.schedule)
        self.summary.setHtml(contract_html(view))

    def _update_buttons(self) -> None:
        household_id = self.current_household_id()
        can_consolidate = (
            self.loaded is not None
            and household_id is not None
            and self.wizard is None  # a household that signed this year may sign a second contract, with a reason
        )
        why = (
            self.tr("The consolidation of another household is open.")
            if self.wizard is not None
            else self.tr("Choose a target household in the list first.")
        )
        self.page.actions.set_available(self.consolidate_button, can_consolidate, why)
        self.page.actions.set_available(
            self.print_button, self.current_contract_id() is not None, self.tr("Choose a contract in the list first.")
        )

    # -- the wizard --------------------------------------------------------------------------------------------------
    def consolidate(self) -> None:
        household_id = self.current_household_id()
        if household_id is None or self.wizard is not None:
            return
        as_of = self.today
        self._show_problem("")
        self.consolidate_button.setEnabled(False)
        self.status.setText(self.tr("Loading the household's debts…"))
        self.ops.query(
            lambda db: start_of(db, household_id=household_id, as_of=as_of),
            success=self._open_wizard,
            failure=self._failed,
        )

    def _open_wizard(self, start: ConsolidationStart) -> None:
        self.status.setText("")
        if not start.debts:
            self._show_problem(self.tr("%1 has no open debt to consolidate.").replace("%1", start.head_name))
            self._update_buttons()
            return
        language = screen_language()
        notes = [message(code, language) for code in start.warnings]
        wizard = ConsolidationWizard(self.ops, start, as_of=self.today, parent=self)
        wizard.signed.connect(self._signed)
        wizard.finished.connect(self._wizard_closed)
        self.wizard = wizard
        if notes:
            self.status.setText(" ".join(notes))
        wizard.open()
        self._update_buttons()

    def _signed(self, contract_id: str) -> None:
        self._select_contract = contract_id
        self.status.setText(self.tr("The contract is signed."))

    def _wizard_closed(self, _result: int) -> None:
        if self.wizard is not None:
            self.wizard.deleteLater()
        self.wizard = None
        self._update_buttons()

    # -- printing ----------------------------------------------------------------------------------------------------
    def _print_clicked(self) -> None:
        self.print_contract()

    def print_contract(self, folder: Path | None = None) -> None:
        """Print the chosen contract as PDF into ``folder`` (asked when None); ``printed`` is the file written."""
        view = self.contract
        if view is None or view.id != self.current_contract_id():
            return
        contract_id, name = view.id, contract_file_name(view.contract_no)
        full = disclosure().revealed  # full IDs on paper only for a role that may see them, asked for
        self.page.print_into_folder(
            self.ops,
            folder=folder,
            ask=self.tr("Folder for the contract"),
            write=lambda db, into: [print_contract(db, contract_id, into / name, full_ids=full)],
            what=self.tr("The contract"),
            done=lambda paths: setattr(self, "printed", paths[0]),
        )

    def _show_problem(self, text: str) -> None:
        self.page.show_problem(text)

    def _failed(self, exc: Exception) -> None:
        from cdfi_desktop.services.errors import ValidationFailed

        self.status.setText("")
        if isinstance(exc, ValidationFailed):
            language = screen_language()
            self._show_problem("\n".join(message(i.code, language, **i.params) for i in exc.issues))
        else:
            log.error("contracts: %s", exc)
            self._show_problem(self.tr("The operation failed: %1").replace("%1", describe(exc, screen_language())))
        self._update_buttons()
