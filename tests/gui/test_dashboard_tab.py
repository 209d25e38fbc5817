"""The indicators dashboard in the main window at 1366×768 on the demo database: the five criteria as a checklist
with the reason, the button that goes to the step that fixes a gap, the key figures, the roll-up table and charts,
printing; a screenshot."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cdfi_desktop.app import create_main_window
from cdfi_desktop.db.database import Database
from cdfi_desktop.services.demo import DEMO_AS_OF
from cdfi_desktop.settings import Settings
from cdfi_desktop.ui import screens
from cdfi_desktop.ui.main_window import MainWindow
from cdfi_desktop.ui.reports.dashboard import DashboardTab

SCREENS_DIR = Path(__file__).resolve().parents[2] / "artifacts" / "screens"


@pytest.fixture
def tab(
    app: QApplication, qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[MainWindow, DashboardTab]]:
    """GIVEN the main window at 1366×768 on the demo database, showing the dashboard on the demo's day."""
    monkeypatch.setitem(screens.SCREENS, "reports", "cdfi_desktop.ui.reports.dashboard:DashboardTab")
    window = create_main_window(demo_db, Settings(officer="นางสาวพรทิพย์ ใจดี"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_step("reports")
    found = window.stack.currentWidget()
    assert isinstance(found, DashboardTab)
    qtbot.waitUntil(lambda: found.loaded is not None, timeout=15_000)
    found.loaded = None
    found.set_day(DEMO_AS_OF)
    qtbot.waitUntil(lambda: found.loaded is not None and found.loaded.institute is not None, timeout=15_000)
    yield window, found


def test_GIVEN_the_demo_WHEN_the_dashboard_is_shown_THEN_the_five_criteria_with_their_reasons_and_one_gap(
    tab: tuple[MainWindow, DashboardTab],
) -> None:
    window, dashboard = tab
    marks = [row.mark.text() for row in dashboard.rows]
    assert marks == ["✓", "✓", "✗", "✓", "✓"]
    assert all(row.isVisible() for row in dashboard.rows)
    third = dashboard.rows[2]
    assert "ปรับโครงสร้างหนี้ของครัวเรือนเป้าหมาย" in third.name.text()
    assert "ปรับโครงสร้างหนี้แล้ว 14 จาก" in third.reasons.text() and "ยังขาดอีก" in third.reasons.text()
    # each criterion's reading is its help text
    assert "เจ้าหนี้ภายนอก" in third.toolTip() and "30" in third.toolTip()
    assert "ไม่อยู่ในรายชื่อเป้าหมายไม่นับ" in dashboard.rows[4].toolTip()
    assert third.go.isVisible() and third.step == "contracts"
    assert not dashboard.rows[0].go.isVisible()
    assert "ไม่น้อยกว่า 11 ครัวเรือน" in dashboard.rows[4].name.text()
    assert dashboard.figures["households"].value.text() == "14 / 11"
    assert dashboard.figures["contracts"].value.text() == "14"
    # the roll-up: one province, then the total
    assert dashboard.table.model().rowCount() == 2
    assert dashboard.table.model().index(1, 1).data() == "0 / 1"
    assert dashboard.table.model().index(0, 4).data() == "14 / 11"
    assert dashboard.passing_chart.has_data() and dashboard.passing_chart.reference is not None
    assert dashboard.passing_chart.reference[0] == 75.0
    assert dashboard.households_chart.bars[0].value == 14
    SCREENS_DIR.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SCREENS_DIR / "dashboard-th.png"))
    # THEN it fits the screen area beside the sidebar
    corner = dashboard.mapTo(window, QPoint(dashboard.width(), dashboard.height()))
    assert corner.x() <= window.width() and corner.y() <= window.height()
    for row in dashboard.rows:
        assert row.geometry().bottom() <= dashboard.height()
    assert not dashboard.table.horizontalScrollBar().isVisible()


def test_GIVEN_a_gap_WHEN_its_go_to_button_is_clicked_THEN_the_main_window_shows_the_step_that_fixes_it(
    tab: tuple[MainWindow, DashboardTab], qtbot: QtBot
) -> None:
    window, dashboard = tab
    qtbot.mouseClick(dashboard.rows[2].go, Qt.MouseButton.LeftButton)
    assert window.nav.currentRow() == 7  # overview, institute, registers, analysis, targets, training, plan, contracts
    assert window.stack.currentWidget() is not dashboard
    dashboard.go_to("registers")
    assert window.nav.currentRow() == 2


def test_GIVEN_the_districts_level_THEN_the_table_lists_the_districts_with_their_province(
    tab: tuple[MainWindow, DashboardTab],
) -> None:
    _window, dashboard = tab
    dashboard.level.setCurrentIndex(1)
    assert dashboard.table.model().rowCount() == 2
    assert "(" in dashboard.table.model().index(0, 0).data()  # district (province)


def test_GIVEN_the_dashboard_WHEN_printed_THEN_the_pdf_and_the_workbook_are_written(
    tab: tuple[MainWindow, DashboardTab], qtbot: QtBot, tmp_path: Path
) -> None:
    _window, dashboard = tab
    dashboard.print_to(tmp_path)
    qtbot.waitUntil(lambda: len(dashboard.printed) == 2, timeout=30_000)
    assert sorted(p.suffix for p in dashboard.printed) == [".pdf", ".xlsx"]
    assert all(p.exists() for p in dashboard.printed)


def test_GIVEN_an_empty_database_THEN_the_dashboard_says_there_is_no_institute(
    app: QApplication, qtbot: QtBot, empty_db: Database
) -> None:
    from cdfi_desktop.ui.ops import Ops

    ops = Ops(empty_db)
    dashboard = DashboardTab(ops, today=DEMO_AS_OF)
    qtbot.addWidget(dashboard)
    dashboard.resize(1080, 620)
    dashboard.show()
    qtbot.waitUntil(lambda: dashboard.loaded is not None, timeout=15_000)
    assert dashboard.loaded is not None and dashboard.loaded.institute is None
    assert not dashboard.print_button.isEnabled()
    assert not any(row.isVisible() for row in dashboard.rows)
    assert dashboard.table.model().rowCount() == 1  # the total line only
