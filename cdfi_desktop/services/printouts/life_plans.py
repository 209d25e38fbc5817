"""The target households' life-development plans printout built from the database (``reports/life_plan_pdf.py``
prints the registers' title facts and the plans)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy.orm import Session

from cdfi_desktop.reports.registers_data import RegisterHeading
from cdfi_desktop.services.life_plans import LifePlanView, life_plans
from cdfi_desktop.services.printouts.registers import register_heading

__all__ = ["life_plans_printout"]


def life_plans_printout(
    session: Session,
    *,
    institute_id: str,
    fiscal_year: int,
    printed_on: date,
    language: str = "th",
    household_ids: Sequence[str] | None = None,
) -> tuple[RegisterHeading, list[LifePlanView]]:
    """The title facts and every plan of the institute in ``fiscal_year``; with ``household_ids``, only those
    households' plans."""
    heading = register_heading(
        session, institute_id=institute_id, printed_on=printed_on, fiscal_year=fiscal_year, language=language
    )
    plans = life_plans(session, institute_id=institute_id, fiscal_year=fiscal_year)
    if household_ids is not None:
        wanted = set(household_ids)
        plans = [p for p in plans if p.household_id in wanted]
    return heading, plans
