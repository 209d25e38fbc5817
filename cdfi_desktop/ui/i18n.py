"""Screen language: Thai by default (the Qt Linguist translation of the English source), English by setting.

Thai comes from ``cdfi_th.qm``. English is the source text itself, except for counted texts (``%n``): their
English singular and plural forms come from the small ``cdfi_en.qm`` (numerus forms only), so "1 contract" and
"3 contracts" are both right. Both are built from their ``.ts`` files by ``make translations``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from cdfi_desktop.paths import i18n_dir

log = logging.getLogger(__name__)
_installed: QTranslator | None = None
_installed_data = b""  # the .qm bytes the installed translator reads (Qt keeps no copy)
_language = "th"


def current_language() -> str:
    """The language last set with ``set_language`` ("th" or "en")."""
    return _language


def installed_translator() -> QTranslator | None:
    """The translator of the screen language in use (None when its file was missing)."""
    return _installed


def set_language(language: str) -> bool:
    """Switch every open screen to ``language`` ("th" or "en"); False if its translation file is missing.

    The locale is set before the translator changes, so screens that re-read their texts on the language-change
    event already see the new language (dates in the new era, numbers in the new style)."""
    global _installed, _installed_data, _language  # noqa: PLW0603 - one translator per application
    app = QCoreApplication.instance()
    assert app is not None
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Thai, QLocale.Country.Thailand))
    _language = language
    if _installed is not None:
        app.removeTranslator(_installed)
        _installed = None
    translator = QTranslator(app)
    qm = i18n_dir() / f"cdfi_{language}.qm"
    try:
        # read into memory: a file Qt maps would crash the app if rebuilt (`make translations`) while it runs
        data = qm.read_bytes()
    except OSError:
        data = b""
    if not data or not translator.load(data):
        log.warning("translation %s not found; build it with `make translations`", qm)
        return language == "en"  # English reads without it, only counted texts lose their singular
    app.installTranslator(translator)
    _installed, _installed_data = translator, data
    return True
