"""The "1 household 1 contract" consolidation wizard: from the household's open debts to a signed contract.

Five steps, each on one page that fits a 1366×768 laptop:
1. source debts: which open debts the new contract takes over, each one's payoff (principal, interest to the
   signing date, penalty) and the committee's waivers; the down-payment; the new principal P0;
2. terms: affordability (income, expenses, debt service, A_max), rate, the term solver, flat and declining
   balance side by side (installment rounded to the step, last installment, total interest, APR);
3. the full schedule of the chosen method with its totals;
4. parties and signing: borrower, lender, guarantors, witnesses, place and dates;
5. review (amounts in Thai words) and sign: ``services.contracts.sign_contract`` in one transaction, on the
   worker thread; what it refuses is shown on the page and under the field concerned.

Everything the pages show is worked out with the domain's pure schedule rules (``figures.py``); the database
is touched only by signing.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from cdfi_desktop.domain import bahttext
from cdfi_desktop.domain.enums import LenderKind, PartyRole, RepaymentMethod
from cdfi_desktop.domain.schedule import add_months
from cdfi_desktop.failures import describe
from cdfi_desktop.messages import message
from cdfi_desktop.services.contract_types import ConsolidationStart, ContractForm, PartyForm
from cdfi_desktop.services.limits import text_limit
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.contracts.figures import MethodFigures, SourceEntry, balance, compare, new_principal
from cdfi_desktop.ui.contracts.parties import PartyList
from cdfi_desktop.ui.contracts.table_models import SCHEDULE_COLUMNS, ScheduleModel
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets.fields import DateField, Field, MoneyField, RateField, TextField, screen_language

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.domain.register_rules import Issue
    from cdfi_desktop.ui.ops import Ops

log = logging.getLogger(__name__)
ZERO = Decimal("0.00")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
SOURCES, TERMS, SCHEDULE, PARTIES, REVIEW = range(5)
STEP_NAMES = (
    QT_TRANSLATE_NOOP("ConsolidationWizard", "1. Source debts"),
    QT_TRANSLATE_NOOP("ConsolidationWizard", "2. Terms"),
    QT_TRANSLATE_NOOP("ConsolidationWizard", "3. Schedule"),
    QT_TRANSLATE_NOOP("ConsolidationWizard", "4. Parties and signing"),
    QT_TRANSLATE_NOOP("ConsolidationWizard", "5. Review and sign"),
)
METHOD_NAMES = {
    RepaymentMethod.FLAT: QT_TRANSLATE_NOOP("ConsolidationWizard", "Flat rate"),
    RepaymentMethod.DECLINING: QT_TRANSLATE_NOOP("ConsolidationWizard", "Declining balance"),
}
ENTRY_PROBLEMS = {
    "contract_amount_negative": QT_TRANSLATE_NOOP("ConsolidationWizard", "Amounts cannot be negative."),
    "contract_share_range": QT_TRANSLATE_NOOP("ConsolidationWizard", "A share kept is between 0 and 1."),
    "contract_waiver_too_large": QT_TRANSLATE_NOOP(
        "ConsolidationWizard", "A waiver cannot be more than the interest or penalty it waives."
    ),
}

REASON_LIMIT = 2000  # services.contracts.REASON_LIMIT, said at the field

SignFn = Callable[["Database", ContractForm], str]


def _w(text: str) -> str:
    return QCoreApplication.translate("ConsolidationWizard", text)


def step_text(step: Decimal) -> str:
    """The installment step as officers say it: 10, not 10.00."""
    return f"{int(step):,}" if step == step.to_integral_value() else labels.baht_text(step)


def method_name(method: RepaymentMethod) -> str:
    return _w(METHOD_NAMES[method])


def sign_in_database(db: Database, form: ContractForm) -> str:
    """Sign on the worker thread: the contract, its transfer lines, schedule and parties in one transaction."""
    from cdfi_desktop.services import contracts
    from cdfi_desktop.services.uow import UnitOfWork

    with UnitOfWork(db) as uow:
        return contracts.sign_contract(uow, form)


def entry_problem_text(entry: SourceEntry, code: str) -> str:
    """What is wrong with a debt's payoff, naming the debt: the service's own words for a principal waiver."""
    if code in ENTRY_PROBLEMS:
        return f"{entry.debt.creditor}: {_w(ENTRY_PROBLEMS[code])}"
    return message(
        code,
        screen_language(),
        creditor=entry.debt.creditor,
        contract_no=entry.debt.contract_no or "-",
        waived=entry.principal_waived,
    )


def _problem_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldProblem")
    label.setProperty("state", "error")
    label.setWordWrap(True)
    label.hide()
    return label


def _show(label: QLabel, text: str, *, state: str = "error") -> None:
    label.setText(text)
    label.setProperty("state", state)
    label.style().unpolish(label)
    label.style().polish(label)
    label.setVisible(bool(text))


def _amount_item(amount: Decimal | None, *, bold: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(labels.baht_text(amount))
    item.setTextAlignment(RIGHT)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if bold:
        font = item.font()
        font.setBold(True)
        item.setFont(font)
    return item


def _text_item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _value_label() -> QLabel:
    label = QLabel()
    label.setAlignment(RIGHT)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


# -- 1. source debts ---------------------------------------------------------------------------------------------
class SourcesPage(QWizardPage):
    """The household's open debts with a box to take each over; the selected debt's payoff and waivers below."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("SourcesPage", "Take over"),
        QT_TRANSLATE_NOOP("SourcesPage", "Creditor"),
        QT_TRANSLATE_NOOP("SourcesPage", "Contract no."),
        QT_TRANSLATE_NOOP("SourcesPage", "Outstanding"),
        QT_TRANSLATE_NOOP("SourcesPage", "Rate %"),
        QT_TRANSLATE_NOOP("SourcesPage", "Days overdue"),
        QT_TRANSLATE_NOOP("SourcesPage", "Interest"),
        QT_TRANSLATE_NOOP("SourcesPage", "Penalty"),
        QT_TRANSLATE_NOOP("SourcesPage", "Waived"),
        QT_TRANSLATE_NOOP("SourcesPage", "Payoff"),
    )
    WIDTHS = (70, 200, 95, 95, 55, 80, 85, 75, 80, 100)

    def __init__(self, wizard: ConsolidationWizard) -> None:
        super().__init__()
        self.w = wizard
        self._loading = False
        self.setTitle(self.tr("Which debts does the new contract take over?"))
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("SourcesPage", c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        scale = self.table.fontMetrics().averageCharWidth() / 7
        for column, width in enumerate(self.WIDTHS):
            self.table.setColumnWidth(column, int(width * scale))
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._item_changed)
        self.table.itemSelectionChanged.connect(self._row_changed)
        layout.addWidget(self.table, 1)

        self.editor = QGroupBox()
        grid = QGridLayout(self.editor)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        self.principal = MoneyField(required=True)
        self.principal.edit.setReadOnly(True)  # the whole outstanding: a part forgiven is a waiver with its reason
        self.principal.setToolTip(self.tr("The whole outstanding principal; a part the committee forgives is waived"))
        self.principal_waived = MoneyField()
        self.waiver_reason = TextField(
            placeholder=self.tr("Why the committee forgives this part of the principal"), max_length=REASON_LIMIT
        )
        self.interest = MoneyField()
        self.penalty = MoneyField()
        self.interest_hint = QLabel()
        self.interest_hint.setObjectName("pageSummary")
        self.by_share = QRadioButton(self.tr("Keep a share"))
        self.by_amount = QRadioButton(self.tr("Waive amounts"))
        self.waiver_mode = QButtonGroup(self)
        self.waiver_mode.addButton(self.by_share)
        self.waiver_mode.addButton(self.by_amount)
        self.interest_share = RateField()
        self.penalty_share = RateField()
        self.interest_waived = MoneyField()
        self.penalty_waived = MoneyField()
        self.principal_label = QLabel(self.tr("Principal outstanding"))
        self.interest_label = QLabel(self.tr("Interest to the signing date"))
        self.penalty_label = QLabel(self.tr("Penalty"))
        self.share_a_label = QLabel(self.tr("a: share of interest kept"))
        self.share_b_label = QLabel(self.tr("b: share of penalty kept"))
        self.waived_i_label = QLabel(self.tr("Interest waived"))
        self.waived_f_label = QLabel(self.tr("Penalty waived"))
        self.waived_p_label = QLabel(self.tr("Principal waived"))
        self.reason_label = QLabel(self.tr("Reason for the principal waiver"))
        grid.addWidget(self.principal_label, 0, 0)
        grid.addWidget(self.interest_label, 0, 1)
        grid.addWidget(self.penalty_label, 0, 2)
        grid.addWidget(self.principal, 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.interest, 1, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.penalty, 1, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.interest_hint, 2, 0, 1, 3)
        modes = QVBoxLayout()
        modes.setSpacing(0)
        modes.addWidget(self.by_share)
        modes.addWidget(self.by_amount)
        grid.addLayout(modes, 0, 3, 2, 1)
        grid.addWidget(self.share_a_label, 0, 4)
        grid.addWidget(self.share_b_label, 0, 5)
        grid.addWidget(self.interest_share, 1, 4, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.penalty_share, 1, 5, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.waived_i_label, 0, 6)
        grid.addWidget(self.waived_f_label, 0, 7)
        grid.addWidget(self.interest_waived, 1, 6, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.penalty_waived, 1, 7, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.waived_p_label, 3, 0)
        grid.addWidget(self.reason_label, 3, 1, 1, 7)
        grid.addWidget(self.principal_waived, 4, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.waiver_reason, 4, 1, 1, 7, Qt.AlignmentFlag.AlignTop)
        for column in (0, 1, 2, 4, 5, 6, 7):
            grid.setColumnStretch(column, 1)
            grid.setColumnMinimumWidth(column, 110)
        layout.addWidget(self.editor)

        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Down-payment")))
        self.down_payment = MoneyField()
        self.down_payment.setFixedWidth(150)
        bottom.addWidget(self.down_payment, 0, Qt.AlignmentFlag.AlignTop)
        bottom.addSpacing(16)
        self.total = QLabel()
        self.total.setObjectName("sectionTitle")
        self.total.setWordWrap(True)
        self.total.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bottom.addWidget(self.total, 1)
        layout.addLayout(bottom)
        self.problem = _problem_label()
        layout.addWidget(self.problem)
        # a second contract of the fiscal year: a warning, and the reason the service keeps in the notes
        self.second_warning = _problem_label()
        self.second_reason: TextField | None = None
        if wizard.start.signed_contract_id:
            _show(self.second_warning, message("contract_signed_twice", screen_language()), state="warning")
            second = QHBoxLayout()
            second.addWidget(QLabel(self.tr("Reason for a second contract")))
            self.second_reason = TextField(
                placeholder=self.tr("Why this household signs a second contract this year"), max_length=REASON_LIMIT
            )
            second.addWidget(self.second_reason, 1)
            layout.addWidget(self.second_warning)
            layout.addLayout(second)
            self.second_reason.changed.connect(self._refresh_total)
            self.second_reason.edit.editingFinished.connect(self._refresh_total)

        for field in self.editor_fields():
            field.changed.connect(self._field_changed)
        self.waiver_reason.changed.connect(self._field_changed)
        for edit in (self.principal_waived.edit, self.waiver_reason.edit):
            edit.editingFinished.connect(self._refresh_total)  # after the field's own check
        self.waiver_mode.buttonToggled.connect(self._mode_changed)
        self.down_payment.changed.connect(self._refresh_total)
        self._fill_table()
        if self.table.rowCount():
            self.table.selectRow(0)
        self._row_changed()

    def editor_fields(self) -> tuple[MoneyField, ...]:
        return (
            self.principal,
            self.interest,
            self.penalty,
            self.interest_share,
            self.penalty_share,
            self.interest_waived,
            self.penalty_waived,
            self.principal_waived,
        )

    def second_reason_value(self) -> str:
        return self.second_reason.text().strip() if self.second_reason is not None else ""

    def second_reason_missing(self) -> bool:
        return self.second_reason is not None and not self.second_reason_value()

    # -- the table ------------------------------------------------------------------------------------------------
    def _fill_table(self) -> None:
        self._loading = True
        self.table.setRowCount(len(self.w.entries))
        for row, entry in enumerate(self.w.entries):
            debt = entry.debt
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            check.setCheckState(Qt.CheckState.Checked if entry.chosen else Qt.CheckState.Unchecked)
            self.table.setItem(row, 0, check)
            creditor = f"{debt.creditor} ({labels.label(debt.creditor_kind)})"
            item = _text_item(creditor)
            tip = [creditor]
            if debt.contract_date:
                tip.append(self.tr("Dated %1").replace("%1", labels.date_text(debt.contract_date)))
            if debt.guarantors:
                tip.append(self.tr("Guarantors: %1").replace("%1", ", ".join(debt.guarantors)))
            item.setToolTip("\n".join(tip))
            self.table.setItem(row, 1, item)
            self.table.setItem(row, 2, _text_item(debt.contract_no or "–"))
            self.table.setItem(row, 3, _amount_item(debt.outstanding))
            rate = _text_item("–" if debt.interest_rate is None else f"{debt.interest_rate.normalize():f}")
            rate.setTextAlignment(RIGHT)
            self.table.setItem(row, 4, rate)
            days = _text_item(str(debt.days_overdue))
            days.setTextAlignment(RIGHT)
            self.table.setItem(row, 5, days)
            self._fill_row(row)
        self._loading = False
        spare = self.table.fontMetrics().horizontalAdvance("0")  # a ticked row's payoff turns bold and grows
        for column in range(self.table.columnCount()):
            if column != 1:
                self.table.resizeColumnToContents(column)
                self.table.setColumnWidth(column, self.table.columnWidth(column) + spare)

    def _fill_row(self, row: int) -> None:
        entry = self.w.entries[row]
        payoff = entry.payoff() if entry.problem() is None else None
        self.table.setItem(row, 6, _amount_item(entry.interest))
        self.table.setItem(row, 7, _amount_item(entry.penalty))
        self.table.setItem(row, 8, _amount_item(payoff.waived if payoff else None))
        self.table.setItem(row, 9, _amount_item(payoff.amount if payoff else None, bold=entry.chosen))
        for column in range(1, self.table.columnCount()):
            cell = self.table.item(row, column)
            if cell is not None:
                cell.setForeground(Qt.GlobalColor.black if entry.chosen else Qt.GlobalColor.darkGray)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() != 0:
            return
        row = item.row()
        self.w.entries[row].chosen = item.checkState() == Qt.CheckState.Checked
        self._loading = True
        self._fill_row(row)
        self._loading = False
        if self.current_row() != row:
            self.table.selectRow(row)
        self._row_changed()
        self._refresh_total()

    def set_chosen(self, row: int, chosen: bool) -> None:
        item = self.table.item(row, 0)
        assert item is not None
        item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)

    def current_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    # -- the selected debt's payoff -------------------------------------------------------------------------------
    def _row_changed(self) -> None:
        row = self.current_row()
        entry = self.w.entries[row] if row is not None else None
        self.editor.setEnabled(entry is not None and entry.chosen)
        if entry is None:
            self.editor.setTitle(self.tr("Tick a debt to take it over"))
            return
        title = self.tr("Payoff of %1 on the signing date").replace("%1", entry.debt.creditor)
        if not entry.chosen:
            title = self.tr("%1 – tick the debt to take it over").replace("%1", entry.debt.creditor)
        self.editor.setTitle(title)
        self._loading = True
        self.principal.set_value(entry.principal)
        self.interest.set_value(entry.interest)
        self.penalty.set_value(entry.penalty)
        self.interest_share.set_value(entry.interest_share)
        self.penalty_share.set_value(entry.penalty_share)
        self.interest_waived.set_value(entry.interest_waived)
        self.penalty_waived.set_value(entry.penalty_waived)
        self.principal_waived.set_value(entry.principal_waived)
        self.waiver_reason.setText(entry.waiver_reason)
        (self.by_share if entry.by_share else self.by_amount).setChecked(True)
        for field in (*self.editor_fields(), self.waiver_reason):
            field.show_problem(None)
        self._loading = False
        self._show_waiver_problem()
        self.interest_hint.setText(
            self.tr("Suggested %1 (%2 days overdue)")
            .replace("%1", labels.baht_text(entry.debt.suggested_interest))
            .replace("%2", str(entry.debt.days_overdue))
        )
        self._show_mode(entry.by_share)

    def _show_mode(self, by_share: bool) -> None:
        shares: tuple[QWidget, ...] = (self.interest_share, self.penalty_share, self.share_a_label, self.share_b_label)
        amounts: tuple[QWidget, ...] = (
            self.interest_waived,
            self.penalty_waived,
            self.waived_i_label,
            self.waived_f_label,
        )
        for widget in shares:
            widget.setEnabled(by_share)
        for widget in amounts:
            widget.setEnabled(not by_share)

    def _mode_changed(self, *_args: object) -> None:
        self._show_mode(self.by_share.isChecked())
        self._field_changed()

    def _field_changed(self) -> None:
        row = self.current_row()
        if self._loading or row is None:
            return
        entry = self.w.entries[row]
        values: dict[str, Decimal] = {}
        for name in (
            "principal",
            "interest",
            "penalty",
            "interest_share",
            "penalty_share",
            "interest_waived",
            "penalty_waived",
            "principal_waived",
        ):
            field: MoneyField = getattr(self, name)
            try:
                value = field.value()
            except Exception:
                continue
            values[name] = value if value is not None else ZERO
        for name, value in values.items():
            setattr(entry, name, value)
        entry.by_share = self.by_share.isChecked()
        entry.waiver_reason = self.waiver_reason.text()
        self._loading = True
        self._fill_row(row)
        self._loading = False
        self._refresh_total()

    # -- totals -----------------------------------------------------------------------------------------------------
    def down_payment_value(self) -> Decimal | None:
        try:
            return self.down_payment.value() or ZERO
        except Exception:
            return None

    def _show_waiver_problem(self) -> None:
        """The selected debt's principal waiver judged at its fields: too large, or without its reason."""
        row = self.current_row()
        entry = self.w.entries[row] if row is not None else None
        code = entry.principal_problem() if entry is not None and entry.chosen else None
        at_amount = code in ("contract_principal_waiver_too_large", "contract_amount_negative")
        if entry is not None and at_amount and code is not None:
            self.principal_waived.show_problem(entry_problem_text(entry, code))
        elif self.principal_waived.problem.isVisible() and self.principal_waived.check():
            self.principal_waived.show_problem(None)
        if entry is not None and code == "contract_waiver_reason_required":
            self.waiver_reason.show_problem(entry_problem_text(entry, code))
        elif self.waiver_reason.problem.isVisible() and self.waiver_reason.check():
            self.waiver_reason.show_problem(None)

    def _refresh_total(self) -> None:
        chosen = [e for e in self.w.entries if e.chosen]
        problems = [e for e in chosen if e.problem() is not None]
        down = self.down_payment_value()
        self._show_waiver_problem()
        if problems or down is None:
            self.total.setText(self.tr("New principal: –"))
        else:
            money = balance(self.w.entries, down)
            self.total.setText(
                self.tr("%1 debts: owed %2 = new principal %3 + waived %4 + down-payment %5 baht")
                .replace("%1", str(len(chosen)))
                .replace("%2", labels.baht_text(money.owed))
                .replace("%3", labels.baht_text(money.principal))
                .replace("%4", labels.baht_text(money.waived))
                .replace("%5", labels.baht_text(money.down_payment))
            )
        text = ""
        if problems:
            first = problems[0]
            problem = first.problem()
            assert problem is not None
            text = entry_problem_text(first, problem)
        elif down is not None and chosen and new_principal(self.w.entries, down) <= 0:
            text = self.tr("The down-payment leaves nothing to consolidate.")
        _show(self.problem, text)
        if self.second_reason is not None:
            missing = self.tr("Give the reason for a second contract this fiscal year.")
            if self.second_reason_missing():
                self.second_reason.show_problem(missing)
            elif self.second_reason.problem.isVisible() and self.second_reason.check():
                self.second_reason.show_problem(None)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        chosen = [e for e in self.w.entries if e.chosen]
        down = self.down_payment_value()
        if not chosen or down is None or any(e.problem() is not None for e in chosen):
            return False
        if any(f.has_error for f in (*self.editor_fields(), self.waiver_reason)) or self.second_reason_missing():
            return False
        if self.second_reason is not None and self.second_reason.has_error:
            return False
        return new_principal(self.w.entries, down) > 0

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        fields = (*self.editor_fields(), self.waiver_reason, self.down_payment)
        ok = all([f.check() for f in fields])  # noqa: C419 - show all
        if ok:
            self.w.down_payment = self.down_payment_value() or ZERO
        return ok and self.isComplete()


# -- 2. terms --------------------------------------------------------------------------------------------------------
class TermsPage(QWizardPage):
    """Affordability, rate and term, and flat beside declining balance for the new principal."""

    ROWS = (
        QT_TRANSLATE_NOOP("TermsPage", "Installment by the formula"),
        QT_TRANSLATE_NOOP("TermsPage", "Installment (rounded up to the step)"),
        QT_TRANSLATE_NOOP("TermsPage", "Last installment"),
        QT_TRANSLATE_NOOP("TermsPage", "Installments paid"),
        QT_TRANSLATE_NOOP("TermsPage", "Total interest"),
        QT_TRANSLATE_NOOP("TermsPage", "Total repaid"),
        QT_TRANSLATE_NOOP("TermsPage", "Equivalent annual rate (APR)"),
        QT_TRANSLATE_NOOP("TermsPage", "Shortest term within A_max"),
    )

    def __init__(self, wizard: ConsolidationWizard) -> None:
        super().__init__()
        self.w = wizard
        self.figures: dict[RepaymentMethod, MethodFigures] = {}
        self._for_principal: Decimal | None = None
        self._loading = False
        start = wizard.start
        self.setTitle(self.tr("Terms the household can carry"))
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        outer.addLayout(top)

        money = QGroupBox(self.tr("Affordability (a month)"))
        form = QFormLayout(money)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.income = _value_label()
        self.expenses = _value_label()
        self.left_over = _value_label()
        self.debt_service = _value_label()
        self.dsr = _value_label()
        self.affordable = MoneyField(required=True)
        self.affordable_hint = QLabel()
        self.affordable_hint.setObjectName("pageSummary")
        form.addRow(self.tr("Income"), self.income)
        form.addRow(self.tr("Essential expenses"), self.expenses)
        form.addRow(self.tr("Left before debt service"), self.left_over)
        form.addRow(self.tr("Debt service today"), self.debt_service)
        form.addRow(self.tr("Debt-service ratio today"), self.dsr)
        form.addRow(self.tr("Affordable installment (A_max)"), self.affordable)
        form.addRow("", self.affordable_hint)
        top.addWidget(money, 4)

        terms = QGroupBox(self.tr("Terms"))
        grid = QGridLayout(terms)
        self.principal = _value_label()
        font = self.principal.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.principal.setFont(font)
        self.rate = RateField(required=True)
        self.term = QSpinBox()
        self.term.setRange(1, max(1, start.max_term_months))
        self.term.setSuffix(self.tr(" months"))
        self.term.setAlignment(RIGHT)
        self.shortest = QLabel()
        self.shortest.setWordWrap(True)
        self.use_shortest = QPushButton(self.tr("Use the shortest"))
        self.use_shortest.clicked.connect(self._use_shortest)
        self.flat = QRadioButton(method_name(RepaymentMethod.FLAT))
        self.declining = QRadioButton(method_name(RepaymentMethod.DECLINING))
        self.methods = QButtonGroup(self)
        self.methods.addButton(self.flat)
        self.methods.addButton(self.declining)
        self.declining.setChecked(True)
        grid.addWidget(QLabel(self.tr("New principal (baht)")), 0, 0)
        grid.addWidget(self.principal, 0, 1, 1, 2)
        grid.addWidget(QLabel(self.tr("Interest rate (% a year)")), 1, 0)
        grid.addWidget(self.rate, 1, 1, 1, 2)
        grid.addWidget(QLabel(self.tr("Term")), 2, 0)
        grid.addWidget(self.term, 2, 1)
        grid.addWidget(self.use_shortest, 2, 2)
        grid.addWidget(self.shortest, 3, 0, 1, 3)
        grid.addWidget(QLabel(self.tr("Repayment method")), 4, 0)
        methods = QHBoxLayout()
        methods.addWidget(self.flat)
        methods.addWidget(self.declining)
        methods.addStretch(1)
        grid.addLayout(methods, 4, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        top.addWidget(terms, 5)

        self.table = QTableWidget(len(self.ROWS), 2)
        self.table.setVerticalHeaderLabels([QCoreApplication.translate("TermsPage", r) for r in self.ROWS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setFixedHeight(26 * len(self.ROWS) + self.table.horizontalHeader().sizeHint().height() + 4)
        outer.addWidget(self.table)
        self.warning = _problem_label()
        self.warning.setProperty("state", "warning")
        outer.addWidget(self.warning)
        self.problem = _problem_label()
        outer.addWidget(self.problem)
        outer.addStretch(1)

        self.income.setText(labels.baht_text(start.income))
        self.expenses.setText(labels.baht_text(start.essential_expenses))
        self.left_over.setText(labels.baht_text(start.income - start.essential_expenses))
        self.debt_service.setText(labels.baht_text(start.debt_service))
        self.dsr.setText(
            "–" if start.income <= 0 else f"{(start.debt_service / start.income * 100).quantize(Decimal('0.01')):,}%"
        )
        self.affordable.set_value(start.affordable_installment)
        self.affordable_hint.setText(
            self.tr("The profile's value: %1").replace("%1", labels.baht_text(start.affordable_installment))
        )
        self.rate.set_value(start.default_rate_pct)
        self.rate.changed.connect(self._terms_changed)
        self.affordable.changed.connect(self._terms_changed)
        self.term.valueChanged.connect(self._terms_changed)
        self.methods.buttonToggled.connect(self._method_toggled)

    @property
    def method(self) -> RepaymentMethod:
        return RepaymentMethod.FLAT if self.flat.isChecked() else RepaymentMethod.DECLINING

    def rate_value(self) -> Decimal | None:
        try:
            rate = self.rate.value()
        except Exception:
            return None
        return rate if rate is not None and rate >= 0 else None

    def affordable_value(self) -> Decimal | None:
        try:
            return self.affordable.value()
        except Exception:
            return None

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        principal = self.w.principal()
        self.principal.setText(labels.baht_text(principal))
        if principal != self._for_principal:
            self._for_principal = principal
            self._recompute(choose_shortest=True)
        else:
            self._recompute()

    def _use_shortest(self) -> None:
        self._recompute(choose_shortest=True)

    def _method_toggled(self, _button: object, checked: bool) -> None:
        if checked:
            self._recompute()

    def _terms_changed(self) -> None:
        if not self._loading:
            self._recompute()

    def _recompute(self, *, choose_shortest: bool = False) -> None:
        principal, rate, affordable = self.w.principal(), self.rate_value(), self.affordable_value()
        start = self.w.start
        if principal <= 0 or rate is None or affordable is None:
            self.figures = {}
            self._show_figures()
            return
        months = self.term.value()
        figures = compare(
            principal,
            rate_pct=rate,
            months=months,
            step=start.installment_step,
            first_due=self.w.first_due(),
            affordable=affordable,
            max_months=start.max_term_months,
        )
        shortest = figures[self.method].shortest_term
        if choose_shortest:
            wanted = shortest if shortest is not None else start.max_term_months
            if wanted != months:
                self._loading = True
                self.term.setValue(max(1, wanted))
                self._loading = False
                figures = compare(
                    principal,
                    rate_pct=rate,
                    months=self.term.value(),
                    step=start.installment_step,
                    first_due=self.w.first_due(),
                    affordable=affordable,
                    max_months=start.max_term_months,
                )
        self.figures = figures
        self._show_figures()

    def _show_figures(self) -> None:
        headers = []
        for column, method in enumerate((RepaymentMethod.FLAT, RepaymentMethod.DECLINING)):
            chosen = method is self.method
            name = method_name(method)
            headers.append(f"✔ {name}" if chosen else name)
            f = self.figures.get(method)
            cells: list[str] = ["–"] * len(self.ROWS)
            if f is not None:
                apr = "–" if f.apr is None else f"{f.apr:,.2f}%"
                term = (
                    self.tr("none up to %1 months").replace("%1", str(self.w.start.max_term_months))
                    if f.shortest_term is None
                    else self.tr("%1 months").replace("%1", str(f.shortest_term))
                )
                cells = [
                    labels.baht_text(f.exact_installment),
                    labels.baht_text(f.installment),
                    labels.baht_text(f.last_installment),
                    str(f.months_paid),
                    labels.baht_text(f.total_interest),
                    labels.baht_text(f.total_paid),
                    apr,
                    term,
                ]
            for row, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(RIGHT)
                if chosen:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                    item.setBackground(Qt.GlobalColor.white)
                else:
                    item.setForeground(Qt.GlobalColor.darkGray)
                self.table.setItem(row, column, item)
        self.table.setHorizontalHeaderLabels(headers)
        chosen_figures = self.figures.get(self.method)
        shortest_text = ""
        warnings: list[str] = []
        affordable = self.affordable_value()
        if chosen_figures is not None and affordable is not None:
            if chosen_figures.shortest_term is None:
                shortest_text = self.tr("No term up to %1 months brings the installment within %2 baht.")
                warnings.append(
                    self.tr("Even the longest term, %1 months, does not bring the installment within A_max %2 baht.")
                    .replace("%1", str(self.w.start.max_term_months))
                    .replace("%2", labels.baht_text(affordable))
                )
            else:
                shortest_text = self.tr("The shortest term within %2 baht a month: %1 months.")
            shortest_text = shortest_text.replace(
                "%1", str(chosen_figures.shortest_term or self.w.start.max_term_months)
            )
            shortest_text = shortest_text.replace("%2", labels.baht_text(affordable))
            if chosen_figures.installment > affordable:
                warnings.append(
                    self.tr("The installment %1 baht is above the affordable installment %2 baht.")
                    .replace("%1", labels.baht_text(chosen_figures.installment))
                    .replace("%2", labels.baht_text(affordable))
                )
            if self.term.value() > self.w.start.max_term_months:
                warnings.append(
                    self.tr("The term is longer than the profile's maximum of %1 months.").replace(
                        "%1", str(self.w.start.max_term_months)
                    )
                )
        self.shortest.setText(shortest_text)
        _show(self.warning, "\n".join(f"⚠ {w}" for w in warnings), state="warning")
        problem = ""
        if self.rate_value() is None:
            problem = self.tr("Type the interest rate, % a year.")
        elif affordable is None:
            problem = self.tr("Type the affordable installment.")
        _show(self.problem, problem)
        self.completeChanged.emit()

    def chosen_figures(self) -> MethodFigures | None:
        return self.figures.get(self.method)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.chosen_figures() is not None

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        return self.rate.check() and self.affordable.check() and self.isComplete()


# -- 3. schedule -----------------------------------------------------------------------------------------------------
class SchedulePage(QWizardPage):
    def __init__(self, wizard: ConsolidationWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Repayment schedule"))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.model = ScheduleModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(0, int(SCHEDULE_COLUMNS[0][1] * self.table.fontMetrics().averageCharWidth() / 7))
        layout.addWidget(self.table, 1)
        self.note = QLabel()
        self.note.setObjectName("pageSummary")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.w.terms_page._recompute()  # the first due date may have changed on the parties page
        f = self.w.terms_page.chosen_figures()
        if f is None:
            self.model.set_lines([])
            return
        self.model.set_lines(f.schedule.lines)
        self.summary.setText(
            self.tr("%1: %2 baht at %3% a year over %4 months; %5 baht a month, the last installment %6 baht.")
            .replace("%1", method_name(f.method))
            .replace("%2", labels.baht_text(f.schedule.principal))
            .replace("%3", f"{f.schedule.annual_rate_pct.normalize():f}")
            .replace("%4", str(self.w.terms_page.term.value()))
            .replace("%5", labels.baht_text(f.installment))
            .replace("%6", labels.baht_text(f.last_installment))
        )
        note = self.tr(
            "Installments are rounded up to %1 baht; the last one absorbs the difference, so the schedule sums to "
            "the principal plus the interest. Due dates start from the first due date %2 (set on the next page)."
        )
        self.note.setText(
            note.replace("%1", step_text(self.w.start.installment_step)).replace(
                "%2", labels.date_text(self.w.first_due())
            )
        )


# -- 4. parties and signing ------------------------------------------------------------------------------------------
class PartiesPage(QWizardPage):
    def __init__(self, wizard: ConsolidationWizard) -> None:
        super().__init__()
        self.w = wizard
        start = wizard.start
        self._first_due_touched = False
        self.setTitle(self.tr("Parties, place and date of signing"))
        outer = QHBoxLayout(self)

        left = QVBoxLayout()
        who = QGroupBox(self.tr("Borrower and lender"))
        form = QFormLayout(who)
        self.borrower = QComboBox()
        for member in start.members:
            text = self.tr("%1 (head)").replace("%1", member.full_name) if member.is_head else member.full_name
            self.borrower.addItem(text, member.member_id)
            if member.is_head:
                self.borrower.setCurrentIndex(self.borrower.count() - 1)
        self.borrower_id = QLabel()
        self.borrower_id.setObjectName("pageSummary")
        self.borrower.currentIndexChanged.connect(self._borrower_changed)
        form.addRow(self.tr("Borrower"), self.borrower)
        form.addRow("", self.borrower_id)
        self.lender_box = QComboBox()
        self.lender_box.addItem(self.tr("The institute: %1").replace("%1", start.institute_name), None)
        for fund in start.funds:
            self.lender_box.addItem(self.tr("Member fund: %1").replace("%1", fund.name), fund.fund_id)
        self.lender_box.currentIndexChanged.connect(self._changed)
        form.addRow(self.tr("Lender"), self.lender_box)
        self.signatory = TextField(placeholder=self.tr("Who signs for the lender (optional)"))
        form.addRow(self.tr("Signing for the lender"), self.signatory)
        left.addWidget(who)

        when = QGroupBox(self.tr("Signing"))
        form = QFormLayout(when)
        self.place = TextField(required=True, max_length=text_limit("consolidation_contract", "signing_place"))
        self.place.setText(start.institute_address or start.institute_name)
        self.place.edit.setCursorPosition(0)
        self.signing_date = DateField(required=True)
        self.signing_date.set_value(wizard.as_of)
        self.first_due = DateField(required=True)
        self.first_due.set_value(add_months(wizard.as_of, 1))
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Signing date"), self.signing_date)
        form.addRow(self.tr("First installment due"), self.first_due)
        left.addWidget(when)
        self.problem = _problem_label()
        left.addWidget(self.problem)
        left.addStretch(1)
        outer.addLayout(left, 4)

        right = QVBoxLayout()
        guarantors_box = QGroupBox(self.tr("Guarantors (carried over from the source debts)"))
        box_layout = QVBoxLayout(guarantors_box)
        self.guarantors = PartyList(PartyRole.GUARANTOR)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.guarantors)
        box_layout.addWidget(scroll)
        right.addWidget(guarantors_box, 3)
        witnesses_box = QGroupBox(self.tr("Witnesses"))
        box_layout = QVBoxLayout(witnesses_box)
        self.witnesses = PartyList(PartyRole.WITNESS, fixed=2, with_address=False)
        box_layout.addWidget(self.witnesses)
        right.addWidget(witnesses_box, 0)
        outer.addLayout(right, 6)

        for field in (self.place, self.signing_date, self.first_due, self.signatory):
            field.changed.connect(self._changed)
        self.signing_date.changed.connect(self._signing_date_changed)
        self.first_due.edit.textEdited.connect(self._first_due_edited)
        self.guarantors.changed.connect(self._changed)
        self.witnesses.changed.connect(self._changed)
        self._guarantors_from: tuple[str, ...] | None = None
        self._borrower_changed()

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        chosen = tuple(e.debt.debt_id for e in self.w.entries if e.chosen)
        if chosen == self._guarantors_from:
            return
        self._guarantors_from = chosen
        for row in list(self.guarantors.rows):
            self.guarantors.remove_row(row)
        seen: set[str] = set()
        for entry in self.w.entries:
            if not entry.chosen:
                continue
            for name in entry.debt.guarantors:
                if name.strip() and name not in seen:
                    seen.add(name)
                    self.guarantors.add_row(name=name)

    def _borrower_changed(self) -> None:
        member = self.borrower_member()
        self.borrower_id.setText(
            "" if member is None else self.tr("Citizen ID %1").replace("%1", member.citizen_id or "–")
        )
        self._changed()

    def _first_due_edited(self) -> None:
        self._first_due_touched = True

    def _signing_date_changed(self) -> None:
        if self._first_due_touched:
            return
        try:
            signed = self.signing_date.value()
        except Exception:
            return
        if signed is not None:
            self.first_due.set_value(add_months(signed, 1))

    def borrower_member(self) -> Any:
        member_id = self.borrower.currentData()
        return next((m for m in self.w.start.members if m.member_id == member_id), None)

    def dates(self) -> tuple[date, date] | None:
        try:
            signed, first = self.signing_date.value(), self.first_due.value()
        except Exception:
            return None
        if signed is None or first is None:
            return None
        return signed, first

    def _changed(self) -> None:
        problem = ""
        dates = self.dates()
        if dates is not None and dates[1] <= dates[0]:
            problem = self.tr("The first installment falls due after the signing date.")
        _show(self.problem, problem)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        dates = self.dates()
        return (
            self.borrower_member() is not None
            and not self.place.is_blank()
            and dates is not None
            and dates[1] > dates[0]
            and self.guarantors.is_valid()
            and self.witnesses.is_valid()
        )

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        checks = [
            self.place.check(),
            self.signing_date.check(),
            self.first_due.check(),
            self.guarantors.check(),
            self.witnesses.check(),
        ]
        return all(checks) and self.isComplete()

    def lender(self) -> tuple[LenderKind, str | None]:
        fund_id = self.lender_box.currentData()
        return (LenderKind.MEMBER_FUND, str(fund_id)) if fund_id else (LenderKind.INSTITUTE, None)

    def parties(self) -> tuple[PartyForm, ...]:
        forms = self.guarantors.forms() + self.witnesses.forms()
        signatory = self.signatory.value()
        if signatory:
            forms.append(PartyForm(role=PartyRole.LENDER_SIGNATORY, full_name=signatory))
        return tuple(forms)


# -- 5. review and sign ----------------------------------------------------------------------------------------------
class ReviewPage(QWizardPage):
    def __init__(self, wizard: ConsolidationWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Review and sign"))
        self.setCommitPage(False)
        layout = QVBoxLayout(self)
        self.summary = QTextBrowser()
        self.summary.setOpenLinks(False)
        layout.addWidget(self.summary, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.problem = _problem_label()
        layout.addWidget(self.problem)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        _show(self.problem, "")
        self.status.setText("")
        self.summary.setHtml(self.w.summary_html())

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if self.w.contract_id is not None:
            return True
        self.w.sign()
        return False


# -- the wizard ------------------------------------------------------------------------------------------------------
class ConsolidationWizard(QWizard):
    """Settles one household's debt-transfer contract; ``signed(contract_id)`` when the service signed it."""

    signed = Signal(str)

    def __init__(
        self,
        ops: Ops,
        start: ConsolidationStart,
        *,
        as_of: date,
        parent: QWidget | None = None,
        sign_fn: SignFn = sign_in_database,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.start = start
        self.as_of = as_of
        self.sign_fn = sign_fn
        self.contract_id: str | None = None
        self.signing = False
        self.down_payment = ZERO
        self.entries = [SourceEntry.of(debt) for debt in start.debts]
        self.setWindowTitle(
            self.tr("Consolidate the debts of %1 (register no. %2)")
            .replace("%1", start.head_name)
            .replace("%2", start.household_code)
        )
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next >"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Sign the contract"))
        self.resize(1240, 680)

        self.steps = QListWidget()
        self.steps.setObjectName("wizardSteps")
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.steps.setFixedWidth(190)
        for name in STEP_NAMES:
            self.steps.addItem(_w(name))
        self.setSideWidget(self.steps)

        self.sources_page = SourcesPage(self)
        self.terms_page = TermsPage(self)
        self.schedule_page = SchedulePage(self)
        self.parties_page = PartiesPage(self)
        self.review_page = ReviewPage(self)
        for page_id, page in enumerate(
            (self.sources_page, self.terms_page, self.schedule_page, self.parties_page, self.review_page)
        ):
            self.setPage(page_id, page)
        self.currentIdChanged.connect(self._step_changed)
        self._step_changed(SOURCES)

    def _step_changed(self, current: int) -> None:
        for row in range(self.steps.count()):
            item = self.steps.item(row)
            font = QFont(item.font())
            font.setBold(row == current)
            item.setFont(font)
            item.setForeground(
                Qt.GlobalColor.black
                if row == current
                else (Qt.GlobalColor.darkGreen if row < current else Qt.GlobalColor.gray)
            )
            item.setText(("✔ " if row < current else "") + _w(STEP_NAMES[row]))

    # -- what the officer settled -----------------------------------------------------------------------------------
    def chosen(self) -> list[SourceEntry]:
        return [e for e in self.entries if e.chosen]

    def principal(self) -> Decimal:
        return new_principal(self.entries, self.down_payment)

    def first_due(self) -> date:
        dates = self.parties_page.dates() if hasattr(self, "parties_page") else None
        return dates[1] if dates is not None else add_months(self.as_of, 1)

    def signing_date(self) -> date:
        dates = self.parties_page.dates()
        return dates[0] if dates is not None else self.as_of

    def form(self) -> ContractForm:
        figures = self.terms_page.chosen_figures()
        rate = self.terms_page.rate_value()
        assert figures is not None and rate is not None
        member = self.parties_page.borrower_member()
        lender_kind, fund_id = self.parties_page.lender()
        return ContractForm(
            household_id=self.start.household_id,
            fiscal_year=self.start.fiscal_year,
            sources=tuple(e.form() for e in self.chosen()),
            principal=self.principal(),
            interest_rate=rate,
            method=figures.method,
            term_months=self.terms_page.term.value(),
            first_due_date=self.first_due(),
            signing_date=self.signing_date(),
            signing_place=self.parties_page.place.value(),
            borrower_member_id=member.member_id if member is not None else "",
            down_payment=self.down_payment,
            lender_kind=lender_kind,
            lender_fund_id=fund_id,
            parties=self.parties_page.parties(),
            second_contract_reason=self.sources_page.second_reason_value(),
        )

    def summary_html(self) -> str:
        e = html.escape
        start = self.start
        f = self.terms_page.chosen_figures()
        if f is None:
            return ""
        member = self.parties_page.borrower_member()
        lender_kind, fund_id = self.parties_page.lender()
        lender = start.institute_name
        if lender_kind is LenderKind.MEMBER_FUND:
            lender = next((x.name for x in start.funds if x.fund_id == fund_id), "")
        principal = self.principal()
        words = bahttext.baht_text
        rows = []
        for entry in self.chosen():
            p = entry.payoff()
            rows.append(
                "<tr>"
                f"<td>{e(entry.debt.creditor)}</td><td>{e(entry.debt.contract_no or '–')}</td>"
                f"<td align='right'>{e(labels.baht_text(p.principal))}</td>"
                f"<td align='right'>{e(labels.baht_text(p.interest))}</td>"
                f"<td align='right'>{e(labels.baht_text(p.penalty))}</td>"
                f"<td align='right'>{e(labels.baht_text(p.waived))}</td>"
                f"<td align='right'><b>{e(labels.baht_text(p.amount))}</b></td>"
                "</tr>"
            )
        headers = (
            self.tr("Creditor"),
            self.tr("Contract no."),
            self.tr("Principal"),
            self.tr("Interest"),
            self.tr("Penalty"),
            self.tr("Waived"),
            self.tr("Payoff"),
        )
        head = "".join(f"<th align='{'left' if i < 2 else 'right'}'>{e(h)}</th>" for i, h in enumerate(headers))
        role_names = {
            PartyRole.GUARANTOR: self.tr("Guarantor"),
            PartyRole.WITNESS: self.tr("Witness"),
            PartyRole.LENDER_SIGNATORY: self.tr("Signing for the lender"),
        }
        citizen_id = self.tr("Citizen ID %1")
        people = []
        for party in self.parties_page.parties():
            cid = " · " + citizen_id.replace("%1", party.citizen_id) if party.citizen_id else ""
            people.append(f"{e(role_names.get(party.role, ''))}: {e(party.full_name)}{e(cid)}")
        apr = "–" if f.apr is None else f"{f.apr:,.2f}%"
        last_due = f.schedule.lines[-1].due_date if f.schedule.lines else self.first_due()
        title = (
            self.tr("Debt-transfer contract of %1 (register no. %2)")
            .replace("%1", start.head_name)
            .replace("%2", start.household_code)
        )
        borrower = self.tr("Borrower: %1").replace("%1", member.full_name if member else "–")
        if member is not None and member.citizen_id:
            borrower += " · " + citizen_id.replace("%1", member.citizen_id)
        down = self.tr("Down-payment: %1 baht").replace("%1", labels.baht_text(self.down_payment))
        new = (
            self.tr("New principal: %1 baht (%2)")
            .replace("%1", labels.baht_text(principal))
            .replace("%2", words(principal))
        )
        terms = (
            self.tr("Interest %1% a year, %2, over %3 months")
            .replace("%1", f"{f.schedule.annual_rate_pct.normalize():f}")
            .replace("%2", method_name(f.method))
            .replace("%3", str(self.terms_page.term.value()))
        )
        installment = (
            self.tr("Installment %1 baht a month (%2); the last installment %3 baht")
            .replace("%1", labels.baht_text(f.installment))
            .replace("%2", words(f.installment))
            .replace("%3", labels.baht_text(f.last_installment))
        )
        interest = (
            self.tr("Total interest %1 baht (%2); equivalent annual rate %3")
            .replace("%1", labels.baht_text(f.total_interest))
            .replace("%2", words(f.total_interest))
            .replace("%3", apr)
        )
        due = (
            self.tr("Installments due from %1 to %2")
            .replace("%1", labels.date_text(self.first_due()))
            .replace("%2", labels.date_text(last_due))
        )
        signed = (
            self.tr("Signed at %1 on %2")
            .replace("%1", self.parties_page.place.text())
            .replace("%2", labels.date_text(self.signing_date()))
        )
        lender_text = self.tr("Lender: %1").replace("%1", lender)
        taken_over = self.tr("Debts taken over")
        table = "<table cellspacing='0' cellpadding='3' border='1' style='border-collapse:collapse'>"
        money = [e(new), e(terms), e(installment), e(interest), e(due)]
        if self.down_payment:
            money.insert(0, e(down))
        money[1 if self.down_payment else 0] = f"<b>{money[1 if self.down_payment else 0]}</b>"
        kept = balance(self.entries, self.down_payment)
        conserved = (
            self.tr("Owed %1 = new principal %2 + waived %3 + down-payment %4 baht")
            .replace("%1", labels.baht_text(kept.owed))
            .replace("%2", labels.baht_text(kept.principal))
            .replace("%3", labels.baht_text(kept.waived))
            .replace("%4", labels.baht_text(kept.down_payment))
        )
        notes = [
            self.tr("%1 baht of principal waived on the debt to %2: %3")
            .replace("%1", labels.baht_text(entry.principal_waived))
            .replace("%2", entry.debt.creditor)
            .replace("%3", entry.waiver_reason.strip())
            for entry in self.chosen()
            if entry.principal_waived
        ]
        second_reason = self.sources_page.second_reason_value()
        if second_reason:
            notes.append(self.tr("Second contract of the fiscal year: %1").replace("%1", second_reason))
        notes_html = f"<p><b>{e(self.tr('Notes'))}</b><br>" + "<br>".join(e(n) for n in notes) + "</p>" if notes else ""
        return "".join(
            [
                f"<h3>{e(title)}</h3>",
                f"<p>{e(borrower)}<br>{e(lender_text)}</p>",
                f"<p><b>{e(taken_over)}</b></p>",
                f"{table}<tr>{head}</tr>{''.join(rows)}</table>",
                f"<p>{e(conserved)}</p>",
                notes_html,
                "<p>" + "<br>".join(money) + "</p>",
                f"<p>{e(signed)}</p>",
                "<p>" + "<br>".join(people) + "</p>",
            ]
        )

    # -- signing ------------------------------------------------------------------------------------------------------
    def sign(self) -> None:
        if self.signing:
            return
        try:
            form = self.form()
        except Exception as exc:  # a field the pages let through but cannot be read
            _show(self.review_page.problem, describe(exc, screen_language()))
            return
        self.signing = True
        self._busy(True)
        self.review_page.status.setText(self.tr("Signing…"))
        sign_fn = self.sign_fn
        self.ops.change(lambda db, _progress: sign_fn(db, form), success=self._signed, failure=self._failed)

    def _busy(self, busy: bool) -> None:
        for which in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ):
            button = self.button(which)
            if button is not None:
                button.setEnabled(not busy)

    def _signed(self, contract_id: object) -> None:
        self.signing = False
        self._busy(False)
        self.contract_id = str(contract_id)
        self.signed.emit(self.contract_id)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        from cdfi_desktop.services.errors import ValidationFailed

        self.signing = False
        self._busy(False)
        self.review_page.status.setText("")
        if isinstance(exc, ValidationFailed):
            self.show_issues(exc.issues)
        else:
            log.error("signing the contract failed: %s", exc)
            _show(
                self.review_page.problem, self.tr("Signing failed: %1").replace("%1", describe(exc, screen_language()))
            )

    def show_issues(self, issues: list[Issue]) -> None:
        """Each refusal on its page and under its field; the wizard goes back to the first page concerned."""
        language = screen_language()
        per_page: dict[int, list[str]] = {}
        for issue in issues:
            text = message(issue.code, language, **issue.params)
            page, field = self.place_of(issue.field, issue.code)
            per_page.setdefault(page, []).append(text)
            if field is not None:
                field.show_problem(text)
        pages = {
            SOURCES: self.sources_page.problem,
            TERMS: self.terms_page.problem,
            PARTIES: self.parties_page.problem,
            REVIEW: self.review_page.problem,
        }
        for page, label in pages.items():
            _show(label, "\n".join(per_page.get(page, [])))
        summary = [f"{_w(STEP_NAMES[page])}: {text}" for page in sorted(per_page) for text in per_page[page]]
        _show(self.review_page.problem, "\n".join(summary))
        first = min(per_page, default=REVIEW)
        while self.currentId() > first:
            self.back()

    def place_of(self, field_name: str, code: str = "") -> tuple[int, Field | None]:
        """The page and field an issue of ``sign_contract`` concerns, by the form field it names
        (``parties[i]`` is the i-th guarantor, witness or lender's signatory as the form lists them)."""
        name = field_name.lower()
        parties = self.parties_page
        match = re.fullmatch(r"parties\[(\d+)\]", name)
        if match:
            rows = parties.guarantors.rows + parties.witnesses.rows
            index = int(match.group(1))
            if index < len(rows):
                row = rows[index]
                return PARTIES, (row.citizen_id if "citizen" in code else row.name)
            return PARTIES, parties.signatory
        fields: list[tuple[tuple[str, ...], int, Field | None]] = [
            (("second_contract_reason",), SOURCES, self.sources_page.second_reason),
            (("down_payment",), SOURCES, self.sources_page.down_payment),
            (("source", "debt", "payoff", "waive", "principal"), SOURCES, None),
            (("interest_rate", "rate"), TERMS, self.terms_page.rate),
            (("term", "method", "installment", "afford"), TERMS, None),
            (("signing_place", "place"), PARTIES, parties.place),
            (("first_due",), PARTIES, parties.first_due),
            (("signing_date",), PARTIES, parties.signing_date),
            (("borrower", "lender", "part", "guarantor", "witness", "citizen"), PARTIES, None),
        ]
        for keys, page, field in fields:
            if any(key in name for key in keys):
                return page, field
        return REVIEW, None
