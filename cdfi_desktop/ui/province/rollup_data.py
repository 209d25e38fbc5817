"""What the province's roll-up screen reads on the worker thread, one tab at a time: the indicators of every institute
(``services.indicators.rollup``), the report rounds as submitted (hashes checked), the evidence checklists and the
activities as keyed into BPM (``services.province_rollup``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.services.activity_tracking import ActivityRollup
    from cdfi_desktop.services.indicators import Rollup
    from cdfi_desktop.services.province_rollup import BpmLine, EvidenceLine, RoundLine

INDICATORS, ROUNDS, EVIDENCE, ACTIVITIES = "indicators", "rounds", "evidence", "activities"
TABS = (INDICATORS, ROUNDS, EVIDENCE, ACTIVITIES)


@dataclass(frozen=True)
class Indicators:
    fiscal_year: int
    rollup: Rollup


@dataclass(frozen=True)
class Rounds:
    fiscal_year: int
    lines: tuple[RoundLine, ...]


@dataclass(frozen=True)
class Evidence:
    fiscal_year: int
    lines: tuple[EvidenceLine, ...]


@dataclass(frozen=True)
class Activities:
    fiscal_year: int
    totals: ActivityRollup
    lines: tuple[BpmLine, ...]


Loaded = Indicators | Rounds | Evidence | Activities


def load(db: Database, tab: str, *, fiscal_year: int, as_of: date, language: str) -> Loaded:
    """The figures of ``tab`` for ``fiscal_year`` (B.E.) as of ``as_of``, names in ``language``."""
    from cdfi_desktop.services import indicators
    from cdfi_desktop.services import province_rollup as pr

    with db.reading() as session:
        if tab == INDICATORS:
            return Indicators(
                fiscal_year, indicators.rollup(session, fiscal_year=fiscal_year, as_of=as_of, language=language)
            )
        if tab == ROUNDS:
            rounds = pr.round_lines(session, fiscal_year=fiscal_year, today=as_of, language=language)
            return Rounds(fiscal_year, tuple(rounds))
        if tab == EVIDENCE:
            return Evidence(fiscal_year, tuple(pr.evidence_lines(session, fiscal_year=fiscal_year, language=language)))
        if tab == ACTIVITIES:
            totals, lines = pr.activities(session, fiscal_year=fiscal_year, as_of=as_of, language=language)
            return Activities(fiscal_year, totals, tuple(lines))
    raise ValueError(tab)
