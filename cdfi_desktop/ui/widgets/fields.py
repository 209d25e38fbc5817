"""Input fields that parse what officers type (B.E. dates, baht with commas, Thai digits, citizen IDs)
and show the rule a value breaks right under the field, in the screen language.

Each field's ``value()`` returns the parsed value or raises ``DomainError``; ``check()`` shows the first
problem under the field and returns whether the value is usable. A form collects the fields' problems with
the domain's register rules and blocks saving while any field shows an error.

A required field left empty names itself: "กรุณากรอกบ้านเลขที่" / "Please enter the house no.". The name is the
``name=`` given to the field (a text, or a function giving it in the screen language), else the label of its row
in a ``QFormLayout`` or the ``QLabel`` whose buddy it is, read when the field is checked. A problem goes away as
soon as the text typed makes the field valid.

Dates are typed and shown day/month/year in the screen's era: B.E. in Thai (15/03/2560), C.E. in English
(15/03/2017); the placeholder says which, and switching the language rewrites a typed date in the other era
(the date itself stays the same).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import cast

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cdfi_desktop.domain.citizen_id import format_citizen_id, mask, normalize_citizen_id, validate_citizen_id
from cdfi_desktop.domain.errors import DomainError
from cdfi_desktop.domain.money import format_baht, parse_money
from cdfi_desktop.domain.register_rules import Severity
from cdfi_desktop.domain.thai_date import parse_date
from cdfi_desktop.domain.thai_digits import to_arabic_digits
from cdfi_desktop.messages import message
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets import dialogs
from cdfi_desktop.ui.widgets.thai_text import WrappingLabel, plain

FieldName = str | Callable[[], str]
_CONTEXT = "Field"
# What an empty required field asks for when it has no name of its own (no name=, no label beside it).
_UNNAMED = {
    "text": QT_TRANSLATE_NOOP("Field", "Please fill in this field"),
    "money": QT_TRANSLATE_NOOP("Field", "Please enter the amount"),
    "number": QT_TRANSLATE_NOOP("Field", "Please enter a number"),
    "date": QT_TRANSLATE_NOOP("Field", "Please enter the date"),
    "citizen_id": QT_TRANSLATE_NOOP("Field", "Please enter the citizen ID"),
}
_NAMED = QT_TRANSLATE_NOOP("Field", "Please enter the %1")


def screen_language() -> str:
    return "th" if labels.is_thai() else "en"


def no_default_buttons(dialog: QWidget) -> None:
    """In a form, Enter finishes the field being typed; it must never press a button of the dialog."""
    for button in dialog.findChildren(QPushButton):
        button.setAutoDefault(False)
        button.setDefault(False)


def problem_label(*, state: str | None = None, hidden: bool = True) -> WrappingLabel:
    """The word-wrapped line that states a problem under a field or a form (styled by ``#fieldProblem``); Thai
    lines break between words, never inside one."""
    label = WrappingLabel()
    label.setObjectName("fieldProblem")
    if state is not None:
        label.setProperty("state", state)
    label.setWordWrap(True)
    if hidden:
        label.hide()
    return label


def label_name(text: str) -> str:
    """A form label as a field's name: without its accelerator mark, trailing colon and required-star."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":：*").strip()


def _form_label_for(widget: QWidget, layout: QLayout | None) -> QLabel | None:
    """The label of ``widget``'s row in ``layout`` or in a form layout nested in it."""
    if layout is None:
        return None
    if isinstance(layout, QFormLayout):
        label = layout.labelForField(widget)
        if isinstance(label, QLabel):
            return label
    for index in range(layout.count()):
        item = layout.itemAt(index)
        nested = item.layout() if item is not None else None
        if nested is not None and (found := _form_label_for(widget, nested)) is not None:
            return found
    return None


def _grid_label_for(widget: QWidget, layout: QLayout | None) -> QLabel | None:
    """In a grid: the label left of ``widget`` in its row, else the nearest label above it in its column (a column
    heading); also in grids nested in ``layout``."""
    if layout is None:
        return None
    if isinstance(layout, QGridLayout):
        index = layout.indexOf(widget)
        if index >= 0:
            position = cast("tuple[int, int, int, int]", layout.getItemPosition(index))
            row, column = position[0], position[1]
            candidates = [(row, column - 1)] + [(above, column) for above in range(row - 1, -1, -1)]
            for at_row, at_column in candidates:
                item = layout.itemAtPosition(at_row, at_column) if at_column >= 0 else None
                neighbour = item.widget() if item is not None else None
                if isinstance(neighbour, QLabel) and neighbour.text().strip():
                    return neighbour
                if (
                    neighbour is not None
                    and not isinstance(neighbour, Field)
                    and (at_row, at_column) != (row, column - 1)
                ):
                    break  # something else above: no heading for this column (fields below a heading share it)
    for index in range(layout.count()):
        item = layout.itemAt(index)
        nested = item.layout() if item is not None else None
        if nested is not None and (found := _grid_label_for(widget, nested)) is not None:
            return found
    return None


def _column_heading_for(widget: QWidget) -> str:
    """The heading of the table column ``widget`` is the cell editor of, "" when it is in no table."""
    parent = widget.parentWidget()
    view = parent.parentWidget() if parent is not None else None
    if not isinstance(view, QAbstractItemView) or view.model() is None or parent is not view.viewport():
        return ""
    index = view.indexAt(widget.geometry().center())
    if not index.isValid():
        return ""
    heading = view.model().headerData(index.column(), Qt.Orientation.Horizontal)
    return str(heading) if heading else ""


def _lowercase_first(name: str) -> str:
    """ "House no." → "house no." to follow "Please enter the"; "BAAC" and other acronyms stay as they are."""
    if len(name) > 1 and name[0].isupper() and not name[1].isupper():
        return name[0].lower() + name[1:]
    return name


class Field(QWidget):
    """An editor with its problem shown underneath; subclasses parse the text.

    ``name`` is what the field holds, in the screen language ("House no." / "บ้านเลขที่"), or a function giving
    it; without it the field uses, when it is checked: the label of its ``QFormLayout`` row; in a ``QGridLayout``
    the label left of it, else the heading label above it in its column; the heading of its column when it
    edits a table cell; the ``QLabel`` whose buddy it is."""

    changed = Signal()  # the text changed
    judged = Signal()  # the problem shown under the field changed
    kind = "text"  # what an unnamed required field asks for

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        placeholder: str = "",
        required: bool = False,
        name: FieldName | None = None,
    ) -> None:
        super().__init__(parent)
        self.required = required
        self.name = name
        self.edit = self._make_edit()
        self.edit.setPlaceholderText(placeholder)
        self.problem = problem_label()
        self._problem_shown = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.problem)
        self.edit.textChanged.connect(self._on_text_changed)
        self.edit.editingFinished.connect(self._on_editing_finished)
        self.setFocusProxy(self.edit)

    def _make_edit(self) -> QLineEdit:
        return QLineEdit()

    # -- the field's name -------------------------------------------------------------------------------------
    def field_name(self) -> str:
        """The field's name in the screen language: ``name=``, else its form label; "" when it has none."""
        if self.name is not None:
            return label_name(self.name() if callable(self.name) else self.name)
        widget: QWidget | None = self.parentWidget()
        while widget is not None:
            found = _form_label_for(self, widget.layout()) or _grid_label_for(self, widget.layout())
            if found is not None:
                return label_name(found.text())
            widget = widget.parentWidget()
        if heading := _column_heading_for(self):
            return label_name(heading)
        window = self.window()
        for candidate in window.findChildren(QLabel):
            if candidate.buddy() in (self, self.edit):
                return label_name(candidate.text())
        return ""

    def required_text(self) -> str:
        """What an empty required field says: "กรุณากรอก<name>" / "Please enter the <name>"."""
        name = self.field_name()
        if not name:
            return QCoreApplication.translate(_CONTEXT, _UNNAMED[self.kind])
        shown = name if labels.is_thai() else _lowercase_first(name)
        return QCoreApplication.translate(_CONTEXT, _NAMED).replace("%1", shown)

    # -- text and problems -------------------------------------------------------------------------------------
    def text(self) -> str:
        """What was typed, without the invisible line-break marks a text copied from a screen may carry."""
        return plain(self.edit.text())

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self.edit.setText(text)

    def is_blank(self) -> bool:
        return not self.text().strip()

    def show_problem(self, text: str | None, *, severity: Severity = Severity.ERROR) -> None:
        self.problem.setText(text or "")
        self.problem.setVisible(bool(text))
        self._problem_shown = bool(text)
        state = "" if not text else ("warning" if severity is Severity.WARNING else "error")
        self.problem.setProperty("state", state)
        self.edit.setProperty("state", state)
        for widget in (self.problem, self.edit):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self.judged.emit()

    @property
    def has_error(self) -> bool:
        """True while the field shows an error (also when its dialog or tab is not on screen)."""
        return self._problem_shown and self.problem.property("state") == "error"

    @property
    def problem_text(self) -> str:
        """The problem shown under the field, "" when none (the plain text, without line-break marks)."""
        return self.problem.plain_text() if self._problem_shown else ""

    def check(self) -> bool:
        """Parse the text; show the problem under the field; True when the value can be used."""
        if self.required and self.is_blank():
            self.show_problem(self.required_text())
            return False
        try:
            self.value()
        except DomainError as error:
            self.show_problem(self.describe(error))
            return False
        self.show_problem(None)
        return True

    def describe(self, error: DomainError) -> str:
        """The text shown under the field for ``error``."""
        return message(error.code, screen_language(), **error.params)

    def value(self) -> object:
        raise NotImplementedError

    def _blank_or_required(self) -> None:
        if self.required:
            raise DomainError("amount_required" if isinstance(self, MoneyField) else "name_required")

    def _on_text_changed(self) -> None:
        if self._problem_shown:
            self.check()
        self.changed.emit()

    def _on_editing_finished(self) -> None:
        if self.check():
            self.tidy()

    def tidy(self) -> None:
        """Rewrite a valid value in its usual form (commas in amounts, day/month/year dates)."""


class TextField(Field):
    """A text; ``max_length`` (the column's, from ``services.limits.text_limit``) is said at the field when passed."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        placeholder: str = "",
        required: bool = False,
        max_length: int | None = None,
        name: FieldName | None = None,
    ) -> None:
        super().__init__(parent, placeholder=placeholder, required=required, name=name)
        self.max_length = max_length

    def value(self) -> str:
        text = self.text().strip()
        if not text and self.required:
            raise DomainError("name_required")
        if self.max_length is not None and len(text) > self.max_length:
            raise DomainError("text_too_long", limit=self.max_length)
        return text


class MoneyField(Field):
    """Baht with satang: commas, Thai digits and a trailing "บาท" are accepted."""

    kind = "money"

    def __init__(self, parent: QWidget | None = None, *, required: bool = False, name: FieldName | None = None) -> None:
        super().__init__(parent, placeholder="0.00", required=required, name=name)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def value(self) -> Decimal | None:
        if self.is_blank():
            self._blank_or_required()
            return None
        return parse_money(self.text())

    def set_value(self, amount: Decimal | None) -> None:
        self.edit.setText("" if amount is None else format_baht(amount))

    def tidy(self) -> None:
        amount = self.value()
        if amount is not None:
            self.set_value(amount)


class IntField(Field):
    kind = "number"

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        required: bool = False,
        placeholder: str = "",
        name: FieldName | None = None,
    ) -> None:
        super().__init__(parent, placeholder=placeholder, required=required, name=name)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def value(self) -> int | None:
        text = to_arabic_digits(self.text()).replace(",", "").strip()
        if not text:
            if self.required:
                raise DomainError("number_invalid")
            return None
        if not text.isdigit():
            raise DomainError("number_invalid")
        return int(text)

    def set_value(self, number: int | None) -> None:
        self.edit.setText("" if number is None else str(number))


class RateField(MoneyField):
    """A percentage a year, up to five decimals (6, 6.5, 0.75)."""

    kind = "number"

    def value(self) -> Decimal | None:
        if self.is_blank():
            self._blank_or_required()
            return None
        text = to_arabic_digits(self.text()).replace("%", "").replace(",", "").strip()
        try:
            rate = Decimal(text)
        except ArithmeticError as exc:
            raise DomainError("number_invalid") from exc
        if not rate.is_finite() or rate != rate.quantize(Decimal("0.00001")):
            raise DomainError("number_invalid")
        return rate

    def set_value(self, amount: Decimal | None) -> None:
        self.edit.setText("" if amount is None else f"{amount.normalize():f}")


class CitizenIdField(Field):
    """13 digits with the check digit right; shown grouped 1-2345-67890-12-3.

    This is where an officer types and corrects an ID, so it shows it in full — to a role that may see full IDs
    (``ui.privacy``). For one that may not (a committee account), a stored ID is shown masked and cannot be
    edited; ``text()`` and ``value()`` still give the stored ID, so nothing is lost when the form is read."""

    kind = "citizen_id"

    def __init__(self, parent: QWidget | None = None, *, required: bool = False, name: FieldName | None = None) -> None:
        super().__init__(parent, placeholder="x-xxxx-xxxxx-xx-x", required=required, name=name)
        self.edit.setMaxLength(20)
        self._withheld: str | None = None  # the stored ID behind a masked text

    def text(self) -> str:
        return self._withheld if self._withheld is not None else super().text()

    @property
    def withheld(self) -> bool:
        """True while the field shows a masked ID it keeps behind."""
        return self._withheld is not None

    def value(self) -> str:
        if self.is_blank():
            if self.required:
                raise DomainError("citizen_id_length")
            return ""
        return validate_citizen_id(self.text())

    def set_value(self, citizen_id: str) -> None:
        from cdfi_desktop.ui.privacy import disclosure

        if self._withheld is not None:
            self._withheld = None
            self.edit.setReadOnly(False)
            self.edit.setToolTip("")
        if citizen_id.strip() and not disclosure().allowed:
            self.edit.setText(mask(citizen_id))
            self._withheld = citizen_id
            self.edit.setReadOnly(True)
            self.edit.setToolTip(
                QCoreApplication.translate(_CONTEXT, "Partly hidden: this account may not see full citizen IDs")
            )
            return
        digits = normalize_citizen_id(citizen_id)
        self.edit.setText(format_citizen_id(digits) if len(digits) == 13 else citizen_id)

    def tidy(self) -> None:
        if not self.is_blank() and self._withheld is None:
            self.set_value(self.value())


class _DateEdit(QLineEdit):
    """The line edit of a ``DateField``: its placeholder is always the date format of the screen language (screens
    that still set their own placeholder on language change cannot put the Thai format into the English UI)."""

    def __init__(self, placeholder: Callable[[], str]) -> None:
        super().__init__()
        self._placeholder = placeholder

    def setPlaceholderText(self, text: str) -> None:  # noqa: N802 - Qt naming
        del text  # the format is the field's own, in the screen's era
        super().setPlaceholderText(self._placeholder())


DATE_PLACEHOLDER = QT_TRANSLATE_NOOP("DateField", "dd/mm/yyyy")


class DateField(Field):
    """A date typed as officers do: day/month/B.E. year in Thai (15/3/2560), day/month/C.E. year in English
    (15/3/2017). In Thai a year that looks Gregorian (2017) is asked about; in English a B.E. year (2560) is
    read as B.E. and shown again in C.E."""

    era_confirmed = Signal()
    kind = "date"

    def __init__(self, parent: QWidget | None = None, *, required: bool = False, name: FieldName | None = None) -> None:
        super().__init__(parent, required=required, name=name)
        self._era = labels.screen_era()
        self._other_era_ok = False
        self._asking = False
        self.edit.setPlaceholderText("")

    def _make_edit(self) -> QLineEdit:
        return _DateEdit(self.placeholder)

    @staticmethod
    def placeholder() -> str:
        """The date format in the screen language: "วว/ดด/ปปปป (พ.ศ.)" in Thai, "dd/mm/yyyy" in English."""
        return QCoreApplication.translate("DateField", DATE_PLACEHOLDER)

    @property
    def era(self) -> str:
        """The era years are typed and shown in: "be" (Thai screens) or "ce" (English)."""
        return self._era

    def value(self) -> date | None:
        if self.is_blank():
            if self.required:
                raise DomainError("date_invalid")
            return None
        era = self._era
        if self._other_era_ok:
            era = "ce" if era == "be" else "be"
        try:
            return parse_date(self.text(), era=era)
        except DomainError as error:
            if error.code == "date_era_buddhist_suspected":  # 2560 in an English field: no C.E. date is so late
                as_ce = error.params["as_ce"]
                assert isinstance(as_ce, date)
                return as_ce
            raise

    def set_value(self, day: date | None) -> None:
        self._other_era_ok = False
        self.edit.setText("" if day is None else labels.date_numeric(day))

    def describe(self, error: DomainError) -> str:
        if error.code == "date_invalid" and self._era == "ce":
            return QCoreApplication.translate("DateField", "Not a date; type day/month/year, e.g. 15/3/2017.")
        return super().describe(error)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LanguageChange:
            self.follow_language()
        super().changeEvent(event)

    def follow_language(self) -> None:
        """Show the placeholder and a typed date in the era of the screen language; the date stays the same."""
        era = labels.screen_era()
        self.edit.setPlaceholderText("")
        if era == self._era:
            return
        try:
            day = self.value()
        except DomainError:
            day = None
            readable = False
        else:
            readable = True
        self._era = era
        if readable:
            blocker = QSignalBlocker(self.edit)
            self.set_value(day)
            del blocker
        if self._problem_shown:
            self.check()

    def _on_text_changed(self) -> None:
        self._other_era_ok = False
        super()._on_text_changed()

    def tidy(self) -> None:
        """A B.E. year typed in English is shown again in C.E. (the same date)."""
        if self._era == "ce" and not self.is_blank():
            try:
                parse_date(self.text(), era="ce")
            except DomainError as error:
                if error.code == "date_era_buddhist_suspected":
                    self.set_value(self.value())

    def _on_editing_finished(self) -> None:
        if self._asking:  # the question itself takes the focus away
            return
        try:
            self.value()
        except DomainError as error:
            if error.code == "date_era_gregorian_suspected":
                self._asking = True
                try:
                    confirmed = self.ask_gregorian(error)
                finally:
                    self._asking = False
                if confirmed:
                    as_ce = error.params["as_ce"]
                    assert isinstance(as_ce, date)
                    self.set_value(as_ce)
                    self.era_confirmed.emit()
        super()._on_editing_finished()

    def ask_gregorian(self, error: DomainError) -> bool:
        """Ask whether a year like 2017 was meant as the Gregorian year; the answer decides the date."""
        return dialogs.ask(self, self.tr("Buddhist Era year?"), message(error.code, screen_language(), **error.params))
