"""The institute details form: name, codes, level, cohort, founding date, official area, contact, core fund."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCollator, QEvent, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cdfi_desktop.domain.enums import Cohort, InstituteLevel
from cdfi_desktop.domain.institute_rules import InstituteFacts, check_institute
from cdfi_desktop.domain.register_rules import Issue
from cdfi_desktop.failures import describe
from cdfi_desktop.services.errors import NotFound, ValidationFailed
from cdfi_desktop.services.limits import text_limit
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.institute import work
from cdfi_desktop.ui.institute.dialogs import facts_of
from cdfi_desktop.ui.institute.form import AnyField, ChoiceField, FormBinder, NotesField
from cdfi_desktop.ui.ops import Ops
from cdfi_desktop.ui.widgets.fields import DateField, IntField, TextField, problem_label, screen_language

if TYPE_CHECKING:
    from cdfi_desktop.services.institute import AreaChoice, AreaChoices, InstituteDetail, MemberFundRow

log = logging.getLogger(__name__)

LEFT = ("name", "code", "level", "cohort", "cohort_fiscal_year", "founding_date", "core_fund_id")
RIGHT = ("province_code", "district_code", "subdistrict_code", "address", "phone", "notes")


def sorted_by_name(names: Sequence[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """Choices in the dictionary order of the screen language (Thai leading vowels sort as Thai readers expect)."""
    collator = QCollator(QLocale())
    return sorted(names, key=lambda choice: collator.sortKey(choice[0]))


class DetailsForm(QWidget):
    """Edits one institute (or a new one); saving runs in the background and reports back here."""

    saved = Signal(str)

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("instituteDetails")
        self.ops = ops
        self.institute_id: str | None = None
        self.areas: AreaChoices | None = None
        self._fund_rows: Sequence[MemberFundRow] = ()
        self._status_note = ""

        self.name = TextField(required=True, max_length=text_limit("institute", "name"))
        self.code = TextField(max_length=text_limit("institute", "code"))
        self.level = ChoiceField()
        self.cohort = ChoiceField()
        self.cohort_fiscal_year = IntField()
        self.founding_date = DateField()
        self.core_fund_id = ChoiceField()
        self.province_code = ChoiceField()
        self.district_code = ChoiceField()
        self.subdistrict_code = ChoiceField()
        self.address = TextField()
        self.phone = TextField(max_length=text_limit("institute", "phone"))
        self.notes = NotesField(lines=3)
        self.fields: dict[str, AnyField] = {name: getattr(self, name) for name in (*LEFT, *RIGHT)}
        self.captions: dict[str, QLabel] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        outer.setSpacing(8)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("detailsBody")
        columns = QHBoxLayout(body)
        columns.setContentsMargins(4, 4, 12, 4)
        columns.setSpacing(28)
        for names in (LEFT, RIGHT):
            form = QFormLayout()
            form.setHorizontalSpacing(12)
            form.setVerticalSpacing(8)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
            for name in names:
                caption = QLabel()
                caption.setObjectName(f"caption_{name}")
                self.captions[name] = caption
                form.addRow(caption, self.fields[name])
            columns.addLayout(form, 1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self.general = problem_label()
        outer.addWidget(self.general)
        bar = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("pageSummary")
        self.save_button = QPushButton()
        self.save_button.setObjectName("primary")
        self.revert_button = QPushButton()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.revert_button)
        bar.addWidget(self.save_button)
        outer.addLayout(bar)

        self.binder = FormBinder(
            self.fields, rules=self.rules, general=self.general, save=self.save_button, parent=self
        )
        self.binder.validity_changed.connect(self._validity_changed)
        self.province_code.changed.connect(self._province_changed)
        self.district_code.changed.connect(self._district_changed)
        for widget in self.fields.values():
            widget.changed.connect(self._edited)
        self.save_button.clicked.connect(self.submit)
        self.revert_button.clicked.connect(self.revert)
        self._detail: InstituteDetail | None = None
        self.retranslate()
        self.load(None, ())

    # -- texts -----------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        captions = {
            "name": self.tr("Name of the institute"),
            "code": self.tr("CDD code"),
            "level": self.tr("Institute level"),
            "cohort": self.tr("Cohort"),
            "cohort_fiscal_year": self.tr("Cohort fiscal year (B.E.)"),
            "founding_date": self.tr("Founded on"),
            "core_fund_id": self.tr("Core fund"),
            "province_code": self.tr("Province"),
            "district_code": self.tr("District"),
            "subdistrict_code": self.tr("Subdistrict"),
            "address": self.tr("Office address"),
            "phone": self.tr("Phone"),
            "notes": self.tr("Notes"),
        }
        for name, text in captions.items():
            self.captions[name].setText(text)
        with self.binder.loading():
            self.level.set_choices(labels.choices(InstituteLevel))
            self.cohort.set_choices(labels.choices(Cohort))
            self._fill_core_funds()
            self._fill_areas()
        self.code.edit.setPlaceholderText(self.tr("code in the CDD central system, if known"))
        self.cohort_fiscal_year.edit.setPlaceholderText(self.tr("e.g. %1").replace("%1", "2560"))
        self.save_button.setText(self.tr("Save institute details"))
        self.revert_button.setText(self.tr("Undo changes"))
        self._update_status()
        self.binder.validate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- areas -----------------------------------------------------------------------------------------------
    def set_areas(self, areas: AreaChoices) -> None:
        self.areas = areas
        with self.binder.loading():
            self._fill_areas()
            if self._detail is not None and not self.binder.dirty:
                self._set_area(self._detail.province_code, self._detail.district_code, self._detail.subdistrict_code)
        self.binder.validate()

    def _names(self, choices: Sequence[AreaChoice]) -> list[tuple[str, Any]]:
        thai = labels.is_thai()
        return sorted_by_name([(c.name_th if thai else c.name_en, c.code) for c in choices])

    def _fill_areas(self) -> None:
        loading = self.areas is None
        for combo in (self.province_code, self.district_code, self.subdistrict_code):
            combo.setEnabled(not loading)
        if self.areas is None:
            for combo in (self.province_code, self.district_code, self.subdistrict_code):
                combo.set_placeholder(self.tr("Loading…"))
            return
        self.province_code.set_placeholder(self.tr("Choose the province"))
        self.district_code.set_placeholder(self.tr("Choose the district"))
        self.subdistrict_code.set_placeholder(self.tr("Choose the subdistrict"))
        self.province_code.set_choices(self._names(self.areas.provinces))
        self._province_changed()

    def _province_changed(self) -> None:
        if self.areas is None:
            return
        province = self.province_code.value()
        self.district_code.set_choices(self._names(self.areas.districts.get(province, ())) if province else [])
        self.district_code.combo.setEnabled(bool(province))
        self._district_changed()

    def _district_changed(self) -> None:
        if self.areas is None:
            return
        district = self.district_code.value()
        self.subdistrict_code.set_choices(self._names(self.areas.subdistricts.get(district, ())) if district else [])
        self.subdistrict_code.combo.setEnabled(bool(district))

    def _set_area(self, province: str, district: str, subdistrict: str) -> None:
        self.province_code.set_value(province or None)
        self._province_changed()
        self.district_code.set_value(district or None)
        self._district_changed()
        self.subdistrict_code.set_value(subdistrict or None)

    # -- core fund -------------------------------------------------------------------------------------------
    def set_funds(self, funds: Sequence[MemberFundRow]) -> None:
        """The institute's funds to choose the core fund from (the choice is kept while the officer edits)."""
        self._fund_rows = funds
        with self.binder.loading():
            self._fill_core_funds()

    def _fill_core_funds(self) -> None:
        none = self.tr("(none)") if self._fund_rows else self.tr("(no member fund yet)")
        funds = sorted_by_name([(f.name, f.id) for f in self._fund_rows])
        self.core_fund_id.set_choices([(none, None), *funds])
        if self.core_fund_id.combo.currentIndex() < 0:
            self.core_fund_id.combo.setCurrentIndex(0)

    # -- loading ---------------------------------------------------------------------------------------------
    def load(self, detail: InstituteDetail | None, funds: Sequence[MemberFundRow]) -> None:
        """Show an institute (or an empty form to create one), replacing whatever was typed."""
        self._detail = detail
        self.institute_id = detail.id if detail else None
        self._fund_rows = funds
        with self.binder.loading():
            self._fill_core_funds()
            self.name.setText(detail.name if detail else "")
            self.code.setText(detail.code if detail else "")
            self.level.set_value(detail.level if detail else InstituteLevel.VILLAGE)
            self.cohort.set_value(detail.cohort if detail else Cohort.NEW)
            self.cohort_fiscal_year.set_value(detail.cohort_fiscal_year if detail else None)
            self.founding_date.set_value(detail.founding_date if detail else None)
            self.core_fund_id.set_value(detail.core_fund_id if detail else None)
            self._set_area(
                *(detail.province_code, detail.district_code, detail.subdistrict_code) if detail else ("", "", "")
            )
            self.address.setText(detail.address if detail else "")
            self.phone.setText(detail.phone if detail else "")
            self.notes.set_value(detail.notes if detail else "")
        for widget in self.fields.values():
            widget.show_problem(None)
        self.binder.reset(touched=detail is not None)
        self._show_status("")
        self._update_buttons()

    @property
    def dirty(self) -> bool:
        return self.binder.dirty

    # -- values and rules ------------------------------------------------------------------------------------
    @staticmethod
    def normalized(values: dict[str, Any]) -> dict[str, Any]:
        def text(name: str) -> str:
            value = values.get(name)
            return value if isinstance(value, str) else ""

        return {
            **values,
            "name": text("name"),
            "code": text("code"),
            "province_code": text("province_code"),
            "district_code": text("district_code"),
            "subdistrict_code": text("subdistrict_code"),
            "address": text("address"),
            "phone": text("phone"),
            "notes": text("notes"),
            "level": values.get("level") or InstituteLevel.VILLAGE,
            "cohort": values.get("cohort") or Cohort.NEW,
        }

    def rules(self, values: dict[str, Any]) -> list[Issue]:
        return check_institute(facts_of(InstituteFacts, self.normalized(values)), today=date.today())

    def form_values(self) -> dict[str, Any]:
        values, _errors = self.binder.parsed()
        return {"id": self.institute_id, **self.normalized(values)}

    # -- saving ----------------------------------------------------------------------------------------------
    def submit(self) -> None:
        if not self.binder.validate(show_all=True):
            return
        self.save_button.setEnabled(False)
        self.ops.change(work.save_institute(self.form_values()), success=self._saved, failure=self._failed)

    def revert(self) -> None:
        self.load(self._detail, self._fund_rows)

    def _saved(self, institute_id: object) -> None:
        self.institute_id = str(institute_id)
        self.binder.dirty = False
        self._show_status(self.tr("Saved at %1.").replace("%1", QTime.currentTime().toString("HH:mm")))
        self._update_buttons()
        self.saved.emit(self.institute_id)

    def _failed(self, exc: Exception) -> None:
        self._update_buttons()
        if isinstance(exc, ValidationFailed):
            self.binder.show_issues(exc.issues)
            return
        if isinstance(exc, NotFound):
            text = self.tr("This institute is not there any more; it may have been removed meanwhile.")
        else:
            log.error("saving the institute failed: %s", exc)
            text = self.tr("The operation failed: %1").replace("%1", describe(exc, screen_language()))
        self.general.setText(text)
        self.general.setProperty("state", "error")
        self.general.show()
        self.general.style().unpolish(self.general)
        self.general.style().polish(self.general)

    # -- state -----------------------------------------------------------------------------------------------
    def _edited(self) -> None:
        if not self.binder.is_loading:
            self._show_status("")
            self._update_buttons()

    def _validity_changed(self, _can_save: bool) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.revert_button.setEnabled(self.binder.dirty)
        if self.institute_id is not None and not self.binder.dirty:
            self.save_button.setEnabled(False)

    def _show_status(self, text: str) -> None:
        """A saved note, or for a new institute what to do; ``text`` empty: the usual line."""
        self._status_note = text
        self._update_status()

    def _update_status(self) -> None:
        note = self._status_note
        if not note and self.institute_id is None:
            note = self.tr("A new institute: fill in its details and save it.")
        self.status.setText(note)
