"""audit trail: the account and the reason of each entry, and the hash chain

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07

``audit_log.account``: the signed-in account's username (``officer`` keeps the name shown);
``audit_log.reason``: why, as the officer gave it (an amendment, a signing, a status change).
``audit_log.prev_hash``, ``audit_log.entry_hash``: each entry chained to the one before it by SHA-256
(``db/audit_chain.py``); the entries written before are chained here, in the order of their numbers, and the
head (the last entry's number and hash) kept in ``local_setting``.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from cdfi_desktop.db import audit_chain

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("account", sa.String(length=80), server_default="", nullable=False))
        batch_op.add_column(sa.Column("reason", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("prev_hash", sa.String(length=64), server_default="", nullable=False))
        batch_op.add_column(sa.Column("entry_hash", sa.String(length=64), server_default="", nullable=False))
    audit_chain.chain_all(op.get_bind())


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM local_setting WHERE key = :k").bindparams(k=audit_chain.HEAD_KEY))
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_column("entry_hash")
        batch_op.drop_column("prev_hash")
        batch_op.drop_column("reason")
        batch_op.drop_column("account")
