"""The analysis charts for print: shapes drawn with ``reportlab.graphics``, labels drawn shaped.

reportlab's own chart labels (``String`` in a ``Drawing``) are not shaped, so Thai vowels and tone marks would
collide; here a chart is a :class:`ChartPicture`: a ``Drawing`` of rectangles and lines, plus its labels, which
:func:`cdfi_desktop.reports.pdf_common.draw_text` draws shaped (and searchable) over it. The colours are the
screen's (``ui/widgets/charts.py``): class A–D muted green, amber, orange, red.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.graphics import renderPDF  # type: ignore[import-untyped]
from reportlab.graphics.shapes import Drawing, Line, Rect  # type: ignore[import-untyped]
from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.platypus import Flowable  # type: ignore[import-untyped]

from cdfi_desktop.reports.pdf_common import FONT, FONT_BOLD, TABLE_SIZE, draw_text, text_width, wrap

__all__ = [
    "CLASS_COLOURS",
    "SOURCE_COLOURS",
    "BarSpec",
    "CapacitySpec",
    "ChartPicture",
    "Label",
    "SegmentSpec",
    "bar_chart",
    "capacity_chart",
    "share_bar",
]

# The same hex values as the screen's charts (a unit test keeps them equal).
CLASS_COLOURS: dict[str, str] = {"A": "#4f8a5b", "B": "#d1a73a", "C": "#d9793a", "D": "#b5473f"}
SOURCE_COLOURS: dict[str, str] = {"inside_institute": "#2f5d8a", "other_formal": "#8fb0cf", "informal": "#8a6aa6"}
TEXT = "#2d3748"
MUTED = "#718096"
GRID = "#e2e8f0"
AXIS = "#a0aec0"
BORDER = "#c9d2dc"
TITLE = "#1f3a5f"
TRACK = "#e9eef4"
USED = "#2f5d8a"
OVER = "#b5473f"
TITLE_SIZE = 11.0
LABEL_SIZE = TABLE_SIZE  # a chart's labels are no smaller than a table's cells
VALUE_SIZE = 9.0
PAD = 8.0


def _c(hex_colour: str) -> Any:
    return colors.HexColor(hex_colour)


@dataclass(frozen=True)
class Label:
    text: str
    x: float
    y: float  # baseline
    size: float = LABEL_SIZE
    align: str = "left"
    font: str = FONT
    colour: str = TEXT


class ChartPicture(Flowable):  # type: ignore[misc]
    """A chart as a flowable: its drawing, then its labels, shaped."""

    def __init__(self, drawing: Any, labels: Sequence[Label] = ()) -> None:
        super().__init__()
        self.drawing = drawing
        self.labels = list(labels)
        self.width = float(drawing.width)
        self.height = float(drawing.height)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        renderPDF.draw(self.drawing, self.canv, 0, 0)
        for label in self.labels:
            self.canv.setFillColor(_c(label.colour))
            draw_text(self.canv, label.text, x=label.x, y=label.y, size=label.size, font=label.font, align=label.align)

    def texts(self) -> list[str]:
        return [label.text for label in self.labels]


@dataclass(frozen=True)
class BarSpec:
    label: str
    value: float
    colour: str
    text: str = ""


@dataclass(frozen=True)
class SegmentSpec:
    label: str
    value: float
    colour: str
    text: str = ""


@dataclass(frozen=True)
class CapacitySpec:
    label: str
    used: float
    capacity: float
    text: str = ""


def _frame(width: float, height: float, title: str) -> tuple[Any, list[Label], float]:
    """A bordered drawing with its title; returns the drawing, the labels and the top of the plot area."""
    drawing = Drawing(width, height)
    drawing.add(Rect(0, 0, width, height, strokeColor=_c(BORDER), strokeWidth=0.6, fillColor=colors.white))
    labels = [Label(title, PAD, height - PAD - TITLE_SIZE, TITLE_SIZE, font=FONT_BOLD, colour=TITLE)]
    return drawing, labels, height - PAD - TITLE_SIZE * 1.6 - 4


def _empty(drawing: Any, labels: list[Label], *, top: float, width: float, text: str) -> ChartPicture:
    labels.append(Label(text, width / 2, top / 2, VALUE_SIZE, "center", colour=MUTED))
    return ChartPicture(drawing, labels)


def _fits(text: str, width: float, size: float) -> str:
    """``text`` cut with an ellipsis to fit ``width`` (fund names in a narrow chart)."""
    if text_width(text, size=size) <= width:
        return text
    while text and text_width(text + "…", size=size) > width:
        text = text[:-1]
    return text + "…"


def bar_chart(
    bars: Sequence[BarSpec],
    *,
    width: float,
    height: float,
    title: str,
    empty_text: str,
    dividers: Sequence[tuple[int, str]] = (),
) -> ChartPicture:
    """Vertical bars, their values on top, their labels (wrapped between words) below; ``dividers``: (i, text)
    draws a dashed line between bar i-1 and bar i."""
    drawing, labels, top = _frame(width, height, title)
    if not any(b.value > 0 for b in bars):
        return _empty(drawing, labels, top=top, width=width, text=empty_text)
    left, right = PAD, width - PAD
    slot = (right - left) / len(bars)
    wrapped = [wrap(b.label, width=slot - 2, size=LABEL_SIZE) for b in bars]
    lines = max(len(w) for w in wrapped)
    leading = LABEL_SIZE * 1.3
    base = PAD + lines * leading + 2
    marker = LABEL_SIZE * 1.4 if dividers else 0.0
    plot_top = top - VALUE_SIZE * 1.5 - marker
    peak = max(b.value for b in bars) or 1.0
    drawing.add(Line(left, base, right, base, strokeColor=_c(AXIS), strokeWidth=0.6))
    middle = base + (plot_top - base) / 2
    drawing.add(Line(left, middle, right, middle, strokeColor=_c(GRID), strokeWidth=0.5))
    bar_width = min(slot * 0.62, 48.0)
    for i, (bar, label_lines) in enumerate(zip(bars, wrapped, strict=True)):
        centre = left + slot * (i + 0.5)
        bar_height = (plot_top - base) * bar.value / peak
        drawing.add(
            Rect(centre - bar_width / 2, base, bar_width, bar_height, fillColor=_c(bar.colour), strokeColor=None)
        )
        labels.append(
            Label(bar.text or f"{bar.value:,.0f}", centre, base + bar_height + 3, VALUE_SIZE, "center", colour=TEXT)
        )
        y = base - 2 - LABEL_SIZE
        for line in label_lines:
            labels.append(Label(line, centre, y, LABEL_SIZE, "center"))
            y -= leading
    for index, text in dividers:
        x = left + slot * index
        drawing.add(
            Line(x, base, x, plot_top + VALUE_SIZE, strokeColor=_c(MUTED), strokeWidth=0.6, strokeDashArray=[2, 2])
        )
        labels.append(Label(text, x, plot_top + VALUE_SIZE + 3, LABEL_SIZE, "center", colour=MUTED))
    return ChartPicture(drawing, labels)


def share_bar(
    segments: Sequence[SegmentSpec], *, width: float, height: float, title: str, empty_text: str, total_text: str = ""
) -> ChartPicture:
    """One bar split into shares, and a legend: colour, label, amount and share."""
    drawing, labels, top = _frame(width, height, title)
    total = sum(max(0.0, s.value) for s in segments)
    if total <= 0:
        return _empty(drawing, labels, top=top, width=width, text=empty_text)
    left, right = PAD, width - PAD
    bar_height = 20.0
    y = top - bar_height
    x = left
    for s in segments:
        share = max(0.0, s.value) / total
        w = (right - left) * share
        drawing.add(Rect(x, y, w, bar_height, fillColor=_c(s.colour), strokeColor=None))
        if share >= 0.09:
            light = s.colour in (SOURCE_COLOURS["other_formal"],)
            labels.append(
                Label(
                    f"{share * 100:.0f}%", x + w / 2, y + 6, LABEL_SIZE, "center", colour=TEXT if light else "#ffffff"
                )
            )
        x += w
    y -= 20
    for s in segments:
        share = max(0.0, s.value) / total * 100
        drawing.add(Rect(left, y + 1, 8, 8, fillColor=_c(s.colour), strokeColor=None))
        labels.append(Label(s.label, left + 14, y + 1, VALUE_SIZE))
        amount = f"{s.text or f'{s.value:,.0f}'} · {share:.1f}%"
        labels.append(Label(amount, right, y + 1, VALUE_SIZE, "right", colour=MUTED))
        y -= VALUE_SIZE * 1.9
    if total_text:
        drawing.add(Line(left, y + VALUE_SIZE + 2, right, y + VALUE_SIZE + 2, strokeColor=_c(GRID), strokeWidth=0.6))
        labels.append(Label(total_text, right, y - 2, VALUE_SIZE, "right", font=FONT_BOLD))
    return ChartPicture(drawing, labels)


def capacity_chart(
    rows: Sequence[CapacitySpec], *, width: float, height: float, title: str, empty_text: str, more_text: str = "+%1"
) -> ChartPicture:
    """Per member fund a track as long as its capital, filled with what it has lent, and the share used."""
    drawing, labels, top = _frame(width, height, title)
    if not rows:
        return _empty(drawing, labels, top=top, width=width, text=empty_text)
    left, right = PAD, width - PAD
    pct_width = text_width("100%", size=LABEL_SIZE) + 6
    row_height = LABEL_SIZE * 1.3 + 9 + 6
    fits = max(1, int((top - PAD) // row_height))
    if len(rows) > fits:
        return _compact_capacity(drawing, labels, rows, top=top, width=width, more_text=more_text)
    shown = list(rows)
    y = top
    for row in shown:
        amounts_width = text_width(row.text, size=LABEL_SIZE) + 8 if row.text else 0
        labels.append(
            Label(_fits(row.label, right - left - amounts_width, LABEL_SIZE), left, y - LABEL_SIZE, LABEL_SIZE)
        )
        if row.text:
            labels.append(Label(row.text, right, y - LABEL_SIZE, LABEL_SIZE, "right", colour=MUTED))
        track_y = y - LABEL_SIZE * 1.3 - 9
        track_width = right - left - pct_width
        drawing.add(Rect(left, track_y, track_width, 8, fillColor=_c(TRACK), strokeColor=None))
        share = None if row.capacity <= 0 else row.used / row.capacity
        if share:
            drawing.add(
                Rect(
                    left,
                    track_y,
                    track_width * min(1.0, share),
                    8,
                    fillColor=_c(OVER if share > 1 else USED),
                    strokeColor=None,
                )
            )
        labels.append(Label("–" if share is None else f"{share * 100:.0f}%", right, track_y + 1, LABEL_SIZE, "right"))
        y -= row_height
    if len(shown) < len(rows):
        labels.append(
            Label(more_text.replace("%1", str(len(rows) - len(shown))), left, y - LABEL_SIZE, LABEL_SIZE, colour=MUTED)
        )
    return ChartPicture(drawing, labels)


def _compact_capacity(
    drawing: Any, labels: list[Label], rows: Sequence[CapacitySpec], *, top: float, width: float, more_text: str
) -> ChartPicture:
    """Many funds: one line each (name, track, share used)."""
    left, right = PAD, width - PAD
    pct_width = text_width("100%", size=LABEL_SIZE) + 6
    name_width = (right - left) * 0.45
    row_height = LABEL_SIZE * 1.55
    fits = max(1, int((top - PAD) // row_height))
    shown = list(rows) if len(rows) <= fits else list(rows)[: max(1, fits - 1)]
    y = top - LABEL_SIZE
    for row in shown:
        labels.append(Label(_fits(row.label, name_width - 4, LABEL_SIZE), left, y, LABEL_SIZE))
        track_width = right - left - name_width - pct_width
        drawing.add(Rect(left + name_width, y, track_width, 6, fillColor=_c(TRACK), strokeColor=None))
        share = None if row.capacity <= 0 else row.used / row.capacity
        if share:
            fill = _c(OVER if share > 1 else USED)
            drawing.add(Rect(left + name_width, y, track_width * min(1.0, share), 6, fillColor=fill, strokeColor=None))
        labels.append(Label("–" if share is None else f"{share * 100:.0f}%", right, y, LABEL_SIZE, "right"))
        y -= row_height
    if len(shown) < len(rows):
        labels.append(Label(more_text.replace("%1", str(len(rows) - len(shown))), left, y, LABEL_SIZE, colour=MUTED))
    return ChartPicture(drawing, labels)
