"""The audit trail viewer: filters (a record, an officer or account, a date range, an action), the entries found
(loaded on the Ops worker), a banner when the chain check finds the trail tampered with, and an Excel export."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cdfi_desktop.domain.errors import DomainError
from cdfi_desktop.services import audit
from cdfi_desktop.ui.audit.model import CHANGE, REASON, RECORD, AuditModel
from cdfi_desktop.ui.ops import Ops
from cdfi_desktop.ui.widgets.fields import DateField, screen_language
from cdfi_desktop.ui.widgets.fit import fit_to_screen

LIMIT = 1000  # entries shown at once (the newest the filters keep); the export takes every one


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditViewer", text)


def _full_ids() -> bool:
    try:
        from cdfi_desktop.ui.privacy import disclosure
    except ImportError:  # pragma: no cover - before the privacy module
        return False
    return bool(getattr(disclosure(), "revealed", False))


class AuditViewer(QDialog):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.language = screen_language()
        self.setWindowTitle(_tr("Audit trail"))
        self.report: audit.ChainReport | None = None
        self.loaded = 0  # loads finished (tests wait on it)

        self.record = QLineEdit()
        self.record.setPlaceholderText(_tr("Household name or no., contract no."))
        self.officer = QComboBox()
        self.officer.setEditable(True)
        self.since = DateField(name=_tr("From"))
        self.until = DateField(name=_tr("To"))
        self.action = QComboBox()
        self.action.addItem(_tr("Every action"), None)
        for value in ("create", "update", "delete"):
            self.action.addItem(audit.action_label(value, self.language), value)
        self.search = QPushButton(_tr("Search"))
        self.search.setDefault(False)
        self.search.setAutoDefault(False)
        self.search.clicked.connect(self.reload)
        self.record.returnPressed.connect(self.reload)

        filters = QGridLayout()
        filters.addWidget(QLabel(_tr("Record")), 0, 0)
        filters.addWidget(self.record, 0, 1)
        filters.addWidget(QLabel(_tr("Officer")), 0, 2)
        filters.addWidget(self.officer, 0, 3)
        filters.addWidget(QLabel(_tr("Action")), 0, 4)
        filters.addWidget(self.action, 0, 5)
        filters.addWidget(QLabel(_tr("From")), 1, 0)
        filters.addWidget(self.since, 1, 1)
        filters.addWidget(QLabel(_tr("To")), 1, 2)
        filters.addWidget(self.until, 1, 3)
        filters.addWidget(self.search, 1, 5)
        filters.setColumnStretch(1, 3)
        filters.setColumnStretch(3, 2)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background:#FADBD8;color:#9C0006;padding:6px;font-weight:bold;")
        self.banner.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.model = AuditModel(self.language)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((140, 160, 100, 290, 150, 240, 210)):
            self.table.setColumnWidth(column, width)

        self.export = QPushButton(_tr("Export to Excel…"))
        self.export.setAutoDefault(False)
        self.export.clicked.connect(self._choose_export)
        close = QPushButton(_tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.export)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(1300, 640)
        fit_to_screen(self)
        self._load_officers()
        self.check_chain()
        self.reload()

    # -- filters ----------------------------------------------------------------------------------------------------

    def filters(self) -> dict[str, Any]:
        def day(field: DateField) -> date | None:
            try:
                return field.value()
            except DomainError:
                return None

        return {
            "record": self.record.text().strip() or None,
            "officer": self.officer.currentText().strip() or None,
            "since": day(self.since),
            "until": day(self.until),
            "action": self.action.currentData(),
        }

    def filter_lines(self) -> list[str]:
        shown = self.filters()
        lines = []
        for key, label in (("record", "Record"), ("officer", "Officer"), ("action", "Action")):
            if shown[key]:
                value = audit.action_label(shown[key], self.language) if key == "action" else shown[key]
                lines.append(f"{_tr(label)}: {value}")
        if shown["since"] or shown["until"]:
            lines.append(f"{_tr('From')} {self.since.text() or '…'} {_tr('To')} {self.until.text() or '…'}")
        return lines

    def _load_officers(self) -> None:
        def shown(names: list[str]) -> None:
            current = self.officer.currentText()
            self.officer.clear()
            self.officer.addItem("")
            self.officer.addItems(names)
            self.officer.setCurrentText(current)

        self.ops.query(audit.officers, success=shown)

    # -- loading ----------------------------------------------------------------------------------------------------

    def check_chain(self) -> None:
        self.ops.query(audit.verify_chain, success=self._show_chain)

    def _show_chain(self, report: audit.ChainReport) -> None:
        self.report = report
        self.banner.setVisible(not report.ok)
        if not report.ok:
            self.banner.setText(report.text(self.language))

    def reload(self) -> None:
        query = dict(self.filters(), limit=LIMIT, language=self.language, full_ids=_full_ids())
        self.search.setEnabled(False)
        self.ops.query(lambda db: audit.entries(db, **query), success=self._show, failure=self._failed)

    def _show(self, entries: list[audit.AuditEntryView]) -> None:
        self.model.set_entries(entries)
        self.table.resizeRowsToContents()
        self.search.setEnabled(True)
        count = len(entries)
        if count >= LIMIT:
            self.status.setText(_tr_n("The newest %n entries (narrow the filters to see older ones)", count))
        else:
            self.status.setText(_tr_n("%n entries", count))
        self.loaded += 1

    def _failed(self, error: Exception) -> None:
        self.search.setEnabled(True)
        self.status.setText(str(error))
        self.loaded += 1

    # -- export -----------------------------------------------------------------------------------------------------

    def _choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, _tr("Export to Excel…"), "audit.xlsx", "Excel (*.xlsx)")
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write what the table shows (the filters' entries, all of them) to ``path`` on the Ops worker."""
        query = dict(self.filters(), language=self.language, full_ids=_full_ids())
        lines = self.filter_lines()
        from cdfi_desktop.reports.audit_xlsx import write_audit_xlsx

        self.ops.query(
            lambda db: write_audit_xlsx(audit.sheet(db, filters=lines, **query), path),
            success=lambda done: self.status.setText(_tr("Saved %1").replace("%1", str(done))),
            failure=self._failed,
        )


def _tr_n(text: str, count: int) -> str:
    return QCoreApplication.translate("AuditViewer", text, "", count)


def open_audit_viewer(parent: QWidget | None, ops: Ops) -> AuditViewer:
    """Open the viewer (non-modal) over ``parent``; returns it."""
    viewer = AuditViewer(ops, parent)
    viewer.show()
    return viewer


__all__ = ["CHANGE", "REASON", "RECORD", "AuditViewer", "open_audit_viewer"]
