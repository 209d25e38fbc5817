"""The household editor's members: the list of members beside the form of the one chosen, kept as typed
(so a half-typed citizen ID survives switching), and read into the service's member forms when saving."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cdfi_desktop.domain.citizen_id import validate_citizen_id
from cdfi_desktop.domain.enums import Relation, Sex
from cdfi_desktop.domain.errors import DomainError
from cdfi_desktop.messages import message
from cdfi_desktop.services import registers as reg
from cdfi_desktop.services.limits import text_limit
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.privacy import disclosure
from cdfi_desktop.ui.widgets.fields import (
    CitizenIdField,
    DateField,
    Field,
    TextField,
    problem_label,
    screen_language,
)

TITLES = ("นาย", "นาง", "นางสาว", "เด็กชาย", "เด็กหญิง")
MEMBERS_TAB = 1


def _tr(text: str) -> str:
    """The editor's texts are translated as the dialog's (context HouseholdDialog)."""
    return QCoreApplication.translate("HouseholdDialog", text)


@dataclass
class MemberDraft:
    """What is typed for one member, kept as text until saved (so a half-typed ID survives switching)."""

    id: str | None = None
    title: str = ""
    first_name: str = ""
    last_name: str = ""
    citizen_id: str = ""
    sex: Sex | None = None
    birth_date: str = ""
    relation: Relation = Relation.OTHER
    is_head: bool = False
    occupation: str = ""
    phone: str = ""
    problems: dict[str, str] = field(default_factory=dict)

    @property
    def display_name(self) -> str:
        return f"{self.title}{self.first_name} {self.last_name}".strip()


class MembersPart:
    """The members tab of the household editor (mixed into ``HouseholdDialog``)."""

    tabs: QTabWidget
    members: list[MemberDraft]
    current_member: int

    if TYPE_CHECKING:  # given by the dialog and its other parts

        def _update_save_enabled(self) -> None: ...

    def _build_members_tab(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        left = QVBoxLayout()
        self.member_list = QTableWidget(0, 4)
        self.member_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.member_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.member_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.member_list.verticalHeader().setVisible(False)
        self.member_list.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):  # as wide as their header and content: "เลขประจำตัวประชาชน" whole
            self.member_list.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.member_list.itemSelectionChanged.connect(self._member_selected)
        left.addWidget(self.member_list, 1)
        self.members_problem = problem_label(state="error", hidden=False)
        left.addWidget(self.members_problem)
        buttons = QHBoxLayout()
        self.add_member = QPushButton()
        self.add_member.clicked.connect(self.new_member)
        self.remove_member = QPushButton()
        self.remove_member.clicked.connect(self._remove_member)
        buttons.addWidget(self.add_member)
        buttons.addWidget(self.remove_member)
        buttons.addStretch(1)
        left.addLayout(buttons)
        row.addLayout(left, 3)
        self.member_form = QWidget()
        mform = QFormLayout(self.member_form)
        self.m_title = QComboBox()
        self.m_title.setEditable(True)
        self.m_title.addItems(TITLES)
        self.m_first = TextField(required=True, max_length=text_limit("household_member", "first_name"))
        self.m_last = TextField(max_length=text_limit("household_member", "last_name"))
        self.m_cid = CitizenIdField()
        self.m_sex = QComboBox()
        self.m_birth = DateField()
        self.m_relation = QComboBox()
        self.m_head = QCheckBox()
        self.m_occupation = TextField(max_length=text_limit("household_member", "occupation"))
        self.m_phone = TextField(max_length=text_limit("household_member", "phone"))
        self.member_labels = [QLabel() for _ in range(10)]
        for lbl, widget in zip(
            self.member_labels,
            (
                self.m_title,
                self.m_first,
                self.m_last,
                self.m_cid,
                self.m_sex,
                self.m_birth,
                self.m_relation,
                self.m_head,
                self.m_occupation,
                self.m_phone,
            ),
            strict=True,
        ):
            mform.addRow(lbl, widget)
        row.addWidget(self.member_form, 2)
        for widget in (self.m_first, self.m_last, self.m_cid, self.m_birth, self.m_occupation, self.m_phone):
            widget.changed.connect(self._member_edited)
            widget.judged.connect(self._member_edited)
        self.m_title.currentTextChanged.connect(self._member_edited)
        for combo in (self.m_sex, self.m_relation):
            combo.currentIndexChanged.connect(self._member_edited)
        self.m_head.toggled.connect(self._member_edited)
        return page

    def new_member(self) -> None:
        """Add an empty member and put the cursor in its first name."""
        self._store_member_form()
        self.members.append(
            MemberDraft(
                title="นาย" if not self.members else "",
                is_head=not self.members,
                relation=Relation.HEAD if not self.members else Relation.CHILD,
            )
        )
        self._refresh_member_list()
        self.member_list.selectRow(len(self.members) - 1)
        self.tabs.setCurrentIndex(1)
        self.m_first.setFocus()

    def _remove_member(self) -> None:
        if 0 <= self.current_member < len(self.members):
            del self.members[self.current_member]
            self.current_member = -1
            self._refresh_member_list()
            if self.members:
                self.member_list.selectRow(0)
            else:
                self._load_member_form(None)
            self._update_save_enabled()

    def _member_selected(self) -> None:
        rows = self.member_list.selectionModel().selectedRows()
        index = rows[0].row() if rows else -1
        if index == self.current_member:
            return
        self._store_member_form()
        self.current_member = index
        self._load_member_form(self.members[index] if 0 <= index < len(self.members) else None)

    def _load_member_form(self, draft: MemberDraft | None) -> None:
        self._loading_member = True
        self.member_form.setEnabled(draft is not None)
        draft = draft or MemberDraft()
        self.m_title.setCurrentText(draft.title)
        self.m_first.setText(draft.first_name)
        self.m_last.setText(draft.last_name)
        self.m_cid.set_value(draft.citizen_id)
        self.m_sex.setCurrentIndex(max(0, self.m_sex.findData(draft.sex)))
        self.m_birth.setText(draft.birth_date)
        self.m_relation.setCurrentIndex(max(0, self.m_relation.findData(draft.relation)))
        self.m_head.setChecked(draft.is_head)
        self.m_occupation.setText(draft.occupation)
        self.m_phone.setText(draft.phone)
        for name, widget in self._member_fields().items():
            widget.show_problem(draft.problems.get(name))
        self._loading_member = False

    def _member_fields(self) -> dict[str, Field]:
        return {
            "first_name": self.m_first,
            "last_name": self.m_last,
            "citizen_id": self.m_cid,
            "birth_date": self.m_birth,
            "occupation": self.m_occupation,
            "phone": self.m_phone,
        }

    def _store_member_form(self) -> None:
        if not 0 <= self.current_member < len(self.members):
            return
        d = self.members[self.current_member]
        d.title, d.first_name, d.last_name = self.m_title.currentText().strip(), self.m_first.text(), self.m_last.text()
        d.citizen_id, d.birth_date = self.m_cid.text(), self.m_birth.text()
        d.sex = labels.enum_data(self.m_sex.currentData(), Sex)
        d.relation = labels.enum_data(self.m_relation.currentData(), Relation) or Relation.OTHER
        d.is_head, d.occupation, d.phone = self.m_head.isChecked(), self.m_occupation.text(), self.m_phone.text()
        d.problems = {name: w.problem.text() for name, w in self._member_fields().items() if w.has_error}

    def _member_edited(self) -> None:
        if getattr(self, "_loading_member", False):
            return
        if self.m_head.isChecked() and self.m_relation.currentData() != Relation.HEAD.value:
            self.m_relation.setCurrentIndex(max(0, self.m_relation.findData(Relation.HEAD)))
        self._store_member_form()
        self._refresh_member_row(self.current_member)
        self._update_save_enabled()

    def _refresh_member_list(self) -> None:
        self.member_list.setRowCount(len(self.members))
        for index in range(len(self.members)):
            self._refresh_member_row(index)

    def _refresh_member_row(self, index: int) -> None:
        if not 0 <= index < len(self.members):
            return
        d = self.members[index]
        cells = [
            d.display_name or "…",
            disclosure().show(d.citizen_id),
            labels.label(d.relation),
            "✓" if d.is_head else "",
        ]
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if d.problems:
                item.setForeground(Qt.GlobalColor.red)
                item.setToolTip("\n".join(d.problems.values()))
            self.member_list.setItem(index, c, item)

    def _collect_members(self) -> tuple[list[reg.MemberForm], bool]:
        """The members as the service takes them, and whether all could be read (problems kept on each draft)."""
        members: list[reg.MemberForm] = []
        ok = True
        for index, d in enumerate(self.members):
            d.problems.clear()
            values: dict[str, object] = {}
            for name, parse in (("first_name", lambda t: t.strip()), ("last_name", lambda t: t.strip())):
                values[name] = parse(getattr(d, name))
            parsers = (
                ("citizen_id", lambda text: validate_citizen_id(text) if text.strip() else ""),
                ("birth_date", lambda text: labels.parse_screen_date(text) if text.strip() else None),
            )
            for name, parse in parsers:
                try:
                    values[name] = parse(getattr(d, name))
                except DomainError as error:
                    d.problems[name] = message(error.code, screen_language(), **error.params)
            if not d.first_name.strip():
                d.problems["first_name"] = message("name_required", screen_language())
            if d.problems:
                ok = False
                continue
            birth = values["birth_date"]
            members.append(
                reg.MemberForm(
                    id=d.id,
                    citizen_id=str(values["citizen_id"]),
                    title=d.title,
                    first_name=d.first_name.strip(),
                    last_name=d.last_name.strip(),
                    sex=d.sex,
                    birth_date=birth if isinstance(birth, date) else None,
                    relation=d.relation,
                    is_head=d.is_head,
                    occupation=d.occupation,
                    phone=d.phone,
                )
            )
            del index
        return members, ok

    def _retranslate_members(self) -> None:
        for lbl, text in zip(
            self.member_labels,
            (
                _tr("Title"),
                _tr("First name"),
                _tr("Last name"),
                _tr("Citizen ID"),
                _tr("Sex"),
                _tr("Birth date"),
                _tr("Relation to the head"),
                _tr("Head of household"),
                _tr("Occupation"),
                _tr("Phone"),
            ),
            strict=True,
        ):
            lbl.setText(text)
        self.member_list.setHorizontalHeaderLabels([_tr("Name"), _tr("Citizen ID"), _tr("Relation"), _tr("Head")])
        self.add_member.setText(_tr("Add member"))
        self.remove_member.setText(_tr("Remove member"))
        self.m_head.setText(_tr("This member is the head"))
        for combo, vocabulary in ((self.m_sex, Sex), (self.m_relation, Relation)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            if vocabulary is Sex:
                combo.addItem("–", None)
            for text, value in labels.choices(vocabulary):
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
