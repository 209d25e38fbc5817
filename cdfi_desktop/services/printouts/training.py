"""The training's printouts (sign-in sheets, attendance summary) of one institute and fiscal year built from the
database (``reports/training_data.py``)."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from cdfi_desktop.reports.training_data import LABELS, CourseNotFound, TrainingReport
from cdfi_desktop.services import training as svc
from cdfi_desktop.services.printouts.registers import register_heading

__all__ = ["training_report"]


def training_report(
    session: Session,
    *,
    institute_id: str,
    fiscal_year: int,
    printed_on: date,
    language: str = "th",
) -> TrainingReport:
    """The course of ``fiscal_year`` (B.E.) with its attendance; raises CourseNotFound before it is saved."""
    if language not in LABELS:
        language = "th"
    heading = register_heading(
        session, institute_id=institute_id, printed_on=printed_on, fiscal_year=fiscal_year, language=language
    )
    found = svc.course(session, institute_id=institute_id, fiscal_year=fiscal_year)
    if found is None:
        raise CourseNotFound(institute_id, fiscal_year)
    return TrainingReport(heading=heading, course=found, grid=svc.attendance_grid(session, found.id))
