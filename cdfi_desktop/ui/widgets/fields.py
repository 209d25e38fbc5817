"""Input fields that parse what officers type (B.E. dates, baht with commas, Thai digits, citizen IDs)
and show the rule a value breaks right under the field, in the screen language.

Each field's ``value()`` returns the parsed value or raises ``DomainError``; ``check()`` shows the first
problem under the field and returns whether the value is usable. A form collects the fields' problems with
the domain's register rules and blocks saving while any field shows an error.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from cdfi_desktop.domain.citizen_id import format_citizen_id, normalize_citizen_id, validate_citizen_id
from cdfi_desktop.domain.errors import DomainError
from cdfi_desktop.domain.money import format_baht, parse_money
from cdfi_desktop.domain.register_rules import Severity
from cdfi_desktop.domain.thai_date import format_date_be, parse_date
from cdfi_desktop.domain.thai_digits import to_arabic_digits
from cdfi_desktop.messages import message
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.widgets import dialogs


def screen_language() -> str:
    return "th" if labels.is_thai() else "en"


def no_default_buttons(dialog: QWidget) -> None:
    """In a form, Enter finishes the field being typed; it must never press a button of the dialog."""
    for button in dialog.findChildren(QPushButton):
        button.setAutoDefault(False)
        button.setDefault(False)


def problem_label(*, state: str | None = None, hidden: bool = True) -> QLabel:
    """The word-wrapped line that states a problem under a field or a form (styled by ``#fieldProblem``)."""
    label = QLabel()
    label.setObjectName("fieldProblem")
    if state is not None:
        label.setProperty("state", state)
    label.setWordWrap(True)
    if hidden:
        label.hide()
    return label


class Field(QWidget):
    """An editor with its problem shown underneath; subclasses parse the text."""

    changed = Signal()  # the text changed
    judged = Signal()  # the problem shown under the field changed

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "", required: bool = False) -> None:
        super().__init__(parent)
        self.required = required
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.problem = problem_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.problem)
        self.edit.textChanged.connect(self._on_text_changed)
        self.edit.editingFinished.connect(self._on_editing_finished)
        self.setFocusProxy(self.edit)

    # -- text and problems -------------------------------------------------------------------------------------
    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self.edit.setText(text)

    def is_blank(self) -> bool:
        return not self.edit.text().strip()

    def show_problem(self, text: str | None, *, severity: Severity = Severity.ERROR) -> None:
        self.problem.setText(text or "")
        self.problem.setVisible(bool(text))
        state = "" if not text else ("warning" if severity is Severity.WARNING else "error")
        self.problem.setProperty("state", state)
        self.edit.setProperty("state", state)
        for widget in (self.problem, self.edit):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self.judged.emit()

    @property
    def has_error(self) -> bool:
        return self.problem.isVisible() and self.problem.property("state") == "error"

    def check(self) -> bool:
        """Parse the text; show the problem under the field; True when the value can be used."""
        try:
            self.value()
        except DomainError as error:
            self.show_problem(message(error.code, screen_language(), **error.params))
            return False
        self.show_problem(None)
        return True

    def value(self) -> object:
        raise NotImplementedError

    def _blank_or_required(self) -> None:
        if self.required:
            raise DomainError("amount_required" if isinstance(self, MoneyField) else "name_required")

    def _on_text_changed(self) -> None:
        if self.problem.isVisible():
            self.check()
        self.changed.emit()

    def _on_editing_finished(self) -> None:
        if self.check():
            self.tidy()

    def tidy(self) -> None:
        """Rewrite a valid value in its usual form (commas in amounts, B.E. dates)."""


class TextField(Field):
    """A text; ``max_length`` (the column's, from ``services.limits.text_limit``) is said at the field when passed."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        placeholder: str = "",
        required: bool = False,
        max_length: int | None = None,
    ) -> None:
        super().__init__(parent, placeholder=placeholder, required=required)
        self.max_length = max_length

    def value(self) -> str:
        text = self.edit.text().strip()
        if not text and self.required:
            raise DomainError("name_required")
        if self.max_length is not None and len(text) > self.max_length:
            raise DomainError("text_too_long", limit=self.max_length)
        return text


class MoneyField(Field):
    """Baht with satang: commas, Thai digits and a trailing "บาท" are accepted."""

    def __init__(self, parent: QWidget | None = None, *, required: bool = False) -> None:
        super().__init__(parent, placeholder="0.00", required=required)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def value(self) -> Decimal | None:
        if self.is_blank():
            self._blank_or_required()
            return None
        return parse_money(self.edit.text())

    def set_value(self, amount: Decimal | None) -> None:
        self.edit.setText("" if amount is None else format_baht(amount))

    def tidy(self) -> None:
        amount = self.value()
        if amount is not None:
            self.set_value(amount)


class IntField(Field):
    def __init__(self, parent: QWidget | None = None, *, required: bool = False, placeholder: str = "") -> None:
        super().__init__(parent, placeholder=placeholder, required=required)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def value(self) -> int | None:
        text = to_arabic_digits(self.edit.text()).replace(",", "").strip()
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

    def value(self) -> Decimal | None:
        if self.is_blank():
            self._blank_or_required()
            return None
        text = to_arabic_digits(self.edit.text()).replace("%", "").replace(",", "").strip()
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
    """13 digits with the check digit right; shown grouped 1-2345-67890-12-3."""

    def __init__(self, parent: QWidget | None = None, *, required: bool = False) -> None:
        super().__init__(parent, placeholder="x-xxxx-xxxxx-xx-x", required=required)
        self.edit.setMaxLength(20)

    def value(self) -> str:
        if self.is_blank():
            if self.required:
                raise DomainError("citizen_id_length")
            return ""
        return validate_citizen_id(self.edit.text())

    def set_value(self, citizen_id: str) -> None:
        digits = normalize_citizen_id(citizen_id)
        self.edit.setText(format_citizen_id(digits) if len(digits) == 13 else citizen_id)

    def tidy(self) -> None:
        if not self.is_blank():
            self.set_value(self.value())


class DateField(Field):
    """A date typed as officers do, day/month/B.E. year (15/3/2560); a Gregorian-looking year is asked about."""

    era_confirmed = Signal()

    def __init__(self, parent: QWidget | None = None, *, required: bool = False) -> None:
        super().__init__(parent, placeholder=self.tr("dd/mm/yyyy (B.E.)"), required=required)
        self._gregorian_ok = False
        self._asking = False

    def value(self) -> date | None:
        if self.is_blank():
            if self.required:
                raise DomainError("date_invalid")
            return None
        return parse_date(self.edit.text(), era="ce" if self._gregorian_ok else "be")

    def set_value(self, day: date | None) -> None:
        self._gregorian_ok = False
        self.edit.setText("" if day is None else format_date_be(day, style="numeric"))

    def _on_text_changed(self) -> None:
        self._gregorian_ok = False
        super()._on_text_changed()

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
