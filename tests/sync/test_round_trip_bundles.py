"""Acceptance, end to end: two laptops that started from one copy edit, delete, add and sign on their own, each
makes a signed and encrypted bundle, and a province imports them — on SQLite and on PostgreSQL — in every order
(each also twice). The province equals the merge rule every time; the receipts then move both laptops'
acknowledged points (their digests agree with the province's), and a second export has nothing to send.

The merge rule itself is checked on change sets, with more examples, in ``test_round_trip.py``; here the same
edits go through everything an officer's bundle goes through: keys, the zip, the signature, HPKE, the sequence
and the receipt.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from sqlalchemy import select, text

from cdfi_desktop.db import models as m
from cdfi_desktop.db.base import table_of
from cdfi_desktop.db.database import Database
from cdfi_desktop.db.keys import SYNC_ACK_HLC_KEY, SYNC_NEEDS_FULL_KEY
from cdfi_desktop.sync import keys, service
from cdfi_desktop.sync.codec import synced_tables_in_order
from cdfi_desktop.sync.digest import device_digest
from cdfi_desktop.sync.feed import collect
from tests.sync.test_round_trip import (
    ORDERS,
    B,
    Laptop,
    Operation,
    Shared,
    _check,
    _do,
    _plain,
    operations,
    shared,  # noqa: F401 - the module's fixture, shared here
)

OFFICER = "นางสาวใจดี"

Province = Callable[[str], AbstractContextManager[Database]]


def _laptop(base: Shared, folder: Path, name: str, device: str | None, ops: list[Operation]) -> Database:
    """An officer's laptop: a copy of the shared database (under another device id for ``device``), edited."""
    path = folder / f"{name}.sqlite"
    shutil.copyfile(base.laptop, path)
    shutil.copytree(base.laptop.with_name("shared-attachments"), folder / f"{name}-attachments")
    if device is not None:
        with sqlite3.connect(path) as con:
            con.execute("UPDATE local_setting SET value = ? WHERE key = 'device_id'", (device,))
        con.close()
    db = Database.open(path, officer=OFFICER)
    for n, op in enumerate(ops):
        _do(db, op, n)
    return db


def _final(db: Database, bundle: service.ExportResult) -> Laptop:
    """What the laptop holds, and the digest it expects the province to hold from it (as its bundle says)."""
    changes = collect(db, full=True)
    final = {(t, r["id"]): _plain(r) for t, rows in changes.tables.items() for r in rows}
    with db.session() as session:
        made = session.scalars(select(m.SyncBundle).where(m.SyncBundle.bundle_id == bundle.bundle_id)).one()
        digest = device_digest(session, db.device_id, upto_hlc=made.upto_hlc)
        assert digest == made.digest
    return Laptop(changes, final, digest)


def _round_trip(base: Shared, ops_a: list[Operation], ops_b: list[Operation], province: Province) -> None:
    folder = Path(tempfile.mkdtemp(prefix="round-trip-bundles-"))
    laptops: list[Database] = []
    try:
        a = _laptop(base, folder, "a", None, ops_a)
        b = _laptop(base, folder, "b", B, ops_b)
        laptops = [a, b]
        with province("template") as template:
            for laptop in laptops:
                keys.enrol(template, json.dumps(keys.enrolment_document(laptop, officer=OFFICER)))
                keys.import_province_key(laptop, json.dumps(keys.province_key_document(template)))
        bundle_a = service.export_bundle(a, folder / "usb-a")
        bundle_b = service.export_bundle(b, folder / "usb-b")
        assert bundle_a is not None and bundle_b is not None and bundle_a.encrypted and bundle_b.encrypted
        files = {"A": bundle_a.path, "B": bundle_b.path}
        laptop_a, laptop_b = _final(a, bundle_a), _final(b, bundle_b)
        receipts: dict[str, Path] = {}
        for order in ORDERS:
            with province(order) as db:
                for n, who in enumerate(order):
                    [outcome] = service.import_files(db, [files[who]], receipts_dir=folder / f"receipts-{order}")
                    first = order.index(who) == n
                    assert outcome.status == ("applied" if first else "ignored"), (order, who, outcome.error)
                    assert outcome.receipt_path is not None
                    receipts[who] = outcome.receipt_path
                _check(db, base, laptop_a, laptop_b, order)
        # the receipts of the last province move both laptops' points; their digests agree; nothing is left to send
        for who, laptop in (("A", a), ("B", b)):
            [outcome] = service.import_files(laptop, [receipts[who]])
            assert outcome.status == "confirmed", outcome.error
            assert laptop.get_setting(SYNC_ACK_HLC_KEY) == (laptop_a if who == "A" else laptop_b).changes.upto_hlc
            assert laptop.get_setting(SYNC_NEEDS_FULL_KEY) != "1", who
            assert service.export_bundle(laptop, folder / f"usb-{who}-again") is None
    finally:
        for laptop in laptops:
            laptop.close()
        shutil.rmtree(folder, ignore_errors=True)


EXAMPLES: dict[str, Any] = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    "phases": [Phase.explicit, Phase.reuse, Phase.generate],  # each example takes seconds: a failure is shown unshrunk
}


@settings(max_examples=5, **EXAMPLES)
@given(ops_a=operations, ops_b=operations)
def test_GIVEN_two_laptops_WHEN_their_bundles_reach_a_sqlite_province_in_any_order_THEN_merge_rule_and_receipts(
    shared: Shared,  # noqa: F811 - the fixture imported above
    ops_a: list[Operation],
    ops_b: list[Operation],
) -> None:
    folder = Path(tempfile.mkdtemp(prefix="province-"))

    @contextmanager
    def province(order: str) -> Iterator[Database]:
        path = folder / f"province-{order}.sqlite"
        if order == "template":
            db = Database.open(path, officer="เจ้าหน้าที่จังหวัด")
            keys.init_province(db, name="สำนักงานจังหวัดขอนแก่น")
        else:  # every order starts from the same enrolled province (the same keys: the same device)
            shutil.copyfile(folder / "province-template.sqlite", path)
            db = Database.open(path, officer="เจ้าหน้าที่จังหวัด")
        try:
            yield db
        finally:
            db.close()

    try:
        _round_trip(shared, ops_a, ops_b, province)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _wipe_records(db: Database) -> None:
    """The province as enrolled: no records, bundles, conflicts or audit entries (its keys and laptops kept)."""
    names = [t.name for t in synced_tables_in_order()] + [
        table_of(model).name for model in (m.AuditLog, m.SyncBase, m.SyncConflict, m.SyncBundle)
    ]
    with db.session(write=True) as session, session.begin():
        session.execute(text(f"TRUNCATE {', '.join(names)} CASCADE"))
        session.execute(text("UPDATE sync_device SET last_seq = 0, last_bundle_hash = '', last_bundle_at = NULL"))


@pytest.mark.postgres
@settings(max_examples=3, **EXAMPLES)
@given(ops_a=operations, ops_b=operations)
def test_GIVEN_two_laptops_WHEN_their_bundles_reach_a_postgresql_province_in_any_order_THEN_the_same(
    shared: Shared,  # noqa: F811 - the fixture imported above
    pg_url: str,
    ops_a: list[Operation],
    ops_b: list[Operation],
) -> None:
    db = Database.open(pg_url, officer="เจ้าหน้าที่จังหวัด")
    try:
        with db.session(write=True) as session, session.begin():
            session.execute(text("DELETE FROM sync_device"))
        keys.init_province(db, name="สำนักงานจังหวัดขอนแก่น")

        @contextmanager
        def province(order: str) -> Iterator[Database]:
            if order != "template":
                _wipe_records(db)
            yield db

        _round_trip(shared, ops_a, ops_b, province)
    finally:
        db.close()
