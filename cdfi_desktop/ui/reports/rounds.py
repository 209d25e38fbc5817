"""The 1HH1C report rounds tab: the fiscal year's rounds from its profile (April, July) with where each stands, the
selected round's report form figures and register, what changed since the last submitted round, submitting a round
(which freezes its figures) and printing its report form and register (PDF and Excel)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cdfi_desktop.domain.fiscal import fiscal_year_be
from cdfi_desktop.domain.thai_date import THAI_MONTHS
from cdfi_desktop.failures import describe
from cdfi_desktop.messages import message
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.ops import Ops
from cdfi_desktop.ui.widgets.dialogs import ask
from cdfi_desktop.ui.widgets.fields import screen_language
from cdfi_desktop.ui.widgets.printing import choose_folder, print_to_folder
from cdfi_desktop.ui.widgets.screen import LazyScreen

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.services.report_rounds import Comparison, RegisterLine, RoundInfo, RoundView

log = logging.getLogger(__name__)
CONTEXT = "RoundsTab"
ROUND_ROLE = Qt.ItemDataRole.UserRole + 1
_EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
RED = QColor("#b00d0d")
GREEN = QColor("#1a6626")


@dataclass(frozen=True)
class Loaded:
    institute_id: str | None
    rounds: tuple[RoundInfo, ...]
    round_no: int
    view: RoundView | None
    problem: str = ""


def load(db: Database, *, fiscal_year: int, today: date, round_no: int | None, language: str) -> Loaded:
    """The rounds of the year and the chosen round's view (the latest submitted, else the current draft)."""
    from cdfi_desktop.services import registers as reg
    from cdfi_desktop.services import report_rounds as rr
    from cdfi_desktop.services.errors import ValidationFailed

    with db.session() as session:
        institute_id = reg.first_institute_id(session)
        if institute_id is None:
            return Loaded(None, (), 1, None)
        found = tuple(rr.rounds(session, institute_id=institute_id, fiscal_year=fiscal_year, today=today))
        numbers = [r.round_no for r in found]
        chosen = (
            round_no
            if round_no in numbers
            else rr.latest_round_no(session, institute_id=institute_id, fiscal_year=fiscal_year, today=today)
        )
        try:
            view = rr.round_view(
                session, institute_id=institute_id, fiscal_year=fiscal_year, round_no=chosen, today=today
            )
        except ValidationFailed as refused:
            text = " ".join(message(i.code, language, **i.params) for i in refused.issues)
            return Loaded(institute_id, found, chosen, None, text)
        return Loaded(institute_id, found, chosen, view)


def submit(db: Database, *, institute_id: str, fiscal_year: int, round_no: int, as_of: date) -> str:
    from cdfi_desktop.services import report_rounds as rr
    from cdfi_desktop.services.uow import UnitOfWork

    with UnitOfWork(db) as uow:
        return rr.submit_round(
            uow,
            institute_id=institute_id,
            fiscal_year=fiscal_year,
            round_no=round_no,
            as_of=as_of,
            officer=db.recorder.officer or "",
        )


def write_reports(
    db: Database, *, institute_id: str, fiscal_year: int, round_no: int, folder: Path, today: date, language: str
) -> list[Path]:
    from cdfi_desktop.reports.round_data import write_round_reports

    with db.session() as session:
        return write_round_reports(
            session,
            institute_id=institute_id,
            fiscal_year=fiscal_year,
            out_dir=folder,
            printed_on=today,
            language=language,
            round_no=round_no,
        )


def _item(
    text: str, *, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft, color: QColor | None = None
) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
    if color is not None:
        item.setForeground(color)
    return item


RIGHT = Qt.AlignmentFlag.AlignRight
CENTER = Qt.AlignmentFlag.AlignHCenter


class RoundsTab(LazyScreen):
    """The report rounds of the fiscal year: pick a round, see its figures, submit it, print it."""

    def __init__(self, ops: Ops, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(ops, parent)
        self.setObjectName("report_rounds")
        self.today = today or date.today()
        self.fiscal_year = fiscal_year_be(self.today)
        self.institute_id: str | None = None
        self.rounds: tuple[RoundInfo, ...] = ()
        self.round_no: int | None = None
        self.view: RoundView | None = None
        self.loaded = False
        self.printed: list[Path] = []
        self.submitted_hash = ""

        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.submit_button = QPushButton()
        self.submit_button.clicked.connect(self._submit_clicked)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self._print_clicked)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.submit_button)
        top.addWidget(self.print_button)

        self.rounds_model = QStandardItemModel(0, 5, self)
        self.rounds_table = QTableView()
        self.rounds_table.setModel(self.rounds_model)
        self.rounds_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rounds_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rounds_table.verticalHeader().setVisible(False)
        rounds_header = self.rounds_table.horizontalHeader()
        rounds_header.setStretchLastSection(True)
        self.rounds_table.setMaximumHeight(96)
        self.rounds_table.clicked.connect(
            lambda index: self.select_round(int(index.siblingAtColumn(0).data(ROUND_ROLE)))
        )

        self.figures_box = QGroupBox()
        self.figure_grid = QGridLayout(self.figures_box)
        self.figure_grid.setHorizontalSpacing(14)
        self.figure_grid.setVerticalSpacing(2)
        self.figure_labels: dict[str, tuple[QLabel, QLabel]] = {}
        keys = (
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
        for index, key in enumerate(keys):
            name, value = QLabel(), QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            row, pair = index % 6, index // 6
            self.figure_grid.addWidget(name, row, pair * 2)
            self.figure_grid.addWidget(value, row, pair * 2 + 1, alignment=Qt.AlignmentFlag.AlignRight)
            self.figure_labels[key] = (name, value)
        self.figure_grid.setColumnStretch(1, 1)
        self.figure_grid.setColumnStretch(3, 1)

        self.compare_box = QGroupBox()
        self.compare_text = QLabel()
        self.compare_text.setWordWrap(True)
        self.compare_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.compare_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        compare_layout = QVBoxLayout(self.compare_box)
        compare_layout.addWidget(self.compare_text)
        middle = QHBoxLayout()
        middle.addWidget(self.figures_box, 3)
        middle.addWidget(self.compare_box, 2)

        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.register_model = QStandardItemModel(0, 12, self)
        self.register_table = QTableView()
        self.register_table.setModel(self.register_model)
        self.register_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.register_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.register_table.verticalHeader().setVisible(False)
        self.register_table.setAlternatingRowColors(True)
        header = self.register_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

        self.print_status = QLabel()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00d0d;")
        self.problem.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.rounds_table)
        layout.addWidget(self.state_label)
        layout.addLayout(middle)
        layout.addWidget(self.register_table, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.print_status)
        self.retranslate()
        self._update_buttons()

    # -- loading -------------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self._stale = False
        fiscal_year, today, chosen, language = self.fiscal_year, self.today, self.round_no, screen_language()
        self.ops.query(
            lambda db: load(db, fiscal_year=fiscal_year, today=today, round_no=chosen, language=language),
            success=self._loaded,
            failure=self._failed,
        )

    def select_round(self, round_no: int) -> None:
        if round_no == self.round_no and self.view is not None:
            return
        self.round_no = round_no
        self.reload()

    def _failed(self, exc: Exception) -> None:
        log.error("report rounds could not be read: %s", exc)
        self._show_problem(describe(exc, screen_language()))

    def _loaded(self, loaded: Loaded) -> None:
        self.institute_id = loaded.institute_id
        self.rounds = loaded.rounds
        self.round_no = loaded.round_no
        self.view = loaded.view
        self.loaded = True
        self._show_problem(loaded.problem)
        self._fill()

    # -- showing -------------------------------------------------------------------------------------------------
    def _month(self, month: int) -> str:
        return THAI_MONTHS[month - 1] if labels.is_thai() else _EN_MONTHS[month - 1]

    def _status(self, info: RoundInfo) -> str:
        return self.tr("Submitted") if info.submitted else self.tr("Draft")

    def _fill(self) -> None:
        self._fill_rounds()
        self._fill_figures()
        self._fill_comparison()
        self._fill_register()
        self._update_buttons()

    def _fill_rounds(self) -> None:
        model = self.rounds_model
        model.removeRows(0, model.rowCount())
        for info in self.rounds:
            first = _item(self.tr("Round %1").replace("%1", str(info.round_no)))
            first.setData(info.round_no, ROUND_ROLE)
            submitted = ""
            if info.submitted_at is not None:
                submitted = (
                    self.tr("%1 by %2")
                    .replace("%1", labels.date_text(info.submitted_at.astimezone().date()))
                    .replace("%2", info.submitted_by)
                )
            model.appendRow(
                [
                    first,
                    _item(self._month(info.month)),
                    _item(self._status(info), color=GREEN if info.submitted else None),
                    _item(labels.date_text(info.as_of)),
                    _item(submitted + (f"  · SHA-256 {info.sha256[:12]}…" if info.sha256 else "")),
                ]
            )
        for row, info in enumerate(self.rounds):
            if info.round_no == self.round_no:
                self.rounds_table.selectRow(row)
        for column in range(model.columnCount() - 1):
            self.rounds_table.resizeColumnToContents(column)

    def _set(self, key: str, value: str, color: QColor | None = None) -> None:
        label = self.figure_labels[key][1]
        label.setText(value)
        label.setStyleSheet(f"color: {color.name()};" if color is not None else "")

    def _fill_figures(self) -> None:
        view = self.view
        if view is None:
            for _name, value in self.figure_labels.values():
                value.setText("–")
            self.state_label.setText("")
            return
        t = view.figures.totals
        baht = labels.baht_text
        self._set("targets", str(t.target_households))
        self._set(
            "households",
            self.tr("%1 (%2 contracts)").replace("%1", str(t.households_1hh1c)).replace("%2", str(t.contracts)),
        )
        if t.meets_minimum:
            self._set("minimum", self.tr("Met (at least %1)").replace("%1", str(t.min_households)), GREEN)
        else:
            self._set(
                "minimum",
                self.tr("%1 short of %2").replace("%1", str(t.short_of_minimum)).replace("%2", str(t.min_households)),
                RED,
            )
        self._set("debt_before", baht(t.debt_before))
        self._set("principal", baht(t.principal))
        self._set("paid", baht(t.paid))
        self._set("balance", baht(t.balance))
        self._set(
            "arrears",
            self.tr("%1 (%2 households)").replace("%1", baht(t.arrears)).replace("%2", str(t.in_arrears)),
            RED if t.arrears > 0 else None,
        )
        self._set("inside", baht(t.source("inside_institute").amount))
        self._set("formal", baht(t.source("other_formal").amount))
        self._set("informal", baht(t.source("informal").amount))
        self._set(
            "standing",
            self.tr("%1 on schedule, %2 behind, %3 paid off")
            .replace("%1", str(t.current))
            .replace("%2", str(t.in_arrears))
            .replace("%3", str(t.paid_off)),
        )
        as_of = labels.date_text(view.as_of)
        criteria = view.figures.criteria
        passed = (
            "  ·  "
            + self.tr("The five criteria: %1 of %2 met")
            .replace("%1", str(sum(1 for c in criteria if c.passed)))
            .replace("%2", str(len(criteria)))
            if criteria
            else ""
        )
        if view.submitted:
            self.state_label.setText(
                self.tr("Submitted: the figures as of %1 are frozen and printed as they were submitted.").replace(
                    "%1", as_of
                )
                + passed
            )
            self.state_label.setStyleSheet("color: #1a6626;")
        else:
            self.state_label.setText(
                self.tr(
                    "Draft: worked out from the data as of %1; it follows every change until it is submitted."
                ).replace("%1", as_of)
                + passed
            )
            self.state_label.setStyleSheet("color: #8a5a00;")

    def _change_line(self, label: str, before: str, after: str) -> str:
        return f"{label}: {before} → {after}"

    def _fill_comparison(self) -> None:
        view = self.view
        c: Comparison | None = view.comparison if view is not None else None
        if c is None:
            self.compare_box.setTitle(self.tr("Compared with the last submitted round"))
            self.compare_text.setText(self.tr("No earlier round has been submitted."))
            return
        self.compare_box.setTitle(
            self.tr("Compared with round %1 (as of %2)")
            .replace("%1", str(c.previous_round_no))
            .replace("%2", labels.date_text(c.previous_as_of))
        )
        baht = labels.baht_text
        lines = [
            self._change_line(self.tr("Households"), str(c.households_before), str(c.households_after)),
            self._change_line(self.tr("Repaid"), baht(c.paid_before), baht(c.paid_after)),
            self._change_line(self.tr("Outstanding"), baht(c.balance_before), baht(c.balance_after)),
            self._change_line(self.tr("Arrears"), baht(c.arrears_before), baht(c.arrears_after)),
        ]
        if c.principal_before != c.principal_after:
            lines.insert(1, self._change_line(self.tr("Principal"), baht(c.principal_before), baht(c.principal_after)))
        if c.added:
            names = ", ".join(f"{h.household_code} {h.head_name}" for h in c.added)
            lines.append(self.tr("New: %1").replace("%1", names))
        if c.gone:
            names = ", ".join(f"{h.household_code} {h.head_name}" for h in c.gone)
            lines.append(self.tr("No longer reported: %1").replace("%1", names))
        if c.arrears_changed:
            lines.append(self.tr("Arrears changed for %1 households").replace("%1", str(len(c.arrears_changed))))
        if not c.changed:
            lines.append(self.tr("No change."))
        self.compare_text.setText("\n".join(lines))

    def _standing(self, line: RegisterLine) -> str:
        names = {
            "current": self.tr("On schedule"),
            "in_arrears": self.tr("In arrears"),
            "paid_off": self.tr("Paid off"),
        }
        text = names.get(line.standing, line.standing)
        if line.amends_contract_no:
            text += " · " + self.tr("amends %1").replace("%1", line.amends_contract_no)
        return text

    def _fill_register(self) -> None:
        model = self.register_model
        model.removeRows(0, model.rowCount())
        view = self.view
        if view is None:
            return
        baht = labels.baht_text
        for line in view.figures.lines:
            behind = line.arrears > Decimal(0)
            model.appendRow(
                [
                    _item(str(line.no), align=CENTER),
                    _item(line.household_code, align=CENTER),
                    _item(line.head_name),
                    _item(line.contract_no),
                    _item(labels.date_text(line.signing_date), align=CENTER),
                    _item(baht(line.debt_before), align=RIGHT),
                    _item(baht(line.principal), align=RIGHT),
                    _item(baht(line.installment), align=RIGHT),
                    _item(baht(line.paid), align=RIGHT),
                    _item(baht(line.balance), align=RIGHT),
                    _item(baht(line.arrears) if behind else "–", align=RIGHT, color=RED if behind else None),
                    _item(self._standing(line), color=RED if behind else None),
                ]
            )
        self.register_table.resizeColumnsToContents()

    def _update_buttons(self) -> None:
        view = self.view
        self.submit_button.setEnabled(bool(self.institute_id) and view is not None and not view.submitted)
        self.print_button.setEnabled(bool(self.institute_id) and view is not None)

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    # -- submitting and printing ---------------------------------------------------------------------------------
    def _submit_clicked(self) -> None:
        self.submit_round()

    def submit_round(self) -> None:
        """Ask, then freeze the selected draft round's figures."""
        view, institute_id = self.view, self.institute_id
        if view is None or institute_id is None or view.submitted:
            return
        question = (
            self.tr(
                "Submit round %1 as of %2? Its figures and register are frozen as they are now and can never be "
                "changed; a correction goes into a later round."
            )
            .replace("%1", str(view.round_no))
            .replace("%2", labels.date_text(view.as_of))
        )
        if not ask(self, self.tr("Submit the report round"), question):
            return
        fiscal_year, round_no, as_of, language = view.fiscal_year, view.round_no, view.as_of, screen_language()

        def done(sha: str) -> None:
            self.submitted_hash = sha
            self.print_status.setText(
                self.tr("Round %1 submitted; SHA-256 %2").replace("%1", str(round_no)).replace("%2", sha[:16] + "…")
            )
            self.reload()

        def failed(exc: Exception) -> None:
            from cdfi_desktop.services.errors import ValidationFailed

            if isinstance(exc, ValidationFailed):
                self._show_problem(" ".join(message(i.code, language, **i.params) for i in exc.issues))
            else:
                log.error("submitting round %s failed: %s", round_no, exc)
                self._show_problem(describe(exc, screen_language()))

        self._show_problem("")
        self.ops.change(
            lambda db, _progress: submit(
                db, institute_id=institute_id, fiscal_year=fiscal_year, round_no=round_no, as_of=as_of
            ),
            success=done,
            failure=failed,
        )

    def _print_clicked(self) -> None:
        self.print_reports()

    def print_reports(self, folder: Path | None = None) -> None:
        """Write the selected round's report form and register (PDF, Excel) into ``folder`` (asked when None)."""
        view, institute_id = self.view, self.institute_id
        if view is None or institute_id is None:
            return
        if folder is None:
            folder = choose_folder(self, self.tr("Folder for the printed report round"))
            if folder is None:
                return
        fiscal_year, round_no, today, language = view.fiscal_year, view.round_no, self.today, screen_language()
        target = folder

        def done(written: list[Path]) -> None:
            self.printed = written

        print_to_folder(
            self.ops,
            write=lambda db: write_reports(
                db,
                institute_id=institute_id,
                fiscal_year=fiscal_year,
                round_no=round_no,
                folder=target,
                today=today,
                language=language,
            ),
            folder=target,
            status=self.print_status,
            done=done,
            problem=self._show_problem,
            what=self.tr("The report round"),
        )

    # -- language --------------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(
            self.tr("1 household 1 contract report rounds, %1").replace("%1", labels.fiscal_year_text(self.fiscal_year))
        )
        self.submit_button.setText(self.tr("Submit…"))
        self.print_button.setText(self.tr("Print…"))
        self.rounds_model.setHorizontalHeaderLabels(
            [self.tr("Round"), self.tr("Month"), self.tr("Status"), self.tr("As of"), self.tr("Submitted")]
        )
        self.figures_box.setTitle(self.tr("Report form"))
        names = {
            "targets": self.tr("Target households"),
            "households": self.tr("Households at 1HH1C"),
            "minimum": self.tr("Minimum per institute"),
            "debt_before": self.tr("Former debts transferred"),
            "principal": self.tr("Principal of the new contracts"),
            "paid": self.tr("Repaid so far"),
            "balance": self.tr("Outstanding"),
            "arrears": self.tr("In arrears"),
            "inside": self.tr("From member funds"),
            "formal": self.tr("From other formal lenders"),
            "informal": self.tr("From informal lenders"),
            "standing": self.tr("Contracts"),
        }
        for key, (name, _value) in self.figure_labels.items():
            name.setText(names[key])
        self.register_model.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Household"),
                self.tr("Head of household"),
                self.tr("Contract no."),
                self.tr("Signed"),
                self.tr("Former debt"),
                self.tr("New principal"),
                self.tr("Installment"),
                self.tr("Repaid"),
                self.tr("Outstanding"),
                self.tr("Arrears"),
                self.tr("Status"),
            ]
        )
        if self.loaded:
            self._fill()
