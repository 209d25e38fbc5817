"""An account's recovery code, shown once: in large type, with "Print" (a one-page PDF to keep apart from the
computer) and "I have written it down", which alone lets the officer go on."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cdfi_desktop.failures import describe
from cdfi_desktop.reports.recovery_code_pdf import RecoverySheet, recovery_file_name, write_recovery_code_pdf
from cdfi_desktop.ui.widgets.fields import screen_language
from cdfi_desktop.ui.widgets.fit import fit_to_screen

log = logging.getLogger(__name__)


def ask_pdf_path(parent: QWidget, suggested: str) -> Path | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("RecoveryCodePanel", "Save the recovery code"),
        str(Path(folder) / suggested) if folder else suggested,
        "PDF (*.pdf)",
    )
    return Path(chosen) if chosen else None


def open_file(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class RecoveryCodePanel(QWidget):
    """The code, Print and "I have written it down"; ``written`` is checked once the officer ticks it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryCodePanel")
        self.sheet: RecoverySheet | None = None
        self.printed: Path | None = None
        # where the PDF goes (tests answer it), and what opens it after
        self.choose_path: Callable[[QWidget, str], Path | None] = ask_pdf_path
        self.open_printed: Callable[[Path], None] = open_file
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.whose = QLabel()
        self.whose.setObjectName("recoveryWhose")
        self.code_label = QLabel()
        self.code_label.setObjectName("recoveryCode")
        font = QFont(self.code_label.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 110)
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setStyleSheet(
            "QLabel#recoveryCode { border: 2px solid #555; border-radius: 6px; padding: 12px; background: #fff; }"
        )
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        row = QHBoxLayout()
        self.print_button = QPushButton()
        self.print_button.setObjectName("printRecoveryCode")
        self.print_button.clicked.connect(self.print_code)
        row.addWidget(self.print_button)
        row.addStretch(1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.written = QCheckBox()
        self.written.setObjectName("recoveryWritten")
        layout.addWidget(self.intro)
        layout.addWidget(self.whose)
        layout.addWidget(self.code_label)
        layout.addWidget(self.advice)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.written)
        layout.addStretch(1)
        self.retranslate()

    def show_sheet(self, sheet: RecoverySheet) -> None:
        self.sheet = sheet
        self.code_label.setText(sheet.code)
        self._show_whose()
        self.written.setChecked(False)
        self.printed = None
        self.status.setText("")

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "This is the account's recovery code. It is shown only now: with it a forgotten password can be "
                "replaced."
            )
        )
        self.advice.setText(
            self.tr(
                "Print it or write it down, and keep it apart from this computer (a locked drawer of the office). "
                "Do not photograph it or send it by LINE or e-mail."
            )
        )
        self.print_button.setText(self.tr("Print…"))
        self._show_whose()
        self.written.setText(self.tr("I have written it down or printed it"))

    def _show_whose(self) -> None:
        sheet = self.sheet
        text = "" if sheet is None else self.tr("Account: %1 (%2)").replace("%1", sheet.username)
        self.whose.setText(text.replace("%2", sheet.display_name) if sheet is not None else "")

    def print_code(self) -> None:
        """Write the one-page PDF where the officer chooses, and open it to print."""
        if self.sheet is None:
            return
        path = self.choose_path(self, recovery_file_name(self.sheet.username))
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            write_recovery_code_pdf(self.sheet, path)
        except OSError as exc:
            log.error("recovery code PDF not written: %s", exc)
            self.status.setText(self.tr("Not saved: %1").replace("%1", describe(exc, screen_language())))
            return
        self.printed = path
        self.status.setText(self.tr("Saved: %1. Print it and keep the paper safe.").replace("%1", str(path)))
        self.open_printed(path)


class RecoveryCodeDialog(QDialog):
    """A new account's (or a new) recovery code, shown once; closes only once the officer says it is kept."""

    def __init__(self, sheet: RecoverySheet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryCodeDialog")
        self.setWindowTitle(self.tr("Recovery code"))
        layout = QVBoxLayout(self)
        self.panel = RecoveryCodePanel(self)
        self.panel.show_sheet(sheet)
        layout.addWidget(self.panel)
        self.close_button = QPushButton(self.tr("Done"))
        self.close_button.setObjectName("recoveryDone")
        self.close_button.setEnabled(False)
        self.close_button.clicked.connect(self.accept)
        self.panel.written.toggled.connect(self.close_button.setEnabled)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.resize(620, 420)

    def reject(self) -> None:
        if self.panel.written.isChecked():  # Esc or the title bar's close only once the code is kept
            super().reject()


def show_recovery_code(parent: QWidget | None, sheet: RecoverySheet) -> None:
    dialog = RecoveryCodeDialog(sheet, parent)
    fit_to_screen(dialog)
    dialog.exec()


def sheet_for(account: object, code: str, *, device_id: str) -> RecoverySheet:
    """The printout's facts from an account (``services.accounts.Account``)."""
    return RecoverySheet(
        username=str(getattr(account, "username", "")),
        display_name=str(getattr(account, "display_name", "")),
        role=str(getattr(account, "role", "")),
        code=code,
        device_id=device_id,
        position=str(getattr(account, "position", "")),
        district=str(getattr(account, "district", "")),
        made_on=date.today(),
    )
