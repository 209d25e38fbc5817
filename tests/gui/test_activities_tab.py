"""The activities tab in the main window at 1366×768 on the demo database: the year's activities with their status
badges, the summary for BPM copied to the clipboard and printed, the way to the institute screen; screenshots."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cdfi_desktop.app import create_main_window
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.activity_deadlines import State
from cdfi_desktop.services.demo import DEMO_AS_OF
from cdfi_desktop.settings import Settings
from cdfi_desktop.ui import screens
from cdfi_desktop.ui.i18n import set_language
from cdfi_desktop.ui.main_window import MainWindow
from cdfi_desktop.ui.reports.activities import BADGES, STATUS_COLUMN, ActivitiesTab
from cdfi_desktop.ui.widgets.table import RegisterTable
from tests.support.demo_states import founding_not_done_yet

SCREENS_DIR = Path(__file__).resolve().parents[2] / "artifacts" / "screens"


@pytest.fixture
def tab(
    app: QApplication, qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[MainWindow, ActivitiesTab]]:
    """GIVEN the main window at 1366×768 on the demo database, showing the activities on the demo's day."""
    monkeypatch.setitem(screens.SCREENS, "reports", "cdfi_desktop.ui.reports.activities:ActivitiesTab")
    window = create_main_window(demo_db, Settings(officer="นางสาวพรทิพย์ ใจดี"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_step("reports")
    found = window.stack.currentWidget()
    assert isinstance(found, ActivitiesTab)
    qtbot.waitUntil(lambda: found.loaded is not None, timeout=15_000)
    found.loaded = None
    found.set_view(fiscal_year=2570, as_of=DEMO_AS_OF)
    qtbot.waitUntil(lambda: found.loaded is not None and found.loaded.as_of == DEMO_AS_OF, timeout=15_000)
    yield window, found


def text(table: RegisterTable, row: int, column: int) -> str:
    return str(table.model().index(row, column).data() or "")


def background(table: RegisterTable, row: int, column: int) -> str:
    brush = table.model().index(row, column).data(Qt.ItemDataRole.BackgroundRole)
    return str(brush.color().name())


def status_texts(tab: ActivitiesTab) -> list[str]:
    return [text(tab.activities, row, STATUS_COLUMN) for row in range(tab.activities.model().rowCount())]


def test_GIVEN_the_demo_WHEN_the_activities_tab_is_shown_THEN_three_activities_with_badges_and_the_bpm_rows(
    tab: tuple[MainWindow, ActivitiesTab],
) -> None:
    window, activities = tab
    assert activities.activities.model().rowCount() == 3
    # the new institute was founded before its target list, in quarter 1: on time
    assert status_texts(activities) == ["ไม่ต้องดำเนินการ", "ดำเนินการแล้ว ทันกำหนด", "ดำเนินการแล้ว ทันกำหนด"]
    assert background(activities.activities, 2, STATUS_COLUMN) == BADGES[State.DONE_ON_TIME][0]
    assert activities.bpm.model().rowCount() == 2
    assert text(activities.bpm, 1, 0) == "สำนึกดี แผนดี บริหารหนี้ได้"
    assert text(activities.bpm, 1, 2) == "30 ครัวเรือน"
    assert text(activities.bpm, 1, 6) == "95.21"
    assert "ทำสัญญา ๑ ครัวเรือน ๑ สัญญา แล้ว" in activities.steps.text()
    assert "ประชุมจัดทำแผนการบริหารจัดการหนี้ 16 ต.ค. 2569" in activities.steps.text()
    SCREENS_DIR.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SCREENS_DIR / "activities-th.png"))
    # THEN everything fits the screen area: no table needs scrolling
    corner = activities.mapTo(window, QPoint(activities.width(), activities.height()))
    assert corner.x() <= window.width() and corner.y() <= window.height()
    for table in (activities.activities, activities.bpm):
        assert not table.verticalScrollBar().isVisible()
        widths = [table.columnWidth(c) for c in range(table.model().columnCount())]
        assert sum(widths) <= table.viewport().width() + 1
        metrics = table.fontMetrics()
        header = table.horizontalHeader()
        for column in range(1, table.model().columnCount()):
            title = table.header_text(column)
            assert header.fontMetrics().horizontalAdvance(title) + 8 <= widths[column], title
        for row in range(table.model().rowCount()):
            for column in range(table.model().columnCount()):
                shown = text(table, row, column)
                if not table.isColumnHidden(column):
                    assert metrics.horizontalAdvance(shown) + 8 <= widths[column], (shown, widths[column])


def test_GIVEN_the_founding_overdue_WHEN_shown_THEN_a_red_badge_and_the_warning_in_red(
    tab: tuple[MainWindow, ActivitiesTab], qtbot: QtBot, demo_db: Database
) -> None:
    window, activities = tab
    founding_not_done_yet(demo_db)  # the demo founds its institute in October
    activities.loaded = None
    activities.set_view(as_of=date(2027, 4, 5))
    qtbot.waitUntil(lambda: activities.loaded is not None, timeout=15_000)
    assert text(activities.activities, 1, STATUS_COLUMN) == "เกินกำหนด 5 วัน"
    assert background(activities.activities, 1, STATUS_COLUMN) == BADGES[State.OVERDUE][0]
    assert "#c53030" in activities.warnings.text()
    assert "มาแล้ว 5 วัน" in activities.warnings.text()
    assert window.grab().save(str(SCREENS_DIR / "activities-overdue-th.png"))


def test_GIVEN_the_bpm_summary_WHEN_copy_for_bpm_is_clicked_THEN_tab_separated_cells_on_the_clipboard(
    tab: tuple[MainWindow, ActivitiesTab], qtbot: QtBot
) -> None:
    _, activities = tab
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(activities.copy_button, Qt.MouseButton.LeftButton)
    lines = QGuiApplication.clipboard().text().split("\n")
    assert len(lines) == 3
    assert lines[0].split("\t")[0] == "กิจกรรม"
    assert lines[2].split("\t")[:7] == [
        "สำนึกดี แผนดี บริหารหนี้ได้",
        "ไตรมาส 2–3",
        "30 ครัวเรือน",
        lines[2].split("\t")[3],
        "24000.00",
        "22850.00",
        "95.21",
    ]
    assert "2" in activities.print_status.text()


def test_GIVEN_the_tab_WHEN_printed_into_a_folder_THEN_the_pdf_and_workbook_are_written(
    tab: tuple[MainWindow, ActivitiesTab], qtbot: QtBot, tmp_path: Path
) -> None:
    _, activities = tab
    activities.print_reports(tmp_path)
    qtbot.waitUntil(lambda: len(activities.printed) == 2, timeout=30_000)
    assert sorted(p.suffix for p in activities.printed) == [".pdf", ".xlsx"]
    assert all(p.exists() and p.parent == tmp_path for p in activities.printed)


def test_GIVEN_the_tab_WHEN_the_institute_link_is_clicked_THEN_the_institute_screen_shows(
    tab: tuple[MainWindow, ActivitiesTab], qtbot: QtBot
) -> None:
    window, activities = tab
    qtbot.mouseClick(activities.institute_link, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget().objectName() != "activitiesTab"
    assert window.nav.currentRow() == 1


def test_GIVEN_english_WHEN_the_language_changes_THEN_the_tab_reads_in_english(
    tab: tuple[MainWindow, ActivitiesTab], qtbot: QtBot
) -> None:
    window, activities = tab
    set_language("en")
    qtbot.waitUntil(lambda: status_texts(activities)[2] == "Done on time", timeout=5_000)
    assert activities.copy_button.text() == "Copy for BPM"
    assert text(activities.bpm, 1, 2) == "30 households"
    assert window.grab().save(str(SCREENS_DIR / "activities-en.png"))
