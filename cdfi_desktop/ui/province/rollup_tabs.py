"""The tabs of the province's roll-up: the indicators per district and province with their charts, the report rounds
as submitted by every institute (a snapshot changed after submission flagged), every institute's evidence, and every
institute's activities as keyed into BPM. Each tab shows what ``rollup_data`` read; none reads by itself."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QStandardItem
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from cdfi_desktop.domain.criteria import Criterion
from cdfi_desktop.domain.money import format_baht
from cdfi_desktop.messages import message
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.reports.activities import BADGES
from cdfi_desktop.ui.reports.common import cell
from cdfi_desktop.ui.reports.criteria_rows import FAIL, GOAL_MET, GOAL_SHORT, PASS, GoalChart, pct_text
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets.charts import Bar, BarChart
from cdfi_desktop.ui.widgets.counter import count
from cdfi_desktop.ui.widgets.fields import screen_language
from cdfi_desktop.ui.widgets.table import Column, Kind, RegisterTable
from cdfi_desktop.ui.widgets.thai_text import WrappingLabel
from cdfi_desktop.ui.widgets.tiles import TileGrid

if TYPE_CHECKING:
    from cdfi_desktop.services.indicators import AreaRow, InstituteSummary
    from cdfi_desktop.ui.province.rollup_data import Activities, Evidence, Indicators, Rounds

CONTEXT = "ProvinceRollup"
MAX_CHART_AREAS = 8  # bars a chart's width reads; with more districts, those furthest from the goal
RED, GREEN = QColor("#9b1c1c"), QColor("#1e5631")
TAMPERED_BACKGROUND = QColor("#f8d0cc")


# the words every institute's name starts with (guideline 2.1): a register of many institutes shows what follows
INSTITUTE_PREFIX = "สถาบันการจัดการเงินทุนชุมชน"


def short_name(name: str) -> str:
    """An institute's name without the words every one starts with ("ตำบลหัวดง"); the whole name when nothing
    would be left."""
    rest = name.removeprefix(INSTITUTE_PREFIX).strip()
    return rest or name


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _column(tab: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(tab)
    layout.setContentsMargins(0, 6, 0, 0)
    layout.setSpacing(6)
    return layout


def _summary() -> WrappingLabel:
    label = WrappingLabel()
    label.setObjectName("rollupSummary")
    label.setWordWrap(True)
    return label


def _unsorted(table: RegisterTable) -> None:
    """Rows in the order read (province, district, institute) until the officer sorts by a column."""
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)


def _clear(table: RegisterTable) -> None:
    model = table.model()
    model.removeRows(0, model.rowCount())


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
        column = _column(self)
        self.tiles = TileGrid(("passing", "households", "national"), spacing=6, max_columns=3, compact=True)
        for tile in self.tiles.tiles.values():  # as tall as at the width it has, not as when narrowest
            tile.setMinimumHeight(1)
        column.addWidget(self.tiles)
        row = QHBoxLayout()
        self.note = _summary()
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
            _t("institutes pass all five criteria (%1; goal %2)")
            .replace("%1", pct_text(total.passing_pct))
            .replace("%2", goal),
        )
        self.tiles.tiles["households"].set(
            f"{total.households_1hh1c:,} / {total.households_goal:,}",
            _t("households at 1HH1C / at least %1 per institute").replace("%1", str(r.thresholds.min_households_1hh1c)),
        )
        self.tiles.tiles["national"].set(
            pct_text(r.national_goal_pct),
            _t("of the national goal of %1 households at 1HH1C").replace("%1", f"{r.national_goal_households:,}"),
        )
        colour = PASS if total.meets_goal else FAIL
        self.tiles.tiles["passing"].value.setStyleSheet(f"color: {colour};")
        self.note.setText(
            _t(
                "Goal: %1 of the institutes passing the five criteria. A criterion's column counts the institutes "
                "that pass it."
            ).replace("%1", goal)
        )
        self._show_table()
        self._show_charts()

    def _show_table(self) -> None:
        if self.data is None:
            return
        _clear(self.table)
        if self.level.currentIndex() == 1:
            self._show_institutes()
            return
        for a in self.areas():
            bold = a.level != "district"
            if a.level == "total":
                name = _t("All institutes")
            elif a.level == "province":
                name = _t("Province %1").replace("%1", a.name)
            else:
                name = a.name
            met = _t("Yes") if a.meets_goal else _t("No")
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
                _t("Yes") if s.passed else _t("No"),
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
            _t("Passing (%), the %3 lowest of %2 districts")
            if some
            else _t("Institutes passing (%) per district, goal %1")
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
                    + _t("%1 of %2 institutes pass").replace("%1", str(a.passing)).replace("%2", str(a.institutes)),
                )
                for a in areas
            ],
            reference=(float(goal), _t("goal %1").replace("%1", goal_text)),
        )
        areas, some = _furthest(r.districts, lambda a: (a.households_1hh1c / max(1, a.households_goal), a.name))
        title = (
            _t("1HH1C: the %1 districts of %2 furthest from goal")
            if some
            else _t("Households at 1HH1C per district against the goal")
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
                    + _t("%1 households at 1HH1C; goal %2")
                    .replace("%1", f"{a.households_1hh1c:,}")
                    .replace("%2", f"{a.households_goal:,}"),
                )
                for a in areas
            ]
        )
        language = screen_language()
        minimum = r.thresholds.min_households_1hh1c
        self.criteria_chart.set_title(
            _t("Institutes passing each criterion, of %1").replace("%1", f"{r.total.institutes:,}")
        )
        self.criteria_chart.set_bars(
            [
                Bar(
                    _t("Criterion %1").replace("%1", str(n)),
                    float(passing),
                    GOAL_MET if r.total.institutes and passing == r.total.institutes else GOAL_SHORT,
                    f"{passing:,}",
                    message(f"ind_criterion_{criterion.value}", language, minimum=minimum),
                )
                for n, (criterion, passing) in enumerate(zip(Criterion, r.total.criteria_passing, strict=True), 1)
            ]
        )
        for chart in (self.passing_chart, self.households_chart, self.criteria_chart):
            chart.set_empty_text(_t("No institutes yet"))

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
        self.level.setItemText(0, _t("Per district and province"))
        self.level.setItemText(1, _t("Per institute"))
        self.table.retranslate()
        self._show()
        self.criterion_tips()


# -- the report rounds -----------------------------------------------------------------------------------------------
ROUND_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("ProvinceRollup", "District"), Kind.TEXT, priority=1),
    Column(QT_TRANSLATE_NOOP("ProvinceRollup", "Institute"), Kind.TEXT, stretch=True),
    Column(QT_TRANSLATE_NOOP("ProvinceRollup", "Round"), Kind.TEXT),
    Column(QT_TRANSLATE_NOOP("ProvinceRollup", "Status"), Kind.TEXT),
    Column(QT_TRANSLATE_NOOP("ProvinceRollup", "As of"), Kind.DATE),
    Column(QT_TRANSLATE_NOOP("ProvinceRollup", "1HH1C"), Kind.NUMBER),
    Column(QT_TRANSLATE_NOOP("ProvinceRollup", "Contracts"), Kind.NUMBER, priority=2),
    Column(QT_TRANSLATE_NOOP("ProvinceRollup", "Arrears"), Kind.MONEY),
    Column(QT_TRANSLATE_NOOP("ProvinceRollup", "Submitted by"), Kind.TEXT, priority=2),
    Column(QT_TRANSLATE_NOOP("ProvinceRollup", "SHA-256"), Kind.TEXT, priority=3),
)
ROUND_STATUS_COLUMN = 3


def _month(month: int) -> str:
    from cdfi_desktop.services.evidence_items import month_name

    return month_name(month, screen_language())


class RoundsTab(QWidget):
    """Every institute's report rounds of the year: submitted (frozen, hash checked), not submitted, or a snapshot
    changed after it was submitted (flagged in red: its figures are not read)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rollupRounds")
        self.data: Rounds | None = None
        column = _column(self)
        self.summary = _summary()
        column.addWidget(self.summary)
        self.table = RegisterTable(ROUND_COLUMNS, context=CONTEXT, key="province_rollup_rounds", sortable=True)
        self.table.setObjectName("rollupRoundsTable")
        self.model = self.table.standard_model()
        _unsorted(self.table)
        column.addWidget(self.table, 1)
        self.retranslate()

    def show_data(self, data: Rounds | None) -> None:
        self.data = data
        self._show()

    def tampered(self) -> int:
        from cdfi_desktop.services.province_rollup import ROUND_TAMPERED

        return sum(1 for line in self.data.lines if line.state == ROUND_TAMPERED) if self.data else 0

    def _show(self) -> None:
        from cdfi_desktop.services.province_rollup import ROUND_SUBMITTED, ROUND_TAMPERED

        self.table.setSortingEnabled(False)
        _clear(self.table)
        if self.data is None:
            self.summary.setText("")
            return
        lines = self.data.lines
        for line in lines:
            round_text = _t("Round %1 (%2)").replace("%1", str(line.round_no)).replace("%2", _month(line.month))
            when = ""
            if line.submitted_at is not None:
                when = labels.date_text(line.submitted_at.astimezone().date())
            by = _t("%1 on %2").replace("%1", line.submitted_by).replace("%2", when) if line.submitted_by else when
            if line.state == ROUND_TAMPERED:
                status = cell(
                    _t("Changed after submission"),
                    color=RED,
                    background=TAMPERED_BACKGROUND,
                    bold=True,
                    tip=_t(
                        "The frozen snapshot no longer matches its hash: stored %1, now %2. Its figures are not read."
                    )
                    .replace("%1", line.sha256[:16])
                    .replace("%2", line.actual_sha256[:16]),
                )
                figures = [cell("–", Kind.NUMBER), cell("–", Kind.NUMBER), cell("–", Kind.MONEY)]
                sha = cell(line.sha256[:12] + "…" if line.sha256 else "–", color=RED, tip=line.sha256)
            elif line.state == ROUND_SUBMITTED:
                status = cell(
                    _t("Submitted"),
                    color=GREEN,
                    tip=f"{_t('Frozen; its hash checks out.')}\n{by}\nSHA-256 {line.sha256}",
                )
                short = line.households_1hh1c < line.min_households
                figures = [
                    cell(
                        f"{line.households_1hh1c:,}",
                        Kind.NUMBER,
                        color=RED if short else None,
                        tip=_t("At least %1").replace("%1", str(line.min_households)),
                    ),
                    cell(f"{line.contracts:,}", Kind.NUMBER),
                    cell(format_baht(line.arrears), Kind.MONEY, color=RED if line.arrears > Decimal(0) else None),
                ]
                sha = cell(line.sha256[:12] + "…", tip=line.sha256)
            else:
                status = cell(_t("Not submitted"), color=QColor("#8a5a00"))
                figures = [cell("–", Kind.NUMBER), cell("–", Kind.NUMBER), cell("–", Kind.MONEY)]
                sha = cell("–")
            self.model.appendRow(
                [
                    cell(line.institute.district, tip=line.institute.province),
                    cell(short_name(line.institute.name), tip=line.institute.name),
                    cell(round_text),
                    status,
                    cell(labels.date_text(line.as_of) if line.as_of else "–", Kind.DATE),
                    *figures,
                    cell(by or "–", tip=by),
                    sha,
                ]
            )
        self.table.setSortingEnabled(True)
        submitted = sum(1 for line in lines if line.state == ROUND_SUBMITTED)
        institutes = len({line.institute.institute_id for line in lines})
        text = (
            _t("%1 of %2 rounds submitted by %3 institutes.")
            .replace("%1", f"{submitted:,}")
            .replace("%2", f"{len(lines):,}")
            .replace("%3", f"{institutes:,}")
        )
        tampered = self.tampered()
        if tampered:
            text += " " + count(
                CONTEXT, "%n submitted snapshots no longer match their hash: ask the officer.", tampered
            )
        self.summary.setText(text)
        self.summary.setStyleSheet(f"color: {FAIL}; font-weight: bold;" if tampered else "")

    def retranslate(self) -> None:
        self.table.retranslate()
        self._show()


# -- the evidence ----------------------------------------------------------------------------------------------------
EVIDENCE_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("ProvinceRollup", "District"), Kind.TEXT),
    Column(QT_TRANSLATE_NOOP("ProvinceRollup", "Institute"), Kind.TEXT),
    Column(QT_TRANSLATE_NOOP("ProvinceRollup", "Complete"), Kind.NUMBER),
    Column(QT_TRANSLATE_NOOP("ProvinceRollup", "Partial"), Kind.NUMBER),
    Column(QT_TRANSLATE_NOOP("ProvinceRollup", "Not complete yet"), Kind.TEXT, stretch=True),
)


class EvidenceTab(QWidget):
    """Every institute's evidence checklist (guideline 4.3) in brief: how many items are complete, and which not."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rollupEvidence")
        self.data: Evidence | None = None
        column = _column(self)
        self.summary = _summary()
        column.addWidget(self.summary)
        self.table = RegisterTable(EVIDENCE_COLUMNS, context=CONTEXT, key="province_rollup_evidence", sortable=True)
        self.table.setObjectName("rollupEvidenceTable")
        self.model = self.table.standard_model()
        _unsorted(self.table)
        column.addWidget(self.table, 1)
        self.retranslate()

    def show_data(self, data: Evidence | None) -> None:
        self.data = data
        self._show()

    def _show(self) -> None:
        self.table.setSortingEnabled(False)
        _clear(self.table)
        if self.data is None:
            self.summary.setText("")
            return
        for line in self.data.lines:
            whole = line.present == line.total
            missing = ", ".join(line.titles)
            self.model.appendRow(
                [
                    cell(line.institute.district, tip=line.institute.province),
                    cell(short_name(line.institute.name), tip=line.institute.name),
                    cell(f"{line.present} / {line.total}", Kind.NUMBER, color=GREEN if whole else None, bold=whole),
                    cell(str(line.partial), Kind.NUMBER),
                    cell(
                        missing or _t("Nothing: every item is there"),
                        color=None if missing else GREEN,
                        tip="\n".join(line.titles),
                    ),
                ]
            )
        self.table.setSortingEnabled(True)
        complete = sum(1 for line in self.data.lines if line.present == line.total)
        self.summary.setText(
            _t("%1 of %2 institutes have every item of evidence (guideline 4.3).")
            .replace("%1", f"{complete:,}")
            .replace("%2", f"{len(self.data.lines):,}")
        )

    def retranslate(self) -> None:
        self.table.retranslate()
        self._show()


# -- the activities and BPM ------------------------------------------------------------------------------------------
BPM_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("ProvinceRollup", "District"), Kind.TEXT),
    Column(QT_TRANSLATE_NOOP("ProvinceRollup", "Institute"), Kind.TEXT, stretch=True),
    Column(QT_TRANSLATE_NOOP("ProvinceRollup", "Activity"), Kind.TEXT),
    Column(QT_TRANSLATE_NOOP("ProvinceRollup", "Quarter"), Kind.TEXT, priority=3),
    Column(QT_TRANSLATE_NOOP("ProvinceRollup", "Target"), Kind.NUMBER, priority=1),
    Column(QT_TRANSLATE_NOOP("ProvinceRollup", "Result to date"), Kind.NUMBER, priority=1),
    Column(QT_TRANSLATE_NOOP("ProvinceRollup", "Budget"), Kind.MONEY),
    Column(QT_TRANSLATE_NOOP("ProvinceRollup", "Spent"), Kind.MONEY),
    Column(QT_TRANSLATE_NOOP("ProvinceRollup", "% spent"), Kind.NUMBER, priority=2),
    Column(QT_TRANSLATE_NOOP("ProvinceRollup", "Status"), Kind.TEXT),
)


class ActivitiesTab(QWidget):
    """Per activity, how many institutes did it on time, late, or are overdue; then every institute's activities
    as they are keyed into BPM (copied for BPM or Excel with the institute in the first cells)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rollupActivities")
        self.data: Activities | None = None
        column = _column(self)
        self.summary = _summary()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.summary)
        self.table = RegisterTable(BPM_COLUMNS, context=CONTEXT, key="province_rollup_bpm", sortable=True)
        self.table.setObjectName("rollupBpmTable")
        self.model = self.table.standard_model()
        _unsorted(self.table)
        column.addWidget(self.table, 1)
        self.retranslate()

    def show_data(self, data: Activities | None) -> None:
        self.data = data
        self._show()

    def _show(self) -> None:
        from cdfi_desktop.services.activity_tracking import activity_name

        self.table.setSortingEnabled(False)
        _clear(self.table)
        if self.data is None:
            self.summary.setText("")
            return
        language = screen_language()
        for line in self.data.lines:
            row = line.row
            background, foreground = BADGES[row.verdict.state]
            pct = row.spent_pct
            self.model.appendRow(
                [
                    cell(line.institute.district, tip=line.institute.province),
                    cell(short_name(line.institute.name), tip=line.institute.name),
                    cell(row.name(language), tip=row.details(language) or row.name(language)),
                    cell(row.quarter_text(language)),
                    cell(row.target_text(language), Kind.NUMBER),
                    cell(row.result_text(language), Kind.NUMBER),
                    cell(format_baht(row.budget), Kind.MONEY),
                    cell(format_baht(row.spent), Kind.MONEY),
                    cell("" if pct is None else f"{pct:.2f}", Kind.NUMBER),
                    cell(
                        row.state_text(language),
                        color=QColor(foreground),
                        background=QColor(background),
                        align=Qt.AlignmentFlag.AlignHCenter,
                        tip=row.state_text(language),
                    ),
                ]
            )
        self.table.setSortingEnabled(True)
        totals = self.data.totals
        parts = [
            _t("%1: %2 of %3 done, %4 overdue")
            .replace("%1", activity_name(r.activity, language))
            .replace("%2", str(r.tally.done))
            .replace("%3", str(r.tally.applicable))
            .replace("%4", str(r.tally.overdue))
            for r in totals.rows
            if r.tally.applicable
        ]
        head = count(CONTEXT, "%n institutes", totals.institutes)
        self.summary.setText(f"{head} — " + " · ".join(parts) if parts else head)

    def bpm_text(self) -> str:
        """Every institute's BPM lines as tab-separated cells, header first: district and institute, then the
        columns the officer's "Copy for BPM" gives."""
        from cdfi_desktop.services.activity_tracking import bpm_table

        if self.data is None:
            return ""
        language = screen_language()
        header = [_t("District"), _t("Institute")]
        lines: list[list[str]] = []
        for line in self.data.lines:
            table = bpm_table([line.row], language, plain_numbers=True)
            if not lines:
                lines.append(header + table[0])
            lines.append([line.institute.district, line.institute.name, *table[1]])
        return "\n".join("\t".join(" ".join(c.split()) for c in row) for row in lines)

    def retranslate(self) -> None:
        self.table.retranslate()
        self._show()
