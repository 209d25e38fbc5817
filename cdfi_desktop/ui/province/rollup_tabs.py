"""What the tabs of the province's roll-up share: the screen's translation context, its colours, an institute's
short name, and the layout of a tab (rollup_indicators, rollup_rounds, rollup_evidence, rollup_activities)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from cdfi_desktop.ui.widgets.table import RegisterTable
from cdfi_desktop.ui.widgets.thai_text import WrappingLabel

if TYPE_CHECKING:
    pass


__all__ = [
    "CONTEXT",
    "GREEN",
    "INSTITUTE_PREFIX",
    "RED",
    "TAMPERED_BACKGROUND",
    "clear_rows",
    "short_name",
    "summary_label",
    "tab_column",
    "tr_rollup",
    "unsorted",
]

CONTEXT = "ProvinceRollup"
RED, GREEN = QColor("#9b1c1c"), QColor("#1e5631")
TAMPERED_BACKGROUND = QColor("#f8d0cc")


# the words every institute's name starts with (guideline 2.1): a register of many institutes shows what follows
INSTITUTE_PREFIX = "สถาบันการจัดการเงินทุนชุมชน"


def short_name(name: str) -> str:
    """An institute's name without the words every one starts with ("ตำบลหัวดง"); the whole name when nothing
    would be left."""
    rest = name.removeprefix(INSTITUTE_PREFIX).strip()
    return rest or name


def tr_rollup(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def tab_column(tab: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(tab)
    layout.setContentsMargins(0, 6, 0, 0)
    layout.setSpacing(6)
    return layout


def summary_label() -> WrappingLabel:
    label = WrappingLabel()
    label.setObjectName("rollupSummary")
    label.setWordWrap(True)
    return label


def unsorted(table: RegisterTable) -> None:
    """Rows in the order read (province, district, institute) until the officer sorts by a column."""
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)


def clear_rows(table: RegisterTable) -> None:
    model = table.model()
    model.removeRows(0, model.rowCount())
