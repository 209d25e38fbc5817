"""The province's district status: every enrolled laptop with the districts it sends for, its last bundle and its
date, the last receipt sent back, the bundles held for a gap, the conflicts and duplicates still open, and how many
days its data is old; the same per district and per institute. Each table sorts by any column, the stalest on top."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QTabWidget, QWidget

from cdfi_desktop.ui.province.common import KEY_ROLE, SORT_ROLE, cell, date_text, days_text, go_to_step
from cdfi_desktop.ui.province.data import AreaLine, ProvinceView, load_status
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets.empty import EmptyOr
from cdfi_desktop.ui.widgets.fields import screen_language
from cdfi_desktop.ui.widgets.page import Page
from cdfi_desktop.ui.widgets.screen import LazyScreen
from cdfi_desktop.ui.widgets.table import Column, Kind, RegisterTable

if TYPE_CHECKING:
    from cdfi_desktop.ui.ops import Ops

DEVICES = (
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
DISTRICTS = (
    Column(QT_TRANSLATE_NOOP("StatusScreen", "District"), Kind.TEXT, stretch=True),
    Column(QT_TRANSLATE_NOOP("StatusScreen", "Institutes"), Kind.NUMBER),
    Column(QT_TRANSLATE_NOOP("StatusScreen", "Laptops"), Kind.NUMBER, priority=2),
    Column(QT_TRANSLATE_NOOP("StatusScreen", "Nothing sent yet"), Kind.NUMBER),
    Column(QT_TRANSLATE_NOOP("StatusScreen", "Last data"), Kind.DATE),
    Column(QT_TRANSLATE_NOOP("StatusScreen", "Held"), Kind.NUMBER),
    Column(QT_TRANSLATE_NOOP("StatusScreen", "Conflicts"), Kind.NUMBER),
    Column(QT_TRANSLATE_NOOP("StatusScreen", "Duplicates"), Kind.NUMBER),
    Column(QT_TRANSLATE_NOOP("StatusScreen", "Data age"), Kind.NUMBER),
)
INSTITUTES = (
    Column(QT_TRANSLATE_NOOP("StatusScreen", "District"), Kind.TEXT, priority=1),
    Column(QT_TRANSLATE_NOOP("StatusScreen", "Institute"), Kind.TEXT, stretch=True),
    Column(QT_TRANSLATE_NOOP("StatusScreen", "Sent by"), Kind.TEXT, priority=2),
    Column(QT_TRANSLATE_NOOP("StatusScreen", "Last data"), Kind.DATE),
    Column(QT_TRANSLATE_NOOP("StatusScreen", "Held"), Kind.NUMBER),
    Column(QT_TRANSLATE_NOOP("StatusScreen", "Conflicts"), Kind.NUMBER),
    Column(QT_TRANSLATE_NOOP("StatusScreen", "Duplicates"), Kind.NUMBER),
    Column(QT_TRANSLATE_NOOP("StatusScreen", "Data age"), Kind.NUMBER),
)


def _count(n: int) -> str:
    return f"{n:,}" if n else "–"


def _stamp(moment: object) -> float:
    return moment.timestamp() if hasattr(moment, "timestamp") else 0.0


class StatusScreen(LazyScreen):
    """The district status tables of the province: by laptop, by district, by institute."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.setObjectName("provinceStatus")
        self.view = ProvinceView([], [], [])
        self.loaded = False
        self.page = Page(self)
        self.refresh_button = self.page.actions.add(self.reload)
        self.page.actions.stretch()
        self.table = self._table(DEVICES, "province_status")
        self.districts_table = self._table(DISTRICTS, "province_status_districts")
        self.institutes_table = self._table(INSTITUTES, "province_status_institutes")
        self.model = self._model(self.table)
        self.districts_model = self._model(self.districts_table)
        self.institutes_model = self._model(self.institutes_table)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("statusTabs")
        for table in (self.table, self.districts_table, self.institutes_table):
            self.tabs.addTab(table, "")
        self.tabs.currentChanged.connect(lambda _index: self._show_chooser())
        self.choosers = [t.chooser_button() for t in (self.table, self.districts_table, self.institutes_table)]
        for chooser in self.choosers:
            self.page.actions.add(widget=chooser)
        self.area = EmptyOr(self.tabs)
        self.page.body.addWidget(self.area, 1)
        self._show_chooser()
        self.retranslate()

    @staticmethod
    def _table(columns: tuple[Column, ...], key: str) -> RegisterTable:
        return RegisterTable(columns, context="StatusScreen", key=key, sortable=True)

    @staticmethod
    def _model(table: RegisterTable) -> QStandardItemModel:
        model = table.standard_model()
        model.setSortRole(SORT_ROLE)
        return model

    def _show_chooser(self) -> None:
        for index, chooser in enumerate(self.choosers):
            chooser.setVisible(index == self.tabs.currentIndex())

    def reload(self) -> None:
        self._stale = False
        language = screen_language()
        self.ops.query(lambda db: load_status(db, language=language), success=self._loaded)

    def _loaded(self, view: ProvinceView) -> None:
        self.view, self.loaded = view, True
        self._show()

    def device_ids(self) -> list[str]:
        """The devices as the table lists them now, top first."""
        return [str(self.model.item(r, 0).data(KEY_ROLE)) for r in range(self.model.rowCount())]

    def area_keys(self, model: QStandardItemModel) -> list[str]:
        return [str(model.item(r, 0).data(KEY_ROLE)) for r in range(model.rowCount())]

    def _show(self) -> None:
        self._show_devices()
        self._show_areas(self.districts_model, self.view.districts, institute=False)
        self._show_areas(self.institutes_model, self.view.institutes, institute=True)
        self.tabs.setTabVisible(1, bool(self.view.districts))
        self.tabs.setTabVisible(2, bool(self.view.institutes))
        if self.view.devices:
            self.area.show_content()
        elif self.loaded:
            self.area.show_empty(
                self.tr("No laptop is enrolled yet. Enrol the officers' laptops from their enrolment files."),
                self.tr("Enrol laptops"),
                lambda: go_to_step(self, "laptops"),
            )

    def _show_devices(self) -> None:
        self.model.setRowCount(0)
        for line in self.view.devices:
            held = ", ".join(str(s) for s in line.held)
            officer = cell(line.officer or line.device_id[:8], tip=line.device_id)
            officer.setData(line.device_id, KEY_ROLE)
            if line.revoked:
                officer.setText(self.tr("%1 (revoked)").replace("%1", line.officer or line.device_id[:8]))
            stale = -1 if line.revoked else line.waiting_days
            receipt = date_text(line.last_receipt_at)
            if line.last_receipt_seq:
                receipt = self.tr("No. %1, %2").replace("%1", str(line.last_receipt_seq)).replace("%2", receipt)
            self.model.appendRow(
                [
                    officer,
                    cell(line.districts or "–"),
                    cell(str(line.institutes), line.institutes, number=True),
                    cell(str(line.last_seq) if line.last_seq else "–", line.last_seq, number=True),
                    cell(date_text(line.last_bundle_at), _stamp(line.last_bundle_at)),
                    cell(receipt, _stamp(line.last_receipt_at)),
                    cell(_count(len(line.held)), len(line.held), number=True, tip=held),
                    cell(_count(line.conflicts), line.conflicts, number=True),
                    cell(_count(line.duplicates), line.duplicates, number=True),
                    cell("–" if line.revoked else days_text(line.stale_days), stale, number=True),
                ]
            )
        self.table.sortByColumn(len(DEVICES) - 1, Qt.SortOrder.DescendingOrder)  # the stalest on top

    def _show_areas(self, model: QStandardItemModel, lines: list[AreaLine], *, institute: bool) -> None:
        model.setRowCount(0)
        for line in lines:
            stale = line.waiting_days
            first = cell(line.district or "–")
            first.setData(line.key, KEY_ROLE)
            last = [
                cell(date_text(line.last_bundle_at), _stamp(line.last_bundle_at)),
                cell(_count(line.held), line.held, number=True),
                cell(_count(line.conflicts), line.conflicts, number=True),
                cell(_count(line.duplicates), line.duplicates, number=True),
                cell(days_text(line.stale_days), stale, number=True),
            ]
            if institute:
                middle = [cell(line.name), cell(line.officers or self.tr("no laptop"))]
            else:
                middle = [
                    cell(str(line.institutes), line.institutes, number=True),
                    cell(line.officers or "–", int(line.officers) if line.officers.isdigit() else 0, number=True),
                    cell(_count(line.never_sent), line.never_sent, number=True),
                ]
            model.appendRow([first, *middle, *last])
        table = self.institutes_table if institute else self.districts_table
        table.sortByColumn(model.columnCount() - 1, Qt.SortOrder.DescendingOrder)

    def retranslate(self) -> None:
        self.page.set_heading(self.tr("District status"))
        self.refresh_button.setText(self.tr("Read again"))
        self.tabs.setTabText(0, self.tr("By laptop"))
        self.tabs.setTabText(1, self.tr("By district"))
        self.tabs.setTabText(2, self.tr("By institute"))
        for table in (self.table, self.districts_table, self.institutes_table):
            table.retranslate()
        if self.loaded:
            self._show()
            if self.isVisible():
                self.reload()  # the districts' names in the new language
            else:
                self._stale = True  # read again when next shown
