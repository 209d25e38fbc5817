"""The signed-in account as the screens see it: how an account's work reaches the database (directly before the
window exists, through the window's operations after), its role's name, and what signing it in changes (the
data layer's actor, a committee's view-only window, whether full citizen IDs may be shown).

Accounts themselves are kept by :mod:`cdfi_desktop.services.accounts`; nothing here stores one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer

from cdfi_desktop.domain.roles import Role

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.services.accounts import Account
    from cdfi_desktop.ui.ops import Ops

log = logging.getLogger(__name__)
CONTEXT = "Session"

# runs ``work(db)`` and hands its result to ``done`` or its exception to ``failed``, on the UI thread
Runner = Callable[[Callable[["Database"], Any], Callable[[Any], None], Callable[[Exception], None]], None]


def direct(db: Database) -> Runner:
    """Work on ``db`` at once, on this thread (before the main window: nothing else uses the database then).
    The answer comes from the event loop, as the window's operations answer."""

    def run(work: Callable[[Database], Any], done: Callable[[Any], None], failed: Callable[[Exception], None]) -> None:
        try:
            result = work(db)
        except Exception as exc:  # handed to the caller, which says it
            caught = exc  # ``exc`` itself is gone once the except block ends
            QTimer.singleShot(0, lambda: failed(caught))
            return
        QTimer.singleShot(0, lambda: done(result))

    return run


def through(ops: Ops) -> Runner:
    """Work through the window's operations (queued behind any running import; allowed in a read-only view:
    a wrong password's count is the account's own bookkeeping, not a record)."""

    def run(work: Callable[[Database], Any], done: Callable[[Any], None], failed: Callable[[Exception], None]) -> None:
        ops.query(work, success=done, failure=failed)

    return run


def role_name(role: Role | str) -> str:
    names = {
        Role.OFFICER: QCoreApplication.translate(CONTEXT, "Officer"),
        Role.COMMITTEE: QCoreApplication.translate(CONTEXT, "Committee"),
        Role.PROVINCE: QCoreApplication.translate(CONTEXT, "Province"),
    }
    try:
        return names[Role(role)]
    except ValueError:
        return str(role)


def account_read_only(role: Role | str) -> tuple[str, str] | None:
    """Why every write of this role is refused in the window (Thai, English); None when it may write."""
    from cdfi_desktop.ui.ops import COMMITTEE_TEXT

    return COMMITTEE_TEXT if Role(role) is Role.COMMITTEE else None


def sign_in(ops: Ops, account: Account) -> None:
    """``account`` works in the window from now on: its writes are signed and checked by the data layer, a
    committee's window is view-only, and full citizen IDs may be shown only to a role that may see them."""
    from cdfi_desktop.services import accounts

    ops.sign_in(accounts.actor_of(account), read_only=account_read_only(account.role))
    allow_ids(Role(account.role))


def allow_ids(role: Role | None) -> None:
    """Whether the "show full citizen IDs" switch may be turned on (None: no accounts, as before)."""
    try:
        from cdfi_desktop.ui.privacy import disclosure
    except ImportError:  # the privacy switch is not part of this build yet
        return
    from cdfi_desktop.db import access

    disclosure().set_allowed(True if role is None else access.may_see_ids(role))
