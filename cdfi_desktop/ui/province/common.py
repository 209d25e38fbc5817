"""What the province's screens share: dates and days in the screen language, and cells of their register tables that
sort by value (a date by its moment, a number by its size) while they show text."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QWidget

from cdfi_desktop.domain.thai_date import format_date_be
from cdfi_desktop.ui import labels

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # what a column sorts by
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's id (a device, an institute, an import)
CONTEXT = "Province"


def date_text(moment: datetime | None) -> str:
    """A moment's local date: B.E. in Thai, day/month/year in English; "–" when there is none."""
    if moment is None:
        return "–"
    local = moment.astimezone()
    if labels.is_thai():
        return format_date_be(local.date(), style="short")
    return f"{local.day}/{local.month}/{local.year}"


def days_text(days: int | None) -> str:
    """How long ago, in days ("never" when nothing came)."""
    if days is None:
        return QCoreApplication.translate(CONTEXT, "never")
    return QCoreApplication.translate(CONTEXT, "%n days", None, days)


def cell(text: str, sort: object = None, *, number: bool = False, tip: str = "") -> QStandardItem:
    """A read-only cell showing ``text`` that sorts by ``sort`` (the text itself when None)."""
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(text if sort is None else sort, SORT_ROLE)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tip:
        item.setToolTip(tip)
    return item


def go_to_step(widget: QWidget, key: str) -> None:
    """Show the province's step ``key`` in the main window holding ``widget``."""
    show_step = getattr(widget.window(), "show_step", None)
    if callable(show_step):
        show_step(key)
