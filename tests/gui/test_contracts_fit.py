"""The contracts screen at a laptop's 1366×697 in Thai and English: the repayments tab shows the receipts and the
schedule with their money columns and several rows without scrolling sideways; the contract's citizen IDs are
masked as in the registers; the counter and the wizard speak plainly."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from cdfi_desktop.app import create_main_window
from cdfi_desktop.db.database import Database
from cdfi_desktop.services.demo import DEMO_AS_OF
from cdfi_desktop.settings import Settings
from cdfi_desktop.ui.contracts.view import ContractsScreen
from cdfi_desktop.ui.i18n import set_language
from cdfi_desktop.ui.main_window import MainWindow
from cdfi_desktop.ui.registers.columns import CitizenIds

FULL_ID = re.compile(r"\d-\d{4}-\d{5}-\d{2}-\d|\b\d{13}\b")


@pytest.fixture(params=["th", "en"])
def screen(
    request: pytest.FixtureRequest, app: QApplication, qtbot: QtBot, demo_db: Database
) -> Iterator[tuple[MainWindow, ContractsScreen, str]]:
    """GIVEN the main window at 1366×697 on the demo database, on the contracts step of the demo's day, with the
    first contract chosen (it has a receipt)."""
    language = str(request.param)
    set_language(language)
    window = create_main_window(demo_db, Settings(officer="x"))
    qtbot.addWidget(window)
    window.resize(1366, 697)
    window.show()
    window.show_step("contracts")
    contracts = window.stack.currentWidget()
    assert isinstance(contracts, ContractsScreen)
    qtbot.waitUntil(lambda: contracts.loaded is not None, timeout=15_000)
    contracts.today, contracts.fiscal_year = DEMO_AS_OF, 2570
    contracts.repayments.today = DEMO_AS_OF
    contracts.loaded = None
    contracts.retranslate()
    contracts.reload()
    qtbot.waitUntil(lambda: contracts.loaded is not None, timeout=15_000)
    contracts.contracts_table.selectRow(0)
    qtbot.waitUntil(lambda: contracts.contract is not None, timeout=15_000)
    yield window, contracts, language
    window.ops.wait_idle()
    set_language("th")


def rows_in_view(table: QTableView) -> int:
    height = table.viewport().height()
    return sum(
        1
        for row in range(table.model().rowCount())
        if table.rowViewportPosition(row) >= 0 and table.rowViewportPosition(row) + table.rowHeight(row) <= height
    )


def test_GIVEN_a_laptop_screen_WHEN_on_the_repayments_tab_THEN_both_tables_show_their_money_and_several_rows(
    screen: tuple[MainWindow, ContractsScreen, str], qtbot: QtBot, artifacts_dir: Path
) -> None:
    window, contracts, language = screen
    contracts.detail_tabs.setCurrentWidget(contracts.repayments)
    panel = contracts.repayments
    qtbot.waitUntil(lambda: panel.account is not None and panel.ledger_model.rowCount() > 0, timeout=15_000)
    QApplication.processEvents()
    qtbot.wait(50)  # the tables fit their columns once laid out
    for table in (panel.ledger, panel.schedule):
        assert not table.horizontalScrollBar().isVisible(), table.key
        for column in table.money_columns():
            assert not table.isColumnHidden(column)
            left = table.columnViewportPosition(column)
            assert left >= 0 and left + table.columnWidth(column) <= table.viewport().width(), (table.key, column)
            assert table.columnWidth(column) >= table.header_width(column), (table.key, column)  # header whole
    assert rows_in_view(panel.schedule) >= 5
    assert rows_in_view(panel.ledger) >= 1 and panel.ledger.viewport().height() >= 5 * panel.ledger.rowHeight(0)
    (artifacts_dir / "screens").mkdir(exist_ok=True)
    assert window.grab().save(str(artifacts_dir / "screens" / f"contracts-repayments-1366x697-{language}.png"))


def test_GIVEN_a_contract_WHEN_shown_THEN_citizen_ids_are_masked_as_in_the_registers(
    screen: tuple[MainWindow, ContractsScreen, str],
) -> None:
    _window, contracts, _language = screen
    view = contracts.contract
    assert view is not None
    ids = [p.citizen_id for p in view.parties if p.citizen_id]
    assert ids, "the demo's contracts name their borrower's citizen ID"
    text = contracts.summary.toPlainText()
    assert not FULL_ID.search(text)
    for cid in ids:
        assert CitizenIds.text(cid) in text
        assert "xxxxx" in CitizenIds.text(cid)


def test_GIVEN_the_counter_WHEN_shown_THEN_it_says_households_and_the_target(
    screen: tuple[MainWindow, ContractsScreen, str],
) -> None:
    _window, contracts, language = screen
    done = contracts.consolidated_count()
    wanted = contracts.loaded.min_households if contracts.loaded else 11
    expected = {
        "th": f"{done} ครัวเรือน (เป้าหมายอย่างน้อย {wanted})",
        "en": f"{done} household{'' if done == 1 else 's'} (target at least {wanted})",
    }[language]
    assert contracts.counter.text() == expected


def test_GIVEN_an_empty_database_WHEN_on_the_contracts_step_THEN_it_says_what_comes_first_and_goes_there(
    app: QApplication, qtbot: QtBot, empty_db: Database
) -> None:
    window = create_main_window(empty_db, Settings(officer="x"))
    qtbot.addWidget(window)
    window.resize(1366, 697)
    window.show()
    window.show_step("contracts")
    contracts = window.stack.currentWidget()
    assert isinstance(contracts, ContractsScreen)
    qtbot.waitUntil(lambda: contracts.loaded is not None, timeout=15_000)
    # THEN instead of two empty tables: why, and the one action that helps
    assert contracts.stack.is_empty()
    empty = contracts.stack.empty
    assert "สถาบัน" in empty.message.text() and empty.action.isVisible()
    assert not contracts.consolidate_button.isEnabled() and contracts.consolidate_button.toolTip()
    # WHEN pressing it THEN the institute step opens
    empty.action.click()
    assert window.stack.currentWidget() is not contracts
    assert type(window.stack.currentWidget()).__name__ == "InstituteScreen"
    window.ops.wait_idle()
