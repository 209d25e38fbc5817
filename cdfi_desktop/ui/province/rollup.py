"""The province's roll-up (guideline 4.2 and 5): every institute in the province's database, added up per district
and for the province, for a fiscal year chosen in the heading. Four tabs, each read when first shown (a national
database holds hundreds of institutes): the indicators with their charts, the report rounds as submitted (frozen
snapshots, each hash checked), the evidence of every institute, and the activities as keyed into BPM. Printing gives
the indicators report of the roll-up."""

from __future__ import annotations

import contextlib
import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton, QTabWidget, QWidget

from cdfi_desktop.domain.fiscal import fiscal_year_be
from cdfi_desktop.failures import describe
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.ops import Ops
from cdfi_desktop.ui.province.rollup_activities import ActivitiesTab
from cdfi_desktop.ui.province.rollup_data import ACTIVITIES, EVIDENCE, INDICATORS, ROUNDS, TABS, Loaded, load
from cdfi_desktop.ui.province.rollup_evidence import EvidenceTab
from cdfi_desktop.ui.province.rollup_indicators import IndicatorsTab
from cdfi_desktop.ui.province.rollup_rounds import RoundsTab
from cdfi_desktop.ui.reports.common import go_to_step
from cdfi_desktop.ui.widgets.counter import count
from cdfi_desktop.ui.widgets.empty import EmptyOr
from cdfi_desktop.ui.widgets.fields import screen_language
from cdfi_desktop.ui.widgets.page import Page, YearChooser
from cdfi_desktop.ui.widgets.screen import LazyScreen

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database

log = logging.getLogger(__name__)
CONTEXT = "ProvinceRollup"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class RollupScreen(LazyScreen):
    """Every institute of the database for the chosen fiscal year: indicators, report rounds, evidence, BPM."""

    def __init__(self, ops: Ops, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(ops, parent)
        self.setObjectName("provinceRollup")
        self.today = today or date.today()
        self.fiscal_year = fiscal_year_be(self.today)
        self.loaded: dict[str, Loaded] = {}
        self.reading: set[str] = set()
        self.printed: list[Path] = []
        self.empty = False

        self.page = Page(self)
        # the actions sit in the heading row, beside the year (the kit's action bar keeps why one is disabled)
        self.copy_button = self.page.add_to_heading(QPushButton())
        self.copy_button.setObjectName("copyRollupBpm")
        self.copy_button.clicked.connect(lambda _checked=False: self.copy_for_bpm())
        self.print_button = self.page.add_to_heading(QPushButton())
        self.print_button.setObjectName("printRollup")
        self.print_button.clicked.connect(lambda _checked=False: self.print_to())
        self.year = self.page.add_to_heading(YearChooser())
        self.year.show_year(self.fiscal_year, current=fiscal_year_be(self.today))
        self.year.chosen.connect(self.set_year)
        self.page.actions.hide()

        self.tabs = QTabWidget()
        self.tabs.setObjectName("rollupTabs")
        self.indicators = IndicatorsTab()
        self.rounds = RoundsTab()
        self.evidence = EvidenceTab()
        self.activities = ActivitiesTab()
        self.views: dict[str, IndicatorsTab | RoundsTab | EvidenceTab | ActivitiesTab] = {
            INDICATORS: self.indicators,
            ROUNDS: self.rounds,
            EVIDENCE: self.evidence,
            ACTIVITIES: self.activities,
        }
        for key in TABS:
            self.tabs.addTab(self.views[key], "")
        self.tabs.currentChanged.connect(lambda _i: self._read_shown())
        self.stack = EmptyOr(self.tabs)
        self.page.body.addWidget(self.stack)
        self.retranslate()

    # -- reading ---------------------------------------------------------------------------------------------------
    def shown_tab(self) -> str:
        return TABS[max(0, self.tabs.currentIndex())]

    def reload(self) -> None:
        """Read the shown tab again (and the others when next shown): the data or the year changed."""
        self._stale = False
        self.loaded = {}
        self._read_shown()

    def set_year(self, fiscal_year: int) -> None:
        if fiscal_year != self.fiscal_year:
            self.fiscal_year = fiscal_year
            self.year.show_year(fiscal_year, current=fiscal_year_be(self.today))
            self._show_heading()
            self.reload()

    def set_day(self, today: date) -> None:
        """Judge the figures as of ``today`` (its fiscal year shown), then read again."""
        self.today = today
        self.fiscal_year = fiscal_year_be(today)
        self.year.show_year(self.fiscal_year, current=self.fiscal_year)
        self._show_heading()
        self.reload()

    def _read_shown(self) -> None:
        tab = self.shown_tab()
        if tab in self.loaded or tab in self.reading:
            self._update_buttons()
            return
        self.reading.add(tab)
        fiscal_year, as_of, language = self.fiscal_year, self._as_of(), screen_language()
        self.page.status.setText(_t("Adding up every institute…"))
        self.ops.query(
            lambda db: (load(db, tab, fiscal_year=fiscal_year, as_of=as_of, language=language), self._count(db)),
            success=lambda result: self._loaded(tab, fiscal_year, result),
            failure=lambda exc: self._failed(tab, exc),
        )
        self._update_buttons()

    @staticmethod
    def _count(db: Database) -> int:
        from cdfi_desktop.services.institute import institutes

        with db.session() as session:
            return len(institutes(session))

    def _as_of(self) -> date:
        """The day the figures are judged on: today, or the last day of a past fiscal year."""
        from cdfi_desktop.domain.fiscal import fiscal_year_range

        _start, end = fiscal_year_range(self.fiscal_year)
        return min(self.today, end)

    def _loaded(self, tab: str, fiscal_year: int, result: tuple[Loaded, int]) -> None:
        self.reading.discard(tab)
        self.page.status.setText("")
        if fiscal_year != self.fiscal_year:  # the officer chose another year meanwhile
            self._read_shown()
            return
        data, institutes = result
        self.loaded[tab] = data
        self.empty = institutes == 0
        self.page.clear_problem()
        self._show_empty()
        self.views[tab].show_data(data)  # type: ignore[arg-type]  # each tab reads its own kind
        self._update_buttons()
        if self.shown_tab() != tab:
            self._read_shown()

    def _failed(self, tab: str, exc: Exception) -> None:
        self.reading.discard(tab)
        self.page.status.setText("")
        log.error("the province's roll-up failed: %s", exc)
        self.page.show_problem(_t("The roll-up could not be read: %1").replace("%1", describe(exc, screen_language())))
        self._update_buttons()

    def _show_empty(self) -> None:
        if self.empty:
            self.stack.show_empty(
                _t(
                    "Nothing has been imported yet. The roll-up adds up every institute of the bundles imported "
                    "from the officers' laptops."
                ),
                _t("Import bundles"),
                self.go_to_import,
            )
        else:
            self.stack.show_content()

    def _update_buttons(self) -> None:
        actions = self.page.actions
        nothing = _t("Nothing has been imported yet.")
        reading = _t("Wait until the figures are read.")
        indicators = self.loaded.get(INDICATORS)
        actions.set_available(
            self.print_button,
            indicators is not None and not self.empty,
            nothing if self.empty else reading,
        )
        bpm = self.loaded.get(ACTIVITIES)
        if self.shown_tab() != ACTIVITIES:
            why = _t("Show the activities tab first.")
        else:
            why = nothing if self.empty else reading
        self.copy_button.setVisible(self.shown_tab() == ACTIVITIES)
        actions.set_available(
            self.copy_button, self.shown_tab() == ACTIVITIES and bpm is not None and not self.empty, why
        )

    # -- actions ---------------------------------------------------------------------------------------------------
    def go_to_import(self) -> None:
        """The province's import step, where the laptops' bundles come in (when the screen sits in the window)."""
        with contextlib.suppress(ValueError):  # a window without that step (a test's host) stays where it is
            go_to_step(self, "import")

    def copy_for_bpm(self) -> None:
        text = self.activities.bpm_text()
        if not text:
            return
        QGuiApplication.clipboard().setText(text)
        rows = len(self.activities.data.lines) if self.activities.data else 0
        self.page.say(count(CONTEXT, "Copied %n activities: paste them into BPM or Excel", rows))

    def print_to(self, folder: Path | None = None) -> None:
        """Write the indicators report of every institute (PDF and Excel) into ``folder`` (asked when None)."""
        from cdfi_desktop.reports.registry import write_rollup_reports

        fiscal_year, printed_on, language = self.fiscal_year, self._as_of(), screen_language()

        def run(db: Database, target: Path) -> list[Path]:
            from cdfi_desktop.db.keys import PROVINCE_NAME_KEY

            name = db.get_setting(PROVINCE_NAME_KEY) or ""
            with db.reading() as session:
                return write_rollup_reports(
                    session,
                    fiscal_year=fiscal_year,
                    out_dir=target,
                    printed_on=printed_on,
                    language=language,
                    name=name,
                )

        self.page.print_into_folder(
            self.ops,
            folder=folder,
            ask=_t("Folder for the roll-up report"),
            write=run,
            what=_t("The roll-up report"),
            done=lambda written: setattr(self, "printed", written),
        )

    # -- language --------------------------------------------------------------------------------------------------
    def _show_heading(self) -> None:
        self.page.set_heading(
            _t("Every institute, %1 · as of %2")
            .replace("%1", labels.fiscal_year_text(self.fiscal_year))
            .replace("%2", labels.date_text(self._as_of()))
        )

    def retranslate(self) -> None:
        self._show_heading()
        self.year.retranslate()
        for index, text in enumerate((_t("Indicators"), _t("Report rounds"), _t("Evidence"), _t("Activities and BPM"))):
            self.tabs.setTabText(index, text)
        self.copy_button.setText(_t("Copy for BPM"))
        self.page.actions.set_tip(
            self.copy_button, _t("Copy every institute's activities as tab-separated cells, for BPM or Excel")
        )
        self.print_button.setText(_t("Print…"))
        self.page.actions.set_tip(self.print_button, _t("The indicators of every institute as PDF and Excel"))
        for view in self.views.values():
            view.retranslate()
        if self.loaded:
            self._show_empty()
        self._update_buttons()
        # area and activity names come with the next read, in the new language
        if self.isVisible() and self.loaded:
            self.reload()
        elif self.loaded:
            self._stale = True
