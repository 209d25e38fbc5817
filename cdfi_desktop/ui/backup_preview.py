"""What a backup is, in words an officer reads: why and when it was taken, its size, what it holds, why it cannot
be used; and the panel that shows one backup's contents (the backups dialog and the recovery at start-up)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from cdfi_desktop.db import backups
from cdfi_desktop.domain.thai_date import format_date_be
from cdfi_desktop.messages import message
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets.fields import screen_language
from cdfi_desktop.ui.widgets.screen import TranslatedWidget
from cdfi_desktop.ui.widgets.thai_text import WrappingLabel

CONTEXT = "Backups"

_REASONS = {
    backups.DAILY: QT_TRANSLATE_NOOP("Backups", "Daily backup"),
    backups.BEFORE_IMPORT: QT_TRANSLATE_NOOP("Backups", "Before an import"),
    backups.BEFORE_BUNDLE: QT_TRANSLATE_NOOP("Backups", "Before a bundle was applied"),
    backups.BEFORE_RESTORE: QT_TRANSLATE_NOOP("Backups", "Before a restore"),
    backups.MANUAL: QT_TRANSLATE_NOOP("Backups", "Backed up on request"),
    backups.DAMAGED: QT_TRANSLATE_NOOP("Backups", "The damaged database, kept"),
    "": QT_TRANSLATE_NOOP("Backups", "A file you chose"),
}
_PROBLEMS = {
    "damaged": QT_TRANSLATE_NOOP("Backups", "the file is damaged"),
    "not a database of this app": QT_TRANSLATE_NOOP("Backups", "it is not a database of this program"),
}
_MIGRATION = re.compile(r"before-(\w+)-from-(\w+)")


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _fill(text: str, *values: object) -> str:
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", str(value))
    return text


# -- words for backups ---------------------------------------------------------------------------------------------
def reason_text(reason: str) -> str:
    """Why a backup was taken, in the screen language."""
    if reason in _REASONS:
        return _t(_REASONS[reason])
    migration = _MIGRATION.fullmatch(reason)
    if migration is not None:
        text = QCoreApplication.translate("Backups", "Before the database was upgraded from version %1 to %2")
        return _fill(text, migration[2], migration[1])
    return reason


def when_text(moment: datetime) -> str:
    """A moment in local time: B.E. date and time in Thai, day/month/year and time in English."""
    local = moment.astimezone()
    text = QCoreApplication.translate("Backups", "%1 at %2")
    if labels.is_thai():
        return _fill(text, format_date_be(local.date(), style="short"), f"{local:%H:%M} น.")
    return _fill(text, f"{local.day}/{local.month}/{local.year}", f"{local:%H:%M}")


def stamp_text(stamp: str) -> str:
    """A stored UTC timestamp (``2026-11-25 09:00:00.000000``) as :func:`when_text`; "–" when there is none."""
    if not stamp:
        return "–"
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return when_text(moment if moment.tzinfo else moment.replace(tzinfo=UTC))


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):,.1f} MB"
    return f"{max(1, round(size / 1024)):,} KB"


def problem_text(problem: str) -> str:
    """Why a file cannot be restored, in the screen language where the reason is a known one."""
    return _t(_PROBLEMS[problem]) if problem in _PROBLEMS else problem


def unusable_text(path: Path, problem: str) -> str:
    return message("backup_unusable", screen_language(), location=str(path), detail=problem_text(problem))


def contents_text(preview: backups.BackupPreview) -> str:
    """What a database or backup holds, in one line for a confirmation (households, debts, contracts, last change)."""
    return _fill(
        QCoreApplication.translate("Backups", "%1 households, %2 debts, %3 contracts; last change %4"),
        f"{preview.households:,}",
        f"{preview.debts:,}",
        f"{preview.contracts:,}",
        stamp_text(preview.last_change),
    )


class BackupPreviewPanel(TranslatedWidget):
    """What one backup holds: when and why it was taken, the institutes, households, members, debts, contracts."""

    _ROWS = (
        ("taken", QT_TRANSLATE_NOOP("BackupPreviewPanel", "Taken")),
        ("reason", QT_TRANSLATE_NOOP("BackupPreviewPanel", "Why")),
        ("institutes", QT_TRANSLATE_NOOP("BackupPreviewPanel", "Institutes")),
        ("households", QT_TRANSLATE_NOOP("BackupPreviewPanel", "Households")),
        ("members", QT_TRANSLATE_NOOP("BackupPreviewPanel", "Members")),
        ("debts", QT_TRANSLATE_NOOP("BackupPreviewPanel", "Debts")),
        ("contracts", QT_TRANSLATE_NOOP("BackupPreviewPanel", "Contracts")),
        ("last_change", QT_TRANSLATE_NOOP("BackupPreviewPanel", "Last change")),
        ("file", QT_TRANSLATE_NOOP("BackupPreviewPanel", "File")),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backup: backups.Backup | None = None
        self.preview: backups.BackupPreview | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.note = WrappingLabel()
        self.note.setWordWrap(True)
        column.addWidget(self.note)
        self.form = QWidget()
        layout = QFormLayout(self.form)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for key, _text in self._ROWS:
            caption, value = WrappingLabel(), QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.captions[key], self.values[key] = caption, value
            layout.addRow(caption, value)
        column.addWidget(self.form)
        column.addStretch(1)
        self.show_note("")
        self.retranslate()

    def show_backup(self, backup: backups.Backup, preview: backups.BackupPreview) -> None:
        self.backup, self.preview = backup, preview
        self.retranslate()

    def show_note(self, text: str) -> None:
        """A line instead of a preview ("reading…", "choose a backup")."""
        self.backup, self.preview = None, None
        self.note.setText(text)
        self.retranslate()

    def retranslate(self) -> None:
        for key, text in self._ROWS:
            self.captions[key].setText(self.tr(text))
        backup, preview = self.backup, self.preview
        self.form.setVisible(backup is not None)
        if backup is None or preview is None:
            self.note.setVisible(bool(self.note.text()))
            return
        self.note.setVisible(not preview.ok)
        if not preview.ok:
            self.note.setText(unusable_text(backup.path, preview.problem))
        values = {
            "taken": when_text(backup.taken_at),
            "reason": reason_text(backup.reason),
            "institutes": "\n".join(preview.institutes) or "–",
            "households": f"{preview.households:,}",
            "members": f"{preview.members:,}",
            "debts": f"{preview.debts:,}",
            "contracts": f"{preview.contracts:,}",
            "last_change": stamp_text(preview.last_change),
            "file": backup.path.name.replace("-", "-\u200b"),  # a long file name may wrap at its dashes
        }
        for key, value in values.items():
            self.values[key].setText(value if preview.ok or key in ("taken", "reason", "file") else "–")
        self.values["file"].setToolTip(str(backup.path))
