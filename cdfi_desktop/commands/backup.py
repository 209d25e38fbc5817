"""``cdfi-desktop backup``: back the database up now, list its backups with what they hold, restore one."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from cdfi_desktop.commands import WRITERS, add_db_option, require_sign_in
from cdfi_desktop.failures import EXIT_COULD_NOT_RUN, EXIT_DONE, EXIT_NOTHING_DONE

_TEXTS: dict[str, tuple[str, str]] = {
    "taken": ("สำรองฐานข้อมูลแล้ว: {path}", "Backed up: {path}"),
    "none": ("ยังไม่มีไฟล์สำรองใน {folder}", "There are no backups in {folder} yet."),
    "restored": (
        "กู้คืนฐานข้อมูล {database} จาก {backup} แล้ว (ฐานข้อมูลก่อนกู้คืนเก็บไว้ที่ {before})",
        "Restored {database} from {backup} (the database as it was is kept as {before}).",
    ),
    "server": (
        "ฐานข้อมูลบนเซิร์ฟเวอร์ให้ผู้ดูแลเซิร์ฟเวอร์สำรองด้วย pg_dump",
        "A server database is backed up by its administrator (pg_dump).",
    ),
    "line": (
        "{when}  {reason:<28} {households:>7,} ครัวเรือน {debts:>7,} หนี้ {contracts:>4,} สัญญา  {path}",
        "{when}  {reason:<28} {households:>7,} households {debts:>7,} debts {contracts:>4,} contracts  {path}",
    ),
    "bad_line": (
        "{when}  {reason:<28} ใช้ไม่ได้ ({problem})  {path}",
        "{when}  {reason:<28} unusable ({problem})  {path}",
    ),
}


def _text(code: str, language: str, **params: object) -> str:
    thai, english = _TEXTS[code]
    return (english if language == "en" else thai).format(**params)


def add_to(commands: Any) -> None:
    cmd = commands.add_parser(
        "backup",
        help="back up the database now, list its backups, or restore one",
        description="Backups are copies of the database taken on the first start of a day, before a migration, "
        "an import or a bundle, and on request. 'list' shows what each holds; 'restore' puts one in place of the "
        "database (keeping the database as it was as another backup).",
    )
    actions = cmd.add_subparsers(dest="action", required=True, metavar="ACTION")
    for name, text in (
        ("create", "back the database up now"),
        ("list", "list the backups, newest first, with what each holds"),
        ("restore", "put a backup in place of the database"),
    ):
        action = actions.add_parser(name, help=text)
        if name == "restore":
            action.add_argument("backup", type=Path, metavar="BACKUP", help="the backup file to restore")
        add_db_option(action, wait=True, sign_in=WRITERS if name == "restore" else None)
        action.add_argument("--folder", type=Path, help="the backups folder (default: the one in the settings)")
        action.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from cdfi_desktop.db import backups, lock
    from cdfi_desktop.db.location import resolve_url, sqlite_path
    from cdfi_desktop.db.preflight import DatabaseRefused, Refusal
    from cdfi_desktop.settings import Settings

    language = args.language
    path = sqlite_path(resolve_url(args.db))
    if path is None:
        print(_text("server", language), file=sys.stderr)
        return EXIT_NOTHING_DONE
    folder = args.folder or backups.folder_for(path, Settings.load().backup_folder or None)
    if args.action != "restore":  # restore signs in first, which opens an encrypted file with the password
        from cdfi_desktop.commands.security import unlock_if_encrypted
        from cdfi_desktop.db.cipher import CipherError

        try:
            unlock_if_encrypted(path, language)
        except CipherError as exc:
            print(exc.en if language == "en" else exc.th, file=sys.stderr)
            return EXIT_NOTHING_DONE
    if args.action == "list":
        return _list(path, folder, language)
    if not path.exists():
        raise DatabaseRefused(Refusal.MISSING, location=str(path))
    if args.action == "restore":
        require_sign_in(args, program="backup restore")
    try:
        held = lock.acquire(path, program="cdfi-desktop backup", wait=args.wait)
    except lock.DatabaseInUse as exc:
        raise DatabaseRefused(Refusal.IN_USE, location=str(path), detail=exc.holder.describe()) from exc
    with held:
        if args.action == "create":
            taken = backups.take(path, folder=folder, reason=backups.MANUAL)
            print(_text("taken", language, path=taken.path))
            return EXIT_DONE
        before = backups.take_before_restore(path, folder=folder)
        backups.restore_file(path, args.backup)
    print(_text("restored", language, database=path, backup=args.backup, before=before.path if before else "–"))
    return EXIT_DONE if path.exists() else EXIT_COULD_NOT_RUN


def _list(path: Path, folder: Path, language: str) -> int:
    from cdfi_desktop.db import backups

    found = backups.list_backups(path, folder)
    if not found:
        print(_text("none", language, folder=folder))
        return EXIT_DONE
    for backup in found:
        preview = backups.preview_backup(backup.path)
        when = f"{backup.taken_at.astimezone():%Y-%m-%d %H:%M}"
        if preview.ok:
            print(
                _text(
                    "line",
                    language,
                    when=when,
                    reason=backup.reason,
                    households=preview.households,
                    debts=preview.debts,
                    contracts=preview.contracts,
                    path=backup.path,
                )
            )
        else:
            problem = preview.problem
            print(_text("bad_line", language, when=when, reason=backup.reason, problem=problem, path=backup.path))
    return EXIT_DONE
