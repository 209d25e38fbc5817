"""The debt analysis screen on a demo institute: charts with data, the households sorted and narrowed by text and
class, the chosen household's reasons and sources of money beside them, the reports written from it; and the
chart widgets on their own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cdfi_desktop.app import create_main_window
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.classification import DebtorClass
from cdfi_desktop.messages import message
from cdfi_desktop.settings import Settings
from cdfi_desktop.ui import screens
from cdfi_desktop.ui.analysis.table_model import CLASS_COLUMN, COLUMNS, SORT_ROLE, tr
from cdfi_desktop.ui.analysis.view import AnalysisScreen
from cdfi_desktop.ui.i18n import set_language
from cdfi_desktop.ui.main_window import MainWindow
from cdfi_desktop.ui.widgets.charts import Bar, BarChart, Capacity, CapacityChart, Segment, ShareBar
from tests.gui.typing_helpers import type_text


@pytest.fixture
def screen(
    app: QApplication, qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[MainWindow, AnalysisScreen]]:
    """GIVEN the main window at 1366×768 on a 60-household demo database, showing the analysis step."""
    monkeypatch.setitem(screens.SCREENS, "analysis", "cdfi_desktop.ui.analysis.view:AnalysisScreen")
    window = create_main_window(demo_db, Settings(officer="นางสาวพรทิพย์ ใจดี"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_step("analysis")
    analysis = window.stack.currentWidget()
    assert isinstance(analysis, AnalysisScreen)
    qtbot.waitUntil(lambda: analysis.loaded, timeout=15_000)
    yield window, analysis


def _shown_codes(analysis: AnalysisScreen) -> list[str]:
    return [analysis.proxy.index(i, 0).data() for i in range(analysis.proxy.rowCount())]


def test_given_the_screen_when_shown_then_the_charts_and_the_table_hold_the_analysis(
    screen: tuple[MainWindow, AnalysisScreen], artifacts_dir: Path
) -> None:
    window, analysis = screen
    a = analysis.analysis
    assert a is not None and len(a.rows) == 60
    assert analysis.model.rowCount() == 60 and analysis.count.text() == "60 ครัวเรือน"
    per_class = a.households_per_class()
    assert [b.value for b in analysis.class_chart.bars] == [per_class[c] for c in DebtorClass]
    assert sum(b.value for b in analysis.dsr_chart.bars) == sum(b.households for b in a.dsr_distribution())
    assert analysis.dsr_chart.dividers  # the profile's DSR thresholds
    assert [s.value for s in analysis.source_chart.segments] == [float(v) for v in a.debt_by_source().values()]
    assert len(analysis.fund_chart.rows) == len(a.funds) > 0
    for chart in (analysis.class_chart, analysis.source_chart, analysis.dsr_chart, analysis.fund_chart):
        assert chart.has_data() and chart.isVisible()
    # worst first: class D before A, and by debt within a class
    classes = [analysis.proxy.index(i, CLASS_COLUMN).data(SORT_ROLE) for i in range(60)]
    assert classes == sorted(classes, reverse=True)
    # the class cell explains itself
    first = analysis.proxy.row_at(0)
    assert first is not None
    tip = analysis.proxy.index(0, CLASS_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
    assert message(first.classification.reasons[0].code, "th", **first.classification.reasons[0].params) in tip
    # nothing cut off at 1366×768: the charts and the panel sit inside the window
    for widget in (analysis.fund_chart, analysis.panel, analysis.export_button):
        corner = widget.mapTo(window, widget.rect().bottomRight())
        assert window.rect().contains(corner)
    assert analysis.class_chart.height() >= 180 and analysis.table.height() >= 250
    (artifacts_dir / "screens").mkdir(exist_ok=True)
    analysis.table.selectRow(0)
    QApplication.processEvents()
    window.grab().save(str(artifacts_dir / "screens" / "analysis-th.png"))


def test_given_the_table_when_filtered_by_text_and_class_then_it_narrows(
    screen: tuple[MainWindow, AnalysisScreen], qtbot: QtBot
) -> None:
    _window, analysis = screen
    a = analysis.analysis
    assert a is not None
    row = a.rows[7]
    type_text(analysis.filter, row.head_name.split()[-1])
    surname = row.head_name.split()[-1]
    expected = {r.code for r in a.rows if surname in r.head_name or surname in r.village or surname in r.code}
    assert set(_shown_codes(analysis)) == expected and 0 < len(expected) < 60
    assert analysis.count.text() == f"{len(expected)} จาก 60 ครัวเรือน"
    analysis.filter.clear()
    assert analysis.proxy.rowCount() == 60

    analysis.class_filter.setCurrentIndex(analysis.class_filter.findText(tr("C and D (problem debt)")))
    per_class = a.households_per_class()
    assert analysis.proxy.rowCount() == per_class[DebtorClass.C] + per_class[DebtorClass.D]
    for i in range(analysis.class_filter.count()):
        if analysis.class_filter.itemData(i) == ["B"]:
            analysis.class_filter.setCurrentIndex(i)
    shown = {analysis.proxy.row_at(i).debtor_class for i in range(analysis.proxy.rowCount())}  # type: ignore[union-attr]
    assert shown == {DebtorClass.B} and analysis.proxy.rowCount() == per_class[DebtorClass.B]
    analysis.class_filter.setCurrentIndex(0)
    assert analysis.proxy.rowCount() == 60

    total_debt = next(i for i, c in enumerate(COLUMNS) if c.header == "Total debt")
    analysis.table.sortByColumn(total_debt, Qt.SortOrder.AscendingOrder)
    debts = [analysis.proxy.row_at(i).classification.indicators.total_debt for i in range(60)]  # type: ignore[union-attr]
    assert debts == sorted(debts)


def test_given_a_household_when_chosen_then_the_panel_gives_every_reason_and_each_debts_source(
    screen: tuple[MainWindow, AnalysisScreen], qtbot: QtBot, artifacts_dir: Path
) -> None:
    window, analysis = screen
    a = analysis.analysis
    assert a is not None
    row = max(a.rows, key=lambda r: (len(r.sources), len(r.classification.reasons)))
    assert analysis.select_household(row.household_id)
    text = analysis.panel.plain_text()
    assert row.head_name in text
    for reason in row.classification.reasons:
        assert message(reason.code, "th", **reason.params) in text
    for source in row.sources:
        assert source.creditor in text
        assert message(source.suggestion.reason.code, "th", **source.suggestion.reason.params) in text
    analysis.table.clearSelection()
    assert analysis.panel.row is None

    set_language("en")
    qtbot.waitUntil(lambda: "Debt analysis" in window.page_title.text())
    assert analysis.select_household(row.household_id)
    english = analysis.panel.plain_text()
    assert message(row.classification.reasons[0].code, "en", **row.classification.reasons[0].params) in english
    assert analysis.class_chart.bars[0].label == "A\nNormal"
    QApplication.processEvents()
    window.grab().save(str(artifacts_dir / "screens" / "analysis-en.png"))


def test_given_the_screen_when_exported_then_pdf_and_excel_are_written(
    screen: tuple[MainWindow, AnalysisScreen], qtbot: QtBot, tmp_path: Path
) -> None:
    _window, analysis = screen
    analysis.export_to(tmp_path)
    qtbot.waitUntil(lambda: bool(analysis.exported), timeout=30_000)
    assert sorted(p.suffix for p in analysis.exported) == [".pdf", ".xlsx"]
    assert all(p.exists() and p.parent == tmp_path for p in analysis.exported)
    assert str(tmp_path) in analysis.page.status.text()  # the status line says where the files went


def test_given_an_empty_database_then_the_screen_says_there_is_no_institute(
    app: QApplication, qtbot: QtBot, empty_db: Database
) -> None:
    from cdfi_desktop.ui.ops import Ops

    ops = Ops(empty_db)
    analysis = AnalysisScreen(ops)
    qtbot.addWidget(analysis)
    analysis.resize(1000, 600)
    analysis.show()
    qtbot.waitUntil(lambda: analysis.loaded, timeout=15_000)
    assert analysis.analysis is None and analysis.model.rowCount() == 0
    assert not analysis.class_chart.has_data() and not analysis.export_button.isEnabled()
    assert analysis.export_button.toolTip()  # the disabled button says why
    # the empty state offers creating the institute instead of empty charts
    from cdfi_desktop.ui.overview import first_steps

    assert analysis.stack.is_empty() and analysis.stack.empty.action.text() == first_steps.create_institute_action()
    analysis.grab()  # paints without error


# -- the chart widgets on their own ------------------------------------------------------------------------------
def test_given_no_data_then_each_chart_paints_its_empty_message(app: QApplication, qtbot: QtBot) -> None:
    for chart in (BarChart(), ShareBar(), CapacityChart()):
        qtbot.addWidget(chart)
        chart.set_title("แผนภูมิ")
        chart.set_empty_text("ยังไม่มีข้อมูล")
        chart.resize(260, 200)
        assert not chart.has_data()
        assert not chart.grab().isNull()
    bars = BarChart()
    bars.set_bars([Bar("A", 0, "#4f8a5b"), Bar("B", 0, "#d1a73a")])
    assert not bars.has_data()  # bars of nothing are no data either


def test_given_bars_then_they_stand_in_proportion_with_tooltips(app: QApplication, qtbot: QtBot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(300, 220)
    chart.set_bars(
        [Bar("A\nปกติ", 10, "#4f8a5b", tooltip="A: 10"), Bar("D\nวิกฤต", 30, "#b5473f", tooltip="D: 30")],
        dividers=[(1, "25%")],
        reference=(20, "20"),
    )
    chart.grab()
    first, second = chart.bar_rects
    assert second.height() == pytest.approx(first.height() * 3)
    assert second.bottom() == pytest.approx(first.bottom())
    assert chart.rect().contains(second.toRect())
    assert chart.tip_at(QPointF(first.center())) == "A: 10"
    assert chart.tip_at(QPointF(2, 2)) == ""


def test_given_shares_and_capacities_then_their_numbers_follow(app: QApplication, qtbot: QtBot) -> None:
    shares = ShareBar()
    qtbot.addWidget(shares)
    shares.set_segments([Segment("ใน", 1, "#2f5d8a"), Segment("นอก", 3, "#8a6aa6"), Segment("ลบ", -5, "#000000")])
    assert shares.shares() == [25.0, 75.0, 0.0]
    shares.resize(260, 200)
    shares.grab()
    funds = CapacityChart()
    qtbot.addWidget(funds)
    funds.set_rows([Capacity(f"กองทุน {i}", 50, 100) for i in range(20)] + [Capacity("ไม่มีทุน", 5, 0)])
    funds.resize(260, 180)
    funds.grab()
    assert 5 < funds.shown_rows < 21  # one line a fund when many; what does not fit is counted, not squeezed
    assert Capacity("x", 150, 100).share == 1.5 and Capacity("x", 1, 0).share is None


@pytest.mark.parametrize("language", ["th", "en"])
def test_given_a_laptop_window_when_the_analysis_shows_then_money_columns_are_in_view_and_headers_whole(
    screen: tuple[MainWindow, AnalysisScreen], qtbot: QtBot, artifacts_dir: Path, language: str
) -> None:
    from tests.gui.test_targets_screen import assert_register_fits

    window, analysis = screen
    set_language(language)
    for width, height in ((1366, 697), (1920, 1040)):
        window.resize(width, height)
        # the table settles to the new width without a sideways scroll bar (the layout runs after the resize)
        qtbot.waitUntil(lambda: not analysis.table.horizontalScrollBar().isVisible(), timeout=5_000)
        assert_register_fits(analysis.table)
        (artifacts_dir / "screens").mkdir(exist_ok=True)
        window.grab().save(str(artifacts_dir / "screens" / f"analysis-{language}-{width}x{height}.png"))
