"""The idle lock: after some minutes without a key or a mouse action anywhere in the program, every window is
covered (nothing of the data shows) and the signed-in account's password is asked again, with the same growing
wait after wrong passwords. "Switch user" signs out and asks for an account. Background work goes on meanwhile.

The idle time is ``Settings.idle_lock_minutes`` (0: never); ``CDFI_IDLE_LOCK_SECONDS`` (tests, demonstrations)
gives it in seconds instead.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout, QWidget

from cdfi_desktop.settings import Settings

IDLE_SECONDS_ENV = "CDFI_IDLE_LOCK_SECONDS"
CHECK_MS = 1000  # how often the idle time is looked at (at most; less for a shorter idle time)
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)


def idle_seconds(settings: Settings) -> float:
    """Seconds without input before the lock; 0: never."""
    raw = os.environ.get(IDLE_SECONDS_ENV, "").strip()
    if raw:
        try:
            return max(0.0, float(raw))
        except ValueError:
            pass
    return max(0, settings.idle_lock_minutes) * 60.0


class IdleWatch(QObject):
    """Watches the program's input (an event filter on the application); ``idle`` once ``seconds`` pass without
    any. ``pause()`` while locked, ``resume()`` after."""

    idle = Signal()

    def __init__(self, seconds: float, parent: QObject | None = None, *, clock: Callable[[], float] = time.monotonic):
        super().__init__(parent)
        self.seconds, self.clock = seconds, clock
        self.last_input = clock()
        self.paused = False
        self.timer = QTimer(self)
        self.timer.setInterval(max(50, min(CHECK_MS, int(seconds * 1000 / 4) or 50)))
        self.timer.timeout.connect(self._check)
        app = QApplication.instance()
        if seconds > 0 and app is not None:
            app.installEventFilter(self)
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in INPUT_EVENTS:
            self.last_input = self.clock()
        return False

    def _check(self) -> None:
        if not self.paused and self.clock() - self.last_input >= self.seconds:
            self.paused = True
            self.idle.emit()

    def pause(self) -> None:
        self.paused = True

    def resume(self) -> None:
        self.last_input = self.clock()
        self.paused = False

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class Cover(QFrame):
    """A plain panel over the whole of a window (menus, screens, status bar): nothing under it shows."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        self.setStyleSheet("QFrame#lockCover { background: #33475b; } QLabel { color: white; }")
        layout = QVBoxLayout(self)
        self.label = QLabel(self.tr("Locked"))
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.label.setFont(font)
        layout.addStretch(1)
        layout.addWidget(self.label, 0)
        layout.addStretch(1)
        from PySide6.QtCore import Qt

        layout.setAlignment(self.label, Qt.AlignmentFlag.AlignCenter)
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        parent = self.parentWidget()
        if parent is not None and watched is parent and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.setGeometry(parent.rect())
            self.raise_()
        return False

    def remove(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            parent.removeEventFilter(self)
        self.hide()
        self.deleteLater()


# the sign-in's own windows, never covered: the lock asks its password in them (and shows a new recovery code)
_SIGN_IN_MODULES = ("cdfi_desktop.ui.login", "cdfi_desktop.ui.recovery_code")


def _of_the_sign_in(widget: QWidget) -> bool:
    found: QWidget | None = widget
    while found is not None:
        if type(found).__module__ in _SIGN_IN_MODULES:
            return True
        found = found.parentWidget()
    return False


class Covers(QObject):
    """Covers on every visible window of the program but the sign-in's own, and the main window's screens hidden
    under its cover; a window that opens while covered (a background job's message) is kept hidden until then."""

    def __init__(self, main: QWidget) -> None:
        super().__init__(main)
        self.main = main
        self.covers: list[Cover] = []
        self.hidden: QWidget | None = None
        self.held: list[QWidget] = []  # windows that opened while covered: shown again when uncovered

    def cover(self) -> None:
        if self.covers:
            return
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and (widget is self.main or widget.isWindow()) and not _of_the_sign_in(widget):
                self.covers.append(Cover(widget))
        central = getattr(self.main, "centralWidget", lambda: None)()
        if isinstance(central, QWidget) and central.isVisible():
            central.hide()
            self.hidden = central
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            event.type() == QEvent.Type.Show
            and self.covers
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and not isinstance(watched, Cover)
            and not _of_the_sign_in(watched)
            and all(cover.parentWidget() is not watched for cover in self.covers)
            and watched not in self.held
        ):
            QTimer.singleShot(0, lambda: self._hold(watched))
        return False

    def _hold(self, widget: QWidget) -> None:
        """Keep a window that opened while covered out of sight until the lock opens (not covered: a modal message
        under a cover would stand between the officer and the password). Looked at once the event loop runs: a
        widget shown before it was put in a layout is no window by then."""
        with contextlib.suppress(RuntimeError):  # gone meanwhile
            if self.covers and widget.isWindow() and widget.isVisible() and not _of_the_sign_in(widget):
                self.held.append(widget)
                widget.hide()

    def uncover(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        for cover in self.covers:
            cover.remove()
        self.covers = []
        if self.hidden is not None:
            self.hidden.show()
            self.hidden = None
        held, self.held = self.held, []
        for widget in held:
            with contextlib.suppress(RuntimeError):  # one closed meanwhile (its C++ object gone)
                widget.show()

    @property
    def covered(self) -> bool:
        return bool(self.covers)
