"""Dialogs of sync: confirming the province's key by its fingerprint, and Settings → Device key."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cdfi_desktop.ui.sync.actions import SyncActions, failure_text, load_status
from cdfi_desktop.ui.widgets.dialogs import name_standard_buttons
from cdfi_desktop.ui.widgets.fields import no_default_buttons, problem_label
from cdfi_desktop.ui.widgets.screen import Retranslates

if TYPE_CHECKING:
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


class ProvinceKeyDialog(Retranslates, QDialog):
    """Before the province's key is trusted: its fingerprint, to compare with what the province read to the officer."""

    def __init__(self, name: str, fingerprint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("provinceKeyDialog")
        self.name, self.fingerprint = name, fingerprint
        self.lead = QLabel()
        self.lead.setWordWrap(True)
        self.name_caption, self.name_value = QLabel(), value_label()
        self.fingerprint_caption, self.fingerprint_value = QLabel(), value_label()
        self.fingerprint_value.setFont(fingerprint_font(self.font()))
        self.typed_caption = QLabel()
        self.typed = QLineEdit()
        self.typed.setObjectName("typedFingerprint")
        self.note = QLabel()
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
        self.lead = QLabel()
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
        for button in (self.enrolment_button, self.province_button, self.close_button):
            button.setEnabled(not busy)

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
