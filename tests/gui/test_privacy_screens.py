"""Citizen IDs on screen (PDPA, issue 15 point 6): masked by default on the registers (both tabs), in the household
dialog's member list, on the contract's detail and the overview; in full only when the role may see them and the
user asked ("Show full citizen IDs"); never for a committee account, whose household dialog shows the stored ID
masked and not editable, and saves it unchanged.

Every screen is read as a person would: every widget of the window (labels, line edits, text views, buttons,
combo boxes, tab titles, tooltips) and every cell of every item view's model (display and tooltip roles).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cdfi_desktop.app import create_main_window
from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.citizen_id import format_citizen_id, mask
from cdfi_desktop.domain.thai_digits import to_arabic_digits
from cdfi_desktop.services.demo import DEMO_AS_OF
from cdfi_desktop.settings import Settings
from cdfi_desktop.ui import screens
from cdfi_desktop.ui.contracts.view import ContractsScreen
from cdfi_desktop.ui.main_window import MainWindow
from cdfi_desktop.ui.privacy import Disclosure, disclosure
from cdfi_desktop.ui.registers.household_dialog import HouseholdDialog
from cdfi_desktop.ui.registers.view import RegistersScreen
from cdfi_desktop.ui.widgets import dialogs
from tests.gui.typing_helpers import type_text

SEPARATORS = r"[\s\-\u2010-\u2015\u2212]*"


@pytest.fixture(autouse=True)
def masked_again() -> Iterator[Disclosure]:
    """GIVEN the window's disclosure as a database without accounts starts it (allowed, masked); left so after."""
    shown = disclosure()
    shown.reset(allowed=True)
    yield shown
    shown.reset(allowed=True)


# -- reading a screen as a person would ------------------------------------------------------------------------------
def _model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[str]:
    parent = QModelIndex() if parent is None else parent
    try:
        columns = model.columnCount(parent)
    except TypeError:  # a list model keeps its one column to itself
        columns = 1
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if value is not None:
                    yield str(value)
            if column == 0 and _has_children(model, index):
                yield from _model_texts(model, index)


def _has_children(model: QAbstractItemModel, index: QModelIndex) -> bool:
    try:
        return bool(model.hasChildren(index))
    except TypeError:  # a table or list model: no tree below its rows
        return False


def screen_texts(root: QWidget, *, skip: Iterable[QWidget] = ()) -> list[str]:
    """Every text ``root`` and its children show (``skip``: widgets left out, with their children)."""
    skipped = set(skip)
    texts = [root.windowTitle(), root.toolTip()]
    for widget in [root, *root.findChildren(QWidget)]:
        if any(widget is s or s.isAncestorOf(widget) for s in skipped):
            continue
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel | QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += list(_model_texts(widget.model()))
    return [t for t in texts if t]


def full_ids_in(texts: Iterable[str], ids: Iterable[str]) -> set[str]:
    plain = to_arabic_digits("\n".join(texts))
    return {cid for cid in ids if re.search(r"(?<!\d)" + SEPARATORS.join(cid) + r"(?!\d)", plain)}


def masked_in(texts: Iterable[str], ids: Iterable[str]) -> set[str]:
    plain = to_arabic_digits("\n".join(texts))
    return {cid for cid in ids if mask(cid) in plain}


def every_id(db: Database) -> set[str]:
    with db.session() as session:
        found = set(session.scalars(select(m.HouseholdMember.citizen_id)))
        found |= set(session.scalars(select(m.ContractParty.citizen_id)))
        found |= set(session.scalars(select(m.DebtGuarantor.citizen_id)))
        found |= set(session.scalars(select(m.CommitteeMember.citizen_id)))
    return {cid for cid in found if cid and len(cid) == 13}


# -- the registers ------------------------------------------------------------------------------------------------
@pytest.fixture
def registers(app: QApplication, qtbot: QtBot, demo_db: Database) -> Iterator[tuple[MainWindow, RegistersScreen]]:
    window = create_main_window(demo_db, Settings(officer="นางสาวพรทิพย์ ใจดี"))
    qtbot.addWidget(window)
    window.resize(1366, 697)
    window.show()
    window.show_step("registers")
    screen = window.stack.currentWidget()
    assert isinstance(screen, RegistersScreen)
    qtbot.waitUntil(lambda: screen.households.total == 60, timeout=10_000)
    yield window, screen
    window.ops.wait_idle()


def _rows_loaded(qtbot: QtBot, screen: RegistersScreen) -> None:
    qtbot.waitUntil(lambda: all(screen.households.row(i) is not None for i in range(20)), timeout=10_000)
    screen.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: (screen.debts.total or 0) > 20, timeout=10_000)
    qtbot.waitUntil(lambda: all(screen.debts.row(i) is not None for i in range(20)), timeout=10_000)
    screen.tabs.setCurrentIndex(0)


def _shown_heads(screen: RegistersScreen) -> set[str]:
    rows = [screen.households.row(i) for i in range(20)]
    return {r.head_citizen_id for r in rows if r is not None and r.head_citizen_id}


def test_GIVEN_the_registers_THEN_ids_are_masked_WHEN_revealed_THEN_in_full_and_never_for_a_committee(
    registers: tuple[MainWindow, RegistersScreen],
    qtbot: QtBot,
    demo_db: Database,
    artifacts_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, screen = registers
    ids = every_id(demo_db)
    _rows_loaded(qtbot, screen)
    heads = _shown_heads(screen)
    assert len(heads) >= 15
    # THEN nothing on the window shows an ID in full; the heads' show masked
    texts = screen_texts(window)
    assert not full_ids_in(texts, ids)
    assert masked_in(texts, heads) == heads
    assert screen.show_ids.isVisible() and not screen.show_ids.isChecked()
    folder = artifacts_dir / "screens"
    folder.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(folder / "registers-masked-ids-th.png"))

    # WHEN the officer (allowed) ticks "Show full citizen IDs" and says no to the window's question THEN still masked
    questions: list[str] = []
    answers = iter([False, True])

    def ask(_parent: object, _title: str, text: str) -> bool:
        questions.append(text)
        return next(answers)

    monkeypatch.setattr(dialogs, "ask", ask)
    screen.show_ids.setChecked(True)
    assert len(questions) == 1 and not disclosure().revealed and not screen.show_ids.isChecked()
    assert not full_ids_in(screen_texts(window), ids)
    # WHEN ticked again and the question answered yes THEN the tables show them grouped in full
    screen.show_ids.setChecked(True)
    assert len(questions) == 2 and disclosure().revealed and screen.show_ids.isChecked()
    assert window.show_ids_action.isChecked()  # the window's File menu says the same
    texts = screen_texts(window)
    assert full_ids_in(texts, heads) == heads
    assert all(format_citizen_id(cid) in "\n".join(texts) for cid in heads)
    # WHEN it is unticked from elsewhere (the window's menu) THEN the screen follows
    disclosure().set_revealed(False)
    assert not screen.show_ids.isChecked()
    assert not full_ids_in(screen_texts(window), ids)

    # WHEN a committee account signs in (the role may not) THEN the box is gone and nothing reveals the IDs
    disclosure().set_revealed(True)
    disclosure().set_allowed(False)
    assert not screen.show_ids.isVisible() and not screen.show_ids.isChecked()
    assert not full_ids_in(screen_texts(window), ids)
    assert disclosure().set_revealed(True) is False
    screen.show_ids.setChecked(True)  # even if the hidden box were ticked
    assert not disclosure().revealed and not screen.show_ids.isChecked()
    assert not full_ids_in(screen_texts(window), ids)


def test_GIVEN_the_registers_WHEN_filtered_by_a_full_citizen_id_THEN_the_household_is_found_shown_masked(
    registers: tuple[MainWindow, RegistersScreen], qtbot: QtBot, demo_db: Database
) -> None:
    window, screen = registers
    qtbot.waitUntil(lambda: screen.households.row(7) is not None, timeout=10_000)
    row = screen.households.row(7)
    assert row is not None and row.head_citizen_id
    type_text(screen.household_filter, row.head_citizen_id)
    qtbot.waitUntil(lambda: screen.households.total == 1 and screen.households.row(0) is not None, timeout=10_000)
    found = screen.households.row(0)
    assert found is not None and found.id == row.id
    texts = screen_texts(window, skip=[screen.household_filter])  # what the officer typed stays typed
    assert not full_ids_in(texts, every_id(demo_db))
    assert mask(row.head_citizen_id) in "\n".join(texts)


def _pdf_text(path: Path) -> str:
    import shutil
    import subprocess

    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext is missing: install poppler-utils")
    return subprocess.run([tool, "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_GIVEN_the_registers_WHEN_printed_THEN_the_pdf_follows_the_screen_masked_or_revealed_and_never_committee(
    registers: tuple[MainWindow, RegistersScreen], qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    _window, screen = registers
    with demo_db.session() as session:
        heads = set(
            session.scalars(select(m.HouseholdMember.citizen_id).where(m.HouseholdMember.is_head.is_(True)))
        ) - {""}

    def printed(name: str) -> str:
        folder = tmp_path / name
        folder.mkdir()
        setattr(screen, "printed", [])  # noqa: B010 - the screen keeps what it printed last
        screen._export(".pdf", folder)
        qtbot.waitUntil(lambda: bool(getattr(screen, "printed", None)), timeout=20_000)
        return _pdf_text(folder / "household-register.pdf")

    # GIVEN masked on screen WHEN printed THEN masked on paper
    text = printed("masked")
    assert not full_ids_in([text], heads) and masked_in([text], heads) == heads
    # GIVEN revealed (allowed, asked) THEN the print carries them in full
    disclosure().set_revealed(True)
    assert full_ids_in([printed("revealed")], heads) == heads
    # GIVEN a committee account THEN masked again, whatever was asked before
    disclosure().set_allowed(False)
    disclosure().set_revealed(True)
    assert not full_ids_in([printed("committee")], heads)


# -- the household dialog -------------------------------------------------------------------------------------------
def _open_household(qtbot: QtBot, screen: RegistersScreen) -> HouseholdDialog:
    qtbot.waitUntil(lambda: screen.households.row(0) is not None, timeout=10_000)
    screen.open_household(screen.households.id_at(0))
    dialog = screen.household_dialog
    assert isinstance(dialog, HouseholdDialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10_000)
    return dialog


def test_GIVEN_the_household_dialog_THEN_its_list_is_masked_and_only_the_edit_field_shows_the_id_being_edited(
    registers: tuple[MainWindow, RegistersScreen], qtbot: QtBot, demo_db: Database
) -> None:
    _window, screen = registers
    dialog = _open_household(qtbot, screen)
    members = [d.citizen_id for d in dialog.members if d.citizen_id]
    assert members
    # THEN the member list shows every ID masked; the field where the chosen member's ID is typed shows it whole
    texts = screen_texts(dialog, skip=[dialog.m_cid])
    assert not full_ids_in(texts, every_id(demo_db))
    assert masked_in(texts, members) == set(members)
    assert dialog.m_cid.edit.text() == format_citizen_id(dialog.members[dialog.current_member].citizen_id)
    assert not dialog.m_cid.edit.isReadOnly()
    dialog.reject()


def test_GIVEN_a_committee_account_WHEN_a_household_is_opened_THEN_no_id_is_shown_whole_nor_lost(
    registers: tuple[MainWindow, RegistersScreen], qtbot: QtBot, demo_db: Database, artifacts_dir: Path
) -> None:
    _window, screen = registers
    disclosure().set_allowed(False)
    dialog = _open_household(qtbot, screen)
    current = dialog.members[dialog.current_member].citizen_id
    assert current
    # THEN not even the edit field shows it: masked, read-only, the stored ID kept behind it
    assert not full_ids_in(screen_texts(dialog), every_id(demo_db))
    assert dialog.m_cid.edit.text() == mask(current)
    assert dialog.m_cid.edit.isReadOnly() and dialog.m_cid.withheld
    assert dialog.m_cid.edit.toolTip() == "แสดงบางส่วน: บัญชีนี้ไม่มีสิทธิ์ดูเลขประจำตัวประชาชนเต็ม"
    assert dialog.m_cid.value() == current
    folder = artifacts_dir / "screens"
    folder.mkdir(parents=True, exist_ok=True)
    dialog.tabs.setCurrentIndex(1)  # the members
    assert dialog.grab().save(str(folder / "household-dialog-committee-th.png"))
    # WHEN another member is chosen and back THEN the draft still holds the stored ID, not its mask
    if len(dialog.members) > 1:
        dialog.member_list.selectRow(1)
        dialog.member_list.selectRow(0)
    assert dialog.members[0].citizen_id.replace("-", "") == current.replace("-", "")
    dialog.reject()


@pytest.mark.parametrize("committee", [False, True])
def test_GIVEN_a_debt_with_a_guarantor_WHEN_its_dialog_opens_THEN_the_id_is_editable_or_masked_and_kept(
    app: QApplication, qtbot: QtBot, demo_db: Database, committee: bool
) -> None:
    from cdfi_desktop.services import registers as reg
    from cdfi_desktop.ui.ops import Ops
    from cdfi_desktop.ui.registers.debt_dialog import DebtDialog

    with demo_db.session() as session:
        institute_id = reg.first_institute_id(session)
        assert institute_id is not None
        funds = reg.fund_choices(session, institute_id=institute_id)
        debt_id, household_id, cid = session.execute(
            select(m.Debt.id, m.Debt.household_id, m.DebtGuarantor.citizen_id)
            .join(m.DebtGuarantor, m.DebtGuarantor.debt_id == m.Debt.id)
            .where(m.DebtGuarantor.citizen_id != "")
        ).first() or (None, None, None)
        assert debt_id and household_id and cid
        form = next(d for d in reg.household_detail(session, household_id).debts if d.id == debt_id)
    disclosure().set_allowed(not committee)
    dialog = DebtDialog(Ops(demo_db), household_id=household_id, debt=form, members=[], funds=funds, today=DEMO_AS_OF)
    qtbot.addWidget(dialog)
    dialog.show()
    cells = [dialog.guarantors.item(r, 1) for r in range(dialog.guarantors.rowCount())]
    item = next(c for c in cells if c is not None and cid in (c.data(256), c.text()))
    editable = bool(item.flags() & Qt.ItemFlag.ItemIsEditable)
    if committee:  # THEN masked and not editable; nothing on the dialog shows it whole
        assert item.text() == mask(cid) and not editable
        assert not full_ids_in(screen_texts(dialog), {cid})
    else:  # THEN the officer edits it as stored
        assert item.text() == cid and editable
    # AND the form read back keeps the stored ID either way
    read = dialog.form()
    assert read is not None
    assert cid in {g.citizen_id for g in read.guarantors}
    dialog.reject()


# -- the contracts ------------------------------------------------------------------------------------------------
def test_GIVEN_a_signed_contract_THEN_its_detail_shows_parties_masked_unless_revealed_and_allowed(
    app: QApplication, qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(screens.SCREENS, "contracts", "cdfi_desktop.ui.contracts.view:ContractsScreen")
    window = create_main_window(demo_db, Settings(officer="นางสาวพรทิพย์ ใจดี"))
    qtbot.addWidget(window)
    window.resize(1366, 697)
    window.show()
    window.show_step("contracts")
    contracts = window.stack.currentWidget()
    assert isinstance(contracts, ContractsScreen)
    qtbot.waitUntil(lambda: contracts.loaded is not None, timeout=15_000)
    contracts.today, contracts.fiscal_year = DEMO_AS_OF, 2570
    contracts.loaded = None
    contracts.reload()
    qtbot.waitUntil(lambda: contracts.loaded is not None and contracts.contracts_model.rowCount() > 0, timeout=15_000)
    contracts.contracts_table.selectRow(0)
    qtbot.waitUntil(lambda: contracts.contract is not None, timeout=15_000)
    assert contracts.contract is not None
    parties = {p.citizen_id for p in contracts.contract.parties if p.citizen_id}
    assert parties
    ids = every_id(demo_db)
    # THEN masked
    assert not full_ids_in(screen_texts(window), ids)
    assert masked_in([contracts.summary.toPlainText()], parties) == parties
    # WHEN revealed (allowed) THEN the detail repaints with them in full
    disclosure().set_revealed(True)
    assert full_ids_in([contracts.summary.toPlainText()], parties) == parties
    # WHEN a committee account THEN masked again
    disclosure().set_allowed(False)
    assert not full_ids_in(screen_texts(window), ids)
    window.ops.wait_idle()


# -- every step's screen -------------------------------------------------------------------------------------------
LAPTOP_STEPS = (
    "institute",
    "registers",
    "analysis",
    "targets",
    "training",
    "plan",
    "contracts",
    "life_plans",
    "reports",
)


def test_GIVEN_every_step_of_the_laptop_WHEN_shown_with_its_data_THEN_no_citizen_id_is_whole_on_any(
    app: QApplication, qtbot: QtBot, demo_db: Database
) -> None:
    window = create_main_window(demo_db, Settings(officer="นางสาวพรทิพย์ ใจดี"))
    qtbot.addWidget(window)
    window.resize(1366, 697)
    window.show()
    ids = every_id(demo_db)
    for step in LAPTOP_STEPS:
        window.show_step(step)
        screen = window.stack.currentWidget()
        assert screen is not None, step
        qtbot.wait(300)
        window.ops.wait_idle()
        qtbot.wait(300)  # the screen's data posted back and painted
        assert not full_ids_in(screen_texts(screen), ids), (step, type(screen).__name__)
    window.ops.wait_idle()


# -- the overview ---------------------------------------------------------------------------------------------------
def test_GIVEN_the_overview_THEN_no_id_is_shown_whole(app: QApplication, qtbot: QtBot, demo_db: Database) -> None:
    window = create_main_window(demo_db, Settings())
    qtbot.addWidget(window)
    window.resize(1366, 697)
    window.show()
    qtbot.waitUntil(lambda: window.overview.data is not None, timeout=10_000)
    assert not full_ids_in(screen_texts(window), every_id(demo_db))
    window.ops.wait_idle()


def test_GIVEN_the_disclosure_THEN_show_masks_by_default_and_reveals_only_when_allowed_and_asked() -> None:
    shown = Disclosure()
    changes: list[bool] = []
    shown.changed.connect(lambda: changes.append(shown.revealed))
    cid = "1234567890121"
    assert shown.allowed and not shown.revealed and shown.show(cid) == "1-xxxx-xxxxx-12-1"
    assert shown.show("") == "" and shown.show("12345") == "xxxxx"
    assert (
        shown.set_revealed(True)
        and shown.show(cid) == "1-2345-67890-12-1"
        and shown.show("๑๒๓๔๕๖๗๘๙๐๑๒๑") == ("1-2345-67890-12-1")
    )
    shown.reset()  # sign-out or lock
    assert not shown.revealed and shown.show(cid) == "1-xxxx-xxxxx-12-1"
    shown.set_allowed(False)
    assert shown.set_revealed(True) is False and shown.show(cid) == "1-xxxx-xxxxx-12-1"
    shown.set_allowed(True)  # the next user may, but has not asked
    assert not shown.revealed
    assert changes == [True, False, False, False]
