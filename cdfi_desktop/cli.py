"""Headless commands: ``cdfi-desktop [--db DB] COMMAND``. Never imports Qt widgets.

With no command the desktop app starts (``cdfi_desktop.app``, imported only then).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from importlib import import_module

from cdfi_desktop import APP_NAME, __version__
from cdfi_desktop.commands import COMMAND_MODULES, add_db_option
from cdfi_desktop.failures import EXIT_COULD_NOT_RUN, Failure, configure_logging, explain, log_unexpected
from cdfi_desktop.messages import message
from cdfi_desktop.settings import Settings

Command = Callable[[argparse.Namespace], int]


def _cmd_gui(args: argparse.Namespace) -> int:
    from cdfi_desktop.app import run_gui  # the only place the CLI reaches Qt

    return run_gui(db=args.db, language=args.language, offer_demo=not args.no_demo_offer)


def _cmd_self_test(args: argparse.Namespace) -> int:
    from cdfi_desktop.selftest import run

    return run(language=args.language)


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
    parser.add_argument(
        "--self-test",
        action="store_const",
        const=_cmd_self_test,
        dest="handler",
        help="check this installation (a temporary database, its migrations, one Thai PDF and its line breaks); "
        "exit 0 when all is well",
    )
    parser.set_defaults(handler=_cmd_gui)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name in COMMAND_MODULES:
        import_module(name).add_to(commands)

    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command; every expected failure is a message and an exit code (see ``cdfi_desktop.failures``)."""
    configure_logging()
    args = build_parser().parse_args(argv)
    if args.language is None:
        args.language = Settings.load().language
    try:
        handler: Command = args.handler
        return handler(args)
    except KeyboardInterrupt:
        return EXIT_COULD_NOT_RUN
    except Exception as exc:
        failure = explain(exc, location=_location(args))
        if not failure.expected:
            log_unexpected(exc)
        print(failure.text(args.language), file=sys.stderr)
        if failure.code == "db_corrupt":
            print(_backup_hint(args, failure), file=sys.stderr)
        return failure.exit_code


def _location(args: argparse.Namespace) -> str:
    from cdfi_desktop.db.location import display_name, resolve_url, sqlite_path

    url = resolve_url(getattr(args, "db", None))
    path = sqlite_path(url)
    return str(path) if path is not None else display_name(url)


def _backup_hint(args: argparse.Namespace, failure: Failure) -> str:
    """Where the last good backup of a damaged database is, and the command that restores it."""
    from pathlib import Path

    from cdfi_desktop.db import backups
    from cdfi_desktop.domain.thai_date import format_date_be

    location = str(failure.params.get("location") or _location(args))
    path = Path(location)
    folders = [backups.folder_for(path, Settings.load().backup_folder or None), backups.default_folder(path)]
    found = backups.newest_good(path, folders)
    if found is None:
        return message("db_corrupt_no_backup", args.language, folder=folders[0])
    backup, _preview = found
    local = backup.taken_at.astimezone()
    taken = (
        f"{format_date_be(local.date(), style='short')} {local:%H:%M}"
        if args.language == "th"
        else f"{local:%d/%m/%Y %H:%M}"
    )
    command = f'cdfi-desktop backup restore "{backup.path}" --db "{path}"'
    return message("db_corrupt_backup", args.language, backup=backup.path, taken=taken, command=command)
