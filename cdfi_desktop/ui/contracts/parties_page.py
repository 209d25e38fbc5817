"""Steps 4 and 5 of the consolidation wizard: the parties, place and dates of signing, and the review in words."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWizardPage,
)

from cdfi_desktop.domain.enums import LenderKind, PartyRole
from cdfi_desktop.domain.schedule import add_months
from cdfi_desktop.services.contract_types import PartyForm
from cdfi_desktop.services.limits import text_limit
from cdfi_desktop.ui.contracts.parties import PartyList
from cdfi_desktop.ui.contracts.wizard_parts import (
    _problem_label,
    _show,
)
from cdfi_desktop.ui.privacy import disclosure
from cdfi_desktop.ui.widgets.fields import DateField, TextField

if TYPE_CHECKING:
    from cdfi_desktop.ui.contracts.wizard import ConsolidationWizard


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
            ""
            if member is None
            else self.tr("Citizen ID %1").replace("%1", disclosure().show(member.citizen_id) or "–")
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
