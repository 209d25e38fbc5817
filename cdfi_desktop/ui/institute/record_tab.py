"""A tab of the Institute screen: a register of records (committee, member funds, activities) with Add / Edit /
Remove above it, a summary line, a line for refusals, and for the funds a detail panel under the table."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cdfi_desktop.ui.widgets.detail import DetailPanel
from cdfi_desktop.ui.widgets.fields import problem_label
from cdfi_desktop.ui.widgets.split import MasterDetail
from cdfi_desktop.ui.widgets.table import Column, RegisterTable

CONTEXT = "InstituteScreen"
Cell = tuple[str, Qt.AlignmentFlag | None]


class RecordTab(QWidget):
    """A table of records with Add / Edit / Remove above it, a summary line and a line for refusals."""

    def __init__(self, columns: Sequence[Column], *, name: str, with_detail: bool = False) -> None:
        super().__init__()
        self.setObjectName(name)
        self.columns = columns
        self.rows: list[Any] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(6)
        bar = QHBoxLayout()
        self.add_button, self.edit_button, self.remove_button = QPushButton(), QPushButton(), QPushButton()
        self.add_button.setObjectName("primary")
        for button in (self.add_button, self.edit_button, self.remove_button):
            bar.addWidget(button)
        self.extra = QHBoxLayout()
        bar.addLayout(self.extra)
        bar.addStretch(1)
        self.summary = QLabel()
        self.summary.setObjectName("pageSummary")
        bar.addWidget(self.summary)
        layout.addLayout(bar)
        self.problem = problem_label()
        layout.addWidget(self.problem)
        self.table = RegisterTable(columns, context=CONTEXT, key=f"institute_{name}")
        # owned here (not by the table): the tab fills it again when the language changes
        self.model = QStandardItemModel(0, len(columns))
        self.table.setModel(self.model)
        self.detail: DetailPanel | None = None
        if with_detail:
            self.detail = DetailPanel()
            layout.addWidget(
                MasterDetail(
                    self.table, self.detail, key=f"institute_{name}", orientation=Qt.Orientation.Vertical, ratio=(4, 1)
                ),
                1,
            )
        else:
            layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        self._on_selection: list[Callable[[], None]] = []
        self._selection_changed()

    def on_selection(self, slot: Callable[[], None]) -> None:
        """Call ``slot`` whenever the chosen record changes."""
        self._on_selection.append(slot)

    def retranslate(self) -> None:
        self.add_button.setText(QCoreApplication.translate(CONTEXT, "Add…"))
        self.edit_button.setText(QCoreApplication.translate(CONTEXT, "Edit…"))
        self.remove_button.setText(QCoreApplication.translate(CONTEXT, "Remove…"))
        self.model.setHorizontalHeaderLabels([QCoreApplication.translate(CONTEXT, c.header) for c in self.columns])
        self.table.retranslate()

    def set_rows(self, rows: Sequence[Any], cells: Callable[[Any], list[Cell]], *, bold: str | None = None) -> None:
        """Show ``rows`` (keeping the selected record selected); ``bold``: the id of a row to stress."""
        selected = self.current()
        self.rows = list(rows)
        self.model.setRowCount(0)
        for row in self.rows:
            items = []
            for text, align in cells(row):
                item = QStandardItem(text)
                item.setToolTip(text)
                if align is not None:
                    item.setTextAlignment(align)
                if bold is not None and row.id == bold:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                items.append(item)
            self.model.appendRow(items)
        if selected is not None:
            self.select(selected.id)
        self._selection_changed()

    def text(self, row: int, column: int) -> str:
        item = self.model.item(row, column)
        return item.text() if item is not None else ""

    def select(self, record_id: str) -> None:
        for r, row in enumerate(self.rows):
            if row.id == record_id:
                self.table.selectRow(r)
                return

    def current(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        index = rows[0].row()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self.problem.setProperty("state", "error" if text else "")
        self.problem.style().unpolish(self.problem)
        self.problem.style().polish(self.problem)

    def _selection_changed(self) -> None:
        chosen = self.current() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        for slot in getattr(self, "_on_selection", ()):
            slot()
