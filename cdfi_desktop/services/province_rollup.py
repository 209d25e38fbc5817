"""What the province's roll-up shows besides the indicators (``services.indicators.rollup``): every institute's report
rounds as submitted (each frozen snapshot's hash checked: a snapshot changed after submission is flagged, never
read), every institute's evidence checklist in brief, and every institute's activities as keyed into BPM.

Reads only, through the same services the officer's screens use (``report_rounds``, ``evidence``,
``activity_tracking``), so a figure here is the figure the officer saw on the laptop. The evidence and the activities
are read for every institute at once (``evidence.checklists``, ``activity_tracking.activity_overview``: a few
queries however many institutes a national database holds), each institute's the same as read alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from cdfi_desktop.db import models as m
from cdfi_desktop.services import activity_tracking, evidence, evidence_items
from cdfi_desktop.services import report_rounds as rr
from cdfi_desktop.services.activity_tracking import ActivityRollup, BpmRow
from cdfi_desktop.services.areas import area_names

__all__ = [
    "ROUND_DRAFT",
    "ROUND_SUBMITTED",
    "ROUND_TAMPERED",
    "BpmLine",
    "EvidenceLine",
    "InstituteArea",
    "RoundLine",
    "activities",
    "activity_totals",
    "bpm_lines",
    "evidence_lines",
    "institutes_by_area",
    "round_lines",
]

ROUND_SUBMITTED, ROUND_DRAFT, ROUND_TAMPERED = "submitted", "draft", "tampered"


@dataclass(frozen=True)
class InstituteArea:
    """A live institute with its district and province named in the screen language."""

    institute_id: str
    name: str
    province_code: str
    district_code: str
    province: str
    district: str


@dataclass(frozen=True)
class RoundLine:
    """One round of the profile for one institute: submitted (its hash checked), tampered, or not submitted yet."""

    institute: InstituteArea
    round_no: int
    month: int
    state: str  # ROUND_SUBMITTED, ROUND_DRAFT or ROUND_TAMPERED
    as_of: date | None = None
    submitted_at: datetime | None = None
    submitted_by: str = ""
    sha256: str = ""  # the stored hash (of a tampered round too)
    actual_sha256: str = ""  # a tampered round: the hash of what is stored now
    households_1hh1c: int = 0  # as frozen (a submitted round)
    min_households: int = 0
    contracts: int = 0
    principal: Decimal = Decimal("0.00")
    arrears: Decimal = Decimal("0.00")


@dataclass(frozen=True)
class EvidenceLine:
    institute: InstituteArea
    present: int
    partial: int
    total: int
    missing: tuple[str, ...]  # item keys (services.evidence_items.ITEMS) not complete, in the checklist's order
    titles: tuple[str, ...]  # their titles in the language asked


@dataclass(frozen=True)
class BpmLine:
    institute: InstituteArea
    row: BpmRow


def institutes_by_area(session: Session, language: str = "th") -> list[InstituteArea]:
    """Every live institute, by province, district and name, with its area's names in ``language``."""
    rows = session.execute(
        select(m.Institute.id, m.Institute.name, m.Institute.province_code, m.Institute.district_code).where(
            m.Institute.deleted_at.is_(None)
        )
    ).all()
    out = []
    for r in rows:
        names = area_names(
            province_code=r.province_code, district_code=r.district_code, subdistrict_code="", language=language
        )
        out.append(InstituteArea(r.id, r.name, r.province_code, r.district_code, names.province, names.district))
    return sorted(out, key=lambda i: (i.province, i.district, i.name, i.institute_id))


def round_lines(session: Session, *, fiscal_year: int, today: date, language: str = "th") -> list[RoundLine]:
    """Every round of ``fiscal_year``'s profile for every institute; a submitted one read from its frozen snapshot
    once its hash is checked (a snapshot that no longer matches its hash is ROUND_TAMPERED)."""
    out = []
    for institute in institutes_by_area(session, language):
        for info in rr.rounds(session, institute_id=institute.institute_id, fiscal_year=fiscal_year, today=today):
            if not info.submitted:
                out.append(RoundLine(institute, info.round_no, info.month, ROUND_DRAFT))
                continue
            try:
                view = rr.round_view(
                    session, institute_id=institute.institute_id, fiscal_year=fiscal_year, round_no=info.round_no
                )
            except rr.SnapshotTampered as tampered:
                out.append(
                    RoundLine(
                        institute,
                        info.round_no,
                        info.month,
                        ROUND_TAMPERED,
                        as_of=info.as_of,
                        submitted_at=info.submitted_at,
                        submitted_by=info.submitted_by,
                        sha256=tampered.stored,
                        actual_sha256=tampered.actual,
                    )
                )
                continue
            totals = view.figures.totals
            out.append(
                RoundLine(
                    institute,
                    info.round_no,
                    info.month,
                    ROUND_SUBMITTED,
                    as_of=view.as_of,
                    submitted_at=view.submitted_at,
                    submitted_by=view.submitted_by,
                    sha256=view.sha256,
                    households_1hh1c=totals.households_1hh1c,
                    min_households=totals.min_households,
                    contracts=totals.contracts,
                    principal=totals.principal,
                    arrears=totals.arrears,
                )
            )
    return out


def evidence_lines(session: Session, *, fiscal_year: int, language: str = "th") -> list[EvidenceLine]:
    """Every institute's evidence checklist (guideline 4.3) in brief: items complete, partial, and those missing."""
    institutes = institutes_by_area(session, language)
    listings = evidence.checklists(session, fiscal_year=fiscal_year, institute_ids=None)
    out = []
    for institute in institutes:
        listing = listings.get(institute.institute_id)
        if listing is None:  # made since the institutes were read
            continue
        missing = listing.missing_items
        out.append(
            EvidenceLine(
                institute=institute,
                present=listing.present,
                partial=sum(1 for item in listing.items if item.state is evidence_items.ItemState.PARTIAL),
                total=len(listing.items),
                missing=tuple(item.key for item in missing),
                titles=tuple(item.title(language) for item in missing),
            )
        )
    return out


def activities(
    session: Session, *, fiscal_year: int, as_of: date, language: str = "th"
) -> tuple[ActivityRollup, list[BpmLine]]:
    """:func:`activity_totals` and :func:`bpm_lines` from one reading of every institute's activities."""
    totals, views = activity_tracking.activity_overview(session, fiscal_year=fiscal_year, as_of=as_of)
    by_id = {view.institute_id: view for view in views}
    lines = [
        BpmLine(institute, row)
        for institute in institutes_by_area(session, language)
        if institute.institute_id in by_id
        for row in activity_tracking.bpm_rows(by_id[institute.institute_id])
    ]
    return totals, lines


def bpm_lines(session: Session, *, fiscal_year: int, as_of: date, language: str = "th") -> list[BpmLine]:
    """Every institute's activities of ``fiscal_year`` as they are keyed into BPM, institute by institute."""
    return activities(session, fiscal_year=fiscal_year, as_of=as_of, language=language)[1]


def activity_totals(session: Session, *, fiscal_year: int, as_of: date) -> ActivityRollup:
    """Per activity, how many institutes do it, are done, overdue (``activity_tracking.activity_rollup``)."""
    return activity_tracking.activity_rollup(session, fiscal_year=fiscal_year, as_of=as_of)
