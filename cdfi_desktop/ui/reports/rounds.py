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

from PySide6.QtWidgets import QVBoxLayout, QWidget

from cdfi_desktop.domain.fiscal import fiscal_year_be
from cdfi_desktop.domain.thai_date import THAI_MONTHS
from cdfi_desktop.failures import describe
from cdfi_desktop.messages import message
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.ops import Ops, in_unit_of_work
from cdfi_desktop.ui.reports.common import KEY_ROLE, cell, print_printout, show_no_institute
from cdfi_desktop.ui.reports.round_figures import GREEN, RED, RoundFigures
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets.dialogs import ask
from cdfi_desktop.ui.widgets.empty import EmptyOr
from cdfi_desktop.ui.widgets.fields import screen_language
from cdfi_desktop.ui.widgets.page import Page
from cdfi_desktop.ui.widgets.screen import LazyScreen
from cdfi_desktop.ui.widgets.table import Column, Kind, RegisterTable
from cdfi_desktop.ui.widgets.thai_text import WrappingLabel

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.services.report_rounds import RegisterLine, RoundInfo, RoundView
    from cdfi_desktop.services.uow import UnitOfWork

log = logging.getLogger(__name__)
CONTEXT = "RoundsTab"
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
ROUND_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("RoundsTab", "Round"), Kind.TEXT),
    Column(QT_TRANSLATE_NOOP("RoundsTab", "Month"), Kind.TEXT),
    Column(QT_TRANSLATE_NOOP("RoundsTab", "Status"), Kind.TEXT),
    Column(QT_TRANSLATE_NOOP("RoundsTab", "As of"), Kind.DATE),
    Column(QT_TRANSLATE_NOOP("RoundsTab", "Submitted"), Kind.TEXT, stretch=True),
)
REGISTER_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("RoundsTab", "No."), Kind.NUMBER),
    Column(QT_TRANSLATE_NOOP("RoundsTab", "Register no."), Kind.TEXT),
    Column(QT_TRANSLATE_NOOP("RoundsTab", "Head of household"), Kind.TEXT, stretch=True),
    Column(QT_TRANSLATE_NOOP("RoundsTab", "Contract no."), Kind.TEXT, priority=2),
    Column(QT_TRANSLATE_NOOP("RoundsTab", "Signed"), Kind.DATE, priority=1),
    Column(QT_TRANSLATE_NOOP("RoundsTab", "Former debt"), Kind.MONEY),
    Column(QT_TRANSLATE_NOOP("RoundsTab", "New principal"), Kind.MONEY),
    Column(QT_TRANSLATE_NOOP("RoundsTab", "Installment"), Kind.MONEY),
    Column(QT_TRANSLATE_NOOP("RoundsTab", "Repaid"), Kind.MONEY),
    Column(QT_TRANSLATE_NOOP("RoundsTab", "Outstanding"), Kind.MONEY),
    Column(QT_TRANSLATE_NOOP("RoundsTab", "Arrears"), Kind.MONEY),
    Column(QT_TRANSLATE_NOOP("RoundsTab", "Status"), Kind.TEXT, priority=3),
)


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

    with db.reading() as session:
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


def submit(uow: UnitOfWork, *, institute_id: str, fiscal_year: int, round_no: int, as_of: date) -> str:
    from cdfi_desktop.services import report_rounds as rr

    return rr.submit_round(
        uow,
        institute_id=institute_id,
        fiscal_year=fiscal_year,
        round_no=round_no,
        as_of=as_of,
        officer=uow.db.recorder.officer or "",
    )


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

        self.page = Page(self)
        # the tab's own content, or in its place the empty state of a database without an institute
        self.content = QVBoxLayout()
        self.content.setContentsMargins(0, 0, 0, 0)
        self.submit_button = self.page.actions.add(self.submit_round)
        self.page.actions.stretch()
        self.print_button = self.page.actions.add(self.print_reports)
        self.problem = self.page.problem
        self.print_status = self.page.status

        self.rounds_table = RegisterTable(ROUND_COLUMNS, context=CONTEXT, key="report_rounds")
        self.rounds_model = self.rounds_table.standard_model()
        self.rounds_table.setMaximumHeight(self.rounds_table.verticalHeader().defaultSectionSize() * 3 + 8)
        self.rounds_table.clicked.connect(lambda index: self.select_round(int(index.siblingAtColumn(0).data(KEY_ROLE))))
        self.state_label = WrappingLabel()
        self.state_label.setWordWrap(True)
        self.figures = RoundFigures()
        self.figure_labels = self.figures.labels
        self.compare_box, self.compare_text = self.figures.compare_box, self.figures.compare_text
        self.register_table = RegisterTable(REGISTER_COLUMNS, context=CONTEXT, key="round_register")
        self.register_model = self.register_table.standard_model()
        for widget in (self.rounds_table, self.state_label, self.figures):
            self.content.addWidget(widget)
        self.content.addWidget(self.register_table, 1)
        content = QWidget()
        content.setLayout(self.content)
        self.stack = EmptyOr(content)
        self.page.body.addWidget(self.stack)
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
        from cdfi_desktop.services.errors import ValidationFailed

        if isinstance(exc, ValidationFailed):
            language = screen_language()
            self.page.show_problem(" ".join(message(i.code, language, **i.params) for i in exc.issues))
        else:
            log.error("the report rounds failed: %s", exc)
            self.page.show_problem(describe(exc, screen_language()))

    def _loaded(self, loaded: Loaded) -> None:
        self.institute_id = loaded.institute_id
        self.rounds = loaded.rounds
        self.round_no = loaded.round_no
        self.view = loaded.view
        self.loaded = True
        self.page.show_problem(loaded.problem)
        self._fill()

    # -- showing -------------------------------------------------------------------------------------------------
    def _month(self, month: int) -> str:
        return THAI_MONTHS[month - 1] if labels.is_thai() else _EN_MONTHS[month - 1]

    def _fill(self) -> None:
        if self.institute_id is None:
            show_no_institute(self.stack, self.tr("The report rounds are worked out from the institute's contracts."))
        else:
            self.stack.show_content()
        self._fill_rounds()
        self._fill_state()
        self.figures.show_view(self.view)
        self._fill_register()
        self._update_buttons()

    def _fill_rounds(self) -> None:
        model = self.rounds_model
        model.removeRows(0, model.rowCount())
        for info in self.rounds:
            submitted = ""
            if info.submitted_at is not None:
                submitted = (
                    self.tr("%1 by %2")
                    .replace("%1", labels.date_text(info.submitted_at.astimezone().date()))
                    .replace("%2", info.submitted_by)
                )
            status = self.tr("Submitted") if info.submitted else self.tr("Draft")
            model.appendRow(
                [
                    cell(self.tr("Round %1").replace("%1", str(info.round_no)), key=info.round_no),
                    cell(self._month(info.month)),
                    cell(status, color=GREEN if info.submitted else None),
                    cell(labels.date_text(info.as_of), Kind.DATE),
                    cell(submitted + (f"  · SHA-256 {info.sha256[:12]}…" if info.sha256 else "")),
                ]
            )
        for row, info in enumerate(self.rounds):
            if info.round_no == self.round_no:
                self.rounds_table.selectRow(row)

    def _fill_state(self) -> None:
        view = self.view
        if view is None:
            self.state_label.setText("")
            return
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
            text = self.tr("Submitted: the figures as of %1 are frozen and printed as they were submitted.")
        else:
            text = self.tr("Draft: worked out from the data as of %1; it follows every change until it is submitted.")
        self.state_label.setText(text.replace("%1", as_of) + passed)
        self.state_label.setStyleSheet("color: #1a6626;" if view.submitted else "color: #8a5a00;")

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
            red = RED if behind else None
            model.appendRow(
                [
                    cell(str(line.no), Kind.NUMBER),
                    cell(line.household_code),
                    cell(line.head_name),
                    cell(line.contract_no),
                    cell(labels.date_text(line.signing_date), Kind.DATE),
                    *(
                        cell(baht(amount), Kind.MONEY)
                        for amount in (line.debt_before, line.principal, line.installment, line.paid, line.balance)
                    ),
                    cell(baht(line.arrears) if behind else "–", Kind.MONEY, color=red),
                    cell(self._standing(line), color=red),
                ]
            )

    def _update_buttons(self) -> None:
        view, actions = self.view, self.page.actions
        if not self.institute_id:
            why = self.tr("No institute yet: set it up on the institute screen first.")
        elif view is None:
            why = self.tr("The round could not be worked out: see the message above.")
        else:
            why = self.tr("This round is already submitted; a correction goes into a later round.")
        actions.set_available(
            self.submit_button, bool(self.institute_id) and view is not None and not view.submitted, why
        )
        actions.set_available(self.print_button, bool(self.institute_id) and view is not None, why)

    # -- submitting and printing ---------------------------------------------------------------------------------
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
        fiscal_year, round_no, as_of = view.fiscal_year, view.round_no, view.as_of

        def done(sha: str) -> None:
            self.submitted_hash = sha
            self.page.say(
                self.tr("Round %1 submitted; SHA-256 %2").replace("%1", str(round_no)).replace("%2", sha[:16] + "…")
            )
            self.reload()

        self.page.clear_problem()
        self.ops.change(
            in_unit_of_work(
                lambda uow: submit(
                    uow, institute_id=institute_id, fiscal_year=fiscal_year, round_no=round_no, as_of=as_of
                )
            ),
            success=done,
            failure=self._failed,
        )

    def print_reports(self, folder: Path | None = None) -> None:
        """Write the selected round's report form and register (PDF, Excel) into ``folder`` (asked when None)."""
        view, institute_id = self.view, self.institute_id
        if view is None or institute_id is None:
            return
        from cdfi_desktop.reports.registry import write_round_reports

        fiscal_year, round_no, today, language = view.fiscal_year, view.round_no, self.today, screen_language()
        print_printout(
            self,
            folder,
            write_round_reports,
            ask=self.tr("Folder for the printed report round"),
            what=self.tr("The report round"),
            institute_id=institute_id,
            fiscal_year=fiscal_year,
            printed_on=today,
            language=language,
            round_no=round_no,
        )

    # -- language --------------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.page.set_heading(
            self.tr("1 household 1 contract report rounds, %1").replace("%1", labels.fiscal_year_text(self.fiscal_year))
        )
        self.submit_button.setText(self.tr("Submit…"))
        self.print_button.setText(self.tr("Print…"))
        self.rounds_table.retranslate()
        self.register_table.retranslate()
        if self.loaded:
            self._fill()
