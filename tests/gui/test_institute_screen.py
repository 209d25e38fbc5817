"""The Institute screen driven like an officer: create an institute by typing, change a fund's lending limit,
add and remove a committee member, and see invalid input refused at its field in Thai with nothing saved."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cdfi_desktop.app import create_main_window
from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.enums import ActivityStatus, Cohort, CommitteeRole, InstituteLevel
from cdfi_desktop.messages import message
from cdfi_desktop.services import institute as service
from cdfi_desktop.services.uow import UnitOfWork
from cdfi_desktop.settings import Settings
from cdfi_desktop.ui.i18n import set_language
from cdfi_desktop.ui.institute.dialogs import ActivityDialog, CommitteeDialog, FundDialog
from cdfi_desktop.ui.institute.form import ChoiceField
from cdfi_desktop.ui.institute.view import InstituteScreen
from cdfi_desktop.ui.main_window import MainWindow
from cdfi_desktop.ui.ops import Ops
from cdfi_desktop.ui.widgets.fields import Field
from tests.gui.typing_helpers import type_text
from tests.support.demo_states import founding_not_done_yet

LAPTOP = (1366, 768)
CLICK = Qt.MouseButton.LeftButton


@dataclass
class Shown:
    screen: InstituteScreen
    db: Database


def _open_screen(qtbot: QtBot, db: Database) -> InstituteScreen:
    screen = InstituteScreen(Ops(db))
    qtbot.addWidget(screen)
    screen.resize(1070, 650)  # the content area of the main window on a 1366×768 laptop
    screen.show()
    qtbot.waitUntil(lambda: screen.data is not None, timeout=10_000)
    return screen


@pytest.fixture
def demo(app: QApplication, qtbot: QtBot, demo_db: Database) -> Iterator[Shown]:
    screen = _open_screen(qtbot, demo_db)
    yield Shown(screen, demo_db)
    screen.ops.wait_idle()


@pytest.fixture
def empty(app: QApplication, qtbot: QtBot, empty_db: Database) -> Iterator[Shown]:
    screen = _open_screen(qtbot, empty_db)
    yield Shown(screen, empty_db)
    screen.ops.wait_idle()


def type_into(qtbot: QtBot, field: Field, text: str) -> None:
    """Select all, type like an officer (Thai too), and leave the field with Tab."""
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClick(field.edit, Qt.Key.Key_Backspace)
    type_text(field.edit, text)
    field.edit.editingFinished.emit()  # what leaving the field does (focus changes are unreliable offscreen)


def choose(qtbot: QtBot, field: ChoiceField, text: str) -> None:
    """Pick a choice by typing its first letters into the closed list, as the keyboard does."""
    field.combo.setFocus()
    type_text(field.combo, text)
    assert field.combo.currentText() == text


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isEnabled(), f"{widget.objectName() or type(widget).__name__} is disabled"
    qtbot.mouseClick(widget, CLICK)


def reloaded_after(qtbot: QtBot, screen: InstituteScreen, before: int) -> None:
    qtbot.waitUntil(lambda: screen.load_count > before and not screen.ops.busy, timeout=10_000)


def _row_texts(screen: InstituteScreen, table: str) -> list[list[str]]:
    tab = getattr(screen, table)
    return [[tab.text(r, c) for c in range(tab.model.columnCount())] for r in range(tab.model.rowCount())]


def _assert_labels_not_cut(root: QWidget) -> None:
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            assert needed <= label.height() + 1, f"wrapped label {label.text()!r} cut"
            continue
        metrics = QFontMetrics(label.font())
        needed = max(metrics.horizontalAdvance(line) for line in label.text().splitlines())
        assert needed <= label.contentsRect().width() + 1, f"label {label.text()!r} cut"


def _assert_thai(root: QWidget) -> None:
    """No English screen text left: every visible label, button and tab reads Thai (or is a number/code)."""
    from PySide6.QtWidgets import QAbstractButton, QTabWidget

    texts = [w.text() for w in root.findChildren(QLabel) if w.isVisible()]
    texts += [w.text() for w in root.findChildren(QAbstractButton) if w.isVisible()]
    for tabs in root.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    english = [
        t
        for t in texts
        if any("a" <= ch.lower() <= "z" for ch in t) and not any("\u0e00" <= ch <= "\u0e7f" for ch in t)
    ]
    assert english == []


# -- creating ---------------------------------------------------------------------------------------------------------
def test_given_an_empty_database_when_the_officer_types_the_institute_and_saves_then_it_is_created(
    empty: Shown, qtbot: QtBot
) -> None:
    screen, details = empty.screen, empty.screen.details
    # GIVEN no institute: an empty form, the other tabs closed until it is saved
    assert screen.title.text() == "ยังไม่มีข้อมูลสถาบัน"
    assert not any(screen.tabs.isTabEnabled(i) for i in (1, 2, 3))
    assert details.status.text() == "สถาบันใหม่: กรอกข้อมูลแล้วกดบันทึก"

    # WHEN the officer types every detail
    type_into(qtbot, details.name, "สถาบันการจัดการเงินทุนชุมชนตำบลในเมือง")
    type_into(qtbot, details.code, "KKN-001")
    choose(qtbot, details.level, "ระดับตำบล")
    choose(qtbot, details.cohort, "สถาบันจัดตั้งใหม่")
    type_into(qtbot, details.cohort_fiscal_year, "๒๕๗๐")  # Thai digits are fine
    type_into(qtbot, details.founding_date, "1/11/2569")
    choose(qtbot, details.province_code, "ขอนแก่น")
    choose(qtbot, details.district_code, "เมืองขอนแก่น")
    choose(qtbot, details.subdistrict_code, "ในเมือง")
    type_into(qtbot, details.address, "ศาลาประชาคมบ้านโนนสว่าง หมู่ที่ 3")
    type_into(qtbot, details.phone, "043 123 456")
    assert not any(f.has_error for f in details.fields.values())
    before = screen.load_count
    click(qtbot, details.save_button)
    reloaded_after(qtbot, screen, before)

    # THEN it is in the database, the screen shows it and the other tabs open
    with empty.db.session() as session:
        (summary,) = service.institutes(session)
        detail = service.institute_detail(session, summary.id)
    assert detail is not None
    assert (detail.name, detail.code, detail.level, detail.cohort, detail.cohort_fiscal_year) == (
        "สถาบันการจัดการเงินทุนชุมชนตำบลในเมือง",
        "KKN-001",
        InstituteLevel.SUBDISTRICT,
        Cohort.NEW,
        2570,
    )
    assert (detail.founding_date, detail.province_code, detail.district_code, detail.subdistrict_code) == (
        date(2026, 11, 1),
        "40",
        "4001",
        "400101",
    )
    assert (detail.address, detail.phone) == ("ศาลาประชาคมบ้านโนนสว่าง หมู่ที่ 3", "043 123 456")
    assert screen.institute_id == summary.id
    assert screen.title.text() == "สถาบันการจัดการเงินทุนชุมชนตำบลในเมือง"
    assert screen.area.text().startswith("ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น")
    assert all(screen.tabs.isTabEnabled(i) for i in (1, 2, 3))
    assert not details.save_button.isEnabled()  # nothing left to save


def test_given_the_empty_form_untouched_when_an_institute_arrives_from_elsewhere_then_the_screen_shows_it(
    empty: Shown, qtbot: QtBot
) -> None:
    screen = empty.screen
    assert screen.creating

    def add(db: Database, _progress: object) -> str:
        with UnitOfWork(db) as uow:
            form = service.InstituteForm(
                id=None,
                name="สถาบันตัวอย่าง",
                code="",
                level=InstituteLevel.VILLAGE,
                cohort=Cohort.EXISTING,
                cohort_fiscal_year=None,
                founding_date=None,
                province_code="40",
                district_code="4001",
                subdistrict_code="400101",
            )
            return service.save_institute(uow, form, today=date.today())

    before = screen.load_count
    screen.ops.change(add)  # as the demo offer from the Help menu does
    reloaded_after(qtbot, screen, before)

    assert not screen.creating
    assert screen.title.text() == "สถาบันตัวอย่าง" and screen.details.name.text() == "สถาบันตัวอย่าง"
    assert screen.tabs.isTabEnabled(1)


# -- member funds -----------------------------------------------------------------------------------------------------
def test_given_the_demo_institute_when_a_funds_lending_limit_is_changed_then_the_table_and_database_show_it(
    demo: Shown, qtbot: QtBot
) -> None:
    screen = demo.screen
    screen.tabs.setCurrentIndex(2)
    core = screen.funds.rows[0]
    assert screen.funds.text(0, 0).startswith("★ ")  # the core fund comes first
    screen.funds.table.selectRow(0)
    click(qtbot, screen.funds.edit_button)
    dialog = screen.dialog
    assert isinstance(dialog, FundDialog) and dialog.isVisible()
    assert dialog.lending_limit.text() == "50,000.00"

    type_into(qtbot, dialog.lending_limit, "60000.5")
    assert dialog.lending_limit.text() == "60,000.50"  # tidied as baht
    before = screen.load_count
    click(qtbot, dialog.save_button)
    reloaded_after(qtbot, screen, before)

    assert not dialog.isVisible()
    with demo.db.session() as session:
        fund = session.get(m.MemberFund, core.id)
        assert fund is not None and fund.lending_limit == Decimal("60000.50") and fund.version == 2
    row = _row_texts(screen, "funds")[0]
    assert row[4] == "60,000.50"
    assert screen.funds.current() is not None and screen.funds.current().id == core.id


def test_given_a_fund_with_open_debts_when_removed_then_the_refusal_shows_in_thai_and_it_stays(
    demo: Shown, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = demo.screen
    screen.tabs.setCurrentIndex(2)
    assert screen.page is not None
    core_id = screen.page.detail.core_fund_id
    owed = next(r for r in screen.funds.rows if r.open_debts and r.id != core_id)
    screen.funds.select(owed.id)
    monkeypatch.setattr(screen, "confirm", lambda question: owed.name in question)

    click(qtbot, screen.funds.remove_button)
    qtbot.waitUntil(screen.funds.problem.isVisible, timeout=10_000)

    assert screen.funds.problem.text() == message("fund_has_open_debts", "th", count=owed.open_debts)
    with demo.db.session() as session:
        assert [f.id for f in service.member_funds(session, institute_of(screen))].count(owed.id) == 1


def institute_of(screen: InstituteScreen) -> str:
    assert screen.institute_id is not None
    return screen.institute_id


# -- committee --------------------------------------------------------------------------------------------------------
def test_given_the_committee_when_a_member_is_added_and_then_removed_then_the_list_and_a_tombstone_follow(
    demo: Shown, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = demo.screen
    screen.tabs.setCurrentIndex(1)
    members_before = len(screen.committee.rows)

    # WHEN the officer adds a secretary with a term
    click(qtbot, screen.committee.add_button)
    dialog = screen.dialog
    assert isinstance(dialog, CommitteeDialog)
    type_into(qtbot, dialog.full_name, "นางสาวมาลี ศรีสุข")
    choose(qtbot, dialog.role, "เลขานุการ")
    type_into(qtbot, dialog.phone, "0891234567")
    type_into(qtbot, dialog.term_start, "1/4/2568")
    type_into(qtbot, dialog.term_end, "31/3/2572")
    before = screen.load_count
    click(qtbot, dialog.save_button)
    reloaded_after(qtbot, screen, before)

    # THEN the table shows her, selected, with her term in B.E.
    assert len(screen.committee.rows) == members_before + 1
    added = screen.committee.current()
    assert added is not None and added.full_name == "นางสาวมาลี ศรีสุข" and added.role is CommitteeRole.SECRETARY
    row = _row_texts(screen, "committee")[screen.committee.rows.index(added)]
    assert row == ["นางสาวมาลี ศรีสุข", "เลขานุการ", "0891234567", "1 เม.ย. 2568 – 31 มี.ค. 2572"]
    assert screen.committee.summary.text() == f"กรรมการ {members_before + 1} คน"

    # WHEN she is removed (the officer confirms)
    asked: list[str] = []
    monkeypatch.setattr(screen, "confirm", lambda question: asked.append(question) or True)
    before = screen.load_count
    click(qtbot, screen.committee.remove_button)
    reloaded_after(qtbot, screen, before)

    # THEN she leaves the list; her record stays as a tombstone for the province
    assert asked == ["ลบ นางสาวมาลี ศรีสุข ออกจากคณะกรรมการสถาบันหรือไม่"]
    assert added.id not in [r.id for r in screen.committee.rows]
    with demo.db.session() as session:
        tombstone = session.get(m.CommitteeMember, added.id)
        assert tombstone is not None and tombstone.deleted_at is not None


def test_given_a_removal_when_the_officer_says_no_then_nothing_changes(
    demo: Shown, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = demo.screen
    screen.tabs.setCurrentIndex(1)
    screen.committee.table.selectRow(0)
    monkeypatch.setattr(screen, "confirm", lambda question: False)
    click(qtbot, screen.committee.remove_button)
    screen.ops.wait_idle()
    assert not screen.ops.busy
    with demo.db.session() as session:
        assert len(service.committee_members(session, institute_of(screen))) == len(screen.committee.rows)


# -- invalid input ----------------------------------------------------------------------------------------------------
def test_given_invalid_details_when_typed_then_thai_messages_show_at_the_fields_and_nothing_is_saved(
    demo: Shown, qtbot: QtBot
) -> None:
    screen, details = demo.screen, demo.screen.details
    with demo.db.session() as session:
        version = session.scalar(select(m.Institute.version))

    type_into(qtbot, details.name, "")
    type_into(qtbot, details.founding_date, "1/1/2580")
    type_into(qtbot, details.cohort_fiscal_year, "2540")

    assert details.name.problem.text() == "กรุณากรอกชื่อ"
    assert details.founding_date.problem.text() == "วันที่ต้องไม่เป็นวันในอนาคต"
    assert details.cohort_fiscal_year.problem.text() == message(
        "fiscal_year_out_of_range", "th", year=2540, first=2551, last=screen_last_year()
    )
    assert details.name.has_error and details.founding_date.has_error
    assert not details.save_button.isEnabled()
    click_anyway = details.submit  # even a forced save refuses
    click_anyway()
    screen.ops.wait_idle()
    with demo.db.session() as session:
        assert session.scalar(select(m.Institute.version)) == version

    # WHEN the officer corrects them THEN the messages go and saving is possible again
    type_into(qtbot, details.name, "สถาบันการจัดการเงินทุนชุมชนตำบลดงเมือง")
    type_into(qtbot, details.founding_date, "9/10/2569")
    type_into(qtbot, details.cohort_fiscal_year, "2570")
    assert not details.name.problem.isVisible()
    assert details.save_button.isEnabled()


def screen_last_year() -> int:
    from cdfi_desktop.domain.institute_rules import last_plausible_fiscal_year

    return last_plausible_fiscal_year(date.today())


def test_given_a_fund_rate_out_of_range_when_typed_then_the_thai_message_shows_and_save_is_blocked(
    demo: Shown, qtbot: QtBot
) -> None:
    screen = demo.screen
    screen.tabs.setCurrentIndex(2)
    click(qtbot, screen.funds.add_button)
    dialog = screen.dialog
    assert isinstance(dialog, FundDialog)

    type_into(qtbot, dialog.name, "กลุ่มออมทรัพย์บ้านใหม่")
    type_into(qtbot, dialog.interest_rate, "150")
    type_into(qtbot, dialog.max_term_months, "0")

    assert dialog.interest_rate.problem.text() == message("rate_out_of_range", "th", rate=Decimal("150"))
    assert dialog.max_term_months.problem.text() == message("term_out_of_range", "th", term=0)
    assert not dialog.save_button.isEnabled()
    funds = len(screen.funds.rows)
    dialog.submit()  # a forced save shows every problem, the type too, and saves nothing
    assert dialog.fund_type.problem.isVisible()
    screen.ops.wait_idle()
    with demo.db.session() as session:
        assert len(service.member_funds(session, institute_of(screen))) == funds

    # WHEN the fund does not lend THEN its lending terms are switched off and no longer checked
    click(qtbot, dialog.can_lend.box)
    assert not dialog.interest_rate.isEnabled() and not dialog.interest_rate.problem.isVisible()
    dialog.reject()


# -- program activities -----------------------------------------------------------------------------------------------
def test_given_a_planned_activity_when_double_clicked_and_marked_done_then_it_is_saved_done_today(
    demo_db: Database, app: QApplication, qtbot: QtBot
) -> None:
    founding_not_done_yet(demo_db)  # the demo founds its institute in October: its founding is planned here
    demo = Shown(_open_screen(qtbot, demo_db), demo_db)
    screen = demo.screen
    screen.tabs.setCurrentIndex(3)
    planned = next(r for r in screen.activities.rows if r.status is ActivityStatus.PLANNED)
    row = screen.activities.rows.index(planned)
    table = screen.activities.table
    center = table.visualRect(table.model().index(row, 1)).center()
    qtbot.mouseClick(table.viewport(), CLICK, pos=center)
    qtbot.mouseDClick(table.viewport(), CLICK, pos=center)
    dialog = screen.dialog
    assert isinstance(dialog, ActivityDialog) and dialog.record_id == planned.id
    assert not dialog.done_date.isEnabled()  # only a done activity has a done date

    choose(qtbot, dialog.status, "ดำเนินการแล้ว")
    assert dialog.done_date.isEnabled() and dialog.done_date.value() == date.today()
    type_into(qtbot, dialog.spent, "4,800")
    before = screen.load_count
    click(qtbot, dialog.save_button)
    reloaded_after(qtbot, screen, before)

    with demo.db.session() as session:
        (saved,) = [a for a in service.program_activities(session, institute_of(screen)) if a.id == planned.id]
    assert (saved.status, saved.done_date, saved.spent) == (ActivityStatus.DONE, date.today(), Decimal("4800.00"))
    cells = _row_texts(screen, "activities")[screen.activities.rows.index(saved)]
    assert cells[5] == "ดำเนินการแล้ว" and cells[7] == "4,800.00"
    screen.ops.wait_idle()


# -- several institutes, English -------------------------------------------------------------------------------------
def test_given_two_institutes_when_the_second_is_chosen_on_top_then_its_page_shows(
    app: QApplication, qtbot: QtBot, demo_db: Database
) -> None:
    with UnitOfWork(demo_db) as uow:
        other = service.save_institute(
            uow,
            service.InstituteForm(
                id=None,
                name="สถาบันการจัดการเงินทุนชุมชนตำบลโคกสี",
                code="",
                level=InstituteLevel.VILLAGE,
                cohort=Cohort.EXISTING,
                cohort_fiscal_year=2560,
                founding_date=date(2016, 12, 1),
                province_code="40",
                district_code="4001",
                subdistrict_code="400103",
            ),
            today=date.today(),
        )
    screen = _open_screen(qtbot, demo_db)
    assert screen.chooser.isVisible() and screen.chooser.count() == 2

    before = screen.load_count
    screen.chooser.activated.emit(screen.chooser.findData(other))
    reloaded_after(qtbot, screen, before)

    assert screen.institute_id == other
    assert screen.details.name.text() == "สถาบันการจัดการเงินทุนชุมชนตำบลโคกสี"
    assert screen.committee.rows == [] and screen.funds.rows == []
    assert screen.details.core_fund_id.combo.currentText() == "(ยังไม่มีกองทุนสมาชิก)"
    screen.ops.wait_idle()


def test_given_the_thai_screen_when_english_is_chosen_then_texts_and_area_names_switch(
    demo: Shown, qtbot: QtBot
) -> None:
    screen = demo.screen
    set_language("en")
    try:
        qtbot.waitUntil(lambda: screen.tabs.tabText(0) == "Institute details")
        assert screen.tabs.tabText(2) == "Member funds"
        assert screen.area.text().startswith("Subdistrict ")
        assert not any("\u0e00" <= ch <= "\u0e7f" for ch in screen.area.text())  # area names in English too
        assert screen.details.province_code.combo.currentText().isascii()
        assert screen.funds.table.header_text(0) == "Member fund"
    finally:
        set_language("th")
    qtbot.waitUntil(lambda: screen.tabs.tabText(0) == "ข้อมูลสถาบัน")


# -- how it looks ----------------------------------------------------------------------------------------------------
def _main_window(qtbot: QtBot, db: Database) -> tuple[MainWindow, InstituteScreen]:
    window = create_main_window(db, Settings(officer="นางสาวพรทิพย์ ใจดี"))
    qtbot.addWidget(window)
    window.resize(*LAPTOP)
    window.show()
    qtbot.waitExposed(window)
    window.show_step("institute")
    screen = window.stack.currentWidget()
    assert isinstance(screen, InstituteScreen)
    qtbot.waitUntil(lambda: screen.data is not None, timeout=10_000)
    return window, screen


def test_given_the_demo_on_a_laptop_screen_then_every_tab_and_dialog_reads_thai_uncut(
    app: QApplication, qtbot: QtBot, demo_db: Database, artifacts_dir: Path
) -> None:
    window, screen = _main_window(qtbot, demo_db)
    for index, name in enumerate(("details", "committee", "funds", "activities")):
        screen.tabs.setCurrentIndex(index)
        if name == "funds":
            screen.funds.table.selectRow(0)
        qtbot.wait(20)
        _assert_labels_not_cut(screen)
        _assert_thai(screen)
        window.grab().save(str(artifacts_dir / f"institute_{name}.png"))
    for tab, opener in (
        (2, lambda: screen.edit_fund(screen.funds.rows[0])),
        (1, lambda: screen.edit_committee(screen.committee.rows[0])),
        (3, lambda: screen.edit_activity(screen.activities.rows[0])),
    ):
        screen.tabs.setCurrentIndex(tab)
        opener()
        dialog = screen.dialog
        assert dialog is not None
        qtbot.waitExposed(dialog)
        _assert_labels_not_cut(dialog)
        _assert_thai(dialog)
        dialog.grab().save(str(artifacts_dir / f"institute_dialog_{type(dialog).__name__}.png"))
        dialog.reject()
    window.ops.wait_idle()


def test_given_an_empty_database_on_a_laptop_screen_then_the_empty_form_invites_to_create(
    app: QApplication, qtbot: QtBot, empty_db: Database, artifacts_dir: Path
) -> None:
    window, screen = _main_window(qtbot, empty_db)
    type_into(qtbot, screen.details.founding_date, "1/1/2590")
    _assert_labels_not_cut(screen)
    _assert_thai(screen)
    window.grab().save(str(artifacts_dir / "institute_empty.png"))
    window.ops.wait_idle()
