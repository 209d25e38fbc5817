"""Start-up: `make run` opens the window, an empty database is offered the demo, a foreign file is refused."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from cdfi_desktop import app as app_module
from cdfi_desktop.app import QUIT_WHEN_SHOWN_ENV, create_main_window
from cdfi_desktop.db.database import Database
from cdfi_desktop.settings import Settings
from cdfi_desktop.ui import demo_offer
from cdfi_desktop.ui.widgets import dialogs


def test_given_a_fresh_machine_when_the_app_starts_then_the_main_window_opens(tmp_path: Path) -> None:
    # GIVEN a machine where the app never ran (its data folder is empty) WHEN it starts without --db
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", QUIT_WHEN_SHOWN_ENV: "1", "XDG_DATA_HOME": str(tmp_path)}
    db = tmp_path / "cdfi-desktop" / "cdfi.sqlite"
    result = subprocess.run(
        [sys.executable, "-m", "cdfi_desktop"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert db.exists() and db.stat().st_size > 0


def test_given_an_empty_database_when_the_demo_is_accepted_then_the_overview_shows_it(
    app: QApplication, qtbot: QtBot, empty_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer_yes(_parent: object, _title: str, text: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(dialogs, "ask", answer_yes)
    monkeypatch.setattr(demo_offer, "DEMO_HOUSEHOLDS", 25)
    window = create_main_window(empty_db, Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.overview.data is not None)
    assert window.overview.name.text() == "ยังไม่มีข้อมูลสถาบัน"

    demo_offer.offer_demo(window)
    qtbot.waitUntil(lambda: window.overview.tiles["households"].value.text() == "25", timeout=20_000)

    assert "ฐานข้อมูลนี้ยังว่างอยู่" in asked[0]
    assert window.overview.name.text().startswith("สถาบันการจัดการเงินทุนชุมชน")


def test_given_a_database_with_an_institute_when_started_then_no_demo_is_offered(
    app: QApplication, qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "ask", lambda *a: pytest.fail("must not ask"))
    window = create_main_window(demo_db, Settings())
    qtbot.addWidget(window)
    window.show()
    demo_offer.offer_demo(window)
    qtbot.waitUntil(lambda: not window.ops.busy)


def test_given_a_file_that_is_not_ours_when_the_app_starts_then_it_explains_and_leaves_it_untouched(
    app: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    foreign = tmp_path / "letters.sqlite"
    foreign.write_text("บันทึกการประชุม ไม่ใช่ฐานข้อมูล", encoding="utf-8")
    before = hashlib.sha256(foreign.read_bytes()).hexdigest()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    monkeypatch.setattr(QApplication, "exec", lambda *a: pytest.fail("no window may open"))

    code = app_module.run_gui(db=foreign, language="th", offer_demo=False)

    assert code == 3  # could not run
    assert "ไม่ใช่ฐานข้อมูลของโปรแกรมนี้" in shown[0]
    assert hashlib.sha256(foreign.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["letters.sqlite"]


def test_given_a_mistyped_db_path_when_the_app_starts_then_it_asks_before_making_a_file(
    app: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN --db naming a file that does not exist
    typo = tmp_path / "cdfi-typo.sqlite"
    asked: list[str] = []

    def answer_no(_parent: object, _title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)
    monkeypatch.setattr(QApplication, "exec", lambda *a: pytest.fail("no window may open"))

    # WHEN the app starts on it and the officer says no
    code = app_module.run_gui(db=typo, language="en", offer_demo=False)

    # THEN it asked naming the path, made nothing, and stopped with "nothing done"
    assert code == 2
    assert str(typo) in asked[0]
    assert list(tmp_path.iterdir()) == []
