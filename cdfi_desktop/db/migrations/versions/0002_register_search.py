"""registers: search text for filter-as-you-type, indexes for sorting large registers

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # The text is derived data: the app rebuilds it when it opens the database (db/search.py).
    with op.batch_alter_table("household", schema=None) as batch_op:
        batch_op.add_column(sa.Column("search_text", sa.Text(), nullable=False, server_default=""))
        batch_op.create_index("ix_household_institute_id_code", ["institute_id", "code"], unique=False)
    with op.batch_alter_table("debt", schema=None) as batch_op:
        batch_op.add_column(sa.Column("search_text", sa.Text(), nullable=False, server_default=""))
        batch_op.create_index("ix_debt_outstanding", ["outstanding"], unique=False)
        batch_op.create_index("ix_debt_principal", ["principal"], unique=False)
        batch_op.create_index("ix_debt_days_overdue", ["days_overdue"], unique=False)
        batch_op.create_index("ix_debt_contract_date", ["contract_date"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("debt", schema=None) as batch_op:
        for name in ("ix_debt_contract_date", "ix_debt_days_overdue", "ix_debt_principal", "ix_debt_outstanding"):
            batch_op.drop_index(name)
        batch_op.drop_column("search_text")
    with op.batch_alter_table("household", schema=None) as batch_op:
        batch_op.drop_index("ix_household_institute_id_code")
        batch_op.drop_column("search_text")
