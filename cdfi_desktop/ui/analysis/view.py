"""Debt analysis screen: four charts for the committee, the classified households (sortable, filtered by text
and class), and beside them the chosen household's reasons, indicators and the source of money per debt.

The analysis is worked out off the UI thread when the screen is first shown (and again after changes
elsewhere, or on Refresh); it is held in memory, so sorting and filtering need no database.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cdfi_desktop.domain.classification import DebtorClass
from cdfi_desktop.failures import describe
from cdfi_desktop.services.analysis import DsrBucket, FundLoad, InstituteAnalysis
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.analysis.side_panel import HouseholdPanel
from cdfi_desktop.ui.analysis.table_model import (
    CLASS_COLUMN,
    CLASS_NAMES,
    CONTEXT,
    ID_ROLE,
    TABLE_COLUMNS,
    AnalysisModel,
    HouseholdFilter,
    class_text,
    tr,
)
from cdfi_desktop.ui.ops import Ops
from cdfi_desktop.ui.overview import first_steps
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets.charts import (
    CLASS_COLOURS,
    SOURCE_COLOURS,
    Bar,
    BarChart,
    Capacity,
    CapacityChart,
    Segment,
    ShareBar,
)
from cdfi_desktop.ui.widgets.empty import EmptyOr
from cdfi_desktop.ui.widgets.fields import screen_language
from cdfi_desktop.ui.widgets.page import Page
from cdfi_desktop.ui.widgets.screen import LazyScreen
from cdfi_desktop.ui.widgets.split import MasterDetail
from cdfi_desktop.ui.widgets.table import RegisterTable

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database

NO_INCOME = QT_TRANSLATE_NOOP("AnalysisScreen", "No income")
CHART_HEIGHT = 226  # two lines of Thai under the bars
PANEL_MIN_WIDTH = 260


def _analyse(db: Database, institute_id: str | None) -> InstituteAnalysis | None:
    """On the worker: the analysis of the given institute, else of the first one; None without any."""
    from cdfi_desktop.services.analysis import analyse_institute
    from cdfi_desktop.services.registers import first_institute_id

    with db.session() as session:
        chosen = institute_id or first_institute_id(session)
        return None if chosen is None else analyse_institute(session, chosen)


def write_reports(db: Database, *, institute_id: str, out_dir: Path, language: str) -> list[Path]:
    from cdfi_desktop.reports.registry import write_analysis_reports

    with db.session() as session:
        written: list[Path] = write_analysis_reports(
            session, institute_id=institute_id, out_dir=out_dir, printed_on=date.today(), language=language
        )
    return written


def _baht0(value: Decimal) -> str:
    return f"{value:,.0f}"


def _pct(part: float, whole: float) -> str:
    return "0%" if whole <= 0 else f"{part / whole * 100:.0f}%"


def dsr_label(bucket: DsrBucket) -> str:
    """``10–25`` (per cent), ``≥100``; the no-income bucket by name."""
    if bucket.low is None:
        return tr(NO_INCOME)
    if bucket.high is None:
        return f"≥{bucket.low:,.0f}"
    if bucket.low == 0:
        return f"<{bucket.high:,.0f}"
    return f"{bucket.low:,.0f}–{bucket.high:,.0f}"


class AnalysisScreen(LazyScreen):
    """The debt analysis of one institute (the first one unless :meth:`set_institute` names another)."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.setObjectName("analysis")
        self.ops = ops
        self.institute_id: str | None = None
        self.analysis: InstituteAnalysis | None = None
        self.loading = False
        self.loaded = False
        self.exported: list[Path] = []
        self.page = Page(self)
        self.summary = self.page.heading
        # The analysis has two actions only: they sit on the heading's row, leaving the height to the table.
        actions = self.page.actions
        self.refresh_button = actions.add(self.reload)
        self.export_button = actions.add(self._export)
        self.page.add_to_heading(self.refresh_button)
        self.page.add_to_heading(self.export_button)
        actions.hide()

        charts = QHBoxLayout()
        charts.setSpacing(8)
        self.class_chart = BarChart()
        self.source_chart = ShareBar()
        self.dsr_chart = BarChart()
        self.fund_chart = CapacityChart()
        for chart, stretch in (
            (self.class_chart, 5),
            (self.source_chart, 5),
            (self.dsr_chart, 7),
            (self.fund_chart, 7),
        ):
            chart.setFixedHeight(CHART_HEIGHT)
            charts.addWidget(chart, stretch)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(charts)

        filters = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_changed)
        self.class_filter = QComboBox()
        self.class_filter.currentIndexChanged.connect(self._filter_changed)
        self.count = QLabel()
        filters.addWidget(self.filter, 1)
        filters.addWidget(self.class_filter)
        filters.addWidget(self.count)

        self.model = AnalysisModel(screen_language)
        self.proxy = HouseholdFilter()
        self.proxy.setSourceModel(self.model)
        self.table = RegisterTable(TABLE_COLUMNS, context=CONTEXT, key="analysis", sortable=True)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(CLASS_COLUMN, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        filters.addWidget(self.table.chooser_button())

        table_side = QWidget()
        table_layout = QVBoxLayout(table_side)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.setSpacing(6)
        table_layout.addLayout(filters)
        table_layout.addWidget(self.table, 1)
        self.panel = HouseholdPanel()
        self.panel.setMinimumWidth(PANEL_MIN_WIDTH)
        self.splitter = MasterDetail(table_side, self.panel, key="analysis", ratio=(7, 3))
        column.addWidget(self.splitter, 1)
        self.stack = EmptyOr(content)
        self.page.body.addWidget(self.stack)

        self.retranslate()

    # -- loading -----------------------------------------------------------------------------------------------
    def set_institute(self, institute_id: str) -> None:
        """Analyse this institute from now on."""
        self.institute_id = institute_id
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def reload(self) -> None:
        self._stale = False
        self.loading = True
        self.page.actions.set_available(self.refresh_button, False, self.tr("Working out the analysis…"))
        self.summary.setText(self.tr("Working out the analysis…"))
        institute_id = self.institute_id
        self.ops.query(lambda db: _analyse(db, institute_id), success=self._loaded, failure=self._failed)

    def _failed(self, exc: Exception) -> None:
        self.loading = False
        self.page.actions.set_available(self.refresh_button, True)
        self.summary.setText(
            self.tr("The analysis could not be worked out: %1").replace("%1", describe(exc, screen_language()))
        )

    def _loaded(self, analysis: InstituteAnalysis | None) -> None:
        self.loading = False
        self.loaded = True
        self.page.actions.set_available(self.refresh_button, True)
        self.analysis = analysis
        if analysis is not None:
            self.institute_id = analysis.institute_id
        chosen = self.panel.row.household_id if self.panel.row else None
        self.model.set_rows(analysis.rows if analysis else ())
        self.page.actions.set_available(self.export_button, analysis is not None, first_steps.why_no_institute())
        self._show_analysis()
        self._select(chosen)

    def _select(self, household_id: str | None) -> None:
        if not self.table.select_where(ID_ROLE, household_id):
            self.panel.show_row(None, language=screen_language())

    # -- what is shown -----------------------------------------------------------------------------------------
    def _show_analysis(self) -> None:
        a = self.analysis
        self._show_count()
        if a is None:
            self.summary.setText(self.tr("There is no institute yet: set one up first."))
            self.stack.show_empty(
                first_steps.no_institute_text(),
                first_steps.create_institute_action(),
                lambda: first_steps.go_to_step(self, "institute"),
            )
            self.class_chart.set_bars([])
            self.dsr_chart.set_bars([])
            self.source_chart.set_segments([])
            self.fund_chart.set_rows([])
            return
        self.stack.show_content()
        per_class = a.households_per_class()
        problem = per_class[DebtorClass.C] + per_class[DebtorClass.D]
        self.summary.setText(
            self.tr("%1 · %n households analysed on %2 · %3 in class C or D", "", len(a.rows))
            .replace("%1", a.institute_name)
            .replace("%2", labels.date_text(a.as_of))
            .replace("%3", f"{problem:,}")
        )
        total = len(a.rows)
        self.class_chart.set_bars(
            [
                Bar(
                    label=f"{c.value}\n{tr(CLASS_NAMES[c])}",
                    value=n,
                    colour=CLASS_COLOURS[c.value],
                    text=f"{n:,}",
                    tooltip=self.tr("%1: %n households (%2)", "", n)
                    .replace("%1", class_text(c))
                    .replace("%2", _pct(n, total)),
                )
                for c, n in per_class.items()
            ]
        )
        by_source = a.debt_by_source()
        names = {
            "inside_institute": self.tr("Inside the institute"),
            "other_formal": self.tr("Other formal lenders"),
            "informal": self.tr("Informal lenders"),
        }
        self.source_chart.set_segments(
            [
                Segment(names[key], float(value), SOURCE_COLOURS[key], self.tr("%1 baht").replace("%1", _baht0(value)))
                for key, value in by_source.items()
            ],
            total_text=self.tr("Total %1 baht").replace("%1", _baht0(sum(by_source.values(), Decimal(0)))),
        )
        self._show_dsr(a)
        self.fund_chart.set_rows(
            [
                Capacity(
                    label=f.name,
                    used=float(f.lent),
                    capacity=float(f.capital),
                    text=f"{_baht0(f.lent)} / {_baht0(f.capital)}",
                    tooltip=self._fund_tip(f),
                )
                for f in a.funds
            ],
            more_text=self.tr("… and %1 more funds"),
        )

    def _show_dsr(self, a: InstituteAnalysis) -> None:
        t = a.profile.thresholds
        buckets = [b for b in a.dsr_distribution() if b.low is not None or b.households > 0]
        bars = []
        dividers = []
        for i, b in enumerate(buckets):
            if b.low is None:
                colour = CLASS_COLOURS["D"]
            elif b.low >= t.dsr_problem_pct:
                colour = CLASS_COLOURS["C"]
            elif b.low >= t.dsr_watch_pct:
                colour = CLASS_COLOURS["B"]
            else:
                colour = CLASS_COLOURS["A"]
            if b.low is not None and i > 0 and b.low in (t.dsr_watch_pct, t.dsr_problem_pct):
                dividers.append((i, f"{b.low:,.0f}%"))
            if b.low is not None:
                tip = self.tr("DSR %1%: %n households", "", b.households)
            else:
                tip = self.tr("%1: %n households", "", b.households)
            tip = tip.replace("%1", dsr_label(b))
            bars.append(Bar(dsr_label(b), b.households, colour, f"{b.households:,}", tip))
        self.dsr_chart.set_bars(bars, dividers=dividers)

    def _fund_tip(self, fund: FundLoad) -> str:
        lines = [
            fund.name,
            self.tr("Lent out: %1 baht").replace("%1", labels.baht_text(fund.lent)),
            self.tr("Capital: %1 baht").replace("%1", labels.baht_text(fund.capital)),
            self.tr("Still available: %1 baht").replace("%1", labels.baht_text(fund.available)),
        ]
        if fund.lending_limit is not None:
            lines.append(
                self.tr("Lending limit: %1 baht a borrower").replace("%1", labels.baht_text(fund.lending_limit))
            )
        if not fund.can_lend:
            lines.append(self.tr("This fund does not lend."))
        return "\n".join(lines)

    def _show_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count.setText(self.tr("%n households", "", total))
        else:
            self.count.setText(self.tr("%1 of %n households", "", total).replace("%1", str(shown)))

    # -- filters and selection ---------------------------------------------------------------------------------
    def _filter_changed(self) -> None:
        self.proxy.set_text(self.filter.text())
        data = self.class_filter.currentData()
        self.proxy.set_classes(frozenset(DebtorClass(c) for c in data) if data else frozenset())
        self._show_count()
        if not self.table.selectionModel().selectedRows():
            self.panel.show_row(None, language=screen_language())

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.panel.show_row(self.proxy.row_at(rows[0].row()) if rows else None, language=screen_language())

    def select_household(self, household_id: str) -> bool:
        """Select a household in the table (if the filters show it); True when it is selected."""
        self._select(household_id)
        return self.panel.row is not None and self.panel.row.household_id == household_id

    # -- export ------------------------------------------------------------------------------------------------
    def _export(self) -> None:
        self.export_to(None)

    def export_to(self, out_dir: Path | None) -> None:
        """Write the analysis as PDF and Excel into ``out_dir`` (asked when None) in the background; the status
        line says where."""
        institute_id = self.analysis.institute_id if self.analysis else self.institute_id
        if institute_id is None:
            return
        language = screen_language()
        self.page.print_into_folder(
            self.ops,
            folder=out_dir,
            ask=self.tr("Folder for the analysis report"),
            write=lambda db, folder: write_reports(db, institute_id=institute_id, out_dir=folder, language=language),
            what=self.tr("The analysis report"),
            done=lambda paths: setattr(self, "exported", paths),
        )

    # -- language ----------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        tip = self.page.actions.set_tip
        self.refresh_button.setText(self.tr("Refresh"))
        tip(self.refresh_button, self.tr("Work the analysis out again from the registers"))
        self.export_button.setText(self.tr("PDF and Excel…"))
        tip(self.export_button, self.tr("Print the analysis with its charts as a PDF and an Excel workbook"))
        self.filter.setPlaceholderText(self.tr("Filter: register no., head of household, village…"))
        self.class_chart.set_title(self.tr("Households per class"))
        self.source_chart.set_title(self.tr("Debt by source"))
        self.dsr_chart.set_title(self.tr("Households by debt-service ratio (%)"))
        self.fund_chart.set_title(self.tr("Member funds: lent against capital"))
        for chart in (self.class_chart, self.source_chart, self.dsr_chart, self.fund_chart):
            chart.set_empty_text(self.tr("Nothing to show yet"))
        self.class_filter.blockSignals(True)
        current = self.class_filter.currentIndex()
        self.class_filter.clear()
        self.class_filter.addItem(self.tr("All classes"), None)
        for c in DebtorClass:
            self.class_filter.addItem(class_text(c), [c.value])
        self.class_filter.addItem(self.tr("C and D (problem debt)"), ["C", "D"])
        self.class_filter.addItem(self.tr("B, C and D"), ["B", "C", "D"])
        self.class_filter.setCurrentIndex(max(0, current))
        self.class_filter.blockSignals(False)
        self.model.retranslate()
        self.table.retranslate()
        if self.loading:
            self.summary.setText(self.tr("Working out the analysis…"))
        elif self.loaded:
            self._show_analysis()
        self.panel.show_row(self.panel.row, language=screen_language())
