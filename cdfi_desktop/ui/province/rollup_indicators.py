"""The roll-up's indicators tab: the five criteria per district and province, with their charts. It shows what
``rollup_data`` read; it reads nothing by itself."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QStandardItem
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from cdfi_desktop.domain.criteria import Criterion
from cdfi_desktop.messages import message
from cdfi_desktop.ui.province.rollup_tabs import (
    clear_rows,
    short_name,
    summary_label,
    tab_column,
    tr_rollup,
)
from cdfi_desktop.ui.reports.common import cell
from cdfi_desktop.ui.reports.criteria_rows import FAIL, GOAL_MET, GOAL_SHORT, PASS, GoalChart, pct_text
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets.charts import Bar, BarChart
from cdfi_desktop.ui.widgets.fields import screen_language
from cdfi_desktop.ui.widgets.table import Column, Kind, RegisterTable
from cdfi_desktop.ui.widgets.tiles import TileGrid

if TYPE_CHECKING:
    from cdfi_desktop.services.indicators import AreaRow, InstituteSummary
    from cdfi_desktop.ui.province.rollup_data import Indicators

CONTEXT = "ProvinceRollup"  # as rollup_tabs.CONTEXT, here for the translation check


MAX_CHART_AREAS = 8  # bars a chart's width reads; with more districts, those furthest from the goal

# -- the indicators --------------------------------------------------------------------------------------------------
AREA_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("ProvinceRollup", "Area"), Kind.TEXT, stretch=True),
    Column(QT_TRANSLATE_NOOP("ProvinceRollup", "Passing"), Kind.NUMBER),
    Column(QT_TRANSLATE_NOOP("ProvinceRollup", "%"), Kind.NUMBER),
    Column(QT_TRANSLATE_NOOP("ProvinceRollup", "Goal met"), Kind.TEXT),
    Column(QT_TRANSLATE_NOOP("ProvinceRollup", "Criterion 1"), Kind.NUMBER, priority=2),
    Column(QT_TRANSLATE_NOOP("ProvinceRollup", "Criterion 2"), Kind.NUMBER, priority=2),
    Column(QT_TRANSLATE_NOOP("ProvinceRollup", "Criterion 3"), Kind.NUMBER, priority=2),
    Column(QT_TRANSLATE_NOOP("ProvinceRollup", "Criterion 4"), Kind.NUMBER, priority=2),
    Column(QT_TRANSLATE_NOOP("ProvinceRollup", "Criterion 5"), Kind.NUMBER, priority=2),
    Column(QT_TRANSLATE_NOOP("ProvinceRollup", "1HH1C / goal"), Kind.NUMBER),
    Column(QT_TRANSLATE_NOOP("ProvinceRollup", "Contracts"), Kind.NUMBER, priority=1),
    Column(QT_TRANSLATE_NOOP("ProvinceRollup", "M baht"), Kind.MONEY),
)
AREA_CRITERIA = 4  # the first criterion's column


def _furthest(areas: Sequence[AreaRow], key: Callable[[AreaRow], Any]) -> tuple[list[AreaRow], bool]:
    """The areas a chart shows, in their order: all of them, or the MAX_CHART_AREAS lowest by ``key`` (True)."""
    if len(areas) <= MAX_CHART_AREAS:
        return list(areas), False
    lowest = {id(a) for a in sorted(areas, key=key)[:MAX_CHART_AREAS]}
    return [a for a in areas if id(a) in lowest], True


class IndicatorsTab(QWidget):
    """Per district, per province and in all (or per institute): the five criteria, institutes passing against the
    profile's goal, households at 1HH1C against their goal and the national one; three charts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rollupIndicators")
        self.data: Indicators | None = None
        column = tab_column(self)
        self.tiles = TileGrid(("passing", "households", "national"), spacing=6, max_columns=3, compact=True)
        for tile in self.tiles.tiles.values():  # as tall as at the width it has, not as when narrowest
            tile.setMinimumHeight(1)
        column.addWidget(self.tiles)
        row = QHBoxLayout()
        self.note = summary_label()
        row.addWidget(self.note, 1)
        self.level = QComboBox()
        self.level.setObjectName("rollupLevel")
        self.level.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.level.addItems(["", ""])
        self.level.currentIndexChanged.connect(lambda _i: self._show_table())
        row.addWidget(self.level, 0, Qt.AlignmentFlag.AlignBottom)
        column.addLayout(row)
        self.table = RegisterTable(AREA_COLUMNS, context=CONTEXT, key="province_rollup_areas")
        self.table.setObjectName("rollupAreas")
        self.model = self.table.standard_model()
        self.table.setMinimumHeight(120)
        column.addWidget(self.table, 3)
        charts = QHBoxLayout()
        charts.setSpacing(6)
        self.passing_chart = GoalChart()
        self.passing_chart.setObjectName("chartPassing")
        self.households_chart = BarChart()
        self.households_chart.setObjectName("chartHouseholds")
        self.criteria_chart = BarChart()
        self.criteria_chart.setObjectName("chartCriteria")
        for chart, share in ((self.passing_chart, 3), (self.households_chart, 3), (self.criteria_chart, 2)):
            chart.setMinimumSize(200, 150)
            charts.addWidget(chart, share)
        column.addLayout(charts, 2)
        self.retranslate()

    def show_data(self, data: Indicators | None) -> None:
        self.data = data
        self._show()

    def areas(self) -> list[AreaRow]:
        """The rows of the per-area table: each district (by province), each province, then all."""
        if self.data is None:
            return []
        r = self.data.rollup
        return [*r.districts, *r.provinces, r.total]

    def _show(self) -> None:
        if self.data is None:
            return
        r = self.data.rollup
        goal = f"{r.thresholds.institute_pass_goal_pct.normalize():f}%"
        total = r.total
        self.tiles.tiles["passing"].set(
            f"{total.passing:,} / {total.institutes:,}",
            tr_rollup("institutes pass all five criteria (%1; goal %2)")
            .replace("%1", pct_text(total.passing_pct))
            .replace("%2", goal),
        )
        self.tiles.tiles["households"].set(
            f"{total.households_1hh1c:,} / {total.households_goal:,}",
            tr_rollup("households at 1HH1C / at least %1 per institute").replace(
                "%1", str(r.thresholds.min_households_1hh1c)
            ),
        )
        self.tiles.tiles["national"].set(
            pct_text(r.national_goal_pct),
            tr_rollup("of the national goal of %1 households at 1HH1C").replace(
                "%1", f"{r.national_goal_households:,}"
            ),
        )
        colour = PASS if total.meets_goal else FAIL
        self.tiles.tiles["passing"].value.setStyleSheet(f"color: {colour};")
        self.note.setText(
            tr_rollup(
                "Goal: %1 of the institutes passing the five criteria. A criterion's column counts the institutes "
                "that pass it."
            ).replace("%1", goal)
        )
        self._show_table()
        self._show_charts()

    def _show_table(self) -> None:
        if self.data is None:
            return
        clear_rows(self.table)
        if self.level.currentIndex() == 1:
            self._show_institutes()
            return
        for a in self.areas():
            bold = a.level != "district"
            if a.level == "total":
                name = tr_rollup("All institutes")
            elif a.level == "province":
                name = tr_rollup("Province %1").replace("%1", a.name)
            else:
                name = a.name
            met = tr_rollup("Yes") if a.meets_goal else tr_rollup("No")
            self.model.appendRow(
                [
                    cell(name, bold=bold, tip=f"{a.name} ({a.province})" if a.level == "district" else ""),
                    cell(f"{a.passing:,} / {a.institutes:,}", Kind.NUMBER, bold=bold),
                    cell(pct_text(a.passing_pct), Kind.NUMBER, bold=bold),
                    cell(
                        met,
                        color=QColor(PASS if a.meets_goal else FAIL),
                        bold=bold,
                        align=Qt.AlignmentFlag.AlignHCenter,
                    ),
                    *(cell(f"{n:,}", Kind.NUMBER, bold=bold) for n in a.criteria_passing),
                    cell(f"{a.households_1hh1c:,} / {a.households_goal:,}", Kind.NUMBER, bold=bold),
                    cell(f"{a.contracts:,}", Kind.NUMBER, bold=bold),
                    cell(f"{float(a.amount_consolidated) / 1_000_000:,.2f}", Kind.MONEY, bold=bold),
                ]
            )

    def _show_institutes(self) -> None:
        assert self.data is not None
        r = self.data.rollup
        minimum = r.thresholds.min_households_1hh1c
        for s in r.institutes:
            self.model.appendRow(self._institute_row(s, minimum))

    def _institute_row(self, s: InstituteSummary, minimum: int) -> list[QStandardItem]:
        passed = sum(1 for c in s.criteria if c)
        marks = [
            cell("✓" if ok else "✗", color=QColor(PASS if ok else FAIL), align=Qt.AlignmentFlag.AlignHCenter)
            for ok in s.criteria
        ]
        return [
            cell(short_name(s.name), tip=s.name),
            cell(f"{passed} / {len(s.criteria)}", Kind.NUMBER),
            cell("", Kind.NUMBER),
            cell(
                tr_rollup("Yes") if s.passed else tr_rollup("No"),
                color=QColor(PASS if s.passed else FAIL),
                align=Qt.AlignmentFlag.AlignHCenter,
            ),
            *marks,
            cell(f"{s.households_1hh1c:,} / {minimum:,}", Kind.NUMBER),
            cell(f"{s.contracts:,}", Kind.NUMBER),
            cell(f"{float(s.amount_consolidated) / 1_000_000:,.2f}", Kind.MONEY),
        ]

    def _show_charts(self) -> None:
        assert self.data is not None
        r = self.data.rollup
        goal = r.thresholds.institute_pass_goal_pct
        goal_text = f"{goal.normalize():f}%"
        areas, some = _furthest(r.districts, lambda a: (a.passing_pct, a.name))
        title = (
            tr_rollup("Passing (%), the %3 lowest of %2 districts")
            if some
            else tr_rollup("Institutes passing (%) per district, goal %1")
        )
        self.passing_chart.set_title(
            title.replace("%1", goal_text).replace("%2", str(len(r.districts))).replace("%3", str(len(areas)))
        )
        self.passing_chart.set_bars(
            [
                Bar(
                    a.name,
                    float(a.passing_pct),
                    GOAL_MET if a.meets_goal else GOAL_SHORT,
                    f"{a.passing_pct:,.0f}%",
                    f"{a.name}: "
                    + tr_rollup("%1 of %2 institutes pass")
                    .replace("%1", str(a.passing))
                    .replace("%2", str(a.institutes)),
                )
                for a in areas
            ],
            reference=(float(goal), tr_rollup("goal %1").replace("%1", goal_text)),
        )
        areas, some = _furthest(r.districts, lambda a: (a.households_1hh1c / max(1, a.households_goal), a.name))
        title = (
            tr_rollup("1HH1C: the %1 districts of %2 furthest from goal")
            if some
            else tr_rollup("Households at 1HH1C per district against the goal")
        )
        self.households_chart.set_title(title.replace("%1", str(len(areas))).replace("%2", str(len(r.districts))))
        self.households_chart.set_bars(
            [
                Bar(
                    a.name,
                    float(a.households_1hh1c),
                    GOAL_MET if a.households_1hh1c >= a.households_goal else GOAL_SHORT,
                    f"{a.households_1hh1c:,}",
                    f"{a.name}: "
                    + tr_rollup("%1 households at 1HH1C; goal %2")
                    .replace("%1", f"{a.households_1hh1c:,}")
                    .replace("%2", f"{a.households_goal:,}"),
                )
                for a in areas
            ]
        )
        language = screen_language()
        minimum = r.thresholds.min_households_1hh1c
        self.criteria_chart.set_title(
            tr_rollup("Institutes passing each criterion, of %1").replace("%1", f"{r.total.institutes:,}")
        )
        self.criteria_chart.set_bars(
            [
                Bar(
                    tr_rollup("Criterion %1").replace("%1", str(n)),
                    float(passing),
                    GOAL_MET if r.total.institutes and passing == r.total.institutes else GOAL_SHORT,
                    f"{passing:,}",
                    message(f"ind_criterion_{criterion.value}", language, minimum=minimum),
                )
                for n, (criterion, passing) in enumerate(zip(Criterion, r.total.criteria_passing, strict=True), 1)
            ]
        )
        for chart in (self.passing_chart, self.households_chart, self.criteria_chart):
            chart.set_empty_text(tr_rollup("No institutes yet"))

    def criterion_tips(self) -> None:
        """Each criterion's column says its name in its header's tooltip."""
        if self.data is None:
            return
        language = screen_language()
        minimum = self.data.rollup.thresholds.min_households_1hh1c
        for n, criterion in enumerate(Criterion):
            self.model.setHeaderData(
                AREA_CRITERIA + n,
                Qt.Orientation.Horizontal,
                message(f"ind_criterion_{criterion.value}", language, minimum=minimum),
                Qt.ItemDataRole.ToolTipRole,
            )

    def retranslate(self) -> None:
        self.level.setItemText(0, tr_rollup("Per district and province"))
        self.level.setItemText(1, tr_rollup("Per institute"))
        self.table.retranslate()
        self._show()
        self.criterion_tips()
