"""Headless commands of ``cdfi-desktop``: one module each, with ``add_to(subparsers)`` (no Qt widgets)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from cdfi_desktop.domain.roles import Role

if TYPE_CHECKING:
    from cdfi_desktop.db.access import Actor
    from cdfi_desktop.db.database import Database

COMMAND_MODULES = (
    "cdfi_desktop.commands.demo",
    "cdfi_desktop.commands.report",
    "cdfi_desktop.commands.import_excel",
    "cdfi_desktop.commands.backup",
    "cdfi_desktop.commands.keys",
    "cdfi_desktop.commands.province",
    "cdfi_desktop.commands.bundle",
    "cdfi_desktop.commands.account",
    "cdfi_desktop.commands.security",
    "cdfi_desktop.commands.audit",
)
DEFAULT_WAIT_S = 60.0

# Who may run a command that writes, once the database has accounts (see add_db_option's ``sign_in``)
OFFICERS: frozenset[Role] = frozenset({Role.OFFICER})
WRITERS: frozenset[Role] = frozenset({Role.OFFICER, Role.PROVINCE})
ANY_ROLE: frozenset[Role] = frozenset(Role)
_SIGN_IN_KEY = "cdfi_sign_in"  # the parsed arguments' record of the roles a command needs (None: optional)


def add_db_option(
    parser: argparse.ArgumentParser,
    *,
    required: bool = False,
    wait: bool = False,
    sign_in: frozenset[Role] | None = None,
) -> None:
    """``--db`` (and ``--wait``), and on a command's own parser the sign-in options ``--user`` / ``--token``.

    ``sign_in``: the roles that may run this command, which then requires signing in when the database has any
    account (a database without accounts works as before); None: signing in is optional (read-only commands
    sign in when asked, so that what they show follows the role)."""
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
    if parser.prog != "cdfi-desktop":
        _add_sign_in_options(parser, sign_in)


def _add_sign_in_options(parser: argparse.ArgumentParser, roles: frozenset[Role] | None) -> None:
    from cdfi_desktop.commands.signin import PASSWORD_ENV, TOKEN_ENV, USER_ENV

    needed = (
        "required for this command when the database has accounts ("
        + ", ".join(sorted(r.value for r in roles))
        + "); a database without accounts needs none"
        if roles is not None
        else "optional for this command"
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        default=None,
        help=f"sign in as this account ({needed}); the password is asked, or read from ${PASSWORD_ENV}; "
        f"${USER_ENV} gives the name to scripts",
    )
    parser.add_argument(
        "--token",
        metavar="TOKEN",
        default=None,
        help=f"sign in with a token made by 'account token' or in the app (or ${TOKEN_ENV})",
    )
    parser.set_defaults(**{_SIGN_IN_KEY: roles})


def open_database(
    args: argparse.Namespace, *, program: str, create: bool = False, check_audit: bool = True, **options: object
) -> Database:
    """The command's database, locked for it (waiting ``--wait`` for another program); raises DatabaseRefused.

    A tampered audit trail is said first (``check_audit``; off for ``audit``, which reports the chain itself).

    Then the command's account signs in (``commands.signin``): required, when the database has accounts, by a
    command whose ``add_db_option`` names the roles that may run it (refused with exit 2 before anything is
    written), optional for the others."""
    from cdfi_desktop.commands import signin
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.db.location import resolve_url, sqlite_path
    from cdfi_desktop.settings import Settings

    roles = getattr(args, _SIGN_IN_KEY, None)
    path = sqlite_path(resolve_url(args.db))
    credentials = signin.Credentials.of(args, from_environment=roles is not None)
    if path is not None:
        from cdfi_desktop.db import cipher

        if cipher.is_encrypted(path) and cipher.key_for(path) is None:
            credentials = signin.Credentials.of(args, from_environment=True)
            signin.unlock(path, credentials)
    db = Database.open(
        args.db,
        create=create,
        program=f"cdfi-desktop {program}",
        lock_wait=getattr(args, "wait", 0.0),
        backup_folder=Settings.load().backup_folder or None,
        **options,  # type: ignore[arg-type]
    )
    try:
        from cdfi_desktop.services.audit import start_up_warning

        warning = start_up_warning(db, language=getattr(args, "language", None) or "th") if check_audit else None
        if warning:  # the audit trail was edited outside the app: said at every start, the command goes on
            print(warning, file=sys.stderr)
        signin.sign_in(args, db, roles=roles, credentials=credentials)
    except BaseException:
        db.close()
        raise
    return db


def require_sign_in(args: argparse.Namespace, *, program: str) -> None:
    """For a command that works on the database file without opening it (``backup restore``): the same sign-in
    on the database as it is now, then closed; only an officer of every institute may go on. A database that
    cannot be opened (damaged, written by another program or a newer release) asks nobody: putting a backup in its
    place is how it is mended."""
    from cdfi_desktop.db.preflight import DatabaseRefused, Refusal

    try:
        db = open_database(args, program=program)
    except DatabaseRefused as exc:
        if exc.code in (Refusal.IN_USE, Refusal.READ_ONLY):
            raise
        return
    actor = db.actor
    db.close()
    if actor is not None and not (actor.role is Role.OFFICER and actor.institutes is None):
        # putting another file in place of the database replaces every record and account in it: an officer of
        # every institute only (a limited one would restore away the accounts that limit it)
        from cdfi_desktop.commands.signin import refuse
        from cdfi_desktop.services.accounts import AccountError

        refuse(AccountError("not_allowed").text(getattr(args, "language", None) or "th"))


def signed_in(db: Database) -> Actor | None:
    """The account a command signed in (None: not signed in, or the database has no accounts)."""
    return db.actor
