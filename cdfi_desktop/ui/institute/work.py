"""The institute screen's background work: each function runs on the worker thread through ``ops``.

The services (and with them SQLAlchemy and the mapping) are imported inside the functions, so building the
window does not wait for the database layer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.services.institute import AreaChoices, InstitutePage, InstituteSummary
    from cdfi_desktop.ui.ops import Progress

Change = Callable[["Database", "Progress"], Any]


@dataclass(frozen=True)
class ScreenData:
    """What one load brings: the institutes to choose from, the chosen one's page, and (once) the area lists."""

    institutes: tuple[InstituteSummary, ...]
    page: InstitutePage | None
    areas: AreaChoices | None


def load(db: Database, *, institute_id: str | None, with_areas: bool) -> ScreenData:
    """The institutes, the page of ``institute_id`` (or of the first one), and the area lists if asked."""
    from cdfi_desktop.services.institute import area_choices, institute_page, institutes
    from cdfi_desktop.services.registers import only_chosen

    with db.session() as session:
        summaries = tuple(only_chosen(session, institutes(session), lambda s: s.id))
        ids = [s.id for s in summaries]
        chosen = institute_id if institute_id in ids else (ids[0] if ids else None)
        page = institute_page(session, chosen) if chosen else None
    return ScreenData(institutes=summaries, page=page, areas=area_choices() if with_areas else None)


def save_institute(values: dict[str, Any]) -> Change:
    def op(db: Database, _progress: Progress) -> str:
        from cdfi_desktop.services import institute as service
        from cdfi_desktop.services.uow import UnitOfWork

        with UnitOfWork(db) as uow:
            return service.save_institute(uow, service.InstituteForm(**values), today=date.today())

    return op


def set_core_fund(*, institute_id: str, fund_id: str | None) -> Change:
    def op(db: Database, _progress: Progress) -> None:
        from cdfi_desktop.services import institute as service
        from cdfi_desktop.services.uow import UnitOfWork

        with UnitOfWork(db) as uow:
            service.set_core_fund(uow, institute_id=institute_id, fund_id=fund_id)

    return op


def save_committee_member(values: dict[str, Any]) -> Change:
    def op(db: Database, _progress: Progress) -> str:
        from cdfi_desktop.services import institute as service
        from cdfi_desktop.services.uow import UnitOfWork

        with UnitOfWork(db) as uow:
            return service.save_committee_member(uow, service.CommitteeMemberForm(**values), today=date.today())

    return op


def save_member_fund(values: dict[str, Any]) -> Change:
    def op(db: Database, _progress: Progress) -> str:
        from cdfi_desktop.services import institute as service
        from cdfi_desktop.services.uow import UnitOfWork

        with UnitOfWork(db) as uow:
            return service.save_member_fund(uow, service.MemberFundForm(**values), today=date.today())

    return op


def save_activity(values: dict[str, Any]) -> Change:
    def op(db: Database, _progress: Progress) -> str:
        from cdfi_desktop.services import institute as service
        from cdfi_desktop.services.uow import UnitOfWork

        with UnitOfWork(db) as uow:
            return service.save_activity(uow, service.ActivityForm(**values), today=date.today())

    return op


def remove(kind: str, record_id: str) -> Change:
    """Tombstone a committee member, member fund or activity (``kind``: "committee", "fund", "activity")."""

    def op(db: Database, _progress: Progress) -> None:
        from cdfi_desktop.services import institute as service
        from cdfi_desktop.services.uow import UnitOfWork

        use_case = {
            "committee": service.remove_committee_member,
            "fund": service.remove_member_fund,
            "activity": service.remove_activity,
        }[kind]
        with UnitOfWork(db) as uow:
            use_case(uow, record_id)

    return op
