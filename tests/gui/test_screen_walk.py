"""The screenshot walk: every workflow step, tab and dialog of the main window on the demo database, at the size
of a maximised window on a 1366×768 laptop (1366×697) and on a full-HD screen (1920×1040), in Thai and English.

Each screen is saved as artifacts/screen-walk/<language>-<size>/<name>.png, and checked (tests/support/walk.py):
no clipped header text, nothing outside the window or cut off by its parent, no labels drawn over each other or
cut, the money columns of every register in view without scrolling sideways, and no text of the other language
in what the program writes (names, addresses and notes the officer typed are shown as typed). The findings
of a walk are also written to findings.txt beside its screenshots.
"""

from __future__ import annotations

import os
import re
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from cdfi_desktop.app import create_main_window, make_application
from cdfi_desktop.db.database import Database
from cdfi_desktop.settings import Settings
from cdfi_desktop.ui.i18n import set_language
from cdfi_desktop.ui.main_window import MainWindow
from cdfi_desktop.ui.widgets import fit
from cdfi_desktop.ui.workflow import STEPS
from tests.support import walk
from tests.support.walk import Allowed, Finding

SIZES = {"1366x697": QSize(1366, 697), "1920x1040": QSize(1920, 1040)}
LANGUAGES = ("th", "en")
# where the screenshots go (CDFI_WALK_OUT: another folder, for a second walk run at the same time)
OUT = Path(os.environ.get("CDFI_WALK_OUT") or Path(__file__).resolve().parents[2] / "artifacts" / "screen-walk")
# A button that opens a dialog: "…" at the end, the convention for a command that asks more before it acts (a
# button without it acts at once: the walk leaves those alone, so the database stays as it was).
OPENS_DIALOG = re.compile(r"(…|\.\.\.)\s*$")
DIALOG_WAIT = 0.15  # seconds for a dialog to show after its button is pressed and the worker is done
MAX_WIZARD_PAGES = 8
ROWS_TRIED = 30  # rows of a register tried to enable a button that wants a chosen row
HUNT_SECONDS = 15  # the most spent looking for a row a button opens its dialog for
MAX_DIALOG_DEPTH = 2  # a screen's dialogs, and their dialogs (the household's debts)


def _wait(condition: Callable[[], bool], timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if condition():
            return True
        time.sleep(0.01)
    return condition()


def _settle(window: MainWindow, pause: float = 0.05) -> None:
    """Let the worker finish what the screen asked for, and the layouts settle, as a person would see it."""
    _wait(lambda: not window.ops.busy, 20.0)
    end = time.monotonic() + pause
    while time.monotonic() < end:  # timers fire (a table refits, a panel follows the row), the worker gets the CPU
        QApplication.processEvents()
        time.sleep(0.005)
    _wait(lambda: not window.ops.busy, 20.0)
    QApplication.processEvents()


def _common_ancestor(first: QWidget, second: QWidget) -> QWidget | None:
    current: QWidget | None = first
    while current is not None and not current.isAncestorOf(second):
        current = current.parentWidget()
    return current


def _depth(widget: QWidget | None) -> int:
    depth = 0
    while widget is not None:
        widget, depth = widget.parentWidget(), depth + 1
    return depth


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower() or "x"


class Walker:
    """Visits the window's steps, tabs and dialogs; saves each as a PNG and keeps the findings of the checks."""

    def __init__(self, window: MainWindow, *, language: str, size: QSize, folder: Path, allowed: Allowed) -> None:
        self.window, self.language, self.size, self.folder, self.allowed = window, language, size, folder, allowed
        self.walk = f"{language}-{size.width()}x{size.height()}"
        self.findings: list[Finding] = []
        self.shots: list[str] = []
        self.pressed: set[int] = set()  # the buttons pressed (once each)

    # -- taking a screen in ----------------------------------------------------------------------------------------
    def shoot(self, root: QWidget, name: str, *, main: bool) -> None:
        screen = f"{self.walk}:{name}"
        root.grab().save(str(self.folder / f"{name}.png"))
        self.shots.append(name)
        found = walk.check_window(root, screen, language=self.language, allowed=self.allowed)
        if main:
            found += walk.window_too_large(root, screen, self.size)
        else:
            limit = fit.largest_size(root)
            if root.width() > limit.width() + 1 or root.height() > limit.height() + 1:
                found.append(
                    Finding(
                        screen,
                        walk.widget_name(root),
                        f"dialog {root.width()}×{root.height()} larger than the screen leaves "
                        f"({limit.width()}×{limit.height()})",
                        "size",
                        walk.module_of(root),
                    )
                )
        self.findings += found

    def _select_first_rows(self, root: QWidget) -> None:
        """Choose the first row of every register in view: the detail panels show a record."""
        for view in walk.shown_widgets(root):
            if not isinstance(view, QAbstractItemView) or view.model() is None or view.model().rowCount() == 0:
                continue
            if not view.selectionModel() or not view.selectionModel().hasSelection():
                view.setCurrentIndex(view.model().index(0, 0))

    # -- the window ------------------------------------------------------------------------------------------------
    def visit_all(self) -> None:
        for key in ["overview", *(s.key for s in STEPS)]:
            self.window.show_step(key)
            _settle(self.window)
            screen = self.window.stack.currentWidget()
            self.visit(screen, key, root=self.window)
        self.visit_menus()

    def visit(self, page: QWidget, name: str, *, root: QWidget, depth: int = 0, dialogs: int = 0) -> None:
        """Show ``page`` (a step's screen, a tab, a dialog) in ``root``'s window with the first rows chosen, press
        what opens its dialogs (``dialogs`` deep) after doing the same for each tab of its tab widgets."""
        self._select_first_rows(page)
        _settle(self.window)
        self.shoot(root, name, main=root is self.window)
        if depth < 2:
            self._visit_tabs(page, name, root=root, depth=depth, dialogs=dialogs)
        if dialogs < MAX_DIALOG_DEPTH:  # last: a button may leave the page changed (a new, empty form)
            self.open_dialogs(page, name, depth=dialogs)

    def _visit_tabs(self, page: QWidget, name: str, *, root: QWidget, depth: int, dialogs: int) -> None:
        tabs = [t for t in walk.shown_widgets(page) if isinstance(t, QTabWidget)]
        tabs = [t for t in tabs if not any(t is not o and o.isAncestorOf(t) for o in tabs)]  # the outermost
        for widget in tabs:
            start = widget.currentIndex()
            for index in range(widget.count()):
                if not widget.isTabEnabled(index) or not widget.isTabVisible(index):
                    continue
                widget.setCurrentIndex(index)
                _settle(self.window)
                tab = widget.widget(index)
                label = tab.objectName() or f"tab{index + 1}"
                self.visit(tab, f"{name}-{index + 1}-{_slug(label)}", root=root, depth=depth + 1, dialogs=dialogs)
            widget.setCurrentIndex(start)
            _settle(self.window)

    def visit_menus(self) -> None:
        w = self.window
        for action, name in (
            (w.backups_action, "settings-backups"),
            (w.device_key_action, "settings-device-key"),
            (w.officer_action, "settings-officer"),
            (w.about_action, "help-about"),
        ):
            self.catch(action.trigger, name)

    # -- dialogs ---------------------------------------------------------------------------------------------------
    def open_dialogs(self, page: QWidget, name: str, *, depth: int = 0) -> None:
        """Press each button of ``page`` that opens a dialog; one disabled until a row is chosen (Consolidate…
        wants a household with debts) gets the first row of a register that enables it."""
        buttons = [
            b
            for b in walk.shown_widgets(page)
            if isinstance(b, QPushButton | QToolButton)
            and b.menu() is None
            and OPENS_DIALOG.search(walk.plain_text(b.text()))
        ]
        for n, button in enumerate(buttons, 1):
            if id(button) in self.pressed:
                continue  # pressed on the page around this tab already
            if not button.isVisible() or (not button.isEnabled() and not self._enable_by_choosing(page, button)):
                continue
            self.pressed.add(id(button))
            label = button.objectName() or f"button{n}"
            if not self.catch(button.click, f"{name}-dialog-{_slug(label)}", depth=depth):
                # nothing to show for this row (Consolidate… on a household without open debts): another row
                self._press_on_another_row(page, button, f"{name}-dialog-{_slug(label)}", depth)

    def _press_on_another_row(self, page: QWidget, button: QAbstractButton, name: str, depth: int) -> None:
        views = [v for v in walk.shown_widgets(page) if isinstance(v, QAbstractItemView) and v.model() is not None]
        views.sort(key=lambda v: -_depth(_common_ancestor(v, button)))  # the register beside the button first
        deadline = time.monotonic() + HUNT_SECONDS
        for view in views:
            rows = view.model().rowCount()
            for row in range(1, min(ROWS_TRIED, rows)):
                if time.monotonic() > deadline:
                    return
                view.setCurrentIndex(view.model().index(row, 0))
                _settle(self.window, 0)
                if button.isVisible() and button.isEnabled() and self.catch(button.click, name, depth=depth):
                    return

    def _tick_first_row(self, page: QWidget) -> None:
        """Tick the first row of each register with check boxes (what a wizard page wants chosen to go on)."""
        for view in walk.shown_widgets(page):
            if not isinstance(view, QAbstractItemView) or view.model() is None or view.model().rowCount() == 0:
                continue
            model = view.model()
            for column in range(model.columnCount()):
                index = model.index(0, column)
                if model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable:
                    model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
                    break
        _settle(self.window)

    def _enable_by_choosing(self, page: QWidget, button: QAbstractButton) -> bool:
        for view in walk.shown_widgets(page):
            if not isinstance(view, QAbstractItemView) or view.model() is None:
                continue
            for row in range(min(ROWS_TRIED, view.model().rowCount())):
                view.setCurrentIndex(view.model().index(row, 0))
                _settle(self.window, 0.05)
                if button.isEnabled():
                    return True
        return False

    def catch(self, press: Callable[[], object], name: str, *, depth: int = 0) -> bool:
        """Press what opens a dialog; check and save the dialog (each wizard page), then close it unchanged.
        False when no dialog came."""
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        handled: list[QWidget] = []

        def poll() -> None:
            for widget in QApplication.topLevelWidgets():
                if not widget.isVisible() or id(widget) in before or widget in handled:
                    continue
                if isinstance(widget, QMenu):
                    handled.append(widget)
                    widget.close()
                elif isinstance(widget, QDialog):
                    timer.stop()
                    handled.append(widget)
                    self.dialog(widget, name, depth=depth)
                    if widget.isVisible():
                        widget.reject()
                    return

        timer = QTimer()
        timer.setInterval(30)
        timer.timeout.connect(poll)
        timer.start()
        pressed = time.monotonic()
        try:
            press()
            # a dialog comes at once, or once the worker read what it shows
            _wait(
                lambda: bool(handled) or (not self.window.ops.busy and time.monotonic() - pressed > DIALOG_WAIT),
                30.0,
            )
        finally:
            timer.stop()
        _settle(self.window)
        return bool(handled)

    def dialog(self, dialog: QDialog, name: str, *, depth: int = 0) -> None:
        if isinstance(dialog, QFileDialog):
            return  # Qt's own file chooser: not the program's screen
        kind = type(dialog).__name__
        name = f"{name}-{_slug(kind)}"
        _settle(self.window, 0.1)
        if isinstance(dialog, QWizard):
            seen: set[int] = set()
            while dialog.currentId() not in seen and len(seen) < MAX_WIZARD_PAGES:
                seen.add(dialog.currentId())
                self._select_first_rows(dialog)
                _settle(self.window)
                self.shoot(dialog, f"{name}-page{len(seen)}", main=False)
                if not dialog.button(QWizard.WizardButton.NextButton).isEnabled():
                    self._tick_first_row(dialog.currentPage())  # the first source debt, say
                dialog.next()
                _settle(self.window, 0.1)
            return
        if isinstance(dialog, QMessageBox):
            self.shoot(dialog, name, main=False)
            return
        self.visit(dialog, name, root=dialog, dialogs=depth + 1)  # its tabs; its own dialogs (Add debt…)


# -- fixtures ----------------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def walk_db_file(demo_db_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One copy of the demo database for the whole walk (the walk closes every dialog unchanged)."""
    copy = tmp_path_factory.mktemp("walk") / "demo.sqlite"
    copy.write_bytes(demo_db_file.read_bytes())
    return copy


@pytest.fixture(scope="module")
def data(walk_db_file: Path) -> list[str]:
    return walk.data_values(walk_db_file)


@pytest.fixture(scope="module")
def walk_db(qapp: QApplication, walk_db_file: Path) -> Iterator[Database]:
    db = Database.open(walk_db_file)
    yield db
    db.close()


@pytest.fixture
def window(qapp: QApplication, walk_db: Database) -> Iterator[MainWindow]:
    """A main window of its own for each walk (what one walk pressed leaves nothing behind for the next), opened
    in Thai as on a first start; an English walk switches it live."""
    make_application()
    set_language("th")
    main = create_main_window(walk_db, Settings(officer="นางสาวพรทิพย์ ใจดี"))
    main.resize(SIZES["1366x697"])
    main.show()
    assert _wait(lambda: main.overview.data is not None, 20.0)
    yield main
    main.ops.wait_idle()
    main.close()
    main.deleteLater()
    QApplication.processEvents()
    set_language("th")


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("language", LANGUAGES)
def test_given_the_demo_when_every_screen_is_walked_then_each_fits_and_speaks_one_language(
    window: MainWindow, data: list[str], language: str, size: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN a screen of this size (what a maximised window gets) and the program in this language
    target = SIZES[size]
    monkeypatch.setattr(fit, "available_area", lambda _widget: QRect(0, 0, target.width() + 16, target.height() + 40))
    set_language(language)
    overview = "ภาพรวม" if language == "th" else "Overview"
    assert _wait(lambda: window.nav.item(0).text() == overview)
    window.set_navigation_collapsed(False)
    window.showNormal()
    window.resize(target)
    _settle(window)
    folder = OUT / f"{language}-{size}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    allowed = Allowed(walk.THAI_UI_ALLOWED if language == "th" else walk.ENGLISH_UI_ALLOWED, data)

    # WHEN every step, tab and dialog is shown
    walker = Walker(window, language=language, size=target, folder=folder, allowed=allowed)
    walker.visit_all()
    window.show_step("overview")
    _settle(window)

    # THEN each was saved, and none has a finding
    (folder / "findings.txt").write_text("\n".join(str(f) for f in walker.findings) + "\n", encoding="utf-8")
    (folder / "findings.tsv").write_text(
        "".join(f"{f.screen}\t{f.widget}\t{f.check}\t{f.module}\t{f.what}\n" for f in walker.findings),
        encoding="utf-8",
    )
    steps = {"overview", *(s.key for s in STEPS)}
    assert steps <= set(walker.shots), f"steps not shown: {steps - set(walker.shots)}"
    assert any("-dialog-" in s for s in walker.shots), "no dialog was opened"
    assert not walker.findings, f"{len(walker.findings)} findings:\n" + "\n".join(str(f) for f in walker.findings)


# -- the checks themselves: each finds what it is for ------------------------------------------------------------------
def _shown(window: QWidget, qtbot: QtBot) -> QWidget:
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    return window


def test_given_a_narrow_header_or_money_column_off_to_the_right_then_the_checks_name_them(
    app: QApplication, qtbot: QtBot
) -> None:
    window = QWidget()
    window.resize(420, 300)
    table = QTableWidget(3, 6, window)
    table.setObjectName("debts")
    table.setGeometry(0, 0, 420, 300)
    table.setHorizontalHeaderLabels(["Name", "Village", "Purpose", "Lender", "Note", "Outstanding (baht)"])
    for row in range(3):
        for column in range(6):
            table.setItem(row, column, QTableWidgetItem("12,500.00" if column == 5 else "text"))
    table.setColumnWidth(0, 30)  # "Name" needs more
    table.setColumnWidth(5, 150)  # its header whole, but past the right edge
    _shown(window, qtbot)

    headers = walk.clipped_headers(window, "t")
    money = walk.hidden_money(window, "t")

    assert [f.what.split("”")[0] for f in headers] == ["header “Name"]
    assert len(money) == 1 and "Outstanding (baht)" in money[0].what and "off to the right" in money[0].what
    # AND a column of amounts under another header is a money column too
    table.setHorizontalHeaderItem(5, QTableWidgetItem("Owed"))
    assert walk.money_columns(table) == [5]
    # WHEN the columns fit THEN nothing is found
    for column in range(5):
        table.setColumnWidth(column, 50)
    table.setColumnWidth(5, 110)
    assert not walk.hidden_money(window, "t")


def test_given_widgets_outside_the_window_or_labels_over_each_other_then_the_checks_name_them(
    app: QApplication, qtbot: QtBot
) -> None:
    window = QWidget()
    window.resize(300, 200)
    inside = QLabel("ยอดคงค้าง", window)
    inside.setGeometry(10, 10, 120, 30)
    over = QLabel("7,840,109", window)
    over.setGeometry(20, 20, 120, 30)  # drawn over the caption
    beyond = QPushButton("บันทึก", window)
    beyond.setGeometry(250, 150, 100, 30)  # past the right edge
    narrow = QPushButton("บันทึกข้อมูลครัวเรือน", window)
    narrow.setGeometry(10, 100, 40, 30)  # its text clipped
    _shown(window, qtbot)

    outside = walk.outside_window(window, "t")
    overlaps = walk.overlapping_labels(window, "t")

    assert len(outside) == 1 and "QPushButton" in outside[0].widget
    assert len(overlaps) == 1 and "ยอดคงค้าง" in overlaps[0].what and "7,840,109" in overlaps[0].what
    assert [f.what.split("”")[0] for f in walk.cut_buttons(window, "t")] == ["button “บันทึกข้อมูลครัวเรือน"]
    # AND a window made larger than the screen names what asks for the room
    window.setMinimumSize(500, 200)
    window.resize(500, 200)
    assert walk.window_too_large(window, "t", QSize(400, 300))
    assert not walk.window_too_large(window, "t", QSize(600, 300))


def test_given_texts_of_the_other_language_then_the_language_check_names_them_and_lets_names_through(
    app: QApplication, qtbot: QtBot
) -> None:
    window = QWidget()
    window.setWindowTitle("ทะเบียน")
    column = QVBoxLayout(window)
    for text in ("Remove household", "ชั้น C · 1HH1C · ไฟล์ Excel (.xlsx)", "นาง\u180eลำดวน จันทร์หอม"):
        column.addWidget(QLabel(text))
    _shown(window, qtbot)

    thai = walk.wrong_language(window, "t", "th", Allowed(walk.THAI_UI_ALLOWED, ["ลำดวน"]))
    english = walk.wrong_language(window, "t", "en", Allowed(walk.ENGLISH_UI_ALLOWED, ["นาง", "ลำดวน", "จันทร์หอม"]))

    assert [f.what.split("”")[0] for f in thai] == ["label “Remove household"]
    assert sorted(f.what.split("”")[0] for f in english) == [
        "label “ชั้น C · 1HH1C · ไฟล์ Excel (.xlsx)",
        "window title “ทะเบียน",
    ]
