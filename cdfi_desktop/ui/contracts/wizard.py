"""The "1 household 1 contract" consolidation wizard: from the household's open debts to a signed contract.

Five steps, each on one page that fits a 1366×768 laptop:
1. source debts: which open debts the new contract takes over, each one's payoff (principal, interest to the
   signing date, penalty) and the committee's waivers; the down-payment; the new principal P0;
2. terms: affordability (income, expenses, debt service, the affordable installment a month), rate, the term
   solver, flat and declining balance side by side (installment rounded to the step, last installment, total
   interest, APR);
3. the full schedule of the chosen method with its totals;
4. parties and signing: borrower, lender, guarantors, witnesses, place and dates;
5. review (amounts in Thai words) and sign: ``services.contracts.sign_contract`` in one transaction, on the
   worker thread; what it refuses is shown on the page and under the field concerned.

Everything the pages show is worked out with the domain's pure schedule rules (``figures.py``); the database
is touched only by signing.
"""

from __future__ import annotations

import html
import re
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QWidget,
    QWizard,
)

from cdfi_desktop.domain import bahttext
from cdfi_desktop.domain.enums import LenderKind, PartyRole
from cdfi_desktop.domain.schedule import add_months
from cdfi_desktop.failures import describe
from cdfi_desktop.messages import message
from cdfi_desktop.services.contract_types import ConsolidationStart, ContractForm
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.contracts.figures import SourceEntry, balance, new_principal
from cdfi_desktop.ui.privacy import disclosure
from cdfi_desktop.ui.widgets.fields import Field, screen_language
from cdfi_desktop.ui.widgets.fit import fit_to_screen

if TYPE_CHECKING:
    from cdfi_desktop.domain.register_rules import Issue
    from cdfi_desktop.ui.ops import Ops

from cdfi_desktop.ui.contracts.parties_page import PartiesPage, ReviewPage
from cdfi_desktop.ui.contracts.sources_page import SourcesPage
from cdfi_desktop.ui.contracts.terms_page import SchedulePage, TermsPage
from cdfi_desktop.ui.contracts.wizard_parts import (
    PARTIES,
    REVIEW,
    SCHEDULE,
    SOURCES,
    STEP_NAMES,
    TERMS,
    ZERO,
    SignFn,
    _show,
    _w,
    log,
    method_name,
    sign_in_database,
)

__all__ = [
    "PARTIES",
    "REVIEW",
    "SCHEDULE",
    "SOURCES",
    "TERMS",
    "ConsolidationWizard",
    "method_name",
]


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
        fit_to_screen(self)  # never taller than a laptop's screen less its taskbar: a page's body scrolls instead

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
            cid = " · " + citizen_id.replace("%1", disclosure().show(party.citizen_id)) if party.citizen_id else ""
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
            borrower += " · " + citizen_id.replace("%1", disclosure().show(member.citizen_id))
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
