"""The parts of the indicators dashboard: a criterion of the five as a row (passed or not, why, and the way to the
step that fixes it), a key figure, and a bar chart drawn against its goal line."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from cdfi_desktop.domain.criteria import CriterionResult
from cdfi_desktop.ui.widgets.charts import BarChart
from cdfi_desktop.ui.widgets.thai_text import WrappingLabel
from cdfi_desktop.ui.workflow import STEPS

PASS = "#2f7a45"
FAIL = "#b5473f"
LATE = "#d1a73a"
GOAL_MET = "#4f8a5b"
GOAL_SHORT = "#d9793a"
AMOUNT = "#8fb0cf"


def step_title(key: str) -> str:
    step = next((s for s in STEPS if s.key == key), None)
    return key if step is None else QCoreApplication.translate("Workflow", step.title)


def pct_text(value: Decimal | None) -> str:
    return "–" if value is None else f"{value:,.1f}%"


class GoalChart(BarChart):
    """Bars against a goal line: drawn even when every bar is at zero (no institute passes yet)."""

    def has_data(self) -> bool:
        return bool(self.bars)


# -- the checklist ---------------------------------------------------------------------------------------------------
class CriterionRow(QFrame):
    """One criterion: ✓ or ✗, its name, what was found or is missing, and the way to the step that fixes it."""

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.step = ""
        self.setObjectName(f"criterion{number}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.mark = QLabel()
        self.mark.setObjectName("criterionMark")
        self.mark.setFixedWidth(26)
        self.mark.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        mark_font = QFont(self.font())
        mark_font.setPointSizeF(mark_font.pointSizeF() * 1.5)
        mark_font.setBold(True)
        self.mark.setFont(mark_font)
        self.name = WrappingLabel()
        self.name.setWordWrap(True)
        name_font = QFont(self.font())
        name_font.setBold(True)
        self.name.setFont(name_font)
        self.reasons = WrappingLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setObjectName("criterionReasons")
        self.go = QPushButton()
        self.go.setObjectName(f"goTo{number}")
        self.go.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        text = QVBoxLayout()
        text.setSpacing(1)
        text.addWidget(self.name)
        text.addWidget(self.reasons)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 4)
        row.addWidget(self.mark)
        row.addLayout(text, 1)
        row.addWidget(self.go, 0, Qt.AlignmentFlag.AlignVCenter)

    def show_result(self, result: CriterionResult, *, name: str, reasons: list[str], reading: str = "") -> None:
        self.step = result.step.value
        self.name.setToolTip(reading)
        self.setToolTip(reading)
        self.mark.setText("✓" if result.passed else "✗")
        self.mark.setStyleSheet(f"color: {PASS if result.passed else FAIL};")
        self.mark.setAccessibleName(
            QCoreApplication.translate("DashboardTab", "Passed")
            if result.passed
            else QCoreApplication.translate("DashboardTab", "Not passed")
        )
        self.name.setText(f"{result.number}. {name}")
        self.reasons.setText("\n".join(reasons))
        self.reasons.setStyleSheet("" if result.passed else f"color: {FAIL};")
        self.go.setText(QCoreApplication.translate("DashboardTab", "Go to %1").replace("%1", step_title(self.step)))
        self.go.setVisible(not result.passed)
