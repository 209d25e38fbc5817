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

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cdfi_desktop.ui import labels
from cdfi_desktop.ui.widgets.fields import problem_label
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


class ActionBar(QWidget):
    """A row of buttons. A button that cannot be used now says why in its tooltip (``set_available``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(6)
        self._tips: dict[int, str] = {}
        self._why: dict[int, str] = {}

    def add(self, slot: Callable[[], object] | None = None, *, widget: QWidget | None = None) -> QPushButton:
        """Add a new button (connected to ``slot``), or ``widget`` when given (returned as is)."""
        if widget is not None:
            self.row.addWidget(widget)
            return widget  # type: ignore[return-value]
        button = QPushButton(self)
        if slot is not None:
            button.clicked.connect(lambda _checked=False: slot())
        self.row.addWidget(button)
        return button

    def stretch(self) -> None:
        self.row.addStretch(1)

    def set_tip(self, button: QWidget, tip: str) -> None:
        """The button's own tooltip, shown while it can be used."""
        self._tips[id(button)] = tip
        self._show_tip(button)

    def set_available(self, button: QWidget, available: bool, why: str = "") -> None:
        """Enable the button, or disable it with ``why`` (already translated) as its tooltip."""
        button.setEnabled(available)
        self._why[id(button)] = "" if available else why
        self._show_tip(button)

    def _show_tip(self, button: QWidget) -> None:
        why = self._why.get(id(button), "")
        button.setToolTip(why if why and not button.isEnabled() else self._tips.get(id(button), ""))


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
