"""Step 10, "send to the province": this device and its key, the province, what is waiting to be sent, making a
bundle (with a progress bar, to a folder or USB stick), the last bundle, and the province's last receipt."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cdfi_desktop.ui.backup_preview import when_text
from cdfi_desktop.ui.province.common import go_to_step
from cdfi_desktop.ui.reports.common import cell
from cdfi_desktop.ui.sync.actions import SyncActions, failure_text, load_status
from cdfi_desktop.ui.sync.dialogs import ImportReportDialog, ReportHeader, fingerprint_font, value_label
from cdfi_desktop.ui.sync.dialogs import card as _card
from cdfi_desktop.ui.sync.dialogs import form as _form
from cdfi_desktop.ui.sync.dialogs import set_state as _set_state
from cdfi_desktop.ui.sync.status import moment, receipt_agreed, receipt_moment
from cdfi_desktop.ui.sync.tables import counted_rows
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets.counter import count
from cdfi_desktop.ui.widgets.empty import EmptyState
from cdfi_desktop.ui.widgets.fields import problem_label
from cdfi_desktop.ui.widgets.fit import fit_to_screen
from cdfi_desktop.ui.widgets.page import Page
from cdfi_desktop.ui.widgets.screen import LazyScreen
from cdfi_desktop.ui.widgets.table import Column, Kind, RegisterTable
from cdfi_desktop.ui.widgets.thai_text import WrappingLabel
from cdfi_desktop.ui.workflow import STEPS, step_text

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.sync.report import ImportReport
    from cdfi_desktop.sync.service import SyncStatus
    from cdfi_desktop.ui.ops import Ops

WAITING_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("SyncScreen", "Data"), Kind.TEXT, stretch=True),
    Column(QT_TRANSLATE_NOOP("SyncScreen", "Records"), Kind.NUMBER),
)


def load_receipt_report(db: Database, bundle_id: str) -> tuple[ImportReport | None, ReportHeader | None]:
    """The province's import report of a bundle made here (kept with it when its receipt was imported)."""
    from sqlalchemy import select

    from cdfi_desktop.db.models.sync import SyncBundle
    from cdfi_desktop.sync.report import ImportReport

    with db.session() as session:
        row = session.scalars(
            select(SyncBundle)
            .where(SyncBundle.direction == "out", SyncBundle.kind == "changes", SyncBundle.bundle_id == bundle_id)
            .order_by(SyncBundle.id.desc())
        ).first()
        if row is None:
            return None, None
        report = ImportReport.from_dict(row.report) if row.report else None
        header = ReportHeader(
            sender=row.officer or db.recorder.officer,
            seq=row.seq,
            made=row.created_at,
            status=row.status,
            sha256=row.manifest_sha256,
        )
    return report, header


class SyncScreen(LazyScreen):
    """What this laptop sends to the province and what the province confirmed; read again whenever it is shown."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.setObjectName("sync")
        self.status: SyncStatus | None = None
        self.load_error = ""
        self.sync_actions = SyncActions(ops, self)
        self.sync_actions.said.connect(self._said)
        self.sync_actions.busy_changed.connect(self._set_busy)
        self.sync_actions.progressed.connect(self._progressed)

        # the step's title as the page's heading; what happened shows in the page's problem line, in its state's look
        self.page = Page(self, margins=(0, 4, 0, 8))
        self.page.actions.hide()
        self.message = self.page.problem
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # the laptop's page; a province database says in its place that the province works from its own steps
        self.pages = QStackedWidget()
        self.laptop_page = QWidget()
        self.pages.addWidget(self.laptop_page)
        self.province_note = EmptyState()
        self.province_note.setObjectName("provinceNote")
        self.pages.addWidget(self.province_note)
        self.report_dialog: ImportReportDialog | None = None
        columns = QHBoxLayout(self.laptop_page)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(12)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.setSpacing(8)
        right.setSpacing(8)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.page.body.addWidget(self.pages, 1)

        # -- this device ---------------------------------------------------------------------------------------------
        self.device_title = QLabel()
        card, inside = _card(self.device_title)
        self.device_captions = [QLabel() for _ in range(3)]
        self.device_id_value, self.fingerprint_value, self.officer_value = value_label(), value_label(), value_label()
        self.fingerprint_value.setFont(fingerprint_font(self.font()))
        inside.addLayout(
            _form(
                list(
                    zip(
                        self.device_captions,
                        (self.device_id_value, self.fingerprint_value, self.officer_value),
                        strict=True,
                    )
                )
            )
        )
        self.replaced_note = problem_label(state="warning")
        inside.addWidget(self.replaced_note)
        self.enrolment_button = QPushButton()
        self.enrolment_button.setObjectName("exportEnrolment")
        self.enrolment_button.clicked.connect(self.sync_actions.export_enrolment)
        inside.addLayout(self._button_row(self.enrolment_button))
        left.addWidget(card)

        # -- the province ----------------------------------------------------------------------------------------------
        self.province_title = QLabel()
        card, inside = _card(self.province_title)
        self.province_captions = [QLabel() for _ in range(2)]
        self.province_value, self.province_fingerprint_value = value_label(), value_label()
        self.province_fingerprint_value.setFont(fingerprint_font(self.font()))
        self.province_form = QWidget()
        self.province_form.setLayout(
            _form(
                list(zip(self.province_captions, (self.province_value, self.province_fingerprint_value), strict=True))
            )
        )
        inside.addWidget(self.province_form)
        self.province_missing = problem_label(state="warning")
        inside.addWidget(self.province_missing)
        self.province_key_button = QPushButton()
        self.province_key_button.setObjectName("importProvinceKey")
        self.province_key_button.clicked.connect(self.sync_actions.import_province_key)
        inside.addLayout(self._button_row(self.province_key_button))
        left.addWidget(card)

        # -- the last receipt ------------------------------------------------------------------------------------------
        self.receipt_title = QLabel()
        card, inside = _card(self.receipt_title)
        self.confirmed_label = WrappingLabel()
        self.confirmed_label.setObjectName("confirmedByProvince")
        self.confirmed_label.setWordWrap(True)
        font = self.confirmed_label.font()
        font.setBold(True)
        self.confirmed_label.setFont(font)
        inside.addWidget(self.confirmed_label)
        self.receipt_detail = value_label()
        inside.addWidget(self.receipt_detail)
        self.digest_warning = problem_label(state="warning")
        inside.addWidget(self.digest_warning)
        self.receipt_button = QPushButton()
        self.receipt_button.setObjectName("importReceipt")
        self.receipt_button.clicked.connect(self.sync_actions.import_receipts)
        self.report_button = QPushButton()
        self.report_button.setObjectName("showReceiptReport")
        self.report_button.clicked.connect(self.show_receipt_report)
        row = self._button_row(self.report_button)
        row.addWidget(self.receipt_button)
        inside.addLayout(row)
        left.addWidget(card)
        left.addStretch(1)

        # -- waiting to be sent ----------------------------------------------------------------------------------------
        self.waiting_title = QLabel()
        card, inside = _card(self.waiting_title)
        self.waiting_table = RegisterTable(WAITING_COLUMNS, context="SyncScreen", key="sync_waiting")
        self.waiting_table.setObjectName("waitingTable")
        self.waiting_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.waiting_model = self.waiting_table.standard_model()
        inside.addWidget(self.waiting_table, 1)
        self.waiting_total = WrappingLabel()
        self.waiting_total.setObjectName("waitingTotal")
        self.waiting_total.setWordWrap(True)
        font = self.waiting_total.font()
        font.setBold(True)
        self.waiting_total.setFont(font)
        inside.addWidget(self.waiting_total)
        inside.addStretch(0)  # takes the table's place when nothing waits
        self.waiting_layout = inside
        right.addWidget(card, 1)

        # -- the last bundle and making one ----------------------------------------------------------------------------
        self.bundle_title = QLabel()
        card, inside = _card(self.bundle_title)
        self.bundle_captions = [QLabel() for _ in range(4)]
        self.bundle_values = [value_label() for _ in range(4)]
        self.bundle_form = QWidget()
        self.bundle_form.setLayout(_form(list(zip(self.bundle_captions, self.bundle_values, strict=True))))
        inside.addWidget(self.bundle_form)
        self.no_bundle = WrappingLabel()
        self.no_bundle.setWordWrap(True)
        inside.addWidget(self.no_bundle)
        make = QHBoxLayout()
        self.full_check = QCheckBox()
        self.full_check.setObjectName("fullBundle")
        self.make_button = QPushButton()
        self.make_button.setObjectName("makeBundle")
        self.make_button.clicked.connect(lambda: self.sync_actions.make_bundle(full=self.full_check.isChecked()))
        make.addWidget(self.full_check)
        make.addStretch(1)
        make.addWidget(self.make_button)
        inside.addLayout(make)
        self.progress = QProgressBar()
        self.progress.setObjectName("bundleProgress")
        self.progress.setTextVisible(True)
        self.progress.hide()
        inside.addWidget(self.progress)
        right.addWidget(card)

        self.retranslate()

    @staticmethod
    def _button_row(button: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        return row

    # -- loading -------------------------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self._stale = True  # the step is read again each time it is shown
        super().showEvent(event)

    def reload(self) -> None:
        self._stale = False
        self.ops.query(load_status, success=self._loaded, failure=self._load_failed)

    def _loaded(self, status: SyncStatus) -> None:
        self.status, self.load_error = status, ""
        self.sync_actions.device_id = status.device_id
        if status.needs_full:
            self.full_check.setChecked(True)
        self.pages.setCurrentWidget(self.province_note if status.is_province else self.laptop_page)
        self._show()

    # -- the province's report of the last bundle it confirmed ---------------------------------------------------------
    def show_receipt_report(self) -> None:
        """Open the province's import report of the bundle its last receipt confirmed."""
        receipt = self.status.last_receipt if self.status is not None else None
        if not receipt:
            return
        bundle_id = str(receipt.get("bundle_id") or "")
        self.ops.query(
            lambda db: load_receipt_report(db, bundle_id),
            success=self._open_report,
            failure=self._load_failed,
        )

    def _open_report(self, found: tuple[ImportReport | None, ReportHeader | None]) -> None:
        if self.report_dialog is not None:
            self.report_dialog.close()
        self.report_dialog = ImportReportDialog(*found, parent=self)
        self.report_dialog.finished.connect(self._report_closed)
        fit_to_screen(self.report_dialog)
        self.report_dialog.open()

    def _report_closed(self) -> None:
        if self.report_dialog is not None:
            self.report_dialog.deleteLater()
        self.report_dialog = None

    def _load_failed(self, exc: Exception) -> None:
        self.load_error = failure_text(exc)
        _set_state(self.message, self.load_error, "error")

    # -- actions' progress and outcome ---------------------------------------------------------------------------------
    def _said(self, text: str, state: str) -> None:
        _set_state(self.message, text, state if state in ("error", "warning") else None)

    def _set_busy(self, busy: bool) -> None:
        for button in (self.make_button, self.receipt_button, self.province_key_button, self.enrolment_button):
            self.page.actions.set_available(button, not busy, self.tr("Wait until the work under way is done."))
        self.full_check.setEnabled(not busy)
        if busy:
            self.progress.setRange(0, 0)  # until the first step is reported
            self.progress.show()
        else:
            self.progress.hide()
        if not busy:
            self._update_enabled()

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _update_enabled(self) -> None:
        province = self.status is not None and self.status.is_province
        why = (
            self.tr("A province database makes no bundles: it imports the laptops' bundles.")
            if province
            else self.tr("Wait until the work under way is done.")
        )
        for widget in (self.make_button, self.full_check):
            self.page.actions.set_available(widget, not self.sync_actions.busy and not province, why)

    # -- texts ---------------------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.page.set_heading(step_text(next(s.title for s in STEPS if s.key == "sync")))
        self.device_title.setText(self.tr("This device"))
        for caption, text in zip(
            self.device_captions, (self.tr("Device id"), self.tr("Key fingerprint"), self.tr("Officer")), strict=True
        ):
            caption.setText(text)
        self.enrolment_button.setText(self.tr("Export the enrolment file…"))
        self.province_note.set_text(
            self.tr(
                "This database is the province's. It makes no bundle: it works from its own steps, from enrolling "
                "the laptops and importing their bundles to the review and the roll-up."
            ),
            self.tr("Go to the laptops and keys"),
            lambda: go_to_step(self, "laptops"),
        )
        self.province_title.setText(self.tr("The province"))
        for caption, text in zip(
            self.province_captions, (self.tr("Province"), self.tr("Key fingerprint")), strict=True
        ):
            caption.setText(text)
        self.province_key_button.setText(self.tr("Import the province's key…"))
        self.receipt_title.setText(self.tr("The province's last receipt"))
        self.receipt_button.setText(self.tr("Import a receipt…"))
        self.report_button.setText(self.tr("See the import report…"))
        self.report_button.setToolTip(self.tr("What the province did with the bundle its last receipt confirmed"))
        self.waiting_title.setText(self.tr("Waiting to be sent"))
        self.waiting_table.retranslate()
        self.bundle_title.setText(self.tr("The last bundle"))
        for caption, text in zip(
            self.bundle_captions, (self.tr("No."), self.tr("Made"), self.tr("File"), self.tr("Records")), strict=True
        ):
            caption.setText(text)
        self.full_check.setText(self.tr("Send everything"))
        self.page.actions.set_tip(
            self.full_check,
            self.tr("A full bundle holds every record, not only what changed since the province's last receipt."),
        )
        self.make_button.setText(self.tr("Make a bundle to send…"))
        self._show()

    def _show(self) -> None:
        status = self.status
        if status is None:
            for value in (self.device_id_value, self.fingerprint_value, self.officer_value):
                value.setText("…")
            self.province_form.hide()
            self.province_missing.hide()
            self.confirmed_label.setText(self.tr("Reading…"))
            self.receipt_detail.hide()
            self.report_button.hide()
            self.digest_warning.hide()
            self.waiting_total.setText("")
            self.bundle_form.hide()
            self.no_bundle.setText("")
            return
        self.device_id_value.setText(status.device_id)
        self.fingerprint_value.setText(status.fingerprint)
        self.officer_value.setText(status.officer or self.tr("(not set)"))
        replaced = ""
        if status.replaced_from:
            replaced = self.tr(
                "This database came from another computer (device %1), so it is a new device here. "
                "Export its enrolment file for the province."
            ).replace("%1", status.replaced_from)
        _set_state(self.replaced_note, replaced, "warning")
        self._show_province(status)
        self._show_receipt(status)
        self._show_waiting(status)
        self._show_bundle(status.last_bundle)
        self._update_enabled()

    def _show_province(self, status: SyncStatus) -> None:
        if status.is_province:  # the province's note shows in the laptop's page's place
            return
        imported = bool(status.province_fingerprint)
        self.province_form.setVisible(imported)
        self.province_value.setText(status.province_name or "–")
        self.province_fingerprint_value.setText(status.province_fingerprint)
        missing = ""
        if not imported:
            missing = self.tr(
                "The province's key is not imported yet: bundles are signed but not encrypted, and its receipts "
                "cannot be checked."
            )
        _set_state(self.province_missing, missing, "warning")

    def _show_receipt(self, status: SyncStatus) -> None:
        receipt = status.last_receipt
        when = receipt_moment(receipt)
        if when is not None:
            self.confirmed_label.setText(self.tr("Last confirmed by the province %1").replace("%1", when_text(when)))
        elif status.last_bundle:
            self.confirmed_label.setText(self.tr("The province has not confirmed a bundle yet."))
        else:
            self.confirmed_label.setText(self.tr("Nothing has been sent to the province yet."))
        detail = ""
        if receipt:
            seq = receipt.get("seq") or receipt.get("bundle_seq")
            if seq:
                detail = self.tr("For bundle no. %1").replace("%1", str(seq))
        self.receipt_detail.setText(detail)
        self.receipt_detail.setVisible(bool(detail))
        self.report_button.setVisible(bool(receipt and receipt.get("bundle_id")))
        disagreed = status.needs_full or (receipt is not None and not receipt_agreed(receipt))
        warning = (
            self.tr("The province's data does not match this computer's. The next bundle will send everything.")
            if disagreed
            else ""
        )
        _set_state(self.digest_warning, warning, "warning")

    def _show_waiting(self, status: SyncStatus) -> None:
        rows = counted_rows(status.waiting)
        self.waiting_table.setVisible(bool(rows))
        self.waiting_layout.setStretch(self.waiting_layout.count() - 1, 0 if rows else 1)
        self.waiting_model.removeRows(0, self.waiting_model.rowCount())
        for name, label, records in rows:
            self.waiting_model.appendRow([cell(label, tip=name), cell(f"{records:,}", Kind.NUMBER)])
        if status.waiting_total:
            self.waiting_total.setText(
                count("SyncScreen", "%n records in all", status.waiting_total).replace(
                    str(status.waiting_total), f"{status.waiting_total:,}"
                )
            )
        else:
            self.waiting_total.setText(self.tr("Nothing new to send: the province has everything it confirmed."))

    def _show_bundle(self, bundle: Mapping[str, Any] | None) -> None:
        self.bundle_form.setVisible(bool(bundle))
        self.no_bundle.setVisible(not bundle)
        self.no_bundle.setText(self.tr("No bundle has been made on this computer yet."))
        if not bundle:
            return
        made = moment(bundle.get("created_at"))
        path = str(bundle.get("path") or "")
        records = bundle.get("records")
        seq = str(bundle.get("seq") or "–")
        if bundle.get("full"):
            seq += " " + self.tr("(everything)")
        values = (
            seq,
            when_text(made) if made is not None else "–",
            Path(path).name if path else "–",
            f"{records:,}" if isinstance(records, int) else "–",
        )
        for label, text in zip(self.bundle_values, values, strict=True):
            label.setText(text)
        self.bundle_values[2].setToolTip(path)
        if bundle.get("status") == "confirmed":
            self.bundle_values[0].setText(seq + " · " + self.tr("confirmed by the province"))
