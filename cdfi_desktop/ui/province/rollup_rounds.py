"""The roll-up's report-rounds tab: every institute's rounds as submitted, a snapshot changed after submission
flagged. It shows what ``rollup_data`` read; it reads nothing by itself."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from cdfi_desktop.domain.money import format_baht
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.province.rollup_tabs import (
    GREEN,
    RED,
    TAMPERED_BACKGROUND,
    clear_rows,
    short_name,
    summary_label,
    tab_column,
    tr_rollup,
    unsorted,
)
from cdfi_desktop.ui.reports.common import cell
from cdfi_desktop.ui.reports.criteria_rows import FAIL
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets.counter import count
from cdfi_desktop.ui.widgets.fields import screen_language
from cdfi_desktop.ui.widgets.table import Column, Kind, RegisterTable

if TYPE_CHECKING:
    from cdfi_desktop.ui.province.rollup_data import Rounds

CONTEXT = "ProvinceRollup"  # as rollup_tabs.CONTEXT, here for the translation check


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
        column = tab_column(self)
        self.summary = summary_label()
        column.addWidget(self.summary)
        self.table = RegisterTable(ROUND_COLUMNS, context=CONTEXT, key="province_rollup_rounds", sortable=True)
        self.table.setObjectName("rollupRoundsTable")
        self.model = self.table.standard_model()
        unsorted(self.table)
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
        clear_rows(self.table)
        if self.data is None:
            self.summary.setText("")
            return
        lines = self.data.lines
        for line in lines:
            round_text = tr_rollup("Round %1 (%2)").replace("%1", str(line.round_no)).replace("%2", _month(line.month))
            when = ""
            if line.submitted_at is not None:
                when = labels.date_text(line.submitted_at.astimezone().date())
            by = (
                tr_rollup("%1 on %2").replace("%1", line.submitted_by).replace("%2", when)
                if line.submitted_by
                else when
            )
            if line.state == ROUND_TAMPERED:
                status = cell(
                    tr_rollup("Changed after submission"),
                    color=RED,
                    background=TAMPERED_BACKGROUND,
                    bold=True,
                    tip=tr_rollup(
                        "The frozen snapshot no longer matches its hash: stored %1, now %2. Its figures are not read."
                    )
                    .replace("%1", line.sha256[:16])
                    .replace("%2", line.actual_sha256[:16]),
                )
                figures = [cell("–", Kind.NUMBER), cell("–", Kind.NUMBER), cell("–", Kind.MONEY)]
                sha = cell(line.sha256[:12] + "…" if line.sha256 else "–", color=RED, tip=line.sha256)
            elif line.state == ROUND_SUBMITTED:
                status = cell(
                    tr_rollup("Submitted"),
                    color=GREEN,
                    tip=f"{tr_rollup('Frozen; its hash checks out.')}\n{by}\nSHA-256 {line.sha256}",
                )
                short = line.households_1hh1c < line.min_households
                figures = [
                    cell(
                        f"{line.households_1hh1c:,}",
                        Kind.NUMBER,
                        color=RED if short else None,
                        tip=tr_rollup("At least %1").replace("%1", str(line.min_households)),
                    ),
                    cell(f"{line.contracts:,}", Kind.NUMBER),
                    cell(format_baht(line.arrears), Kind.MONEY, color=RED if line.arrears > Decimal(0) else None),
                ]
                sha = cell(line.sha256[:12] + "…", tip=line.sha256)
            else:
                status = cell(tr_rollup("Not submitted"), color=QColor("#8a5a00"))
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
            tr_rollup("%1 of %2 rounds submitted by %3 institutes.")
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
