"""Target households screen: the ranked proposal, the officer's additions, removals and moves (each with a
reason), the lock for the fiscal year, the reasons and the list's history beside it, and printing the list and
the participation record forms."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from cdfi_desktop.domain.fiscal import fiscal_year_be
from cdfi_desktop.failures import describe
from cdfi_desktop.messages import message
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.ops import Ops, in_unit_of_work
from cdfi_desktop.ui.overview import first_steps
from cdfi_desktop.ui.privacy import disclosure
from cdfi_desktop.ui.targets import rows as shown
from cdfi_desktop.ui.targets.dialogs import ID_ROLE, SORT_ROLE, AddTargetDialog, ReasonDialog
from cdfi_desktop.ui.targets.participation import ParticipationDialog
from cdfi_desktop.ui.targets.rows import COLUMNS, REASON_COLUMN
from cdfi_desktop.ui.targets.work import Loaded, candidates, load, participation, write_reports
from cdfi_desktop.ui.widgets.detail import DetailPanel
from cdfi_desktop.ui.widgets.dialogs import ask
from cdfi_desktop.ui.widgets.empty import EmptyOr
from cdfi_desktop.ui.widgets.fields import screen_language
from cdfi_desktop.ui.widgets.fit import fit_to_screen
from cdfi_desktop.ui.widgets.page import Page
from cdfi_desktop.ui.widgets.screen import LazyScreen
from cdfi_desktop.ui.widgets.split import MasterDetail
from cdfi_desktop.ui.widgets.table import RegisterTable
from cdfi_desktop.ui.widgets.thai_text import breakable

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.services.obligations import SignedContract
    from cdfi_desktop.services.targets import ChangeRow, ParticipationRow, SelectionView, TargetRow
    from cdfi_desktop.services.uow import UnitOfWork

__all__ = ["REASON_COLUMN", "TargetsScreen"]

log = logging.getLogger(__name__)
CONTEXT = "TargetsScreen"
BADGE = {  # text colour, background
    "locked": ("#1b5e20", "#e3f2e1"),
    "draft": ("#8a5a00", "#fff4d6"),
    "none": ("#555555", "#eeeeee"),
}


class TargetsScreen(LazyScreen):
    """The institute's target households of the fiscal year the day falls in."""

    def __init__(self, ops: Ops, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(ops, parent)
        self.setObjectName("targets")
        self.ops = ops
        self.today = today or date.today()
        self.fiscal_year = fiscal_year_be(self.today)
        self.institute_id: str | None = None
        self.households = 0
        self.selection: SelectionView | None = None
        self.changes: list[ChangeRow] = []
        self.reason_dialog: ReasonDialog | None = None
        self.add_dialog: AddTargetDialog | None = None
        self.participation_dialog: ParticipationDialog | None = None
        self.printed: list[Path] = []
        self._select_after: str | None = None

        self.page = Page(self)
        self.count_label = QLabel()
        self.status_badge = QLabel()
        self.status_badge.setObjectName("targetsStatus")
        self.status_badge.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.page.add_to_heading(self.count_label)
        self.page.add_to_heading(self.status_badge)
        actions = self.page.actions
        self.propose_button = actions.add(self.propose)
        self.add_button = actions.add(self.add)
        self.remove_button = actions.add(self.remove)
        self.up_button = actions.add(lambda: self.move_household(-1))
        self.down_button = actions.add(lambda: self.move_household(1))
        actions.stretch()
        self.participation_button = actions.add(self.edit_participation)
        self.lock_button = actions.add(self.toggle_lock)
        self.print_button = actions.add(self.print_reports)
        self.print_status = self.page.status

        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = RegisterTable(COLUMNS, context=CONTEXT, key="targets", sortable=True)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        actions.add(widget=self.table.chooser_button())

        self.detail = DetailPanel()
        history_box = QWidget()
        history_layout = QVBoxLayout(history_box)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.setSpacing(2)
        self.history_label = QLabel()
        self.history = QListWidget()
        self.history.setWordWrap(True)
        self.history.setAlternatingRowColors(True)
        history_layout.addWidget(self.history_label)
        history_layout.addWidget(self.history, 1)
        # The list across the whole width (its reason column is what the committee reads), the selected
        # household's reasons and the list's history under it.
        below = MasterDetail(self.detail, history_box, key="targets-detail", ratio=(3, 2))
        self.splitter = MasterDetail(
            self.table, below, key="targets", orientation=Qt.Orientation.Vertical, ratio=(3, 2)
        )
        self.stack = EmptyOr(self.splitter)
        self.page.body.addWidget(self.stack)

        self.retranslate()
        self._update_buttons()

    # -- loading ---------------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self._stale = False
        fiscal_year, as_of = self.fiscal_year, self.today
        self.ops.query(lambda db: load(db, fiscal_year=fiscal_year, as_of=as_of), success=self._loaded)

    def _loaded(self, loaded: Loaded) -> None:
        self.institute_id = loaded.institute_id
        self.households = loaded.households
        self.selection = loaded.selection
        self.changes = loaded.changes
        self._fill()

    @property
    def locked(self) -> bool:
        return self.selection is not None and self.selection.locked

    def _fill(self) -> None:
        keep = self._select_after or self.current_household_id()
        self._select_after = None
        language = screen_language()
        self.model.removeRows(0, self.model.rowCount())
        for row in self.selection.rows if self.selection else ():
            self.model.appendRow(shown.items(row, language))
        header = self.table.horizontalHeader()
        self.proxy.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.history.clear()
        for change in reversed(self.changes):  # newest first
            item = QListWidgetItem(breakable(shown.history_text(change, language)))  # Thai wraps between words
            item.setToolTip(change.reason)
            self.history.addItem(item)
        self._show_status()
        self._show_empty_or_list()
        if keep:
            self.select_household(keep)
        self._selection_changed()
        self._update_buttons()

    def _show_empty_or_list(self) -> None:
        """Nothing to show: say what to do first, and offer the one action that can be done now."""
        if self.selection is not None and (self.selection.rows or self.changes):
            self.stack.show_content()
        elif self.institute_id is None:
            self.stack.show_empty(
                first_steps.no_institute_text(),
                first_steps.create_institute_action(),
                lambda: first_steps.go_to_step(self, "institute"),
            )
        elif not self.households:
            self.stack.show_empty(
                self.tr(
                    "The register has no households yet, so there is nobody to propose. Import or add the "
                    "households in step 2 (Registers) first."
                ),
                self.tr("Go to the registers"),
                lambda: first_steps.go_to_step(self, "registers"),
            )
        else:
            self.stack.show_empty(
                self.tr(
                    "No target list for %1 yet. Propose ranks the households of class C, then B, whose "
                    "consolidated debt is affordable; you can then add, remove and move households."
                ).replace("%1", labels.fiscal_year_text(self.fiscal_year)),
                self.tr("Propose the list"),
                self.propose,
            )

    def _show_status(self) -> None:
        view = self.selection
        if view is None:
            text, state = self.tr("No list yet"), "none"
        elif view.locked:
            when = labels.date_text(view.locked_at.date()) if view.locked_at else ""
            text = self.tr("Locked on %1 by %2").replace("%1", when).replace("%2", view.locked_by or "–")
            state = "locked"
        else:
            text, state = self.tr("Draft: not locked"), "draft"
        colour, background = BADGE[state]
        self.status_badge.setText(text)
        self.status_badge.setProperty("state", state)
        self.status_badge.setStyleSheet(
            f"QLabel {{ color: {colour}; background: {background}; border: 1px solid {colour};"
            " border-radius: 4px; padding: 3px 10px; font-weight: bold; }"
        )
        count = len(view.rows) if view else 0
        wanted = view.wanted if view else 30
        self.count_label.setText(
            self.tr("%n households on the list (the fiscal year's target: %1)", "", count).replace("%1", str(wanted))
        )

    # -- selection and the detail panel -----------------------------------------------------------------------------
    def current_household_id(self) -> str | None:
        found = self.table.chosen_value(ID_ROLE)
        return str(found) if found else None

    def current_row(self) -> TargetRow | None:
        household_id = self.current_household_id()
        if household_id is None or self.selection is None:
            return None
        return self.selection.row(household_id)

    def select_household(self, household_id: str) -> bool:
        return self.table.select_where(ID_ROLE, household_id)

    def _selection_changed(self, *_args: object) -> None:
        self._update_buttons()
        row = self.current_row()
        if row is None:
            self.detail.show_hint(self.tr("Choose a household in the list to see why it is there."))
        else:
            self.detail.show_lines(*shown.detail_lines(row, screen_language()))

    def _update_buttons(self) -> None:
        available = self.page.actions.set_available
        row = self.current_row()
        count = len(self.selection.rows) if self.selection else 0
        has_institute = self.institute_id is not None
        editable = has_institute and not self.locked
        if not has_institute:
            why_not = first_steps.why_no_institute()
        else:
            why_not = self.tr("The list is locked: unlock it first (Unlock…).")
        choose = self.tr("Choose a household in the list first.")
        no_households = self.tr("The register has no households yet: import or add them in step 2 (Registers).")
        available(self.propose_button, editable and self.households > 0, no_households if editable else why_not)
        available(
            self.add_button,
            editable and self.selection is not None,
            self.tr("Propose the list first; then add households to it.") if editable else why_not,
        )
        available(self.remove_button, editable and row is not None, choose if editable else why_not)
        if not editable:
            why_not_up = why_not_down = why_not
        elif row is None:
            why_not_up = why_not_down = choose
        else:
            why_not_up, why_not_down = (
                self.tr("The household is first on the list."),
                self.tr("The household is last on the list."),
            )
        available(self.up_button, editable and row is not None and row.rank > 1, why_not_up)
        available(self.down_button, editable and row is not None and row.rank < count, why_not_down)
        available(
            self.lock_button,
            has_institute and self.selection is not None,
            self.tr("There is no list to lock yet.") if has_institute else first_steps.why_no_institute(),
        )
        self.lock_button.setText(self.tr("Unlock…") if self.locked else self.tr("Lock the list…"))
        available(self.print_button, has_institute and count > 0, self.tr("The list is empty."))
        available(self.participation_button, has_institute and row is not None, choose)

    # -- changes -------------------------------------------------------------------------------------------------------
    def confirm(self, question: str) -> bool:
        return ask(self, self.tr("Target households"), question)

    def _failed(self, exc: Exception) -> None:
        from cdfi_desktop.services.errors import ValidationFailed

        if isinstance(exc, ValidationFailed):
            language = screen_language()
            self.page.show_problem("\n".join(message(i.code, language, **i.params) for i in exc.issues))
        else:
            log.error("changing the target list failed: %s", exc)
            self.page.show_problem(self.tr("The operation failed: %1").replace("%1", describe(exc, screen_language())))
        self.reload()

    def _change(self, fn: Callable[[UnitOfWork], Any], *, select: str | None = None) -> None:
        self.page.show_problem("")
        self._select_after = select
        self.ops.change(in_unit_of_work(fn), failure=self._failed)

    def _ask_reason(self, *, title: str, what: str, then: Callable[[str], None]) -> None:
        dialog = ReasonDialog(title=title, what=what, parent=self)
        dialog.accepted.connect(lambda: then(dialog.reason()))
        self.reason_dialog = dialog
        fit_to_screen(dialog)
        dialog.open()

    def propose(self) -> None:
        if self.institute_id is None or self.locked:
            return
        if self.selection is not None and self.selection.rows:
            question = self.tr("Replace the list of %n households by a new proposal?", "", len(self.selection.rows))
            if not self.confirm(question):
                return
        institute_id, fiscal_year, as_of = self.institute_id, self.fiscal_year, self.today

        def work(uow: UnitOfWork) -> Any:
            from cdfi_desktop.services import targets as tg

            return tg.propose_targets(uow, institute_id=institute_id, fiscal_year=fiscal_year, as_of=as_of)

        self._change(work)

    def add(self) -> None:
        if self.institute_id is None or self.selection is None or self.locked:
            return
        dialog = AddTargetDialog(self)
        self.add_dialog = dialog
        selection_id, institute_id, fiscal_year, as_of = (
            self.selection.id,
            self.institute_id,
            self.fiscal_year,
            self.today,
        )

        def accepted() -> None:
            household_id, reason = dialog.household_id(), dialog.reason()
            if household_id is None or not reason:
                return

            def work(uow: UnitOfWork) -> Any:
                from cdfi_desktop.services import targets as tg

                return tg.add_target(
                    uow, selection_id=selection_id, household_id=household_id, reason=reason, as_of=as_of
                )

            self._change(work, select=household_id)

        dialog.accepted.connect(accepted)
        self.ops.query(
            lambda db: candidates(db, institute_id=institute_id, fiscal_year=fiscal_year, as_of=as_of),
            success=dialog.set_candidates,
        )
        fit_to_screen(dialog)
        dialog.open()

    def remove(self) -> None:
        row = self.current_row()
        if row is None or self.selection is None or self.locked:
            return
        selection_id, household_id, as_of = self.selection.id, row.household_id, self.today

        def then(reason: str) -> None:
            def work(uow: UnitOfWork) -> Any:
                from cdfi_desktop.services import targets as tg

                return tg.remove_target(
                    uow, selection_id=selection_id, household_id=household_id, reason=reason, as_of=as_of
                )

            self._change(work)

        what = self.tr("Remove %1 (rank %2) from the target list.").replace("%1", row.head_name)
        self._ask_reason(title=self.tr("Remove from the list"), what=what.replace("%2", str(row.rank)), then=then)

    def move_household(self, step: int) -> None:
        row = self.current_row()
        if row is None or self.selection is None or self.locked:
            return
        to_rank = row.rank + step
        if not 1 <= to_rank <= len(self.selection.rows):
            return
        selection_id, household_id, as_of = self.selection.id, row.household_id, self.today

        def then(reason: str) -> None:
            def work(uow: UnitOfWork) -> Any:
                from cdfi_desktop.services import targets as tg

                return tg.move_target(
                    uow,
                    selection_id=selection_id,
                    household_id=household_id,
                    to_rank=to_rank,
                    reason=reason,
                    as_of=as_of,
                )

            self._change(work, select=household_id)

        what = (
            self.tr("Move %1 from rank %2 to rank %3.")
            .replace("%1", row.head_name)
            .replace("%2", str(row.rank))
            .replace("%3", str(to_rank))
        )
        self._ask_reason(title=self.tr("Change the order"), what=what, then=then)

    def toggle_lock(self) -> None:
        if self.selection is None:
            return
        selection_id, as_of, locking = self.selection.id, self.today, not self.locked
        count, wanted = len(self.selection.rows), self.selection.wanted
        short = locking and count < wanted

        def then(reason: str) -> None:
            def work(uow: UnitOfWork) -> Any:
                from cdfi_desktop.services import targets as tg

                if locking:
                    return tg.lock_targets(
                        uow,
                        selection_id=selection_id,
                        reason=reason,
                        short_list_reason=reason if short else "",
                        as_of=as_of,
                    )
                return tg.unlock_targets(uow, selection_id=selection_id, reason=reason, as_of=as_of)

            self._change(work)

        if locking:
            title = self.tr("Lock the list")
            what = self.tr("Lock the list of %1: nothing can be changed until it is unlocked.")
            if short:
                what += " " + self.tr(
                    "The list has %n households, fewer than the %2 the guideline asks: give the reason it is short.",
                    "",
                    count,
                ).replace("%2", str(wanted))
        else:
            title = self.tr("Unlock the list")
            what = self.tr("Unlock the list of %1 to change it again.")
        self._ask_reason(title=title, what=what.replace("%1", labels.fiscal_year_text(self.fiscal_year)), then=then)

    # -- the participation record ------------------------------------------------------------------------------------
    def edit_participation(self) -> None:
        """Open the selected household's participation record (แบบบันทึกการเข้าร่วมโครงการ)."""
        household_id = self.current_household_id()
        if household_id is None or self.institute_id is None:
            return
        institute_id, fiscal_year = self.institute_id, self.fiscal_year

        today = self.today

        def read(db: Database) -> tuple[ParticipationRow | None, list[SignedContract]]:
            return participation(
                db, institute_id=institute_id, fiscal_year=fiscal_year, household_id=household_id, today=today
            )

        self.ops.query(read, success=self._open_participation)

    def _open_participation(self, found: tuple[ParticipationRow | None, list[SignedContract]]) -> None:
        row, contracts = found
        if row is None:
            return
        dialog = ParticipationDialog(row, today=self.today, contracts=contracts, parent=self)
        self.participation_dialog = dialog
        fiscal_year = self.fiscal_year

        def save() -> None:
            values = dialog.values()

            def work(uow: UnitOfWork) -> Any:
                from cdfi_desktop.services import targets as tg

                return tg.record_participation(
                    uow,
                    household_id=row.household_id,
                    fiscal_year=fiscal_year,
                    representative_member_id=values.representative_member_id,
                    enrolled_on=values.enrolled_on,
                    consent_given=values.consent_given,
                    signed_on=values.signed_on,
                    notes=values.notes,
                )

            self._change(work, select=row.household_id)

        dialog.accepted.connect(save)
        fit_to_screen(dialog)
        dialog.open()

    def print_reports(self, folder: Path | None = None) -> None:
        """Write the list (PDF, Excel) and the participation forms (PDF) into ``folder`` (asked when None)."""
        if self.institute_id is None:
            return
        write = partial(write_reports, institute_id=self.institute_id, fiscal_year=self.fiscal_year)
        write = partial(write, today=self.today, language=screen_language(), full_ids=disclosure().revealed)
        ask, what = self.tr("Folder for the printed list and forms"), self.tr("The target list")
        self.page.print_into_folder(self.ops, folder=folder, ask=ask, write=write, what=what, done=self._printed)

    def _printed(self, written: list[Path]) -> None:
        self.printed = written

    # -- language ----------------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.page.set_heading(
            self.tr("Target households of %1").replace("%1", labels.fiscal_year_text(self.fiscal_year))
        )
        tip = self.page.actions.set_tip
        self.propose_button.setText(self.tr("Propose"))
        tip(
            self.propose_button,
            self.tr(
                "Rank the fiscal year's number of households: class C, then B, whose consolidated debt is affordable"
            ),
        )
        self.add_button.setText(self.tr("Add…"))
        self.remove_button.setText(self.tr("Remove…"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.print_button.setText(self.tr("Print…"))
        self.participation_button.setText(self.tr("Participation record…"))
        tip(
            self.participation_button,
            self.tr("Who represents the household, when it enrolled, its consent and when it signed the form"),
        )
        tip(self.print_button, self.tr("The list as PDF and Excel, and a participation record form per household"))
        self.history_label.setText(self.tr("History of the list"))
        self.model.setHorizontalHeaderLabels([shown._t(c.header) for c in COLUMNS])
        self.table.retranslate()
        self._update_buttons()
        if self.selection is not None or self.institute_id is not None:
            self._fill()
        else:
            self._show_status()
