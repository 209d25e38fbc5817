"""The viewer's table: one row per changed field of an entry (an entry naming no field: one row)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from cdfi_desktop.services.audit import AuditEntryView, when_text

WHEN, WHO, ACTION, RECORD, FIELD, CHANGE, REASON = range(7)
_HEADERS = (
    "When",
    "Who",
    "Action",
    "Record",
    "Field",
    "Old → new",
    "Reason",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditModel", text)


class AuditRow:
    __slots__ = ("entry", "field", "new", "old")

    def __init__(self, entry: AuditEntryView, field: str = "", old: str = "", new: str = "") -> None:
        self.entry, self.field, self.old, self.new = entry, field, old, new


def flatten(entries: Sequence[AuditEntryView]) -> list[AuditRow]:
    rows: list[AuditRow] = []
    for entry in entries:
        if not entry.changes:
            rows.append(AuditRow(entry))
        for change in entry.changes:
            rows.append(AuditRow(entry, change.label, change.old, change.new))
    return rows


class AuditModel(QAbstractTableModel):
    def __init__(self, language: str = "th") -> None:
        super().__init__()
        self.language = language
        self.rows: list[AuditRow] = []
        self.entries: list[AuditEntryView] = []

    def set_entries(self, entries: Sequence[AuditEntryView]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.rows = flatten(entries)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(  # noqa: N802 - Qt naming
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _tr(_HEADERS[section])
        return None

    def text(self, row: int, column: int) -> str:
        item = self.rows[row]
        entry = item.entry
        if column == WHEN:
            return when_text(entry.at, self.language)
        if column == WHO:
            return entry.officer + (f" ({entry.account})" if entry.account and entry.account != entry.officer else "")
        if column == ACTION:
            return entry.action_label
        if column == RECORD:
            return f"{entry.table_label}: {entry.record_name or entry.record_id[:8]}"
        if column == FIELD:
            return item.field
        if column == CHANGE:
            if not item.field:
                return ""
            return f"{item.old or '–'} → {item.new or '–'}"
        if column == REASON:
            return entry.reason
        return ""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(index.row(), index.column())
        return None
