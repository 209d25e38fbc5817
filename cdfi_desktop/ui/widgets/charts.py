"""Small charts a committee reads at a glance, painted with QPainter in the app's font (no QtCharts: the app
stays on PySide6-Essentials).

- :class:`BarChart`: vertical bars with their values on top, category labels under them (wrapped between
  words), optional dividers between categories (a DSR threshold) and a horizontal reference line;
- :class:`ShareBar`: one bar split into shares (debt by source) with a legend of amounts and percentages;
- :class:`CapacityChart`: per member fund, what it has lent against its capital, with the share used.

Key-figure tiles (:class:`~cdfi_desktop.ui.widgets.tiles.Tile`, ``TileGrid``) are in ``tiles.py``.

Every chart takes plain values (labels already translated, amounts already formatted) and shows a quiet
message when there is nothing to draw. Colours are muted and the same on every screen and printout
(``CLASS_COLOURS``; ``reports/charts.py`` uses the same hex values).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QToolTip,
    QWidget,
)

# Debtor classes A–D: muted green, amber, orange, red (the same hex values print in the PDF).
CLASS_COLOURS: dict[str, str] = {"A": "#4f8a5b", "B": "#d1a73a", "C": "#d9793a", "D": "#b5473f"}
# Where the debt is owed: inside the institute, other formal lenders, informal lenders.
SOURCE_COLOURS: dict[str, str] = {"inside_institute": "#2f5d8a", "other_formal": "#8fb0cf", "informal": "#8a6aa6"}
TEXT = "#2d3748"
MUTED = "#718096"
GRID = "#e2e8f0"
AXIS = "#a0aec0"
CARD = "#ffffff"
BORDER = "#dde3ea"
TITLE = "#1f3a5f"
TRACK = "#e9eef4"
USED = "#2f5d8a"
OVER = "#b5473f"


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    colour: str
    text: str = ""  # shown on top of the bar; the value when empty
    tooltip: str = ""


@dataclass(frozen=True)
class Segment:
    label: str
    value: float
    colour: str
    text: str = ""  # the amount as people read it, shown in the legend


@dataclass(frozen=True)
class Capacity:
    label: str
    used: float
    capacity: float
    text: str = ""  # e.g. "783,371 / 7,991,000 baht"
    tooltip: str = ""

    @property
    def share(self) -> float | None:
        return None if self.capacity <= 0 else self.used / self.capacity


def _number(value: float) -> str:
    return f"{value:,.0f}"


class Chart(QWidget):
    """A white card with a title; subclasses paint their plot inside it, or the empty message."""

    PAD = 10

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.empty_text = ""
        self._tips: list[tuple[QRectF, str]] = []
        self.setMinimumSize(200, 170)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    def set_title(self, title: str) -> None:
        self.title = title
        self.setAccessibleName(title)
        self.update()

    def set_empty_text(self, text: str) -> None:
        self.empty_text = text
        self.update()

    def has_data(self) -> bool:
        return False

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(300, 220)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(200, 170)

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.05)
        return font

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.5, font.pointSizeF() * 0.9))
        return font

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        box = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(QColor(BORDER), 1))
        painter.setBrush(QColor(CARD))
        painter.drawRoundedRect(box, 6, 6)
        inner = QRectF(self.rect()).adjusted(self.PAD, self.PAD - 2, -self.PAD, -self.PAD + 2)
        title_font = self._title_font()
        painter.setFont(title_font)
        painter.setPen(QColor(TITLE))
        title_height = QFontMetrics(title_font).height()
        painter.drawText(
            QRectF(inner.left(), inner.top(), inner.width(), title_height),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            QFontMetrics(title_font).elidedText(self.title, Qt.TextElideMode.ElideRight, int(inner.width())),
        )
        plot = inner.adjusted(0, title_height + 6, 0, 0)
        self._tips = []
        painter.setFont(self.font())
        if self.has_data():
            self.paint_plot(painter, plot)
        else:
            painter.setPen(QColor(MUTED))
            painter.drawText(plot, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.empty_text)
        painter.end()

    def paint_plot(self, painter: QPainter, plot: QRectF) -> None:
        raise NotImplementedError

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            point = QPointF(event.pos())
            for rect, tip in self._tips:
                if tip and rect.contains(point):
                    QToolTip.showText(event.globalPos(), tip, self)
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)

    def tip_at(self, point: QPointF) -> str:
        """The tooltip of what is painted at ``point`` (empty when nothing there has one)."""
        return next((tip for rect, tip in self._tips if rect.contains(point)), "")


class BarChart(Chart):
    """Vertical bars with their values on top and their category labels below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.dividers: list[tuple[int, str]] = []
        self.reference: tuple[float, str] | None = None
        self.bar_rects: list[QRectF] = []

    def set_bars(
        self,
        bars: Sequence[Bar],
        *,
        dividers: Sequence[tuple[int, str]] = (),
        reference: tuple[float, str] | None = None,
    ) -> None:
        """``dividers``: (i, label) draws a dashed line between bar i-1 and bar i (a threshold between classes);
        ``reference``: (value, label) draws a dashed horizontal line at ``value``."""
        self.bars = list(bars)
        self.dividers = list(dividers)
        self.reference = reference
        self.update()

    def has_data(self) -> bool:
        return any(b.value > 0 for b in self.bars)

    def paint_plot(self, painter: QPainter, plot: QRectF) -> None:
        small = self._small_font()
        small_metrics = QFontMetrics(small)
        metrics = QFontMetrics(self.font())
        count = len(self.bars)
        slot = plot.width() / count
        # a label's own lines ("A\nปกติ"), and one more where a line is wider than its slot and wraps
        label_lines = max(
            (
                len(b.label.split("\n"))
                + (1 if any(small_metrics.horizontalAdvance(line) > slot - 4 for line in b.label.split("\n")) else 0)
                for b in self.bars
            ),
            default=1,
        )
        label_height = small_metrics.lineSpacing() * label_lines + 2
        top_space = metrics.height() + 2
        marker_space = small_metrics.height() if self.dividers else 0
        base_y = plot.bottom() - label_height - 4
        chart_top = plot.top() + top_space + marker_space
        height = max(10.0, base_y - chart_top)
        peak = max([b.value for b in self.bars] + ([self.reference[0]] if self.reference else []))
        peak = peak or 1.0
        # grid: a light baseline and a half-way line
        painter.setPen(QPen(QColor(GRID), 1))
        painter.drawLine(QPointF(plot.left(), base_y - height / 2), QPointF(plot.right(), base_y - height / 2))
        painter.setPen(QPen(QColor(AXIS), 1))
        painter.drawLine(QPointF(plot.left(), base_y), QPointF(plot.right(), base_y))
        bar_width = min(slot * 0.62, 64.0)
        self.bar_rects = []
        for i, bar in enumerate(self.bars):
            centre = plot.left() + slot * (i + 0.5)
            bar_height = height * bar.value / peak
            rect = QRectF(centre - bar_width / 2, base_y - bar_height, bar_width, bar_height)
            self.bar_rects.append(rect)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(bar.colour))
            painter.drawRect(rect)
            painter.setFont(self.font())
            painter.setPen(QColor(TEXT))
            value_rect = QRectF(centre - slot / 2, rect.top() - top_space, slot, top_space)
            text = bar.text or _number(bar.value)
            painter.drawText(value_rect, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom), text)
            painter.setFont(small)
            painter.setPen(QColor(TEXT))
            label_rect = QRectF(centre - slot / 2 + 1, base_y + 3, slot - 2, label_height)
            painter.drawText(
                label_rect,
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                bar.label,
            )
            self._tips.append(
                (QRectF(centre - slot / 2, chart_top, slot, base_y - chart_top + label_height), bar.tooltip)
            )
        dash = QPen(QColor(MUTED), 1, Qt.PenStyle.DashLine)
        painter.setFont(small)
        for index, text in self.dividers:
            x = plot.left() + slot * index
            painter.setPen(dash)
            painter.drawLine(QPointF(x, plot.top() + marker_space), QPointF(x, base_y))
            painter.setPen(QColor(MUTED))
            width = small_metrics.horizontalAdvance(text) + 4
            painter.drawText(
                QRectF(x - width / 2, plot.top(), width, marker_space),
                int(Qt.AlignmentFlag.AlignCenter),
                text,
            )
        if self.reference is not None:
            value, text = self.reference
            y = base_y - height * value / peak
            painter.setPen(dash)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(QColor(MUTED))
            painter.drawText(
                QRectF(plot.left(), y - small_metrics.height(), plot.width(), small_metrics.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                text,
            )


class ShareBar(Chart):
    """One bar split into shares, with a legend: colour, label, amount and percentage of the whole."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.segments: list[Segment] = []
        self.total_text = ""
        self.legend_rects: list[QRectF] = []  # where each segment's legend was last painted

    def set_segments(self, segments: Sequence[Segment], *, total_text: str = "") -> None:
        self.segments = list(segments)
        self.total_text = total_text
        self.update()

    def has_data(self) -> bool:
        return sum(max(0.0, s.value) for s in self.segments) > 0

    def shares(self) -> list[float]:
        """Each segment's share of the whole, in per cent."""
        total = sum(max(0.0, s.value) for s in self.segments)
        return [0.0 if total <= 0 else max(0.0, s.value) / total * 100 for s in self.segments]

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Room for the title, a thin bar, the legend side by side (two lines) and the total."""
        metrics, small = QFontMetrics(self.font()), QFontMetrics(self._small_font())
        title = QFontMetrics(self._title_font()).height() + 6
        legend = metrics.height() + small.height() + 3
        total = metrics.height() + 2 if self.total_text else 0
        return QSize(200, 2 * self.PAD + title + self.MIN_BAR + 8 + legend + total)

    MIN_BAR = 14

    def legend_texts(self) -> list[tuple[str, str]]:
        """Each segment's legend: its label, and its amount with its share."""
        return [
            (segment.label, f"{segment.text or _number(segment.value)} · {share:.1f}%")
            for segment, share in zip(self.segments, self.shares(), strict=True)
        ]

    def paint_plot(self, painter: QPainter, plot: QRectF) -> None:
        """The bar on top, then the legend in the first arrangement that fits the card whole: one entry under
        another on two lines, one entry a line, or the entries side by side (a narrow, low card); the total under
        it all on the right."""
        metrics = QFontMetrics(self.font())
        small = self._small_font()
        small_metrics = QFontMetrics(small)
        entries = self.legend_texts()
        count = max(1, len(entries))
        swatch = metrics.height() * 0.6
        total_height = metrics.height() + 2 if self.total_text else 0
        two_lines = metrics.height() + small_metrics.height() + 3
        bar_height = max(18.0, min(30.0, plot.height() * 0.2))
        room = plot.height() - bar_height - 8 - total_height
        one_line_width = max(
            (
                swatch + 6 + metrics.horizontalAdvance(label) + 10 + small_metrics.horizontalAdvance(amount)
                for label, amount in entries
            ),
            default=0.0,
        )
        if room >= count * two_lines:
            arrangement = "stacked"
        elif room >= count * (metrics.height() + 2) and one_line_width <= plot.width():
            arrangement = "lines"
        else:
            arrangement = "columns"
            bar_height = max(float(self.MIN_BAR), min(bar_height, plot.height() - 8 - total_height - two_lines))
        x = plot.left()
        for segment, share in zip(self.segments, self.shares(), strict=True):
            width = plot.width() * share / 100
            rect = QRectF(x, plot.top(), width, bar_height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(segment.colour))
            painter.drawRect(rect)
            if share >= 9 and small_metrics.horizontalAdvance(f"{share:.0f}%") + 4 <= width:
                painter.setPen(QColor("#ffffff") if QColor(segment.colour).lightness() < 150 else QColor(TEXT))
                painter.setFont(small)
                painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), f"{share:.0f}%")
            self._tips.append((rect, f"{segment.label}: {segment.text or _number(segment.value)} ({share:.1f}%)"))
            x += width
        top = plot.top() + bar_height + 8
        self.legend_rects = []
        for n, (segment, (label, amount)) in enumerate(zip(self.segments, entries, strict=True)):
            if arrangement == "columns":
                slot = plot.width() / count
                entry = QRectF(plot.left() + slot * n, top, slot - 6, two_lines)
            elif arrangement == "lines":
                entry = QRectF(plot.left(), top + n * (metrics.height() + 2), plot.width(), metrics.height())
            else:
                entry = QRectF(plot.left(), top + n * two_lines, plot.width(), two_lines - 3)
            self.legend_rects.append(entry)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(segment.colour))
            painter.drawRect(QRectF(entry.left(), entry.top() + (metrics.height() - swatch) / 2, swatch, swatch))
            left = entry.left() + swatch + 6
            text_width = int(entry.right() - left)
            painter.setFont(self.font())
            painter.setPen(QColor(TEXT))
            painter.drawText(
                QRectF(left, entry.top(), text_width, metrics.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, text_width),
            )
            painter.setFont(small)
            painter.setPen(QColor(MUTED))
            if arrangement == "lines":
                amount_rect = QRectF(left, entry.top(), text_width, metrics.height())
                align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            else:
                amount_rect = QRectF(left, entry.top() + metrics.height() - 1, text_width, small_metrics.height())
                align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(
                amount_rect, int(align), small_metrics.elidedText(amount, Qt.TextElideMode.ElideRight, text_width)
            )
            self._tips.append((entry, f"{label}: {amount}"))
        if self.total_text:
            painter.setFont(self.font())
            painter.setPen(QColor(TEXT))
            painter.drawText(
                QRectF(plot.left(), plot.bottom() - metrics.height(), plot.width(), metrics.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                metrics.elidedText(self.total_text, Qt.TextElideMode.ElideRight, int(plot.width())),
            )


class CapacityChart(Chart):
    """Per member fund a track as long as its capital, filled with what it has lent, and the share used."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Capacity] = []
        self.more_text = "+%1"
        self.shown_rows = 0

    def set_rows(self, rows: Sequence[Capacity], *, more_text: str = "+%1") -> None:
        """``more_text``: said when not every fund fits (``%1`` is how many are left out)."""
        self.rows = list(rows)
        self.more_text = more_text
        self.update()

    def has_data(self) -> bool:
        return bool(self.rows)

    def paint_plot(self, painter: QPainter, plot: QRectF) -> None:
        small = self._small_font()
        small_metrics = QFontMetrics(small)
        bar_height = max(8.0, small_metrics.height() * 0.7)
        row_height = small_metrics.height() + bar_height + 5
        fits = max(1, int((plot.height() + 4) // row_height))
        if len(self.rows) > fits:  # many funds: one line each (name, track, share); amounts in the tooltips
            self._paint_compact(painter, plot)
            return
        shown = self.rows
        self.shown_rows = len(shown)
        pct_width = small_metrics.horizontalAdvance("100%") + 6
        y = plot.top()
        painter.setFont(small)
        for row in shown:
            share = row.share
            painter.setPen(QColor(TEXT))
            text_rect = QRectF(plot.left(), y, plot.width(), small_metrics.height())
            amounts = row.text
            amount_width = small_metrics.horizontalAdvance(amounts) + 8 if amounts else 0
            name_width = max(40, int(plot.width() - amount_width))
            painter.drawText(
                QRectF(plot.left(), y, name_width, small_metrics.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                small_metrics.elidedText(row.label, Qt.TextElideMode.ElideRight, name_width),
            )
            painter.setPen(QColor(MUTED))
            painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), amounts)
            track = QRectF(plot.left(), y + small_metrics.height() + 1, plot.width() - pct_width, bar_height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(TRACK))
            painter.drawRect(track)
            if share is not None and share > 0:
                fill = QRectF(track.left(), track.top(), track.width() * min(1.0, share), bar_height)
                painter.setBrush(QColor(OVER if share > 1 else USED))
                painter.drawRect(fill)
            painter.setPen(QColor(TEXT))
            painter.drawText(
                QRectF(track.right(), track.top() - 3, pct_width, bar_height + 6),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                "–" if share is None else f"{share * 100:.0f}%",
            )
            self._tips.append((QRectF(plot.left(), y, plot.width(), row_height), row.tooltip))
            y += row_height
        left_out = len(self.rows) - len(shown)
        if left_out:
            painter.setPen(QColor(MUTED))
            painter.drawText(
                QRectF(plot.left(), y, plot.width(), small_metrics.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                self.more_text.replace("%1", str(left_out)),
            )

    def _paint_compact(self, painter: QPainter, plot: QRectF) -> None:
        small = self._small_font()
        small_metrics = QFontMetrics(small)
        row_height = small_metrics.height() + 3
        fits = max(1, int((plot.height() + 3) // row_height))
        shown = self.rows if len(self.rows) <= fits else self.rows[: max(1, fits - 1)]
        self.shown_rows = len(shown)
        pct_width = small_metrics.horizontalAdvance("100%") + 6
        name_width = int(plot.width() * 0.46)
        bar_height = max(6.0, small_metrics.height() * 0.55)
        painter.setFont(small)
        y = plot.top()
        for row in shown:
            share = row.share
            painter.setPen(QColor(TEXT))
            painter.drawText(
                QRectF(plot.left(), y, name_width - 4, small_metrics.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                small_metrics.elidedText(row.label, Qt.TextElideMode.ElideRight, name_width - 4),
            )
            track = QRectF(
                plot.left() + name_width,
                y + (small_metrics.height() - bar_height) / 2,
                plot.width() - name_width - pct_width,
                bar_height,
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(TRACK))
            painter.drawRect(track)
            if share is not None and share > 0:
                painter.setBrush(QColor(OVER if share > 1 else USED))
                painter.drawRect(QRectF(track.left(), track.top(), track.width() * min(1.0, share), bar_height))
            painter.setPen(QColor(TEXT))
            painter.drawText(
                QRectF(track.right(), y, pct_width, small_metrics.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                "–" if share is None else f"{share * 100:.0f}%",
            )
            tip = "\n".join(t for t in (row.tooltip or row.label, "" if row.tooltip else row.text) if t)
            self._tips.append((QRectF(plot.left(), y, plot.width(), row_height), tip))
            y += row_height
        left_out = len(self.rows) - len(shown)
        if left_out:
            painter.setPen(QColor(MUTED))
            painter.drawText(
                QRectF(plot.left(), y, plot.width(), small_metrics.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                self.more_text.replace("%1", str(left_out)),
            )
