"""The Qt binding keeps Python's reference counts right where the registers lean on it hardest.

PySide6 6.12.0 released ``None`` once too often whenever a model's ``data()`` answered ``None``; scrolling a
large register then crashed the app ("deallocating None"). pyproject.toml keeps that release out; this
test fails on any binding with the same fault.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot


class _Model(QAbstractTableModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 20

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 4

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return "x" if role == Qt.ItemDataRole.DisplayRole else None


def test_given_a_model_answering_none_when_a_view_repaints_then_none_keeps_its_references(
    app: QApplication, qtbot: QtBot
) -> None:
    model = _Model()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.show()
    qtbot.waitExposed(view)
    before = sys.getrefcount(None)
    for _ in range(100):
        view.viewport().repaint()
    index = model.index(0, 0)
    for _ in range(500):
        index.data(Qt.ItemDataRole.ForegroundRole)
    assert sys.getrefcount(None) >= before - 50  # a faulty binding loses thousands
