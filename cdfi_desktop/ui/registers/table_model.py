"""A table model for registers of any size: SQL filters, sorts and pages; the model keeps a few pages.

Asking for a query fetches its first page (shown at once) and, behind it, the count of matching rows;
other pages are fetched when the view shows them, and only the most recently used pages are kept, so
memory stays flat while scrolling. Work for a query that has since been replaced is skipped.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal

from cdfi_desktop.ui.ops import Ops
from cdfi_desktop.ui.widgets.table import Column as TableColumn
from cdfi_desktop.ui.widgets.table import Kind

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database


class HasId(Protocol):
    @property
    def id(self) -> str: ...


R = TypeVar("R", bound=HasId)
Q = TypeVar("Q")
PAGE_SIZE = 100
PAGES_KEPT = 30
Index = QModelIndex | QPersistentModelIndex
_SKIPPED = object()


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its header (untranslated source text), how a row shows in it, and its SQL sort key; ``kind``,
    ``priority`` and ``stretch`` tell the register table how to fit it (see widgets/table.py)."""

    header: str
    text: Callable[[R], str]
    sort_key: object | None = None
    kind: Kind = Kind.TEXT
    priority: int = 0
    stretch: bool = False
    tooltip: Callable[[R], str] | None = None

    @property
    def align_right(self) -> bool:
        return self.kind in (Kind.NUMBER, Kind.MONEY)

    @property
    def spec(self) -> TableColumn:
        return TableColumn(self.header, self.kind, self.priority, self.stretch)


class RegisterModel(QAbstractTableModel, Generic[Q, R]):
    """Rows ``R`` of a query ``Q``: ``page(db, q, offset, limit)`` reads a page, ``count(db, q)`` counts."""

    first_rows = Signal(float)  # seconds from asking to the first page arriving
    counted = Signal(int, float)  # matching rows, seconds from asking to the count arriving
    page_loaded = Signal(int)

    def __init__(
        self,
        ops: Ops,
        *,
        columns: Sequence[Column[R]],
        page: Callable[[Database, Q, int, int], list[R]],
        count: Callable[[Database, Q], int],
        context: str,
    ) -> None:
        super().__init__()
        self.ops, self.columns, self._page_fn, self._count_fn = ops, list(columns), page, count
        self._context = context
        self.query: Q | None = None
        self.total: int | None = None  # None until counted
        self._rows = 0
        self._pages: OrderedDict[int, list[R]] = OrderedDict()
        self._pending: set[int] = set()
        self._generation = 0
        self.loading = False

    # -- queries -----------------------------------------------------------------------------------------------
    def set_query(self, query: Q) -> None:
        """Show what ``query`` matches: its first page as soon as it is read, then the full count."""
        self.beginResetModel()
        self._generation += 1
        self.query, self.total, self._rows = query, None, 0
        self._pages.clear()
        self._pending.clear()
        self.endResetModel()
        self.loading = True
        asked = time.perf_counter()
        generation = self._generation
        self._request(0, first=asked)
        count_fn = self._count_fn

        def count(db: Database) -> object:
            return _SKIPPED if generation != self._generation else count_fn(db, query)

        self.ops.query(count, success=lambda n: self._counted(generation, n, asked), failure=self._failed)

    def refresh(self) -> None:
        if self.query is not None:
            self.set_query(self.query)

    def _counted(self, generation: int, total: object, asked: float) -> None:
        if generation != self._generation or not isinstance(total, int):
            return
        self.total = total
        self._resize(total)
        self.counted.emit(total, time.perf_counter() - asked)

    def _resize(self, rows: int) -> None:
        if rows > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, rows - 1)
            self._rows = rows
            self.endInsertRows()
        elif rows < self._rows:
            self.beginRemoveRows(QModelIndex(), rows, self._rows - 1)
            self._rows = rows
            self.endRemoveRows()

    def _failed(self, exc: Exception) -> None:
        self.loading = False
        self.ops.error.emit(exc)

    # -- rows --------------------------------------------------------------------------------------------------
    def row(self, number: int) -> R | None:
        """The row at ``number`` if its page is loaded; otherwise asks for the page and returns None."""
        if not 0 <= number < self._rows:
            return None
        page = number // PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            self._request(page)
            return None
        self._pages.move_to_end(page)
        offset = number - page * PAGE_SIZE
        return rows[offset] if offset < len(rows) else None

    def id_at(self, number: int) -> str | None:
        row = self.row(number)
        return row.id if row is not None else None

    def _request(self, page: int, *, first: float | None = None) -> None:
        if page in self._pending or self.query is None:
            return
        self._pending.add(page)
        generation, query, page_fn = self._generation, self.query, self._page_fn

        def read(db: Database) -> object:
            if generation != self._generation:
                return _SKIPPED
            return page_fn(db, query, page * PAGE_SIZE, PAGE_SIZE)

        self.ops.query(
            read, success=lambda rows: self._page_arrived(page, generation, rows, first), failure=self._failed
        )

    def _page_arrived(self, page: int, generation: int, rows: object, first: float | None) -> None:
        if generation != self._generation or not isinstance(rows, list):
            return
        self._pending.discard(page)
        self._pages[page] = rows
        while len(self._pages) > PAGES_KEPT:
            self._pages.popitem(last=False)
        if first is not None:
            self.loading = False
            if self.total is None:  # until counted, show what the first page holds
                self._resize(len(rows))
            self.first_rows.emit(time.perf_counter() - first)
        start = page * PAGE_SIZE
        last = min(self._rows, start + len(rows)) - 1
        if last >= start:
            self.dataChanged.emit(self.index(start, 0), self.index(last, len(self.columns) - 1))
        self.page_loaded.emit(page)

    @property
    def pages_kept(self) -> int:
        return len(self._pages)

    # -- Qt model ----------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column.align_right else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.row(index.row())
        if row is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip else column.text(row)
        return column.text(row)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self._context, self.columns[section].header)
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(self._rows - 1, len(self.columns) - 1))
