"""Per-user settings kept outside the database (language, officer, backups folder, idle lock), as JSON."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from cdfi_desktop.domain.thai_digits import DIGIT_STYLES
from cdfi_desktop.paths import config_dir

log = logging.getLogger(__name__)
LANGUAGES = ("th", "en")
NAVIGATION_STYLES = ("names", "numbers")
DEFAULT_IDLE_LOCK_MINUTES = 10


@dataclass
class Settings:
    language: str = "th"
    officer: str = ""
    backup_folder: str = ""  # where backups go; empty: backups/ beside the database
    digit_style: str = "thai"  # the digits of printed Thai forms: "thai" (๑๒๓, as official forms) or "arabic"
    window_geometry: str = (
        ""  # the main window's last size, place and state (Qt's saveGeometry, base64); empty: maximised
    )
    navigation: str = "names"  # the workflow navigation: "names" (numbers and titles) or "numbers" (collapsed)
    idle_lock_minutes: int = DEFAULT_IDLE_LOCK_MINUTES  # the window locks after this many idle minutes; 0: never

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        path = path or settings_path()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("settings file %s unreadable, using defaults: %s", path, exc)
            return cls()
        if not isinstance(raw, dict):
            return cls()
        defaults = cls()
        kinds = {f.name: type(getattr(defaults, f.name)) for f in fields(cls)}
        settings = cls(
            **{
                k: v
                for k, v in raw.items()
                if k in kinds and isinstance(v, kinds[k]) and not (kinds[k] is int and isinstance(v, bool))
            }
        )
        if settings.language not in LANGUAGES:
            settings.language = "th"
        if settings.digit_style not in DIGIT_STYLES:
            settings.digit_style = "thai"
        if settings.navigation not in NAVIGATION_STYLES:
            settings.navigation = "names"
        if settings.idle_lock_minutes < 0:
            settings.idle_lock_minutes = DEFAULT_IDLE_LOCK_MINUTES
        return settings

    def save(self, path: Path | None = None) -> None:
        path = path or settings_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=2), encoding="utf-8")
        tmp.replace(path)


def settings_path() -> Path:
    return config_dir() / "settings.json"
