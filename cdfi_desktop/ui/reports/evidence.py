"""Evidence tab of the reports screen (guideline 4.3): the checklist of every evidence item worked out from the data
(complete, partial or missing, how much is there, what is missing and a button to the step that fixes it), the
institute's attached photos and scans with thumbnails and captions (attach, edit the caption, open, remove), and
one action that builds the evidence pack: one PDF with a cover, contents and every document, and a zip of the
originals."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cdfi_desktop.domain.fiscal import fiscal_year_be
from cdfi_desktop.failures import describe
from cdfi_desktop.messages import message
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.ops import Ops, in_unit_of_work
from cdfi_desktop.ui.reports.common import KEY_ROLE, cell, go_to_step, print_printout, show_no_institute
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets.dialogs import ask
from cdfi_desktop.ui.widgets.empty import EmptyOr
from cdfi_desktop.ui.widgets.fields import screen_language
from cdfi_desktop.ui.widgets.page import Page
from cdfi_desktop.ui.widgets.screen import LazyScreen
from cdfi_desktop.ui.widgets.table import Column, Kind, RegisterTable
from cdfi_desktop.ui.widgets.thai_text import breakable
from cdfi_desktop.ui.workflow import STEPS, step_text

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.services.evidence_attachments import EvidenceFile
    from cdfi_desktop.services.evidence_items import Checklist
    from cdfi_desktop.services.uow import UnitOfWork

log = logging.getLogger(__name__)
CONTEXT = "EvidenceTab"
ID_ROLE = KEY_ROLE  # the checklist item's key (services.evidence), and an attached file's link id
STATE_ROLE = Qt.ItemDataRole.UserRole + 2
THUMB = QSize(112, 76)
MAX_ROW_LINES = 2  # a longer "missing" text is cut there; the whole of it is in the cell's tooltip
KINDS = ("photo", "minutes", "form", "other")  # services.evidence_attachments.EVIDENCE_KINDS, not imported here

COLUMNS = (
    Column(QT_TRANSLATE_NOOP("EvidenceTab", "State"), Kind.TEXT),
    Column(QT_TRANSLATE_NOOP("EvidenceTab", "Evidence"), Kind.TEXT),
    Column(QT_TRANSLATE_NOOP("EvidenceTab", "There"), Kind.TEXT),
    Column(QT_TRANSLATE_NOOP("EvidenceTab", "What is missing"), Kind.TEXT, stretch=True),
    # its buttons are kept whole, as a number's column is (a text column is narrowed when the table is short of room)
    Column(QT_TRANSLATE_NOOP("EvidenceTab", "Fixed in"), Kind.NUMBER),
)
STATE_COLUMN, FIX_COLUMN = 0, 4
# State cells: (mark, background, text colour).
STATES: dict[str, tuple[str, str, str]] = {
    "present": ("✓", "#d6f0db", "#1e5631"),
    "partial": ("◐", "#ffe8a3", "#7a4a00"),
    "missing": ("✗", "#f8d0cc", "#9b1c1c"),
}
STATE_NAMES = {
    "present": QT_TRANSLATE_NOOP("EvidenceTab", "Complete"),
    "partial": QT_TRANSLATE_NOOP("EvidenceTab", "Partial"),
    "missing": QT_TRANSLATE_NOOP("EvidenceTab", "Missing"),
}
STEP_TITLES = {s.key: s.title for s in STEPS}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# -- work on the worker thread ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Loaded:
    institute_id: str | None
    fiscal_year: int
    checklist: Checklist | None
    files: tuple[EvidenceFile, ...]
    thumbnails: dict[str, QImage]  # by SHA-256; QImage (unlike QPixmap) may be made off the UI thread
    stored: dict[str, Path]  # by SHA-256


def thumbnail(path: Path, size: QSize = THUMB) -> QImage | None:
    image = QImage(str(path))
    if image.isNull():
        return None
    return image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)


def load(db: Database, *, fiscal_year: int) -> Loaded:
    from cdfi_desktop.services import evidence as ev
    from cdfi_desktop.services import evidence_attachments as eva
    from cdfi_desktop.services import registers as reg
    from cdfi_desktop.services.attachments import stored_path

    with db.reading() as session:
        institute_id = reg.first_institute_id(session)
        if institute_id is None:
            return Loaded(None, fiscal_year, None, (), {}, {})
        listing = ev.checklist(session, institute_id=institute_id, fiscal_year=fiscal_year)
        files = tuple(eva.evidence_files(session, institute_id=institute_id))
    stored = {f.sha256: stored_path(db, f.sha256) for f in files}
    thumbnails: dict[str, QImage] = {}
    for found in files:
        if found.is_image and found.sha256 not in thumbnails:
            image = thumbnail(stored[found.sha256])
            if image is not None:
                thumbnails[found.sha256] = image
    return Loaded(institute_id, fiscal_year, listing, files, thumbnails, stored)


def open_with_system(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


# -- the tab ---------------------------------------------------------------------------------------------------------
class EvidenceTab(LazyScreen):
    """What evidence of section 4.3 the institute has, its attached files, and the evidence pack."""

    def __init__(self, ops: Ops, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(ops, parent)
        self.setObjectName("evidenceTab")
        self.today = today or date.today()
        self.fiscal_year = fiscal_year_be(self.today)
        self.loaded: Loaded | None = None
        self.printed: list[Path] = []
        self.opener: Callable[[Path], None] = open_with_system

        self.page = Page(self)
        # the tab's own content, or in its place the empty state of a database without an institute
        self.content = QVBoxLayout()
        self.content.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.page.add_to_heading(self.summary)
        self.summary.setObjectName("pageSummary")
        self.build_button = QPushButton()
        self.page.add_to_heading(self.build_button)
        self.build_button.setObjectName("buildEvidencePack")
        self.build_button.clicked.connect(lambda _checked=False: self.build_pack())
        self.page.actions.hide()  # the one action sits in the heading row
        self.problem = self.page.problem
        self.print_status = self.page.status

        self.table = RegisterTable(COLUMNS, context=CONTEXT, key="evidence")
        self.table.setObjectName("evidenceChecklist")
        self.model = self.table.standard_model()
        self.table.setWordWrap(True)  # a row of the checklist takes up to two lines; the whole text is its tooltip
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setMaximumSectionSize(self.table.fontMetrics().lineSpacing() * MAX_ROW_LINES + 10)
        self.content.addWidget(self.table, 3)

        self.files_box = QGroupBox()
        files_layout = QHBoxLayout(self.files_box)
        files_layout.setContentsMargins(6, 2, 6, 4)
        self.files = QListWidget()
        self.files.setObjectName("evidenceFiles")
        self.files.setViewMode(QListView.ViewMode.IconMode)
        self.files.setFlow(QListView.Flow.LeftToRight)
        self.files.setWrapping(False)
        self.files.setMovement(QListView.Movement.Static)
        self.files.setResizeMode(QListView.ResizeMode.Adjust)
        self.files.setIconSize(THUMB)
        self.files.setGridSize(QSize(THUMB.width() + 44, THUMB.height() + 44))
        self.files.setWordWrap(True)
        self.files.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.files.setFixedHeight(THUMB.height() + 46)
        self.files.itemSelectionChanged.connect(self._update_buttons)
        self.files.itemDoubleClicked.connect(lambda _item: self.open_file())
        files_layout.addWidget(self.files, 1)
        buttons = QGridLayout()
        buttons.setVerticalSpacing(4)
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("evidenceKind")
        for kind in KINDS:
            self.kind_box.addItem("", kind)
        self.attach_button = QPushButton()
        self.attach_button.clicked.connect(self._attach_clicked)
        self.caption_button = QPushButton()
        self.caption_button.clicked.connect(self._caption_clicked)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_file)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove)
        buttons.addWidget(self.kind_box, 0, 0)
        buttons.addWidget(self.attach_button, 0, 1)
        buttons.addWidget(self.caption_button, 1, 0)
        buttons.addWidget(self.open_button, 1, 1)
        buttons.addWidget(self.remove_button, 2, 0)
        buttons.setRowStretch(3, 1)
        files_layout.addLayout(buttons)
        self.content.addWidget(self.files_box)
        content = QWidget()
        content.setLayout(self.content)
        self.stack = EmptyOr(content)
        self.page.body.addWidget(self.stack)
        self.retranslate()
        self._update_buttons()

    # -- loading -----------------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self._stale = False
        fiscal_year = self.fiscal_year
        self.ops.query(lambda db: load(db, fiscal_year=fiscal_year), success=self._loaded, failure=self._failed)

    def set_view(self, *, fiscal_year: int | None = None, today: date | None = None) -> None:
        """Show another fiscal year (B.E.), or print the pack with another date, then read again."""
        if today is not None:
            self.today = today
        if fiscal_year is not None:
            self.fiscal_year = fiscal_year
        self.retranslate()
        self.reload()

    def _failed(self, exc: Exception) -> None:
        from cdfi_desktop.services.errors import ValidationFailed

        if isinstance(exc, ValidationFailed):
            language = screen_language()
            self.page.show_problem("\n".join(message(i.code, language, **i.params) for i in exc.issues))
        else:
            log.error("the evidence tab failed: %s", exc)
            self.page.show_problem(self.tr("The operation failed: %1").replace("%1", describe(exc, screen_language())))
        self.reload()

    def _loaded(self, loaded: Loaded) -> None:
        if loaded.fiscal_year != self.fiscal_year:
            return
        self.loaded = loaded
        self._fill()

    # -- showing -----------------------------------------------------------------------------------------------------
    def _fill(self) -> None:
        loaded = self.loaded
        listing = loaded.checklist if loaded else None
        language = screen_language()
        self.model.removeRows(0, self.model.rowCount())
        if listing is None:
            self.summary.setText("")
            if loaded is not None:
                show_no_institute(self.stack, self.tr("The evidence of section 4.3 is gathered for an institute."))
        else:
            self.stack.show_content()
            self.summary.setText(
                self.tr("%1 of %2 items complete")
                .replace("%1", str(listing.present))
                .replace("%2", str(len(listing.items)))
            )
            for row, item in enumerate(listing.items):
                mark, fill, ink = STATES[item.state.value]
                state = cell(
                    f"{mark} {_t(STATE_NAMES[item.state.value])}",
                    color=QColor(ink),
                    background=QColor(fill),
                    align=Qt.AlignmentFlag.AlignHCenter,
                )
                state.setData(item.state.value, STATE_ROLE)
                title = cell(breakable(item.title(language)), key=item.key)
                missing = "\n".join(item.missing_texts(language)) or "–"
                fix = ""
                if item.key == "photos" and not item.present:  # fixed right here
                    fix = self.tr("Attach…")
                elif not item.present:
                    fix = step_text(STEP_TITLES.get(item.step, item.step))
                there = cell(breakable(item.summary(language)))
                # the button's text and size in its cell too, so that the column is as wide as the button
                fix_cell = cell(fix)
                self.model.appendRow([state, title, there, cell(breakable(missing), tip=missing), fix_cell])
                if not fix:
                    continue
                button = QPushButton(fix)
                fix_cell.setSizeHint(button.sizeHint())
                if item.key == "photos":
                    button.setToolTip(self.tr("Attach photos of the activities"))
                    button.clicked.connect(lambda _checked=False: self._attach_photo())
                else:
                    button.setToolTip(self.tr("Go to the step where this is made"))
                    button.clicked.connect(lambda _checked=False, step=item.step: self.go_to_step(step))
                self.table.setIndexWidget(self.model.index(row, FIX_COLUMN), button)
        self._fill_files()
        self._update_buttons()

    def _fill_files(self) -> None:
        loaded = self.loaded
        self.files.clear()
        language = screen_language()
        for found in loaded.files if loaded else ():
            kind = message(f"evidence_kind_{found.evidence_kind}", language) if found.evidence_kind in KINDS else ""
            text = found.caption or found.filename
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, found.link_id)
            item.setToolTip(f"{kind}: {found.filename} ({found.size:,} B)\n{found.caption}".strip())
            image = loaded.thumbnails.get(found.sha256) if loaded else None
            if image is not None:
                item.setIcon(QIcon(QPixmap.fromImage(image)))
            else:
                item.setIcon(self.style().standardIcon(self.style().StandardPixmap.SP_FileIcon))
            self.files.addItem(item)

    def _update_buttons(self) -> None:
        has_institute = bool(self.loaded and self.loaded.institute_id)
        chosen = self.current_link_id() is not None
        no_institute = self.tr("No institute yet: set it up on the institute screen first.")
        actions = self.page.actions
        for widget in (self.attach_button, self.kind_box, self.build_button):
            actions.set_available(widget, has_institute, no_institute)
        for button in (self.caption_button, self.open_button, self.remove_button):
            actions.set_available(button, chosen, self.tr("Choose a file among the attached ones first."))

    # -- the checklist's way to each step ----------------------------------------------------------------------------
    def go_to_step(self, key: str) -> None:
        go_to_step(self, key)

    # -- attached files ----------------------------------------------------------------------------------------------
    def current_link_id(self) -> str | None:
        items = self.files.selectedItems()
        return str(items[0].data(ID_ROLE)) if items else None

    def current_file(self) -> EvidenceFile | None:
        link_id = self.current_link_id()
        files = self.loaded.files if self.loaded else ()
        return next((f for f in files if f.link_id == link_id), None)

    def select_file(self, link_id: str) -> bool:
        for row in range(self.files.count()):
            if self.files.item(row).data(ID_ROLE) == link_id:
                self.files.setCurrentRow(row)
                return True
        return False

    def _change(self, fn: Callable[[UnitOfWork], Any], *, success: Callable[[Any], None] | None = None) -> None:
        self.page.clear_problem()
        self.ops.change(in_unit_of_work(fn), success=success, failure=self._failed)

    def _attach_clicked(self) -> None:
        self.attach()

    def _attach_photo(self) -> None:
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData("photo")))
        self.attach()

    def attach(self, path: Path | None = None, *, kind: str | None = None, caption: str = "") -> None:
        """Attach a photo or a scan as the kind chosen (asked with a file dialog when ``path`` is None)."""
        institute_id = self.loaded.institute_id if self.loaded else None
        if institute_id is None:
            return
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self,
                self.tr("Attach evidence"),
                "",
                self.tr("Photos and scans (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;All files (*)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        chosen_kind = kind or str(self.kind_box.currentData())
        source = path

        def work(uow: UnitOfWork) -> str:
            from cdfi_desktop.services import evidence_attachments as eva

            return eva.attach_evidence(uow, source, institute_id=institute_id, kind=chosen_kind, caption=caption)

        self._change(work)

    def _caption_clicked(self) -> None:
        found = self.current_file()
        if found is None:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Caption"))
        dialog.setLabelText(self.tr("What the file shows:"))
        dialog.setTextValue(found.caption or "")
        dialog.setOkButtonText(QCoreApplication.translate("Dialogs", "OK"))  # Qt has no Thai for its own buttons
        dialog.setCancelButtonText(QCoreApplication.translate("Dialogs", "Cancel"))
        if dialog.exec() == QInputDialog.DialogCode.Accepted:
            self.set_caption(dialog.textValue())

    def set_caption(self, caption: str, link_id: str | None = None) -> None:
        """Change the caption of the file chosen (or of ``link_id``)."""
        link = link_id or self.current_link_id()
        if link is None:
            return

        def work(uow: UnitOfWork) -> None:
            from cdfi_desktop.services import evidence_attachments as eva

            eva.set_caption(uow, link, caption)

        self._change(work)

    def open_file(self) -> None:
        found = self.current_file()
        if found is None or self.loaded is None:
            return
        path = self.loaded.stored.get(found.sha256)
        if path is not None:
            self.opener(path)

    def confirm(self, question: str) -> bool:
        return ask(self, self.tr("Evidence"), question)

    def remove(self) -> None:
        found = self.current_file()
        if found is None:
            return
        name = found.caption or found.filename
        if not self.confirm(self.tr("Remove “%1” from the evidence?").replace("%1", name)):
            return
        link_id = found.link_id

        def work(uow: UnitOfWork) -> None:
            from cdfi_desktop.services import evidence_attachments as eva

            eva.detach_evidence(uow, link_id)

        self._change(work)

    # -- the pack ----------------------------------------------------------------------------------------------------
    def build_pack(self, folder: Path | None = None) -> None:
        """Build the evidence pack (PDF) and the zip of its originals into ``folder`` (asked when None)."""
        institute_id = self.loaded.institute_id if self.loaded else None
        if institute_id is None:
            return
        from cdfi_desktop.reports.evidence_pack import build_evidence_pack
        from cdfi_desktop.services.attachments import attachments_dir

        fiscal_year, today, language = self.fiscal_year, self.today, screen_language()
        print_printout(
            self,
            folder,
            build_evidence_pack,
            ask=self.tr("Folder for the evidence pack"),
            what=self.tr("The evidence pack"),
            institute_id=institute_id,
            fiscal_year=fiscal_year,
            printed_on=today,
            language=language,
            attachments_dir=attachments_dir(self.ops.db),
        )

    # -- language ----------------------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)  # retranslates
        if event.type() == QEvent.Type.LanguageChange:
            self._fill()

    def retranslate(self) -> None:
        self.page.set_heading(self.tr("Evidence of %1").replace("%1", labels.fiscal_year_text(self.fiscal_year)))
        self.build_button.setText(self.tr("Build the evidence pack…"))
        self.page.actions.set_tip(
            self.build_button,
            self.tr("One PDF with a cover, contents, the checklist and every document, and a zip of the originals"),
        )
        self.table.retranslate()
        self.files_box.setTitle(self.tr("Attached photos and scans"))
        language = screen_language()
        for index, kind in enumerate(KINDS):
            self.kind_box.setItemText(index, message(f"evidence_kind_{kind}", language))
        self.page.actions.set_tip(self.kind_box, self.tr("What the next file attached is"))
        self.attach_button.setText(self.tr("Attach…"))
        self.caption_button.setText(self.tr("Caption…"))
        self.open_button.setText(self.tr("Open"))
        self.remove_button.setText(self.tr("Remove"))
