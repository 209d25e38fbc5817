"""Who may do what: the roles of local accounts (guideline: the district officer keeps the registers, the
institute's committee looks and prints, the province imports, reviews and reports)."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    OFFICER = "officer"  # edits the institutes assigned to them
    COMMITTEE = "committee"  # views and prints
    PROVINCE = "province"  # imports, reviews, reports; never edits a laptop's records outside review
