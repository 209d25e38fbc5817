"""Why a use case refused: the rule issues, each with a code and the field it concerns."""

from __future__ import annotations

from cdfi_desktop.domain.register_rules import Issue


class ValidationFailed(Exception):
    """Nothing was saved; ``issues`` says what to correct, field by field."""

    def __init__(self, issues: list[Issue]) -> None:
        super().__init__(", ".join(f"{i.field}: {i.code}" for i in issues))
        self.issues = issues


class NotFound(Exception):
    """The record asked for does not exist (or is deleted)."""
