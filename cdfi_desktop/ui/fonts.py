"""The bundled Thai font (Sarabun, SIL OFL) for every screen, so the app looks the same on every machine."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from cdfi_desktop.paths import fonts_dir

log = logging.getLogger(__name__)
FAMILY = "Sarabun"
BASE_POINT_SIZE = 10


def install_fonts(app: QApplication) -> str:
    """Register the bundled fonts and make Sarabun the application font; returns the family in use."""
    loaded = []
    for path in sorted(fonts_dir().glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load font %s", path)
        else:
            loaded.extend(QFontDatabase.applicationFontFamilies(font_id))
    family = FAMILY if FAMILY in loaded else app.font().family()
    font = QFont(family, BASE_POINT_SIZE)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    app.setFont(font)
    return family
