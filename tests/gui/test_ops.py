"""Background database operations: off the UI thread, results on it, failures reported, screens refreshed."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.ui.ops import Ops


def test_given_a_query_when_run_then_it_works_off_the_ui_thread_and_answers_on_it(
    app: QApplication, qtbot: QtBot, empty_db: Database
) -> None:
    ops = Ops(empty_db)
    ui_thread = threading.get_ident()
    seen: dict[str, int] = {}

    def op(db: Database) -> int:
        seen["worker"] = threading.get_ident()
        return 42

    ops.query(op, success=lambda result: seen.update(result=result, callback=threading.get_ident()))
    qtbot.waitUntil(lambda: "result" in seen)

    assert seen["result"] == 42
    assert seen["worker"] != ui_thread
    assert seen["callback"] == ui_thread
    assert not ops.busy


def test_given_a_change_when_it_succeeds_then_screens_are_told_to_refresh(
    app: QApplication, qtbot: QtBot, empty_db: Database
) -> None:
    ops = Ops(empty_db)

    def add_village(db: Database, _progress: object) -> str:
        with db.session() as session, session.begin():
            village = m.Village(subdistrict_code="400101", village_no=1, name="บ้านโนนสะอาด")
            session.add(village)
        return village.id

    with qtbot.waitSignal(ops.data_changed, timeout=5_000):
        ops.change(add_village)
    with empty_db.session() as session:
        assert session.query(m.Village).count() == 1


def test_given_a_failing_operation_when_no_failure_handler_then_the_error_signal_carries_it(
    app: QApplication, qtbot: QtBot, empty_db: Database
) -> None:
    ops = Ops(empty_db)

    def broken(db: Database) -> None:
        raise ValueError("boom")

    with qtbot.waitSignal(ops.error, timeout=5_000) as blocker:
        ops.query(broken, success=lambda _r: pytest.fail("must not succeed"))
    assert isinstance(blocker.args[0], ValueError)

    failures: list[Exception] = []
    ops.query(broken, success=lambda _r: None, failure=failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert str(failures[0]) == "boom"


def test_given_several_operations_when_queued_then_they_run_in_order(
    app: QApplication, qtbot: QtBot, empty_db: Database
) -> None:
    ops = Ops(empty_db)
    order: list[int] = []
    for i in range(5):
        ops.query(lambda _db, i=i: i, success=order.append)
    qtbot.waitUntil(lambda: len(order) == 5)
    assert order == [0, 1, 2, 3, 4]
