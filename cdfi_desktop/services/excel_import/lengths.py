"""How long an imported text may be: the length of the database column it is stored in, read from the models."""

from __future__ import annotations

from cdfi_desktop.db import models as m
from cdfi_desktop.db.limits import text_limit as db_text_limit

__all__ = ["LONG_TEXT_CHARS", "column_length", "text_limit"]

# A Text column (notes, the address) has no length of its own; a cell longer than this is a paste gone wrong,
# and the printed register could not show it.
LONG_TEXT_CHARS = 4_000

# Each text field of the workbook → the model column its text is stored in (never a length: that is the model's).
_STORED_IN: dict[str, tuple[type[object], str]] = {
    "household_code": (m.Household, "code"),
    "house_no": (m.Household, "house_no"),
    "village_name": (m.Village, "name"),
    "title": (m.HouseholdMember, "title"),
    "first_name": (m.HouseholdMember, "first_name"),
    "last_name": (m.HouseholdMember, "last_name"),
    "occupation": (m.HouseholdMember, "occupation"),
    "phone": (m.HouseholdMember, "phone"),
    "creditor": (m.Debt, "creditor_name"),
    "contract_no": (m.Debt, "contract_no"),
    "notes": (m.Debt, "notes"),
    "purpose": (m.Debt, "notes"),  # a purpose not in the list is kept in the notes
    "guarantors": (m.DebtGuarantor, "full_name"),  # each name of the list
    "debt_id": (m.Debt, "id"),
}


def column_length(model: type[object], column: str) -> int | None:
    """The declared length of a model's text column (``String(100)`` → 100); None for an unbounded ``Text``."""
    return db_text_limit(model, column)


def _limits() -> dict[str, int]:
    out = {}
    for key, (model, column) in _STORED_IN.items():
        length = column_length(model, column)
        out[key] = length if length is not None else LONG_TEXT_CHARS
    return out


_LIMITS = _limits()


def text_limit(field_key: str) -> int | None:
    """The most characters the field's text may have; None for a field that is not stored as text."""
    return _LIMITS.get(field_key)
