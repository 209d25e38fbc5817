"""The repayments panel of a signed contract: its position, recording a payment after seeing its split, reversing it
with a reason, printing the receipt; screenshots at 1366×768."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.enums import ContractStatus
from cdfi_desktop.domain.numbering import device_tag
from cdfi_desktop.services import repayments as rp
from cdfi_desktop.ui.contracts.repayments import RepaymentsPanel
from cdfi_desktop.ui.ops import Ops
from tests.gui.typing_helpers import type_text
from tests.integration.test_repayments_service import pay, receipts_numbered, sign_contract

TODAY = date(2027, 4, 20)


@pytest.fixture
def panel(app: QApplication, qtbot: QtBot, demo_db: Database) -> Iterator[tuple[RepaymentsPanel, str]]:
    """GIVEN a signed contract paid once, then three installments missed, shown in the panel at 1366×768."""
    contract_id = sign_contract(demo_db)
    with demo_db.session() as session:
        first = rp.contract_account(session, contract_id, as_of=TODAY).schedule[0]
    pay(demo_db, contract_id, first.due_date, str(first.installment))
    ops = Ops(demo_db)
    widget = RepaymentsPanel(ops, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.set_contract(contract_id)
    widget.show()
    qtbot.waitUntil(lambda: widget.account is not None, timeout=15_000)
    yield widget, contract_id
    ops.wait_idle()
    QApplication.processEvents()  # deliver what is still queued while the widget lives


def test_GIVEN_missed_installments_WHEN_shown_THEN_balance_arrears_days_overdue_and_the_schedule_marks(
    panel: tuple[RepaymentsPanel, str], artifacts_dir: Path
) -> None:
    widget, _contract_id = panel
    account = widget.account
    assert account is not None
    assert account.days_overdue == (TODAY - date(2027, 2, 5)).days
    text = widget.position_label.text()
    assert f"{account.balance:,.2f}" in text and f"{account.arrears:,.2f}" in text
    assert str(account.days_overdue) in text
    assert widget.schedule_model.rowCount() == len(account.schedule)
    states = [widget.schedule_model.index(r, 6).data() for r in range(4)]
    paid, overdue = (QCoreApplication.translate("RepaymentsPanel", t) for t in ("Paid", "Overdue"))
    assert states == [paid, overdue, overdue, overdue]
    assert widget.ledger_model.rowCount() == 1
    assert "→" in widget.figures_label.text()
    (artifacts_dir / "screens").mkdir(exist_ok=True)
    assert widget.grab().save(str(artifacts_dir / "screens" / "repayments-panel.png"))


def test_GIVEN_the_panel_WHEN_recording_a_payment_then_reversing_it_THEN_the_ledger_shows_both_and_prints(
    panel: tuple[RepaymentsPanel, str], qtbot: QtBot, demo_db: Database, artifacts_dir: Path, tmp_path: Path
) -> None:
    widget, _contract_id = panel
    before = widget.account
    assert before is not None and widget.record_button.isEnabled()
    tag = device_tag(demo_db.device_id)  # this device's series
    number = f"R2570-{tag}-{receipts_numbered(demo_db, 2570) + 1:05d}"  # after the demo's and the first payment

    qtbot.mouseClick(widget.record_button, Qt.MouseButton.LeftButton)
    dialog = widget.record_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.amount_field.edit.clear()
    half = (before.balance / 2).quantize(Decimal(1))  # more than the arrears, less than what is owed
    assert before.arrears + before.interest_due < half < before.balance
    type_text(dialog.amount_field.edit, f"{half:,}")
    type_text(dialog.penalty_field.edit, "50")
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=15_000)
    allocation = dialog.allocation
    assert allocation is not None
    # the payment goes past the installments due into the running one: its scheduled interest is paid too
    running = next(r for r in before.schedule if r.due_date > TODAY)
    assert before.running_interest == running.interest
    assert allocation.penalty == 50 and allocation.interest == before.interest_due + before.running_interest
    assert f"{allocation.principal:,.2f}" in dialog.preview_label.text()
    (artifacts_dir / "screens").mkdir(exist_ok=True)
    assert dialog.grab().save(str(artifacts_dir / "screens" / "repayments-record-dialog.png"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: widget.ledger_model.rowCount() == 2, timeout=15_000)
    assert not dialog.isVisible()
    recorded = widget.current_repayment()
    assert recorded is not None and recorded.receipt_no == number and recorded.penalty == 50

    qtbot.mouseClick(widget.reverse_button, Qt.MouseButton.LeftButton)
    reverse_dialog = widget.reverse_dialog
    assert reverse_dialog is not None and not reverse_dialog.save_button.isEnabled()
    type_text(reverse_dialog.reason_edit, "ป้อนจำนวนเงินผิด")
    assert reverse_dialog.save_button.isEnabled()
    qtbot.mouseClick(reverse_dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: widget.ledger_model.rowCount() == 3, timeout=15_000)
    reversal = widget.current_repayment()
    assert reversal is not None and reversal.is_reversal and reversal.reverses_id == recorded.id
    assert reversal.amount == -recorded.amount
    assert "ป้อนจำนวนเงินผิด" in widget.ledger_model.index(2, 7).data()
    assert widget.ledger_model.index(1, 0).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert not widget.reverse_button.isEnabled()  # a reversal is not reversed
    account = widget.account
    assert account is not None and account.balance == before.balance and account.status is ContractStatus.SIGNED
    assert widget.grab().save(str(artifacts_dir / "screens" / "repayments-panel-reversed.png"))

    widget.print_receipt(tmp_path)  # into the folder, named after the receipt
    target = tmp_path / f"receipt_{reversal.receipt_no}.pdf"
    qtbot.waitUntil(lambda: widget.printed == target, timeout=15_000)
    assert target.stat().st_size > 1000
    assert str(tmp_path) in widget.status.text()


def test_GIVEN_a_payment_dated_in_the_future_WHEN_previewing_THEN_the_reason_shows_and_save_stays_off(
    panel: tuple[RepaymentsPanel, str], qtbot: QtBot
) -> None:
    widget, _contract_id = panel
    widget.record_payment()
    dialog = widget.record_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=15_000)
    dialog.date_field.edit.clear()
    type_text(dialog.date_field.edit, "21/4/2570")
    qtbot.waitUntil(dialog.problem.isVisible, timeout=15_000)
    assert "วันนี้" in dialog.problem.text() or "today" in dialog.problem.text()
    assert not dialog.save_button.isEnabled()
    dialog.reject()


def test_GIVEN_an_installment_paid_ten_days_early_WHEN_recorded_in_the_panel_THEN_its_receipt_splits_as_the_schedule(
    app: QApplication, qtbot: QtBot, demo_db: Database, artifacts_dir: Path
) -> None:
    # GIVEN a contract signed with nothing paid, and the officer working ten days before the first due date
    contract_id = sign_contract(demo_db)
    with demo_db.session() as session:
        first = rp.contract_account(session, contract_id, as_of=TODAY).schedule[0]
    early = date.fromordinal(first.due_date.toordinal() - 10)
    ops = Ops(demo_db)
    widget = RepaymentsPanel(ops, today=early)
    qtbot.addWidget(widget)
    widget.resize(1366, 520)
    widget.set_contract(contract_id)
    widget.show()
    qtbot.waitUntil(lambda: widget.account is not None, timeout=15_000)
    # WHEN the first installment is paid in full on that day (the dialog proposes it)
    widget.record_payment()
    dialog = widget.record_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=15_000)
    assert dialog.amount_field.value() == first.installment
    allocation = dialog.allocation
    assert allocation is not None
    # THEN the preview already splits it as the schedule: the installment's interest, then its principal
    assert (allocation.interest, allocation.principal) == (first.interest, first.principal)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: widget.ledger_model.rowCount() == 1, timeout=15_000)
    # THEN the receipts row shows the same interest and principal as the schedule's first row
    ledger = [widget.ledger_model.index(0, c).data() for c in (4, 5)]
    schedule = [widget.schedule_model.index(0, c).data() for c in (4, 3)]
    assert ledger == schedule
    recorded = widget.current_repayment()
    assert recorded is not None
    with demo_db.session() as session:
        printed = rp.receipt(session, recorded.id)
    assert (printed.paid_on, printed.interest, printed.principal) == (early, first.interest, first.principal)
    assert printed.balance_after == first.balance_after
    account = widget.account
    assert account is not None and account.schedule[0].state is rp.InstallmentState.PAID
    (artifacts_dir / "screens").mkdir(exist_ok=True)
    assert widget.grab().save(str(artifacts_dir / "screens" / "repayments-early-payment.png"))
    ops.wait_idle()
    QApplication.processEvents()
