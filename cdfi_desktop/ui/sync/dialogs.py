"""Dialogs of sync: confirming the province's key by its fingerprint, Settings → Device key, a bundle's import
report (the province's import step and the laptop's last receipt show the same one), revoking a laptop."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cdfi_desktop.ui.backup_preview import when_text
from cdfi_desktop.ui.sync.actions import SyncActions, failure_text, load_status
from cdfi_desktop.ui.sync.tables import counted_rows, status_label, table_label
from cdfi_desktop.ui.widgets.dialogs import name_standard_buttons
from cdfi_desktop.ui.widgets.fields import no_default_buttons, problem_label, screen_language
from cdfi_desktop.ui.widgets.page import ActionBar
from cdfi_desktop.ui.widgets.screen import Retranslates
from cdfi_desktop.ui.widgets.thai_text import WrappingLabel

if TYPE_CHECKING:
    from cdfi_desktop.sync.report import ImportReport
    from cdfi_desktop.sync.service import SyncStatus
    from cdfi_desktop.ui.ops import Ops


def fingerprint_font(base: QFont) -> QFont:
    """A fixed-width font for fingerprints, so that groups line up when read aloud over the phone."""
    font = QFont(base)
    font.setFamilies(["DejaVu Sans Mono", "Liberation Mono", "Consolas", "monospace"])
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font


def value_label() -> QLabel:
    """A value beside its caption: on one line (ids, fingerprints, dates), selectable to copy."""
    label = QLabel()
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def card(title: QLabel) -> tuple[QFrame, QVBoxLayout]:
    """A titled card of step 10; returns it and the layout inside it."""
    title.setObjectName("sectionTitle")
    frame = QFrame()
    frame.setObjectName("card")
    inside = QVBoxLayout(frame)
    inside.setContentsMargins(12, 4, 12, 10)
    inside.setSpacing(4)
    inside.addWidget(title)
    return frame, inside


def form(rows: list[tuple[QLabel, QLabel]]) -> QFormLayout:
    """Captions and their values, one a line, never wrapped."""
    form = QFormLayout()
    form.setContentsMargins(0, 0, 0, 0)
    form.setHorizontalSpacing(10)
    form.setVerticalSpacing(3)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    for caption, value in rows:
        form.addRow(caption, value)
    return form


def set_state(label: QLabel, text: str, state: str | None) -> None:
    """Show ``text`` (hidden when empty) in the look of ``state`` ("error", "warning" or None)."""
    label.setText(text)
    label.setVisible(bool(text))
    label.setProperty("state", state)
    label.style().unpolish(label)
    label.style().polish(label)


class ProvinceKeyDialog(Retranslates, QDialog):
    """Before the province's key is trusted: its fingerprint, to compare with what the province read to the officer."""

    def __init__(self, name: str, fingerprint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("provinceKeyDialog")
        self.name, self.fingerprint = name, fingerprint
        self.lead = WrappingLabel()
        self.lead.setWordWrap(True)
        self.name_caption, self.name_value = QLabel(), value_label()
        self.fingerprint_caption, self.fingerprint_value = QLabel(), value_label()
        self.fingerprint_value.setFont(fingerprint_font(self.font()))
        self.typed_caption = QLabel()
        self.typed = QLineEdit()
        self.typed.setObjectName("typedFingerprint")
        self.note = WrappingLabel()
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.lead)
        form = QFormLayout()
        form.addRow(self.name_caption, self.name_value)
        form.addRow(self.fingerprint_caption, self.fingerprint_value)
        form.addRow(self.typed_caption, self.typed)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate()

    def typed_fingerprint(self) -> str:
        return self.typed.text().strip()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import the province's key"))
        self.lead.setText(
            self.tr(
                "Compare this fingerprint with the one the province read to you (by phone or in its letter). "
                "Import the key only when they are the same."
            )
        )
        self.name_caption.setText(self.tr("Province"))
        self.name_value.setText(self.name or "–")
        self.fingerprint_caption.setText(self.tr("Fingerprint"))
        self.fingerprint_value.setText(self.fingerprint)
        self.typed_caption.setText(self.tr("Fingerprint you were given"))
        self.typed.setPlaceholderText(self.tr("optional, e.g. 3F2A 9C01 77B4 0E5D D1C2"))
        self.note.setText(self.tr("If you type it, the key is imported only when the two are the same."))
        name_standard_buttons(self.buttons)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("Import the key"))


class DeviceKeyDialog(Retranslates, QDialog):
    """Settings → Device key: this computer's device id, key id and fingerprint, the province's key, and the
    enrolment and province-key actions of step 10."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deviceKeyDialog")
        self.ops = ops
        self.status: SyncStatus | None = None
        self.sync_actions = SyncActions(ops, self)
        self.sync_actions.said.connect(self._said)
        self.sync_actions.busy_changed.connect(self._set_busy)
        self.sync_actions.done.connect(lambda _what: self.reload())
        # the kit's action bar (never shown) keeps what each button says while it cannot be used
        self.availability = ActionBar(self)
        self.availability.hide()

        self.form = QFormLayout()
        self.captions = {key: QLabel() for key in ("device", "key_id", "fingerprint", "province", "province_fp")}
        self.values = {key: value_label() for key in self.captions}
        for key in self.captions:
            self.form.addRow(self.captions[key], self.values[key])
        for key in ("fingerprint", "province_fp"):
            self.values[key].setFont(fingerprint_font(self.font()))
        self.message = problem_label()
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copyKey")
        self.copy_button.clicked.connect(self.copy)
        self.enrolment_button = QPushButton()
        self.enrolment_button.clicked.connect(self.sync_actions.export_enrolment)
        self.province_button = QPushButton()
        self.province_button.clicked.connect(self.sync_actions.import_province_key)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        self.lead = WrappingLabel()
        self.lead.setWordWrap(True)
        layout.addWidget(self.lead)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.enrolment_button)
        buttons.addWidget(self.province_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        no_default_buttons(self)
        self.setMinimumWidth(720)
        self.retranslate()
        self.reload()

    def reload(self) -> None:
        self.ops.query(load_status, success=self._loaded, failure=self._load_failed)

    def _load_failed(self, exc: Exception) -> None:
        if shiboken6.isValid(self):
            self._said(failure_text(exc), "error")

    def _loaded(self, status: SyncStatus) -> None:
        if not shiboken6.isValid(self):  # closed while reading
            return
        self.status = status
        self.sync_actions.device_id = status.device_id
        self._show()

    def _set_busy(self, busy: bool) -> None:
        why = self.tr("Wait until the work under way is done.")
        for button in (self.enrolment_button, self.province_button, self.close_button):
            self.availability.set_available(button, not busy, why)

    def _said(self, text: str, state: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message.setProperty("state", state if state in ("error", "warning") else None)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def key_text(self) -> str:
        """What "copy" puts on the clipboard: the device id, key id and fingerprint, one a line."""
        status = self.status
        if status is None:
            return ""
        return "\n".join(
            (
                f"{self.tr('Device id')}: {status.device_id}",
                f"{self.tr('Key id')}: {status.key_id}",
                f"{self.tr('Fingerprint')}: {status.fingerprint}",
            )
        )

    def copy(self) -> None:
        text = self.key_text()
        if text:
            QGuiApplication.clipboard().setText(text)
            self._said(self.tr("Copied."), "")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Device key"))
        self.lead.setText(
            self.tr(
                "This computer signs every bundle it sends with its own key. The province trusts bundles from it once "
                "it has enrolled its enrolment file; read it this fingerprint to check."
            )
        )
        captions = {
            "device": self.tr("Device id"),
            "key_id": self.tr("Key id"),
            "fingerprint": self.tr("Fingerprint"),
            "province": self.tr("Province"),
            "province_fp": self.tr("Province's fingerprint"),
        }
        for key, text in captions.items():
            self.captions[key].setText(text)
        self.copy_button.setText(self.tr("Copy"))
        self.enrolment_button.setText(self.tr("Export the enrolment file…"))
        self.province_button.setText(self.tr("Import the province's key…"))
        self.close_button.setText(self.tr("Close"))
        self._show()

    def _show(self) -> None:
        status = self.status
        if status is None:
            for value in self.values.values():
                value.setText("…")
            return
        self.values["device"].setText(status.device_id)
        self.values["key_id"].setText(status.key_id)
        self.values["fingerprint"].setText(status.fingerprint)
        self.values["province"].setText(status.province_name or self.tr("not imported yet"))
        self.values["province_fp"].setText(status.province_fingerprint or "–")


# -- a bundle's import report ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ReportHeader:
    """Which bundle a report is of: who sent it, its number, when it was made, what became of it, its hash."""

    sender: str
    seq: int
    made: datetime | None
    status: str
    sha256: str


def read_only_table(columns: int, name: str) -> QTableWidget:
    """A table that lists (no editing, rows selected whole, no horizontal scroll bar: columns share the width)."""
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    return table


def text_item(text: str, *, tip: str = "", number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(tip or text)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


_COUNT_FIELDS = ("created", "updated", "deleted", "ignored", "conflicts", "held")


class ImportReportView(Retranslates, QWidget):
    """What the province did with one bundle: per table created / updated / deleted / ignored / conflicts / held,
    the duplicates and conflicts listed for review, and each record at fault with its code; with the bundle's
    sender, number, date, status and hash above."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importReport")
        self.header: ReportHeader | None = None
        self.report: ImportReport | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.captions = [QLabel() for _ in range(5)]
        self.values = [value_label() for _ in range(5)]
        self.values[4].setObjectName("bundleHash")
        self.values[4].setFont(fingerprint_font(self.font()))
        self.values[4].setWordWrap(True)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(2)
        for caption, value in zip(self.captions, self.values, strict=True):
            form.addRow(caption, value)
        self.header_form = QWidget()
        self.header_form.setLayout(form)
        layout.addWidget(self.header_form)
        self.counts = read_only_table(1 + len(_COUNT_FIELDS), "reportCounts")
        self.counts.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.counts.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 1 + len(_COUNT_FIELDS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.counts, 3)
        self.summary = WrappingLabel()
        self.summary.setObjectName("reportSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.errors_title = QLabel()
        layout.addWidget(self.errors_title)
        self.errors = read_only_table(3, "reportErrors")
        header = self.errors.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.errors.setColumnWidth(1, 150)
        layout.addWidget(self.errors, 1)
        self.empty = WrappingLabel()
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        layout.addStretch(0)  # takes the tables' place when there is no report
        self.rows_layout = layout
        self.retranslate()

    def set_report(self, report: ImportReport | None, header: ReportHeader | None) -> None:
        self.report, self.header = report, header
        self._show()

    def retranslate(self) -> None:
        for caption, text in zip(
            self.captions,
            (self.tr("From"), self.tr("No."), self.tr("Made"), self.tr("Status"), self.tr("Bundle hash")),
            strict=True,
        ):
            caption.setText(text)
        self.counts.setHorizontalHeaderLabels(
            [
                self.tr("Data"),
                self.tr("Created"),
                self.tr("Updated"),
                self.tr("Deleted"),
                self.tr("Ignored"),
                self.tr("Conflicts"),
                self.tr("Held"),
            ]
        )
        self.errors_title.setText(self.tr("Records at fault"))
        self.errors.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Record"), self.tr("Message")])
        self._show()

    def count_rows(self) -> list[tuple[str, list[int]]]:
        """(label, counts) per table with anything to say, in the order bundles send them, then the total."""
        report = self.report
        if report is None:
            return []
        order = [name for name, _label, _count in counted_rows(dict.fromkeys(report.tables, 1))]
        rows: list[tuple[str, list[int]]] = []
        for name in order:
            counts = report.tables[name]
            if counts.total() or counts.conflicts:
                rows.append((table_label(name), [getattr(counts, f) for f in _COUNT_FIELDS]))
        if rows:
            totals = report.totals()
            rows.append((self.tr("Total"), [getattr(totals, f) for f in _COUNT_FIELDS]))
        return rows

    def _show(self) -> None:
        header = self.header
        self.header_form.setVisible(header is not None)
        if header is not None:
            values = (
                header.sender or "–",
                str(header.seq) if header.seq else "–",
                when_text(header.made) if header.made is not None else "–",
                status_label(header.status),
                header.sha256 or "–",
            )
            for value, text in zip(self.values, values, strict=True):
                value.setText(text)
        report = self.report
        rows = self.count_rows()
        self.counts.setRowCount(len(rows))
        bold = QFont(self.counts.font())
        bold.setBold(True)
        for row, (name, numbers) in enumerate(rows):
            self.counts.setItem(row, 0, text_item(name))
            for column, number in enumerate(numbers, start=1):
                self.counts.setItem(row, column, text_item(f"{number:,}", number=True))
            if row == len(rows) - 1:
                for column in range(self.counts.columnCount()):
                    item = self.counts.item(row, column)
                    if item is not None:
                        item.setFont(bold)
        self.counts.setVisible(bool(rows))
        self.rows_layout.setStretch(self.rows_layout.count() - 1, 0 if rows else 1)
        summary = ""
        if report is not None and (report.duplicates or report.conflicts):
            summary = (
                self.tr("%1 duplicates held for review, %2 conflicting changes")
                .replace("%1", f"{report.duplicates:,}")
                .replace("%2", f"{report.conflicts:,}")
            )
        self.summary.setText(summary)
        self.summary.setVisible(bool(summary))
        errors = list(report.errors) if report is not None else []
        self.errors_title.setVisible(bool(errors))
        self.errors.setVisible(bool(errors))
        self.errors.setRowCount(len(errors))
        english = screen_language() == "en"
        for row, error in enumerate(errors):
            message = str(error.get("message_en" if english else "message_th") or error.get("message_en") or "")
            record = str(error.get("record_id") or "")
            table = str(error.get("table") or "")
            self.errors.setItem(row, 0, text_item(str(error.get("code") or "")))
            self.errors.setItem(
                row, 1, text_item(record or "–", tip=f"{table_label(table)}: {record}" if table else "")
            )
            self.errors.setItem(row, 2, text_item(message))
        if report is None:
            empty = self.tr("The province sent no import report for this bundle.") if header is not None else ""
            if header is None:
                empty = self.tr("Choose a bundle to see its import report.")
        elif not rows:
            empty = self.tr("The bundle holds no records.")
        else:
            empty = ""
        self.empty.setText(empty)
        self.empty.setVisible(bool(empty))


class ImportReportDialog(Retranslates, QDialog):
    """A bundle's import report in a window of its own (the laptop's view of the province's last receipt)."""

    def __init__(self, report: ImportReport | None, header: ReportHeader | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importReportDialog")
        self.view = ImportReportView(self)
        self.view.set_report(report, header)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.resize(820, 560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import report"))
        name_standard_buttons(self.buttons)


# -- revoking a laptop ----------------------------------------------------------------------------------------------
class ReasonDialog(Retranslates, QDialog):
    """Asks why a laptop is revoked (kept with its entry) before it is; the button is enabled once something is
    typed."""

    def __init__(self, subject: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.subject = subject
        self.setObjectName("revokeDialog")
        self.lead = WrappingLabel()
        self.lead.setWordWrap(True)
        self.caption = QLabel()
        self.text = QPlainTextEdit()
        self.text.setObjectName("reasonText")
        self.text.setFixedHeight(90)
        self.text.textChanged.connect(self._changed)
        self.availability = ActionBar(self)  # never shown: keeps the action's reason while it cannot be used
        self.availability.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lead)
        layout.addWidget(self.caption)
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()
        self._changed()

    def reason(self) -> str:
        return self.text.toPlainText().strip()

    def _changed(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            self.availability.set_available(ok, bool(self.reason()), self.tr("Write the reason first."))

    def retranslate(self) -> None:
        name_standard_buttons(self.buttons)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.setWindowTitle(self.tr("Revoke a laptop"))
        self.lead.setText(
            self.tr(
                "Bundles signed by %1 will be refused from now on. What it sent before stays. "
                "A laptop whose key was lost enrols again with a new enrolment file."
            ).replace("%1", self.subject)
        )
        self.caption.setText(self.tr("Reason (kept with the laptop's entry)"))
        if ok is not None:
            ok.setText(self.tr("Revoke"))
        self._changed()  # the reason in the language shown
