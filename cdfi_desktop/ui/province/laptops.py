"""The province's step 1: its own key (and its key file for the laptops), and the laptops it enrolled with their
officers: enrol one from its enrolment file, revoke one with a reason."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from cdfi_desktop.ui.sync.actions import SyncActions, failure_text, load_status
from cdfi_desktop.ui.sync.province import ProvincePage
from cdfi_desktop.ui.widgets.page import Page
from cdfi_desktop.ui.widgets.screen import LazyScreen

if TYPE_CHECKING:
    from cdfi_desktop.sync.service import SyncStatus
    from cdfi_desktop.ui.ops import Ops


class LaptopsScreen(LazyScreen):
    """The keys-and-laptops card of the province's page, as a step of its own."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.setObjectName("provinceLaptops")
        self.page = Page(self)
        self.page.actions.hide()
        self.sync_actions = SyncActions(ops, self)
        self.sync_actions.said.connect(self._said)
        self.province_page = ProvincePage(ops, self.sync_actions)
        tabs = self.province_page.tabs
        for index in range(1, tabs.count()):  # the bundles and the conflicts have steps of their own
            tabs.setTabVisible(index, False)
        tabs.tabBar().hide()
        tabs.setDocumentMode(True)
        self.page.body.addWidget(self.province_page, 1)
        self.retranslate()

    def reload(self) -> None:
        self._stale = False
        self.ops.query(load_status, success=self._loaded, failure=self._failed)

    def _loaded(self, status: SyncStatus) -> None:
        self.sync_actions.device_id = status.device_id
        self.province_page.show_status(status)
        self.province_page.reload()

    def _failed(self, exc: Exception) -> None:
        self.page.show_problem(failure_text(exc))

    def _said(self, text: str, state: str) -> None:
        if state in ("error", "warning"):
            self.page.show_problem(text)
        else:
            self.page.clear_problem()
            self.page.say(text)

    def retranslate(self) -> None:
        self.page.set_heading(self.tr("Laptops and keys"))
