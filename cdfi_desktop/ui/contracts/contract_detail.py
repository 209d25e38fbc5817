"""The contract tab of the contracts screen: one signed contract in words and a table, in the screen's language."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from cdfi_desktop.domain.enums import ContractStatus, LenderKind, PartyRole
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.contracts.wizard_parts import method_name
from cdfi_desktop.ui.privacy import disclosure
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from cdfi_desktop.services.contracts import ContractView

CONTEXT = "ContractsScreen"  # the texts keep the screen's context (and their Thai)

STATUS_NAMES = {
    ContractStatus.DRAFT: QT_TRANSLATE_NOOP("ContractsScreen", "Draft"),
    ContractStatus.SIGNED: QT_TRANSLATE_NOOP("ContractsScreen", "Signed"),
    ContractStatus.CLOSED: QT_TRANSLATE_NOOP("ContractsScreen", "Closed"),
    ContractStatus.CANCELLED: QT_TRANSLATE_NOOP("ContractsScreen", "Cancelled"),
}
ROLE_NAMES = {
    PartyRole.BORROWER: QT_TRANSLATE_NOOP("ContractsScreen", "Borrower"),
    PartyRole.CO_BORROWER: QT_TRANSLATE_NOOP("ContractsScreen", "Co-borrower"),
    PartyRole.GUARANTOR: QT_TRANSLATE_NOOP("ContractsScreen", "Guarantor"),
    PartyRole.WITNESS: QT_TRANSLATE_NOOP("ContractsScreen", "Witness"),
    PartyRole.LENDER_SIGNATORY: QT_TRANSLATE_NOOP("ContractsScreen", "Signing for the lender"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def contract_html(view: ContractView) -> str:
    """The chosen contract in the detail tab: terms, signing, parties (citizen IDs masked as in the registers)
    and the debts it took over."""
    e = html.escape
    lender = view.lender_name
    if view.lender_kind is LenderKind.MEMBER_FUND:
        lender = QCoreApplication.translate("ContractsScreen", "%1 (member fund)").replace("%1", view.lender_name)
    apr = "–" if view.apr is None else f"{view.apr:,.2f}%"
    head = "".join(
        f"<th align='{'left' if i < 2 else 'right'}'>{e(h)}</th>"
        for i, h in enumerate(
            (
                QCoreApplication.translate("ContractsScreen", "Creditor"),
                QCoreApplication.translate("ContractsScreen", "Contract no."),
                QCoreApplication.translate("ContractsScreen", "Principal"),
                QCoreApplication.translate("ContractsScreen", "Interest"),
                QCoreApplication.translate("ContractsScreen", "Penalty"),
                QCoreApplication.translate("ContractsScreen", "Waived"),
                QCoreApplication.translate("ContractsScreen", "Transferred"),
            )
        )
    )
    rows = "".join(
        "<tr>"
        f"<td>{e(t.creditor)}</td><td>{e(t.source_contract_no or '–')}</td>"
        f"<td align='right'>{e(labels.baht_text(t.principal))}</td>"
        f"<td align='right'>{e(labels.baht_text(t.interest))}</td>"
        f"<td align='right'>{e(labels.baht_text(t.penalty))}</td>"
        f"<td align='right'>{e(labels.baht_text(t.waived))}</td>"
        f"<td align='right'><b>{e(labels.baht_text(t.amount_transferred))}</b></td>"
        "</tr>"
        for t in view.transfers
    )
    citizen_id = QCoreApplication.translate("ContractsScreen", "Citizen ID %1")
    people = "<br>".join(
        f"{e(_t(ROLE_NAMES[p.role]))}: {e(p.full_name)}"
        + (f" · {e(citizen_id.replace('%1', disclosure().show(p.citizen_id)))}" if p.citizen_id else "")
        for p in view.parties
    )
    title = (
        QCoreApplication.translate("ContractsScreen", "Contract no. %1 · register no. %2 · %3")
        .replace("%1", view.contract_no)
        .replace("%2", view.household_code)
        .replace("%3", _t(STATUS_NAMES[view.status]))
    )
    terms = (
        QCoreApplication.translate(
            "ContractsScreen",
            "%1 baht at %2% a year, %3, %4 months: %5 baht a month, the last %6 baht; interest %7 baht; APR %8",
        )
        .replace("%1", labels.baht_text(view.principal))
        .replace("%2", f"{view.interest_rate.normalize():f}")
        .replace("%3", method_name(view.method))
        .replace("%4", str(view.term_months))
        .replace("%5", labels.baht_text(view.installment))
        .replace("%6", labels.baht_text(view.last_installment))
        .replace("%7", labels.baht_text(view.total_interest))
        .replace("%8", apr)
    )
    signed = (
        QCoreApplication.translate("ContractsScreen", "Signed at %1 on %2; first installment due %3")
        .replace("%1", view.signing_place)
        .replace("%2", labels.date_text(view.signing_date))
        .replace("%3", labels.date_text(view.first_due_date))
    )
    lender_text = QCoreApplication.translate("ContractsScreen", "Lender: %1").replace("%1", lender)
    taken_over, parties = (
        QCoreApplication.translate("ContractsScreen", "Debts taken over"),
        QCoreApplication.translate("ContractsScreen", "Parties"),
    )
    notes = ""
    if view.notes.strip():
        notes_text = QCoreApplication.translate("ContractsScreen", "Notes: %1").replace("%1", view.notes.strip())
        notes = f"<p>{e(notes_text).replace(chr(10), '<br>')}</p>"
    table = "<table cellspacing='0' cellpadding='3' border='1' style='border-collapse:collapse'>"
    return (
        f"<p><b>{e(title)}</b><br>{e(lender_text)}<br>{e(terms)}<br>{e(signed)}</p>"
        f"<p><b>{e(parties)}</b><br>{people}</p>"
        f"<b>{e(taken_over)}</b>{table}<tr>{head}</tr>{rows}</table>"
        f"{notes}"
    )
