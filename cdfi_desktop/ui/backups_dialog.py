"""Settings → Backups: where backups go, the backups newest first with what each holds, back up now, restore one."""

from __future__ import annotations

import logging
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cdfi_desktop import WINDOW_PROGRAM
from cdfi_desktop.db import backups, lock
from cdfi_desktop.db.location import resolve_url, sqlite_path
from cdfi_desktop.failures import describe
from cdfi_desktop.ui.backup_preview import (
    BackupPreviewPanel,
    contents_text,
    reason_text,
    size_text,
    unusable_text,
    when_text,
)
from cdfi_desktop.ui.widgets import dialogs
from cdfi_desktop.ui.widgets.fields import no_default_buttons, problem_label, screen_language
from cdfi_desktop.ui.widgets.page import ActionBar
from cdfi_desktop.ui.widgets.screen import Retranslates
from cdfi_desktop.ui.widgets.thai_text import WrappingLabel

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.settings import Settings
    from cdfi_desktop.ui.ops import Ops, Progress

log = logging.getLogger(__name__)


def backup_of(database: Path, file: Path) -> backups.Backup:
    """``file`` as a backup of ``database``: as listed when it is one by its name, else dated by the file itself."""
    for found in backups.list_backups(database, file.parent):
        if found.path.resolve() == file.resolve():
            return found
    stat = file.stat()
    return backups.Backup(path=file, taken_at=datetime.fromtimestamp(stat.st_mtime, UTC), reason="", size=stat.st_size)


def keep_before_restore(database: Path, *, folders: list[Path]) -> backups.Backup | None:
    """Keep the database as it is before a restore, in the first of ``folders`` that can take it."""
    failed: backups.BackupFailed | None = None
    for folder in dict.fromkeys(folders):
        try:
            return backups.take_before_restore(database, folder=folder)
        except backups.BackupFailed as exc:
            log.warning("could not keep the database before the restore in %s: %s", folder, exc.detail)
            failed = exc
    assert failed is not None
    raise failed


# -- work on the worker thread -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Listing:
    folder: Path
    default: bool  # the folder is the default one, beside the database
    found: list[backups.Backup]


def _listing(db: Database) -> Listing:
    folder = db.backups_folder
    return Listing(folder, folder == backups.default_folder(db.path), backups.list_backups(db.path, folder))


def _back_up_now(db: Database) -> backups.Backup:
    taken = db.backup(backups.MANUAL)
    assert taken is not None
    db.backup_problem = ""
    return taken


def _use_folder(db: Database, folder: Path | None) -> None:
    """Back up into ``folder`` from now on (None: the default); refused unless a file can be written there."""
    target = folder or backups.default_folder(db.path)
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=target, prefix=".cdfi-write-test-"):
        pass
    db.backup_folder = target


def live_contents(db: Database) -> backups.BackupPreview:
    """What the open database holds now, counted as the preview of a backup counts it."""
    from sqlalchemy import text

    with db.session() as session:
        return backups.contents(lambda sql: session.execute(text(sql)).all())


def restore_in_place(ops: Ops, db: Database, *, backup: Path, location: str) -> backups.Backup | None:
    """On the worker thread: close the database, keep it as it is, put ``backup`` in its place, open it again.

    This process holds the lock on the file throughout, so no other program opens it half-way; the reopened
    database replaces the old one in ``ops`` (also when the restore failed: then it is the old file again).
    Returns the backup of the database as it was.
    """
    from cdfi_desktop.db.database import Database

    path, folder, officer = db.path, db.backups_folder, db.recorder.officer
    held = lock.acquire(path, program=WINDOW_PROGRAM)
    try:
        db.close()
        try:
            before = keep_before_restore(path, folders=[folder, backups.default_folder(path)])
            backups.restore_file(path, backup)
        finally:
            reopened = Database.open(location, officer=officer, program=WINDOW_PROGRAM, backup_folder=folder)
            ops.replace_database(reopened)
    finally:
        held.release()
    log.info("restored %s from %s", path.name, backup.name)
    return before


# -- widgets -------------------------------------------------------------------------------------------------------
class BackupsDialog(Retranslates, QDialog):
    """The backups of the open database: change their folder, back up now, restore one (all on the worker thread)."""

    def __init__(self, ops: Ops, *, location: str, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.ops, self.location, self.settings = ops, location, settings
        self.server = sqlite_path(resolve_url(location)) is None
        self.listing: Listing | None = None
        self.previews: dict[Path, backups.BackupPreview] = {}
        self.busy = False
        self.last_restored: backups.Backup | None = None  # the backup kept of the database before the last restore
        self._wanted: Path | None = None  # the backup whose preview is awaited
        # the kit's action bar (never shown) keeps what each button says while it cannot be used
        self.availability = ActionBar(self)
        self.availability.hide()

        self.folder_title = QLabel()
        self.folder_title.setObjectName("sectionTitle")
        self.folder_label = WrappingLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change_button = QPushButton()
        self.change_button.clicked.connect(self.choose_folder)
        self.default_button = QPushButton()
        self.default_button.clicked.connect(lambda: self.use_folder(None))
        self.folder_note = WrappingLabel()
        self.folder_note.setWordWrap(True)
        self.server_note = WrappingLabel()
        self.server_note.setWordWrap(True)
        self.server_note.setObjectName("plannedBadge")

        self.list_title = QLabel()
        self.list_title.setObjectName("sectionTitle")
        self.table = QTableWidget(0, 3)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selected)
        self.preview_title = QLabel()
        self.preview_title.setObjectName("sectionTitle")
        self.preview_panel = BackupPreviewPanel()
        card = QFrame()
        card.setObjectName("card")
        inside = QVBoxLayout(card)
        inside.setContentsMargins(12, 10, 12, 10)
        inside.addWidget(self.preview_panel)

        self.backup_button = QPushButton()
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self.restore_selected)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        self.status = problem_label(hidden=False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(self.folder_title)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.change_button)
        folder_row.addWidget(self.default_button)
        layout.addLayout(folder_row)
        layout.addWidget(self.folder_note)
        layout.addWidget(self.server_note)
        lists = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self.list_title)
        left.addWidget(self.table, 1)
        right.addWidget(self.preview_title)
        right.addWidget(card, 1)
        lists.addLayout(left, 3)
        lists.addLayout(right, 2)
        layout.addLayout(lists, 1)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        no_default_buttons(self)
        self.resize(980, 560)

        self.server_note.setVisible(self.server)
        self.retranslate()
        self._update_buttons()
        if self.server:
            self.table.setEnabled(False)
        else:
            self.reload()

    # -- texts -------------------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Backups"))
        self.folder_title.setText(self.tr("Backups folder"))
        self.change_button.setText(self.tr("Change…"))
        self.default_button.setText(self.tr("Use the default"))
        self.folder_note.setText(
            self.tr(
                "A backup is taken on the first start of each day, before an import, a bundle or a restore, and "
                "when you ask. A folder on a USB stick keeps them safe when this computer breaks."
            )
        )
        self.server_note.setText(
            self.tr(
                "This database is on a server. The server's administrator backs it up there (pg_dump); "
                "this program does not."
            )
        )
        self.list_title.setText(self.tr("Backups, newest first"))
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Size")])
        self.preview_title.setText(self.tr("What the backup holds"))
        self.backup_button.setText(self.tr("Back up now"))
        self.restore_button.setText(self.tr("Restore…"))
        self.close_button.setText(self.tr("Close"))
        self._show_listing()

    def _show_status(self, text: str, *, state: str | None = None) -> None:
        self.status.setText(text)
        self.status.setProperty("state", state)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self._show_status(describe(exc, screen_language()), state="error")

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_buttons()

    def _update_buttons(self) -> None:
        """Each button usable now, or disabled with the reason in its tooltip."""
        available = self.availability.set_available
        wait = self.tr("Wait until the work under way is done.")
        blocked = wait if self.busy else self.tr("A database on a server is backed up by its administrator.")
        idle = not self.busy and not self.server
        for widget in (self.change_button, self.backup_button):
            available(widget, idle, blocked)
        available(self.close_button, not self.busy, wait)
        default = bool(self.settings.backup_folder)
        why = blocked if not idle else self.tr("The backups already go to the default folder.")
        available(self.default_button, idle and default, why)
        chosen = self.selected() is not None
        why = blocked if not idle else self.tr("Choose a backup in the list first.")
        available(self.restore_button, idle and chosen, why)

    # -- the list ----------------------------------------------------------------------------------------------------
    def reload(self, *, select: Path | None = None) -> None:
        def listed(listing: Listing) -> None:
            self.listing = listing
            self._show_listing(select=select)
            self._set_busy(False)

        self._set_busy(True)
        self.ops.query(_listing, success=listed, failure=self._failed)

    def _show_listing(self, *, select: Path | None = None) -> None:
        listing = self.listing
        if listing is None:
            self.folder_label.setText("–" if not self.server else self.tr("(on the server)"))
            self.preview_panel.show_note(self.tr("Reading the backups…") if not self.server else "")
            return
        folder = str(listing.folder)
        if listing.default:
            folder = self.tr("%1 (the default: beside the database)").replace("%1", folder)
        self.folder_label.setText(folder)
        self.folder_label.setToolTip(str(listing.folder))
        current = self.selected()
        keep = select or (current.path if current is not None else None)
        self.table.blockSignals(True)
        self.table.setRowCount(len(listing.found))
        for row, backup in enumerate(listing.found):
            cells = (when_text(backup.taken_at), reason_text(backup.reason), size_text(backup.size))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(str(backup.path))
                self.table.setItem(row, column, item)
        rows = [r for r, b in enumerate(listing.found) if b.path == keep]
        if listing.found:
            self.table.selectRow(rows[0] if rows else 0)
        self.table.blockSignals(False)
        if not listing.found:
            self.preview_panel.show_note(self.tr("There are no backups in this folder yet."))
        self._selected()

    def selected(self) -> backups.Backup | None:
        if self.listing is None:
            return None
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.listing.found):
            return None
        return self.listing.found[rows[0].row()]

    def _selected(self) -> None:
        backup = self.selected()
        self._update_buttons()
        if backup is None:
            return
        known = self.previews.get(backup.path)
        if known is not None:
            self.preview_panel.show_backup(backup, known)
            return
        self.preview_panel.show_note(self.tr("Reading the backup…"))
        self._wanted = backup.path

        def previewed(preview: backups.BackupPreview) -> None:
            self.previews[backup.path] = preview
            if self._wanted == backup.path:
                self.preview_panel.show_backup(backup, preview)

        self.ops.query(lambda _db: backups.preview_backup(backup.path), success=previewed, failure=self._failed)

    # -- actions -----------------------------------------------------------------------------------------------------
    def back_up_now(self) -> None:
        def taken(backup: backups.Backup) -> None:
            self._show_status(self.tr("Backed up: %1").replace("%1", backup.path.name))
            self.reload(select=backup.path)

        self._set_busy(True)
        self._show_status(self.tr("Backing up…"))
        self.ops.query(_back_up_now, success=taken, failure=self._failed)

    def choose_folder(self) -> None:
        current = str(self.listing.folder) if self.listing else ""
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the backups folder"), current)
        if chosen:
            self.use_folder(Path(chosen))

    def use_folder(self, folder: Path | None) -> None:
        """Back up into ``folder`` from now on (None: the default), remembered in the settings."""

        def used(_none: None) -> None:
            self.settings.backup_folder = str(folder) if folder else ""
            try:
                self.settings.save()
            except OSError as exc:
                log.warning("could not save settings: %s", exc)
                self._show_status(describe(exc, screen_language()), state="warning")
            else:
                self._show_status(
                    self.tr("Backups go to %1 from now on.").replace("%1", str(folder))
                    if folder is not None
                    else self.tr("Backups go to the default folder, beside the database, from now on.")
                )
            self.previews.clear()
            self.reload()

        self._set_busy(True)
        self.ops.query(lambda db: _use_folder(db, folder), success=used, failure=self._failed)

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is None:
            return
        preview = self.previews.get(backup.path)
        if preview is not None and not preview.ok:
            self._show_status(unusable_text(backup.path, preview.problem), state="error")
            return
        self._set_busy(True)

        def counted(found: tuple[backups.BackupPreview, backups.BackupPreview]) -> None:
            self._set_busy(False)
            now, held = found
            if not held.ok:
                self.previews[backup.path] = held
                self._selected()
                self._show_status(unusable_text(backup.path, held.problem), state="error")
                return
            question = "\n\n".join(
                (
                    self.tr("Put this backup in place of the database?"),
                    self.tr("Now in the database: %1.").replace("%1", contents_text(now)),
                    self.tr("In the backup taken %1 (%2): %3.")
                    .replace("%1", when_text(backup.taken_at))
                    .replace("%2", reason_text(backup.reason))
                    .replace("%3", contents_text(held)),
                    self.tr("The database as it is now is kept as a backup first."),
                )
            )
            if dialogs.ask(self, self.tr("Restore a backup"), question):
                self._restore(backup)

        self.ops.query(
            lambda db: (live_contents(db), backups.preview_backup(backup.path)), success=counted, failure=self._failed
        )

    def _restore(self, backup: backups.Backup) -> None:
        ops, location, chosen = self.ops, self.location, backup.path

        def run(db: Database, _progress: Progress) -> backups.Backup | None:
            return restore_in_place(ops, db, backup=chosen, location=location)

        def restored(before: backups.Backup | None) -> None:
            self.last_restored = before
            text = self.tr("The database now holds the backup taken %1.").replace("%1", when_text(backup.taken_at))
            if before is not None:
                text += " " + self.tr("The database as it was is kept as %1.").replace("%1", before.path.name)
            self._show_status(text)
            self.previews.clear()
            self.reload(select=chosen)

        self._set_busy(True)
        self._show_status(self.tr("Restoring…"))
        self.ops.change(run, success=restored, failure=self._failed)
