"""Signing in on the command line: ``--user NAME`` (the password asked, or from ``$CDFI_PASSWORD``) or ``--token``
(or ``$CDFI_TOKEN``), the same accounts as the app.

A command that writes requires it when the database has any account, and refuses otherwise before writing
anything: a message in the user's language and exit code 2. Signed in, every write is the account's (the audit
trail names it) and its role's limits apply (``db.access``). A database without accounts works as before.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from cdfi_desktop.domain.roles import Role
from cdfi_desktop.failures import EXIT_NOTHING_DONE

if TYPE_CHECKING:
    from cdfi_desktop.db.access import Actor
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.services.accounts import Account

USER_ENV, PASSWORD_ENV, TOKEN_ENV = "CDFI_USER", "CDFI_PASSWORD", "CDFI_TOKEN"
PASSPHRASE_ENV = "CDFI_PASSPHRASE"  # an encrypted database's passphrase for scripts (the security command's)

_ROLE_NAMES: dict[Role, tuple[str, str]] = {
    Role.OFFICER: ("เจ้าหน้าที่", "officer"),
    Role.COMMITTEE: ("กรรมการสถาบัน", "committee"),
    Role.PROVINCE: ("จังหวัด", "province"),
}

_TEXTS: dict[str, tuple[str, str]] = {
    "sign_in_required": (
        "ฐานข้อมูลนี้มีบัญชีผู้ใช้ คำสั่งนี้ต้องลงชื่อเข้าใช้ก่อน: --user ชื่อผู้ใช้ (ถามรหัสผ่าน หรืออ่านจาก "
        "CDFI_PASSWORD) หรือ --token รหัสที่สร้างในโปรแกรม (หรือ CDFI_TOKEN) ไม่มีการบันทึกข้อมูลใด ๆ",
        "This database has accounts: sign in to run this command, with --user NAME (the password is asked, or "
        "read from CDFI_PASSWORD) or --token TOKEN made in the app (or CDFI_TOKEN). Nothing was written.",
    ),
    "password_needed": (
        "ไม่มีรหัสผ่าน: พิมพ์คำสั่งในหน้าต่างคำสั่ง (terminal) เพื่อใส่รหัสผ่าน หรือกำหนด CDFI_PASSWORD ไม่มีการบันทึกข้อมูลใด ๆ",
        "No password: run the command in a terminal to type it, or set CDFI_PASSWORD. Nothing was written.",
    ),
    "role_not_allowed": (
        "บัญชี {username} ({role}) ใช้คำสั่งนี้ไม่ได้ คำสั่งนี้สำหรับ {roles} ไม่มีการบันทึกข้อมูลใด ๆ",
        "The account {username} ({role}) cannot run this command; it is for: {roles}. Nothing was written.",
    ),
    "encrypted_needs_user": (
        "ฐานข้อมูลนี้เข้ารหัสไว้: ลงชื่อเข้าใช้ด้วย --user ชื่อผู้ใช้ และรหัสผ่าน (token เปิดไฟล์ที่เข้ารหัสไม่ได้) ไม่มีการบันทึกข้อมูลใด ๆ",
        "This database is encrypted: sign in with --user NAME and its password (a token cannot open an encrypted "
        "file). Nothing was written.",
    ),
    "nothing_written": (
        "ไม่มีการบันทึกข้อมูลใด ๆ",
        "Nothing was written.",
    ),
    "prompt": ("รหัสผ่านของ {username}: ", "Password for {username}: "),
}


def text(code: str, language: str, **params: object) -> str:
    thai, english = _TEXTS[code]
    return (english if language == "en" else thai).format(**params)


def role_name(role: Role, language: str) -> str:
    thai, english = _ROLE_NAMES[role]
    return english if language == "en" else thai


def refuse(message: str) -> NoReturn:
    """Stop the command: the message on stderr, exit code 2 (nothing done)."""
    print(message, file=sys.stderr)
    raise SystemExit(EXIT_NOTHING_DONE)


@dataclass
class Credentials:
    """What the command line gives to sign in: a user name (its password asked once, when first needed) or a
    token."""

    user: str
    token: str
    language: str
    _password: str | None = field(default=None, repr=False)

    @classmethod
    def of(cls, args: argparse.Namespace, *, from_environment: bool) -> Credentials:
        """``--user`` / ``--token``; with ``from_environment`` (a command that requires signing in, or an encrypted
        database) CDFI_USER / CDFI_TOKEN when neither is given."""
        user = getattr(args, "user", None) or ""
        token = getattr(args, "token", None) or ""
        if not (user or token) and from_environment:
            user, token = os.environ.get(USER_ENV, ""), os.environ.get(TOKEN_ENV, "")
        return cls(user=user, token=token, language=getattr(args, "language", None) or "th")

    @property
    def given(self) -> bool:
        return bool(self.user or self.token)

    def password(self) -> str:
        if self._password is None:
            self._password = _password(self.user, self.language)
        return self._password


def unlock(path: Path, credentials: Credentials) -> None:
    """An encrypted database file opened for this process with the account's password (any of its key file's
    wrappings; or ``$CDFI_PASSPHRASE``); refuse (exit 2) otherwise. The delay after wrong passwords is kept inside
    the database, which cannot be read before this: here each wrong try costs the key file's scrypt."""
    from cdfi_desktop.db import cipher

    language = credentials.language
    if credentials.user:
        secret = credentials.password()
    elif os.environ.get(PASSPHRASE_ENV):
        secret = os.environ[PASSPHRASE_ENV]
    else:
        refuse(text("encrypted_needs_user", language))
    try:
        cipher.unlock(path, secret)
    except cipher.CipherError as exc:
        refuse(f"{exc.en if language == 'en' else exc.th} {text('nothing_written', language)}")


def sign_in(
    args: argparse.Namespace,
    db: Database,
    *,
    roles: frozenset[Role] | None,
    credentials: Credentials | None = None,
) -> Actor | None:
    """Sign the command's account in on ``db``; refuse (exit 2) when ``roles`` requires one and none is given or
    it is not one of them. None: nobody signed in (no accounts, or optional and not asked). The environment
    (CDFI_USER, CDFI_TOKEN) is read only by commands that require signing in; optional ones sign in when
    ``--user`` or ``--token`` is given (or the database is encrypted: its password was needed to open it)."""
    given = credentials or Credentials.of(args, from_environment=roles is not None)
    if not given.given and roles is None:
        return None
    from cdfi_desktop.services import accounts

    if not accounts.any_exist(db):
        return None
    language = given.language
    account = authenticate(db, given)
    if roles is not None and account.role not in roles:
        allowed = ", ".join(role_name(r, language) for r in Role if r in roles)
        refuse(
            text(
                "role_not_allowed",
                language,
                username=account.username,
                role=role_name(account.role, language),
                roles=allowed,
            )
        )
    return accounts.sign_in(db, account)


def authenticate(db: Database, credentials: Credentials) -> Account:
    """The account the credentials name (token first), or refuse (exit 2) with the reason."""
    from cdfi_desktop.services import accounts

    language = credentials.language
    try:
        if credentials.token:
            return accounts.check_token(db, credentials.token)
        if not credentials.user:
            refuse(text("sign_in_required", language))
        return accounts.authenticate(db, credentials.user, credentials.password())
    except accounts.AccountError as exc:
        refuse(f"{exc.text(language)} {text('nothing_written', language)}")


def _password(user: str, language: str) -> str:
    given = os.environ.get(PASSWORD_ENV)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        refuse(text("password_needed", language))
    try:
        return getpass.getpass(text("prompt", language, username=user.strip()))
    except (EOFError, KeyboardInterrupt):
        refuse(text("nothing_written", language))
