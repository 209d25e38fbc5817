"""The training screen: a 4-day course for 30 participants recorded by clicking the attendance grid."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.enums import AttendanceStatus
from cdfi_desktop.services import training as tr
from cdfi_desktop.ui.ops import Ops
from cdfi_desktop.ui.training.view import TrainingScreen

FY = 2571  # the demo database has its own finished course in 2570
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "screens"


def select_targets(db: Database, count: int) -> list[str]:
    """GIVEN a target selection of ``count`` households for the fiscal year (made here, not by the targets screen)."""
    with db.session() as session, session.begin():
        institute_id = session.scalars(select(m.Institute.id)).one()
        households = session.scalars(
            select(m.Household.id)
            .where(m.Household.institute_id == institute_id)
            .order_by(m.Household.code)
            .limit(count)
        ).all()
        selection = m.TargetSelection(institute_id=institute_id, fiscal_year=FY)
        session.add(selection)
        session.flush()
        for rank, household_id in enumerate(households, start=1):
            session.add(m.TargetHousehold(selection_id=selection.id, household_id=household_id, rank=rank))
    return list(households)


def settle(qtbot: QtBot, ops: Ops, screen: TrainingScreen) -> None:
    qtbot.waitUntil(lambda: not ops.busy and not screen.saving, timeout=20_000)


def click_cell(qtbot: QtBot, screen: TrainingScreen, row: int, column: int, times: int = 1) -> None:
    index = screen.model.index(row, column)
    screen.grid.scrollTo(index)
    center = screen.grid.visualRect(index).center()
    for _ in range(times):
        qtbot.mouseClick(screen.grid.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(center))


# Clicks on a blank cell: 1 present, 2 late, 3 absent, 4 on leave.
PRESENT, LATE, ABSENT, LEAVE = 1, 2, 3, 4
CLICKS_STATUS = {
    PRESENT: AttendanceStatus.PRESENT,
    LATE: AttendanceStatus.LATE,
    ABSENT: AttendanceStatus.ABSENT,
    LEAVE: AttendanceStatus.LEAVE,
}


def plan(row: int) -> list[int]:
    """Who comes when: most come every day; every fifth misses day 2 (absent), every seventh is late on day 3,
    every eleventh is on leave on day 4."""
    days = [PRESENT] * 4
    if row % 5 == 4:
        days[1] = ABSENT
    if row % 7 == 3:
        days[2] = LATE
    if row % 11 == 6:
        days[3] = LEAVE
    return days


def test_given_30_target_households_when_attendance_is_clicked_in_then_completion_follows(
    app: QApplication, qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    select_targets(demo_db, 30)
    ops = Ops(demo_db)
    screen = TrainingScreen(ops)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    qtbot.waitExposed(screen)
    screen.set_fiscal_year(FY)
    settle(qtbot, ops, screen)
    assert screen.course is None and screen.tabs.currentIndex() == 1

    # WHEN the officer saves the course with the profile's 4 days, then adds the target households
    for row, day in enumerate(("10 ม.ค. 2571", "11 ม.ค. 2571", "12 ม.ค. 2571", "13 ม.ค. 2571")):
        screen.days_table.item(row, 1).setText(day)
    screen.venue_edit.setText("ศาลาประชาคมหมู่ที่ 3")
    qtbot.mouseClick(screen.save_course, Qt.MouseButton.LeftButton)
    settle(qtbot, ops, screen)
    assert screen.course is not None and len(screen.course.days) == 4
    assert screen.tabs.currentIndex() == 0
    qtbot.mouseClick(screen.add_targets, Qt.MouseButton.LeftButton)
    settle(qtbot, ops, screen)
    assert screen.model.rowCount() == 30

    # ... and clicks every day cell of every participant
    first_day = screen.model.day_column(0)
    for row in range(30):
        for day_index, clicks in enumerate(plan(row)):
            click_cell(qtbot, screen, row, first_day + day_index, times=clicks)
    settle(qtbot, ops, screen)

    # THEN the grid, the summary and the database agree on who completed (all 4 days; late counts)
    expected = [all(c in (PRESENT, LATE) for c in plan(row)) for row in range(30)]
    assert [screen.model.completed(row) for row in range(30)] == expected
    assert screen.model.completed_count() == sum(expected)
    assert f"{sum(expected)} " in screen.summary.text()
    with demo_db.session() as session:
        grid = tr.attendance_grid(session, screen.course.id)
    assert [p.completed for p in grid.participants] == expected
    assert [[mk.status if mk else None for mk in p.marks] for p in grid.participants] == [
        [CLICKS_STATUS[c] for c in plan(row)] for row in range(30)
    ]
    assert (
        grid.completed == sum(expected) == 30 - sum(1 for row in range(30) if ABSENT in plan(row) or LEAVE in plan(row))
    )

    # The grid as the officer sees it, at the laptop size the app is made for.
    screen.grid.scrollToTop()
    app.processEvents()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    assert screen.grab().save(str(ARTIFACTS / "training-attendance-1366x768.png"))

    # The sign-in sheets print from the screen: one page a day for 30 names.
    path = tmp_path / "sign-in.pdf"
    screen.write_paper(path, kind="sign-in")
    qtbot.waitUntil(lambda: screen.last_written == path, timeout=20_000)
    for box in app.topLevelWidgets():  # the "saved" message
        if box.isVisible() and box is not screen:
            box.close()
    assert path.read_bytes().startswith(b"%PDF")
    ops.wait_idle()


def test_given_a_marked_cell_when_clicked_through_the_cycle_then_it_comes_back_blank(
    app: QApplication, qtbot: QtBot, demo_db: Database
) -> None:
    ops = Ops(demo_db)
    screen = TrainingScreen(ops)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    screen.set_fiscal_year(FY)
    settle(qtbot, ops, screen)
    qtbot.mouseClick(screen.save_course, Qt.MouseButton.LeftButton)
    settle(qtbot, ops, screen)
    screen.add_participant("นางสมศรี มาร่วม")
    settle(qtbot, ops, screen)
    assert screen.model.participant(0).household_id is None
    column = screen.model.day_column(1)
    seen = []
    for _ in range(5):
        click_cell(qtbot, screen, 0, column)
        mark = screen.model.mark_at(0, 1)
        seen.append(mark.status if mark else None)
    settle(qtbot, ops, screen)
    assert seen == [
        AttendanceStatus.PRESENT,
        AttendanceStatus.LATE,
        AttendanceStatus.ABSENT,
        AttendanceStatus.LEAVE,
        None,
    ]
    # A note on a leave day, through the same path the right-click menu takes.
    screen.set_mark(0, 1, AttendanceStatus.LEAVE, "ป่วย")
    settle(qtbot, ops, screen)
    with demo_db.session() as session:
        grid = tr.attendance_grid(session, screen.course.id)  # type: ignore[union-attr]
    assert grid.participants[0].marks[1] == tr.Mark(AttendanceStatus.LEAVE, "ป่วย")
    assert screen.model.mark_at(0, 1) == tr.Mark(AttendanceStatus.LEAVE, "ป่วย")


@pytest.mark.parametrize("language", ["th"])
def test_given_the_demo_course_then_the_grid_shows_it_with_who_completed(
    app: QApplication, qtbot: QtBot, demo_db: Database, language: str
) -> None:
    ops = Ops(demo_db)
    screen = TrainingScreen(ops)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    screen.set_fiscal_year(2570)
    settle(qtbot, ops, screen)
    assert screen.course is not None
    with demo_db.session() as session:
        grid = tr.attendance_grid(session, screen.course.id)
    assert screen.model.rowCount() == len(grid.participants)
    assert screen.model.completed_count() == grid.completed


def test_given_an_empty_database_then_training_offers_the_institute_and_its_buttons_say_why(
    app: QApplication, qtbot: QtBot, empty_db: Database
) -> None:
    from cdfi_desktop.ui.overview import first_steps

    screen = TrainingScreen(Ops(empty_db))
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.loaded is not None, timeout=15_000)
    assert screen.stack.is_empty() and screen.stack.empty.action.text() == first_steps.create_institute_action()
    for button in (screen.add_targets, screen.add_person, screen.print_sheets, screen.save_course):
        assert not button.isEnabled() and button.toolTip() == first_steps.why_no_institute()


def test_given_a_day_typed_in_thai_when_the_language_changes_then_it_shows_and_saves_in_the_era_of_the_screen(
    app: QApplication, qtbot: QtBot, demo_db: Database
) -> None:
    from datetime import date

    from cdfi_desktop.ui.i18n import set_language

    ops = Ops(demo_db)
    screen = TrainingScreen(ops)
    qtbot.addWidget(screen)
    screen.show()
    screen.set_fiscal_year(FY)
    settle(qtbot, ops, screen)
    cell = screen.days_table.item(0, 1)
    assert cell is not None
    cell.setText("10/01/2571")  # B.E., as the Thai screen types it
    assert screen.day_forms()[0].held_on == date(2028, 1, 10)
    set_language("en")
    # THEN the English screen shows the same day in C.E., labelled, and reads it back as that day
    qtbot.waitUntil(lambda: cell.text() == "10/01/2028", timeout=5_000)
    assert screen.days_table.horizontalHeaderItem(1).text() == "Date (dd/mm/yyyy)"  # type: ignore[union-attr]
    assert screen.day_forms()[0].held_on == date(2028, 1, 10)
    cell.setText("11/01/2028")
    assert screen.day_forms()[0].held_on == date(2028, 1, 11)
    set_language("th")
    qtbot.waitUntil(lambda: cell.text() == "11/01/2571", timeout=5_000)
