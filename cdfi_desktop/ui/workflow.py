"""The program's workflow as the navigation shows it, and the page for a step whose screen is still to come."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets.screen import TranslatedWidget

_CONTEXT = "Workflow"


@dataclass(frozen=True)
class Step:
    key: str
    title: str  # untranslated source text
    summary: str
    points: tuple[str, ...]


STEPS = (
    Step(
        "institute",
        QT_TRANSLATE_NOOP("Workflow", "Institute"),
        QT_TRANSLATE_NOOP(
            "Workflow",
            "The institute, its area, cohort and committee, its member funds with their "
            "lending limits, rates, terms and bylaws, and the program activities.",
        ),
        (
            QT_TRANSLATE_NOOP("Workflow", "Institute details and area codes"),
            QT_TRANSLATE_NOOP("Workflow", "Committee with roles and terms"),
            QT_TRANSLATE_NOOP("Workflow", "Member funds and their bylaws"),
            QT_TRANSLATE_NOOP("Workflow", "Committee workshop and founding activities"),
        ),
    ),
    Step(
        "registers",
        QT_TRANSLATE_NOOP("Workflow", "Registers"),
        QT_TRANSLATE_NOOP(
            "Workflow",
            "The register of households and their debt status, and the register of all debtors of the member funds.",
        ),
        (
            QT_TRANSLATE_NOOP("Workflow", "Households, members, income and expenses"),
            QT_TRANSLATE_NOOP("Workflow", "Every debt, inside and outside the institute"),
            QT_TRANSLATE_NOOP("Workflow", "Import officers' Excel workbooks with a report per row"),
            QT_TRANSLATE_NOOP("Workflow", "Registers in Excel and PDF, official layout"),
        ),
    ),
    Step(
        "analysis",
        QT_TRANSLATE_NOOP("Workflow", "Debt analysis"),
        QT_TRANSLATE_NOOP(
            "Workflow",
            "Each household's total debt, debt-service ratio and arrears, a class from "
            "A to D, and the suggested source of money for each debt.",
        ),
        (
            QT_TRANSLATE_NOOP("Workflow", "Indicators per household with the reason for its class"),
            QT_TRANSLATE_NOOP("Workflow", "Charts for the committee"),
        ),
    ),
    Step(
        "targets",
        QT_TRANSLATE_NOOP("Workflow", "Target households"),
        QT_TRANSLATE_NOOP(
            "Workflow",
            "A ranked proposal of 30 target households, the officer's changes with their "
            "reasons, and the participation record of each.",
        ),
        (
            QT_TRANSLATE_NOOP("Workflow", "Proposal from classes C and B"),
            QT_TRANSLATE_NOOP("Workflow", "Participation records for signature"),
        ),
    ),
    Step(
        "training",
        QT_TRANSLATE_NOOP("Workflow", "Training"),
        QT_TRANSLATE_NOOP(
            "Workflow",
            "The 4-day course “Good conscience, good plan, debt managed”: days, topics, participants and attendance.",
        ),
        (
            QT_TRANSLATE_NOOP("Workflow", "Attendance grid per day"),
            QT_TRANSLATE_NOOP("Workflow", "Printed sign-in sheets"),
        ),
    ),
    Step(
        "plan",
        QT_TRANSLATE_NOOP("Workflow", "Debt-management plan"),
        QT_TRANSLATE_NOOP(
            "Workflow",
            "The committee meeting, the projects and activities it chose, and their "
            "budget lines up to the 40,000-baht request.",
        ),
        (
            QT_TRANSLATE_NOOP("Workflow", "Projects, budget and spending"),
            QT_TRANSLATE_NOOP("Workflow", "Household life-development plans"),
        ),
    ),
    Step(
        "contracts",
        QT_TRANSLATE_NOOP("Workflow", "1 household 1 contract"),
        QT_TRANSLATE_NOOP(
            "Workflow",
            "Consolidate a target household's debts into one debt-transfer contract at an "
            "installment it can carry, print it and record repayments.",
        ),
        (
            QT_TRANSLATE_NOOP("Workflow", "Consolidation wizard with the repayment schedule"),
            QT_TRANSLATE_NOOP("Workflow", "Printed contract and repayments"),
        ),
    ),
    Step(
        "life_plans",
        QT_TRANSLATE_NOOP("Workflow", "Life-development plans"),
        QT_TRANSLATE_NOOP(
            "Workflow",
            "Each target household's own plan: goals, income and expense changes, savings and activities, "
            "with the follow-up visits.",
        ),
        (
            QT_TRANSLATE_NOOP("Workflow", "Goals, savings target and activities"),
            QT_TRANSLATE_NOOP("Workflow", "Follow-up visits"),
        ),
    ),
    Step(
        "reports",
        QT_TRANSLATE_NOOP("Workflow", "Indicators and reports"),
        QT_TRANSLATE_NOOP(
            "Workflow",
            "The five criteria evaluated from the data, the two 1HH1C report rounds, and "
            "every register and plan as PDF and Excel.",
        ),
        (
            QT_TRANSLATE_NOOP("Workflow", "The five criteria per institute"),
            QT_TRANSLATE_NOOP("Workflow", "Report rounds of April and July"),
        ),
    ),
    Step(
        "sync",
        QT_TRANSLATE_NOOP("Workflow", "Send to province"),
        QT_TRANSLATE_NOOP(
            "Workflow",
            "A signed, encrypted bundle of what changed since the last one, to carry to the province, and its receipt.",
        ),
        (
            QT_TRANSLATE_NOOP("Workflow", "Signed bundles and receipts"),
            QT_TRANSLATE_NOOP("Workflow", "Import and conflicts at the province"),
        ),
    ),
)


# The province's steps (a province's database): its laptops, importing their bundles, the district status, review,
# the roll-up, and the institutes (each opened in the officer's screens, read-only).
PROVINCE_STEPS = (
    Step(
        "laptops",
        QT_TRANSLATE_NOOP("Workflow", "Laptops"),
        QT_TRANSLATE_NOOP("Workflow", "The laptops enrolled at the province, their officers and keys."),
        (QT_TRANSLATE_NOOP("Workflow", "Enrol from a file, revoke, the province's key"),),
    ),
    Step(
        "import",
        QT_TRANSLATE_NOOP("Workflow", "Import bundles"),
        QT_TRANSLATE_NOOP("Workflow", "A folder of the laptops' bundles imported at once, with a report of each."),
        (QT_TRANSLATE_NOOP("Workflow", "Import history and reports"),),
    ),
    Step(
        "status",
        QT_TRANSLATE_NOOP("Workflow", "District status"),
        QT_TRANSLATE_NOOP("Workflow", "Every laptop's last bundle and receipt, held bundles and open reviews."),
        (QT_TRANSLATE_NOOP("Workflow", "The stalest first"),),
    ),
    Step(
        "review",
        QT_TRANSLATE_NOOP("Workflow", "Review"),
        QT_TRANSLATE_NOOP("Workflow", "Conflicts and duplicates side by side, field by field, resolved and audited."),
        (QT_TRANSLATE_NOOP("Workflow", "Decisions sent back in the reference bundle"),),
    ),
    Step(
        "rollup",
        QT_TRANSLATE_NOOP("Workflow", "Roll-up"),
        QT_TRANSLATE_NOOP("Workflow", "The indicators and reports across every institute, per district and province."),
        (QT_TRANSLATE_NOOP("Workflow", "The five criteria and the report rounds"),),
    ),
    Step(
        "institutes",
        QT_TRANSLATE_NOOP("Workflow", "Institutes"),
        QT_TRANSLATE_NOOP("Workflow", "Every institute the province holds; open one to read its data."),
        (QT_TRANSLATE_NOOP("Workflow", "The officer's screens, read-only"),),
    ),
)
# the officer's steps an institute opened from the province shows (read-only): all but sending to the province
READ_ONLY_STEPS = tuple(step for step in STEPS if step.key != "sync")


def step_text(text: str) -> str:
    """A step's title, summary or point in the screen language."""
    return QCoreApplication.translate(_CONTEXT, text)


class PlannedScreen(TranslatedWidget):
    """A workflow step whose screen arrives in a later release: says so, and what it will do."""

    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.setObjectName(f"planned-{step.key}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(12)
        self.badge = QLabel()
        self.badge.setObjectName("plannedBadge")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("pageSummary")
        self.points = QLabel()
        self.points.setWordWrap(True)
        self.points.setTextFormat(Qt.TextFormat.RichText)
        frame = QFrame()
        frame.setObjectName("card")
        inner = QVBoxLayout(frame)
        inner.addWidget(self.summary)
        inner.addWidget(self.points)
        layout.addWidget(self.badge)
        layout.addWidget(frame)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.badge.setText(QCoreApplication.translate("Workflow", "This screen arrives in a later release."))
        self.summary.setText(step_text(self.step.summary))
        items = "".join(f"<li>{step_text(p)}</li>" for p in self.step.points)
        lead = QCoreApplication.translate("Workflow", "It will offer:")
        self.points.setText(f"<p>{lead}</p><ul>{items}</ul>")
