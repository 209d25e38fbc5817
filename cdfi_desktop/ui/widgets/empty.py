"""What a screen shows while it has nothing to show: a sentence saying why, and the one action that fills it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMargins, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from cdfi_desktop.ui.widgets.thai_text import WrappingLabel

MESSAGE_WIDTH = 560  # pixels: the empty state's sentence wraps at a comfortable reading width


class EmptyState(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # see minimumSizeHint
        layout.addStretch(1)
        self.message = WrappingLabel()
        self.message.setObjectName("emptyMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.message, 0, Qt.AlignmentFlag.AlignHCenter)
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
        self._size_message()
        self.action.setText(action)
        self._slot = slot
        self.action.setVisible(bool(action) and slot is not None)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._size_message()

    def _size_message(self) -> None:
        """The sentence wraps at a reading width, narrower on a narrow screen, and gets the lines it needs."""
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else QMargins()
        room = max(120, self.width() - margins.left() - margins.right())
        width = min(MESSAGE_WIDTH, room)
        self.message.setFixedWidth(width)
        self.message.setMinimumHeight(self.message.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # the sentence's width follows the empty state's, so it asks for no width of its own: a stack holding
        # this page stays as narrow as its content allows
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), 160), hint.height())

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
