"""Table models of the contracts screens: a repayment schedule with its totals row."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from cdfi_desktop.domain.schedule import Installment
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets.table import Column, Kind

ZERO = Decimal("0.00")
Index = QModelIndex | QPersistentModelIndex

SCHEDULE_COLUMNS = (  # the screen kit's register columns (ui.widgets.table)
    Column(QT_TRANSLATE_NOOP("ScheduleModel", "Installment no."), Kind.NUMBER),
    Column(QT_TRANSLATE_NOOP("ScheduleModel", "Due date"), Kind.DATE),
    Column(QT_TRANSLATE_NOOP("ScheduleModel", "Installment"), Kind.MONEY),
    Column(QT_TRANSLATE_NOOP("ScheduleModel", "Principal"), Kind.MONEY),
    Column(QT_TRANSLATE_NOOP("ScheduleModel", "Interest"), Kind.MONEY),
    Column(QT_TRANSLATE_NOOP("ScheduleModel", "Balance after"), Kind.MONEY),
)


class ScheduleModel(QAbstractTableModel):
    """One row per installment and a last row of totals (installments, principal, interest)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines: tuple[Installment, ...] = ()

    def set_lines(self, lines: tuple[Installment, ...] | list[Installment]) -> None:
        self.beginResetModel()
        self.lines = tuple(lines)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() or not self.lines else len(self.lines) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(SCHEDULE_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ScheduleModel", SCHEDULE_COLUMNS[section].header)
        return None

    def is_totals(self, row: int) -> bool:
        return row == len(self.lines)

    def totals(self) -> tuple[Decimal, Decimal, Decimal]:
        return (
            sum((x.installment for x in self.lines), ZERO),
            sum((x.principal for x in self.lines), ZERO),
            sum((x.interest for x in self.lines), ZERO),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        totals = self.is_totals(row)
        if role == Qt.ItemDataRole.DisplayRole:
            if totals:
                paid, principal, interest = self.totals()
                return {
                    1: QCoreApplication.translate("ScheduleModel", "Total"),
                    2: labels.baht_text(paid),
                    3: labels.baht_text(principal),
                    4: labels.baht_text(interest),
                }.get(column, "")
            line = self.lines[row]
            return (
                str(line.seq),
                labels.date_text(line.due_date),
                labels.baht_text(line.installment),
                labels.baht_text(line.principal),
                labels.baht_text(line.interest),
                labels.baht_text(line.balance_after),
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == 1:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and totals:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            if totals:
                return QBrush(QColor("#e9eef4"))
            if (
                row == len(self.lines) - 1
                and len(self.lines) > 1
                and self.lines[-1].installment != self.lines[0].installment
            ):
                return QBrush(QColor("#fff7e0"))  # the last installment absorbs the difference
        return None
