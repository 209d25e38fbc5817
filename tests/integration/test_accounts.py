"""Local accounts: hashed passwords, the growing delay after wrong ones (kept across restarts), recovery codes that
work once, and the command line's tokens."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

import pytest

from cdfi_desktop.db.access import Actor
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.roles import Role
from cdfi_desktop.services import accounts
from cdfi_desktop.services.accounts import AccountError, TooSoon, WrongPassword

START = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
PASSWORD = "ปลาทู-2569"


class Clock:
    """A wall clock the test moves by hand."""

    def __init__(self, start: datetime = START) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "accounts.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = Database.open(db_path)
    try:
        yield database
    finally:
        database.close()


def _create(db: Database, username: str = "somsri", role: Role = Role.OFFICER, **extra: object) -> accounts.Account:
    account, _code = accounts.create(
        db,
        username=username,
        display_name=extra.pop("display_name", "นางสมศรี ใจดี"),  # type: ignore[arg-type]
        password=extra.pop("password", PASSWORD),  # type: ignore[arg-type]
        role=role,
        **extra,  # type: ignore[arg-type]
    )
    return account


def _stored(db_path: Path, column: str, username: str) -> str:
    con = sqlite3.connect(db_path)
    try:
        return str(con.execute(f"SELECT {column} FROM account WHERE username = ?", (username,)).fetchone()[0])
    finally:
        con.close()


def test_a_database_has_no_accounts_until_one_is_made(db: Database) -> None:
    # GIVEN a new database THEN it has no account (the app and the command line work without signing in)
    assert not accounts.any_exist(db)
    # WHEN one is made THEN it has
    account, code = accounts.create(
        db,
        username="  SomSri ",
        display_name=" นางสมศรี ใจดี ",
        password=PASSWORD,
        role=Role.OFFICER,
        position="นักวิชาการพัฒนาชุมชน",
        district="เมืองขอนแก่น",
        institutes=["i-2", "i-1", "i-2"],
    )
    assert accounts.any_exist(db)
    # THEN its name is kept trimmed in lower case, and the rest as given
    assert account.username == "somsri"
    assert account.display_name == "นางสมศรี ใจดี"
    assert account.role is Role.OFFICER
    assert account.institutes == ("i-1", "i-2")
    assert account.position == "นักวิชาการพัฒนาชุมชน" and account.district == "เมืองขอนแก่น"
    assert accounts.list_accounts(db) == [account]
    # AND the recovery code is 4 groups of 5 characters from the alphabet without look-alikes
    groups = code.split("-")
    assert [len(g) for g in groups] == [5, 5, 5, 5]
    assert set("".join(groups)) <= set(accounts.CODE_ALPHABET)
    assert not set("01ILO") & set(accounts.CODE_ALPHABET)


def test_passwords_are_stored_as_salted_scrypt_with_their_parameters(db: Database, db_path: Path) -> None:
    # GIVEN two accounts with the same password
    _create(db, "somsri")
    _create(db, "somchai", display_name="นายสมชาย")
    first, second = _stored(db_path, "password_hash", "somsri"), _stored(db_path, "password_hash", "somchai")
    # THEN each is kept as scrypt with n, r, p, its own salt and the hash; never the password itself
    for stored in (first, second):
        kind, n, r, p, salt, digest = stored.split("$")
        assert (kind, n, r, p) == ("scrypt", "16384", "8", "1")
        assert len(salt) == 24 and len(digest) == 44  # 16 and 32 bytes in base64
        assert PASSWORD not in stored
    # AND the two hashes differ (different salts)
    assert first != second
    assert first.split("$")[4] != second.split("$")[4]
    # AND the recovery code is hashed as well
    assert _stored(db_path, "recovery_hash", "somsri").startswith("scrypt$16384$8$1$")
    # AND the file holds no password in clear anywhere
    assert PASSWORD.encode() not in db_path.read_bytes()


def test_a_hash_is_checked_with_the_parameters_stored_with_it() -> None:
    # GIVEN a hash made with other (cheaper) parameters, as an older release might have stored
    import base64
    import hashlib

    salt = b"0123456789abcdef"
    digest = hashlib.scrypt(b"secret-words", salt=salt, n=2**10, r=8, p=1, dklen=32)
    stored = f"scrypt$1024$8$1${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"
    # THEN it still verifies, and a wrong password does not
    assert accounts.verify_secret("secret-words", stored)
    assert not accounts.verify_secret("secret-word", stored)
    # AND damaged or absurd hashes verify nothing (never an exception, never a huge allocation)
    for damaged in ("", "scrypt$x", stored.replace("$1024$", "$1000$"), stored.replace("$1024$", "$1073741824$")):
        assert not accounts.verify_secret("secret-words", damaged)


def test_right_password_signs_in_and_the_account_names_the_actor(db: Database) -> None:
    # GIVEN an officer account for two institutes
    _create(db, institutes=["i-1", "i-2"])
    # WHEN the user signs in with another case and spaces around the name
    account = accounts.authenticate(db, " SOMSRI", PASSWORD)
    # THEN the account is theirs and its actor carries the name, role and institutes
    assert account.username == "somsri"
    assert accounts.actor_of(account) == Actor("somsri", "นางสมศรี ใจดี", Role.OFFICER, frozenset({"i-1", "i-2"}))
    # AND an officer without institutes edits every institute; other roles have no institute list
    everyone = _create(db, "somchai", display_name="นายสมชาย")
    assert accounts.actor_of(everyone).institutes is None
    committee = _create(db, "board", Role.COMMITTEE, display_name="กรรมการ", institutes=["i-1"])
    assert accounts.actor_of(committee).institutes is None


def test_wrong_password_and_unknown_name_are_refused_alike(db: Database) -> None:
    # GIVEN an account
    _create(db)
    # WHEN the password is wrong THEN WrongPassword, with no wait for the first try
    with pytest.raises(WrongPassword) as wrong:
        accounts.authenticate(db, "somsri", PASSWORD + "x")
    assert wrong.value.wait == 0
    # WHEN the name is unknown THEN the same error and text (the name is not confirmed to exist)
    with pytest.raises(WrongPassword) as unknown:
        accounts.authenticate(db, "nobody", PASSWORD)
    assert unknown.value.text("th") == wrong.value.text("th") == "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง"
    assert unknown.value.text("en") == "Wrong user name or password."
    # AND the password is in no error text
    assert PASSWORD not in str(wrong.value) and PASSWORD not in repr(wrong.value)


def test_the_delay_grows_after_two_wrong_passwords_and_is_capped_at_five_minutes(db: Database) -> None:
    # GIVEN an account and a clock the test moves
    _create(db)
    clock = Clock()
    waits = []
    # WHEN wrong passwords are tried, each after its wait is over
    for _ in range(12):
        with pytest.raises(WrongPassword) as wrong:
            accounts.authenticate(db, "somsri", "wrong-password", clock=clock)
        waits.append(wrong.value.wait)
        clock.advance(wrong.value.wait)
    # THEN no wait for the first two, then 2, 4, 8 … seconds, at most 300
    assert waits == [0, 0, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300]
    assert "300" in wrong.value.text("th") and "300 seconds" in wrong.value.text("en")


def test_a_try_during_the_wait_is_refused_even_with_the_right_password(db: Database) -> None:
    # GIVEN three wrong passwords (the third asks for a 2-second wait)
    _create(db)
    clock = Clock()
    for _ in range(3):
        with pytest.raises(WrongPassword):
            accounts.authenticate(db, "somsri", "wrong-password", clock=clock)
    # WHEN the right password comes one second later THEN TooSoon, with the second left
    clock.advance(1)
    with pytest.raises(TooSoon) as soon:
        accounts.authenticate(db, "somsri", PASSWORD, clock=clock)
    assert soon.value.wait == pytest.approx(1.0)
    assert "1" in soon.value.text("th")
    # AND that try did not count: after the wait, one more wrong password asks for 4 seconds (the 4th failure)
    clock.advance(1)
    with pytest.raises(WrongPassword) as wrong:
        accounts.authenticate(db, "somsri", "wrong-password", clock=clock)
    assert wrong.value.wait == 4
    # WHEN the right password comes after the wait THEN it signs in, and the count starts again from zero
    clock.advance(4)
    assert accounts.authenticate(db, "somsri", PASSWORD, clock=clock).username == "somsri"
    with pytest.raises(WrongPassword) as again:
        accounts.authenticate(db, "somsri", "wrong-password", clock=clock)
    assert again.value.wait == 0


def test_the_delay_survives_closing_and_reopening_the_database(db_path: Path) -> None:
    # GIVEN four wrong passwords (a 4-second wait) on a database that is then closed
    clock = Clock()
    first = Database.open(db_path)
    try:
        _create(first)
        for _ in range(4):
            with pytest.raises(WrongPassword) as wrong:
                accounts.authenticate(first, "somsri", "wrong-password", clock=clock)
            clock.advance(wrong.value.wait if wrong.value.wait < 4 else 0)
        assert wrong.value.wait == 4
    finally:
        first.close()
    # WHEN the program starts again and tries at once, even with the right password
    clock.advance(3)
    again = Database.open(db_path)
    try:
        with pytest.raises(TooSoon) as soon:
            accounts.authenticate(again, "somsri", PASSWORD, clock=clock)
        # THEN it must still wait the rest of the delay
        assert soon.value.wait == pytest.approx(1.0)
        clock.advance(1)
        assert accounts.authenticate(again, "somsri", PASSWORD, clock=clock).username == "somsri"
    finally:
        again.close()


def test_a_disabled_account_cannot_sign_in_and_the_last_editor_cannot_be_disabled(db: Database) -> None:
    # GIVEN an officer and a committee member
    _create(db)
    _create(db, "board", Role.COMMITTEE, display_name="กรรมการ")
    # WHEN the only officer would be disabled THEN refused (nobody could sign in to undo it)
    with pytest.raises(AccountError) as last:
        accounts.disable(db, "somsri")
    assert last.value.code == "last_account"
    # WHEN the committee member is disabled THEN their right password is refused as disabled
    accounts.disable(db, "board")
    with pytest.raises(AccountError) as disabled:
        accounts.authenticate(db, "board", PASSWORD)
    assert disabled.value.code == "account_disabled"
    # AND allowed again, it signs in
    accounts.disable(db, "board", disabled=False)
    assert accounts.authenticate(db, "board", PASSWORD).role is Role.COMMITTEE


def test_account_rules_refuse_bad_names_and_short_passwords(db: Database) -> None:
    # GIVEN an account
    _create(db)
    cases: list[tuple[Callable[[], object], str]] = [
        (lambda: _create(db, "SOMSRI "), "username_taken"),
        (lambda: _create(db, "   "), "username_empty"),
        (lambda: _create(db, "som sri"), "username_invalid"),
        (lambda: _create(db, "x" * 61), "username_invalid"),
        (lambda: _create(db, "new", password="1234567"), "password_too_short"),
        (lambda: _create(db, "new", display_name="  "), "display_name_empty"),
    ]
    for attempt, code in cases:
        with pytest.raises(AccountError) as refused:
            attempt()
        assert refused.value.code == code
        assert refused.value.text("th") and refused.value.text("en")
    # THEN none of them was made
    assert [a.username for a in accounts.list_accounts(db)] == ["somsri"]


def test_the_recovery_code_sets_a_new_password_once_and_gives_a_new_code(db: Database) -> None:
    # GIVEN an account and its recovery code, typed in lower case with spaces
    account, code = accounts.create(db, username="somsri", display_name="สมศรี", password=PASSWORD, role=Role.OFFICER)
    token = accounts.make_token(db, account)
    typed = code.lower().replace("-", " ")
    # WHEN the password is forgotten and the code used
    recovered, new_code = accounts.recover(db, "somsri", typed, "ใหม่-รหัส-2570")
    # THEN the new password signs in, the old one does not, and a different new code is given
    assert recovered.username == "somsri"
    assert new_code != code
    assert accounts.authenticate(db, "somsri", "ใหม่-รหัส-2570").id == account.id
    with pytest.raises(WrongPassword):
        accounts.authenticate(db, "somsri", PASSWORD)
    # AND the used code no longer works (counted as a wrong try)
    with pytest.raises(WrongPassword) as used:
        accounts.recover(db, "somsri", code, "another-password")
    assert used.value.code == "wrong_code"
    # AND the new code works once in its turn
    accounts.recover(db, "somsri", new_code, "third-password")
    assert accounts.authenticate(db, "somsri", "third-password").id == account.id
    # AND the tokens made before the recovery no longer sign in
    with pytest.raises(AccountError) as revoked:
        accounts.check_token(db, token)
    assert revoked.value.code == "token_invalid"


def test_change_password_needs_the_old_one(db: Database) -> None:
    _create(db)
    with pytest.raises(WrongPassword):
        accounts.change_password(db, "somsri", "not-the-password", "brand-new-password")
    with pytest.raises(AccountError) as short:
        accounts.change_password(db, "somsri", PASSWORD, "short")
    assert short.value.code == "password_too_short"
    accounts.change_password(db, "somsri", PASSWORD, "brand-new-password")
    assert accounts.authenticate(db, "somsri", "brand-new-password").username == "somsri"
    with pytest.raises(WrongPassword):
        accounts.authenticate(db, "somsri", PASSWORD)


def test_tokens_sign_in_until_they_expire_and_only_their_hash_is_kept(db: Database, db_path: Path) -> None:
    # GIVEN a token made for an account
    account = _create(db)
    clock = Clock()
    token = accounts.make_token(db, account, clock=clock)
    assert token.startswith("cdfi_") and len(token) > 40
    # THEN it names the account, and its use is recorded
    assert accounts.check_token(db, token, clock=clock) == account
    con = sqlite3.connect(db_path)
    try:
        (stored, last_used) = con.execute("SELECT token_hash, last_used FROM account_token").fetchone()
    finally:
        con.close()
    assert token not in stored and len(stored) == 64
    assert last_used is not None
    assert token.encode() not in db_path.read_bytes()
    # AND a wrong token is refused
    with pytest.raises(AccountError) as wrong:
        accounts.check_token(db, token[:-1] + ("A" if token[-1] != "A" else "B"), clock=clock)
    assert wrong.value.code == "token_invalid"
    # WHEN 30 days have passed THEN it has expired
    clock.advance(timedelta(days=30).total_seconds() - 1)
    accounts.check_token(db, token, clock=clock)
    clock.advance(1)
    with pytest.raises(AccountError) as expired:
        accounts.check_token(db, token, clock=clock)
    assert expired.value.code == "token_expired"
    # AND a disabled account's tokens are dropped, and stay dead when it is enabled again
    other = _create(db, "somchai", display_name="นายสมชาย")
    fresh = accounts.make_token(db, other, clock=clock)
    accounts.disable(db, "somchai")
    with pytest.raises(AccountError) as disabled:
        accounts.check_token(db, fresh, clock=clock)
    assert disabled.value.code == "token_invalid"
    accounts.disable(db, "somchai", disabled=False)
    with pytest.raises(AccountError):
        accounts.check_token(db, fresh, clock=clock)


def test_only_an_officer_of_every_institute_or_the_province_on_its_hub_manages_accounts(db: Database) -> None:
    # GIVEN an officer of every institute, a limited officer and a province account on a laptop
    boss = accounts.actor_of(_create(db, "boss"))
    limited = accounts.actor_of(_create(db, "limited", institutes=["i-1"]))
    province = accounts.actor_of(_create(db, "prov", Role.PROVINCE))
    # THEN the limited officer, the province (not on its hub) and nobody signed in are refused every management
    for by in (limited, province, None):
        attempts: list[Callable[[], object]] = [
            partial(accounts.create, db, username="x", display_name="x", password=PASSWORD, role=Role.OFFICER, by=by),
            partial(accounts.reset_password, db, "boss", "taken-over-1", by=by),
            partial(accounts.disable, db, "boss", by=by),
            partial(accounts.set_institutes, db, "limited", [], by=by),
        ]
        for attempt in attempts:
            with pytest.raises(AccountError) as refused:
                attempt()
            assert refused.value.code == "not_allowed"
    assert accounts.authenticate(db, "boss", PASSWORD).username == "boss"
    # AND the officer of every institute may, each change in the audit trail (no password, hash or code in it)
    accounts.create(db, username="x", display_name="x", password=PASSWORD, role=Role.COMMITTEE, by=boss)
    accounts.reset_password(db, "limited", "new-password-9", by=boss)
    accounts.disable(db, "x", by=boss)
    from sqlalchemy import select

    from cdfi_desktop.db import models as m

    with db.session() as session:
        entries = session.scalars(select(m.AuditLog).where(m.AuditLog.table_name == "account")).all()
    assert len(entries) >= 3 + 3  # three made by the fixture's trusted calls, three by boss
    assert all(PASSWORD not in str(e.changes) and "scrypt" not in str(e.changes) for e in entries)
    # AND the province on its own hub may
    from cdfi_desktop.db.keys import SYNC_ROLE_KEY

    db.set_setting(SYNC_ROLE_KEY, "province")
    accounts.disable(db, "x", disabled=False, by=province)


def test_a_name_that_is_no_account_earns_the_same_wait(db: Database) -> None:
    _create(db)
    clock = Clock()

    def waits(name: str) -> list[float]:
        out = []
        for _ in range(4):
            with pytest.raises(WrongPassword) as wrong:
                accounts.authenticate(db, name, "wrong-password", clock=clock)
            out.append(wrong.value.wait)
            clock.advance(wrong.value.wait)
        return out

    assert waits("somsri") == waits("nobody") == [0, 0, 2, 4]
    with pytest.raises(WrongPassword):
        accounts.authenticate(db, "nobody", "wrong-password", clock=clock)
    with pytest.raises(TooSoon):  # tried during the wait, as for a real account
        accounts.authenticate(db, "nobody", "wrong-password", clock=clock)


def test_set_institutes_changes_what_an_officer_edits(db: Database) -> None:
    _create(db, institutes=["i-1"])
    changed = accounts.set_institutes(db, "SomSri", ["i-3", "i-2"])
    assert changed.institutes == ("i-2", "i-3")
    assert accounts.actor_of(changed).institutes == frozenset({"i-2", "i-3"})
    with pytest.raises(AccountError) as unknown:
        accounts.set_institutes(db, "nobody", [])
    assert unknown.value.code == "account_unknown"


def test_accounts_never_travel_in_bundles() -> None:
    # GIVEN the tables bundles carry THEN neither accounts nor their tokens are among them
    from cdfi_desktop.sync.codec import synced_tables_in_order

    names = {t.name for t in synced_tables_in_order()}
    assert "account" not in names and "account_token" not in names
    assert "institute" in names


def test_reset_password_sets_a_new_password_and_code_and_drops_the_tokens(db: Database) -> None:
    # GIVEN an account that forgot its password after wrong tries, with a token
    account, code = accounts.create(
        db, username="board", display_name="กรรมการ", password=PASSWORD, role=Role.COMMITTEE
    )
    token = accounts.make_token(db, account)
    clock = Clock()
    for _ in range(3):
        with pytest.raises(WrongPassword):
            accounts.authenticate(db, "board", "wrong-password", clock=clock)
    # WHEN another account resets it
    reset, new_code = accounts.reset_password(db, "BOARD", "ตั้งใหม่-2570")
    # THEN the new password signs in at once (the wait is cleared), with a new recovery code
    assert reset.id == account.id and new_code != code
    assert accounts.authenticate(db, "board", "ตั้งใหม่-2570", clock=clock).id == account.id
    # AND the old code and the old token no longer work
    with pytest.raises(WrongPassword):
        accounts.recover(db, "board", code, "whatever-password", clock=clock)
    with pytest.raises(AccountError):
        accounts.check_token(db, token)
    accounts.recover(db, "board", new_code, "whatever-password", clock=clock)
    # AND a short password is refused
    with pytest.raises(AccountError) as short:
        accounts.reset_password(db, "board", "short")
    assert short.value.code == "password_too_short"


@pytest.mark.postgres
def test_accounts_and_their_delay_work_on_postgresql(pg_url: str) -> None:
    # GIVEN an account on a PostgreSQL database
    db = Database.open(pg_url)
    try:
        account = _create(db)
        clock = Clock()
        # WHEN three wrong passwords are given THEN the third asks for a wait, kept in the database
        for _ in range(3):
            with pytest.raises(WrongPassword) as wrong:
                accounts.authenticate(db, "somsri", "wrong-password", clock=clock)
        assert wrong.value.wait == 2
        with pytest.raises(TooSoon):
            accounts.authenticate(db, "somsri", PASSWORD, clock=clock)
        clock.advance(2)
        assert accounts.authenticate(db, "SOMSRI", PASSWORD, clock=clock) == account
        # AND tokens and recovery work there too
        token = accounts.make_token(db, account, clock=clock)
        assert accounts.check_token(db, token, clock=clock) == account
        with pytest.raises(AccountError):
            _create(db, "Somsri")
    finally:
        db.close()
