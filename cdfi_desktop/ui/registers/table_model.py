"""A table model for registers of any size: it holds the ordered ids of what matches and a few pages of rows.

Filtering and sorting happen in SQL on the worker thread; rows are fetched a page at a time when the view
shows them, and only the most recently used pages are kept, so memory stays flat while scrolling.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal

from cdfi_desktop.ui.ops import Ops

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database

R = TypeVar("R")
Q = TypeVar("Q")
PAGE_SIZE = 100
PAGES_KEPT = 30
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its header (untranslated source text), how a row shows in it, and its SQL sort key."""

    header: str
    text: Callable[[R], str]
    sort_key: object | None = None
    align_right: bool = False
    tooltip: Callable[[R], str] | None = None
    width: int = 100  # pixels at the base font; the view scales it with the font


class RegisterModel(QAbstractTableModel, Generic[Q, R]):
    """Rows of ``R`` for a query ``Q``: ``ids(db, query)`` lists matching ids in order, ``rows(db, ids)`` reads rows."""

    loaded = Signal(int, float)  # number of rows, seconds from asking to the ids arriving
    page_loaded = Signal(int)

    def __init__(
        self,
        ops: Ops,
        *,
        columns: Sequence[Column[R]],
        ids: Callable[[Database, Q], list[str]],
        rows: Callable[[Database, list[str]], list[R]],
        context: str,
    ) -> None:
        super().__init__()
        self.ops, self.columns, self._ids_fn, self._rows_fn, self._context = ops, list(columns), ids, rows, context
        self.ids: list[str] = []
        self.query: Q | None = None
        self._pages: OrderedDict[int, list[R]] = OrderedDict()
        self._pending: set[int] = set()
        self._generation = 0
        self._in_flight = False
        self._next_query: Q | None = None
        self.loading = False

    # -- queries -----------------------------------------------------------------------------------------------
    def set_query(self, query: Q) -> None:
        """Ask for the ids matching ``query``; while one is running, only the newest waiting query is kept."""
        self.query = query
        self.loading = True
        if self._in_flight:
            self._next_query = query
            return
        self._run(query)

    def refresh(self) -> None:
        if self.query is not None:
            self.set_query(self.query)

    def _run(self, query: Q) -> None:
        self._in_flight = True
        asked = time.perf_counter()
        ids_fn = self._ids_fn
        self.ops.query(
            lambda db: ids_fn(db, query), success=lambda ids: self._ids_arrived(ids, asked), failure=self._failed
        )

    def _failed(self, exc: Exception) -> None:
        self._in_flight = False
        self.loading = False
        self.ops.error.emit(exc)

    def _ids_arrived(self, ids: list[str], asked: float) -> None:
        self._in_flight = False
        if self._next_query is not None:
            query, self._next_query = self._next_query, None
            self._run(query)
            return
        self.beginResetModel()
        self._generation += 1
        self.ids = ids
        self._pages.clear()
        self._pending.clear()
        self.endResetModel()
        self.loading = False
        self.loaded.emit(len(ids), time.perf_counter() - asked)

    # -- rows --------------------------------------------------------------------------------------------------
    def row(self, number: int) -> R | None:
        """The row at ``number`` if its page is loaded; otherwise asks for the page and returns None."""
        if not 0 <= number < len(self.ids):
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
        return self.ids[number] if 0 <= number < len(self.ids) else None

    def _request(self, page: int) -> None:
        if page in self._pending:
            return
        self._pending.add(page)
        generation = self._generation
        wanted = self.ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
        rows_fn = self._rows_fn
        self.ops.query(
            lambda db: rows_fn(db, wanted),
            success=lambda rows: self._page_arrived(page, generation, rows),
            failure=self._failed,
        )

    def _page_arrived(self, page: int, generation: int, rows: list[R]) -> None:
        if generation != self._generation:
            return
        self._pending.discard(page)
        self._pages[page] = rows
        while len(self._pages) > PAGES_KEPT:
            self._pages.popitem(last=False)
        first = page * PAGE_SIZE
        last = min(len(self.ids), first + PAGE_SIZE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))
        self.page_loaded.emit(page)

    @property
    def pages_kept(self) -> int:
        return len(self._pages)

    # -- Qt model ----------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.ids)

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
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, len(self.columns) - 1))
