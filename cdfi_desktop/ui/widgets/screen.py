"""The base of a workflow step's screen: it loads when first shown, and again when shown after changes elsewhere."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from cdfi_desktop.ui.ops import Ops


class Retranslates:
    """For any widget or dialog (listed before its Qt class): it puts its texts in the new language itself when
    the language changes (Qt sends the change to every widget); subclasses implement ``retranslate()``."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]


class TranslatedWidget(Retranslates, QWidget):
    """A screen or panel that puts its texts in the new language itself when the language changes."""


class LazyScreen(TranslatedWidget):
    """Keeps database work off the start-up path: a screen reads nothing until it is first shown, and a change
    made elsewhere (``ops.data_changed``) reloads it at once when visible, or when next shown otherwise.

    Subclasses implement ``reload()``, which starts the read and sets ``self._stale = False``."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self._stale = True
        ops.data_changed.connect(self._data_changed)

    def reload(self) -> None:
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _data_changed(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True
