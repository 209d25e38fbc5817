"""What a screen shows while it has nothing to show: a sentence saying why, and the one action that fills it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from cdfi_desktop.ui.widgets.thai_text import WrappingLabel

MESSAGE_WIDTH = 560  # pixels: the empty state's sentence wraps at a comfortable reading width


class EmptyState(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.message = WrappingLabel()
        self.message.setObjectName("emptyMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setMaximumWidth(MESSAGE_WIDTH)
        # centred between two spacers that take only what the sentence leaves: it wraps at the reading width, or
        # narrower on a narrow screen, and its layout gives it the lines it needs (height for width)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.message, 4)
        row.addStretch(1)
        layout.addLayout(row)
        self.action = QPushButton()
        self.action.setObjectName("emptyAction")
        self.action.hide()
        layout.addWidget(self.action, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self._slot: Callable[[], object] | None = None
        self.action.clicked.connect(self._clicked)

    def set_text(self, message: str, action: str = "", slot: Callable[[], object] | None = None) -> None:
        """``message`` says why the screen is empty; ``action`` (with ``slot``) is what fills it, if anything."""
        self.message.setText(message)
        self.action.setText(action)
        self._slot = slot
        self.action.setVisible(bool(action) and slot is not None)

    def _clicked(self) -> None:
        if self._slot is not None:
            self._slot()


class EmptyOr(QStackedWidget):
    """Shows ``content``, or the empty state in its place (``show_empty``)."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.empty = EmptyState()
        self.addWidget(content)
        self.addWidget(self.empty)

    def show_empty(self, message: str, action: str = "", slot: Callable[[], object] | None = None) -> None:
        self.empty.set_text(message, action, slot)
        self.setCurrentWidget(self.empty)

    def show_content(self) -> None:
        self.setCurrentWidget(self.content)

    def is_empty(self) -> bool:
        return self.currentWidget() is self.empty
