"""Dialogs of the target screen: the reason every change of the list needs, and choosing a household to add."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cdfi_desktop.messages import message
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets.dialogs import name_standard_buttons
from cdfi_desktop.ui.widgets.fields import screen_language
from cdfi_desktop.ui.widgets.table import Column, Kind, RegisterTable

if TYPE_CHECKING:
    from cdfi_desktop.services.targets import CandidateRow

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
CANDIDATE_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("AddTargetDialog", "Register no."), Kind.TEXT),
    Column(QT_TRANSLATE_NOOP("AddTargetDialog", "Head of household"), Kind.TEXT),
    Column(QT_TRANSLATE_NOOP("AddTargetDialog", "Village"), Kind.TEXT, priority=2),
    Column(QT_TRANSLATE_NOOP("AddTargetDialog", "Class"), Kind.TEXT),
    Column(QT_TRANSLATE_NOOP("AddTargetDialog", "Total debt (baht)"), Kind.MONEY),
    Column(QT_TRANSLATE_NOOP("AddTargetDialog", "Term (months)"), Kind.NUMBER, priority=1),
    Column(QT_TRANSLATE_NOOP("AddTargetDialog", "Why (not) proposed"), Kind.TEXT, stretch=True),
)


class ReasonDialog(QDialog):
    """Asks why: Save stays disabled until a reason is typed."""

    def __init__(self, *, title: str, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.what = QLabel(what)
        self.what.setWordWrap(True)
        layout.addWidget(self.what)
        self.prompt = QLabel(self.tr("Reason (kept in the list's history):"))
        layout.addWidget(self.prompt)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(96)
        layout.addWidget(self.reason_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        name_standard_buttons(self.buttons)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason_edit.textChanged.connect(self._changed)
        self.reason_edit.setFocus()

    def _changed(self) -> None:
        self.save_button.setEnabled(bool(self.reason()))

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()


class AddTargetDialog(QDialog):
    """Choose a household not on the list (the ones the app would propose first), and say why it is added."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a target household"))
        self.setModal(True)
        self.resize(980, 600)
        layout = QVBoxLayout(self)
        self.hint = QLabel(
            self.tr(
                "Households not on the list. Those the app would propose (class C or B, affordable) come first; "
                "any other household may be added with a reason."
            )
        )
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter: name, register no., village…"))
        self.filter.setClearButtonEnabled(True)
        layout.addWidget(self.filter)
        self.model = QStandardItemModel(0, 7, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortRole(SORT_ROLE)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = RegisterTable(CANDIDATE_COLUMNS, context="AddTargetDialog", key="targets-add", sortable=True)
        self.table.setModel(self.proxy)
        self.table.selectionModel().selectionChanged.connect(self._changed)
        layout.addWidget(self.table, 1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        layout.addWidget(QLabel(self.tr("Reason for adding (kept in the list's history):")))
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(72)
        self.reason_edit.textChanged.connect(self._changed)
        layout.addWidget(self.reason_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        name_standard_buttons(self.buttons)
        self.save_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._rows: dict[str, CandidateRow] = {}
        self.model.setHorizontalHeaderLabels([self.tr(c.header) for c in CANDIDATE_COLUMNS])
        self.loading = QLabel(self.tr("Reading the households…"))
        layout.insertWidget(2, self.loading)

    def set_candidates(self, rows: list[CandidateRow]) -> None:
        self.loading.hide()
        language = screen_language()
        self._rows = {r.household_id: r for r in rows}
        self.model.removeRows(0, self.model.rowCount())
        for order, r in enumerate(rows):
            village = " ".join(p for p in (str(r.village_no or ""), r.village) if p)
            note = message(r.note.code, language, **r.note.params)
            reasons = "\n".join(r.class_reason_texts(language))
            cells = [
                (r.code, order),
                (r.head_name, r.head_name),
                (village, village),
                (r.debtor_class.value, "CBDA".index(r.debtor_class.value)),
                (labels.baht_text(r.total_debt), float(r.total_debt)),
                ("–" if r.consolidated_term_months is None else str(r.consolidated_term_months), order),
                (note, order),
            ]
            items = []
            for text, key in cells:
                item = QStandardItem(text)
                item.setData(key, SORT_ROLE)
                item.setData(r.household_id, ID_ROLE)
                item.setToolTip(reasons)
                if not r.eligible:
                    item.setForeground(self.palette().placeholderText())
                items.append(item)
            for column in (4, 5):
                items[column].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.model.appendRow(items)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    def select_household(self, household_id: str) -> bool:
        """Select a household in the table (tests, and the screen when it knows which)."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == household_id:
                self.table.selectRow(row)
                return True
        return False

    def household_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        found = rows[0].data(ID_ROLE)
        return str(found) if found else None

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def _changed(self) -> None:
        chosen = self.household_id()
        row = self._rows.get(chosen or "")
        if row is not None:
            language = screen_language()
            self.note.setText(f"{row.code} {row.head_name}: " + " · ".join([*row.class_reason_texts(language)][:4]))
        self.save_button.setEnabled(chosen is not None and bool(self.reason()))
