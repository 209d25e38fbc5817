"""The data layer stamps, versions, tombstones and audits every synced record, and keeps money exact."""

from __future__ import annotations

import re
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm import Session

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.enums import AuditAction, Cohort, CreditorKind
from cdfi_desktop.services.uow import UnitOfWork

OFFICER = "นางสมศรี"
HLC_RE = re.compile(r"^\d{13}-\d{4}$")
START = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def ticking_clock(start: datetime = START, step: timedelta = timedelta(seconds=1)) -> Callable[[], datetime]:
    """A wall clock that moves one step each time it is read, so "later" is never a matter of luck."""
    now = [start]

    def clock() -> datetime:
        now[0] += step
        return now[0]

    return clock


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "x.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = Database.open(db_path, officer=OFFICER, clock=ticking_clock())
    try:
        yield database
    finally:
        database.close()


def _add_register(
    session: Session, *, principal: Decimal = Decimal("5000.00"), outstanding: Decimal = Decimal("5000.00")
) -> tuple[m.Village, m.Institute, m.Household, m.Debt]:
    """A village, its institute, one household and one debt, added to the session (not flushed)."""
    village = m.Village(subdistrict_code="400101", village_no=3, name="บ้านโนนสว่าง")
    session.add(village)
    session.flush()
    institute = m.Institute(
        name="สถาบันการจัดการเงินทุนชุมชนตำบลในเมือง",
        cohort=Cohort.EXISTING,
        province_code="40",
        district_code="4001",
        subdistrict_code="400101",
        village_id=village.id,
    )
    session.add(institute)
    session.flush()
    household = m.Household(institute_id=institute.id, village_id=village.id, house_no="12/3", phone="0812345678")
    session.add(household)
    session.flush()
    debt = m.Debt(
        household_id=household.id,
        creditor_kind=CreditorKind.BAAC,
        creditor_name="ธ.ก.ส. สาขาเมือง",
        principal=principal,
        outstanding=outstanding,
        interest_rate=Decimal("7"),
        contract_date=date(2024, 5, 1),
    )
    session.add(debt)
    return village, institute, household, debt


def _audit_rows(db: Database, record_id: str) -> list[m.AuditLog]:
    with db.session() as session:
        return list(
            session.scalars(select(m.AuditLog).where(m.AuditLog.record_id == record_id).order_by(m.AuditLog.id))
        )


def _count(db: Database, model: type[Any]) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _raw(db_path: Path, sql: str, *params: object) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(db_path)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


# -- SQLite ----------------------------------------------------------------------------------------------------


def test_new_records_get_uuid_stamps_device_version_and_clock(db: Database) -> None:
    # GIVEN a unit of work WHEN a village, an institute, a household and a debt are added and committed
    with UnitOfWork(db) as uow:
        records = _add_register(uow.session)
        uow.commit()

    stamps = set()
    for record in records:
        # THEN each got a random UUID, equal created/updated UTC stamps, this device, version 1 and a clock stamp
        assert uuid.UUID(record.id).version == 4
        assert record.created_at == record.updated_at
        assert record.created_at.tzinfo == UTC
        assert record.device_id == db.device_id
        assert record.version == 1
        assert record.deleted_at is None
        assert HLC_RE.match(record.hlc)
        stamps.add(record.hlc)
        # AND the same is read back from the database
        with db.session() as session:
            stored: Any = session.get(type(record), record.id)
            assert stored is not None
            assert (stored.created_at, stored.updated_at, stored.device_id, stored.version, stored.hlc) == (
                record.created_at,
                record.updated_at,
                record.device_id,
                1,
                record.hlc,
            )
            assert stored.created_at.tzinfo == UTC
        # AND the creation is in the audit log with the officer
        (audit,) = _audit_rows(db, record.id)
        assert (audit.action, audit.officer, audit.device_id, audit.table_name) == (
            AuditAction.CREATE,
            OFFICER,
            db.device_id,
            type(record).__tablename__,
        )
    assert len(stamps) == len(records)


def test_new_record_stamps_use_the_real_utc_clock(db_path: Path) -> None:
    # GIVEN a database opened with the real clock
    db = Database.open(db_path, officer=OFFICER)
    try:
        before = datetime.now(UTC)
        # WHEN a village is saved
        with db.session() as session, session.begin():
            village = m.Village(subdistrict_code="400101", village_no=1, name="บ้านหนองแวง")
            session.add(village)
        after = datetime.now(UTC)
        # THEN its stamps are aware UTC "now" and its clock stamp carries the same milliseconds
        with db.session() as session:
            stored = session.get(m.Village, village.id)
            assert stored is not None
            assert stored.created_at.tzinfo == UTC
            assert before <= stored.created_at == stored.updated_at <= after
            assert int(stored.hlc.split("-")[0]) == int(stored.created_at.timestamp() * 1000)
    finally:
        db.close()


def test_update_bumps_version_stamp_and_clock_and_is_audited_with_old_and_new(db: Database) -> None:
    # GIVEN a saved household and debt
    with UnitOfWork(db) as uow:
        _, _, household, debt = _add_register(uow.session)
        uow.commit()
    created_hh = (household.created_at, household.updated_at, household.hlc)
    created_debt = (debt.updated_at, debt.hlc)

    # WHEN the officer changes the phone and the outstanding balance
    with UnitOfWork(db) as uow:
        hh = uow.session.get(m.Household, household.id)
        dbt = uow.session.get(m.Debt, debt.id)
        assert hh is not None and dbt is not None
        hh.phone = "0898765432"
        dbt.outstanding = Decimal("4500.50")
        uow.commit()

    with db.session() as session:
        hh = session.get(m.Household, household.id)
        dbt = session.get(m.Debt, debt.id)
        assert hh is not None and dbt is not None
        # THEN version, updated stamp and clock stamp moved forward; the creation stamp did not
        assert hh.version == 2
        assert hh.created_at == created_hh[0]
        assert hh.updated_at > created_hh[1]
        assert hh.hlc > created_hh[2]
        assert dbt.version == 2
        assert dbt.updated_at > created_debt[0]
        assert dbt.hlc > created_debt[1]
        assert dbt.outstanding == Decimal("4500.50")

    # AND each update is audited with exactly what changed, old and new, and by whom
    create, update = _audit_rows(db, household.id)
    assert create.action is AuditAction.CREATE
    assert update.action is AuditAction.UPDATE
    assert update.officer == OFFICER
    assert update.device_id == db.device_id
    assert update.table_name == "household"
    assert update.changes == {"phone": ["0812345678", "0898765432"]}
    assert update.at == hh.updated_at
    (_, debt_update) = _audit_rows(db, debt.id)
    assert debt_update.changes == {"outstanding": ["5000.00", "4500.50"]}


def test_delete_leaves_a_tombstone_with_a_new_version_and_an_audit_row(db: Database, db_path: Path) -> None:
    # GIVEN a saved debt
    with UnitOfWork(db) as uow:
        _, _, _, debt = _add_register(uow.session)
        uow.commit()

    # WHEN the officer deletes it
    with UnitOfWork(db) as uow:
        doomed = uow.session.get(m.Debt, debt.id)
        assert doomed is not None
        uow.session.delete(doomed)
        uow.commit()

    # THEN the row is still there, marked deleted, one version on, stamped now
    assert _raw(db_path, "SELECT count(*) FROM debt WHERE id = ?", debt.id) == [(1,)]
    with db.session() as session:
        tomb = session.get(m.Debt, debt.id)
        assert tomb is not None
        assert tomb.is_deleted
        assert tomb.deleted_at is not None and tomb.deleted_at.tzinfo == UTC
        assert tomb.version == 2
        assert tomb.updated_at == tomb.deleted_at > tomb.created_at
        assert tomb.hlc > debt.hlc
        assert tomb.principal == Decimal("5000.00")
    # AND the deletion is audited
    actions = [(a.action, a.officer) for a in _audit_rows(db, debt.id)]
    assert actions == [(AuditAction.CREATE, OFFICER), (AuditAction.DELETE, OFFICER)]


def test_flush_without_a_real_change_does_not_bump_the_version(db: Database) -> None:
    # GIVEN a saved household and debt
    with UnitOfWork(db) as uow:
        _, _, household, debt = _add_register(uow.session)
        uow.commit()

    # WHEN values are set to what they already are (money re-typed with fewer places) and flushed
    with UnitOfWork(db) as uow:
        hh = uow.session.get(m.Household, household.id)
        dbt = uow.session.get(m.Debt, debt.id)
        assert hh is not None and dbt is not None
        hh.phone = "0812345678"
        dbt.outstanding = Decimal("5000")
        uow.session.flush()
        uow.session.flush()
        uow.commit()

    # THEN nothing is versioned, re-stamped or audited
    with db.session() as session:
        for model, record in ((m.Household, household), (m.Debt, debt)):
            stored: Any = session.get(model, record.id)
            assert stored is not None
            assert (stored.version, stored.updated_at, stored.hlc) == (1, record.updated_at, record.hlc)
    assert [a.action for a in _audit_rows(db, household.id)] == [AuditAction.CREATE]
    assert [a.action for a in _audit_rows(db, debt.id)] == [AuditAction.CREATE]


def test_money_round_trips_exactly_as_decimal(db: Database, db_path: Path) -> None:
    # GIVEN a debt of 1,234,567.89 baht with 0.01 baht outstanding
    with UnitOfWork(db) as uow:
        _, _, _, debt = _add_register(uow.session, principal=Decimal("1234567.89"), outstanding=Decimal("0.01"))
        debt.installment = Decimal("0.10")
        uow.commit()

    # WHEN it is read back
    with db.session() as session:
        stored = session.get(m.Debt, debt.id)
        assert stored is not None
        # THEN every amount is the same Decimal, to the satang, never a float
        for value, text in (
            (stored.principal, "1234567.89"),
            (stored.outstanding, "0.01"),
            (stored.installment, "0.10"),
            (stored.interest_rate, "7.00000"),
        ):
            assert isinstance(value, Decimal)
            assert str(value) == text
    # AND SQLite holds whole satang (hundred-thousandths of a per cent for rates)
    assert _raw(
        db_path, "SELECT principal, outstanding, installment, interest_rate FROM debt WHERE id = ?", debt.id
    ) == [(123456789, 1, 10, 700000)]


def test_float_money_is_refused(db: Database) -> None:
    # GIVEN a saved debt
    with UnitOfWork(db) as uow:
        _, _, _, debt = _add_register(uow.session)
        uow.commit()

    # WHEN a float amount is written THEN the flush fails with the TypeError of the money type
    with UnitOfWork(db) as uow:
        stored = uow.session.get(m.Debt, debt.id)
        assert stored is not None
        stored.outstanding = 4500.5  # type: ignore[assignment]
        with pytest.raises(StatementError) as refused:
            uow.session.flush()
        assert isinstance(refused.value.orig, TypeError)

    # AND so does an amount with more places than satang
    with UnitOfWork(db) as uow:
        stored = uow.session.get(m.Debt, debt.id)
        assert stored is not None
        stored.outstanding = Decimal("4500.505")
        with pytest.raises(StatementError) as refused:
            uow.session.flush()
        assert isinstance(refused.value.orig, ValueError)

    # AND the stored amount is untouched
    with db.session() as session:
        stored = session.get(m.Debt, debt.id)
        assert stored is not None
        assert (stored.outstanding, stored.version) == (Decimal("5000.00"), 1)


def test_a_session_not_made_by_the_database_cannot_write_synced_records(db: Database) -> None:
    # GIVEN a plain SQLAlchemy session on the same engine (no recorder attached)
    with Session(db.engine) as session:
        session.add(m.Village(subdistrict_code="400101", village_no=1, name="บ้านหนองแวง"))
        # WHEN it flushes THEN it is stopped before anything is written
        with pytest.raises(RuntimeError, match=r"Database\.session\(\)"):
            session.flush()
        session.rollback()
    assert _count(db, m.Village) == 0


def test_foreign_keys_are_enforced_on_sqlite(db: Database) -> None:
    # GIVEN a household pointing at an institute that does not exist
    with UnitOfWork(db) as uow:
        uow.session.add(m.Household(institute_id=str(uuid.uuid4()), house_no="1"))
        # WHEN it is flushed THEN SQLite refuses it
        with pytest.raises(IntegrityError):
            uow.session.flush()
    assert _count(db, m.Household) == 0
    assert _count(db, m.AuditLog) == 0


def test_sqlite_runs_in_wal_mode_with_foreign_keys_on(db: Database) -> None:
    # GIVEN an open database WHEN its connection is asked THEN it is in WAL mode with foreign keys on
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_unit_of_work_without_commit_leaves_nothing(db: Database) -> None:
    # GIVEN a unit of work that adds and even flushes records
    with UnitOfWork(db) as uow:
        _add_register(uow.session)
        uow.session.flush()
        assert uow.session.scalar(select(func.count()).select_from(m.Debt)) == 1
        # WHEN it ends without commit

    # THEN neither the records nor their audit rows remain
    for model in (m.Village, m.Institute, m.Household, m.Debt, m.AuditLog):
        assert _count(db, model) == 0


def test_unit_of_work_rolls_back_when_the_use_case_fails(db: Database) -> None:
    # GIVEN a use case that fails after writing
    with pytest.raises(LookupError), UnitOfWork(db) as uow:
        _add_register(uow.session)
        uow.session.flush()
        raise LookupError("the household was not found")
    # THEN nothing remains
    assert _count(db, m.Institute) == 0
    assert _count(db, m.AuditLog) == 0


# -- the same basics on PostgreSQL -----------------------------------------------------------------------------


def _basic_lifecycle(db: Database) -> None:
    """Create, update, delete and Decimal checks shared by both databases."""
    with UnitOfWork(db) as uow:
        _, institute, household, debt = _add_register(
            uow.session, principal=Decimal("1234567.89"), outstanding=Decimal("0.01")
        )
        uow.commit()
    assert uuid.UUID(household.id).version == 4
    assert (household.version, household.device_id) == (1, db.device_id)
    assert household.created_at == household.updated_at

    with UnitOfWork(db) as uow:
        hh = uow.session.get(m.Household, household.id)
        assert hh is not None
        hh.house_no = "99"
        uow.commit()
    with UnitOfWork(db) as uow:
        dbt = uow.session.get(m.Debt, debt.id)
        assert dbt is not None
        uow.session.delete(dbt)
        uow.commit()

    with db.session() as session:
        hh = session.get(m.Household, household.id)
        dbt = session.get(m.Debt, debt.id)
        assert hh is not None and dbt is not None
        assert (hh.version, hh.house_no) == (2, "99")
        assert hh.updated_at > hh.created_at
        assert hh.updated_at.tzinfo == UTC
        assert hh.hlc > household.hlc
        assert dbt.is_deleted and dbt.version == 2
        assert (str(dbt.principal), str(dbt.outstanding)) == ("1234567.89", "0.01")
        assert session.get(m.Institute, institute.id) is not None
    audits = _audit_rows(db, household.id)
    assert [(a.action, a.officer) for a in audits] == [(AuditAction.CREATE, OFFICER), (AuditAction.UPDATE, OFFICER)]
    assert audits[1].changes == {"house_no": ["12/3", "99"]}
    assert [a.action for a in _audit_rows(db, debt.id)] == [AuditAction.CREATE, AuditAction.DELETE]

    with UnitOfWork(db) as uow:
        dbt = uow.session.get(m.Debt, debt.id)
        assert dbt is not None
        dbt.principal = 1.5  # type: ignore[assignment]
        with pytest.raises(StatementError) as refused:
            uow.session.flush()
        assert isinstance(refused.value.orig, TypeError)


def test_basic_lifecycle_on_sqlite(db: Database) -> None:
    # GIVEN SQLite WHEN a register is created, changed and partly deleted THEN the bookkeeping holds
    _basic_lifecycle(db)


@pytest.mark.postgres
def test_basic_lifecycle_on_postgres(pg_url: str) -> None:
    # GIVEN PostgreSQL WHEN a register is created, changed and partly deleted THEN the bookkeeping holds
    db = Database.open(pg_url, officer=OFFICER, clock=ticking_clock())
    try:
        _basic_lifecycle(db)
    finally:
        db.close()
