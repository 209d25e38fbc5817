"""Whether screens show citizen IDs in full: one answer for the whole window (PDPA).

``disclosure()`` is the one ``Disclosure`` of the program. ``allowed`` says whether the signed-in role may
see full IDs at all (set at sign-in from ``db.access.may_see_ids(role)``; with no accounts on the database
yet, allowed); ``revealed`` says the user asked to see them ("Show full citizen IDs"), which only an
allowed user can, and which drops back at sign-out and lock (``reset``). Every screen that shows an ID
writes it through ``show(cid)`` and repaints on ``changed``; every print or export the screens start passes
``revealed`` as the writer's ``full_ids``. Code without Qt (reports, services, commands) never reads this:
it takes an explicit ``full_ids`` parameter, False unless the caller decided otherwise.

What is never masked here: the fields an officer types an ID into (they show what is typed), the database
(encrypted at rest when the officer chooses), the bundles to the province (encrypted to the province's key),
and the duplicate checks (they compare the stored digits).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from cdfi_desktop.domain.citizen_id import format_citizen_id, mask, normalize_citizen_id

__all__ = ["Disclosure", "disclosure"]


class Disclosure(QObject):
    """May the signed-in user see full citizen IDs (``allowed``), and did they ask to (``revealed``)."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._allowed = True  # no accounts yet: the officer of the laptop may …
        self._revealed = False  # … but sees IDs masked until they ask

    @property
    def allowed(self) -> bool:
        return self._allowed

    @property
    def revealed(self) -> bool:
        """True only when allowed and asked."""
        return self._allowed and self._revealed

    def set_allowed(self, allowed: bool) -> None:
        """At sign-in: whether the role may see full IDs; a role that may not also loses what was revealed."""
        before = (self._allowed, self.revealed)
        self._allowed = allowed
        if not allowed:
            self._revealed = False
        if (self._allowed, self.revealed) != before:
            self.changed.emit()

    def set_revealed(self, revealed: bool) -> bool:
        """The user's "Show full citizen IDs"; False (and nothing changes) when asking to reveal is not allowed."""
        if revealed and not self._allowed:
            return False
        if revealed != self._revealed:
            self._revealed = revealed
            self.changed.emit()
        return True

    def reset(self, *, allowed: bool | None = None) -> None:
        """At sign-out and lock: masked again (and, given, whether the next user may reveal)."""
        if allowed is not None:
            self.set_allowed(allowed)
        self.set_revealed(False)

    def show(self, cid: str | None) -> str:
        """The ID as the screen shows it now: grouped in full when revealed, else masked (``citizen_id.mask``)."""
        text = (cid or "").strip()
        if not self.revealed:
            return mask(text)
        digits = normalize_citizen_id(text)
        return format_citizen_id(digits) if len(digits) == 13 and digits.isdigit() else text


_THE: list[Disclosure] = []


def disclosure() -> Disclosure:
    """The program's one ``Disclosure`` (made on first use)."""
    if not _THE:
        _THE.append(Disclosure())
    return _THE[0]
