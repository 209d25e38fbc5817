"""Registers by hand: a household with members and debts typed into the real widgets, every rule hit, nothing
saved while a field is invalid; the lists filter as you type and sort by column."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from cdfi_desktop.app import create_main_window
from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.citizen_id import citizen_id_check_digit
from cdfi_desktop.domain.enums import CreditorKind
from cdfi_desktop.services import registers as reg
from cdfi_desktop.settings import Settings
from cdfi_desktop.ui.main_window import MainWindow
from cdfi_desktop.ui.ops import Ops
from cdfi_desktop.ui.registers.debt_dialog import DebtDialog
from cdfi_desktop.ui.registers.household_dialog import HouseholdDialog
from cdfi_desktop.ui.registers.view import RegistersScreen
from cdfi_desktop.ui.widgets import dialogs
from cdfi_desktop.ui.widgets.fields import Field, MoneyField
from tests.gui.typing_helpers import type_text

HEAD_CID = "3401100012" + "34"
SPOUSE_CID = "3401100012" + "35"


def valid(body: str) -> str:
    return body + str(citizen_id_check_digit(body))


def wrong_check_digit(body: str) -> str:
    return body + str((citizen_id_check_digit(body) + 1) % 10)


def type_into(qtbot: QtBot, field: Field, text: str) -> None:
    """Select all, type like an officer, press Enter (which finishes the field, never saves the form)."""
    field.edit.selectAll()
    qtbot.keyClick(field.edit, Qt.Key.Key_Backspace)
    type_text(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)


def count(db: Database, model: type[m.Base]) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None))) or 0


@pytest.fixture
def screen(app: QApplication, qtbot: QtBot, demo_db: Database) -> tuple[MainWindow, RegistersScreen]:
    window = create_main_window(demo_db, Settings(officer="นางสาวพรทิพย์ ใจดี"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_step("registers")
    registers = window.stack.currentWidget()
    assert isinstance(registers, RegistersScreen)
    qtbot.waitUntil(lambda: registers.households.total == 60, timeout=10_000)
    return window, registers


def test_given_the_registers_when_filtering_and_sorting_then_sql_answers(
    screen: tuple[MainWindow, RegistersScreen], qtbot: QtBot, artifacts_dir: Path
) -> None:
    window, registers = screen
    qtbot.waitUntil(lambda: registers.households.row(0) is not None)
    head = registers.households.row(0)
    assert head is not None
    surname = head.head_name.split()[-1]

    type_text(registers.household_filter, surname)
    qtbot.waitUntil(lambda: registers.households.total is not None and registers.households.row(0) is not None)
    matches = registers.households.total or 0
    assert 0 < matches < 60
    assert registers.household_count.text() == f"{matches} รายการ"
    with registers.ops.db.session() as session:  # the same households SQL finds by any member's name
        expected = {
            hid
            for (hid,) in session.execute(
                select(m.HouseholdMember.household_id).where(m.HouseholdMember.last_name.contains(surname))
            )
        }
    shown = {registers.households.id_at(i) for i in range(matches)}
    assert shown == expected

    # WHEN sorting the households by class, worst first THEN class D (critical) comes first
    registers.household_filter.clear()
    qtbot.waitUntil(lambda: registers.households.total == 60)
    registers.household_view.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # class
    qtbot.waitUntil(lambda: not registers.households.loading and registers.households.row(0) is not None)
    classes = [registers.households.row(i) for i in range(5)]
    assert [r.classification.debtor_class.value for r in classes if r and r.classification] == ["D"] * 5

    registers.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: (registers.debts.total or 0) > 60)
    registers.debt_view.sortByColumn(7, Qt.SortOrder.DescendingOrder)  # outstanding
    qtbot.waitUntil(lambda: not registers.debts.loading and registers.debts.row(0) is not None)
    first, second = registers.debts.row(0), registers.debts.row(1)
    assert first is not None and second is not None and first.outstanding >= second.outstanding
    qtbot.waitUntil(lambda: registers.debts.row(20) is not None)
    window.grab().save(str(artifacts_dir / "registers_debts_th.png"))
    assert "x" in registers.debt_view.model().index(0, 2).data()  # citizen IDs masked by default


def test_given_a_new_household_when_typed_then_every_rule_speaks_and_nothing_is_saved_until_valid(
    screen: tuple[MainWindow, RegistersScreen],
    qtbot: QtBot,
    demo_db: Database,
    artifacts_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _window, registers = screen
    households_before, members_before, debts_before = (
        count(demo_db, m.Household),
        count(demo_db, m.HouseholdMember),
        count(demo_db, m.Debt),
    )
    with demo_db.session() as session:
        taken_cid, taken_house = session.execute(
            select(m.HouseholdMember.citizen_id, m.Household.house_no)
            .join(m.Household, m.Household.id == m.HouseholdMember.household_id)
            .limit(1)
        ).one()

    qtbot.mouseClick(registers.add_household, Qt.MouseButton.LeftButton)
    dialog = registers.household_dialog
    assert isinstance(dialog, HouseholdDialog)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    type_into(qtbot, dialog.house_no, "88/1")
    dialog.village.setCurrentIndex(1)

    # Members: the head, with a citizen ID whose check digit is wrong.
    dialog.tabs.setCurrentIndex(1)
    qtbot.mouseClick(dialog.add_member, Qt.MouseButton.LeftButton)
    assert dialog.member_form.isEnabled()
    # A name longer than the register keeps is said at the field, and nothing can be saved with it.
    type_into(qtbot, dialog.m_first, "บุญมี" * 30)
    assert dialog.m_first.problem.text() == "ข้อความยาวเกิน 100 ตัวอักษร"
    assert not dialog.save_button.isEnabled()
    type_into(qtbot, dialog.m_first, "บุญมี")
    assert not dialog.m_first.has_error
    type_into(qtbot, dialog.m_last, "ใจงาม")
    type_into(qtbot, dialog.m_cid, wrong_check_digit("340110001234"))
    assert "หลักตรวจสอบไม่ตรง" in dialog.m_cid.problem.text()
    assert not dialog.save_button.isEnabled()
    type_into(qtbot, dialog.m_cid, valid("340110001234"))
    assert not dialog.m_cid.has_error

    # A year typed in the Gregorian era is asked about; answering "yes" turns it into B.E.
    questions: list[str] = []

    def answer(_parent: object, _title: str, text: str) -> bool:
        questions.append(text)
        return True

    monkeypatch.setattr(dialogs, "ask", answer)
    type_into(qtbot, dialog.m_birth, "15/3/1975")
    assert "ค.ศ." in questions[0]
    assert dialog.m_birth.text() == "15/03/2518"
    assert dialog.save_button.isEnabled()

    # A second member: born in the future (B.E. 2600), with a citizen ID of another household.
    qtbot.mouseClick(dialog.add_member, Qt.MouseButton.LeftButton)
    type_into(qtbot, dialog.m_first, "คำปั่น")
    type_into(qtbot, dialog.m_cid, taken_cid)
    type_into(qtbot, dialog.m_birth, "1/1/2600")
    dialog.grab().save(str(artifacts_dir / "household_dialog_members_th.png"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "ยังไม่มีการบันทึก" in dialog.status.text())
    assert dialog.current_member == 1
    assert "อนาคต" in dialog.m_birth.problem.text()
    assert taken_house in dialog.m_cid.problem.text()
    assert count(demo_db, m.Household) == households_before
    assert not dialog.save_button.isEnabled()

    # Correct both: the household saves.
    type_into(qtbot, dialog.m_birth, "1/1/2520")
    type_into(qtbot, dialog.m_cid, valid("340110001235"))
    assert dialog.save_button.isEnabled()
    # An income line with a negative amount is refused at its field.
    dialog.tabs.setCurrentIndex(2)
    qtbot.mouseClick(dialog.add_income, Qt.MouseButton.LeftButton)
    amount = dialog.finance_table.cellWidget(0, 2)
    assert isinstance(amount, MoneyField)
    type_into(qtbot, amount, "-500")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton) if dialog.save_button.isEnabled() else None
    qtbot.waitUntil(lambda: amount.has_error)
    assert "ติดลบ" in amount.problem.text()
    assert count(demo_db, m.Household) == households_before
    type_into(qtbot, amount, "๙,๕๐๐")  # Thai digits and a comma
    assert not amount.has_error
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.household_id is not None, timeout=5_000)
    assert count(demo_db, m.Household) == households_before + 1
    assert count(demo_db, m.HouseholdMember) == members_before + 2

    # Debts: above the fund's lending limit warns, naming the bylaw; absurd and inconsistent amounts block.
    dialog.tabs.setCurrentIndex(3)
    qtbot.waitUntil(dialog.add_debt.isEnabled)
    qtbot.mouseClick(dialog.add_debt, Qt.MouseButton.LeftButton)
    debt = dialog.debt_dialog
    assert isinstance(debt, DebtDialog)
    qtbot.addWidget(debt)
    debt.kind.setCurrentIndex(debt.kind.findData(CreditorKind.MEMBER_FUND))
    fund_index, limit, bylaw = next(
        (i, rules.lending_limit, rules.bylaw_notes)
        for i in range(1, debt.fund.count())
        if (rules := debt.fund_rules[debt.fund.itemData(i)]).lending_limit
    )
    assert limit is not None
    debt.fund.setCurrentIndex(fund_index)
    type_into(qtbot, debt.contract_date, "1/6/2568")
    type_into(qtbot, debt.principal, f"{limit + 10_000:,}")
    type_into(qtbot, debt.outstanding, "5,000")
    type_into(qtbot, debt.rate, "6")
    type_into(qtbot, debt.term, "12")
    assert debt.principal.problem.property("state") == "warning"
    assert bylaw in debt.principal.problem.text()
    assert debt.save_button.isEnabled()

    type_into(qtbot, debt.outstanding, f"{(limit + 10_000) * 3:,}")
    assert "สูงกว่าเงินต้นรวมดอกเบี้ย" in debt.outstanding.problem.text()
    assert not debt.save_button.isEnabled()
    type_into(qtbot, debt.outstanding, "999,999,999")
    assert "สูงผิดปกติ" in debt.outstanding.problem.text()
    type_into(qtbot, debt.outstanding, "5,000")
    type_into(qtbot, debt.contract_date, "1/6/2490")
    assert "2493" in debt.contract_date.problem.text()
    assert not debt.save_button.isEnabled()
    type_into(qtbot, debt.contract_date, f"1/6/{date.today().year + 544}")
    assert "อนาคต" in debt.contract_date.problem.text()
    qtbot.mouseClick(debt.save_button, Qt.MouseButton.LeftButton)
    assert count(demo_db, m.Debt) == debts_before
    type_into(qtbot, debt.contract_date, "1/6/2568")
    debt.grab().save(str(artifacts_dir / "debt_dialog_th.png"))
    assert debt.save_button.isEnabled()
    qtbot.mouseClick(debt.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: count(demo_db, m.Debt) == debts_before + 1, timeout=5_000)
    with demo_db.session() as session:
        saved = session.scalars(select(m.Debt).where(m.Debt.household_id == dialog.household_id)).one()
    assert saved.principal == limit + Decimal(10_000)
    assert saved.outstanding == Decimal("5000.00")
    assert saved.contract_date == date(2025, 6, 1)
    qtbot.waitUntil(lambda: dialog.debt_table.rowCount() == 1)


def test_given_an_outside_debt_when_a_rescheduling_is_ticked_then_its_day_is_asked_checked_and_saved(
    app: QApplication, qtbot: QtBot, demo_db: Database, artifacts_dir: Path
) -> None:
    # GIVEN a bank debt of a demo household, opened in its dialog on the demo's day
    today = date(2026, 11, 25)
    with demo_db.session() as session:
        inst = reg.first_institute_id(session)
        assert inst is not None
        funds = reg.fund_choices(session, institute_id=inst)
        debt_id, household_id = session.execute(
            select(m.Debt.id, m.Debt.household_id).where(
                m.Debt.creditor_kind == CreditorKind.BAAC, m.Debt.contract_date < date(2026, 1, 1)
            )
        ).first()
        form = next(d for d in reg.household_detail(session, household_id).debts if d.id == debt_id)
    assert form.rescheduled_on is None and form.contract_date is not None
    dialog = DebtDialog(Ops(demo_db), household_id=household_id, debt=form, members=[], funds=funds, today=today)
    qtbot.addWidget(dialog)
    dialog.show()
    # THEN the rescheduling is offered, unticked, its day and terms off
    assert dialog.rescheduled.isEnabled() and not dialog.rescheduled.isChecked()
    assert dialog.rescheduled.text() in (
        "ปรับโครงสร้าง/ประนอมหนี้กับเจ้าหนี้แล้ว",
        "Rescheduled (restructured or composed) with the creditor",
    )
    assert not dialog.rescheduled_on.isEnabled() and not dialog.rescheduling_terms.isEnabled()
    assert dialog.save_button.isEnabled()

    # WHEN ticked: the day is asked, and Save waits for it
    dialog.rescheduled.setChecked(True)
    assert dialog.rescheduled_on.isEnabled() and dialog.rescheduling_terms.isEnabled()
    assert not dialog.save_button.isEnabled()
    assert dialog.rescheduled_on.problem.text() in (
        "ระบุวันที่ตกลงปรับโครงสร้าง/ประนอมหนี้กับเจ้าหนี้",
        "Give the day the rescheduling was agreed with the creditor.",
    )
    # a day in the future, or before the debt's contract, is refused at the field
    type_into(qtbot, dialog.rescheduled_on, "26/11/2569")
    assert "อนาคต" in dialog.rescheduled_on.problem.text() or "future" in dialog.rescheduled_on.problem.text()
    assert not dialog.save_button.isEnabled()
    before = form.contract_date - timedelta(days=1)
    type_into(qtbot, dialog.rescheduled_on, f"{before.day}/{before.month}/{before.year + 543}")
    assert not dialog.save_button.isEnabled()
    assert dialog.rescheduled_on.has_error

    # WHEN a day after the contract and the terms are typed, and saved
    type_into(qtbot, dialog.rescheduled_on, "3/11/2569")
    type_into(qtbot, dialog.rescheduling_terms, "ขยายเวลา 5 ปี")
    assert not dialog.rescheduled_on.has_error and dialog.save_button.isEnabled()
    dialog.grab().save(str(artifacts_dir / "debt_dialog_rescheduled_th.png"))
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    # THEN the debt keeps the day and terms
    with demo_db.session() as session:
        saved = session.get(m.Debt, debt_id)
        assert saved is not None
        assert (saved.rescheduled_on, saved.rescheduling_terms) == (date(2026, 11, 3), "ขยายเวลา 5 ปี")

    # AND on a member fund's debt the rescheduling is off (such a debt goes into a 1HH1C contract)
    again = DebtDialog(Ops(demo_db), household_id=household_id, debt=None, members=[], funds=funds, today=today)
    qtbot.addWidget(again)
    again.kind.setCurrentIndex(again.kind.findData(CreditorKind.MEMBER_FUND))
    assert not again.rescheduled.isEnabled() and not again.rescheduled_on.isEnabled()


def test_given_the_registers_when_printed_then_excel_and_pdf_files_go_into_the_folder_chosen(
    screen: tuple[MainWindow, RegistersScreen], qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cdfi_desktop.ui.widgets import page

    _window, registers = screen
    folders = iter([tmp_path / "households", tmp_path / "debtors"])
    for folder in (tmp_path / "households", tmp_path / "debtors"):
        folder.mkdir()
    monkeypatch.setattr(page, "choose_folder", lambda _parent, _title: next(folders))

    qtbot.mouseClick(registers.print_xlsx, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(getattr(registers, "printed", None)), timeout=20_000)
    assert registers.printed == [tmp_path / "households" / "household-register.xlsx"]
    registers.printed = []
    registers.tabs.setCurrentIndex(1)  # the debts tab prints the member funds' debtors
    qtbot.mouseClick(registers.print_pdf, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(registers.printed), timeout=20_000)

    assert (tmp_path / "households" / "household-register.xlsx").stat().st_size > 0
    assert (tmp_path / "debtors" / "debtor-register.pdf").read_bytes().startswith(b"%PDF")
    assert str(tmp_path / "debtors") in registers.page.status.text()


def _select_household(qtbot: QtBot, registers: RegistersScreen, household_id: str) -> int:
    qtbot.waitUntil(lambda: registers.households.row(0) is not None)
    total = registers.households.total or 0
    index = next(i for i in range(total) if registers.households.id_at(i) == household_id)
    registers.household_view.selectRow(index)
    return index


def test_given_a_household_entered_by_mistake_when_removed_then_undo_and_the_removed_list_bring_it_back(
    screen: tuple[MainWindow, RegistersScreen],
    qtbot: QtBot,
    demo_db: Database,
    artifacts_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from cdfi_desktop.ui.registers import removal
    from cdfi_desktop.ui.registers.removal import RemovedHouseholdsDialog

    window, registers = screen
    with demo_db.session() as session:
        with_contract = session.scalars(select(m.ConsolidationContract.household_id).limit(1)).one()
        contract_no = session.scalars(
            select(m.ConsolidationContract.contract_no).where(m.ConsolidationContract.household_id == with_contract)
        ).first()
        contracted = set(session.scalars(select(m.ConsolidationContract.household_id)))
        free = next(
            h for h in session.scalars(select(m.Household.id).order_by(m.Household.code)) if h not in contracted
        )
    reasons: list[str] = []

    def reason(_parent: object, household: str) -> str:
        reasons.append(household)
        return "กรอกซ้ำ"

    monkeypatch.setattr(removal, "ask_reason", reason)
    # Nothing chosen: Remove says why it cannot be used
    registers.household_view.clearSelection()
    assert not registers.remove_button.isEnabled()
    assert "เลือกครัวเรือนในรายการก่อน" in registers.remove_button.toolTip()

    # WHEN a household with a 1HH1C contract is removed THEN it is refused, naming the contract
    _select_household(qtbot, registers, with_contract)
    assert registers.remove_button.isEnabled()
    qtbot.mouseClick(registers.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(registers.page.problem.isVisible, timeout=5_000)
    assert "สัญญา" in registers.page.problem.text() and (contract_no or "") in registers.page.problem.text()
    assert count(demo_db, m.Household) == 60

    # WHEN a household without a contract is removed, with its reason THEN it leaves the register with its people
    _select_household(qtbot, registers, free)
    members = count(demo_db, m.HouseholdMember)
    with demo_db.session() as session:
        own = session.scalar(
            select(func.count()).select_from(m.HouseholdMember).where(m.HouseholdMember.household_id == free)
        )
    qtbot.mouseClick(registers.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: registers.households.total == 59, timeout=5_000)
    assert not registers.page.problem.isVisible()  # the refusal before is gone with the new action
    assert count(demo_db, m.HouseholdMember) == members - own
    assert registers.undo_button.isVisible()
    assert reasons[-1] in registers.page.status.text()
    window.grab().save(str(artifacts_dir / "registers_removed_th.png"))

    # AND Undo brings it back whole
    qtbot.mouseClick(registers.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: registers.households.total == 60, timeout=5_000)
    assert count(demo_db, m.HouseholdMember) == members
    assert not registers.undo_button.isVisible()

    # AND removed again, the list of removed households shows it with its reason and brings it back
    _select_household(qtbot, registers, free)
    qtbot.mouseClick(registers.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: registers.households.total == 59, timeout=5_000)
    qtbot.mouseClick(registers.removed_button, Qt.MouseButton.LeftButton)
    dialog = registers.removed_dialog
    assert isinstance(dialog, RemovedHouseholdsDialog)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=5_000)
    assert dialog.model.rowCount() == 1
    assert dialog.model.item(0, 5).text() == "กรอกซ้ำ"
    assert not dialog.restore_button.isEnabled()
    dialog.table.selectRow(0)
    dialog.grab().save(str(artifacts_dir / "removed_households_th.png"))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: registers.households.total == 60, timeout=5_000)
    qtbot.waitUntil(dialog.stack.is_empty, timeout=5_000)
    assert count(demo_db, m.HouseholdMember) == members


def test_given_a_household_typed_in_then_it_gets_the_next_register_number_and_its_debts_are_the_heads(
    screen: tuple[MainWindow, RegistersScreen], qtbot: QtBot, demo_db: Database
) -> None:
    _window, registers = screen
    qtbot.mouseClick(registers.add_household, Qt.MouseButton.LeftButton)
    dialog = registers.household_dialog
    assert isinstance(dialog, HouseholdDialog)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    # THEN the number it will get is shown before it is saved
    assert dialog.code.edit.placeholderText().startswith("00061")
    type_into(qtbot, dialog.house_no, "12/3")
    dialog.tabs.setCurrentIndex(1)
    qtbot.mouseClick(dialog.add_member, Qt.MouseButton.LeftButton)
    type_into(qtbot, dialog.m_first, "สมหมาย")
    type_into(qtbot, dialog.m_last, "ตั้งใจ")
    qtbot.mouseClick(dialog.add_member, Qt.MouseButton.LeftButton)
    type_into(qtbot, dialog.m_first, "สมใจ")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.code.text() == "00061", timeout=5_000)
    with demo_db.session() as session:
        saved = session.scalars(select(m.Household).where(m.Household.house_no == "12/3")).one()
        head = session.scalars(
            select(m.HouseholdMember.id).where(
                m.HouseholdMember.household_id == saved.id, m.HouseholdMember.is_head.is_(True)
            )
        ).one()
    assert saved.code == "00061"

    # WHEN a debt is added THEN its debtor is the head of household, not "–"
    dialog.tabs.setCurrentIndex(3)
    qtbot.waitUntil(dialog.add_debt.isEnabled)
    qtbot.mouseClick(dialog.add_debt, Qt.MouseButton.LeftButton)
    debt = dialog.debt_dialog
    assert isinstance(debt, DebtDialog)
    qtbot.addWidget(debt)
    assert debt.debtor.currentData() == head
    assert debt.debtor.currentText() == "นายสมหมาย ตั้งใจ"
