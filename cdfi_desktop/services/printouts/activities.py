"""The activity-tracking printout of one institute and fiscal year built from the database
(``reports/activities_data.py``)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from cdfi_desktop.reports.activities_data import LABELS, ActivitiesReport
from cdfi_desktop.services import activity_tracking as svc
from cdfi_desktop.services.printouts.registers import register_heading

__all__ = ["activities_report"]


def activities_report(
    session: Session,
    *,
    institute_id: str,
    fiscal_year: int,
    printed_on: date,
    as_of: date | None = None,
    language: str = "th",
) -> ActivitiesReport:
    """The institute's activities of ``fiscal_year`` (B.E.) as they stand on ``as_of`` (the printing day)."""
    if language not in LABELS:
        language = "th"
    heading = register_heading(
        session, institute_id=institute_id, printed_on=printed_on, fiscal_year=fiscal_year, language=language
    )
    view = svc.activity_status(
        session, institute_id=institute_id, fiscal_year=fiscal_year, as_of=as_of if as_of is not None else printed_on
    )
    bpm = tuple(svc.bpm_rows(view))
    budget = sum((row.budget for row in bpm), Decimal("0.00"))
    spent = sum((row.spent for row in bpm), Decimal("0.00"))
    return ActivitiesReport(heading=heading, view=view, bpm=bpm, bpm_spent_pct=svc.percent_spent(budget, spent))
