"""The registers' search text: what filter-as-you-type looks in, kept beside each household and debt.

A household's text holds its register no., house no., phone, village and every member's name and citizen
ID; a debt's text holds its household's text plus the creditor, the fund and the contract no. The text is
derived and local (never synced): it is rebuilt for every household a transaction touched, just before the
transaction commits, whether the change came through mapped objects or through bulk inserts.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, bindparam, event, select, update
from sqlalchemy.orm import Session, UOWTransaction

from cdfi_desktop.db import models as m
from cdfi_desktop.db.base import table_of

DIRTY_KEY = "cdfi_search_dirty"
_CHUNK = 500


def mark_dirty(session: Session, household_ids: Iterable[str]) -> None:
    session.info.setdefault(DIRTY_KEY, set()).update(i for i in household_ids if i)


def refresh(connection: Connection, household_ids: Iterable[str]) -> None:
    """Rebuild the search text of these households and of their debts."""
    ids = sorted(set(household_ids))
    hh, member, debt = table_of(m.Household), table_of(m.HouseholdMember), table_of(m.Debt)
    village, fund = table_of(m.Village), table_of(m.MemberFund)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        texts: dict[str, list[str]] = {}
        for row in connection.execute(
            select(hh.c.id, hh.c.code, hh.c.house_no, hh.c.phone, village.c.name)
            .outerjoin(village, village.c.id == hh.c.village_id)
            .where(hh.c.id.in_(chunk))
        ):
            texts[row.id] = [row.code, row.house_no, row.phone, row.name or ""]
        for row in connection.execute(
            select(
                member.c.household_id, member.c.title, member.c.first_name, member.c.last_name, member.c.citizen_id
            ).where(member.c.household_id.in_(chunk), member.c.deleted_at.is_(None))
        ):
            texts.setdefault(row.household_id, []).append(
                f"{row.title}{row.first_name} {row.last_name} {row.citizen_id}"
            )
        joined = {key: " ".join(part for part in parts if part) for key, parts in texts.items()}
        if joined:
            connection.execute(
                update(hh).where(hh.c.id == bindparam("hid")).values(search_text=bindparam("text")),
                [{"hid": key, "text": text} for key, text in joined.items()],
            )
        debts = [
            {
                "did": row.id,
                "text": " ".join(
                    p
                    for p in (joined.get(row.household_id, ""), row.creditor_name, row.contract_no, row.name or "")
                    if p
                ),
            }
            for row in connection.execute(
                select(debt.c.id, debt.c.household_id, debt.c.creditor_name, debt.c.contract_no, fund.c.name)
                .outerjoin(fund, fund.c.id == debt.c.member_fund_id)
                .where(debt.c.household_id.in_(chunk))
            )
        ]
        if debts:
            connection.execute(
                update(debt).where(debt.c.id == bindparam("did")).values(search_text=bindparam("text")), debts
            )


SEARCH_VERSION = "1"  # bump when what goes into the search text changes: databases rebuild it on open
SEARCH_VERSION_KEY = "search_text_version"


def refresh_all(connection: Connection) -> None:
    hh = table_of(m.Household)
    refresh(connection, connection.scalars(select(hh.c.id)).all())


_TOUCHING = (m.Household, m.HouseholdMember, m.Debt)


@event.listens_for(Session, "after_flush")
def _collect(session: Session, _context: UOWTransaction) -> None:
    touched: set[str] = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, m.Household):
            touched.add(obj.id)
        elif isinstance(obj, (m.HouseholdMember, m.Debt)):
            touched.add(obj.household_id)
    if touched:
        mark_dirty(session, touched)


@event.listens_for(Session, "before_commit")
def _refresh_before_commit(session: Session) -> None:
    session.flush()  # pending changes may still touch households
    dirty: Any = session.info.pop(DIRTY_KEY, None)
    if dirty:
        refresh(session.connection(), dirty)
