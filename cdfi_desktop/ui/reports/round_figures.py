"""The figures of a report round: its report form (targets, households at 1HH1C against the minimum, the money,
where the former debts came from, how the contracts stand) beside what changed since the last submitted round."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cdfi_desktop.ui import labels
from cdfi_desktop.ui.widgets.counter import count
from cdfi_desktop.ui.widgets.screen import TranslatedWidget
from cdfi_desktop.ui.widgets.thai_text import WrappingLabel

if TYPE_CHECKING:
    from cdfi_desktop.services.report_rounds import Comparison, RoundView

CONTEXT = "RoundsTab"
RED = QColor("#b00d0d")
GREEN = QColor("#1a6626")
KEYS = (
    "targets",
    "households",
    "minimum",
    "debt_before",
    "principal",
    "paid",
    "balance",
    "arrears",
    "inside",
    "formal",
    "informal",
    "standing",
)


class RoundFigures(TranslatedWidget):
    """The report form's figures in two columns of label and value, and the comparison with the last round."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: RoundView | None = None
        self.figures_box = QGroupBox()
        grid = QGridLayout(self.figures_box)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(2)
        self.labels: dict[str, tuple[QLabel, QLabel]] = {}
        for index, key in enumerate(KEYS):
            name, value = QLabel(), QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            row, pair = index % 6, index // 6
            grid.addWidget(name, row, pair * 2)
            grid.addWidget(value, row, pair * 2 + 1, alignment=Qt.AlignmentFlag.AlignRight)
            self.labels[key] = (name, value)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.compare_box = QGroupBox()
        self.compare_text = WrappingLabel()
        self.compare_text.setWordWrap(True)
        self.compare_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.compare_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self.compare_box).addWidget(self.compare_text)
        row_layout = QHBoxLayout(self)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.figures_box, 3)
        row_layout.addWidget(self.compare_box, 2)
        self.retranslate()

    def show_view(self, view: RoundView | None) -> None:
        self.view = view
        self._fill_figures()
        self._fill_comparison()

    def _set(self, key: str, value: str, color: QColor | None = None) -> None:
        label = self.labels[key][1]
        label.setText(value)
        label.setStyleSheet(f"color: {color.name()};" if color is not None else "")

    def _fill_figures(self) -> None:
        view = self.view
        if view is None:
            for _name, value in self.labels.values():
                value.setText("–")
            return
        t = view.figures.totals
        baht = labels.baht_text
        self._set("targets", str(t.target_households))
        self._set(
            "households",
            f"{t.households_1hh1c} ({count(CONTEXT, '%n contracts', t.contracts)})",
        )
        if t.meets_minimum:
            self._set(
                "minimum",
                QCoreApplication.translate(CONTEXT, "Met (at least %1)").replace("%1", str(t.min_households)),
                GREEN,
            )
        else:
            self._set(
                "minimum",
                QCoreApplication.translate(CONTEXT, "%1 short of %2")
                .replace("%1", str(t.short_of_minimum))
                .replace("%2", str(t.min_households)),
                RED,
            )
        for key, amount in (
            ("debt_before", t.debt_before),
            ("principal", t.principal),
            ("paid", t.paid),
            ("balance", t.balance),
            ("inside", t.source("inside_institute").amount),
            ("formal", t.source("other_formal").amount),
            ("informal", t.source("informal").amount),
        ):
            self._set(key, baht(amount))
        self._set(
            "arrears",
            f"{baht(t.arrears)} ({count(CONTEXT, '%n households', t.in_arrears)})",
            RED if t.arrears > 0 else None,
        )
        self._set(
            "standing",
            QCoreApplication.translate(CONTEXT, "%1 on schedule, %2 behind, %3 paid off")
            .replace("%1", str(t.current))
            .replace("%2", str(t.in_arrears))
            .replace("%3", str(t.paid_off)),
        )

    def _fill_comparison(self) -> None:
        view = self.view
        c: Comparison | None = view.comparison if view is not None else None
        if c is None:
            self.compare_box.setTitle(QCoreApplication.translate(CONTEXT, "Compared with the last submitted round"))
            self.compare_text.setText(QCoreApplication.translate(CONTEXT, "No earlier round has been submitted."))
            return
        self.compare_box.setTitle(
            QCoreApplication.translate(CONTEXT, "Compared with round %1 (as of %2)")
            .replace("%1", str(c.previous_round_no))
            .replace("%2", labels.date_text(c.previous_as_of))
        )
        baht = labels.baht_text
        changes = [
            (QCoreApplication.translate(CONTEXT, "Households"), str(c.households_before), str(c.households_after)),
            (QCoreApplication.translate(CONTEXT, "Repaid"), baht(c.paid_before), baht(c.paid_after)),
            (QCoreApplication.translate(CONTEXT, "Outstanding"), baht(c.balance_before), baht(c.balance_after)),
            (QCoreApplication.translate(CONTEXT, "Arrears"), baht(c.arrears_before), baht(c.arrears_after)),
        ]
        if c.principal_before != c.principal_after:
            changes.insert(
                1, (QCoreApplication.translate(CONTEXT, "Principal"), baht(c.principal_before), baht(c.principal_after))
            )
        lines = [f"{label}: {before} → {after}" for label, before, after in changes]
        if c.added:
            names = ", ".join(f"{h.household_code} {h.head_name}" for h in c.added)
            lines.append(QCoreApplication.translate(CONTEXT, "New: %1").replace("%1", names))
        if c.gone:
            names = ", ".join(f"{h.household_code} {h.head_name}" for h in c.gone)
            lines.append(QCoreApplication.translate(CONTEXT, "No longer reported: %1").replace("%1", names))
        if c.arrears_changed:
            lines.append(count(CONTEXT, "Arrears changed for %n households", len(c.arrears_changed)))
        if not c.changed:
            lines.append(QCoreApplication.translate(CONTEXT, "No change."))
        self.compare_text.setText("\n".join(lines))

    def retranslate(self) -> None:
        self.figures_box.setTitle(QCoreApplication.translate(CONTEXT, "Report form"))
        names = {
            "targets": QCoreApplication.translate(CONTEXT, "Target households"),
            "households": QCoreApplication.translate(CONTEXT, "Households at 1HH1C"),
            "minimum": QCoreApplication.translate(CONTEXT, "Minimum per institute"),
            "debt_before": QCoreApplication.translate(CONTEXT, "Former debts transferred"),
            "principal": QCoreApplication.translate(CONTEXT, "Principal of the new contracts"),
            "paid": QCoreApplication.translate(CONTEXT, "Repaid so far"),
            "balance": QCoreApplication.translate(CONTEXT, "Outstanding"),
            "arrears": QCoreApplication.translate(CONTEXT, "In arrears"),
            "inside": QCoreApplication.translate(CONTEXT, "From member funds"),
            "formal": QCoreApplication.translate(CONTEXT, "From other formal lenders"),
            "informal": QCoreApplication.translate(CONTEXT, "From informal lenders"),
            "standing": QCoreApplication.translate(CONTEXT, "Contracts"),
        }
        for key, (name, _value) in self.labels.items():
            name.setText(names[key])
        self.show_view(self.view)
