"""Headless commands: ``cdfi-desktop [--db DB] COMMAND``. Never imports Qt widgets.

With no command the desktop app starts (``cdfi_desktop.app``, imported only then).
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date

from cdfi_desktop import APP_NAME, __version__
from cdfi_desktop.messages import message
from cdfi_desktop.settings import Settings

Command = Callable[[argparse.Namespace], int]


def _add_db(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        required=required,
        help="SQLite file path or database URL (postgresql+psycopg://…); default: the user's data directory",
    )


def _cmd_demo(args: argparse.Namespace) -> int:
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.db.location import resolve_url, sqlite_path
    from cdfi_desktop.services.demo import DemoRefused, demo_device_id, generate_demo

    path = sqlite_path(resolve_url(args.db))
    fresh = path is not None and (not path.exists() or path.stat().st_size == 0)
    db = Database.open(args.db, device_id=demo_device_id(args.seed) if fresh else None)
    try:
        started = time.perf_counter()
        summary = generate_demo(db, households=args.households, seed=args.seed, as_of=args.as_of)
        elapsed = time.perf_counter() - started
    except DemoRefused:
        print(message("demo_not_empty", args.language), file=sys.stderr)
        return 1
    finally:
        db.close()
    print(
        f"{summary.institute_name}: {summary.funds} member funds, {summary.households} households, "
        f"{summary.members} members, {summary.debts} debts ({elapsed:.2f} s) → {db.url}"
    )
    return 0


def _cmd_gui(args: argparse.Namespace) -> int:
    from cdfi_desktop.app import run_gui  # the only place the CLI reaches Qt

    return run_gui(db=args.db, language=args.language, offer_demo=not args.no_demo_offer)


def _iso_date(text: str) -> date:
    return date.fromisoformat(text)


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
    _add_db(parser)
    parser.add_argument("--no-demo-offer", action="store_true", help="do not offer the demo on an empty database")
    parser.set_defaults(handler=_cmd_gui)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    demo = commands.add_parser("demo", help="make a deterministic demo institute in an empty database")
    _add_db(demo)
    demo.add_argument("--households", type=int, default=300, help="number of households (default 300)")
    demo.add_argument("--seed", type=int, default=1, help="random seed; the same seed gives the same data")
    demo.add_argument(
        "--as-of",
        type=_iso_date,
        default=date(2026, 11, 1),
        help="the day the demo data describes, YYYY-MM-DD (default 2026-11-01)",
    )
    demo.set_defaults(handler=_cmd_demo)
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
