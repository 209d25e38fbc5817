"""The indicators printout (guideline 4.2) built from the database (``reports/indicators_data.py``)."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from cdfi_desktop.reports.indicators_data import LABELS, IndicatorsReport
from cdfi_desktop.services.indicators import institute_indicators, rollup
from cdfi_desktop.services.printouts.registers import register_heading

__all__ = ["indicators_report", "rollup_report"]


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


def rollup_report(
    session: Session, *, fiscal_year: int, printed_on: date, language: str = "th", name: str = ""
) -> IndicatorsReport:
    """The roll-up of every institute in the database alone (a province's printout), titled with ``name`` (the
    province), else with the province the institutes are in."""
    from cdfi_desktop.reports.registers_data import RegisterHeading

    language = language if language in LABELS else "th"
    figures = rollup(session, fiscal_year=fiscal_year, as_of=printed_on, language=language)
    provinces = [p.name for p in figures.provinces]
    title = name or ", ".join(provinces) or LABELS[language]["total"]
    heading = RegisterHeading(
        institute_id="",
        institute_name=title,
        province=", ".join(provinces),
        district="",
        subdistrict="",
        area_line=LABELS[language]["rollup_heading"],
        fiscal_year=fiscal_year,
        printed_on=printed_on,
        language=language,
        full_citizen_ids=False,
    )
    return IndicatorsReport(heading=heading, institute=None, rollup=figures)
