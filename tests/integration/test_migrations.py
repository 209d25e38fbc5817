"""Migrations build exactly the models' schema, and a database made by release 0.1.0 opens in this release."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, func, select

from cdfi_desktop.db import backups, migrate, preflight, search
from cdfi_desktop.db import models as m
from cdfi_desktop.db.base import Base
from cdfi_desktop.db.database import Database
from cdfi_desktop.db.engine import make_engine
from cdfi_desktop.db.location import resolve_url

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "db" / "release-0.1.0.sqlite"
FIXTURE_DEVICE_ID = "b47f94c3-2c72-5c56-8230-be4dce923c0e"  # demo_device_id(7), stored in the fixture
# (table, id, column, raw integer stored by release 0.1.0, the Decimal it means)
FIXTURE_AMOUNTS: list[tuple[type[Any], str, str, int, Decimal]] = [
    (m.Debt, "2790bb01-8cd5-4187-a9fd-a2ef65322a48", "principal", 12450000, Decimal("124500.00")),
    (m.Debt, "2790bb01-8cd5-4187-a9fd-a2ef65322a48", "outstanding", 11049375, Decimal("110493.75")),
    (m.Debt, "2790bb01-8cd5-4187-a9fd-a2ef65322a48", "installment", 236402, Decimal("2364.02")),
    (m.Debt, "2790bb01-8cd5-4187-a9fd-a2ef65322a48", "interest_rate", 850000, Decimal("8.50000")),
    (m.MemberFund, "14f4733f-3e7d-4bfb-87a2-ea20b2f14c94", "capital", 531300000, Decimal("5313000.00")),
    (m.FiscalYearProfile, "d23f0824-128b-4f33-8c5c-7fd0a6a3a450", "affordability_k", 50000, Decimal("0.50000")),
]
COUNTED_TABLES = (
    "institute",
    "member_fund",
    "committee_member",
    "village",
    "household",
    "household_member",
    "household_finance",
    "debt",
    "debt_guarantor",
    "program_activity",
    "fiscal_year_profile",
)


def _schema_diff(engine: Engine) -> list[Any]:
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "include_name": search.include_name})
        return list(compare_metadata(context, Base.metadata))


def _sqlite_counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in COUNTED_TABLES}
    finally:
        con.close()


def _sqlite_revision(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return str(con.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        con.close()


def _backup_names(path: Path) -> list[str]:
    """The files in backups/ beside ``path`` (none if the folder was never made)."""
    return sorted(p.name for p in (path.parent / "backups").glob("*"))


@pytest.fixture
def release_copy(tmp_path: Path) -> Path:
    """GIVEN a private copy of the database release 0.1.0 wrote (the checked-in file is never opened for writing)."""
    target = tmp_path / "field" / "cdfi.sqlite"
    target.parent.mkdir()
    shutil.copyfile(FIXTURE, target)
    return target


def test_sqlite_schema_built_by_migrations_equals_the_models(tmp_path: Path) -> None:
    # GIVEN an empty SQLite file
    engine = make_engine(resolve_url(tmp_path / "schema.sqlite"))
    try:
        # WHEN the migrations build it
        revision = migrate.upgrade(engine)
        # THEN it is at head and autogenerate finds nothing to change (types compared too)
        assert revision == migrate.head_revision()
        assert _schema_diff(engine) == []
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_postgres_schema_built_by_migrations_equals_the_models(pg_url: str) -> None:
    # GIVEN an empty PostgreSQL database WHEN the migrations build it
    engine = make_engine(pg_url)
    try:
        migrate.upgrade(engine)
        # THEN autogenerate finds nothing to change
        assert _schema_diff(engine) == []
    finally:
        engine.dispose()


def test_preflight_head_revision_is_alembics_head() -> None:
    # GIVEN the head revision the standard-library preflight knows without loading Alembic
    # THEN it is the head of this release's migration scripts (update preflight.HEAD_REVISION with each migration)
    assert migrate.head_revision() == preflight.HEAD_REVISION
    assert preflight.HEAD_REVISION in migrate.known_revisions()


def test_fixture_is_one_small_self_contained_release_0_1_0_file() -> None:
    # GIVEN the checked-in database of release 0.1.0
    # THEN it is a single small file in rollback-journal mode at the first migration, with no WAL beside it
    assert FIXTURE.stat().st_size < 300_000
    assert not Path(f"{FIXTURE}-wal").exists()
    assert not Path(f"{FIXTURE}-shm").exists()
    con = sqlite3.connect(f"{FIXTURE.as_uri()}?mode=ro", uri=True)
    try:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert con.execute("PRAGMA application_id").fetchone()[0] == preflight.APPLICATION_ID
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    finally:
        con.close()


def test_database_of_release_0_1_0_opens_at_head_with_its_data_intact(release_copy: Path) -> None:
    # GIVEN the counts and revision of the old database, taken with plain sqlite3 before the app touches it
    counts_before = _sqlite_counts(release_copy)
    revision_before = _sqlite_revision(release_copy)
    assert counts_before["institute"] == 1
    assert counts_before["household"] == 12

    # WHEN this release opens it
    db = Database.open(release_copy)
    try:
        # THEN it is at this release's head revision, keeps its device id and lost nothing
        with db.engine.connect() as conn:
            assert MigrationContext.configure(conn).get_current_revision() == migrate.head_revision()
        assert db.device_id == FIXTURE_DEVICE_ID
        with db.session() as session:
            for table, record_id, column, _raw, expected in FIXTURE_AMOUNTS:
                value = getattr(session.get(table, record_id), column)
                assert isinstance(value, Decimal)
                assert value == expected
                assert str(value) == str(expected)

            # AND the data is readable through the ORM, relationships included
            institute = session.scalars(select(m.Institute)).one()
            assert institute.name == "สถาบันการจัดการเงินทุนชุมชนตำบลคำบ่อ"
            assert institute.created_at.tzinfo == UTC
            assert institute.core_fund_id in {f.id for f in institute.funds}
            assert len(institute.funds) == counts_before["member_fund"]
            assert len(institute.committee) == counts_before["committee_member"]
            households = session.scalars(select(m.Household)).all()
            assert len(households) == counts_before["household"]
            assert sum(len(h.members) for h in households) == counts_before["household_member"]
            assert all(sum(mb.is_head for mb in h.members) == 1 for h in households)
            debts = session.scalars(select(m.Debt)).all()
            assert len(debts) == counts_before["debt"]
            assert sum(len(d.guarantors) for d in debts) == counts_before["debt_guarantor"]
            assert all(isinstance(d.principal, Decimal) and d.outstanding <= d.principal for d in debts)
            assert not any(d.is_deleted for d in debts)
    finally:
        db.close()

    # AND plain sqlite3 sees the same counts and the same raw integers afterwards
    assert _sqlite_counts(release_copy) == counts_before
    con = sqlite3.connect(release_copy)
    try:
        for table, record_id, column, raw, _expected in FIXTURE_AMOUNTS:
            row = con.execute(f'SELECT "{column}" FROM "{table.__tablename__}" WHERE id = ?', (record_id,)).fetchone()
            assert row == (raw,)
    finally:
        con.close()

    # AND a backup was kept only if a migration actually ran
    backups = release_copy.parent / "backups"
    if revision_before == migrate.head_revision():
        assert not backups.exists()
    else:
        assert len(list(backups.iterdir())) == 1


def test_a_rescheduling_written_in_an_outside_debts_notes_becomes_its_rescheduling_day(release_copy: Path) -> None:
    # GIVEN release 0.1.0's database where a bank debt's notes and a member fund's debt's notes both say the debt
    # was restructured (how a rescheduling was recorded before the debt had a field for it), and another bank
    # debt's notes say something else
    con = sqlite3.connect(release_copy)
    try:
        outside, other = (
            r[0] for r in con.execute("SELECT id FROM debt WHERE creditor_kind = 'baac' ORDER BY id LIMIT 2")
        )
        fund = con.execute("SELECT id FROM debt WHERE creditor_kind = 'member_fund' ORDER BY id").fetchone()[0]
        for debt_id, notes in (
            (outside, "ธ.ก.ส. ปรับโครงสร้างหนี้ ขยายเวลา 5 ปี"),
            (fund, "ประนอมหนี้"),
            (other, "ค้าง 2 งวด"),
        ):
            con.execute("UPDATE debt SET notes = ? WHERE id = ?", (notes, debt_id))
        con.commit()
        contract_date = con.execute("SELECT contract_date FROM debt WHERE id = ?", (outside,)).fetchone()[0]
        stamps = dict(con.execute("SELECT id, version || updated_at || hlc FROM debt").fetchall())
    finally:
        con.close()
    # WHEN this release opens it (revision 0005 backfills the field)
    Database.open(release_copy).close()
    # THEN the outside debt is rescheduled on its contract date, the earliest day it can have been agreed, with its
    # notes kept; the member fund's debt (restructured by a 1HH1C contract) and the other debt are not
    con = sqlite3.connect(release_copy)
    try:
        found = {
            r[0]: r[1:]
            for r in con.execute("SELECT id, rescheduled_on, rescheduling_terms, notes FROM debt WHERE notes <> ''")
        }
        # AND the backfill is the same on every device: no debt got a new version, stamp or clock
        assert dict(con.execute("SELECT id, version || updated_at || hlc FROM debt").fetchall()) == stamps
    finally:
        con.close()
    assert found == {
        outside: (contract_date, "", "ธ.ก.ส. ปรับโครงสร้างหนี้ ขยายเวลา 5 ปี"),
        fund: (None, "", "ประนอมหนี้"),
        other: (None, "", "ค้าง 2 งวด"),
    }


def test_opening_twice_is_idempotent_and_backs_up_nothing_at_head(release_copy: Path) -> None:
    # GIVEN the old database opened once by this release
    first = Database.open(release_copy)
    device = first.device_id
    first.close()
    counts = _sqlite_counts(release_copy)
    backups_after_first = _backup_names(release_copy)

    # WHEN it is opened again
    second = Database.open(release_copy)
    try:
        # THEN nothing changes: same revision, device, counts, and no new backup
        assert migrate.upgrade(second.engine) == migrate.head_revision()
        assert second.device_id == device == FIXTURE_DEVICE_ID
        with second.session() as session:
            assert session.scalar(select(func.count()).select_from(m.Household)) == counts["household"]
    finally:
        second.close()
    assert _sqlite_counts(release_copy) == counts
    assert _sqlite_revision(release_copy) == migrate.head_revision()
    assert _backup_names(release_copy) == backups_after_first


def test_fresh_database_gets_no_backup(tmp_path: Path) -> None:
    # GIVEN no database yet WHEN it is created and opened twice
    path = tmp_path / "new.sqlite"
    Database.open(path).close()
    Database.open(path).close()
    # THEN there was never anything to back up
    assert not (tmp_path / "backups").exists()
    assert _sqlite_revision(path) == migrate.head_revision()


def test_backup_sqlite_keeps_only_the_newest_few(release_copy: Path) -> None:
    # GIVEN an existing database
    counts = _sqlite_counts(release_copy)
    folder = backups.default_folder(release_copy)
    made: list[Path] = []

    # WHEN more backups than are kept are made, one after another
    for _ in range(backups.KEEP + 3):
        made.append(backups.take(release_copy, folder=folder, reason="before-import").path)

    # THEN only the newest KEEP remain, in backups/ beside the file
    kept = sorted(folder.glob("*.sqlite"))
    assert len(kept) == backups.KEEP
    assert kept == sorted(made[-backups.KEEP :])
    assert not any(p.exists() for p in made[: -backups.KEEP])
    # AND each is a complete copy of the database
    assert _sqlite_counts(kept[-1]) == counts
    assert _sqlite_revision(kept[-1]) == _sqlite_revision(release_copy)


def test_backup_rotation_leaves_other_databases_backups_alone(release_copy: Path) -> None:
    # GIVEN a second database "cdfi-old.sqlite" beside "cdfi.sqlite" with its own full set of backups
    other = release_copy.with_name("cdfi-old.sqlite")
    shutil.copyfile(release_copy, other)
    folder = backups.default_folder(release_copy)
    others = [backups.take(other, folder=folder, reason="before-import").path for _ in range(backups.KEEP)]

    # WHEN cdfi.sqlite is backed up
    mine = backups.take(release_copy, folder=folder, reason="before-import").path

    # THEN the new backup exists and the other database's backups are untouched
    assert mine.exists()
    assert all(p.exists() for p in others)


def test_a_database_one_release_behind_is_migrated_not_refused(
    release_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN (simulated, as there is one migration so far) a later release whose head "0002" follows "0001"
    monkeypatch.setattr(preflight, "HEAD_REVISION", "0002")
    monkeypatch.setattr(migrate, "HEAD_REVISION", "0002")
    monkeypatch.setattr(migrate, "known_revisions", lambda: frozenset({"0001", "0002"}))
    engine = make_engine(resolve_url(release_copy))
    try:
        # WHEN that release opens the old database
        migrate.upgrade(engine)
    finally:
        engine.dispose()
    # THEN it is not refused as "newer" but backed up before migrating, into backups/ beside it
    (backup,) = (release_copy.parent / "backups").iterdir()
    assert backup.name.startswith("cdfi-") and backup.name.endswith("-before-0002-from-0001.sqlite")
    assert _sqlite_counts(backup) == _sqlite_counts(release_copy)


def test_an_opened_database_with_its_search_index_still_equals_the_models(tmp_path: Path) -> None:
    # GIVEN a database the app opened, which builds the derived trigram index beside the schema
    db = Database.open(tmp_path / "opened.sqlite")
    try:
        with db.engine.connect() as conn:
            names = set(conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'").scalars())
        # THEN the index is there, and comparing with the models leaves it out and finds nothing else
        assert search.TRIGRAM_TABLE in names
        assert _schema_diff(db.engine) == []
    finally:
        db.close()
