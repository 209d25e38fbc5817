"""Acceptance, end to end: the province hub on PostgreSQL.

Three laptops in two districts make data (a small demo institute each, laptops A and B share one institute as two
officers of one district would), enrol with the province and export several bundles each. The province, on
PostgreSQL, imports the whole USB folder in a shuffled order: every bundle is applied, each laptop's in sequence.
A and B changed the same household's phone (a conflict) and typed one citizen ID into two households (a duplicate);
the province resolves both, writes a reference bundle, and the laptops that import it end with the resolved values.
A fourth laptop is restored from the province in place of laptop C, lost after its last receipt: its records equal
C's as of that receipt, table by table, row by row, every travelling column.
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.citizen_id import citizen_id_check_digit
from cdfi_desktop.services.demo import generate_demo_institute
from cdfi_desktop.sync import hub, keys, reference, restore, review, review_resolve, service
from cdfi_desktop.sync.feed import collect

OFFICER_A, OFFICER_B, OFFICER_C = "นางสาวใจดี มีสุข", "นายสมชาย ใจกล้า", "นางมาลี ศรีสุข"
PROVINCE_OFFICER = "เจ้าหน้าที่จังหวัด"
B_DEVICE = "bbbbbbbb-1111-4222-8333-444444444444"
# two districts of Khon Kaen: Mueang (A, B) and Ban Fang (C)
DISTRICT_1_SUBDISTRICT, DISTRICT_2_SUBDISTRICT = "400101", "400201"
FISCAL_YEAR = 2570  # of DEMO_AS_OF
Rows = dict[tuple[str, str], dict[str, Any]]


# -- laptops ---------------------------------------------------------------------------------------------------------


@dataclass
class Laptop:
    name: str
    db: Database
    officer: str
    bundles: list[service.ExportResult] = field(default_factory=list)

    @property
    def device_id(self) -> str:
        return self.db.device_id


def new_laptop(
    folder: Path, name: str, *, officer: str, institutes: list[tuple[str, int]], households: int = 8
) -> Laptop:
    """A laptop database (a SQLite file) holding a small demo institute per (subdistrict, seed)."""
    db = Database.open(folder / f"{name}.sqlite", officer=officer)
    for subdistrict, seed in institutes:
        generate_demo_institute(db, households=households, seed=seed, subdistrict_code=subdistrict)
    return Laptop(name, db, officer)


def copy_laptop(source: Laptop, folder: Path, name: str, *, device_id: str, officer: str) -> Laptop:
    """A second officer's laptop made from a copy of another's database (the same institute), its own device."""
    path = folder / f"{name}.sqlite"
    source_path = Path(str(source.db.engine.url.database))
    with sqlite3.connect(source_path) as con, sqlite3.connect(path) as target:
        con.backup(target)
    target.close()
    con.close()
    attachments = source_path.with_name(f"{source_path.stem}-attachments")
    if attachments.exists():
        shutil.copytree(attachments, folder / f"{name}-attachments")
    with sqlite3.connect(path) as con:
        con.execute("UPDATE local_setting SET value = ? WHERE key = 'device_id'", (device_id,))
    con.close()
    db = Database.open(path, officer=officer)
    assert db.device_id == device_id
    return Laptop(name, db, officer)


def enrol(province: Database, laptop: Laptop) -> None:
    keys.enrol(province, json.dumps(keys.enrolment_document(laptop.db, officer=laptop.officer)))
    keys.import_province_key(laptop.db, json.dumps(keys.province_key_document(province)))


def export(laptop: Laptop, folder: Path) -> service.ExportResult:
    result = service.export_bundle(laptop.db, folder)
    assert result is not None, laptop.name
    laptop.bundles.append(result)
    return result


def shuffled_folder(files: list[Path], folder: Path, *, seed: int) -> list[Path]:
    """The bundles copied into one USB folder under names whose sorted order is a shuffled one (whatever order
    the import lists them in, it is not the laptops' order)."""
    order = list(files)
    random.Random(seed).shuffle(order)
    folder.mkdir(parents=True, exist_ok=True)
    copies = []
    for n, path in enumerate(order):
        copy = folder / f"{n:02d}-{path.name}"
        shutil.copyfile(path, copy)
        copies.append(copy)
    return copies


def import_folder(province: Database, folder: Path) -> list[service.ImportOutcome]:
    """The province imports a whole folder of bundles, as the import step does."""
    return list(hub.import_folder(province, folder).outcomes)


def receipts_for(laptop: Laptop, folder: Path) -> list[Path]:
    return sorted(folder.rglob(f"cdfi-receipt-{laptop.device_id[:8]}-*{service.BUNDLE_SUFFIX}"))


def synced_rows(db: Database) -> Rows:
    """Every record of every synced table with its travelling columns, as a bundle carries them."""
    changes = collect(db, full=True)
    return {
        (table, str(row["id"])): {k: v for k, v in row.items() if k != "_base"}
        for table, rows in changes.tables.items()
        for row in rows
    }


BOOKKEEPING = frozenset({"id", "created_at", "updated_at", "device_id", "version", "hlc"})


def comparable(rows: Rows) -> Rows:
    """``rows`` with the fiscal-year profile keyed by its year and without its bookkeeping: the province keeps
    the profile of the first laptop whose bundle it imported (another id, the same settings)."""
    found: Rows = {}
    for (table, record_id), row in rows.items():
        if table == "fiscal_year_profile":
            found[(table, str(row["fiscal_year"]))] = {k: v for k, v in row.items() if k not in BOOKKEEPING}
        else:
            found[(table, record_id)] = row
    return found


def valid_citizen_id(first12: str) -> str:
    return first12 + str(citizen_id_check_digit(first12))


# -- edits officers make ---------------------------------------------------------------------------------------------


def first_household(db: Database, institute_id: str, n: int = 0) -> str:
    with db.session() as session:
        ids = list(
            session.scalars(
                select(m.Household.id)
                .where(m.Household.institute_id == institute_id, m.Household.deleted_at.is_(None))
                .order_by(m.Household.id)
            )
        )
    return ids[n]


def set_phone(db: Database, household_id: str, phone: str) -> None:
    with db.session(write=True) as session, session.begin():
        household = session.get(m.Household, household_id)
        assert household is not None
        household.phone = phone


def add_member(db: Database, household_id: str, citizen_id: str, first_name: str) -> str:
    with db.session(write=True) as session, session.begin():
        member = m.HouseholdMember(
            household_id=household_id, citizen_id=citizen_id, first_name=first_name, last_name="ทดสอบ"
        )
        session.add(member)
        session.flush()
        return member.id


def phone_of(db: Database, household_id: str) -> str:
    with db.session() as session:
        household = session.get(m.Household, household_id)
        assert household is not None
        return household.phone


def institute_of(laptop: Laptop) -> str:
    with laptop.db.session() as session:
        return str(session.scalars(select(m.Institute.id).order_by(m.Institute.id)).first())


# -- the test --------------------------------------------------------------------------------------------------------


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[dict[str, Laptop]]:
    folder = tmp_path / "laptops"
    folder.mkdir()
    a = new_laptop(folder, "a", officer=OFFICER_A, institutes=[(DISTRICT_1_SUBDISTRICT, 41)])
    b = copy_laptop(a, folder, "b", device_id=B_DEVICE, officer=OFFICER_B)
    c = new_laptop(folder, "c", officer=OFFICER_C, institutes=[(DISTRICT_2_SUBDISTRICT, 42)])
    found = {"A": a, "B": b, "C": c}
    try:
        yield found
    finally:
        for laptop in found.values():
            laptop.db.close()


@pytest.mark.postgres
def test_GIVEN_three_laptops_in_two_districts_WHEN_the_province_on_postgresql_imports_a_shuffled_folder_resolves_and_sends_back_THEN_laptops_agree_and_a_lost_laptop_is_restored(  # noqa: E501
    tmp_path: Path, pg_url: str, laptops: dict[str, Laptop]
) -> None:
    a, b, c = laptops["A"], laptops["B"], laptops["C"]
    province = Database.open(pg_url, officer=PROVINCE_OFFICER)
    try:
        keys.init_province(province, name="สำนักงานพัฒนาชุมชนจังหวัดขอนแก่น")
        for laptop in (a, b, c):
            enrol(province, laptop)
        out = tmp_path / "out"

        # Round one: every laptop sends what it holds.
        for laptop in (a, b, c):
            export(laptop, out / laptop.name)
        # Then A and B change one household's phone each (a conflict) and type one citizen ID into two of their
        # households (a duplicate); C edits twice, in two bundles.
        shared = institute_of(a)
        household = first_household(a.db, shared)
        set_phone(a.db, household, "0811111111")
        set_phone(b.db, household, "0822222222")
        twice = valid_citizen_id("110370012345")
        add_member(a.db, first_household(a.db, shared, 1), twice, "สมหญิง")
        add_member(b.db, first_household(b.db, shared, 2), twice, "สมหญิง")
        export(a, out / "a")
        export(b, out / "b")
        c_household = first_household(c.db, institute_of(c))
        set_phone(c.db, c_household, "0833333333")
        export(c, out / "c")
        add_member(c.db, c_household, valid_citizen_id("310370099999"), "บุญมี")
        export(c, out / "c")
        c_as_sent = synced_rows(c.db)  # what C holds as of its last bundle, the one its last receipt confirms

        # The province imports the whole folder, shuffled: every bundle applied, each laptop's in sequence.
        files = [bundle.path for laptop in (a, b, c) for bundle in laptop.bundles]
        usb = tmp_path / "usb"
        copies = shuffled_folder(files, usb, seed=14)
        listed = [p.name.split("-", 1)[1] for p in sorted(copies)]
        own = [[n for n in listed if n.startswith(f"cdfi-{laptop.device_id[:8]}-")] for laptop in (a, b, c)]
        assert any(names != sorted(names) for names in own), listed  # some later bundle comes before an earlier
        outcomes = import_folder(province, usb)
        statuses = sorted((o.device_id[:8], o.seq, o.status) for o in outcomes if o.status != "held")
        assert statuses == sorted(
            (laptop.device_id[:8], r.seq, "applied") for laptop in (a, b, c) for r in laptop.bundles
        )
        for laptop in (a, b, c):
            receipts = receipts_for(laptop, usb)
            assert len(receipts) == len(laptop.bundles), laptop.name
            for outcome in service.import_files(laptop.db, receipts):
                assert outcome.status == "confirmed", (laptop.name, outcome.error)
        # C is lost after its last receipt: what it changes now never reaches the province.
        set_phone(c.db, c_household, "0899999999")

        with province.session() as session:
            held = {
                (r.kind, r.table_name)
                for r in session.scalars(select(m.SyncConflict).where(m.SyncConflict.resolved_at.is_(None)))
            }
        assert ("hard", "household") in held and ("duplicate", "household_member") in held, held

        # The province holds one hard conflict (the phone) and one duplicate (the citizen ID); it resolves both.
        with province.session() as session:
            cases = review.open_cases(session)
        conflict = next(c for c in cases if c.table == "household" and c.record_id == household)
        duplicate = next(c for c in cases if c.table == "household_member" and c.kind == "duplicate")
        with province.session() as session:
            case = review.compare(session, conflict.id)
        phone_row = next(r for r in case.rows if r.field == "phone")
        assert {phone_row.stored, phone_row.other} == {"0811111111", "0822222222"}
        review_resolve.resolve(province, conflict.id, action="keep_other", by=PROVINCE_OFFICER, note="โทรถามแล้ว")
        resolved_phone = phone_row.other
        assert phone_of(province, household) == resolved_phone
        review_resolve.resolve(province, duplicate.id, action="keep_stored", by=PROVINCE_OFFICER)
        with province.session() as session:
            left = review.open_cases(session)
        assert all(case.id not in (conflict.id, duplicate.id) for case in left)

        # The reference bundle goes back; A and B end with the resolved phone, C's own records stay as they are.
        # One reference per laptop, sealed to it alone, with only its institutes' decisions.
        run = reference.export_references(province, tmp_path / "reference")
        assert run.left_out == [], run.left_out
        sent = {result.path.name.rsplit("-for-", 1)[1][:8]: result.path for result in run.results}
        assert set(sent) == {laptop.device_id[:8] for laptop in (a, b, c)}
        for laptop in (a, b):
            [outcome] = service.import_files(laptop.db, [sent[laptop.device_id[:8]]])
            assert outcome.status == "applied", (laptop.name, outcome.error)
            assert phone_of(laptop.db, household) == resolved_phone, laptop.name
            with laptop.db.session() as session:
                live = set(
                    session.scalars(
                        select(m.HouseholdMember.id).where(
                            m.HouseholdMember.citizen_id == twice, m.HouseholdMember.deleted_at.is_(None)
                        )
                    )
                )
            assert live == {duplicate.other_id}, laptop.name  # the copy is gone, the record kept is there
        [outcome] = service.import_files(c.db, [sent[c.device_id[:8]]])
        assert outcome.status in ("applied", "ignored"), outcome.error
        assert phone_of(c.db, c_household) == "0899999999"

        # A fourth laptop is restored from the province in place of C: C's records as of its last receipt.
        _restore_and_compare(province, c, c_as_sent, tmp_path)
    finally:
        province.close()


def _restore_and_compare(province: Database, lost: Laptop, as_sent: Rows, folder: Path) -> None:
    """A fourth laptop is restored from the province in place of ``lost``: its records as of its last receipt."""
    # the new laptop makes its (signed) enrolment file; the province seals the restore to it, which enrols it for
    # the lost laptop's institutes and revokes the lost laptop's key
    target = folder / "d.sqlite"
    fresh = Database.open(target, officer=lost.officer)
    try:
        enrolment = json.dumps(keys.enrolment_document(fresh, officer=lost.officer))
    finally:
        fresh.close()
    made = restore.export_restore(province, folder / "restore", device_id=lost.device_id, to_enrolment=enrolment)
    assert made.encrypted and made.revoked == lost.device_id
    # the officer types the fingerprint the province reads out by phone
    restore.create_from_restore(made.path, target, expect_fingerprint=keys.device_key(province).fingerprint)
    d = Laptop("d", Database.open(target, officer=lost.officer), lost.officer)
    try:
        assert d.device_id != lost.device_id
        restored = synced_rows(d.db)
        # enrolled by the restore, it sends under its own key what it changes after the restore, and nothing before
        household = first_household(d.db, institute_of(d))
        set_phone(d.db, household, "0844444444")
        sent = export(d, folder / "usb-d")
        assert sent.records == 1, sent.counts
        [outcome] = service.import_files(province, [sent.path])
        assert outcome.status == "applied", outcome.error
        assert phone_of(province, household) == "0844444444"
    finally:
        d.db.close()
    want, got = comparable(as_sent), comparable(restored)
    by_table: dict[str, tuple[int, int]] = {}
    for table, _ in want.keys() | got.keys():
        by_table[table] = (
            sum(1 for k in want if k[0] == table),
            sum(1 for k in got if k[0] == table),
        )
    assert {t: n for t, (n, _) in by_table.items()} == {t: n for t, (_, n) in by_table.items()}
    for key in sorted(want):
        assert got.get(key) == want[key], key
