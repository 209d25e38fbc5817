"""registers: one citizen ID once among an institute's live household members

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06

A citizen ID may be registered once among an institute's live (not deleted) household members. The rule
spans two tables (the member's institute is its household's), so it is kept by triggers rather than a
unique index; on PostgreSQL the trigger takes a transaction lock on the ID first, so two transactions
cannot both pass the check. Duplicates already in a database do not stop the migration: they are
counted in the log and listed (masked) in ``local_setting`` under ``citizen_id_duplicates`` for the
officer to resolve; only new duplicates are refused.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence

from alembic import op
from sqlalchemy import text

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger(__name__)

DUPLICATES_KEY = "citizen_id_duplicates"
ERROR = "citizen_id_duplicate"  # the message code the triggers raise

_OTHER_LIVE_MEMBER = """
    SELECT 1 FROM household_member AS other
    JOIN household AS other_household ON other_household.id = other.household_id
    WHERE other.citizen_id = NEW.citizen_id
      AND other.id <> NEW.id
      AND other.deleted_at IS NULL
      AND other_household.deleted_at IS NULL
      AND other_household.institute_id = (SELECT h.institute_id FROM household AS h WHERE h.id = NEW.household_id)
"""

_DUPLICATES = """
    SELECT h.institute_id, m.citizen_id, count(*) AS n
    FROM household_member AS m JOIN household AS h ON h.id = m.household_id
    WHERE m.deleted_at IS NULL AND h.deleted_at IS NULL AND m.citizen_id <> ''
    GROUP BY h.institute_id, m.citizen_id HAVING count(*) > 1
    ORDER BY h.institute_id, m.citizen_id
"""


def upgrade() -> None:
    bind = op.get_bind()
    duplicates = bind.execute(text(_DUPLICATES)).all()
    if duplicates:
        log.warning("%d citizen IDs are registered twice in an institute; new duplicates are refused", len(duplicates))
        listed = [
            {"institute_id": r.institute_id, "citizen_id": f"{r.citizen_id[:1]}-xxxx-xxxxx-{r.citizen_id[-3:]}", "n": r.n}
            for r in duplicates
        ]
        bind.execute(text("DELETE FROM local_setting WHERE key = :k"), {"k": DUPLICATES_KEY})
        bind.execute(
            text("INSERT INTO local_setting (key, value) VALUES (:k, :v)"),
            {"k": DUPLICATES_KEY, "v": json.dumps(listed, ensure_ascii=False)},
        )
    if bind.dialect.name == "sqlite":
        for event, when in (("INSERT", "INSERT"), ("UPDATE", "UPDATE OF citizen_id, deleted_at, household_id")):
            op.execute(
                f"""
                CREATE TRIGGER household_member_citizen_id_once_{event.lower()}
                BEFORE {when} ON household_member
                WHEN NEW.deleted_at IS NULL AND NEW.citizen_id <> ''
                BEGIN
                    SELECT RAISE(ABORT, '{ERROR}') WHERE EXISTS ({_OTHER_LIVE_MEMBER});
                END
                """
            )
    else:
        op.execute(
            f"""
            CREATE FUNCTION household_member_citizen_id_once() RETURNS trigger AS $$
            BEGIN
                IF NEW.deleted_at IS NULL AND NEW.citizen_id <> '' THEN
                    PERFORM pg_advisory_xact_lock(hashtext('citizen_id:' || NEW.citizen_id));
                    IF EXISTS ({_OTHER_LIVE_MEMBER}) THEN
                        RAISE EXCEPTION '{ERROR}' USING ERRCODE = 'unique_violation';
                    END IF;
                END IF;
                RETURN NEW;
            END;
            $$ LANGUAGE plpgsql
            """
        )
        op.execute(
            """
            CREATE TRIGGER household_member_citizen_id_once
            BEFORE INSERT OR UPDATE OF citizen_id, deleted_at, household_id ON household_member
            FOR EACH ROW EXECUTE FUNCTION household_member_citizen_id_once()
            """
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS household_member_citizen_id_once_insert")
        op.execute("DROP TRIGGER IF EXISTS household_member_citizen_id_once_update")
    else:
        op.execute("DROP TRIGGER IF EXISTS household_member_citizen_id_once ON household_member")
        op.execute("DROP FUNCTION IF EXISTS household_member_citizen_id_once()")
