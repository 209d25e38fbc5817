"""Life-development plans screen: the fiscal year's target households with where each one's plan stands, the
chosen household's plan (goals, items, savings target, follow-up visits), editing it, recording visits, and
printing the plans."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from cdfi_desktop.domain.fiscal import fiscal_year_be
from cdfi_desktop.failures import describe
from cdfi_desktop.messages import message
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.life_plans.dialogs import FollowUpDialog, LifePlanDialog, kind_text, status_text
from cdfi_desktop.ui.ops import Ops, in_unit_of_work
from cdfi_desktop.ui.reports.common import KEY_ROLE, cell, go_to_step, print_printout
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets.detail import DetailPanel, Line, heading
from cdfi_desktop.ui.widgets.empty import EmptyOr
from cdfi_desktop.ui.widgets.fields import screen_language
from cdfi_desktop.ui.widgets.fit import fit_to_screen
from cdfi_desktop.ui.widgets.page import Page
from cdfi_desktop.ui.widgets.screen import LazyScreen
from cdfi_desktop.ui.widgets.split import MasterDetail
from cdfi_desktop.ui.widgets.table import Column, Kind, RegisterTable

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.services.life_plans import LifePlanView, TargetPlanRow
    from cdfi_desktop.services.uow import UnitOfWork

log = logging.getLogger(__name__)
CONTEXT = "LifePlansScreen"
COLUMNS = (
    Column(QT_TRANSLATE_NOOP("LifePlansScreen", "Rank"), Kind.NUMBER),
    Column(QT_TRANSLATE_NOOP("LifePlansScreen", "Register no."), Kind.TEXT),
    Column(QT_TRANSLATE_NOOP("LifePlansScreen", "Head of household"), Kind.TEXT, stretch=True),
    Column(QT_TRANSLATE_NOOP("LifePlansScreen", "Village"), Kind.TEXT, priority=3),
    Column(QT_TRANSLATE_NOOP("LifePlansScreen", "Plan"), Kind.TEXT),
    Column(QT_TRANSLATE_NOOP("LifePlansScreen", "Savings a month"), Kind.MONEY),
    Column(QT_TRANSLATE_NOOP("LifePlansScreen", "Visits"), Kind.NUMBER, priority=1),
    Column(QT_TRANSLATE_NOOP("LifePlansScreen", "Last visit"), Kind.DATE, priority=2),
)


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

        self.page = Page(self)
        self.count_label = QLabel()
        self.page.add_to_heading(self.count_label)
        self.edit_button = self.page.actions.add(self.edit_plan)
        self.visit_button = self.page.actions.add(self.add_visit)
        self.page.actions.stretch()
        self.print_one_button = self.page.actions.add(lambda: self.print_plans(only_chosen=True))
        self.print_button = self.page.actions.add(self.print_plans)
        self.problem = self.page.problem
        self.print_status = self.page.status

        self.table = RegisterTable(COLUMNS, context=CONTEXT, key="life_plans")
        self.model = self.table.standard_model()
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_plan())
        self.detail = DetailPanel()
        self.splitter = MasterDetail(self.table, self.detail, key="life_plans", ratio=(3, 2))
        self.stack = EmptyOr(self.splitter)
        self.page.body.addWidget(self.stack)
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
        muted = self.palette().placeholderText()
        for r in self.rows:
            color = muted if r.plan_id is None else None
            self.model.appendRow(
                [
                    cell(text, kind, key=r.household_id, color=color)
                    for text, kind in (
                        (str(r.rank), Kind.NUMBER),
                        (r.code, Kind.TEXT),
                        (r.head_name, Kind.TEXT),
                        (r.village, Kind.TEXT),
                        (status_text(r.status) if r.status else self.tr("No plan yet"), Kind.TEXT),
                        (labels.baht_text(r.savings_target_monthly), Kind.MONEY),
                        (str(r.follow_ups) if r.plan_id else "", Kind.NUMBER),
                        (labels.date_text(r.last_visit) if r.last_visit else "", Kind.DATE),
                    )
                ]
            )
        with_plan = sum(1 for r in self.rows if r.plan_id)
        self.count_label.setText(
            self.tr("%1 of %2 target households have a plan")
            .replace("%1", str(with_plan))
            .replace("%2", str(len(self.rows)))
        )
        if self.rows:
            self.stack.show_content()
        else:
            self.stack.show_empty(
                self.tr("No target households in this fiscal year yet: lock the target list first."),
                self.tr("Go to the target households"),
                lambda: go_to_step(self, "targets"),
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
        found = rows[0].data(KEY_ROLE)
        return str(found) if found else None

    def current_row(self) -> TargetPlanRow | None:
        household_id = self.current_household_id()
        return next((r for r in self.rows if r.household_id == household_id), None)

    def select_household(self, household_id: str) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(KEY_ROLE) == household_id:
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
        if row is None:
            self.detail.show_hint(self.tr("Choose a household to see its plan."))
            return
        plan = self.plan if self.plan is not None and self.plan.household_id == row.household_id else None
        lines: list[Line] = [heading(f"{row.rank}. {row.head_name}"), f"{row.code} · {row.village}", ""]
        if plan is None:
            self.detail.show_lines([*lines, self.tr("No plan yet. Press “New plan…” to write it with the household.")])
            return
        lines += [
            (self.tr("Status"), status_text(plan.status)),
            (self.tr("Made on"), labels.date_text(plan.made_on)),
            (self.tr("Savings target a month"), labels.baht_text(plan.savings_target_monthly)),
        ]
        if plan.goals:
            lines.append((self.tr("Goals"), plan.goals))
        if plan.items:
            lines.append("")
            for item in plan.items:
                extra = []
                if item.amount_monthly is not None:
                    extra.append(self.tr("%1 baht a month").replace("%1", labels.baht_text(item.amount_monthly)))
                if item.target_date is not None:
                    extra.append(self.tr("by %1").replace("%1", labels.date_text(item.target_date)))
                tail = f" ({', '.join(extra)})" if extra else ""
                lines.append(f"• {kind_text(item.kind)}: {item.description}{tail}")
            lines.append(
                self.tr("Planned: income +%1, expenses −%2 baht a month")
                .replace("%1", labels.baht_text(plan.planned_income_change))
                .replace("%2", labels.baht_text(plan.planned_expense_change))
            )
        lines += ["", heading(self.tr("Follow-up visits"))]
        if plan.follow_ups:
            for visit in plan.follow_ups:
                saved = self.tr("Saved so far") + " " + labels.baht_text(visit.savings_to_date)
                lines.append(" · ".join(t for t in (labels.date_text(visit.visited_on), saved, visit.note) if t))
        else:
            lines.append(self.tr("No visits yet."))
        if plan.notes:
            lines += ["", (self.tr("Notes"), plan.notes)]
        self.detail.show_lines(lines)

    def _update_buttons(self) -> None:
        row = self.current_row()
        has_plan = row is not None and row.plan_id is not None
        actions = self.page.actions
        choose = self.tr("Choose a household in the list first.")
        no_plan = self.tr("This household has no plan yet: write it first with “New plan…”.")
        actions.set_available(self.edit_button, row is not None, choose)
        self.edit_button.setText(self.tr("Edit plan…") if has_plan else self.tr("New plan…"))
        actions.set_available(self.visit_button, has_plan, choose if row is None else no_plan)
        actions.set_available(self.print_one_button, has_plan, choose if row is None else no_plan)
        actions.set_available(
            self.print_button, any(r.plan_id for r in self.rows), self.tr("No plan has been written this year yet.")
        )

    # -- changes ------------------------------------------------------------------------------------------------------
    def edit_plan(self) -> None:
        row = self.current_row()
        if row is None:
            return
        self.page.clear_problem()
        plan = self.plan if self.plan is not None and self.plan.household_id == row.household_id else None
        if row.plan_id is not None and plan is None:
            return  # still reading it
        dialog = LifePlanDialog(row, plan, fiscal_year=self.fiscal_year, today=self.today, parent=self)
        self.plan_dialog = dialog

        def submitted() -> None:
            from cdfi_desktop.services import life_plans as lp

            form = dialog.form()
            self._run(lambda uow: lp.save_life_plan(uow, form), dialog, select=row.household_id)

        dialog.submitted.connect(submitted)
        fit_to_screen(dialog)
        dialog.open()

    def add_visit(self) -> None:
        row = self.current_row()
        if row is None or row.plan_id is None:
            return
        self.page.clear_problem()
        dialog = FollowUpDialog(row, today=self.today, parent=self)
        self.visit_dialog = dialog
        plan_id, today = row.plan_id, self.today

        def submitted() -> None:
            from cdfi_desktop.services import life_plans as lp

            visited_on, savings, note = dialog.values()
            self._run(
                lambda uow: lp.add_follow_up(
                    uow, plan_id=plan_id, visited_on=visited_on, savings_to_date=savings, note=note, today=today
                ),
                dialog,
                select=row.household_id,
            )

        dialog.submitted.connect(submitted)
        fit_to_screen(dialog)
        dialog.open()

    def _run(self, work: Callable[[UnitOfWork], Any], dialog: LifePlanDialog | FollowUpDialog, *, select: str) -> None:
        def done(_result: object) -> None:
            self._select_after = select
            dialog.accept()

        self.ops.change(in_unit_of_work(work), success=done, failure=lambda exc: dialog.show_problem(_problems(exc)))

    # -- printing ----------------------------------------------------------------------------------------------------
    def print_plans(self, folder: Path | None = None, *, only_chosen: bool = False) -> None:
        """Write the plans (all, or the chosen household's) as one PDF into ``folder`` (asked when None)."""
        if self.institute_id is None:
            return
        row = self.current_row()
        if only_chosen and (row is None or row.plan_id is None):
            return
        institute_id, fiscal_year, today, language = self.institute_id, self.fiscal_year, self.today, screen_language()
        household_ids = [row.household_id] if only_chosen and row is not None else None
        from cdfi_desktop.reports.registry import write_life_plan_reports

        print_printout(
            self,
            folder,
            write_life_plan_reports,
            ask=self.tr("Folder for the printed plans"),
            what=self.tr("The life-development plans"),
            institute_id=institute_id,
            fiscal_year=fiscal_year,
            printed_on=today,
            language=language,
            household_ids=household_ids,
        )

    # -- language ----------------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        if not hasattr(self, "detail"):  # a language change while the screen is being built
            return
        self.page.set_heading(
            self.tr("Life-development plans of %1").replace("%1", labels.fiscal_year_text(self.fiscal_year))
        )
        self.visit_button.setText(self.tr("Add visit…"))
        self.print_one_button.setText(self.tr("Print this plan…"))
        self.print_button.setText(self.tr("Print all plans…"))
        self.page.actions.set_tip(
            self.print_button, self.tr("Every plan of the fiscal year in one PDF, a household to a section")
        )
        self.table.retranslate()
        self._fill()
