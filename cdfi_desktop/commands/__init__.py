"""Headless commands of ``cdfi-desktop``: one module each, with ``add_to(subparsers)`` (no Qt widgets)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database

COMMAND_MODULES = (
    "cdfi_desktop.commands.demo",
    "cdfi_desktop.commands.report",
    "cdfi_desktop.commands.import_excel",
    "cdfi_desktop.commands.backup",
    "cdfi_desktop.commands.keys",
    "cdfi_desktop.commands.province",
    "cdfi_desktop.commands.bundle",
)
DEFAULT_WAIT_S = 60.0


def add_db_option(parser: argparse.ArgumentParser, *, required: bool = False, wait: bool = False) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        required=required,
        # a command's own --db, when not given, leaves the one given before the command (cdfi-desktop --db D demo)
        default=None if parser.prog == "cdfi-desktop" or required else argparse.SUPPRESS,
        help="SQLite file path or database URL (postgresql+psycopg://…); default: the user's data directory",
    )
    if wait:
        parser.add_argument(
            "--wait",
            type=float,
            default=DEFAULT_WAIT_S,
            metavar="SECONDS",
            help=f"when another program has the database open, wait this long for it (default {DEFAULT_WAIT_S:.0f}), "
            "then stop with a message",
        )


def open_database(args: argparse.Namespace, *, program: str, create: bool = False, **options: object) -> Database:
    """The command's database, locked for it (waiting ``--wait`` for another program); raises DatabaseRefused."""
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.settings import Settings

    return Database.open(
        args.db,
        create=create,
        program=f"cdfi-desktop {program}",
        lock_wait=getattr(args, "wait", 0.0),
        backup_folder=Settings.load().backup_folder or None,
        **options,  # type: ignore[arg-type]
    )
