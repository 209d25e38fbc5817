"""At start-up, a damaged database file: offer its newest good backup (or one the officer picks) in its place."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cdfi_desktop import APP_NAME
from cdfi_desktop.db import backups
from cdfi_desktop.failures import describe
from cdfi_desktop.messages import message
from cdfi_desktop.ui.backup_preview import BackupPreviewPanel, unusable_text, when_text
from cdfi_desktop.ui.backups_dialog import backup_of, keep_before_restore
from cdfi_desktop.ui.widgets.fields import no_default_buttons, problem_label, screen_language
from cdfi_desktop.ui.widgets.fit import fit_to_screen
from cdfi_desktop.ui.widgets.screen import Retranslates
from cdfi_desktop.ui.widgets.thai_text import WrappingLabel

if TYPE_CHECKING:
    from cdfi_desktop.db.preflight import DatabaseRefused
    from cdfi_desktop.settings import Settings

log = logging.getLogger(__name__)


def backup_folders(database: Path, settings: Settings) -> list[Path]:
    """Where this database's backups may be: the folder in the settings (a USB stick), then the default one."""
    configured = backups.folder_for(database, settings.backup_folder or None)
    return list(dict.fromkeys([configured, backups.default_folder(database)]))


def offer_restore(path: Path, *, settings: Settings, problem: DatabaseRefused) -> bool:
    """Say that ``path`` is damaged and offer a backup in its place; True when one was restored (start-up goes on).

    The caller holds the file's lock and has not opened the database.
    """
    folders = backup_folders(path, settings)
    dialog = RecoveryDialog(path, folders=folders, problem=problem, found=backups.newest_good(path, folders))
    fit_to_screen(dialog)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.restored is None:
        return False
    backup, before = dialog.restored
    text = QCoreApplication.translate("RecoveryDialog", "The database now holds the backup taken %1.").replace(
        "%1", when_text(backup.taken_at)
    )
    if before is not None:
        kept = QCoreApplication.translate("RecoveryDialog", "The damaged database is kept as %1.")
        text += "\n" + kept.replace("%1", str(before.path))
    QMessageBox.information(None, APP_NAME, text)
    return True


class RecoveryDialog(Retranslates, QDialog):
    """The damaged database, the newest good backup with what it holds, and [Restore] [Choose another] [Quit]."""

    def __init__(
        self,
        database: Path,
        *,
        folders: list[Path],
        problem: DatabaseRefused,
        found: tuple[backups.Backup, backups.BackupPreview] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.database, self.folders, self.problem = database, folders, problem
        self.chosen: backups.Backup | None = found[0] if found else None
        self.found_newest = found is not None
        self.restored: tuple[backups.Backup, backups.Backup | None] | None = None

        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.explanation = WrappingLabel()
        self.explanation.setWordWrap(True)
        self.advice = WrappingLabel()
        self.advice.setWordWrap(True)
        self.section = QLabel()
        self.section.setObjectName("sectionTitle")
        self.preview_panel = BackupPreviewPanel()
        self.card = QFrame()
        self.card.setObjectName("card")
        inside = QVBoxLayout(self.card)
        inside.setContentsMargins(12, 10, 12, 10)
        inside.addWidget(self.preview_panel)
        self.no_backup = WrappingLabel()
        self.no_backup.setWordWrap(True)
        self.no_backup.setObjectName("plannedBadge")
        self.status = problem_label(state="error")

        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self.restore)
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.choose)
        self.quit_button = QPushButton()
        self.quit_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.advice)
        layout.addWidget(self.no_backup)
        layout.addWidget(self.section)
        layout.addWidget(self.card, 1)
        layout.addWidget(self.status)
        layout.addStretch(0)  # takes the room of the hidden preview when there is no backup
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.choose_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        layout.addLayout(buttons)
        no_default_buttons(self)
        self.restore_button.setDefault(True)
        self.setMinimumWidth(720)
        if found is not None:
            self.preview_panel.show_backup(*found)
        self.retranslate()

    def retranslate(self) -> None:
        language = screen_language()
        title = self.tr("Damaged database")
        self.setWindowTitle(f"{APP_NAME} — {title}")
        self.heading.setText(self.tr("The database is damaged"))
        self.explanation.setText(message("db_corrupt", language, location=str(self.database)))
        self.advice.setText(
            self.tr(
                "A backup can be put in its place. The damaged file is kept with the backups first, so nothing "
                "more is lost; what was entered after the backup was taken has to be entered again."
            )
        )
        self.advice.setVisible(self.chosen is not None)
        folders = ", ".join(str(f) for f in self.folders)
        self.no_backup.setText(
            message("db_corrupt_no_backup", language, folder=folders)
            + "\n"
            + self.tr("If you have a backup elsewhere, for example on a USB stick, choose it.")
        )
        self.no_backup.setVisible(self.chosen is None)
        if self.chosen is None:
            self.section.setText("")
        elif self.found_newest:
            self.section.setText(self.tr("The newest good backup"))
        else:
            self.section.setText(self.tr("The backup you chose"))
        self.section.setVisible(self.chosen is not None)
        self.card.setVisible(self.chosen is not None)
        self.restore_button.setText(self.tr("Restore this backup"))
        self.restore_button.setVisible(self.chosen is not None)
        self.choose_button.setText(
            self.tr("Choose another backup…") if self.chosen is not None else self.tr("Choose a backup file…")
        )
        self.quit_button.setText(self.tr("Quit"))

    def choose(self) -> None:
        """A file dialog in the backups folder; the file chosen is checked and shown, or refused with the reason."""
        start = next((f for f in self.folders if f.is_dir()), self.database.parent)
        suffix = self.database.suffix or ".sqlite"
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            str(start),
            self.tr("Backups (*%1);;All files (*)").replace("%1", suffix),
        )
        if not chosen:
            return
        file = Path(chosen)
        preview = backups.preview_backup(file)
        if not preview.ok:
            QMessageBox.warning(self, self.tr("Choose a backup"), unusable_text(file, preview.problem))
            return
        self.chosen = backup_of(self.database, file)
        self.found_newest = False
        self.preview_panel.show_backup(self.chosen, preview)
        self.status.hide()
        self.retranslate()

    def restore(self) -> None:
        """Keep the damaged file, put the chosen backup in its place, and close (start-up goes on)."""
        backup = self.chosen
        if backup is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            before = keep_before_restore(self.database, folders=self.folders)
            backups.restore_file(self.database, backup.path)
        except (backups.BackupFailed, OSError) as exc:
            log.warning("restoring %s failed: %s", backup.path.name, exc)
            self.status.setText(describe(exc, screen_language()))
            self.status.show()
            return
        finally:
            QApplication.restoreOverrideCursor()
        log.info("restored the damaged %s from %s", self.database.name, backup.path.name)
        self.restored = (backup, before)
        self.accept()
