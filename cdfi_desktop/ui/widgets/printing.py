"""Printing a screen's reports into a folder: the officer picks the folder, the files are written on the worker
thread, and the screen's status line says where they went (or why not)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget

from cdfi_desktop.failures import describe
from cdfi_desktop.ui.ops import Ops
from cdfi_desktop.ui.widgets.counter import count
from cdfi_desktop.ui.widgets.fields import screen_language

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database

log = logging.getLogger(__name__)


def choose_folder(parent: QWidget, title: str) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, title)
    return Path(chosen) if chosen else None


def print_to_folder(
    ops: Ops,
    *,
    write: Callable[[Database], list[Path]],
    folder: Path,
    status: QLabel,
    done: Callable[[list[Path]], None],
    problem: Callable[[str], None],
    what: str,
) -> None:
    """Run ``write`` in the background; ``done(paths)`` and the status line on success, ``problem(text)`` (naming
    ``what``, already translated) when it fails."""
    status.setText(QCoreApplication.translate("Printing", "Printing…"))

    def written(paths: list[Path]) -> None:
        status.setText(count("Printing", "Saved %n files in %1", len(paths)).replace("%1", str(folder)))
        done(paths)

    def failed(exc: Exception) -> None:
        log.error("printing %s failed: %s", what, exc)
        status.setText("")
        problem(
            QCoreApplication.translate("Printing", "%1 could not be printed: %2")
            .replace("%1", what)
            .replace("%2", describe(exc, screen_language()))
        )

    ops.query(write, success=written, failure=failed)
