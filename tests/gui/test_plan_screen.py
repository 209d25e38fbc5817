"""The debt-management plan by hand: type the committee meeting, add a project with two budget lines typed into the
dialog and see the amounts and the total, go over the 40,000-baht cap and see by how much, be refused approval,
attach a scan of the minutes and print the plan; screenshots at 1366×768."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from cdfi_desktop.app import create_main_window
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.enums import PlanStatus
from cdfi_desktop.settings import Settings
from cdfi_desktop.ui import screens
from cdfi_desktop.ui.main_window import MainWindow
from cdfi_desktop.ui.plan.dialogs import AMOUNT, ITEM, QUANTITY, SPENT, UNIT, UNIT_COST, PlanProjectDialog
from cdfi_desktop.ui.plan.view import PlanScreen
from tests.gui.typing_helpers import type_text

TODAY = date(2027, 11, 20)  # fiscal year 2571: the demo's own years are left alone
FY = 2571


@pytest.fixture
def screen(
    app: QApplication, qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[MainWindow, PlanScreen]]:
    """GIVEN the main window at 1366×768 on a 60-household demo database, showing the plan step in FY 2571."""
    monkeypatch.setitem(screens.SCREENS, "plan", "cdfi_desktop.ui.plan.view:PlanScreen")
    window = create_main_window(demo_db, Settings(officer="นางสาวพรทิพย์ ใจดี"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_step("plan")
    plan = window.stack.currentWidget()
    assert isinstance(plan, PlanScreen)
    qtbot.waitUntil(lambda: plan.institute_id is not None, timeout=15_000)
    plan.today, plan.fiscal_year = TODAY, FY
    plan.retranslate()
    plan.reload()
    qtbot.waitUntil(lambda: plan.loaded and plan.plan is None, timeout=15_000)
    yield window, plan


def press(widget: QWidget, key: Qt.Key) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))


def type_lines(widget: QWidget, lines: list[str]) -> None:
    for index, line in enumerate(lines):
        if index:
            press(widget, Qt.Key.Key_Return)
        type_text(widget, line)


def fill_meeting(qtbot: QtBot, plan: PlanScreen) -> None:
    type_text(plan.date_field.edit, "15/11/2570")
    type_text(plan.place_field.edit, "ศาลาประชาคมหมู่ที่ 3")
    type_lines(
        plan.attendees_edit,
        ["นายสมชาย ใจดี ประธานคณะกรรมการสถาบัน", "นางสมศรี มีสุข เลขานุการ", "นายบุญมี รักถิ่น กรรมการ"],
    )
    type_text(plan.minutes_edit, "ที่ประชุมมีมติคัดเลือกโครงการส่งเสริมอาชีพเพื่อเพิ่มรายได้ของครัวเรือนเป้าหมาย")
    assert plan.save_meeting_button.isEnabled()
    qtbot.mouseClick(plan.save_meeting_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: plan.plan is not None, timeout=15_000)


def open_dialog(qtbot: QtBot, plan: PlanScreen) -> PlanProjectDialog:
    qtbot.mouseClick(plan.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: plan.project_dialog is not None and plan.project_dialog.isVisible(), timeout=15_000)
    dialog = plan.project_dialog
    assert dialog is not None
    return dialog


def type_line(dialog: PlanProjectDialog, row: int, item: str, quantity: str, unit: str, cost: str) -> None:
    for column, text in ((ITEM, item), (UNIT, unit), (UNIT_COST, cost)):
        type_text(dialog.editor(row, column), text)
    quantity_edit = dialog.editor(row, QUANTITY)
    quantity_edit.selectAll()
    type_text(quantity_edit, quantity)


def save_dialog(qtbot: QtBot, plan: PlanScreen, dialog: PlanProjectDialog, projects: int) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)
    qtbot.waitUntil(lambda: plan.plan is not None and len(plan.plan.projects) == projects, timeout=15_000)


def test_GIVEN_the_plan_screen_WHEN_the_meeting_and_a_project_are_typed_THEN_amounts_totals_and_the_cap_show(
    screen: tuple[MainWindow, PlanScreen], qtbot: QtBot, tmp_path: Path, artifacts_dir: Path
) -> None:
    window, plan = screen
    assert not plan.print_button.isEnabled() and not plan.attach_button.isEnabled()
    fill_meeting(qtbot, plan)
    assert plan.plan is not None
    assert plan.plan.meeting_date == date(2027, 11, 15)
    assert plan.plan.attendees == (
        "นายสมชาย ใจดี ประธานคณะกรรมการสถาบัน",
        "นางสมศรี มีสุข เลขานุการ",
        "นายบุญมี รักถิ่น กรรมการ",
    )

    # WHEN a project with two budget lines is typed
    dialog = open_dialog(qtbot, plan)
    type_text(dialog.name_field.edit, "ส่งเสริมอาชีพเลี้ยงไก่ไข่")
    type_text(dialog.objective_edit, "ให้ครัวเรือนเป้าหมายมีรายได้เสริมจากการขายไข่ไก่")
    type_text(dialog.households_field.edit, "12")
    type_text(dialog.start_field.edit, "1/12/2570")
    type_text(dialog.end_field.edit, "31/5/2571")
    type_line(dialog, 0, "พันธุ์ไก่ไข่", "120", "ตัว", "150")
    assert dialog.editor(0, AMOUNT).text() == "18,000.00"
    qtbot.mouseClick(dialog.add_line_button, Qt.MouseButton.LeftButton)
    type_line(dialog, 1, "อาหารไก่", "20", "กระสอบ", "425.50")
    assert dialog.editor(1, AMOUNT).text() == "8,510.00"
    assert "26,510.00" in dialog.total_label.text()
    assert dialog.cap_label.property("state") == "within"
    (artifacts_dir / "screens").mkdir(exist_ok=True)
    qtbot.wait(50)  # let the layout follow the texts typed
    assert dialog.grab().save(str(artifacts_dir / "screens" / "plan-project-dialog.png"))
    save_dialog(qtbot, plan, dialog, 1)

    # THEN the project, its lines and the total against the cap show
    assert plan.plan is not None
    (project,) = plan.plan.projects
    assert [(line.item, line.amount) for line in project.lines] == [
        ("พันธุ์ไก่ไข่", Decimal("18000.00")),
        ("อาหารไก่", Decimal("8510.00")),
    ]
    assert project.households_served == 12 and project.end_date == date(2028, 5, 31)
    assert plan.model.rowCount() == 1 and plan.model.item(0, 1).text() == "ส่งเสริมอาชีพเลี้ยงไก่ไข่"
    assert "26,510.00" in plan.totals.text() and "40,000.00" in plan.totals.text()
    assert plan.totals.property("state") == "within"
    plan.select_project(project.id)
    assert "อาหารไก่" in plan.lines_label.text()

    # WHEN a second project takes the plan over the cap
    dialog = open_dialog(qtbot, plan)
    type_text(dialog.name_field.edit, "ธนาคารปุ๋ยอินทรีย์")
    type_line(dialog, 0, "เครื่องบดปุ๋ยอินทรีย์", "1", "เครื่อง", "15,000")
    assert dialog.cap_label.property("state") == "over"
    assert "1,510.00" in dialog.cap_label.text()
    save_dialog(qtbot, plan, dialog, 2)  # a draft may go over
    # THEN the totals bar turns red and says by how much
    assert plan.totals.property("state") == "over"
    assert "41,510.00" in plan.totals.text() and "1,510.00" in plan.totals.text()
    assert "เกินวงเงิน" in plan.totals.text()

    # WHEN the officer approves the plan over the cap THEN it is refused and stays a draft
    approved = plan.status_combo.findData(PlanStatus.APPROVED.value)
    plan.status_combo.setCurrentIndex(approved)
    plan.status_combo.activated.emit(approved)
    qtbot.waitUntil(plan.problem.isVisible, timeout=15_000)
    assert "อนุมัติหรือเสนอแผนไม่ได้" in plan.problem.text() and "1,510.00" in plan.problem.text()
    qtbot.waitUntil(lambda: plan.status_combo.currentData() == PlanStatus.DRAFT.value, timeout=15_000)
    assert plan.plan is not None and plan.plan.status is PlanStatus.DRAFT

    # Attach a scan of the minutes, and print
    scan = tmp_path / "รายงานการประชุม.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    plan.attach(scan)
    qtbot.waitUntil(lambda: plan.files.count() == 1, timeout=15_000)
    assert plan.files.item(0).text() == scan.name
    plan.files.setCurrentRow(0)
    opened: list[Path] = []
    plan.opener = opened.append
    qtbot.mouseClick(plan.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=15_000)
    assert opened[0].read_bytes() == scan.read_bytes()

    plan.select_project(plan.plan.projects[0].id)
    qtbot.wait(50)
    window.grab().save(str(artifacts_dir / "screens" / "plan-th.png"))
    out = tmp_path / "printed"
    plan.print_reports(out)
    qtbot.waitUntil(lambda: bool(plan.printed), timeout=30_000)
    assert sorted(p.suffix for p in plan.printed) == [".pdf", ".xlsx"]
    assert all(p.exists() and p.stat().st_size > 0 for p in plan.printed)


def test_GIVEN_a_project_dialog_WHEN_a_line_is_wrong_THEN_save_refuses_at_the_line(
    screen: tuple[MainWindow, PlanScreen], qtbot: QtBot
) -> None:
    _window, plan = screen
    fill_meeting(qtbot, plan)
    dialog = open_dialog(qtbot, plan)
    type_text(dialog.start_field.edit, "1/3/2571")
    type_text(dialog.end_field.edit, "1/2/2571")
    type_line(dialog, 0, "อาหารไก่", "-2", "กระสอบ", "425.50")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.problem.isVisible() and "1" in dialog.problem.text()
    assert dialog.editor(0, QUANTITY).property("state") == "error"
    # the quantity put right, the name and the dates are judged
    quantity = dialog.editor(0, QUANTITY)
    quantity.selectAll()
    type_text(quantity, "2")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.name_field.has_error and dialog.end_field.has_error
    # spending above the line's amount is marked as a warning while typing
    type_text(dialog.editor(0, SPENT), "2,000")
    assert dialog.editor(0, AMOUNT).text() == "851.00"
    assert dialog.editor(0, SPENT).property("state") == "warning"
    dialog.reject()
    assert plan.plan is not None and plan.plan.projects == ()


def test_GIVEN_a_held_meeting_WHEN_dated_in_the_future_THEN_the_date_field_says_so(
    screen: tuple[MainWindow, PlanScreen], qtbot: QtBot
) -> None:
    _window, plan = screen
    type_text(plan.date_field.edit, "10/12/2570")
    type_text(plan.attendees_edit, "นายสมชาย ใจดี")
    qtbot.mouseClick(plan.save_meeting_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: plan.date_field.has_error, timeout=15_000)
    assert "ยังไม่ถึง" in plan.date_field.problem.text()
    assert plan.plan is None


def test_GIVEN_no_plan_yet_WHEN_a_project_is_added_THEN_the_meeting_is_saved_first_and_the_dialog_opens(
    screen: tuple[MainWindow, PlanScreen], qtbot: QtBot
) -> None:
    _window, plan = screen
    type_text(plan.date_field.edit, "15/11/2570")
    dialog = open_dialog(qtbot, plan)
    assert plan.plan is not None and plan.plan.meeting_date == date(2027, 11, 15)
    type_text(dialog.name_field.edit, "อบรมการทำบัญชีครัวเรือน")
    type_line(dialog, 0, "สมุดบัญชีครัวเรือน", "30", "เล่ม", "35")
    save_dialog(qtbot, plan, dialog, 1)
    assert "1,050.00" in plan.totals.text()


@pytest.mark.parametrize("language", ["th", "en"])
def test_GIVEN_the_demo_plan_on_a_laptop_window_THEN_budget_and_spent_are_in_view_and_headers_whole(
    screen: tuple[MainWindow, PlanScreen], qtbot: QtBot, artifacts_dir: Path, language: str
) -> None:
    from cdfi_desktop.ui.i18n import set_language
    from tests.gui.test_targets_screen import assert_register_fits

    window, plan = screen
    plan.today, plan.fiscal_year = date(2026, 11, 20), 2570  # the demo's plan with its three projects
    plan.reload()
    qtbot.waitUntil(lambda: plan.plan is not None and plan.model.rowCount() == 3, timeout=15_000)
    set_language(language)
    for width, height in ((1366, 697), (1920, 1040)):
        window.resize(width, height)
        qtbot.waitUntil(lambda: not plan.table.horizontalScrollBar().isVisible(), timeout=5_000)
        assert_register_fits(plan.table)
        (artifacts_dir / "screens").mkdir(exist_ok=True)
        window.grab().save(str(artifacts_dir / "screens" / f"plan-{language}-{width}x{height}.png"))


def test_GIVEN_an_empty_database_THEN_the_plan_offers_the_institute_and_its_buttons_say_why(
    app: QApplication, qtbot: QtBot, empty_db: Database
) -> None:
    from cdfi_desktop.ui.ops import Ops
    from cdfi_desktop.ui.overview import first_steps

    plan = PlanScreen(Ops(empty_db), today=TODAY)
    qtbot.addWidget(plan)
    plan.show()
    qtbot.waitUntil(lambda: plan.loaded, timeout=15_000)
    assert plan.stack.is_empty() and plan.stack.empty.action.text() == first_steps.create_institute_action()
    assert not plan.add_button.isEnabled() and plan.add_button.toolTip() == first_steps.why_no_institute()
    assert not plan.print_button.isEnabled() and plan.print_button.toolTip()
