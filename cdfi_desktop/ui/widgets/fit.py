"""Dialogs that fit the screen: never taller or wider than the space the taskbar leaves, the body scrolling
when it does not fit (the buttons stay in view), instead of running off the bottom of a 1366×768 laptop.

Call :func:`fit_to_screen` once a dialog's widgets are in place (at the end of its ``__init__`` or before
``open()``/``exec()``). A :class:`QWizard` gets each page's body in a scroll area of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
)

FRAME = QSize(16, 40)  # what a window's frame and title bar take around its contents, on the usual desktops
SCROLL_BODY = "fitScrollBody"  # the object name of the scroll area a body is put in (once per widget)


def available_area(widget: QWidget) -> QRect:
    """The part of the screen a window of ``widget`` may use (the screen less the taskbar)."""
    parent = widget.parentWidget()
    screen = (parent.window() if parent is not None else widget).screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 697)


def largest_size(widget: QWidget) -> QSize:
    """The largest size of ``widget``'s contents whose window still fits its screen's available area."""
    area = available_area(widget)
    return QSize(max(200, area.width() - FRAME.width()), max(150, area.height() - FRAME.height()))


def scroll_body(widget: QWidget) -> QScrollArea | None:
    """Put ``widget``'s layout in a vertical scroll area that fills the widget; a :class:`QDialogButtonBox` at
    the top level of that layout stays below the scroll area, always in view. Returns the scroll area (the same
    one when called again), or None when ``widget`` has no layout."""
    existing = widget.findChild(QScrollArea, SCROLL_BODY, Qt.FindChildOption.FindDirectChildrenOnly)
    if existing is not None:
        return existing
    layout = widget.layout()
    if layout is None:
        return None
    buttons: list[QDialogButtonBox] = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        box = item.widget() if item is not None else None
        if isinstance(box, QDialogButtonBox):
            buttons.append(box)
    for box in buttons:
        layout.removeWidget(box)
    body = QWidget()
    body.setObjectName("fitBody")
    body.setLayout(layout)  # Qt moves the layout, and the widgets in it, from the dialog to the body
    area = QScrollArea()
    area.setObjectName(SCROLL_BODY)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(body)
    outer = QVBoxLayout(widget)
    margins = layout.contentsMargins()
    outer.setContentsMargins(0, 0, 0, margins.bottom() if buttons else 0)
    outer.addWidget(area, 1)
    for box in buttons:
        row = QVBoxLayout()
        row.setContentsMargins(margins.left(), 0, margins.right(), 0)
        row.addWidget(box)
        outer.addLayout(row)
    return area


def _needed(widget: QWidget) -> QSize:
    layout = widget.layout()
    hint = widget.sizeHint()
    if layout is not None:
        hint = hint.expandedTo(layout.minimumSize())
    return hint


def fit_to_screen(dialog: QDialog) -> bool:
    """Cap ``dialog`` to the screen's available area; when its contents need more, its body scrolls.

    Returns True when the body was put in a scroll area (now or earlier)."""
    limit = largest_size(dialog)
    scrolled = False
    if isinstance(dialog, QWizard):
        for page_id in dialog.pageIds():
            page = dialog.page(page_id)
            needed = _needed(page)
            if needed.height() > limit.height() - 120 or needed.width() > limit.width():
                scrolled = scroll_body(page) is not None or scrolled
    else:
        needed = _needed(dialog)
        already = dialog.findChild(QScrollArea, SCROLL_BODY, Qt.FindChildOption.FindDirectChildrenOnly) is not None
        if already or needed.height() > limit.height() or needed.width() > limit.width():
            scrolled = scroll_body(dialog) is not None
    if scrolled:
        dialog.setMinimumSize(dialog.minimumSize().boundedTo(limit))
    dialog.setMaximumSize(dialog.maximumSize().boundedTo(limit))
    size = dialog.size() if dialog.testAttribute(Qt.WidgetAttribute.WA_Resized) else dialog.sizeHint()
    dialog.resize(size.boundedTo(limit))
    return scrolled


def fits_screen(dialog: QWidget) -> bool:
    """Whether ``dialog``'s window fits its screen's available area (for tests and checks)."""
    limit = largest_size(dialog)
    return dialog.width() <= limit.width() and dialog.height() <= limit.height()
