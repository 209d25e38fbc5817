"""fiscal-year profile: what a repayment made before its due date pays as interest

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07

``fiscal_year_profile.early_payment_interest``: "scheduled" (the installment's interest in the schedule, the
default, so that an installment paid a few days early prints on its receipt as its schedule line) or "accrued"
(the interest accrued to the payment date). Existing profiles take the default; repayments already recorded keep
their split (the ledger is append-only).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("fiscal_year_profile", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("early_payment_interest", sa.String(length=16), nullable=False, server_default="scheduled")
        )


def downgrade() -> None:
    with op.batch_alter_table("fiscal_year_profile", schema=None) as batch_op:
        batch_op.drop_column("early_payment_interest")
