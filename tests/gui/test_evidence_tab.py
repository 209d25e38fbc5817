"""The evidence tab in the main window at 1366×768 on the demo database: the checklist of section 4.3 with what is
there and what is missing, the demo's photos and scanned minutes with their thumbnails (a screenshot), removed so the
checklist names them missing, a photo attached with its thumbnail and caption (the same file twice stored once),
removed again, the evidence pack built into a folder, and a button to the step that fixes a gap."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from cdfi_desktop.app import create_main_window
from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.services.attachments import attachments_dir
from cdfi_desktop.services.demo import DEMO_AS_OF
from cdfi_desktop.services.evidence_attachments import attachments_dir_of
from cdfi_desktop.settings import Settings
from cdfi_desktop.ui import screens
from cdfi_desktop.ui.main_window import MainWindow
from cdfi_desktop.ui.reports.evidence import FIX_COLUMN, ID_ROLE, STATE_COLUMN, STATE_ROLE, EvidenceTab
from cdfi_desktop.ui.widgets.thai_text import plain
from cdfi_desktop.ui.workflow import STEPS
from tests.support.demo_states import submit_round_1_early

SCREENS_DIR = Path(__file__).resolve().parents[2] / "artifacts" / "screens"


@pytest.fixture
def tab(
    app: QApplication, qtbot: QtBot, demo_db: Database, demo_db_file: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[MainWindow, EvidenceTab]]:
    """GIVEN the main window at 1366×768 on the demo database, showing the evidence of fiscal year 2570."""
    # the copy of the demo database gets the demo's attached files too
    shutil.copytree(attachments_dir_of(f"sqlite:///{demo_db_file}"), attachments_dir(demo_db))
    submit_round_1_early(demo_db)  # the demo submits it only in April
    monkeypatch.setitem(screens.SCREENS, "reports", "cdfi_desktop.ui.reports.evidence:EvidenceTab")
    window = create_main_window(demo_db, Settings(officer="นางสาวพรทิพย์ ใจดี"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_step("reports")
    found = window.stack.currentWidget()
    assert isinstance(found, EvidenceTab)
    found.set_view(fiscal_year=2570, today=DEMO_AS_OF)
    qtbot.waitUntil(lambda: found.loaded is not None and found.loaded.fiscal_year == 2570, timeout=15_000)
    yield window, found


def photo(path: Path) -> Path:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (900, 600), (214, 180, 100))
    ImageDraw.Draw(image).ellipse((250, 150, 650, 450), fill=(30, 110, 60))
    image.save(path, "JPEG")
    return path


def state(tab: EvidenceTab, key: str) -> str:
    """The state of an item as stored in its cell, and the mark the cell starts with."""
    cell = tab.model.item(row_of(tab, key), STATE_COLUMN)
    return f"{cell.text()[0]} {cell.data(STATE_ROLE)}"


def shown(item: QStandardItem) -> str:
    """A cell's text as written (without the marks that keep Thai words whole on a line)."""
    return plain(item.text()).replace("\xa0", " ")


def row_of(tab: EvidenceTab, key: str) -> int:
    for row in range(tab.model.rowCount()):
        if tab.model.item(row, 1).data(ID_ROLE) == key:
            return row
    raise AssertionError(key)


def files_shown(tab: EvidenceTab) -> int:
    return len(tab.loaded.files) if tab.loaded else -1


def gone(tab: EvidenceTab, link_id: str) -> Callable[[], bool]:
    return lambda: tab.loaded is not None and all(f.link_id != link_id for f in tab.loaded.files)


def test_GIVEN_the_demo_WHEN_evidence_is_attached_THEN_the_checklist_follows_and_the_pack_is_built(
    tab: tuple[MainWindow, EvidenceTab], qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    window, evidence = tab
    assert evidence.model.rowCount() == 12
    assert state(evidence, "household_register") == "✓ present"
    assert shown(evidence.model.item(0, 1)) == "ทะเบียนข้อมูลครัวเรือนและภาวะหนี้สินของครัวเรือน"
    assert shown(evidence.model.item(0, 2)) == "60 ครัวเรือน"
    assert evidence.table.indexWidget(evidence.model.index(0, FIX_COLUMN)) is None  # nothing to fix
    assert state(evidence, "life_plans") == "◐ partial"
    assert state(evidence, "report_rounds") == "◐ partial"  # round 1 (April) submitted, round 2 not yet
    present = [evidence.model.item(r, STATE_COLUMN).data(STATE_ROLE) for r in range(12)].count("present")
    assert present == 9  # of the 60 households, only 25 are eligible targets
    assert evidence.summary.text() == f"ครบถ้วน {present} จาก 12 รายการ"
    # THEN the demo's three photos and its scanned minutes are listed, each with its thumbnail
    assert state(evidence, "photos") == "✓ present"
    assert state(evidence, "meeting_minutes") == "✓ present"
    assert files_shown(evidence) == 4
    assert evidence.loaded is not None and len(evidence.loaded.thumbnails) == 4
    assert all(not evidence.files.item(r).icon().isNull() for r in range(4))
    evidence.files.setCurrentRow(0)
    SCREENS_DIR.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SCREENS_DIR / "evidence-th.png"))
    # AND it fits the screen area and the checklist needs no scrolling
    corner = evidence.mapTo(window, QPoint(evidence.width(), evidence.height()))
    assert corner.x() <= window.width() and corner.y() <= window.height()
    assert not evidence.table.verticalScrollBar().isVisible(), evidence.height()

    # WHEN the demo's files are removed, one by one
    evidence.confirm = lambda _question: True  # type: ignore[method-assign]
    for link_id in [f.link_id for f in evidence.loaded.files]:
        assert evidence.select_file(link_id)
        evidence.remove()
        qtbot.waitUntil(gone(evidence, link_id), timeout=15_000)
    assert files_shown(evidence) == 0
    # THEN the photos and the minutes are missing, each saying so
    assert state(evidence, "photos") == "✗ missing"
    assert shown(evidence.model.item(row_of(evidence, "photos"), 3)) == "ยังไม่ได้แนบภาพถ่ายการดำเนินกิจกรรม"
    assert state(evidence, "meeting_minutes") == "✗ missing"
    assert evidence.summary.text() == f"ครบถ้วน {present - 2} จาก 12 รายการ"

    # WHEN a photo is attached, captioned and attached again
    picture = photo(tmp_path / "อบรมวันแรก.jpg")
    evidence.kind_box.setCurrentIndex(evidence.kind_box.findData("photo"))
    evidence.attach(picture)
    qtbot.waitUntil(lambda: files_shown(evidence) == 1, timeout=15_000)
    assert evidence.files.item(0).text() == "อบรมวันแรก.jpg"
    assert not evidence.files.item(0).icon().isNull()
    assert state(evidence, "photos") == "✓ present"
    evidence.select_file(evidence.loaded.files[0].link_id)
    evidence.set_caption("การอบรมวันที่ 1 ณ ศาลาหมู่บ้าน")
    qtbot.waitUntil(
        lambda: evidence.files.count() == 1 and evidence.files.item(0).text().startswith("การ"), timeout=15_000
    )
    evidence.attach(picture, kind="minutes", caption="รายงานการประชุม")
    qtbot.waitUntil(lambda: files_shown(evidence) == 2, timeout=15_000)
    sha256 = hashlib.sha256(picture.read_bytes()).hexdigest()
    with demo_db.session() as session:  # stored once
        assert session.scalar(select(func.count()).select_from(m.Attachment).where(m.Attachment.sha256 == sha256)) == 1
    assert state(evidence, "meeting_minutes") == "✓ present"

    # WHEN a file is removed
    evidence.select_file(evidence.loaded.files[1].link_id)
    evidence.remove()
    qtbot.waitUntil(lambda: files_shown(evidence) == 1, timeout=15_000)
    assert state(evidence, "meeting_minutes") == "✗ missing"

    # WHEN the pack is built THEN the PDF and the zip are in the folder
    folder = tmp_path / "pack"
    evidence.build_pack(folder)
    qtbot.waitUntil(lambda: len(evidence.printed) == 2, timeout=60_000)
    assert [p.suffix for p in evidence.printed] == [".pdf", ".zip"]
    assert all(p.parent == folder and p.stat().st_size > 0 for p in evidence.printed)
    assert str(folder) in evidence.print_status.text()

    # WHEN the button of a missing item is pressed THEN the step that fixes it is shown
    button = evidence.table.indexWidget(evidence.model.index(row_of(evidence, "life_plans"), FIX_COLUMN))
    assert isinstance(button, QPushButton)
    assert button.text() == "แผนพัฒนาชีวิต"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    keys = ["overview", *(step.key for step in STEPS)]
    assert window.nav.currentRow() == keys.index("life_plans")
    assert window.stack.currentWidget() is not evidence
