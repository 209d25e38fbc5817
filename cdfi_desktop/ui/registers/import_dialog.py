"""Excel import wizard: choose a workbook, correct the column mapping, see the dry run, import, save the report."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cdfi_desktop.failures import describe
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.ops import Ops
from cdfi_desktop.ui.registers import import_work as work
from cdfi_desktop.ui.registers.import_mapping import MappingPart
from cdfi_desktop.ui.registers.import_preview import STATUSES, PreviewPart
from cdfi_desktop.ui.registers.import_work import Inspected

if TYPE_CHECKING:
    from cdfi_desktop.services.excel_import import ColumnMapping, ImportPlan, ImportResult, MissingFund

PAGE_FILE, PAGE_MAPPING, PAGE_PREVIEW, PAGE_DONE = range(4)


def _language() -> str:
    return "th" if labels.is_thai() else "en"


class ImportDialog(MappingPart, PreviewPart, QDialog):
    """The registers screen opens it with ``ImportDialog(ops, institute_id=..., parent=self)`` and ``open()``.

    ``path`` starts with a workbook already chosen. Every read and write runs through ``ops`` on the worker
    thread; the import itself is one transaction, after which ``ops.data_changed`` refreshes the registers.
    """

    def __init__(
        self,
        ops: Ops,
        *,
        institute_id: str,
        path: str | Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops, self.institute_id = ops, institute_id
        self.setObjectName("importDialog")
        self.resize(1040, 640)
        self.inspected: Inspected | None = None
        self.mappings: dict[str, ColumnMapping] = {}
        self.asked: dict[str, list[tuple[int, str, tuple[str, ...]]]] = {}  # sheet → headings to choose for
        self.offered_funds: dict[str, MissingFund] = {}  # funds the workbook names that the institute lacks
        self.create_funds: set[str] = set()  # of those, the ones the officer ticked to create with the import
        self.plan: ImportPlan | None = None
        self.import_result: ImportResult | None = None
        self.backup_problem = ""  # why no backup was taken before the import ("" when one was)
        self.busy = False
        self.error = ""
        self._build()
        if path is not None:
            self.path_edit.setText(str(path))
        self.retranslate()
        self._show_page(PAGE_FILE)

    # -- building ------------------------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.step = QLabel()
        self.step.setObjectName("pageSummary")
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.step, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(top)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._preview_page())
        self.pages.addWidget(self._done_page())

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("importMessage")
        layout.addWidget(self.message)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.hide()
        layout.addWidget(self.progress)

        buttons = QHBoxLayout()
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.go_back)
        self.report_button = QPushButton()
        self.report_button.clicked.connect(lambda _checked=False: self.save_report())
        self.next_button = QPushButton()
        self.next_button.clicked.connect(self.go_next)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        for button in (self.next_button, self.import_button, self.close_button):
            buttons.addWidget(button)
        for button in (self.back_button, self.report_button, self.next_button, self.import_button, self.close_button):
            button.setAutoDefault(False)
        layout.addLayout(buttons)

    def _file_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.file_intro = QLabel()
        self.file_intro.setWordWrap(True)
        column.addWidget(self.file_intro)
        row = QHBoxLayout()
        self.path_label = QLabel()
        self.path_edit = QLineEdit()
        self.path_edit.textChanged.connect(lambda _text: self._update_buttons())
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self._browse)
        row.addWidget(self.path_label)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        column.addLayout(row)
        self.template_intro = QLabel()
        self.template_intro.setWordWrap(True)
        column.addSpacing(12)
        column.addWidget(self.template_intro)
        self.template_button = QPushButton()
        self.template_button.clicked.connect(lambda _checked=False: self.save_template())
        column.addWidget(self.template_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.done_title = QLabel()
        self.done_title.setObjectName("sectionTitle")
        self.done_text = QLabel()
        self.done_text.setWordWrap(True)
        column.addWidget(self.done_title)
        column.addWidget(self.done_text)
        column.addStretch(1)
        return page

    # -- language ------------------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import from Excel"))
        self.file_intro.setText(
            self.tr(
                "Choose the workbook that holds the households, their members and their debts. Each sheet may "
                "hold one row per member, one row per debt, or both (one row per debt with the borrower's "
                "household and member columns). Title rows above the column headings are fine."
            )
        )
        self.path_label.setText(self.tr("Workbook:"))
        self.path_edit.setPlaceholderText(self.tr("Excel workbook (.xlsx)"))
        self.browse_button.setText(self.tr("Choose file…"))
        self.template_intro.setText(
            self.tr(
                "No workbook yet? Save the program's template, with instructions in Thai and drop-down lists "
                "of creditor kinds and of this institute's member funds, fill it in and import it."
            )
        )
        self.template_button.setText(self.tr("Save the template…"))
        self.mapping_intro.setText(
            self.tr(
                "Check which column of the workbook holds each field, and correct it where the program guessed "
                "wrong. Fields that are not in the workbook stay empty; empty cells never erase what the "
                "registers already hold."
            )
        )
        self.sheet_label.setText(self.tr("Sheet:"))
        self.questions_label.setText(
            self.tr(
                "These headings could mean more than one field, so the program did not guess. Choose what each "
                "column holds; a column left unchosen is not imported."
            )
        )
        self.questions.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Heading"), self.tr("Read as")])
        self.remember.setText(self.tr("Remember these columns for workbooks laid out the same way"))
        self.mapping_table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Column"), self.tr("First value")])
        self.preview_intro.setText(
            self.tr(
                "Nothing has been written yet. This is what the import will do. Rejected rows are not "
                "imported; fix them in the workbook (or in the report copy) and import it again: rows already "
                "imported stay unchanged."
            )
        )
        captions = (self.tr("New"), self.tr("Updated"), self.tr("Unchanged"), self.tr("Rejected"))
        for status, caption in zip(STATUSES, captions, strict=True):
            self.tile_captions[status].setText(caption)
        self.problems_label.setText(self.tr("Rows rejected or with warnings"))
        self.area_confirm.setText(self.tr("I have checked: this workbook is this institute's; import it anyway"))
        self.funds_label.setText(
            self.tr(
                "The workbook names member funds this institute does not have, so their rows are not imported. "
                "Tick the funds to create with the import (each one's type is guessed from its name), then "
                "check again."
            )
        )
        self.funds_button.setText(self.tr("Create the ticked funds and check again"))
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Sheet"), self.tr("Row"), self.tr("Result"), self.tr("Reasons")]
        )
        self.back_button.setText(self.tr("Back"))
        self.report_button.setText(self.tr("Save report copy…"))
        self.import_button.setText(self.tr("Import"))
        self.close_button.setText(self.tr("Close"))
        if self.inspected is not None:
            self._fill_mapping_table()
        if self.plan is not None:
            self._fill_preview()
        if self.import_result is not None:
            self._fill_done()
        self._show_page(self.pages.currentIndex())

    def _status_text(self, status: str) -> str:
        return {
            "new": self.tr("New"),
            "updated": self.tr("Updated"),
            "unchanged": self.tr("Unchanged"),
            "rejected": self.tr("Rejected"),
        }[status]

    # -- navigation ----------------------------------------------------------------------------------------------
    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        titles = (
            self.tr("1. Choose the workbook"),
            self.tr("2. Columns"),
            self.tr("3. Check (dry run)"),
            self.tr("4. Imported"),
        )
        self.heading.setText(titles[page])
        self.step.setText(self.tr("Step %1 of %2").replace("%1", str(page + 1)).replace("%2", "4"))
        self.next_button.setText(self.tr("Check") if page == PAGE_MAPPING else self.tr("Next"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.pages.currentIndex()
        idle = not self.busy
        self.back_button.setVisible(page in (PAGE_MAPPING, PAGE_PREVIEW))
        self.back_button.setEnabled(idle)
        self.next_button.setVisible(page in (PAGE_FILE, PAGE_MAPPING))
        self.next_button.setEnabled(idle and (page != PAGE_FILE or bool(self.path_edit.text().strip())))
        self.import_button.setVisible(page == PAGE_PREVIEW)
        confirmed = self.plan is None or not self.plan.area_warnings or self.area_confirm.isChecked()
        self.import_button.setEnabled(idle and self.plan is not None and self.plan.has_changes and confirmed)
        self.funds_button.setEnabled(idle)
        self.report_button.setVisible(page in (PAGE_PREVIEW, PAGE_DONE))
        self.report_button.setEnabled(idle and self.plan is not None)
        self.browse_button.setEnabled(idle)
        self.template_button.setEnabled(idle)
        self.close_button.setText(self.tr("Close") if page == PAGE_DONE else self.tr("Cancel"))
        self.close_button.setEnabled(idle)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
        self._say(text)
        self._update_buttons()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.error = text if error else ""
        self.message.setText(text)
        self.message.setStyleSheet("color: #b42318;" if error else "color: #2d3748;")

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self._say(work.error_text(exc, _language()), error=True)

    def go_back(self) -> None:
        page = self.pages.currentIndex()
        if page > PAGE_FILE and not self.busy:
            self._say("")
            self._show_page(page - 1)

    def go_next(self) -> None:
        page = self.pages.currentIndex()
        if self.busy:
            return
        if page == PAGE_FILE:
            self.read_workbook()
        elif page == PAGE_MAPPING:
            self.check()

    def _browse(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the workbook"), self.path_edit.text(), self.tr("Excel workbooks (*.xlsx *.xlsm)")
        )
        if name:
            self.path_edit.setText(name)

    # -- step 1: read the workbook -------------------------------------------------------------------------------
    def read_workbook(self) -> None:
        path = Path(self.path_edit.text().strip())
        self._set_busy(True, self.tr("Reading the workbook…"))
        self.ops.query(lambda db: work.inspect(db, path), success=self._inspected, failure=self._failed)

    def _inspected(self, inspected: Inspected) -> None:
        self.inspected = inspected
        self.mappings = dict(inspected.mappings)
        self.asked = {name: mapping.questions() for name, mapping in self.mappings.items()}
        self.offered_funds, self.create_funds = {}, set()
        self.plan = None
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        for name in self.mappings:
            self.sheet_combo.addItem(name, name)
        self.sheet_combo.blockSignals(False)
        self._fill_mapping_table()
        self._set_busy(False)
        self._show_page(PAGE_MAPPING)

    # -- step 3: the dry run -------------------------------------------------------------------------------------
    def check(self) -> None:
        inspected = self.inspected
        if inspected is None:
            return
        mappings = {name: mp for name, mp in self.mappings.items() if mp.columns}
        if self.remember.isChecked():
            self.ops.change(lambda db, _progress: work.save_mappings(db, list(mappings.values())), failure=self._failed)
        self._set_busy(True, self.tr("Checking every row…"))
        create = tuple(name for name in self.offered_funds if name in self.create_funds)
        self.ops.query(
            lambda db: work.plan(
                db, institute_id=self.institute_id, inspected=inspected, mappings=mappings, create_funds=create
            ),
            success=self._planned,
            failure=self._failed,
        )

    def _planned(self, plan: ImportPlan) -> None:
        self.plan = plan
        for fund in plan.missing_funds:
            self.offered_funds.setdefault(fund.name, fund)
        self.area_confirm.setChecked(False)
        self._fill_preview()
        self._set_busy(False)
        self._show_page(PAGE_PREVIEW)
        if not plan.has_changes:
            self._say(self.tr("Nothing to import: the registers already hold every accepted row."))

    # -- step 4: import ------------------------------------------------------------------------------------------
    def start_import(self) -> None:
        plan = self.plan
        if plan is None or self.busy or not plan.has_changes:
            return
        if plan.area_warnings and not self.area_confirm.isChecked():
            return
        self._set_busy(True, self.tr("Importing (one transaction)…"))
        self.progress.setRange(0, 100)
        self.ops.change(
            lambda db, progress: work.apply(db, plan, progress),
            success=self._imported,
            failure=self._import_failed,
            progress=self._progress,
        )

    def _progress(self, done: int, total: int) -> None:
        self.progress.setValue(int(100 * done / total) if total else 100)

    def _imported(self, outcome: tuple[ImportResult, Exception | None]) -> None:
        self.import_result, unsaved = outcome
        self.backup_problem = describe(unsaved, _language()) if unsaved is not None else ""
        self._set_busy(False)
        self._fill_done()
        self._show_page(PAGE_DONE)

    def _import_failed(self, exc: Exception) -> None:
        self._failed(exc)
        if getattr(exc, "code", "") == "import_plan_stale":
            self.plan = None
            self._show_page(PAGE_MAPPING)

    def _fill_done(self) -> None:
        result, plan = self.import_result, self.plan
        if result is None or plan is None:
            return
        counts = result.rows
        self.done_title.setText(self.tr("The workbook was imported in one transaction."))
        lines = [
            self.tr("New rows: %1").replace("%1", f"{counts['new']:,}"),
            self.tr("Updated rows: %1").replace("%1", f"{counts['updated']:,}"),
            self.tr("Unchanged rows: %1").replace("%1", f"{counts['unchanged']:,}"),
            self.tr("Rejected rows (not imported): %1").replace("%1", f"{counts['rejected']:,}"),
            "",
            self.tr("Households added: %1, members added: %2, debts added: %3")
            .replace("%1", f"{result.created.get('household', 0):,}")
            .replace("%2", f"{result.created.get('household_member', 0):,}")
            .replace("%3", f"{result.created.get('debt', 0):,}"),
        ]
        if counts["rejected"]:
            lines += ["", self.tr("Save the report copy to see why each rejected row was not imported.")]
        if self.backup_problem:
            lines += ["", self.tr("No backup was taken before the import: %1").replace("%1", self.backup_problem)]
        self.done_text.setText("\n".join(lines))

    # -- files ---------------------------------------------------------------------------------------------------
    def save_report(self, out: str | Path | None = None) -> None:
        """Write the workbook copy with each row's result and reasons (asks where unless ``out`` is given)."""
        plan = self.plan
        if plan is None or self.busy:
            return
        if out is None:
            suggested = plan.workbook_path.with_name(f"{plan.workbook_path.stem}-ผลการนำเข้า.xlsx")
            name, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save report copy"), str(suggested), self.tr("Excel workbooks (*.xlsx)")
            )
            if not name:
                return
            out = name
        target = Path(out)
        language = _language()
        self._set_busy(True, self.tr("Writing the report copy…"))
        self.ops.query(
            lambda _db: work.write_report(plan, target, language=language), success=self._saved, failure=self._failed
        )

    def save_template(self, out: str | Path | None = None) -> None:
        """Write the import template with this institute's member funds (asks where unless ``out`` is given)."""
        if self.busy:
            return
        if out is None:
            name, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save the template"), "แบบฟอร์มนำเข้าข้อมูล.xlsx", self.tr("Excel workbooks (*.xlsx)")
            )
            if not name:
                return
            out = name
        target = Path(out)
        self._set_busy(True, self.tr("Writing the template…"))
        self.ops.query(
            lambda db: work.write_template_for(db, institute_id=self.institute_id, out=target),
            success=self._saved,
            failure=self._failed,
        )

    def _saved(self, path: Path) -> None:
        self._set_busy(False)
        self._say(self.tr("Saved: %1").replace("%1", str(path)))
        self.saved_path = path


def open_import_dialog(ops: Ops, *, institute_id: str, parent: QWidget | None = None, **kwargs: Any) -> ImportDialog:
    """Create and open (window-modal) the import dialog."""
    dialog = ImportDialog(ops, institute_id=institute_id, parent=parent, **kwargs)
    dialog.open()
    return dialog
