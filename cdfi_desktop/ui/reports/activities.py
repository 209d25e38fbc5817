"""Activities tab of the reports screen: the fiscal year's three program activities of an institute with their
deadline and a status badge (overdue in red, due soon in amber, done on time in green), dates, budget and spending,
the steps behind the debt-management activity and what to follow up; then the summary laid out for keying into BPM,
copied to the clipboard as tab-separated cells or printed (PDF and Excel). The activities themselves are edited on
the institute screen, one click away.
"""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QStandardItem
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from cdfi_desktop.domain.activity_deadlines import State
from cdfi_desktop.domain.fiscal import fiscal_year_be
from cdfi_desktop.domain.money import format_baht
from cdfi_desktop.failures import describe
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.ops import Ops
from cdfi_desktop.ui.reports.common import cell, go_to_step, print_printout, show_no_institute
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets.counter import count
from cdfi_desktop.ui.widgets.empty import EmptyOr
from cdfi_desktop.ui.widgets.fields import screen_language
from cdfi_desktop.ui.widgets.page import Page
from cdfi_desktop.ui.widgets.screen import LazyScreen
from cdfi_desktop.ui.widgets.table import Column, Kind, RegisterTable
from cdfi_desktop.ui.widgets.thai_text import WrappingLabel

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.services.activity_tracking import ActivitiesView, ActivityRollup, BpmRow

log = logging.getLogger(__name__)
CONTEXT = "ActivitiesTab"

ACTIVITY_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("ActivitiesTab", "Activity"), Kind.TEXT, stretch=True),
    Column(QT_TRANSLATE_NOOP("ActivitiesTab", "Quarter"), Kind.TEXT),
    Column(QT_TRANSLATE_NOOP("ActivitiesTab", "Deadline"), Kind.DATE),
    Column(QT_TRANSLATE_NOOP("ActivitiesTab", "Planned"), Kind.DATE, priority=2),
    Column(QT_TRANSLATE_NOOP("ActivitiesTab", "Done"), Kind.DATE),
    Column(QT_TRANSLATE_NOOP("ActivitiesTab", "Status"), Kind.TEXT),
    Column(QT_TRANSLATE_NOOP("ActivitiesTab", "Budget"), Kind.MONEY),
    Column(QT_TRANSLATE_NOOP("ActivitiesTab", "Spent"), Kind.MONEY),
)
BPM_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("ActivitiesTab", "Activity"), Kind.TEXT, stretch=True),
    Column(QT_TRANSLATE_NOOP("ActivitiesTab", "Quarter"), Kind.TEXT),
    Column(QT_TRANSLATE_NOOP("ActivitiesTab", "Target"), Kind.NUMBER),
    Column(QT_TRANSLATE_NOOP("ActivitiesTab", "Result to date"), Kind.NUMBER),
    Column(QT_TRANSLATE_NOOP("ActivitiesTab", "Budget"), Kind.MONEY),
    Column(QT_TRANSLATE_NOOP("ActivitiesTab", "Spent"), Kind.MONEY),
    Column(QT_TRANSLATE_NOOP("ActivitiesTab", "% spent"), Kind.NUMBER),
    Column(QT_TRANSLATE_NOOP("ActivitiesTab", "Status"), Kind.TEXT),
)
STATUS_COLUMN = 5
BPM_STATUS_COLUMN = 7
# Badge colours of a status cell: (background, text).
BADGES: dict[State, tuple[str, str]] = {
    State.OVERDUE: ("#f8d0cc", "#9b1c1c"),
    State.DONE_LATE: ("#fbe3df", "#9b1c1c"),
    State.DUE_SOON: ("#ffe8a3", "#7a4a00"),
    State.DONE_ON_TIME: ("#d6f0db", "#1e5631"),
    State.UPCOMING: ("#e8eef6", "#1f3a5f"),
    State.CANCELLED: ("#eeeeee", "#555555"),
    State.NOT_APPLICABLE: ("#f2f2f2", "#777777"),
}
SEVERITY_COLOURS = {"error": "#c53030", "warning": "#a05a00", "info": "#4a5568"}


def _date_text(value: date | None) -> str:
    """The date as every screen writes it (B.E. in Thai, C.E. in English); an empty cell for no date."""
    return "" if value is None else labels.date_text(value)


def _pct_text(value: Decimal | None) -> str:
    return "" if value is None else f"{value:.2f}"


@dataclass(frozen=True)
class Loaded:
    institutes: list[tuple[str, str]]
    institute_id: str | None
    fiscal_year: int
    as_of: date
    view: ActivitiesView | None
    rollup: ActivityRollup | None  # every institute of the database, when there are several


def load_activities(db: Database, *, institute_id: str | None, fiscal_year: int, as_of: date) -> Loaded:
    """On the worker: the institutes, the chosen one's activities and, with several institutes, the roll-up."""
    from cdfi_desktop.services import activity_tracking as svc
    from cdfi_desktop.services.institute import institutes
    from cdfi_desktop.services.registers import only_chosen

    with db.reading() as session:
        choices = [(i.id, i.name) for i in only_chosen(session, institutes(session), lambda i: i.id)]
        ids = [i for i, _ in choices]
        chosen = institute_id if institute_id in ids else (ids[0] if ids else None)
        if chosen is None:
            return Loaded(choices, None, fiscal_year, as_of, None, None)
        view = svc.activity_status(session, institute_id=chosen, fiscal_year=fiscal_year, as_of=as_of)
        rollup = svc.activity_rollup(session, fiscal_year=fiscal_year, as_of=as_of) if len(ids) > 1 else None
    return Loaded(choices, chosen, fiscal_year, as_of, view, rollup)


def _item(text: str, kind: Kind = Kind.TEXT, *, state: State | None = None) -> QStandardItem:
    if state is None:
        return cell(text, kind, tip=text)
    background, foreground = BADGES[state]
    bold = state in (State.OVERDUE, State.DONE_LATE, State.DUE_SOON)
    return cell(
        text,
        color=QColor(foreground),
        background=QColor(background),
        bold=bold,
        tip=text,
        align=Qt.AlignmentFlag.AlignHCenter,
    )


class ActivitiesTab(LazyScreen):
    """The institute's activities of a fiscal year, where each stands, and the summary for BPM."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.setObjectName("activitiesTab")
        self.institute_id: str | None = None
        self.as_of = date.today()
        self.fiscal_year = fiscal_year_be(self.as_of)
        self.loaded: Loaded | None = None
        self.printed: list[Path] = []

        self.page = Page(self)
        # the tab's own content, or in its place the empty state of a database without an institute
        self.content = QVBoxLayout()
        self.content.setContentsMargins(0, 0, 0, 0)
        self.institute_box = QComboBox()
        self.page.add_to_heading(self.institute_box)
        self.institute_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.institute_box.currentIndexChanged.connect(self._institute_chosen)
        self.year_box = QComboBox()
        self.page.add_to_heading(self.year_box)
        self.year_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.year_box.currentIndexChanged.connect(self._year_chosen)
        self.copy_button = self.page.actions.add(self.copy_for_bpm)
        self.copy_button.setObjectName("copyForBpm")
        self.print_button = self.page.actions.add(self.print_reports)
        self.page.actions.stretch()
        self.institute_link = self.page.actions.add(self.open_institute)
        self.institute_link.setObjectName("instituteLink")
        self.institute_link.setFlat(True)
        self.institute_link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.institute_link.setStyleSheet("QPushButton { color: #1f5fa8; text-decoration: underline; border: none; }")
        self.problem = self.page.problem
        self.print_status = self.page.status

        self.activities = RegisterTable(ACTIVITY_COLUMNS, context=CONTEXT, key="activities")
        self.activities.setObjectName("activitiesTable")
        self.activities_model = self.activities.standard_model()
        self.content.addWidget(self.activities)
        self.steps = self._rich_label("activitySteps")
        self.warnings = self._rich_label("activityWarnings")
        self.bpm_box = QGroupBox()
        box = QVBoxLayout(self.bpm_box)
        box.setContentsMargins(8, 6, 8, 6)
        self.bpm = RegisterTable(BPM_COLUMNS, context=CONTEXT, key="activities_bpm")
        self.bpm.setObjectName("bpmTable")
        self.bpm_model = self.bpm.standard_model()
        box.addWidget(self.bpm)
        self.content.addWidget(self.bpm_box)
        self.rollup = WrappingLabel()
        self.rollup.setObjectName("pageSummary")
        self.rollup.setWordWrap(True)
        self.content.addWidget(self.rollup)
        self.content.addStretch(1)
        self.bpm_rows: list[BpmRow] = []

        content = QWidget()
        content.setLayout(self.content)
        self.stack = EmptyOr(content)
        self.page.body.addWidget(self.stack)
        self._fill_years()
        self.retranslate()

    def _rich_label(self, name: str) -> QLabel:
        label = WrappingLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        self.content.addWidget(label)
        return label

    # -- loading ---------------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self._stale = False
        institute_id, fiscal_year, as_of = self.institute_id, self.fiscal_year, self.as_of
        self.ops.query(
            lambda db: load_activities(db, institute_id=institute_id, fiscal_year=fiscal_year, as_of=as_of),
            success=self._loaded,
            failure=self._failed,
        )

    def set_view(self, *, fiscal_year: int | None = None, as_of: date | None = None) -> None:
        """Show another fiscal year (B.E.) or judge the activities on another day, then read again."""
        if as_of is not None:
            self.as_of = as_of
        if fiscal_year is not None:
            self.fiscal_year = fiscal_year
            self._fill_years()
        self.reload()

    def _fill_years(self) -> None:
        self.year_box.blockSignals(True)
        self.year_box.clear()
        current = fiscal_year_be(self.as_of)
        years = sorted({*range(current - 2, current + 2), self.fiscal_year})
        for year in years:
            self.year_box.addItem(labels.fiscal_year_text(year), year)
        self.year_box.setCurrentIndex(max(0, self.year_box.findData(self.fiscal_year)))
        self.year_box.blockSignals(False)

    def _institute_chosen(self) -> None:
        data = self.institute_box.currentData()
        if data and data != self.institute_id:
            self.institute_id = str(data)
            self.reload()

    def _year_chosen(self) -> None:
        data = self.year_box.currentData()
        if data is not None and int(data) != self.fiscal_year:
            self.fiscal_year = int(data)
            self.reload()

    def _failed(self, exc: Exception) -> None:
        log.error("reading the activities failed: %s", exc)
        self.page.show_problem(
            self.tr("The activities could not be read: %1").replace("%1", describe(exc, screen_language()))
        )

    def _loaded(self, loaded: Loaded) -> None:
        self.loaded = loaded
        self.institute_id = loaded.institute_id
        self.institute_box.blockSignals(True)
        self.institute_box.clear()
        for institute_id, name in loaded.institutes:
            self.institute_box.addItem(name, institute_id)
        self.institute_box.setCurrentIndex(max(0, self.institute_box.findData(loaded.institute_id)))
        self.institute_box.setVisible(len(loaded.institutes) > 1)
        self.institute_box.blockSignals(False)
        self.page.clear_problem()
        self._fill()

    # -- showing ---------------------------------------------------------------------------------------------------
    def _fill(self) -> None:
        view = self.loaded.view if self.loaded else None
        language = screen_language()
        self._show_heading()
        self.activities_model.removeRows(0, self.activities_model.rowCount())
        self.bpm_model.removeRows(0, self.bpm_model.rowCount())
        self.bpm_rows = []
        why = self.tr("Set up the institute first.")
        for button in (self.copy_button, self.print_button):
            self.page.actions.set_available(button, view is not None, why)
        if view is None:
            show_no_institute(self.stack, self.tr("The activities and their deadlines are the institute's."))
            self.steps.setText(why)
            self.warnings.clear()
            self.rollup.clear()
            self._fit_heights()
            return
        from cdfi_desktop.services.activity_tracking import bpm_rows

        self.stack.show_content()

        grey = QColor("#8a8a8a")
        for line in view.lines:
            name = line.name(language)
            cells = [
                _item(name),
                _item(line.quarter_text(language)),
                _item(_date_text(line.deadline.due), Kind.DATE),
                _item(_date_text(line.planned_date), Kind.DATE),
                _item(_date_text(line.done_on), Kind.DATE),
                _item(line.state_text(language), state=line.state),
                _item(format_baht(line.budget) if line.applicable else "", Kind.MONEY),
                _item(format_baht(line.spent) if line.applicable else "", Kind.MONEY),
            ]
            if line.titles:
                cells[0].setToolTip(name + "\n" + "\n".join(line.titles))
            if line.done_from_records:
                cells[4].setToolTip(self.tr("From the training and plan-meeting records"))
            for column, item in enumerate(cells):
                if not line.applicable and column != STATUS_COLUMN:
                    item.setForeground(grey)
            self.activities_model.appendRow(cells)
        self.bpm_rows = bpm_rows(view)
        for bpm in self.bpm_rows:
            self.bpm_model.appendRow(
                [
                    _item(bpm.name(language)),
                    _item(bpm.quarter_text(language)),
                    _item(bpm.target_text(language), Kind.NUMBER),
                    _item(bpm.result_text(language), Kind.NUMBER),
                    _item(format_baht(bpm.budget), Kind.MONEY),
                    _item(format_baht(bpm.spent), Kind.MONEY),
                    _item(_pct_text(bpm.spent_pct), Kind.NUMBER),
                    _item(bpm.state_text(language), state=bpm.verdict.state),
                ]
            )
        self._fit_heights()
        steps = [
            f"<b>{html.escape(line.name(language))}</b>: {html.escape(line.details(language))}"
            for line in view.applicable
            if line.steps
        ]
        self.steps.setText("<br>".join(steps))
        self.warnings.setText(self._warnings_html(view))
        self._show_rollup()

    def _warnings_html(self, view: ActivitiesView) -> str:
        language = screen_language()
        if not view.warnings:
            calm = self.tr("No activity is overdue or needs following up.")
            return f"<span style='color:#1e5631'>{html.escape(calm)}</span>"
        lines = [
            f"<span style='color:{SEVERITY_COLOURS[w.severity]}'>"
            f"{'<b>' if w.severity == 'error' else ''}• {html.escape(w.text(language))}"
            f"{'</b>' if w.severity == 'error' else ''}</span>"
            for w in view.warnings
        ]
        return "<br>".join(lines)

    def _show_rollup(self) -> None:
        rollup = self.loaded.rollup if self.loaded else None
        if rollup is None:
            self.rollup.clear()
            self.rollup.hide()
            return
        from cdfi_desktop.services.activity_tracking import activity_name

        language = screen_language()

        parts = [
            self.tr("%1: %2 of %3 done, %4 overdue")
            .replace("%1", activity_name(row.activity, language))
            .replace("%2", str(row.tally.done))
            .replace("%3", str(row.tally.applicable))
            .replace("%4", str(row.tally.overdue))
            for row in rollup.rows
            if row.tally.applicable
        ]
        head = self.tr("All %1 institutes in this database").replace("%1", str(rollup.institutes))
        self.rollup.setText(f"{head} — " + " · ".join(parts))
        self.rollup.show()

    def _fit_heights(self) -> None:
        """The tables as tall as their rows: the tab shows every activity without scrolling."""
        for table in (self.activities, self.bpm):
            rows = max(1, table.model().rowCount())
            table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows * table.rowHeight(0) + 4)

    def _show_heading(self) -> None:
        text = self.tr("Activities of %1 · as of %2").replace("%1", labels.fiscal_year_text(self.fiscal_year))
        self.page.set_heading(text.replace("%2", _date_text(self.as_of)))

    # -- actions ---------------------------------------------------------------------------------------------------
    def bpm_text(self) -> str:
        """The BPM summary as tab-separated lines, header first (what "Copy for BPM" puts on the clipboard)."""
        from cdfi_desktop.services.activity_tracking import bpm_tsv

        return bpm_tsv(self.bpm_rows, screen_language())

    def copy_for_bpm(self) -> None:
        if not self.bpm_rows:
            return
        QGuiApplication.clipboard().setText(self.bpm_text())
        self.page.say(count(CONTEXT, "Copied %n activities: paste them into BPM or Excel", len(self.bpm_rows)))

    def open_institute(self) -> None:
        """Go to the institute screen, where the activities are edited."""
        go_to_step(self, "institute")

    def print_reports(self, folder: Path | None = None) -> None:
        """Write the activity report (PDF and Excel) into ``folder`` (asked when None)."""
        if self.institute_id is None:
            return
        from cdfi_desktop.reports.registry import write_activity_reports

        institute_id, fiscal_year, today, language = self.institute_id, self.fiscal_year, self.as_of, screen_language()
        print_printout(
            self,
            folder,
            write_activity_reports,
            ask=self.tr("Folder for the activity report"),
            what=self.tr("The activity report"),
            institute_id=institute_id,
            fiscal_year=fiscal_year,
            printed_on=today,
            language=language,
        )

    # -- language --------------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.activities.retranslate()
        self.bpm.retranslate()
        self.bpm_box.setTitle(self.tr("Summary for keying into BPM"))
        self.copy_button.setText(self.tr("Copy for BPM"))
        self.page.actions.set_tip(
            self.copy_button, self.tr("Copy the summary as tab-separated cells, to paste into BPM or Excel")
        )
        self.print_button.setText(self.tr("Print…"))
        self.page.actions.set_tip(self.print_button, self.tr("The activity report as PDF and Excel"))
        self.institute_link.setText(self.tr("Edit the activities, dates and budget on the institute screen →"))
        for index in range(self.year_box.count()):
            self.year_box.setItemText(index, labels.fiscal_year_text(int(self.year_box.itemData(index))))
        self._show_heading()
        if self.loaded:
            self._fill()
