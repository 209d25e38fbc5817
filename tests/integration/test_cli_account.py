"""The command line asks for the same accounts as the app before it writes: refused without one (before anything
is written), accepted with --user and CDFI_PASSWORD or with a token, under the account's role, named in the audit."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cdfi_desktop.cli import main
from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.roles import Role
from cdfi_desktop.services import accounts
from tests.support.workbooks import register_workbook

PASSWORD = "รหัสผ่าน-ยาวพอ-1"
OFFICER_NAME = "นางสมศรี ใจดี"


@pytest.fixture(autouse=True)
def _no_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    """GIVEN no sign-in in the environment unless a test sets one."""
    for name in ("CDFI_USER", "CDFI_PASSWORD", "CDFI_TOKEN", "CDFI_NEW_PASSWORD", "CDFI_RECOVERY_CODE"):
        monkeypatch.delenv(name, raising=False)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """The command's exit code, stdout and stderr (a refusal before any work exits through SystemExit)."""
    try:
        code = main(argv)
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "cli.sqlite"


@pytest.fixture
def with_officer(db_path: Path) -> Path:
    """GIVEN a database with one officer account (and nothing else)."""
    db = Database.open(db_path)
    try:
        accounts.create(db, username="somsri", display_name=OFFICER_NAME, password=PASSWORD, role=Role.OFFICER)
    finally:
        db.close()
    return db_path


def _institutes(db_path: Path) -> int:
    db = Database.open(db_path)
    try:
        with db.session() as session:
            return session.scalar(select(func.count()).select_from(m.Institute)) or 0
    finally:
        db.close()


def test_a_database_without_accounts_needs_no_sign_in(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # GIVEN a database without accounts WHEN the demo is made without signing in THEN it works as before
    code, _out, err = run(["demo", "--db", str(db_path), "--households", "5"], capsys)
    assert code == 0, err
    assert _institutes(db_path) == 1


def test_help_says_which_commands_need_signing_in(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["demo", "--help"], capsys)
    assert code == 0
    assert "--user" in out and "--token" in out and "without accounts needs none" in out
    code, out, _ = run(["report", "--help"], capsys)
    assert code == 0 and "optional for this command" in out


def test_a_writing_command_is_refused_without_an_account(
    with_officer: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # WHEN the demo is asked for without signing in THEN refused (exit 2) in Thai, nothing written
    code, out, err = run(["demo", "--db", str(with_officer), "--households", "5"], capsys)
    assert code == 2
    assert "ต้องลงชื่อเข้าใช้" in err and "--user" in err and out == ""
    assert _institutes(with_officer) == 0
    # AND in English when asked
    code, _out, err = run(["--lang", "en", "demo", "--db", str(with_officer), "--households", "5"], capsys)
    assert code == 2 and "sign in" in err and "Nothing was written" in err
    # AND the other writing commands are refused the same way
    for argv in (
        ["province", "init", "--db", str(with_officer), "--name", "จังหวัด"],
        [
            "keys",
            "export-public",
            "--db",
            str(with_officer),
            "--format",
            "enrolment",
            "--out",
            str(with_officer.with_name("k.json")),
        ],
        ["backup", "restore", str(with_officer), "--db", str(with_officer)],
        ["account", "create", "--db", str(with_officer), "--username", "x", "--name", "x"],
    ):
        code, _out, err = run(argv, capsys)
        assert code == 2, (argv, err)
        assert "ต้องลงชื่อเข้าใช้" in err
    assert not with_officer.with_name("k.json").exists()


def test_a_wrong_password_is_refused_and_the_delay_told(
    with_officer: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CDFI_PASSWORD", "not-the-password")
    argv = ["demo", "--db", str(with_officer), "--households", "5", "--user", "somsri"]
    # WHEN a wrong password is given three times THEN refused each time; the third asks for a wait
    errors = [run(argv, capsys) for _ in range(3)]
    assert [code for code, _, _ in errors] == [2, 2, 2]
    assert "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง" in errors[0][2]
    assert "รอ 2 วินาที" in errors[2][2]
    # AND the right password at once is refused as too soon (the delay is the database's, not the process's)
    monkeypatch.setenv("CDFI_PASSWORD", PASSWORD)
    code, _out, err = run(argv, capsys)
    assert code == 2 and "ยังลองใหม่ไม่ได้" in err
    assert _institutes(with_officer) == 0
    # AND the password is never printed
    assert all(PASSWORD not in e and "not-the-password" not in e for _, _, e in errors)


def test_without_a_terminal_or_password_the_command_says_how(
    with_officer: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(["demo", "--db", str(with_officer), "--user", "somsri"], capsys)
    assert code == 2 and "CDFI_PASSWORD" in err


def test_user_and_password_sign_in_and_the_audit_names_the_account(
    with_officer: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN the officer's password for scripts, and a name typed in another case
    monkeypatch.setenv("CDFI_PASSWORD", PASSWORD)
    code, _out, err = run(["demo", "--db", str(with_officer), "--households", "5", "--user", " SomSri "], capsys)
    assert code == 0, err
    assert _institutes(with_officer) == 1
    # WHEN a workbook is imported, the name from CDFI_USER THEN its records are audited under the account's name
    monkeypatch.setenv("CDFI_USER", "somsri")
    workbook = tmp_path / "register.xlsx"
    register_workbook(workbook, households=2, first=1, creditor="สหกรณ์ออมทรัพย์")
    code, _out, err = run(["import-excel", "--db", str(with_officer), str(workbook)], capsys)
    assert code == 0, err
    db = Database.open(with_officer)
    try:
        with db.session() as session:
            officers = set(
                session.scalars(select(m.AuditLog.officer).where(m.AuditLog.table_name == "household").distinct())
            )
    finally:
        db.close()
    assert OFFICER_NAME in officers


def test_a_token_signs_in_for_scripts_until_it_is_wrong_or_expired(
    with_officer: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN a token made with the account command (signing in with the password)
    monkeypatch.setenv("CDFI_PASSWORD", PASSWORD)
    code, out, err = run(["account", "token", "--db", str(with_officer), "--user", "somsri"], capsys)
    assert code == 0, err
    token = out.strip().splitlines()[-1]
    assert token.startswith("cdfi_")
    monkeypatch.delenv("CDFI_PASSWORD")
    # WHEN a wrong token is given THEN refused
    code, _out, err = run(["demo", "--db", str(with_officer), "--households", "5", "--token", token + "x"], capsys)
    assert code == 2 and "token" in err
    # WHEN the token comes from CDFI_TOKEN THEN the demo is made
    monkeypatch.setenv("CDFI_TOKEN", token)
    code, _out, err = run(["demo", "--db", str(with_officer), "--households", "5"], capsys)
    assert code == 0, err
    assert _institutes(with_officer) == 1
    # AND a token cannot make another token
    code, _out, err = run(["account", "token", "--db", str(with_officer)], capsys)
    assert code == 2


def test_role_limits_apply_on_the_command_line(
    with_officer: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN a committee member and a province account made by the signed-in officer
    monkeypatch.setenv("CDFI_PASSWORD", PASSWORD)
    monkeypatch.setenv("CDFI_NEW_PASSWORD", "กรรมการ-รหัส-1")
    base = ["--db", str(with_officer), "--user", "somsri"]
    code, out, err = run(
        ["account", "create", *base, "--username", "board", "--name", "กรรมการ", "--role", "committee"], capsys
    )
    assert code == 0, err
    assert "board" in out and len(out.strip().splitlines()[-1].split(":")[-1].strip()) == 23  # the recovery code
    monkeypatch.setenv("CDFI_NEW_PASSWORD", "จังหวัด-รหัส-1")
    code, _out, err = run(
        ["account", "create", *base, "--username", "prov", "--name", "จังหวัด", "--role", "province"], capsys
    )
    assert code == 0, err
    # WHEN the committee member asks for the demo THEN refused up front, naming the role
    monkeypatch.setenv("CDFI_PASSWORD", "กรรมการ-รหัส-1")
    code, _out, err = run(["demo", "--db", str(with_officer), "--user", "board"], capsys)
    assert code == 2 and "กรรมการสถาบัน" in err
    # AND they may list the accounts (read-only)
    code, out, err = run(["account", "list", "--db", str(with_officer), "--user", "board"], capsys)
    assert code == 0, err
    assert {line.split("\t")[0] for line in out.strip().splitlines()} == {"board", "prov", "somsri"}
    # WHEN the province account asks for the demo THEN refused (it is the officers')
    monkeypatch.setenv("CDFI_PASSWORD", "จังหวัด-รหัส-1")
    code, _out, err = run(["demo", "--db", str(with_officer), "--user", "prov"], capsys)
    assert code == 2 and "เจ้าหน้าที่" in err
    # AND a committee member cannot make accounts
    monkeypatch.setenv("CDFI_PASSWORD", "กรรมการ-รหัส-1")
    code, _out, err = run(
        ["account", "create", "--db", str(with_officer), "--user", "board", "--username", "x", "--name", "x"], capsys
    )
    assert code == 2
    assert _institutes(with_officer) == 0


def test_the_first_account_is_made_without_signing_in_and_the_code_recovers_it(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN a database without accounts WHEN the first account is made THEN no sign-in is needed
    monkeypatch.setenv("CDFI_NEW_PASSWORD", PASSWORD)
    code, out, err = run(
        ["account", "create", "--db", str(db_path), "--username", "somsri", "--name", OFFICER_NAME], capsys
    )
    assert code == 0, err
    recovery = out.strip().splitlines()[-1].split(":")[-1].strip()
    # AND a committee member cannot be the first account (nobody could make the next)
    other = db_path.with_name("other.sqlite")
    code, _out, err = run(
        ["account", "create", "--db", str(other), "--username", "b", "--name", "b", "--role", "committee"], capsys
    )
    assert code == 2
    # WHEN the password is forgotten THEN the recovery code sets a new one and prints a new code
    monkeypatch.setenv("CDFI_NEW_PASSWORD", "ใหม่-รหัสผ่าน-2")
    monkeypatch.setenv("CDFI_RECOVERY_CODE", recovery.lower())
    code, out, err = run(["account", "recover", "--db", str(db_path), "somsri"], capsys)
    assert code == 0, err
    assert out.strip().splitlines()[-1].split(":")[-1].strip() != recovery
    # AND the used code does not work twice
    code, _out, err = run(["account", "recover", "--db", str(db_path), "somsri"], capsys)
    assert code == 2 and "รหัสกู้คืนไม่ถูกต้อง" in err
    # AND the new password signs in
    monkeypatch.setenv("CDFI_PASSWORD", "ใหม่-รหัสผ่าน-2")
    code, _out, err = run(["demo", "--db", str(db_path), "--households", "5", "--user", "somsri"], capsys)
    assert code == 0, err


def test_the_installed_command_refuses_without_an_account(with_officer: Path, tmp_path: Path) -> None:
    # GIVEN the command run as a user would, in a fresh process with no terminal
    done = subprocess.run(
        [sys.executable, "-m", "cdfi_desktop", "demo", "--db", str(with_officer), "--households", "5"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        stdin=subprocess.DEVNULL,
        env={k: v for k, v in __import__("os").environ.items() if not k.startswith("CDFI_")},
    )
    # THEN it exits 2 with the message, no traceback, nothing written
    assert done.returncode == 2, done.stderr
    assert "ต้องลงชื่อเข้าใช้" in done.stderr and "Traceback" not in done.stderr
    assert _institutes(with_officer) == 0


def test_an_encrypted_database_opens_with_the_accounts_password(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from cdfi_desktop.db import cipher

    # GIVEN a database encrypted by its owner, then an account made on it (its password and code wrap the key)
    Database.open(db_path).close()
    cipher.enable(db_path, "owner-passphrase-1")
    db = Database.open(db_path)
    try:
        account, code = accounts.create(
            db, username="somsri", display_name=OFFICER_NAME, password=PASSWORD, role=Role.OFFICER
        )
        token = accounts.make_token(db, account)
    finally:
        db.close()
    assert {"account:somsri", "recovery:somsri"} <= set(cipher.wrapping_names(db_path))
    cipher.forget(db_path)  # a new process: the key is not known
    # WHEN a token alone is given THEN refused: a token cannot open the file
    code_, _out, err = run(["demo", "--db", str(db_path), "--households", "5", "--token", token], capsys)
    assert code_ == 2 and "เข้ารหัส" in err
    # WHEN a wrong password is given THEN refused, the file not opened
    monkeypatch.setenv("CDFI_PASSWORD", "not-the-password")
    code_, _out, err = run(["demo", "--db", str(db_path), "--households", "5", "--user", "somsri"], capsys)
    assert code_ == 2 and "รหัสผ่านไม่ถูกต้อง" in err
    assert cipher.key_for(db_path) is None
    # WHEN the account's password is given THEN the file opens and the account signs in (one password, asked once)
    monkeypatch.setenv("CDFI_PASSWORD", PASSWORD)
    code_, _out, err = run(["demo", "--db", str(db_path), "--households", "5", "--user", "somsri"], capsys)
    assert code_ == 0, err
    assert _institutes(db_path) == 1
    # AND a reset password opens it too (the wrapping follows), the old one no longer
    db = Database.open(db_path)
    try:
        accounts.reset_password(db, "somsri", "ใหม่-รหัสผ่าน-3")
    finally:
        db.close()
    cipher.forget(db_path)
    with pytest.raises(cipher.WrongPassphrase):
        cipher.unwrap(db_path, PASSWORD)
    cipher.unlock(db_path, "ใหม่-รหัสผ่าน-3")
    # AND the recovery code given at creation opens it until it is replaced (by the reset: a new code)
    with pytest.raises(cipher.WrongPassphrase):
        cipher.unwrap(db_path, code.lower())


def test_an_officer_of_other_institutes_is_stopped_by_the_data_layer_with_a_message(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN an officer assigned to another institute only
    db = Database.open(db_path)
    try:
        accounts.create(
            db, username="somsri", display_name=OFFICER_NAME, password=PASSWORD, role=Role.OFFICER, institutes=["x"]
        )
    finally:
        db.close()
    monkeypatch.setenv("CDFI_PASSWORD", PASSWORD)
    # WHEN they make the demo (a new institute, not theirs) THEN the write is refused with its message, exit 2
    code, _out, err = run(["demo", "--db", str(db_path), "--households", "5", "--user", "somsri"], capsys)
    assert code == 2, err
    assert "ไม่ได้รับมอบหมาย" in err and "Traceback" not in err and "unexpected" not in err.lower()
    # AND nothing of it was kept
    assert _institutes(db_path) == 0
    db = Database.open(db_path)
    try:
        with db.session() as session:
            assert session.scalar(select(func.count()).select_from(m.Village)) == 0
    finally:
        db.close()
