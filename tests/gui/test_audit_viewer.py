"""The audit trail viewer: filters (record, officer, date range, action), an amendment's reason shown, the banner
when the chain was tampered with, and the export to Excel holding the rows shown; it fits 1366x697 in Thai."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.enums import ContractStatus
from cdfi_desktop.services import contracts as ct
from cdfi_desktop.services.uow import UnitOfWork
from cdfi_desktop.ui.audit.model import CHANGE, REASON, RECORD
from cdfi_desktop.ui.audit.viewer import AuditViewer
from cdfi_desktop.ui.ops import Ops

REASON_TEXT = "รายได้ลดลงจากภัยแล้ง ขยายเวลาผ่อน"


@pytest.fixture
def amended(demo_db: Database) -> tuple[Database, str]:
    """The demo with one signed contract amended (its reason given); returns the new contract's number."""
    with demo_db.session() as session:
        contract_id = session.scalars(
            select(m.ConsolidationContract.id).where(m.ConsolidationContract.status == ContractStatus.SIGNED)
        ).first()
        assert contract_id is not None
        form = ct.amendment_form(session, contract_id)
    longer = replace(form, term_months=84, signing_date=date(2027, 2, 1), first_due_date=date(2027, 3, 1))
    with UnitOfWork(demo_db) as uow:
        new_id = ct.amend_contract(uow, contract_id, longer, reason=REASON_TEXT, officer="นางสาวสุดา ตรวจการ")
    with demo_db.session() as session:
        return demo_db, ct.contract_view(session, new_id).contract_no


@pytest.fixture
def viewer(app: QApplication, qtbot: QtBot, amended: tuple[Database, str]) -> Iterator[AuditViewer]:
    db, _number = amended
    ops = Ops(db)
    dialog = AuditViewer(ops)
    qtbot.addWidget(dialog)
    dialog.setMaximumSize(1366, 697)  # a laptop's screen (the offscreen one is smaller)
    dialog.resize(1366, 697)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded >= 1 and dialog.report is not None, timeout=30_000)
    yield dialog
    ops.wait_idle()


def _search(qtbot: QtBot, viewer: AuditViewer) -> None:
    before = viewer.loaded
    viewer.search.click()
    qtbot.waitUntil(lambda: viewer.loaded > before, timeout=30_000)


def _column(viewer: AuditViewer, column: int) -> list[str]:
    return [viewer.model.text(row, column) for row in range(viewer.model.rowCount())]


def test_GIVEN_an_amendment_WHEN_searched_by_its_number_THEN_its_rows_show_the_reason(
    qtbot: QtBot, viewer: AuditViewer, amended: tuple[Database, str], tmp_path: Path
) -> None:
    _db, number = amended
    assert viewer.model.rowCount() > 0 and not viewer.banner.isVisible()
    viewer.record.setText(number)
    _search(qtbot, viewer)
    assert viewer.model.rowCount() > 0
    assert set(_column(viewer, REASON)) == {REASON_TEXT}
    assert any(number in text for text in _column(viewer, RECORD))
    viewer.grab().save("/tmp/audit_shots/viewer_th.png")
    # the export holds the rows shown
    out = tmp_path / "shown.xlsx"
    viewer.export_to(out)
    qtbot.waitUntil(out.exists, timeout=30_000)
    qtbot.waitUntil(lambda: "xlsx" in viewer.status.text(), timeout=30_000)
    rows = [r for r in load_workbook(out).active.iter_rows(values_only=True) if isinstance(r[0], int)]
    assert len(rows) == viewer.model.rowCount()
    assert {r[10] for r in rows} == {REASON_TEXT}


def test_GIVEN_filters_WHEN_searched_THEN_only_the_matching_entries_show(qtbot: QtBot, viewer: AuditViewer) -> None:
    everything = viewer.model.rowCount()
    viewer.action.setCurrentIndex(viewer.action.findData("update"))
    _search(qtbot, viewer)
    assert 0 < viewer.model.rowCount() < everything
    assert set(_column(viewer, 2)) == {"แก้ไข"}
    viewer.officer.setCurrentText("สุดา")
    _search(qtbot, viewer)
    assert viewer.model.rowCount() > 0
    assert all("สุดา" in who for who in _column(viewer, 1))
    tomorrow = date.today() + timedelta(days=2)
    viewer.since.set_value(tomorrow)
    _search(qtbot, viewer)
    assert viewer.model.rowCount() == 0
    viewer.since.set_value(None)
    viewer.until.set_value(date.today() + timedelta(days=1))
    _search(qtbot, viewer)
    assert viewer.model.rowCount() > 0
    assert all("→" in change for change in _column(viewer, CHANGE) if change)


def test_GIVEN_an_entry_edited_in_the_file_WHEN_the_viewer_opens_THEN_a_banner_names_it(
    app: QApplication, qtbot: QtBot, amended: tuple[Database, str]
) -> None:
    db, _number = amended
    path = Path(str(db.engine.url.database))
    con = sqlite3.connect(path)
    victim = con.execute("SELECT id FROM audit_log ORDER BY id LIMIT 1 OFFSET 5").fetchone()[0]
    con.execute("UPDATE audit_log SET officer = 'ใครก็ได้' WHERE id = ?", (victim,))
    con.commit()
    con.close()
    ops = Ops(db)
    dialog = AuditViewer(ops)
    qtbot.addWidget(dialog)
    dialog.setMaximumSize(1366, 697)  # a laptop's screen (the offscreen one is smaller)
    dialog.resize(1366, 697)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.loaded >= 1, timeout=30_000)
    assert dialog.banner.isVisible() and str(victim) in dialog.banner.text()
    dialog.grab().save("/tmp/audit_shots/viewer_banner_th.png")
    assert dialog.width() <= 1366 and dialog.height() <= 697
    ops.wait_idle()
