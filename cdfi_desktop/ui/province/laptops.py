"""The province's step 1: its own key (and its key file for the laptops), and the laptops it enrolled with their
officers: enrol one from its enrolment file, revoke one with a reason (``ui/sync/province.py`` LaptopsCard)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from cdfi_desktop.ui.sync.actions import SyncActions
from cdfi_desktop.ui.sync.province import LaptopsCard
from cdfi_desktop.ui.widgets.page import Page
from cdfi_desktop.ui.widgets.screen import LazyScreen

if TYPE_CHECKING:
    from cdfi_desktop.ui.ops import Ops


class LaptopsScreen(LazyScreen):
    """The province's keys-and-laptops card, as a step of its own."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.setObjectName("provinceLaptops")
        self.page = Page(self)
        self.page.actions.hide()  # the card has its own
        self.sync_actions = SyncActions(ops, self)
        self.sync_actions.said.connect(self._said)
        self.card = LaptopsCard(ops, self.sync_actions)
        self.page.body.addWidget(self.card, 1)
        self.retranslate()

    def reload(self) -> None:
        self._stale = False
        self.card.reload()

    def _said(self, text: str, state: str) -> None:
        if state in ("error", "warning"):
            self.page.show_problem(text)
        else:
            self.page.clear_problem()
            self.page.say(text)

    def retranslate(self) -> None:
        self.page.set_heading(self.tr("Laptops and keys"))
