"""Target households screen: the ranked proposal, the officer's additions, removals and moves (each with a
reason), the lock for the fiscal year, the reasons and the list's history beside it, and printing the list and
the participation record forms."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cdfi_desktop.domain.enums import TargetChangeAction
from cdfi_desktop.domain.fiscal import fiscal_year_be
from cdfi_desktop.failures import describe
from cdfi_desktop.messages import message
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.ops import Ops
from cdfi_desktop.ui.targets.dialogs import ID_ROLE, SORT_ROLE, AddTargetDialog, ReasonDialog
from cdfi_desktop.ui.targets.participation import ParticipationDialog
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets.dialogs import ask
from cdfi_desktop.ui.widgets.fields import problem_label, screen_language
from cdfi_desktop.ui.widgets.printing import choose_folder, print_to_folder
from cdfi_desktop.ui.widgets.screen import LazyScreen

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.services.obligations import SignedContract
    from cdfi_desktop.services.targets import CandidateRow, ChangeRow, ParticipationRow, SelectionView, TargetRow
    from cdfi_desktop.services.uow import UnitOfWork

log = logging.getLogger(__name__)
CONTEXT = "TargetsScreen"

COLUMNS: tuple[tuple[str, int, bool], ...] = (  # header, width, right-aligned
    (QT_TRANSLATE_NOOP("TargetsScreen", "Rank"), 50, True),
    (QT_TRANSLATE_NOOP("TargetsScreen", "Register no."), 80, False),
    (QT_TRANSLATE_NOOP("TargetsScreen", "Head of household"), 175, False),
    (QT_TRANSLATE_NOOP("TargetsScreen", "Village"), 120, False),
    (QT_TRANSLATE_NOOP("TargetsScreen", "Class"), 50, False),
    (QT_TRANSLATE_NOOP("TargetsScreen", "Total debt (baht)"), 110, True),
    (QT_TRANSLATE_NOOP("TargetsScreen", "DSR (%)"), 65, True),
    (QT_TRANSLATE_NOOP("TargetsScreen", "Affordable a month"), 120, True),
    (QT_TRANSLATE_NOOP("TargetsScreen", "Term (months)"), 95, True),
    (QT_TRANSLATE_NOOP("TargetsScreen", "Reason"), 420, False),
)
REASON_COLUMN = len(COLUMNS) - 1

CLASS_NAMES = {
    "A": QT_TRANSLATE_NOOP("TargetsScreen", "A – normal"),
    "B": QT_TRANSLATE_NOOP("TargetsScreen", "B – watch"),
    "C": QT_TRANSLATE_NOOP("TargetsScreen", "C – problem"),
    "D": QT_TRANSLATE_NOOP("TargetsScreen", "D – critical"),
}
ACTIONS = {
    TargetChangeAction.PROPOSE: QT_TRANSLATE_NOOP("TargetsScreen", "Proposed"),
    TargetChangeAction.ADD: QT_TRANSLATE_NOOP("TargetsScreen", "Added"),
    TargetChangeAction.REMOVE: QT_TRANSLATE_NOOP("TargetsScreen", "Removed"),
    TargetChangeAction.REORDER: QT_TRANSLATE_NOOP("TargetsScreen", "Moved"),
    TargetChangeAction.LOCK: QT_TRANSLATE_NOOP("TargetsScreen", "Locked"),
    TargetChangeAction.UNLOCK: QT_TRANSLATE_NOOP("TargetsScreen", "Unlocked"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# -- work on the worker thread ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Loaded:
    institute_id: str | None
    selection: SelectionView | None
    changes: list[ChangeRow]


def load(db: Database, *, fiscal_year: int, as_of: date) -> Loaded:
    from cdfi_desktop.services import registers as reg
    from cdfi_desktop.services import targets as tg

    with db.session() as session:
        institute_id = reg.first_institute_id(session)
        if institute_id is None:
            return Loaded(None, None, [])
        view = tg.selection(session, institute_id=institute_id, fiscal_year=fiscal_year, as_of=as_of)
        changes = tg.target_changes(session, view.id) if view else []
    return Loaded(institute_id, view, changes)


def candidates(db: Database, *, institute_id: str, fiscal_year: int, as_of: date) -> list[CandidateRow]:
    from cdfi_desktop.services import targets as tg

    with db.session() as session:
        return tg.candidates(session, institute_id=institute_id, fiscal_year=fiscal_year, as_of=as_of)


def in_unit_of_work(fn: Callable[[UnitOfWork], Any]) -> Callable[[Database, Any], Any]:
    def run(db: Database, _progress: Any) -> Any:
        from cdfi_desktop.services.uow import UnitOfWork

        with UnitOfWork(db) as uow:
            return fn(uow)

    return run


def write_reports(
    db: Database, *, institute_id: str, fiscal_year: int, folder: Path, today: date, language: str
) -> list[Path]:
    from cdfi_desktop.reports.targets_data import write_targets_reports

    with db.session() as session:
        return write_targets_reports(
            session,
            institute_id=institute_id,
            fiscal_year=fiscal_year,
            out_dir=folder,
            printed_on=today,
            language=language,
        )


# -- the screen ------------------------------------------------------------------------------------------------------
class TargetsScreen(LazyScreen):
    """The institute's target households of the fiscal year the day falls in."""

    def __init__(self, ops: Ops, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(ops, parent)
        self.setObjectName("targets")
        self.ops = ops
        self.today = today or date.today()
        self.fiscal_year = fiscal_year_be(self.today)
        self.institute_id: str | None = None
        self.selection: SelectionView | None = None
        self.changes: list[ChangeRow] = []
        self.reason_dialog: ReasonDialog | None = None
        self.add_dialog: AddTargetDialog | None = None
        self.participation_dialog: ParticipationDialog | None = None
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
        self.status_badge = QLabel()
        self.status_badge.setObjectName("targetsStatus")
        self.status_badge.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.year_label)
        top.addStretch(1)
        top.addWidget(self.status_badge)
        layout.addLayout(top)

        bar = QHBoxLayout()
        self.propose_button = QPushButton()
        self.propose_button.clicked.connect(self.propose)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove)
        self.up_button = QPushButton()
        self.up_button.clicked.connect(lambda: self.move_household(-1))
        self.down_button = QPushButton()
        self.down_button.clicked.connect(lambda: self.move_household(1))
        self.lock_button = QPushButton()
        self.lock_button.clicked.connect(self.toggle_lock)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self._print_clicked)
        self.participation_button = QPushButton()
        self.participation_button.clicked.connect(self.edit_participation)
        for button in (self.propose_button, self.add_button, self.remove_button, self.up_button, self.down_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.participation_button)
        bar.addWidget(self.lock_button)
        bar.addWidget(self.print_button)
        layout.addLayout(bar)

        self.problem = problem_label(state="error")
        layout.addWidget(self.problem)

        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        scale = self.table.fontMetrics().averageCharWidth() / 7
        for column, (_header, width, _right) in enumerate(COLUMNS):
            self.table.setColumnWidth(column, int(width * scale))

        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
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
        below = QSplitter(Qt.Orientation.Horizontal)
        below.addWidget(self.detail)
        below.addWidget(history_box)
        below.setStretchFactor(0, 3)
        below.setStretchFactor(1, 2)
        below.setSizes([620, 420])
        # The list across the whole width (its reason column is what the committee reads), the selected
        # household's reasons and the list's history under it.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(below)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([330, 210])
        layout.addWidget(self.splitter, 1)

        bottom = QHBoxLayout()
        self.count_label = QLabel()
        self.print_status = QLabel()
        self.print_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        bottom.addWidget(self.print_status)
        layout.addLayout(bottom)

        self.retranslate()
        self._update_buttons()

    # -- loading ---------------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self._stale = False
        fiscal_year, as_of = self.fiscal_year, self.today
        self.ops.query(lambda db: load(db, fiscal_year=fiscal_year, as_of=as_of), success=self._loaded)

    def _loaded(self, loaded: Loaded) -> None:
        self.institute_id = loaded.institute_id
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
        rows = self.selection.rows if self.selection else ()
        for r in rows:
            self.model.appendRow(self._items(r, language))
        self.proxy.sort(
            self.table.horizontalHeader().sortIndicatorSection(), self.table.horizontalHeader().sortIndicatorOrder()
        )
        self._fill_history()
        self._show_status()
        if keep:
            self.select_household(keep)
        self._selection_changed()
        self._update_buttons()

    def _items(self, r: TargetRow, language: str) -> list[QStandardItem]:
        village = " ".join(p for p in (str(r.village_no) if r.village_no is not None else "", r.village) if p)
        dsr = "–" if r.dsr_pct is None else f"{r.dsr_pct:,.2f}"
        term = "–" if r.consolidated_term_months is None else str(r.consolidated_term_months)
        klass = r.class_at_selection
        if r.current_class is not None and r.current_class.value != r.class_at_selection:
            klass = f"{r.class_at_selection} → {r.current_class.value}"
        reason = r.reason_text(language)
        if not r.proposed:
            reason = f"{reason} {_t('(added by the officer)')}"
        cells: list[tuple[str, object]] = [
            (str(r.rank), r.rank),
            (r.code, r.code),
            (r.head_name, r.head_name),
            (village, village),
            (klass, "CBDA".find(r.class_at_selection)),
            (labels.baht_text(r.total_debt), float(r.total_debt)),
            (dsr, float(r.dsr_pct) if r.dsr_pct is not None else -1.0),
            (labels.baht_text(r.affordable_installment), float(r.affordable_installment)),
            (term, r.consolidated_term_months if r.consolidated_term_months is not None else 10**6),
            (reason, reason),
        ]
        tooltip = self._tooltip(r, language)
        items = []
        for column, (text, key) in enumerate(cells):
            item = QStandardItem(text)
            item.setData(key, SORT_ROLE)
            item.setData(r.household_id, ID_ROLE)
            item.setToolTip(tooltip)
            if COLUMNS[column][2]:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            items.append(item)
        return items

    def _tooltip(self, r: TargetRow, language: str) -> str:
        lines = [f"{r.code} {r.head_name}", f"{_t('Reason')}: {r.reason_text(language)}"]
        if r.current_class is not None:
            lines.append(
                QCoreApplication.translate("TargetsScreen", "Class now: %1").replace(
                    "%1", _t(CLASS_NAMES[r.current_class.value])
                )
            )
            lines += [f"• {text}" for text in r.class_reason_texts(language)]
        return "\n".join(lines)

    def _fill_history(self) -> None:
        self.history.clear()
        for change in reversed(self.changes):  # newest first
            who = f"{change.household_code} {change.head_name}".strip()
            when = labels.date_text(change.at.date())
            head = f"{when} · {_t(ACTIONS[change.action])}"
            if who:
                head += f" · {who}"
            if change.officer:
                head += f" · {change.officer}"
            item = QListWidgetItem(f"{head}\n{change.reason}")
            item.setToolTip(change.reason)
            self.history.addItem(item)

    def _show_status(self) -> None:
        view = self.selection
        if view is None:
            text = self.tr("No list yet: press Propose")
            state = "none"
        elif view.locked:
            when = labels.date_text(view.locked_at.date()) if view.locked_at else ""
            text = self.tr("Locked on %1 by %2").replace("%1", when).replace("%2", view.locked_by or "–")
            state = "locked"
        else:
            text = self.tr("Draft: not locked")
            state = "draft"
        colours = {"locked": "#1b5e20", "draft": "#8a5a00", "none": "#555555"}
        backgrounds = {"locked": "#e3f2e1", "draft": "#fff4d6", "none": "#eeeeee"}
        self.status_badge.setText(text)
        self.status_badge.setProperty("state", state)
        self.status_badge.setStyleSheet(
            f"QLabel {{ color: {colours[state]}; background: {backgrounds[state]}; border: 1px solid {colours[state]};"
            " border-radius: 4px; padding: 3px 10px; font-weight: bold; }"
        )
        count = len(view.rows) if view else 0
        wanted = view.wanted if view else 30
        self.count_label.setText(
            self.tr("%1 households on the list (the fiscal year's target: %2)")
            .replace("%1", str(count))
            .replace("%2", str(wanted))
        )

    # -- selection and the side panel -------------------------------------------------------------------------------
    def current_household_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        found = rows[0].data(ID_ROLE)
        return str(found) if found else None

    def current_row(self) -> TargetRow | None:
        household_id = self.current_household_id()
        if household_id is None or self.selection is None:
            return None
        return self.selection.row(household_id)

    def select_household(self, household_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ID_ROLE) == household_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.proxy.index(row, 0))
                return True
        return False

    def _selection_changed(self, *_args: object) -> None:
        self._update_buttons()
        row = self.current_row()
        if row is None:
            self.detail.setHtml(
                f"<p>{html.escape(self.tr('Choose a household in the list to see why it is there.'))}</p>"
            )
            return
        language = screen_language()
        e = html.escape
        who = self.tr("Proposed by the app") if row.proposed else self.tr("Added by the officer")
        left = [
            f"<b style='font-size:large'>{e(str(row.rank))}. {e(row.head_name)}</b>",
            f"{e(self.tr('Register no.'))} {e(row.code)} · {e(row.village)}",
            f"<br><b>{e(self.tr('Reason'))}</b> ({e(who)})",
            e(row.reason_text(language)),
        ]
        dsr = "–" if row.dsr_pct is None else f"{row.dsr_pct:,.2f}%"
        term = "–" if row.consolidated_term_months is None else str(row.consolidated_term_months)
        left += [
            "",
            f"{e(self.tr('Total debt'))}: {e(labels.baht_text(row.total_debt))} · "
            f"{e(self.tr('Debt-service ratio'))}: {e(dsr)}",
            f"{e(self.tr('Affordable a month'))}: {e(labels.baht_text(row.affordable_installment))} · "
            f"{e(self.tr('Term (months)'))}: {e(term)}",
        ]
        right = [f"<b>{e(self.tr('Class when selected'))}:</b> {e(_t(CLASS_NAMES.get(row.class_at_selection, '')))}"]
        if row.current_class is not None:
            right.append(f"<b>{e(self.tr('Class now'))}:</b> {e(_t(CLASS_NAMES[row.current_class.value]))}")
            right.append(f"<br><b>{e(self.tr('Why this class'))}</b>")
            right += [f"• {e(text)}" for text in row.class_reason_texts(language)]
        parts = [
            "<table width='100%' cellspacing='0' cellpadding='2'><tr>",
            f"<td width='55%' valign='top'>{'<br>'.join(left)}</td>",
            f"<td width='45%' valign='top'>{'<br>'.join(right)}</td>",
            "</tr></table>",
        ]
        self.detail.setHtml("".join(parts))

    def _update_buttons(self) -> None:
        has_institute = self.institute_id is not None
        editable = has_institute and not self.locked
        listed = self.selection is not None and bool(self.selection.rows)
        row = self.current_row()
        count = len(self.selection.rows) if self.selection else 0
        self.propose_button.setEnabled(editable)
        self.add_button.setEnabled(editable and self.selection is not None)
        self.remove_button.setEnabled(editable and row is not None)
        self.up_button.setEnabled(editable and row is not None and row.rank > 1)
        self.down_button.setEnabled(editable and row is not None and row.rank < count)
        self.lock_button.setEnabled(has_institute and self.selection is not None)
        self.lock_button.setText(self.tr("Unlock…") if self.locked else self.tr("Lock the list…"))
        self.print_button.setEnabled(has_institute and listed)
        self.participation_button.setEnabled(has_institute and row is not None)

    # -- changes -------------------------------------------------------------------------------------------------------
    def confirm(self, question: str) -> bool:
        return ask(self, self.tr("Target households"), question)

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _failed(self, exc: Exception) -> None:
        from cdfi_desktop.services.errors import ValidationFailed

        if isinstance(exc, ValidationFailed):
            language = screen_language()
            self._show_problem("\n".join(message(i.code, language, **i.params) for i in exc.issues))
        else:
            log.error("changing the target list failed: %s", exc)
            self._show_problem(self.tr("The operation failed: %1").replace("%1", describe(exc, screen_language())))
        self.reload()

    def _change(self, fn: Callable[[UnitOfWork], Any], *, select: str | None = None) -> None:
        self._show_problem("")
        self._select_after = select
        self.ops.change(in_unit_of_work(fn), failure=self._failed)

    def _ask_reason(self, *, title: str, what: str, then: Callable[[str], None]) -> None:
        dialog = ReasonDialog(title=title, what=what, parent=self)
        dialog.accepted.connect(lambda: then(dialog.reason()))
        self.reason_dialog = dialog
        dialog.open()

    def propose(self) -> None:
        if self.institute_id is None or self.locked:
            return
        if self.selection is not None and self.selection.rows:
            question = self.tr("Replace the list of %1 households by a new proposal?").replace(
                "%1", str(len(self.selection.rows))
            )
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
                    "The list has %2 households, fewer than the %3 the guideline asks: give the reason it is short."
                ).replace("%2", str(count)).replace("%3", str(wanted))
        else:
            title = self.tr("Unlock the list")
            what = self.tr("Unlock the list of %1 to change it again.")
        self._ask_reason(title=title, what=what.replace("%1", labels.fiscal_year_text(self.fiscal_year)), then=then)

    # -- printing ----------------------------------------------------------------------------------------------------
    def edit_participation(self) -> None:
        """Open the selected household's participation record (แบบบันทึกการเข้าร่วมโครงการ)."""
        household_id = self.current_household_id()
        if household_id is None or self.institute_id is None:
            return
        institute_id, fiscal_year = self.institute_id, self.fiscal_year

        today = self.today

        def read(db: Database) -> tuple[ParticipationRow | None, list[SignedContract]]:
            from cdfi_desktop.services import obligations
            from cdfi_desktop.services import targets as tg

            with db.session() as session:
                rows = tg.participation(session, institute_id=institute_id, fiscal_year=fiscal_year)
                signed = obligations.signed_contracts(session, [household_id], as_of=today).get(household_id, [])
            return next((r for r in rows if r.household_id == household_id), None), signed

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
        dialog.open()

    def _print_clicked(self) -> None:
        self.print_reports()

    def print_reports(self, folder: Path | None = None) -> None:
        """Write the list (PDF, Excel) and the participation forms (PDF) into ``folder`` (asked when None)."""
        if self.institute_id is None:
            return
        if folder is None:
            folder = choose_folder(self, self.tr("Folder for the printed list and forms"))
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
            what=self.tr("The target list"),
        )

    # -- language ----------------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.year_label.setText(
            self.tr("Target households of %1").replace("%1", labels.fiscal_year_text(self.fiscal_year))
        )
        self.propose_button.setText(self.tr("Propose"))
        self.propose_button.setToolTip(
            self.tr(
                "Rank the fiscal year's number of households: class C, then B, whose consolidated debt is affordable"
            )
        )
        self.add_button.setText(self.tr("Add…"))
        self.remove_button.setText(self.tr("Remove…"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.print_button.setText(self.tr("Print…"))
        self.participation_button.setText(self.tr("Participation record…"))
        self.participation_button.setToolTip(
            self.tr("Who represents the household, when it enrolled, its consent and when it signed the form")
        )
        self.print_button.setToolTip(
            self.tr("The list as PDF and Excel, and a participation record form per household")
        )
        self.history_label.setText(self.tr("History of the list"))
        self.model.setHorizontalHeaderLabels([_t(header) for header, _w, _r in COLUMNS])
        self._update_buttons()
        if self.selection is not None or self.institute_id is not None:
            self._fill()
        else:
            self._show_status()
