"""Acceptance: two laptops that started from one copy edit, delete, add and sign on their own; their change sets,
applied to a province in every order (each also twice), on SQLite and PostgreSQL, leave the province equal to the
merge rule: each record at the version with the highest (clock stamp, device id) of the two laptops' versions, each
record both changed listed once as a conflict, and the province's digest of each laptop equal to the laptop's own.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from cdfi_desktop.db import models as m
from cdfi_desktop.db.base import table_of
from cdfi_desktop.db.database import Database
from cdfi_desktop.services import contracts as ct
from cdfi_desktop.services import repayments as rp
from cdfi_desktop.services.attachments import stored_path
from cdfi_desktop.services.demo import DEMO_AS_OF, demo_device_id, generate_demo
from cdfi_desktop.services.errors import NotFound, ValidationFailed
from cdfi_desktop.services.uow import UnitOfWork
from cdfi_desktop.sync import merge
from cdfi_desktop.sync.codec import synced_tables_in_order
from cdfi_desktop.sync.digest import device_digest, province_digest
from cdfi_desktop.sync.feed import ChangeSet, collect

A = demo_device_id(8)
B = "bbbbbbbb-1111-4222-8333-444444444444"
PROVINCE = "ffffffff-1111-4222-8333-444444444444"
NOW = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
ORDERS = ("AB", "BA", "AABB", "BABA")


@dataclass(frozen=True)
class Shared:
    laptop: Path
    province: Path
    institute_id: str
    stamps: dict[tuple[str, str], str]  # (table, id) -> the clock stamp of each record in the shared copy


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Shared:
    folder = tmp_path_factory.mktemp("round-trip")
    db = Database.open(folder / "shared.sqlite", device_id=A)
    summary = generate_demo(db, households=5, seed=8)
    stamps = {(t, r["id"]): r["hlc"] for t, rows in collect(db, full=True).tables.items() for r in rows}
    db.close()
    province = Database.open(folder / "province.sqlite", device_id=PROVINCE)
    province.close()
    return Shared(folder / "shared.sqlite", folder / "province.sqlite", summary.institute_id, stamps)


# -- what officers do on a laptop ----------------------------------------------------------------------------------

EDITS: dict[str, list[tuple[str, st.SearchStrategy[Any]]]] = {
    "household": [("phone", st.sampled_from(["0811111111", "0822222222"])), ("notes", st.text("กขค ", max_size=6))],
    "household_member": [("occupation", st.sampled_from(["ทำนา", "รับจ้าง"])), ("phone", st.just("0899999999"))],
    "debt": [
        ("notes", st.text("abc", max_size=5)),
        ("days_overdue", st.integers(0, 400)),
        ("outstanding", st.integers(0, 50_000).map(lambda n: Decimal(n) / 4)),
    ],
}

operation = st.one_of(
    st.tuples(
        st.just("edit"),
        st.sampled_from(sorted(EDITS)),
        st.integers(0, 10_000),
        st.data(),
    ),
    st.tuples(st.just("delete"), st.sampled_from(["household_member", "debt", "household"]), st.integers(0, 10_000)),
    st.tuples(st.just("new"), st.integers(0, 10_000)),
    st.tuples(st.just("repay"), st.integers(0, 10_000), st.integers(1, 40)),
    st.tuples(st.just("amend"), st.integers(0, 10_000)),
)
Operation = tuple[Any, ...]


def _ids(db: Database, table: str) -> list[str]:
    model = {t.name: t for t in synced_tables_in_order()}[table]
    with db.session() as session:
        return list(session.scalars(select(model.c.id).order_by(model.c.id)))


def _do(db: Database, op: Operation, n: int) -> None:
    kind = op[0]
    if kind in ("edit", "delete"):
        table = op[1]
        ids = _ids(db, table)
        model = {"household": m.Household, "household_member": m.HouseholdMember, "debt": m.Debt}[table]
        with db.session(write=True) as session, session.begin():
            record = session.get(model, ids[op[2] % len(ids)])
            assert record is not None
            if kind == "delete":
                session.delete(record)
            else:
                column, values = op[3].draw(st.sampled_from(EDITS[table]))
                setattr(record, column, op[3].draw(values))
    elif kind == "new":
        households = _ids(db, "household")
        with db.session(write=True) as session, session.begin():
            like = session.get(m.Household, households[op[1] % len(households)])
            assert like is not None
            household = m.Household(institute_id=like.institute_id, village_id=like.village_id, house_no=f"99/{n}")
            session.add(household)
            session.flush()
            session.add(m.HouseholdMember(household_id=household.id, first_name=f"ใหม่{n}", is_head=True))
    elif kind == "repay":
        contracts = _signed(db)
        if contracts:
            with UnitOfWork(db) as uow, suppress(ValidationFailed, NotFound):  # a contract repaid or closed
                rp.record_repayment(
                    uow,
                    contract_id=contracts[op[1] % len(contracts)],
                    paid_on=DEMO_AS_OF + timedelta(days=op[2]),
                    amount=Decimal(100 * op[2]),
                    today=DEMO_AS_OF + timedelta(days=60),
                )
    elif kind == "amend":
        contracts = _signed(db)
        if contracts:
            old_id = contracts[op[1] % len(contracts)]
            with db.session() as session:
                form = ct.amendment_form(session, old_id)
            signed_on = DEMO_AS_OF + timedelta(days=3)
            longer = replace(
                form,
                term_months=form.term_months + 6,
                signing_date=signed_on,
                first_due_date=signed_on + timedelta(days=30),
            )
            with UnitOfWork(db) as uow, suppress(ValidationFailed, NotFound):  # not amendable as it stands
                ct.amend_contract(uow, old_id, longer, reason="รายได้ลดลง ขยายเวลาผ่อน", officer="นางสาวใจดี")


def _signed(db: Database) -> list[str]:
    with db.session() as session:
        return list(
            session.scalars(
                select(m.ConsolidationContract.id)
                .where(m.ConsolidationContract.status == "signed", m.ConsolidationContract.deleted_at.is_(None))
                .order_by(m.ConsolidationContract.id)
            )
        )


@dataclass
class Laptop:
    changes: ChangeSet
    final: dict[tuple[str, str], dict[str, Any]]
    digest: str


def _laptop(shared: Shared, folder: Path, device: str, ops: list[Operation]) -> Laptop:
    path = folder / f"{device[:8]}.sqlite"
    shutil.copyfile(shared.laptop, path)
    shutil.copytree(shared.laptop.with_name("shared-attachments"), folder / f"{device[:8]}-attachments")
    if device != A:
        with sqlite3.connect(path) as con:
            con.execute("UPDATE local_setting SET value = ? WHERE key = 'device_id'", (device,))
        con.close()
    db = Database.open(path, officer="นางสาวใจดี")
    try:
        assert db.device_id == device
        for n, op in enumerate(ops):
            _do(db, op, n)
        changes = collect(db, full=True)
        wire = ChangeSet.from_members(changes.members(), name=f"{device[:8]}.cdfibundle")
        with db.session() as session:
            digest = device_digest(session, device, upto_hlc=changes.upto_hlc)
    finally:
        db.close()
    final = {(t, r["id"]): _plain(r) for t, rows in changes.tables.items() for r in rows}
    return Laptop(wire, final, digest)


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k != "_base"}


# -- the province ----------------------------------------------------------------------------------------------------


def _enrol(db: Database, institute_id: str) -> None:
    with db.session(write=True) as session, session.begin():
        for device in (A, B):
            session.add(
                m.SyncDevice(
                    device_id=device,
                    role="laptop",
                    key_id="0000000000000000",
                    public_key="",
                    institute_ids=[institute_id],
                    enrolled_at=NOW,
                )
            )


def _apply(db: Database, laptop: Laptop, device: str, n: int) -> None:
    def store(sha: str, data: bytes) -> None:
        target = stored_path(db, sha)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)

    with db.session(write=True) as session, session.begin():
        enrolled = session.get(m.SyncDevice, device)
        assert enrolled is not None
        merge.apply(
            session,
            laptop.changes,
            device=enrolled,
            bundle_id=f"{device[:8]}-{n}",
            name=f"{device[:8]}-{n}.cdfibundle",
            store_attachment=store,
            now=NOW,
        )


def _expected(
    shared: Shared, a: Laptop, b: Laptop
) -> tuple[dict[tuple[str, str], dict[str, Any]], set[tuple[str, str, frozenset[tuple[str, str]]]]]:
    """Per record the version with the highest (clock stamp, device id); the records both laptops changed since
    the shared copy, with their two versions."""
    expected: dict[tuple[str, str], dict[str, Any]] = {}
    pairs: set[tuple[str, str, frozenset[tuple[str, str]]]] = set()
    for key in a.final.keys() | b.final.keys():
        versions = [v for v in (a.final.get(key), b.final.get(key)) if v is not None]
        expected[key] = max(versions, key=lambda v: (v["hlc"], v["device_id"]))
        shared_stamp = shared.stamps.get(key)
        if len(versions) == 2 and shared_stamp is not None and all(v["hlc"] != shared_stamp for v in versions):
            pairs.add((*key, frozenset((v["hlc"], v["device_id"]) for v in versions)))
    return expected, pairs


def _check(db: Database, shared: Shared, a: Laptop, b: Laptop, order: str) -> None:
    expected, pairs = _expected(shared, a, b)
    stored = collect(db, full=True)
    held = {(t, r["id"]): _plain(r) for t, rows in stored.tables.items() for r in rows}
    assert held.keys() == expected.keys(), order
    for key, version in expected.items():
        assert held[key] == version, (order, key)
    with db.session() as session:
        listed = [
            (
                c.table_name,
                c.record_id,
                frozenset({(c.winner["hlc"], c.winner_device), (c.loser["hlc"], c.loser_device)}),
            )
            for c in session.scalars(select(m.SyncConflict).where(m.SyncConflict.kind.in_(["soft", "hard"])))
        ]
        assert sorted(listed, key=str) == sorted(pairs, key=str), order
        assert not session.scalar(select(m.SyncConflict.id).where(m.SyncConflict.kind.in_(["duplicate", "held"])))
        assert province_digest(session, A) == a.digest, order
        assert province_digest(session, B) == b.digest, order


def _round_trip(shared: Shared, ops_a: list[Operation], ops_b: list[Operation], province: Any) -> None:
    folder = Path(tempfile.mkdtemp(prefix="round-trip-"))
    try:
        a = _laptop(shared, folder, A, ops_a)
        b = _laptop(shared, folder, B, ops_b)
        for order in ORDERS:
            with province(folder, order) as db:
                for n, who in enumerate(order):
                    _apply(db, a if who == "A" else b, A if who == "A" else B, n)
                _check(db, shared, a, b, order)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


class _SQLiteProvince:
    def __init__(self, shared: Shared) -> None:
        self.shared = shared

    def __call__(self, folder: Path, order: str) -> Any:
        shared = self.shared

        class _Open:
            def __enter__(self) -> Database:
                path = folder / f"province-{order}.sqlite"
                shutil.copyfile(shared.province, path)
                self.db = Database.open(path)
                _enrol(self.db, shared.institute_id)
                return self.db

            def __exit__(self, *exc: object) -> None:
                self.db.close()

        return _Open()


EXAMPLES = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    phases=[Phase.explicit, Phase.reuse, Phase.generate],  # each example takes seconds: a failure is shown unshrunk
)
operations = st.lists(operation, min_size=1, max_size=8)


@EXAMPLES
@given(ops_a=operations, ops_b=operations)
def test_GIVEN_two_laptops_WHEN_their_changes_reach_a_sqlite_province_in_any_order_THEN_it_equals_the_merge_rule(
    shared: Shared, ops_a: list[Operation], ops_b: list[Operation]
) -> None:
    _round_trip(shared, ops_a, ops_b, _SQLiteProvince(shared))


@pytest.fixture
def pg_province(pg_url: str, shared: Shared) -> Iterator[Database]:
    db = Database.open(pg_url, device_id=PROVINCE)
    try:
        yield db
    finally:
        db.close()


def _wipe(db: Database) -> None:
    names = [t.name for t in synced_tables_in_order()] + [
        table_of(model).name for model in (m.AuditLog, m.SyncBase, m.SyncConflict, m.SyncDevice)
    ]
    with db.session(write=True) as session, session.begin():
        session.execute(text(f"TRUNCATE {', '.join(names)} CASCADE"))


@pytest.mark.postgres
@settings(
    max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(ops_a=operations, ops_b=operations)
def test_GIVEN_two_laptops_WHEN_their_changes_reach_a_postgresql_province_in_any_order_THEN_it_equals_the_merge_rule(
    shared: Shared, pg_province: Database, ops_a: list[Operation], ops_b: list[Operation]
) -> None:
    class _Open:
        def __init__(self, folder: Path, order: str) -> None:
            pass

        def __enter__(self) -> Database:
            _wipe(pg_province)
            _enrol(pg_province, shared.institute_id)
            return pg_province

        def __exit__(self, *exc: object) -> None:
            pass

    _round_trip(shared, ops_a, ops_b, _Open)


def test_the_expected_state_is_not_trivial(shared: Shared, tmp_path: Path) -> None:
    """A laptop that edits moves records past the shared copy: the rule has something to decide."""
    a = _laptop(shared, tmp_path, A, [("delete", "debt", 0)])
    b = _laptop(shared, tmp_path, B, [("delete", "debt", 0), ("new", 1)])
    expected, pairs = _expected(shared, a, b)
    assert len(pairs) == 1 and len(expected) == len(a.final) + 2
