"""Headless commands of ``cdfi-desktop``: one module each, with ``add_to(subparsers)`` (no Qt widgets)."""

from __future__ import annotations

import argparse

COMMAND_MODULES = (
    "cdfi_desktop.commands.demo",
    "cdfi_desktop.commands.report",
    "cdfi_desktop.commands.import_excel",
)


def add_db_option(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        required=required,
        help="SQLite file path or database URL (postgresql+psycopg://…); default: the user's data directory",
    )
