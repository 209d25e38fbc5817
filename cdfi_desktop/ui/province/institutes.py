"""The institutes the province holds, by district: name, code, the laptop that sends each, and when its data last
came. "Open" shows the chosen institute in the officer's screens, read-only (``open_institute``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from cdfi_desktop.ui.province.common import KEY_ROLE, SORT_ROLE, cell, date_text, days_text, go_to_step
from cdfi_desktop.ui.province.data import AreaLine, load_institutes
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets.empty import EmptyOr
from cdfi_desktop.ui.widgets.fields import screen_language
from cdfi_desktop.ui.widgets.page import Page
from cdfi_desktop.ui.widgets.screen import LazyScreen
from cdfi_desktop.ui.widgets.table import Column, Kind, RegisterTable

if TYPE_CHECKING:
    from cdfi_desktop.ui.ops import Ops

COLUMNS = (
    Column(QT_TRANSLATE_NOOP("InstitutesScreen", "District"), Kind.TEXT),
    Column(QT_TRANSLATE_NOOP("InstitutesScreen", "Institute"), Kind.TEXT, stretch=True),
    Column(QT_TRANSLATE_NOOP("InstitutesScreen", "Code"), Kind.TEXT, priority=2),
    Column(QT_TRANSLATE_NOOP("InstitutesScreen", "Sent by"), Kind.TEXT, priority=1),
    Column(QT_TRANSLATE_NOOP("InstitutesScreen", "Last data"), Kind.DATE),
    Column(QT_TRANSLATE_NOOP("InstitutesScreen", "Data age"), Kind.NUMBER, priority=3),
)


class InstitutesScreen(LazyScreen):
    """Every institute of the province; one opened shows in the officer's screens, read-only."""

    open_institute = Signal(str)

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.setObjectName("provinceInstitutes")
        self.lines: list[AreaLine] = []
        self.loaded = False
        self.page = Page(self)
        self.open_button = self.page.actions.add(self.open_chosen, editing=False)
        self.page.actions.stretch()
        self.table = RegisterTable(COLUMNS, context="InstitutesScreen", key="province_institutes", sortable=True)
        self.model = self.table.standard_model()
        self.model.setSortRole(SORT_ROLE)
        self.page.actions.add(widget=self.table.chooser_button())
        self.table.doubleClicked.connect(lambda _index: self.open_chosen())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_enabled())
        self.area = EmptyOr(self.table)
        self.page.body.addWidget(self.area, 1)
        self.retranslate()

    def reload(self) -> None:
        self._stale = False
        language = screen_language()
        self.ops.query(lambda db: load_institutes(db, language=language), success=self._loaded)

    def _loaded(self, lines: list[AreaLine]) -> None:
        self.lines, self.loaded = lines, True
        self._show()

    def chosen(self) -> str | None:
        value = self.table.chosen_value(KEY_ROLE, 1)
        return None if value is None else str(value)

    def choose(self, institute_id: str) -> bool:
        return self.table.select_where(KEY_ROLE, institute_id, 1)

    def open_chosen(self) -> None:
        institute_id = self.chosen()
        if institute_id is not None:
            self.open_institute.emit(institute_id)

    def _show(self) -> None:
        chosen = self.chosen()
        self.model.setRowCount(0)
        for line in self.lines:
            name = cell(line.name)
            name.setData(line.key, KEY_ROLE)
            last = line.last_bundle_at.timestamp() if line.last_bundle_at else 0
            self.model.appendRow(
                [
                    cell(line.district or "–"),
                    name,
                    cell(line.code or "–"),
                    cell(line.officers or self.tr("no laptop")),
                    cell(date_text(line.last_bundle_at), last),
                    cell(days_text(line.stale_days), line.waiting_days, number=True),
                ]
            )
        if chosen is not None:
            self.choose(chosen)
        if self.lines:
            self.area.show_content()
        elif self.loaded:
            self.area.show_empty(
                self.tr("The province holds no institute yet. They come with the laptops' first bundles."),
                self.tr("Import bundles"),
                lambda: go_to_step(self, "import"),
            )
        self._update_enabled()

    def _update_enabled(self) -> None:
        self.page.actions.set_available(
            self.open_button, self.chosen() is not None, self.tr("Choose an institute in the list first.")
        )

    def retranslate(self) -> None:
        self.page.set_heading(self.tr("Institutes"))
        self.open_button.setText(self.tr("Open (read-only)"))
        self.page.actions.set_tip(
            self.open_button, self.tr("Show this institute in the officer's screens; nothing can be changed there.")
        )
        self.table.retranslate()
        if self.loaded:
            self._show()
            if self.isVisible():
                self.reload()  # the districts' names in the new language
            else:
                self._stale = True  # read again when next shown
