"""Desktop start-up: settings, fonts, language, database (migrated before any window), main window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from cdfi_desktop import APP_ID, APP_NAME, __version__
from cdfi_desktop.db.database import Database
from cdfi_desktop.db.migrate import DatabaseRefused
from cdfi_desktop.messages import message
from cdfi_desktop.settings import Settings
from cdfi_desktop.ui import demo_offer
from cdfi_desktop.ui.fonts import install_fonts
from cdfi_desktop.ui.i18n import set_language
from cdfi_desktop.ui.main_window import MainWindow
from cdfi_desktop.ui.style import STYLE_SHEET

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


def create_main_window(db: Database, settings: Settings) -> MainWindow:
    """The main window wired to switch language live and remember the choice."""
    window = MainWindow(db, settings=settings)

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
    app = make_application()
    set_language(settings.language)
    try:
        database = Database.open(db, officer=settings.officer)
    except DatabaseRefused as exc:
        QMessageBox.critical(None, APP_NAME, message(exc.code.value, settings.language,
                                                     location=exc.location, detail=exc.detail))
        return 2
    window = create_main_window(database, settings)
    window.show()
    if os.environ.get(QUIT_WHEN_SHOWN_ENV):
        QTimer.singleShot(0, app.quit)
    elif offer_demo:
        QTimer.singleShot(0, lambda: demo_offer.offer_demo(window))
    code = app.exec()
    database.close()
    return code
