"""contracts: the content hash printed in the QR code; repayments corrected by reversing entries

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("consolidation_contract", schema=None) as batch_op:
        batch_op.add_column(sa.Column("content_hash", sa.String(length=64), nullable=False, server_default=""))
    with op.batch_alter_table("repayment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reverses_id", sa.String(length=36), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_repayment_reverses_id_repayment"), "repayment", ["reverses_id"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("repayment", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_repayment_reverses_id_repayment"), type_="foreignkey")
        batch_op.drop_column("reverses_id")
    with op.batch_alter_table("consolidation_contract", schema=None) as batch_op:
        batch_op.drop_column("content_hash")
