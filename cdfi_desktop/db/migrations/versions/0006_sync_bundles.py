"""sync: trusted keys, bundles and receipts, conflicts, the bases of changes, and where an audit entry came from

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07

Adds the local tables of signed bundles (``sync_device``, ``sync_bundle``, ``sync_conflict``, ``sync_base``) and
``audit_log.origin``: an audit entry that arrived in a bundle is stored with "<device id>:<its number there>",
unique, so importing the same entries twice stores them once. Nothing existing changes.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from cdfi_desktop.db.types import UTCDateTime

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("origin", sa.String(length=80), nullable=True))
        batch_op.create_unique_constraint(batch_op.f("uq_audit_log_origin"), ["origin"])
    op.create_table(
        "sync_device",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("encryption_key", sa.String(length=64), nullable=False),
        sa.Column("institute_ids", sa.JSON(), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("enrolled_at", UTCDateTime(), nullable=False),
        sa.Column("revoked_at", UTCDateTime(), nullable=True),
        sa.Column("revoked_reason", sa.Text(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("last_bundle_hash", sa.String(length=64), nullable=False),
        sa.Column("last_bundle_at", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_sync_device")),
    )
    op.create_table(
        "sync_bundle",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("officer", sa.String(length=200), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("manifest_sha256", sa.String(length=64), nullable=False),
        sa.Column("prev_sha256", sa.String(length=64), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("full", sa.Boolean(), nullable=False),
        sa.Column("upto_hlc", sa.String(length=40), nullable=False),
        sa.Column("upto_audit", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(length=80), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("report", sa.JSON(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("payload", sa.LargeBinary(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_bundle")),
    )
    with op.batch_alter_table("sync_bundle", schema=None) as batch_op:
        batch_op.create_index("ix_sync_bundle_device_seq", ["device_id", "seq"], unique=False)
        batch_op.create_index("ix_sync_bundle_bundle_id", ["bundle_id"], unique=False)
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("other_id", sa.String(length=36), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("winner", sa.JSON(), nullable=False),
        sa.Column("loser", sa.JSON(), nullable=False),
        sa.Column("winner_device", sa.String(length=36), nullable=False),
        sa.Column("loser_device", sa.String(length=36), nullable=False),
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("detected_at", UTCDateTime(), nullable=False),
        sa.Column("resolved_at", UTCDateTime(), nullable=True),
        sa.Column("resolved_by", sa.String(length=200), nullable=False),
        sa.Column("resolution", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.create_index("ix_sync_conflict_record", ["table_name", "record_id"], unique=False)
    op.create_table(
        "sync_base",
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("base_hlc", sa.String(length=40), nullable=False),
        sa.Column("base_device", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "record_id", name=op.f("pk_sync_base")),
    )


def downgrade() -> None:
    op.drop_table("sync_base")
    op.drop_table("sync_conflict")
    op.drop_table("sync_bundle")
    op.drop_table("sync_device")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_audit_log_origin"), type_="unique")
        batch_op.drop_column("origin")
