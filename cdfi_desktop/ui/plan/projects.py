"""What the plan screen shows of its projects: a project's row in the table, and its budget lines beside it."""

from __future__ import annotations

from decimal import Decimal
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem

from cdfi_desktop.domain.money import format_baht
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.plan.dialogs import status_name
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets.table import Column, Kind

if TYPE_CHECKING:
    from cdfi_desktop.services.plan import ProjectView

CONTEXT = "PlanScreen"
ID_ROLE = Qt.ItemDataRole.UserRole + 1

COLUMNS = (
    Column(QT_TRANSLATE_NOOP("PlanScreen", "No."), Kind.NUMBER),
    Column(QT_TRANSLATE_NOOP("PlanScreen", "Project or activity"), Kind.TEXT, stretch=True),
    Column(QT_TRANSLATE_NOOP("PlanScreen", "Households"), Kind.NUMBER, priority=2),
    Column(QT_TRANSLATE_NOOP("PlanScreen", "Period"), Kind.DATE, priority=3),
    Column(QT_TRANSLATE_NOOP("PlanScreen", "Budget"), Kind.MONEY),
    Column(QT_TRANSLATE_NOOP("PlanScreen", "Spent"), Kind.MONEY),
    Column(QT_TRANSLATE_NOOP("PlanScreen", "Status"), Kind.TEXT, priority=1),
)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def quantity_text(value: Decimal) -> str:
    return f"{value:,.0f}" if value == value.to_integral_value() else f"{value:,.2f}"


def items(p: ProjectView) -> list[QStandardItem]:
    """The project's cells in the order of COLUMNS, with its id; its objective as the tooltip."""
    dated = p.start_date or p.end_date
    period = f"{labels.date_text(p.start_date)} – {labels.date_text(p.end_date)}" if dated else "–"
    cells = [
        str(p.no),
        p.name,
        str(p.households_served),
        period,
        format_baht(p.planned),
        format_baht(p.spent),
        status_name(p.status),
    ]
    made = []
    for column, text in enumerate(cells):
        item = QStandardItem(text)
        item.setData(p.id, ID_ROLE)
        if p.objective:
            item.setToolTip(p.objective)
        if COLUMNS[column].kind in (Kind.NUMBER, Kind.MONEY):
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        made.append(item)
    return made


def lines_html(project: ProjectView) -> str:
    """The project's name, objective and budget lines (overspent lines in red) with their total."""
    rows = []
    for line in project.lines:
        spent = format_baht(line.spent) if line.spent else ""
        style = " style='color:#b00d0d'" if line.overspent > 0 else ""
        rows.append(
            f"<tr><td>{line.no}.</td><td>{escape(line.item)}</td>"
            f"<td align='right'>{escape(quantity_text(line.quantity))} {escape(line.unit)}</td>"
            f"<td align='right'>× {format_baht(line.unit_cost)}</td>"
            f"<td align='right'><b>{format_baht(line.amount)}</b></td>"
            f"<td align='right'{style}>{spent}</td></tr>"
        )
    headers = (_t("Item"), _t("Qty"), _t("Unit cost"), _t("Amount"), _t("Spent"))
    head = "<tr><th></th><th align='left'>{}</th>{}</tr>".format(
        escape(headers[0]), "".join(f"<th align='right'>{escape(h)}</th>" for h in headers[1:])
    )
    rows.append(
        f"<tr><td></td><td><b>{escape(_t('Total'))}</b></td><td></td><td></td>"
        f"<td align='right'><b>{format_baht(project.planned)}</b></td>"
        f"<td align='right'><b>{format_baht(project.spent)}</b></td></tr>"
    )
    objective = f"<p>{escape(project.objective)}</p>" if project.objective else ""
    table = f"<table cellspacing='0' cellpadding='3'>{head}{''.join(rows)}</table>"
    return f"<b>{escape(project.name)}</b>{objective}{table}"
