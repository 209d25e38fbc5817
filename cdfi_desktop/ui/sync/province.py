"""The province's page of step 10: its own key, the laptops it enrolled (enrol, revoke), importing their bundles
(or only checking them) with what became of each, the bundles imported with their import reports, and the conflicts
and duplicates held for review (mark one resolved). In province mode its first card (the key and the laptops) is the
province's step 1 (``ui/province/laptops.py``); importing, the status and the review have steps of their own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cdfi_desktop.ui.backup_preview import when_text
from cdfi_desktop.ui.sync.actions import SyncActions, failure_text, outcome_text
from cdfi_desktop.ui.sync.dialogs import (
    ImportReportView,
    ReportHeader,
    card,
    fingerprint_font,
    form,
    read_only_table,
    text_item,
    value_label,
)
from cdfi_desktop.ui.sync.province_data import (
    HeldConflict,
    ImportedBundle,
    Laptop,
    ProvinceData,
    load_province,
    value_text,
)
from cdfi_desktop.ui.sync.tables import kind_label, status_label, table_label
from cdfi_desktop.ui.widgets.page import ActionBar
from cdfi_desktop.ui.widgets.screen import Retranslates
from cdfi_desktop.ui.widgets.split import MasterDetail
from cdfi_desktop.ui.widgets.thai_text import WrappingLabel

if TYPE_CHECKING:
    from cdfi_desktop.sync.service import ImportOutcome, SyncStatus
    from cdfi_desktop.ui.ops import Ops


# -- the page -------------------------------------------------------------------------------------------------------
class ProvincePage(Retranslates, QWidget):
    """The province's step 10, on three tabs: keys and laptops, bundles imported, conflicts and duplicates."""

    def __init__(self, ops: Ops, sync_actions: SyncActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("provincePage")
        self.ops, self.sync_actions = ops, sync_actions
        self.status: SyncStatus | None = None
        self.data: ProvinceData | None = None
        self.outcomes: list[ImportOutcome] = []
        sync_actions.busy_changed.connect(self._set_busy)
        sync_actions.progressed.connect(self._progressed)
        sync_actions.done.connect(self._done)
        # the buttons sit on the tabs' cards; the kit's action bar (never shown) keeps what each says when disabled
        self.availability = ActionBar(self)
        self.availability.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("provinceTabs")
        layout.addWidget(self.tabs)
        self.tabs.addTab(self._keys_tab(), "")
        self.tabs.addTab(self._bundles_tab(), "")
        self.tabs.addTab(self._conflicts_tab(), "")
        self.retranslate()

    # -- the tabs --------------------------------------------------------------------------------------------------
    def _keys_tab(self) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        column.setContentsMargins(0, 8, 0, 0)
        column.setSpacing(8)
        self.key_title = QLabel()
        frame, inside = card(self.key_title)
        self.key_captions = [QLabel() for _ in range(4)]
        self.key_values = [value_label() for _ in range(4)]
        for label in self.key_values[2:]:
            label.setFont(fingerprint_font(self.font()))
        inside.addLayout(form(list(zip(self.key_captions, self.key_values, strict=True))))
        self.key_note = WrappingLabel()
        self.key_note.setWordWrap(True)
        inside.addWidget(self.key_note)
        self.export_key_button = QPushButton()
        self.export_key_button.setObjectName("exportProvinceKey")
        self.export_key_button.clicked.connect(self.sync_actions.export_province_key)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.export_key_button)
        inside.addLayout(row)
        column.addWidget(frame)

        self.laptops_title = QLabel()
        frame, inside = card(self.laptops_title)
        self.laptops_table = read_only_table(7, "laptopsTable")
        header = self.laptops_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.laptops_table.setColumnWidth(0, 220)
        for index in range(2, 7):
            header.setSectionResizeMode(index, QHeaderView.ResizeMode.ResizeToContents)
        self.laptops_table.itemSelectionChanged.connect(self._update_enabled)
        inside.addWidget(self.laptops_table, 1)
        self.no_laptops = WrappingLabel()
        self.no_laptops.setWordWrap(True)
        inside.addWidget(self.no_laptops)
        inside.addStretch(0)  # takes the table's place when no laptop is enrolled
        self.laptops_layout = inside
        row = QHBoxLayout()
        self.revoke_button = QPushButton()
        self.revoke_button.setObjectName("revokeLaptop")
        self.revoke_button.clicked.connect(self._revoke)
        self.enrol_button = QPushButton()
        self.enrol_button.setObjectName("enrolLaptop")
        self.enrol_button.clicked.connect(self.sync_actions.enrol)
        row.addStretch(1)
        row.addWidget(self.revoke_button)
        row.addWidget(self.enrol_button)
        inside.addLayout(row)
        column.addWidget(frame, 1)
        return tab

    def _bundles_tab(self) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        column.setContentsMargins(0, 8, 0, 0)
        column.setSpacing(6)
        row = QHBoxLayout()
        self.import_lead = WrappingLabel()
        self.import_lead.setWordWrap(True)
        self.dry_run_check = QCheckBox()
        self.dry_run_check.setObjectName("dryRun")
        self.import_button = QPushButton()
        self.import_button.setObjectName("importBundles")
        self.import_button.clicked.connect(
            lambda: self.sync_actions.import_bundles(dry_run=self.dry_run_check.isChecked())
        )
        row.addWidget(self.import_lead, 1)
        row.addWidget(self.dry_run_check)
        row.addWidget(self.import_button)
        column.addLayout(row)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setTextVisible(True)
        self.progress.hide()
        column.addWidget(self.progress)
        self.outcomes_table = read_only_table(3, "outcomesTable")
        self.outcomes_table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        header = self.outcomes_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.outcomes_table.setColumnWidth(0, 260)
        self.outcomes_table.hide()
        column.addWidget(self.outcomes_table)

        left = QWidget()
        inner = QVBoxLayout(left)
        inner.setContentsMargins(0, 0, 0, 0)
        self.bundles_title = QLabel()
        self.bundles_title.setObjectName("sectionTitle")
        inner.addWidget(self.bundles_title)
        self.bundles_table = read_only_table(5, "bundlesTable")
        header = self.bundles_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for index in range(1, 5):
            header.setSectionResizeMode(index, QHeaderView.ResizeMode.ResizeToContents)
        self.bundles_table.itemSelectionChanged.connect(self._bundle_chosen)
        inner.addWidget(self.bundles_table, 1)
        self.no_bundles = WrappingLabel()
        self.no_bundles.setWordWrap(True)
        inner.addWidget(self.no_bundles)
        inner.addStretch(0)  # takes the table's place when nothing was imported
        self.bundles_layout = inner
        right = QWidget()
        inner = QVBoxLayout(right)
        inner.setContentsMargins(0, 0, 0, 0)
        self.report_title = QLabel()
        self.report_title.setObjectName("sectionTitle")
        inner.addWidget(self.report_title)
        self.report_view = ImportReportView()
        inner.addWidget(self.report_view, 1)
        column.addWidget(MasterDetail(left, right, key="province_bundles", ratio=(1, 1)), 1)
        return tab

    def _conflicts_tab(self) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        column.setContentsMargins(0, 8, 0, 0)
        column.setSpacing(6)
        self.conflicts_lead = WrappingLabel()
        self.conflicts_lead.setWordWrap(True)
        column.addWidget(self.conflicts_lead)
        self.conflicts_table = read_only_table(5, "conflictsTable")
        header = self.conflicts_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.conflicts_table.setColumnWidth(2, 110)
        self.conflicts_table.itemSelectionChanged.connect(self._conflict_chosen)
        detail = QWidget()
        inner = QVBoxLayout(detail)
        inner.setContentsMargins(0, 0, 0, 0)
        self.conflict_title = WrappingLabel()
        self.conflict_title.setObjectName("sectionTitle")
        self.conflict_title.setWordWrap(True)
        inner.addWidget(self.conflict_title)
        self.conflict_devices = WrappingLabel()
        self.conflict_devices.setObjectName("conflictDevices")
        self.conflict_devices.setWordWrap(True)
        self.conflict_devices.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        inner.addWidget(self.conflict_devices)
        self.versions_table = read_only_table(3, "versionsTable")
        self.versions_table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.versions_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.versions_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        inner.addWidget(self.versions_table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.resolve_button = QPushButton()
        self.resolve_button.setObjectName("resolveConflict")
        self.resolve_button.clicked.connect(self._resolve)
        row.addWidget(self.resolve_button)
        inner.addLayout(row)
        self.conflicts_split = MasterDetail(self.conflicts_table, detail, key="province_conflicts", ratio=(1, 1))
        column.addWidget(self.conflicts_split, 1)
        self.no_conflicts = WrappingLabel()
        self.no_conflicts.setObjectName("noConflicts")
        self.no_conflicts.setWordWrap(True)
        column.addWidget(self.no_conflicts)
        column.addStretch(0)  # takes the list's place when nothing waits for review
        self.conflicts_layout = column
        return tab

    # -- loading ---------------------------------------------------------------------------------------------------
    def show_status(self, status: SyncStatus) -> None:
        self.status = status
        self._show_key()

    def reload(self) -> None:
        self.ops.query(load_province, success=self._loaded, failure=self._load_failed)

    def _loaded(self, data: ProvinceData) -> None:
        self.data = data
        self._show()

    def _load_failed(self, exc: Exception) -> None:
        self.sync_actions.said.emit(failure_text(exc), "error")

    # -- actions ---------------------------------------------------------------------------------------------------
    def selected_laptop(self) -> Laptop | None:
        row = self.laptops_table.currentRow()
        if self.data is None or not self.laptops_table.selectedItems() or not 0 <= row < len(self.data.laptops):
            return None
        return self.data.laptops[row]

    def selected_bundle(self) -> ImportedBundle | None:
        row = self.bundles_table.currentRow()
        if self.data is None or not self.bundles_table.selectedItems() or not 0 <= row < len(self.data.bundles):
            return None
        return self.data.bundles[row]

    def selected_conflict(self) -> HeldConflict | None:
        row = self.conflicts_table.currentRow()
        if self.data is None or not self.conflicts_table.selectedItems() or not 0 <= row < len(self.data.conflicts):
            return None
        return self.data.conflicts[row]

    def _revoke(self) -> None:
        laptop = self.selected_laptop()
        if laptop is not None and laptop.revoked_at is None:
            self.sync_actions.revoke(laptop.device_id, laptop.officer)

    def _resolve(self) -> None:
        conflict = self.selected_conflict()
        if conflict is not None:
            subject = f"{kind_label(conflict.kind)} · {table_label(conflict.table)} {conflict.record_id}"
            self.sync_actions.resolve(conflict.id, subject)

    def _done(self, what: str) -> None:
        if what == "bundles":
            self.outcomes = list(self.sync_actions.last_outcomes)
            self._show_outcomes()

    def _set_busy(self, busy: bool) -> None:
        if busy:
            self.progress.setRange(0, 0)  # until the first file is reported
        self.progress.setVisible(busy)
        self._update_enabled()

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _update_enabled(self) -> None:
        idle = not self.sync_actions.busy
        wait = self.tr("Wait until the work under way is done.")
        available = self.availability.set_available
        for widget in (self.export_key_button, self.enrol_button, self.import_button, self.dry_run_check):
            available(widget, idle, wait)
        laptop = self.selected_laptop()
        if not idle:
            why = wait
        elif laptop is None:
            why = self.tr("Choose a laptop in the list first.")
        else:
            why = self.tr("This laptop's key is already revoked.")
        available(self.revoke_button, idle and laptop is not None and laptop.revoked_at is None, why)
        conflict = self.selected_conflict()
        why = wait if not idle else self.tr("Choose a conflict or a duplicate in the list first.")
        available(self.resolve_button, idle and conflict is not None, why)

    # -- texts -----------------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.key_title.setText(self.tr("The province's key"))
        for caption, text in zip(
            self.key_captions,
            (self.tr("Province"), self.tr("Device id"), self.tr("Key id"), self.tr("Key fingerprint")),
            strict=True,
        ):
            caption.setText(text)
        self.key_note.setText(
            self.tr(
                "Give the laptops this key file and read them its fingerprint: their bundles are then encrypted "
                "to the province and its receipts can be checked."
            )
        )
        self.export_key_button.setText(self.tr("Export the province's key file…"))
        self.laptops_title.setText(self.tr("Enrolled laptops"))
        self.laptops_table.setHorizontalHeaderLabels(
            [
                self.tr("Officer"),
                self.tr("Device id"),
                self.tr("Key fingerprint"),
                self.tr("Institutes"),
                self.tr("Last no."),
                self.tr("Last bundle"),
                self.tr("State"),
            ]
        )
        self.no_laptops.setText(self.tr("No laptop is enrolled yet. Enrol one from its enrolment file."))
        self.revoke_button.setText(self.tr("Revoke…"))
        self.enrol_button.setText(self.tr("Enrol a laptop…"))
        self.import_lead.setText(
            self.tr('Import the laptops\' bundles; a receipt for each goes in a "receipts" folder beside it.')
        )
        self.dry_run_check.setText(self.tr("Only check, write nothing"))
        self.import_button.setText(self.tr("Import bundles…"))
        self.outcomes_table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Status"), self.tr("Message")])
        self.bundles_title.setText(self.tr("Bundles imported"))
        self.bundles_table.setHorizontalHeaderLabels(
            [self.tr("From"), self.tr("No."), self.tr("Made"), self.tr("Status"), self.tr("Records")]
        )
        self.no_bundles.setText(self.tr("No bundle has been imported yet."))
        self.report_title.setText(self.tr("Import report"))
        self.conflicts_lead.setText(
            self.tr(
                "Two laptops changed the same record, or sent the same thing twice under different ids. The version "
                "kept is shown beside the other; check them, correct the record if needed, and mark it resolved."
            )
        )
        self.conflicts_table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Data"), self.tr("Record"), self.tr("Fields"), self.tr("Found")]
        )
        self.resolve_button.setText(self.tr("Mark as resolved…"))
        self.no_conflicts.setText(self.tr("No conflict or duplicate waits for review."))
        self._show()

    def _show(self) -> None:
        self._show_key()
        self._show_tabs()
        self._show_laptops()
        self._show_outcomes()
        self._show_bundles()
        self._show_conflicts()
        self._update_enabled()

    def _show_tabs(self) -> None:
        data = self.data
        self.tabs.setTabText(0, self.tr("Keys and laptops"))
        self.tabs.setTabText(1, self.tr("Bundles imported"))
        waiting = len(data.conflicts) if data is not None else 0
        text = self.tr("Conflicts and duplicates")
        self.tabs.setTabText(2, f"{text} ({waiting:,})" if waiting else text)

    def _show_key(self) -> None:
        status = self.status
        values = (
            (status.province_name or "–", status.device_id, status.key_id, status.fingerprint)
            if status is not None
            else ("…",) * 4
        )
        for label, text in zip(self.key_values, values, strict=True):
            label.setText(text)

    def _show_laptops(self) -> None:
        laptops = self.data.laptops if self.data is not None else []
        chosen = self.selected_laptop()
        table = self.laptops_table
        table.setRowCount(len(laptops))
        for row, laptop in enumerate(laptops):
            if laptop.revoked_at is not None:
                state = self.tr("Revoked %1").replace("%1", when_text(laptop.revoked_at))
                tip = laptop.revoked_reason or state
            else:
                state, tip = self.tr("Trusted"), ""
            cells = (
                text_item(laptop.officer or "–"),
                text_item(laptop.device_id),
                text_item(laptop.fingerprint),
                text_item(str(laptop.institutes), number=True),
                text_item(str(laptop.last_seq) if laptop.last_seq else "–", number=True),
                text_item(when_text(laptop.last_bundle_at) if laptop.last_bundle_at else "–"),
                text_item(state, tip=tip),
            )
            cells[2].setFont(fingerprint_font(table.font()))
            for column, item in enumerate(cells):
                table.setItem(row, column, item)
        table.setVisible(bool(laptops))
        self.no_laptops.setVisible(not laptops)
        self.laptops_layout.setStretch(self.laptops_layout.count() - 2, 0 if laptops else 1)
        if chosen is not None:
            for row, laptop in enumerate(laptops):
                if laptop.device_id == chosen.device_id:
                    table.selectRow(row)

    def _show_outcomes(self) -> None:
        table = self.outcomes_table
        table.setRowCount(len(self.outcomes))
        for row, outcome in enumerate(self.outcomes):
            table.setItem(row, 0, text_item(outcome.name))
            status = text_item(status_label(outcome.status))
            if outcome.status in ("refused", "held"):
                font = QFont(table.font())
                font.setBold(True)
                status.setFont(font)
            table.setItem(row, 1, status)
            message = outcome_text(outcome)
            prefix = f"{outcome.name}: "
            shown = message[len(prefix) :] if message.startswith(prefix) else message
            if outcome.receipt_path is not None:
                shown += " · " + self.tr("receipt: %1").replace("%1", outcome.receipt_path.name)
            tip = message + (f"\n{outcome.receipt_path}" if outcome.receipt_path is not None else "")
            table.setItem(row, 2, text_item(shown, tip=tip))
        shown_rows = max(1, min(len(self.outcomes), 4))  # more than four scroll
        height = table.horizontalHeader().sizeHint().height() + shown_rows * table.verticalHeader().defaultSectionSize()
        table.setFixedHeight(height + 2 * table.frameWidth())
        table.setVisible(bool(self.outcomes))

    def _show_bundles(self) -> None:
        bundles = self.data.bundles if self.data is not None else []
        chosen = self.selected_bundle()
        table = self.bundles_table
        table.blockSignals(True)
        table.setRowCount(len(bundles))
        for row, bundle in enumerate(bundles):
            sender = text_item(bundle.sender, tip=f"{bundle.sender}\n{bundle.device_id}")
            table.setItem(row, 0, sender)
            table.setItem(row, 1, text_item(str(bundle.seq), number=True))
            table.setItem(row, 2, text_item(when_text(bundle.made)))
            table.setItem(row, 3, text_item(status_label(bundle.status)))
            table.setItem(row, 4, text_item(f"{bundle.records:,}", number=True))
        again = next((r for r, b in enumerate(bundles) if chosen is not None and b.id == chosen.id), None)
        if again is not None:
            table.selectRow(again)
        else:
            table.clearSelection()
        table.blockSignals(False)
        table.setVisible(bool(bundles))
        self.no_bundles.setVisible(not bundles)
        self.bundles_layout.setStretch(self.bundles_layout.count() - 1, 0 if bundles else 1)
        self._bundle_chosen()

    def _bundle_chosen(self) -> None:
        from cdfi_desktop.sync.report import ImportReport

        bundle = self.selected_bundle()
        if bundle is None:
            self.report_view.set_report(None, None)
            return
        report = ImportReport.from_dict(bundle.report) if bundle.report else None
        header = ReportHeader(
            sender=bundle.sender, seq=bundle.seq, made=bundle.made, status=bundle.status, sha256=bundle.sha256
        )
        self.report_view.set_report(report, header)

    def _show_conflicts(self) -> None:
        conflicts = self.data.conflicts if self.data is not None else []
        chosen = self.selected_conflict()
        table = self.conflicts_table
        table.blockSignals(True)
        table.setRowCount(len(conflicts))
        for row, conflict in enumerate(conflicts):
            fields = ", ".join(conflict.fields or conflict.differing())
            table.setItem(row, 0, text_item(kind_label(conflict.kind)))
            table.setItem(row, 1, text_item(table_label(conflict.table), tip=conflict.table))
            table.setItem(row, 2, text_item(conflict.record_id))
            table.setItem(row, 3, text_item(fields or "–"))
            table.setItem(row, 4, text_item(when_text(conflict.detected_at)))
        again = next((r for r, c in enumerate(conflicts) if chosen is not None and c.id == chosen.id), None)
        if conflicts:
            table.selectRow(again if again is not None else 0)
        else:
            table.clearSelection()
        table.blockSignals(False)
        has = bool(conflicts)
        self.conflicts_split.setVisible(has)
        self.conflicts_lead.setVisible(has)
        self.no_conflicts.setVisible(not has)
        self.conflicts_layout.setStretch(self.conflicts_layout.count() - 1, 0 if has else 1)
        self._conflict_chosen()

    def _conflict_chosen(self) -> None:
        conflict = self.selected_conflict()
        table = self.versions_table
        if conflict is None:
            self.conflict_title.setText("")
            self.conflict_devices.setText("")
            table.setRowCount(0)
            self._update_enabled()
            return
        names = self.data.names if self.data is not None else {}

        def device(device_id: str) -> str:
            name = names.get(device_id, "")
            return f"{name} ({device_id[:8]})" if name and name != device_id else device_id or "–"

        self.conflict_title.setText(
            f"{kind_label(conflict.kind)} · {table_label(conflict.table)} · {conflict.record_id}"
        )
        if conflict.kind in ("duplicate", "held"):
            text = (
                self.tr("Kept: the record already here (%1), from %2. Held: the one from %3.")
                .replace("%1", conflict.other_id or "–")
                .replace("%2", device(conflict.winner_device))
                .replace("%3", device(conflict.loser_device))
            )
            kept, other = self.tr("Kept"), self.tr("Held")
        else:
            text = (
                self.tr("Kept: the version from %1. The other, from %2, is kept for review.")
                .replace("%1", device(conflict.winner_device))
                .replace("%2", device(conflict.loser_device))
            )
            kept, other = self.tr("Kept"), self.tr("Other version")
        self.conflict_devices.setText(text)
        table.setHorizontalHeaderLabels([self.tr("Field"), kept, other])
        names_shown = conflict.differing()
        table.setRowCount(len(names_shown))
        bold = QFont(table.font())
        bold.setBold(True)
        for row, name in enumerate(names_shown):
            field = text_item(name)
            if name in conflict.fields:
                field.setFont(bold)
            table.setItem(row, 0, field)
            table.setItem(row, 1, text_item(value_text(conflict.winner.get(name))))
            table.setItem(row, 2, text_item(value_text(conflict.loser.get(name))))
        self._update_enabled()
