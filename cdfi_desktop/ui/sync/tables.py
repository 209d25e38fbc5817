"""Names on screen of the synced tables (from ``cdfi_desktop.sync.tables``), of bundle statuses and conflict kinds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cdfi_desktop.sync.tables import in_sending_order, table_name
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets.fields import screen_language


def table_label(name: str) -> str:
    """A synced table's name in the screen language; the table's own name for one the list does not know."""
    return table_name(name, screen_language())


def counted_rows(counts: dict[str, int]) -> list[tuple[str, str, int]]:
    """(table, label, count) of the tables with records, in the order they are sent; unknown tables last."""
    names = in_sending_order([n for n, c in counts.items() if c])
    return [(name, table_label(name), counts[name]) for name in names]


STATUS_CONTEXT = "SyncStatuses"

# what became of a bundle or receipt (import outcomes, sync_bundle.status) → its name on screen
STATUS_LABELS: dict[str, str] = {
    "applied": QT_TRANSLATE_NOOP("SyncStatuses", "Imported"),
    "ignored": QT_TRANSLATE_NOOP("SyncStatuses", "Imported before"),
    "held": QT_TRANSLATE_NOOP("SyncStatuses", "Held"),
    "refused": QT_TRANSLATE_NOOP("SyncStatuses", "Refused"),
    "checked": QT_TRANSLATE_NOOP("SyncStatuses", "Checked (nothing written)"),
    "confirmed": QT_TRANSLATE_NOOP("SyncStatuses", "Confirmed"),
    "made": QT_TRANSLATE_NOOP("SyncStatuses", "Made"),
}

# a conflict's kind (sync_conflict.kind) → its name on screen
KIND_LABELS: dict[str, str] = {
    "soft": QT_TRANSLATE_NOOP("SyncStatuses", "Conflict (different fields)"),
    "hard": QT_TRANSLATE_NOOP("SyncStatuses", "Conflict (same field)"),
    "duplicate": QT_TRANSLATE_NOOP("SyncStatuses", "Duplicate"),
    "held": QT_TRANSLATE_NOOP("SyncStatuses", "Held with its parent"),
    "ledger": QT_TRANSLATE_NOOP("SyncStatuses", "Ledger line changed twice (latest kept)"),
}


def status_label(status: str) -> str:
    """A bundle's status in the screen language."""
    source = STATUS_LABELS.get(status)
    return QCoreApplication.translate(STATUS_CONTEXT, source) if source else status


def kind_label(kind: str) -> str:
    """A conflict's kind in the screen language."""
    source = KIND_LABELS.get(kind)
    return QCoreApplication.translate(STATUS_CONTEXT, source) if source else kind
