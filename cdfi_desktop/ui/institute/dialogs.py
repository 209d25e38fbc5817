"""Dialogs adding or changing one committee member, member fund or program activity of an institute."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import fields as dataclass_fields
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cdfi_desktop.domain.enums import ActivityKind, ActivityStatus, CommitteeRole, FundType
from cdfi_desktop.domain.fiscal import fiscal_year_be
from cdfi_desktop.domain.institute_rules import (
    ActivityFacts,
    CommitteeMemberFacts,
    MemberFundFacts,
    check_activity,
    check_committee_member,
    check_member_fund,
)
from cdfi_desktop.domain.register_rules import Issue
from cdfi_desktop.failures import describe
from cdfi_desktop.services.errors import NotFound, ValidationFailed
from cdfi_desktop.services.limits import text_limit
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.institute import work
from cdfi_desktop.ui.institute.form import AnyField, CheckField, ChoiceField, FormBinder, NotesField
from cdfi_desktop.ui.ops import Ops
from cdfi_desktop.ui.widgets.fields import (
    CitizenIdField,
    DateField,
    IntField,
    MoneyField,
    RateField,
    TextField,
    problem_label,
    screen_language,
)

if TYPE_CHECKING:
    from cdfi_desktop.services.institute import ActivityRow, CommitteeRow, MemberFundRow

log = logging.getLogger(__name__)
F = TypeVar("F")


def facts_of(cls: type[F], values: dict[str, Any]) -> F:
    """A domain facts object from a form's values (its fields picked by name)."""
    return cls(**{f.name: values[f.name] for f in dataclass_fields(cls)})  # type: ignore[arg-type]


class RecordDialog(QDialog):
    """Add or change one record: checks as the officer types, saves in the background, closes when saved.

    Problems the service finds on saving are shown at their fields; the dialog stays open.
    """

    def __init__(
        self,
        ops: Ops,
        *,
        institute_id: str,
        record_id: str | None,
        save: Callable[[dict[str, Any]], work.Change],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recordDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.ops, self.institute_id, self.record_id, self._save_op = ops, institute_id, record_id, save
        self.saved_id: str | None = None
        self.fields: dict[str, AnyField] = {}
        self.captions: dict[str, QLabel] = {}
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(20, 16, 20, 16)
        self.layout_.setSpacing(10)
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(8)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.layout_.addLayout(self.form)
        self.general = problem_label()
        self.layout_.addWidget(self.general)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton()
        self.save_button.setObjectName("primary")
        self.cancel_button = QPushButton()
        for button in (self.save_button, self.cancel_button):  # Enter finishes a field, never saves the form
            button.setAutoDefault(False)
            button.setDefault(False)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        self.layout_.addLayout(buttons)
        self.save_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        self.binder: FormBinder | None = None

    # -- building --------------------------------------------------------------------------------------------
    def add_rows(self, *names: str) -> None:
        """Add the fields held in the attributes ``names``, in that order."""
        for name in names:
            self.add_row(name, getattr(self, name))

    def add_row(self, name: str, widget: AnyField) -> None:
        caption = QLabel()
        caption.setWordWrap(False)
        self.captions[name] = caption
        self.fields[name] = widget
        self.form.addRow(caption, widget)

    def bind(self, rules: Callable[[dict[str, Any]], list[Issue]]) -> None:
        self.binder = FormBinder(self.fields, rules=rules, general=self.general, save=self.save_button, parent=self)

    def captions_text(self) -> dict[str, str]:
        raise NotImplementedError

    def window_title(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        self.setWindowTitle(self.window_title())
        for name, text in self.captions_text().items():
            self.captions[name].setText(text)
        self.save_button.setText(QCoreApplication.translate("InstituteDialog", "Save"))
        self.cancel_button.setText(QCoreApplication.translate("InstituteDialog", "Cancel"))
        if self.binder is not None:
            self.binder.validate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- values ----------------------------------------------------------------------------------------------
    def normalized(self, values: dict[str, Any]) -> dict[str, Any]:
        """The parsed values as the service's form wants them (blank counts as 0, trimmed text…)."""
        return values

    def form_values(self) -> dict[str, Any]:
        assert self.binder is not None
        values, _errors = self.binder.parsed()
        return {"id": self.record_id, "institute_id": self.institute_id, **self.normalized(values)}

    # -- saving ----------------------------------------------------------------------------------------------
    def submit(self) -> None:
        assert self.binder is not None
        if not self.binder.validate(show_all=True):
            return
        self.save_button.setEnabled(False)
        self.ops.change(self._save_op(self.form_values()), success=self._saved, failure=self._failed)

    def _saved(self, record_id: object) -> None:
        self.saved_id = str(record_id)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        assert self.binder is not None
        if isinstance(exc, ValidationFailed):
            self.binder.show_issues(exc.issues)
            return
        if isinstance(exc, NotFound):
            text = QCoreApplication.translate(
                "InstituteDialog", "This record is not there any more; it may have been removed meanwhile."
            )
        else:
            log.error("saving %s failed: %s", type(self).__name__, exc)
            text = QCoreApplication.translate("InstituteDialog", "The operation failed: %1").replace(
                "%1", describe(exc, screen_language())
            )
        self.general.setText(text)
        self.general.setProperty("state", "error")
        self.general.show()
        self.general.style().unpolish(self.general)
        self.general.style().polish(self.general)
        self.save_button.setEnabled(True)


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


# -- committee -------------------------------------------------------------------------------------------------
class CommitteeDialog(RecordDialog):
    def __init__(
        self, ops: Ops, *, institute_id: str, row: CommitteeRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            ops,
            institute_id=institute_id,
            record_id=row.id if row else None,
            save=work.save_committee_member,
            parent=parent,
        )
        self.setObjectName("committeeDialog")
        self.full_name = TextField(required=True, max_length=text_limit("committee_member", "full_name"))
        self.role = ChoiceField()
        self.role.set_choices(labels.choices(CommitteeRole))
        self.citizen_id = CitizenIdField()
        self.phone = TextField(max_length=text_limit("committee_member", "phone"))
        self.term_start = DateField()
        self.term_end = DateField()
        self.add_rows("full_name", "role", "citizen_id", "phone", "term_start", "term_end")
        self.bind(self.rules)
        assert self.binder is not None
        with self.binder.loading():
            if row is None:
                self.role.set_value(CommitteeRole.MEMBER)
            else:
                self.full_name.setText(row.full_name)
                self.role.set_value(row.role)
                self.citizen_id.set_value(row.citizen_id)
                self.phone.setText(row.phone)
                self.term_start.set_value(row.term_start)
                self.term_end.set_value(row.term_end)
        self.retranslate()
        self.binder.reset(touched=row is not None)
        self.setMinimumWidth(560)

    def window_title(self) -> str:
        return self.tr("Committee member") if self.record_id else self.tr("New committee member")

    def captions_text(self) -> dict[str, str]:
        return {
            "full_name": self.tr("Name and surname"),
            "role": self.tr("Role"),
            "citizen_id": self.tr("Citizen ID"),
            "phone": self.tr("Phone"),
            "term_start": self.tr("Term starts"),
            "term_end": self.tr("Term ends"),
        }

    def retranslate(self) -> None:
        self.role.set_choices(labels.choices(CommitteeRole))
        super().retranslate()

    def normalized(self, values: dict[str, Any]) -> dict[str, Any]:
        return {
            **values,
            "full_name": _text(values["full_name"]),
            "citizen_id": _text(values["citizen_id"]),
            "phone": _text(values["phone"]),
        }

    def rules(self, values: dict[str, Any]) -> list[Issue]:
        return check_committee_member(facts_of(CommitteeMemberFacts, self.normalized(values)), today=date.today())


# -- member funds ----------------------------------------------------------------------------------------------
_LENDING = ("lending_limit", "interest_rate", "max_term_months")


class FundDialog(RecordDialog):
    def __init__(
        self, ops: Ops, *, institute_id: str, row: MemberFundRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            ops, institute_id=institute_id, record_id=row.id if row else None, save=work.save_member_fund, parent=parent
        )
        self.setObjectName("fundDialog")
        self.name = TextField(required=True, max_length=text_limit("member_fund", "name"))
        self.fund_type = ChoiceField()
        self.founded_date = DateField()
        self.members_count = IntField()
        self.capital = MoneyField()
        self.can_lend = CheckField()
        self.lending_limit = MoneyField()
        self.interest_rate = RateField()
        self.max_term_months = IntField()
        self.bylaw_notes = NotesField(lines=3)
        self.add_rows(
            "name",
            "fund_type",
            "founded_date",
            "members_count",
            "capital",
            "can_lend",
            "lending_limit",
            "interest_rate",
            "max_term_months",
            "bylaw_notes",
        )
        self.bind(self.rules)
        assert self.binder is not None
        self.fund_type.set_choices(labels.choices(FundType))
        with self.binder.loading():
            if row is None:
                self.can_lend.set_value(True)
            else:
                self.name.setText(row.name)
                self.fund_type.set_value(row.fund_type)
                self.founded_date.set_value(row.founded_date)
                self.members_count.set_value(row.members_count)
                self.capital.set_value(row.capital)
                self.can_lend.set_value(row.can_lend)
                self.lending_limit.set_value(row.lending_limit)
                self.interest_rate.set_value(row.interest_rate)
                self.max_term_months.set_value(row.max_term_months)
                self.bylaw_notes.set_value(row.bylaw_notes)
        self.can_lend.changed.connect(self._lending_changed)
        self._lending_changed()
        self.retranslate()
        self.binder.reset(touched=row is not None)
        self.setMinimumWidth(620)

    def _lending_changed(self) -> None:
        lends = self.can_lend.value()
        assert self.binder is not None
        for name in _LENDING:
            self.binder.set_active(name, lends)
            self.captions[name].setEnabled(lends)
        self.binder.validate()

    def window_title(self) -> str:
        return self.tr("Member fund") if self.record_id else self.tr("New member fund")

    def captions_text(self) -> dict[str, str]:
        return {
            "name": self.tr("Name of the fund"),
            "fund_type": self.tr("Type of fund"),
            "founded_date": self.tr("Founded on"),
            "members_count": self.tr("Number of members"),
            "capital": self.tr("Capital (baht)"),
            "can_lend": self.tr("Lending"),
            "lending_limit": self.tr("Lending limit per borrower (baht)"),
            "interest_rate": self.tr("Interest rate (% a year)"),
            "max_term_months": self.tr("Maximum term (months)"),
            "bylaw_notes": self.tr("Bylaws"),
        }

    def retranslate(self) -> None:
        self.fund_type.set_choices(labels.choices(FundType))
        self.fund_type.set_placeholder(self.tr("Choose the type of fund"))
        self.can_lend.setText(self.tr("The fund lends to its members"))
        self.bylaw_notes.edit.setPlaceholderText(
            self.tr("What the fund's rules say about who may borrow, how much, the rate and the term")
        )
        super().retranslate()

    def normalized(self, values: dict[str, Any]) -> dict[str, Any]:
        out = {
            **values,
            "name": _text(values["name"]),
            "members_count": values["members_count"] if values["members_count"] is not None else 0,
            "capital": values["capital"] if values["capital"] is not None else Decimal("0.00"),
            "can_lend": bool(values["can_lend"]),
            "bylaw_notes": _text(values["bylaw_notes"]),
        }
        if not out["can_lend"]:
            out.update(dict.fromkeys(_LENDING))
        return out

    def rules(self, values: dict[str, Any]) -> list[Issue]:
        return check_member_fund(facts_of(MemberFundFacts, self.normalized(values)), today=date.today())


# -- program activities ----------------------------------------------------------------------------------------
class ActivityDialog(RecordDialog):
    def __init__(
        self, ops: Ops, *, institute_id: str, row: ActivityRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            ops, institute_id=institute_id, record_id=row.id if row else None, save=work.save_activity, parent=parent
        )
        self.setObjectName("activityDialog")
        self.kind = ChoiceField()
        self.title = TextField(max_length=text_limit("program_activity", "title"))
        self.fiscal_year = IntField(required=True, placeholder="2560")
        self.planned_date = DateField()
        self.status = ChoiceField()
        self.done_date = DateField()
        self.budget = MoneyField()
        self.spent = MoneyField()
        self.notes = NotesField(lines=2)
        self.add_rows("kind", "title", "fiscal_year", "planned_date", "status", "done_date", "budget", "spent", "notes")
        self.bind(self.rules)
        assert self.binder is not None
        self.kind.set_choices(labels.choices(ActivityKind))
        self.status.set_choices(labels.choices(ActivityStatus))
        with self.binder.loading():
            if row is None:
                self.fiscal_year.set_value(fiscal_year_be(date.today()))
                self.status.set_value(ActivityStatus.PLANNED)
            else:
                self.kind.set_value(row.kind)
                self.title.setText(row.title)
                self.fiscal_year.set_value(row.fiscal_year)
                self.planned_date.set_value(row.planned_date)
                self.status.set_value(row.status)
                self.done_date.set_value(row.done_date)
                self.budget.set_value(row.budget)
                self.spent.set_value(row.spent)
                self.notes.set_value(row.notes)
        self.status.changed.connect(self._status_changed)
        self._status_changed()
        self.retranslate()
        self.binder.reset(touched=row is not None)
        self.setMinimumWidth(600)

    def _status_changed(self) -> None:
        assert self.binder is not None
        done = self.status.value() is ActivityStatus.DONE
        self.binder.set_active("done_date", done)
        self.captions["done_date"].setEnabled(done)
        if done and self.done_date.is_blank() and not self.binder.is_loading:
            self.done_date.set_value(date.today())
        self.binder.validate()

    def window_title(self) -> str:
        return self.tr("Program activity") if self.record_id else self.tr("New program activity")

    def captions_text(self) -> dict[str, str]:
        return {
            "kind": self.tr("Activity"),
            "title": self.tr("Activity title"),
            "fiscal_year": self.tr("Fiscal year (B.E.)"),
            "planned_date": self.tr("Planned for"),
            "status": self.tr("Status"),
            "done_date": self.tr("Done on"),
            "budget": self.tr("Budget (baht)"),
            "spent": self.tr("Spent (baht)"),
            "notes": self.tr("Notes"),
        }

    def retranslate(self) -> None:
        self.kind.set_choices(labels.choices(ActivityKind))
        self.kind.set_placeholder(self.tr("Choose the activity"))
        self.status.set_choices(labels.choices(ActivityStatus))
        super().retranslate()

    def normalized(self, values: dict[str, Any]) -> dict[str, Any]:
        return {
            **values,
            "title": _text(values["title"]),
            "status": values["status"] if values["status"] is not None else ActivityStatus.PLANNED,
            "budget": values["budget"] if values["budget"] is not None else Decimal("0.00"),
            "spent": values["spent"] if values["spent"] is not None else Decimal("0.00"),
            "notes": _text(values["notes"]),
        }

    def rules(self, values: dict[str, Any]) -> list[Issue]:
        return check_activity(facts_of(ActivityFacts, self.normalized(values)), today=date.today())
