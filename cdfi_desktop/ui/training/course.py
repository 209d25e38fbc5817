"""The training screen's course tab: the course's title, venue and trainers, its days with their dates and
topics, how many days complete it, and Save."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cdfi_desktop.domain.errors import DomainError
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.widgets.fields import problem_label

if TYPE_CHECKING:
    from cdfi_desktop.services.training_types import CourseDefaults, CourseView, DayForm

CONTEXT = "TrainingScreen"
MAX_DAYS = 10


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


DATE_ROLE = Qt.ItemDataRole.UserRole + 1  # the date a cell's text was read as (kept across a language change)


class CoursePage(QWidget):
    """The course form; ``save_button`` is the screen's to connect."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._default_topics: list[str] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 8, 8, 6)
        form = QGridLayout()
        form.setHorizontalSpacing(10)
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(200)
        self.venue_edit = QLineEdit()
        self.venue_edit.setMaxLength(200)
        self.trainers_edit = QLineEdit()
        self.days_spin = QSpinBox()
        self.days_spin.setRange(1, MAX_DAYS)
        self.days_spin.valueChanged.connect(self._days_changed)
        self.min_days_spin = QSpinBox()
        self.min_days_spin.setRange(1, MAX_DAYS)
        self.title_label, self.venue_label, self.trainers_label = QLabel(), QLabel(), QLabel()
        self.days_label, self.min_days_label = QLabel(), QLabel()
        for row, (label, edit) in enumerate(
            (
                (self.title_label, self.title_edit),
                (self.venue_label, self.venue_edit),
                (self.trainers_label, self.trainers_edit),
            )
        ):
            form.addWidget(label, row, 0)
            form.addWidget(edit, row, 1, 1, 3)
        rule = QHBoxLayout()
        rule.addWidget(self.days_spin)
        rule.addSpacing(24)
        rule.addWidget(self.min_days_label)
        rule.addSpacing(6)
        rule.addWidget(self.min_days_spin)
        rule.addStretch(1)
        form.addWidget(self.days_label, 3, 0)
        form.addLayout(rule, 3, 1, 1, 3)
        form.setColumnStretch(1, 1)
        column.addLayout(form)
        self.days_table = QTableWidget(0, 3)
        self.days_table.verticalHeader().setVisible(False)
        header = self.days_table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.days_table.verticalHeader().setDefaultSectionSize(30)
        self.days_table.itemChanged.connect(self._cell_changed)
        column.addWidget(self.days_table, 1)
        bar = QHBoxLayout()
        self.problem = problem_label(state="error", hidden=False)
        self.save_button = QPushButton()
        bar.addWidget(self.problem, 1)
        bar.addWidget(self.save_button)
        column.addLayout(bar)

    def fill(self, course: CourseView | None, defaults: CourseDefaults) -> None:
        """The saved course, or the defaults of the fiscal year for a new one."""
        days: list[tuple[date | None, str]]
        if course is not None:
            self.title_edit.setText(course.title)
            self.venue_edit.setText(course.venue)
            self.trainers_edit.setText(course.trainers)
            days = [(d.held_on, d.topics) for d in course.days]
            minimum = course.min_days_to_complete
        else:
            self.title_edit.setText(defaults.title)
            self.venue_edit.clear()
            self.trainers_edit.clear()
            days = [(d.held_on, d.topics) for d in defaults.days]
            minimum = defaults.min_days_to_complete
        self._default_topics = [d.topics for d in defaults.days]
        self.days_spin.blockSignals(True)
        self.days_spin.setValue(max(1, len(days)))
        self.days_spin.blockSignals(False)
        self.days_table.setRowCount(0)
        for held_on, topics in days:
            self._append_day(held_on, topics)
        self.min_days_spin.setMaximum(max(1, len(days)))
        self.min_days_spin.setValue(minimum)
        self.problem.clear()

    def _append_day(self, held_on: date | None, topics: str) -> None:
        row = self.days_table.rowCount()
        self.days_table.insertRow(row)
        number = QTableWidgetItem(str(row + 1))
        number.setFlags(Qt.ItemFlag.ItemIsEnabled)
        number.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self.days_table.setItem(row, 0, number)
        self.days_table.setItem(row, 1, self._date_item(held_on))
        self.days_table.setItem(row, 2, QTableWidgetItem(topics))

    @staticmethod
    def _date_item(held_on: date | None) -> QTableWidgetItem:
        """A date cell: typed and shown as the screen's dates are (B.E. in Thai, C.E. in English)."""
        item = QTableWidgetItem(labels.date_numeric(held_on))
        item.setData(DATE_ROLE, held_on)
        return item

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        """Keep the date a typed cell means, so that it shows in the other era after a language change."""
        if item.column() != 1:
            return
        typed = item.text().strip()
        try:
            held_on = labels.parse_screen_date(typed) if typed else None
        except DomainError:
            held_on = None
        if item.data(DATE_ROLE) != held_on:
            item.setData(DATE_ROLE, held_on)

    def _days_changed(self, count: int) -> None:
        while self.days_table.rowCount() < count:
            n = self.days_table.rowCount()
            self._append_day(None, self._default_topics[n] if n < len(self._default_topics) else "")
        while self.days_table.rowCount() > count:
            self.days_table.removeRow(self.days_table.rowCount() - 1)
        at_most = self.min_days_spin.value() == self.min_days_spin.maximum()
        self.min_days_spin.setMaximum(count)
        if at_most:
            self.min_days_spin.setValue(count)

    def day_forms(self) -> list[DayForm]:
        """The days as typed; raises DomainError for a date that cannot be read."""
        from cdfi_desktop.services.training_types import DayForm

        forms = []
        for row in range(self.days_table.rowCount()):
            date_item, topics_item = self.days_table.item(row, 1), self.days_table.item(row, 2)
            typed = date_item.text().strip() if date_item else ""
            held_on = labels.parse_screen_date(typed) if typed else None
            forms.append(DayForm(row + 1, held_on, topics_item.text().strip() if topics_item else ""))
        return forms

    def retranslate(self) -> None:
        self.title_label.setText(_t("Course title"))
        self.venue_label.setText(_t("Venue"))
        self.trainers_label.setText(_t("Trainers"))
        self.days_label.setText(_t("Days"))
        self.min_days_label.setText(_t("Completed when attending at least (days)"))
        self.days_table.setHorizontalHeaderLabels([_t("Day"), _t("Date (dd/mm/yyyy)"), _t("Topics")])
        self.save_button.setText(_t("Save course"))
        self.days_table.blockSignals(True)
        for row in range(self.days_table.rowCount()):
            item = self.days_table.item(row, 1)
            held_on = item.data(DATE_ROLE) if item is not None else None
            if item is not None and isinstance(held_on, date):
                item.setText(labels.date_numeric(held_on))  # the same day in the era of the new language
        self.days_table.blockSignals(False)
