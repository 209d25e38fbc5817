"""The report rounds tab: the year's two rounds as drafts, the draft's figures and register, submitting round 1 after
confirming (its figures frozen), round 2 compared with it, printing; screenshots at 1366×768 and at the 1080×620 the
tab has inside the main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cdfi_desktop.db.database import Database
from cdfi_desktop.db.keys import OFFICER_KEY
from cdfi_desktop.services.demo import DEMO_AS_OF
from cdfi_desktop.ui.ops import Ops
from cdfi_desktop.ui.reports import rounds as module
from cdfi_desktop.ui.reports.rounds import RoundsTab

OFFICER = "นางสาวพรทิพย์ ใจดี"


@pytest.fixture
def tab(app: QApplication, qtbot: QtBot, demo_db: Database) -> Iterator[RoundsTab]:
    """GIVEN the tab on a 60-household demo database (14 signed contracts) on the demo's day."""
    demo_db.set_setting(OFFICER_KEY, OFFICER)
    ops = Ops(demo_db)
    widget = RoundsTab(ops, today=DEMO_AS_OF)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitUntil(lambda: widget.loaded, timeout=15_000)
    yield widget


def cell(widget: RoundsTab, row: int, column: int, *, rounds: bool = False) -> str:
    model = widget.rounds_model if rounds else widget.register_model
    return str(model.index(row, column).data())


def test_GIVEN_the_demo_WHEN_the_tab_opens_THEN_two_draft_rounds_and_round_1s_register(tab: RoundsTab) -> None:
    assert tab.rounds_model.rowCount() == 2
    assert [cell(tab, r, 2, rounds=True) for r in range(2)] in (["ร่าง", "ร่าง"], ["Draft", "Draft"])
    assert tab.round_no == 1 and tab.view is not None and not tab.view.submitted
    assert tab.register_model.rowCount() == 14
    assert tab.submit_button.isEnabled() and tab.print_button.isEnabled()
    assert tab.figure_labels["targets"][1].text() == "25"
    assert "14" in tab.figure_labels["households"][1].text()


def test_GIVEN_round_1_WHEN_submitted_after_confirming_THEN_frozen_round_2_compares_and_it_prints(
    tab: RoundsTab, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, artifacts_dir: Path
) -> None:
    asked: list[str] = []
    answer = [False]

    def ask(_parent: object, _title: str, text: str) -> bool:
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(module, "ask", ask)
    qtbot.mouseClick(tab.submit_button, Qt.MouseButton.LeftButton)
    assert asked and tab.view is not None and not tab.view.submitted, "no: nothing submitted"

    answer[0] = True
    qtbot.mouseClick(tab.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.view is not None and tab.view.submitted, timeout=15_000)
    assert len(tab.submitted_hash) == 64 and tab.view.sha256 == tab.submitted_hash
    assert tab.view.submitted_by == OFFICER
    assert not tab.submit_button.isEnabled() and tab.print_button.isEnabled()
    assert tab.submitted_hash[:12] in cell(tab, 0, 4, rounds=True)
    QApplication.processEvents()
    assert tab.grab().save(str(artifacts_dir / "screens" / "rounds-th.png"))

    out = tmp_path / "printed"
    tab.print_reports(out)
    qtbot.waitUntil(lambda: bool(tab.printed), timeout=30_000)
    assert sorted(p.suffix for p in tab.printed) == [".pdf", ".pdf", ".xlsx"]
    assert all(p.exists() and p.stat().st_size > 0 and "รอบ1" in p.name for p in tab.printed)

    tab.select_round(2)
    qtbot.waitUntil(lambda: tab.view is not None and tab.view.round_no == 2, timeout=15_000)
    assert not tab.view.submitted and tab.view.comparison is not None
    assert tab.submit_button.isEnabled()
    assert tab.compare_text.text() and "1" in tab.compare_box.title()
    tab.resize(1080, 620)
    QApplication.processEvents()
    assert tab.grab().save(str(artifacts_dir / "screens" / "rounds-th-round2-1080.png"))
