"""Step 10 on a laptop after the province imported its bundles: the receipt card opens the province's import report
of the bundle its last receipt confirmed (what the province did with it, table by table, and its hash). The
province's own work (laptops, import, review) has its own steps: tests/gui/test_province_laptops.py,
test_province_mode.py, test_province_review.py. Screenshot at 1366×697."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QTableWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cdfi_desktop.app import create_main_window
from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.services.demo import demo_device_id, generate_demo
from cdfi_desktop.services.uow import UnitOfWork
from cdfi_desktop.settings import Settings
from cdfi_desktop.sync import keys, service
from cdfi_desktop.sync.service import ExportResult
from cdfi_desktop.ui.main_window import MainWindow
from cdfi_desktop.ui.sync.view import SyncScreen

SCREEN = (1366, 697)
PROVINCE = "สำนักงานพัฒนาชุมชนจังหวัดขอนแก่น"
PROVINCE_OFFICER = "นายประจักษ์ ตรวจดี"
OFFICER_A = "นางสาวพรทิพย์ ใจดี"


@pytest.fixture(scope="module")
def small_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("province-demo") / "laptop.sqlite"
    db = Database.open(path, device_id=demo_device_id(9))
    generate_demo(db, households=8, seed=9)
    db.close()
    return path


@pytest.fixture
def province(tmp_path: Path) -> Iterator[Database]:
    db = Database.open(tmp_path / "province.sqlite", officer=PROVINCE_OFFICER)
    keys.init_province(db, name=PROVINCE)
    yield db
    db.close()


def set_phone(db: Database, household_id: str, phone: str) -> None:
    with UnitOfWork(db) as uow:
        household = uow.session.get(m.Household, household_id)
        assert household is not None
        household.phone = phone
        uow.commit()


def export(db: Database, folder: Path) -> ExportResult:
    made = service.export_bundle(db, folder)
    assert made is not None
    return made


def open_step(qtbot: QtBot, db: Database, officer: str) -> tuple[MainWindow, SyncScreen]:
    window = create_main_window(db, Settings(officer=officer))
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.overview.data is not None, timeout=15_000)
    window.set_officer(officer)
    qtbot.waitUntil(lambda: not window.ops.busy, timeout=15_000)
    window.show_step("sync")
    screen = window.stack.currentWidget()
    assert isinstance(screen, SyncScreen)
    qtbot.waitUntil(lambda: screen.status is not None, timeout=15_000)
    return window, screen


def settle(qtbot: QtBot, window: MainWindow, screen: SyncScreen) -> None:
    qtbot.waitUntil(lambda: not screen.sync_actions.busy and not window.ops.busy, timeout=60_000)
    qtbot.wait(20)
    qtbot.waitUntil(lambda: not window.ops.busy, timeout=60_000)


def texts(table: QTableWidget, column: int) -> list[str]:
    return [table.item(row, column).text() for row in range(table.rowCount())]  # type: ignore[union-attr]


def test_GIVEN_a_bundle_the_province_imported_WHEN_its_receipt_is_imported_in_step_10_THEN_its_report_opens(
    app: QApplication,
    qtbot: QtBot,
    small_demo: Path,
    province: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    artifacts_dir: Path,
) -> None:
    folder = artifacts_dir / "sync"
    folder.mkdir(exist_ok=True)
    usb = tmp_path / "usb"
    usb.mkdir()

    # GIVEN laptop A enrolled at the province, holding its key; its two bundles (the second changed a phone
    # number) imported at the province, which wrote a receipt for each
    path_a = tmp_path / "laptop-a.sqlite"
    shutil.copyfile(small_demo, path_a)
    laptop_a = Database.open(path_a, officer=OFFICER_A)
    keys.enrol(province, json.dumps(keys.enrolment_document(laptop_a, officer=OFFICER_A), ensure_ascii=False))
    keys.import_province_key(laptop_a, json.dumps(keys.province_key_document(province), ensure_ascii=False))
    a1 = export(laptop_a, usb)
    with laptop_a.session() as session:
        household_id = session.scalars(select(m.Household.id).order_by(m.Household.house_no)).first()
    assert household_id is not None
    set_phone(laptop_a, household_id, "081-000-0001")
    a2 = export(laptop_a, usb)
    laptop_a.close()
    outcomes = service.import_files(province, [a1.path, a2.path], receipts_dir=tmp_path / "receipts")
    assert [o.status for o in outcomes] == ["applied", "applied"]
    receipt_a2 = outcomes[1].receipt_path
    assert receipt_a2 is not None and receipt_a2.exists()

    # WHEN laptop A imports the receipt of its second bundle
    laptop_a = Database.open(path_a, officer=OFFICER_A)
    try:
        window, screen = open_step(qtbot, laptop_a, OFFICER_A)
        assert screen.pages.currentWidget() is screen.laptop_page
        assert not screen.report_button.isVisible()
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(receipt_a2)], ""))
        screen.receipt_button.click()
        settle(qtbot, window, screen)
        assert [o.status for o in screen.sync_actions.last_outcomes] == ["confirmed"]

        # THEN its receipt card opens the province's import report of that bundle
        qtbot.waitUntil(screen.report_button.isVisible)
        assert screen.report_button.text() == "ดูรายงานการนำเข้า…"
        screen.report_button.click()
        qtbot.waitUntil(lambda: screen.report_dialog is not None and screen.report_dialog.isVisible())
        dialog = screen.report_dialog
        assert dialog is not None
        assert dialog.windowTitle() == "รายงานการนำเข้า"
        assert dialog.view.values[1].text() == "2"
        assert dialog.view.values[3].text() == "ยืนยันแล้ว"
        assert dialog.view.values[4].text() == a2.manifest_sha256
        labels = texts(dialog.view.counts, 0)
        assert "ครัวเรือน" in labels and labels[-1] == "รวม"
        updated = dialog.view.counts.item(labels.index("ครัวเรือน"), 2).text()  # type: ignore[union-attr]
        assert updated == "1"  # the phone number A changed
        assert not dialog.view.errors.isVisible()
        qtbot.wait(50)
        assert dialog.grab().save(str(folder / "province-report-on-laptop.png"))
        dialog.close()
        qtbot.waitUntil(lambda: screen.report_dialog is None, timeout=5_000)
        window.close()
    finally:
        laptop_a.close()
