"""registers: a debt's rescheduling agreed with its outside creditor, a field of its own

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06

Criterion 3 counts a target household whose debt with an outside creditor was rescheduled. Until now that was
read from words in the debt's notes; it is now the day the rescheduling was agreed (``rescheduled_on``) and its
terms in short (``rescheduling_terms``). The backfill keeps what the notes said: an outside creditor's debt whose
notes hold one of ``RESCHEDULING_WORDS`` gets ``rescheduled_on`` = its contract date (the earliest day the
rescheduling can have been agreed, so a report round dated after the debt still counts it, as the notes did),
or, without a contract date, the day the debt was recorded. The notes are kept as they are, terms stay empty.

The backfill is computed from synced fields only, so every device that migrates reaches the same values: the
rows' version, stamps and clock are left alone (nothing new to send).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The words release 0.1 read in a debt's notes as a rescheduling (domain.criteria until revision 0005); only
# the backfill reads them now, so they are kept here, frozen with the migration.
RESCHEDULING_WORDS = ("ปรับโครงสร้างหนี้", "ประนอมหนี้", "พักชำระหนี้", "restructured", "rescheduled")
MEMBER_FUND = "member_fund"


def upgrade() -> None:
    with op.batch_alter_table("debt", schema=None) as batch_op:
        batch_op.add_column(sa.Column("rescheduled_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("rescheduling_terms", sa.String(length=300), nullable=False, server_default=""))
    bind = op.get_bind()
    rows = bind.execute(
        sa.text("SELECT id, notes, contract_date, created_at FROM debt WHERE creditor_kind <> :fund AND notes <> ''"),
        {"fund": MEMBER_FUND},
    ).all()
    debt = sa.table("debt", sa.column("id", sa.String), sa.column("rescheduled_on", sa.Date))
    for row in rows:
        text = (row.notes or "").casefold()
        if not any(word.casefold() in text for word in RESCHEDULING_WORDS):
            continue
        day = _day(row.contract_date) or _day(row.created_at)
        if day is not None:
            bind.execute(sa.update(debt).where(debt.c.id == row.id).values(rescheduled_on=day))


def _day(value: object) -> date | None:
    """A stored date or timestamp as a day (SQLite gives text, PostgreSQL dates and datetimes)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def downgrade() -> None:
    with op.batch_alter_table("debt", schema=None) as batch_op:
        batch_op.drop_column("rescheduling_terms")
        batch_op.drop_column("rescheduled_on")
