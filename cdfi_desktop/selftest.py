"""``cdfi-desktop --self-test``: checks that this installation works, without touching the user's data."""

from __future__ import annotations


def run(*, language: str = "th") -> int:
    """0 when a temporary database migrates and a Thai PDF renders with the expected line breaks."""
    raise NotImplementedError
