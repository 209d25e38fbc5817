"""Entry point of ``cdfi-desktop`` and ``python -m cdfi_desktop``."""

from __future__ import annotations

import sys

from cdfi_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
