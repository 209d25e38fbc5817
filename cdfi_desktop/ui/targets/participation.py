"""The participation record of a target household (แบบบันทึกการเข้าร่วมโครงการ): who represents it, when it
enrolled, its consent and when the form was signed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cdfi_desktop.domain.errors import DomainError
from cdfi_desktop.domain.money import format_baht
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.widgets.dialogs import name_standard_buttons
from cdfi_desktop.ui.widgets.fields import DateField, no_default_buttons, problem_label

if TYPE_CHECKING:
    from collections.abc import Sequence

    from cdfi_desktop.services.obligations import SignedContract
    from cdfi_desktop.services.targets import ParticipationRow


@dataclass(frozen=True)
class ParticipationValues:
    representative_member_id: str | None
    enrolled_on: date | None
    consent_given: bool
    signed_on: date | None
    notes: str


class ParticipationDialog(QDialog):
    """Edits one household's participation record; Save stays disabled while a date is invalid or the form is
    marked signed without consent."""

    def __init__(
        self,
        row: ParticipationRow,
        *,
        today: date,
        contracts: Sequence[SignedContract] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Participation record"))
        self.setModal(True)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        heading = QLabel(f"{row.rank}. {row.code} · {row.head_name} · {row.village}")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        self.contract = QLabel(self._contract_text(contracts))
        self.contract.setWordWrap(True)
        self.contract.setVisible(bool(contracts))
        layout.addWidget(self.contract)
        form = QFormLayout()
        self.representative = QComboBox()
        for member in row.members:
            relation = labels.label(member.relation)
            self.representative.addItem(f"{member.name} ({relation})", member.id)
        chosen = self.representative.findData(row.representative_member_id)
        self.representative.setCurrentIndex(max(0, chosen))
        self.enrolled_on = DateField()
        self.enrolled_on.set_value(row.enrolled_on or today)
        self.consent = QCheckBox(self.tr("The household agrees to join the project and to its conditions"))
        self.consent.setChecked(row.consent_given)
        self.signed_on = DateField()
        self.signed_on.set_value(row.signed_on)
        self.notes = QPlainTextEdit(row.notes)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(72)
        form.addRow(self.tr("Representative"), self.representative)
        form.addRow(self.tr("Enrolled on"), self.enrolled_on)
        form.addRow("", self.consent)
        form.addRow(self.tr("Form signed on"), self.signed_on)
        form.addRow(self.tr("Notes"), self.notes)
        layout.addLayout(form)
        self.problem = problem_label(state="error", hidden=False)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        name_standard_buttons(self.buttons)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for field in (self.enrolled_on, self.signed_on):
            field.changed.connect(self._check)
        self.consent.toggled.connect(self._check)
        self._check()

    def _contract_text(self, contracts: Sequence[SignedContract]) -> str:
        """The 1HH1C contract the household signed (its debts now) and the debts it brought in."""
        lines = []
        for c in contracts:
            lines.append(
                self.tr("1HH1C contract %1: principal %2 baht over %3 months, %4 baht a month, %5 baht outstanding")
                .replace("%1", c.contract_no)
                .replace("%2", format_baht(c.principal))
                .replace("%3", str(c.term_months))
                .replace("%4", format_baht(c.installment))
                .replace("%5", format_baht(c.balance))
            )
            if c.brought_in:
                debts = " · ".join(f"{b.creditor or b.contract_no} {format_baht(b.amount)}" for b in c.brought_in)
                lines.append(self.tr("Debts brought into it: %1").replace("%1", debts))
        return "\n".join(lines)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        no_default_buttons(self)

    def _check(self) -> None:
        problems = []
        enrolled, enrolled_ok = _date_of(self.enrolled_on)
        signed, signed_ok = _date_of(self.signed_on)
        if not enrolled_ok:
            problems.append(self.tr("The enrolment date is not a date."))
        if not signed_ok:
            problems.append(self.tr("The signing date is not a date."))
        if signed is not None and not self.consent.isChecked():
            problems.append(self.tr("A form signed by the household needs its consent."))
        if signed is not None and enrolled is not None and signed < enrolled:
            problems.append(self.tr("The form cannot be signed before the household enrolled."))
        self.problem.setText("\n".join(problems))
        self.problem.setVisible(bool(problems))
        self.save_button.setEnabled(not problems)

    def values(self) -> ParticipationValues:
        member = self.representative.currentData()
        return ParticipationValues(
            representative_member_id=str(member) if member else None,
            enrolled_on=_date_of(self.enrolled_on)[0],
            consent_given=self.consent.isChecked(),
            signed_on=_date_of(self.signed_on)[0],
            notes=self.notes.toPlainText().strip(),
        )


def _date_of(field: DateField) -> tuple[date | None, bool]:
    """The field's date (None when blank), and whether what is typed is a date at all."""
    try:
        return field.value(), True
    except DomainError:
        return None, False
