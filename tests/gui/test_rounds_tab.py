"""The report rounds tab: the demo's round 1 as submitted (frozen, not submittable again); with round 1 not
submitted (the demo in November), the year's two rounds as drafts, the draft's figures and register, submitting
round 1 after confirming (its figures frozen), round 2 compared with it, printing; screenshots at 1366×768 and at
the 1080×620 the tab has inside the main window."""

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
from tests.support.demo_states import submit_round_1_early

OFFICER = "นางสาวพรทิพย์ ใจดี"


def open_tab(qtbot: QtBot, db: Database) -> RoundsTab:
    db.set_setting(OFFICER_KEY, OFFICER)
    widget = RoundsTab(Ops(db), today=DEMO_AS_OF)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitUntil(lambda: widget.loaded, timeout=15_000)
    return widget


@pytest.fixture
def tab(app: QApplication, qtbot: QtBot, demo_db: Database) -> Iterator[RoundsTab]:
    """GIVEN the tab on a 60-household demo database (14 signed contracts, round 1 submitted early, on the demo's day:
    the demo itself submits it only in April) on the demo's day."""
    submit_round_1_early(demo_db)
    yield open_tab(qtbot, demo_db)


@pytest.fixture
def draft_tab(app: QApplication, qtbot: QtBot, demo_db: Database) -> Iterator[RoundsTab]:
    """GIVEN the same, round 1 not submitted (as the demo leaves it in November)."""
    yield open_tab(qtbot, demo_db)


def cell(widget: RoundsTab, row: int, column: int, *, rounds: bool = False) -> str:
    model = widget.rounds_model if rounds else widget.register_model
    return str(model.index(row, column).data())


def test_GIVEN_the_demo_WHEN_the_tab_opens_THEN_round_1_submitted_frozen_and_round_2_a_draft(tab: RoundsTab) -> None:
    assert tab.rounds_model.rowCount() == 2
    assert [cell(tab, r, 2, rounds=True) for r in range(2)] in (["ส่งแล้ว", "ร่าง"], ["Submitted", "Draft"])
    assert tab.round_no == 1 and tab.view is not None and tab.view.submitted, "the latest submitted round"
    assert tab.view.submitted_by == OFFICER and tab.view.sha256[:12] in cell(tab, 0, 4, rounds=True)
    assert tab.register_model.rowCount() == 14
    assert not tab.submit_button.isEnabled() and tab.print_button.isEnabled()


def test_GIVEN_round_1_not_submitted_WHEN_the_tab_opens_THEN_two_draft_rounds_and_round_1s_register(
    draft_tab: RoundsTab,
) -> None:
    tab = draft_tab
    assert tab.rounds_model.rowCount() == 2
    assert [cell(tab, r, 2, rounds=True) for r in range(2)] in (["ร่าง", "ร่าง"], ["Draft", "Draft"])
    assert tab.round_no == 1 and tab.view is not None and not tab.view.submitted
    assert tab.register_model.rowCount() == 14
    assert tab.submit_button.isEnabled() and tab.print_button.isEnabled()
    assert tab.figure_labels["targets"][1].text() == "25"
    assert "14" in tab.figure_labels["households"][1].text()


def test_GIVEN_round_1_WHEN_submitted_after_confirming_THEN_frozen_round_2_compares_and_it_prints(
    draft_tab: RoundsTab, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, artifacts_dir: Path
) -> None:
    tab = draft_tab
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
