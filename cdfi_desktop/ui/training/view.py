"""Training screen: the course "สำนึกดี แผนดี บริหารหนี้ได้" of the institute in a fiscal year, its days and
topics, its participants and the attendance grid.

Clicking a day cell of the grid marks it (blank → present → late → absent → on leave → blank); the right mouse
button offers every mark and a note. The cell changes at once and is saved behind, one transaction per mark; the
grid is read again only once no save is waiting, so quick clicking never flickers back. Sign-in sheets and the
attendance summary print from here.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QMenu,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cdfi_desktop.domain.enums import AttendanceStatus
from cdfi_desktop.domain.errors import DomainError
from cdfi_desktop.domain.fiscal import fiscal_year_be
from cdfi_desktop.failures import describe
from cdfi_desktop.messages import message
from cdfi_desktop.services.errors import ValidationFailed
from cdfi_desktop.services.training_types import COURSE_TITLE
from cdfi_desktop.ui.ops import Ops, in_unit_of_work
from cdfi_desktop.ui.overview import first_steps
from cdfi_desktop.ui.training.course import CoursePage
from cdfi_desktop.ui.training.dialogs import PersonDialog, ask_note
from cdfi_desktop.ui.training.grid_model import CYCLE, AttendanceModel, MarkDelegate, status_text
from cdfi_desktop.ui.training.work import Loaded, load_training, write_paper
from cdfi_desktop.ui.widgets.dialogs import ask
from cdfi_desktop.ui.widgets.empty import EmptyOr
from cdfi_desktop.ui.widgets.fields import screen_language
from cdfi_desktop.ui.widgets.fit import fit_to_screen
from cdfi_desktop.ui.widgets.page import Page, YearChooser
from cdfi_desktop.ui.widgets.screen import LazyScreen
from cdfi_desktop.ui.widgets.thai_text import WrappingLabel

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.services.training_types import CourseView
    from cdfi_desktop.services.uow import UnitOfWork

log = logging.getLogger(__name__)


class TrainingScreen(LazyScreen):
    """The institute's training of a fiscal year: course and days, participants, attendance and completion."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.setObjectName("training")
        self.ops = ops
        self.institute_id: str | None = None
        self.fiscal_year = fiscal_year_be(date.today())
        self.course: CourseView | None = None
        self.loaded: Loaded | None = None
        self.pending = 0  # marks being saved
        self._reload_after_saves = False
        self.last_written: Path | None = None

        self.page = Page(self)
        self.institute_box = QComboBox()
        self.institute_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.institute_box.currentIndexChanged.connect(self._chosen)
        self.year_box = YearChooser()
        self.year_box.chosen.connect(lambda _year: self._chosen())
        self.page.add_to_heading(self.institute_box)
        self.page.add_to_heading(self.year_box)
        actions = self.page.actions
        self.add_targets = actions.add(self.add_target_households)
        self.add_person = actions.add(self._add_person)
        self.remove_person = actions.add(self._remove_person)
        actions.stretch()
        self.print_sheets = actions.add(self._print_sign_in_sheets)
        self.print_summary = actions.add(self._print_summary)

        self.course_page = CoursePage()
        self.title_edit = self.course_page.title_edit
        self.venue_edit = self.course_page.venue_edit
        self.trainers_edit = self.course_page.trainers_edit
        self.days_table = self.course_page.days_table
        self.course_problem = self.course_page.problem
        self.save_course = self.course_page.save_button
        self.save_course.clicked.connect(self._save_course)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._attendance_page(), "")
        self.tabs.addTab(self.course_page, "")
        self.stack = EmptyOr(self.tabs)
        self.page.body.addWidget(self.stack)

        self.year_box.show_year(self.fiscal_year, current=fiscal_year_be(date.today()))
        self.retranslate()

    # -- building --------------------------------------------------------------------------------------------------
    def _attendance_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(8, 8, 8, 6)
        self.model = AttendanceModel(self)
        self.grid = QTableView()
        self.grid.setModel(self.model)
        self.grid.setItemDelegate(MarkDelegate(self.grid))
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setWordWrap(False)
        self.grid.verticalHeader().setVisible(False)
        self.grid.verticalHeader().setDefaultSectionSize(28)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.grid.horizontalHeader().setStretchLastSection(True)
        self.grid.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.grid.customContextMenuRequested.connect(self._cell_menu)
        self.grid.clicked.connect(self._cell_clicked)
        self.model.modelReset.connect(self._size_columns)
        column.addWidget(self.grid, 1)

        self.summary = WrappingLabel()
        self.summary.setObjectName("pageSummary")
        self.summary.setWordWrap(True)
        self.hint = WrappingLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #4a5568;")
        column.addWidget(self.summary)
        column.addWidget(self.hint)
        return page

    def _size_columns(self) -> None:
        """Each column as wide as its header or its widest cell (the model's own measure as the least)."""
        self.grid.resizeColumnsToContents()
        scale = self.grid.fontMetrics().averageCharWidth() / 7
        header = self.grid.horizontalHeader()
        for section in range(self.model.columnCount()):
            wanted = max(int(self.model.width_of(section) * scale), header.sectionSizeHint(section))
            self.grid.setColumnWidth(section, max(self.grid.columnWidth(section), wanted))

    # -- loading ---------------------------------------------------------------------------------------------------
    def _data_changed(self) -> None:
        if self.pending:
            self._reload_after_saves = True
        elif self.isVisible():
            self.reload()
        else:
            self._stale = True

    def reload(self) -> None:
        self._stale = False
        institute_id, fiscal_year = self.institute_id, self.fiscal_year
        self.ops.query(
            lambda db: load_training(db, institute_id=institute_id, fiscal_year=fiscal_year), success=self._loaded
        )

    def set_fiscal_year(self, fiscal_year: int) -> None:
        """Show the course of another fiscal year (B.E.)."""
        self.fiscal_year = fiscal_year
        self.year_box.show_year(fiscal_year, current=fiscal_year_be(date.today()))
        self.reload()

    def _chosen(self) -> None:
        """The officer chose another institute or fiscal year: show its course."""
        institute, year = self.institute_box.currentData(), self.year_box.year()
        chosen = (
            str(institute) if institute else self.institute_id,
            int(year) if year is not None else self.fiscal_year,
        )
        if chosen != (self.institute_id, self.fiscal_year):
            self.institute_id, self.fiscal_year = chosen
            self.reload()

    def _loaded(self, loaded: Loaded) -> None:
        if self.pending:  # a mark is still being saved: this read may not have it yet
            self._reload_after_saves = True
            return
        self.loaded = loaded
        self.institute_id = loaded.institute_id
        self.course = loaded.course
        self.institute_box.blockSignals(True)
        self.institute_box.clear()
        for institute_id, name in loaded.institutes:
            self.institute_box.addItem(name, institute_id)
        self.institute_box.setCurrentIndex(max(0, self.institute_box.findData(loaded.institute_id)))
        self.institute_box.setVisible(len(loaded.institutes) > 1)
        self.institute_box.blockSignals(False)
        if loaded.defaults is not None:
            self.course_page.fill(loaded.course, loaded.defaults)
        self.model.set_grid(loaded.grid)
        self._update_state()
        if self.institute_id is None:
            self.stack.show_empty(
                first_steps.no_institute_text(),
                first_steps.create_institute_action(),
                lambda: first_steps.go_to_step(self, "institute"),
            )
        else:
            self.stack.show_content()
        if self.course is None:  # nothing to mark before the course is saved
            self.tabs.setCurrentIndex(1)

    def _update_state(self) -> None:
        available = self.page.actions.set_available
        has_course = self.course is not None
        why = (
            first_steps.why_no_institute()
            if self.institute_id is None
            else self.tr("Save the course and its days first (tab Course and days).")
        )
        for widget in (self.add_targets, self.add_person, self.remove_person, self.print_sheets, self.print_summary):
            available(widget, has_course, why)
        available(self.save_course, self.institute_id is not None, first_steps.why_no_institute())
        self._show_heading()
        self._show_summary()

    def _show_heading(self) -> None:
        title = self.tr("Course “%1” (not saved yet)").replace("%1", COURSE_TITLE)
        if self.course:
            title = self.tr("Course “%1”").replace("%1", self.course.title)
            venue = self.course.venue
            if venue:
                title += " · " + venue
        self.page.set_heading(title)

    def _show_summary(self) -> None:
        if self.institute_id is None:
            self.summary.setText(self.tr("Set up the institute first."))
            return
        if self.course is None:
            self.summary.setText(
                self.tr("No course for this fiscal year yet: fill in the course and its days, then save.")
            )
            return
        total = self.model.rowCount()
        if not total:
            self.summary.setText(self.tr("No participants yet: add the target households, or add a person."))
            return
        days = len(self.model.days)
        text = (
            self.tr("Completed: %1 of %n participants (at least %2 of %3 days)", "", total)
            .replace("%1", str(self.model.completed_count()))
            .replace("%2", str(self.model.required))
            .replace("%3", str(days))
        )
        per_day = [
            self.tr("day %1: %2 attended").replace("%1", str(d.day_no)).replace("%2", str(self.model.attended_on(i)))
            for i, d in enumerate(self.model.days)
        ]
        self.summary.setText(f"<b>{text}</b> · " + " · ".join(per_day))

    # -- marking ---------------------------------------------------------------------------------------------------
    def _cell_clicked(self, index: QModelIndex) -> None:
        day_index = self.model.day_index(index.column())
        if day_index is None or self.model.course_id is None:
            return
        mark = self.model.cycle(index.row(), day_index)
        self._save_mark(index.row(), day_index, mark.status if mark else None, mark.note if mark else "")

    def set_mark(self, row: int, day_index: int, status: AttendanceStatus | None, note: str | None = None) -> None:
        """Mark one cell as the officer would (the grid changes at once, the save runs behind)."""
        mark = self.model.set_mark(row, day_index, status, note)
        self._save_mark(row, day_index, mark.status if mark else None, mark.note if mark else "")

    def _save_mark(self, row: int, day_index: int, status: AttendanceStatus | None, note: str) -> None:
        course_id = self.model.course_id
        assert course_id is not None
        participant_id = self.model.participant(row).id
        day_no = self.model.days[day_index].day_no
        self.pending += 1
        self._show_summary()

        def save(uow: UnitOfWork) -> None:
            from cdfi_desktop.services import training as svc

            svc.set_attendance(
                uow, course_id=course_id, participant_id=participant_id, day_no=day_no, status=status, note=note
            )

        self.ops.change(in_unit_of_work(save), success=lambda _r: self._saved(), failure=self._save_failed)

    def _saved(self) -> None:
        self.pending -= 1
        if not self.pending and self._reload_after_saves:
            self._reload_after_saves = False
            self.reload()

    def _save_failed(self, exc: Exception) -> None:
        self.pending -= 1
        log.warning("attendance not saved: %s", exc)
        self.page.show_problem(self.tr("The mark was not saved: %1").replace("%1", describe(exc, screen_language())))
        self._reload_after_saves = False
        if not self.pending:
            self.reload()

    @property
    def saving(self) -> bool:
        return self.pending > 0

    def _cell_menu(self, position: QPoint) -> None:
        index = self.grid.indexAt(position)
        day_index = self.model.day_index(index.column()) if index.isValid() else None
        if day_index is None or self.model.course_id is None:
            return
        row = index.row()
        menu = QMenu(self)
        for status in CYCLE[1:]:
            assert status is not None
            action = menu.addAction(status_text(status))
            action.triggered.connect(lambda _c=False, s=status: self.set_mark(row, day_index, s))
        clear = menu.addAction(self.tr("Clear the mark"))
        clear.triggered.connect(lambda: self.set_mark(row, day_index, None))
        menu.addSeparator()
        note = menu.addAction(self.tr("Note…"))
        current = self.model.mark_at(row, day_index)
        note.setEnabled(current is not None)
        note.triggered.connect(lambda: self._edit_note(row, day_index))
        menu.popup(self.grid.viewport().mapToGlobal(position))
        self.cell_menu = menu

    def _edit_note(self, row: int, day_index: int) -> None:
        current = self.model.mark_at(row, day_index)
        if current is None:
            return
        person = self.model.participant(row).full_name
        day_no = self.model.days[day_index].day_no
        text = ask_note(
            self,
            title=self.tr("Note on attendance"),
            label=self.tr("%1, day %2 (e.g. the reason for leave):").replace("%1", person).replace("%2", str(day_no)),
            note=current.note,
        )
        if text is not None:
            self.set_mark(row, day_index, current.status, text)

    # -- participants ----------------------------------------------------------------------------------------------
    def add_target_households(self) -> None:
        course_id = self.course.id if self.course else None
        if course_id is None:
            return

        def add(uow: UnitOfWork) -> int:
            from cdfi_desktop.services import training as svc

            return svc.add_target_participants(uow, course_id=course_id)

        self.page.clear_problem()
        self.ops.change(in_unit_of_work(add), success=self._targets_added, failure=self._failed)

    def _targets_added(self, added: int) -> None:
        if added == 0:
            self.page.show_problem(
                self.tr(
                    "Nobody was added: every target household of this fiscal year is already on the list, "
                    "or no target households have been selected yet."
                )
            )
        else:
            self.page.say(self.tr("%n people added from the target households.", "", added))

    def _add_person(self) -> None:
        if self.course is None or self.institute_id is None:
            return
        institute_id = self.institute_id

        def households(db: Database) -> Any:
            from cdfi_desktop.services import training as svc

            with db.session() as session:
                return svc.household_choices(session, institute_id=institute_id)

        self.ops.query(households, success=self._open_person_dialog)

    def _open_person_dialog(self, households: Any) -> None:
        self.person_dialog = PersonDialog(households, self)
        self.person_dialog.accepted.connect(self._person_accepted)
        fit_to_screen(self.person_dialog)
        self.person_dialog.open()

    def _person_accepted(self) -> None:
        dialog = self.person_dialog
        self.add_participant(dialog.name.text(), household_id=dialog.household_id(), note=dialog.note.text())

    def add_participant(self, full_name: str, *, household_id: str | None = None, note: str = "") -> None:
        course_id = self.course.id if self.course else None
        if course_id is None:
            return

        def add(uow: UnitOfWork) -> str:
            from cdfi_desktop.services import training as svc

            return svc.add_participant(
                uow, course_id=course_id, full_name=full_name, household_id=household_id, note=note
            )

        self.page.clear_problem()
        self.ops.change(in_unit_of_work(add), failure=self._failed)

    def _remove_person(self) -> None:
        index = self.grid.currentIndex()
        if not index.isValid() or self.course is None:
            self.page.show_problem(self.tr("Choose a person in the list first."))
            return
        person = self.model.participant(index.row())
        if not ask(
            self,
            self.tr("Remove person"),
            self.tr("Take %1 off the training, with their attendance?").replace("%1", person.full_name),
        ):
            return
        course_id = self.course.id

        def remove(uow: UnitOfWork) -> None:
            from cdfi_desktop.services import training as svc

            svc.remove_participant(uow, course_id=course_id, participant_id=person.id)

        self.page.clear_problem()
        self.ops.change(in_unit_of_work(remove), failure=self._failed)

    # -- course ----------------------------------------------------------------------------------------------------
    def day_forms(self) -> list[Any]:
        return self.course_page.day_forms()

    def _save_course(self) -> None:
        if self.institute_id is None:
            return
        language = screen_language()
        try:
            days = self.course_page.day_forms()
        except DomainError as error:
            self.course_page.problem.setText(message(error.code, language, **error.params))
            return
        institute_id, fiscal_year = self.institute_id, self.fiscal_year
        title, venue, trainers = self.title_edit.text(), self.venue_edit.text(), self.trainers_edit.text()
        minimum = self.course_page.min_days_spin.value()

        def save(uow: UnitOfWork) -> str:
            from cdfi_desktop.services import training as svc

            return svc.save_course(
                uow,
                institute_id=institute_id,
                fiscal_year=fiscal_year,
                title=title,
                venue=venue,
                trainers=trainers,
                days=days,
                min_days_to_complete=minimum,
            )

        self.course_page.problem.clear()
        self.ops.change(in_unit_of_work(save), success=self._course_saved, failure=self._course_failed)

    def _course_saved(self, _course_id: str) -> None:
        self.course_page.problem.clear()
        self.tabs.setCurrentIndex(0)

    def _course_failed(self, exc: Exception) -> None:
        language = screen_language()
        if isinstance(exc, ValidationFailed):
            self.course_page.problem.setText("\n".join(message(i.code, language, **i.params) for i in exc.issues))
        else:
            self._failed(exc)

    def _failed(self, exc: Exception) -> None:
        log.warning("training change failed: %s", exc)
        if isinstance(exc, ValidationFailed):
            text = "\n".join(message(i.code, screen_language(), **i.params) for i in exc.issues)
        else:
            text = describe(exc, screen_language())
        self.page.show_problem(self.tr("Not saved: %1").replace("%1", text))

    # -- printing --------------------------------------------------------------------------------------------------
    def _ask_path(self, title: str, name: str, wanted: str) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), wanted)
        return Path(chosen) if chosen else None

    def _print_sign_in_sheets(self) -> None:
        path = self._ask_path(self.tr("Save the sign-in sheets"), "training-sign-in.pdf", "PDF (*.pdf)")
        if path is not None:
            self.write_paper(path.with_suffix(".pdf"), kind="sign-in")

    def _print_summary(self) -> None:
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the attendance summary"),
            str(Path.home() / "training-attendance.pdf"),
            "PDF (*.pdf);;Excel (*.xlsx)",
        )
        if chosen:
            path = Path(chosen)
            suffix = ".xlsx" if "xlsx" in chosen_filter or path.suffix.lower() == ".xlsx" else ".pdf"
            self.write_paper(path.with_suffix(suffix), kind="summary")

    def write_paper(self, path: Path, *, kind: str) -> None:
        """Write the sign-in sheets ("sign-in") or the attendance summary ("summary", .pdf or .xlsx) behind."""
        if self.institute_id is None:
            return
        institute_id, fiscal_year, language = self.institute_id, self.fiscal_year, screen_language()
        self.page.clear_problem()
        self.ops.query(
            lambda db: write_paper(
                db, institute_id=institute_id, fiscal_year=fiscal_year, language=language, path=path, kind=kind
            ),
            success=self._written,
            failure=self._write_failed,
        )

    def _written(self, path: Path) -> None:
        self.last_written = path
        self.page.say(self.tr("Saved as %1").replace("%1", str(path)))

    def _write_failed(self, exc: Exception) -> None:
        self.page.show_problem(
            self.tr("The file could not be written: %1").replace("%1", describe(exc, screen_language()))
        )

    # -- language --------------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        tip = self.page.actions.set_tip
        self.tabs.setTabText(0, self.tr("Participants and attendance"))
        self.tabs.setTabText(1, self.tr("Course and days"))
        self.add_targets.setText(self.tr("Add target households"))
        tip(self.add_targets, self.tr("One person from each target household of this fiscal year"))
        self.add_person.setText(self.tr("Add person…"))
        self.remove_person.setText(self.tr("Remove person…"))
        self.print_sheets.setText(self.tr("Print sign-in sheets…"))
        tip(self.print_sheets, self.tr("One sign-in sheet per day, with a blank column for signatures (PDF)"))
        self.print_summary.setText(self.tr("Attendance summary…"))
        tip(self.print_summary, self.tr("Everyone's attendance and who completed the course (PDF or Excel)"))
        self.hint.setText(
            self.tr(
                "Click a day to mark it: blank → present → late → absent → on leave → blank. "
                "Right-click for a note. Late counts as attended; absent and leave do not."
            )
        )
        self.course_page.retranslate()
        self.year_box.retranslate()
        self.model.retranslate()
        self._update_state()
