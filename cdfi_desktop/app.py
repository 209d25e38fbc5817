"""Desktop start-up: settings, fonts, language, database (migrated before any window), main window."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from cdfi_desktop import APP_ID, APP_NAME, WINDOW_PROGRAM, __version__
from cdfi_desktop.db.location import resolve_url, sqlite_path
from cdfi_desktop.db.lock import DatabaseLock
from cdfi_desktop.db.preflight import DatabaseRefused, FileState, check_sqlite_file
from cdfi_desktop.domain.thai_digits import set_default_digit_style
from cdfi_desktop.failures import EXIT_COULD_NOT_RUN, EXIT_NOTHING_DONE, configure_logging
from cdfi_desktop.messages import message
from cdfi_desktop.settings import Settings
from cdfi_desktop.ui import demo_offer
from cdfi_desktop.ui.fonts import install_fonts
from cdfi_desktop.ui.i18n import set_language
from cdfi_desktop.ui.main_window import MainWindow
from cdfi_desktop.ui.style import STYLE_SHEET

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database

log = logging.getLogger(__name__)
QUIT_WHEN_SHOWN_ENV = "CDFI_QUIT_WHEN_SHOWN"  # used by the start-up benchmark


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    install_fonts(app)
    app.setStyleSheet(STYLE_SHEET)
    return app


def create_main_window(
    db: Database | Callable[[], Database], settings: Settings, *, location: str | None = None
) -> MainWindow:
    """The main window wired to switch language live and remember the choice.

    ``db`` is an open database or a function that opens it on the worker thread (then give ``location``).
    """
    if location is None:
        assert not callable(db), "give the location of a database that is opened later"
        location = db.url
    window = MainWindow(db, location=location, settings=settings)

    def switch(language: str) -> None:
        settings.language = language
        set_language(language)
        try:
            settings.save()
        except OSError as exc:
            log.warning("could not save settings: %s", exc)

    window.language_requested.connect(switch)
    return window


def run_gui(*, db: str | Path | None, language: str | None, offer_demo: bool = True) -> int:
    settings = Settings.load()
    if language:
        settings.language = language
    set_default_digit_style(settings.digit_style)  # every printed form in the user's digits (Thai unless changed)
    app = make_application()
    set_language(settings.language)
    configure_logging()
    url = resolve_url(db)
    path = sqlite_path(url)
    held: DatabaseLock | None = None
    state: FileState | None = None
    try:
        if path is not None:
            locked = _lock_for_window(path, explicit=db is not None, settings=settings)
            if locked is None:
                return EXIT_NOTHING_DONE
            held, state = locked
        opened = None if state is not None and state.at_head else open_database(url, settings=settings)
    except DatabaseRefused as exc:
        if held is not None:
            held.release()
        QMessageBox.critical(
            None, APP_NAME, message(exc.code.value, settings.language, location=exc.location, detail=exc.detail)
        )
        return EXIT_COULD_NOT_RUN

    window = create_main_window(opened or (lambda: open_database(url, settings=settings)), settings, location=url)
    window.show_as_remembered()  # maximised the first time; then as it was last closed
    if os.environ.get(QUIT_WHEN_SHOWN_ENV):
        _probe_start_up(app, window)
    elif offer_demo:
        QTimer.singleShot(0, lambda: demo_offer.offer_demo(window))
    code = app.exec()
    window.ops.wait_idle()
    if window.ops.is_open:
        window.ops.db.close()
    if held is not None:
        held.release()
    return code


def _lock_for_window(path: Path, *, explicit: bool, settings: Settings) -> tuple[DatabaseLock, FileState] | None:
    """This window's lock on the file for as long as it runs, and what the file is (judged once, here, before any
    window); None when the officer chose not to go on.

    A mistyped ``--db`` is not made into a new file without asking; a database another program has open is
    refused naming that program; a damaged one offers its newest good backup. A file already at this release's
    schema is opened by the first background operation, so the window does not wait for the database layer.
    """
    from cdfi_desktop.db import lock
    from cdfi_desktop.db.preflight import Refusal

    if explicit and (not path.exists() or path.stat().st_size == 0) and not _ask_to_create(path):
        return None
    try:
        held = lock.acquire(path, program=WINDOW_PROGRAM, wait=0.0)
    except lock.DatabaseInUse as exc:
        raise DatabaseRefused(Refusal.IN_USE, location=str(path), detail=exc.holder.describe()) from exc
    except lock.LockUnavailable as exc:
        raise DatabaseRefused(Refusal.READ_ONLY, location=str(path), detail=exc.strerror or str(exc)) from exc
    try:
        return held, check_sqlite_file(path, owned=True)
    except DatabaseRefused as exc:
        if exc.code is not Refusal.CORRUPT:
            held.release()
            raise
        from cdfi_desktop.ui.recovery import offer_restore

        if not offer_restore(path, settings=settings, problem=exc):
            held.release()
            return None
    try:
        return held, check_sqlite_file(path, owned=True)  # the backup now in its place
    except DatabaseRefused:
        held.release()
        raise


def _ask_to_create(path: Path) -> bool:
    answer = QMessageBox.question(
        None,
        APP_NAME,
        QCoreApplication.translate(
            "StartUp", "There is no database at %1. Create a new, empty database there?"
        ).replace("%1", str(path)),
    )
    return answer == QMessageBox.StandardButton.Yes


def open_database(url: str, *, settings: Settings) -> Database:
    """The window's database as the officer set it up: their name, their backups folder, the day's backup."""
    from cdfi_desktop.db.database import Database

    return Database.open(
        url,
        officer=settings.officer,
        program=WINDOW_PROGRAM,
        backup_folder=settings.backup_folder or None,
        daily_backup=True,
    )


def _probe_start_up(app: QApplication, window: MainWindow) -> None:
    """For the start-up benchmark and test: report when the window is shown and usable, then quit."""

    def shown() -> None:
        print(f"shown-at {time.time():.6f}", file=sys.stderr, flush=True)

    def usable() -> None:
        print(f"usable-at {time.time():.6f}", file=sys.stderr, flush=True)
        app.quit()

    QTimer.singleShot(0, shown)
    window.overview.loaded.connect(usable)
    if window.overview.data is not None:
        usable()
