"""The database encrypted at rest (SQLCipher): unreadable without its key, opened with a password or the recovery
code, migrated, backed up and restored encrypted, its attached files sealed, turned off again with nothing lost."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from cdfi_desktop.db import backups, cipher, lock
from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.db.preflight import HEAD_REVISION, DatabaseRefused, Refusal, check_sqlite_file
from cdfi_desktop.services.attachments import (
    attach_file,
    read_attachment,
    readable_copy,
    store_attachment,
    stored_path,
)
from cdfi_desktop.services.demo import demo_device_id, generate_demo
from cdfi_desktop.services.uow import UnitOfWork

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "db" / "release-0.1.0.sqlite"
PASSWORD = "correct horse battery"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _no_keys_left() -> Iterator[None]:
    yield
    with cipher._guard:
        cipher._known.clear()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cipher") / "demo.sqlite"
    db = Database.open(path, device_id=demo_device_id(7))
    generate_demo(db, households=10, seed=7)
    db.close()
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "cdfi.sqlite"
    path.write_bytes(demo_file.read_bytes())
    return path


def dump(connection: Any) -> dict[str, list[tuple[Any, ...]]]:
    tables = [
        r[0]
        for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'debt_search%' ORDER BY name"
        )
    ]
    return {t: connection.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in tables}


def plain_dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    con = sqlite3.connect(path)
    try:
        return dump(con)
    finally:
        con.close()


def secret_dump(path: Path, key: bytes) -> dict[str, list[tuple[Any, ...]]]:
    con = cipher.connect(path, key)
    try:
        return dump(con)
    finally:
        con.close()


def secrets_in(path: Path) -> list[bytes]:
    """A citizen ID and a household's name from the demo, as they would appear in a plain file."""
    con = sqlite3.connect(path)
    try:
        cid = con.execute("SELECT citizen_id FROM household_member WHERE citizen_id <> '' LIMIT 1").fetchone()[0]
        name = con.execute(
            "SELECT first_name || ' ' || last_name FROM household_member WHERE last_name <> '' LIMIT 1"
        ).fetchone()
    finally:
        con.close()
    found = [cid.encode()]
    if name:
        found.append(name[0].encode("utf-8"))
    return found


def test_given_an_encrypted_demo_then_plain_sqlite_cannot_read_it_and_its_bytes_hold_no_names_or_ids(
    demo: Path,
) -> None:
    before = plain_dump(demo)
    needles = secrets_in(demo)
    assert all(n in demo.read_bytes() for n in needles)  # the check below can fail

    key = cipher.enable(demo, PASSWORD, more={"recovery": "ABCDE-FGHJK"})

    raw = demo.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert not any(n in raw for n in needles)
    assert not [p for p in demo.parent.iterdir() if p.name.endswith(("-wal", "-journal"))]
    with pytest.raises(sqlite3.DatabaseError):
        plain_dump(demo)
    doc = json.loads(cipher.key_file(demo).read_text())
    assert sorted(doc["wrappings"]) == ["owner", "recovery"]
    assert key.hex() not in cipher.key_file(demo).read_text()
    assert secret_dump(demo, key) == before  # every row kept


def test_given_an_encrypted_database_then_it_is_refused_without_the_key_and_a_wrong_password_writes_nothing(
    demo: Path,
) -> None:
    cipher.enable(demo, PASSWORD)
    cipher.forget(demo)
    files = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in demo.parent.iterdir() if p.is_file()}

    with pytest.raises(DatabaseRefused) as refused:
        check_sqlite_file(demo)
    assert refused.value.code is Refusal.ENCRYPTED
    with pytest.raises(DatabaseRefused) as refused:
        Database.open(demo)
    assert refused.value.code is Refusal.ENCRYPTED
    with pytest.raises(cipher.WrongPassphrase):
        cipher.unlock(demo, "not the password")
    assert cipher.key_for(demo) is None
    with pytest.raises(DatabaseRefused) as refused:  # a key that is not this file's: refused, not "corrupt"
        check_sqlite_file(demo, key=b"\x01" * 32)
    assert refused.value.code is Refusal.ENCRYPTED

    after = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in demo.parent.iterdir() if p.is_file()}
    assert after == files  # nothing written, no side file made


def test_given_the_right_password_or_the_recovery_code_then_the_database_opens_and_writes(demo: Path) -> None:
    cipher.enable(demo, PASSWORD, more={"recovery": "ABCDE-FGHJK-LMNPQ"})
    cipher.forget(demo)
    cipher.unlock(demo, "abcde fghjk lmnpq")  # the recovery code as typed
    db = Database.open(demo)
    try:
        with db.session() as session:
            households = session.scalar(select(func.count()).select_from(m.Household))
        assert households == 10
        db.set_setting("cipher_test", "written")
    finally:
        db.close()
    cipher.forget(demo)
    key = cipher.unlock(demo, PASSWORD)
    assert check_sqlite_file(demo).at_head
    con = cipher.connect(demo, key)
    try:
        assert con.execute("SELECT value FROM local_setting WHERE key = 'cipher_test'").fetchone() == ("written",)
        assert con.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        con.close()


def test_given_a_changed_password_then_only_the_new_one_opens(demo: Path) -> None:
    cipher.enable(demo, PASSWORD, name="account:somchai")
    cipher.rewrap(demo, "account:somchai", PASSWORD, "a new password")
    cipher.forget(demo)
    with pytest.raises(cipher.WrongPassphrase):
        cipher.unlock(demo, PASSWORD)
    cipher.unlock(demo, "a new password", name="account:somchai")
    cipher.wrap_for(demo, "account:malee", "malee's password")  # the key is known: another account's wrapping
    cipher.forget(demo)
    assert cipher.unlock(demo, "malee's password") == cipher.unlock(demo, "a new password")
    with pytest.raises(cipher.WrongPassphrase):  # a wrapping opens only under its own name
        cipher.unwrap(demo, "malee's password", name="account:somchai")


def test_given_an_old_encrypted_database_then_it_migrates_after_an_encrypted_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    path.write_bytes(FIXTURE.read_bytes())
    old_rows = plain_dump(path)["household"]
    key = cipher.enable(path, PASSWORD)
    db = Database.open(path)
    db.close()
    assert check_sqlite_file(path).revision == HEAD_REVISION
    taken = backups.list_backups(path, backups.default_folder(path))
    assert [b.reason for b in taken] == [f"before-{HEAD_REVISION}-from-0001"] or taken[0].is_migration
    backup = taken[0].path
    assert not backup.read_bytes().startswith(b"SQLite format 3")
    assert cipher.key_file(backup).exists()
    assert backups.preview_backup(backup, key=key).ok
    assert len(secret_dump(path, key)["household"]) == len(old_rows)


def test_given_an_encrypted_database_then_its_backup_is_encrypted_and_restores(demo: Path) -> None:
    key = cipher.enable(demo, PASSWORD)
    needles = [b"cipher-restore-check"]
    db = Database.open(demo)
    db.set_setting("marker", "cipher-restore-check")
    taken = db.backup(backups.MANUAL)
    assert taken is not None
    db.set_setting("marker", "after the backup")
    db.close()

    raw = taken.path.read_bytes()
    assert not raw.startswith(b"SQLite format 3") and not any(n in raw for n in needles)
    with pytest.raises(sqlite3.DatabaseError):
        plain_dump(taken.path)
    cipher.forget(demo)
    assert backups.preview_backup(taken.path).problem == "encrypted"  # no key: not readable
    cipher.unlock(demo, PASSWORD)
    assert backups.preview_backup(taken.path).households == 10  # a screen's preview: the unlocked database's key
    found = backups.newest_good(demo, [backups.default_folder(demo)])
    assert found is not None and found[0].path == taken.path and found[1].households == 10

    with lock.acquire(demo, program="test"):
        backups.restore_file(demo, taken.path)
    assert not demo.read_bytes().startswith(b"SQLite format 3")
    db = Database.open(demo)
    try:
        assert db.get_setting("marker") == "cipher-restore-check"
    finally:
        db.close()
    assert secret_dump(demo, key)["household"] == secret_dump(taken.path, key)["household"]


def test_given_a_plain_backup_restored_into_an_encrypted_database_then_the_database_stays_encrypted(
    demo: Path,
) -> None:
    plain = backups.take(demo, folder=demo.parent / "plain-backups", reason=backups.MANUAL)
    key = cipher.enable(demo, PASSWORD)
    with lock.acquire(demo, program="test"):
        backups.restore_file(demo, plain.path)
    assert not demo.read_bytes().startswith(b"SQLite format 3")
    assert secret_dump(demo, key)["household"] == plain_dump(plain.path)["household"]


def test_given_an_encrypted_database_then_attached_files_are_sealed_on_disk_and_read_back(
    demo: Path, tmp_path: Path
) -> None:
    scan = tmp_path / "minutes.txt"
    content = "บันทึกการประชุม 3-1001-00001-23-4 นายสมชาย".encode() * 50
    scan.write_bytes(content)
    before = tmp_path / "before.txt"
    before.write_bytes(b"attached before encryption " * 20)
    db = Database.open(demo)
    with db.session() as session:
        institute = session.scalars(select(m.Institute.id)).first()
    assert institute is not None
    with UnitOfWork(db) as uow:
        attach_file(uow, before, owner_table="institute", owner_id=institute)
    db.close()
    cipher.enable(demo, PASSWORD)

    db = Database.open(demo)
    try:
        with UnitOfWork(db) as uow:
            attach_file(uow, scan, owner_table="institute", owner_id=institute)
        import hashlib

        sha = hashlib.sha256(content).hexdigest()
        old_sha = hashlib.sha256(before.read_bytes()).hexdigest()
        for digest, data in ((sha, content), (old_sha, before.read_bytes())):
            on_disk = stored_path(db, digest).read_bytes()
            assert data not in on_disk and b"attached before" not in on_disk and "สมชาย".encode() not in on_disk
            assert read_attachment(db, digest) == data
            copy = readable_copy(stored_path(db, digest), tmp_path / "work")
            assert copy != stored_path(db, digest) and copy.read_bytes() == data
        store_attachment(db, "ab" * 32, b"from a bundle")
        assert b"from a bundle" not in stored_path(db, "ab" * 32).read_bytes()
        assert read_attachment(db, "ab" * 32) == b"from a bundle"
        tampered = stored_path(db, sha)
        swapped = stored_path(db, old_sha).read_bytes()
        tampered.write_bytes(swapped)  # another file's sealed bytes under this name: refused
        with pytest.raises(cipher.CipherError):
            read_attachment(db, sha)
    finally:
        db.close()


def test_given_encryption_turned_off_then_database_attachments_and_backups_are_plain_with_every_row(
    demo: Path, tmp_path: Path
) -> None:
    before = plain_dump(demo)
    key = cipher.enable(demo, PASSWORD, more={"recovery": "ABCDE-FGHJK"})
    db = Database.open(demo)
    scan = tmp_path / "scan.bin"
    scan.write_bytes(os.urandom(4096))
    with db.session() as session:
        institute = session.scalars(select(m.Institute.id)).first()
    assert institute is not None
    with UnitOfWork(db) as uow:
        attach_file(uow, scan, owner_table="institute", owner_id=institute)
    taken = db.backup(backups.MANUAL)
    db.close()
    assert taken is not None
    after_attach = secret_dump(demo, key)

    cipher.forget(demo)
    with pytest.raises(cipher.WrongPassphrase):
        cipher.disable(demo, "wrong")
    assert not demo.read_bytes().startswith(b"SQLite format 3")
    cipher.disable(demo, "ABCDE-FGHJK")

    assert demo.read_bytes().startswith(b"SQLite format 3")
    assert not cipher.key_file(demo).exists()
    assert plain_dump(demo) == after_attach
    assert {t: len(r) for t, r in before.items() if t not in ("attachment", "attachment_link", "audit_log")} == {
        t: len(r) for t, r in after_attach.items() if t not in ("attachment", "attachment_link", "audit_log")
    }
    import hashlib

    stored = demo.with_name("cdfi-attachments") / hashlib.sha256(scan.read_bytes()).hexdigest()[:2]
    assert [p.read_bytes() for p in stored.iterdir()] == [scan.read_bytes()]
    assert taken.path.read_bytes().startswith(b"SQLite format 3")
    assert backups.preview_backup(taken.path).ok
    db = Database.open(demo)  # plain again: opens as any database does
    db.close()


def test_given_an_encrypted_database_open_then_a_second_program_is_refused_by_the_lock(demo: Path) -> None:
    cipher.enable(demo, PASSWORD)
    db = Database.open(demo, program="first")
    try:
        code = (
            "import sys\n"
            "from pathlib import Path\n"
            "from cdfi_desktop.db import cipher\n"
            "from cdfi_desktop.db.database import Database\n"
            "from cdfi_desktop.db.preflight import DatabaseRefused\n"
            f"path = Path({str(demo)!r})\n"
            f"cipher.unlock(path, {PASSWORD!r})\n"
            "try:\n"
            "    Database.open(path, program='second')\n"
            "except DatabaseRefused as exc:\n"
            "    print(exc.code.value, exc.detail)\n"
            "    sys.exit(0)\n"
            "sys.exit(1)\n"
        )
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT, check=False
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.startswith("db_in_use") and "first" in done.stdout
        with pytest.raises(lock.DatabaseInUse):  # and the cipher's own changes wait for the lock too
            subprocess_disable(demo)
    finally:
        db.close()


def subprocess_disable(path: Path) -> None:
    code = (
        "from pathlib import Path\n"
        "from cdfi_desktop.db import cipher\n"
        f"cipher.disable(Path({str(path)!r}), {PASSWORD!r})\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT, check=False
    )
    if "DatabaseInUse" in done.stderr:
        raise lock.DatabaseInUse(path, lock.Holder())
    raise AssertionError(done.stderr or done.stdout)


def test_given_a_conversion_that_fails_before_its_rename_then_the_old_file_is_whole_and_a_retry_works(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = plain_dump(demo)
    real_replace = os.replace

    def failing(src: Any, dst: Any) -> None:
        if str(src).endswith(".encrypting"):
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", failing)
    with pytest.raises(OSError):
        cipher.enable(demo, PASSWORD)
    monkeypatch.setattr(os, "replace", real_replace)
    assert demo.read_bytes().startswith(b"SQLite format 3")
    assert plain_dump(demo) == before
    assert not list(demo.parent.glob(".*encrypting*"))
    db = Database.open(demo)  # a stale key file beside a plain file does not stop it
    db.close()
    key = cipher.enable(demo, PASSWORD)
    assert secret_dump(demo, key)["household"] == before["household"]


def test_given_a_demo_made_in_an_encrypted_database_then_bundles_carry_its_files_in_clear(tmp_path: Path) -> None:
    import hashlib

    from cdfi_desktop.sync import feed

    path = tmp_path / "new.sqlite"
    Database.open(path).close()
    cipher.enable(path, PASSWORD)
    db = Database.open(path, device_id=demo_device_id(9))
    try:
        generate_demo(db, households=4, seed=9)
        changes = feed.collect(db, full=True)
        assert changes.attachments and not changes.missing_files
        for sha, data in changes.attachments.items():
            assert hashlib.sha256(data).hexdigest() == sha  # the content, not the sealed bytes on disk
            assert cipher.is_sealed(stored_path(db, sha).read_bytes())
        with db.session() as session:
            assert session.scalar(select(func.count()).select_from(m.Household)) == 4
    finally:
        db.close()
    assert not path.read_bytes().startswith(b"SQLite format 3")
    assert check_sqlite_file(path).at_head


def test_given_an_encrypted_backup_on_another_computer_then_it_restores_with_its_own_key_file(
    demo: Path, tmp_path: Path
) -> None:
    cipher.enable(demo, PASSWORD)
    db = Database.open(demo)
    taken = db.backup(backups.MANUAL)
    db.close()
    assert taken is not None
    stick = tmp_path / "stick"
    stick.mkdir()
    for source in (taken.path, cipher.key_file(taken.path)):
        (stick / source.name).write_bytes(source.read_bytes())
    with cipher._guard:
        cipher._known.clear()  # another computer: nothing unlocked
    copied = stick / taken.path.name
    assert backups.preview_backup(copied).problem == "encrypted"
    cipher.unlock(copied, PASSWORD)  # the backup's own key file, as it was when the backup was taken
    assert backups.preview_backup(copied).ok

    fresh = tmp_path / "elsewhere" / "cdfi.sqlite"
    fresh.parent.mkdir()
    with lock.acquire(fresh, program="test"):
        backups.restore_file(fresh, copied)
    assert not fresh.read_bytes().startswith(b"SQLite format 3")
    assert cipher.key_file(fresh).exists()
    with cipher._guard:
        cipher._known.clear()
    cipher.unlock(fresh, PASSWORD)
    db = Database.open(fresh)
    try:
        with db.session() as session:
            assert session.scalar(select(func.count()).select_from(m.Household)) == 10
    finally:
        db.close()


def test_given_an_encryption_killed_before_the_attached_files_were_sealed_then_unlocking_seals_them(
    demo: Path,
) -> None:
    import hashlib

    cipher.enable(demo, PASSWORD)
    data = "ใบเสร็จ 3-1001-00001-23-4".encode() * 10
    sha = hashlib.sha256(data).hexdigest()
    left = cipher.attachments_folder(demo) / sha[:2] / sha
    left.parent.mkdir(parents=True)
    left.write_bytes(data)  # as the kill left it: the database encrypted, this file not yet
    cipher.forget(demo)
    cipher.unlock(demo, PASSWORD)
    assert cipher.is_sealed(left.read_bytes()) and data not in left.read_bytes()
    db = Database.open(demo)
    try:
        assert read_attachment(db, sha) == data
    finally:
        db.close()


def test_given_a_file_in_clear_put_in_an_encrypted_store_then_it_reads_only_when_it_is_its_named_content(
    demo: Path,
) -> None:
    import hashlib

    cipher.enable(demo, PASSWORD)
    genuine = b"the real scan"
    sha = hashlib.sha256(genuine).hexdigest()
    planted = cipher.attachments_folder(demo) / sha[:2] / sha
    planted.parent.mkdir(parents=True)
    planted.write_bytes(b"something else put here")
    db = Database.open(demo)
    try:
        with pytest.raises(cipher.CipherError):
            read_attachment(db, sha)
        planted.write_bytes(genuine)  # its own content in clear (an interrupted encryption): read as it is
        assert read_attachment(db, sha) == genuine
    finally:
        db.close()
