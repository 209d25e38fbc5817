"""Province mode as one flow in the main window (1366×697, Thai): three laptops enrolled in two districts, two of
them (B a copy of A's database under its own device) changed one household's phone; the USB folder is imported
through the import step (progress to the end, a line per bundle); the status step lists every laptop with the
conflict counted on A's and B's rows; the review step lists the conflict, shows the two phones side by side, and
"keep the other version" (asked first) takes it off the open list, writes the other phone and audits the decision;
the status read again shows no open conflict; the institutes step opens A's institute read-only (banner, editing
buttons disabled, a write refused, the registers listing that institute's households) and goes back to the
province. A screenshot at each step (artifacts/province-mode/flow-*.png)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.services.demo import demo_device_id, generate_demo, generate_demo_institute
from cdfi_desktop.sync import keys, service
from cdfi_desktop.ui.ops import ReadOnlyRefused
from cdfi_desktop.ui.province import review as review_screen
from cdfi_desktop.ui.province.imports import ImportScreen
from cdfi_desktop.ui.province.institutes import InstitutesScreen
from cdfi_desktop.ui.province.review import ReviewScreen
from cdfi_desktop.ui.province.status import StatusScreen
from cdfi_desktop.ui.registers.view import RegistersScreen
from cdfi_desktop.ui.reports.common import KEY_ROLE
from cdfi_desktop.ui.sync.tables import status_label
from cdfi_desktop.ui.widgets.page import ActionBar
from tests.gui.test_province_mode import (
    OFFICER_A,
    OFFICER_B,
    OFFICER_C,
    PROVINCE,
    PROVINCE_OFFICER,
    PROVINCE_STEPS_TH,
    READ_ONLY_TH,
    grab,
    open_window,
    settle,
    titles,
)
from tests.gui.test_province_review import B_DEVICE, PHONE_A, PHONE_B, copy_database, field_rows, households, set_phone

CONFLICTS_COLUMN = 7  # the status table's "Conflicts" column (StatusScreen's DEVICES)


def enrol(province: Database, laptop: Database, officer: str) -> None:
    keys.enrol(province, json.dumps(keys.enrolment_document(laptop, officer=officer), ensure_ascii=False))
    keys.import_province_key(laptop, json.dumps(keys.province_key_document(province), ensure_ascii=False))


def send(laptop: Database, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    assert service.export_bundle(laptop, folder) is not None


def laptops_on_a_usb_stick(province: Database, folder: Path, usb: Path) -> str:
    """A, B (a copy of A's database on another laptop) and C (another district) enrolled; each sends a bundle, then A
    and B each change one household's phone and send again. Every bundle lands in ``usb`` (B's in a folder of its
    own). Returns the household both changed."""
    a = Database.open(folder / "laptop-a.sqlite", device_id=demo_device_id(1), officer=OFFICER_A)
    generate_demo(a, households=5, seed=1)
    b = copy_database(a, folder / "laptop-b.sqlite", B_DEVICE, OFFICER_B)
    c = Database.open(folder / "laptop-c.sqlite", device_id=demo_device_id(3), officer=OFFICER_C)
    generate_demo_institute(c, households=4, seed=3, subdistrict_code="330101")
    try:
        for laptop, officer in ((a, OFFICER_A), (b, OFFICER_B), (c, OFFICER_C)):
            enrol(province, laptop, officer)
        send(a, usb)
        send(b, usb / "อำเภอ-b")
        send(c, usb)
        household_id = households(a)[0]
        set_phone(a, household_id, PHONE_A)
        set_phone(b, household_id, PHONE_B)
        send(a, usb)
        send(b, usb / "อำเภอ-b")
    finally:
        a.close()
        b.close()
        c.close()
    return household_id


@pytest.fixture
def province(tmp_path: Path) -> Any:
    db = Database.open(tmp_path / "province.sqlite", officer=PROVINCE_OFFICER)
    keys.init_province(db, name=PROVINCE)
    yield db
    db.close()


def conflict_counts(status: StatusScreen) -> dict[str, str]:
    """Each laptop's row of the status table: its device and what the "Conflicts" column says."""
    return {device: status.model.item(r, CONFLICTS_COLUMN).text() for r, device in enumerate(status.device_ids())}


def test_GIVEN_three_laptops_and_a_conflict_WHEN_the_province_imports_reviews_and_opens_an_institute_THEN_one_flow(
    app: QApplication,
    qtbot: QtBot,
    province: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    artifacts_dir: Path,
) -> None:
    shots = artifacts_dir / "province-mode"
    shots.mkdir(exist_ok=True)
    usb = tmp_path / "usb"
    household_id = laptops_on_a_usb_stick(province, tmp_path, usb)
    a_device, c_device = demo_device_id(1), demo_device_id(3)
    asked: list[str] = []

    def answer(_parent: Any, _title: str, text: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(review_screen, "ask", answer)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(usb))
    window = open_window(qtbot, province, PROVINCE_OFFICER)
    qtbot.waitUntil(lambda: window.mode == "province", timeout=15_000)
    assert titles(window) == PROVINCE_STEPS_TH

    # WHEN the USB folder is imported through the import step
    window.show_step("import")
    settle(qtbot, window)
    importer = window.current_screen()
    assert isinstance(importer, ImportScreen)
    seen: list[tuple[int, int]] = []
    importer.progress.valueChanged.connect(lambda value: seen.append((value, importer.progress.maximum())))
    importer.import_button.click()
    assert importer.progress.isVisible()
    settle(qtbot, window)

    # THEN the progress went to the end and each of the five bundles has its line, applied, with its officer
    assert not importer.progress.isVisible()
    assert seen and seen[-1][0] == seen[-1][1] > 0
    assert importer.last_run is not None and len(importer.last_run.lines) == 5
    model = importer.bundles_model
    lines = [[model.item(r, c).text() for c in range(6)] for r in range(model.rowCount())]
    assert len(lines) == 5
    assert sorted(line[0] for line in lines) == sorted([OFFICER_A, OFFICER_A, OFFICER_B, OFFICER_B, OFFICER_C])
    assert all(line[2] == status_label("applied") for line in lines), lines
    assert not importer.page.problem.isVisible()
    with province.session() as session:
        assert session.scalar(select(func.count()).select_from(m.Institute)) == 2
        hard = session.scalars(
            select(m.SyncConflict).where(m.SyncConflict.kind == "hard", m.SyncConflict.resolved_at.is_(None))
        ).all()
        assert len(hard) == 1 and hard[0].record_id == household_id
        conflict_id = hard[0].id
    grab(window, shots, "flow-1-import")

    # WHEN the district status is shown THEN every laptop is listed, the conflict counted on A's and B's rows only
    window.show_step("status")
    settle(qtbot, window)
    status = window.current_screen()
    assert isinstance(status, StatusScreen)
    qtbot.waitUntil(lambda: status.loaded and status.model.rowCount() == 3, timeout=15_000)
    assert conflict_counts(status) == {a_device: "1", B_DEVICE: "1", c_device: "–"}
    assert len(status.area_keys(status.districts_model)) == 2
    grab(window, shots, "flow-2-status")

    # WHEN the review step is shown THEN the conflict is listed; chosen, the two phones stand side by side
    window.show_step("review")
    settle(qtbot, window)
    review = window.current_screen()
    assert isinstance(review, ReviewScreen)
    qtbot.waitUntil(lambda: review.loaded and not review.working, timeout=30_000)
    assert [(line.kind, line.conflict_id) for line in review.lines] == [("hard", conflict_id)]
    assert review.open_table.select_where(KEY_ROLE, conflict_id)
    qtbot.waitUntil(lambda: review.case is not None and review.case.line.conflict_id == conflict_id)
    settle(qtbot, window)
    stored, other, highlighted = field_rows(review)["phone"]
    assert {stored, other} == {PHONE_A, PHONE_B} and highlighted
    assert review.keep_other_button.isEnabled()
    grab(window, shots, "flow-3-review")

    # WHEN "keep the other version" is clicked and confirmed
    review.keep_other_button.click()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: not review.working and not review.lines, timeout=30_000)

    # THEN it was asked first, the case left the open list, the other phone is the household's, the decision audited
    assert len(asked) == 1 and (OFFICER_A in asked[0] or OFFICER_B in asked[0]), asked
    assert review.decided == [(conflict_id, "keep_other")]
    assert review.stack.is_empty()
    with province.session() as session:
        household = session.get(m.Household, household_id)
        assert household is not None and household.phone == other
        conflict = session.get(m.SyncConflict, conflict_id)
        assert conflict is not None and conflict.resolved_at is not None
        assert conflict.resolved_by == PROVINCE_OFFICER
        audit = session.scalars(
            select(m.AuditLog).where(m.AuditLog.table_name == "sync_conflict", m.AuditLog.record_id == str(conflict_id))
        ).all()
        assert audit and audit[-1].officer == PROVINCE_OFFICER
    grab(window, shots, "flow-4-review-resolved")

    # WHEN the status is read again THEN no laptop has an open conflict
    window.show_step("status")
    settle(qtbot, window)
    status.refresh_button.click()
    settle(qtbot, window)
    assert conflict_counts(status) == {a_device: "–", B_DEVICE: "–", c_device: "–"}
    grab(window, shots, "flow-5-status-after")

    # WHEN A's institute is opened from the institutes step
    window.show_step("institutes")
    settle(qtbot, window)
    institutes = window.current_screen()
    assert isinstance(institutes, InstitutesScreen)
    assert institutes.model.rowCount() == 2
    with province.session() as session:
        household = session.get(m.Household, household_id)
        assert household is not None
        chosen_id = household.institute_id
        chosen = session.get(m.Institute, chosen_id)
        assert chosen is not None
        chosen_name = chosen.name
        theirs = set(
            session.scalars(
                select(m.Household.id).where(m.Household.institute_id == chosen_id, m.Household.deleted_at.is_(None))
            )
        )
        all_households = session.scalar(select(func.count()).select_from(m.Household))
    assert theirs and all_households is not None and all_households > len(theirs)
    assert institutes.choose(chosen_id)
    grab(window, shots, "flow-6-institutes")
    institutes.open_button.click()
    settle(qtbot, window)

    # THEN read-only under a banner naming it; the registers list that institute's households, editing disabled
    assert window.mode == "institute" and window.ops.read_only and window.ops.institute_id == chosen_id
    assert window.read_only_banner.isVisible()
    qtbot.waitUntil(lambda: chosen_name in window.read_only_label.text())
    assert "อ่านอย่างเดียว" in window.read_only_label.text()
    window.show_step("registers")
    settle(qtbot, window)
    registers = window.current_screen()
    assert isinstance(registers, RegistersScreen)
    qtbot.waitUntil(lambda: registers.loaded and registers.households.total is not None, timeout=15_000)
    assert registers.institute_id == chosen_id
    total = registers.households.total
    assert total == len(theirs)
    listed: set[str | None] = set()

    def every_row_read() -> bool:
        listed.clear()
        listed.update(registers.households.id_at(r) for r in range(total))
        return None not in listed

    qtbot.waitUntil(every_row_read, timeout=15_000)
    assert listed == theirs
    editing = [
        button
        for bar in registers.findChildren(ActionBar)
        if bar.isVisible()
        for button in bar.findChildren(QPushButton)
        if bar.is_editing(button) and button.isVisible()
    ]
    assert editing and registers.add_household in editing
    for button in editing:
        assert not button.isEnabled(), button.text()
        assert button.toolTip() == READ_ONLY_TH
    grab(window, shots, "flow-7-institute-read-only")

    # AND a write is refused with the reason, nothing written
    failures: list[Exception] = []
    ran: list[bool] = []
    window.ops.change(lambda db, _p: ran.append(True), failure=failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert not ran and isinstance(failures[0], ReadOnlyRefused)
    assert failures[0].text("th") == READ_ONLY_TH
    with province.session() as session:
        assert session.scalar(select(func.count()).select_from(m.Household)) == all_households

    # WHEN the officer goes back THEN the province's steps again, writable, on the institutes
    window.back_button.click()
    settle(qtbot, window)
    assert window.mode == "province" and not window.ops.read_only and window.ops.institute_id is None
    assert titles(window) == PROVINCE_STEPS_TH
    assert window.current_screen() is institutes
    assert not window.read_only_banner.isVisible()
    grab(window, shots, "flow-8-back-to-province")
    window.close()
    settle(qtbot, window)
