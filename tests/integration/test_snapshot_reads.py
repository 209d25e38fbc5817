"""Readers whose statements must agree see one snapshot, on PostgreSQL as on SQLite.

PostgreSQL's READ COMMITTED gives each statement of a transaction what was committed when that statement began.
An import's plan reads the households, then their members and debts, and looks each up by its household: a
household another program committed between those statements made the plan fail with a KeyError (seen when two
officers imported at once). ``Database.reading`` reads one snapshot and writes nothing.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError

from cdfi_desktop.cli import main as cli_main
from cdfi_desktop.db.database import Database
from tests.support.workbooks import TODAY, register_workbook


def _cli(*args: str) -> tuple[int, str, str]:
    done = subprocess.run(
        [sys.executable, "-m", "cdfi_desktop", "--lang", "en", *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    return done.returncode, done.stdout, done.stderr


def _count(url: str, sql: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as con:
            return int(con.execute(text(sql)).scalar() or 0)
    finally:
        engine.dispose()


@pytest.fixture
def demo_pg(pg_url: str) -> str:
    code, _out, err = _cli("demo", "--db", pg_url, "--households", "12", "--seed", "3")
    assert code == 0, err
    return pg_url


@pytest.fixture
def between_statements() -> Iterator[dict[str, Any]]:
    """Runs ``hook["run"]`` once, while this process's first read of the debts is about to start."""
    hook: dict[str, Any] = {"run": None, "ran": False}

    def before(conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        reads_debts = statement.lstrip().upper().startswith("SELECT") and "FROM debt" in statement
        if hook["run"] and not hook["ran"] and reads_debts and "household_id IN" in statement:
            hook["ran"] = True
            hook["run"]()

    event.listen(Engine, "before_cursor_execute", before)
    try:
        yield hook
    finally:
        event.remove(Engine, "before_cursor_execute", before)


@pytest.mark.postgres
def test_GIVEN_households_committed_while_an_import_is_planned_THEN_the_import_finishes_and_every_row_is_there_once(
    demo_pg: str, tmp_path: Path, between_statements: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    url = demo_pg
    creditor = str(_scalar(url, "SELECT name FROM member_fund WHERE can_lend ORDER BY name"))
    mine, theirs = tmp_path / "mine.xlsx", tmp_path / "theirs.xlsx"
    register_workbook(mine, households=25, first=1, creditor=creditor, prefix="M")
    register_workbook(theirs, households=25, first=50_001, creditor=creditor, prefix="T")
    before = _count(url, "SELECT count(*) FROM household WHERE deleted_at IS NULL")

    def another_officer_imports() -> None:
        code, _out, err = _cli("import-excel", "--db", url, str(theirs), "--today", TODAY)
        assert code == 0, err

    between_statements["run"] = another_officer_imports

    # WHEN another program commits 25 households with their debts between the plan's reads of households and debts
    code = cli_main(["--lang", "en", "import-excel", "--db", url, str(mine), "--today", TODAY])

    # THEN this import finishes too (checked again after the other wrote), and each household is there once
    captured = capsys.readouterr()
    assert between_statements["ran"]
    assert code == 0, captured.err
    assert _count(url, "SELECT count(*) FROM household WHERE deleted_at IS NULL") == before + 50
    assert (
        _count(
            url,
            "SELECT count(*) FROM (SELECT citizen_id FROM household_member WHERE deleted_at IS NULL "
            "AND citizen_id <> '' GROUP BY citizen_id HAVING count(*) > 1) AS repeated",
        )
        == 0
    )


def _scalar(url: str, sql: str) -> object:
    engine = create_engine(url)
    try:
        with engine.connect() as con:
            return con.execute(text(sql)).scalar()
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_GIVEN_a_reading_session_THEN_it_sees_one_snapshot_and_cannot_write(demo_pg: str) -> None:
    db = Database.open(demo_pg)
    other = create_engine(demo_pg)
    try:
        with db.reading() as session:
            first = session.execute(text("SELECT count(*) FROM local_setting")).scalar()
            with other.begin() as con:
                con.execute(text("INSERT INTO local_setting (key, value) VALUES ('snapshot_probe', 'x')"))
            # what another program committed after this reader's first statement is not seen
            assert session.execute(text("SELECT count(*) FROM local_setting")).scalar() == first
            with pytest.raises(DBAPIError, match="read-only"):
                session.execute(text("UPDATE local_setting SET value = value WHERE key = 'snapshot_probe'"))
        with db.session() as session:  # a new transaction sees it
            assert session.execute(text("SELECT count(*) FROM local_setting")).scalar() == first + 1
    finally:
        other.dispose()
        db.close()


def test_GIVEN_a_reading_session_on_sqlite_THEN_it_cannot_write_and_the_next_session_on_its_connection_can(
    tmp_path: Path,
) -> None:
    db = Database.open(tmp_path / "cdfi.sqlite")
    try:
        for _ in range(3):  # the pooled connection goes back and forth between readers and writers
            with db.reading() as session:
                session.execute(text("SELECT count(*) FROM local_setting")).scalar()
                with pytest.raises(DBAPIError, match=r"readonly|read-only"):
                    session.execute(text("INSERT INTO local_setting (key, value) VALUES ('probe', 'x')"))
            db.set_setting("probe", "written")
            with db.session() as session, session.begin():
                session.execute(text("UPDATE local_setting SET value = 'again' WHERE key = 'probe'"))
            assert db.get_setting("probe") == "again"
    finally:
        db.close()
