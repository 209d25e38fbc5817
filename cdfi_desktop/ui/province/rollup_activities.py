"""The roll-up's activities tab: every institute's activities as keyed into BPM. It shows what ``rollup_data``
read; it reads nothing by itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from cdfi_desktop.domain.money import format_baht
from cdfi_desktop.ui.province.rollup_tabs import (
    clear_rows,
    short_name,
    summary_label,
    tab_column,
    tr_rollup,
    unsorted,
)
from cdfi_desktop.ui.reports.activities import BADGES
from cdfi_desktop.ui.reports.common import cell
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets.counter import count
from cdfi_desktop.ui.widgets.fields import screen_language
from cdfi_desktop.ui.widgets.table import Column, Kind, RegisterTable

if TYPE_CHECKING:
    from cdfi_desktop.ui.province.rollup_data import Activities

CONTEXT = "ProvinceRollup"  # as rollup_tabs.CONTEXT, here for the translation check


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
        column = tab_column(self)
        self.summary = summary_label()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.summary)
        self.table = RegisterTable(BPM_COLUMNS, context=CONTEXT, key="province_rollup_bpm", sortable=True)
        self.table.setObjectName("rollupBpmTable")
        self.model = self.table.standard_model()
        unsorted(self.table)
        column.addWidget(self.table, 1)
        self.retranslate()

    def show_data(self, data: Activities | None) -> None:
        self.data = data
        self._show()

    def _show(self) -> None:
        from cdfi_desktop.services.activity_tracking import activity_name

        self.table.setSortingEnabled(False)
        clear_rows(self.table)
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
            tr_rollup("%1: %2 of %3 done, %4 overdue")
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
        header = [tr_rollup("District"), tr_rollup("Institute")]
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
