"""Two programs writing one database at once: every reported write is there exactly once, or one side is refused.

On SQLite one program at a time holds the file (the other waits for it, or is refused naming the holder);
on PostgreSQL every check-then-write transaction takes the write lock, and an import whose registers
changed under it checks the workbook again. Never a lost write, a duplicate or a damaged file.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from cdfi_desktop.db.lock import lock_path, read_holder
from cdfi_desktop.messages import message
from tests.support.workbooks import TODAY, register_workbook

HOUSEHOLDS = 60  # per workbook


def _cli(*args: str, wait: float | None = None) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "cdfi_desktop", "--lang", "en", *args]
    if wait is not None:
        command += ["--wait", str(wait)]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _finish(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=300)
    assert "Traceback" not in err, err
    return process.returncode, out, err


def _at_once(*commands: tuple[str, ...]) -> list[tuple[int, str, str]]:
    started = [_cli(*command) for command in commands]
    return [_finish(p) for p in started]


def _counts(url: str) -> dict[str, Any]:
    engine = create_engine(url)
    try:
        with engine.connect() as con:
            scalar = con.execute
            return {
                "institutes": scalar(text("SELECT count(*) FROM institute")).scalar(),
                "households": scalar(text("SELECT count(*) FROM household WHERE deleted_at IS NULL")).scalar(),
                "members": scalar(text("SELECT count(*) FROM household_member WHERE deleted_at IS NULL")).scalar(),
                "debts": scalar(text("SELECT count(*) FROM debt WHERE deleted_at IS NULL")).scalar(),
                "repeated_citizen_ids": scalar(
                    text(
                        "SELECT count(*) FROM (SELECT m.citizen_id FROM household_member m "
                        "JOIN household h ON h.id = m.household_id WHERE m.deleted_at IS NULL AND m.citizen_id <> '' "
                        "GROUP BY h.institute_id, m.citizen_id HAVING count(*) > 1) AS repeated"
                    )
                ).scalar(),
                "repeated_codes": scalar(
                    text(
                        "SELECT count(*) FROM (SELECT code FROM household WHERE deleted_at IS NULL AND code <> '' "
                        "GROUP BY institute_id, code HAVING count(*) > 1) AS repeated"
                    )
                ).scalar(),
            }
    finally:
        engine.dispose()


def _sqlite_whole(path: Path) -> None:
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()


def _creditor(url: str) -> str:
    engine = create_engine(url)
    try:
        with engine.connect() as con:
            return str(con.execute(text("SELECT name FROM member_fund WHERE can_lend ORDER BY name")).scalar())
    finally:
        engine.dispose()


def _workbooks(folder: Path, creditor: str) -> tuple[Path, Path]:
    first, second = folder / "register-a.xlsx", folder / "register-b.xlsx"
    register_workbook(first, households=HOUSEHOLDS, first=1, creditor=creditor, prefix="A")
    register_workbook(second, households=HOUSEHOLDS, first=10_001, creditor=creditor, prefix="B")
    return first, second


def _import(db: str, workbook: Path) -> tuple[str, ...]:
    return ("import-excel", "--db", db, str(workbook), "--today", TODAY)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("concurrent") / "template.sqlite"
    code, _out, err = _finish(_cli("demo", "--db", str(path), "--households", "20", "--seed", "4"))
    assert code == 0, err
    return path


@pytest.fixture
def sqlite_db(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "cdfi.sqlite"
    path.write_bytes(demo_template.read_bytes())
    return path


# -- SQLite -------------------------------------------------------------------------------------------------------
def test_given_two_imports_of_the_same_workbook_at_once_then_its_rows_are_there_once(
    sqlite_db: Path, tmp_path: Path
) -> None:
    url = f"sqlite:///{sqlite_db}"
    before = _counts(url)
    workbook, _other = _workbooks(tmp_path, _creditor(url))

    # WHEN two programs import the same workbook at the same moment
    results = _at_once(_import(str(sqlite_db), workbook), _import(str(sqlite_db), workbook))

    # THEN both finish (one waited for the other and found the rows there), and every row is there once
    assert [code for code, _o, _e in results] == [0, 0], results
    assert sum("Nothing to write" in out for _c, out, _e in results) == 1
    after = _counts(url)
    assert after["households"] == before["households"] + HOUSEHOLDS
    assert after["debts"] == before["debts"] + 2 * HOUSEHOLDS
    assert after["repeated_citizen_ids"] == after["repeated_codes"] == 0
    _sqlite_whole(sqlite_db)


def test_given_two_imports_of_different_workbooks_at_once_then_both_are_there_once(
    sqlite_db: Path, tmp_path: Path
) -> None:
    url = f"sqlite:///{sqlite_db}"
    before = _counts(url)
    first, second = _workbooks(tmp_path, _creditor(url))

    results = _at_once(_import(str(sqlite_db), first), _import(str(sqlite_db), second))

    assert [code for code, _o, _e in results] == [0, 0], results
    after = _counts(url)
    assert after["households"] == before["households"] + 2 * HOUSEHOLDS
    assert after["debts"] == before["debts"] + 4 * HOUSEHOLDS
    assert after["repeated_citizen_ids"] == after["repeated_codes"] == 0
    _sqlite_whole(sqlite_db)


def test_given_the_app_has_the_file_open_then_an_import_is_refused_naming_it_and_writes_nothing(
    sqlite_db: Path, tmp_path: Path
) -> None:
    url = f"sqlite:///{sqlite_db}"
    workbook, _other = _workbooks(tmp_path, _creditor(url))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    app = subprocess.Popen(
        [sys.executable, "-m", "cdfi_desktop", "--db", str(sqlite_db), "--no-demo-offer"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        deadline = time.monotonic() + 60
        while not (lock_path(sqlite_db).exists() and read_holder(sqlite_db).pid == app.pid):
            assert app.poll() is None, app.communicate()
            assert time.monotonic() < deadline, "the app did not open the database"
            time.sleep(0.1)
        before = _counts(url)

        # WHEN an import is run on the file the app has open, waiting at most a second
        code, _out, err = _finish(_cli(*_import(str(sqlite_db), workbook), wait=1))

        # THEN it is refused with the message naming the app, exit 3, and nothing is written
        assert code == 3
        assert "desktop app" in err and f"pid {app.pid}" in err
        assert err.strip().startswith(message("db_in_use", "en", location=sqlite_db, detail="")[:40])
        assert _counts(url) == before
    finally:
        app.terminate()
        app.wait(timeout=30)
    _sqlite_whole(sqlite_db)


def test_given_two_demos_at_once_into_a_new_file_then_one_is_made_and_the_other_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    demo = ("demo", "--db", str(path), "--households", "15", "--seed", "9")

    results = _at_once(demo, demo)

    assert sorted(code for code, _o, _e in results) == [0, 2], results
    refused = next(err for code, _o, err in results if code == 2)
    assert message("demo_not_empty", "en") in refused
    counts = _counts(f"sqlite:///{path}")
    assert counts["institutes"] == 1 and counts["households"] == 15
    _sqlite_whole(path)


# -- PostgreSQL ---------------------------------------------------------------------------------------------------
@pytest.mark.postgres
def test_on_postgres_given_two_imports_at_once_then_every_row_is_there_once(pg_url: str, tmp_path: Path) -> None:
    code, _out, err = _finish(_cli("demo", "--db", pg_url, "--households", "20", "--seed", "4"))
    assert code == 0, err
    before = _counts(pg_url)
    creditor = _creditor(pg_url)
    first, second = _workbooks(tmp_path, creditor)
    third = tmp_path / "register-c.xlsx"
    register_workbook(third, households=HOUSEHOLDS, first=20_001, creditor=creditor, prefix="C")

    # WHEN the same workbook is imported twice at once, then two different ones at once
    same = _at_once(_import(pg_url, first), _import(pg_url, first))
    middle = _counts(pg_url)
    different = _at_once(_import(pg_url, second), _import(pg_url, third))

    # THEN every import finished (one checked again after the other wrote), and every row is there exactly once
    assert [code for code, _o, _e in (*same, *different)] == [0, 0, 0, 0], (same, different)
    assert sum("Nothing to write" in out for _c, out, _e in same) == 1
    assert middle["households"] == before["households"] + HOUSEHOLDS
    after = _counts(pg_url)
    assert after["households"] == before["households"] + 3 * HOUSEHOLDS
    assert after["debts"] == before["debts"] + 6 * HOUSEHOLDS
    assert after["repeated_citizen_ids"] == after["repeated_codes"] == 0


@pytest.mark.postgres
def test_on_postgres_given_two_demos_at_once_then_one_is_made_and_the_other_refused(pg_url: str) -> None:
    demo = ("demo", "--db", pg_url, "--households", "15", "--seed", "9")

    results = _at_once(demo, demo)

    assert sorted(code for code, _o, _e in results) == [0, 2], results
    counts = _counts(pg_url)
    assert counts["institutes"] == 1 and counts["households"] == 15


@pytest.mark.postgres
def test_on_postgres_given_the_app_open_when_an_import_runs_then_its_rows_are_there_once(
    pg_url: str, tmp_path: Path
) -> None:
    # GIVEN the desktop app open on the province's PostgreSQL database (several programs may share a server)
    code, _out, err = _finish(_cli("demo", "--db", pg_url, "--households", "20", "--seed", "4"))
    assert code == 0, err
    before = _counts(pg_url)
    first, _second = _workbooks(tmp_path, _creditor(pg_url))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    app = subprocess.Popen(
        [sys.executable, "-m", "cdfi_desktop", "--db", pg_url, "--no-demo-offer"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        time.sleep(3)
        assert app.poll() is None, app.communicate()

        # WHEN an import runs beside it
        code, _out, err = _finish(_cli(*_import(pg_url, first)))

        # THEN it is written once, and the app is still running
        assert code == 0, err
        assert app.poll() is None
    finally:
        app.terminate()
        app.wait(timeout=30)
    after = _counts(pg_url)
    assert after["households"] == before["households"] + HOUSEHOLDS
    assert after["repeated_citizen_ids"] == after["repeated_codes"] == 0
