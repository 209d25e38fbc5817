"""Household editor: the household, its members, its monthly income and expenses, and its debts.

Every field parses what the officer types and shows the broken rule under it, in Thai; Save stays disabled
while any field shows an error, and the service checks the same rules again (plus a citizen ID used in
another household) before anything is written in one transaction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cdfi_desktop.domain.enums import DebtStatus
from cdfi_desktop.domain.register_rules import FundRules, Issue, Severity
from cdfi_desktop.failures import describe
from cdfi_desktop.messages import message
from cdfi_desktop.services import registers as reg
from cdfi_desktop.services.errors import ValidationFailed
from cdfi_desktop.services.limits import text_limit
from cdfi_desktop.services.uow import UnitOfWork
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.ops import Ops
from cdfi_desktop.ui.registers.household_debts import DebtsPart
from cdfi_desktop.ui.registers.household_finances import FinancesPart
from cdfi_desktop.ui.registers.household_members import MemberDraft, MembersPart
from cdfi_desktop.ui.widgets import dialogs
from cdfi_desktop.ui.widgets.fields import (
    Field,
    TextField,
    no_default_buttons,
    screen_language,
)

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database

_PATH = re.compile(r"(?P<group>\w+)\[(?P<index>\d+)\]\.(?P<field>\w+)")


@dataclass(frozen=True)
class _Loaded:
    detail: reg.HouseholdDetail | None
    villages: list[reg.Choice]
    funds: list[tuple[reg.Choice, FundRules]]
    next_code: str = ""


def _load(db: Database, institute_id: str, household_id: str | None) -> _Loaded:
    with db.session() as session:
        return _Loaded(
            detail=reg.household_detail(session, household_id) if household_id else None,
            villages=reg.villages(session, institute_id=institute_id),
            funds=reg.fund_choices(session, institute_id=institute_id),
            next_code="" if household_id else reg.next_register_no(session, institute_id=institute_id),
        )


class HouseholdDialog(MembersPart, FinancesPart, DebtsPart, QDialog):
    """The household editor: its own fields here; members, finances and debts in their parts."""

    def __init__(
        self, ops: Ops, *, institute_id: str, household_id: str | None, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ops, self.institute_id, self.household_id, self.today = ops, institute_id, household_id, today
        self.setObjectName("householdDialog")
        self.resize(1000, 640)
        self.members: list[MemberDraft] = []
        self.current_member = -1
        self.debts: tuple[reg.DebtForm, ...] = ()
        self.debt_statuses: dict[str, DebtStatus] = {}
        self.funds: list[tuple[reg.Choice, FundRules]] = []
        self.loaded = False
        self.next_code = ""  # the register number a new household gets when saved
        self._pending_debt: str | None = None
        self._build()
        self.retranslate()
        self._set_busy(True)
        ops.query(lambda db: _load(db, institute_id, household_id), success=self._fill)

    # -- building ----------------------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        layout.addWidget(self.heading)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)

        page = QWidget()
        form = QFormLayout(page)
        self.code = TextField(max_length=text_limit("household", "code"))
        self.village = QComboBox()
        self.house_no = TextField(required=True, max_length=text_limit("household", "house_no"))
        self.phone = TextField(max_length=text_limit("household", "phone"))
        self.address = TextField()
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(90)
        self.household_labels = [QLabel() for _ in range(6)]
        for lbl, widget in zip(
            self.household_labels,
            (self.code, self.village, self.house_no, self.phone, self.address, self.notes),
            strict=True,
        ):
            form.addRow(lbl, widget)
        self.tabs.addTab(page, "")

        self.tabs.addTab(self._build_members_tab(), "")

        self.tabs.addTab(self._build_finances_tab(), "")

        self.tabs.addTab(self._build_debts_tab(), "")

        bottom = QHBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        bottom.addWidget(self.status, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        for widget in self._fields():
            widget.changed.connect(self._update_save_enabled)
            widget.judged.connect(self._update_save_enabled)
        no_default_buttons(self)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        no_default_buttons(self)  # the button box makes Save the default when shown

    @property
    def save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def _fields(self) -> list[Field]:
        return [
            self.code,
            self.house_no,
            self.phone,
            self.address,
            self.m_first,
            self.m_last,
            self.m_cid,
            self.m_birth,
            self.m_occupation,
            self.m_phone,
        ]

    # -- filling -----------------------------------------------------------------------------------------------
    def _fill(self, loaded: _Loaded) -> None:
        self.funds = loaded.funds
        self.village.clear()
        self.village.addItem("–", None)
        for choice in loaded.villages:
            self.village.addItem(choice.name, choice.id)
        detail = loaded.detail
        self.next_code = loaded.next_code
        if detail is not None:
            f = detail.form
            self.code.setText(f.code)
            self.village.setCurrentIndex(max(0, self.village.findData(f.village_id)))
            self.house_no.setText(f.house_no)
            self.phone.setText(f.phone)
            self.address.setText(f.address)
            self.notes.setPlainText(f.notes)
            self.members = [
                MemberDraft(
                    id=x.id,
                    title=x.title,
                    first_name=x.first_name,
                    last_name=x.last_name,
                    citizen_id=x.citizen_id,
                    sex=x.sex,
                    birth_date=labels.date_numeric(x.birth_date),  # B.E. in Thai, C.E. in English
                    relation=x.relation,
                    is_head=x.is_head,
                    occupation=x.occupation,
                    phone=x.phone,
                )
                for x in f.members
            ]
            for line in f.finances:
                self.add_finance(line.kind, line)
            self._show_debts(detail)
        self._refresh_member_list()
        if self.members:
            self.member_list.selectRow(0)
        else:
            self._load_member_form(None)
        self.loaded = True
        self.retranslate()  # the heading names the household once it is read
        self._set_busy(False)
        self._update_debt_buttons()
        if self._pending_debt:
            self.show_debt(self._pending_debt)

    # -- saving ------------------------------------------------------------------------------------------------
    def _update_save_enabled(self) -> None:
        has_error = any(f.has_error for f in self._fields()) or any(f.has_error for f in self._finance_amounts())
        has_error = has_error or any(d.problems for d in self.members)
        self.save_button.setEnabled(self.loaded and not has_error)

    def _set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.tabs.setEnabled(not busy)

    def collect(self) -> reg.HouseholdForm | None:
        """The form as typed, or None after showing every field that cannot be read."""
        self._store_member_form()
        ok = all(f.check() for f in (self.code, self.house_no, self.phone, self.address))
        members, members_ok = self._collect_members()
        finances, finances_ok = self._collect_finances()
        ok = ok and members_ok and finances_ok
        self._refresh_member_list()
        self._load_member_form(
            self.members[self.current_member] if 0 <= self.current_member < len(self.members) else None
        )
        if not ok:
            self._update_save_enabled()
            return None
        return reg.HouseholdForm(
            id=self.household_id,
            institute_id=self.institute_id,
            village_id=self.village.currentData(),
            code=self.code.text(),
            house_no=self.house_no.text(),
            phone=self.phone.text(),
            address=self.address.text(),
            notes=self.notes.toPlainText(),
            members=tuple(members),
            finances=tuple(finances),
        )

    def save(self) -> None:
        form = self.collect()
        if form is None:
            self.status.setText(self.tr("Correct the fields marked in red; nothing was saved."))
            return
        today = self.today

        def run(db: Database, _progress: object) -> str:
            with UnitOfWork(db) as uow:
                return reg.save_household(uow, form, today=today)

        self._set_busy(True)
        self.ops.change(run, success=self._saved, failure=self._refused)

    def _saved(self, household_id: str) -> None:
        self._set_busy(False)
        self.household_id = household_id
        self.status.setText(self.tr("Saved."))
        self.heading.setText(self.tr("Household %1").replace("%1", self.house_no.text()))
        self._reload_after_save()

    def _reload_after_save(self) -> None:
        household_id = self.household_id
        assert household_id is not None

        def load(db: Database) -> reg.HouseholdDetail:
            with db.session() as session:
                return reg.household_detail(session, household_id)

        def refreshed(detail: reg.HouseholdDetail) -> None:
            for draft, member in zip(self.members, detail.form.members, strict=False):
                if draft.id is None:
                    draft.id = member.id if member.first_name == draft.first_name.strip() else draft.id
            ids = {d.id for d in self.members}
            for draft in self.members:
                if draft.id is None:
                    match = [
                        x for x in detail.form.members if x.id not in ids and x.first_name == draft.first_name.strip()
                    ]
                    if match:
                        draft.id = match[0].id
            rows = [(r, self._finance_key(r)) for r in range(self.finance_table.rowCount())]
            new_lines = [f for f in detail.form.finances if f.id not in {line_id for _r, (_k, line_id) in rows}]
            for r, (kind, line_id) in rows:
                if line_id is None and new_lines:
                    self._set_finance_key(r, (kind, new_lines.pop(0).id))
            self._show_debts(detail)
            if not self.code.text().strip():  # the register number given when it was saved
                self.code.setText(detail.form.code)
            self._update_debt_buttons()  # now the members have their ids: a new debt is the head's

        self.ops.query(load, success=refreshed)

    def _refused(self, exc: Exception) -> None:
        self._set_busy(False)
        if not isinstance(exc, ValidationFailed):
            self.status.setText(self.tr("Not saved: %1").replace("%1", describe(exc, screen_language())))
            return
        self.show_issues(exc.issues)
        self.status.setText(self.tr("Correct the fields marked in red; nothing was saved."))

    def show_issues(self, issues: list[Issue]) -> None:
        """Put each rule's message at the field it concerns."""
        language = screen_language()
        general: list[str] = []
        household_fields: dict[str, Field] = {
            "code": self.code,
            "house_no": self.house_no,
            "phone": self.phone,
            "address": self.address,
        }
        for issue in issues:
            text = message(issue.code, language, **issue.params)
            match = _PATH.fullmatch(issue.field)
            if match and match["group"] == "members" and int(match["index"]) < len(self.members):
                self.members[int(match["index"])].problems[match["field"]] = text
            elif match and match["group"] == "finances":
                amounts = self._finance_amounts()
                if int(match["index"]) < len(amounts):
                    amounts[int(match["index"])].show_problem(text)
            elif issue.field in household_fields:
                household_fields[issue.field].show_problem(text, severity=issue.severity)
            elif issue.severity is Severity.ERROR:
                general.append(text)
        self.members_problem.setText("\n".join(general))
        self._refresh_member_list()
        bad = [i for i, d in enumerate(self.members) if d.problems]
        if bad:
            self.tabs.setCurrentIndex(1)
            self.member_list.selectRow(bad[0])
            self._load_member_form(self.members[bad[0]])
        elif general:
            self.tabs.setCurrentIndex(1)
        self._update_save_enabled()

    # -- language ----------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Household"))
        self.heading.setText(
            self.tr("Household %1").replace("%1", self.house_no.text())
            if self.household_id
            else self.tr("New household")
        )
        for index, text in enumerate(
            (self.tr("Household"), self.tr("Members"), self.tr("Income and expenses"), self.tr("Debts"))
        ):
            self.tabs.setTabText(index, text)
        for lbl, text in zip(
            self.household_labels,
            (
                self.tr("Register no."),
                self.tr("Village"),
                self.tr("House no."),
                self.tr("Phone"),
                self.tr("Address"),
                self.tr("Notes"),
            ),
            strict=True,
        ):
            lbl.setText(text)
        self.code.edit.setPlaceholderText(
            self.tr("%1 (given when saved; type another number to use it)").replace("%1", self.next_code)
            if self.next_code and not self.household_id
            else ""
        )
        self._retranslate_members()
        self._retranslate_finances()
        self._retranslate_debts()
        dialogs.name_standard_buttons(self.buttons)
