"""The overview names citizen IDs a database held twice before repeats were refused, masked, for the officer to fix."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pytestqt.qtbot import QtBot

from cdfi_desktop.app import create_main_window
from cdfi_desktop.db.database import Database
from cdfi_desktop.settings import Settings


def _repeat_a_citizen_id(path: Path) -> tuple[str, list[str]]:
    """Give a second member the first member's citizen ID, past the triggers that now refuse it."""
    con = sqlite3.connect(path)
    try:
        triggers = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
        for name, _sql in triggers:
            con.execute(f'DROP TRIGGER "{name}"')
        rows = con.execute(
            "SELECT m.id, m.citizen_id, 'บ้านเลขที่ ' || h.house_no || ' หมู่ที่ ' || v.village_no "
            "FROM household_member m JOIN household h ON h.id = m.household_id JOIN village v ON v.id = h.village_id "
            "WHERE m.citizen_id <> '' AND m.relation = 'head' ORDER BY v.village_no, h.house_no LIMIT 2"
        ).fetchall()
        con.execute("UPDATE household_member SET citizen_id = ? WHERE id = ?", (rows[0][1], rows[1][0]))
        for _name, sql in triggers:
            con.execute(sql)
        con.commit()
    finally:
        con.close()
    return rows[0][1], sorted([rows[0][2], rows[1][2]])


def test_given_a_citizen_id_registered_twice_when_the_overview_opens_then_it_says_so_masked_with_the_houses(
    app: object, qtbot: QtBot, demo_db_file: Path, tmp_path: Path, artifacts_dir: Path
) -> None:
    path = tmp_path / "cdfi.sqlite"
    path.write_bytes(demo_db_file.read_bytes())
    citizen_id, houses = _repeat_a_citizen_id(path)
    db = Database.open(path)
    try:
        window = create_main_window(db, Settings())
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitUntil(lambda: window.overview.data is not None, timeout=10_000)

        label = window.overview.repeats
        assert label.isVisible()
        text = label.text()
        assert text.startswith("เลขประจำตัวประชาชน 1 เลขลงทะเบียนไว้กับสมาชิกมากกว่าหนึ่งคน")
        assert citizen_id not in text and f"{citizen_id[0]}-xxxx-xxxxx-{citizen_id[10:12]}-{citizen_id[-1]}" in text
        assert all(house in text for house in houses)
        window.grab().save(str(artifacts_dir / "overview-repeated-citizen-id-th.png"))
    finally:
        db.close()


def test_given_no_repeats_then_the_overview_says_nothing_of_them(app: object, qtbot: QtBot, demo_db: Database) -> None:
    window = create_main_window(demo_db, Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.overview.data is not None, timeout=10_000)
    assert not window.overview.repeats.isVisible()
