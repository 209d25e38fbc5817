"""The repayments of one signed contract, embedded in the contracts screen: where the contract stands (balance,
arrears, days overdue, next installment), the household's figures before and after consolidation, the schedule
with what is paid, and the append-only ledger with its reversals; recording a payment (the split penalty →
interest → principal is shown before saving), reversing one with a reason, and printing a receipt."""

from __future__ import annotations

import html
import logging
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor, QFont, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cdfi_desktop.domain.errors import DomainError
from cdfi_desktop.failures import describe
from cdfi_desktop.messages import message
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.contracts.repayment_dialogs import RecordPaymentDialog, ReverseDialog
from cdfi_desktop.ui.contracts.repayment_work import Loaded, load, preview, receipt_name, write_receipt
from cdfi_desktop.ui.contracts.view_parts import titled
from cdfi_desktop.ui.ops import Ops
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets.fields import problem_label, screen_language
from cdfi_desktop.ui.widgets.page import ActionBar, StatusLine, print_into_folder
from cdfi_desktop.ui.widgets.split import MasterDetail
from cdfi_desktop.ui.widgets.state import remembered
from cdfi_desktop.ui.widgets.table import Column, Kind, RegisterTable

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.domain.schedule import Allocation
    from cdfi_desktop.services.repayments import Account, BeforeAfter, Figures, RepaymentRow

log = logging.getLogger(__name__)
CONTEXT = "RepaymentsPanel"
ID_ROLE = Qt.ItemDataRole.UserRole + 2

SCHEDULE_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("RepaymentsPanel", "No."), Kind.NUMBER),
    Column(QT_TRANSLATE_NOOP("RepaymentsPanel", "Due"), Kind.DATE),
    Column(QT_TRANSLATE_NOOP("RepaymentsPanel", "Installment"), Kind.MONEY),
    Column(QT_TRANSLATE_NOOP("RepaymentsPanel", "Principal"), Kind.MONEY),
    Column(QT_TRANSLATE_NOOP("RepaymentsPanel", "Interest"), Kind.MONEY),
    Column(QT_TRANSLATE_NOOP("RepaymentsPanel", "Balance after"), Kind.MONEY),
    Column(QT_TRANSLATE_NOOP("RepaymentsPanel", "Paid"), Kind.TEXT, priority=1, stretch=True),
)
LEDGER_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("RepaymentsPanel", "Receipt no."), Kind.NUMBER),  # R2570-K7Q2-00013 whole, never cut
    Column(QT_TRANSLATE_NOOP("RepaymentsPanel", "Paid on"), Kind.DATE),
    Column(QT_TRANSLATE_NOOP("RepaymentsPanel", "Amount"), Kind.MONEY),
    Column(QT_TRANSLATE_NOOP("RepaymentsPanel", "Penalty"), Kind.MONEY),
    Column(QT_TRANSLATE_NOOP("RepaymentsPanel", "Interest"), Kind.MONEY),
    Column(QT_TRANSLATE_NOOP("RepaymentsPanel", "Principal"), Kind.MONEY),
    Column(QT_TRANSLATE_NOOP("RepaymentsPanel", "Owed after"), Kind.MONEY),  # principal owed once it was paid
    Column(QT_TRANSLATE_NOOP("RepaymentsPanel", "Note"), Kind.TEXT, priority=1, stretch=True),
)
STATES = {
    "paid": QT_TRANSLATE_NOOP("RepaymentsPanel", "Paid"),
    "partly_paid": QT_TRANSLATE_NOOP("RepaymentsPanel", "Partly paid"),
    "overdue": QT_TRANSLATE_NOOP("RepaymentsPanel", "Overdue"),
    "upcoming": QT_TRANSLATE_NOOP("RepaymentsPanel", "Not yet due"),
}
STATE_COLOURS = {"paid": "#1b5e20", "partly_paid": "#8a5a00", "overdue": "#b00020", "upcoming": "#555555"}
CONTRACT_STATES = {
    "draft": QT_TRANSLATE_NOOP("RepaymentsPanel", "Draft"),
    "signed": QT_TRANSLATE_NOOP("RepaymentsPanel", "Signed – repaying"),
    "closed": QT_TRANSLATE_NOOP("RepaymentsPanel", "Closed – repaid"),
    "cancelled": QT_TRANSLATE_NOOP("RepaymentsPanel", "Cancelled"),
}

# texts looked up inside f-strings or through _t(), where lupdate does not see them
_MARKED = (
    QT_TRANSLATE_NOOP("RecordPaymentDialog", "This payment pays"),
    QT_TRANSLATE_NOOP("RepaymentsPanel", "Contract %1"),
    QT_TRANSLATE_NOOP("RepaymentsPanel", "Before → after consolidation"),
    QT_TRANSLATE_NOOP("RepaymentsPanel", "debt service a month"),
    QT_TRANSLATE_NOOP("RepaymentsPanel", "DSR"),
    QT_TRANSLATE_NOOP("RepaymentsPanel", "class"),
    QT_TRANSLATE_NOOP("RepaymentsPanel", "The operation failed: %1"),
)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _problems(exc: Exception) -> str:
    from cdfi_desktop.services.errors import ValidationFailed

    if isinstance(exc, ValidationFailed):
        language = screen_language()
        return "\n".join(message(i.code, language, **i.params) for i in exc.issues)
    if isinstance(exc, DomainError):
        return message(exc.code, screen_language(), **exc.params)
    return QCoreApplication.translate("RepaymentsPanel", "The operation failed: %1").replace(
        "%1", describe(exc, screen_language())
    )


# -- the panel ---------------------------------------------------------------------------------------------------------
def _money_item(amount: Decimal | None) -> QStandardItem:
    item = QStandardItem(labels.baht_text(amount))
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(columns: tuple[Column, ...], key: str) -> tuple[RegisterTable, QStandardItemModel]:
    table = RegisterTable(columns, context=CONTEXT, key=key)
    # the scroll bar always there: the columns are fitted to a width that does not change when rows come
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
    return table, table.standard_model()


class RepaymentsPanel(QWidget):
    """One contract's repayments; the contracts screen tells it which contract with :meth:`set_contract`."""

    def __init__(self, ops: Ops, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("repayments")
        self.ops = ops
        self.today = today or date.today()
        self.contract_id: str | None = None
        self.account: Account | None = None
        self.figures: BeforeAfter | None = None
        self.record_dialog: RecordPaymentDialog | None = None
        self.reverse_dialog: ReverseDialog | None = None
        self.printed: Path | None = None
        self._stale = False
        self._select_after: str | None = None

        # compact facts on top, so that the receipts and the schedule below keep the height of a laptop screen
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)  # the width goes to the two tables
        layout.setSpacing(4)
        self.position_label = QLabel()
        self.position_label.setObjectName("contractPosition")
        self.position_label.setTextFormat(Qt.TextFormat.RichText)
        self.position_label.setWordWrap(True)
        self.position_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.position_label)
        self.figures_label = QLabel()
        self.figures_label.setObjectName("beforeAfter")
        self.figures_label.setTextFormat(Qt.TextFormat.RichText)
        self.figures_label.setWordWrap(True)
        layout.addWidget(self.figures_label)

        self.action_bar = ActionBar()  # above the receipts, beside their title
        self.ledger_title = QLabel()
        self.ledger_title.setObjectName("sectionTitle")
        self.action_bar.add(widget=self.ledger_title)
        self.action_bar.stretch()
        self.record_button = self.action_bar.add(self.record_payment)
        self.reverse_button = self.action_bar.add(self.reverse_payment)
        self.print_button = self.action_bar.add(self._print_clicked)
        self.problem = problem_label(state="error")
        layout.addWidget(self.problem)

        self.ledger, self.ledger_model = _table(LEDGER_COLUMNS, "repayments_ledger")
        self.ledger.selectionModel().selectionChanged.connect(self._update_buttons)
        self.ledger.doubleClicked.connect(lambda _index: self._print_clicked())
        self.schedule, self.schedule_model = _table(SCHEDULE_COLUMNS, "repayments_schedule")
        self.schedule_bar = ActionBar()  # above the schedule: its title and the status of the last action
        self.schedule_title = QLabel()
        self.schedule_title.setObjectName("sectionTitle")
        self.schedule_bar.add(widget=self.schedule_title)
        self.schedule_bar.stretch()
        self.status = StatusLine()
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.schedule_bar.add(widget=self.status)
        # the receipts need a little more width than the schedule: the whole receipt number and five money columns
        self.splitter = MasterDetail(
            titled(self.action_bar, self.ledger),
            titled(self.schedule_bar, self.schedule),
            key="repayments",
            ratio=(9, 7),
        )
        layout.addWidget(self.splitter, 1)

        self.retranslate()
        ops.data_changed.connect(self._data_changed)

    # -- loading -----------------------------------------------------------------------------------------------------
    def set_contract(self, contract_id: str | None) -> None:
        """Show ``contract_id`` (None clears); read now when shown, else when first shown."""
        changed = contract_id != self.contract_id
        self.contract_id = contract_id
        if changed:
            self.account = None
            self.figures = None
            self._fill()
        if contract_id is None:
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _data_changed(self) -> None:
        if self.contract_id is None:
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def reload(self) -> None:
        self._stale = False
        contract_id, as_of = self.contract_id, self.today
        if contract_id is None:
            return
        self.ops.query(lambda db: load(db, contract_id=contract_id, as_of=as_of), success=self._loaded)

    def _loaded(self, loaded: Loaded) -> None:
        if loaded.account.contract_id != self.contract_id:
            return
        self.account = loaded.account
        self.figures = loaded.figures
        self._fill()

    # -- showing -----------------------------------------------------------------------------------------------------
    def _fill(self) -> None:
        keep = self._select_after or self.current_repayment_id()
        self._select_after = None
        self._show_position()
        self._show_figures()
        self._fill_schedule()
        self._fill_ledger()
        self._share_width()
        if keep:
            self.select_repayment(keep)
        self._update_buttons()

    def _share_width(self) -> None:
        """Share the width between the receipts and the schedule as their columns need it (until the officer drags
        the handle: then the split keeps the officer's sizes)."""
        if remembered(f"split/{self.splitter.key}") is not None:
            return
        whole = sum(self.splitter.sizes())
        needs = [self._needed(table) for table in (self.ledger, self.schedule)]
        if whole <= 0 or min(needs) <= 0:
            return
        first = whole * needs[0] // sum(needs)
        self.splitter.setSizes([first, whole - first])

    @staticmethod
    def _needed(table: RegisterTable) -> int:
        """Pixels ``table`` needs to show its columns that never give way, with its frame and scroll bar."""
        columns = [c for c in range(len(table.columns)) if table.columns[c].essential]
        chrome = table.frameWidth() * 2 + table.verticalScrollBar().sizeHint().width()
        return sum(table.natural_width(c) for c in columns) + chrome

    def _show_position(self) -> None:
        account = self.account
        e = html.escape
        if account is None:
            self.position_label.setText(
                e(self.tr("Choose a signed contract to see its repayments."))
                if self.contract_id is None
                else e(self.tr("Reading the contract…"))
            )
            return
        state = _t(CONTRACT_STATES.get(account.status.value, account.status.value))
        overdue = account.days_overdue > 0
        arrears_colour = "#b00020" if overdue else "#1b5e20"
        next_due = account.next_due
        next_text = (
            f"{labels.date_text(next_due.due_date)} · {labels.baht_text(next_due.installment - next_due.covered)}"
            if next_due is not None and account.balance > 0
            else "–"
        )
        head = (
            f"<b>{e(self.tr('Contract %1').replace('%1', account.contract_no or '–'))}</b>"
            f" · {e(account.household_code)} {e(account.head_name)} · <b>{e(state)}</b>"
        )
        facts = [
            (self.tr("Balance"), f"<b>{e(labels.baht_text(account.balance))}</b>"),
            (
                self.tr("Arrears"),
                f"<b style='color:{arrears_colour}'>{e(labels.baht_text(account.arrears))}</b>",
            ),
            (
                self.tr("Days overdue"),
                f"<b style='color:{arrears_colour}'>{account.days_overdue}</b>",
            ),
            (self.tr("Next due"), e(next_text)),
            (
                self.tr("Installments paid"),
                e(f"{account.installments_paid}/{len(account.schedule)}"),
            ),
            (self.tr("Paid so far"), e(labels.baht_text(account.paid_total))),
        ]
        line = " · ".join(f"{e(label)} {value}" for label, value in facts)
        as_of = e(self.tr("as of %1").replace("%1", labels.date_text(account.as_of)))
        self.position_label.setText(f"{head} <span style='color:#555'>({as_of})</span><br>{line}")

    def _show_figures(self) -> None:
        figures = self.figures
        if figures is None or self.account is None:
            self.figures_label.setText("")
            return
        e = html.escape

        def dsr(f: Figures) -> str:
            return "–" if f.dsr_pct is None else f"{f.dsr_pct:,.2f}%"

        text = (
            f"<b>{e(self.tr('Before → after consolidation'))}:</b> "
            f"{e(self.tr('debt service a month'))} {e(labels.baht_text(figures.before.debt_service))} → "
            f"<b>{e(labels.baht_text(figures.after.debt_service))}</b> · "
            f"{e(self.tr('DSR'))} {e(dsr(figures.before))} → <b>{e(dsr(figures.after))}</b> · "
            f"{e(self.tr('class'))} {e(figures.before.debtor_class.value)} → "
            f"<b>{e(figures.after.debtor_class.value)}</b>"
        )
        self.figures_label.setText(text)

    def _fill_schedule(self) -> None:
        self.schedule_model.removeRows(0, self.schedule_model.rowCount())
        if self.account is None:
            return
        for row in self.account.schedule:
            state = QStandardItem(_t(STATES[row.state.value]))
            state.setForeground(QColor(STATE_COLOURS[row.state.value]))
            if row.state.value == "partly_paid":
                state.setText(f"{state.text()} {labels.baht_text(row.covered)}")
            number = QStandardItem(str(row.seq))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            items = [
                number,
                QStandardItem(labels.date_text(row.due_date)),
                _money_item(row.installment),
                _money_item(row.principal),
                _money_item(row.interest),
                _money_item(row.balance_after),
            ]
            for item in items:  # the state column gives way on a narrow screen: the row's colour and tip say it
                item.setForeground(QColor(STATE_COLOURS[row.state.value]))
                item.setToolTip(state.text())
            self.schedule_model.appendRow([*items, state])
        upcoming = self.account.next_due
        if upcoming is not None:
            self.schedule.scrollTo(self.schedule_model.index(max(0, upcoming.seq - 3), 0))

    def _fill_ledger(self) -> None:
        self.ledger_model.removeRows(0, self.ledger_model.rowCount())
        if self.account is None:
            return
        receipts = {r.id: r.receipt_no for r in self.account.repayments}
        for r in self.account.repayments:
            note = r.note
            if r.is_reversal:
                note = (
                    self.tr("Reverses %1: %2")
                    .replace("%1", receipts.get(r.reverses_id or "", ""))
                    .replace("%2", r.note)
                )
            elif r.reversed_by_id:
                note = self.tr("Reversed by %1").replace("%1", receipts.get(r.reversed_by_id, "")) + (
                    f" · {r.note}" if r.note else ""
                )
            items = [
                QStandardItem(r.receipt_no),
                QStandardItem(labels.date_text(r.paid_on)),
                _money_item(r.amount),
                _money_item(r.penalty),
                _money_item(r.interest),
                _money_item(r.principal),
                _money_item(r.balance_after),
                QStandardItem(note),
            ]
            for item in items:
                item.setData(r.id, ID_ROLE)
                item.setToolTip(note)
                if r.is_reversal:
                    item.setForeground(QColor("#b00020"))
                elif r.reversed_by_id:
                    font = QFont(item.font())
                    font.setStrikeOut(True)
                    item.setFont(font)
                    item.setForeground(QColor("#777777"))
            self.ledger_model.appendRow(items)

    def current_repayment_id(self) -> str | None:
        rows = self.ledger.selectionModel().selectedRows()
        if not rows:
            return None
        found = rows[0].data(ID_ROLE)
        return str(found) if found else None

    def current_repayment(self) -> RepaymentRow | None:
        found = self.current_repayment_id()
        return self.account.row(found) if found and self.account else None

    def select_repayment(self, repayment_id: str) -> bool:
        for row in range(self.ledger_model.rowCount()):
            if self.ledger_model.index(row, 0).data(ID_ROLE) == repayment_id:
                self.ledger.selectRow(row)
                self.ledger.scrollTo(self.ledger_model.index(row, 0))
                return True
        return False

    def _update_buttons(self, *_args: object) -> None:
        account = self.account
        row = self.current_repayment()
        bar = self.action_bar
        if account is None:
            bar.set_available(self.record_button, False, self.tr("Choose a signed contract first."))
        else:
            bar.set_available(self.record_button, account.signed, self.tr("Only a signed contract takes payments."))
        if row is None:
            bar.set_available(self.reverse_button, False, self.tr("Choose a payment in the list first."))
        else:
            bar.set_available(
                self.reverse_button,
                not row.is_reversal and not row.reversed,
                self.tr("This entry is a reversal or is reversed already."),
            )
        bar.set_available(self.print_button, row is not None, self.tr("Choose a payment in the list first."))

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    # -- recording ---------------------------------------------------------------------------------------------------
    def record_payment(self) -> None:
        account = self.account
        if account is None or not account.signed:
            return
        self._show_problem("")
        dialog = RecordPaymentDialog(account, today=self.today, parent=self)
        self.record_dialog = dialog
        contract_id, today = account.contract_id, self.today

        def ask_preview() -> None:
            values = dialog.values()
            if values is None:
                dialog.show_preview_pending()
                return
            paid_on, amount, penalty, _note = values

            def shown(allocation: Allocation) -> None:
                if dialog.values() == values:  # typed on since: a newer preview is coming
                    dialog.show_preview(allocation)

            def refused(exc: Exception) -> None:
                if dialog.values() == values:
                    dialog.show_problem(_problems(exc))

            self.ops.query(
                lambda db: preview(
                    db, contract_id=contract_id, paid_on=paid_on, amount=amount, penalty=penalty, today=today
                ),
                success=shown,
                failure=refused,
            )

        def submitted() -> None:
            values = dialog.values()
            if values is None:
                return
            paid_on, amount, penalty, note = values

            def work(db: Database, _progress: Any) -> str:
                from cdfi_desktop.services import repayments as rp
                from cdfi_desktop.services.uow import UnitOfWork

                with UnitOfWork(db) as uow:
                    return rp.record_repayment(
                        uow,
                        contract_id=contract_id,
                        paid_on=paid_on,
                        amount=amount,
                        penalty_due=penalty,
                        note=note,
                        today=today,
                    )

            def done(repayment_id: str) -> None:
                self._select_after = repayment_id
                self.status.say(self.tr("Payment recorded"))
                dialog.accept()

            def failed(exc: Exception) -> None:
                dialog.show_problem(_problems(exc))

            self.ops.change(work, success=done, failure=failed)

        dialog.preview_requested = ask_preview
        dialog.submitted.connect(submitted)
        ask_preview()
        dialog.open()

    def reverse_payment(self) -> None:
        row = self.current_repayment()
        if row is None or row.is_reversal or row.reversed:
            return
        self._show_problem("")
        dialog = ReverseDialog(row, parent=self)
        self.reverse_dialog = dialog
        repayment_id, today = row.id, self.today

        def accepted() -> None:
            reason = dialog.reason()

            def work(db: Database, _progress: Any) -> str:
                from cdfi_desktop.services import repayments as rp
                from cdfi_desktop.services.uow import UnitOfWork

                with UnitOfWork(db) as uow:
                    return rp.reverse_repayment(uow, repayment_id=repayment_id, reason=reason, today=today)

            def done(reversal_id: str) -> None:
                self._select_after = reversal_id
                self.status.say(self.tr("Payment reversed"))

            self.ops.change(work, success=done, failure=lambda exc: self._show_problem(_problems(exc)))

        dialog.accepted.connect(accepted)
        dialog.open()

    # -- printing ----------------------------------------------------------------------------------------------------
    def _print_clicked(self) -> None:
        self.print_receipt()

    def print_receipt(self, folder: Path | None = None) -> None:
        """Write the chosen entry's receipt (or cancellation note) as PDF into ``folder`` (asked when None);
        ``printed`` is the file written."""
        row = self.current_repayment()
        if row is None:
            return
        repayment_id = row.id
        print_into_folder(
            self,
            self.ops,
            folder=folder,
            ask=self.tr("Folder for the receipt"),
            write=lambda db, target: [
                write_receipt(db, repayment_id=repayment_id, path=target / receipt_name(db, repayment_id=repayment_id))
            ],
            status=self.status,
            problem=self._show_problem,
            what=self.tr("The receipt"),
            done=lambda paths: setattr(self, "printed", paths[0]),
        )

    # -- language ----------------------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.record_button.setText(self.tr("Record payment…"))
        self.reverse_button.setText(self.tr("Reverse…"))
        self.action_bar.set_tip(
            self.reverse_button, self.tr("Cancel the chosen entry with a reversing entry (it stays in the ledger)")
        )
        self.print_button.setText(self.tr("Print receipt…"))
        self.ledger_title.setText(self.tr("Payments received"))
        self.schedule_title.setText(self.tr("Schedule"))
        self.ledger.retranslate()
        self.schedule.retranslate()
        self._fill()
