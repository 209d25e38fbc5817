"""The printed analysis charts: shapes in a reportlab drawing, labels drawn shaped beside it."""

from __future__ import annotations

from reportlab.graphics.shapes import Line, Rect

from cdfi_desktop.reports import charts
from cdfi_desktop.ui.widgets import charts as screen_charts

EMPTY = "ยังไม่มีข้อมูล"


def _rects(picture: charts.ChartPicture) -> list[Rect]:
    return [s for s in picture.drawing.contents if isinstance(s, Rect)][1:]  # the first is the frame


def test_given_the_screen_and_the_printout_then_the_class_colours_are_the_same() -> None:
    assert charts.CLASS_COLOURS == screen_charts.CLASS_COLOURS
    assert charts.SOURCE_COLOURS == screen_charts.SOURCE_COLOURS


def test_given_bars_when_drawn_then_each_has_its_height_value_and_thai_label() -> None:
    bars = [charts.BarSpec("A ปกติ", 10, "#4f8a5b"), charts.BarSpec("D วิกฤต", 40, "#b5473f", "40 ครัวเรือน")]
    picture = charts.bar_chart(bars, width=300, height=160, title="จำนวนครัวเรือนตามชั้นลูกหนี้", empty_text=EMPTY)
    rects = _rects(picture)
    assert len(rects) == 2
    assert rects[1].height == 4 * rects[0].height  # heights in proportion to the values
    assert rects[1].y + rects[1].height <= 160  # inside the frame
    texts = picture.texts()
    assert texts[0] == "จำนวนครัวเรือนตามชั้นลูกหนี้"
    assert {"A ปกติ", "D วิกฤต", "10", "40 ครัวเรือน"} <= set(texts)
    assert picture.wrap(800, 800) == (300, 160)


def test_given_no_values_when_drawn_then_the_chart_says_so_and_draws_no_bar() -> None:
    for picture in (
        charts.bar_chart([charts.BarSpec("A", 0, "#000000")], width=200, height=120, title="t", empty_text=EMPTY),
        charts.bar_chart([], width=200, height=120, title="t", empty_text=EMPTY),
        charts.share_bar([], width=200, height=120, title="t", empty_text=EMPTY),
        charts.capacity_chart([], width=200, height=120, title="t", empty_text=EMPTY),
    ):
        assert EMPTY in picture.texts()
        assert _rects(picture) == []


def test_given_dividers_then_a_dashed_line_stands_between_the_bars() -> None:
    bars = [charts.BarSpec(str(i), i + 1, "#4f8a5b") for i in range(4)]
    picture = charts.bar_chart(bars, width=400, height=160, title="t", empty_text=EMPTY, dividers=[(2, "25%")])
    dashed = [s for s in picture.drawing.contents if isinstance(s, Line) and s.strokeDashArray]
    assert len(dashed) == 1 and dashed[0].x1 == 8 + (400 - 16) / 4 * 2
    assert "25%" in picture.texts()


def test_given_shares_then_the_segments_fill_the_bar_and_the_legend_gives_percentages() -> None:
    segments = [charts.SegmentSpec("ในสถาบัน", 25, "#2f5d8a"), charts.SegmentSpec("นอกระบบ", 75, "#8a6aa6", "75 บาท")]
    picture = charts.share_bar(segments, width=216, height=150, title="t", empty_text=EMPTY, total_text="รวม 100 บาท")
    bar = _rects(picture)[:2]
    assert [r.width for r in bar] == [50, 150]
    assert "75 บาท · 75.0%" in picture.texts() and "รวม 100 บาท" in picture.texts()


def test_given_funds_then_each_track_is_filled_to_its_share_and_too_many_are_counted() -> None:
    rows = [charts.CapacitySpec(f"กองทุน {i}", used=50, capacity=100, text="50 / 100") for i in range(12)]
    rows[0] = charts.CapacitySpec("กองทุนที่ให้กู้เกินทุน", used=150, capacity=100)
    picture = charts.capacity_chart(
        rows, width=300, height=160, title="t", empty_text=EMPTY, more_text="และอีก %1 กองทุน"
    )
    texts = picture.texts()
    assert "150%" in texts and "50%" in texts
    shown = sum(1 for t in texts if t.startswith("กองทุน"))
    assert shown < 12 and f"และอีก {12 - shown} กองทุน" in texts
    tracks = _rects(picture)
    assert tracks[1].width == tracks[0].width  # over capacity: filled to the end, in red
    assert tracks[1].fillColor.hexval().lower() == "0x" + charts.OVER[1:]
