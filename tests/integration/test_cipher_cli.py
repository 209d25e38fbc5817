"""``cdfi-desktop security``: encrypt with a passphrase (printing a recovery code once), show the state, decrypt with
the recovery code; and an encryption killed at random moments leaves a database that opens with every row."""

from __future__ import annotations

import argparse
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cdfi_desktop.commands import security
from cdfi_desktop.db import cipher
from cdfi_desktop.db.database import Database
from cdfi_desktop.services.demo import demo_device_id, generate_demo

PASSWORD = "a long enough password"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _no_keys_left() -> Iterator[None]:
    yield
    with cipher._guard:
        cipher._known.clear()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cipher-cli") / "demo.sqlite"
    db = Database.open(path, device_id=demo_device_id(8))
    generate_demo(db, households=20, seed=8)
    db.close()
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "cdfi.sqlite"
    path.write_bytes(demo_file.read_bytes())
    return path


def run(*argv: str, language: str = "en") -> int:
    parser = argparse.ArgumentParser(prog="cdfi-desktop")
    security.add_to(parser.add_subparsers(dest="command"))
    args = parser.parse_args(list(argv))
    args.language = language
    code: int = args.handler(args)
    return code


def dump(connection: Any) -> dict[str, list[tuple[Any, ...]]]:
    names = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return {t: connection.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in names}


def test_given_the_security_command_then_it_encrypts_reports_and_decrypts_with_the_recovery_code(
    demo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    con = sqlite3.connect(demo)
    before = dump(con)
    con.close()
    monkeypatch.setenv(security.PASSPHRASE_ENV, "short")
    assert run("security", "encrypt", "--db", str(demo)) == 2
    assert demo.read_bytes().startswith(b"SQLite format 3")

    monkeypatch.setenv(security.PASSPHRASE_ENV, PASSWORD)
    assert run("security", "encrypt", "--db", str(demo)) == 0
    out = capsys.readouterr().out
    found = re.search(r"Recovery code .*: ([A-Z2-9]{5}(?:-[A-Z2-9]{5}){4})", out)
    assert found is not None, out
    assert not demo.read_bytes().startswith(b"SQLite format 3")
    assert run("security", "status", "--db", str(demo)) == 0
    assert "is encrypted; it unlocks with: owner, recovery" in capsys.readouterr().out
    key_file = cipher.key_file(demo).read_bytes()
    assert run("security", "encrypt", "--db", str(demo)) == 0  # already encrypted: finishes, makes no new key
    assert "was already encrypted; 0 attached files" in capsys.readouterr().out
    assert cipher.key_file(demo).read_bytes() == key_file

    monkeypatch.setenv(security.PASSPHRASE_ENV, "wrong password")
    assert run("security", "decrypt", "--db", str(demo), language="th") == 2
    assert "รหัสผ่านไม่ถูกต้อง" in capsys.readouterr().err
    monkeypatch.setenv(security.PASSPHRASE_ENV, found[1].lower().replace("-", " "))
    assert run("security", "decrypt", "--db", str(demo)) == 0
    con = sqlite3.connect(demo)
    try:
        assert dump(con) == before
    finally:
        con.close()
    assert run("security", "status", "--db", str(demo)) == 0
    assert "is not encrypted" in capsys.readouterr().out


def test_given_a_missing_database_then_the_command_makes_nothing(tmp_path: Path) -> None:
    assert run("security", "encrypt", "--db", str(tmp_path / "typo.sqlite")) == 2
    assert list(tmp_path.iterdir()) == []


ENCRYPT = """
import sys
from pathlib import Path
from cdfi_desktop.db import cipher
print("start", flush=True)
cipher.enable(Path(sys.argv[1]), sys.argv[2])
print("done", flush=True)
"""


def test_given_encryption_killed_at_random_moments_then_the_database_opens_with_every_row(
    demo: Path, tmp_path: Path
) -> None:
    con = sqlite3.connect(demo)
    before = dump(con)
    con.close()
    pristine = demo.read_bytes()
    started = time.monotonic()
    subprocess.run([sys.executable, "-c", ENCRYPT, str(demo), PASSWORD], cwd=ROOT, check=True, capture_output=True)
    duration = time.monotonic() - started
    outcomes = set()
    for step in range(6):
        for leftover in demo.parent.iterdir():
            if leftover.is_file() and leftover != demo:
                leftover.unlink()
        demo.write_bytes(pristine)
        process = subprocess.Popen(
            [sys.executable, "-c", ENCRYPT, str(demo), PASSWORD], cwd=ROOT, stdout=subprocess.PIPE, text=True
        )
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "start"
        time.sleep(duration * step / 8)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        if demo.read_bytes().startswith(b"SQLite format 3"):
            outcomes.add("plain")
            con = sqlite3.connect(demo)
            try:
                assert con.execute("PRAGMA quick_check").fetchall() == [("ok",)]
                assert dump(con) == before
            finally:
                con.close()
            Database.open(demo).close()  # a key file or an unfinished copy left by the kill does not stop it
            key = cipher.enable(demo, PASSWORD)  # and encrypting again finishes the job
        else:
            outcomes.add("encrypted")
            key = cipher.unlock(demo, PASSWORD)
            Database.open(demo).close()
        con = cipher.connect(demo, key)
        try:
            assert dump(con) == before
        finally:
            con.close()
        cipher.forget(demo)
    assert "plain" in outcomes


def test_given_a_command_on_an_encrypted_database_then_it_unlocks_with_the_passphrase_it_is_given(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    security.unlock_if_encrypted(demo, "en")  # plain: nothing asked, nothing remembered
    assert cipher.key_for(demo) is None
    key = cipher.enable(demo, PASSWORD, name="account:somchai")
    cipher.forget(demo)
    monkeypatch.setenv(security.PASSPHRASE_ENV, "not it")
    with pytest.raises(cipher.WrongPassphrase):
        security.unlock_if_encrypted(demo, "en")
    assert cipher.key_for(demo) is None
    security.unlock_if_encrypted(demo, "en", name="account:somchai", passphrase=PASSWORD)
    assert cipher.key_for(demo) == key
    Database.open(demo).close()


def test_given_the_installed_command_line_then_security_and_backup_work_on_an_encrypted_database(
    demo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from cdfi_desktop.cli import main

    monkeypatch.setenv(security.PASSPHRASE_ENV, PASSWORD)
    assert main(["--lang", "en", "security", "encrypt", "--db", str(demo)]) == 0
    with cipher._guard:
        cipher._known.clear()  # a new command: a new process
    assert main(["--lang", "en", "security", "status", "--db", str(demo)]) == 0
    assert "is encrypted" in capsys.readouterr().out
    assert main(["--lang", "en", "report", "registers", "--db", str(demo), "--out", str(demo.parent / "out")]) == 0
    assert list((demo.parent / "out").iterdir())


def test_given_interrupted_runs_then_the_command_again_finishes_them(
    demo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import hashlib

    from cdfi_desktop.db import backups

    monkeypatch.setenv(security.PASSPHRASE_ENV, PASSWORD)
    key = cipher.enable(demo, PASSWORD)
    cipher.forget(demo)
    # as a kill after the database was encrypted leaves it: a backup and an attached file still in clear
    folder = backups.default_folder(demo)
    folder.mkdir(exist_ok=True)
    clear_backup = folder / "cdfi-20260101T000000000000Z-manual.sqlite"
    con = sqlite3.connect(clear_backup)
    con.execute("CREATE TABLE t (a)")
    con.commit()
    con.close()
    data = b"a scan left in clear"
    sha = hashlib.sha256(data).hexdigest()
    stored = cipher.attachments_folder(demo) / sha[:2] / sha
    stored.parent.mkdir(parents=True)
    stored.write_bytes(data)
    assert run("security", "encrypt", "--db", str(demo)) == 0
    assert "was already encrypted" in capsys.readouterr().out
    assert cipher.is_sealed(stored.read_bytes())
    assert not clear_backup.read_bytes().startswith(b"SQLite format 3") and cipher.key_opens(clear_backup, key)

    # a decryption killed after the database was decrypted: the key file is still there, the files sealed
    cipher.decrypt_file(demo, key)
    assert cipher.is_sealed(stored.read_bytes())
    assert run("security", "decrypt", "--db", str(demo)) == 0
    assert stored.read_bytes() == data
    assert clear_backup.read_bytes().startswith(b"SQLite format 3")
    assert not cipher.key_file(demo).exists()
    assert run("security", "decrypt", "--db", str(demo)) == 2  # nothing left to do


def test_given_a_database_with_accounts_then_only_a_signed_in_officer_encrypts_and_the_key_is_wrapped_for_them(
    demo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from cdfi_desktop.domain.roles import Role
    from cdfi_desktop.services import accounts

    db = Database.open(demo)
    try:
        accounts.create(db, username="somchai", display_name="Somchai", password=PASSWORD, role=Role.OFFICER)
        accounts.create(db, username="board", display_name="Board", password="board password", role=Role.COMMITTEE)
    finally:
        db.close()
    monkeypatch.delenv(security.PASSPHRASE_ENV, raising=False)
    with pytest.raises(SystemExit) as stopped:  # no sign-in: refused
        run("security", "encrypt", "--db", str(demo))
    assert stopped.value.code == 2
    monkeypatch.setenv("CDFI_PASSWORD", "board password")
    with pytest.raises(SystemExit):  # the committee cannot
        run("security", "encrypt", "--db", str(demo), "--user", "board")
    assert demo.read_bytes().startswith(b"SQLite format 3")

    monkeypatch.setenv("CDFI_PASSWORD", PASSWORD)
    assert run("security", "encrypt", "--db", str(demo), "--user", "somchai") == 0
    assert "Other accounts" in capsys.readouterr().out
    assert cipher.wrapping_names(demo) == ["account:somchai", "recovery"]
    cipher.forget(demo)
    cipher.unlock(demo, PASSWORD, name="account:somchai")
    # turning it off: the password alone opens the file, but the accounts inside still want an officer signed in
    monkeypatch.delenv("CDFI_PASSWORD")
    monkeypatch.setenv(security.PASSPHRASE_ENV, PASSWORD)
    with pytest.raises(SystemExit) as stopped:
        run("security", "decrypt", "--db", str(demo))
    assert stopped.value.code == 2
    assert not demo.read_bytes().startswith(b"SQLite format 3")
    cipher.forget(demo)
    monkeypatch.setenv("CDFI_PASSWORD", PASSWORD)
    assert run("security", "decrypt", "--db", str(demo), "--user", "somchai") == 0
    assert demo.read_bytes().startswith(b"SQLite format 3")
