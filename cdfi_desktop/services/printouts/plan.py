"""The institute's debt-management plan printout built from the database (``reports/plan_data.py``)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from cdfi_desktop.db import models as m
from cdfi_desktop.domain.enums import CommitteeRole
from cdfi_desktop.reports.plan_data import LABELS, PlanNotFound, PlanReport
from cdfi_desktop.services import plan as svc
from cdfi_desktop.services.printouts.registers import register_heading

__all__ = ["plan_report"]


def _committee_names(session: Session, institute_id: str) -> dict[CommitteeRole, str]:
    rows = session.execute(
        select(m.CommitteeMember.role, m.CommitteeMember.full_name)
        .where(m.CommitteeMember.institute_id == institute_id, m.CommitteeMember.deleted_at.is_(None))
        .order_by(m.CommitteeMember.sort_order, m.CommitteeMember.created_at)
    ).all()
    names: dict[CommitteeRole, str] = {}
    for role, name in rows:
        names.setdefault(CommitteeRole(role), name)
    return names


def plan_report(
    session: Session, *, institute_id: str, fiscal_year: int, printed_on: date, language: str = "th"
) -> PlanReport:
    """The plan of ``fiscal_year`` (B.E.) ready to print; raises PlanNotFound before it is saved."""
    if language not in LABELS:
        language = "th"
    heading = register_heading(
        session, institute_id=institute_id, printed_on=printed_on, fiscal_year=fiscal_year, language=language
    )
    found = svc.plan_view(session, institute_id=institute_id, fiscal_year=fiscal_year)
    if found is None:
        raise PlanNotFound(institute_id, fiscal_year)
    names = _committee_names(session, institute_id)
    return PlanReport(
        heading=heading,
        plan=found,
        chair=names.get(CommitteeRole.CHAIR, ""),
        secretary=names.get(CommitteeRole.SECRETARY, ""),
    )
