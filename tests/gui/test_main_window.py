"""The main window in Thai and English: navigation, overview data, status bar, screenshots, no cut-off text."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from cdfi_desktop.app import create_main_window
from cdfi_desktop.db.database import OFFICER_KEY, Database
from cdfi_desktop.settings import Settings, settings_path
from cdfi_desktop.ui.i18n import set_language
from cdfi_desktop.ui.main_window import MainWindow
from cdfi_desktop.ui.workflow import STEPS

LAPTOP = (1366, 768)


def _open(qtbot: QtBot, db: Database, *, officer: str = "นางสาวพรทิพย์ ใจดี") -> MainWindow:
    window = create_main_window(db, Settings(officer=officer))
    qtbot.addWidget(window)
    window.resize(*LAPTOP)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.overview.data is not None, timeout=10_000)
    _settle_layouts()
    return window


def _settle_layouts() -> None:
    """Deliver the layout requests the data just posted: each nested layout posts its parent's in turn (the
    overview sits in the officer's stack, inside the window's content stack), so one pass is not always enough."""
    for _ in range(5):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QCoreApplication.processEvents()


def _visible_texts(window: QWidget) -> list[tuple[QWidget, str]]:
    texts: list[tuple[QWidget, str]] = []
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.text() and label.textFormat() != Qt.TextFormat.RichText:
            texts.append((label, label.text()))
    for lst in window.findChildren(QListWidget):
        texts.extend((lst, lst.item(i).text()) for i in range(lst.count()))
    for table in window.findChildren(QTableWidget):
        if table.isVisible():
            for col in range(table.columnCount()):
                texts.append((table, table.horizontalHeaderItem(col).text()))
                texts.extend((table, table.item(r, col).text()) for r in range(table.rowCount()) if table.item(r, col))
    return texts


def _assert_no_missing_glyphs(window: QWidget) -> None:
    for widget, text in _visible_texts(window):
        metrics = QFontMetrics(widget.font())
        missing = [ch for ch in text if not ch.isspace() and not metrics.inFontUcs4(ord(ch))]
        assert not missing, f"{text!r} has characters the font cannot draw: {missing}"


def _assert_labels_not_cut(window: QWidget) -> None:
    for label in window.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        room = label.contentsRect()
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            assert needed <= label.height() + 1, f"wrapped label {label.text()!r} cut: {needed} > {label.height()}"
            continue
        metrics = QFontMetrics(label.font())
        needed = max(metrics.horizontalAdvance(line) for line in label.text().splitlines())
        assert needed <= room.width() + 1, f"label {label.text()!r} cut: {needed} > {room.width()}"
    nav = window.findChild(QListWidget, "navigation")
    assert nav is not None
    for i in range(nav.count()):
        needed = QFontMetrics(nav.font()).horizontalAdvance(nav.item(i).text()) + 2 * 12 + 4
        assert needed <= nav.viewport().width(), f"navigation item {nav.item(i).text()!r} cut"


def test_given_demo_database_when_main_window_opens_in_thai_then_everything_reads_thai(
    app: QApplication, qtbot: QtBot, demo_db: Database, artifacts_dir: Path
) -> None:
    window = _open(qtbot, demo_db)

    nav = window.nav
    assert nav.count() == 1 + len(STEPS)
    assert [nav.item(i).text() for i in range(4)] == ["ภาพรวม", "1. สถาบัน", "2. ทะเบียน", "3. วิเคราะห์หนี้"]
    assert nav.item(7).text() == "7. ๑ ครัวเรือน ๑ สัญญา"
    assert window.page_title.text() == "ภาพรวม"
    assert window.fiscal_year.text().startswith("ปีงบประมาณ พ.ศ. 25")
    overview = window.overview
    assert overview.name.text().startswith("สถาบันการจัดการเงินทุนชุมชนตำบล")
    assert overview.tiles["households"].value.text() == "60"
    assert overview.funds.rowCount() >= 5
    assert "ฐานข้อมูล: demo.sqlite" in window.status_db.text()
    assert window.status_officer.text() == "เจ้าหน้าที่: นางสาวพรทิพย์ ใจดี"
    assert window.status_bundle.text() == "ยังไม่เคยส่งข้อมูลให้จังหวัด"
    _assert_no_missing_glyphs(window)
    _assert_labels_not_cut(window)
    window.grab().save(str(artifacts_dir / "main_window_th.png"))

    window.show_step("sync")  # the last step: sending to the province
    assert window.page_title.text() == "ส่งข้อมูลให้จังหวัด"
    assert window.stack.currentWidget().objectName() == "sync"
    window.grab().save(str(artifacts_dir / "main_window_th_sync.png"))


def test_given_thai_window_when_english_is_chosen_then_it_switches_live_and_is_remembered(
    app: QApplication, qtbot: QtBot, demo_db: Database, artifacts_dir: Path
) -> None:
    window = _open(qtbot, demo_db)

    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Overview")
    qtbot.wait(50)  # let the layouts settle, as a person would see it

    assert window.nav.item(1).text() == "1. Institute"
    assert window.page_title.text() == "Overview"
    assert window.fiscal_year.text().startswith("Fiscal year 20")
    assert window.overview.tiles["households"].caption.text() == "Households"
    assert window.overview.area.text().startswith("Subdistrict ")
    assert window.status_bundle.text() == "Never sent to the province"
    assert json.loads(settings_path().read_text(encoding="utf-8"))["language"] == "en"
    _assert_no_missing_glyphs(window)
    _assert_labels_not_cut(window)
    window.grab().save(str(artifacts_dir / "main_window_en.png"))

    set_language("th")
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "ภาพรวม")


def test_given_officer_name_when_set_then_status_bar_and_database_keep_it(
    app: QApplication, qtbot: QtBot, demo_db: Database
) -> None:
    window = _open(qtbot, demo_db, officer="")
    assert window.status_officer.text() == "เจ้าหน้าที่: (ยังไม่ได้ระบุ)"

    window.set_officer("นายสมชาย ศรีสุข")
    qtbot.waitUntil(lambda: not window.ops.busy)

    assert window.status_officer.text() == "เจ้าหน้าที่: นายสมชาย ศรีสุข"
    assert demo_db.get_setting(OFFICER_KEY) == "นายสมชาย ศรีสุข"
    assert demo_db.recorder.officer == "นายสมชาย ศรีสุข"


def test_given_the_window_then_a_step_screen_is_made_when_first_chosen_and_speaks_the_current_language(
    app: QApplication, qtbot: QtBot, demo_db: Database
) -> None:
    from cdfi_desktop.ui.contracts.view import ContractsScreen

    window = _open(qtbot, demo_db)
    row = 1 + [s.key for s in STEPS].index("contracts")
    # GIVEN the window just shown THEN the contracts screen is not made yet
    assert not isinstance(window.screens[row], ContractsScreen)
    # WHEN English is chosen before the step is opened, THEN the screen made afterwards is in English
    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Overview")
    window.show_step("contracts")
    screen = window.stack.currentWidget()
    assert isinstance(screen, ContractsScreen) and window.screens[row] is screen
    assert window.stack.indexOf(screen) == row and window.stack.count() == 1 + len(STEPS)
    assert window.page_title.text() == "1 household 1 contract"
    # AND choosing it again keeps the same screen
    window.show_step("overview")
    window.show_step("contracts")
    assert window.stack.currentWidget() is screen
    window.language_actions["th"].trigger()


def test_given_a_first_start_when_the_window_shows_then_it_is_maximised_and_next_time_as_it_was_left(
    app: QApplication, qtbot: QtBot, demo_db: Database
) -> None:
    # GIVEN settings that remember no window yet WHEN the window shows THEN it fills the screen
    settings = Settings()
    window = create_main_window(demo_db, settings)
    qtbot.addWidget(window)
    window.show_as_remembered()
    qtbot.waitExposed(window)
    assert window.isMaximized()
    # WHEN the officer makes it smaller and closes it THEN the next window opens at that size, not maximised
    window.showNormal()
    screen = window.screen().availableGeometry()
    smaller = QSize(screen.width() - 40, screen.height() - 60).expandedTo(window.minimumSizeHint())
    assert smaller.width() < screen.width() and smaller.height() < screen.height()
    window.resize(smaller)
    qtbot.waitUntil(lambda: window.size() == smaller)
    window.close()
    assert settings.window_geometry
    saved = json.loads(settings_path().read_text(encoding="utf-8"))
    assert saved["window_geometry"] == settings.window_geometry

    again = create_main_window(demo_db, Settings.load())
    qtbot.addWidget(again)
    again.show_as_remembered()
    qtbot.waitExposed(again)
    assert not again.isMaximized()
    assert again.size() == smaller
    # AND a window closed maximised opens maximised again
    again.showMaximized()
    qtbot.waitUntil(again.isMaximized)
    again.close()
    third = create_main_window(demo_db, Settings.load())
    qtbot.addWidget(third)
    third.show_as_remembered()
    qtbot.waitExposed(third)
    assert third.isMaximized()


def test_given_the_navigation_when_folded_then_it_shows_step_numbers_and_stays_folded(
    app: QApplication, qtbot: QtBot, demo_db: Database
) -> None:
    window = _open(qtbot, demo_db)
    wide = window.sidebar.width()
    page_width = window.stack.width()

    # WHEN the officer folds the navigation
    window.nav_toggle.click()
    qtbot.waitUntil(lambda: window.stack.width() > page_width)

    # THEN it shows the steps' numbers, their names as tooltips, and the page gets the width
    assert window.navigation_collapsed
    assert [window.nav.item(i).text() for i in range(1, 4)] == ["1", "2", "3"]
    assert window.nav.item(2).toolTip() == "2. ทะเบียน"
    assert window.sidebar.width() < wide / 2
    assert not window.app_title.isVisible()
    metrics = QFontMetrics(window.nav.font())
    assert metrics.horizontalAdvance("10") + 2 * 12 + 4 <= window.nav.viewport().width()
    assert window.nav_toggle.toolTip() == "แสดงชื่อขั้นตอน"
    # AND choosing a step still titles the page with its name
    window.show_step("registers")
    assert window.page_title.text() == "ทะเบียน"
    # AND the next window opens folded
    assert json.loads(settings_path().read_text(encoding="utf-8"))["navigation"] == "numbers"
    again = create_main_window(demo_db, Settings.load())
    qtbot.addWidget(again)
    assert again.navigation_collapsed and again.nav.item(1).text() == "1"
    # WHEN unfolded THEN the names are back
    again.nav_toggle.click()
    assert again.nav.item(1).text() == "1. สถาบัน" and not again.navigation_collapsed


def test_given_a_laptop_screen_when_each_step_is_shown_then_the_window_fits_it(
    app: QApplication, qtbot: QtBot, demo_db: Database
) -> None:
    # GIVEN a maximised window on a 1366×768 laptop with its taskbar: 1366×697 inside the title bar
    window = _open(qtbot, demo_db)
    window.resize(1366, 697)
    for key in ["overview", *(s.key for s in STEPS)]:
        window.show_step(key)
        qtbot.waitUntil(lambda: not window.ops.busy)
        # THEN no step needs more room than that (the navigation and the page margins leave the width)
        assert window.minimumSizeHint().width() <= 1366, key
        assert window.width() == 1366, key
    assert window.sidebar.width() <= 260
