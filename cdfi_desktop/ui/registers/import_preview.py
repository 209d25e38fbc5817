"""The import wizard's third step, the dry run: how many rows are new, updated, unchanged or rejected, the rows
to look at with their reasons, the area the workbook names, and the member funds it names that the institute
lacks (ticked to create with the import)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cdfi_desktop.ui import labels

if TYPE_CHECKING:
    from cdfi_desktop.services.excel_import import ImportPlan, MissingFund

STATUSES = ("new", "updated", "unchanged", "rejected")


def _tr(text: str) -> str:
    """The wizard's texts are translated as the dialog's (context ImportDialog)."""
    return QCoreApplication.translate("ImportDialog", text)


def language_code() -> str:
    return "th" if labels.is_thai() else "en"


class PreviewPart:
    """The dry-run step of ``ImportDialog`` (mixed into it)."""

    plan: ImportPlan | None
    offered_funds: dict[str, MissingFund]
    create_funds: set[str]

    if TYPE_CHECKING:  # given by the dialog

        def check(self) -> None: ...

        def _status_text(self, status: str) -> str: ...

        def _update_buttons(self) -> None: ...

    def _preview_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.preview_intro = QLabel()
        self.preview_intro.setWordWrap(True)
        column.addWidget(self.preview_intro)
        tiles = QGridLayout()
        self.tile_values: dict[str, QLabel] = {}
        self.tile_captions: dict[str, QLabel] = {}
        for index, status in enumerate(STATUSES):
            tile = QFrame()
            tile.setObjectName("tile")
            inside = QVBoxLayout(tile)
            value = QLabel("0")
            value.setObjectName("tileValue")
            caption = QLabel()
            caption.setObjectName("tileCaption")
            inside.addWidget(value)
            inside.addWidget(caption)
            tiles.addWidget(tile, 0, index)
            self.tile_values[status], self.tile_captions[status] = value, caption
        column.addLayout(tiles)
        self.skipped_label = QLabel()
        self.skipped_label.setObjectName("importSkipped")
        self.skipped_label.setWordWrap(True)
        column.addWidget(self.skipped_label)
        self.area_label = QLabel()
        self.area_label.setObjectName("importAreaWarning")
        self.area_label.setWordWrap(True)
        self.area_label.setStyleSheet("color: #9a3412;")
        column.addWidget(self.area_label)
        self.area_confirm = QCheckBox()
        self.area_confirm.toggled.connect(lambda _on: self._update_buttons())
        column.addWidget(self.area_confirm)
        self.funds_label = QLabel()
        self.funds_label.setWordWrap(True)
        column.addWidget(self.funds_label)
        funds_row = QHBoxLayout()
        self.fund_list = QListWidget()
        self.fund_list.setObjectName("importMissingFunds")
        self.fund_list.setMaximumHeight(96)
        self.funds_button = QPushButton()
        self.funds_button.setAutoDefault(False)
        self.funds_button.clicked.connect(lambda _checked=False: self.create_ticked_funds())
        funds_row.addWidget(self.fund_list, 1)
        funds_row.addWidget(self.funds_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(funds_row)
        for widget in (
            self.skipped_label,
            self.area_label,
            self.area_confirm,
            self.funds_label,
            self.fund_list,
            self.funds_button,
        ):
            widget.hide()
        self.problems_label = QLabel()
        self.problems_label.setObjectName("sectionTitle")
        column.addWidget(self.problems_label)
        self.problems = QTableWidget(0, 4)
        self.problems.verticalHeader().setVisible(False)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems.setWordWrap(True)
        header = self.problems.horizontalHeader()
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        column.addWidget(self.problems, 1)
        return page

    def create_ticked_funds(self) -> None:
        """Check the workbook again, creating with the import the missing funds the officer ticked."""
        self.create_funds = {
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.fund_list.item(i) for i in range(self.fund_list.count()))
            if item is not None and item.checkState() == Qt.CheckState.Checked
        }
        self.check()

    def _fill_preview(self) -> None:
        plan = self.plan
        if plan is None:
            return
        counts = plan.counts()
        for status in STATUSES:
            self.tile_values[status].setText(f"{counts[status]:,}")
        language = language_code()
        self.skipped_label.setText(
            _tr("Lines that are not data (totals, signatures, notes, headings) skipped: %1").replace(
                "%1", f"{len(plan.skipped):,}"
            )
        )
        self.skipped_label.setVisible(bool(plan.skipped))
        warnings = [w.message(language) for w in plan.area_warnings]
        self.area_label.setText("\n".join(warnings))
        self.area_label.setVisible(bool(warnings))
        self.area_confirm.setVisible(bool(warnings))
        self._fill_funds()
        shown = [o for o in plan.outcomes if o.status == "rejected"] + [
            o for o in plan.outcomes if o.status != "rejected" and o.warnings
        ]
        self.problems.setRowCount(len(shown))
        for row, outcome in enumerate(shown):
            reasons = "\n".join(outcome.reasons(language))
            values = (outcome.sheet, str(outcome.row), self._status_text(outcome.status), reasons)
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if outcome.status == "rejected":
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.problems.setItem(row, col, item)
        self.problems.resizeRowsToContents()

    def _fill_funds(self) -> None:
        """The member funds the workbook names that the institute lacks, each to tick for creating."""
        from cdfi_desktop.domain.enums import FundType

        offered = list(self.offered_funds.values())
        for widget in (self.funds_label, self.fund_list, self.funds_button):
            widget.setVisible(bool(offered))
        self.fund_list.clear()
        for fund in offered:
            text = (
                _tr("%1 (%2): %3 rows")
                .replace("%1", fund.name)
                .replace("%2", labels.fund_type_label(FundType(fund.fund_type)))
                .replace("%3", f"{fund.rows:,}")
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, fund.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if fund.name in self.create_funds else Qt.CheckState.Unchecked)
            self.fund_list.addItem(item)
