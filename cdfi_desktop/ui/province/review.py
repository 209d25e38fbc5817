"""The province's review: the conflicts between two laptops' versions of a record and the records held as the
duplicate of another (the same citizen ID, the same round …), listed on the left; the chosen one side by side on the
right, field by field, the fields that differ highlighted. The officer keeps the stored version, keeps the other,
merges field by field (a click on the value to keep), or, for a duplicate, says they are different people. Each
decision is asked once more, written on the worker (``sync.review_resolve.resolve``: audited, sent back to the
laptops in the next reference bundle), and the case leaves the list; the "resolved" filter shows the decisions with
who, when and how."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from cdfi_desktop.failures import describe
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.backup_preview import when_text
from cdfi_desktop.ui.ops import Ops
from cdfi_desktop.ui.privacy import disclosure
from cdfi_desktop.ui.province.review_data import (
    DIFFERENT,
    KEEP_OTHER,
    KEEP_STORED,
    MERGE,
    Case,
    CaseLine,
    load_case,
    load_cases,
    refusal_text,
    resolve,
)
from cdfi_desktop.ui.province.rollup_tabs import short_name
from cdfi_desktop.ui.reports.common import KEY_ROLE, cell
from cdfi_desktop.ui.sync.tables import kind_label, table_label
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets.counter import count
from cdfi_desktop.ui.widgets.dialogs import ask
from cdfi_desktop.ui.widgets.empty import EmptyOr
from cdfi_desktop.ui.widgets.fields import screen_language
from cdfi_desktop.ui.widgets.page import ActionBar, Page
from cdfi_desktop.ui.widgets.screen import LazyScreen
from cdfi_desktop.ui.widgets.split import MasterDetail
from cdfi_desktop.ui.widgets.table import Column, Kind, RegisterTable
from cdfi_desktop.ui.widgets.thai_text import WrappingLabel

if TYPE_CHECKING:
    pass

log = logging.getLogger(__name__)
CONTEXT = "ProvinceReview"
DIFFERS = QColor("#fff1c2")  # a field whose two versions differ
CHOSEN = QColor("#d6f0db")  # the value a merge keeps
CHOSEN_TEXT = QColor("#1e5631")

OPEN_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("ProvinceReview", "Kind"), Kind.TEXT),
    Column(QT_TRANSLATE_NOOP("ProvinceReview", "Data"), Kind.TEXT),
    Column(QT_TRANSLATE_NOOP("ProvinceReview", "Institute"), Kind.TEXT, stretch=True, priority=1),
    Column(QT_TRANSLATE_NOOP("ProvinceReview", "Stored, from"), Kind.TEXT),
    Column(QT_TRANSLATE_NOOP("ProvinceReview", "Other, from"), Kind.TEXT),
    Column(QT_TRANSLATE_NOOP("ProvinceReview", "Found"), Kind.DATE),
)
HISTORY_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("ProvinceReview", "Kind"), Kind.TEXT),
    Column(QT_TRANSLATE_NOOP("ProvinceReview", "Data"), Kind.TEXT),
    Column(QT_TRANSLATE_NOOP("ProvinceReview", "Institute"), Kind.TEXT, stretch=True, priority=1),
    Column(QT_TRANSLATE_NOOP("ProvinceReview", "Resolved"), Kind.DATE),
    Column(QT_TRANSLATE_NOOP("ProvinceReview", "By"), Kind.TEXT),
    Column(QT_TRANSLATE_NOOP("ProvinceReview", "How"), Kind.TEXT, priority=2),
)
FIELD_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("ProvinceReview", "Field"), Kind.TEXT),
    Column(QT_TRANSLATE_NOOP("ProvinceReview", "Stored version"), Kind.TEXT, stretch=True),
    Column(QT_TRANSLATE_NOOP("ProvinceReview", "Other version"), Kind.TEXT),
)
STORED_COLUMN, OTHER_COLUMN = 1, 2


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class SideBySide(RegisterTable):
    """The two versions in columns of one width, whatever the kit's fitting gave each."""

    def fit_columns(self) -> None:
        super().fit_columns()
        both = self.columnWidth(STORED_COLUMN) + self.columnWidth(OTHER_COLUMN)
        self.setColumnWidth(STORED_COLUMN, both // 2)
        self.setColumnWidth(OTHER_COLUMN, both - both // 2)


class ReviewScreen(LazyScreen):
    """Open conflicts and held duplicates, each side by side, and the officer's decision on each."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.setObjectName("provinceReview")
        self.showing_resolved = False
        self.lines: list[CaseLine] = []
        self.case: Case | None = None
        self.choices: dict[str, str] = {}  # a merge: field → "stored" | "other"
        self.merging = False
        self.loaded = False
        self.working = False
        self.reading_case: int | None = None  # the case being read for the detail
        self.decided: list[tuple[int, str]] = []  # (conflict id, action) decided on this screen
        disclosure().changed.connect(self._show_case)  # citizen IDs masked or revealed (ui/privacy.py)

        self.page = Page(self)
        self.filter = self.page.add_to_heading(QComboBox())
        self.filter.setObjectName("reviewFilter")
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter.addItems(["", ""])
        self.filter.currentIndexChanged.connect(self._filter_chosen)
        self.page.actions.hide()

        # left: the list (open cases, or the decisions taken)
        self.open_table = RegisterTable(OPEN_COLUMNS, context=CONTEXT, key="province_review_open")
        self.open_table.setObjectName("reviewOpen")
        self.open_model = self.open_table.standard_model()
        self.history_table = RegisterTable(HISTORY_COLUMNS, context=CONTEXT, key="province_review_history")
        self.history_table.setObjectName("reviewHistory")
        self.history_model = self.history_table.standard_model()
        for table in (self.open_table, self.history_table):
            table.selectionModel().selectionChanged.connect(lambda _a, _b: self._chosen())
        self.lists = QStackedWidget()
        self.lists.addWidget(self.open_table)
        self.lists.addWidget(self.history_table)

        # right: the chosen case side by side
        detail = QWidget()
        column = QVBoxLayout(detail)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.title = WrappingLabel()
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        column.addWidget(self.title)
        self.devices = WrappingLabel()
        self.devices.setObjectName("reviewDevices")
        self.devices.setWordWrap(True)
        column.addWidget(self.devices)
        self.fields = SideBySide(FIELD_COLUMNS, context=CONTEXT, key="province_review_fields")
        self.fields.setObjectName("reviewFields")
        self.fields.setWordWrap(True)
        self.fields_model = self.fields.standard_model()
        self.fields.clicked.connect(self._field_clicked)
        column.addWidget(self.fields, 1)
        self.hint = WrappingLabel()
        self.hint.setObjectName("reviewHint")
        self.hint.setWordWrap(True)
        column.addWidget(self.hint)
        self.note = QLineEdit()
        self.note.setObjectName("reviewNote")
        column.addWidget(self.note)
        self.decisions = ActionBar()
        self.keep_stored_button = self.decisions.add(lambda: self.decide(KEEP_STORED))
        self.keep_stored_button.setObjectName("keepStored")
        self.keep_other_button = self.decisions.add(lambda: self.decide(KEEP_OTHER))
        self.keep_other_button.setObjectName("keepOther")
        self.merge_button = self.decisions.add(self._merge_clicked)
        self.merge_button.setObjectName("mergeFields")
        self.different_button = self.decisions.add(lambda: self.decide(DIFFERENT))
        self.different_button.setObjectName("differentPeople")
        self.decisions.stretch()
        column.addWidget(self.decisions)
        self.split = MasterDetail(self.lists, detail, key="province_review", ratio=(1, 1))
        self.stack = EmptyOr(self.split)
        self.page.body.addWidget(self.stack)
        self.retranslate()

    # -- reading ---------------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self._stale = False
        resolved, language = self.showing_resolved, screen_language()
        self.ops.query(
            lambda db: load_cases(db, resolved=resolved, language=language),
            success=lambda lines: self._listed(resolved, lines),
            failure=self._failed,
        )

    def _filter_chosen(self, index: int) -> None:
        self.showing_resolved = index == 1
        self.lists.setCurrentIndex(index)
        self.case = None
        self.reload()

    def _gone(self) -> bool:
        """The screen was closed and freed while its reading ran (a window closing, a test ending)."""
        import shiboken6

        return not (shiboken6.isValid(self) and shiboken6.isValid(self.open_table))

    def _listed(self, resolved: bool, lines: list[CaseLine]) -> None:
        if self._gone() or resolved != self.showing_resolved:
            return
        chosen = self.chosen_line()
        self.lines = lines
        self.loaded = True
        self._fill_list()
        table = self.history_table if resolved else self.open_table
        again = chosen is not None and table.select_where(KEY_ROLE, chosen.conflict_id)
        if not again and lines:
            table.selectRow(0)
        self._chosen()  # the same row chosen again sends no signal: its case is read again when it was let go
        self._show_empty()

    def _failed(self, exc: Exception) -> None:
        if self._gone():
            return
        log.error("the review failed: %s", exc)
        self.working = False
        self.reading_case = None
        language = screen_language()
        self.page.show_problem(refusal_text(exc, language) or describe(exc, language))
        self._update_buttons()

    def chosen_line(self) -> CaseLine | None:
        table = self.history_table if self.showing_resolved else self.open_table
        key = table.chosen_value(KEY_ROLE)
        return next((line for line in self.lines if line.conflict_id == key), None)

    def _chosen(self) -> None:
        line = self.chosen_line()
        self.merging = False
        self.choices = {}
        if line is None:
            self.case = None
            self._show_case()
            return
        if self.case is not None and self.case.line.conflict_id == line.conflict_id:
            return
        if self.reading_case == line.conflict_id:
            return
        self.reading_case = line.conflict_id
        language = screen_language()
        self.ops.query(
            lambda db: load_case(db, line, language=language),
            success=self._case_read,
            failure=self._failed,
        )

    def _case_read(self, case: Case) -> None:
        self.reading_case = None
        line = self.chosen_line()
        if line is None or line.conflict_id != case.line.conflict_id:
            return
        self.case = case
        self.choices = {row.field: "stored" for row in case.rows if row.differs}
        self._show_case()

    # -- showing ---------------------------------------------------------------------------------------------------
    def _show_empty(self) -> None:
        if self.lines:
            self.stack.show_content()
        elif self.showing_resolved:
            self.stack.show_empty(
                _t("No case has been decided here yet."),
                _t("Show what waits for review"),
                lambda: self.filter.setCurrentIndex(0),
            )
        else:
            self.stack.show_empty(
                _t(
                    "Nothing waits for review. When two laptops change the same record, or one sends a record that "
                    "repeats another (the same citizen ID), it is listed here after the import."
                ),
                _t("Show the decisions taken"),
                lambda: self.filter.setCurrentIndex(1),
            )

    def _fill_list(self) -> None:
        if self.showing_resolved:
            model = self.history_model
            model.removeRows(0, model.rowCount())
            for line in self.lines:
                model.appendRow(
                    [
                        cell(kind_label(line.kind), key=line.conflict_id),
                        cell(table_label(line.table), tip=line.record_id),
                        cell(short_name(line.institute) if line.institute else "–", tip=line.institute),
                        cell(when_text(line.resolved_at) if line.resolved_at else "–", Kind.DATE),
                        cell(line.resolved_by),
                        cell(line.resolution, tip=line.resolution),
                    ]
                )
            return
        model = self.open_model
        model.removeRows(0, model.rowCount())
        for line in self.lines:
            hard = line.kind in ("hard", "duplicate")
            model.appendRow(
                [
                    cell(kind_label(line.kind), key=line.conflict_id, bold=hard),
                    cell(table_label(line.table), tip=line.record_id),
                    cell(short_name(line.institute) if line.institute else "–", tip=line.institute),
                    cell(line.stored_officer or "–", tip=line.stored_officer),
                    cell(line.other_officer or "–", tip=line.other_officer),
                    cell(
                        labels.date_text(line.detected_at.astimezone().date()),
                        Kind.DATE,
                        tip=when_text(line.detected_at),
                    ),
                ]
            )

    def _show_case(self) -> None:
        case = self.case
        model = self.fields_model
        model.removeRows(0, model.rowCount())
        if case is None:
            self.title.setText(_t("Choose a case in the list."))
            self.devices.setText("")
            self.hint.setText("")
            self._update_buttons()
            return
        line = case.line
        self.title.setText(f"{kind_label(line.kind)} · {table_label(line.table)} · {line.institute or line.record_id}")
        self.devices.setText(
            _t("Stored: the version from %1. Other: the version from %2, found %3.")
            .replace("%1", line.stored_officer or "–")
            .replace("%2", line.other_officer or "–")
            .replace("%3", when_text(line.detected_at))
        )
        for row in case.rows:
            background = DIFFERS if row.differs else None
            stored, other = _shown(row.field, row.stored), _shown(row.field, row.other)
            cells = [
                cell(row.label, background=background, bold=row.differs, tip=row.field),
                cell(stored, background=background, tip=stored),
                cell(other, background=background, tip=other),
            ]
            if self.merging and row.differs:
                kept = STORED_COLUMN if self.choices.get(row.field) == "stored" else OTHER_COLUMN
                cells[kept].setBackground(CHOSEN)
                cells[kept].setForeground(CHOSEN_TEXT)
                cells[kept].setText("✓ " + cells[kept].text())
            model.appendRow(cells)
        self.fields.resizeRowsToContents()
        if case.resolved or line.resolved_at is not None:
            self.hint.setText(
                _t("Resolved %1 by %2: %3")
                .replace("%1", when_text(line.resolved_at) if line.resolved_at else "–")
                .replace("%2", line.resolved_by or "–")
                .replace("%3", line.resolution or case.resolution)
            )
        elif self.merging:
            self.hint.setText(
                _t("Merging: click the value to keep in each highlighted field, then press the merge button again.")
            )
        else:
            differ = sum(1 for row in case.rows if row.differs)
            self.hint.setText(count(CONTEXT, "%n fields differ (highlighted).", differ))
        self._update_buttons()

    def _update_buttons(self) -> None:
        case = self.case
        open_case = case is not None and not self.showing_resolved and not case.resolved
        if self.working:
            why = _t("Wait until the decision is written.")
        elif self.showing_resolved:
            why = _t("This case is already resolved.")
        else:
            why = _t("Choose a case in the list first.")
        ready = open_case and not self.working
        for button in (self.keep_stored_button, self.keep_other_button, self.merge_button):
            self.decisions.set_available(button, ready, why)
        duplicate = case is not None and case.line.kind == "duplicate"
        self.decisions.set_available(
            self.different_button,
            ready and duplicate,
            why if not ready else _t("Only a duplicate can be two different people."),
        )
        self.note.setEnabled(ready)
        for widget in (self.note, self.decisions):  # the decisions taken are read, not decided again
            widget.setVisible(not self.showing_resolved)
        self.merge_button.setText(_t("Merge the chosen values…") if self.merging else _t("Merge field by field"))

    # -- deciding --------------------------------------------------------------------------------------------------
    def _field_clicked(self, index: QModelIndex) -> None:
        if not self.merging or self.case is None or index.column() not in (STORED_COLUMN, OTHER_COLUMN):
            return
        row = self.case.rows[index.row()]
        if row.differs:
            self.choices[row.field] = "stored" if index.column() == STORED_COLUMN else "other"
            self._show_case()

    def choose(self, field: str, side: str) -> None:
        """Keep ``side`` ("stored" or "other") of ``field`` in the merge (as a click on its value does)."""
        self.merging = True
        self.choices[field] = side
        self._show_case()

    def _merge_clicked(self) -> None:
        if not self.merging:
            self.merging = True
            self._show_case()
            return
        self.decide(MERGE)

    def decide(self, action: str) -> None:
        """Ask, then write the decision on the chosen case."""
        case = self.case
        if case is None or self.working:
            return
        line = case.line
        subject = f"{kind_label(line.kind)} · {table_label(line.table)} · {line.institute or line.record_id}"
        questions = {
            KEEP_STORED: _t("Keep the stored version (from %1) and set the other aside?"),
            KEEP_OTHER: _t("Keep the other version (from %2) in place of the stored one?"),
            MERGE: _t("Keep the values chosen field by field (%3 from the other version)?"),
            DIFFERENT: _t("These are two different people: keep both records?"),
        }
        others = sum(1 for side in self.choices.values() if side == "other")
        question = (
            questions[action]
            .replace("%1", line.stored_officer or "–")
            .replace("%2", line.other_officer or "–")
            .replace("%3", str(others))
        )
        question += "\n\n" + subject + "\n"
        question += _t("The decision is recorded and sent to the laptops in the next reference bundle.")
        if not ask(self, _t("Resolve the case"), question):
            return
        fields = dict(self.choices) if action == MERGE else None
        note = self.note.text().strip()
        conflict_id = line.conflict_id
        self.working = True
        self.page.clear_problem()
        self._update_buttons()

        def done(_result: object) -> None:
            self.working = False
            self.decided.append((conflict_id, action))
            self.note.clear()
            self.merging = False
            self.case = None
            self.page.say(_t("Resolved: %1").replace("%1", subject))

        self.ops.change(
            lambda db, _progress: resolve(db, conflict_id, action=action, fields=fields, note=note),
            success=done,
            failure=self._failed,
        )

    # -- language --------------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.page.set_heading(_t("Review: conflicts and duplicates"))
        self.filter.setItemText(0, _t("Waiting for review"))
        self.filter.setItemText(1, _t("Resolved"))
        for table in (self.open_table, self.history_table, self.fields):
            table.retranslate()
        self.note.setPlaceholderText(_t("Note for the decision (optional): whom you asked, what you checked"))
        self.keep_stored_button.setText(_t("Keep the stored version…"))
        self.keep_other_button.setText(_t("Keep the other version…"))
        self.different_button.setText(_t("Different people…"))
        self.page.status.setText("")  # what was just done was said in the other language
        if self.loaded:
            self._show_empty()
            # the decisions' words and the field labels come in the new language with the next read
            self.case = None
            if self.isVisible():
                self.reload()
            else:
                self._stale = True
        self._show_case()


def _shown(field: str, value: str) -> str:
    """A field's value as the screen shows it: a citizen ID masked unless revealed (ui/privacy.py)."""
    return disclosure().show(value) if "citizen_id" in field and value != "–" else value
