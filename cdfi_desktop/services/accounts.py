"""Local accounts: creating them, signing in, the growing delay after wrong passwords, recovery codes and the
command line's tokens.

- Passwords and recovery codes are kept only as ``hashlib.scrypt`` hashes (n=2**14, r=8, p=1, a 16-byte random
  salt), stored with their parameters: ``scrypt$16384$8$1$<salt base64>$<hash base64>``. Nothing here logs a
  password, a code or a token.
- A user name is compared trimmed and in lower case (it is stored so).
- Wrong passwords: the first two cost nothing; from the third, the next try must wait 2, 4, 8, … seconds, at most
  5 minutes. The count and the time of the last one are kept in the account's row, so quitting and restarting
  does not reset them; a right password resets them. A try during the wait is refused (:class:`TooSoon`) without
  looking at the password.
- The recovery code (4 groups of 5 letters and digits from an alphabet without look-alikes) is shown once, at
  creation and at each recovery; using it sets a new password and makes a new code (the used one stops working).
- Tokens for the command line (``--token``): random, shown once, kept as a SHA-256, expiring (30 days).
- ``clock`` parameters are for tests (the delay, expiry).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cdfi_desktop.db.access import Actor
from cdfi_desktop.db.base import table_of
from cdfi_desktop.db.database import Database
from cdfi_desktop.db.models.account import AccountToken, UserAccount
from cdfi_desktop.domain.roles import Role

Clock = Callable[[], datetime]

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
SALT_BYTES, HASH_BYTES = 16, 32
_MAX_N = 2**20  # a stored hash asking for more memory than this is damaged, not a reason to exhaust the machine
MIN_PASSWORD = 8
MAX_USERNAME, MAX_DISPLAY_NAME = 60, 120
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L
CODE_GROUPS, CODE_GROUP_LENGTH = 4, 5
FREE_FAILURES = 2  # wrong passwords that cost no wait
MAX_WAIT_S = 300.0
TOKEN_DAYS = 30
TOKEN_PREFIX = "cdfi_"

_TEXTS: dict[str, tuple[str, str]] = {
    "wrong_password": (
        "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง",
        "Wrong user name or password.",
    ),
    "wrong_password_wait": (
        "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง กรุณารอ {wait} วินาทีก่อนลองอีกครั้ง",
        "Wrong user name or password. Wait {wait} seconds before the next try.",
    ),
    "too_soon": (
        "ยังลองใหม่ไม่ได้ กรุณารออีก {wait} วินาที (ใส่รหัสผ่านผิดหลายครั้ง)",
        "Too many wrong passwords: wait {wait} more seconds before the next try.",
    ),
    "wrong_code": (
        "ชื่อผู้ใช้หรือรหัสกู้คืนไม่ถูกต้อง",
        "Wrong user name or recovery code.",
    ),
    "wrong_code_wait": (
        "ชื่อผู้ใช้หรือรหัสกู้คืนไม่ถูกต้อง กรุณารอ {wait} วินาทีก่อนลองอีกครั้ง",
        "Wrong user name or recovery code. Wait {wait} seconds before the next try.",
    ),
    "account_disabled": (
        "บัญชี {username} ถูกระงับการใช้งาน",
        "The account {username} is disabled.",
    ),
    "account_unknown": (
        "ไม่พบบัญชี {username}",
        "There is no account {username}.",
    ),
    "username_empty": (
        "กรุณาใส่ชื่อผู้ใช้",
        "Enter a user name.",
    ),
    "username_invalid": (
        "ชื่อผู้ใช้ต้องไม่มีช่องว่าง และยาวไม่เกิน {limit} ตัวอักษร",
        "A user name has no spaces and at most {limit} characters.",
    ),
    "username_taken": (
        "มีบัญชีชื่อ {username} อยู่แล้ว",
        "There is already an account named {username}.",
    ),
    "display_name_empty": (
        "กรุณาใส่ชื่อ-นามสกุลที่จะแสดงในประวัติการแก้ไข (ไม่เกิน {limit} ตัวอักษร)",
        "Enter the name the audit trail shows (at most {limit} characters).",
    ),
    "password_too_short": (
        "รหัสผ่านต้องยาวอย่างน้อย {minimum} ตัวอักษร",
        "A password has at least {minimum} characters.",
    ),
    "password_same": (
        "รหัสผ่านใหม่ต้องไม่ซ้ำกับรหัสผ่านเดิม",
        "The new password must differ from the old one.",
    ),
    "last_account": (
        "ระงับบัญชีนี้ไม่ได้ เพราะเป็นบัญชีสุดท้ายที่แก้ไขข้อมูลได้ จะไม่มีใครเข้าใช้ฐานข้อมูลนี้ได้",
        "This is the last account that can change records: disabling it would lock everyone out.",
    ),
    "not_allowed": (
        "บัญชีนี้จัดการบัญชีผู้ใช้ไม่ได้ (ต้องเป็นเจ้าหน้าที่ที่ดูแลทุกสถาบัน หรือบัญชีจังหวัดบนฐานข้อมูลของจังหวัด)",
        "This account cannot manage accounts (an officer of every institute, or the province on its own database, "
        "can).",
    ),
    "token_invalid": (
        "รหัสสำหรับบรรทัดคำสั่ง (token) ไม่ถูกต้อง",
        "The command-line token is not valid.",
    ),
    "token_expired": (
        "รหัสสำหรับบรรทัดคำสั่ง (token) หมดอายุแล้ว กรุณาสร้างใหม่ในโปรแกรม",
        "The command-line token has expired; make a new one in the app.",
    ),
}


class AccountError(Exception):
    """An account could not be made, changed or used; ``text(language)`` says why (never a password)."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(self.text("en"))

    def text(self, language: str = "th") -> str:
        th, en = _TEXTS[self.code]
        return (en if language == "en" else th).format(**self.params)


class WrongPassword(AccountError):
    """The user name or password was wrong; ``wait``: seconds before the next try is looked at (0: none)."""

    def __init__(self, wait: float, *, code: str = "wrong_password") -> None:
        self.wait = wait
        shown = _seconds(wait)
        super().__init__(f"{code}_wait" if shown else code, wait=shown)


class TooSoon(AccountError):
    """A try during the wait after wrong passwords: refused without looking at it; ``wait``: seconds left."""

    def __init__(self, wait: float) -> None:
        self.wait = wait
        super().__init__("too_soon", wait=max(1, _seconds(wait)))


@dataclass(frozen=True)
class Account:
    """An account as the screens and commands see it (its hashes stay in the database)."""

    id: int
    username: str
    display_name: str
    position: str
    district: str
    role: Role
    institutes: tuple[str, ...]  # an officer's institutes; empty: every institute of this database
    disabled: bool


def utc_now() -> datetime:
    return datetime.now(UTC)


def _seconds(wait: float) -> int:
    whole = int(wait)
    return whole + 1 if wait > whole else whole


# --- hashing -----------------------------------------------------------------------------------------------------


def hash_secret(secret: str) -> str:
    """``secret`` as ``scrypt$n$r$p$salt$hash`` (a new random salt each time)."""
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _scrypt(secret, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return "$".join(
        ("scrypt", str(SCRYPT_N), str(SCRYPT_R), str(SCRYPT_P), _b64(salt), _b64(digest)),
    )


def verify_secret(secret: str, stored: str) -> bool:
    """Whether ``secret`` matches ``stored`` (hashed with the parameters stored with it); False when damaged."""
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != "scrypt":
        return False
    try:
        n, r, p = int(parts[1]), int(parts[2]), int(parts[3])
        salt, expected = base64.b64decode(parts[4], validate=True), base64.b64decode(parts[5], validate=True)
    except ValueError:
        return False
    if not (2 <= n <= _MAX_N and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16 and expected):
        return False
    return hmac.compare_digest(_scrypt(secret, salt, n, r, p, length=len(expected)), expected)


def _scrypt(secret: str, salt: bytes, n: int, r: int, p: int, *, length: int = HASH_BYTES) -> bytes:
    memory = 128 * r * (n + p + 2) + 1024 * 1024
    return hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=memory, dklen=length)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@cache
def _dummy_hash() -> str:
    return hash_secret("-")


def _dummy_verify(password: str) -> None:
    """Spend the time of a real check, so an unknown user name cannot be told from a wrong password by timing."""
    verify_secret(password, _dummy_hash())


# --- recovery codes and tokens -----------------------------------------------------------------------------------


def new_recovery_code() -> str:
    """Four groups of five characters from an alphabet without look-alikes, e.g. ``K7QX2-MNP4R-…``."""
    groups = ("".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_GROUP_LENGTH)) for _ in range(CODE_GROUPS))
    return "-".join(groups)


def normalize_code(code: str) -> str:
    """A recovery code as typed (spaces, dashes, lower case) in its canonical form ``XXXXX-XXXXX-XXXXX-XXXXX``."""
    letters = "".join(ch for ch in code.upper() if ch.isascii() and ch.isalnum())
    return "-".join(letters[i : i + CODE_GROUP_LENGTH] for i in range(0, len(letters), CODE_GROUP_LENGTH))


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.strip().encode("utf-8")).hexdigest()


# --- names and checks --------------------------------------------------------------------------------------------


def normalize_username(username: str) -> str:
    return username.strip().lower()


def _checked_username(username: str) -> str:
    name = normalize_username(username)
    if not name:
        raise AccountError("username_empty")
    if len(name) > MAX_USERNAME or any(ch.isspace() for ch in name) or not name.isprintable():
        raise AccountError("username_invalid", limit=MAX_USERNAME)
    return name


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError("password_too_short", minimum=MIN_PASSWORD)


def wait_after(failures: int) -> float:
    """Seconds to wait after ``failures`` wrong tries in a row: none for the first two, then 2, 4, 8 … up to 300."""
    if failures <= FREE_FAILURES:
        return 0.0
    return float(min(2 ** (failures - FREE_FAILURES), MAX_WAIT_S))


def _left(row: UserAccount, now: datetime) -> float:
    if row.last_failure_at is None:
        return 0.0
    return wait_after(row.failures) - (now - row.last_failure_at).total_seconds()


def _of(row: UserAccount) -> Account:
    return Account(
        id=row.id,
        username=row.username,
        display_name=row.display_name,
        position=row.position,
        district=row.district,
        role=Role(row.role),
        institutes=tuple(row.institutes or ()),
        disabled=row.disabled,
    )


def _row(session: Session, username: str, *, lock: bool = True) -> UserAccount | None:
    query = select(UserAccount).where(UserAccount.username == normalize_username(username))
    if lock:
        query = query.with_for_update()
    return session.scalars(query).first()


# --- an encrypted database's key file ----------------------------------------------------------------------------


def _key_file_path(db: Database) -> Path | None:
    """The database file when it is encrypted (its key is then wrapped once per account password and recovery
    code, ``db.cipher``), else None."""
    if not db.is_file:
        return None
    from cdfi_desktop.db import cipher

    return db.path if cipher.is_encrypted(db.path) else None


def _wrap(db: Database, username: str, *, password: str | None = None, code: str | None = None) -> None:
    """On an encrypted database: the account's password and recovery code open the file (``account:<name>``,
    ``recovery:<name>``), so that signing in unlocks it and a forgotten password is recovered with the code."""
    path = _key_file_path(db)
    if path is None:
        return
    from cdfi_desktop.db import cipher

    if password is not None:
        cipher.wrap_for(path, f"account:{username}", password)
    if code is not None:
        cipher.wrap_for(path, f"{cipher.RECOVERY_WRAPPING}:{username}", normalize_code(code))


def _unwrap_all(db: Database, username: str) -> None:
    """A disabled account's password and code no longer open an encrypted file (the last wrapping stays)."""
    path = _key_file_path(db)
    if path is None:
        return
    from cdfi_desktop.db import cipher

    cipher.remove_wrapping(path, f"account:{username}")
    cipher.remove_wrapping(path, f"{cipher.RECOVERY_WRAPPING}:{username}")


# --- who may manage accounts, and the audit trail of it -----------------------------------------------------------


class _Trusted:
    """``by`` not given: set-up code and tests that already hold the whole database (screens and commands always
    say who asks)."""


TRUSTED = _Trusted()
By = Actor | None | _Trusted


def _check_manager(db: Database, session: Session, by: By) -> None:
    """Accounts are made, reset, disabled and given institutes by an officer of every institute, or by the province
    on its own hub; nobody signed in only while the database has no account yet (its first one)."""
    if isinstance(by, _Trusted):
        return
    if by is None:
        if session.scalar(select(func.count()).select_from(UserAccount)):
            raise AccountError("not_allowed")
        return
    if by.role is Role.OFFICER and by.institutes is None:
        return
    if by.role is Role.PROVINCE:
        from cdfi_desktop.db.keys import SYNC_ROLE_KEY
        from cdfi_desktop.db.models.records import LocalSetting

        found = session.get(LocalSetting, SYNC_ROLE_KEY)
        if found is not None and found.value == "province":
            return
    raise AccountError("not_allowed")


def _audit(session: Session, row: UserAccount, action: str, changes: dict[str, list[object]], reason: str) -> None:
    """An entry in the audit trail for this account (never a password, hash, code or token)."""
    from cdfi_desktop.db.bookkeeping import record_entry
    from cdfi_desktop.domain.enums import AuditAction

    record_entry(
        session,
        table_name="account",
        record_id=str(row.id),
        action=AuditAction(action),
        changes=changes,
        reason=f"{reason}: {row.username}",
    )


def _drop_tokens(session: Session, account_id: int) -> None:
    table = table_of(AccountToken)
    session.execute(table.delete().where(table.c.account_id == account_id))


_UNKNOWN_KEY = "login_failures:"  # local_setting rows counting wrong tries of names that are no account


def _unknown_name(session: Session, username: str, password: str, now: datetime, *, code: str) -> AccountError:
    """A name that is no account gets the same growing wait as a real one (kept in local_setting by a hash of the
    name), so that trying names tells nobody which exist."""
    from cdfi_desktop.db.models.records import LocalSetting

    key = _UNKNOWN_KEY + hashlib.sha256(normalize_username(username).encode("utf-8")).hexdigest()[:40]
    found = session.get(LocalSetting, key, with_for_update=True)
    failures, last = 0, None
    if found is not None:
        count, _, when = found.value.partition("|")
        failures, last = int(count or 0), datetime.fromisoformat(when) if when else None
    if last is not None:
        left = wait_after(failures) - (now - last).total_seconds()
        if left > 0:
            return TooSoon(left)
    _dummy_verify(password)
    failures += 1
    session.merge(LocalSetting(key=key, value=f"{failures}|{now.isoformat()}"))
    session.commit()
    return WrongPassword(wait_after(failures), code=code)


# --- the service -------------------------------------------------------------------------------------------------


def any_exist(db: Database) -> bool:
    """Whether this database has any account (then the app asks who signs in, and the command line too)."""
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(UserAccount)) != 0


def create(
    db: Database,
    *,
    username: str,
    display_name: str,
    password: str,
    role: Role,
    position: str = "",
    district: str = "",
    institutes: Iterable[str] = (),
    clock: Clock = utc_now,
    by: By = TRUSTED,
) -> tuple[Account, str]:
    """A new account and its recovery code (shown or printed once: only its hash is kept). ``by``: who asks (see
    :func:`_check_manager`; None: nobody signed in, allowed for the first account only)."""
    name = _checked_username(username)
    shown = display_name.strip()
    if not shown or len(shown) > MAX_DISPLAY_NAME:
        raise AccountError("display_name_empty", limit=MAX_DISPLAY_NAME)
    _check_password(password)
    role = Role(role)
    code = new_recovery_code()
    with db.session(write=True) as session, session.begin():
        _check_manager(db, session, by)
        if _row(session, name, lock=False) is not None:
            raise AccountError("username_taken", username=name)
        row = UserAccount(
            username=name,
            display_name=shown,
            position=position.strip()[:200],
            district=district.strip()[:200],
            role=role.value,
            password_hash=hash_secret(password),
            recovery_hash=hash_secret(normalize_code(code)),
            institutes=sorted(set(institutes)),
            disabled=False,
            failures=0,
            created_at=clock(),
        )
        session.add(row)
        session.flush()
        _audit(
            session,
            row,
            "create",
            {"username": [None, row.username], "role": [None, row.role], "institutes": [None, list(row.institutes)]},
            "สร้างบัญชีผู้ใช้ / account created",
        )
        _wrap(db, name, password=password, code=code)
        return _of(row), code


def list_accounts(db: Database) -> list[Account]:
    with db.session() as session:
        return [_of(row) for row in session.scalars(select(UserAccount).order_by(UserAccount.username))]


def get(db: Database, username: str) -> Account | None:
    with db.session() as session:
        row = _row(session, username, lock=False)
        return _of(row) if row is not None else None


def authenticate(db: Database, username: str, password: str, *, clock: Clock = utc_now) -> Account:
    """The account when the password is right; WrongPassword (the wait before the next try) or TooSoon."""
    with db.session(write=True) as session:
        session.begin()
        row = _row(session, username)
        if row is None:
            raise _unknown_name(session, username, password, clock(), code="wrong_password")
        _check_wait(row, clock())
        if not verify_secret(password, row.password_hash):
            raise _failed(session, row, clock())
        if row.disabled:
            raise AccountError("account_disabled", username=row.username)
        row.failures, row.last_failure_at = 0, None
        session.commit()
        return _of(row)


def _check_wait(row: UserAccount, now: datetime) -> None:
    left = _left(row, now)
    if left > 0:
        raise TooSoon(left)


def _failed(session: Session, row: UserAccount, now: datetime, *, code: str = "wrong_password") -> WrongPassword:
    """Count a wrong try (committed even though the caller raises) and the error telling the wait."""
    row.failures += 1
    row.last_failure_at = now
    session.commit()
    return WrongPassword(wait_after(row.failures), code=code)


def recover(
    db: Database, username: str, code: str, new_password: str, *, clock: Clock = utc_now
) -> tuple[Account, str]:
    """A forgotten password: the recovery code sets ``new_password``; returns the account and its NEW code (the
    used one no longer works). A wrong code counts as a wrong password (the same growing delay)."""
    _check_password(new_password)
    with db.session(write=True) as session:
        session.begin()
        row = _row(session, username)
        if row is None:
            raise _unknown_name(session, username, code, clock(), code="wrong_code")
        _check_wait(row, clock())
        if not verify_secret(normalize_code(code), row.recovery_hash):
            raise _failed(session, row, clock(), code="wrong_code")
        if row.disabled:
            raise AccountError("account_disabled", username=row.username)
        fresh = new_recovery_code()
        row.password_hash = hash_secret(new_password)
        row.recovery_hash = hash_secret(normalize_code(fresh))
        row.failures, row.last_failure_at = 0, None
        _drop_tokens(session, row.id)
        _audit(session, row, "update", {"password": [None, "recovered"]}, "กู้คืนรหัสผ่านด้วยรหัสกู้คืน / recovered")
        _wrap(db, row.username, password=new_password, code=fresh)
        session.commit()
        return _of(row), fresh


def renew_recovery_code(
    db: Database, username: str, password: str, *, code: str | None = None, clock: Clock = utc_now
) -> tuple[Account, str]:
    """A NEW recovery code (``code``, or one made here) for an account whose password is given (the delay of wrong
    tries applies); the old code no longer works. Used when the file is encrypted after the set-up's code was
    shown, which may not have been kept."""
    account = authenticate(db, username, password, clock=clock)
    fresh = code or new_recovery_code()
    with db.session(write=True) as session, session.begin():
        row = session.get(UserAccount, account.id, with_for_update=True)
        if row is None:
            raise AccountError("account_unknown", username=account.username)
        row.recovery_hash = hash_secret(normalize_code(fresh))
        _audit(session, row, "update", {"recovery_code": [None, "renewed"]}, "รหัสกู้คืนใหม่ / recovery code renewed")
        _wrap(db, row.username, code=fresh)
        return _of(row), fresh


def change_password(
    db: Database, username: str, old_password: str, new_password: str, *, clock: Clock = utc_now
) -> Account:
    """A new password for an account whose current password is given (the delay of wrong tries applies)."""
    _check_password(new_password)
    if new_password == old_password:
        raise AccountError("password_same")
    account = authenticate(db, username, old_password, clock=clock)
    with db.session(write=True) as session, session.begin():
        row = session.get(UserAccount, account.id, with_for_update=True)
        if row is None:
            raise AccountError("account_unknown", username=account.username)
        row.password_hash = hash_secret(new_password)
        _drop_tokens(session, row.id)  # a token made with the old (perhaps leaked) password dies with it
        _audit(session, row, "update", {"password": [None, "changed"]}, "เปลี่ยนรหัสผ่าน / password changed")
        _wrap(db, row.username, password=new_password)
        return _of(row)


def reset_password(db: Database, username: str, new_password: str, *, by: By = TRUSTED) -> tuple[Account, str]:
    """Another account's forgotten password set by a signed-in officer or province (the screens and commands check
    who asks): a new password and a NEW recovery code, the wrong-try count cleared, its tokens dropped."""
    _check_password(new_password)
    fresh = new_recovery_code()
    with db.session(write=True) as session, session.begin():
        _check_manager(db, session, by)
        row = _existing(session, username)
        row.password_hash = hash_secret(new_password)
        row.recovery_hash = hash_secret(normalize_code(fresh))
        row.failures, row.last_failure_at = 0, None
        _drop_tokens(session, row.id)
        _audit(session, row, "update", {"password": [None, "reset"]}, "ตั้งรหัสผ่านใหม่ให้ / password reset")
        _wrap(db, row.username, password=new_password, code=fresh)
        return _of(row), fresh


def set_institutes(db: Database, username: str, institutes: Iterable[str], *, by: By = TRUSTED) -> Account:
    """The institutes an officer edits (empty: every institute of this database)."""
    with db.session(write=True) as session, session.begin():
        _check_manager(db, session, by)
        row = _existing(session, username)
        before = list(row.institutes or [])
        row.institutes = sorted(set(institutes))
        _audit(session, row, "update", {"institutes": [before, list(row.institutes)]}, "สถาบันที่ดูแล / institutes")
        return _of(row)


def disable(db: Database, username: str, disabled: bool = True, *, by: By = TRUSTED) -> Account:
    """Stop (or allow again) signing in with this account and its tokens. The last account that can change
    records (an officer or the province) cannot be disabled: nobody could sign in to undo it. On an encrypted
    database its password and code stop opening the file; enabled again, its password is reset
    (:func:`reset_password`) to open it again."""
    with db.session(write=True) as session, session.begin():
        _check_manager(db, session, by)
        row = _existing(session, username)
        if disabled and not row.disabled and row.role != Role.COMMITTEE.value:
            others = session.scalar(
                select(func.count())
                .select_from(UserAccount)
                .where(
                    UserAccount.id != row.id,
                    UserAccount.disabled.is_(False),
                    UserAccount.role != Role.COMMITTEE.value,
                )
            )
            if not others:
                raise AccountError("last_account")
        before = row.disabled
        row.disabled = disabled
        if disabled:
            _drop_tokens(session, row.id)  # enabled again later, its old tokens stay dead
            _unwrap_all(db, row.username)
        if before != disabled:
            _audit(session, row, "update", {"disabled": [before, disabled]}, "ระงับ/เปิดใช้บัญชี / disabled or enabled")
        return _of(row)


def _existing(session: Session, username: str) -> UserAccount:
    row = _row(session, username)
    if row is None:
        raise AccountError("account_unknown", username=normalize_username(username))
    return row


def make_token(db: Database, account: Account, *, days: int = TOKEN_DAYS, clock: Clock = utc_now) -> str:
    """A new token for the command line (``--token`` or CDFI_TOKEN), valid ``days``: shown once, kept hashed."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    now = clock()
    with db.session(write=True) as session, session.begin():
        if session.get(UserAccount, account.id) is None:
            raise AccountError("account_unknown", username=account.username)
        session.add(
            AccountToken(
                account_id=account.id, token_hash=_token_hash(token), made_at=now, expires_at=now + timedelta(days=days)
            )
        )
    return token


def check_token(db: Database, token: str, *, clock: Clock = utc_now) -> Account:
    """The account a token was made for; AccountError token_invalid, token_expired or account_disabled."""
    now = clock()
    with db.session(write=True) as session, session.begin():
        found = session.scalars(select(AccountToken).where(AccountToken.token_hash == _token_hash(token))).first()
        if found is None:
            raise AccountError("token_invalid")
        if found.expires_at <= now:
            raise AccountError("token_expired")
        row = session.get(UserAccount, found.account_id)
        if row is None:
            raise AccountError("token_invalid")
        if row.disabled:
            raise AccountError("account_disabled", username=row.username)
        found.last_used = now
        return _of(row)


def actor_of(account: Account) -> Actor:
    """Who writes, for the data layer's checks and the audit trail."""
    institutes = frozenset(account.institutes) if account.role is Role.OFFICER and account.institutes else None
    return Actor(username=account.username, display_name=account.display_name, role=account.role, institutes=institutes)


def sign_in(db: Database, account: Account) -> Actor:
    """Sign ``account`` in on ``db`` (its role limits apply to every write from now on); its Actor."""
    actor = actor_of(account)
    db.sign_in(actor)
    return actor
