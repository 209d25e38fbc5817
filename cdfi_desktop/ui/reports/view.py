"""The "indicators and reports" step: the five criteria and the dashboard, the report rounds, the activities
with their deadlines, and the evidence pack, one tab each (each tab loads when first shown)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from cdfi_desktop.ui.ops import Ops
from cdfi_desktop.ui.reports.activities import ActivitiesTab
from cdfi_desktop.ui.reports.dashboard import DashboardTab
from cdfi_desktop.ui.reports.evidence import EvidenceTab
from cdfi_desktop.ui.reports.rounds import RoundsTab


class ReportsScreen(QWidget):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reports")
        self.ops = ops
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        self.tabs = QTabWidget()
        self.dashboard = DashboardTab(ops)
        self.rounds = RoundsTab(ops)
        self.activities = ActivitiesTab(ops)
        self.evidence = EvidenceTab(ops)
        for tab in (self.dashboard, self.rounds, self.activities, self.evidence):
            self.tabs.addTab(tab, "")
        layout.addWidget(self.tabs)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for index, text in enumerate(
            (
                self.tr("Indicators"),
                self.tr("1HH1C report rounds"),
                self.tr("Activities and BPM"),
                self.tr("Evidence"),
            )
        ):
            self.tabs.setTabText(index, text)
