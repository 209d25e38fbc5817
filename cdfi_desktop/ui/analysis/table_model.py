"""The classified households as a table: every household of the analysis in memory (a few thousand rows at
most), sorted by value and filtered by text and class through :class:`HouseholdFilter`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from cdfi_desktop.domain.classification import DebtorClass
from cdfi_desktop.messages import message
from cdfi_desktop.services.analysis import AnalysisRow
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets.charts import CLASS_COLOURS
from cdfi_desktop.ui.widgets.counter import count
from cdfi_desktop.ui.widgets.table import Column, Kind

CONTEXT = "AnalysisScreen"
Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
_NONE = float("-inf")  # sorts before every number: "no income" DSR, no affordable term

CLASS_NAMES: dict[DebtorClass, str] = {
    DebtorClass.A: QT_TRANSLATE_NOOP("AnalysisScreen", "Normal"),
    DebtorClass.B: QT_TRANSLATE_NOOP("AnalysisScreen", "Watch"),
    DebtorClass.C: QT_TRANSLATE_NOOP("AnalysisScreen", "Problem"),
    DebtorClass.D: QT_TRANSLATE_NOOP("AnalysisScreen", "Critical"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def class_text(value: DebtorClass) -> str:
    """``C มีปัญหา`` / ``C Problem``."""
    return f"{value.value} {tr(CLASS_NAMES[value])}"


def reasons_text(row: AnalysisRow, language: str) -> str:
    """Why the household is in its class, one rule a line."""
    return "\n".join(f"• {message(r.code, language, **r.params)}" for r in row.classification.reasons)


NO_INCOME = QT_TRANSLATE_NOOP("AnalysisScreen", "no income")


def dsr_text(value: Decimal | None) -> str:
    return tr(NO_INCOME) if value is None else f"{value:,.1f}%"


def term_text(months: int | None) -> str:
    return "–" if months is None else count(CONTEXT, "%n months", months)


def tint(hex_colour: str, amount: float = 0.78) -> QColor:
    """A pale version of a class colour, for a cell's background."""
    colour = QColor(hex_colour)
    return QColor(
        int(colour.red() + (255 - colour.red()) * amount),
        int(colour.green() + (255 - colour.green()) * amount),
        int(colour.blue() + (255 - colour.blue()) * amount),
    )


@dataclass(frozen=True)
class Field:
    header: str  # untranslated
    text: Callable[[AnalysisRow], str]
    key: Callable[[AnalysisRow], Any]
    kind: Kind = Kind.TEXT
    priority: int = 0  # the register table hides the highest first when the window is narrow
    stretch: bool = False

    @property
    def right(self) -> bool:
        return self.kind in (Kind.NUMBER, Kind.MONEY)


def _ind(row: AnalysisRow) -> Any:
    return row.classification.indicators


def _term_key(row: AnalysisRow) -> Any:
    months = row.classification.consolidated_term_months
    return _NONE if months is None else months


COLUMNS: tuple[Field, ...] = (
    Field(QT_TRANSLATE_NOOP("AnalysisScreen", "Register no."), lambda r: r.code, lambda r: r.code, priority=2),
    Field(
        QT_TRANSLATE_NOOP("AnalysisScreen", "Head of household"),
        lambda r: r.head_name,
        lambda r: r.head_name,
        stretch=True,
    ),
    Field(QT_TRANSLATE_NOOP("AnalysisScreen", "Village"), lambda r: r.village, lambda r: r.village, priority=4),
    Field(
        QT_TRANSLATE_NOOP("AnalysisScreen", "Class"),
        lambda r: class_text(r.debtor_class),
        lambda r: (r.debtor_class.value, float(_ind(r).total_debt)),
    ),
    Field(
        QT_TRANSLATE_NOOP("AnalysisScreen", "Total debt"),
        lambda r: labels.baht_text(_ind(r).total_debt),
        lambda r: float(_ind(r).total_debt),
        Kind.MONEY,
    ),
    Field(
        QT_TRANSLATE_NOOP("AnalysisScreen", "DSR"),
        lambda r: dsr_text(_ind(r).dsr_pct),
        lambda r: _NONE if _ind(r).dsr_pct is None else float(_ind(r).dsr_pct),
        Kind.NUMBER,
    ),
    Field(
        QT_TRANSLATE_NOOP("AnalysisScreen", "Residual income"),
        lambda r: labels.baht_text(_ind(r).residual_income),
        lambda r: float(_ind(r).residual_income),
        Kind.MONEY,
    ),
    Field(
        QT_TRANSLATE_NOOP("AnalysisScreen", "Creditors"),
        lambda r: str(_ind(r).creditors),
        lambda r: _ind(r).creditors,
        Kind.NUMBER,
        priority=5,
    ),
    Field(
        QT_TRANSLATE_NOOP("AnalysisScreen", "Days overdue"),
        lambda r: str(_ind(r).worst_days_overdue),
        lambda r: _ind(r).worst_days_overdue,
        Kind.NUMBER,
        priority=3,
    ),
    Field(
        QT_TRANSLATE_NOOP("AnalysisScreen", "Affordable a month"),
        lambda r: labels.baht_text(r.classification.affordable_installment),
        lambda r: float(r.classification.affordable_installment),
        Kind.MONEY,
    ),
    Field(
        QT_TRANSLATE_NOOP("AnalysisScreen", "Term"),
        lambda r: term_text(r.classification.consolidated_term_months),
        _term_key,
        Kind.NUMBER,
        priority=1,
    ),
)
TABLE_COLUMNS = tuple(Column(f.header, f.kind, f.priority, f.stretch) for f in COLUMNS)
CLASS_COLUMN = 3


class AnalysisModel(QAbstractTableModel):
    """Every classified household of the analysis; the class column carries the reasons as its tooltip."""

    def __init__(self, language: Callable[[], str]) -> None:
        super().__init__()
        self.rows: list[AnalysisRow] = []
        self._language = language
        self._tips: dict[int, str] = {}

    def set_rows(self, rows: Sequence[AnalysisRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._tips = {}
        self.endResetModel()

    def retranslate(self) -> None:
        self._tips = {}
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section].header)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SORT_ROLE:
            return column.key(row)
        if role == ID_ROLE:
            return row.household_id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column.right else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if index.column() == CLASS_COLUMN:
            if role == Qt.ItemDataRole.ToolTipRole:
                if index.row() not in self._tips:
                    self._tips[index.row()] = reasons_text(row, self._language())
                return self._tips[index.row()]
            if role == Qt.ItemDataRole.BackgroundRole:
                return tint(CLASS_COLOURS[row.debtor_class.value])
        return None


class HouseholdFilter(QSortFilterProxyModel):
    """Narrows the households to a text (code, head, village) and to some classes; sorts by value."""

    def __init__(self) -> None:
        super().__init__()
        self.text = ""
        self.classes: frozenset[DebtorClass] = frozenset()  # empty: every class
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_classes(self, classes: frozenset[DebtorClass]) -> None:
        self.beginFilterChange()
        self.classes = classes
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802 - Qt override
        model = self.sourceModel()
        assert isinstance(model, AnalysisModel)
        row = model.rows[source_row]
        if self.classes and row.debtor_class not in self.classes:
            return False
        if not self.text:
            return True
        return any(self.text in value.casefold() for value in (row.code, row.head_name, row.village))

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802 - Qt override
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a == b:  # ties in register order
            model = self.sourceModel()
            assert isinstance(model, AnalysisModel)
            return model.rows[left.row()].code < model.rows[right.row()].code
        return bool(a < b)

    def row_at(self, proxy_row: int) -> AnalysisRow | None:
        model = self.sourceModel()
        assert isinstance(model, AnalysisModel)
        if proxy_row < 0 or proxy_row >= self.rowCount():
            return None
        return model.rows[self.mapToSource(self.index(proxy_row, 0)).row()]
