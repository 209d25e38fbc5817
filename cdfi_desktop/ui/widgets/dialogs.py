"""Questions to the officer with buttons in the screen language (Qt ships no Thai for its own buttons)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from cdfi_desktop.ui.widgets.thai_text import breakable


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question; True for yes. Thai lines of the question break between words (``thai_text``)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, breakable(text), QMessageBox.StandardButton.NoButton, parent)
    yes = box.addButton(QCoreApplication.translate("Dialogs", "Yes"), QMessageBox.ButtonRole.YesRole)
    box.addButton(QCoreApplication.translate("Dialogs", "No"), QMessageBox.ButtonRole.NoRole)
    box.exec()
    return box.clickedButton() is yes


def name_standard_buttons(buttons: QDialogButtonBox) -> None:
    """Give a button box's standard buttons their names in the screen language."""
    names = {
        QDialogButtonBox.StandardButton.Save: QCoreApplication.translate("Dialogs", "Save"),
        QDialogButtonBox.StandardButton.Close: QCoreApplication.translate("Dialogs", "Close"),
        QDialogButtonBox.StandardButton.Cancel: QCoreApplication.translate("Dialogs", "Cancel"),
        QDialogButtonBox.StandardButton.Ok: QCoreApplication.translate("Dialogs", "OK"),
    }
    for standard, name in names.items():
        button = buttons.button(standard)
        if button is not None:
            button.setText(name)
