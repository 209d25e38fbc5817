"""What the screens remember between sessions about their own layout (splitter sizes, chosen columns, the
window's size): a small JSON file beside the settings, written whole and replaced, never the database."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from cdfi_desktop.paths import config_dir

log = logging.getLogger(__name__)


def state_path() -> Path:
    return config_dir() / "ui-state.json"


def _read(path: Path) -> dict[str, Any]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("screen layout file %s unreadable, starting afresh: %s", path, exc)
        return {}
    return raw if isinstance(raw, dict) else {}


def remembered(key: str, default: Any = None) -> Any:
    """The value kept under ``key``, or ``default``."""
    return _read(state_path()).get(key, default)


def remember(key: str, value: Any) -> None:
    """Keep ``value`` (JSON-able) under ``key``; a layout that cannot be written is only logged."""
    path = state_path()
    data = _read(path)
    if data.get(key) == value:
        return
    data[key] = value
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        log.warning("screen layout not kept in %s: %s", path, exc)
