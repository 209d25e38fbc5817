"""Headless commands: ``cdfi-desktop [--db DB] COMMAND``. Never imports Qt widgets.

With no command the desktop app starts (``cdfi_desktop.app``, imported only then).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from importlib import import_module

from cdfi_desktop import APP_NAME, __version__
from cdfi_desktop.commands import COMMAND_MODULES, add_db_option
from cdfi_desktop.messages import message
from cdfi_desktop.settings import Settings

Command = Callable[[argparse.Namespace], int]


def _cmd_gui(args: argparse.Namespace) -> int:
    from cdfi_desktop.app import run_gui  # the only place the CLI reaches Qt

    return run_gui(db=args.db, language=args.language, offer_demo=not args.no_demo_offer)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cdfi-desktop",
        description=f"{APP_NAME}: Community Fund Management Institutes, 1 household 1 contract. "
        "With no command, the desktop app starts.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--lang",
        dest="language",
        choices=("th", "en"),
        default=None,
        help="language of screens and messages (default: the saved setting, Thai)",
    )
    add_db_option(parser)
    parser.add_argument("--no-demo-offer", action="store_true", help="do not offer the demo on an empty database")
    parser.set_defaults(handler=_cmd_gui)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name in COMMAND_MODULES:
        import_module(name).add_to(commands)

    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    if args.language is None:
        args.language = Settings.load().language
    from cdfi_desktop.db.preflight import DatabaseRefused

    try:
        handler: Command = args.handler
        return handler(args)
    except DatabaseRefused as exc:
        print(message(exc.code.value, args.language, location=exc.location, detail=exc.detail), file=sys.stderr)
        return 2
