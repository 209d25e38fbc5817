"""Nothing lost: backups that restore, migrations that keep their backup, one citizen ID once, failures as messages."""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError, StatementError

from cdfi_desktop.cli import main
from cdfi_desktop.db import backups, lock, migrate
from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.db.limits import TextTooLong
from cdfi_desktop.db.preflight import DatabaseRefused, Refusal
from cdfi_desktop.db.types import NumberOutOfRange
from cdfi_desktop.failures import explain, log_unexpected, redact
from cdfi_desktop.messages import message
from cdfi_desktop.services.demo import demo_device_id, generate_demo
from cdfi_desktop.services.uow import UnitOfWork
from tests.support.workbooks import TODAY, register_workbook

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "db" / "release-0.1.0.sqlite"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("nothing-lost") / "demo.sqlite"
    db = Database.open(path, device_id=demo_device_id(6))
    generate_demo(db, households=12, seed=6)
    db.close()
    return path


@pytest.fixture
def demo_copy(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "cdfi.sqlite"
    path.write_bytes(demo_file.read_bytes())
    return path


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    con = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'debt_search%' ORDER BY name"
            )
        ]
        return {t: con.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in tables if t != "local_setting"}
    finally:
        con.close()


# -- backups ------------------------------------------------------------------------------------------------------
def test_given_a_backup_taken_before_an_import_when_restored_then_the_database_is_as_it_was(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN a database and an officer's workbook
    before = dump(demo_copy)
    con = sqlite3.connect(demo_copy)
    creditor = con.execute("SELECT name FROM member_fund WHERE can_lend ORDER BY name").fetchone()[0]
    con.close()
    workbook = tmp_path / "register.xlsx"
    register_workbook(workbook, households=15, first=1, creditor=creditor)

    # WHEN it is imported (which backs the database up first)
    assert main(["import-excel", "--db", str(demo_copy), str(workbook), "--today", TODAY]) == 0
    assert dump(demo_copy)["household"] != before["household"]
    (taken,) = [
        b for b in backups.list_backups(demo_copy, backups.default_folder(demo_copy)) if b.reason == "before-import"
    ]
    preview = backups.preview_backup(taken.path)
    assert preview.ok and preview.households == len(before["household"])

    # AND that backup is restored
    capsys.readouterr()
    assert main(["--lang", "en", "backup", "restore", str(taken.path), "--db", str(demo_copy)]) == 0
    assert "Restored" in capsys.readouterr().out

    # THEN the database holds exactly what it held before the import, and opens normally
    assert dump(demo_copy) == before
    Database.open(demo_copy, create=False).close()
    # AND the database as it was before the restore was kept as a backup of its own
    reasons = [b.reason for b in backups.list_backups(demo_copy, backups.default_folder(demo_copy))]
    assert "before-restore" in reasons


def test_given_the_first_start_of_a_day_then_one_backup_is_taken_that_day(demo_copy: Path) -> None:
    folder = backups.default_folder(demo_copy)
    for _ in range(3):
        Database.open(demo_copy, daily_backup=True).close()
    daily = [b for b in backups.list_backups(demo_copy, folder) if b.reason == backups.DAILY]
    assert len(daily) == 1 and backups.preview_backup(daily[0].path).ok
    # AND on another day, another
    tomorrow = datetime(2030, 1, 2, 3, tzinfo=UTC)
    assert backups.take_daily(demo_copy, folder=folder, now=tomorrow) is not None
    assert backups.take_daily(demo_copy, folder=folder, now=tomorrow) is None


def test_given_a_chosen_backups_folder_then_backups_go_there(demo_copy: Path, tmp_path: Path) -> None:
    stick = tmp_path / "usb-stick" / "cdfi-backups"
    db = Database.open(demo_copy, daily_backup=True, backup_folder=stick)
    db.close()
    assert [b.reason for b in backups.list_backups(demo_copy, stick)] == [backups.DAILY]
    assert not backups.default_folder(demo_copy).exists()


def test_given_a_backups_folder_that_cannot_be_written_then_the_database_still_opens_and_says_why(
    demo_copy: Path, tmp_path: Path
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    db = Database.open(demo_copy, daily_backup=True, backup_folder=blocked)
    try:
        assert db.backup_problem
    finally:
        db.close()


def test_given_a_migration_that_fails_again_and_again_then_the_first_backup_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN a database of release 0.1.0 whose migration fails (a full disk, say) every time it is tried
    path = tmp_path / "cdfi.sqlite"
    path.write_bytes(FIXTURE.read_bytes())
    original = dump(path)
    from alembic import command

    def fail(*_a: object, **_k: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(command, "upgrade", fail)

    # WHEN it is opened more times than backups are kept
    for _ in range(backups.KEEP_MIGRATION + 3):
        with pytest.raises(OSError):
            Database.open(path)

    # THEN the file holds what it held, at its old revision, and the one backup taken before the first try is
    # still there and whole
    assert dump(path) == original
    kept = backups.list_backups(path, backups.default_folder(path))
    assert len(kept) == 1 and kept[0].reason == f"before-{migrate.head_revision()}-from-0001"
    assert backups.preview_backup(kept[0].path).households == 12
    # AND once the disk has room the migration goes through
    monkeypatch.undo()
    Database.open(path).close()


def test_given_an_interrupted_new_database_then_the_next_open_throws_it_away_and_makes_a_whole_one(
    tmp_path: Path,
) -> None:
    path = tmp_path / "cdfi.sqlite"
    unfinished = migrate.creating_path(path)
    con = sqlite3.connect(unfinished)
    con.execute("CREATE TABLE institute (id TEXT)")  # a few tables of a build that was killed
    con.close()
    db = Database.open(path)
    db.close()
    assert not unfinished.exists()
    assert dump(path)["alembic_version"] == [(migrate.head_revision(),)]


# -- one citizen ID once in an institute --------------------------------------------------------------------------
def test_given_a_citizen_id_already_registered_when_written_past_the_rules_then_the_database_refuses_it(
    demo_copy: Path,
) -> None:
    db = Database.open(demo_copy)
    try:
        with db.session() as session:
            first, second = session.scalars(
                select(m.HouseholdMember)
                .where(m.HouseholdMember.citizen_id != "")
                .order_by(m.HouseholdMember.id)
                .limit(2)
            ).all()
            taken = first.citizen_id
        with pytest.raises(IntegrityError) as refused, UnitOfWork(db) as uow:
            uow.session.execute(
                update(m.HouseholdMember).where(m.HouseholdMember.id == second.id).values(citizen_id=taken)
            )
            uow.commit()
        assert explain(refused.value).code == "citizen_id_duplicate"
        # AND a tombstoned member's ID may be registered again
        with UnitOfWork(db) as uow:
            member = uow.session.get(m.HouseholdMember, first.id)
            assert member is not None
            uow.session.delete(member)
            uow.commit()
        with UnitOfWork(db) as uow:
            uow.session.execute(
                update(m.HouseholdMember).where(m.HouseholdMember.id == second.id).values(citizen_id=taken)
            )
            uow.commit()
    finally:
        db.close()


def test_given_duplicates_already_there_when_migrated_then_they_are_reported_not_fatal(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # GIVEN a release 0.1.0 database in which two members of one institute share a citizen ID
    path = tmp_path / "cdfi.sqlite"
    path.write_bytes(FIXTURE.read_bytes())
    con = sqlite3.connect(path)
    ids = [
        r[0] for r in con.execute("SELECT citizen_id FROM household_member WHERE citizen_id <> '' ORDER BY id LIMIT 2")
    ]
    con.execute("UPDATE household_member SET citizen_id = ? WHERE citizen_id = ?", (ids[0], ids[1]))
    con.commit()
    con.close()

    # WHEN it is migrated
    with caplog.at_level(logging.WARNING):
        db = Database.open(path)
    try:
        # THEN it opens, the duplicate is listed (masked) for the officer, and the log names no citizen ID
        listed = db.get_setting("citizen_id_duplicates")
        assert listed and ids[0] not in listed and ids[0][-3:] in listed
        assert "registered twice" in caplog.text and ids[0] not in caplog.text
    finally:
        db.close()


# -- limits of the data layer -------------------------------------------------------------------------------------
def test_given_a_text_longer_than_its_column_then_nothing_is_written_and_the_message_says_the_limit(
    demo_copy: Path,
) -> None:
    db = Database.open(demo_copy)
    try:
        with pytest.raises(TextTooLong) as refused, UnitOfWork(db) as uow:
            member = uow.session.scalars(select(m.HouseholdMember)).first()
            assert member is not None
            member.first_name = "ก" * 10_000
            uow.commit()
        failure = explain(refused.value)
        assert failure.exit_code == 2 and "100" in failure.text("en")
        with pytest.raises(StatementError) as too_large, UnitOfWork(db) as uow:
            debt = uow.session.scalars(select(m.Debt)).first()
            assert debt is not None
            debt.outstanding = Decimal("1e26")
            uow.commit()
        assert isinstance(too_large.value.orig, NumberOutOfRange)
        assert explain(too_large.value).code == "number_out_of_range"
    finally:
        db.close()


# -- failures as messages -----------------------------------------------------------------------------------------
def test_given_a_server_that_does_not_answer_then_the_command_says_so_and_exits_3(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = "postgresql+psycopg://postgres@127.0.0.1:1/cdfi"
    code = main(["--lang", "en", "report", "registers", "--db", url, "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 3
    assert "cannot be reached" in err and "Traceback" not in err


def test_given_a_read_only_folder_then_the_database_is_refused_as_read_only(
    demo_copy: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def no_lock_file(path: Path, **_k: object) -> lock.DatabaseLock:
        raise lock.LockUnavailable(30, "Read-only file system")

    monkeypatch.setattr(lock, "acquire", no_lock_file)
    with pytest.raises(DatabaseRefused) as refused:
        Database.open(demo_copy)
    assert refused.value.code is Refusal.READ_ONLY
    assert main(["--lang", "en", "report", "registers", "--db", str(demo_copy), "--out", "/tmp/x"]) == 3
    assert "read-only" in capsys.readouterr().err


def test_given_a_flipped_byte_in_a_name_then_reports_still_print_and_nothing_crashes(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    con = sqlite3.connect(demo_copy)
    con.execute(
        "UPDATE household_member SET first_name = CAST(X'E0B8AAE0B8A1FF' AS TEXT) "
        "WHERE id = (SELECT min(id) FROM household_member)"
    )
    con.commit()
    con.close()
    code = main(["--lang", "en", "report", "registers", "--db", str(demo_copy), "--out", str(tmp_path / "o")])
    assert code == 0, capsys.readouterr().err
    assert "Traceback" not in capsys.readouterr().err


def test_given_an_unexpected_fault_then_the_log_has_where_it_happened_but_no_personal_data(
    caplog: pytest.LogCaptureFixture,
) -> None:
    try:
        raise KeyError("นายสมชาย ใจดี 3-1012-00123-45-1")
    except KeyError as exc:
        with caplog.at_level(logging.ERROR):
            log_unexpected(exc)
        failure = explain(exc)
    assert "KeyError" in caplog.text and "test_nothing_lost.py" in caplog.text
    assert "สมชาย" not in caplog.text and "00123" not in caplog.text
    assert failure.code == "unexpected_error" and failure.exit_code == 3
    assert "สมชาย" not in failure.text("th")


def test_redact_masks_citizen_ids_with_and_without_dashes() -> None:
    assert redact("id 3101200123451 and 3-1012-00123-45-1.") == "id 3-xxxx-xxxxx-xx-1 and 3-xxxx-xxxxx-xx-1."
    assert redact("amount 12,345,678.00 on 2569-10-01") == "amount 12,345,678.00 on 2569-10-01"


def test_every_failure_code_has_a_thai_and_an_english_text() -> None:
    for code in (
        "db_missing",
        "db_read_only",
        "db_in_use",
        "db_busy",
        "db_server_unreachable",
        "disk_full",
        "path_read_only",
        "unexpected_error",
        "citizen_id_duplicate",
        "backup_failed",
        "restore_failed",
    ):
        thai, english = message(code, "th"), message(code, "en")
        assert code not in (thai, english)
        assert thai != english


def test_given_two_databases_opened_in_one_process_then_both_hold_and_release_their_lock(demo_copy: Path) -> None:
    first = Database.open(demo_copy)
    second = Database.open(demo_copy)  # a screen and a background job of one program share the lock
    assert lock.holds(demo_copy)
    first.close()
    assert lock.holds(demo_copy)
    second.close()
    assert not lock.holds(demo_copy)
    assert not lock.lock_path(demo_copy).exists()
