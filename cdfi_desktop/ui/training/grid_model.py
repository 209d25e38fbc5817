"""The attendance grid: participants as rows, one column per day of the course, then days attended and completion.

The model keeps the grid as read by ``services.training.attendance_grid`` and changes a cell at once when the
officer marks it (the save runs behind); days attended and completion follow from ``domain.training``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPolygon
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from cdfi_desktop.domain.enums import AttendanceStatus
from cdfi_desktop.domain.training import Completion, completion
from cdfi_desktop.services.training_types import AttendanceGrid, DayView, Mark, ParticipantRow
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP

CONTEXT = "TrainingGrid"
NOTE_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex

# Clicking a day cell walks this cycle.
CYCLE: tuple[AttendanceStatus | None, ...] = (
    None,
    AttendanceStatus.PRESENT,
    AttendanceStatus.LATE,
    AttendanceStatus.ABSENT,
    AttendanceStatus.LEAVE,
)
STATUS_TEXT: dict[AttendanceStatus, str] = {
    AttendanceStatus.PRESENT: QT_TRANSLATE_NOOP("TrainingGrid", "Present"),
    AttendanceStatus.LATE: QT_TRANSLATE_NOOP("TrainingGrid", "Late"),
    AttendanceStatus.ABSENT: QT_TRANSLATE_NOOP("TrainingGrid", "Absent"),
    AttendanceStatus.LEAVE: QT_TRANSLATE_NOOP("TrainingGrid", "On leave"),
}
# (background, text) per status: green, amber, red, blue — readable in print and on a dim laptop screen.
STATUS_COLOURS: dict[AttendanceStatus, tuple[str, str]] = {
    AttendanceStatus.PRESENT: ("#c6f6d5", "#1c4532"),
    AttendanceStatus.LATE: ("#fefcbf", "#744210"),
    AttendanceStatus.ABSENT: ("#fed7d7", "#822727"),
    AttendanceStatus.LEAVE: ("#bee3f8", "#1a365d"),
}
COMPLETED_COLOURS = ("#276749", "#718096")
FIXED_COLUMNS = 3  # no., name, household; then the days; then days attended and completed
COLUMN_WIDTHS = {"no": 44, "name": 210, "household": 110, "day": 92, "attended": 82, "completed": 100}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def status_text(status: AttendanceStatus | None) -> str:
    return "" if status is None else _t(STATUS_TEXT[status])


def next_status(status: AttendanceStatus | None) -> AttendanceStatus | None:
    return CYCLE[(CYCLE.index(status) + 1) % len(CYCLE)]


@dataclass
class _Row:
    participant: ParticipantRow
    marks: list[Mark | None] = field(default_factory=list)


class AttendanceModel(QAbstractTableModel):
    """Participants × days; ``mark()`` changes a cell at once and returns what to save."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.course_id: str | None = None
        self.days: tuple[DayView, ...] = ()
        self.required = 1
        self._rows: list[_Row] = []

    # -- content ---------------------------------------------------------------------------------------------
    def set_grid(self, grid: AttendanceGrid | None) -> None:
        self.beginResetModel()
        if grid is None:
            self.course_id, self.days, self.required, self._rows = None, (), 1, []
        else:
            self.course_id = grid.course_id
            self.days = grid.days
            self.required = grid.min_days_to_complete
            self._rows = [_Row(p, list(p.marks)) for p in grid.participants]
        self.endResetModel()

    def participant(self, row: int) -> ParticipantRow:
        return self._rows[row].participant

    def participant_ids(self) -> list[str]:
        return [r.participant.id for r in self._rows]

    def day_index(self, column: int) -> int | None:
        index = column - FIXED_COLUMNS
        return index if 0 <= index < len(self.days) else None

    def day_column(self, day_index: int) -> int:
        return FIXED_COLUMNS + day_index

    def mark_at(self, row: int, day_index: int) -> Mark | None:
        return self._rows[row].marks[day_index]

    def set_mark(
        self, row: int, day_index: int, status: AttendanceStatus | None, note: str | None = None
    ) -> Mark | None:
        """Change one cell (keeping its note unless ``note`` is given); returns the new mark."""
        current = self._rows[row].marks[day_index]
        if status is None:
            new: Mark | None = None
        else:
            new = Mark(status, (current.note if current else "") if note is None else note)
        self._rows[row].marks[day_index] = new
        column = self.day_column(day_index)
        self.dataChanged.emit(self.index(row, column), self.index(row, self.columnCount() - 1))
        return new

    def cycle(self, row: int, day_index: int) -> Mark | None:
        current = self._rows[row].marks[day_index]
        return self.set_mark(row, day_index, next_status(current.status if current else None))

    def days_attended(self, row: int) -> int:
        return self._completion(row).days_attended

    def completed(self, row: int) -> bool:
        return self._completion(row).completed

    def _completion(self, row: int) -> Completion:
        return completion((m.status if m else None for m in self._rows[row].marks), required_days=self.required)

    def completed_count(self) -> int:
        return sum(1 for row in range(len(self._rows)) if self.completed(row))

    def attended_on(self, day_index: int) -> int:
        return sum(
            1
            for r in self._rows
            if (m := r.marks[day_index]) is not None and m.status in (AttendanceStatus.PRESENT, AttendanceStatus.LATE)
        )

    def rows_snapshot(self) -> list[ParticipantRow]:
        """The rows as shown now (marks included), for tests and printing."""
        return [replace(r.participant, marks=tuple(r.marks)) for r in self._rows]

    # -- Qt model ----------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else FIXED_COLUMNS + len(self.days) + 2

    def width_of(self, column: int) -> int:
        if column < FIXED_COLUMNS:
            return COLUMN_WIDTHS[("no", "name", "household")[column]]
        if self.day_index(column) is not None:
            return COLUMN_WIDTHS["day"]
        return COLUMN_WIDTHS["attended" if column == FIXED_COLUMNS + len(self.days) else "completed"]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        day_index = self.day_index(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if section < FIXED_COLUMNS:
                return (
                    QCoreApplication.translate("TrainingGrid", "No."),
                    QCoreApplication.translate("TrainingGrid", "Name and surname"),
                    QCoreApplication.translate("TrainingGrid", "Register no."),
                )[section]
            if day_index is not None:
                day = self.days[day_index]
                text = QCoreApplication.translate("TrainingGrid", "Day %1").replace("%1", str(day.day_no))
                return f"{text}\n{labels.date_text(day.held_on)}" if day.held_on else text
            if section == FIXED_COLUMNS + len(self.days):
                return QCoreApplication.translate("TrainingGrid", "Days\nattended")
            return QCoreApplication.translate("TrainingGrid", "Completed")
        if role == Qt.ItemDataRole.ToolTipRole and day_index is not None:
            day = self.days[day_index]
            return day.topics or None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        entry = self._rows[row]
        p = entry.participant
        day_index = self.day_index(column)
        if day_index is not None:
            return self._day_data(entry.marks[day_index], role)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(p.no)
            if column == 1:
                return p.full_name
            if column == 2:
                if not p.household_id:
                    return QCoreApplication.translate("TrainingGrid", "(not a target household)")
                if p.household_head and p.household_head != p.full_name:
                    return f"{p.household_code} · {p.household_head}"
                return p.household_code
            if column == FIXED_COLUMNS + len(self.days):
                return f"{self.days_attended(row)} / {len(self.days)}"
            return (
                QCoreApplication.translate("TrainingGrid", "Completed")
                if self.completed(row)
                else QCoreApplication.translate("TrainingGrid", "Not yet")
            )
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (0, 2) or column >= FIXED_COLUMNS:
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.columnCount() - 1:
            return QBrush(QColor(COMPLETED_COLOURS[0 if self.completed(row) else 1]))
        if role == Qt.ItemDataRole.FontRole and column == self.columnCount() - 1 and self.completed(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 2 and p.household_id:
                return f"{p.household_code} · {p.household_head} · {p.house_no}".strip(" ·")
            if column == 1 and p.note:
                return p.note
        return None

    def _day_data(self, mark: Mark | None, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return status_text(mark.status) if mark else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if mark is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(STATUS_COLOURS[mark.status][0]))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(STATUS_COLOURS[mark.status][1]))
        if role == Qt.ItemDataRole.ToolTipRole:
            return mark.note or None
        if role == NOTE_ROLE:
            return mark.note
        return None

    def retranslate(self) -> None:
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))


class MarkDelegate(QStyledItemDelegate):
    """Draws a day cell's colour over the whole cell (also when selected) and a small corner mark for a note."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if isinstance(background, QBrush):
            painter.fillRect(option.rect, background)
        super().paint(painter, option, index)
        if index.data(NOTE_ROLE):
            rect: QRect = option.rect
            size = 9
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#c05621"))
            corner = rect.topRight()
            painter.drawPolygon(
                QPolygon([corner, QPoint(corner.x() - size, corner.y()), QPoint(corner.x(), corner.y() + size)])
            )
            painter.restore()
