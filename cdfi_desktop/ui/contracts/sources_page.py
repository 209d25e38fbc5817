"""Step 1 of the consolidation wizard: which open debts the new contract takes over, each one's payoff and the
committee's waivers (an amount in baht or a percentage), the down-payment and the new principal."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from cdfi_desktop.messages import message
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.contracts.figures import balance, new_principal
from cdfi_desktop.ui.contracts.wizard_parts import (
    REASON_LIMIT,
    RIGHT,
    ZERO,
    _amount_item,
    _problem_label,
    _show,
    _text_item,
    entry_problem_text,
    kept_share,
    waived_percent,
)
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets.fields import MoneyField, RateField, TextField, screen_language

if TYPE_CHECKING:
    from cdfi_desktop.ui.contracts.wizard import ConsolidationWizard


# -- 1. source debts ---------------------------------------------------------------------------------------------
class SourcesPage(QWizardPage):
    """The household's open debts with a box to take each over; the selected debt's payoff and waivers below."""

    COLUMNS: tuple[tuple[str, int], ...] = (  # header, width at the default font
        (QT_TRANSLATE_NOOP("SourcesPage", "Take over"), 70),
        (QT_TRANSLATE_NOOP("SourcesPage", "Creditor"), 200),
        (QT_TRANSLATE_NOOP("SourcesPage", "Contract no."), 95),
        (QT_TRANSLATE_NOOP("SourcesPage", "Outstanding"), 95),
        (QT_TRANSLATE_NOOP("SourcesPage", "Rate %"), 55),
        (QT_TRANSLATE_NOOP("SourcesPage", "Days overdue"), 80),
        (QT_TRANSLATE_NOOP("SourcesPage", "Interest"), 85),
        (QT_TRANSLATE_NOOP("SourcesPage", "Penalty"), 75),
        (QT_TRANSLATE_NOOP("SourcesPage", "Waived"), 80),
        (QT_TRANSLATE_NOOP("SourcesPage", "Payoff"), 100),
    )

    def __init__(self, wizard: ConsolidationWizard) -> None:
        super().__init__()
        self.w = wizard
        self._loading = False
        self.setTitle(self.tr("Which debts does the new contract take over?"))
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("SourcesPage", c) for c, _width in self.COLUMNS]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        scale = self.table.fontMetrics().averageCharWidth() / 7
        for column, (_header, width) in enumerate(self.COLUMNS):
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
        self.by_share = QRadioButton(self.tr("Waive a percentage"))
        self.by_amount = QRadioButton(self.tr("Waive amounts in baht"))
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
        self.share_a_label = QLabel(self.tr("Interest waived (%)"))
        self.share_b_label = QLabel(self.tr("Penalty waived (%)"))
        self.waived_i_label = QLabel(self.tr("Interest waived (baht)"))
        self.waived_f_label = QLabel(self.tr("Penalty waived (baht)"))
        self.waived_p_label = QLabel(self.tr("Principal waived (baht)"))
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
        self.interest_share.set_value(waived_percent(entry.interest_share))
        self.penalty_share.set_value(waived_percent(entry.penalty_share))
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
        for name in ("interest_share", "penalty_share"):  # typed as the percentage waived; kept as the share kept
            if name in values:
                values[name] = kept_share(values[name])
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
                self.tr("%n debts: owed %2 = new principal %3 + waived %4 + down-payment %5 baht", "", len(chosen))
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
