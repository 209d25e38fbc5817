"""Screen-widget unit tests: the application as `make run` sets it up (bundled font, style), in Thai."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import QApplication

from cdfi_desktop.app import make_application
from cdfi_desktop.ui.i18n import set_language


@pytest.fixture
def ui(qapp: QApplication) -> Iterator[QApplication]:
    """GIVEN the application in Thai (set back to Thai afterwards)."""
    make_application()
    set_language("th")
    yield qapp
    set_language("th")
