"""Small layout pieces the contracts screens share."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget


def titled(title: QWidget, content: QWidget) -> QWidget:
    """``content`` under its section title (a label, or a row with the title and buttons), without margins: one
    side of a split."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(title)
    layout.addWidget(content, 1)
    return box
