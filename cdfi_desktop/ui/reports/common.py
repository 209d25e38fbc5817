"""Cells of the report tabs' and the life plans' register tables: a read-only item aligned as its column's kind
(numbers and money to the right, dates centred), optionally coloured and carrying a key for the screen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem

from cdfi_desktop.ui.widgets.table import Kind

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
_ALIGN = {
    Kind.TEXT: Qt.AlignmentFlag.AlignLeft,
    Kind.NUMBER: Qt.AlignmentFlag.AlignRight,
    Kind.MONEY: Qt.AlignmentFlag.AlignRight,
    Kind.DATE: Qt.AlignmentFlag.AlignHCenter,
}


def cell(
    text: str,
    kind: Kind = Kind.TEXT,
    *,
    color: QColor | QBrush | None = None,
    background: QColor | None = None,
    key: Any = None,
    tip: str = "",
    bold: bool = False,
    align: Qt.AlignmentFlag | None = None,
) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setTextAlignment((align if align is not None else _ALIGN[kind]) | Qt.AlignmentFlag.AlignVCenter)
    if color is not None:
        item.setForeground(color)
    if background is not None:
        item.setBackground(background)
    if key is not None:
        item.setData(key, KEY_ROLE)
    if tip:
        item.setToolTip(tip)
    if bold:
        font = item.font()
        font.setBold(True)
        item.setFont(font)
    return item
