"""The register table of every screen: rows chosen whole, columns sized to their header and content, and the
money columns always in view. When the columns do not fit the width, the least important ones are hidden
first; the officer brings them back with the column chooser (the header's context menu, or ``chooser_button``),
and the choice is remembered per table.

A screen describes its columns once::

    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("TargetsScreen", "Rank"), Kind.NUMBER),
        Column(QT_TRANSLATE_NOOP("TargetsScreen", "Head of household"), Kind.TEXT, stretch=True),
        Column(QT_TRANSLATE_NOOP("TargetsScreen", "Village"), Kind.TEXT, priority=2),
        Column(QT_TRANSLATE_NOOP("TargetsScreen", "Total debt (baht)"), Kind.MONEY),
    )
    self.table = RegisterTable(COLUMNS, context="TargetsScreen", key="targets")
    self.model = self.table.standard_model()       # or table.setModel(own_model)
    ...
    self.table.retranslate()                        # headers in the screen language (standard model)
"""

from __future__ import annotations

import contextlib
import enum
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QResizeEvent, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QToolButton, QWidget

from cdfi_desktop.ui.widgets.state import remember, remembered

CONTEXT = "RegisterTable"
# Pixels a header needs beyond its text: the padding of the style sheet and the sort arrow.
HEADER_PADDING = 28
CELL_PADDING = 14
# A text column is never narrower than this when the table is short of width (its text is elided).
TEXT_MIN_WIDTH = 60
# A text column's natural width is at most this; the stretch column takes what is left over.
TEXT_MAX_WIDTH = 360
# Rows read to size a column (the rows in view first).
SIZE_FROM_ROWS = 200


class Kind(enum.Enum):
    TEXT = "text"
    NUMBER = "number"
    MONEY = "money"  # always shown, never narrowed below its content
    DATE = "date"


@dataclass(frozen=True)
class Column:
    """``header`` is the English source (marked with QT_TRANSLATE_NOOP in the screen's context); ``priority`` 0
    is never hidden, and the higher the number the sooner the column gives way to a narrow window."""

    header: str
    kind: Kind = Kind.TEXT
    priority: int = 0
    stretch: bool = False
    narrow: bool = True  # a text column may be narrowed (its text elided) when the table is short of width

    @property
    def essential(self) -> bool:
        return self.kind is Kind.MONEY or self.priority == 0


class RegisterTable(QTableView):
    def __init__(
        self,
        columns: Sequence[Column],
        *,
        context: str,
        key: str,
        parent: QWidget | None = None,
        sortable: bool = False,
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.context = context
        self.key = key
        self.setObjectName(f"register_{key}")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSortingEnabled(sortable)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter)
        header.setResizeContentsPrecision(SIZE_FROM_ROWS)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._chooser_at)
        # The officer's own choice per column: True shown, False hidden; absent: as the width allows.
        # The officer's own choice per column: True shown, False hidden; absent: as the width allows. Kept by the
        # column's (English) header, so a column added or moved by a later version keeps its own choice.
        raw = remembered(f"columns/{key}", {})
        by_header = {c.header: i for i, c in enumerate(self.columns)}
        self.chosen: dict[int, bool] = {
            by_header[k]: bool(v)
            for k, v in (raw.items() if isinstance(raw, dict) else [])
            if k in by_header and not self.columns[by_header[k]].essential
        }
        self.auto_hidden: set[int] = set()
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_columns)
        self._chooser: QToolButton | None = None
        self._fitting = False
        self._wrapped: dict[int, str] = {}  # headers put on two lines for want of width: column -> one-line text

    # -- the model ---------------------------------------------------------------------------------------------------
    def standard_model(self) -> QStandardItemModel:
        """A QStandardItemModel with this table's columns, set on the table, headers in the screen language."""
        model = QStandardItemModel(0, len(self.columns), self)
        self.setModel(model)
        self.retranslate()
        return model

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 - Qt override
        old = self.model()
        if old is not None:
            for signal in self._model_signals(old):
                with contextlib.suppress(RuntimeError, TypeError):
                    signal.disconnect(self.refit)
        super().setModel(model)
        if model is not None:
            for signal in self._model_signals(model):
                signal.connect(self.refit)
        self.refit()

    @staticmethod
    def _model_signals(model: QAbstractItemModel) -> tuple:  # type: ignore[type-arg]
        return (model.modelReset, model.rowsInserted, model.layoutChanged, model.headerDataChanged)

    def retranslate(self) -> None:
        """Put the headers of a standard model in the screen language (own models give their own headers)."""
        model = self.model()
        if isinstance(model, QStandardItemModel):
            self._wrapped = {}  # the headers are written afresh, on one line
            model.setHorizontalHeaderLabels([QCoreApplication.translate(self.context, c.header) for c in self.columns])
        if self._chooser is not None:
            self._chooser.setText(QCoreApplication.translate(CONTEXT, "Columns"))
            self._chooser.setToolTip(QCoreApplication.translate(CONTEXT, "Show or hide columns of the table"))
        self.refit()

    # -- what a test or screen asks ----------------------------------------------------------------------------------
    def money_columns(self) -> list[int]:
        return [i for i, c in enumerate(self.columns) if c.kind is Kind.MONEY]

    def _essential(self, column: int) -> bool:
        return column < len(self.columns) and self.columns[column].essential

    def header_text(self, column: int) -> str:
        model = self.model()
        if model is None:
            return ""
        return str(model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")

    def header_width(self, column: int) -> int:
        """Pixels the header of ``column`` needs to show its text whole."""
        metrics = self.horizontalHeader().fontMetrics()
        lines = self.header_text(column).split("\n")
        return max(metrics.horizontalAdvance(line) for line in lines) + HEADER_PADDING

    # -- the chosen row ------------------------------------------------------------------------------------------------
    def chosen_value(self, role: int, column: int = 0) -> object:
        """``role``'s data in ``column`` of the chosen row (e.g. the record id a screen keeps there), or None."""
        rows = self.selectionModel().selectedRows(column) if self.selectionModel() else []
        return rows[0].data(role) if rows else None

    def select_where(self, role: int, value: object, column: int = 0) -> bool:
        """Choose (and scroll to) the first row whose ``column`` holds ``value`` under ``role``; False if none."""
        model = self.model()
        if model is None or value is None:
            return False
        for row in range(model.rowCount()):
            index = model.index(row, column)
            if index.data(role) == value:
                self.selectRow(row)
                self.scrollTo(index)
                return True
        return False

    # -- fitting -----------------------------------------------------------------------------------------------------
    def refit(self) -> None:
        if not self._fitting:
            self._fit_timer.start()

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # The viewport narrows when the window does and when the vertical scroll bar appears with more rows.
        if event.type() == QEvent.Type.Resize:
            assert isinstance(event, QResizeEvent)
            if event.size().width() != event.oldSize().width():
                self.refit()
        return super().viewportEvent(event)

    def content_width(self, column: int) -> int:
        model = self.model()
        return self.sizeHintForColumn(column) + CELL_PADDING if model is not None and model.rowCount() else 0

    def natural_width(self, column: int) -> int:
        spec = self.columns[column] if column < len(self.columns) else Column("")
        width = max(self.header_width(column), self.content_width(column))
        if spec.kind is Kind.TEXT and not spec.stretch:
            width = min(width, max(TEXT_MAX_WIDTH, self.header_width(column)))
        return width

    def fit_columns(self) -> None:
        """Size every column to its header and content; hide the least important while they overflow; narrow the
        text columns, then put long headers on two lines, while it is still too wide; give the stretch column (or
        the last text column) what is left over."""
        import shiboken6

        if not shiboken6.isValid(self):  # freed while its fitting was queued (a screen closed)
            return
        model = self.model()
        if model is None or self._fitting:
            return
        self._fitting = True
        try:
            self._fit(model)
        finally:
            self._fitting = False

    def _set_header(self, model: QAbstractItemModel, column: int, text: str) -> None:
        model.setHeaderData(column, Qt.Orientation.Horizontal, text, Qt.ItemDataRole.DisplayRole)

    def _two_lines(self, text: str) -> str | None:
        """``text`` broken at the space that makes its longer line shortest, or None without a space."""
        words = text.split(" ")
        if len(words) < 2:
            return None
        metrics = self.horizontalHeader().fontMetrics()
        splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
        first, second = min(splits, key=lambda p: max(metrics.horizontalAdvance(p[0]), metrics.horizontalAdvance(p[1])))
        return f"{first}\n{second}"

    def _fit(self, model: QAbstractItemModel) -> None:
        wrappable = isinstance(model, QStandardItemModel)
        for column, text in self._wrapped.items():  # start again from the one-line headers
            if column < model.columnCount():
                self._set_header(model, column, text)
        self._wrapped = {}
        count = model.columnCount()
        available = self.viewport().width() - 2  # a pixel short of the width shows Qt's scrollbar
        if available <= 0:
            return
        widths = {c: self.natural_width(c) for c in range(count)}
        shown = [c for c in range(count) if self.chosen.get(c, True) or self._essential(c)]
        self.auto_hidden = set()

        def total() -> int:
            return sum(widths[c] for c in shown)

        givers = sorted(
            (c for c in shown if c < len(self.columns) and not self.columns[c].essential and c not in self.chosen),
            key=lambda c: (self.columns[c].priority, c),
            reverse=True,
        )
        for column in givers:
            if total() <= available:
                break
            shown.remove(column)
            self.auto_hidden.add(column)
        if total() > available:  # still too wide: narrow the text columns, never below their header
            narrowable = [
                c
                for c in shown
                if c >= len(self.columns) or (self.columns[c].kind is Kind.TEXT and self.columns[c].narrow)
            ]
            excess = total() - available
            room = {c: widths[c] - max(TEXT_MIN_WIDTH, self.header_width(c)) for c in narrowable}
            spare = sum(max(0, r) for r in room.values())
            if spare > 0:
                for c in narrowable:
                    cut = min(max(0, room[c]), excess * max(0, room[c]) // spare + 1)
                    widths[c] -= cut
        if total() > available and wrappable:  # still too wide: headers wider than their figures take two lines
            for column in sorted(shown, key=lambda c: self.content_width(c) - widths[c]):
                if total() <= available:
                    break
                text = self.header_text(column)
                two = self._two_lines(text)
                if two is None or "\n" in text:
                    continue
                self._set_header(model, column, two)
                narrower = max(self.header_width(column), self.content_width(column))
                if narrower < widths[column]:
                    self._wrapped[column] = text
                    widths[column] = narrower
                else:
                    self._set_header(model, column, text)
        left_over = available - total()
        if left_over > 0 and shown:
            # the stretch column takes the rest; without one, the last text column; a figure is never pulled away
            # from the others to the far edge (the rest of the width stays blank then)
            texts = [c for c in shown if c >= len(self.columns) or self.columns[c].kind is Kind.TEXT]
            marked = [c for c in shown if c < len(self.columns) and self.columns[c].stretch]
            stretch = marked[0] if marked else (texts[-1] if texts else None)
            if stretch is not None:
                widths[stretch] += left_over
        for column in range(count):
            hidden = column not in shown
            self.setColumnHidden(column, hidden)
            if not hidden:
                self.setColumnWidth(column, widths[column])

    # -- the column chooser ------------------------------------------------------------------------------------------
    def chooser_button(self) -> QToolButton:
        """A "Columns" button opening the chooser (for the screen's action bar)."""
        if self._chooser is None:
            self._chooser = QToolButton(self)
            self._chooser.setObjectName("columnChooser")
            self._chooser.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            menu = QMenu(self._chooser)
            self._chooser.setMenu(menu)
            menu.aboutToShow.connect(lambda: self._fill_menu(menu))
            self.retranslate()
        return self._chooser

    def _chooser_at(self, point: QPoint) -> None:
        menu = QMenu(self)
        self._fill_menu(menu)
        menu.exec(self.horizontalHeader().mapToGlobal(point))

    def _fill_menu(self, menu: QMenu) -> None:
        menu.clear()
        for column, spec in enumerate(self.columns):
            action = QAction(self.header_text(column).replace("\n", " "), menu)
            action.setCheckable(True)
            action.setChecked(not self.isColumnHidden(column))
            action.setEnabled(not spec.essential)
            action.toggled.connect(lambda on, c=column: self.choose_column(c, on))
            menu.addAction(action)
        if self.chosen:
            menu.addSeparator()
            reset = QAction(QCoreApplication.translate(CONTEXT, "As the width allows"), menu)
            reset.triggered.connect(self.forget_choices)
            menu.addAction(reset)

    def choose_column(self, column: int, shown: bool) -> None:
        """The officer shows or hides ``column`` (essential columns always stay); remembered for this table."""
        if column < len(self.columns) and self.columns[column].essential:
            return
        self.chosen[column] = shown
        remember(f"columns/{self.key}", {self.columns[k].header: v for k, v in self.chosen.items()})
        self.fit_columns()

    def forget_choices(self) -> None:
        self.chosen = {}
        remember(f"columns/{self.key}", {})
        self.fit_columns()
