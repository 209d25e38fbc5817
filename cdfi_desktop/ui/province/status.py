"""The province's district status: every enrolled laptop with the districts it sends for, its last bundle and its
date, the last receipt sent back, the bundles held for a gap, the conflicts and duplicates still open, and how many
days its data is old; sortable by any column, the stalest on top."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from cdfi_desktop.ui.province.common import KEY_ROLE, SORT_ROLE, cell, date_text, days_text
from cdfi_desktop.ui.province.data import DeviceLine, load_status
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets.empty import EmptyOr
from cdfi_desktop.ui.widgets.fields import screen_language
from cdfi_desktop.ui.widgets.page import Page
from cdfi_desktop.ui.widgets.screen import LazyScreen
from cdfi_desktop.ui.widgets.table import Column, Kind, RegisterTable

if TYPE_CHECKING:
    from cdfi_desktop.ui.ops import Ops

COLUMNS = (
    Column(QT_TRANSLATE_NOOP("StatusScreen", "Officer"), Kind.TEXT, stretch=True),
    Column(QT_TRANSLATE_NOOP("StatusScreen", "District"), Kind.TEXT, priority=2),
    Column(QT_TRANSLATE_NOOP("StatusScreen", "Institutes"), Kind.NUMBER, priority=3),
    Column(QT_TRANSLATE_NOOP("StatusScreen", "Last bundle"), Kind.NUMBER),
    Column(QT_TRANSLATE_NOOP("StatusScreen", "Sent on"), Kind.DATE),
    Column(QT_TRANSLATE_NOOP("StatusScreen", "Last receipt"), Kind.DATE, priority=1),
    Column(QT_TRANSLATE_NOOP("StatusScreen", "Held"), Kind.NUMBER),
    Column(QT_TRANSLATE_NOOP("StatusScreen", "Conflicts"), Kind.NUMBER),
    Column(QT_TRANSLATE_NOOP("StatusScreen", "Duplicates"), Kind.NUMBER),
    Column(QT_TRANSLATE_NOOP("StatusScreen", "Data age"), Kind.NUMBER),
)
STALE_COLUMN = len(COLUMNS) - 1
NEVER = 10**6  # the data age a laptop that never sent sorts by


class StatusScreen(LazyScreen):
    """The district status table of the province."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.setObjectName("provinceStatus")
        self.lines: list[DeviceLine] = []
        self.loaded = False
        self.page = Page(self)
        self.refresh_button = self.page.actions.add(self.reload)
        self.page.actions.stretch()
        self.table = RegisterTable(COLUMNS, context="StatusScreen", key="province_status", sortable=True)
        self.model = self.table.standard_model()
        self.model.setSortRole(SORT_ROLE)
        self.page.actions.add(widget=self.table.chooser_button())
        self.area = EmptyOr(self.table)
        self.page.body.addWidget(self.area, 1)
        self.retranslate()

    def reload(self) -> None:
        self._stale = False
        language = screen_language()
        self.ops.query(lambda db: load_status(db, language=language), success=self._loaded)

    def _loaded(self, lines: list[DeviceLine]) -> None:
        self.lines, self.loaded = lines, True
        self._show()

    def device_ids(self) -> list[str]:
        """The devices as the table lists them now, top first."""
        return [str(self.model.item(r, 0).data(KEY_ROLE)) for r in range(self.model.rowCount())]

    def _show(self) -> None:
        self.model.setRowCount(0)
        for line in self.lines:
            held = ", ".join(str(s) for s in line.held)
            officer = cell(line.officer or line.device_id[:8], tip=line.device_id)
            officer.setData(line.device_id, KEY_ROLE)
            if line.revoked:
                officer.setText(self.tr("%1 (revoked)").replace("%1", line.officer or line.device_id[:8]))
            stale = -1 if line.revoked else (NEVER if line.stale_days is None else line.stale_days)
            receipt = date_text(line.last_receipt_at)
            if line.last_receipt_seq:
                receipt = self.tr("No. %1, %2").replace("%1", str(line.last_receipt_seq)).replace("%2", receipt)
            self.model.appendRow(
                [
                    officer,
                    cell(line.districts or "–"),
                    cell(str(line.institutes), line.institutes, number=True),
                    cell(str(line.last_seq) if line.last_seq else "–", line.last_seq, number=True),
                    cell(date_text(line.last_bundle_at), line.last_bundle_at.timestamp() if line.last_bundle_at else 0),
                    cell(receipt, line.last_receipt_at.timestamp() if line.last_receipt_at else 0),
                    cell(str(len(line.held)) if line.held else "–", len(line.held), number=True, tip=held),
                    cell(str(line.conflicts) if line.conflicts else "–", line.conflicts, number=True),
                    cell(str(line.duplicates) if line.duplicates else "–", line.duplicates, number=True),
                    cell("–" if line.revoked else days_text(line.stale_days), stale, number=True),
                ]
            )
        self.table.sortByColumn(STALE_COLUMN, Qt.SortOrder.DescendingOrder)  # the stalest on top
        if self.lines:
            self.area.show_content()
        elif self.loaded:
            self.area.show_empty(
                self.tr("No laptop is enrolled yet. Enrol the officers' laptops in step 1 (Laptops) from their files.")
            )
        self.table.refit()

    def retranslate(self) -> None:
        self.page.set_heading(self.tr("District status"))
        self.refresh_button.setText(self.tr("Read again"))
        self.table.retranslate()
        if self.loaded:
            self._show()
