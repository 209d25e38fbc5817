"""Rows of people on the contract (guarantors, witnesses): name, citizen ID checked like everywhere else, address."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cdfi_desktop.domain.enums import PartyRole
from cdfi_desktop.services.contract_types import PartyForm
from cdfi_desktop.services.limits import text_limit
from cdfi_desktop.ui.widgets.fields import CitizenIdField, TextField


class PartyRow(QObject):
    """One person: name (required), citizen ID (13 digits with the check digit, may be left blank), address."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, role: PartyRole, *, removable: bool, with_address: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.role = role
        self.name = TextField(
            placeholder=self.tr("Title, first and last name"),
            required=True,
            max_length=text_limit("contract_party", "full_name"),
        )
        self.citizen_id = CitizenIdField()
        self.address = TextField(placeholder=self.tr("Address"))
        self.with_address = with_address
        self.removable = removable
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        for field in (self.name, self.citizen_id, self.address):
            field.changed.connect(self.changed)
            field.judged.connect(self.changed)

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.name, self.citizen_id, self.address, self.remove_button)

    def fill(self, *, name: str = "", citizen_id: str = "", address: str = "") -> None:
        self.name.setText(name)
        self.citizen_id.set_value(citizen_id)
        self.address.setText(address)

    def is_empty(self) -> bool:
        return self.name.is_blank() and self.citizen_id.is_blank() and self.address.is_blank()

    def check(self) -> bool:
        ok = self.name.check()
        return self.citizen_id.check() and ok

    def is_valid(self) -> bool:
        try:
            self.name.value()
            self.citizen_id.value()
        except Exception:
            return False
        return True

    def form(self) -> PartyForm:
        return PartyForm(
            role=self.role,
            full_name=self.name.value(),
            citizen_id=self.citizen_id.value(),
            address=self.address.value(),
        )


class PartyList(QWidget):
    """A titled list of people with a header row; guarantors can be added and removed, witnesses are fixed."""

    changed = Signal()

    def __init__(
        self, role: PartyRole, *, fixed: int | None = None, with_address: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.role = role
        self.fixed = fixed
        self.with_address = with_address
        self.rows: list[PartyRow] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(2)
        self.name_header = QLabel(self.tr("Name"))
        self.id_header = QLabel(self.tr("Citizen ID"))
        self.address_header = QLabel(self.tr("Address"))
        self.address_header.setVisible(with_address)
        self.grid.addWidget(self.name_header, 0, 0)
        self.grid.addWidget(self.id_header, 0, 1)
        self.grid.addWidget(self.address_header, 0, 2)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 2)
        self.grid.setColumnStretch(2, 4 if with_address else 0)
        outer.addLayout(self.grid)
        self.empty_label = QLabel(self.tr("None yet."))
        self.empty_label.setObjectName("pageSummary")
        outer.addWidget(self.empty_label)
        self.add_button = QPushButton(self.tr("Add a guarantor"))
        self.add_button.clicked.connect(self._add_clicked)
        self.add_button.setVisible(fixed is None)
        outer.addWidget(self.add_button)
        outer.addStretch(1)
        for _ in range(fixed or 0):
            self.add_row()
        self._relayout()

    def _add_clicked(self) -> None:
        self.add_row()

    def add_row(self, *, name: str = "", citizen_id: str = "", address: str = "") -> PartyRow:
        row = PartyRow(self.role, removable=self.fixed is None, with_address=self.with_address, parent=self)
        for widget in row.widgets():
            widget.setParent(self)
        if not row.with_address:
            row.address.hide()
        if not row.removable:
            row.remove_button.hide()
        row.fill(name=name, citizen_id=citizen_id, address=address)
        row.changed.connect(self.changed)
        row.remove_requested.connect(self.remove_row)
        self.rows.append(row)
        self._relayout()
        self.changed.emit()
        if not name:
            row.name.setFocus()
        return row

    def remove_row(self, row: PartyRow) -> None:
        if row not in self.rows:
            return
        self.rows.remove(row)
        for widget in row.widgets():
            self.grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        row.deleteLater()
        self._relayout()
        self.changed.emit()

    def _relayout(self) -> None:
        for row in self.rows:
            for widget in row.widgets():
                self.grid.removeWidget(widget)
        for i, row in enumerate(self.rows, start=1):
            self.grid.addWidget(row.name, i, 0)
            self.grid.addWidget(row.citizen_id, i, 1)
            if row.with_address:
                self.grid.addWidget(row.address, i, 2)
            if row.removable:
                self.grid.addWidget(row.remove_button, i, 3)
        visible = bool(self.rows)
        for header in (self.name_header, self.id_header):
            header.setVisible(visible)
        self.address_header.setVisible(visible and self.with_address)
        self.empty_label.setVisible(not visible)

    def is_valid(self) -> bool:
        return all(row.is_valid() for row in self.rows)

    def check(self) -> bool:
        return all([row.check() for row in self.rows])  # noqa: C419 - every row shows its problems

    def forms(self) -> list[PartyForm]:
        return [row.form() for row in self.rows]
