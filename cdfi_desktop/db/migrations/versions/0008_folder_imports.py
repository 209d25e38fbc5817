"""sync: every folder of bundles the province imported, with each file's outcome

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07

``sync_import``: one row per folder imported on the province (a USB stick's worth of bundles): the folder, who,
when, the number of files per outcome and every file's summary, refused files included (a refused file leaves no
``sync_bundle`` row), so that the report of an import can be read again later; ``error``: what stopped a run
before its end (its report is kept all the same, the files it did not reach marked so).

``sync_bundle.for_device``: the laptop a receipt the province wrote answers (a receipt row's ``device_id`` is the
province's), so that each laptop's last receipt is found by (laptop, number). A bundle this database made (``out``) has
a number of its own per kind, maker and laptop it is for: a unique index, so two writers cannot both take one
(receipts, numbered as the bundles they answer and kept without ``for_device`` until now, are left out).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from cdfi_desktop.db.types import UTCDateTime

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_import",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("folder", sa.Text(), nullable=False),
        sa.Column("officer", sa.String(length=200), nullable=False),
        sa.Column("started_at", UTCDateTime(), nullable=False),
        sa.Column("finished_at", UTCDateTime(), nullable=False),
        sa.Column("files", sa.Integer(), nullable=False),
        sa.Column("totals", sa.JSON(), nullable=False),
        sa.Column("outcomes", sa.JSON(), nullable=False),
        sa.Column("error", sa.Text(), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_import")),
    )
    with op.batch_alter_table("sync_import", schema=None) as batch_op:
        batch_op.create_index("ix_sync_import_started_at", ["started_at"], unique=False)
    with op.batch_alter_table("sync_bundle", schema=None) as batch_op:
        batch_op.add_column(sa.Column("for_device", sa.String(length=36), server_default="", nullable=False))
        batch_op.create_index("ix_sync_bundle_for_device_seq", ["for_device", "seq"], unique=False)
        batch_op.create_index(
            "ux_sync_bundle_out_seq",
            ["kind", "device_id", "for_device", "seq"],
            unique=True,
            sqlite_where=sa.text("direction = 'out' AND kind <> 'receipt' AND status <> 'failed'"),
            postgresql_where=sa.text("direction = 'out' AND kind <> 'receipt' AND status <> 'failed'"),
        )


def downgrade() -> None:
    with op.batch_alter_table("sync_bundle", schema=None) as batch_op:
        batch_op.drop_index("ux_sync_bundle_out_seq")
        batch_op.drop_index("ix_sync_bundle_for_device_seq")
        batch_op.drop_column("for_device")
    op.drop_table("sync_import")
