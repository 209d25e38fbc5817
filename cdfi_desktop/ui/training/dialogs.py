"""Dialogs of the training screen: adding a person to the course, and a note on one day's attendance."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cdfi_desktop.services.training_types import HouseholdChoice
from cdfi_desktop.ui.widgets.dialogs import name_standard_buttons


class PersonDialog(QDialog):
    """A person who is not (or not yet) on the list: name, the household if any, a note."""

    def __init__(self, households: Sequence[HouseholdChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.household = QComboBox()
        self.household.setEditable(True)  # type to find a household by number or name
        self.household.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.household.addItem("", None)
        for h in households:
            self.household.addItem(f"{h.code} · {h.head_name}".strip(" ·"), h.id)
        self.note = QLineEdit()
        self.note.setMaxLength(200)
        self.name_label, self.household_label, self.note_label = QLabel(), QLabel(), QLabel()
        form.addRow(self.name_label, self.name)
        form.addRow(self.household_label, self.household)
        form.addRow(self.note_label, self.note)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._judge)
        self.retranslate()
        self._judge()

    def _judge(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()))

    def household_id(self) -> str | None:
        if not self.household.currentText().strip():
            return None
        data = self.household.currentData()
        return str(data) if data else None

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a person to the training"))
        self.intro.setText(
            self.tr("Anyone may attend: a member of a target household, or another person (leave the household empty).")
        )
        self.name_label.setText(self.tr("Name and surname"))
        self.household_label.setText(self.tr("Household"))
        self.note_label.setText(self.tr("Note"))
        self.name.setPlaceholderText(self.tr("e.g. Mrs Somsri Jaidee"))
        name_standard_buttons(self.buttons)


def ask_note(parent: QWidget, *, title: str, label: str, note: str) -> str | None:
    """The note of one day's attendance; None when cancelled. Buttons in the screen language."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(note)
    dialog.setOkButtonText(QCoreApplication.translate("Dialogs", "OK"))
    dialog.setCancelButtonText(QCoreApplication.translate("Dialogs", "Cancel"))
    dialog.resize(460, dialog.sizeHint().height())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.textValue().strip()[:200]
