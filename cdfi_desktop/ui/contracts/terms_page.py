"""Steps 2 and 3 of the consolidation wizard: the terms the household can carry (affordable installment a month,
rate, term, flat beside declining balance) and the schedule of the chosen method."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from cdfi_desktop.domain.enums import RepaymentMethod
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.contracts.figures import MethodFigures, compare
from cdfi_desktop.ui.contracts.table_models import SCHEDULE_COLUMNS, ScheduleModel
from cdfi_desktop.ui.contracts.wizard_parts import (
    RIGHT,
    _problem_label,
    _show,
    _value_label,
    method_name,
    step_text,
)
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets.fields import MoneyField, RateField
from cdfi_desktop.ui.widgets.table import RegisterTable

if TYPE_CHECKING:
    from cdfi_desktop.ui.contracts.wizard import ConsolidationWizard


# -- 2. terms --------------------------------------------------------------------------------------------------------
class TermsPage(QWizardPage):
    """Affordability, rate and term, and flat beside declining balance for the new principal."""

    ROWS = (
        QT_TRANSLATE_NOOP("TermsPage", "Installment by the formula"),
        QT_TRANSLATE_NOOP("TermsPage", "Installment (rounded up to the step)"),
        QT_TRANSLATE_NOOP("TermsPage", "Last installment"),
        QT_TRANSLATE_NOOP("TermsPage", "Installments paid"),
        QT_TRANSLATE_NOOP("TermsPage", "Total interest"),
        QT_TRANSLATE_NOOP("TermsPage", "Total repaid"),
        QT_TRANSLATE_NOOP("TermsPage", "Equivalent annual rate (APR)"),
        QT_TRANSLATE_NOOP("TermsPage", "Shortest term within the affordable installment"),
    )

    def __init__(self, wizard: ConsolidationWizard) -> None:
        super().__init__()
        self.w = wizard
        self.figures: dict[RepaymentMethod, MethodFigures] = {}
        self._for_principal: Decimal | None = None
        self._loading = False
        start = wizard.start
        self.setTitle(self.tr("Terms the household can carry"))
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        outer.addLayout(top)

        money = QGroupBox(self.tr("Affordability (a month)"))
        form = QFormLayout(money)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.income = _value_label()
        self.expenses = _value_label()
        self.left_over = _value_label()
        self.debt_service = _value_label()
        self.dsr = _value_label()
        self.affordable = MoneyField(required=True)
        self.affordable_hint = QLabel()
        self.affordable_hint.setObjectName("pageSummary")
        form.addRow(self.tr("Income"), self.income)
        form.addRow(self.tr("Essential expenses"), self.expenses)
        form.addRow(self.tr("Left before debt service"), self.left_over)
        form.addRow(self.tr("Debt service today"), self.debt_service)
        form.addRow(self.tr("Debt-service ratio today"), self.dsr)
        form.addRow(self.tr("Affordable installment a month"), self.affordable)
        form.addRow("", self.affordable_hint)
        top.addWidget(money, 4)

        terms = QGroupBox(self.tr("Terms"))
        grid = QGridLayout(terms)
        self.principal = _value_label()
        font = self.principal.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.principal.setFont(font)
        self.rate = RateField(required=True)
        self.term = QSpinBox()
        self.term.setRange(1, max(1, start.max_term_months))
        self.term.setSuffix(self.tr(" months"))
        self.term.setAlignment(RIGHT)
        self.shortest = QLabel()
        self.shortest.setWordWrap(True)
        self.use_shortest = QPushButton(self.tr("Use the shortest"))
        self.use_shortest.clicked.connect(self._use_shortest)
        self.flat = QRadioButton(method_name(RepaymentMethod.FLAT))
        self.declining = QRadioButton(method_name(RepaymentMethod.DECLINING))
        self.methods = QButtonGroup(self)
        self.methods.addButton(self.flat)
        self.methods.addButton(self.declining)
        self.declining.setChecked(True)
        grid.addWidget(QLabel(self.tr("New principal (baht)")), 0, 0)
        grid.addWidget(self.principal, 0, 1, 1, 2)
        grid.addWidget(QLabel(self.tr("Interest rate (% a year)")), 1, 0)
        grid.addWidget(self.rate, 1, 1, 1, 2)
        grid.addWidget(QLabel(self.tr("Term")), 2, 0)
        grid.addWidget(self.term, 2, 1)
        grid.addWidget(self.use_shortest, 2, 2)
        grid.addWidget(self.shortest, 3, 0, 1, 3)
        grid.addWidget(QLabel(self.tr("Repayment method")), 4, 0)
        methods = QHBoxLayout()
        methods.addWidget(self.flat)
        methods.addWidget(self.declining)
        methods.addStretch(1)
        grid.addLayout(methods, 4, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        top.addWidget(terms, 5)

        self.table = QTableWidget(len(self.ROWS), 2)
        self.table.setVerticalHeaderLabels([QCoreApplication.translate("TermsPage", r) for r in self.ROWS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setFixedHeight(26 * len(self.ROWS) + self.table.horizontalHeader().sizeHint().height() + 4)
        outer.addWidget(self.table)
        self.warning = _problem_label()
        self.warning.setProperty("state", "warning")
        outer.addWidget(self.warning)
        self.problem = _problem_label()
        outer.addWidget(self.problem)
        outer.addStretch(1)

        self.income.setText(labels.baht_text(start.income))
        self.expenses.setText(labels.baht_text(start.essential_expenses))
        self.left_over.setText(labels.baht_text(start.income - start.essential_expenses))
        self.debt_service.setText(labels.baht_text(start.debt_service))
        self.dsr.setText(
            "–" if start.income <= 0 else f"{(start.debt_service / start.income * 100).quantize(Decimal('0.01')):,}%"
        )
        self.affordable.set_value(start.affordable_installment)
        self.affordable_hint.setText(
            self.tr("The profile's value: %1").replace("%1", labels.baht_text(start.affordable_installment))
        )
        self.rate.set_value(start.default_rate_pct)
        self.rate.changed.connect(self._terms_changed)
        self.affordable.changed.connect(self._terms_changed)
        self.term.valueChanged.connect(self._terms_changed)
        self.methods.buttonToggled.connect(self._method_toggled)

    @property
    def method(self) -> RepaymentMethod:
        return RepaymentMethod.FLAT if self.flat.isChecked() else RepaymentMethod.DECLINING

    def rate_value(self) -> Decimal | None:
        try:
            rate = self.rate.value()
        except Exception:
            return None
        return rate if rate is not None and rate >= 0 else None

    def affordable_value(self) -> Decimal | None:
        try:
            return self.affordable.value()
        except Exception:
            return None

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        principal = self.w.principal()
        self.principal.setText(labels.baht_text(principal))
        if principal != self._for_principal:
            self._for_principal = principal
            self._recompute(choose_shortest=True)
        else:
            self._recompute()

    def _use_shortest(self) -> None:
        self._recompute(choose_shortest=True)

    def _method_toggled(self, _button: object, checked: bool) -> None:
        if checked:
            self._recompute()

    def _terms_changed(self) -> None:
        if not self._loading:
            self._recompute()

    def _recompute(self, *, choose_shortest: bool = False) -> None:
        principal, rate, affordable = self.w.principal(), self.rate_value(), self.affordable_value()
        start = self.w.start
        if principal <= 0 or rate is None or affordable is None:
            self.figures = {}
            self._show_figures()
            return
        months = self.term.value()
        figures = compare(
            principal,
            rate_pct=rate,
            months=months,
            step=start.installment_step,
            first_due=self.w.first_due(),
            affordable=affordable,
            max_months=start.max_term_months,
        )
        shortest = figures[self.method].shortest_term
        if choose_shortest:
            wanted = shortest if shortest is not None else start.max_term_months
            if wanted != months:
                self._loading = True
                self.term.setValue(max(1, wanted))
                self._loading = False
                figures = compare(
                    principal,
                    rate_pct=rate,
                    months=self.term.value(),
                    step=start.installment_step,
                    first_due=self.w.first_due(),
                    affordable=affordable,
                    max_months=start.max_term_months,
                )
        self.figures = figures
        self._show_figures()

    def _show_figures(self) -> None:
        headers = []
        for column, method in enumerate((RepaymentMethod.FLAT, RepaymentMethod.DECLINING)):
            chosen = method is self.method
            name = method_name(method)
            headers.append(f"✔ {name}" if chosen else name)
            f = self.figures.get(method)
            cells: list[str] = ["–"] * len(self.ROWS)
            if f is not None:
                apr = "–" if f.apr is None else f"{f.apr:,.2f}%"
                term = (
                    self.tr("none up to %1 months").replace("%1", str(self.w.start.max_term_months))
                    if f.shortest_term is None
                    else self.tr("%1 months").replace("%1", str(f.shortest_term))
                )
                cells = [
                    labels.baht_text(f.exact_installment),
                    labels.baht_text(f.installment),
                    labels.baht_text(f.last_installment),
                    str(f.months_paid),
                    labels.baht_text(f.total_interest),
                    labels.baht_text(f.total_paid),
                    apr,
                    term,
                ]
            for row, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(RIGHT)
                if chosen:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                    item.setBackground(Qt.GlobalColor.white)
                else:
                    item.setForeground(Qt.GlobalColor.darkGray)
                self.table.setItem(row, column, item)
        self.table.setHorizontalHeaderLabels(headers)
        chosen_figures = self.figures.get(self.method)
        shortest_text = ""
        warnings: list[str] = []
        affordable = self.affordable_value()
        if chosen_figures is not None and affordable is not None:
            if chosen_figures.shortest_term is None:
                shortest_text = self.tr("No term up to %1 months brings the installment within %2 baht.")
                warnings.append(
                    self.tr(
                        "Even the longest term, %1 months, does not bring the installment within the affordable "
                        "%2 baht a month."
                    )
                    .replace("%1", str(self.w.start.max_term_months))
                    .replace("%2", labels.baht_text(affordable))
                )
            else:
                shortest_text = self.tr("The shortest term within %2 baht a month: %1 months.")
            shortest_text = shortest_text.replace(
                "%1", str(chosen_figures.shortest_term or self.w.start.max_term_months)
            )
            shortest_text = shortest_text.replace("%2", labels.baht_text(affordable))
            if chosen_figures.installment > affordable:
                warnings.append(
                    self.tr("The installment %1 baht is above the affordable installment %2 baht.")
                    .replace("%1", labels.baht_text(chosen_figures.installment))
                    .replace("%2", labels.baht_text(affordable))
                )
            if self.term.value() > self.w.start.max_term_months:
                warnings.append(
                    self.tr("The term is longer than the profile's maximum of %1 months.").replace(
                        "%1", str(self.w.start.max_term_months)
                    )
                )
        self.shortest.setText(shortest_text)
        _show(self.warning, "\n".join(f"⚠ {w}" for w in warnings), state="warning")
        problem = ""
        if self.rate_value() is None:
            problem = self.tr("Type the interest rate, % a year.")
        elif affordable is None:
            problem = self.tr("Type the affordable installment.")
        _show(self.problem, problem)
        self.completeChanged.emit()

    def chosen_figures(self) -> MethodFigures | None:
        return self.figures.get(self.method)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.chosen_figures() is not None

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        return self.rate.check() and self.affordable.check() and self.isComplete()


# -- 3. schedule -----------------------------------------------------------------------------------------------------
class SchedulePage(QWizardPage):
    def __init__(self, wizard: ConsolidationWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Repayment schedule"))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.model = ScheduleModel(self)
        self.table = RegisterTable(SCHEDULE_COLUMNS, context="ScheduleModel", key="wizard_schedule")
        self.table.setModel(self.model)
        layout.addWidget(self.table, 1)
        self.note = QLabel()
        self.note.setObjectName("pageSummary")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.w.terms_page._recompute()  # the first due date may have changed on the parties page
        f = self.w.terms_page.chosen_figures()
        if f is None:
            self.model.set_lines([])
            return
        self.model.set_lines(f.schedule.lines)
        self.summary.setText(
            self.tr("%1: %2 baht at %3% a year over %4 months; %5 baht a month, the last installment %6 baht.")
            .replace("%1", method_name(f.method))
            .replace("%2", labels.baht_text(f.schedule.principal))
            .replace("%3", f"{f.schedule.annual_rate_pct.normalize():f}")
            .replace("%4", str(self.w.terms_page.term.value()))
            .replace("%5", labels.baht_text(f.installment))
            .replace("%6", labels.baht_text(f.last_installment))
        )
        note = self.tr(
            "Installments are rounded up to %1 baht; the last one absorbs the difference, so the schedule sums to "
            "the principal plus the interest. Due dates start from the first due date %2 (set on the next page)."
        )
        self.note.setText(
            note.replace("%1", step_text(self.w.start.installment_step)).replace(
                "%2", labels.date_text(self.w.first_due())
            )
        )
