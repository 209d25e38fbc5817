"""Province mode: a province's database shows the province's steps (laptops, import, status, review, roll-up,
institutes) instead of the officer's; a folder of bundles is imported with a progress bar and a line per bundle; the
district status lists every laptop, the stalest first; an institute opens in the officer's screens read-only (a
banner, editing buttons disabled with the reason, a write refused) and the way back; a laptop's database still shows
the officer's steps. Screenshots at 1366×697 in Thai and English (artifacts/province-mode)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from cdfi_desktop.app import create_main_window
from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.failures import describe
from cdfi_desktop.services.demo import demo_device_id, generate_demo, generate_demo_institute
from cdfi_desktop.settings import Settings
from cdfi_desktop.sync import keys, service
from cdfi_desktop.ui.i18n import set_language
from cdfi_desktop.ui.main_window import MainWindow
from cdfi_desktop.ui.ops import ReadOnlyRefused
from cdfi_desktop.ui.province.imports import ImportScreen
from cdfi_desktop.ui.province.institutes import InstitutesScreen
from cdfi_desktop.ui.province.laptops import LaptopsScreen
from cdfi_desktop.ui.province.status import StatusScreen
from cdfi_desktop.ui.sync.tables import status_label
from cdfi_desktop.ui.widgets.page import ActionBar
from tests.support import walk

SCREEN = (1366, 697)
PROVINCE = "สำนักงานพัฒนาชุมชนจังหวัดศรีสะเกษ"
PROVINCE_OFFICER = "นายประจักษ์ ตรวจดี"
OFFICER_A = "นางสาวพรทิพย์ ใจดี"
OFFICER_B = "นายสมชาย รักงาน"
OFFICER_C = "นางมาลี ยังไม่ส่ง"
READ_ONLY_TH = "เปิดจากจังหวัด อ่านอย่างเดียว"
PROVINCE_STEPS_TH = [
    "1. เครื่องที่ลงทะเบียน",
    "2. นำเข้าชุดข้อมูล",
    "3. สถานะรายอำเภอ",
    "4. ตรวจทาน",
    "5. ภาพรวมจังหวัด",
    "6. สถาบันในจังหวัด",
]


@pytest.fixture(scope="module")
def laptops(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Three laptops' databases: A and B hold an institute each (two districts of Si Sa Ket); C holds none yet."""
    folder = tmp_path_factory.mktemp("province-mode")
    paths = {name: folder / f"laptop-{name}.sqlite" for name in "abc"}
    a = Database.open(paths["a"], device_id=demo_device_id(1), officer=OFFICER_A)
    generate_demo(a, households=5, seed=1)
    a.close()
    b = Database.open(paths["b"], device_id=demo_device_id(2), officer=OFFICER_B)
    generate_demo_institute(b, households=5, seed=2, subdistrict_code="330101")
    b.close()
    c = Database.open(paths["c"], device_id=demo_device_id(3), officer=OFFICER_C)
    c.close()
    return paths


@pytest.fixture
def province(tmp_path: Path) -> Iterator[Database]:
    db = Database.open(tmp_path / "province.sqlite", officer=PROVINCE_OFFICER)
    keys.init_province(db, name=PROVINCE)
    yield db
    db.close()


def enrol_and_export(province: Database, laptops: dict[str, Path], tmp_path: Path, usb: Path) -> None:
    """Every laptop enrolled at the province; A and B each put a bundle on the USB stick (B's in a folder)."""
    officers = {"a": OFFICER_A, "b": OFFICER_B, "c": OFFICER_C}
    for name, source in laptops.items():
        path = tmp_path / source.name
        shutil.copyfile(source, path)
        attachments = source.with_name(f"{source.stem}-attachments")
        if attachments.is_dir():
            shutil.copytree(attachments, path.with_name(f"{path.stem}-attachments"))
        laptop = Database.open(path, officer=officers[name])
        try:
            document = keys.enrolment_document(laptop, officer=officers[name])
            keys.enrol(province, json.dumps(document, ensure_ascii=False))
            keys.import_province_key(laptop, json.dumps(keys.province_key_document(province), ensure_ascii=False))
            if name != "c":
                target = usb / "อำเภอ-b" if name == "b" else usb
                target.mkdir(exist_ok=True)
                assert service.export_bundle(laptop, target) is not None
        finally:
            laptop.close()


def open_window(qtbot: QtBot, db: Database, officer: str) -> MainWindow:
    window = create_main_window(db, Settings(officer=officer))
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.ops.busy, timeout=15_000)
    return window


def settle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.wait(20)
    qtbot.waitUntil(lambda: not window.ops.busy, timeout=60_000)
    qtbot.wait(20)
    qtbot.waitUntil(lambda: not window.ops.busy, timeout=60_000)


def titles(window: MainWindow) -> list[str]:
    return [window.nav.item(row).text() for row in range(window.nav.count())]


def grab(window: MainWindow, folder: Path, name: str) -> Path:
    QApplication.processEvents()
    path = folder / f"{name}.png"
    assert window.grab().save(str(path))
    return path


def scrolled_sideways(window: MainWindow, screen: QWidget) -> list[str]:
    """What does not fit 1366×697: the window wider, the screen taller, a table scrolling sideways."""
    found = []
    if window.minimumSizeHint().width() > SCREEN[0]:
        found.append("window")
    if screen.minimumSizeHint().height() > screen.height() + 1:
        found.append("screen height")
    for area in screen.findChildren(QAbstractScrollArea):
        if area.isVisible() and area.horizontalScrollBar().isVisible():
            found.append(area.objectName())
    return found


def assert_fits(qtbot: QtBot, window: MainWindow, screen: QWidget) -> None:
    """Everything fits, once the tables have fitted their columns to the width (they do so a moment later)."""
    try:
        qtbot.waitUntil(lambda: not scrolled_sideways(window, screen), timeout=3_000)
    except AssertionError:
        raise AssertionError(f"does not fit: {scrolled_sideways(window, screen)}") from None


def check(window: MainWindow, name: str, language: str) -> None:
    """The screenshot walk's checks (nothing clipped, cut or overlapping, one language but the data)."""
    data = [PROVINCE, *PROVINCE_OFFICER.split(), *walk.data_values(window.ops.db.path)]  # as typed
    patterns = dict(walk.THAI_UI_ALLOWED if language == "th" else walk.ENGLISH_UI_ALLOWED)
    # sync/errors.py's "not a bundle" message carries the reader's own words in brackets, as the library said them
    patterns[r"\(File is not a zip file\)"] = "the zip reader's detail inside a refused bundle's message"
    findings = walk.check_window(window, name, language=language, allowed=walk.Allowed(patterns, data))
    assert not findings, "\n".join(str(f) for f in findings)


def both_languages(qtbot: QtBot, window: MainWindow, folder: Path, name: str) -> None:
    """A screenshot in Thai and in English (the window back in Thai after), each checked as the walk does."""
    screen = window.current_screen()
    grab(window, folder, f"th-{name}")
    assert_fits(qtbot, window, screen)
    check(window, name, "th")
    set_language("en")
    settle(qtbot, window)
    grab(window, folder, f"en-{name}")
    assert_fits(qtbot, window, screen)
    check(window, name, "en")
    set_language("th")
    settle(qtbot, window)


def test_GIVEN_a_province_database_WHEN_opened_THEN_the_province_steps_import_status_and_an_institute_read_only(
    app: QApplication,
    qtbot: QtBot,
    laptops: dict[str, Path],
    province: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    artifacts_dir: Path,
) -> None:
    shots = artifacts_dir / "province-mode"
    shots.mkdir(exist_ok=True)
    usb = tmp_path / "usb"
    usb.mkdir()
    (usb / "receipts").mkdir()  # receipts left beside the bundles by an earlier import are not bundles

    # GIVEN an empty province: no laptop enrolled, nothing imported
    window = open_window(qtbot, province, PROVINCE_OFFICER)
    qtbot.waitUntil(lambda: window.mode == "province", timeout=15_000)

    # THEN the navigation shows the province's steps, not the officer's
    assert titles(window) == PROVINCE_STEPS_TH
    assert window.nav.currentRow() == 0
    assert not window.demo_action.isVisible()  # no demo institute among the laptops' institutes
    laptops_screen = window.current_screen()
    assert isinstance(laptops_screen, LaptopsScreen)
    settle(qtbot, window)
    assert laptops_screen.card.area.is_empty()
    both_languages(qtbot, window, shots, "1-laptops-empty")
    window.show_step("import")
    settle(qtbot, window)
    importer = window.current_screen()
    assert isinstance(importer, ImportScreen)
    assert importer.area.is_empty() and importer.area.empty.action.isVisible()
    both_languages(qtbot, window, shots, "2-import-empty")
    window.show_step("status")
    settle(qtbot, window)
    status = window.current_screen()
    assert isinstance(status, StatusScreen)
    assert status.area.is_empty()
    both_languages(qtbot, window, shots, "3-status-empty")
    status.area.empty.action.click()  # the empty status leads to enrolling the laptops
    assert window.current_screen() is laptops_screen and titles(window)[window.nav.currentRow()] == PROVINCE_STEPS_TH[0]
    window.show_step("institutes")
    settle(qtbot, window)
    institutes = window.current_screen()
    assert isinstance(institutes, InstitutesScreen)
    assert institutes.area.is_empty()
    both_languages(qtbot, window, shots, "6-institutes-empty")

    # WHEN three laptops are enrolled, two of them bring bundles on a USB stick, and the folder is imported
    enrol_and_export(province, laptops, tmp_path, usb)
    (usb / "broken.cdfibundle").write_bytes(b"not a bundle")  # a file damaged on the way
    window.show_step("import")
    seen: list[tuple[int, int]] = []
    importer.progress.valueChanged.connect(lambda value: seen.append((value, importer.progress.maximum())))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(usb))
    importer.import_button.click()
    assert importer.progress.isVisible()
    settle(qtbot, window)

    # THEN the progress went to the end, and each bundle has its line: applied, its officer, number and records
    assert not importer.progress.isVisible()
    assert seen and seen[-1][0] == seen[-1][1] > 0
    assert importer.last_run is not None and len(importer.last_run.lines) == 3
    model = importer.bundles_model
    rows = {model.item(r, 5).text(): [model.item(r, c).text() for c in range(6)] for r in range(model.rowCount())}
    broken = rows.pop("broken.cdfibundle")  # one bad file stops nothing: it has its line, refused, saying why
    assert broken[2] == status_label("refused") and broken[4] not in ("", "–")
    assert importer.page.problem.isVisible() and "1" in importer.page.problem.text()
    assert {row[0] for row in rows.values()} == {OFFICER_A, OFFICER_B}
    for row in rows.values():
        assert row[1] == "1" and row[2] == status_label("applied") and int(row[3].replace(",", "")) > 0
    assert not importer.area.is_empty() and importer.history_model.rowCount() >= 1
    assert importer.report_view.isVisible()
    with province.session() as session:
        assert session.scalar(select(func.count()).select_from(m.Institute)) == 2
    both_languages(qtbot, window, shots, "2-import-done")

    # AND the laptops step lists the three laptops
    window.show_step("laptops")
    settle(qtbot, window)
    assert laptops_screen.card.model.rowCount() == 3
    both_languages(qtbot, window, shots, "1-laptops")

    # WHEN the district status is shown: every laptop, the one that never sent on top
    window.show_step("status")
    settle(qtbot, window)
    assert not status.area.is_empty()
    ids = status.device_ids()
    assert ids[0] == demo_device_id(3)
    assert set(ids) == {demo_device_id(1), demo_device_id(2), demo_device_id(3)}
    both_languages(qtbot, window, shots, "3-status")
    # AND per district and per institute: two districts, one institute each
    assert len(status.area_keys(status.districts_model)) == 2
    assert len(status.area_keys(status.institutes_model)) == 2
    status.tabs.setCurrentIndex(1)
    both_languages(qtbot, window, shots, "3-status-districts")
    status.tabs.setCurrentIndex(2)
    both_languages(qtbot, window, shots, "3-status-institutes")
    status.tabs.setCurrentIndex(0)

    # AND the review and the roll-up are the province's steps 4 and 5
    for step, name in (("review", "ReviewScreen"), ("rollup", "RollupScreen")):
        window.show_step(step)
        settle(qtbot, window)
        assert type(window.current_screen()).__name__ == name
        grab(window, shots, f"th-{titles(window).index(window.nav.currentItem().text()) + 1}-{step}")

    # WHEN an institute is opened from the province's list
    window.show_step("institutes")
    settle(qtbot, window)
    assert institutes.model.rowCount() == 2
    with province.session() as session:
        chosen = session.scalar(select(m.Institute).where(m.Institute.district_code == "3301"))
        assert chosen is not None
        chosen_id, chosen_name = chosen.id, chosen.name
    assert institutes.choose(chosen_id)
    both_languages(qtbot, window, shots, "6-institutes")
    institutes.open_button.click()
    settle(qtbot, window)

    # THEN the officer's steps show (without sending to the province), read-only, under a banner naming it
    assert window.mode == "institute" and window.ops.read_only and window.ops.institute_id == chosen_id
    assert len(titles(window)) == 9 and titles(window)[0] == "1. สถาบัน"
    assert window.read_only_banner.isVisible()
    qtbot.waitUntil(lambda: chosen_name in window.read_only_label.text())
    stamped: list[object] = []
    window.ops.query(lambda db: db.session().info.get("institute_id"), success=stamped.append)
    qtbot.waitUntil(lambda: bool(stamped))
    assert stamped == [chosen_id]  # every read of the view names the chosen institute
    assert "อ่านอย่างเดียว" in window.read_only_label.text()
    window.show_step("registers")
    settle(qtbot, window)
    registers = window.current_screen()
    bars = [bar for bar in registers.findChildren(ActionBar) if bar.isVisible()]
    assert bars
    editing = [b for bar in bars for b in bar.findChildren(QPushButton) if bar.is_editing(b) and b.isVisible()]
    assert editing
    for button in editing:
        assert not button.isEnabled(), button.text()
        assert button.toolTip() == READ_ONLY_TH
    add_household = getattr(registers, "add_household", None)
    assert isinstance(add_household, QPushButton) and not add_household.isEnabled()
    both_languages(qtbot, window, shots, "7-institute-registers-read-only")

    # AND a write is refused with the reason, and nothing is written
    with province.session() as session:
        before = session.scalar(select(func.count()).select_from(m.Household))
    failures: list[Exception] = []
    ran: list[bool] = []
    window.ops.change(lambda db, _p: ran.append(True), failure=failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert not ran and isinstance(failures[0], ReadOnlyRefused)
    assert failures[0].text("th") == READ_ONLY_TH
    assert describe(failures[0], "th").startswith(READ_ONLY_TH)  # as a screen's problem line says it
    with province.session() as session:
        assert session.scalar(select(func.count()).select_from(m.Household)) == before

    # WHEN the officer goes back to the province
    window.back_button.click()
    settle(qtbot, window)

    # THEN the province's steps again, on its institutes, writable
    assert window.mode == "province" and not window.ops.read_only and window.ops.institute_id is None
    assert titles(window) == PROVINCE_STEPS_TH
    assert window.current_screen() is institutes
    assert not window.read_only_banner.isVisible()

    # WHEN the other institute is opened: every screen shows it, not the one opened before
    with province.session() as session:
        other = session.scalar(select(m.Institute).where(m.Institute.id != chosen_id))
        assert other is not None
        other_id, other_name = other.id, other.name
    settle(qtbot, window)
    assert institutes.choose(other_id)
    institutes.open_button.click()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: other_name in window.read_only_label.text())
    for step in ("registers", "institute", "training"):
        window.show_step(step)
        settle(qtbot, window)
        shown = window.current_screen()
        qtbot.waitUntil(
            lambda shown=shown: (
                other_name in " ".join(label.text() for label in shown.findChildren(QLabel))
                or other_name in " ".join(box.currentText() for box in shown.findChildren(QComboBox))
            )
        )
        assert chosen_name not in " ".join(label.text() for label in shown.findChildren(QLabel) if label.isVisible())
        grab(window, shots, f"th-8-read-only-{step}")
    window.back_button.click()
    settle(qtbot, window)


def test_GIVEN_a_laptop_database_WHEN_opened_THEN_the_officer_steps_as_before(
    app: QApplication, qtbot: QtBot, laptops: dict[str, Path], tmp_path: Path
) -> None:
    path = tmp_path / "laptop.sqlite"
    shutil.copyfile(laptops["a"], path)
    db = Database.open(path, officer=OFFICER_A)
    try:
        window = open_window(qtbot, db, OFFICER_A)
        settle(qtbot, window)
        assert window.mode == "officer" and not window.is_province
        assert window.nav.count() == 11
        assert titles(window)[0] == "ภาพรวม" and titles(window)[-1].startswith("10. ")
        assert not window.read_only_banner.isVisible() and not window.ops.read_only
        assert window.demo_action.isVisible()
        window.show_step("registers")
        settle(qtbot, window)
        registers = window.current_screen()
        add_household = getattr(registers, "add_household", None)
        assert isinstance(add_household, QPushButton) and add_household.isEnabled()
        settle(qtbot, window)
        window.close()
        settle(qtbot, window)  # nothing of this window left to run once its database is gone
    finally:
        db.close()


class _Screen(QWidget):
    """A screen's slots, by the names the screens give them."""

    def print_reports(self) -> None: ...

    def _export(self, suffix: str) -> None: ...

    def add_household(self) -> None: ...

    def move_household(self, by: int) -> None: ...


def test_GIVEN_an_action_bar_WHEN_read_only_THEN_only_its_editing_buttons_are_disabled_with_the_reason(
    app: QApplication, qtbot: QtBot
) -> None:
    screen = _Screen()
    qtbot.addWidget(screen)
    bar = ActionBar(screen)
    printing = bar.add(screen.print_reports)
    export = bar.add(lambda: screen._export(".xlsx"))
    adding = bar.add(screen.add_household)
    moving = bar.add(lambda: screen.move_household(1))
    told = bar.add(screen.print_reports, editing=True)
    assert [bar.is_editing(b) for b in (printing, export, adding, moving, told)] == [False, False, True, True, True]
    bar.set_available(moving, False, "Choose a household first.")

    bar.set_read_only(READ_ONLY_TH)
    assert [b.isEnabled() for b in (printing, export, adding, moving, told)] == [True, True, False, False, False]
    assert adding.toolTip() == READ_ONLY_TH and printing.toolTip() == ""
    adding.setEnabled(True)  # a screen enabling the button itself does not undo the read-only view
    assert not adding.isEnabled()
    bar.set_available(moving, True)
    assert not moving.isEnabled()

    bar.set_read_only("")
    assert [b.isEnabled() for b in (printing, export, adding, moving, told)] == [True, True, True, True, True]
    assert adding.toolTip() == ""


def test_GIVEN_a_province_on_postgresql_WHEN_a_folder_is_imported_THEN_its_status_and_an_institute_read_only(
    app: QApplication,
    qtbot: QtBot,
    laptops: dict[str, Path],
    pg_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = Database.open(pg_url, officer=PROVINCE_OFFICER)
    try:
        keys.init_province(db, name=PROVINCE)
        usb = tmp_path / "usb"
        usb.mkdir()
        enrol_and_export(db, laptops, tmp_path, usb)
        window = open_window(qtbot, db, PROVINCE_OFFICER)
        qtbot.waitUntil(lambda: window.mode == "province", timeout=15_000)
        assert titles(window) == PROVINCE_STEPS_TH

        window.show_step("import")
        settle(qtbot, window)
        importer = window.current_screen()
        assert isinstance(importer, ImportScreen)
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(usb))
        importer.import_button.click()
        settle(qtbot, window)
        assert importer.last_run is not None
        assert [line.status for line in importer.last_run.lines] == ["applied", "applied"]
        assert importer.history_model.rowCount() == 1  # the import is kept

        window.show_step("status")
        settle(qtbot, window)
        status = window.current_screen()
        assert isinstance(status, StatusScreen)
        assert status.device_ids()[0] == demo_device_id(3)  # never sent: on top
        assert len(status.area_keys(status.districts_model)) == 2

        window.show_step("institutes")
        settle(qtbot, window)
        institutes = window.current_screen()
        assert isinstance(institutes, InstitutesScreen)
        assert institutes.model.rowCount() == 2
        institutes.table.selectRow(0)
        institutes.open_button.click()
        settle(qtbot, window)
        assert window.mode == "institute" and window.ops.read_only
        window.show_step("registers")
        settle(qtbot, window)
        add_household = getattr(window.current_screen(), "add_household", None)
        assert isinstance(add_household, QPushButton) and not add_household.isEnabled()
        window.back_button.click()
        settle(qtbot, window)
        assert window.mode == "province" and not window.ops.read_only
        settle(qtbot, window)
        window.close()
        settle(qtbot, window)  # nothing of this window left to run once its database is gone
    finally:
        db.close()
