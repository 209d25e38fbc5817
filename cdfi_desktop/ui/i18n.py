"""Screen language: Thai by default (the Qt Linguist translation of the English source), English by setting."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from cdfi_desktop.paths import i18n_dir

log = logging.getLogger(__name__)
_installed: QTranslator | None = None


def set_language(language: str) -> bool:
    """Switch every open screen to ``language`` ("th" or "en"); False if the Thai translation is missing."""
    global _installed  # noqa: PLW0603 - one translator per application
    app = QCoreApplication.instance()
    assert app is not None
    if _installed is not None:
        app.removeTranslator(_installed)
        _installed = None
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return True
    QLocale.setDefault(QLocale(QLocale.Language.Thai, QLocale.Country.Thailand))
    translator = QTranslator(app)
    qm = i18n_dir() / f"cdfi_{language}.qm"
    if not translator.load(str(qm)):
        log.warning("translation %s not found; build it with `make translations`", qm)
        return False
    app.installTranslator(translator)
    _installed = translator
    return True
