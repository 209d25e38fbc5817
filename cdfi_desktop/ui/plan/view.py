"""Debt-management plan screen (guideline 4.1.3): the committee meeting that made the plan (date B.E., place,
attendees, minutes, scans of the minutes), the projects and activities it selected with their budget lines, the
request against the fiscal year's cap ("requested 38,500.00 of 40,000.00 baht", red with the reason when over),
the plan's status and printing the plan."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cdfi_desktop.domain.enums import PlanStatus
from cdfi_desktop.domain.fiscal import fiscal_year_be
from cdfi_desktop.domain.money import format_baht
from cdfi_desktop.domain.register_rules import Issue, Severity
from cdfi_desktop.failures import describe
from cdfi_desktop.messages import message
from cdfi_desktop.services.limits import text_limit
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.ops import Ops
from cdfi_desktop.ui.plan.dialogs import PlanContext, PlanProjectDialog, status_name
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets.dialogs import ask
from cdfi_desktop.ui.widgets.fields import DateField, TextField, problem_label, screen_language
from cdfi_desktop.ui.widgets.printing import choose_folder, print_to_folder
from cdfi_desktop.ui.widgets.screen import LazyScreen

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.services.plan import PlanForm, PlanView, ProjectForm, ProjectView
    from cdfi_desktop.services.uow import UnitOfWork

log = logging.getLogger(__name__)
CONTEXT = "PlanScreen"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
DEFAULT_CAP = Decimal("40000.00")

COLUMNS: tuple[tuple[str, int, bool], ...] = (  # header, width, right-aligned
    (QT_TRANSLATE_NOOP("PlanScreen", "No."), 34, True),
    (QT_TRANSLATE_NOOP("PlanScreen", "Project or activity"), 140, False),
    (QT_TRANSLATE_NOOP("PlanScreen", "Households"), 66, True),
    (QT_TRANSLATE_NOOP("PlanScreen", "Period"), 156, False),
    (QT_TRANSLATE_NOOP("PlanScreen", "Budget"), 80, True),
    (QT_TRANSLATE_NOOP("PlanScreen", "Spent"), 80, True),
    (QT_TRANSLATE_NOOP("PlanScreen", "Status"), 56, False),
)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# -- work on the worker thread ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Loaded:
    institute_id: str | None
    plan: PlanView | None
    cap: Decimal


def load(db: Database, *, fiscal_year: int) -> Loaded:
    from cdfi_desktop.services import plan as pl
    from cdfi_desktop.services import registers as reg

    with db.session() as session:
        institute_id = reg.first_institute_id(session)
        if institute_id is None:
            return Loaded(None, None, DEFAULT_CAP)
        view = pl.plan_view(session, institute_id=institute_id, fiscal_year=fiscal_year)
        return Loaded(institute_id, view, pl.plan_cap(session, fiscal_year))


def in_unit_of_work(fn: Callable[[UnitOfWork], Any]) -> Callable[[Database, Any], Any]:
    def run(db: Database, _progress: Any) -> Any:
        from cdfi_desktop.services.uow import UnitOfWork

        with UnitOfWork(db) as uow:
            return fn(uow)

    return run


def stored_file(db: Database, sha256: str) -> Path:
    from cdfi_desktop.services.attachments import stored_path

    return stored_path(db, sha256)


def write_reports(
    db: Database, *, institute_id: str, fiscal_year: int, folder: Path, today: date, language: str
) -> list[Path]:
    from cdfi_desktop.reports.plan_pdf import write_plan_reports

    with db.session() as session:
        return write_plan_reports(
            session,
            institute_id=institute_id,
            fiscal_year=fiscal_year,
            out_dir=folder,
            formats=("pdf", "xlsx"),
            printed_on=today,
            language=language,
        )


def open_with_system(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


# -- the screen ------------------------------------------------------------------------------------------------------
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

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 8, 24, 12)
        layout.setSpacing(6)
        top = QHBoxLayout()
        self.year_label = QLabel()
        font = self.year_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.year_label.setFont(font)
        self.status_caption = QLabel()
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("planStatus")
        for status in PlanStatus:
            self.status_combo.addItem("", status.value)
        self.status_combo.activated.connect(self._status_chosen)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self._print_clicked)
        top.addWidget(self.year_label)
        top.addStretch(1)
        top.addWidget(self.status_caption)
        top.addWidget(self.status_combo)
        top.addSpacing(12)
        top.addWidget(self.print_button)
        layout.addLayout(top)

        self.problem = problem_label(state="error")
        layout.addWidget(self.problem)

        # Left: the meeting and its scans.
        self.meeting_box = QGroupBox()
        meeting = QVBoxLayout(self.meeting_box)
        meeting.setSpacing(6)
        form = QFormLayout()
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(6)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.date_field = DateField()
        self.place_field = TextField(max_length=text_limit("institute_plan", "meeting_place"))
        self.attendees_edit = QPlainTextEdit()
        self.attendees_edit.setTabChangesFocus(True)
        self.minutes_edit = QPlainTextEdit()
        self.minutes_edit.setTabChangesFocus(True)
        self.meeting_captions = [QLabel() for _ in range(4)]
        form.addRow(self.meeting_captions[0], self.date_field)
        form.addRow(self.meeting_captions[1], self.place_field)
        form.addRow(self.meeting_captions[2], self.attendees_edit)
        form.addRow(self.meeting_captions[3], self.minutes_edit)
        meeting.addLayout(form, 1)
        save_row = QHBoxLayout()
        self.meeting_status = QLabel()
        self.meeting_status.setObjectName("planMeetingStatus")
        self.save_meeting_button = QPushButton()
        self.save_meeting_button.setObjectName("primary")
        self.save_meeting_button.clicked.connect(self.save_meeting)
        save_row.addWidget(self.meeting_status, 1)
        save_row.addWidget(self.save_meeting_button)
        meeting.addLayout(save_row)
        self.files_label = QLabel()
        meeting.addWidget(self.files_label)
        self.files = QListWidget()
        self.files.setMaximumHeight(76)
        self.files.itemSelectionChanged.connect(self._update_buttons)
        self.files.itemDoubleClicked.connect(lambda _item: self.open_file())
        meeting.addWidget(self.files)
        file_buttons = QHBoxLayout()
        self.attach_button = QPushButton()
        self.attach_button.clicked.connect(self._attach_clicked)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_file)
        self.detach_button = QPushButton()
        self.detach_button.clicked.connect(self.detach)
        for button in (self.attach_button, self.open_button, self.detach_button):
            file_buttons.addWidget(button)
        file_buttons.addStretch(1)
        meeting.addLayout(file_buttons)
        for edit in (self.attendees_edit, self.minutes_edit):
            edit.textChanged.connect(self._meeting_edited)
        for field in (self.date_field, self.place_field):
            field.changed.connect(self._meeting_edited)

        # Right: the projects, their budget and the totals against the cap.
        self.projects_box = QGroupBox()
        projects = QVBoxLayout(self.projects_box)
        projects.setSpacing(6)
        bar = QHBoxLayout()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_project)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_project)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_project)
        for button in (self.add_button, self.edit_button, self.remove_button):
            bar.addWidget(button)
        bar.addStretch(1)
        projects.addLayout(bar)
        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_project())
        scale = self.table.fontMetrics().averageCharWidth() / 7
        for column, (_header, width, _right) in enumerate(COLUMNS):
            self.table.setColumnWidth(column, int(width * scale))
        projects.addWidget(self.table, 3)
        self.lines_label = QLabel()
        self.lines_label.setObjectName("planLines")
        self.lines_label.setWordWrap(True)
        self.lines_label.setTextFormat(Qt.TextFormat.RichText)
        self.lines_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        projects.addWidget(self.lines_label, 2)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.meeting_box)
        self.splitter.addWidget(self.projects_box)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([370, 700])
        layout.addWidget(self.splitter, 1)

        bottom = QHBoxLayout()
        self.totals = QLabel()
        self.totals.setObjectName("planTotals")
        self.totals.setWordWrap(True)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_status = QLabel()
        self.print_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bottom.addWidget(self.totals, 1)
        bottom.addWidget(self.print_status)
        layout.addLayout(bottom)

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
        plan = self.plan
        self.date_field.set_value(plan.meeting_date if plan else None)
        self.date_field.show_problem(None)
        self.place_field.setText(plan.meeting_place if plan else "")
        self.attendees_edit.setPlainText(plan.attendees_text if plan else "")
        self.minutes_edit.setPlainText(plan.minutes if plan else "")
        self._dirty = False
        self._show_meeting_status()

    def _fill(self) -> None:
        keep = self._select_after or self.current_project_id()
        self._select_after = None
        self.model.removeRows(0, self.model.rowCount())
        plan = self.plan
        for project in plan.projects if plan else ():
            self.model.appendRow(self._items(project))
        self.files.clear()
        for attached in plan.files if plan else ():
            text = attached.filename + (f" — {attached.caption}" if attached.caption else "")
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, attached.link_id)
            item.setToolTip(f"{attached.filename} ({attached.size:,} B)")
            self.files.addItem(item)
        status = plan.status if plan else PlanStatus.DRAFT
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(status.value)))
        if keep:
            self.select_project(keep)
        self._show_totals()
        self._selection_changed()
        self._update_buttons()

    def _items(self, p: ProjectView) -> list[QStandardItem]:
        if p.start_date or p.end_date:
            period = f"{labels.date_text(p.start_date)} – {labels.date_text(p.end_date)}"
        else:
            period = "–"
        cells = [
            str(p.no),
            p.name,
            str(p.households_served),
            period,
            format_baht(p.planned),
            format_baht(p.spent),
            status_name(p.status),
        ]
        items = []
        tooltip = p.objective
        for column, text in enumerate(cells):
            item = QStandardItem(text)
            item.setData(p.id, ID_ROLE)
            if tooltip:
                item.setToolTip(tooltip)
            if COLUMNS[column][2]:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            items.append(item)
        return items

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
        self.meeting_status.setText(text)

    def _meeting_edited(self) -> None:
        if not self.loaded:
            return
        self._dirty = True
        self._show_meeting_status()
        self._update_buttons()

    # -- selection ---------------------------------------------------------------------------------------------------
    def current_project_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        found = rows[0].data(ID_ROLE)
        return str(found) if found else None

    def current_project(self) -> ProjectView | None:
        project_id = self.current_project_id()
        if project_id is None or self.plan is None:
            return None
        return self.plan.project(project_id)

    def select_project(self, project_id: str) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(ID_ROLE) == project_id:
                self.table.selectRow(row)
                return True
        return False

    def _selection_changed(self, *_args: object) -> None:
        self._update_buttons()
        project = self.current_project()
        if project is None:
            hint = self.tr("Choose a project to see its budget lines.") if self.plan and self.plan.projects else ""
            self.lines_label.setText(f"<p>{_escape(hint)}</p>")
            return
        rows = []
        for line in project.lines:
            over = line.overspent > 0
            spent = format_baht(line.spent) if line.spent else ""
            style = " style='color:#b00d0d'" if over else ""
            rows.append(
                f"<tr><td>{line.no}.</td><td>{_escape(line.item)}</td>"
                f"<td align='right'>{_escape(_quantity(line.quantity))} {_escape(line.unit)}</td>"
                f"<td align='right'>× {format_baht(line.unit_cost)}</td>"
                f"<td align='right'><b>{format_baht(line.amount)}</b></td>"
                f"<td align='right'{style}>{spent}</td></tr>"
            )
        item, quantity, cost = self.tr("Item"), self.tr("Qty"), self.tr("Unit cost")
        amount, spent_header, total = self.tr("Amount"), self.tr("Spent"), self.tr("Total")
        head = (
            f"<tr><th></th><th align='left'>{_escape(item)}</th><th align='right'>{_escape(quantity)}</th>"
            f"<th align='right'>{_escape(cost)}</th><th align='right'>{_escape(amount)}</th>"
            f"<th align='right'>{_escape(spent_header)}</th></tr>"
        )
        rows.append(
            f"<tr><td></td><td><b>{_escape(total)}</b></td><td></td><td></td>"
            f"<td align='right'><b>{format_baht(project.planned)}</b></td>"
            f"<td align='right'><b>{format_baht(project.spent)}</b></td></tr>"
        )
        objective = f"<p>{_escape(project.objective)}</p>" if project.objective else ""
        table = f"<table cellspacing='0' cellpadding='3'>{head}{''.join(rows)}</table>"
        self.lines_label.setText(f"<b>{_escape(project.name)}</b>{objective}{table}")

    def _update_buttons(self) -> None:
        has_institute = self.institute_id is not None
        has_plan = self.plan is not None
        project = self.current_project()
        self.save_meeting_button.setEnabled(has_institute and (self._dirty or not has_plan))
        self.add_button.setEnabled(has_institute)
        self.edit_button.setEnabled(project is not None)
        self.remove_button.setEnabled(project is not None)
        self.status_combo.setEnabled(has_plan)
        self.attach_button.setEnabled(has_plan)
        chosen = bool(self.files.selectedItems())
        self.open_button.setEnabled(chosen)
        self.detach_button.setEnabled(chosen)
        self.print_button.setEnabled(has_plan)

    # -- changes -------------------------------------------------------------------------------------------------------
    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _issues_text(self, issues: list[Issue]) -> str:
        language = screen_language()
        return "\n".join(message(i.code, language, **i.params) for i in issues)

    def _failed(self, exc: Exception) -> None:
        from cdfi_desktop.services.errors import ValidationFailed

        if isinstance(exc, ValidationFailed):
            self._show_problem(self._issues_text(exc.issues))
        else:
            log.error("changing the plan failed: %s", exc)
            self._show_problem(self.tr("The operation failed: %1").replace("%1", describe(exc, screen_language())))
        self.reload()

    def _change(self, fn: Callable[[UnitOfWork], Any], *, success: Callable[[Any], None] | None = None) -> None:
        self._show_problem("")
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
                self._show_problem(self._issues_text(rest))
            else:
                self._failed(exc)

        self.date_field.show_problem(None)
        self._show_problem("")
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

    # -- scans of the minutes ---------------------------------------------------------------------------------------
    def _attach_clicked(self) -> None:
        self.attach()

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

    def current_link_id(self) -> str | None:
        items = self.files.selectedItems()
        return str(items[0].data(ID_ROLE)) if items else None

    def open_file(self) -> None:
        link_id = self.current_link_id()
        if link_id is None or self.plan is None:
            return
        found = next((f for f in self.plan.files if f.link_id == link_id), None)
        if found is None:
            return
        sha = found.sha256
        self.ops.query(lambda db: stored_file(db, sha), success=self.opener)

    def detach(self) -> None:
        link_id = self.current_link_id()
        if link_id is None:
            return
        name = self.files.selectedItems()[0].text()
        if not self.confirm(self.tr("Remove the scan “%1” from the plan?").replace("%1", name)):
            return

        def work(uow: UnitOfWork) -> None:
            from cdfi_desktop.services import plan as pl

            pl.remove_minutes(uow, link_id)

        self._change(work)

    # -- printing ----------------------------------------------------------------------------------------------------
    def _print_clicked(self) -> None:
        self.print_reports()

    def print_reports(self, folder: Path | None = None) -> None:
        """Write the plan (PDF and Excel) into ``folder`` (asked when None)."""
        if self.institute_id is None or self.plan is None:
            return
        if folder is None:
            folder = choose_folder(self, self.tr("Folder for the printed plan"))
            if folder is None:
                return
        institute_id, fiscal_year, today, language = self.institute_id, self.fiscal_year, self.today, screen_language()
        target = folder

        def done(written: list[Path]) -> None:
            self.printed = written

        print_to_folder(
            self.ops,
            write=lambda db: write_reports(
                db, institute_id=institute_id, fiscal_year=fiscal_year, folder=target, today=today, language=language
            ),
            folder=target,
            status=self.print_status,
            done=done,
            problem=self._show_problem,
            what=self.tr("The plan"),
        )

    # -- language ----------------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.year_label.setText(
            self.tr("Debt-management plan of %1").replace("%1", labels.fiscal_year_text(self.fiscal_year))
        )
        self.status_caption.setText(self.tr("Status"))
        for index in range(self.status_combo.count()):
            self.status_combo.setItemText(index, status_name(PlanStatus(str(self.status_combo.itemData(index)))))
        self.status_combo.setToolTip(
            self.tr("A draft may ask for more than the cap; approving needs the request within it")
        )
        self.print_button.setText(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("The plan as PDF and Excel"))
        self.meeting_box.setTitle(self.tr("Committee meeting"))
        for caption, text in zip(
            self.meeting_captions,
            (self.tr("Date"), self.tr("Place"), self.tr("Attendees"), self.tr("Minutes")),
            strict=True,
        ):
            caption.setText(text)
        self.attendees_edit.setPlaceholderText(self.tr("One person a line: name and role"))
        self.minutes_edit.setPlaceholderText(self.tr("What the meeting decided"))
        self.save_meeting_button.setText(self.tr("Save the meeting"))
        self.files_label.setText(self.tr("Scans of the minutes"))
        self.attach_button.setText(self.tr("Attach…"))
        self.open_button.setText(self.tr("Open"))
        self.detach_button.setText(self.tr("Remove"))
        self.projects_box.setTitle(self.tr("Projects and activities"))
        self.add_button.setText(self.tr("Add…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.remove_button.setText(self.tr("Remove…"))
        self.model.setHorizontalHeaderLabels([_t(header) for header, _w, _r in COLUMNS])
        self._show_meeting_status()
        if self.loaded:
            self._fill()
        else:
            self._show_totals()


def _escape(text: str) -> str:
    import html

    return html.escape(text)


def _quantity(value: Decimal) -> str:
    return f"{value:,.0f}" if value == value.to_integral_value() else f"{value:,.2f}"
