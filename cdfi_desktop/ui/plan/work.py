"""The plan screen's work on the worker thread: reading the plan and its cap, finding a stored scan, writing the
printed plan."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.services.plan import PlanView

DEFAULT_CAP = Decimal("40000.00")


@dataclass(frozen=True)
class Loaded:
    institute_id: str | None
    plan: PlanView | None
    cap: Decimal


def load(db: Database, *, fiscal_year: int) -> Loaded:
    from cdfi_desktop.services import plan as pl
    from cdfi_desktop.services import registers as reg

    with db.session() as session:
        institute_id = reg.first_institute_id(session)
        if institute_id is None:
            return Loaded(None, None, DEFAULT_CAP)
        view = pl.plan_view(session, institute_id=institute_id, fiscal_year=fiscal_year)
        return Loaded(institute_id, view, pl.plan_cap(session, fiscal_year))


def stored_file(db: Database, sha256: str) -> Path:
    from cdfi_desktop.services.attachments import stored_path

    return stored_path(db, sha256)


def write_reports(
    db: Database, folder: Path, *, institute_id: str, fiscal_year: int, today: date, language: str
) -> list[Path]:
    """The plan as PDF and Excel into ``folder`` (for ``Page.print_into_folder``)."""
    from cdfi_desktop.reports.registry import write_plan_reports

    with db.session() as session:
        written: list[Path] = write_plan_reports(
            session,
            institute_id=institute_id,
            fiscal_year=fiscal_year,
            out_dir=folder,
            formats=("pdf", "xlsx"),
            printed_on=today,
            language=language,
        )
    return written


def open_with_system(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
