"""The dialog adding or changing one project of the debt-management plan: name, objective, households served,
period, status, and its budget lines typed in a table (item, quantity, unit, unit cost, the amount worked out as
quantity × unit cost, spent). The project's total and the plan's total against the cap show as the officer types;
a draft may go over the cap (a warning), a plan past its draft may not (Save refuses)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from cdfi_desktop.domain.enums import PlanStatus
from cdfi_desktop.domain.errors import DomainError
from cdfi_desktop.domain.money import format_baht, parse_money, round_satang
from cdfi_desktop.domain.register_rules import Issue, Severity
from cdfi_desktop.domain.thai_digits import to_arabic_digits
from cdfi_desktop.messages import message
from cdfi_desktop.services.limits import text_limit
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets.fields import DateField, IntField, TextField, problem_label, screen_language

if TYPE_CHECKING:
    from cdfi_desktop.services.plan import BudgetLineForm, ProjectForm, ProjectView

CONTEXT = "PlanProjectDialog"
ITEM, QUANTITY, UNIT, UNIT_COST, AMOUNT, SPENT = range(6)
LINE_COLUMNS: tuple[tuple[str, int], ...] = (
    (QT_TRANSLATE_NOOP("PlanProjectDialog", "Item"), 240),
    (QT_TRANSLATE_NOOP("PlanProjectDialog", "Qty"), 64),
    (QT_TRANSLATE_NOOP("PlanProjectDialog", "Unit"), 76),
    (QT_TRANSLATE_NOOP("PlanProjectDialog", "Unit cost (baht)"), 130),
    (QT_TRANSLATE_NOOP("PlanProjectDialog", "Amount (baht)"), 120),
    (QT_TRANSLATE_NOOP("PlanProjectDialog", "Spent (baht)"), 110),
)
LINE_FIELDS = {ITEM: "item", QUANTITY: "quantity", UNIT: "unit", UNIT_COST: "unit_cost", SPENT: "spent"}
STATUS_NAMES = {
    PlanStatus.DRAFT: QT_TRANSLATE_NOOP("PlanScreen", "Draft"),
    PlanStatus.APPROVED: QT_TRANSLATE_NOOP("PlanScreen", "Approved"),
    PlanStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("PlanScreen", "In progress"),
    PlanStatus.DONE: QT_TRANSLATE_NOOP("PlanScreen", "Done"),
}


def status_name(status: PlanStatus) -> str:
    return QCoreApplication.translate("PlanScreen", STATUS_NAMES[status])


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def parse_quantity(text: str) -> Decimal:
    """A quantity as typed: Thai digits and commas accepted, at most two decimals."""
    cleaned = to_arabic_digits(text).replace(",", "").strip()
    if not cleaned:
        return Decimal("0")
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:
        raise DomainError("plan_quantity_invalid", quantity=text) from exc
    if not value.is_finite() or value < 0 or value != value.quantize(Decimal("0.01")):
        raise DomainError("plan_quantity_invalid", quantity=text)
    return value


def _money(text: str) -> Decimal:
    return Decimal("0.00") if not text.strip() else parse_money(text)


def quantity_text(value: Decimal) -> str:
    return f"{value:,.0f}" if value == value.to_integral_value() else f"{value:,.2f}"


@dataclass(frozen=True)
class PlanContext:
    """What the dialog needs to judge the cap: the plan, its status and year, the others' total and the cap."""

    plan_id: str
    fiscal_year: int
    status: PlanStatus
    other_total: Decimal
    cap: Decimal


class PlanProjectDialog(QDialog):
    """Add or change a project with its budget lines; ``on_save(form)`` is called with a checked form."""

    def __init__(
        self,
        context: PlanContext,
        *,
        project: ProjectView | None = None,
        on_save: Callable[[ProjectForm], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planProjectDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.context, self.project, self.on_save = context, project, on_save
        self.line_ids: list[str | None] = []
        self.issues: list[Issue] = []
        self.resize(860, 640)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(6)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name_field = TextField(required=True, max_length=text_limit("plan_project", "name"))
        self.objective_edit = QPlainTextEdit()
        self.objective_edit.setTabChangesFocus(True)
        self.objective_edit.setFixedHeight(62)
        self.households_field = IntField()
        self.start_field = DateField()
        self.end_field = DateField()
        self.status_combo = QComboBox()
        for status in PlanStatus:
            self.status_combo.addItem("", status.value)
        period = QHBoxLayout()
        self.to_label = QLabel()
        period.addWidget(self.start_field, 1)
        period.addWidget(self.to_label)
        period.addWidget(self.end_field, 1)
        numbers = QHBoxLayout()
        self.status_label = QLabel()
        numbers.addWidget(self.households_field, 1)
        numbers.addSpacing(18)
        numbers.addWidget(self.status_label)
        numbers.addWidget(self.status_combo, 1)
        self.captions = [QLabel() for _ in range(4)]
        form.addRow(self.captions[0], self.name_field)
        form.addRow(self.captions[1], self.objective_edit)
        form.addRow(self.captions[2], numbers)
        form.addRow(self.captions[3], period)
        layout.addLayout(form)

        self.lines_label = QLabel()
        font = self.lines_label.font()
        font.setBold(True)
        self.lines_label.setFont(font)
        layout.addWidget(self.lines_label)
        self.table = QTableWidget(0, len(LINE_COLUMNS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        scale = self.table.fontMetrics().averageCharWidth() / 7
        for column, (_header, width) in enumerate(LINE_COLUMNS):
            self.table.setColumnWidth(column, int(width * scale))
        layout.addWidget(self.table, 1)
        line_buttons = QHBoxLayout()
        self.add_line_button = QPushButton()
        self.add_line_button.clicked.connect(self._add_line_clicked)
        self.remove_line_button = QPushButton()
        self.remove_line_button.clicked.connect(self.remove_line)
        line_buttons.addWidget(self.add_line_button)
        line_buttons.addWidget(self.remove_line_button)
        line_buttons.addStretch(1)
        self.total_label = QLabel()
        self.total_label.setObjectName("planProjectTotal")
        line_buttons.addWidget(self.total_label)
        layout.addLayout(line_buttons)

        self.cap_label = QLabel()
        self.cap_label.setObjectName("planProjectCap")
        self.cap_label.setWordWrap(True)
        layout.addWidget(self.cap_label)
        self.problem = problem_label()
        layout.addWidget(self.problem)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton()
        self.save_button.setObjectName("primary")
        self.cancel_button = QPushButton()
        for button in (self.save_button, self.cancel_button, self.add_line_button, self.remove_line_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        for field in (self.name_field, self.households_field, self.start_field, self.end_field):
            field.changed.connect(self.refresh)

        self._fill(project)
        self.retranslate()
        self.refresh()

    # -- lines -------------------------------------------------------------------------------------------------------
    def _fill(self, project: ProjectView | None) -> None:
        if project is None:
            self.status_combo.setCurrentIndex(0)
            self.add_line()
            return
        self.name_field.setText(project.name)
        self.objective_edit.setPlainText(project.objective)
        self.households_field.set_value(project.households_served)
        self.start_field.set_value(project.start_date)
        self.end_field.set_value(project.end_date)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(project.status.value)))
        for line in project.lines:
            self.add_line(
                (
                    line.item,
                    quantity_text(line.quantity),
                    line.unit,
                    format_baht(line.unit_cost),
                    format_baht(line.spent) if line.spent else "",
                ),
                line_id=line.id,
            )
        if not project.lines:
            self.add_line()

    def editor(self, row: int, column: int) -> QLineEdit:
        widget = self.table.cellWidget(row, column)
        assert isinstance(widget, QLineEdit)
        return widget

    def add_line(self, values: Sequence[str] = ("", "1", "", "", ""), *, line_id: str | None = None) -> int:
        """A new line at the end (quantity 1), its item field focused; returns its row."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.line_ids.append(line_id)
        editable = (ITEM, QUANTITY, UNIT, UNIT_COST, SPENT)
        for column, text in zip(editable, values, strict=True):
            edit = QLineEdit(text)
            edit.setFrame(False)
            if column in (QUANTITY, UNIT_COST, SPENT):
                edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column in (UNIT_COST, SPENT):
                edit.setPlaceholderText("0.00")
            edit.textChanged.connect(self.refresh)
            edit.editingFinished.connect(lambda e=edit, c=column: self._tidy(e, c))
            self.table.setCellWidget(row, column, edit)
        amount = QLineEdit()
        amount.setReadOnly(True)
        amount.setFrame(False)
        amount.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        amount.setObjectName("planLineAmount")
        self.table.setCellWidget(row, AMOUNT, amount)
        self.table.selectRow(row)
        self.editor(row, ITEM).setFocus()
        self.refresh()
        return row

    def _add_line_clicked(self) -> None:
        self.add_line()

    def remove_line(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else self.table.rowCount() - 1
        if row < 0:
            return
        self.table.removeRow(row)
        del self.line_ids[row]
        self.refresh()

    def _tidy(self, edit: QLineEdit, column: int) -> None:
        try:
            if column in (UNIT_COST, SPENT) and edit.text().strip():
                edit.setText(format_baht(parse_money(edit.text())))
            elif column == QUANTITY and edit.text().strip():
                edit.setText(quantity_text(parse_quantity(edit.text())))
        except DomainError:
            pass

    # -- reading and judging -------------------------------------------------------------------------------------------
    def _line(self, row: int) -> tuple[BudgetLineForm | None, list[Issue]]:
        from cdfi_desktop.services.plan import BudgetLineForm

        issues: list[Issue] = []
        values: dict[str, Any] = {}
        for column, name in LINE_FIELDS.items():
            text = self.editor(row, column).text()
            try:
                if column == QUANTITY:
                    values[name] = parse_quantity(text)
                elif column in (UNIT_COST, SPENT):
                    values[name] = _money(text)
                else:
                    values[name] = text.strip()
            except DomainError as error:
                issues.append(Issue(error.code, f"lines.{row}.{name}", params=dict(error.params)))
        if issues:
            return None, issues
        return BudgetLineForm(id=self.line_ids[row], **values), []

    def _blank_line(self, row: int) -> bool:
        texts = [self.editor(row, c).text().strip() for c in (ITEM, UNIT, UNIT_COST, SPENT)]
        return not any(texts)

    def read(self) -> tuple[ProjectForm | None, list[Issue]]:
        """The form as typed (blank lines left out) and the problems found while reading it."""
        from cdfi_desktop.services.plan import ProjectForm

        issues: list[Issue] = []
        lines: list[BudgetLineForm] = []
        self.line_rows: list[int] = []
        for row in range(self.table.rowCount()):
            if self._blank_line(row):
                continue
            line, problems = self._line(row)
            issues += problems
            if line is not None:
                lines.append(line)
                self.line_rows.append(row)
        households = 0
        dates: dict[str, date | None] = {}
        try:
            households = self.households_field.value() or 0
        except DomainError as error:
            issues.append(Issue(error.code, "households_served", params=dict(error.params)))
        for name, field in (("start_date", self.start_field), ("end_date", self.end_field)):
            try:
                dates[name] = field.value()
            except DomainError as error:
                issues.append(Issue(error.code, name, params=dict(error.params)))
                dates[name] = None
        if issues:
            return None, issues
        status = PlanStatus(str(self.status_combo.currentData()))
        form = ProjectForm(
            plan_id=self.context.plan_id,
            name=self.name_field.text().strip(),
            objective=self.objective_edit.toPlainText().strip(),
            households_served=households,
            start_date=dates["start_date"],
            end_date=dates["end_date"],
            status=status,
            lines=lines,
            id=self.project.id if self.project else None,
        )
        return form, []

    def judge(self) -> tuple[ProjectForm | None, list[Issue]]:
        from cdfi_desktop.services.plan import check_project

        form, issues = self.read()
        if form is None:
            return None, issues
        issues = check_project(
            form,
            fiscal_year=self.context.fiscal_year,
            plan_status=self.context.status,
            other_total=self.context.other_total,
            cap=self.context.cap,
        )
        # fields of lines are numbered among the lines kept; show them at the table's rows
        renumbered = []
        for issue in issues:
            if issue.field.startswith("lines."):
                _lines, index, name = issue.field.split(".", 2)
                row = self.line_rows[int(index)]
                renumbered.append(Issue(issue.code, f"lines.{row}.{name}", issue.severity, issue.params))
            else:
                renumbered.append(issue)
        return form, renumbered

    def refresh(self) -> None:
        """Amounts, totals and the cap line as typed; cells with a problem marked."""
        total = Decimal("0.00")
        overspent: list[Issue] = []
        for row in range(self.table.rowCount()):
            amount_edit = self.editor(row, AMOUNT)
            try:
                quantity = parse_quantity(self.editor(row, QUANTITY).text())
                cost = _money(self.editor(row, UNIT_COST).text())
            except DomainError:
                amount_edit.setText("")
                continue
            amount = round_satang(quantity * cost)
            amount_edit.setText(format_baht(amount) if self.editor(row, UNIT_COST).text().strip() else "")
            total += amount
            try:
                if _money(self.editor(row, SPENT).text()) > amount:
                    overspent.append(Issue("plan_line_overspent", f"lines.{row}.spent", Severity.WARNING))
            except DomainError:
                pass
        self.total_label.setText(self.tr("Project total: %1 baht").replace("%1", format_baht(total)))
        plan_total = self.context.other_total + total
        over = plan_total - self.context.cap
        text = (
            self.tr("The plan would request %1 of %2 baht")
            .replace("%1", format_baht(plan_total))
            .replace("%2", format_baht(self.context.cap))
        )
        if over > 0:
            text += " · " + self.tr("%1 baht over the cap").replace("%1", format_baht(over))
            if self.context.status is not PlanStatus.DRAFT:
                text += " — " + self.tr("the plan is no longer a draft: bring it within the cap")
            state = "over"
        else:
            state = "within"
        self.cap_label.setText(text)
        self.cap_label.setProperty("state", state)
        colour = "#b00d0d" if state == "over" else "#1b5e20"
        self.cap_label.setStyleSheet(f"QLabel {{ color: {colour}; font-weight: bold; }}")
        self._mark(overspent)

    def _mark(self, issues: Sequence[Issue]) -> None:
        wrong = {i.field for i in issues if i.severity is Severity.ERROR}
        doubtful = {i.field for i in issues if i.severity is Severity.WARNING}
        for row in range(self.table.rowCount()):
            for column, name in LINE_FIELDS.items():
                edit = self.editor(row, column)
                field = f"lines.{row}.{name}"
                state = "error" if field in wrong else ("warning" if field in doubtful else "")
                if (edit.property("state") or "") != state:
                    edit.setProperty("state", state)
                    edit.style().unpolish(edit)
                    edit.style().polish(edit)

    def show_issues(self, issues: Sequence[Issue]) -> None:
        """Problems at their fields (name, households, dates) and the rest, with line numbers, under the table."""
        language = screen_language()
        fields = {
            "name": self.name_field,
            "households_served": self.households_field,
            "start_date": self.start_field,
            "end_date": self.end_field,
        }
        for field in fields.values():
            field.show_problem(None)
        rest: list[str] = []
        for issue in issues:
            text = message(issue.code, language, **issue.params)
            at = fields.get(issue.field)
            if at is not None:
                at.show_problem(text, severity=issue.severity)
                continue
            if issue.field.startswith("lines."):
                row = int(issue.field.split(".")[1])
                text = self.tr("Line %1: %2").replace("%1", str(row + 1)).replace("%2", text)
            rest.append(text)
        self.problem.setText("\n".join(rest))
        self.problem.setVisible(bool(rest))
        errors = any(i.severity is Severity.ERROR for i in issues)
        self.problem.setProperty("state", "error" if errors else "warning")
        self.problem.style().unpolish(self.problem)
        self.problem.style().polish(self.problem)
        self._mark(issues)

    def submit(self) -> None:
        form, issues = self.judge()
        self.issues = list(issues)
        if form is None or any(i.severity is Severity.ERROR for i in issues):
            self.show_issues(issues)
            return
        self.show_issues([i for i in issues if i.code != "plan_over_cap"])  # the cap line already says it
        self.save_button.setEnabled(False)
        self.on_save(form)

    def saved(self) -> None:
        self.accept()

    def failed(self, issues: Sequence[Issue]) -> None:
        self.save_button.setEnabled(True)
        self.show_issues(issues)

    # -- language ----------------------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change the project") if self.project else self.tr("Add a project"))
        for caption, text in zip(
            self.captions,
            (
                self.tr("Project or activity"),
                self.tr("Objective"),
                self.tr("Households served"),
                self.tr("Period"),
            ),
            strict=True,
        ):
            caption.setText(text)
        self.to_label.setText(self.tr("to"))
        self.status_label.setText(self.tr("Status"))
        for index in range(self.status_combo.count()):
            self.status_combo.setItemText(index, status_name(PlanStatus(str(self.status_combo.itemData(index)))))
        self.lines_label.setText(self.tr("Budget lines (amount = quantity × unit cost)"))
        self.table.setHorizontalHeaderLabels([_t(header) for header, _w in LINE_COLUMNS])
        self.add_line_button.setText(self.tr("Add a line"))
        self.remove_line_button.setText(self.tr("Remove the line"))
        self.save_button.setText(QCoreApplication.translate("Dialogs", "Save"))
        self.cancel_button.setText(QCoreApplication.translate("Dialogs", "Cancel"))
        self.refresh()
