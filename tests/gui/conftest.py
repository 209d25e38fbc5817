"""Qt fixtures: the real application set-up (fonts, style, language) and small demo databases."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import QApplication

from cdfi_desktop.app import make_application
from cdfi_desktop.db.database import Database
from cdfi_desktop.services.demo import demo_device_id, generate_demo
from cdfi_desktop.ui.i18n import set_language

# -- translation misses: every text a screen looks up in Thai during these tests must have its Thai --------------
from tests.support.translation_misses import (  # noqa: F401 - pytest hooks, registered by being here
    pytest_configure,
    pytest_sessionfinish,
    pytest_terminal_summary,
)

# ---------------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def qapp_cls() -> type[QApplication]:
    return QApplication


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """GIVEN the application as `make run` sets it up, in Thai."""
    make_application()
    set_language("th")
    yield qapp
    set_language("th")


@pytest.fixture(scope="session")
def demo_db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db = Database.open(path, device_id=demo_device_id(3))
    generate_demo(db, households=60, seed=3)
    db.close()
    return path


@pytest.fixture
def demo_db(demo_db_file: Path, tmp_path: Path) -> Iterator[Database]:
    """A private copy of a 60-household demo database."""
    copy = tmp_path / "demo.sqlite"
    copy.write_bytes(demo_db_file.read_bytes())
    db = Database.open(copy)
    yield db
    db.close()


@pytest.fixture
def empty_db(tmp_path: Path) -> Iterator[Database]:
    db = Database.open(tmp_path / "empty.sqlite")
    yield db
    db.close()
