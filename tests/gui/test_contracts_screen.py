"""The contracts screen on the demo database: the target households with their contract status and the counter
against the profile's 11, and — the acceptance walk — a target household consolidated through the wizard from
debt selection to a signed contract: its transfer lines written and its source debts closed as transferred."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cdfi_desktop.app import create_main_window
from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.enums import ContractStatus, DebtStatus, RepaymentMethod
from cdfi_desktop.domain.schedule import add_months
from cdfi_desktop.messages import message
from cdfi_desktop.services.demo import DEMO_AS_OF
from cdfi_desktop.settings import Settings
from cdfi_desktop.ui import screens
from cdfi_desktop.ui.contracts.view import ContractsScreen, contract_file_name
from cdfi_desktop.ui.contracts.wizard import PARTIES, REVIEW, SCHEDULE, TERMS, ConsolidationWizard
from cdfi_desktop.ui.main_window import MainWindow
from tests.gui.typing_helpers import type_text

OFFICER = "นางสาวพรทิพย์ ใจดี"


@pytest.fixture
def screen(
    app: QApplication, qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[MainWindow, ContractsScreen]]:
    """GIVEN the main window at 1366×768 on a 60-household demo database, on the contracts step, on the demo's
    day (fiscal year 2570, its target list locked)."""
    monkeypatch.setitem(screens.SCREENS, "contracts", "cdfi_desktop.ui.contracts.view:ContractsScreen")
    demo_db.recorder.officer = OFFICER
    window = create_main_window(demo_db, Settings(officer=OFFICER))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_step("contracts")
    contracts = window.stack.currentWidget()
    assert isinstance(contracts, ContractsScreen)
    qtbot.waitUntil(lambda: contracts.loaded is not None, timeout=15_000)
    contracts.today, contracts.fiscal_year = DEMO_AS_OF, 2570
    contracts.loaded = None
    contracts.retranslate()
    contracts.reload()
    qtbot.waitUntil(lambda: contracts.loaded is not None, timeout=15_000)
    yield window, contracts
    window.ops.wait_idle()


def click_next(qtbot: QtBot, wizard: ConsolidationWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled(), f"Next is disabled on page {wizard.currentId()}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tick(qtbot: QtBot, wizard: ConsolidationWizard, row: int) -> None:
    table = wizard.sources_page.table
    item = table.item(row, 0)
    assert item is not None
    before = item.checkState()
    rect = table.visualItemRect(item)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 12, rect.center().y()))
    if item.checkState() == before:
        table.setCurrentItem(item)
        qtbot.keyClick(table, Qt.Key.Key_Space)
    assert item.checkState() != before


def test_GIVEN_the_locked_targets_WHEN_consolidating_one_through_the_wizard_THEN_the_contract_is_signed(
    screen: tuple[MainWindow, ContractsScreen], qtbot: QtBot, demo_db: Database, artifacts_dir: Path, tmp_path: Path
) -> None:
    window, contracts = screen
    loaded = contracts.loaded
    assert loaded is not None and loaded.targets and loaded.min_households == 11
    before = contracts.consolidated_count()
    assert (
        contracts.counter.text().endswith(f"{before} of 11 households consolidated") or "11" in contracts.counter.text()
    )
    assert contracts.targets_proxy.rowCount() == len(loaded.targets)

    # WHEN the officer chooses the first target household without a contract and presses Consolidate
    signed = contracts.signed_by_household()
    target = next(r for r in loaded.targets if r.household_id not in signed and r.total_debt > 0)
    assert contracts.select_household(target.household_id)
    assert contracts.consolidate_button.isEnabled()
    qtbot.mouseClick(contracts.consolidate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: contracts.wizard is not None and contracts.wizard.isVisible(), timeout=15_000)
    wizard = contracts.wizard
    assert wizard is not None
    start = wizard.start
    assert start.household_id == target.household_id and start.is_target and start.debts

    # step 1: every open debt ticked; the interest to the signing date as suggested
    for row in range(len(start.debts)):
        tick(qtbot, wizard, row)
    payoff = sum((d.outstanding + d.suggested_interest for d in start.debts), Decimal(0))
    assert wizard.principal() == payoff
    click_next(qtbot, wizard)
    # step 2: the solver's shortest term, declining balance; both methods shown
    assert wizard.currentId() == TERMS
    terms = wizard.terms_page
    assert terms.chosen_figures() is not None and terms.table.item(1, 0) is not None
    click_next(qtbot, wizard)
    assert wizard.currentId() == SCHEDULE and wizard.schedule_page.model.rowCount() > 1
    click_next(qtbot, wizard)
    # step 4: two witnesses typed; the rest pre-filled (borrower the head, the institute lends, its address)
    assert wizard.currentId() == PARTIES
    parties = wizard.parties_page
    assert parties.borrower_member() is not None and parties.borrower_member().is_head
    for row, name in zip(parties.witnesses.rows, ("นายประยุทธ มั่นคง", "นางสาวกานดา ศรีสุข"), strict=True):
        type_text(row.name.edit, name)
    for row in parties.guarantors.rows:  # carried over from the source debts
        assert row.name.text()
    click_next(qtbot, wizard)
    assert wizard.currentId() == REVIEW
    assert "บาท" in wizard.review_page.summary.toPlainText()

    # WHEN signing
    with qtbot.waitSignal(wizard.signed, timeout=20_000) as signal:
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    contract_id = str(signal.args[0])
    qtbot.waitUntil(lambda: contracts.wizard is None, timeout=10_000)

    # THEN the contract is in the database with one transfer line per source, and the sources are transferred
    with demo_db.session() as session:
        contract = session.get(m.ConsolidationContract, contract_id)
        assert contract is not None and contract.status is ContractStatus.SIGNED
        assert contract.household_id == target.household_id and contract.principal == payoff
        lines = session.scalars(select(m.TransferLine).where(m.TransferLine.contract_id == contract_id)).all()
        assert sorted(t.source_debt_id for t in lines) == sorted(d.debt_id for d in start.debts)
        for d in start.debts:
            source = session.get(m.Debt, d.debt_id)
            assert source is not None and source.status is DebtStatus.TRANSFERRED
    # THEN the screen shows it: status, counter, the contract selected with its detail
    qtbot.waitUntil(lambda: contracts.current_contract_id() == contract_id, timeout=15_000)
    qtbot.waitUntil(lambda: contracts.contract is not None and contracts.contract.id == contract_id, timeout=15_000)
    assert contracts.consolidated_count() == before + 1
    assert f"{before + 1} " in contracts.counter.text()
    assert contracts.select_household(target.household_id)
    assert contracts.consolidate_button.isEnabled()  # a second contract stays possible, with a reason
    assert contracts.contract is not None
    assert contracts.schedule_model.rowCount() == len(contracts.contract.schedule) + 1
    assert contracts.contract.transfers[0].creditor in contracts.summary.toPlainText()
    folder = artifacts_dir / "screens"
    folder.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(folder / "contracts-screen.png"))

    # WHEN printing the contract (when the contract PDF is there)
    try:
        import cdfi_desktop.reports.contract_pdf  # noqa: F401
    except ImportError:
        pytest.skip("reports/contract_pdf.py is not written yet")
    contracts.print_contract(tmp_path)  # into the folder, named after the contract
    out = tmp_path / contract_file_name(contracts.contract.contract_no)
    qtbot.waitUntil(lambda: contracts.printed == out, timeout=30_000)
    assert out.stat().st_size > 0
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(["pdftotext", str(out), "-"], check=True, capture_output=True, text=True).stdout
    assert contracts.contract.contract_no in text


def sign_first_debt(db: Database, household_id: str, debt_id: str) -> str:
    """The household's first contract of the year, signed through the service, taking over one of its debts."""
    from cdfi_desktop.services import contracts as ct
    from cdfi_desktop.services.contract_types import ContractForm, SourceDebtForm
    from cdfi_desktop.services.uow import UnitOfWork

    with db.session() as session:
        start = ct.consolidation_start(session, household_id=household_id, as_of=DEMO_AS_OF)
    debt = next(d for d in start.debts if d.debt_id == debt_id)
    head = next(x for x in start.members if x.is_head)
    source = SourceDebtForm(debt_id=debt_id, principal=debt.outstanding)
    form = ContractForm(
        household_id=household_id,
        fiscal_year=start.fiscal_year,
        sources=(source,),
        principal=source.payoff.amount,
        interest_rate=Decimal(6),
        method=RepaymentMethod.DECLINING,
        term_months=start.max_term_months,
        first_due_date=add_months(DEMO_AS_OF, 1),
        signing_date=DEMO_AS_OF,
        signing_place="ศาลาอเนกประสงค์",
        borrower_member_id=head.member_id,
    )
    with UnitOfWork(db) as uow:
        return ct.sign_contract(uow, form)


def test_GIVEN_a_signed_household_WHEN_a_second_contract_waives_principal_THEN_both_reasons_are_kept_and_printed(
    screen: tuple[MainWindow, ContractsScreen], qtbot: QtBot, demo_db: Database, artifacts_dir: Path, tmp_path: Path
) -> None:
    window, contracts = screen
    loaded = contracts.loaded
    assert loaded is not None
    # GIVEN a target household with two open debts that signed a contract for the first of them this year
    from cdfi_desktop.services import contracts as ct

    with demo_db.session() as session:
        target, debts = next(
            (r, start.debts)
            for r in loaded.targets
            for start in [ct.consolidation_start(session, household_id=r.household_id, as_of=DEMO_AS_OF)]
            if not start.signed_contract_id and len([d for d in start.debts if d.outstanding > 10]) >= 2
        )
    first_id = sign_first_debt(demo_db, target.household_id, debts[0].debt_id)
    contracts.reload()
    qtbot.waitUntil(lambda: target.household_id in contracts.signed_by_household(), timeout=15_000)

    # WHEN the officer chooses it: Consolidate is enabled, and the wizard warns of the first contract
    assert contracts.select_household(target.household_id)
    assert contracts.consolidate_button.isEnabled()
    qtbot.mouseClick(contracts.consolidate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: contracts.wizard is not None and contracts.wizard.isVisible(), timeout=15_000)
    wizard = contracts.wizard
    assert wizard is not None and wizard.start.signed_contract_id == first_id
    assert message("contract_signed_twice", "th") in contracts.status.text()
    page = wizard.sources_page
    assert page.second_warning.isVisible() and page.second_warning.property("state") == "warning"
    assert page.second_reason is not None
    tick(qtbot, wizard, 0)
    entry = wizard.entries[0]
    # THEN the principal is the whole outstanding, read-only; without the second contract's reason Next waits
    assert page.principal.edit.isReadOnly() and entry.principal == entry.debt.outstanding
    assert page.second_reason.has_error and not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    second_reason = "ครัวเรือนกู้เพิ่มจากกองทุนหมู่บ้านหลังลงนามสัญญาแรก"
    type_text(page.second_reason.edit, second_reason)
    assert not page.second_reason.has_error

    # WHEN 10 baht of the principal is waived without a reason: refused at the field, Next waits
    page.principal_waived.edit.setFocus()
    page.principal_waived.edit.selectAll()
    page.principal_waived.edit.del_()
    type_text(page.principal_waived.edit, "10")
    page.principal_waived.edit.editingFinished.emit()
    assert page.waiver_reason.has_error and "เหตุผล" in page.waiver_reason.problem.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    waiver_reason = "คณะกรรมการยกเว้นเงินต้นส่วนที่ผู้กู้ชำระแล้วแต่ไม่มีใบเสร็จ"
    type_text(page.waiver_reason.edit, waiver_reason)
    page.waiver_reason.edit.editingFinished.emit()
    assert not page.waiver_reason.has_error
    owed = entry.payoff().gross
    assert wizard.principal() == owed - entry.payoff().waived
    window.resize(1366, 768)
    wizard.resize(1366, 768)
    folder = artifacts_dir / "screens"
    folder.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    assert wizard.grab().save(str(folder / "contracts-wizard-second-contract-waiver.png"))
    for _ in range(3):
        click_next(qtbot, wizard)
    parties = wizard.parties_page
    for row, name in zip(parties.witnesses.rows, ("นายประยุทธ มั่นคง", "นางสาวกานดา ศรีสุข"), strict=True):
        type_text(row.name.edit, name)
    click_next(qtbot, wizard)
    assert wizard.currentId() == REVIEW
    review = wizard.review_page.summary.toPlainText()
    assert waiver_reason in review and second_reason in review
    with qtbot.waitSignal(wizard.signed, timeout=20_000) as signal:
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    contract_id = str(signal.args[0])
    qtbot.waitUntil(lambda: contracts.wizard is None, timeout=10_000)

    # THEN both reasons are in the contract's notes
    with demo_db.session() as session:
        contract = session.get(m.ConsolidationContract, contract_id)
        assert contract is not None and contract.status is ContractStatus.SIGNED
        assert waiver_reason in contract.notes and second_reason in contract.notes
    # THEN and on the printed contract
    qtbot.waitUntil(lambda: contracts.current_contract_id() == contract_id, timeout=15_000)
    qtbot.waitUntil(lambda: contracts.contract is not None and contracts.contract.id == contract_id, timeout=15_000)
    # THEN and in the contract's detail panel
    detail = contracts.summary.toPlainText()
    assert "หมายเหตุ" in detail and waiver_reason in detail and second_reason in detail
    contracts.print_contract(tmp_path)
    out = tmp_path / contract_file_name(contracts.contract.contract_no)
    qtbot.waitUntil(lambda: contracts.printed == out, timeout=30_000)
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(["pdftotext", str(out), "-"], check=True, capture_output=True, text=True).stdout
    flat = "".join(text.split())
    assert "หมายเหตุ" in flat
    assert "".join(waiver_reason.split()) in flat and "".join(second_reason.split()) in flat
    shutil.copy(out, artifacts_dir / "contract-second-with-waiver.pdf")


def test_GIVEN_a_household_with_a_contract_WHEN_pressing_consolidate_THEN_a_second_contract_can_start(
    screen: tuple[MainWindow, ContractsScreen], qtbot: QtBot
) -> None:
    _window, contracts = screen
    assert contracts.loaded is not None
    contracts.targets_table.clearSelection()
    assert not contracts.consolidate_button.isEnabled()
    contracts.consolidate()
    assert contracts.wizard is None
