"""The province's step 2: import a folder of the laptops' bundles (a USB stick's worth) with a progress bar, or only
check it; what became of each bundle (status, officer, number, records, the problem); and every folder imported
before, kept, with each bundle's import report."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from cdfi_desktop.ui.province.common import KEY_ROLE, SORT_ROLE, cell, date_text
from cdfi_desktop.ui.province.data import BundleLine, ImportRun, import_folder, load_history, load_report
from cdfi_desktop.ui.sync.actions import failure_text
from cdfi_desktop.ui.sync.dialogs import ImportReportView
from cdfi_desktop.ui.sync.tables import status_label
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets.empty import EmptyOr
from cdfi_desktop.ui.widgets.fields import problem_label, screen_language
from cdfi_desktop.ui.widgets.page import Page
from cdfi_desktop.ui.widgets.printing import choose_folder
from cdfi_desktop.ui.widgets.screen import LazyScreen
from cdfi_desktop.ui.widgets.split import MasterDetail
from cdfi_desktop.ui.widgets.table import Column, Kind, RegisterTable

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.sync.report import ImportReport
    from cdfi_desktop.ui.ops import Ops, Progress
    from cdfi_desktop.ui.sync.dialogs import ReportHeader

HISTORY = (
    Column(QT_TRANSLATE_NOOP("ImportScreen", "Imported"), Kind.DATE),
    Column(QT_TRANSLATE_NOOP("ImportScreen", "Folder"), Kind.TEXT, stretch=True, priority=2),
    Column(QT_TRANSLATE_NOOP("ImportScreen", "Files"), Kind.NUMBER),
    Column(QT_TRANSLATE_NOOP("ImportScreen", "Applied"), Kind.NUMBER),
    Column(QT_TRANSLATE_NOOP("ImportScreen", "Refused"), Kind.NUMBER, priority=1),
)
BUNDLES = (
    Column(QT_TRANSLATE_NOOP("ImportScreen", "Officer"), Kind.TEXT),
    Column(QT_TRANSLATE_NOOP("ImportScreen", "No."), Kind.NUMBER),
    Column(QT_TRANSLATE_NOOP("ImportScreen", "Status"), Kind.TEXT),
    Column(QT_TRANSLATE_NOOP("ImportScreen", "Records"), Kind.NUMBER),
    Column(QT_TRANSLATE_NOOP("ImportScreen", "Problem"), Kind.TEXT, stretch=True),
    Column(QT_TRANSLATE_NOOP("ImportScreen", "File"), Kind.TEXT, priority=2),
)
PROBLEMS = ("refused", "held")


def short_path(folder: str) -> str:
    """A folder by its last two names ("…/E/bundles"): the whole path is in the tooltip."""
    parts = Path(folder).parts
    return folder if len(parts) <= 3 else str(Path("…", *parts[-2:]))


def _import(db: Database, folder: Path, dry_run: bool, progress: Progress) -> ImportRun:
    return import_folder(db, folder, dry_run=dry_run, progress=progress)


class ImportScreen(LazyScreen):
    """Import a folder; the imports kept, each with its bundles and their reports."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.setObjectName("provinceImport")
        self.history: list[ImportRun] = []
        self.unkept: list[ImportRun] = []  # imports not kept by the database (checks only), shown this session
        self.loaded = False
        self.busy = False
        self.last_run: ImportRun | None = None
        self.page = Page(self)
        self.import_button = self.page.actions.add(lambda: self.choose_and_import(dry_run=False), editing=True)
        self.check_button = self.page.actions.add(lambda: self.choose_and_import(dry_run=True), editing=True)
        self.page.actions.stretch()
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.hide()
        self.page.body.addWidget(self.progress)

        self.history_table = RegisterTable(HISTORY, context="ImportScreen", key="province_imports")
        self.history_model = self.history_table.standard_model()
        self.history_table.selectionModel().selectionChanged.connect(lambda *_: self._run_chosen())
        self.bundles_table = RegisterTable(
            BUNDLES, context="ImportScreen", key="province_import_bundles", sortable=True
        )
        self.bundles_model = self.bundles_table.standard_model()
        self.bundles_model.setSortRole(SORT_ROLE)
        self.bundles_table.selectionModel().selectionChanged.connect(lambda *_: self._bundle_chosen())
        self.report_view = ImportReportView()
        # the chosen bundle's problem in full (a refused file has no report)
        self.line_problem = problem_label(state="error")
        self.line_problem.setObjectName("bundleProblem")
        self.line_problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        report = QWidget()
        inside = QVBoxLayout(report)
        inside.setContentsMargins(0, 0, 0, 0)
        inside.addWidget(self.line_problem)
        inside.addWidget(self.report_view, 1)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        self.history_title = QLabel()
        self.history_title.setObjectName("sectionTitle")
        column.addWidget(self.history_title)
        column.addWidget(self.history_table, 1)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        self.bundles_title = QLabel()
        self.bundles_title.setObjectName("sectionTitle")
        column.addWidget(self.bundles_title)
        bundles_and_report = MasterDetail(
            self.bundles_table,
            report,
            key="province_import_report",
            orientation=Qt.Orientation.Vertical,
            ratio=(2, 3),
        )
        column.addWidget(bundles_and_report, 1)
        self.split = MasterDetail(left, right, key="province_import", ratio=(2, 5))
        self.area = EmptyOr(self.split)
        self.page.body.addWidget(self.area, 1)
        self.retranslate()

    # -- loading ---------------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self._stale = False
        self.ops.query(load_history, success=self._loaded, failure=self._failed)

    def _loaded(self, history: list[ImportRun]) -> None:
        self.history, self.loaded = history, True
        self._show_history()

    def _failed(self, exc: Exception) -> None:
        self.page.show_problem(failure_text(exc))

    def runs(self) -> list[ImportRun]:
        return self.unkept + self.history

    # -- importing -------------------------------------------------------------------------------------------------
    def choose_and_import(self, *, dry_run: bool) -> None:
        title = self.tr("Choose the folder (or USB stick) with the laptops' bundles")
        folder = choose_folder(self, title)
        if folder is not None:
            self.import_from(folder, dry_run=dry_run)

    def import_from(self, folder: Path, *, dry_run: bool = False) -> None:
        """Import (or only check) every bundle of ``folder`` on the worker thread, the progress shown."""
        if self.busy:
            return
        self.page.clear_problem()
        self._set_busy(True)
        self.page.status.setText(self.tr("Checking…") if dry_run else self.tr("Importing…"))
        self.ops.change(
            lambda db, progress: _import(db, folder, dry_run, progress),
            success=self._imported,
            failure=self._import_failed,
            progress=self._progressed,
        )

    def _imported(self, run: ImportRun) -> None:
        self._set_busy(False)
        self.last_run = run
        if run.id is None:
            self.unkept.insert(0, run)
        self._tell(run)
        self._show_history()
        self._choose_run(run)

    def _tell(self, run: ImportRun) -> None:
        """Say how the import of ``run`` went: in the status line, or the problem line when a bundle was refused or
        held."""
        applied, refused, held = run.count("applied"), run.count("refused"), run.count("held")
        if not run.lines:
            text = self.tr("There is no bundle in this folder.")
        elif run.dry_run:
            text = self.tr("Checked %1 bundles: %2 refused.").replace("%1", str(len(run.lines)))
            text = text.replace("%2", str(refused))
        else:
            text = (
                self.tr("Imported %1 bundles: %2 applied, %3 held, %4 refused.")
                .replace("%1", str(len(run.lines)))
                .replace("%2", str(applied))
                .replace("%3", str(held))
                .replace("%4", str(refused))
            )
        if refused or held:
            self.page.status.setText("")
            self.page.show_problem(text)
        else:
            self.page.say(text)

    def _import_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.page.status.setText("")
        self.page.show_problem(failure_text(exc))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        if busy:
            self.progress.setRange(0, 0)  # until the first file is reported
        self.progress.setVisible(busy)
        wait = self.tr("Wait until the work under way is done.")
        for button in (self.import_button, self.check_button):
            self.page.actions.set_available(button, not busy, wait)

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    # -- showing ---------------------------------------------------------------------------------------------------
    def _run_key(self, run: ImportRun) -> str:
        return f"kept-{run.id}" if run.id is not None else f"unkept-{id(run)}"

    def _show_history(self) -> None:
        chosen = self.history_table.chosen_value(KEY_ROLE)
        model = self.history_model
        model.setRowCount(0)
        for run in self.runs():
            when = cell(date_text(run.started), run.started.timestamp() if run.started else 0)
            when.setData(self._run_key(run), KEY_ROLE)
            if run.dry_run:
                when.setText(self.tr("%1 (check only)").replace("%1", when.text()))
            model.appendRow(
                [
                    when,
                    cell(short_path(run.folder), tip=run.folder),
                    cell(str(len(run.lines)), number=True),
                    cell(str(run.count("applied")), number=True),
                    cell(str(run.count("refused")), number=True),
                ]
            )
        runs = self.runs()
        if runs:
            self.area.show_content()
            if not (chosen is not None and self.history_table.select_where(KEY_ROLE, chosen)):
                self.history_table.selectRow(0)
        elif self.loaded:
            self.area.show_empty(
                self.tr(
                    "Nothing has been imported yet. Put the laptops' bundles in a folder (or bring the USB stick) "
                    "and import the folder: each bundle is checked and applied in its order."
                ),
                self.tr("Import a folder…"),
                lambda: self.choose_and_import(dry_run=False),
            )
        self._run_chosen()

    def _choose_run(self, run: ImportRun) -> None:
        self.history_table.select_where(KEY_ROLE, self._run_key(run))
        self._run_chosen()

    def chosen_run(self) -> ImportRun | None:
        key = self.history_table.chosen_value(KEY_ROLE)
        return next((r for r in self.runs() if self._run_key(r) == key), None)

    def _run_chosen(self) -> None:
        run = self.chosen_run()
        lines = run.lines if run is not None else []
        model = self.bundles_model
        model.setRowCount(0)
        language = screen_language()
        bold = QFont(self.font())
        bold.setBold(True)
        for index, line in enumerate(lines):
            status = cell(status_label(line.status))
            if line.status in PROBLEMS:
                status.setFont(bold)
            # a file refused before its sender was known goes by its name
            officer = cell(line.officer or line.device_id[:8] or line.file or "–", tip=line.device_id or line.file)
            officer.setData(index, KEY_ROLE)
            problem = line.problem(language)
            model.appendRow(
                [
                    officer,
                    cell(str(line.seq) if line.seq else "–", line.seq, number=True),
                    status,
                    cell(
                        f"{line.records:,}" if line.records or line.status == "applied" else "–",
                        line.records,
                        number=True,
                    ),
                    cell(problem or "–", tip=problem),
                    cell(line.file, tip=line.file),
                ]
            )
        if run is not None:
            title = self.tr("Bundles of the import of %1 (%2)").replace("%1", date_text(run.started))
            self.bundles_title.setText(title.replace("%2", short_path(run.folder)))
            self.bundles_title.setToolTip(run.folder)
        else:
            self.bundles_title.setText(self.tr("Bundles"))
        if lines:
            self.bundles_table.selectRow(0)
        self._bundle_chosen()

    def chosen_line(self) -> BundleLine | None:
        run = self.chosen_run()
        index = self.bundles_table.chosen_value(KEY_ROLE)
        if run is None or not isinstance(index, int) or not 0 <= index < len(run.lines):
            return None
        return run.lines[index]

    def _bundle_chosen(self) -> None:
        line = self.chosen_line()
        problem = line.problem(screen_language()) if line is not None else ""
        self.line_problem.setText(problem)
        self.line_problem.setVisible(bool(problem))
        if line is None or not line.bundle_id:
            self.report_view.set_report(None, None)
            return
        self.ops.query(lambda db: load_report(db, line), success=self._show_report)

    def _show_report(self, found: tuple[ImportReport | None, ReportHeader | None]) -> None:
        line = self.chosen_line()
        report, header = found
        if line is None or header is None or header.seq != line.seq:
            self.report_view.set_report(None, None)
            return
        self.report_view.set_report(report, header)

    def retranslate(self) -> None:
        self.page.set_heading(self.tr("Import bundles"))
        self.import_button.setText(self.tr("Import a folder…"))
        self.check_button.setText(self.tr("Check a folder only…"))
        self.page.actions.set_tip(self.import_button, self.tr("Every bundle under the folder, receipts left out."))
        self.page.actions.set_tip(self.check_button, self.tr("Check the bundles without applying them."))
        self.history_title.setText(self.tr("Imports"))
        self.history_table.retranslate()
        self.bundles_table.retranslate()
        if self.loaded and self.isVisible():
            self._show_history()
        elif self.loaded:
            self._stale = True  # shown again in the new language when next shown
        if self.last_run is not None and (self.page.status.text() or self.page.problem.text()):
            self._tell(self.last_run)  # the note of the last import, in the new language
