"""Layouts for a 1366×768 laptop: dialogs capped to the screen with a scrolling body, key-figure tiles that wrap
to more rows, a share bar whose legend stays whole in a low card."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QRectF
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from pytestqt.qtbot import QtBot

from cdfi_desktop.ui.widgets import fit
from cdfi_desktop.ui.widgets.charts import Bar, BarChart, Segment, ShareBar
from cdfi_desktop.ui.widgets.tiles import TileGrid

LAPTOP = QRect(0, 0, 1366, 728)  # a 1366×768 screen less its taskbar


@pytest.fixture
def laptop(monkeypatch: pytest.MonkeyPatch) -> QRect:
    """GIVEN a laptop screen (the offscreen test screen is smaller than any real one)."""
    monkeypatch.setattr(fit, "available_area", lambda _widget: LAPTOP)
    return LAPTOP


def _form_dialog(rows: int) -> tuple[QDialog, QDialogButtonBox]:
    dialog = QDialog()
    column = QVBoxLayout(dialog)
    form = QFormLayout()
    for n in range(rows):
        form.addRow(f"Field {n}", QLineEdit())
    column.addLayout(form)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    column.addWidget(buttons)
    return dialog, buttons


def test_given_a_dialog_taller_than_the_screen_when_fitted_then_its_body_scrolls_and_its_buttons_stay(
    app: QApplication, qtbot: QtBot, laptop: QRect
) -> None:
    dialog, buttons = _form_dialog(60)
    qtbot.addWidget(dialog)
    assert dialog.sizeHint().height() > laptop.height()

    assert fit.fit_to_screen(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    limit = fit.largest_size(dialog)
    assert dialog.height() <= limit.height() and dialog.width() <= limit.width()
    area = dialog.findChild(QScrollArea, fit.SCROLL_BODY)
    assert area is not None and area.verticalScrollBar().maximum() > 0
    # the buttons are below the scroll area, in view, not in the scrolled body
    assert not area.isAncestorOf(buttons)
    bottom = buttons.mapTo(dialog, QPoint(0, buttons.height()))
    assert 0 < bottom.y() <= dialog.height()
    # fitting again changes nothing
    assert fit.fit_to_screen(dialog)
    assert len(dialog.findChildren(QScrollArea, fit.SCROLL_BODY)) == 1


def test_given_a_dialog_that_fits_when_fitted_then_it_is_left_as_it_is(
    app: QApplication, qtbot: QtBot, laptop: QRect
) -> None:
    dialog, _buttons = _form_dialog(4)
    qtbot.addWidget(dialog)

    assert not fit.fit_to_screen(dialog)

    assert dialog.findChild(QScrollArea, fit.SCROLL_BODY) is None
    assert dialog.maximumHeight() <= fit.largest_size(dialog).height()


def test_given_a_wizard_with_a_tall_page_when_fitted_then_that_page_scrolls(
    app: QApplication, qtbot: QtBot, laptop: QRect
) -> None:
    wizard = QWizard()
    qtbot.addWidget(wizard)
    short, tall = QWizardPage(), QWizardPage()
    QVBoxLayout(short).addWidget(QLineEdit())
    form = QFormLayout(tall)
    for n in range(60):
        form.addRow(f"Field {n}", QLineEdit())
    wizard.addPage(short)
    wizard.addPage(tall)

    assert fit.fit_to_screen(wizard)

    assert short.findChild(QScrollArea, fit.SCROLL_BODY) is None
    assert tall.findChild(QScrollArea, fit.SCROLL_BODY) is not None
    assert wizard.height() <= fit.largest_size(wizard).height()


def test_given_six_tiles_when_the_width_shrinks_then_they_wrap_in_even_rows_and_nothing_is_cut(
    app: QApplication, qtbot: QtBot
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    column = QVBoxLayout(host)
    grid = TileGrid(["households", "members", "debts", "outstanding", "overdue", "funds"])
    column.addWidget(grid)
    column.addStretch(1)
    captions = ["ครัวเรือน", "สมาชิกครัวเรือน", "หนี้ที่ยังไม่ปิด", "ยอดคงค้าง (บาท)", "หนี้ค้างชำระเกิน 90 วัน", "กองทุนสมาชิก"]
    for tile, caption in zip(grid.tiles.values(), captions, strict=True):
        tile.set("7,840,109", caption)
    host.show()
    qtbot.waitExposed(host)

    seen: set[int] = set()
    for width in (1300, 800, 520, 300):
        host.resize(width, 500)
        qtbot.waitUntil(lambda w=width: host.width() == w)
        QApplication.processEvents()
        columns = grid.columns()
        seen.add(columns)
        assert columns in (1, 2, 3, 6)  # six in even rows: never 5 + 1 or 4 + 2
        tiles = list(grid.tiles.values())
        for i, tile in enumerate(tiles):
            # each tile whole inside the grid, beside or under the others, never over them
            assert grid.rect().contains(tile.geometry()), (width, tile.key)
            assert all(not tile.geometry().intersects(other.geometry()) for other in tiles[i + 1 :])
            # its number over its caption, both whole
            assert tile.value.geometry().bottom() < tile.caption.geometry().top()
            assert tile.caption.heightForWidth(tile.caption.width()) <= tile.caption.height()
            assert tile.value.fontMetrics().horizontalAdvance(tile.value.text()) <= tile.value.width()
    assert seen >= {6, 3, 2}


@pytest.mark.parametrize("height", [150, 175, 220, 320])
def test_given_a_low_card_when_the_share_bar_paints_then_every_legend_entry_is_whole_inside_it(
    app: QApplication, qtbot: QtBot, height: int
) -> None:
    chart = ShareBar()
    qtbot.addWidget(chart)
    chart.set_title("การชำระงวดที่ถึงกำหนด")
    chart.set_segments(
        [
            Segment("ตรงเวลา", 13, "#4f8a5b", "13"),
            Segment("ชำระช้า", 0, "#d1a73a", "0"),
            Segment("ยังไม่ชำระ", 1, "#b5473f", "1"),
        ],
        total_text="ถึงกำหนด 14 งวด",
    )
    chart.resize(330, max(height, chart.minimumSizeHint().height()))
    chart.grab()  # paints

    inside = QRectF(chart.rect()).adjusted(chart.PAD - 1, 0, -chart.PAD + 1, -chart.PAD + 3)
    assert len(chart.legend_rects) == 3  # "unpaid" too
    for rect in chart.legend_rects:
        assert inside.contains(rect), (height, rect)
    for first, second in zip(chart.legend_rects, chart.legend_rects[1:], strict=False):
        assert not first.intersects(second)


def test_given_bar_labels_of_two_lines_when_painted_then_both_lines_have_room_under_the_bars(
    app: QApplication, qtbot: QtBot
) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_title("ครัวเรือนตามชั้นลูกหนี้")
    chart.set_bars([Bar(f"{c}\nปกติ", 10.0 + n, "#4f8a5b") for n, c in enumerate("ABCD")])
    chart.resize(420, 220)
    chart.grab()  # paints

    small = QFontMetrics(chart._small_font())
    base = max(rect.bottom() for rect in chart.bar_rects)
    # the labels start under the baseline and end inside the card: two lines each ("A", "ปกติ")
    assert base + 3 + 2 * small.lineSpacing() <= chart.height() - chart.PAD + 2
