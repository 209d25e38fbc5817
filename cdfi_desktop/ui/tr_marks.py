"""Typed marker for texts that Qt Linguist collects (``pyside6-lupdate``) and screens translate later."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for translation in ``context``; returns it unchanged (translate when shown)."""
    del context
    return text
