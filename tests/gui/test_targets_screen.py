"""Target households by hand: unlock the demo's list, propose by clicking, remove and move with a reason typed
into the dialog, add a household, lock; the reasons shown beside the list; printing into a folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cdfi_desktop.app import create_main_window
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.enums import TargetChangeAction
from cdfi_desktop.services import targets as tg
from cdfi_desktop.services.demo import DEMO_AS_OF
from cdfi_desktop.settings import Settings
from cdfi_desktop.ui import screens
from cdfi_desktop.ui.main_window import MainWindow
from cdfi_desktop.ui.targets.dialogs import ReasonDialog
from cdfi_desktop.ui.targets.view import REASON_COLUMN, TargetsScreen
from cdfi_desktop.ui.widgets.table import RegisterTable
from cdfi_desktop.ui.widgets.thai_text import plain
from tests.gui.typing_helpers import type_text

OFFICER = "นางสาวพรทิพย์ ใจดี"


@pytest.fixture(scope="module")
def demo_db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 60-household demo as it stood after the training, before any household signed its contract (the
    list is proposed again here, which a signed contract would keep its household on)."""
    from datetime import date

    from cdfi_desktop.services.demo import demo_device_id, generate_demo

    path = tmp_path_factory.mktemp("targets-demo") / "demo.sqlite"
    db = Database.open(path, device_id=demo_device_id(3))
    generate_demo(db, households=60, seed=3, as_of=date(2026, 10, 17))
    db.close()
    return path


@pytest.fixture
def screen(
    app: QApplication, qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[MainWindow, TargetsScreen]]:
    """GIVEN the main window at 1366×768 on a 60-household demo database, showing the target step on the demo's
    day (its list is locked)."""
    monkeypatch.setitem(screens.SCREENS, "targets", "cdfi_desktop.ui.targets.view:TargetsScreen")
    demo_db.recorder.officer = OFFICER  # as the app opens it with the settings' officer
    window = create_main_window(demo_db, Settings(officer=OFFICER))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_step("targets")
    targets = window.stack.currentWidget()
    assert isinstance(targets, TargetsScreen)
    qtbot.waitUntil(lambda: targets.institute_id is not None, timeout=15_000)
    targets.today, targets.fiscal_year = DEMO_AS_OF, 2570
    targets.selection = None
    targets.reload()
    qtbot.waitUntil(lambda: targets.selection is not None, timeout=15_000)
    yield window, targets


def detail_text(targets: TargetsScreen) -> str:
    """What the detail panel says, without the marks that keep Thai words whole on a line."""
    return plain(targets.detail.toPlainText()).replace("\u00a0", " ")


def reason_dialog(targets: TargetsScreen) -> ReasonDialog:
    dialog = targets.reason_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def give_reason(qtbot: QtBot, targets: TargetsScreen, reason: str, *, shot: Path | None = None) -> None:
    """The dialog asks why: Save stays disabled until something is typed, then saves."""
    dialog = reason_dialog(targets)
    assert not dialog.save_button.isEnabled()
    type_text(dialog.reason_edit, "   ")
    assert not dialog.save_button.isEnabled()
    type_text(dialog.reason_edit, reason)
    assert dialog.save_button.isEnabled()
    if shot is not None:
        shot.parent.mkdir(exist_ok=True)
        assert dialog.grab().save(str(shot))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def last_change(targets: TargetsScreen) -> tg.ChangeRow:
    return targets.changes[-1]


def wait_for_change(qtbot: QtBot, targets: TargetsScreen, action: TargetChangeAction, before: int) -> None:
    qtbot.waitUntil(lambda: len(targets.changes) > before and last_change(targets).action is action, timeout=15_000)


def shown_ranks(targets: TargetsScreen) -> list[int]:
    return [int(targets.proxy.index(i, 0).data()) for i in range(targets.proxy.rowCount())]


def test_GIVEN_the_locked_list_WHEN_unlocking_proposing_removing_moving_adding_locking_THEN_each_has_a_reason(
    screen: tuple[MainWindow, TargetsScreen], qtbot: QtBot, artifacts_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, targets = screen
    # THEN the locked list is shown as locked, and nothing but unlocking and printing is offered
    assert targets.locked and targets.selection is not None
    assert targets.status_badge.property("state") == "locked" and OFFICER in targets.status_badge.text()
    assert targets.lock_button.isEnabled()
    for button in (targets.propose_button, targets.add_button, targets.remove_button, targets.up_button):
        assert not button.isEnabled()
    assert targets.print_button.isEnabled()
    listed = len(targets.selection.rows)
    assert listed == targets.proxy.rowCount() > 0
    assert shown_ranks(targets) == list(range(1, listed + 1))

    # WHEN unlocking with a reason
    before = len(targets.changes)
    qtbot.mouseClick(targets.lock_button, Qt.MouseButton.LeftButton)
    give_reason(qtbot, targets, "ทบทวนรายชื่อตามข้อมูลล่าสุด")
    wait_for_change(qtbot, targets, TargetChangeAction.UNLOCK, before)
    assert not targets.locked and targets.propose_button.isEnabled()
    assert targets.status_badge.property("state") == "draft"

    # WHEN proposing by clicking (the officer agrees to replace the list)
    monkeypatch.setattr(targets, "confirm", lambda _question: True)
    before = len(targets.changes)
    qtbot.mouseClick(targets.propose_button, Qt.MouseButton.LeftButton)
    wait_for_change(qtbot, targets, TargetChangeAction.PROPOSE, before)
    rows = targets.selection.rows
    assert 0 < len(rows) <= 30 and all(r.class_at_selection in ("C", "B") and r.eligible for r in rows)
    assert all(r.consolidated_term_months is not None and r.consolidated_term_months <= 120 for r in rows)
    # THEN the reason of every household is in the table, its class reasons in the tooltip and the side panel
    for i in range(targets.proxy.rowCount()):
        reason = targets.proxy.index(i, REASON_COLUMN).data()
        assert reason.startswith("ชั้น ")
    tooltip = targets.proxy.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert rows[0].reason in tooltip and rows[0].class_reason_texts("th")[0] in tooltip
    targets.table.selectRow(0)
    detail = detail_text(targets)
    assert rows[0].head_name in detail and rows[0].reason in detail
    assert rows[0].class_reason_texts("th")[0] in detail

    # WHEN removing the third household with a reason typed into the dialog
    targets.table.selectRow(2)
    third = targets.current_row()
    assert third is not None and targets.remove_button.isEnabled()
    before, count = len(targets.changes), len(rows)
    qtbot.mouseClick(targets.remove_button, Qt.MouseButton.LeftButton)
    give_reason(qtbot, targets, "ย้ายออกนอกพื้นที่แล้ว", shot=artifacts_dir / "screens" / "targets-reason-dialog.png")
    wait_for_change(qtbot, targets, TargetChangeAction.REMOVE, before)
    assert len(targets.selection.rows) == count - 1
    assert targets.selection.row(third.household_id) is None
    assert shown_ranks(targets) == list(range(1, count))
    assert last_change(targets).reason == "ย้ายออกนอกพื้นที่แล้ว"
    assert "ย้ายออกนอกพื้นที่แล้ว" in plain(targets.history.item(0).text())

    # WHEN moving the first household down with a reason
    targets.table.selectRow(0)
    first = targets.current_row()
    assert first is not None and not targets.up_button.isEnabled()
    before = len(targets.changes)
    qtbot.mouseClick(targets.down_button, Qt.MouseButton.LeftButton)
    give_reason(qtbot, targets, "เร่งด่วนน้อยกว่าลำดับถัดไป")
    wait_for_change(qtbot, targets, TargetChangeAction.REORDER, before)
    moved = targets.selection.row(first.household_id)
    assert moved is not None and moved.rank == 2
    assert targets.current_household_id() == first.household_id  # still selected where it went

    # WHEN adding a household from the candidates with a reason
    before, count = len(targets.changes), len(targets.selection.rows)
    qtbot.mouseClick(targets.add_button, Qt.MouseButton.LeftButton)
    dialog = targets.add_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=15_000)
    assert dialog.model.rowCount() == 60 - count
    candidate = dialog.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole + 2)
    assert dialog.select_household(candidate)
    assert not dialog.save_button.isEnabled()
    type_text(dialog.reason_edit, "คณะกรรมการเห็นชอบเป็นกรณีพิเศษ")
    assert dialog.save_button.isEnabled()
    (artifacts_dir / "screens").mkdir(exist_ok=True)
    assert dialog.grab().save(str(artifacts_dir / "screens" / "targets-add-dialog.png"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_change(qtbot, targets, TargetChangeAction.ADD, before)
    added = targets.selection.row(candidate)
    assert added is not None and not added.proposed and added.rank == count + 1

    # WHEN locking with a reason THEN editing is off and the badge says locked
    before = len(targets.changes)
    qtbot.mouseClick(targets.lock_button, Qt.MouseButton.LeftButton)
    give_reason(qtbot, targets, "ที่ประชุมคณะกรรมการรับรองรายชื่อ")
    wait_for_change(qtbot, targets, TargetChangeAction.LOCK, before)
    assert targets.locked and targets.status_badge.property("state") == "locked"
    assert targets.selection.locked_by == OFFICER and OFFICER in targets.status_badge.text()
    for button in (targets.propose_button, targets.add_button, targets.remove_button, targets.down_button):
        assert not button.isEnabled()

    # the screen as people see it
    targets.table.selectRow(1)
    targets.table.scrollToTop()
    QApplication.processEvents()
    (artifacts_dir / "screens").mkdir(exist_ok=True)
    assert window.grab().save(str(artifacts_dir / "screens" / "targets-th.png"))


def test_GIVEN_the_list_WHEN_printing_into_a_folder_THEN_the_list_and_the_forms_are_written(
    screen: tuple[MainWindow, TargetsScreen], qtbot: QtBot, tmp_path: Path
) -> None:
    _window, targets = screen
    targets.print_reports(tmp_path)
    qtbot.waitUntil(lambda: len(targets.printed) == 3, timeout=30_000)
    assert sorted(p.suffix for p in targets.printed) == [".pdf", ".pdf", ".xlsx"]
    assert all(p.parent == tmp_path and p.stat().st_size > 5_000 for p in targets.printed)
    assert str(tmp_path) in targets.print_status.text()


def test_GIVEN_a_locked_list_WHEN_the_reason_dialog_is_cancelled_THEN_nothing_changes(
    screen: tuple[MainWindow, TargetsScreen], qtbot: QtBot
) -> None:
    _window, targets = screen
    before = len(targets.changes)
    qtbot.mouseClick(targets.lock_button, Qt.MouseButton.LeftButton)
    dialog = reason_dialog(targets)
    type_text(dialog.reason_edit, "ยังไม่แน่ใจ")
    dialog.reject()
    targets.ops.wait_idle()
    QApplication.processEvents()
    assert targets.locked and len(targets.changes) == before


def test_GIVEN_a_target_WHEN_its_participation_record_is_edited_THEN_consent_and_signing_are_saved(
    screen: tuple[MainWindow, TargetsScreen], qtbot: QtBot
) -> None:
    from datetime import date

    from sqlalchemy import select

    from cdfi_desktop.db import models as m
    from cdfi_desktop.ui.targets.participation import ParticipationDialog

    _window, targets = screen
    targets.table.selectRow(1)
    household_id = targets.current_household_id()
    assert household_id is not None
    # WHEN the officer opens the record of the second household on the locked list (the list may be locked)
    assert targets.participation_button.isEnabled()
    qtbot.mouseClick(targets.participation_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: targets.participation_dialog is not None and targets.participation_dialog.isVisible())
    dialog = targets.participation_dialog
    assert isinstance(dialog, ParticipationDialog)
    # THEN signing without consent is refused at the field, and a signing date before enrolment too
    dialog.consent.setChecked(False)
    dialog.enrolled_on.setText("")
    type_text(dialog.enrolled_on.edit, "5/11/2569")
    dialog.signed_on.setText("")
    type_text(dialog.signed_on.edit, "1/11/2569")
    assert not dialog.save_button.isEnabled()
    dialog.consent.setChecked(True)
    assert not dialog.save_button.isEnabled()  # signed before enrolling
    dialog.signed_on.setText("")
    type_text(dialog.signed_on.edit, "7/11/2569")
    type_text(dialog.notes, "ลงนามที่ศาลาอเนกประสงค์")
    assert dialog.save_button.isEnabled()
    dialog.grab().save(str(Path("artifacts/screens/targets-participation-dialog.png")))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    targets.ops.wait_idle()
    with targets.ops.db.session() as session:
        record = session.scalars(
            select(m.ParticipationRecord).where(m.ParticipationRecord.household_id == household_id)
        ).one()
    assert (record.enrolled_on, record.signed_on, record.consent_given) == (date(2026, 11, 5), date(2026, 11, 7), True)
    assert record.notes == "ลงนามที่ศาลาอเนกประสงค์"


def test_GIVEN_a_target_at_1hh1c_WHEN_its_participation_record_opens_THEN_it_shows_the_contract_and_the_debts_it_took(
    app: QApplication, qtbot: QtBot, artifacts_dir: Path
) -> None:
    from datetime import date
    from decimal import Decimal

    from cdfi_desktop.services.obligations import BroughtIn, SignedContract
    from cdfi_desktop.services.targets import ParticipationRow
    from cdfi_desktop.ui.targets.participation import ParticipationDialog

    row = ParticipationRow(
        household_id="h1",
        code="00222",
        head_name="นายกิตติ ภูผาทอง",
        house_no="63",
        village_no=5,
        village="บ้านบึงสวรรค์",
        rank=1,
        record_id=None,
        representative_member_id=None,
        representative_name="นายกิตติ ภูผาทอง",
        enrolled_on=None,
        consent_given=False,
        signed_on=None,
        notes="",
        members=(),
    )
    contract = SignedContract(
        id="c1",
        household_id="h1",
        contract_no="1HH1C-001/2570",
        signing_date=date(2026, 10, 19),
        lender_fund_id=None,
        principal=Decimal("120190.00"),
        interest_rate=Decimal(6),
        term_months=118,
        installment=Decimal("1350.00"),
        balance=Decimal("119446.88"),
        days_overdue=0,
        brought_in=(
            BroughtIn("สหกรณ์ผู้ใช้น้ำ", "", Decimal("106945.00")),
            BroughtIn("กองทุนหมู่บ้านป่าไผ่", "", Decimal("2000.90")),
        ),
    )
    # WHEN the record of a household that signed its contract opens
    dialog = ParticipationDialog(row, today=date(2026, 11, 25), contracts=[contract])
    qtbot.addWidget(dialog)
    dialog.show()
    # THEN it shows the contract its debts became, and the debts brought in
    assert dialog.contract.isVisible()
    text = dialog.contract.text()
    assert "สัญญารวมหนี้ 1HH1C เลขที่ 1HH1C-001/2570: เงินต้น 120,190.00 บาท ระยะ 118 งวด งวดละ 1,350.00 บาท" in text
    assert "คงเหลือ 119,446.88 บาท" in text
    assert "หนี้ที่โอนมารวมในสัญญา: สหกรณ์ผู้ใช้น้ำ 106,945.00 · กองทุนหมู่บ้านป่าไผ่ 2,000.90" in text
    folder = artifacts_dir / "screens"
    folder.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(folder / "targets-participation-dialog-contract.png"))
    # and a household without a contract shows none
    plain = ParticipationDialog(row, today=date(2026, 11, 25))
    qtbot.addWidget(plain)
    plain.show()
    assert not plain.contract.isVisible()


def _row(**changes: object) -> tg.TargetRow:
    from dataclasses import replace
    from decimal import Decimal

    from cdfi_desktop.domain.classification import DebtorClass
    from cdfi_desktop.messages import message

    recorded = message(
        "target_proposed", "th", debtor_class="C", debt=Decimal("120190.00"), term=118, installment=Decimal("1350.00")
    )
    row = tg.TargetRow(
        household_id="h1",
        code="00222",
        head_name="นายกิตติ ภูผาทอง",
        house_no="63",
        village_no=5,
        village="บ้านบึงสวรรค์",
        rank=1,
        class_at_selection="C",
        current_class=DebtorClass.B,
        class_reasons=(),
        total_debt=Decimal("95000.00"),
        dsr_pct=Decimal("31.5"),
        affordable_installment=Decimal("1500.00"),
        consolidated_term_months=64,
        eligible=True,
        proposed=True,
        reason=recorded,
        # what the service re-derives from today's figures (the debt has been paid down since the proposal)
        reason_code="target_proposed",
        reason_params={"debtor_class": "B", "debt": Decimal("95000.00"), "term": 64, "installment": Decimal("1500")},
    )
    return replace(row, **changes)  # type: ignore[arg-type]


def test_GIVEN_a_proposed_household_whose_debt_changed_THEN_its_reason_says_the_same_in_thai_and_english(
    app: QApplication,
) -> None:
    from cdfi_desktop.ui.targets import rows as shown

    row = _row()
    thai, english = shown.reason_text(row, "th"), shown.reason_text(row, "en")
    # THEN both name the class and the figures recorded when the household was proposed (as the printed list does)
    assert thai == row.reason and "120,190.00" in thai and "118" in thai
    assert english.startswith("Class C:") and "120,190.00" in english and "118 months" in english
    assert "1,350.00" in english and "95,000" not in english
    # and the officer's own words stay as typed, in either language
    added = _row(proposed=False, reason="คณะกรรมการเห็นชอบ", reason_code=None, reason_params={})
    assert shown.reason_text(added, "en") == "คณะกรรมการเห็นชอบ"


def test_GIVEN_the_english_ui_WHEN_a_household_is_chosen_THEN_the_detail_panel_is_all_english_and_in_thai_all_thai(
    screen: tuple[MainWindow, TargetsScreen], qtbot: QtBot
) -> None:
    import re

    from cdfi_desktop.ui.i18n import set_language

    _window, targets = screen
    targets.table.selectRow(0)
    row = targets.current_row()
    assert row is not None
    thai = detail_text(targets)
    for english in ("Class when selected", "Class now", "Why this class", "Total debt", "Debt-service ratio"):
        assert english not in thai
    assert "ชั้นเมื่อคัดเลือก" in thai and "สัดส่วนภาระหนี้ต่อรายได้" in thai
    set_language("en")
    qtbot.waitUntil(lambda: "Class when selected" in detail_text(targets), timeout=5_000)
    english = detail_text(targets)
    names = {row.head_name, row.village, *re.findall(r"\S+", row.village)}
    thai_words = [w for w in re.findall(r"[\u0e00-\u0e7f]+", english) if not any(w in n for n in names)]
    assert thai_words == []  # the reason and the class reasons in English too; only names stay Thai
    reason = targets.proxy.index(0, REASON_COLUMN).data()
    assert reason.startswith("Class ") and not re.search(r"[\u0e00-\u0e7f]", reason)


def test_GIVEN_an_empty_database_THEN_the_target_step_offers_what_can_be_done_and_disabled_buttons_say_why(
    app: QApplication, qtbot: QtBot, empty_db: Database
) -> None:
    from cdfi_desktop.ui.ops import Ops
    from cdfi_desktop.ui.overview import first_steps

    targets = TargetsScreen(Ops(empty_db), today=DEMO_AS_OF)
    qtbot.addWidget(targets)
    targets.resize(1366, 697)
    targets.show()
    qtbot.waitUntil(targets.stack.is_empty, timeout=15_000)
    empty = targets.stack.empty
    # THEN it says to create the institute, and the button it shows does that (no greyed-out Propose to press)
    assert empty.message.text() == first_steps.no_institute_text()
    assert empty.action.isVisible() and empty.action.text() == first_steps.create_institute_action()
    for button in (targets.propose_button, targets.add_button, targets.lock_button, targets.print_button):
        assert not button.isEnabled() and button.toolTip()
    assert targets.propose_button.toolTip() == first_steps.why_no_institute()


def assert_register_fits(table: RegisterTable) -> None:
    """Money columns shown and inside the view without scrolling sideways; no shown header cut."""
    QApplication.processEvents()
    table.fit_columns()
    viewport = table.viewport().width()
    for column in table.money_columns():
        assert not table.isColumnHidden(column), table.header_text(column)
        assert table.columnViewportPosition(column) + table.columnWidth(column) <= viewport, table.header_text(column)
    for column in range(table.model().columnCount()):
        if not table.isColumnHidden(column):
            assert table.columnWidth(column) >= table.header_width(column), table.header_text(column)


@pytest.mark.parametrize("language", ["th", "en"])
def test_GIVEN_a_laptop_window_WHEN_the_list_shows_THEN_money_columns_are_in_view_and_headers_whole(
    screen: tuple[MainWindow, TargetsScreen], qtbot: QtBot, artifacts_dir: Path, language: str
) -> None:
    from cdfi_desktop.ui.i18n import set_language

    window, targets = screen
    set_language(language)
    for width, height in ((1366, 697), (1920, 1040)):
        window.resize(width, height)
        # the table settles to the new width without a sideways scroll bar (the layout runs after the resize)
        qtbot.waitUntil(lambda: not targets.table.horizontalScrollBar().isVisible(), timeout=5_000)
        assert_register_fits(targets.table)
        (artifacts_dir / "screens").mkdir(exist_ok=True)
        window.grab().save(str(artifacts_dir / "screens" / f"targets-{language}-{width}x{height}.png"))


def test_GIVEN_an_institute_without_households_THEN_the_target_step_sends_the_officer_to_the_registers(
    app: QApplication, qtbot: QtBot, empty_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import date

    from cdfi_desktop.domain.enums import Cohort, InstituteLevel
    from cdfi_desktop.services import institute as service
    from cdfi_desktop.services.uow import UnitOfWork
    from cdfi_desktop.ui.ops import Ops
    from cdfi_desktop.ui.overview import first_steps

    form = service.InstituteForm(
        id=None,
        name="สถาบันการจัดการเงินทุนชุมชนตำบลในเมือง",
        code="CDD-40-001",
        level=InstituteLevel.SUBDISTRICT,
        cohort=Cohort.NEW,
        cohort_fiscal_year=2570,
        founding_date=date(2026, 11, 1),
        province_code="40",
        district_code="4001",
        subdistrict_code="400101",
        address="ศาลาประชาคมหมู่ที่ 1",
        phone="043123456",
    )
    with UnitOfWork(empty_db) as uow:
        service.save_institute(uow, form, today=DEMO_AS_OF)
    targets = TargetsScreen(Ops(empty_db), today=DEMO_AS_OF)
    qtbot.addWidget(targets)
    targets.show()
    qtbot.waitUntil(lambda: targets.institute_id is not None, timeout=15_000)
    # THEN nothing to propose from: it says to import or add the households first, and goes there
    assert targets.stack.is_empty() and targets.households == 0
    assert not targets.propose_button.isEnabled() and "2" in targets.propose_button.toolTip()
    went: list[str] = []
    monkeypatch.setattr(first_steps, "go_to_step", lambda _widget, key: went.append(key) or True)
    qtbot.mouseClick(targets.stack.empty.action, Qt.MouseButton.LeftButton)
    assert went == ["registers"]
