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

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cdfi_desktop.domain.activity_deadlines import State
from cdfi_desktop.domain.fiscal import fiscal_year_be
from cdfi_desktop.domain.money import format_baht
from cdfi_desktop.domain.thai_date import format_date_be
from cdfi_desktop.failures import describe
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.ops import Ops
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets.fields import problem_label, screen_language
from cdfi_desktop.ui.widgets.printing import choose_folder, print_to_folder
from cdfi_desktop.ui.widgets.screen import LazyScreen

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.services.activity_tracking import ActivitiesView, ActivityRollup, BpmRow

log = logging.getLogger(__name__)
CONTEXT = "ActivitiesTab"

ACTIVITY_COLUMNS: tuple[tuple[str, int, bool], ...] = (  # header, width, right-aligned
    (QT_TRANSLATE_NOOP("ActivitiesTab", "Activity"), 250, False),
    (QT_TRANSLATE_NOOP("ActivitiesTab", "Quarter"), 92, False),
    (QT_TRANSLATE_NOOP("ActivitiesTab", "Deadline"), 100, False),
    (QT_TRANSLATE_NOOP("ActivitiesTab", "Planned"), 100, False),
    (QT_TRANSLATE_NOOP("ActivitiesTab", "Done"), 100, False),
    (QT_TRANSLATE_NOOP("ActivitiesTab", "Status"), 190, False),
    (QT_TRANSLATE_NOOP("ActivitiesTab", "Budget"), 100, True),
    (QT_TRANSLATE_NOOP("ActivitiesTab", "Spent"), 100, True),
)
BPM_COLUMNS: tuple[tuple[str, int, bool], ...] = (
    (QT_TRANSLATE_NOOP("ActivitiesTab", "Activity"), 250, False),
    (QT_TRANSLATE_NOOP("ActivitiesTab", "Quarter"), 92, False),
    (QT_TRANSLATE_NOOP("ActivitiesTab", "Target"), 105, True),
    (QT_TRANSLATE_NOOP("ActivitiesTab", "Result to date"), 115, True),
    (QT_TRANSLATE_NOOP("ActivitiesTab", "Budget"), 100, True),
    (QT_TRANSLATE_NOOP("ActivitiesTab", "Spent"), 100, True),
    (QT_TRANSLATE_NOOP("ActivitiesTab", "% spent"), 75, True),
    (QT_TRANSLATE_NOOP("ActivitiesTab", "Status"), 190, False),
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


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _date_text(value: date | None) -> str:
    if value is None:
        return ""
    return format_date_be(value, style="short") if labels.is_thai() else value.strftime("%d %b %Y")


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

    with db.session() as session:
        choices = [(i.id, i.name) for i in institutes(session)]
        ids = [i for i, _ in choices]
        chosen = institute_id if institute_id in ids else (ids[0] if ids else None)
        if chosen is None:
            return Loaded(choices, None, fiscal_year, as_of, None, None)
        view = svc.activity_status(session, institute_id=chosen, fiscal_year=fiscal_year, as_of=as_of)
        rollup = svc.activity_rollup(session, fiscal_year=fiscal_year, as_of=as_of) if len(ids) > 1 else None
    return Loaded(choices, chosen, fiscal_year, as_of, view, rollup)


def write_reports(
    db: Database, *, institute_id: str, fiscal_year: int, folder: Path, today: date, language: str
) -> list[Path]:
    from cdfi_desktop.reports.activities_data import write_activity_reports

    with db.session() as session:
        return write_activity_reports(
            session,
            institute_id=institute_id,
            fiscal_year=fiscal_year,
            out_dir=folder,
            printed_on=today,
            language=language,
        )


def _table(columns: tuple[tuple[str, int, bool], ...], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(30)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    return table


def _item(text: str, *, right: bool = False, state: State | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    align = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
    if state is not None:
        align = Qt.AlignmentFlag.AlignHCenter
        background, foreground = BADGES[state]
        item.setBackground(QColor(background))
        item.setForeground(QColor(foreground))
        if state in (State.OVERDUE, State.DONE_LATE, State.DUE_SOON):
            font = item.font()
            font.setBold(True)
            item.setFont(font)
    item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
    item.setToolTip(text)
    return item


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

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(6)
        top = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.institute_box = QComboBox()
        self.institute_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.institute_box.currentIndexChanged.connect(self._institute_chosen)
        self.year_box = QComboBox()
        self.year_box.currentIndexChanged.connect(self._year_chosen)
        top.addWidget(self.heading, 1)
        top.addWidget(self.institute_box)
        top.addWidget(self.year_box)
        layout.addLayout(top)

        self.activities = _table(ACTIVITY_COLUMNS, "activitiesTable")
        layout.addWidget(self.activities)
        self.steps = QLabel()
        self.steps.setObjectName("activitySteps")
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.steps)
        self.warnings = QLabel()
        self.warnings.setObjectName("activityWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.warnings)
        edit_row = QHBoxLayout()
        self.institute_link = QPushButton()
        self.institute_link.setObjectName("instituteLink")
        self.institute_link.setFlat(True)
        self.institute_link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.institute_link.setStyleSheet("QPushButton { color: #1f5fa8; text-decoration: underline; border: none; }")
        self.institute_link.clicked.connect(self.open_institute)
        edit_row.addWidget(self.institute_link)
        edit_row.addStretch(1)
        layout.addLayout(edit_row)

        self.bpm_box = QGroupBox()
        box = QVBoxLayout(self.bpm_box)
        box.setContentsMargins(8, 6, 8, 6)
        self.bpm = _table(BPM_COLUMNS, "bpmTable")
        box.addWidget(self.bpm)
        buttons = QHBoxLayout()
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copyForBpm")
        self.copy_button.clicked.connect(self.copy_for_bpm)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self._print_clicked)
        self.print_status = QLabel()
        self.print_status.setObjectName("pageSummary")
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.print_status, 1)
        box.addLayout(buttons)
        layout.addWidget(self.bpm_box)
        self.rollup = QLabel()
        self.rollup.setObjectName("pageSummary")
        self.rollup.setWordWrap(True)
        layout.addWidget(self.rollup)
        self.problem = problem_label(state="error")
        layout.addWidget(self.problem)
        layout.addStretch(1)

        self._fill_years()
        self.retranslate()

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
        self._show_problem(
            self.tr("The activities could not be read: %1").replace("%1", describe(exc, screen_language()))
        )

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

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
        self._show_problem("")
        self._fill()

    # -- showing ---------------------------------------------------------------------------------------------------
    def _fill(self) -> None:
        view = self.loaded.view if self.loaded else None
        language = screen_language()
        self._show_heading()
        self.activities.setRowCount(0)
        self.bpm.setRowCount(0)
        has_view = view is not None
        for widget in (self.copy_button, self.print_button):
            widget.setEnabled(has_view)
        if view is None:
            self.steps.setText(self.tr("Set up the institute first."))
            self.warnings.clear()
            self.rollup.clear()
            self._fit_tables()
            return
        from cdfi_desktop.services.activity_tracking import bpm_rows

        for row, line in enumerate(view.lines):
            self.activities.insertRow(row)
            name = line.name(language)
            cells = [
                _item(name),
                _item(line.quarter_text(language)),
                _item(_date_text(line.deadline.due)),
                _item(_date_text(line.planned_date)),
                _item(_date_text(line.done_on)),
                _item(line.state_text(language), state=line.state),
                _item(format_baht(line.budget) if line.applicable else "", right=True),
                _item(format_baht(line.spent) if line.applicable else "", right=True),
            ]
            if line.titles:
                cells[0].setToolTip(name + "\n" + "\n".join(line.titles))
            if line.done_from_records:
                cells[4].setToolTip(self.tr("From the training and plan-meeting records"))
            for column, cell in enumerate(cells):
                if not line.applicable and column != STATUS_COLUMN:
                    cell.setForeground(QColor("#8a8a8a"))
                self.activities.setItem(row, column, cell)
        self.bpm_rows: list[BpmRow] = bpm_rows(view)
        for row, bpm in enumerate(self.bpm_rows):
            self.bpm.insertRow(row)
            cells = [
                _item(bpm.name(language)),
                _item(bpm.quarter_text(language)),
                _item(bpm.target_text(language), right=True),
                _item(bpm.result_text(language), right=True),
                _item(format_baht(bpm.budget), right=True),
                _item(format_baht(bpm.spent), right=True),
                _item(_pct_text(bpm.spent_pct), right=True),
                _item(bpm.state_text(language), state=bpm.verdict.state),
            ]
            for column, cell in enumerate(cells):
                self.bpm.setItem(row, column, cell)
        self._fit_tables()
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

    def _fit_tables(self) -> None:
        scale = self.fontMetrics().averageCharWidth() / 7
        for table, columns in ((self.activities, ACTIVITY_COLUMNS), (self.bpm, BPM_COLUMNS)):
            header = table.horizontalHeader()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the activity's name takes what is left
            metrics = header.fontMetrics()
            for index, (title, width, _right) in enumerate(columns):
                if index:  # wide enough for its header in the language shown
                    table.setColumnWidth(index, max(int(width * scale), metrics.horizontalAdvance(_t(title)) + 18))
            table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            rows = max(1, table.rowCount())
            height = table.horizontalHeader().height() + rows * table.verticalHeader().defaultSectionSize() + 4
            table.setFixedHeight(height)

    def _show_heading(self) -> None:
        text = self.tr("Activities of %1 · as of %2").replace("%1", labels.fiscal_year_text(self.fiscal_year))
        self.heading.setText(text.replace("%2", _date_text(self.as_of)))

    # -- actions ---------------------------------------------------------------------------------------------------
    def bpm_text(self) -> str:
        """The BPM summary as tab-separated lines, header first (what "Copy for BPM" puts on the clipboard)."""
        from cdfi_desktop.services.activity_tracking import bpm_tsv

        return bpm_tsv(getattr(self, "bpm_rows", []), screen_language())

    def copy_for_bpm(self) -> None:
        rows = getattr(self, "bpm_rows", [])
        if not rows:
            return
        QGuiApplication.clipboard().setText(self.bpm_text())
        self.print_status.setText(
            self.tr("Copied %1 activities: paste them into BPM or Excel").replace("%1", str(len(rows)))
        )

    def open_institute(self) -> None:
        """Go to the institute screen, where the activities are edited."""
        window = self.window()
        show_step = getattr(window, "show_step", None)
        if callable(show_step):
            show_step("institute")

    def _print_clicked(self) -> None:
        self.print_reports()

    def print_reports(self, folder: Path | None = None) -> None:
        """Write the activity report (PDF and Excel) into ``folder`` (asked when None)."""
        if self.institute_id is None:
            return
        if folder is None:
            folder = choose_folder(self, self.tr("Folder for the activity report"))
            if folder is None:
                return
        institute_id, fiscal_year, today, language = self.institute_id, self.fiscal_year, self.as_of, screen_language()
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
            what=self.tr("The activity report"),
        )

    # -- language --------------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.activities.setHorizontalHeaderLabels([_t(header) for header, _w, _r in ACTIVITY_COLUMNS])
        self.bpm.setHorizontalHeaderLabels([_t(header) for header, _w, _r in BPM_COLUMNS])
        self.bpm_box.setTitle(self.tr("Summary for keying into BPM"))
        self.copy_button.setText(self.tr("Copy for BPM"))
        self.copy_button.setToolTip(self.tr("Copy the summary as tab-separated cells, to paste into BPM or Excel"))
        self.print_button.setText(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("The activity report as PDF and Excel"))
        self.institute_link.setText(self.tr("Edit the activities, dates and budget on the institute screen →"))
        for index in range(self.year_box.count()):
            self.year_box.setItemText(index, labels.fiscal_year_text(int(self.year_box.itemData(index))))
        self._show_heading()
        if self.loaded:
            self._fill()
