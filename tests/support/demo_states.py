"""States of the demo that some tests start from, which the demo itself (a timeline that could have happened) does
not leave on its day in November.

- Round 1 (April) submitted early, on the demo's day: the demo submits the April round only in April
  (``services.demo_consolidation``). The report-round, evidence and rounds-tab tests need a submitted round to read,
  so they submit it here, through the use case, as an officer who reports early would.
- The founding of the (new) demo institute not done yet, planned for February: the demo founds it before its target
  list. The tests of a founding upcoming or overdue put it back.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from decimal import Decimal

from sqlalchemy import update

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.enums import ActivityKind, ActivityStatus
from cdfi_desktop.services import registers as reg
from cdfi_desktop.services.demo import DEMO_AS_OF
from cdfi_desktop.services.demo_consolidation import OFFICER
from cdfi_desktop.services.report_rounds import submit_round
from cdfi_desktop.services.uow import UnitOfWork

FY = 2570
EARLY_SUBMITTED_AT = datetime.combine(DEMO_AS_OF, time(16, 0), tzinfo=UTC)  # 23:00 in Thailand


def submit_round_1_early(db: Database) -> str:
    """Submit round 1 of the demo institute as of the demo's day; returns the round's hash."""
    with db.session() as session:
        institute_id = reg.first_institute_id(session)
    assert institute_id
    with UnitOfWork(db) as uow:
        return submit_round(
            uow,
            institute_id=institute_id,
            fiscal_year=FY,
            round_no=1,
            as_of=DEMO_AS_OF,
            officer=OFFICER,
            now=EARLY_SUBMITTED_AT,
        )


FOUNDING_PLANNED = date(2027, 2, 20)


def founding_not_done_yet(db: Database) -> None:
    """Put the demo institute's founding activity back to planned for 20 February (a plain UPDATE)."""
    with db.session() as session, session.begin():
        session.execute(
            update(m.ProgramActivity)
            .where(m.ProgramActivity.kind == ActivityKind.FOUNDING, m.ProgramActivity.fiscal_year == FY)
            .values(status=ActivityStatus.PLANNED, planned_date=FOUNDING_PLANNED, done_date=None, spent=Decimal(0))
        )
