"""What the pages of the consolidation wizard share: step numbers and names, problem texts, small widgets."""

from __future__ import annotations

import logging
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QLabel,
    QTableWidgetItem,
)

from cdfi_desktop.domain.enums import RepaymentMethod
from cdfi_desktop.messages import message
from cdfi_desktop.services.contract_types import ContractForm
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.contracts.figures import SourceEntry
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets.fields import screen_language

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database

log = logging.getLogger("cdfi_desktop.ui.contracts.wizard")
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
    "contract_share_range": QT_TRANSLATE_NOOP("ConsolidationWizard", "A percentage waived is between 0 and 100."),
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


def waived_percent(share_kept: Decimal) -> Decimal:
    """The share of interest or penalty kept (the rulebook's a, b in 0–1) as the percentage waived: 1 → 0 %."""
    return ((1 - share_kept) * 100).normalize()


def kept_share(percent_waived: Decimal) -> Decimal:
    """The percentage waived the officer types as the share kept: 25 % waived → 0.75 kept."""
    return 1 - percent_waived / 100


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
