"""The registers' search text: what filter-as-you-type looks in, kept beside each household and debt.

A household's text holds its register no., house no., phone, village and every member's name and citizen
ID; a debt's text holds its household's register no., house no., phone and village, the head's and the
borrowing member's names and citizen IDs, the creditor, the fund and the contract no. The text is
derived and local (never synced): it is rebuilt for every household a transaction touched, just before the
transaction commits, whether the change came through mapped objects or through bulk inserts.

On SQLite the debts' text is also indexed by trigrams (an FTS5 table, ``debt_search``, keyed by the debt's
rowid), so a filter of three characters or more finds its few debts among a hundred thousand at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import suppress
from typing import Any

from sqlalchemy import Connection, bindparam, event, select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, UOWTransaction

from cdfi_desktop.db import models as m
from cdfi_desktop.db.base import table_of

DIRTY_KEY = "cdfi_search_dirty"
_CHUNK = 500


def mark_dirty(session: Session, household_ids: Iterable[str]) -> None:
    session.info.setdefault(DIRTY_KEY, set()).update(i for i in household_ids if i)


def refresh(connection: Connection, household_ids: Iterable[str], *, reindex: bool = True) -> None:
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
        people: dict[str, str] = {}  # member id → name and citizen ID
        heads: dict[str, str] = {}
        for who in connection.execute(
            select(
                member.c.id,
                member.c.household_id,
                member.c.title,
                member.c.first_name,
                member.c.last_name,
                member.c.citizen_id,
                member.c.is_head,
            ).where(member.c.household_id.in_(chunk), member.c.deleted_at.is_(None))
        ):
            person = f"{who.title}{who.first_name} {who.last_name} {who.citizen_id}"
            people[who.id] = person
            if who.is_head:
                heads[who.household_id] = person
            texts.setdefault(who.household_id, []).append(person)
        places = {key: " ".join(p for p in parts[:4] if p) for key, parts in texts.items()}
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
                    for p in (
                        places.get(row.household_id, ""),
                        heads.get(row.household_id, ""),
                        people.get(row.debtor_member_id or "", ""),
                        row.creditor_name,
                        row.contract_no,
                        row.name or "",
                    )
                    if p
                ),
            }
            for row in connection.execute(
                select(
                    debt.c.id,
                    debt.c.household_id,
                    debt.c.debtor_member_id,
                    debt.c.creditor_name,
                    debt.c.contract_no,
                    fund.c.name,
                )
                .outerjoin(fund, fund.c.id == debt.c.member_fund_id)
                .where(debt.c.household_id.in_(chunk))
            )
        ]
        if debts:
            connection.execute(
                update(debt).where(debt.c.id == bindparam("did")).values(search_text=bindparam("text")), debts
            )
    if reindex and ids and has_trigram_index(connection):
        _reindex_debts(connection, ids)


SEARCH_VERSION = "7"  # bump when what goes into the search text changes: databases rebuild it on open
SEARCH_VERSION_KEY = "search_text_version"
TRIGRAM_TABLE = "debt_search"
TRIGRAM_MIN = 3  # a trigram index answers substrings of three characters or more


def refresh_all(connection: Connection) -> None:
    """Rebuild every search text, and the trigram index where the database has one."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {TRIGRAM_TABLE}")
        with suppress(OperationalError):  # an SQLite without FTS5 trigrams: filters scan the text instead
            connection.exec_driver_sql(
                f"CREATE VIRTUAL TABLE {TRIGRAM_TABLE} USING fts5(text, debt_id UNINDEXED, code UNINDEXED, "
                "household_id UNINDEXED, institute_id UNINDEXED, status UNINDEXED, fund_id UNINDEXED, "
                "kind UNINDEXED, tokenize='trigram', detail='none')"
            )
        connection.info.pop(_TRIGRAM_KEY, None)
    hh = table_of(m.Household)
    refresh(connection, connection.scalars(select(hh.c.id)).all(), reindex=False)
    if has_trigram_index(connection):  # one pass over all debts, not one per batch of households
        connection.exec_driver_sql(f"INSERT INTO {TRIGRAM_TABLE} {_INDEXED_DEBTS}")


_TRIGRAM_KEY = "cdfi_debt_trigrams"
# What the index keeps of each live debt: its text, and what the debt register filters and orders by, so
# a filtered page is read from the index alone.
_INDEXED_DEBTS = (
    "(rowid, text, debt_id, code, household_id, institute_id, status, fund_id, kind) "
    "SELECT d.rowid, d.search_text, d.id, h.code, d.household_id, h.institute_id, d.status, "
    "coalesce(d.member_fund_id, ''), d.creditor_kind FROM debt d JOIN household h ON h.id = d.household_id "
    "WHERE d.deleted_at IS NULL AND h.deleted_at IS NULL"
)


def is_derived_table(name: str | None) -> bool:
    """The trigram index and its shadow tables: derived, local, outside the migrated schema."""
    return bool(name) and str(name).startswith(TRIGRAM_TABLE)


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """For Alembic's comparisons: leave the derived search tables out."""
    return not (type_ == "table" and is_derived_table(name))


def has_trigram_index(connection: Connection) -> bool:
    """Whether this database keeps the debts' trigram index (SQLite with FTS5 trigrams)."""
    known = connection.info.get(_TRIGRAM_KEY)
    if known is None:
        known = connection.dialect.name == "sqlite" and bool(
            connection.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TRIGRAM_TABLE,)
            ).first()
        )
        connection.info[_TRIGRAM_KEY] = known
    return bool(known)


def _reindex_debts(connection: Connection, household_ids: list[str]) -> None:
    """Replace the index rows of these households' debts, in one pass through a temporary list of ids."""
    connection.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS search_households (id TEXT PRIMARY KEY)")
    connection.exec_driver_sql("DELETE FROM temp.search_households")
    connection.exec_driver_sql(
        "INSERT INTO temp.search_households (id) VALUES (?)", [(household_id,) for household_id in household_ids]
    )
    chosen = "SELECT id FROM temp.search_households"
    connection.exec_driver_sql(
        f"DELETE FROM {TRIGRAM_TABLE} WHERE rowid IN (SELECT rowid FROM debt WHERE household_id IN ({chosen}))"
    )
    connection.exec_driver_sql(f"INSERT INTO {TRIGRAM_TABLE} {_INDEXED_DEBTS} AND d.household_id IN ({chosen})")


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
