"""Every synced record travels as JSON and comes back the same, column by column; a bad value is refused."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from cdfi_desktop.db.base import Base, table_of
from cdfi_desktop.db.database import Database, synced_tables
from cdfi_desktop.db.models import Household, HouseholdMember
from cdfi_desktop.services.demo import demo_device_id, generate_demo
from cdfi_desktop.sync.codec import (
    LEDGER_TABLES,
    decode_row,
    encode_row,
    synced_tables_in_order,
    table_named,
    travelling_columns,
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = Database.open(tmp_path_factory.mktemp("codec") / "demo.sqlite", device_id=demo_device_id(3))
    generate_demo(db, households=12, seed=3)
    try:
        yield db
    finally:
        db.close()


def test_every_synced_table_comes_once_and_parents_come_before_their_children() -> None:
    tables = synced_tables_in_order()
    names = [t.name for t in tables]
    assert sorted(names) == sorted(table_of(model).name for model in synced_tables())
    assert len(set(names)) == len(names)
    position = {name: i for i, name in enumerate(names)}
    for table in tables:
        for column in table.columns:
            for fk in column.foreign_keys:
                parent = fk.column.table.name
                if parent != table.name and not fk.use_alter:
                    assert position[parent] < position[table.name], (table.name, column.key)
    assert position["attachment_link"] == len(names) - 1  # after every record a file may belong to
    assert {"repayment", "transfer_line"} == LEDGER_TABLES


def test_table_named_knows_only_synced_tables() -> None:
    assert table_named("household") is Base.metadata.tables["household"]
    for name in ("audit_log", "sync_conflict", "local_setting", "nothing"):
        with pytest.raises(KeyError):
            table_named(name)


def test_GIVEN_a_demo_WHEN_every_record_of_every_table_goes_through_json_THEN_it_comes_back_equal(
    demo: Database,
) -> None:
    seen = 0
    with demo.session() as session:
        for table in synced_tables_in_order():
            columns = travelling_columns(table)
            for row in session.execute(select(*columns)).mappings():
                wire = json.loads(json.dumps(encode_row(table, row), ensure_ascii=False))
                assert decode_row(table, wire) == dict(row), table.name
                seen += 1
    assert seen > 500


def test_values_travel_as_readable_json() -> None:
    table = table_named("debt")
    row = {c.key: None for c in travelling_columns(table)}
    row.update(
        id="d1",
        created_at=datetime(2026, 11, 25, 9, 0, 0, 123456, tzinfo=UTC),
        updated_at=datetime(2026, 11, 25, 9, 0, tzinfo=UTC),
        device_id="dev",
        version=3,
        hlc="1764061200000-0001",
        household_id="h1",
        creditor_kind="baac",
        principal=Decimal("1234.5"),
        outstanding=Decimal("0"),
        interest_rate=Decimal("6.5"),
        contract_date=date(2026, 1, 31),
        days_overdue=0,
        status="open",
        contract_no="",
        creditor_name="",
        notes="ไม่มี",
        rescheduling_terms="",
    )
    wire = encode_row(table, row)
    assert "search_text" not in wire  # derived, local
    assert wire["principal"] == "1234.50"
    assert wire["outstanding"] == "0.00"
    assert wire["interest_rate"] == "6.50000"
    assert wire["contract_date"] == "2026-01-31"
    assert wire["created_at"] == "2026-11-25T09:00:00.123456Z"
    assert wire["updated_at"] == "2026-11-25T09:00:00Z"
    assert wire["creditor_kind"] == "baac"
    back = decode_row(table, wire)
    assert back["principal"] == Decimal("1234.50")
    assert back["created_at"] == row["created_at"]


@pytest.mark.parametrize(
    ("column", "value", "fault"),
    [
        ("principal", 1234.5, "text"),
        ("principal", "12.345", "decimal places"),
        ("principal", "NaN", "not an amount"),
        ("principal", "lots", "not an amount"),
        ("principal", "1" * 30, "too large"),
        ("contract_date", "31/01/2026", "not a date"),
        ("created_at", "2026-11-25T09:00:00", "UTC"),
        ("created_at", "2026-11-25T09:00:00+07:00Z", "UTC"),
        ("creditor_kind", "moneylender", "not one of"),
        ("days_overdue", "3", "whole number"),
        ("days_overdue", True, "whole number"),
        ("contract_no", "x" * 61, "at most 60"),
        ("contract_no", 17, "not text"),
        ("household_id", None, "a value is needed"),
        ("hlc", None, "a value is needed"),
    ],
)
def test_a_bad_value_is_refused_naming_its_column(demo: Database, column: str, value: object, fault: str) -> None:
    table = table_named("debt")
    with demo.session() as session:
        row = session.execute(select(*travelling_columns(table)).limit(1)).mappings().one()
    wire = encode_row(table, row)
    wire[column] = value
    with pytest.raises(ValueError, match=fault) as caught:
        decode_row(table, wire)
    assert column in str(caught.value)


def test_an_unknown_or_missing_column_is_refused_and_the_base_is_not_a_column(demo: Database) -> None:
    table = table_of(HouseholdMember)
    with demo.session() as session:
        row = session.execute(select(*travelling_columns(table)).limit(1)).mappings().one()
    wire = encode_row(table, row)
    assert decode_row(table, {**wire, "_base": ["1764061200000-0000", "x"]}) == dict(row)
    with pytest.raises(ValueError, match="unknown column 'nickname'"):
        decode_row(table, {**wire, "nickname": "ต้อม"})
    del wire["first_name"]
    with pytest.raises(ValueError, match="missing columns: first_name"):
        decode_row(table, wire)


def test_a_thai_text_at_its_column_length_passes(tmp_path: Path) -> None:
    table = table_of(Household)
    row = {c.key: None for c in travelling_columns(table)}
    row.update(
        id="h",
        created_at=datetime(2026, 1, 1, tzinfo=UTC),
        updated_at=datetime(2026, 1, 1, tzinfo=UTC),
        device_id="d",
        version=1,
        hlc="1764061200000-0000",
        institute_id="i",
        code="",
        house_no="ก" * 40,
        address="",
        phone="",
        notes="",
    )
    assert decode_row(table, encode_row(table, row))["house_no"] == "ก" * 40
