"""Form plumbing for the institute screen: choice, check and notes fields, and a binder that checks a form live.

The binder parses every field, runs the domain's rules on the parsed values and shows each problem under
the field it concerns, in the screen language; a field shows its problems once the officer has left it
(or after a save was tried). The Save button is enabled only while no field shows an error.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cdfi_desktop.domain.errors import DomainError
from cdfi_desktop.domain.register_rules import Issue, Severity
from cdfi_desktop.messages import message
from cdfi_desktop.ui.widgets.fields import Field, problem_label, screen_language


def issue_text(issue: Issue) -> str:
    """An issue's message in the screen language."""
    return message(issue.code, screen_language(), **issue.params)


def _restyle(*widgets: QWidget) -> None:
    for widget in widgets:
        widget.style().unpolish(widget)
        widget.style().polish(widget)


class ProblemWidget(QWidget):
    """An editor with a problem line underneath, like :class:`Field`; subclasses give the value."""

    changed = Signal()

    def value(self) -> Any:
        raise NotImplementedError

    def _build(self, editor: QWidget) -> None:
        self.editor = editor
        self.problem = problem_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.problem)
        self.setFocusProxy(editor)

    def show_problem(self, text: str | None, *, severity: Severity = Severity.ERROR) -> None:
        self.problem.setText(text or "")
        self.problem.setVisible(bool(text))
        state = "" if not text else ("warning" if severity is Severity.WARNING else "error")
        self.problem.setProperty("state", state)
        self.editor.setProperty("state", state)
        _restyle(self.problem, self.editor)

    @property
    def has_error(self) -> bool:
        return self.problem.isVisible() and self.problem.property("state") == "error"


class ChoiceField(ProblemWidget):
    """A combo box of (text, value) choices; the value is kept in Python, so enums stay enums."""

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "") -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(12)
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.combo.setPlaceholderText(placeholder)
        self._values: list[Any] = []
        self._build(self.combo)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.combo.currentIndexChanged.connect(self._index_changed)

    def _index_changed(self, _index: int) -> None:
        self.changed.emit()

    def set_placeholder(self, text: str) -> None:
        self.combo.setPlaceholderText(text)

    def set_choices(self, choices: Sequence[tuple[str, Any]], *, keep: bool = True) -> None:
        """Replace the choices; the chosen value stays chosen when it is still there (and ``keep``)."""
        current = self.value() if keep else None
        self.combo.blockSignals(True)
        try:
            self.combo.clear()
            self._values = [value for _text, value in choices]
            for text, _value in choices:
                self.combo.addItem(text)
                self.combo.setItemData(self.combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
            index = self._values.index(current) if current is not None and current in self._values else -1
            self.combo.setCurrentIndex(index)
        finally:
            self.combo.blockSignals(False)
        if current is not None and self.value() != current:
            self.changed.emit()

    def value(self) -> Any:
        index = self.combo.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def set_value(self, value: Any) -> None:
        self.combo.setCurrentIndex(self._values.index(value) if value in self._values else -1)

    def values(self) -> list[Any]:
        return list(self._values)


class CheckField(ProblemWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox()
        self._build(self.box)
        self.box.clicked.connect(self._clicked)

    def _clicked(self) -> None:
        self.changed.emit()

    def value(self) -> bool:
        return self.box.isChecked()

    def set_value(self, on: bool) -> None:
        if on != self.box.isChecked():
            self.box.setChecked(on)
            self.changed.emit()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self.box.setText(text)


class NotesField(ProblemWidget):
    """Several lines of free text (bylaw notes, remarks)."""

    def __init__(self, parent: QWidget | None = None, *, lines: int = 3) -> None:
        super().__init__(parent)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        height = self.edit.fontMetrics().lineSpacing() * lines + 14
        self.edit.setFixedHeight(height)
        self._build(self.edit)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.edit.textChanged.connect(self.changed.emit)

    def value(self) -> str:
        return self.edit.toPlainText().strip()

    def set_value(self, text: str) -> None:
        self.edit.setPlainText(text)


AnyField = Field | ProblemWidget


Rules = Callable[[dict[str, Any]], list[Issue]]


class FormBinder(QObject):
    """Checks a form as it is typed: parse errors and rule issues, each at its own field.

    ``fields`` maps the form's field names to their widgets; ``rules`` gets the parsed values (None where a
    field does not parse or is disabled) and returns the domain's issues; ``general`` shows issues that
    concern no field of the form (a refusal, a record removed meanwhile).
    """

    validity_changed = Signal(bool)

    def __init__(
        self,
        fields: dict[str, AnyField],
        *,
        rules: Rules,
        general: QLabel,
        save: QAbstractButton | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.fields = fields
        self.rules = rules
        self.general = general
        self.save = save
        self.touched: set[str] = set()
        self.extra: list[Issue] = []  # issues from the service, shown until the form changes
        self.dirty = False
        self.inactive: set[str] = set()  # fields switched off (their value counts as None)
        self._quiet = 0
        for name, widget in fields.items():
            widget.changed.connect(lambda n=name: self._on_changed(n))
            if isinstance(widget, Field):
                widget.edit.editingFinished.connect(lambda n=name: self._on_left(n))

    # -- loading ---------------------------------------------------------------------------------------------
    @property
    def is_loading(self) -> bool:
        return self._quiet > 0

    def loading(self) -> _Quiet:
        """``with binder.loading(): ...`` fills fields without counting it as the officer's change."""
        return _Quiet(self)

    def set_active(self, name: str, active: bool) -> None:
        """Switch a field on or off (a fund that does not lend has no limit); off, its value counts as None."""
        self.fields[name].setEnabled(active)
        if active:
            self.inactive.discard(name)
        else:
            self.inactive.add(name)

    def reset(self, *, touched: bool) -> None:
        """After loading: no change yet; show existing problems at once (``touched``) or only once left."""
        self.touched = set(self.fields) if touched else set()
        self.extra = []
        self.dirty = False
        self.validate()

    # -- values and checks -----------------------------------------------------------------------------------
    def parsed(self) -> tuple[dict[str, Any], dict[str, DomainError]]:
        values: dict[str, Any] = {}
        errors: dict[str, DomainError] = {}
        for name, widget in self.fields.items():
            if name in self.inactive:
                values[name] = None
                continue
            try:
                values[name] = widget.value()
            except DomainError as error:
                values[name] = None
                errors[name] = error
        return values, errors

    def validate(self, *, show_all: bool = False) -> bool:
        """Show the problems of the fields left so far (all with ``show_all``); True when the form may be saved."""
        if show_all:
            self.touched = set(self.fields)
        values, errors = self.parsed()
        issues = self.rules(values) + self.extra
        shown: dict[str, tuple[str, Severity]] = {
            name: (message(error.code, screen_language(), **error.params), Severity.ERROR)
            for name, error in errors.items()
        }
        general: list[str] = []
        for issue in issues:
            if issue.field not in self.fields:
                general.append(issue_text(issue))
            elif issue.field not in shown:
                shown[issue.field] = (issue_text(issue), issue.severity)
        for name, widget in self.fields.items():
            text, severity = shown.get(name, (None, Severity.ERROR))
            visible = name in self.touched or any(i.field == name for i in self.extra)
            widget.show_problem(text if visible else None, severity=severity)
        self.general.setText("\n".join(general))
        self.general.setVisible(bool(general))
        self.general.setProperty("state", "error" if general else "")
        _restyle(self.general)
        ok = not errors and not any(i.severity is Severity.ERROR for i in issues)
        can_save = not any(w.has_error for w in self.fields.values()) and not general
        if self.save is not None:
            self.save.setEnabled(can_save)
        self.validity_changed.emit(can_save)
        return ok

    def show_issues(self, issues: list[Issue]) -> None:
        """Issues found by the service on saving: shown at their fields until the officer changes the form."""
        self.extra = list(issues)
        self.touched |= {i.field for i in issues if i.field in self.fields}
        self.validate()

    # -- events ----------------------------------------------------------------------------------------------
    def _on_changed(self, name: str) -> None:
        if self._quiet:
            return
        self.dirty = True
        self.extra = []
        if not isinstance(self.fields[name], Field):
            self.touched.add(name)
        self.validate()

    def _on_left(self, name: str) -> None:
        if self._quiet:
            return
        self.touched.add(name)
        self.validate()


class _Quiet:
    def __init__(self, binder: FormBinder) -> None:
        self.binder = binder

    def __enter__(self) -> None:
        self.binder._quiet += 1

    def __exit__(self, *exc: object) -> None:
        self.binder._quiet -= 1
