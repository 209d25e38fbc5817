"""The side panel of the analysis screen: the chosen household's class with every reason, its indicators, and
for each open debt the creditor, what is owed and the suggested source of money with its reason."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from cdfi_desktop.domain.funding import SourceKind
from cdfi_desktop.messages import message
from cdfi_desktop.services.analysis import AnalysisRow, DebtSource
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.analysis.table_model import class_text, dsr_text, term_text, tr
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets.charts import CLASS_COLOURS, MUTED, TEXT
from cdfi_desktop.ui.widgets.thai_text import WrappingLabel

SOURCE_KINDS: dict[SourceKind, str] = {
    SourceKind.MEMBER_FUND: QT_TRANSLATE_NOOP("AnalysisScreen", "Member fund"),
    SourceKind.POOLED: QT_TRANSLATE_NOOP("AnalysisScreen", "Institute's pooled funds"),
    SourceKind.OUTSIDE: QT_TRANSLATE_NOOP("AnalysisScreen", "Outside help or negotiation"),
}


def source_kind_text(kind: SourceKind) -> str:
    return tr(SOURCE_KINDS[kind])


def _row(label: str, value: str, *, strong: bool = False) -> str:
    shown = f"<b>{escape(value)}</b>" if strong else escape(value)
    return (
        f"<tr><td style='color:{MUTED}; padding:1px 10px 1px 0'>{escape(label)}</td>"
        f"<td align='right' style='padding:1px 0'>{shown}</td></tr>"
    )


class HouseholdPanel(QScrollArea):
    """Everything the committee asks about one household, in the screen language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("analysisPanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QFrame()
        body.setObjectName("card")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        self.heading = WrappingLabel()
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)
        self.badge = QLabel()
        self.badge.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.reasons = WrappingLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        self.indicators = WrappingLabel()
        self.indicators.setWordWrap(True)
        self.indicators.setTextFormat(Qt.TextFormat.RichText)
        self.debts = WrappingLabel()
        self.debts.setWordWrap(True)
        self.debts.setTextFormat(Qt.TextFormat.RichText)
        for label in (self.heading, self.reasons, self.indicators, self.debts):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for widget in (self.heading, self.badge, self.reasons, self.indicators, self.debts):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setWidget(body)
        self.row: AnalysisRow | None = None
        self.language = "th"
        self.show_row(None, language="th")

    def show_row(self, row: AnalysisRow | None, *, language: str) -> None:
        """Show ``row`` (None: ask the officer to choose a household)."""
        self.row, self.language = row, language
        if row is None:
            self.heading.setText(self.tr("Household"))
            self.badge.hide()
            choose = escape(self.tr("Choose a household in the list."))
            self.reasons.setText(f"<span style='color:{MUTED}'>{choose}</span>")
            self.indicators.clear()
            self.debts.clear()
            return
        self.heading.setText(f"{row.code} · {row.head_name}" + (f"\n{row.village}" if row.village else ""))
        colour = CLASS_COLOURS[row.debtor_class.value]
        self.badge.setText(self.tr("Class %1").replace("%1", class_text(row.debtor_class)))
        self.badge.setStyleSheet(
            f"background:{colour}; color:white; font-weight:600; border-radius:4px; padding:3px 10px;"
        )
        self.badge.setMaximumWidth(self.badge.sizeHint().width() + 4)
        self.badge.show()
        reasons = "".join(
            f"<li style='margin-bottom:2px'>{escape(message(r.code, language, **r.params))}</li>"
            for r in row.classification.reasons
        )
        why = escape(self.tr("Why this class"))
        self.reasons.setText(
            f"<div style='color:{TEXT}'><b>{why}</b><ul style='margin:2px 0 0 -20px'>{reasons}</ul></div>"
        )
        self.indicators.setText(self._indicators(row))
        self.debts.setText(self._debts(row))

    def _indicators(self, row: AnalysisRow) -> str:
        c = row.classification
        ind = c.indicators
        baht = labels.baht_text
        rows = [
            _row(self.tr("Total debt (baht)"), baht(ind.total_debt), strong=True),
            _row(self.tr("… inside the institute"), baht(ind.inside_institute)),
            _row(self.tr("… other formal lenders"), baht(ind.other_formal)),
            _row(self.tr("… informal"), baht(ind.informal)),
            _row(self.tr("Income a month"), baht(ind.income)),
            _row(self.tr("Essential expenses a month"), baht(ind.essential_expenses)),
            _row(self.tr("Installments a month"), baht(ind.monthly_debt_service)),
            _row(self.tr("Debt-service ratio"), dsr_text(ind.dsr_pct), strong=True),
            _row(self.tr("Residual income a month"), baht(ind.residual_income)),
            _row(self.tr("Creditors"), str(ind.creditors)),
            _row(self.tr("Most days overdue"), str(ind.worst_days_overdue)),
            _row(self.tr("Affordable installment a month"), baht(c.affordable_installment), strong=True),
            _row(self.tr("Shortest affordable term"), term_text(c.consolidated_term_months)),
        ]
        title = escape(self.tr("Indicators"))
        return f"<b>{title}</b><table width='100%' cellspacing='0'>{''.join(rows)}</table>"

    def _debts(self, row: AnalysisRow) -> str:
        if not row.sources:
            none = escape(self.tr("No open debts."))
            title = escape(self.tr("Open debts"))
            return f"<b>{title}</b><br><span style='color:{MUTED}'>{none}</span>"
        title = escape(self.tr("Open debts and the suggested source of money"))
        parts = [f"<b>{title}</b>"]
        for number, source in enumerate(row.sources, start=1):
            parts.append(self._debt(number, source))
        return "".join(parts)

    def _debt(self, number: int, source: DebtSource) -> str:
        s = source.suggestion
        kind = source_kind_text(s.kind)
        term = f" · {term_text(s.term_months)}" if s.term_months else ""
        owed = self.tr("Outstanding %1 baht · installment %2 · %n days overdue", "", source.days_overdue)
        owed = owed.replace("%1", labels.baht_text(source.outstanding))
        owed = owed.replace("%2", labels.baht_text(source.installment))
        reason = message(s.reason.code, self.language, **s.reason.params)
        source_label = escape(self.tr("Source:"))
        return (
            "<div style='margin-top:8px'>"
            f"<b>{number}. {escape(source.creditor)}</b> "
            f"<span style='color:{MUTED}'>({escape(labels.label(source.creditor_kind))})</span><br>"
            f"{escape(owed)}<br>"
            f"{source_label} <b>{escape(kind)}</b>{escape(term)}<br>"
            f"<span style='color:{MUTED}'>{escape(reason)}</span>"
            "</div>"
        )

    def plain_text(self) -> str:
        """What the panel says, as text (for tests and screen readers)."""
        from PySide6.QtGui import QTextDocument

        texts = []
        for label in (self.heading, self.badge, self.reasons, self.indicators, self.debts):
            document = QTextDocument()
            document.setHtml(label.text())
            texts.append(document.toPlainText())
        return "\n".join(texts)
