"""The province's roll-up screen on a province database that imported three laptops' bundles (three demo institutes):
the indicators per district, per province and in all equal ``indicators.rollup``; the report rounds as submitted
with a snapshot changed after submission flagged; every institute's evidence and BPM lines; printing the roll-up;
an empty province database says nothing was imported. Screenshots at 1366×697 in Thai and English, checked by the
screenshot walk's checks."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.fiscal import fiscal_year_be
from cdfi_desktop.services import indicators
from cdfi_desktop.services import report_rounds as rr
from cdfi_desktop.services.activity_tracking import bpm_summary
from cdfi_desktop.services.demo import DEMO_AS_OF, demo_device_id, generate_demo
from cdfi_desktop.services.uow import UnitOfWork
from cdfi_desktop.sync import keys, service
from cdfi_desktop.ui.i18n import set_language
from cdfi_desktop.ui.ops import Ops
from cdfi_desktop.ui.province.rollup import RollupScreen
from cdfi_desktop.ui.province.rollup_data import ACTIVITIES, EVIDENCE, INDICATORS, ROUNDS, TABS
from cdfi_desktop.ui.province.rollup_tabs import short_name
from tests.support import walk

SCREEN = (1160, 645)  # the step area of the main window at 1366×697
PROVINCE = "สำนักงานพัฒนาชุมชนจังหวัดขอนแก่น"
OFFICER = "นายประจักษ์ ตรวจดี"
SEEDS = (11, 12, 13)
FISCAL_YEAR = fiscal_year_be(DEMO_AS_OF)
ALLOWED = walk.Allowed(
    patterns={
        r"1HH1C": "the program's name for one household one contract",
        r"BPM": "the government's budget monitoring system",
        r"SHA-256": "the hash's name",
        r"PDF|Excel": "file types",
        r"%": "per cent",
    }
)


@pytest.fixture(scope="module")
def province_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A province database that imported the first bundles of three laptops, each with its demo institute."""
    folder = tmp_path_factory.mktemp("province-rollup")
    province = Database.open(folder / "province.sqlite", officer=OFFICER)
    keys.init_province(province, name=PROVINCE)
    files = []
    for seed in SEEDS:
        laptop = Database.open(folder / f"laptop-{seed}.sqlite", device_id=demo_device_id(seed), officer=f"O{seed}")
        generate_demo(laptop, households=8, seed=seed)
        keys.enrol(province, json.dumps(keys.enrolment_document(laptop, officer=f"O{seed}"), ensure_ascii=False))
        keys.import_province_key(laptop, json.dumps(keys.province_key_document(province), ensure_ascii=False))
        made = service.export_bundle(laptop, folder / "usb")
        assert made is not None
        files.append(made.path)
        laptop.close()
    outcomes = service.import_files(province, files, receipts_dir=folder / "receipts")
    assert [o.status for o in outcomes] == ["applied"] * len(SEEDS)
    province.close()
    return folder / "province.sqlite"


@pytest.fixture
def province(province_file: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "province.sqlite"
    shutil.copyfile(province_file, copy)
    db = Database.open(copy, officer=OFFICER)
    yield db
    db.close()


def submit_rounds(db: Database) -> tuple[str, str]:
    """Round 1 submitted by two institutes; the second one's snapshot is then changed in the database."""
    with db.session() as session:
        ids = list(session.scalars(select(m.Institute.id).order_by(m.Institute.name)))
    for institute_id in ids[:2]:
        with UnitOfWork(db) as uow:
            rr.submit_round(
                uow, institute_id=institute_id, fiscal_year=FISCAL_YEAR, round_no=1, as_of=DEMO_AS_OF, officer=OFFICER
            )
    with db.session() as session, session.begin():
        row = session.scalars(select(m.ReportRound).where(m.ReportRound.institute_id == ids[1])).one()
        snapshot = json.loads(json.dumps(row.snapshot))
        snapshot["content"]["figures"]["totals"]["households_1hh1c"] += 5
        row.snapshot = snapshot
    return ids[0], ids[1]


def open_rollup(qtbot: QtBot, db: Database) -> tuple[QWidget, RollupScreen]:
    """The screen where the main window shows a step, at its size in a 1366×697 window (beside the navigation)."""
    ops = Ops(db)
    host = QWidget()
    host.setObjectName("host")
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    screen = RollupScreen(ops, today=DEMO_AS_OF)
    layout.addWidget(screen)
    qtbot.addWidget(host)
    host.resize(*SCREEN)
    host.show()
    qtbot.waitExposed(host)
    wait_tab(qtbot, screen, INDICATORS)
    return host, screen


def wait_tab(qtbot: QtBot, screen: RollupScreen, tab: str) -> None:
    qtbot.wait(30)  # a language change reaches the screen through the event loop and reads it again
    screen.tabs.setCurrentIndex(TABS.index(tab))
    qtbot.waitUntil(lambda: tab in screen.loaded and not screen.reading and not screen.ops.busy, timeout=30_000)
    qtbot.wait(30)


def cells(screen_table: object, column: int) -> list[str]:
    model = screen_table.model()  # type: ignore[attr-defined]
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def shoot(window: QWidget, name: str, artifacts_dir: Path, language: str) -> Path:
    folder = artifacts_dir / "province"
    folder.mkdir(exist_ok=True)
    path = folder / f"rollup-{name}-{language}.png"
    assert window.grab().save(str(path))
    return path


def test_GIVEN_three_institutes_WHEN_the_rollup_is_shown_THEN_its_figures_are_the_rollups_and_a_changed_round_flagged(
    app: QApplication,
    qtbot: QtBot,
    province: Database,
    artifacts_dir: Path,
    tmp_path: Path,
) -> None:
    kept, changed = submit_rounds(province)
    with province.session() as session:
        expected = indicators.rollup(session, fiscal_year=FISCAL_YEAR, as_of=DEMO_AS_OF, language="th")
        bpm = {
            i: bpm_summary(session, institute_id=i, fiscal_year=FISCAL_YEAR, as_of=DEMO_AS_OF)
            for i in session.scalars(select(m.Institute.id))
        }
    window, screen = open_rollup(qtbot, province)
    tab = screen.indicators

    # THEN the indicators per district, per province and in all are indicators.rollup's
    areas = [*expected.districts, *expected.provinces, expected.total]
    assert cells(tab.table, 0)[: len(expected.districts)] == [d.name for d in expected.districts]
    assert cells(tab.table, 1) == [f"{a.passing:,} / {a.institutes:,}" for a in areas]
    assert cells(tab.table, 9) == [f"{a.households_1hh1c:,} / {a.households_goal:,}" for a in areas]
    for n in range(5):
        assert cells(tab.table, 4 + n) == [str(a.criteria_passing[n]) for a in areas]
    assert cells(tab.table, 0)[-1] == "สถาบันทั้งหมด"
    total = expected.total
    assert tab.tiles.tiles["passing"].value.text() == f"{total.passing} / {total.institutes}"
    assert "75%" in tab.tiles.tiles["passing"].caption.text()
    assert tab.tiles.tiles["households"].value.text() == f"{total.households_1hh1c:,} / {total.households_goal:,}"
    assert "10,000" in tab.tiles.tiles["national"].caption.text()
    assert [b.value for b in tab.households_chart.bars] == [float(d.households_1hh1c) for d in expected.districts]
    assert tab.passing_chart.reference is not None and tab.passing_chart.reference[0] == 75.0
    assert [b.value for b in tab.criteria_chart.bars] == [float(n) for n in total.criteria_passing]
    # per institute: each one's five criteria
    tab.level.setCurrentIndex(1)
    assert cells(tab.table, 0) == [short_name(s.name) for s in expected.institutes]
    assert cells(tab.table, 4) == ["✓" if s.criteria[0] else "✗" for s in expected.institutes]
    tab.level.setCurrentIndex(0)
    shots = [shoot(window, "indicators", artifacts_dir, "th")]
    findings = walk.check_window(window, "rollup-indicators", language="th", allowed=ALLOWED)

    # WHEN the report rounds are shown THEN the changed snapshot is flagged, the other one's figures as frozen
    wait_tab(qtbot, screen, ROUNDS)
    rounds = screen.rounds
    assert len(rounds.data.lines) == 2 * len(SEEDS)  # type: ignore[union-attr]
    with province.session() as session:
        names = {i.id: i.name for i in session.scalars(select(m.Institute))}
        frozen = rr.round_view(session, institute_id=kept, fiscal_year=FISCAL_YEAR, round_no=1)
    flagged = [row for row in range(rounds.model.rowCount()) if rounds.model.index(row, 3).data() == "แก้ไขหลังส่งแล้ว"]
    assert [rounds.model.index(row, 1).data() for row in flagged] == [short_name(names[changed])]
    assert cells(rounds.table, 3).count("ส่งแล้ว") == 1
    kept_row = next(
        r
        for r in range(rounds.model.rowCount())
        if rounds.model.index(r, 1).data() == short_name(names[kept]) and rounds.model.index(r, 3).data() == "ส่งแล้ว"
    )
    assert rounds.model.index(kept_row, 5).data() == str(frozen.figures.totals.households_1hh1c)
    assert rounds.model.index(kept_row, 9).data() == frozen.sha256[:12] + "…"
    assert rounds.tampered() == 1 and "ไม่ตรงกับค่าแฮช" in rounds.summary.text()
    shots.append(shoot(window, "rounds", artifacts_dir, "th"))
    findings += walk.check_window(window, "rollup-rounds", language="th", allowed=ALLOWED)

    # WHEN the evidence and the activities are shown THEN every institute is there
    wait_tab(qtbot, screen, EVIDENCE)
    assert sorted(cells(screen.evidence.table, 1)) == sorted(short_name(n) for n in names.values())
    assert all(text.endswith("/ 12") for text in cells(screen.evidence.table, 2))
    shots.append(shoot(window, "evidence", artifacts_dir, "th"))
    findings += walk.check_window(window, "rollup-evidence", language="th", allowed=ALLOWED)
    wait_tab(qtbot, screen, ACTIVITIES)
    assert screen.activities.model.rowCount() == sum(len(rows) for rows in bpm.values())
    assert screen.copy_button.isEnabled()
    screen.copy_button.click()
    copied = QGuiApplication.clipboard().text().splitlines()
    assert len(copied) == 1 + screen.activities.model.rowCount() and copied[0].startswith("อำเภอ\tสถาบัน\t")
    shots.append(shoot(window, "activities", artifacts_dir, "th"))
    findings += walk.check_window(window, "rollup-activities", language="th", allowed=ALLOWED)

    # WHEN the screen is in English THEN every tab reads again in English
    set_language("en")
    for name in TABS:
        wait_tab(qtbot, screen, name)
        shots.append(shoot(window, name, artifacts_dir, "en"))
        findings += walk.check_window(window, f"rollup-{name}-en", language="en", allowed=ALLOWED)
    assert cells(screen.indicators.table, 0)[-1] == "All institutes"
    assert "Changed after submission" in cells(screen.rounds.table, 3)
    set_language("th")
    assert not findings, "\n".join(str(f) for f in findings)

    # WHEN the roll-up is printed THEN the indicators report of every institute is written, titled by the province
    wait_tab(qtbot, screen, INDICATORS)
    screen.print_to(tmp_path / "printed")
    qtbot.waitUntil(lambda: bool(screen.printed), timeout=60_000)
    assert sorted(p.suffix for p in screen.printed) == [".pdf", ".xlsx"]
    assert all(p.stat().st_size > 0 and PROVINCE in p.name for p in screen.printed)
    workbook = load_workbook(next(p for p in screen.printed if p.suffix == ".xlsx"))
    assert workbook.sheetnames == ["รายจังหวัด", "รายอำเภอ", "รายสถาบัน"]
    assert all(p.exists() for p in shots)


def test_GIVEN_a_province_database_with_nothing_imported_WHEN_the_rollup_is_shown_THEN_it_says_so(
    app: QApplication, qtbot: QtBot, tmp_path: Path, artifacts_dir: Path
) -> None:
    db = Database.open(tmp_path / "empty-province.sqlite", officer=OFFICER)
    keys.init_province(db, name=PROVINCE)
    try:
        window, screen = open_rollup(qtbot, db)
        assert screen.stack.is_empty()
        assert "ยังไม่ได้นำเข้า" in screen.stack.empty.message.text()
        assert not screen.print_button.isEnabled() and screen.print_button.toolTip()
        shoot(window, "empty", artifacts_dir, "th")
        assert not walk.check_window(window, "rollup-empty", language="th", allowed=ALLOWED)
    finally:
        db.close()
