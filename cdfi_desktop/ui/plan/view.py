"""Debt-management plan screen (guideline 4.1.3): the committee meeting that made the plan (date B.E., place,
attendees, minutes, scans of the minutes), the projects and activities it selected with their budget lines, the
request against the fiscal year's cap ("requested 38,500.00 of 40,000.00 baht", red with the reason when over),
the plan's status and printing the plan."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QFileDialog, QGroupBox, QLabel, QVBoxLayout, QWidget

from cdfi_desktop.domain.enums import PlanStatus
from cdfi_desktop.domain.fiscal import fiscal_year_be
from cdfi_desktop.domain.money import format_baht
from cdfi_desktop.domain.register_rules import Issue, Severity
from cdfi_desktop.failures import describe
from cdfi_desktop.messages import message
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.ops import Ops, in_unit_of_work
from cdfi_desktop.ui.overview import first_steps
from cdfi_desktop.ui.plan import projects
from cdfi_desktop.ui.plan.dialogs import PlanContext, PlanProjectDialog, status_name
from cdfi_desktop.ui.plan.meeting import MeetingPanel
from cdfi_desktop.ui.plan.projects import COLUMNS, ID_ROLE
from cdfi_desktop.ui.plan.work import DEFAULT_CAP, Loaded, load, open_with_system, stored_file, write_reports
from cdfi_desktop.ui.widgets.dialogs import ask
from cdfi_desktop.ui.widgets.empty import EmptyOr
from cdfi_desktop.ui.widgets.fields import screen_language
from cdfi_desktop.ui.widgets.fit import fit_to_screen
from cdfi_desktop.ui.widgets.page import Page
from cdfi_desktop.ui.widgets.screen import LazyScreen
from cdfi_desktop.ui.widgets.split import MasterDetail
from cdfi_desktop.ui.widgets.table import RegisterTable
from cdfi_desktop.ui.widgets.thai_text import WrappingLabel

if TYPE_CHECKING:
    from cdfi_desktop.services.plan import PlanForm, PlanView, ProjectForm, ProjectView
    from cdfi_desktop.services.uow import UnitOfWork

log = logging.getLogger(__name__)
CONTEXT = "PlanScreen"


class PlanScreen(LazyScreen):
    """The institute's debt-management plan of the fiscal year the day falls in."""

    def __init__(self, ops: Ops, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(ops, parent)
        self.setObjectName("plan")
        self.ops = ops
        self.today = today or date.today()
        self.fiscal_year = fiscal_year_be(self.today)
        self.institute_id: str | None = None
        self.plan: PlanView | None = None
        self.cap = DEFAULT_CAP
        self.loaded = False
        self.project_dialog: PlanProjectDialog | None = None
        self.printed: list[Path] = []
        self.opener: Callable[[Path], None] = open_with_system
        self._select_after: str | None = None
        self._after_load: Callable[[], None] | None = None  # what waits for the plan saved to be read back

        self.page = Page(self)
        self.problem = self.page.problem
        self.print_status = self.page.status
        self.status_caption = QLabel()
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("planStatus")
        for status in PlanStatus:
            self.status_combo.addItem("", status.value)
        self.status_combo.activated.connect(self._status_chosen)
        self.page.add_to_heading(self.status_caption)
        self.page.add_to_heading(self.status_combo)

        # Left: the meeting and its scans.
        self.meeting = MeetingPanel()
        self.meeting_box = self.meeting
        self.date_field = self.meeting.date_field
        self.place_field = self.meeting.place_field
        self.attendees_edit = self.meeting.attendees_edit
        self.minutes_edit = self.meeting.minutes_edit
        self.save_meeting_button = self.meeting.save_button
        self.files = self.meeting.files
        self.attach_button = self.meeting.attach_button
        self.open_button = self.meeting.open_button
        self.detach_button = self.meeting.detach_button
        self.meeting.edited.connect(self._meeting_edited)
        self.save_meeting_button.clicked.connect(lambda: self.save_meeting())  # noqa: PLW0108 - not its `checked`
        self.files.itemSelectionChanged.connect(self._update_buttons)
        self.files.itemDoubleClicked.connect(lambda _item: self.open_file())
        self.attach_button.clicked.connect(lambda: self.attach())  # noqa: PLW0108 - not its `checked`
        self.open_button.clicked.connect(self.open_file)
        self.detach_button.clicked.connect(self.detach)

        # Right: the projects, their budget and the totals against the cap.
        actions = self.page.actions
        self.add_button = actions.add(self.add_project)
        self.edit_button = actions.add(self.edit_project)
        self.remove_button = actions.add(self.remove_project)
        actions.stretch()
        self.print_button = actions.add(self.print_reports)
        self.projects_box = QGroupBox()
        box = QVBoxLayout(self.projects_box)
        box.setSpacing(6)
        self.table = RegisterTable(COLUMNS, context=CONTEXT, key="plan-projects")
        self.model: QStandardItemModel = self.table.standard_model()
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_project())
        actions.add(widget=self.table.chooser_button())
        box.addWidget(self.table, 3)
        self.lines_label = WrappingLabel()
        self.lines_label.setObjectName("planLines")
        self.lines_label.setWordWrap(True)
        self.lines_label.setTextFormat(Qt.TextFormat.RichText)
        self.lines_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self.lines_label, 2)
        self.splitter = MasterDetail(self.meeting, self.projects_box, key="plan", ratio=(1, 2))

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.splitter, 1)
        self.totals = WrappingLabel()
        self.totals.setObjectName("planTotals")
        self.totals.setWordWrap(True)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.totals)
        self.stack = EmptyOr(content)
        self.page.body.addWidget(self.stack)

        self._dirty = False
        self.retranslate()
        self._update_buttons()

    # -- loading ---------------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self._stale = False
        fiscal_year = self.fiscal_year
        self.ops.query(lambda db: load(db, fiscal_year=fiscal_year), success=self._loaded)

    def _loaded(self, loaded: Loaded) -> None:
        self.institute_id = loaded.institute_id
        self.plan = loaded.plan
        self.cap = loaded.cap
        self.loaded = True
        if not self._dirty:
            self._fill_meeting()
        self._fill()
        then, self._after_load = self._after_load, None
        if then is not None and self.plan is not None:
            then()

    def _fill_meeting(self) -> None:
        self.meeting.show_plan(self.plan)
        self._dirty = False
        self._show_meeting_status()

    def _fill(self) -> None:
        keep = self._select_after or self.current_project_id()
        self._select_after = None
        self.model.removeRows(0, self.model.rowCount())
        plan = self.plan
        for project in plan.projects if plan else ():
            self.model.appendRow(projects.items(project))
        self.meeting.show_files(plan)
        status = plan.status if plan else PlanStatus.DRAFT
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(status.value)))
        if keep:
            self.select_project(keep)
        self._show_totals()
        self._selection_changed()
        self._update_buttons()
        if self.institute_id is None:
            self.stack.show_empty(
                first_steps.no_institute_text(),
                first_steps.create_institute_action(),
                lambda: first_steps.go_to_step(self, "institute"),
            )
        else:
            self.stack.show_content()

    @property
    def planned_total(self) -> Decimal:
        return self.plan.planned_total if self.plan else Decimal("0.00")

    def _show_totals(self) -> None:
        total, cap = self.planned_total, self.cap
        text = self.tr("Requested %1 of %2 baht").replace("%1", format_baht(total)).replace("%2", format_baht(cap))
        if self.plan is not None and self.plan.spent_total:
            text += " · " + self.tr("spent %1 baht").replace("%1", format_baht(self.plan.spent_total))
        if total > cap:
            from_service = message("plan_over_cap", screen_language(), total=total, cap=cap, over=total - cap)
            text += "\n" + from_service
            state, colour, background = "over", "#b00d0d", "#fdecea"
        else:
            text += " · " + self.tr("%1 baht left under the cap").replace("%1", format_baht(cap - total))
            state, colour, background = "within", "#1b5e20", "#e3f2e1"
        self.totals.setText(text)
        self.totals.setProperty("state", state)
        self.totals.setStyleSheet(
            f"QLabel {{ color: {colour}; background: {background}; border: 1px solid {colour};"
            " border-radius: 4px; padding: 5px 10px; font-weight: bold; }"
        )

    def _show_meeting_status(self) -> None:
        if self.plan is None:
            text = self.tr("Not saved yet")
        elif self._dirty:
            text = self.tr("Changed: not saved")
        else:
            text = self.tr("Saved")
        self.meeting.status.setText(text)

    def _meeting_edited(self) -> None:
        if not self.loaded:
            return
        self._dirty = True
        self._show_meeting_status()
        self._update_buttons()

    # -- selection ---------------------------------------------------------------------------------------------------
    def current_project_id(self) -> str | None:
        found = self.table.chosen_value(ID_ROLE)
        return str(found) if found else None

    def current_project(self) -> ProjectView | None:
        project_id = self.current_project_id()
        if project_id is None or self.plan is None:
            return None
        return self.plan.project(project_id)

    def select_project(self, project_id: str) -> bool:
        return self.table.select_where(ID_ROLE, project_id)

    def _selection_changed(self, *_args: object) -> None:
        self._update_buttons()
        project = self.current_project()
        if project is None:
            hint = self.tr("Choose a project to see its budget lines.") if self.plan and self.plan.projects else ""
            self.lines_label.setText(f"<p>{html.escape(hint)}</p>")
            return
        self.lines_label.setText(projects.lines_html(project))

    def _update_buttons(self) -> None:
        available = self.page.actions.set_available
        has_institute = self.institute_id is not None
        has_plan = self.plan is not None
        project = self.current_project()
        no_institute = first_steps.why_no_institute()
        choose = self.tr("Choose a project in the list first.")
        save_first = self.tr("Save the meeting first: the scans belong to the saved plan.")
        available(
            self.save_meeting_button,
            has_institute and (self._dirty or not has_plan),
            no_institute if not has_institute else self.tr("Nothing changed since it was saved."),
        )
        available(self.add_button, has_institute, no_institute)
        available(self.edit_button, project is not None, choose)
        available(self.remove_button, project is not None, choose)
        available(self.status_combo, has_plan, save_first)
        available(self.attach_button, has_plan, save_first)
        chosen = bool(self.files.selectedItems())
        available(self.open_button, chosen, self.tr("Choose a scan in the list first."))
        available(self.detach_button, chosen, self.tr("Choose a scan in the list first."))
        available(self.print_button, has_plan, save_first)

    # -- changes -------------------------------------------------------------------------------------------------------
    def _issues_text(self, issues: list[Issue]) -> str:
        language = screen_language()
        return "\n".join(message(i.code, language, **i.params) for i in issues)

    def _failed(self, exc: Exception) -> None:
        from cdfi_desktop.services.errors import ValidationFailed

        if isinstance(exc, ValidationFailed):
            self.page.show_problem(self._issues_text(exc.issues))
        else:
            log.error("changing the plan failed: %s", exc)
            self.page.show_problem(self.tr("The operation failed: %1").replace("%1", describe(exc, screen_language())))
        self.reload()

    def _change(self, fn: Callable[[UnitOfWork], Any], *, success: Callable[[Any], None] | None = None) -> None:
        self.page.show_problem("")
        self.ops.change(in_unit_of_work(fn), success=success, failure=self._failed)

    def meeting_form(self, status: PlanStatus | None = None) -> PlanForm | None:
        """The meeting as typed, or None when the date cannot be read (shown under the field)."""
        from cdfi_desktop.services.plan import PLAN_TITLE, PlanForm

        if self.institute_id is None or not self.date_field.check():
            return None
        meeting_date = self.date_field.value()
        plan = self.plan
        return PlanForm(
            institute_id=self.institute_id,
            fiscal_year=self.fiscal_year,
            title=plan.title if plan else PLAN_TITLE,
            meeting_date=meeting_date,
            meeting_place=self.place_field.text().strip(),
            attendees=self.attendees_edit.toPlainText(),
            minutes=self.minutes_edit.toPlainText(),
            status=status or (plan.status if plan else PlanStatus.DRAFT),
        )

    def save_meeting(self, *, then: Callable[[str], None] | None = None) -> None:
        form = self.meeting_form()
        if form is None:
            return
        today = self.today

        def work(uow: UnitOfWork) -> str:
            from cdfi_desktop.services import plan as pl

            return pl.save_plan(uow, form, today=today)

        def saved(plan_id: str) -> None:
            self._dirty = False
            self._show_meeting_status()
            if then is not None:
                then(plan_id)

        def failed(exc: Exception) -> None:
            from cdfi_desktop.services.errors import ValidationFailed

            if isinstance(exc, ValidationFailed):
                at_date = [i for i in exc.issues if i.field == "meeting_date"]
                if at_date:
                    self.date_field.show_problem(self._issues_text(at_date))
                rest = [i for i in exc.issues if i.field != "meeting_date"]
                self.page.show_problem(self._issues_text(rest))
            else:
                self._failed(exc)

        self.date_field.show_problem(None)
        self.page.show_problem("")
        self.ops.change(in_unit_of_work(work), success=saved, failure=failed)

    def _status_chosen(self, index: int) -> None:
        if self.plan is None:
            return
        status = PlanStatus(str(self.status_combo.itemData(index)))
        if status is self.plan.status:
            return
        plan_id, today = self.plan.id, self.today

        def work(uow: UnitOfWork) -> None:
            from cdfi_desktop.services import plan as pl

            pl.set_plan_status(uow, plan_id=plan_id, status=status, today=today)

        if self._dirty:
            self.save_meeting(then=lambda _id: self._change(work))
        else:
            self._change(work)

    def plan_context(self, project: ProjectView | None = None) -> PlanContext | None:
        if self.plan is None:
            return None
        other = self.plan.planned_total - (project.planned if project else Decimal("0.00"))
        return PlanContext(self.plan.id, self.fiscal_year, self.plan.status, other, self.cap)

    def add_project(self) -> None:
        """The project dialog; a plan not saved yet is saved first (with the meeting as typed)."""
        if self.institute_id is None:
            return
        if self.plan is None or self._dirty:
            self.save_meeting(then=lambda _id: self._open_after_load())
            return
        self._open_dialog()

    def _open_after_load(self) -> None:
        """Open the dialog once the plan just saved is read back (the reload follows every change)."""
        self._after_load = self._open_dialog

    def edit_project(self) -> None:
        project = self.current_project()
        if project is not None:
            self._open_dialog(project)

    def _open_dialog(self, project: ProjectView | None = None) -> None:
        context = self.plan_context(project)
        if context is None:
            return
        dialog: PlanProjectDialog

        def on_save(form: ProjectForm) -> None:
            def work(uow: UnitOfWork) -> str:
                from cdfi_desktop.services import plan as pl

                return pl.save_project(uow, form)

            def saved(project_id: str) -> None:
                self._select_after = project_id
                dialog.saved()

            def failed(exc: Exception) -> None:
                from cdfi_desktop.services.errors import ValidationFailed

                if isinstance(exc, ValidationFailed):
                    dialog.failed(exc.issues)
                else:
                    log.error("saving a project failed: %s", exc)
                    dialog.failed([Issue("db_unreadable", "general", Severity.ERROR, {"location": "", "detail": exc})])

            self.ops.change(in_unit_of_work(work), success=saved, failure=failed)

        dialog = PlanProjectDialog(context, project=project, on_save=on_save, parent=self)
        self.project_dialog = dialog
        fit_to_screen(dialog)
        dialog.open()

    def remove_project(self) -> None:
        project = self.current_project()
        if project is None:
            return
        question = self.tr("Remove the project “%1” and its %2 budget lines from the plan?")
        if not self.confirm(question.replace("%1", project.name).replace("%2", str(len(project.lines)))):
            return
        project_id = project.id

        def work(uow: UnitOfWork) -> None:
            from cdfi_desktop.services import plan as pl

            pl.remove_project(uow, project_id)

        self._change(work)

    def confirm(self, question: str) -> bool:
        return ask(self, self.tr("Debt-management plan"), question)

    # -- printing ----------------------------------------------------------------------------------------------------
    def print_reports(self, folder: Path | None = None) -> None:
        """Write the plan (PDF and Excel) into ``folder`` (asked when None)."""
        if self.institute_id is None or self.plan is None:
            return
        write = partial(write_reports, institute_id=self.institute_id, fiscal_year=self.fiscal_year)
        write = partial(write, today=self.today, language=screen_language())
        ask, what = self.tr("Folder for the printed plan"), self.tr("The plan")
        self.page.print_into_folder(self.ops, folder=folder, ask=ask, write=write, what=what, done=self._printed)

    def _printed(self, written: list[Path]) -> None:
        self.printed = written

    # -- scans of the minutes ---------------------------------------------------------------------------------------
    def attach(self, path: Path | None = None) -> None:
        """Attach a scan of the minutes (asked with a file dialog when ``path`` is None)."""
        if self.plan is None:
            return
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self,
                self.tr("Scan of the minutes"),
                "",
                self.tr("Scans and photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        plan_id, source = self.plan.id, path

        def work(uow: UnitOfWork) -> str:
            from cdfi_desktop.services import plan as pl

            return pl.attach_minutes(uow, plan_id=plan_id, path=source)

        self._change(work)

    def open_file(self) -> None:
        link_id = self.meeting.current_link_id()
        if link_id is None or self.plan is None:
            return
        found = next((f for f in self.plan.files if f.link_id == link_id), None)
        if found is None:
            return
        sha = found.sha256
        self.ops.query(lambda db: stored_file(db, sha), success=self.opener)

    def detach(self) -> None:
        link_id = self.meeting.current_link_id()
        if link_id is None:
            return
        name = self.files.selectedItems()[0].text()
        if not self.confirm(self.tr("Remove the scan “%1” from the plan?").replace("%1", name)):
            return

        def work(uow: UnitOfWork) -> None:
            from cdfi_desktop.services import plan as pl

            pl.remove_minutes(uow, link_id)

        self._change(work)

    # -- language ----------------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.page.set_heading(
            self.tr("Debt-management plan of %1").replace("%1", labels.fiscal_year_text(self.fiscal_year))
        )
        tip = self.page.actions.set_tip
        self.status_caption.setText(self.tr("Status"))
        for index in range(self.status_combo.count()):
            self.status_combo.setItemText(index, status_name(PlanStatus(str(self.status_combo.itemData(index)))))
        tip(self.status_combo, self.tr("A draft may ask for more than the cap; approving needs the request within it"))
        self.print_button.setText(self.tr("Print…"))
        tip(self.print_button, self.tr("The plan as PDF and Excel"))
        self.meeting.retranslate()
        self.projects_box.setTitle(self.tr("Projects and activities"))
        self.add_button.setText(self.tr("Add project…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.remove_button.setText(self.tr("Remove…"))
        self.table.retranslate()
        self._show_meeting_status()
        self._update_buttons()
        if self.loaded:
            self._fill()
        else:
            self._show_totals()
