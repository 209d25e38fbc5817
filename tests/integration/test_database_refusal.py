"""Files that are not our database are refused with the right code and left exactly as they were."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from cdfi_desktop.cli import main
from cdfi_desktop.db import migrate, preflight
from cdfi_desktop.db.database import Database
from cdfi_desktop.db.preflight import DatabaseRefused, Refusal
from cdfi_desktop.messages import message
from cdfi_desktop.services.demo import generate_demo
from tests.support.damage import garble

NOT_CHANGED_TH = "โปรแกรมไม่ได้แก้ไขไฟล์นี้"


@dataclass(frozen=True)
class Snapshot:
    sha256: str
    size: int
    mtime_ns: int
    folder: tuple[str, ...]


def snapshot(path: Path) -> Snapshot:
    stat = path.stat()
    return Snapshot(
        hashlib.sha256(path.read_bytes()).hexdigest(),
        stat.st_size,
        stat.st_mtime_ns,
        tuple(sorted(p.name for p in path.parent.iterdir())),
    )


def _set_journal_mode(path: Path, mode: str) -> None:
    con = sqlite3.connect(path)
    try:
        assert con.execute(f"PRAGMA journal_mode={mode}").fetchone()[0] == mode
    finally:
        con.close()


def _sql(path: Path, *statements: str) -> None:
    con = sqlite3.connect(path)
    try:
        for statement in statements:
            con.execute(statement)
        con.commit()
    finally:
        con.close()


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 37])


@pytest.fixture(scope="module")
def real_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real database of ours with some demo data, closed cleanly (WAL mode, no -wal beside it)."""
    path = tmp_path_factory.mktemp("real") / "real.sqlite"
    db = Database.open(path)
    try:
        generate_demo(db, households=20, seed=11)
    finally:
        db.close()
    # no -wal or -shm left beside it; the demo's attached photos sit in their own folder
    assert sorted(p.name for p in path.parent.iterdir()) == ["real-attachments", "real.sqlite"]
    return path


Maker = Callable[[Path, Path], None]  # (real database, target file)


def _text_file(_real: Path, target: Path) -> None:
    target.write_text("ทะเบียนครัวเรือน\nhousehold,debt\n1,5000\n", encoding="utf-8")


def _ours(mode: str, *changes: Callable[[Path], None]) -> Maker:
    def make(real: Path, target: Path) -> None:
        shutil.copyfile(real, target)
        if mode != "wal":
            _set_journal_mode(target, mode)
        for change in changes:
            change(target)

    return make


def _foreign(mode: str) -> Maker:
    def make(_real: Path, target: Path) -> None:
        con = sqlite3.connect(target)
        try:
            con.execute(f"PRAGMA journal_mode={mode}")
            con.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT, phone TEXT)")
            con.execute("INSERT INTO contacts (name, phone) VALUES ('สมชาย', '0812345678')")
            con.commit()
        finally:
            con.close()

    return make


def _newer(path: Path) -> None:
    _sql(path, "UPDATE alembic_version SET version_num = 'ffff9999'")


def _unowned(path: Path) -> None:
    _sql(path, f"DELETE FROM local_setting WHERE key = '{preflight.OWNER_KEY}'")


@dataclass(frozen=True)
class Case:
    name: str
    make: Maker
    code: Refusal


CASES = [
    Case("text-file", _text_file, Refusal.NOT_SQLITE),
    Case("garbled-pages-rollback-journal", _ours("delete", garble), Refusal.CORRUPT),
    Case("garbled-pages-wal", _ours("wal", garble), Refusal.CORRUPT),
    Case("truncated-rollback-journal", _ours("delete", _truncate), Refusal.CORRUPT),
    Case("truncated-wal", _ours("wal", _truncate), Refusal.CORRUPT),
    Case("foreign-rollback-journal", _foreign("delete"), Refusal.FOREIGN),
    Case("foreign-wal", _foreign("wal"), Refusal.FOREIGN),
    Case("ours-without-owner-mark-rollback-journal", _ours("delete", _unowned), Refusal.FOREIGN),
    Case("ours-without-owner-mark-wal", _ours("wal", _unowned), Refusal.FOREIGN),
    # A rollback-journal file must not be switched to WAL before it is refused (the engine would do that).
    Case("newer-revision-rollback-journal", _ours("delete", _newer), Refusal.NEWER),
    Case("newer-revision-wal", _ours("wal", _newer), Refusal.NEWER),
]


def _params() -> list[object]:
    return [pytest.param(case, id=case.name) for case in CASES]


def _prepare(case: Case, real: Path, tmp_path: Path) -> Path:
    folder = tmp_path / case.name
    folder.mkdir()
    target = folder / "cdfi.sqlite"
    case.make(real, target)
    assert sorted(p.name for p in folder.iterdir()) == ["cdfi.sqlite"], "the set-up must leave a single file"
    return target


@pytest.mark.parametrize("case", _params())
def test_refused_with_its_code_and_the_file_bytes_untouched(case: Case, real_db: Path, tmp_path: Path) -> None:
    # GIVEN a file that is not a usable database of this release
    path = _prepare(case, real_db, tmp_path)
    before = snapshot(path)

    # WHEN the app opens it
    with pytest.raises(DatabaseRefused) as refused:
        Database.open(path)

    # THEN it is refused with the right code, naming the file, and its bytes and mtime are as they were
    assert refused.value.code is case.code
    assert refused.value.location == str(path)
    after = snapshot(path)
    assert (after.sha256, after.size, after.mtime_ns) == (before.sha256, before.size, before.mtime_ns)


@pytest.mark.parametrize("case", _params())
def test_refused_file_gets_no_wal_shm_or_backups_beside_it(case: Case, real_db: Path, tmp_path: Path) -> None:
    # GIVEN a file that is not a usable database of this release, alone in its folder
    path = _prepare(case, real_db, tmp_path)
    before = snapshot(path)

    # WHEN the app tries to open it
    with pytest.raises(DatabaseRefused):
        Database.open(path)

    # THEN nothing at all changed: no -wal, -shm or backups/ appeared and the file is byte for byte the same
    assert snapshot(path) == before


def test_corruption_is_what_quick_check_reports(real_db: Path, tmp_path: Path) -> None:
    # GIVEN a real database with pages in the middle overwritten by random bytes
    path = _prepare(CASES[1], real_db, tmp_path)

    # WHEN it is opened
    with pytest.raises(DatabaseRefused) as refused:
        Database.open(path)

    # THEN the refusal carries SQLite's own finding
    assert refused.value.code is Refusal.CORRUPT
    assert refused.value.detail
    assert any(word in refused.value.detail for word in ("Page", "page", "malformed", "corrupt", "btree"))


def test_empty_file_is_accepted_and_becomes_a_fresh_database(tmp_path: Path) -> None:
    # GIVEN a 0-byte file (what "new file" in a file manager makes)
    path = tmp_path / "cdfi.sqlite"
    path.touch()

    # WHEN the app opens it
    db = Database.open(path)
    try:
        # THEN it is a fresh database of ours at head, with a device id
        assert migrate.upgrade(db.engine) == migrate.head_revision()
        assert db.device_id
        assert db.get_setting(preflight.OWNER_KEY) == preflight.OWNER_VALUE
    finally:
        db.close()
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA application_id").fetchone()[0] == preflight.APPLICATION_ID
    finally:
        con.close()
    # AND there was nothing to back up
    assert not (tmp_path / "backups").exists()


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_cli_prints_the_thai_message_and_exits_3_could_not_run(
    case: Case, real_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN a file the app must refuse, and no saved language (Thai by default)
    path = _prepare(case, real_db, tmp_path)
    before = snapshot(path)

    # WHEN the demo command is pointed at it
    code = main(["demo", "--db", str(path)])

    # THEN it exits 3 (could not run) with the Thai explanation naming the file, makes nothing, and changes nothing
    out, err = capsys.readouterr()
    assert code == 3
    assert out == ""
    assert message(case.code.value, "th", location=str(path), detail="") in err
    assert str(path) in err
    if case.code is not Refusal.CORRUPT:
        assert NOT_CHANGED_TH in err
    assert snapshot(path) == before
