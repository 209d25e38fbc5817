"""``cdfi-desktop security``: encrypt the database file at rest (SQLCipher), or turn that off; show which it is.

The passphrase is asked (twice when encrypting) or read from ``CDFI_PASSPHRASE``. Encrypting prints a
recovery code once: with it the database opens when every password is forgotten (see ``db/cipher.py``).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from cdfi_desktop.commands import add_db_option
from cdfi_desktop.domain.roles import Role
from cdfi_desktop.failures import EXIT_COULD_NOT_RUN, EXIT_DONE, EXIT_NOTHING_DONE

PASSPHRASE_ENV = "CDFI_PASSPHRASE"
MIN_PASSPHRASE = 8

_TEXTS: dict[str, tuple[str, str]] = {
    "ask": ("รหัสผ่าน: ", "Password: "),
    "ask_again": ("พิมพ์รหัสผ่านอีกครั้ง: ", "Password again: "),
    "not_same": ("รหัสผ่านสองครั้งไม่ตรงกัน ไม่มีการเปลี่ยนแปลงใด ๆ", "The two passwords differ. Nothing was changed."),
    "too_short": (
        "รหัสผ่านต้องยาวอย่างน้อย {n} ตัวอักษร ไม่มีการเปลี่ยนแปลงใด ๆ",
        "The password must be at least {n} characters long. Nothing was changed.",
    ),
    "server": (
        "ฐานข้อมูลบนเซิร์ฟเวอร์ให้ผู้ดูแลเซิร์ฟเวอร์เข้ารหัสที่เซิร์ฟเวอร์",
        "A server database is encrypted by its administrator, on the server.",
    ),
    "missing": ("ไม่พบฐานข้อมูล {path}", "There is no database at {path}."),
    "encrypted": (
        "เข้ารหัสฐานข้อมูล {path} แล้ว (รวมไฟล์แนบและไฟล์สำรอง)\nไฟล์กุญแจ: {key_file} (สำรองไฟล์นี้ไว้กับฐานข้อมูลเสมอ)",
        "The database {path} is encrypted (its attached files and backups too).\nKey file: {key_file} (always keep"
        " it with the database)",
    ),
    "recovery": (
        "รหัสกู้คืน (จดเก็บไว้ในที่ปลอดภัย แสดงครั้งเดียวเท่านั้น): {code}",
        "Recovery code (write it down and keep it safe; it is shown only once): {code}",
    ),
    "decrypted": (
        "ยกเลิกการเข้ารหัสฐานข้อมูล {path} แล้ว (รวมไฟล์แนบและไฟล์สำรอง)",
        "The database {path} is no longer encrypted (nor its attached files and backups).",
    ),
    "status_encrypted": (
        "ฐานข้อมูล {path} เข้ารหัสไว้ ปลดล็อกได้ด้วย: {names}",
        "The database {path} is encrypted; it unlocks with: {names}",
    ),
    "status_plain": ("ฐานข้อมูล {path} ไม่ได้เข้ารหัส", "The database {path} is not encrypted."),
    "completed": (
        "ฐานข้อมูล {path} เข้ารหัสไว้แล้ว เข้ารหัสไฟล์แนบและไฟล์สำรองที่ยังค้างอยู่อีก {count} ไฟล์",
        "The database {path} was already encrypted; {count} attached files and backups left in clear are now.",
    ),
    "other_accounts": (
        "บัญชีอื่นจะเปิดฐานข้อมูลที่เข้ารหัสนี้ได้เมื่อเจ้าหน้าที่ตั้งรหัสผ่านใหม่ให้ในเมนูบัญชีผู้ใช้ (จนกว่าจะตั้ง ใช้รหัสกู้คืนที่แสดงข้างบนนี้เปิดได้)",
        "Other accounts open this encrypted database once an officer resets their password in Accounts… (until "
        "then, the recovery code shown above opens it).",
    ),
    "needs_user": (
        "การเข้ารหัสต้องลงชื่อเข้าใช้ด้วย --user ชื่อผู้ใช้ และรหัสผ่าน (token ใช้ไม่ได้) ไม่มีการเปลี่ยนแปลงใด ๆ",
        "Encrypting needs --user NAME and its password (a token cannot be used). Nothing was changed.",
    ),
    "already_plain": ("ฐานข้อมูล {path} ไม่ได้เข้ารหัสอยู่แล้ว", "The database {path} is not encrypted."),
}


def _text(text_key: str, language: str, **params: object) -> str:
    thai, english = _TEXTS[text_key]
    return (english if language == "en" else thai).format(**params)


def add_to(commands: Any) -> None:
    cmd = commands.add_parser(
        "security",
        help="encrypt the database file at rest, or turn that off; show which it is",
        description="An encrypted database (SQLCipher) cannot be read without a password or the recovery code; "
        "its attached files and backups are encrypted with it. The key is kept, wrapped by each password, in "
        "<database>.key.json beside it: keep that file with the database. The passphrase is asked, or read from "
        f"{PASSPHRASE_ENV}. Close the app first.",
    )
    actions = cmd.add_subparsers(dest="action", required=True, metavar="ACTION")
    for name, text in (
        ("encrypt", "encrypt the database, its attached files and backups; prints a recovery code once"),
        ("decrypt", "turn encryption off (asks a password or the recovery code)"),
        ("status", "whether the database is encrypted"),
    ):
        action = actions.add_parser(name, help=text)
        add_db_option(action, sign_in=None if name == "status" else frozenset({Role.OFFICER}))
        action.add_argument("--folder", type=Path, help="the backups folder (default: the one in the settings)")
        if name == "encrypt":
            action.add_argument("--name", default="owner", help="the name of this password's wrapping (default: owner)")
        action.set_defaults(handler=run)


def _passphrase(language: str, *, confirm: bool) -> str | None:
    given = os.environ.get(PASSPHRASE_ENV)
    if given is not None:
        return given
    first = getpass.getpass(_text("ask", language))
    if confirm and getpass.getpass(_text("ask_again", language)) != first:
        print(_text("not_same", language), file=sys.stderr)
        return None
    return first


def unlock_if_encrypted(path: Path, language: str, *, name: str | None = None, passphrase: str | None = None) -> None:
    """For a command about to open the SQLite file ``path``: when it is encrypted and not yet unlocked in this
    process, unlock it with ``passphrase`` (the account's password the command already has), else
    ``CDFI_PASSPHRASE``, else one asked with getpass. Raises ``cipher.CipherError`` (``WrongPassphrase``: its
    ``th``/``en`` say so); a plain file is left alone."""
    from cdfi_desktop.db import cipher

    if not cipher.is_encrypted(path) or cipher.key_for(path) is not None:
        return
    secret = passphrase if passphrase is not None else _passphrase(language, confirm=False)
    cipher.unlock(path, secret or "", name=name)


def run(args: argparse.Namespace) -> int:
    from cdfi_desktop.db import backups, cipher, lock
    from cdfi_desktop.db.location import resolve_url, sqlite_path
    from cdfi_desktop.settings import Settings

    language = args.language
    path = sqlite_path(resolve_url(args.db))
    if path is None:
        print(_text("server", language), file=sys.stderr)
        return EXIT_NOTHING_DONE
    if not path.exists() or path.stat().st_size == 0:
        print(_text("missing", language, path=path), file=sys.stderr)
        return EXIT_NOTHING_DONE
    folder = args.folder or backups.folder_for(path, Settings.load().backup_folder or None)
    encrypted = cipher.has_encrypted_header(path)
    if args.action == "status":
        if encrypted:
            names = ", ".join(cipher.wrapping_names(path)) if cipher.key_file(path).exists() else "–"
            print(_text("status_encrypted", language, path=path, names=names))
        else:
            print(_text("status_plain", language, path=path))
        return EXIT_DONE
    if args.action == "decrypt" and not encrypted and not cipher.key_file(path).exists():
        print(_text("already_plain", language, path=path))
        return EXIT_NOTHING_DONE
    program = "cdfi-desktop security"
    try:
        signed, asked = _officer(args, path, encrypted=encrypted)
        name: str | None = signed
        if asked is not None:
            passphrase = asked
        else:
            given = _passphrase(language, confirm=args.action == "encrypt" and not encrypted)
            if given is None:
                return EXIT_NOTHING_DONE
            passphrase = given
        if signed is None and args.action == "encrypt":
            name = args.name
        if args.action == "encrypt" and encrypted:  # an encryption interrupted before its files and backups
            _, changed = cipher.complete(path, passphrase, backup_folder=folder, program=program)
            print(_text("completed", language, path=path, count=changed))
        elif args.action == "encrypt":
            if len(passphrase) < MIN_PASSPHRASE:
                print(_text("too_short", language, n=MIN_PASSPHRASE), file=sys.stderr)
                return EXIT_NOTHING_DONE
            code = cipher.new_recovery_code()
            cipher.enable(
                path,
                passphrase,
                name=name or "owner",
                more={cipher.RECOVERY_WRAPPING: code},
                backup_folder=folder,
                program=program,
            )
            print(_text("encrypted", language, path=path, key_file=cipher.key_file(path)))
            print(_text("recovery", language, code=code))
            if signed is not None:
                print(_text("other_accounts", language))
        else:
            cipher.disable(path, passphrase, backup_folder=folder, program=program)
            print(_text("decrypted", language, path=path))
    except cipher.CipherError as exc:
        print(exc.en if language == "en" else exc.th, file=sys.stderr)
        return EXIT_NOTHING_DONE
    except lock.DatabaseInUse as exc:
        from cdfi_desktop.db.preflight import DatabaseRefused, Refusal

        raise DatabaseRefused(Refusal.IN_USE, location=str(path), detail=exc.holder.describe()) from exc
    except OSError as exc:
        print(f"{path}: {exc}", file=sys.stderr)
        return EXIT_COULD_NOT_RUN
    return EXIT_DONE


def _officer(args: argparse.Namespace, path: Path, *, encrypted: bool) -> tuple[str | None, str | None]:
    """Who may do it. When the database has accounts, an officer signs in (``--user`` and the password, as every
    writing command; refused with exit 2 otherwise, a token too: it cannot wrap the key): returns the wrapping
    name ``account:<username>`` and the password. Without accounts: (None, the passphrase if one was needed to
    open an encrypted file, else None: it is asked afterwards)."""
    from cdfi_desktop.commands import signin
    from cdfi_desktop.db import cipher
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.domain.roles import Role

    credentials = signin.Credentials.of(args, from_environment=True)
    asked: str | None = None
    if encrypted and cipher.key_for(path) is None:
        if credentials.user:
            signin.unlock(path, credentials)
        else:  # the passphrase or the recovery code opens it; accounts inside may still require a sign-in
            asked = _passphrase(credentials.language, confirm=False)
            cipher.unlock(path, asked or "")
    db = Database.open(path, create=False, program="cdfi-desktop security")
    try:
        actor = signin.sign_in(args, db, roles=frozenset({Role.OFFICER}), credentials=credentials)
    finally:
        db.close()
    if actor is None:
        return None, asked
    if not credentials.user:
        signin.refuse(_text("needs_user", credentials.language))
    return f"account:{actor.username}", credentials.password()
