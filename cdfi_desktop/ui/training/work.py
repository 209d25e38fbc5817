"""The training screen's work on the worker thread: reading the course and its grid, and writing the sign-in
sheets and the attendance summary."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.services.training_types import AttendanceGrid, CourseDefaults, CourseView


@dataclass(frozen=True)
class Loaded:
    institutes: list[tuple[str, str]]
    institute_id: str | None
    fiscal_year: int
    course: CourseView | None
    defaults: CourseDefaults | None
    grid: AttendanceGrid | None


def load_training(db: Database, *, institute_id: str | None, fiscal_year: int) -> Loaded:
    """The institutes, and the chosen one's course, its defaults and its grid."""
    from cdfi_desktop.services import training as svc
    from cdfi_desktop.services.registers import only_chosen

    with db.session() as session:
        institutes = only_chosen(session, svc.institute_choices(session), lambda choice: choice[0])
        ids = [i for i, _ in institutes]
        chosen = institute_id if institute_id in ids else (ids[0] if ids else None)
        if chosen is None:
            return Loaded(institutes, None, fiscal_year, None, None, None)
        course = svc.course(session, institute_id=chosen, fiscal_year=fiscal_year)
        defaults = svc.course_defaults(session, fiscal_year=fiscal_year)
        grid = svc.attendance_grid(session, course.id) if course else None
    return Loaded(institutes, chosen, fiscal_year, course, defaults, grid)


def write_paper(db: Database, *, institute_id: str, fiscal_year: int, language: str, path: Path, kind: str) -> Path:
    """The sign-in sheets ("sign-in", PDF) or the attendance summary ("summary", PDF or .xlsx) at ``path``."""
    from cdfi_desktop.reports.training_pdf import write_attendance_summary_pdf, write_sign_in_sheets_pdf
    from cdfi_desktop.reports.training_xlsx import write_attendance_summary_xlsx
    from cdfi_desktop.services.printouts.training import training_report

    with db.session() as session:
        report = training_report(
            session, institute_id=institute_id, fiscal_year=fiscal_year, printed_on=date.today(), language=language
        )
    if kind == "sign-in":
        return write_sign_in_sheets_pdf(report, path)
    if path.suffix == ".xlsx":
        return write_attendance_summary_xlsx(report, path)
    return write_attendance_summary_pdf(report, path)
