"""registers: search text for filter-as-you-type, households in register order

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


def downgrade() -> None:
    with op.batch_alter_table("debt", schema=None) as batch_op:
        batch_op.drop_column("search_text")
    with op.batch_alter_table("household", schema=None) as batch_op:
        batch_op.drop_index("ix_household_institute_id_code")
        batch_op.drop_column("search_text")
