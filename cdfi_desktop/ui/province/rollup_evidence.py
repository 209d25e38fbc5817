"""The roll-up's evidence tab: every institute's evidence checklist (guideline 4.3). It shows what ``rollup_data``
read; it reads nothing by itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from cdfi_desktop.ui.province.rollup_tabs import (
    GREEN,
    clear_rows,
    short_name,
    summary_label,
    tab_column,
    tr_rollup,
    unsorted,
)
from cdfi_desktop.ui.reports.common import cell
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets.table import Column, Kind, RegisterTable

if TYPE_CHECKING:
    from cdfi_desktop.ui.province.rollup_data import Evidence

CONTEXT = "ProvinceRollup"  # as rollup_tabs.CONTEXT, here for the translation check


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
        column = tab_column(self)
        self.summary = summary_label()
        column.addWidget(self.summary)
        self.table = RegisterTable(EVIDENCE_COLUMNS, context=CONTEXT, key="province_rollup_evidence", sortable=True)
        self.table.setObjectName("rollupEvidenceTable")
        self.model = self.table.standard_model()
        unsorted(self.table)
        column.addWidget(self.table, 1)
        self.retranslate()

    def show_data(self, data: Evidence | None) -> None:
        self.data = data
        self._show()

    def _show(self) -> None:
        self.table.setSortingEnabled(False)
        clear_rows(self.table)
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
                        missing or tr_rollup("Nothing: every item is there"),
                        color=None if missing else GREEN,
                        tip="\n".join(line.titles),
                    ),
                ]
            )
        self.table.setSortingEnabled(True)
        complete = sum(1 for line in self.data.lines if line.present == line.total)
        self.summary.setText(
            tr_rollup("%1 of %2 institutes have every item of evidence (guideline 4.3).")
            .replace("%1", f"{complete:,}")
            .replace("%2", f"{len(self.data.lines):,}")
        )

    def retranslate(self) -> None:
        self.table.retranslate()
        self._show()
