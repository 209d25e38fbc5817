"""The plan screen's committee meeting: its date, place, attendees and minutes, whether they are saved, and the
scans of the minutes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cdfi_desktop.services.limits import text_limit
from cdfi_desktop.ui.widgets.fields import DateField, TextField

if TYPE_CHECKING:
    from cdfi_desktop.services.plan import PlanView

CONTEXT = "PlanScreen"
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class MeetingPanel(QGroupBox):
    """The fields of the meeting (``edited`` when the officer types), its Save button and the scans."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        meeting = QVBoxLayout(self)
        meeting.setSpacing(6)
        form = QFormLayout()
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(6)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.date_field = DateField()
        self.place_field = TextField(max_length=text_limit("institute_plan", "meeting_place"))
        self.attendees_edit = QPlainTextEdit()
        self.attendees_edit.setTabChangesFocus(True)
        self.minutes_edit = QPlainTextEdit()
        self.minutes_edit.setTabChangesFocus(True)
        self.captions = [QLabel() for _ in range(4)]
        for caption, field in zip(
            self.captions, (self.date_field, self.place_field, self.attendees_edit, self.minutes_edit), strict=True
        ):
            form.addRow(caption, field)
        meeting.addLayout(form, 1)
        save_row = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("planMeetingStatus")
        self.save_button = QPushButton()
        self.save_button.setObjectName("primary")
        save_row.addWidget(self.status, 1)
        save_row.addWidget(self.save_button)
        meeting.addLayout(save_row)
        self.files_label = QLabel()
        meeting.addWidget(self.files_label)
        self.files = QListWidget()
        self.files.setMaximumHeight(76)
        meeting.addWidget(self.files)
        file_buttons = QHBoxLayout()
        self.attach_button = QPushButton()
        self.open_button = QPushButton()
        self.detach_button = QPushButton()
        for button in (self.attach_button, self.open_button, self.detach_button):
            file_buttons.addWidget(button)
        file_buttons.addStretch(1)
        meeting.addLayout(file_buttons)
        for edit in (self.attendees_edit, self.minutes_edit):
            edit.textChanged.connect(self.edited)
        for field in (self.date_field, self.place_field):
            field.changed.connect(self.edited)

    def show_plan(self, plan: PlanView | None) -> None:
        """The meeting as saved (blank without a plan)."""
        self.date_field.set_value(plan.meeting_date if plan else None)
        self.date_field.show_problem(None)
        self.place_field.setText(plan.meeting_place if plan else "")
        self.attendees_edit.setPlainText(plan.attendees_text if plan else "")
        self.minutes_edit.setPlainText(plan.minutes if plan else "")

    def show_files(self, plan: PlanView | None) -> None:
        self.files.clear()
        for attached in plan.files if plan else ():
            text = attached.filename + (f" — {attached.caption}" if attached.caption else "")
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, attached.link_id)
            item.setToolTip(f"{attached.filename} ({attached.size:,} B)")
            self.files.addItem(item)

    def current_link_id(self) -> str | None:
        items = self.files.selectedItems()
        return str(items[0].data(ID_ROLE)) if items else None

    def retranslate(self) -> None:
        self.setTitle(_t("Committee meeting"))
        for caption, text in zip(self.captions, (_t("Date"), _t("Place"), _t("Attendees"), _t("Minutes")), strict=True):
            caption.setText(text)
        self.attendees_edit.setPlaceholderText(_t("One person a line: name and role"))
        self.minutes_edit.setPlaceholderText(_t("What the meeting decided"))
        self.save_button.setText(_t("Save the meeting"))
        self.files_label.setText(_t("Scans of the minutes"))
        self.attach_button.setText(_t("Attach…"))
        self.open_button.setText(_t("Open"))
        self.detach_button.setText(_t("Remove"))
