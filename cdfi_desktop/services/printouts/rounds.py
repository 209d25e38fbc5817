"""The 1HH1C report round's printouts of one institute built from the database (``reports/round_data.py``)."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from cdfi_desktop.reports.round_data import RoundReport, round_report
from cdfi_desktop.services import report_rounds as svc

__all__ = ["institute_round_report", "submitted_round_numbers"]


def institute_round_report(
    session: Session,
    *,
    institute_id: str,
    fiscal_year: int,
    printed_on: date,
    language: str = "th",
    round_no: int | None = None,
) -> RoundReport:
    """Round ``round_no``, or with None the latest submitted round, else the current draft. A submitted round is
    read from its snapshot alone (SnapshotTampered when its hash does not match); a draft is worked out as of the
    end of its month, or ``printed_on`` before then."""
    number = round_no or svc.latest_round_no(
        session, institute_id=institute_id, fiscal_year=fiscal_year, today=printed_on
    )
    view = svc.round_view(
        session, institute_id=institute_id, fiscal_year=fiscal_year, round_no=number, today=printed_on
    )
    return round_report(view, language=language, printed_on=printed_on)


def submitted_round_numbers(session: Session, *, institute_id: str, fiscal_year: int, printed_on: date) -> list[int]:
    """The numbers of the fiscal year's submitted rounds, in order (none before the first is submitted)."""
    found = svc.rounds(session, institute_id=institute_id, fiscal_year=fiscal_year, today=printed_on)
    return [r.round_no for r in found if r.submitted]
