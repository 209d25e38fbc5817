"""Acting on a modal dialog from a test: the dialog's own event loop shows it, so the test looks for it by polling."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

POLL_MS = 20


def when_shown(
    kind: type[QWidget], act: Callable[[QWidget], None], name: str = "", *, polls: int = 1500
) -> Callable[[], None]:
    """Run ``act`` on the dialog of ``kind`` (and object ``name``) once shown; a failing ``act`` closes the dialog
    (the test fails instead of waiting); looked for ``polls`` times at most (every 20 ms), or until the returned
    function is called (a test's end: a later test's dialogs are not this one's)."""
    stopped: list[bool] = []

    def poll(left: int) -> None:
        if stopped:
            return
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible() and (not name or widget.objectName() == name):
                try:
                    act(widget)
                except BaseException:
                    if isinstance(widget, QDialog):
                        widget.done(0)
                    raise
                return
        if left:
            QTimer.singleShot(POLL_MS, lambda: poll(left - 1))

    QTimer.singleShot(0, lambda: poll(polls))
    return lambda: stopped.append(True)
