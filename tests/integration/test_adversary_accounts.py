"""Adversarial: the account commands let a limited account raise its own limits.

``account create`` / ``reset-password`` / ``disable`` only ask for a WRITERS role (officer or province); the
services do not look at who asks. So an officer limited to one institute, or a province account (which must never
edit a laptop's records outside review and import), can make or take over an account without those limits and
then write anything.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from cdfi_desktop.cli import main
from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.roles import Role
from cdfi_desktop.services import accounts

PASSWORD = "limited-officer-1"
BOSS_PASSWORD = "unlimited-officer-1"
PROVINCE_PASSWORD = "province-pass-1"
ATTACKER_PASSWORD = "attacker-pass-1"


@pytest.fixture(autouse=True)
def _no_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CDFI_USER", "CDFI_PASSWORD", "CDFI_TOKEN", "CDFI_NEW_PASSWORD", "CDFI_RECOVERY_CODE"):
        monkeypatch.delenv(name, raising=False)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def laptop(tmp_path: Path) -> Path:
    """A laptop database: an unlimited officer (boss), an officer limited to institute INST-A, a province account."""
    path = tmp_path / "laptop.sqlite"
    db = Database.open(path)
    try:
        accounts.create(db, username="boss", display_name="Boss", password=BOSS_PASSWORD, role=Role.OFFICER)
        accounts.create(
            db,
            username="limited",
            display_name="Limited",
            password=PASSWORD,
            role=Role.OFFICER,
            institutes=["INST-A"],
        )
        accounts.create(db, username="prov", display_name="Province", password=PROVINCE_PASSWORD, role=Role.PROVINCE)
    finally:
        db.close()
    return path


def _institutes(path: Path) -> int:
    db = Database.open(path)
    try:
        with db.session() as session:
            return session.scalar(select(func.count()).select_from(m.Institute)) or 0
    finally:
        db.close()


def test_a_limited_officer_cannot_make_itself_an_unlimited_account(
    laptop: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Control: the limited officer itself is refused the demo (a new institute is not among its institutes)
    monkeypatch.setenv("CDFI_PASSWORD", PASSWORD)
    code, _out, _err = run(["demo", "--db", str(laptop), "--households", "3", "--user", "limited"], capsys)
    assert code != 0 and _institutes(laptop) == 0
    # WHEN it makes a new officer account without --institute (= every institute)
    monkeypatch.setenv("CDFI_NEW_PASSWORD", ATTACKER_PASSWORD)
    code, _out, _err = run(
        ["account", "create", "--db", str(laptop), "--user", "limited", "--username", "me2", "--name", "Me"],
        capsys,
    )
    # AND signs in with it
    monkeypatch.setenv("CDFI_PASSWORD", ATTACKER_PASSWORD)
    run(["demo", "--db", str(laptop), "--households", "3", "--user", "me2"], capsys)
    # THEN nothing outside its institutes was written
    assert _institutes(laptop) == 0


def test_a_limited_officer_cannot_take_over_another_account(
    laptop: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CDFI_PASSWORD", PASSWORD)
    monkeypatch.setenv("CDFI_NEW_PASSWORD", ATTACKER_PASSWORD)
    run(["account", "reset-password", "--db", str(laptop), "--user", "limited", "boss"], capsys)
    monkeypatch.setenv("CDFI_PASSWORD", ATTACKER_PASSWORD)
    run(["demo", "--db", str(laptop), "--households", "3", "--user", "boss"], capsys)
    assert _institutes(laptop) == 0
    # AND boss's own password still works
    db = Database.open(laptop)
    try:
        accounts.authenticate(db, "boss", BOSS_PASSWORD)
    finally:
        db.close()


def test_a_province_account_cannot_become_an_officer(
    laptop: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CDFI_PASSWORD", PROVINCE_PASSWORD)
    monkeypatch.setenv("CDFI_NEW_PASSWORD", ATTACKER_PASSWORD)
    run(
        [
            "account",
            "create",
            "--db",
            str(laptop),
            "--user",
            "prov",
            "--username",
            "shadow",
            "--name",
            "Shadow",
            "--role",
            "officer",
        ],
        capsys,
    )
    monkeypatch.setenv("CDFI_PASSWORD", ATTACKER_PASSWORD)
    run(["demo", "--db", str(laptop), "--households", "3", "--user", "shadow"], capsys)
    assert _institutes(laptop) == 0


def test_a_limited_officer_cannot_disable_the_unlimited_officer(
    laptop: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CDFI_PASSWORD", PASSWORD)
    run(["account", "disable", "--db", str(laptop), "--user", "limited", "boss"], capsys)
    db = Database.open(laptop)
    try:
        found = accounts.get(db, "boss")
    finally:
        db.close()
    assert found is not None and not found.disabled


def test_a_limited_officer_cannot_restore_away_the_accounts(
    laptop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    crafted = tmp_path / "crafted.sqlite"
    crafted.write_bytes(laptop.read_bytes())
    con = sqlite3.connect(crafted)
    con.execute("DELETE FROM account_token")
    con.execute("DELETE FROM account")
    con.commit()
    con.close()
    monkeypatch.setenv("CDFI_PASSWORD", PASSWORD)
    run(["backup", "restore", str(crafted), "--db", str(laptop), "--user", "limited"], capsys)
    monkeypatch.delenv("CDFI_PASSWORD")
    run(["demo", "--db", str(laptop), "--households", "3"], capsys)  # no sign-in at all
    assert _institutes(laptop) == 0


def test_a_password_change_drops_the_tokens_made_before(laptop: Path) -> None:
    db = Database.open(laptop)
    try:
        account = accounts.authenticate(db, "boss", BOSS_PASSWORD)
        token = accounts.make_token(db, account)  # made by whoever learnt the password
        accounts.change_password(db, "boss", BOSS_PASSWORD, "a-brand-new-password-1")
        with pytest.raises(accounts.AccountError):
            accounts.check_token(db, token)
    finally:
        db.close()


def test_tokens_made_before_a_disable_stay_dead_after_enable(laptop: Path) -> None:
    db = Database.open(laptop)
    try:
        account = accounts.authenticate(db, "limited", PASSWORD)
        token = accounts.make_token(db, account)
        accounts.disable(db, "limited")
        accounts.disable(db, "limited", disabled=False)
        with pytest.raises(accounts.AccountError):
            accounts.check_token(db, token)
    finally:
        db.close()


def test_an_unknown_user_name_cannot_be_told_from_a_real_one(laptop: Path) -> None:
    db = Database.open(laptop)
    try:

        def waits(name: str) -> list[float]:
            out = []
            for _ in range(3):
                try:
                    accounts.authenticate(db, name, "not-the-password")
                except accounts.WrongPassword as exc:
                    out.append(exc.wait)
            return out

        assert waits("boss") == waits("no-such-user")
    finally:
        db.close()


def test_resetting_another_accounts_password_is_audited(
    laptop: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    def entries() -> int:
        con = sqlite3.connect(laptop)
        try:
            return int(con.execute("SELECT count(*) FROM audit_log").fetchone()[0])
        finally:
            con.close()

    before = entries()
    monkeypatch.setenv("CDFI_PASSWORD", BOSS_PASSWORD)
    monkeypatch.setenv("CDFI_NEW_PASSWORD", ATTACKER_PASSWORD)
    code, _out, err = run(["account", "reset-password", "--db", str(laptop), "--user", "boss", "limited"], capsys)
    assert code == 0, err
    code, _out, err = run(["account", "disable", "--db", str(laptop), "--user", "boss", "prov"], capsys)
    assert code == 0, err
    assert entries() >= before + 2
