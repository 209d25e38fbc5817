"""What the two registers show: their columns (header, text, SQL sort key, how the table fits them)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from cdfi_desktop.messages import message
from cdfi_desktop.services import register_types as rt
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.privacy import disclosure
from cdfi_desktop.ui.registers.table_model import Column, HasId
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets.fields import screen_language
from cdfi_desktop.ui.widgets.table import Kind

R = TypeVar("R", bound=HasId)


class CitizenIds:
    """Citizen IDs in lists: masked (PDPA) unless the user may and asked to see them (``ui.privacy``)."""

    @staticmethod
    def text(citizen_id: str) -> str:
        return disclosure().show(citizen_id)


def _reasons(row: rt.HouseholdRow) -> str:
    """Why the household is in its class, one rule a line, in the screen language."""
    if row.classification is None:
        return ""
    language = screen_language()
    return "\n".join(message(r.code, language, **r.params) for r in row.classification.reasons)


def _village(no: int | None) -> str:
    return "" if no is None else str(no)


def _col(
    header: str,
    text: Callable[[R], str],
    sort_key: object | None = None,
    *,
    kind: Kind = Kind.TEXT,
    priority: int = 0,
    stretch: bool = False,
    tooltip: Callable[[R], str] | None = None,
) -> Column[R]:
    return Column(header, text, sort_key, kind=kind, priority=priority, stretch=stretch, tooltip=tooltip)


HOUSEHOLD_COLUMNS: list[Column[rt.HouseholdRow]] = [
    _col(QT_TRANSLATE_NOOP("RegistersScreen", "Register no."), lambda r: r.code, rt.HouseholdSort.CODE),
    _col(QT_TRANSLATE_NOOP("RegistersScreen", "House no."), lambda r: r.house_no, rt.HouseholdSort.HOUSE_NO),
    _col(
        QT_TRANSLATE_NOOP("RegistersScreen", "Village"),
        lambda r: _village(r.village_no),
        rt.HouseholdSort.VILLAGE,
        kind=Kind.NUMBER,
        priority=3,
        tooltip=lambda r: r.village_name,
    ),
    _col(
        QT_TRANSLATE_NOOP("RegistersScreen", "Head of household"),
        lambda r: r.head_name,
        rt.HouseholdSort.HEAD,
        stretch=True,
    ),
    _col(
        QT_TRANSLATE_NOOP("RegistersScreen", "Class"),
        lambda r: r.classification.debtor_class.value if r.classification else "",
        rt.HouseholdSort.CLASS,
        priority=1,
        tooltip=_reasons,
    ),
    _col(
        QT_TRANSLATE_NOOP("RegistersScreen", "Citizen ID"),
        lambda r: CitizenIds.text(r.head_citizen_id),
        priority=2,
    ),
    _col(
        QT_TRANSLATE_NOOP("RegistersScreen", "Members"),
        lambda r: str(r.members),
        rt.HouseholdSort.MEMBERS,
        kind=Kind.NUMBER,
        priority=4,
    ),
    _col(
        QT_TRANSLATE_NOOP("RegistersScreen", "Open debts"),
        lambda r: str(r.open_debts),
        rt.HouseholdSort.OPEN_DEBTS,
        kind=Kind.NUMBER,
        priority=3,
    ),
    _col(
        QT_TRANSLATE_NOOP("RegistersScreen", "Total debt (baht)"),
        lambda r: labels.baht_text(r.total_debt),
        rt.HouseholdSort.TOTAL_DEBT,
        kind=Kind.MONEY,
    ),
    _col(
        QT_TRANSLATE_NOOP("RegistersScreen", "Installments a month"),
        lambda r: labels.baht_text(r.monthly_installments),
        kind=Kind.MONEY,
    ),
    _col(
        QT_TRANSLATE_NOOP("RegistersScreen", "Most days overdue"),
        lambda r: str(r.worst_days_overdue),
        rt.HouseholdSort.WORST_OVERDUE,
        kind=Kind.NUMBER,
        priority=2,
    ),
]

DEBT_COLUMNS: list[Column[rt.DebtRow]] = [
    _col(
        QT_TRANSLATE_NOOP("RegistersScreen", "Household"),
        lambda r: f"{r.household_code} · {r.house_no}",
        rt.DebtSort.HOUSEHOLD,
    ),
    _col(QT_TRANSLATE_NOOP("RegistersScreen", "Debtor"), lambda r: r.debtor_name, rt.DebtSort.DEBTOR, stretch=True),
    _col(
        QT_TRANSLATE_NOOP("RegistersScreen", "Citizen ID"),
        lambda r: CitizenIds.text(r.debtor_citizen_id),
        priority=2,
    ),
    _col(
        QT_TRANSLATE_NOOP("RegistersScreen", "Creditor"),
        lambda r: r.creditor,
        rt.DebtSort.CREDITOR,
        tooltip=lambda r: f"{labels.label(r.creditor_kind)}: {r.creditor}",
    ),
    _col(QT_TRANSLATE_NOOP("RegistersScreen", "Contract no."), lambda r: r.contract_no, priority=4),
    _col(
        QT_TRANSLATE_NOOP("RegistersScreen", "Contract date"),
        lambda r: labels.date_text(r.contract_date),
        rt.DebtSort.CONTRACT_DATE,
        kind=Kind.DATE,
        priority=3,
    ),
    _col(
        QT_TRANSLATE_NOOP("RegistersScreen", "Principal"),
        lambda r: labels.baht_text(r.principal),
        rt.DebtSort.PRINCIPAL,
        kind=Kind.MONEY,
    ),
    _col(
        QT_TRANSLATE_NOOP("RegistersScreen", "Outstanding"),
        lambda r: labels.baht_text(r.outstanding),
        rt.DebtSort.OUTSTANDING,
        kind=Kind.MONEY,
    ),
    _col(
        QT_TRANSLATE_NOOP("RegistersScreen", "Installment"),
        lambda r: labels.baht_text(r.installment),
        rt.DebtSort.INSTALLMENT,
        kind=Kind.MONEY,
    ),
    _col(
        QT_TRANSLATE_NOOP("RegistersScreen", "Days overdue"),
        lambda r: str(r.days_overdue),
        rt.DebtSort.DAYS_OVERDUE,
        kind=Kind.NUMBER,
        priority=1,
    ),
    _col(
        QT_TRANSLATE_NOOP("RegistersScreen", "Status"),
        lambda r: labels.label(r.status),
        rt.DebtSort.STATUS,
        priority=2,
    ),
]
