"""Where this installation keeps its database, backups, keys and settings (platformdirs)."""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

from cdfi_desktop import APP_ID

PACKAGE_DIR = Path(__file__).resolve().parent
# A source checkout keeps resources/ beside the package; the frozen Windows build unpacks them into its
# bundle folder (installer/cdfi-desktop.spec).
RESOURCES_DIR = Path(getattr(sys, "_MEIPASS", PACKAGE_DIR.parent)) / "resources"


def data_dir() -> Path:
    return Path(user_data_dir(APP_ID, appauthor=False))


def config_dir() -> Path:
    return Path(user_config_dir(APP_ID, appauthor=False))


def default_database_path() -> Path:
    return data_dir() / "cdfi.sqlite"


def fonts_dir() -> Path:
    return RESOURCES_DIR / "fonts"


def i18n_dir() -> Path:
    return RESOURCES_DIR / "i18n"
