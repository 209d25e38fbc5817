"""The target screen's work on the worker thread: reading the list, its history and the candidates, and writing
the printed list and forms."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.services.obligations import SignedContract
    from cdfi_desktop.services.targets import CandidateRow, ChangeRow, ParticipationRow, SelectionView


@dataclass(frozen=True)
class Loaded:
    institute_id: str | None
    selection: SelectionView | None
    changes: list[ChangeRow]
    households: int = 0  # live households in the institute's register (0: nothing to propose from)


def load(db: Database, *, fiscal_year: int, as_of: date) -> Loaded:
    from cdfi_desktop.services import registers as reg
    from cdfi_desktop.services import targets as tg
    from cdfi_desktop.services.register_types import HouseholdQuery

    with db.session() as session:
        institute_id = reg.first_institute_id(session)
        if institute_id is None:
            return Loaded(None, None, [])
        view = tg.selection(session, institute_id=institute_id, fiscal_year=fiscal_year, as_of=as_of)
        changes = tg.target_changes(session, view.id) if view else []
        households = reg.household_count(session, HouseholdQuery(institute_id=institute_id))
    return Loaded(institute_id, view, changes, households)


def candidates(db: Database, *, institute_id: str, fiscal_year: int, as_of: date) -> list[CandidateRow]:
    from cdfi_desktop.services import targets as tg

    with db.session() as session:
        return tg.candidates(session, institute_id=institute_id, fiscal_year=fiscal_year, as_of=as_of)


def participation(
    db: Database, *, institute_id: str, fiscal_year: int, household_id: str, today: date
) -> tuple[ParticipationRow | None, list[SignedContract]]:
    """The household's participation record and the 1HH1C contracts it signed."""
    from cdfi_desktop.services import obligations
    from cdfi_desktop.services import targets as tg

    with db.session() as session:
        rows = tg.participation(session, institute_id=institute_id, fiscal_year=fiscal_year)
        signed = obligations.signed_contracts(session, [household_id], as_of=today).get(household_id, [])
    return next((r for r in rows if r.household_id == household_id), None), signed


def write_reports(
    db: Database,
    folder: Path,
    *,
    institute_id: str,
    fiscal_year: int,
    today: date,
    language: str,
    full_ids: bool = False,
) -> list[Path]:
    """The printouts of the fiscal year's list into ``folder`` (for ``Page.print_into_folder``); the participation
    forms' citizen IDs masked unless ``full_ids``."""
    from cdfi_desktop.reports.registry import write_targets_reports

    with db.session() as session:
        written: list[Path] = write_targets_reports(
            session,
            institute_id=institute_id,
            fiscal_year=fiscal_year,
            out_dir=folder,
            printed_on=today,
            language=language,
            full_ids=full_ids,
        )
    return written
