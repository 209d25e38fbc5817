"""The indicators printout (guideline 4.2) built from the database (``reports/indicators_data.py``)."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from cdfi_desktop.reports.indicators_data import LABELS, IndicatorsReport
from cdfi_desktop.services.indicators import institute_indicators, rollup
from cdfi_desktop.services.printouts.registers import register_heading

__all__ = ["indicators_report"]


def indicators_report(
    session: Session, *, institute_id: str, fiscal_year: int, printed_on: date, language: str = "th"
) -> IndicatorsReport:
    """The institute's indicators and the roll-up on ``printed_on`` (the data date), with the title facts."""
    language = language if language in LABELS else "th"
    heading = register_heading(
        session, institute_id=institute_id, printed_on=printed_on, fiscal_year=fiscal_year, language=language
    )
    return IndicatorsReport(
        heading=heading,
        institute=institute_indicators(session, institute_id, fiscal_year=fiscal_year, as_of=printed_on),
        rollup=rollup(session, fiscal_year=fiscal_year, as_of=printed_on, language=language),
    )
