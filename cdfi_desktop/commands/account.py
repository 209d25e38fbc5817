"""``cdfi-desktop account``: the accounts of a database (the same as the app's), from the command line.

- ``create``: a new account; its recovery code is printed once. The first account of a database needs no
  sign-in (and is an officer or the province: somebody must be able to make the next ones); later ones need a
  signed-in officer or province account.
- ``list``: the accounts (signed in, when the database has accounts).
- ``token``: a token for scripts (``--token`` / ``$CDFI_TOKEN``), printed once; needs signing in with a password.
- ``recover``: a forgotten password, with the recovery code: a new password, and a new code printed.
- ``reset-password`` / ``disable`` / ``enable``: another account, by a signed-in officer or province account.

Passwords come from a prompt, or for scripts from ``$CDFI_NEW_PASSWORD`` (the new account's) and
``$CDFI_RECOVERY_CODE``; they are never printed or logged.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from cdfi_desktop.commands import ANY_ROLE, WRITERS, add_db_option, open_database
from cdfi_desktop.commands.signin import refuse, role_name
from cdfi_desktop.domain.roles import Role
from cdfi_desktop.failures import EXIT_DONE, EXIT_NOTHING_DONE

NEW_PASSWORD_ENV, CODE_ENV = "CDFI_NEW_PASSWORD", "CDFI_RECOVERY_CODE"

_TEXTS: dict[str, tuple[str, str]] = {
    "created": (
        "สร้างบัญชี {username} ({role}) แล้ว\nรหัสกู้คืน (แสดงครั้งเดียว พิมพ์หรือจดเก็บไว้ในที่ปลอดภัย): {code}",
        "Account {username} ({role}) created.\nRecovery code (shown once: print it or write it down, keep it safe): "
        "{code}",
    ),
    "recovered": (
        "ตั้งรหัสผ่านใหม่ของ {username} แล้ว รหัสกู้คืนเดิมใช้ไม่ได้อีก\nรหัสกู้คืนใหม่ (แสดงครั้งเดียว): {code}",
        "New password set for {username}; the old recovery code no longer works.\nNew recovery code (shown once): "
        "{code}",
    ),
    "token": (
        "รหัสสำหรับบรรทัดคำสั่งของ {username} (ใช้ได้ {days} วัน แสดงครั้งเดียว):",
        "Command-line token for {username} (valid {days} days, shown once):",
    ),
    "token_needs_password": (
        "สร้าง token ใหม่ต้องลงชื่อเข้าใช้ด้วยรหัสผ่าน (--user) ไม่ใช่ด้วย token",
        "Making a token needs signing in with a password (--user), not with a token.",
    ),
    "first_role": (
        "บัญชีแรกของฐานข้อมูลต้องเป็นเจ้าหน้าที่หรือจังหวัด (ผู้ที่สร้างบัญชีต่อไปได้)",
        "The first account of a database is an officer or the province (who can make the next ones).",
    ),
    "disabled": ("ระงับบัญชี {username} แล้ว", "Account {username} disabled."),
    "enabled": ("เปิดใช้บัญชี {username} แล้ว", "Account {username} enabled."),
    "none": ("ยังไม่มีบัญชีผู้ใช้ (ใช้งานได้โดยไม่ต้องลงชื่อเข้าใช้)", "No accounts yet (no sign-in needed)."),
    "all_institutes": ("ทุกสถาบัน", "every institute"),
    "is_disabled": ("ระงับ", "disabled"),
    "new_password": ("รหัสผ่านใหม่ของ {username}: ", "New password for {username}: "),
    "again": ("ใส่รหัสผ่านใหม่อีกครั้ง: ", "The new password again: "),
    "mismatch": ("รหัสผ่านสองครั้งไม่ตรงกัน", "The two passwords differ."),
    "code_prompt": ("รหัสกู้คืน: ", "Recovery code: "),
    "no_tty": (
        "ไม่มีหน้าต่างคำสั่ง (terminal) ให้พิมพ์: กำหนด {env} ไม่มีการบันทึกข้อมูลใด ๆ",
        "No terminal to type it in: set {env}. Nothing was written.",
    ),
}


def _text(key: str, language: str, /, **params: object) -> str:
    thai, english = _TEXTS[key]
    return (english if language == "en" else thai).format(**params)


def add_to(commands: Any) -> None:
    cmd = commands.add_parser(
        "account",
        help="the accounts that sign in to this database: create, list, token, recover, reset-password, disable",
        description="Accounts sign in to the app and to the commands that write. A database without accounts "
        "works without signing in; its first account needs no sign-in, later ones need an officer or province "
        f"account. Passwords are asked, or read from ${NEW_PASSWORD_ENV} (the new password) in scripts.",
    )
    actions = cmd.add_subparsers(dest="action", required=True, metavar="ACTION")

    create = actions.add_parser("create", help="a new account (its recovery code is printed once)")
    add_db_option(create, wait=True, sign_in=WRITERS)
    create.add_argument("--username", required=True, metavar="NAME", help="the name typed to sign in")
    create.add_argument("--name", required=True, metavar="TEXT", help="the name the audit trail shows")
    create.add_argument("--role", choices=[r.value for r in Role], default=Role.OFFICER.value)
    create.add_argument("--position", default="", metavar="TEXT")
    create.add_argument("--district", default="", metavar="TEXT")
    create.add_argument(
        "--institute",
        action="append",
        default=[],
        metavar="ID",
        help="an institute an officer edits (repeat; none: every institute)",
    )
    create.set_defaults(handler=run_create)

    listing = actions.add_parser("list", help="the accounts")
    add_db_option(listing, wait=True, sign_in=ANY_ROLE)
    listing.set_defaults(handler=run_list)

    token = actions.add_parser("token", help="a token for scripts (printed once); sign in with --user")
    add_db_option(token, wait=True, sign_in=ANY_ROLE)
    token.add_argument("--days", type=int, default=30, help="how long it is valid (default 30)")
    token.set_defaults(handler=run_token)

    recover = actions.add_parser(
        "recover", help=f"a forgotten password, with the recovery code (or ${CODE_ENV}): a new password and code"
    )
    add_db_option(recover, wait=True)
    recover.add_argument("username", metavar="USERNAME")
    recover.set_defaults(handler=run_recover)

    for name, text, handler in (
        ("reset-password", "set another account's password (a new recovery code is printed)", run_reset),
        ("disable", "stop an account from signing in", run_disable),
        ("enable", "let a disabled account sign in again", run_disable),
    ):
        action = actions.add_parser(name, help=text)
        add_db_option(action, wait=True, sign_in=WRITERS)
        action.add_argument("username", metavar="USERNAME")
        action.set_defaults(handler=handler)


def run_create(args: argparse.Namespace) -> int:
    from cdfi_desktop.services import accounts

    language = args.language
    role = Role(args.role)
    db = open_database(args, program="account", create=True)
    try:
        if db.actor is None and role is Role.COMMITTEE and not accounts.any_exist(db):
            refuse(_text("first_role", language))
        password = _new_password(args.username, language)
        try:
            account, code = accounts.create(
                db,
                username=args.username,
                display_name=args.name,
                password=password,
                role=role,
                position=args.position,
                district=args.district,
                institutes=args.institute,
                by=db.actor,
            )
        except accounts.AccountError as exc:
            return _refused(exc, language)
    finally:
        db.close()
    print(_text("created", language, username=account.username, role=role_name(account.role, language), code=code))
    return EXIT_DONE


def run_list(args: argparse.Namespace) -> int:
    from cdfi_desktop.services import accounts

    language = args.language
    db = open_database(args, program="account")
    try:
        found = accounts.list_accounts(db)
    finally:
        db.close()
    if not found:
        print(_text("none", language))
    for account in found:
        institutes = ", ".join(account.institutes) or _text("all_institutes", language)
        state = f"  [{_text('is_disabled', language)}]" if account.disabled else ""
        print(f"{account.username}\t{account.display_name}\t{role_name(account.role, language)}\t{institutes}{state}")
    return EXIT_DONE


def run_token(args: argparse.Namespace) -> int:
    from cdfi_desktop.commands.signin import TOKEN_ENV
    from cdfi_desktop.services import accounts

    language = args.language
    if args.token or (not args.user and os.environ.get(TOKEN_ENV)):
        refuse(_text("token_needs_password", language))
    db = open_database(args, program="account")
    try:
        actor = db.actor
        if actor is None:  # a database without accounts: nobody to make a token for
            print(_text("none", language), file=sys.stderr)
            return EXIT_NOTHING_DONE
        account = accounts.get(db, actor.username)
        assert account is not None
        token = accounts.make_token(db, account, days=args.days)
    finally:
        db.close()
    print(_text("token", language, username=account.username, days=args.days))
    print(token)
    return EXIT_DONE


def run_recover(args: argparse.Namespace) -> int:
    from cdfi_desktop.services import accounts

    language = args.language
    db = open_database(args, program="account")
    try:
        code = os.environ.get(CODE_ENV)
        if code is None:
            code = _ask(_text("code_prompt", language), env=CODE_ENV, language=language)
        password = _new_password(args.username, language)
        try:
            account, fresh = accounts.recover(db, args.username, code, password)
        except accounts.AccountError as exc:
            return _refused(exc, language)
    finally:
        db.close()
    print(_text("recovered", language, username=account.username, code=fresh))
    return EXIT_DONE


def run_reset(args: argparse.Namespace) -> int:
    from cdfi_desktop.services import accounts

    language = args.language
    db = open_database(args, program="account")
    try:
        password = _new_password(args.username, language)
        try:
            account, fresh = accounts.reset_password(db, args.username, password, by=db.actor)
        except accounts.AccountError as exc:
            return _refused(exc, language)
    finally:
        db.close()
    print(_text("recovered", language, username=account.username, code=fresh))
    return EXIT_DONE


def run_disable(args: argparse.Namespace) -> int:
    from cdfi_desktop.services import accounts

    language = args.language
    disabled = args.action == "disable"
    db = open_database(args, program="account")
    try:
        try:
            account = accounts.disable(db, args.username, disabled=disabled, by=db.actor)
        except accounts.AccountError as exc:
            return _refused(exc, language)
    finally:
        db.close()
    print(_text("disabled" if disabled else "enabled", language, username=account.username))
    return EXIT_DONE


def _refused(exc: Exception, language: str) -> int:
    from cdfi_desktop.services.accounts import AccountError

    print(exc.text(language) if isinstance(exc, AccountError) else str(exc), file=sys.stderr)
    return EXIT_NOTHING_DONE


def _new_password(username: str, language: str) -> str:
    given = os.environ.get(NEW_PASSWORD_ENV)
    if given is not None:
        return given
    first = _ask(_text("new_password", language, username=username.strip()), env=NEW_PASSWORD_ENV, language=language)
    if _ask(_text("again", language), env=NEW_PASSWORD_ENV, language=language) != first:
        refuse(_text("mismatch", language))
    return first


def _ask(prompt: str, *, env: str, language: str) -> str:
    if not sys.stdin.isatty():
        refuse(_text("no_tty", language, env=env))
    try:
        return getpass.getpass(prompt)
    except (EOFError, KeyboardInterrupt):
        raise SystemExit(EXIT_NOTHING_DONE) from None
