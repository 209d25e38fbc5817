"""Debt editor: every field of a debt, checked as it is typed against the rules and the fund's bylaws."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
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

from cdfi_desktop.domain.enums import CreditorKind, DebtPurpose, DebtStatus
from cdfi_desktop.domain.errors import DomainError
from cdfi_desktop.domain.register_rules import FundRules, Issue, Severity, check_debt
from cdfi_desktop.failures import describe
from cdfi_desktop.messages import message
from cdfi_desktop.services import registers as reg
from cdfi_desktop.services.errors import ValidationFailed
from cdfi_desktop.services.limits import text_limit
from cdfi_desktop.services.uow import UnitOfWork
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.ops import Ops
from cdfi_desktop.ui.privacy import disclosure
from cdfi_desktop.ui.widgets import dialogs
from cdfi_desktop.ui.widgets.fields import (
    DateField,
    Field,
    IntField,
    MoneyField,
    RateField,
    TextField,
    no_default_buttons,
    problem_label,
    screen_language,
)

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database


class DebtDialog(QDialog):
    """Add or edit one debt of a household; ``saved`` is emitted after it is written."""

    saved = Signal(str)

    def __init__(
        self,
        ops: Ops,
        *,
        household_id: str,
        debt: reg.DebtForm | None,
        members: Sequence[tuple[str | None, str]],
        funds: list[tuple[reg.Choice, FundRules]],
        today: date,
        head_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops, self.household_id, self.debt, self.today = ops, household_id, debt, today
        self.fund_rules = {choice.id: rules for choice, rules in funds}
        self.setObjectName("debtDialog")
        self.resize(860, 600)
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        self.debtor = QComboBox()
        self.debtor.addItem("–", None)
        for member_id, name in members:
            self.debtor.addItem(name, member_id)
        self.kind = QComboBox()
        for text, value in labels.choices(CreditorKind):
            self.kind.addItem(text, value)
        self.fund = QComboBox()
        self.fund.addItem("–", None)
        for choice, _rules in funds:
            self.fund.addItem(choice.name, choice.id)
        self.fund_problem = problem_label()
        fund_box = QWidget()
        fund_layout = QVBoxLayout(fund_box)
        fund_layout.setContentsMargins(0, 0, 0, 0)
        fund_layout.addWidget(self.fund)
        fund_layout.addWidget(self.fund_problem)
        self.creditor_name = TextField(max_length=text_limit("debt", "creditor_name"))
        self.contract_no = TextField(max_length=text_limit("debt", "contract_no"))
        self.contract_date = DateField()
        self.due_date = DateField()
        self.principal = MoneyField(required=True)
        self.outstanding = MoneyField(required=True)
        self.rate = RateField()
        self.installment = MoneyField()
        self.term = IntField()
        self.days_overdue = IntField()
        self.purpose = QComboBox()
        self.purpose.addItem("–", None)
        for purpose_text, purpose in labels.choices(DebtPurpose):
            self.purpose.addItem(purpose_text, purpose)
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(60)
        self.field_labels = [QLabel() for _ in range(15)]
        left = [
            self.debtor,
            self.kind,
            fund_box,
            self.creditor_name,
            self.contract_no,
            self.contract_date,
            self.due_date,
            self.purpose,
        ]
        right = [
            self.principal,
            self.outstanding,
            self.rate,
            self.installment,
            self.term,
            self.days_overdue,
            self.notes,
        ]
        for row, widget in enumerate(left):
            grid.addWidget(self.field_labels[row], row, 0)
            grid.addWidget(widget, row, 1)
        for row, widget in enumerate(right):
            grid.addWidget(self.field_labels[len(left) + row], row, 2)
            grid.addWidget(widget, row, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        layout.addLayout(grid)

        # A rescheduling agreed with an outside creditor (criterion 3); a member fund's debt goes into a 1HH1C
        # contract instead, so the row is off for it.
        self.rescheduled = QCheckBox()
        self.rescheduled.setObjectName("debtRescheduled")
        self.rescheduled_on = DateField()
        self.rescheduling_terms = TextField(max_length=text_limit("debt", "rescheduling_terms"))
        self.rescheduled_on_label, self.rescheduling_terms_label = QLabel(), QLabel()
        self.rescheduled_on.setMaximumWidth(200)
        rescheduling = QHBoxLayout()
        top = Qt.AlignmentFlag.AlignTop  # a field's problem shows under it
        for widget, stretch in (
            (self.rescheduled, 0),
            (self.rescheduled_on_label, 0),
            (self.rescheduled_on, 1),
            (self.rescheduling_terms_label, 0),
            (self.rescheduling_terms, 2),
        ):
            rescheduling.addWidget(widget, stretch, top)
        layout.addLayout(rescheduling)

        self.guarantors_title = QLabel()
        self.guarantors_title.setObjectName("sectionTitle")
        layout.addWidget(self.guarantors_title)
        self.guarantors = QTableWidget(0, 3)
        self.guarantors.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.guarantors.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):  # the citizen ID and the relation as wide as their header and content
            self.guarantors.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.guarantors.setMaximumHeight(120)
        layout.addWidget(self.guarantors)
        row_buttons = QHBoxLayout()
        self.add_guarantor = QPushButton()
        self.add_guarantor.clicked.connect(lambda: self._add_guarantor(None))
        self.remove_guarantor = QPushButton()
        self.remove_guarantor.clicked.connect(lambda: self.guarantors.removeRow(self.guarantors.currentRow()))
        row_buttons.addWidget(self.add_guarantor)
        row_buttons.addWidget(self.remove_guarantor)
        row_buttons.addStretch(1)
        layout.addLayout(row_buttons)

        bottom = QHBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        bottom.addWidget(self.status, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        no_default_buttons(self)
        self._fill(debt, head_id)
        for widget in self.fields().values():
            widget.changed.connect(self.recheck)
            widget.edit.editingFinished.connect(self.recheck)  # after the field's own check
        for combo in (self.kind, self.fund, self.debtor, self.purpose):
            combo.currentIndexChanged.connect(self.recheck)
        self.rescheduled.toggled.connect(self.recheck)
        self.retranslate()
        self.recheck()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        no_default_buttons(self)  # the button box makes Save the default when shown

    @property
    def save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def kind_value(self) -> CreditorKind:
        return labels.enum_data(self.kind.currentData(), CreditorKind) or CreditorKind.OTHER

    def fields(self) -> dict[str, Field]:
        return {
            "creditor_name": self.creditor_name,
            "contract_no": self.contract_no,
            "contract_date": self.contract_date,
            "due_date": self.due_date,
            "principal": self.principal,
            "outstanding": self.outstanding,
            "interest_rate": self.rate,
            "installment": self.installment,
            "term_months": self.term,
            "days_overdue": self.days_overdue,
            "rescheduled_on": self.rescheduled_on,
            "rescheduling_terms": self.rescheduling_terms,
        }

    def rescheduling_open(self) -> bool:
        """The rescheduling's day and terms are asked: ticked, on an outside creditor's debt."""
        return self.rescheduled.isChecked() and self.kind_value() is not CreditorKind.MEMBER_FUND

    def _asked(self, name: str) -> bool:
        return self.rescheduling_open() or name not in ("rescheduled_on", "rescheduling_terms")

    def _fill(self, debt: reg.DebtForm | None, head_id: str | None) -> None:
        if debt is None:  # a new debt: most debts of a household are its head's
            self.debtor.setCurrentIndex(max(0, self.debtor.findData(head_id)) if head_id else 0)
            self.days_overdue.set_value(0)
            return
        self.debtor.setCurrentIndex(max(0, self.debtor.findData(debt.debtor_member_id)))
        self.kind.setCurrentIndex(max(0, self.kind.findData(debt.creditor_kind)))
        self.fund.setCurrentIndex(max(0, self.fund.findData(debt.member_fund_id)))
        self.creditor_name.setText(debt.creditor_name)
        self.contract_no.setText(debt.contract_no)
        self.contract_date.set_value(debt.contract_date)
        self.due_date.set_value(debt.due_date)
        self.principal.set_value(debt.principal)
        self.outstanding.set_value(debt.outstanding)
        self.rate.set_value(debt.interest_rate)
        self.installment.set_value(debt.installment)
        self.term.set_value(debt.term_months)
        self.days_overdue.set_value(debt.days_overdue)
        self.purpose.setCurrentIndex(max(0, self.purpose.findData(debt.purpose)))
        self.notes.setPlainText(debt.notes)
        self.rescheduled.setChecked(debt.rescheduled_on is not None)
        self.rescheduled_on.set_value(debt.rescheduled_on)
        self.rescheduling_terms.setText(debt.rescheduling_terms)
        for g in debt.guarantors:
            self._add_guarantor(g)

    def _add_guarantor(self, guarantor: reg.GuarantorForm | None) -> None:
        row = self.guarantors.rowCount()
        self.guarantors.insertRow(row)
        values = (guarantor.full_name, guarantor.citizen_id, guarantor.relation_note) if guarantor else ("", "", "")
        for col, text in enumerate(values):
            item = QTableWidgetItem(text)
            if col == 0 and guarantor is not None:
                item.setData(256, guarantor.id)
            if col == 1 and text.strip() and not disclosure().allowed:  # masked, kept behind, not editable
                item.setText(disclosure().show(text))
                item.setData(256, text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.guarantors.setItem(row, col, item)
        first = self.guarantors.item(row, 0)
        if guarantor is None and first is not None:
            self.guarantors.editItem(first)

    # -- checking ----------------------------------------------------------------------------------------------
    def form(self) -> reg.DebtForm | None:
        """The debt as typed, or None when a field cannot be read (its problem is shown)."""
        parsed: dict[str, object] = {}
        ok = True
        for name, widget in self.fields().items():
            if not self._asked(name):
                parsed[name] = None
                continue
            try:
                parsed[name] = widget.value()
            except DomainError as error:
                widget.show_problem(message(error.code, screen_language(), **error.params))
                ok = False
        if ok and self.rescheduling_open() and parsed["rescheduled_on"] is None:
            self.rescheduled_on.show_problem(message("rescheduled_on_required", screen_language()))
            ok = False
        if not ok:
            return None
        guarantors = []
        for row in range(self.guarantors.rowCount()):
            name_item = self.guarantors.item(row, 0)
            name = name_item.text().strip() if name_item else ""
            if name:
                cid_item, note_item = self.guarantors.item(row, 1), self.guarantors.item(row, 2)
                guarantors.append(
                    reg.GuarantorForm(
                        id=name_item.data(256) if name_item else None,
                        full_name=name,
                        citizen_id=_typed_or_kept(cid_item),
                        relation_note=note_item.text() if note_item else "",
                    )
                )
        principal = parsed["principal"]
        outstanding = parsed["outstanding"]
        assert isinstance(principal, Decimal) and isinstance(outstanding, Decimal)
        days = parsed["days_overdue"]
        return reg.DebtForm(
            id=self.debt.id if self.debt else None,
            household_id=self.household_id,
            debtor_member_id=self.debtor.currentData(),
            creditor_kind=self.kind_value(),
            member_fund_id=self.fund.currentData(),
            creditor_name=str(parsed["creditor_name"]),
            contract_no=str(parsed["contract_no"]),
            contract_date=parsed["contract_date"],  # type: ignore[arg-type]
            due_date=parsed["due_date"],  # type: ignore[arg-type]
            principal=principal,
            outstanding=outstanding,
            interest_rate=parsed["interest_rate"],  # type: ignore[arg-type]
            installment=parsed["installment"],  # type: ignore[arg-type]
            term_months=parsed["term_months"],  # type: ignore[arg-type]
            days_overdue=days if isinstance(days, int) else 0,
            purpose=labels.enum_data(self.purpose.currentData(), DebtPurpose),
            notes=self.notes.toPlainText(),
            guarantors=tuple(guarantors),
            rescheduled_on=parsed["rescheduled_on"],  # type: ignore[arg-type]
            rescheduling_terms=str(parsed["rescheduling_terms"] or ""),
        )

    def recheck(self) -> None:
        """Apply the register rules to what is typed; mark each field; Save only when no error stands."""
        is_fund = self.kind_value() is CreditorKind.MEMBER_FUND
        self.fund.setEnabled(is_fund)
        self.creditor_name.setEnabled(not is_fund)
        self.rescheduled.setEnabled(not is_fund)
        self.rescheduled_on.setEnabled(self.rescheduling_open())
        self.rescheduling_terms.setEnabled(self.rescheduling_open())
        parse_ok = True
        for name, widget in self.fields().items():
            if not self._asked(name) or (widget.is_blank() and not widget.required):
                widget.show_problem(None)
                continue
            parse_ok = widget.check() and parse_ok
        self.fund_problem.hide()
        form = self.form() if parse_ok else None
        issues: list[Issue] = []
        if form is not None:
            issues = check_debt(
                reg.debt_facts(form), fund=self.fund_rules.get(form.member_fund_id or ""), today=self.today
            )
            self.show_issues(issues)
        has_error = form is None or any(i.severity is Severity.ERROR for i in issues)
        self.save_button.setEnabled(not has_error)

    def show_issues(self, issues: list[Issue]) -> None:
        fields = self.fields()
        language = screen_language()
        for issue in issues:
            text = message(issue.code, language, **issue.params)
            if issue.field in fields:
                if not fields[issue.field].has_error:
                    fields[issue.field].show_problem(text, severity=issue.severity)
            elif issue.field == "member_fund_id":
                self.fund_problem.setText(text)
                self.fund_problem.setProperty("state", "warning" if issue.severity is Severity.WARNING else "error")
                self.fund_problem.style().unpolish(self.fund_problem)
                self.fund_problem.style().polish(self.fund_problem)
                self.fund_problem.show()

    # -- saving ------------------------------------------------------------------------------------------------
    def save(self) -> None:
        self.recheck()
        form = self.form()
        if form is None or not self.save_button.isEnabled():
            self.status.setText(self.tr("Correct the fields marked in red; nothing was saved."))
            return
        today = self.today

        def run(db: Database, _progress: object) -> reg.DebtSaved:
            with UnitOfWork(db) as uow:
                return reg.save_debt(uow, form, today=today)

        self.save_button.setEnabled(False)
        self.ops.change(run, success=self._saved, failure=self._refused)

    def _saved(self, result: reg.DebtSaved) -> None:
        self.saved.emit(result.id)
        self.accept()

    def _refused(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationFailed):
            self.show_issues(exc.issues)
            self.status.setText(self.tr("Correct the fields marked in red; nothing was saved."))
        else:
            self.status.setText(self.tr("Not saved: %1").replace("%1", describe(exc, screen_language())))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Debt"))
        texts = (
            self.tr("Debtor (member)"),
            self.tr("Kind of creditor"),
            self.tr("Member fund"),
            self.tr("Creditor's name"),
            self.tr("Contract no."),
            self.tr("Contract date"),
            self.tr("Due date"),
            self.tr("Purpose"),
            self.tr("Principal (baht)"),
            self.tr("Outstanding (baht)"),
            self.tr("Interest % a year"),
            self.tr("Installment a month"),
            self.tr("Term (months)"),
            self.tr("Days overdue"),
            self.tr("Notes"),
        )
        for lbl, text in zip(self.field_labels, texts, strict=True):
            lbl.setText(text)
        self.guarantors_title.setText(self.tr("Guarantors"))
        dialogs.name_standard_buttons(self.buttons)
        self.guarantors.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Citizen ID"), self.tr("Relation")])
        self.add_guarantor.setText(self.tr("Add guarantor"))
        self.remove_guarantor.setText(self.tr("Remove guarantor"))
        self.rescheduled.setText(self.tr("Rescheduled (restructured or composed) with the creditor"))
        self.rescheduled.setToolTip(
            self.tr(
                "A debt owed outside the institute whose repayment was rescheduled by agreement with its creditor: "
                "its target household counts as restructured (criterion 3) from the day it was agreed."
            )
        )
        self.rescheduled_on_label.setText(self.tr("Agreed on"))
        self.rescheduling_terms_label.setText(self.tr("Terms"))


def ask_status_change(parent: QWidget, *, current: DebtStatus, today: date) -> tuple[DebtStatus, date, str] | None:
    """Ask for the new status of a debt, the day and the reason (kept in its history)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("DebtDialog", "Change the status of a debt"))
    form = QFormLayout(dialog)
    status = QComboBox()
    for text, value in labels.choices(DebtStatus):
        if value is not current:
            status.addItem(text, value)
    on = DateField(required=True)
    on.set_value(today)
    reason = TextField(required=True)
    form.addRow(QCoreApplication.translate("DebtDialog", "New status"), status)
    form.addRow(QCoreApplication.translate("DebtDialog", "Date"), on)
    form.addRow(QCoreApplication.translate("DebtDialog", "Reason"), reason)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    dialogs.name_standard_buttons(buttons)
    form.addRow(buttons)

    def accept() -> None:
        if on.check() and reason.check():
            dialog.accept()

    buttons.accepted.connect(accept)
    buttons.rejected.connect(dialog.reject)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    day = on.value()
    assert day is not None
    new_status = labels.enum_data(status.currentData(), DebtStatus)
    assert new_status is not None
    return new_status, day, reason.value()


def _typed_or_kept(item: QTableWidgetItem | None) -> str:
    """A guarantor's citizen ID as typed, or the stored one behind a masked cell (a role that may not see IDs)."""
    if item is None:
        return ""
    kept = item.data(256)
    return str(kept) if isinstance(kept, str) else item.text()
