"""The debt analysis printout of one institute built from the database (``reports/analysis_data.py``)."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from cdfi_desktop.domain.fiscal import fiscal_year_be
from cdfi_desktop.reports.analysis_data import AnalysisReport
from cdfi_desktop.services.analysis import analyse_institute, pooled_capacity
from cdfi_desktop.services.printouts.registers import register_heading

__all__ = ["analysis_report"]


def _as_of(printed_on: date, fiscal_year: int | None) -> date:
    """The analysis date: the printing day, unless a fiscal year other than its own is asked for (then the
    last day of that year, but never after the printing day)."""
    if fiscal_year is None or fiscal_year_be(printed_on) == fiscal_year:
        return printed_on
    return min(printed_on, date(fiscal_year - 543, 9, 30))


def analysis_report(
    session: Session, *, institute_id: str, printed_on: date, fiscal_year: int | None = None, language: str = "th"
) -> AnalysisReport:
    heading = register_heading(
        session, institute_id=institute_id, printed_on=printed_on, fiscal_year=fiscal_year, language=language
    )
    analysis = analyse_institute(session, institute_id, as_of=_as_of(printed_on, fiscal_year))
    return AnalysisReport(heading=heading, analysis=analysis, pooled=pooled_capacity(analysis))
