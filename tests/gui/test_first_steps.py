"""An empty database's first steps, as a new officer takes them: "No" to the demo, the overview offering to create
the institute, the institute typed in, a first household typed into the register (register no. 1, its debts the
head's), and a first workbook imported from the registers' empty state."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from cdfi_desktop.app import create_main_window
from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.settings import Settings
from cdfi_desktop.ui import demo_offer
from cdfi_desktop.ui.institute.form import ChoiceField
from cdfi_desktop.ui.institute.view import InstituteScreen
from cdfi_desktop.ui.main_window import MainWindow
from cdfi_desktop.ui.registers.debt_dialog import DebtDialog
from cdfi_desktop.ui.registers.household_dialog import HouseholdDialog
from cdfi_desktop.ui.registers.import_dialog import PAGE_DONE, PAGE_MAPPING, PAGE_PREVIEW, ImportDialog
from cdfi_desktop.ui.registers.view import RegistersScreen
from cdfi_desktop.ui.widgets import dialogs
from cdfi_desktop.ui.widgets.fields import Field
from tests.gui.typing_helpers import type_text
from tests.support.workbooks import register_workbook

CLICK = Qt.MouseButton.LeftButton
LAPTOP = (1366, 697)


def type_into(qtbot: QtBot, field: Field, text: str) -> None:
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClick(field.edit, Qt.Key.Key_Backspace)
    type_text(field.edit, text)
    field.edit.editingFinished.emit()


def choose(field: ChoiceField, text: str) -> None:
    field.combo.setFocus()
    type_text(field.combo, text)
    assert field.combo.currentText() == text


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isEnabled(), f"{widget.objectName() or type(widget).__name__} is disabled"
    qtbot.mouseClick(widget, CLICK)


def households(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(m.Household).where(m.Household.deleted_at.is_(None)))


@pytest.fixture
def window(app: QApplication, qtbot: QtBot, empty_db: Database, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    asked: list[str] = []

    def no(_parent: object, _title: str, text: str) -> bool:
        asked.append(text)
        return False

    monkeypatch.setattr(dialogs, "ask", no)
    main = create_main_window(empty_db, Settings(officer="นางสาวพรทิพย์ ใจดี"))
    qtbot.addWidget(main)
    main.resize(*LAPTOP)
    main.show()
    qtbot.waitExposed(main)
    demo_offer.offer_demo(main)
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)  # the demo was offered, and the officer said no
    qtbot.waitUntil(lambda: main.overview.data is not None, timeout=10_000)
    return main


def test_given_an_empty_database_when_the_demo_is_declined_then_each_screen_offers_the_step_that_fills_it(
    window: MainWindow, qtbot: QtBot, empty_db: Database, tmp_path: Path, artifacts_dir: Path
) -> None:
    overview = window.overview
    # THEN the overview shows no empty table but the one action that fills it
    assert overview.stack.is_empty()
    assert not overview.funds.isVisible()
    assert overview.stack.empty.action.isVisible()
    assert overview.stack.empty.action.text() == "บันทึกข้อมูลสถาบัน…"
    window.grab().save(str(artifacts_dir / "first_steps_overview_th.png"))

    # AND the registers say why Add and Import wait, and offer the same step
    window.show_step("registers")
    registers = window.stack.currentWidget()
    assert isinstance(registers, RegistersScreen)
    qtbot.waitUntil(lambda: registers.loaded, timeout=10_000)
    assert registers.stack.is_empty()
    for button in (registers.add_household, registers.import_button):
        assert not button.isEnabled()
        assert "บันทึกข้อมูลสถาบันก่อน" in button.toolTip()
    window.grab().save(str(artifacts_dir / "first_steps_registers_th.png"))

    # WHEN the officer follows the overview's action THEN the institute step opens on its new-institute form
    window.show_step("overview")
    click(qtbot, overview.stack.empty.action)
    institute = window.stack.currentWidget()
    assert isinstance(institute, InstituteScreen)
    qtbot.waitUntil(lambda: institute.data is not None, timeout=10_000)
    assert institute.creating
    details = institute.details
    type_into(qtbot, details.name, "สถาบันการจัดการเงินทุนชุมชนตำบลในเมือง")
    choose(details.level, "ระดับตำบล")
    choose(details.cohort, "สถาบันจัดตั้งใหม่")
    type_into(qtbot, details.founding_date, "1/11/2569")
    choose(details.province_code, "ขอนแก่น")
    choose(details.district_code, "เมืองขอนแก่น")
    choose(details.subdistrict_code, "ในเมือง")
    before = institute.load_count
    click(qtbot, details.save_button)
    qtbot.waitUntil(lambda: institute.load_count > before and institute.institute_id is not None, timeout=10_000)

    # THEN the overview's empty state moves on to the registers' first step
    qtbot.waitUntil(lambda: bool(overview.data), timeout=10_000)
    assert overview.stack.empty.action.text() == "นำเข้าทะเบียนจาก Excel…"

    # WHEN the first household is typed in THEN it gets register no. 1 and its debt is the head's
    window.show_step("registers")
    qtbot.waitUntil(lambda: registers.institute_id is not None and registers.households.total == 0, timeout=10_000)
    assert registers.add_household.isEnabled() and registers.import_button.isEnabled()
    assert registers.stack.is_empty()
    assert registers.stack.empty.action.text() == "นำเข้าทะเบียนจาก Excel…"
    click(qtbot, registers.add_household)
    dialog = registers.household_dialog
    assert isinstance(dialog, HouseholdDialog)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10_000)
    type_into(qtbot, dialog.house_no, "1")
    dialog.tabs.setCurrentIndex(1)
    click(qtbot, dialog.add_member)
    type_into(qtbot, dialog.m_first, "บุญมา")
    type_into(qtbot, dialog.m_last, "มีสุข")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.code.text() == "00001", timeout=10_000)
    dialog.tabs.setCurrentIndex(3)
    qtbot.waitUntil(dialog.add_debt.isEnabled, timeout=10_000)
    click(qtbot, dialog.add_debt)
    debt = dialog.debt_dialog
    assert isinstance(debt, DebtDialog)
    qtbot.addWidget(debt)
    assert debt.debtor.currentText() == "นายบุญมา มีสุข"
    debt.reject()
    dialog.reject()
    qtbot.waitUntil(lambda: registers.households.total == 1, timeout=10_000)
    assert not registers.stack.is_empty()

    # WHEN a first workbook is imported from the registers THEN its households join the register
    workbook = tmp_path / "ทะเบียนลูกหนี้.xlsx"
    register_workbook(workbook, households=3, first=1, creditor="ธ.ก.ส. สาขาเมือง")
    click(qtbot, registers.import_button)
    wizard = registers.import_dialog
    assert isinstance(wizard, ImportDialog)
    qtbot.addWidget(wizard)
    wizard.path_edit.setText(str(workbook))
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == PAGE_MAPPING, timeout=10_000)
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == PAGE_PREVIEW, timeout=20_000)
    assert wizard.tile_values["new"].text() == "6"
    click(qtbot, wizard.import_button)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == PAGE_DONE, timeout=20_000)
    qtbot.waitUntil(lambda: registers.households.total == 4, timeout=10_000)
    assert households(empty_db) == 4
    window.grab().save(str(artifacts_dir / "first_steps_registers_filled_th.png"))


def test_given_an_empty_province_database_when_the_app_starts_then_no_demo_is_offered(
    app: QApplication, qtbot: QtBot, empty_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cdfi_desktop.sync import keys

    keys.init_province(empty_db, name="จังหวัดศรีสะเกษ")
    asked: list[str] = []

    def ask(_parent: object, _title: str, text: str) -> bool:
        asked.append(text)
        return False

    monkeypatch.setattr(dialogs, "ask", ask)
    main = create_main_window(empty_db, Settings(officer="นายประจักษ์ ตรวจดี"))
    qtbot.addWidget(main)
    assert demo_offer._count(empty_db) is None  # a province's institutes come from the laptops, never the demo
    demo_offer.offer_demo(main)
    assert main.ops.wait_idle()
    qtbot.wait(200)
    assert not asked
