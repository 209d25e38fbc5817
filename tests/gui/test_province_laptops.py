"""The province's step "Laptops" (its keys-and-laptops card): the province's key and its key file, the enrolled
laptops with officer, institutes, key fingerprint, last bundle, encryption key given or not, and revocation; a laptop
enrolled from its enrolment file, one revoked with a reason; step 10 on the province's database points to its own
steps. Screenshots at 1366×697 in Thai and English (artifacts/province-mode)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from cdfi_desktop.app import create_main_window
from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.services.demo import demo_device_id, generate_demo
from cdfi_desktop.settings import Settings
from cdfi_desktop.sync import keys
from cdfi_desktop.ui.i18n import set_language
from cdfi_desktop.ui.main_window import MainWindow
from cdfi_desktop.ui.province.laptops import LaptopsScreen
from cdfi_desktop.ui.sync.province import FINGERPRINT, STATE, LaptopsCard
from cdfi_desktop.ui.sync.view import SyncScreen
from tests.support import walk

SCREEN = (1366, 697)
PROVINCE = "สำนักงานพัฒนาชุมชนจังหวัดขอนแก่น"
PROVINCE_OFFICER = "นายประจักษ์ ตรวจดี"
OFFICER_A = "นางสาวพรทิพย์ ใจดี"
OFFICER_B = "นายสมชาย รักงาน"
ENCRYPTION = 5
REASON = "เครื่องหาย"  # as the officer typed it


@pytest.fixture(scope="module")
def laptop_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A demo laptop (A, one institute) and an empty one (B)."""
    folder = tmp_path_factory.mktemp("province-laptops")
    a = Database.open(folder / "laptop-a.sqlite", device_id=demo_device_id(9), officer=OFFICER_A)
    generate_demo(a, households=5, seed=9)
    a.close()
    b = Database.open(folder / "laptop-b.sqlite", device_id=demo_device_id(8), officer=OFFICER_B)
    b.close()
    return {"a": folder / "laptop-a.sqlite", "b": folder / "laptop-b.sqlite"}


@pytest.fixture
def province(tmp_path: Path) -> Iterator[Database]:
    db = Database.open(tmp_path / "province.sqlite", officer=PROVINCE_OFFICER)
    keys.init_province(db, name=PROVINCE)
    yield db
    db.close()


def enrolment_text(source: Path, target: Path, officer: str, *, encryption_key: bool = True) -> str:
    """The laptop's signed enrolment file; without its encryption key as an older version wrote it."""
    shutil.copyfile(source, target)
    laptop = Database.open(target, officer=officer)
    try:
        document = keys.enrolment_document(laptop, officer=officer)
        if not encryption_key:
            document = {k: v for k, v in document.items() if k != "encryption_key"}
            document = keys.sign_document(keys.device_key(laptop), document)
        return json.dumps(document, ensure_ascii=False)
    finally:
        laptop.close()


def open_window(qtbot: QtBot, db: Database) -> MainWindow:
    window = create_main_window(db, Settings(officer=PROVINCE_OFFICER))
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, window)
    return window


def settle(qtbot: QtBot, window: MainWindow) -> None:
    for _ in range(2):
        qtbot.wait(20)
        qtbot.waitUntil(lambda: not window.ops.busy, timeout=60_000)


def laptops_card(qtbot: QtBot, window: MainWindow) -> tuple[LaptopsScreen, LaptopsCard]:
    window.show_step("laptops")
    screen = window.current_screen()
    assert isinstance(screen, LaptopsScreen)
    qtbot.waitUntil(lambda: screen.card.data is not None, timeout=15_000)
    settle(qtbot, window)
    return screen, screen.card


def column(card: LaptopsCard, index: int) -> list[str]:
    return [card.model.item(row, index).text() for row in range(card.model.rowCount())]


def row_of(card: LaptopsCard, device_id: str) -> int:
    from cdfi_desktop.ui.province.common import KEY_ROLE

    found = [r for r in range(card.model.rowCount()) if card.model.item(r, 0).data(KEY_ROLE) == device_id]
    assert found, device_id
    return found[0]


def choose(card: LaptopsCard, device_id: str) -> None:
    assert card.choose(device_id)
    assert card.selected_laptop() is not None and card.selected_laptop().device_id == device_id  # type: ignore[union-attr]


def check_fits(qtbot: QtBot, window: MainWindow, screen: QWidget, name: str, language: str) -> None:
    """Nothing scrolls sideways, the screen is not taller than the window gives it, and the walk's checks pass."""

    def sideways() -> list[str]:
        found = ["window"] if window.minimumSizeHint().width() > SCREEN[0] else []
        if screen.minimumSizeHint().height() > screen.height() + 1:
            found.append("screen height")
        found += [
            a.objectName()
            for a in screen.findChildren(QAbstractScrollArea)
            if a.isVisible() and a.horizontalScrollBar().isVisible()
        ]
        return found

    try:
        qtbot.waitUntil(lambda: not sideways(), timeout=3_000)
    except AssertionError:
        raise AssertionError(f"does not fit: {sideways()}") from None
    data = [PROVINCE, *PROVINCE_OFFICER.split(), *OFFICER_A.split(), *OFFICER_B.split(), REASON]
    data += walk.data_values(window.ops.db.path)
    patterns = dict(walk.THAI_UI_ALLOWED if language == "th" else walk.ENGLISH_UI_ALLOWED)
    findings = walk.check_window(window, name, language=language, allowed=walk.Allowed(patterns, data))
    assert not findings, "\n".join(str(f) for f in findings)


def grab(window: MainWindow, folder: Path, name: str) -> None:
    QApplication.processEvents()
    assert window.grab().save(str(folder / f"{name}.png"))


def test_GIVEN_a_province_WHEN_laptops_are_enrolled_and_one_revoked_THEN_the_card_shows_keys_and_states(
    app: QApplication,
    qtbot: QtBot,
    laptop_files: dict[str, Path],
    province: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    artifacts_dir: Path,
) -> None:
    shots = artifacts_dir / "province-mode"
    shots.mkdir(exist_ok=True)
    # GIVEN laptop A enrolled from its enrolment file (with its encryption key), and B's older file without one
    keys.enrol(province, enrolment_text(laptop_files["a"], tmp_path / "a.sqlite", OFFICER_A))
    b_file = tmp_path / "enrolment-b.json"
    b_file.write_text(
        enrolment_text(laptop_files["b"], tmp_path / "b.sqlite", OFFICER_B, encryption_key=False), encoding="utf-8"
    )
    b_laptop = Database.open(tmp_path / "b.sqlite", officer=OFFICER_B)
    b_id, b_fingerprint = b_laptop.device_id, keys.device_key(b_laptop).fingerprint
    b_laptop.close()

    # WHEN the province's database is opened: its first step is the laptops
    window = open_window(qtbot, province)
    screen, card = laptops_card(qtbot, window)

    # THEN its own key, and A with its fingerprint, institutes, encryption key and state
    own = keys.device_key(province)
    assert [v.text() for v in card.key_values] == [PROVINCE, province.device_id, own.key_id_hex, own.fingerprint]
    assert column(card, 0) == [OFFICER_A]
    a_row = row_of(card, demo_device_id(9))
    a_laptop = Database.open(tmp_path / "a.sqlite", officer=OFFICER_A)
    assert card.model.item(a_row, FINGERPRINT).text() == keys.device_key(a_laptop).fingerprint
    a_laptop.close()
    assert card.model.item(a_row, 1).text() == "1"
    assert card.model.item(a_row, 3).text() == "–"  # nothing sent yet
    assert card.model.item(a_row, ENCRYPTION).text() == "มี"
    assert card.model.item(a_row, STATE).text() == "เชื่อถือ"
    assert not card.revoke_button.isEnabled() and card.revoke_button.toolTip() == "เลือกเครื่องในรายการก่อน"

    # WHEN the province's key file is exported
    key_file = tmp_path / "province-key.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(key_file), ""))
    card.export_key_button.click()
    settle(qtbot, window)
    # THEN it holds the province's key, and says so
    assert json.loads(key_file.read_text(encoding="utf-8"))["fingerprint"] == own.fingerprint
    assert screen.page.status.text().startswith("บันทึกไฟล์กุญแจของจังหวัดแล้ว")

    # WHEN B is enrolled from its (older) enrolment file
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(b_file), ""))
    card.enrol_button.click()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: card.model.rowCount() == 2, timeout=15_000)
    # THEN B is listed with its fingerprint, and without an encryption key, which its detail explains
    assert screen.page.status.text().startswith(f"ลงทะเบียนเครื่องแล้ว: {OFFICER_B}")
    b_row = row_of(card, b_id)
    assert card.model.item(b_row, FINGERPRINT).text() == b_fingerprint
    assert card.model.item(b_row, 1).text() == "0"
    assert card.model.item(b_row, ENCRYPTION).text() == "ไม่มี"
    choose(card, b_id)
    detail = card.detail.plain_text()
    assert b_fingerprint in detail and b_id in detail and "ลงทะเบียนใหม่" in detail
    assert card.revoke_button.isEnabled()
    choose(card, demo_device_id(9))
    assert "สถาบัน (1)" in card.detail.plain_text() and "เชื่อถือ" not in card.detail.plain_text()
    check_fits(qtbot, window, screen, "laptops", "th")
    grab(window, shots, "th-laptops-card")

    # WHEN B is revoked, giving a reason and confirming
    choose(card, b_id)
    asked: list[str] = []

    def reason(_parent: QWidget, subject: str) -> str:
        asked.append(subject)
        return "เครื่องหาย"

    screen.sync_actions.ask_reason = reason
    screen.sync_actions.ask_yes = lambda _parent, _title, text: OFFICER_B in text
    card.revoke_button.click()
    settle(qtbot, window)
    # THEN its state says revoked with the reason as the tip, the detail tells when and why, and it cannot be
    # revoked again
    assert asked and OFFICER_B in asked[0] and b_id in asked[0]
    qtbot.waitUntil(lambda: column(card, STATE)[row_of(card, b_id)].startswith("เพิกถอนแล้ว"), timeout=15_000)
    assert card.model.item(row_of(card, b_id), STATE).toolTip() == "เครื่องหาย"
    assert card.selected_laptop() is not None and card.selected_laptop().device_id == b_id  # type: ignore[union-attr]
    assert "เครื่องหาย" in card.detail.plain_text()
    assert not card.revoke_button.isEnabled() and card.revoke_button.toolTip() == "กุญแจของเครื่องนี้ถูกเพิกถอนแล้ว"
    with province.session() as session:
        device = session.get(m.SyncDevice, b_id)
        assert device is not None and device.revoked_at is not None and device.revoked_reason == "เครื่องหาย"
    check_fits(qtbot, window, screen, "laptops-revoked", "th")

    # WHEN shown in English (the message said in Thai gone)
    screen.page.status.setText("")
    set_language("en")
    try:
        settle(qtbot, window)
        # THEN every text reads English and it fits
        assert screen.page.heading.text() == "Laptops and keys"
        assert card.export_key_button.text() == "Export the province's key file…"
        assert card.enrol_button.text() == "Enrol a laptop…"
        assert card.model.item(row_of(card, demo_device_id(9)), STATE).text() == "Trusted"
        assert card.model.item(row_of(card, b_id), ENCRYPTION).text() == "None"
        assert card.model.item(row_of(card, b_id), STATE).text().startswith("Revoked ")
        check_fits(qtbot, window, screen, "laptops", "en")
        grab(window, shots, "en-laptops-card")
    finally:
        set_language("th")
        settle(qtbot, window)
    window.close()


def test_GIVEN_a_new_province_WHEN_the_laptops_step_is_shown_THEN_it_says_how_to_enrol_and_step_10_points_to_it(
    app: QApplication,
    qtbot: QtBot,
    province: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    artifacts_dir: Path,
) -> None:
    shots = artifacts_dir / "province-mode"
    shots.mkdir(exist_ok=True)
    window = open_window(qtbot, province)
    screen, card = laptops_card(qtbot, window)
    # THEN no laptop: the empty state, with the enrolment as its action
    assert card.area.is_empty() and card.area.empty.action.isVisible() and not card.detail.isVisible()
    assert card.area.empty.action.text() == "ลงทะเบียนเครื่อง…"
    assert card.key_values[0].text() == PROVINCE
    check_fits(qtbot, window, screen, "laptops-empty", "th")
    opened: list[str] = []

    def cancelled(*_args: object, **_kwargs: object) -> tuple[str, str]:
        opened.append("asked")
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", cancelled)
    card.area.empty.action.click()
    assert opened == ["asked"]  # the file dialog, cancelled

    # WHEN step 10 is asked for on the province's database
    window.show_step("sync")
    sync = window.current_screen()
    assert isinstance(sync, SyncScreen)
    qtbot.waitUntil(lambda: sync.status is not None, timeout=15_000)
    settle(qtbot, window)
    # THEN it says the province works from its own steps, and leads to the laptops
    assert sync.pages.currentWidget() is sync.province_note and not sync.laptop_page.isVisible()
    assert "ฐานข้อมูลของจังหวัด" in sync.province_note.message.text()
    assert not sync.make_button.isEnabled()
    check_fits(qtbot, window, sync, "sync-on-province", "th")
    grab(window, shots, "th-sync-on-province")
    sync.province_note.action.click()
    assert window.current_screen() is screen
    window.close()


def test_GIVEN_the_old_free_text_resolve_WHEN_looked_for_THEN_it_is_gone() -> None:
    from cdfi_desktop.ui.sync import actions

    assert not hasattr(actions, "resolve_conflict")
    assert not hasattr(actions.SyncActions, "resolve")
    assert not hasattr(actions.SyncActions, "import_bundles")
