"""The indicators dashboard (guideline 4.2), a tab of the reports screen: the institute's five criteria as a
checklist (passed or not, what was found or what is missing, and a button that goes to the step that fixes it), its
key figures, and the roll-up of every institute per province or district as a table with the charts a province
meeting reads (institutes passing against the goal, households at 1HH1C against the goal, debt consolidated,
installments paid on time); printing the indicators report."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cdfi_desktop.domain.criteria import Criterion
from cdfi_desktop.domain.fiscal import fiscal_year_be
from cdfi_desktop.domain.money import format_baht
from cdfi_desktop.messages import message
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.ops import Ops
from cdfi_desktop.ui.reports.common import cell, go_to_step, print_printout, show_no_institute
from cdfi_desktop.ui.reports.criteria_rows import (
    AMOUNT,
    FAIL,
    GOAL_MET,
    GOAL_SHORT,
    LATE,
    PASS,
    CriterionRow,
    GoalChart,
    pct_text,
)
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets.charts import CLASS_COLOURS, Bar, BarChart, Segment, ShareBar
from cdfi_desktop.ui.widgets.counter import count
from cdfi_desktop.ui.widgets.empty import EmptyOr
from cdfi_desktop.ui.widgets.fields import screen_language
from cdfi_desktop.ui.widgets.page import Page
from cdfi_desktop.ui.widgets.screen import LazyScreen
from cdfi_desktop.ui.widgets.table import Column, Kind, RegisterTable
from cdfi_desktop.ui.widgets.thai_text import WrappingLabel
from cdfi_desktop.ui.widgets.tiles import TileGrid

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.services.indicators import AreaRow, InstituteIndicators, Rollup

log = logging.getLogger(__name__)
CONTEXT = "DashboardTab"
MAX_CHART_AREAS = 8
ROLLUP_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("DashboardTab", "Area"), Kind.TEXT, stretch=True),
    Column(QT_TRANSLATE_NOOP("DashboardTab", "Passing"), Kind.NUMBER),
    Column(QT_TRANSLATE_NOOP("DashboardTab", "%"), Kind.NUMBER, priority=2),
    Column(QT_TRANSLATE_NOOP("DashboardTab", "Goal met"), Kind.TEXT),
    Column(QT_TRANSLATE_NOOP("DashboardTab", "1HH1C / goal"), Kind.NUMBER),
    Column(QT_TRANSLATE_NOOP("DashboardTab", "Contracts"), Kind.NUMBER, priority=1),
    Column(QT_TRANSLATE_NOOP("DashboardTab", "M baht"), Kind.MONEY),
    Column(QT_TRANSLATE_NOOP("DashboardTab", "On time"), Kind.NUMBER, priority=1),
)


# -- work on the worker thread ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Loaded:
    institute: InstituteIndicators | None
    rollup: Rollup


def load(db: Database, *, fiscal_year: int, as_of: date, language: str) -> Loaded:
    from cdfi_desktop.services import indicators as ind
    from cdfi_desktop.services import registers as reg

    with db.reading() as session:
        institute_id = reg.first_institute_id(session)
        institute = (
            None
            if institute_id is None
            else ind.institute_indicators(session, institute_id, fiscal_year=fiscal_year, as_of=as_of)
        )
        return Loaded(institute, ind.rollup(session, fiscal_year=fiscal_year, as_of=as_of, language=language))


class DashboardTab(LazyScreen):
    """The institute's five criteria and the roll-up of every institute, for the fiscal year the day falls in."""

    def __init__(self, ops: Ops, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(ops, parent)
        self.setObjectName("dashboard")
        self.today = today or date.today()
        self.fiscal_year = fiscal_year_be(self.today)
        self.loaded: Loaded | None = None
        self.printed: list[Path] = []
        self.page = Page(self)
        # the tab's own content, or in its place the empty state of a database without an institute
        self.content = QVBoxLayout()
        self.content.setContentsMargins(0, 0, 0, 0)
        self.print_button = QPushButton()
        self.page.add_to_heading(self.print_button)
        self.print_button.setObjectName("printIndicators")
        self.print_button.clicked.connect(lambda _checked=False: self.print_to())
        self.page.actions.hide()  # the one action sits in the heading row, beside the institute's name
        self.print_status = self.page.status

        # left: the institute
        self.institute_label = self.page.heading
        self.institute_label.setObjectName("dashboardInstitute")
        title_font = QFont(self.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.1)
        self.verdict = WrappingLabel()
        self.verdict.setObjectName("dashboardVerdict")
        self.verdict.setWordWrap(True)
        self.rows = [CriterionRow(n) for n in range(1, len(Criterion) + 1)]
        for row in self.rows:
            row.go.clicked.connect(lambda _checked=False, r=row: self.go_to(r.step))
            row.hide()  # until the criteria are read
        self.figure_grid = TileGrid(
            ("households", "contracts", "amount", "on_time", "arrears", "improved"),
            spacing=6,
            max_columns=3,
            compact=True,
        )
        self.figures = self.figure_grid.tiles
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(4)
        left.addWidget(self.verdict)
        for row in self.rows:
            left.addWidget(row)
        left.addWidget(self.figure_grid)
        left.addStretch(1)

        # right: the roll-up
        self.rollup_label = QLabel()
        self.rollup_label.setFont(title_font)
        self.rollup_note = WrappingLabel()
        self.rollup_note.setWordWrap(True)
        self.level = QComboBox()
        self.level.setObjectName("rollupLevel")
        self.level.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.level.addItems(["", ""])
        self.level.currentIndexChanged.connect(lambda _i: self._show_table())
        self.table = RegisterTable(ROLLUP_COLUMNS, context=CONTEXT, key="indicators_rollup")
        self.table.setObjectName("rollupTable")
        self.table_model = self.table.standard_model()
        self.table.setMinimumHeight(130)
        self.passing_chart = GoalChart()
        self.passing_chart.setObjectName("chartPassing")
        self.households_chart = BarChart()
        self.households_chart.setObjectName("chartHouseholds")
        self.amount_chart = BarChart()
        self.amount_chart.setObjectName("chartAmounts")
        self.repayment_chart = ShareBar()
        self.repayment_chart.setObjectName("chartRepayment")
        charts = QGridLayout()
        charts.setSpacing(6)
        for i, chart in enumerate((self.passing_chart, self.households_chart, self.amount_chart, self.repayment_chart)):
            chart.setMinimumSize(200, 160)
            charts.addWidget(chart, i // 2, i % 2)
        right = QVBoxLayout()
        right.setSpacing(4)
        heading = QHBoxLayout()
        heading.addWidget(self.rollup_label, 1)
        heading.addWidget(self.level)
        right.addLayout(heading)
        right.addWidget(self.rollup_note)
        right.addWidget(self.table, 1)
        right.addLayout(charts, 2)

        columns = QHBoxLayout()
        columns.setSpacing(14)
        left_box = QWidget()
        left_box.setLayout(left)
        left_box.setMinimumWidth(400)
        left_box.setMaximumWidth(500)
        columns.addWidget(left_box, 4)
        columns.addLayout(right, 6)
        self.content.addLayout(columns)
        content = QWidget()
        content.setLayout(self.content)
        self.stack = EmptyOr(content)
        self.page.body.addWidget(self.stack)
        self.retranslate()

    # -- loading -----------------------------------------------------------------------------------------------------
    def set_day(self, today: date) -> None:
        """Show the indicators as of ``today``, for the fiscal year it falls in."""
        self.today = today
        self.fiscal_year = fiscal_year_be(today)
        self.reload()

    def reload(self) -> None:
        self._stale = False
        fiscal_year, as_of, language = self.fiscal_year, self.today, screen_language()
        self.ops.query(
            lambda db: load(db, fiscal_year=fiscal_year, as_of=as_of, language=language), success=self._loaded
        )

    def _loaded(self, loaded: Loaded) -> None:
        self.loaded = loaded
        self._show()

    def _show(self) -> None:
        loaded = self.loaded
        if loaded is None:
            return
        language = screen_language()
        institute = loaded.institute
        self.page.actions.set_available(self.print_button, institute is not None, message("ind_no_institute", language))
        if institute is None:
            show_no_institute(self.stack, message("ind_no_institute", language))
            self.page.set_heading(message("ind_no_institute", language))
            self.verdict.setText("")
            for row in self.rows:
                row.hide()
        else:
            self.stack.show_content()
            self._show_institute(institute, language)
        self._show_table()
        self._show_charts()

    def _show_institute(self, i: InstituteIndicators, language: str) -> None:
        self.page.set_heading(f"{i.institute_name} · {labels.fiscal_year_text(i.fiscal_year)}")
        if i.passed:
            self.verdict.setText(QCoreApplication.translate("DashboardTab", "The institute passes all five criteria."))
        else:
            self.verdict.setText(
                QCoreApplication.translate("DashboardTab", "The institute passes %1 of the five criteria.").replace(
                    "%1", str(i.criteria_passed)
                )
            )
        self.verdict.setStyleSheet(f"color: {PASS if i.passed else FAIL}; font-weight: bold;")
        minimum = i.thresholds.min_households_1hh1c
        for row, result in zip(self.rows, i.criteria, strict=True):
            row.show()
            row.show_result(
                result,
                name=message(f"ind_criterion_{result.criterion.value}", language, minimum=minimum),
                reasons=[message(r.code, language, **r.params) for r in result.reasons],
                reading=message(
                    f"ind_reading_{result.criterion.value}",
                    language,
                    minimum=minimum,
                    wanted=i.facts.targets_wanted,
                    cap=i.thresholds.plan_request_cap,
                ),
            )
        p = i.repayment
        self._figure(
            "households",
            f"{i.households_1hh1c:,} / {minimum:,}",
            QCoreApplication.translate("DashboardTab", "households at 1HH1C / at least"),
        )
        self._figure(
            "contracts", f"{i.contracts:,}", QCoreApplication.translate("DashboardTab", "consolidation contracts")
        )
        self._figure(
            "amount",
            format_baht(i.amount_consolidated),
            QCoreApplication.translate("DashboardTab", "baht consolidated"),
        )
        self._figure(
            "on_time",
            pct_text(p.on_time_pct),
            QCoreApplication.translate("DashboardTab", "%1 of %2 installments due paid on time")
            .replace("%1", f"{p.installments_on_time:,}")
            .replace("%2", f"{p.installments_due:,}"),
        )
        self._figure(
            "arrears",
            format_baht(p.arrears),
            count(CONTEXT, "baht in arrears, %n contracts", p.contracts_in_arrears),
        )
        change = i.class_change
        self._figure(
            "improved",
            f"{change.improved:,} / {change.households:,}",
            QCoreApplication.translate("DashboardTab", "target households whose class improved"),
        )

    def _figure(self, key: str, value: str, caption: str) -> None:
        self.figures[key].set(value, caption)

    def _areas(self) -> tuple[AreaRow, ...]:
        assert self.loaded is not None
        r = self.loaded.rollup
        return r.provinces if self.level.currentIndex() == 0 else r.districts

    def _show_table(self) -> None:
        if self.loaded is None:
            return
        r = self.loaded.rollup
        goal = f"{r.thresholds.institute_pass_goal_pct.normalize():f}"
        self.rollup_note.setText(
            QCoreApplication.translate(
                "DashboardTab",
                "Goals: %1% of institutes passing; at least %2 households per institute; "
                "%3 households nationally (%4 here).",
            )
            .replace("%1", goal)
            .replace("%2", str(r.thresholds.min_households_1hh1c))
            .replace("%3", f"{r.national_goal_households:,}")
            .replace("%4", f"{r.total.households_1hh1c:,}")
        )
        model = self.table_model
        model.removeRows(0, model.rowCount())
        for a in [*self._areas(), r.total]:
            total = a.level == "total"
            name = QCoreApplication.translate("DashboardTab", "All institutes") if total else a.name
            if a.level == "district":
                name = f"{a.name} ({a.province})"
            met = (
                QCoreApplication.translate("DashboardTab", "Yes")
                if a.meets_goal
                else QCoreApplication.translate("DashboardTab", "No")
            )
            green = Qt.GlobalColor.darkGreen if a.meets_goal else Qt.GlobalColor.darkRed
            model.appendRow(
                [
                    cell(name, bold=total),
                    cell(f"{a.passing:,} / {a.institutes:,}", Kind.NUMBER, bold=total),
                    cell(pct_text(a.passing_pct), Kind.NUMBER, bold=total),
                    cell(met, color=QColor(green), bold=total, align=Qt.AlignmentFlag.AlignHCenter),
                    cell(f"{a.households_1hh1c:,} / {a.households_goal:,}", Kind.NUMBER, bold=total),
                    cell(f"{a.contracts:,}", Kind.NUMBER, bold=total),
                    cell(f"{float(a.amount_consolidated) / 1_000_000:,.2f}", Kind.MONEY, bold=total),
                    cell(pct_text(a.repayment.on_time_pct), Kind.NUMBER, bold=total),
                ]
            )

    def _show_charts(self) -> None:
        assert self.loaded is not None
        r = self.loaded.rollup
        areas = (r.provinces if len(r.provinces) > 1 else r.districts)[:MAX_CHART_AREAS]
        goal = r.thresholds.institute_pass_goal_pct
        goal_text = f"{goal.normalize():f}%"
        self.passing_chart.set_title(
            QCoreApplication.translate("DashboardTab", "Institutes passing (%) against the %1 goal").replace(
                "%1", goal_text
            )
        )
        self.passing_chart.set_bars(
            [
                Bar(
                    a.name,
                    float(a.passing_pct),
                    GOAL_MET if a.meets_goal else GOAL_SHORT,
                    f"{a.passing_pct:,.0f}%",
                    a.name
                    + ": "
                    + QCoreApplication.translate("DashboardTab", "%1 of %2 institutes pass")
                    .replace("%1", str(a.passing))
                    .replace("%2", str(a.institutes)),
                )
                for a in areas
            ],
            reference=(float(goal), QCoreApplication.translate("DashboardTab", "goal %1").replace("%1", goal_text)),
        )
        self.households_chart.set_title(
            QCoreApplication.translate("DashboardTab", "Households at 1HH1C against the goal")
        )
        self.households_chart.set_bars(
            [
                Bar(
                    a.name,
                    float(a.households_1hh1c),
                    GOAL_MET if a.households_1hh1c >= a.households_goal else GOAL_SHORT,
                    f"{a.households_1hh1c:,}",
                    a.name
                    + ": "
                    + QCoreApplication.translate("DashboardTab", "%1 households at 1HH1C; goal %2")
                    .replace("%1", f"{a.households_1hh1c:,}")
                    .replace("%2", f"{a.households_goal:,}"),
                )
                for a in areas
            ]
        )
        self.amount_chart.set_title(QCoreApplication.translate("DashboardTab", "Debt consolidated (million baht)"))
        self.amount_chart.set_bars(
            [
                Bar(
                    a.name,
                    float(a.amount_consolidated) / 1_000_000,
                    AMOUNT,
                    f"{float(a.amount_consolidated) / 1_000_000:,.2f}",
                    a.name
                    + ": "
                    + QCoreApplication.translate("DashboardTab", "%1 contracts, %2 baht")
                    .replace("%1", f"{a.contracts:,}")
                    .replace("%2", format_baht(a.amount_consolidated)),
                )
                for a in areas
            ]
        )
        p = r.total.repayment
        late = max(0, p.installments_paid - p.installments_on_time)
        unpaid = max(0, p.installments_due - p.installments_paid)
        self.repayment_chart.set_title(
            QCoreApplication.translate("DashboardTab", "Installments due, how they were paid")
        )
        self.repayment_chart.set_segments(
            [
                Segment(
                    QCoreApplication.translate("DashboardTab", "On time"),
                    p.installments_on_time,
                    CLASS_COLOURS["A"],
                    f"{p.installments_on_time:,}",
                ),
                Segment(QCoreApplication.translate("DashboardTab", "Paid late"), late, LATE, f"{late:,}"),
                Segment(QCoreApplication.translate("DashboardTab", "Unpaid"), unpaid, FAIL, f"{unpaid:,}"),
            ],
            total_text=QCoreApplication.translate("DashboardTab", "%1 installments due").replace(
                "%1", f"{p.installments_due:,}"
            ),
        )
        for chart in (self.passing_chart, self.households_chart, self.amount_chart, self.repayment_chart):
            chart.set_empty_text(QCoreApplication.translate("DashboardTab", "No institutes yet"))

    # -- actions -----------------------------------------------------------------------------------------------------
    def go_to(self, key: str) -> None:
        """Switch the main window to the workflow step ``key`` (when the tab sits in one)."""
        go_to_step(self, key)

    def print_to(self, target: Path | None = None) -> None:
        """Write the indicators report into ``target`` (asked when None)."""
        if self.loaded is None or self.loaded.institute is None:
            return
        from cdfi_desktop.reports.registry import write_indicators_reports

        institute_id, fiscal_year = self.loaded.institute.institute_id, self.fiscal_year
        today, language = self.today, screen_language()
        print_printout(
            self,
            target,
            write_indicators_reports,
            ask=QCoreApplication.translate("DashboardTab", "Folder for the indicators report"),
            what=QCoreApplication.translate("DashboardTab", "The indicators report"),
            institute_id=institute_id,
            fiscal_year=fiscal_year,
            printed_on=today,
            language=language,
        )

    # -- language ----------------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.print_button.setText(QCoreApplication.translate("DashboardTab", "Print…"))
        self.rollup_label.setText(QCoreApplication.translate("DashboardTab", "All institutes in this database"))
        self.level.setItemText(0, QCoreApplication.translate("DashboardTab", "Per province"))
        self.level.setItemText(1, QCoreApplication.translate("DashboardTab", "Per district"))
        self.table.retranslate()
        if self.loaded is not None:
            self._show()  # texts from messages follow the language at once; area names with the next read
            if self.isVisible():
                self.reload()
            else:
                self._stale = True
