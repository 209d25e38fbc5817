"""In the real household dialog, an empty house number asks for the house number, in either language, and the
message goes as soon as one is typed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.services.demo import demo_device_id, generate_demo
from cdfi_desktop.ui.i18n import set_language
from cdfi_desktop.ui.ops import Ops
from cdfi_desktop.ui.registers.household_dialog import HouseholdDialog


@pytest.fixture
def small_demo(tmp_path: Path) -> Iterator[Database]:
    db = Database.open(tmp_path / "demo.sqlite", device_id=demo_device_id(5))
    generate_demo(db, households=3, seed=5)
    yield db
    db.close()


@pytest.mark.parametrize(("language", "said"), [("th", "กรุณากรอกบ้านเลขที่"), ("en", "Please enter the house no.")])
def test_GIVEN_a_new_household_WHEN_the_house_number_is_left_empty_THEN_the_field_asks_for_the_house_number(
    ui: QApplication, qtbot: QtBot, small_demo: Database, language: str, said: str
) -> None:
    set_language(language)
    with small_demo.session() as session:
        institute_id = session.execute(select(m.Institute.id)).scalar_one()
    ops = Ops(small_demo)
    dialog = HouseholdDialog(ops, institute_id=institute_id, household_id=None, today=date(2025, 3, 1))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10_000)
    dialog.house_no.setText("")
    assert not dialog.house_no.check()
    assert dialog.house_no.problem_text == said
    dialog.house_no.edit.insert("12")
    assert dialog.house_no.problem_text == ""
    ops.wait_idle()
    ops.release()
