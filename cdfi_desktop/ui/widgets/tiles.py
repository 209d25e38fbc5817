"""Key figures a committee reads at a glance: :class:`Tile` (a number large, its caption under it, wrapped
between words) and :class:`TileGrid` (tiles that wrap to more rows when the width is short, in even rows, each
row as tall as its tallest caption at that width, so a number never sits on its caption). The overview and the
indicators dashboard show their figures in these."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QFrame, QLabel, QLayout, QLayoutItem, QSizePolicy, QVBoxLayout, QWidget

from cdfi_desktop.ui.widgets.thai_text import WrappingLabel

_BREAKS = re.compile("[ \t\n\u200b]+")  # a space or a zero-width space (breakable()'s break between words)


class Tile(QFrame):
    """A key figure: its number large (``value``), what it counts under it (``caption``, a :class:`WrappingLabel`:
    Thai breaks between words, never inside one)."""

    CAPTION_EMS = 8  # a caption line at least this many "M" wide: shorter lines break Thai words too often
    COMPACT_VALUE_PT = 12

    def __init__(self, key: str = "", parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("tile")
        self.value = QLabel("–")
        self.value.setObjectName("tileValue")
        if compact:  # a smaller number (over the style sheet's) for figures that share a narrow column
            self.setStyleSheet(f"QLabel#tileValue {{ font-size: {self.COMPACT_VALUE_PT}pt; }}")
        self.caption = WrappingLabel()
        self.caption.setObjectName("tileCaption")
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        if compact:
            layout.setContentsMargins(8, 4, 8, 4)
            layout.setSpacing(0)
        else:
            layout.setContentsMargins(12, 8, 12, 8)
            layout.setSpacing(2)
        layout.addWidget(self.value)
        layout.addWidget(self.caption, 1)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set(self, value: str, caption: str | None = None) -> None:
        self.value.setText(value)
        if caption is not None:
            self.caption.setText(caption)
        self.updateGeometry()

    def minimum_width(self) -> int:
        """As wide as the number and a readable caption line, from the fonts the labels are drawn in."""
        self.value.ensurePolished()
        self.caption.ensurePolished()
        value = QFontMetrics(self.value.font()).horizontalAdvance(self.value.text())
        caption_metrics = QFontMetrics(self.caption.font())
        # the pieces the caption may break between: spaces, and the breaks between Thai words it marks
        words = _BREAKS.split(self.caption.shown_text())
        longest = max((caption_metrics.horizontalAdvance(w) for w in words), default=0)
        readable = min(longest, caption_metrics.horizontalAdvance("M") * self.CAPTION_EMS * 2)
        caption = max(readable, caption_metrics.horizontalAdvance("M") * self.CAPTION_EMS)
        margins = self.contentsMargins()
        layout = self.layout()
        inner = layout.contentsMargins() if layout is not None else margins
        return max(value, caption) + inner.left() + inner.right() + margins.left() + margins.right() + 2

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        width = self.minimum_width()
        return QSize(width, self.heightForWidth(width))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.minimumSizeHint()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        self.value.ensurePolished()
        caption_width = max(1, width - margins.left() - margins.right())
        caption = self.caption.heightForWidth(caption_width) if self.caption.text() else 0
        return margins.top() + self.value.sizeHint().height() + layout.spacing() + max(0, caption) + margins.bottom()


class _TileFlow(QLayout):
    """Lays its widgets out in equal columns, as many as fit side by side at their minimum width, in rows as
    even as can be (six tiles: 6, 3+3 or 2+2+2, never 5+1); each row as tall as its tallest at that width."""

    def __init__(self, parent: QWidget | None = None, *, spacing: int = 8, max_columns: int = 0) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.max_columns = max_columns
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _cell_minimum(self) -> int:
        return max((item.minimumSize().width() for item in self._shown()), default=0)

    def columns(self, width: int) -> int:
        """How many columns ``width`` (the layout's own, margins included) holds."""
        shown = len(self._shown())
        if not shown:
            return 1
        margins = self.contentsMargins()
        inner = width - margins.left() - margins.right()
        fit = (inner + self.spacing()) // max(1, self._cell_minimum() + self.spacing())
        columns = max(1, min(shown, fit, self.max_columns or shown))
        rows = math.ceil(shown / columns)
        return math.ceil(shown / rows)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        shown = self._shown()
        margins = self.contentsMargins()
        columns = min(len(shown), self.max_columns or len(shown))
        width = columns * self._cell_minimum() + max(0, columns - 1) * self.spacing()
        width += margins.left() + margins.right()
        return QSize(width, self.heightForWidth(width))

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        """One tile wide, and as tall as the rows are when the tiles stand side by side: a window's minimum height
        is not that of one tile under another (a parent box layout gives the grid its height for its width)."""
        margins = self.contentsMargins()
        width = self._cell_minimum() + margins.left() + margins.right()
        return QSize(width, self.heightForWidth(self.sizeHint().width()))

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        shown = self._shown()
        margins = self.contentsMargins()
        if not shown:
            return margins.top() + margins.bottom()
        columns = self.columns(rect.width())
        spacing = self.spacing()
        inner_width = rect.width() - margins.left() - margins.right()
        cell = max(1, (inner_width - (columns - 1) * spacing) // columns)
        y = rect.y() + margins.top()
        for start in range(0, len(shown), columns):
            row = shown[start : start + columns]
            height = max(
                max(item.minimumSize().height(), item.heightForWidth(cell) if item.hasHeightForWidth() else 0)
                for item in row
            )
            if apply:
                for n, item in enumerate(row):
                    item.setGeometry(
                        QRect(QPoint(rect.x() + margins.left() + n * (cell + spacing), y), QSize(cell, height))
                    )
            y += height + spacing
        return y - spacing - rect.y() + margins.bottom()


class TileGrid(QWidget):
    """Key figures that wrap to more rows when the width is short (see :class:`_TileFlow`); ``tiles`` by key."""

    def __init__(
        self,
        keys: Sequence[str] = (),
        parent: QWidget | None = None,
        *,
        spacing: int = 8,
        max_columns: int = 0,
        compact: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tileGrid")
        self.flow = _TileFlow(self, spacing=spacing, max_columns=max_columns)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.compact = compact
        self.tiles: dict[str, Tile] = {}
        for key in keys:
            self.add_tile(key)

    def add_tile(self, key: str) -> Tile:
        tile = Tile(key, self, compact=self.compact)
        self.tiles[key] = tile
        self.flow.addWidget(tile)
        return tile

    def columns(self) -> int:
        """How many tiles stand side by side at the grid's present width."""
        return self.flow.columns(self.width())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self.flow.heightForWidth(width)
