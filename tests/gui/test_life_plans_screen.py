"""The life-plans screen: the target households of the demo's fiscal year, writing a household's plan in the dialog
(goals, items, savings target), editing it again, adding a follow-up visit, printing; screenshots at 1366×768."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.enums import LifePlanItemKind, PlanStatus
from cdfi_desktop.services import life_plans as lp
from cdfi_desktop.ui.life_plans.dialogs import AMOUNT_COLUMN, DATE_COLUMN, DESCRIPTION_COLUMN, KIND_COLUMN
from cdfi_desktop.ui.life_plans.view import LifePlansScreen
from cdfi_desktop.ui.ops import Ops
from cdfi_desktop.ui.widgets.thai_text import plain
from tests.gui.typing_helpers import type_text

TODAY = date(2027, 3, 10)  # fiscal year 2570, the demo's target list


@pytest.fixture
def screen(app: QApplication, qtbot: QtBot, demo_db: Database) -> Iterator[LifePlansScreen]:
    ops = Ops(demo_db)
    widget = LifePlansScreen(ops, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitUntil(lambda: bool(widget.rows), timeout=15_000)
    yield widget
    ops.wait_idle()
    QApplication.processEvents()  # deliver what is still queued while the widget lives


def set_cell(dialog_table: object, row: int, column: int, text: str) -> None:
    from PySide6.QtWidgets import QTableWidget

    assert isinstance(dialog_table, QTableWidget)
    item = dialog_table.item(row, column)
    assert item is not None
    item.setText(text)


def test_GIVEN_the_target_households_WHEN_writing_editing_and_visiting_a_plan_THEN_it_is_saved_and_shown(
    screen: LifePlansScreen, qtbot: QtBot, demo_db: Database, artifacts_dir: Path, tmp_path: Path
) -> None:
    assert screen.rows[0].plan_id is not None  # the demo's households with a contract have their plans
    free = next(r for r in screen.rows if r.plan_id is None)
    assert screen.select_household(free.household_id)
    row = screen.current_row()
    assert row is not None and row.household_id == free.household_id and row.rank > 1
    assert not screen.visit_button.isEnabled()

    qtbot.mouseClick(screen.edit_button, Qt.MouseButton.LeftButton)
    dialog = screen.plan_dialog
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.goals, "ปลดหนี้นอกระบบภายในสองปี")
    dialog.savings.edit.clear()
    type_text(dialog.savings.edit, "500")
    dialog.status.setCurrentIndex(dialog.status.findData(PlanStatus.APPROVED.value))
    first = dialog.add_item(LifePlanItemKind.INCOME)
    set_cell(dialog.items, first, DESCRIPTION_COLUMN, "ปลูกผักขายตลาดนัด")
    set_cell(dialog.items, first, AMOUNT_COLUMN, "1,500")
    set_cell(dialog.items, first, DATE_COLUMN, "1/3/2570")
    second = dialog.add_item(LifePlanItemKind.INCOME)
    combo = dialog.items.cellWidget(second, KIND_COLUMN)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(LifePlanItemKind.ACTIVITY.value))
    set_cell(dialog.items, second, DESCRIPTION_COLUMN, "อบรมการทำบัญชีครัวเรือน")
    set_cell(dialog.items, second, DATE_COLUMN, "15/2/2570")
    (artifacts_dir / "screens").mkdir(exist_ok=True)
    assert dialog.grab().save(str(artifacts_dir / "screens" / "life-plan-dialog.png"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)
    qtbot.waitUntil(lambda: screen.plan is not None and screen.plan.household_id == row.household_id, timeout=15_000)

    with demo_db.session() as session:
        saved = lp.life_plan(session, household_id=row.household_id, fiscal_year=2570)
    assert saved is not None
    assert saved.goals == "ปลดหนี้นอกระบบภายในสองปี" and saved.savings_target_monthly == Decimal("500.00")
    assert saved.status is PlanStatus.APPROVED and saved.made_on == TODAY
    assert [(i.kind, i.description, i.amount_monthly, i.target_date) for i in saved.items] == [
        (LifePlanItemKind.INCOME, "ปลูกผักขายตลาดนัด", Decimal("1500.00"), date(2027, 3, 1)),
        (LifePlanItemKind.ACTIVITY, "อบรมการทำบัญชีครัวเรือน", None, date(2027, 2, 15)),
    ]
    assert "ปลูกผักขายตลาดนัด" in plain(screen.detail.toPlainText())

    # edit again: the dialog opens with the saved plan, a wrong date is named with its item number
    qtbot.mouseClick(screen.edit_button, Qt.MouseButton.LeftButton)
    again = screen.plan_dialog
    assert again is not None and again is not dialog and again.items.rowCount() == 2
    set_cell(again.items, 0, DATE_COLUMN, "31/2/2570")
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    assert again.problem.isVisible() and again.isVisible()
    set_cell(again.items, 0, DATE_COLUMN, "1/4/2570")
    set_cell(again.items, 0, AMOUNT_COLUMN, "2,000")
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not again.isVisible(), timeout=15_000)

    qtbot.waitUntil(screen.visit_button.isEnabled, timeout=15_000)
    qtbot.mouseClick(screen.visit_button, Qt.MouseButton.LeftButton)
    visit = screen.visit_dialog
    assert visit is not None
    type_text(visit.savings.edit, "1000")
    type_text(visit.note, "เริ่มขายผักได้แล้ว")
    qtbot.mouseClick(visit.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not visit.isVisible(), timeout=15_000)
    qtbot.waitUntil(  # the list, then its plan
        lambda: any(r.household_id == row.household_id and r.follow_ups == 1 for r in screen.rows), timeout=15_000
    )
    qtbot.waitUntil(lambda: screen.plan is not None and len(screen.plan.follow_ups) == 1, timeout=15_000)
    plan = screen.plan
    assert plan is not None
    assert plan.items[0].amount_monthly == Decimal("2000.00") and plan.status is PlanStatus.IN_PROGRESS
    assert "เริ่มขายผักได้แล้ว" in plain(screen.detail.toPlainText())
    shown = screen.current_row()
    assert shown is not None and shown.follow_ups == 1 and shown.last_visit == TODAY
    assert screen.grab().save(str(artifacts_dir / "screens" / "life-plans.png"))

    screen.print_plans(tmp_path, only_chosen=True)
    qtbot.waitUntil(lambda: bool(screen.printed), timeout=30_000)
    assert screen.printed[0].suffix == ".pdf" and screen.printed[0].stat().st_size > 1000


def test_GIVEN_a_visit_dated_in_the_future_WHEN_saving_THEN_the_dialog_stays_open_with_the_reason(
    screen: LifePlansScreen, qtbot: QtBot, demo_db: Database
) -> None:
    row = screen.current_row()
    assert row is not None
    from cdfi_desktop.services.uow import UnitOfWork

    with UnitOfWork(demo_db) as uow:
        lp.save_life_plan(uow, lp.LifePlanForm(household_id=row.household_id, fiscal_year=2570, made_on=TODAY))
    screen.reload()
    qtbot.waitUntil(lambda: screen.current_row() is not None and screen.current_row().plan_id is not None)  # type: ignore[union-attr]
    screen.add_visit()
    visit = screen.visit_dialog
    assert visit is not None
    visit.visited_on.edit.clear()
    type_text(visit.visited_on.edit, "11/3/2570")
    qtbot.mouseClick(visit.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(visit.problem.isVisible, timeout=15_000)
    assert visit.isVisible()
    visit.reject()
