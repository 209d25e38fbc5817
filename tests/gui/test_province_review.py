"""The province's review screen on a province database that imported two laptops' bundles: laptop B is a copy of
laptop A's database on another computer; both changed one household's phone (a hard conflict) and typed one citizen
ID into two households (a duplicate held). Each case is shown side by side with the differing fields highlighted and
resolved through the screen (asked first, written on the worker): the conflict by merging (the other phone chosen), the
duplicate after "different people" is refused in Thai, by keeping the stored record; each leaves the list, the
audit trail holds the decision, and the "resolved" filter shows who decided and how. Screenshots at 1366×697 in
Thai and English."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.citizen_id import citizen_id_check_digit, mask
from cdfi_desktop.services.demo import demo_device_id, generate_demo
from cdfi_desktop.sync import keys, service
from cdfi_desktop.ui.i18n import set_language
from cdfi_desktop.ui.ops import Ops
from cdfi_desktop.ui.province import review as review_screen
from cdfi_desktop.ui.province.review import ReviewScreen
from cdfi_desktop.ui.province.rollup_tabs import short_name
from cdfi_desktop.ui.reports.common import KEY_ROLE
from tests.support import walk

SCREEN = (1160, 645)  # the step area of the main window at 1366×697
PROVINCE = "สำนักงานพัฒนาชุมชนจังหวัดขอนแก่น"
PROVINCE_OFFICER = "นายประจักษ์ ตรวจดี"
OFFICER_A = "นางสาวพรทิพย์ ใจดี"
OFFICER_B = "นายสมชาย รักงาน"
B_DEVICE = "0b0b0b0b-0000-4000-8000-00000000000b"
PHONE_A, PHONE_B = "0811111111", "0822222222"
ALLOWED = walk.Allowed(patterns={r"\d{9,10}": "phone numbers"})


def citizen_id(first12: str) -> str:
    return first12 + str(citizen_id_check_digit(first12))


TWICE = citizen_id("110370012345")


def households(db: Database) -> list[str]:
    with db.session() as session:
        return list(
            session.scalars(select(m.Household.id).where(m.Household.deleted_at.is_(None)).order_by(m.Household.id))
        )


def set_phone(db: Database, household_id: str, phone: str) -> None:
    with db.session(write=True) as session, session.begin():
        household = session.get(m.Household, household_id)
        assert household is not None
        household.phone = phone


def add_member(db: Database, household_id: str, first_name: str) -> str:
    with db.session(write=True) as session, session.begin():
        member = m.HouseholdMember(
            household_id=household_id, citizen_id=TWICE, first_name=first_name, last_name="ทดสอบ"
        )
        session.add(member)
        session.flush()
        return member.id


def copy_database(source: Database, target: Path, device_id: str, officer: str) -> Database:
    source_path = Path(str(source.engine.url.database))
    with sqlite3.connect(source_path) as con, sqlite3.connect(target) as copy:
        con.backup(copy)
    copy.close()
    con.close()
    attachments = source_path.with_name(f"{source_path.stem}-attachments")
    if attachments.exists():
        shutil.copytree(attachments, target.with_name(f"{target.stem}-attachments"))
    with sqlite3.connect(target) as con:
        con.execute("UPDATE local_setting SET value = ? WHERE key = 'device_id'", (device_id,))
    con.close()
    return Database.open(target, officer=officer)


def send(province: Database, laptop: Database, folder: Path) -> Path:
    made = service.export_bundle(laptop, folder)
    assert made is not None
    return made.path


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def province(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Database, str]]:
    """The province (on SQLite, and on PostgreSQL as a province's server) after importing A's and B's bundles: one
    hard conflict (a phone) and one duplicate held."""
    where = request.getfixturevalue("pg_url") if request.param == "postgresql" else tmp_path / "province.sqlite"
    db = Database.open(where, officer=PROVINCE_OFFICER)
    keys.init_province(db, name=PROVINCE)
    a = Database.open(tmp_path / "a.sqlite", device_id=demo_device_id(21), officer=OFFICER_A)
    generate_demo(a, households=8, seed=21)
    b = copy_database(a, tmp_path / "b.sqlite", B_DEVICE, OFFICER_B)
    try:
        for laptop, officer in ((a, OFFICER_A), (b, OFFICER_B)):
            keys.enrol(db, json.dumps(keys.enrolment_document(laptop, officer=officer), ensure_ascii=False))
            keys.import_province_key(laptop, json.dumps(keys.province_key_document(db), ensure_ascii=False))
        files = [send(db, a, tmp_path / "usb-a"), send(db, b, tmp_path / "usb-b")]
        ids = households(a)
        set_phone(a, ids[0], PHONE_A)
        set_phone(b, ids[0], PHONE_B)
        add_member(a, ids[1], "สมหญิง")
        add_member(b, ids[2], "สมหญิง")
        files += [send(db, a, tmp_path / "usb-a"), send(db, b, tmp_path / "usb-b")]
        outcomes = service.import_files(db, files, receipts_dir=tmp_path / "receipts")
        assert all(o.status in ("applied", "ignored") for o in outcomes), [o.error for o in outcomes]
    finally:
        a.close()
        b.close()
    yield db, ids[0]
    db.close()


def open_review(qtbot: QtBot, db: Database) -> tuple[QWidget, ReviewScreen]:
    host = QWidget()
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    screen = ReviewScreen(Ops(db))
    layout.addWidget(screen)
    # the screen's last reading finishes before it is freed and before its database is closed (its worker would
    # otherwise read a database being dropped, and deliver to a freed table)
    qtbot.addWidget(host, before_close_func=lambda _host: screen.ops.wait_idle())
    host.resize(*SCREEN)
    host.show()
    qtbot.waitExposed(host)
    qtbot.waitUntil(lambda: screen.loaded and not screen.ops.busy, timeout=30_000)
    return host, screen


def settle(qtbot: QtBot, screen: ReviewScreen) -> None:
    qtbot.wait(20)
    qtbot.waitUntil(lambda: not screen.ops.busy and not screen.working, timeout=30_000)
    qtbot.wait(20)


def choose(qtbot: QtBot, screen: ReviewScreen, kind: str) -> None:
    line = next(line for line in screen.lines if line.kind == kind)
    assert screen.open_table.select_where(KEY_ROLE, line.conflict_id)
    qtbot.waitUntil(lambda: screen.case is not None and screen.case.line.conflict_id == line.conflict_id)
    settle(qtbot, screen)


def field_rows(screen: ReviewScreen) -> dict[str, tuple[str, str, bool]]:
    model = screen.fields_model
    out = {}
    for row in range(model.rowCount()):
        label = model.index(row, 0)
        bold = bool(label.data(Qt.ItemDataRole.FontRole) and label.data(Qt.ItemDataRole.FontRole).bold())
        out[str(label.data(Qt.ItemDataRole.ToolTipRole))] = (
            str(model.index(row, 1).data()),
            str(model.index(row, 2).data()),
            bold,
        )
    return out


def shoot(window: QWidget, name: str, artifacts_dir: Path) -> Path:
    folder = artifacts_dir / "province"
    folder.mkdir(exist_ok=True)
    path = folder / f"review-{name}.png"
    assert window.grab().save(str(path))
    return path


def test_GIVEN_a_conflict_and_a_duplicate_WHEN_each_is_resolved_on_the_review_screen_THEN_it_leaves_the_list_audited(
    app: QApplication,
    qtbot: QtBot,
    province: tuple[Database, str],
    monkeypatch: pytest.MonkeyPatch,
    artifacts_dir: Path,
) -> None:
    db, household_id = province
    asked: list[str] = []

    def answer(_parent: Any, _title: str, text: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(review_screen, "ask", answer)
    window, screen = open_review(qtbot, db)

    # THEN both cases are listed, in Thai, with their institute and the two officers
    kinds = sorted(line.kind for line in screen.lines)
    assert kinds == ["duplicate", "hard"]
    model = screen.open_model
    texts = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert texts == {"ขัดแย้ง (แก้ฟิลด์เดียวกัน)", "ข้อมูลซ้ำ"}
    with db.session() as session:
        institute = session.scalars(select(m.Institute.name)).one()
    assert {model.index(r, 2).data() for r in range(model.rowCount())} == {short_name(institute)}
    officers = {(model.index(r, 3).data(), model.index(r, 4).data()) for r in range(model.rowCount())}
    assert all(set(pair) == {OFFICER_A, OFFICER_B} for pair in officers), officers
    assert not screen.keep_stored_button.isEnabled() or screen.case is not None

    # WHEN the conflict is chosen THEN the two phones stand side by side, the field highlighted
    choose(qtbot, screen, "hard")
    rows = field_rows(screen)
    stored, other, highlighted = rows["phone"]
    assert {stored, other} == {PHONE_A, PHONE_B} and highlighted
    assert not screen.different_button.isEnabled() and screen.different_button.toolTip()
    shots = [shoot(window, "conflict-th", artifacts_dir)]
    findings = walk.check_window(window, "review-conflict", language="th", allowed=ALLOWED)

    # WHEN the fields are merged, the other version's phone chosen by a click on it THEN the province holds that
    # phone and the conflict leaves the list
    screen.note.setText("โทรถามเจ้าหน้าที่แล้ว")
    screen.merge_button.click()
    assert screen.merging and "คลิก" in screen.hint.text()
    phone_row = next(n for n, row in enumerate(screen.case.rows) if row.field == "phone")  # type: ignore[union-attr]
    screen.fields.clicked.emit(screen.fields_model.index(phone_row, 2))
    assert screen.choices["phone"] == "other"
    assert str(screen.fields_model.index(phone_row, 2).data()).startswith("✓ ")
    shots.append(shoot(window, "merge-th", artifacts_dir))
    screen.merge_button.click()
    settle(qtbot, screen)
    assert asked and "เก็บค่าที่เลือกทีละช่อง (จากฉบับอื่น 1 ช่อง)" in asked[-1]
    qtbot.waitUntil(lambda: [line.kind for line in screen.lines] == ["duplicate"], timeout=30_000)
    with db.session() as session:
        household = session.get(m.Household, household_id)
        assert household is not None and household.phone == other
    assert screen.page.status.text().startswith("ตัดสินแล้ว")

    # WHEN the duplicate is chosen, "different people" is refused (the citizen ID is still shared): said in Thai
    choose(qtbot, screen, "duplicate")
    rows = field_rows(screen)
    assert rows["citizen_id"][0] == mask(TWICE) and rows["citizen_id"][1] == mask(TWICE)  # masked (PDPA)
    assert screen.different_button.isEnabled()
    shots.append(shoot(window, "duplicate-th", artifacts_dir))
    findings += walk.check_window(window, "review-duplicate", language="th", allowed=ALLOWED)
    screen.different_button.click()
    settle(qtbot, screen)
    assert screen.page.problem.isVisible() and "ซ้ำ" in screen.page.problem.text()
    assert [line.kind for line in screen.lines] == ["duplicate"]

    # WHEN the stored record is kept instead THEN nothing waits for review
    screen.keep_stored_button.click()
    settle(qtbot, screen)
    qtbot.waitUntil(lambda: not screen.lines, timeout=30_000)
    assert screen.stack.is_empty()
    shots.append(shoot(window, "empty-th", artifacts_dir))
    with db.session() as session:
        decided = list(session.scalars(select(m.SyncConflict).where(m.SyncConflict.resolved_by == PROVINCE_OFFICER)))
        assert {c.kind for c in decided} >= {"hard", "duplicate"}
        for conflict in decided:
            entries = session.scalars(
                select(m.AuditLog).where(
                    m.AuditLog.table_name == "sync_conflict", m.AuditLog.record_id == str(conflict.id)
                )
            ).all()
            assert entries and entries[-1].officer == PROVINCE_OFFICER
    assert [action for _, action in screen.decided] == ["merge", "keep_stored"]

    # WHEN the resolved cases are shown THEN each says who decided, when and how
    screen.filter.setCurrentIndex(1)
    qtbot.waitUntil(lambda: screen.showing_resolved and len(screen.lines) >= 2, timeout=30_000)
    settle(qtbot, screen)
    history = screen.history_model
    assert {history.index(r, 4).data() for r in range(history.rowCount())} == {PROVINCE_OFFICER}
    hows = [str(history.index(r, 5).data()) for r in range(history.rowCount())]
    assert any("โทรถามเจ้าหน้าที่แล้ว" in how for how in hows), hows
    assert not screen.keep_stored_button.isEnabled() and not screen.decisions.isVisible()
    shots.append(shoot(window, "resolved-th", artifacts_dir))
    findings += walk.check_window(window, "review-resolved", language="th", allowed=ALLOWED)

    # AND in English (the officers' names and the data as typed)
    typed = ["สมหญิง", "ทดสอบ", "โทรถามเจ้าหน้าที่แล้ว", PROVINCE, PROVINCE_OFFICER, OFFICER_A, OFFICER_B]
    with db.session() as session:
        typed += [name for (name,) in session.execute(select(m.Institute.name))]
        typed += [name for (name,) in session.execute(select(m.Village.name))]
    allowed = walk.Allowed(patterns=ALLOWED.patterns, data=typed)
    set_language("en")
    try:
        settle(qtbot, screen)
        qtbot.waitUntil(lambda: screen.case is not None, timeout=30_000)
        settle(qtbot, screen)
        assert screen.filter.currentText() == "Resolved"
        shots.append(shoot(window, "resolved-en", artifacts_dir))
        findings += walk.check_window(window, "review-resolved-en", language="en", allowed=allowed)
    finally:
        set_language("th")
        settle(qtbot, screen)  # the screen reads again in Thai: done before the test ends and its database goes
    assert not findings, "\n".join(str(f) for f in findings)
    assert all(p.exists() for p in shots)


def test_GIVEN_nothing_imported_WHEN_the_review_is_shown_THEN_it_says_nothing_waits_and_no_decision_was_taken(
    app: QApplication, qtbot: QtBot, tmp_path: Path, artifacts_dir: Path
) -> None:
    db = Database.open(tmp_path / "empty-province.sqlite", officer=PROVINCE_OFFICER)
    keys.init_province(db, name=PROVINCE)
    try:
        window, screen = open_review(qtbot, db)
        assert screen.stack.is_empty() and "ไม่มีรายการรอตรวจสอบ" in screen.stack.empty.message.text()
        shoot(window, "nothing-th", artifacts_dir)
        assert not walk.check_window(window, "review-nothing", language="th", allowed=ALLOWED)
        screen.stack.empty.action.click()
        qtbot.waitUntil(lambda: screen.showing_resolved and not screen.ops.busy, timeout=30_000)
        settle(qtbot, screen)
        assert screen.stack.is_empty() and "ยังไม่มีรายการที่ตัดสิน" in screen.stack.empty.message.text()
        screen.stack.empty.action.click()
        qtbot.waitUntil(lambda: not screen.showing_resolved and not screen.ops.busy, timeout=30_000)
    finally:
        db.close()
