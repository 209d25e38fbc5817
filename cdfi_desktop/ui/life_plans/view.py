"""Life-development plans screen: the fiscal year's target households with where each one's plan stands, the
chosen household's plan (goals, items, savings target, follow-up visits), editing it, recording visits, and
printing the plans."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cdfi_desktop.domain.fiscal import fiscal_year_be
from cdfi_desktop.failures import describe
from cdfi_desktop.messages import message
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.life_plans.dialogs import FollowUpDialog, LifePlanDialog, kind_text, status_text
from cdfi_desktop.ui.ops import Ops
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets.fields import problem_label, screen_language
from cdfi_desktop.ui.widgets.printing import choose_folder, print_to_folder
from cdfi_desktop.ui.widgets.screen import LazyScreen

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.services.life_plans import LifePlanView, TargetPlanRow

log = logging.getLogger(__name__)
CONTEXT = "LifePlansScreen"
ID_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS: tuple[tuple[str, int, bool], ...] = (  # header, width, right-aligned
    (QT_TRANSLATE_NOOP("LifePlansScreen", "Rank"), 45, True),
    (QT_TRANSLATE_NOOP("LifePlansScreen", "Register no."), 85, False),
    (QT_TRANSLATE_NOOP("LifePlansScreen", "Head of household"), 150, False),
    (QT_TRANSLATE_NOOP("LifePlansScreen", "Village"), 110, False),
    (QT_TRANSLATE_NOOP("LifePlansScreen", "Plan"), 95, False),
    (QT_TRANSLATE_NOOP("LifePlansScreen", "Savings a month"), 115, True),
    (QT_TRANSLATE_NOOP("LifePlansScreen", "Visits"), 50, True),
    (QT_TRANSLATE_NOOP("LifePlansScreen", "Last visit"), 90, False),
)

# texts looked up inside f-strings or through _t(), where lupdate does not see them
_MARKED = (
    QT_TRANSLATE_NOOP("LifePlansScreen", "Status"),
    QT_TRANSLATE_NOOP("LifePlansScreen", "Made on"),
    QT_TRANSLATE_NOOP("LifePlansScreen", "Savings target a month"),
    QT_TRANSLATE_NOOP("LifePlansScreen", "Goals"),
    QT_TRANSLATE_NOOP("LifePlansScreen", "Follow-up visits"),
    QT_TRANSLATE_NOOP("LifePlansScreen", "Visited on"),
    QT_TRANSLATE_NOOP("LifePlansScreen", "Saved so far"),
    QT_TRANSLATE_NOOP("LifePlansScreen", "Note"),
    QT_TRANSLATE_NOOP("LifePlansScreen", "No visits yet."),
    QT_TRANSLATE_NOOP("LifePlansScreen", "Notes"),
    QT_TRANSLATE_NOOP("LifePlansScreen", "The operation failed: %1"),
)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _problems(exc: Exception) -> str:
    from cdfi_desktop.services.errors import ValidationFailed

    if isinstance(exc, ValidationFailed):
        language = screen_language()
        return "\n".join(message(i.code, language, **i.params) for i in exc.issues)
    return QCoreApplication.translate("LifePlansScreen", "The operation failed: %1").replace(
        "%1", describe(exc, screen_language())
    )


# -- work on the worker thread ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Loaded:
    institute_id: str | None
    rows: list[TargetPlanRow]


def load(db: Database, *, fiscal_year: int) -> Loaded:
    from cdfi_desktop.services import life_plans as lp
    from cdfi_desktop.services import registers as reg

    with db.session() as session:
        institute_id = reg.first_institute_id(session)
        if institute_id is None:
            return Loaded(None, [])
        return Loaded(
            institute_id, lp.life_plan_households(session, institute_id=institute_id, fiscal_year=fiscal_year)
        )


def plan_of(db: Database, *, household_id: str, fiscal_year: int) -> LifePlanView | None:
    from cdfi_desktop.services import life_plans as lp

    with db.session() as session:
        return lp.life_plan(session, household_id=household_id, fiscal_year=fiscal_year)


def write_plans(
    db: Database,
    *,
    institute_id: str,
    fiscal_year: int,
    folder: Path,
    today: date,
    language: str,
    household_ids: list[str] | None,
) -> list[Path]:
    from cdfi_desktop.services.life_plans import write_life_plan_reports

    with db.session() as session:
        return write_life_plan_reports(
            session,
            institute_id=institute_id,
            fiscal_year=fiscal_year,
            out_dir=folder,
            printed_on=today,
            language=language,
            household_ids=household_ids,
        )


# -- the screen --------------------------------------------------------------------------------------------------------
class LifePlansScreen(LazyScreen):
    """The life-development plans of the fiscal year the day falls in."""

    def __init__(self, ops: Ops, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(ops, parent)
        self.setObjectName("lifePlans")
        self.ops = ops
        self.today = today or date.today()
        self.fiscal_year = fiscal_year_be(self.today)
        self.institute_id: str | None = None
        self.rows: list[TargetPlanRow] = []
        self.plan: LifePlanView | None = None
        self.plan_dialog: LifePlanDialog | None = None
        self.visit_dialog: FollowUpDialog | None = None
        self.printed: list[Path] = []
        self._select_after: str | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 8, 24, 12)
        top = QHBoxLayout()
        self.year_label = QLabel()
        font = self.year_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.year_label.setFont(font)
        top.addWidget(self.year_label)
        top.addStretch(1)
        self.count_label = QLabel()
        top.addWidget(self.count_label)
        layout.addLayout(top)

        bar = QHBoxLayout()
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_plan)
        self.visit_button = QPushButton()
        self.visit_button.clicked.connect(self.add_visit)
        self.print_one_button = QPushButton()
        self.print_one_button.clicked.connect(lambda: self.print_plans(only_chosen=True))
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self._print_all_clicked)
        for button in (self.edit_button, self.visit_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.print_one_button)
        bar.addWidget(self.print_button)
        layout.addLayout(bar)
        self.problem = problem_label(state="error")
        layout.addWidget(self.problem)

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
        self.table.doubleClicked.connect(lambda _index: self.edit_plan())
        scale = self.table.fontMetrics().averageCharWidth() / 7
        for column, (_header, width, _right) in enumerate(COLUMNS):
            self.table.setColumnWidth(column, int(width * scale))
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([760, 560])
        layout.addWidget(self.splitter, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.print_status = QLabel()
        self.print_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bottom.addWidget(self.print_status)
        layout.addLayout(bottom)

        self.retranslate()

    # -- loading -----------------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self._stale = False
        fiscal_year = self.fiscal_year
        self.ops.query(lambda db: load(db, fiscal_year=fiscal_year), success=self._loaded)

    def _loaded(self, loaded: Loaded) -> None:
        self.institute_id = loaded.institute_id
        self.rows = loaded.rows
        self._fill()

    def _fill(self) -> None:
        keep = self._select_after or self.current_household_id()
        self._select_after = None
        self.model.removeRows(0, self.model.rowCount())
        for r in self.rows:
            cells: list[tuple[str, bool]] = [
                (str(r.rank), True),
                (r.code, False),
                (r.head_name, False),
                (r.village, False),
                (status_text(r.status) if r.status else self.tr("No plan yet"), False),
                (labels.baht_text(r.savings_target_monthly), True),
                (str(r.follow_ups) if r.plan_id else "", True),
                (labels.date_text(r.last_visit) if r.last_visit else "", False),
            ]
            items = []
            for text, right in cells:
                item = QStandardItem(text)
                item.setData(r.household_id, ID_ROLE)
                if right:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if r.plan_id is None:
                    item.setForeground(self.palette().placeholderText())
                items.append(item)
            self.model.appendRow(items)
        with_plan = sum(1 for r in self.rows if r.plan_id)
        self.count_label.setText(
            self.tr("%1 of %2 target households have a plan")
            .replace("%1", str(with_plan))
            .replace("%2", str(len(self.rows)))
        )
        if keep:
            self.select_household(keep)
        elif self.rows:
            self.table.selectRow(0)
        self._selection_changed()

    # -- selection -----------------------------------------------------------------------------------------------------
    def current_household_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        found = rows[0].data(ID_ROLE)
        return str(found) if found else None

    def current_row(self) -> TargetPlanRow | None:
        household_id = self.current_household_id()
        return next((r for r in self.rows if r.household_id == household_id), None)

    def select_household(self, household_id: str) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(ID_ROLE) == household_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return True
        return False

    def _selection_changed(self, *_args: object) -> None:
        row = self.current_row()
        self._update_buttons()
        if row is None or row.plan_id is None:
            self.plan = None
            self._show_plan(row)
            return
        household_id, fiscal_year = row.household_id, self.fiscal_year

        def shown(plan: LifePlanView | None) -> None:
            if not shiboken6.isValid(self.table):  # the screen was closed while reading
                return
            if self.current_household_id() == household_id:
                self.plan = plan
                self._show_plan(row)
                self._update_buttons()

        self.ops.query(lambda db: plan_of(db, household_id=household_id, fiscal_year=fiscal_year), success=shown)

    def _show_plan(self, row: TargetPlanRow | None) -> None:
        e = html.escape
        if row is None:
            text = self.tr("No target households in this fiscal year yet: lock the target list first.")
            self.detail.setHtml(f"<p>{e(text)}</p>" if not self.rows else "")
            return
        plan = self.plan if self.plan is not None and self.plan.household_id == row.household_id else None
        head = (
            f"<b style='font-size:large'>{e(str(row.rank))}. {e(row.head_name)}</b><br>{e(row.code)} · {e(row.village)}"
        )
        if plan is None:
            hint = self.tr("No plan yet. Press “New plan…” to write it with the household.")
            self.detail.setHtml(f"{head}<p>{e(hint)}</p>")
            return
        parts = [
            head,
            f"<p><b>{e(self.tr('Status'))}:</b> {e(status_text(plan.status))} · "
            f"<b>{e(self.tr('Made on'))}:</b> {e(labels.date_text(plan.made_on))} · "
            f"<b>{e(self.tr('Savings target a month'))}:</b> {e(labels.baht_text(plan.savings_target_monthly))}</p>",
        ]
        if plan.goals:
            parts.append(f"<p><b>{e(self.tr('Goals'))}:</b> {e(plan.goals)}</p>")
        if plan.items:
            lines = []
            for item in plan.items:
                extra = []
                if item.amount_monthly is not None:
                    extra.append(self.tr("%1 baht a month").replace("%1", labels.baht_text(item.amount_monthly)))
                if item.target_date is not None:
                    extra.append(self.tr("by %1").replace("%1", labels.date_text(item.target_date)))
                tail = f" <span style='color:#555'>({e(', '.join(extra))})</span>" if extra else ""
                lines.append(f"<li><b>{e(kind_text(item.kind))}:</b> {e(item.description)}{tail}</li>")
            parts.append(f"<ul style='margin-left:-20px'>{''.join(lines)}</ul>")
            parts.append(
                "<p>"
                + e(
                    self.tr("Planned: income +%1, expenses −%2 baht a month")
                    .replace("%1", labels.baht_text(plan.planned_income_change))
                    .replace("%2", labels.baht_text(plan.planned_expense_change))
                )
                + "</p>"
            )
        parts.append(f"<p><b>{e(self.tr('Follow-up visits'))}</b></p>")
        if plan.follow_ups:
            rows = "".join(
                f"<tr><td>{e(labels.date_text(v.visited_on))}</td>"
                f"<td align='right'>{e(labels.baht_text(v.savings_to_date))}</td><td>{e(v.note)}</td></tr>"
                for v in plan.follow_ups
            )
            header = (
                f"<tr><th align='left'>{e(self.tr('Visited on'))}</th>"
                f"<th align='right'>{e(self.tr('Saved so far'))}</th>"
                f"<th align='left'>{e(self.tr('Note'))}</th></tr>"
            )
            parts.append(f"<table cellspacing='0' cellpadding='3'>{header}{rows}</table>")
        else:
            parts.append(f"<p>{e(self.tr('No visits yet.'))}</p>")
        if plan.notes:
            parts.append(f"<p><b>{e(self.tr('Notes'))}:</b> {e(plan.notes)}</p>")
        self.detail.setHtml("".join(parts))

    def _update_buttons(self) -> None:
        row = self.current_row()
        self.edit_button.setEnabled(row is not None)
        self.edit_button.setText(self.tr("Edit plan…") if row is not None and row.plan_id else self.tr("New plan…"))
        self.visit_button.setEnabled(row is not None and row.plan_id is not None)
        self.print_one_button.setEnabled(row is not None and row.plan_id is not None)
        self.print_button.setEnabled(any(r.plan_id for r in self.rows))

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    # -- changes ------------------------------------------------------------------------------------------------------
    def edit_plan(self) -> None:
        row = self.current_row()
        if row is None:
            return
        self._show_problem("")
        plan = self.plan if self.plan is not None and self.plan.household_id == row.household_id else None
        if row.plan_id is not None and plan is None:
            return  # still reading it
        dialog = LifePlanDialog(row, plan, fiscal_year=self.fiscal_year, today=self.today, parent=self)
        self.plan_dialog = dialog

        def submitted() -> None:
            form = dialog.form()

            def work(db: Database, _progress: Any) -> str:
                from cdfi_desktop.services import life_plans as lp
                from cdfi_desktop.services.uow import UnitOfWork

                with UnitOfWork(db) as uow:
                    return lp.save_life_plan(uow, form)

            self._run(work, dialog_accept=dialog.accept, dialog_problem=dialog.show_problem, select=row.household_id)

        dialog.submitted.connect(submitted)
        dialog.open()

    def add_visit(self) -> None:
        row = self.current_row()
        if row is None or row.plan_id is None:
            return
        self._show_problem("")
        dialog = FollowUpDialog(row, today=self.today, parent=self)
        self.visit_dialog = dialog
        plan_id, today = row.plan_id, self.today

        def submitted() -> None:
            visited_on, savings, note = dialog.values()

            def work(db: Database, _progress: Any) -> str:
                from cdfi_desktop.services import life_plans as lp
                from cdfi_desktop.services.uow import UnitOfWork

                with UnitOfWork(db) as uow:
                    return lp.add_follow_up(
                        uow, plan_id=plan_id, visited_on=visited_on, savings_to_date=savings, note=note, today=today
                    )

            self._run(work, dialog_accept=dialog.accept, dialog_problem=dialog.show_problem, select=row.household_id)

        dialog.submitted.connect(submitted)
        dialog.open()

    def _run(
        self,
        work: Callable[[Database, Any], Any],
        *,
        dialog_accept: Callable[[], None],
        dialog_problem: Callable[[str], None],
        select: str,
    ) -> None:
        def done(_result: object) -> None:
            self._select_after = select
            dialog_accept()

        self.ops.change(work, success=done, failure=lambda exc: dialog_problem(_problems(exc)))

    # -- printing ----------------------------------------------------------------------------------------------------
    def _print_all_clicked(self) -> None:
        self.print_plans()

    def print_plans(self, folder: Path | None = None, *, only_chosen: bool = False) -> None:
        """Write the plans (all, or the chosen household's) as one PDF into ``folder`` (asked when None)."""
        if self.institute_id is None:
            return
        row = self.current_row()
        if only_chosen and (row is None or row.plan_id is None):
            return
        if folder is None:
            folder = choose_folder(self, self.tr("Folder for the printed plans"))
            if folder is None:
                return
        institute_id, fiscal_year, today, language = self.institute_id, self.fiscal_year, self.today, screen_language()
        household_ids = [row.household_id] if only_chosen and row is not None else None
        target = folder

        def done(written: list[Path]) -> None:
            self.printed = written

        print_to_folder(
            self.ops,
            write=lambda db: write_plans(
                db,
                institute_id=institute_id,
                fiscal_year=fiscal_year,
                folder=target,
                today=today,
                language=language,
                household_ids=household_ids,
            ),
            folder=target,
            status=self.print_status,
            done=done,
            problem=self._show_problem,
            what=self.tr("The life-development plans"),
        )

    # -- language ----------------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.year_label.setText(
            self.tr("Life-development plans of %1").replace("%1", labels.fiscal_year_text(self.fiscal_year))
        )
        self.visit_button.setText(self.tr("Add visit…"))
        self.print_one_button.setText(self.tr("Print this plan…"))
        self.print_button.setText(self.tr("Print all plans…"))
        self.print_button.setToolTip(self.tr("Every plan of the fiscal year in one PDF, a household to a section"))
        self.model.setHorizontalHeaderLabels([_t(header) for header, _w, _r in COLUMNS])
        self._fill()
