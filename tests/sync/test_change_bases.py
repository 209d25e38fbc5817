"""A change made on top of another device's version keeps that version as its base (table ``sync_base``).

The province tells an edit made on top of another device's version from a concurrent one by the base the laptop
sends with the record; the data layer writes it on flush, in the same transaction as the change."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.bookkeeping import RECORDER_KEY
from cdfi_desktop.db.database import Database
from cdfi_desktop.db.models.sync import SyncBase
from cdfi_desktop.domain.enums import AuditAction
from cdfi_desktop.services.uow import UnitOfWork

OTHER = "0f0f0f0f-1111-4222-8333-444444444444"
THIRD = "0e0e0e0e-5555-4666-8777-888888888888"
START = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def ticking_clock() -> Callable[[], datetime]:
    now = [START]

    def clock() -> datetime:
        now[0] += timedelta(seconds=1)
        return now[0]

    return clock


def _open(url: str | Path) -> Database:
    return Database.open(url, officer="นางสมศรี", clock=ticking_clock())


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = _open(tmp_path / "laptop.sqlite")
    try:
        yield database
    finally:
        database.close()


def _as_device(uow: UnitOfWork, device_id: str) -> None:
    """Write this unit of work as another device would have (as a version a bundle brought in)."""
    uow.session.info[RECORDER_KEY] = dataclasses.replace(uow.session.info[RECORDER_KEY], device_id=device_id)


def _village(db: Database, *, device_id: str | None = None, name: str = "บ้านโนนสว่าง") -> tuple[str, str]:
    """A village made by ``device_id`` (this database's device when None); returns (id, hlc)."""
    with UnitOfWork(db) as uow:
        if device_id:
            _as_device(uow, device_id)
        village = m.Village(subdistrict_code="400101", village_no=3, name=name)
        uow.session.add(village)
        uow.commit()
        return village.id, village.hlc


def _rename(db: Database, village_id: str, name: str, *, device_id: str | None = None) -> str:
    with UnitOfWork(db) as uow:
        if device_id:
            _as_device(uow, device_id)
        village = uow.session.get(m.Village, village_id)
        assert village is not None
        village.name = name
        uow.commit()
        return village.hlc


def _bases(db: Database) -> list[tuple[str, str, str, str]]:
    with db.session() as session:
        return [
            (b.table_name, b.record_id, b.base_hlc, b.base_device)
            for b in session.scalars(select(SyncBase).order_by(SyncBase.table_name, SyncBase.record_id))
        ]


def _state(db: Database, village_id: str) -> tuple[str, str, int]:
    with db.session() as session:
        village = session.get(m.Village, village_id)
        assert village is not None
        return village.device_id, village.hlc, village.version


def test_GIVEN_this_devices_record_WHEN_it_is_changed_and_removed_THEN_no_base_is_written(db: Database) -> None:
    village_id, _ = _village(db)
    _rename(db, village_id, "บ้านโนนสว่างใต้")
    with UnitOfWork(db) as uow:
        found = uow.session.get(m.Village, village_id)
        uow.session.delete(found)
        uow.commit()
    assert _bases(db) == []
    assert _state(db, village_id)[2] == 3  # changed twice: the edit and the tombstone were written


def test_GIVEN_another_devices_record_WHEN_changed_here_THEN_its_version_is_the_base(db: Database) -> None:
    village_id, other_hlc = _village(db, device_id=OTHER)
    assert _state(db, village_id)[0] == OTHER

    new_hlc = _rename(db, village_id, "บ้านโนนสว่างใต้")

    # THEN the record is this device's version now, and its base is the other device's version it was made on
    device, hlc, version = _state(db, village_id)
    assert (device, hlc, version) == (db.device_id, new_hlc, 2) and new_hlc > other_hlc
    assert _bases(db) == [("village", village_id, other_hlc, OTHER)]
    # and the change is audited as usual
    with db.session() as session:
        actions = list(
            session.scalars(select(m.AuditLog.action).where(m.AuditLog.record_id == village_id).order_by(m.AuditLog.id))
        )
    assert actions == [AuditAction.CREATE, AuditAction.UPDATE]


def test_GIVEN_a_base_WHEN_this_device_changes_the_record_again_THEN_the_base_stays(db: Database) -> None:
    village_id, other_hlc = _village(db, device_id=OTHER)
    _rename(db, village_id, "บ้านโนนสว่างใต้")
    _rename(db, village_id, "บ้านโนนสว่างเหนือ")
    assert _bases(db) == [("village", village_id, other_hlc, OTHER)]


def test_GIVEN_another_devices_record_WHEN_removed_here_THEN_the_tombstone_has_its_base(db: Database) -> None:
    village_id, other_hlc = _village(db, device_id=OTHER)
    with UnitOfWork(db) as uow:
        uow.session.delete(uow.session.get(m.Village, village_id))
        uow.commit()
    with db.session() as session:
        village = session.get(m.Village, village_id)
        assert village is not None and village.deleted_at is not None and village.device_id == db.device_id
    assert _bases(db) == [("village", village_id, other_hlc, OTHER)]


def test_GIVEN_a_base_WHEN_a_third_devices_version_comes_between_THEN_the_base_is_replaced_not_added(
    db: Database,
) -> None:
    village_id, _ = _village(db, device_id=OTHER)
    _rename(db, village_id, "บ้านโนนสว่างใต้")  # base: OTHER's version
    third_hlc = _rename(db, village_id, "บ้านโนนสว่างกลาง", device_id=THIRD)  # THIRD on top of this device's version
    _rename(db, village_id, "บ้านโนนสว่างเหนือ")  # this device on top of THIRD's version
    assert _bases(db) == [("village", village_id, third_hlc, THIRD)]


def test_GIVEN_several_records_of_other_devices_WHEN_changed_in_one_flush_THEN_each_gets_its_base(
    db: Database,
) -> None:
    first, first_hlc = _village(db, device_id=OTHER, name="บ้านหนึ่ง")
    second, second_hlc = _village(db, device_id=THIRD, name="บ้านสอง")
    _village(db, name="บ้านสาม")  # this device's own: changed without a base
    with UnitOfWork(db) as uow:
        for village in uow.session.scalars(select(m.Village)):
            village.name += "ใหม่"
        uow.commit()
    assert sorted(_bases(db)) == sorted([("village", first, first_hlc, OTHER), ("village", second, second_hlc, THIRD)])


def test_GIVEN_another_devices_record_WHEN_set_to_the_same_values_THEN_nothing_is_written(db: Database) -> None:
    village_id, other_hlc = _village(db, device_id=OTHER)
    with UnitOfWork(db) as uow:
        village = uow.session.get(m.Village, village_id)
        assert village is not None
        village.name = village.name
        uow.commit()
    assert _state(db, village_id) == (OTHER, other_hlc, 1)
    assert _bases(db) == []


def test_GIVEN_a_change_that_fails_WHEN_rolled_back_THEN_no_base_is_left(db: Database) -> None:
    village_id, _ = _village(db, device_id=OTHER)
    with UnitOfWork(db) as uow:
        village = uow.session.get(m.Village, village_id)
        assert village is not None
        village.name = "บ้านโนนสว่างใต้"
        uow.session.flush()
        assert uow.session.scalar(select(func.count()).select_from(SyncBase)) == 1  # written in the same flush
        uow.rollback()
    assert _bases(db) == []
    assert _state(db, village_id)[0] == OTHER


def test_change_bases_on_postgresql(pg_url: str) -> None:
    db = _open(pg_url)
    try:
        village_id, other_hlc = _village(db, device_id=OTHER)
        _rename(db, village_id, "บ้านโนนสว่างใต้")
        _rename(db, village_id, "บ้านโนนสว่างเหนือ")
        assert _bases(db) == [("village", village_id, other_hlc, OTHER)]
    finally:
        db.close()
