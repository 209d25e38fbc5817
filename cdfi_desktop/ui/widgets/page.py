"""The frame of a workflow screen: its heading (with the fiscal year), an action bar, a status line that clears
itself and a problem line that stays until the next action, and printing into a folder.

A screen builds one ``Page`` on itself and adds only what is its own below the action bar::

    self.page = Page(self)
    self.add_button = self.page.actions.add(self.add_household)
    self.page.actions.stretch()
    self.print_button = self.page.actions.add(self._print_clicked)
    self.page.body.addWidget(self.table)
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cdfi_desktop.ui import labels
from cdfi_desktop.ui.widgets.fields import problem_label, screen_language
from cdfi_desktop.ui.widgets.printing import choose_folder, print_to_folder
from cdfi_desktop.ui.widgets.thai_text import WrappingLabel

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.ui.ops import Ops

log = logging.getLogger(__name__)
W = TypeVar("W", bound=QWidget)

# Margins of a page: small, so that the tables keep the width of a 1366-pixel laptop screen.
PAGE_MARGINS = (10, 6, 10, 6)
PAGE_SPACING = 6
STATUS_CLEARS_AFTER_MS = 10_000


class StatusLine(WrappingLabel):
    """A note of what just happened ("Saved 3 files in …"); it clears itself after a while."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.setObjectName("statusLine")
        self.setWordWrap(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self.setText(""))

    def say(self, text: str, *, clear_after_ms: int | None = STATUS_CLEARS_AFTER_MS) -> None:
        """Show ``text``; it goes away after ``clear_after_ms`` (never when None, e.g. while work runs)."""
        self.setText(text)
        if text and clear_after_ms is not None:
            self._timer.start(clear_after_ms)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        """Show ``text`` until replaced (work under way: "Printing…"); ``say`` shows a note that clears itself."""
        if hasattr(self, "_timer"):
            self._timer.stop()
        super().setText(text)
        self.setVisible(bool(text))


class YearChooser(QComboBox):
    """The fiscal years (B.E.) a screen can show: two before the current one, the next one, and the one shown.
    ``chosen`` says which the officer picked; ``show_year`` sets it without saying so."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("yearChooser")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.currentIndexChanged.connect(self._picked)

    def show_year(self, year: int, *, current: int) -> None:
        """List the years around ``current`` (the fiscal year of today) and select ``year``."""
        self.blockSignals(True)
        self.clear()
        for each in sorted({*range(current - 2, current + 2), year}):
            self.addItem(labels.fiscal_year_text(each), each)
        self.setCurrentIndex(max(0, self.findData(year)))
        self.blockSignals(False)

    def retranslate(self) -> None:
        for index in range(self.count()):
            self.setItemText(index, labels.fiscal_year_text(int(self.itemData(index))))

    def year(self) -> int | None:
        data = self.currentData()
        return None if data is None else int(data)

    def _picked(self, _index: int) -> None:
        year = self.year()
        if year is not None:
            self.chosen.emit(year)


# the words of a button's slot that make it a viewing action (printing, exporting, copying, reading again): it stays
# usable where the data may only be read; every other button of an action bar is an editing one
VIEWING_WORDS = ("print", "export", "copy", "reload", "refresh")


def _slot_names(slot: Callable[[], object]) -> list[str]:
    """The names a slot goes by: a method's own, or the names a lambda calls."""
    name = getattr(slot, "__name__", "")
    code = getattr(slot, "__code__", None)
    if name == "<lambda>" and code is not None:
        return list(code.co_names)
    inner = getattr(slot, "func", None)  # functools.partial
    return [name or getattr(inner, "__name__", "")]


def is_viewing(slot: Callable[[], object] | None) -> bool:
    return slot is not None and any(w in n.lower() for n in _slot_names(slot) for w in VIEWING_WORDS)


class ActionBar(QWidget):
    """A row of buttons. A button that cannot be used now says why in its tooltip (``set_available``).

    Each button is an editing one or a viewing one (``add(..., editing=)``; by default a slot that prints, exports,
    copies or reads again is viewing). Where the data may only be read (the screen's ``ops`` is read-only: an
    institute opened from the province), the editing buttons are disabled and say why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(6)
        self._tips: dict[int, str] = {}
        self._why: dict[int, str] = {}
        self._editing: dict[int, QWidget] = {}
        self._wanted: dict[int, bool] = {}  # what the screen last asked for each editing button
        self._read_only = ""  # why the editing buttons are disabled, "" when they are not
        self._ops: Ops | None = None
        self._forcing = False

    def add(
        self, slot: Callable[[], object] | None = None, *, widget: QWidget | None = None, editing: bool | None = None
    ) -> QPushButton:
        """Add a new button (connected to ``slot``), or ``widget`` when given (returned as is). ``editing``: whether
        it changes data (None: judged from the slot's name; a widget given is a viewing one unless said)."""
        if widget is not None:
            self.row.addWidget(widget)
            if editing:
                self.mark(widget, editing=True)
            return widget  # type: ignore[return-value]
        button = QPushButton(self)
        if slot is not None:
            button.clicked.connect(lambda _checked=False: slot())
        self.row.addWidget(button)
        self.mark(button, editing=not is_viewing(slot) if editing is None else editing)
        return button

    def mark(self, button: QWidget, *, editing: bool) -> None:
        """Say whether ``button`` changes data (disabled where the data may only be read) or only shows it."""
        if editing:
            if id(button) not in self._editing:
                self._editing[id(button)] = button
                self._wanted.setdefault(id(button), button.isEnabled())
                button.installEventFilter(self)
        elif id(button) in self._editing:
            del self._editing[id(button)]
            button.removeEventFilter(self)
        self._apply(button)

    def is_editing(self, button: QWidget) -> bool:
        return id(button) in self._editing

    def stretch(self) -> None:
        self.row.addStretch(1)

    def set_tip(self, button: QWidget, tip: str) -> None:
        """The button's own tooltip, shown while it can be used."""
        self._tips[id(button)] = tip
        self._show_tip(button)

    def set_available(self, button: QWidget, available: bool, why: str = "") -> None:
        """Enable the button, or disable it with ``why`` (already translated) as its tooltip."""
        self._wanted[id(button)] = available
        self._why[id(button)] = "" if available else why
        self._apply(button)

    # -- read-only -------------------------------------------------------------------------------------------------
    def set_read_only(self, reason: str) -> None:
        """Disable the editing buttons with ``reason`` (translated) as their tooltip; "" gives them back."""
        self._read_only = reason
        for button in list(self._editing.values()):
            self._apply(button)

    @property
    def read_only(self) -> str:
        return self._read_only

    def _apply(self, button: QWidget) -> None:
        self._forcing = True
        try:
            if self._read_only and id(button) in self._editing:
                button.setEnabled(False)
            else:
                button.setEnabled(self._wanted.get(id(button), button.isEnabled()))
        finally:
            self._forcing = False
        self._show_tip(button)

    def _show_tip(self, button: QWidget) -> None:
        if self._read_only and id(button) in self._editing:
            button.setToolTip(self._read_only)
            return
        why = self._why.get(id(button), "")
        button.setToolTip(why if why and not button.isEnabled() else self._tips.get(id(button), ""))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # a screen that enables an editing button itself (setEnabled) does not undo the read-only view
        if (
            event.type() == QEvent.Type.EnabledChange
            and not self._forcing
            and isinstance(watched, QWidget)
            and id(watched) in self._editing
        ):
            self._wanted[id(watched)] = watched.isEnabled()
            if self._read_only and watched.isEnabled():
                self._apply(watched)
        return super().eventFilter(watched, event)

    def _find_ops(self) -> Ops | None:
        from cdfi_desktop.ui.ops import Ops

        widget = self.parentWidget()
        while widget is not None:
            ops = getattr(widget, "ops", None)
            if isinstance(ops, Ops):
                return ops
            widget = widget.parentWidget()
        return None

    def _follow_ops(self) -> None:
        if self._ops is None:
            self._ops = self._find_ops()
            if self._ops is not None:
                self._ops.read_only_changed.connect(self._read_only_changed)
        if self._ops is not None:
            self.set_read_only(self._ops.read_only_text(screen_language()))

    def _read_only_changed(self, _reason: str) -> None:
        self._follow_ops()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._follow_ops()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and self._read_only:
            self._follow_ops()
        super().changeEvent(event)


class Page:
    """Lays out a screen: heading row (heading, then widgets the screen adds on the right, such as counters),
    action bar, status and problem lines, then ``body`` for the screen's own content."""

    def __init__(self, screen: QWidget, *, margins: tuple[int, int, int, int] = PAGE_MARGINS) -> None:
        self.screen = screen
        self.layout = QVBoxLayout(screen)
        self.layout.setContentsMargins(*margins)
        self.layout.setSpacing(PAGE_SPACING)
        self.heading_row = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading_row.addWidget(self.heading)
        self.heading_row.addStretch(1)
        self.layout.addLayout(self.heading_row)
        self.actions = ActionBar()
        self.layout.addWidget(self.actions)
        self.status = StatusLine()
        self.status.hide()
        self.problem = problem_label(state="error")
        self.layout.addWidget(self.problem)
        self.body = QVBoxLayout()
        self.body.setSpacing(PAGE_SPACING)
        self.layout.addLayout(self.body, 1)
        self.layout.addWidget(self.status)

    def add_to_heading(self, widget: W) -> W:
        """A widget at the right of the heading (a counter, a year chooser)."""
        self.heading_row.addWidget(widget)
        return widget

    def set_heading(self, text: str) -> None:
        self.heading.setText(text)

    def show_problem(self, text: str) -> None:
        """State what went wrong; it stays until the next action clears it (``clear_problem``)."""
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def clear_problem(self) -> None:
        self.show_problem("")

    def say(self, text: str) -> None:
        """A passing note in the status line."""
        self.status.say(text)

    def print_into_folder(
        self,
        ops: Ops,
        *,
        folder: Path | None,
        ask: str,
        write: Callable[[Database, Path], list[Path]],
        what: str,
        done: Callable[[list[Path]], None] | None = None,
    ) -> None:
        """Print the screen's reports into ``folder`` (``print_into_folder`` below); the status line's note of
        where they went clears itself."""

        def written(paths: list[Path]) -> None:
            self.status.say(self.status.text())  # the note "saved in …" clears itself from now on
            if done is not None:
                done(paths)

        print_into_folder(
            self.screen,
            ops,
            folder=folder,
            ask=ask,
            write=write,
            status=self.status,
            problem=self.show_problem,
            what=what,
            done=written,
        )


def print_into_folder(
    parent: QWidget,
    ops: Ops,
    *,
    folder: Path | None,
    ask: str,
    write: Callable[[Database, Path], list[Path]],
    status: QLabel,
    problem: Callable[[str], None],
    what: str,
    done: Callable[[list[Path]], None],
) -> None:
    """Ask for the folder (titled ``ask``) when ``folder`` is None, then run ``write(db, folder)`` on the worker
    thread: ``status`` says where the files went, ``problem`` why not (naming ``what``)."""
    if folder is None:
        folder = choose_folder(parent, ask)
        if folder is None:
            return
    target = folder
    problem("")
    print_to_folder(
        ops, write=lambda db: write(db, target), folder=target, status=status, done=done, problem=problem, what=what
    )
