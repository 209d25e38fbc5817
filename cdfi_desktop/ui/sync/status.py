"""Reading what sync keeps (the last receipt, the last bundle) into dates and lines, for the screen and the status bar.

Nothing here draws widgets, so the main window's status bar can use it without loading the screen."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from cdfi_desktop.ui import labels


def moment(value: object) -> datetime | None:
    """A stored moment (a datetime, or ISO text with or without "Z") as an aware datetime; None when there is none."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        found = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return found if found.tzinfo else found.replace(tzinfo=UTC)


def receipt_from_setting(text: str) -> dict[str, Any] | None:
    """The last receipt as the database keeps it (setting ``sync_last_receipt``, JSON); None when there is none."""
    if not text:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def receipt_moment(receipt: Mapping[str, Any] | None) -> datetime | None:
    """When the province confirmed: the time its receipt was written (``at``, as the service keeps it)."""
    return moment(receipt.get("at")) if receipt else None


def receipt_agreed(receipt: Mapping[str, Any] | None) -> bool:
    """Whether the province holds what this laptop holds (its digest agreed with ours)."""
    return bool(receipt.get("digest_ok", True)) if receipt else True


def local_date_text(when: datetime) -> str:
    """The local date of a moment: B.E. in Thai, day month year in English."""
    return labels.date_text(when.astimezone().date())


def province_line(receipt: Mapping[str, Any] | None, *, bundle_made: bool) -> str:
    """The status bar's line: when the province last confirmed, or that it has not (yet)."""
    when = receipt_moment(receipt)
    if when is not None:
        text = QCoreApplication.translate("SyncStatusLine", "Last confirmed by the province %1")
        return text.replace("%1", local_date_text(when))
    if bundle_made:
        return QCoreApplication.translate("SyncStatusLine", "Not yet confirmed by the province")
    return QCoreApplication.translate("SyncStatusLine", "Never sent to the province")


def import_line(last_import: datetime | None) -> str:
    """The status bar's line on a province's database: when it last applied a laptop's bundle."""
    if last_import is not None:
        text = QCoreApplication.translate("SyncStatusLine", "Province database · last bundle imported %1")
        return text.replace("%1", local_date_text(moment(last_import) or last_import))
    return QCoreApplication.translate("SyncStatusLine", "Province database · no bundle imported yet")
