"""The import wizard's second step: which column of each sheet holds which field, the first values under them,
and the columns whose heading could mean several fields, asked of the officer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cdfi_desktop.ui import labels

if TYPE_CHECKING:
    from cdfi_desktop.services.excel_import import ColumnMapping, ImportPlan
    from cdfi_desktop.ui.registers.import_work import Inspected

NOT_MAPPED = -1


def _tr(text: str) -> str:
    """The wizard's texts are translated as the dialog's (context ImportDialog)."""
    return QCoreApplication.translate("ImportDialog", text)


class MappingPart:
    """The column-mapping step of ``ImportDialog`` (mixed into it)."""

    inspected: Inspected | None
    mappings: dict[str, ColumnMapping]
    asked: dict[str, list[tuple[int, str, tuple[str, ...]]]]
    plan: ImportPlan | None

    def _mapping_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.mapping_intro = QLabel()
        self.mapping_intro.setWordWrap(True)
        column.addWidget(self.mapping_intro)
        row = QHBoxLayout()
        self.sheet_label = QLabel()
        self.sheet_combo = QComboBox()
        self.sheet_combo.currentIndexChanged.connect(lambda _i: self._fill_mapping_table())
        self.header_row_label = QLabel()
        row.addWidget(self.sheet_label)
        row.addWidget(self.sheet_combo, 1)
        row.addWidget(self.header_row_label)
        column.addLayout(row)
        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.verticalHeader().setVisible(False)
        self.mapping_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.mapping_table.setColumnWidth(1, 340)
        column.addWidget(self.mapping_table, 1)
        self.questions_label = QLabel()
        self.questions_label.setWordWrap(True)
        self.questions_label.setObjectName("importQuestions")
        self.questions_label.setStyleSheet("color: #9a3412; font-weight: bold;")
        column.addWidget(self.questions_label)
        self.questions = QTableWidget(0, 3)
        self.questions.setObjectName("importQuestionTable")
        self.questions.verticalHeader().setVisible(False)
        self.questions.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.questions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.questions.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.questions.setMaximumHeight(150)
        column.addWidget(self.questions)
        self.remember = QCheckBox()
        self.remember.setChecked(True)
        column.addWidget(self.remember)
        return page

    def _current_mapping(self) -> ColumnMapping | None:
        name = self.sheet_combo.currentData()
        return self.mappings.get(name) if isinstance(name, str) else None

    def _fill_mapping_table(self) -> None:
        from openpyxl.utils.cell import get_column_letter  # type: ignore[import-untyped]

        from cdfi_desktop.services.excel_import.fields import FIELDS

        mapping = self._current_mapping()
        if mapping is None or self.inspected is None:
            self.mapping_table.setRowCount(0)
            return
        self.header_row_label.setText(_tr("Headings on row %1").replace("%1", str(mapping.header_row)))
        thai = labels.is_thai()
        self.mapping_table.setRowCount(len(FIELDS))
        for row, fld in enumerate(FIELDS):
            self.mapping_table.setItem(row, 0, QTableWidgetItem(fld.th if thai else fld.en))
            combo = QComboBox()
            combo.addItem(_tr("— not in the workbook —"), NOT_MAPPED)
            for col, header in enumerate(mapping.headers):
                if header.strip():
                    combo.addItem(f"{get_column_letter(col + 1)}: {header}", col)
            combo.currentIndexChanged.connect(lambda _i, key=fld.key, box=combo: self._mapping_changed(key, box))
            self.mapping_table.setCellWidget(row, 1, combo)
        self._fill_questions(mapping)
        self._sync_mapping_table()

    def _fill_questions(self, mapping: ColumnMapping) -> None:
        """The columns whose heading could mean several fields, each with a choice of those fields."""
        from openpyxl.utils.cell import get_column_letter

        from cdfi_desktop.services.excel_import.fields import FIELD_BY_KEY

        asked = self.asked.get(mapping.sheet, [])
        self.questions_label.setVisible(bool(asked))
        self.questions.setVisible(bool(asked))
        self.questions.setRowCount(len(asked))
        thai = labels.is_thai()
        for row, (col, header, fields) in enumerate(asked):
            self.questions.setItem(row, 0, QTableWidgetItem(get_column_letter(col + 1)))
            self.questions.setItem(row, 1, QTableWidgetItem(header))
            combo = QComboBox()
            combo.addItem(_tr("— choose (not imported) —"), "")
            for key in fields:
                combo.addItem(FIELD_BY_KEY[key].th if thai else FIELD_BY_KEY[key].en, key)
            combo.currentIndexChanged.connect(lambda _i, column=col, box=combo: self._question_answered(column, box))
            self.questions.setCellWidget(row, 2, combo)

    def _question_answered(self, column: int, combo: QComboBox) -> None:
        mapping = self._current_mapping()
        if mapping is None:
            return
        key = combo.currentData()
        for other, col in list(mapping.columns.items()):
            if col == column:
                mapping.set(other, None)
        if key:
            mapping.set(str(key), column)
        self.plan = None
        self._sync_mapping_table()

    def answer(self, column: int, key: str | None, *, sheet: str | None = None) -> None:
        """Choose what a column with a heading of several meanings holds, as the officer would."""
        if sheet is not None:
            self.sheet_combo.setCurrentIndex(self.sheet_combo.findData(sheet))
        for row, (col, _header, _fields) in enumerate(self.asked.get(self.sheet_combo.currentData(), [])):
            combo = self.questions.cellWidget(row, 2)
            if col == column and isinstance(combo, QComboBox):
                combo.setCurrentIndex(max(0, combo.findData(key or "")))

    def _mapping_changed(self, key: str, combo: QComboBox) -> None:
        mapping = self._current_mapping()
        if mapping is None:
            return
        col = combo.currentData()
        mapping.set(key, None if col == NOT_MAPPED else int(col))
        self.plan = None
        self._sync_mapping_table()  # a column holds one field: others pointing at it are cleared

    def _sync_mapping_table(self) -> None:
        """The combos and first values shown again from the mapping, without rebuilding the table."""
        from cdfi_desktop.services.excel_import.fields import FIELDS

        mapping = self._current_mapping()
        if mapping is None or self.inspected is None:
            return
        sheet = self.inspected.workbook.sheet(mapping.sheet)
        first = next((r for r in sheet.rows[mapping.header_row :] if any(v is not None for v in r)), ())
        for row, fld in enumerate(FIELDS):
            combo = self.mapping_table.cellWidget(row, 1)
            if not isinstance(combo, QComboBox):
                continue
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(mapping.columns.get(fld.key, NOT_MAPPED))))
            combo.blockSignals(False)
            mapped = mapping.columns.get(fld.key)
            value = None if mapped is None or mapped >= len(first) else first[mapped]
            self.mapping_table.setItem(row, 2, QTableWidgetItem("" if value is None else str(value)))
        by_column = {col: key for key, col in mapping.columns.items()}
        for row, (col, _header, _fields) in enumerate(self.asked.get(mapping.sheet, [])):
            answer = self.questions.cellWidget(row, 2)
            if isinstance(answer, QComboBox):
                answer.blockSignals(True)
                answer.setCurrentIndex(max(0, answer.findData(by_column.get(col, ""))))
                answer.blockSignals(False)

    def set_column(self, key: str, column: int | None, *, sheet: str | None = None) -> None:
        """Point a field at a column (0-based) as the officer would with the combo box."""
        name = sheet or self.sheet_combo.currentData()
        self.mappings[name].set(key, column)
        self.plan = None
        self._sync_mapping_table()
