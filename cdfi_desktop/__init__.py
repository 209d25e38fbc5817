"""CDFI Desktop: offline-first app for Thailand's Community Fund Management Institutes."""

from __future__ import annotations

__version__ = "0.3.0"
APP_NAME = "CDFI Desktop"
APP_ID = "cdfi-desktop"
WINDOW_PROGRAM = "cdfi-desktop (desktop app)"  # how the window names itself in a database's lock file
