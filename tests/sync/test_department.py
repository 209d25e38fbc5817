"""Upward to the department: two provinces export their own full, signed bundles (encrypted to the department),
and the department — a hub made like a province, which enrols each province from its enrolment file — imports
them with the same import as a province's, on SQLite and on PostgreSQL: every record as the provinces hold it,
every audit entry once, the files; the same bundle again is ignored, the next one is applied in sequence."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.db.models.records import AuditLog
from cdfi_desktop.db.models.sync import SyncDevice
from cdfi_desktop.services.attachments import attach_file, stored_path
from cdfi_desktop.services.uow import UnitOfWork
from cdfi_desktop.sync import container, keys, service, upward
from cdfi_desktop.sync.errors import BundleRefused
from cdfi_desktop.sync.feed import collect
from tests.support.bundles import add_household, add_institute, enrol, make_province, open_db


def _rows(db: Database) -> dict[tuple[str, str], dict[str, Any]]:
    changes = collect(db, full=True)
    return {(table, row["id"]): row for table, rows in changes.tables.items() for row in rows}


def _entries(db: Database, *, imported_only: bool) -> list[AuditLog]:
    """``db``'s audit entries; ``imported_only``: those that came in bundles (a hub's own entries, one per bundle
    it applied, left out)."""
    with db.session() as session:
        query = select(AuditLog)
        if imported_only:
            query = query.where(AuditLog.origin.is_not(None))
        return list(session.scalars(query))


def _audit(db: Database, *, imported_only: bool = False) -> list[tuple[str, str, str, str]]:
    return sorted(
        (row.device_id, row.table_name, row.record_id, str(row.action))
        for row in _entries(db, imported_only=imported_only)
    )


def _origins(db: Database, *, imported_only: bool = False) -> set[str]:
    """Every audit entry's origin as a hub would give it (an entry made on ``db``: ``<its device>:<its id>``)."""
    return {row.origin or f"{row.device_id}:{row.id}" for row in _entries(db, imported_only=imported_only)}


def _own_bundle_entries(db: Database) -> list[AuditLog]:
    """The entries a hub wrote of its own for the bundles it applied (the records carry the sender's entries)."""
    return [row for row in _entries(db, imported_only=False) if row.origin is None]


def _send(laptop: Database, province: Database, out: Path) -> None:
    made = service.export_bundle(laptop, out)
    assert made is not None
    outcomes = service.import_files(province, [made.path])
    assert [o.status for o in outcomes] == ["applied"], outcomes[0].error


@dataclass
class Provinces:
    tmp: Path
    first: Database
    second: Database
    laptops: list[Database]
    institutes: list[str]
    file_sha: str


@pytest.fixture
def provinces(tmp_path: Path) -> Iterator[Provinces]:
    # GIVEN two provinces: the first with two laptops (one sent an attachment) and an edit made on the province
    # itself, the second with one laptop
    first = make_province(tmp_path / "p1.sqlite", name="ขอนแก่น")
    second = make_province(tmp_path / "p2.sqlite", name="อุดรธานี")
    laptops = [open_db(tmp_path / f"l{n}.sqlite") for n in range(3)]
    try:
        institutes = [
            add_institute(laptops[0]),
            add_institute(laptops[1], name="สถาบันการจัดการเงินทุนชุมชนบ้านหนองบัว", households=3),
            add_institute(laptops[2], name="สถาบันการจัดการเงินทุนชุมชนบ้านโคก", households=1),
        ]
        scan = tmp_path / "minutes.pdf"
        scan.write_bytes(b"%PDF-1.4 minutes")
        with UnitOfWork(laptops[0]) as uow:
            attach_file(uow, scan, owner_table="institute", owner_id=institutes[0], evidence_kind="minutes")
        for laptop, province in zip(laptops, (first, first, second), strict=True):
            enrol(province, laptop)
            _send(laptop, province, tmp_path / "usb")
        with UnitOfWork(first) as uow:  # the province's own edit (stamped by the province)
            household = uow.session.scalars(
                select(m.Household).where(m.Household.institute_id == institutes[1]).order_by(m.Household.id)
            ).first()
            assert household is not None
            household.phone = "0899999999"
            uow.commit()
        with first.session() as session:
            sha = session.scalars(select(m.Attachment.sha256)).one()
        yield Provinces(tmp_path, first, second, laptops, institutes, sha)
    finally:
        for db in (first, second, *laptops):
            db.close()


Department = Callable[[], Any]


@contextmanager
def _sqlite_department(tmp: Path) -> Iterator[Database]:
    db = make_province(tmp / "department.sqlite", name="กรมการพัฒนาชุมชน")
    try:
        yield db
    finally:
        db.close()


@contextmanager
def _pg_department(url: str) -> Iterator[Database]:
    db = make_province(url, name="กรมการพัฒนาชุมชน")
    try:
        yield db
    finally:
        db.close()


def _department_flow(world: Provinces, department: Database) -> None:
    # GIVEN the department enrolled both provinces from their enrolment files
    for province in (world.first, world.second):
        document = keys.enrolment_document(province)
        assert {item["id"] for item in document["institutes"]} >= set()
        keys.enrol(department, json.dumps(document))
    with department.session() as session:
        device = session.get(SyncDevice, world.first.device_id)
        assert device is not None and device.name == "ขอนแก่น"
        assert set(device.institute_ids) == set(world.institutes[:2])
    key_file = world.tmp / "department.key"
    key_file.write_text(json.dumps(keys.province_key_document(department)), encoding="utf-8")
    # WHEN each province exports its own bundle to the department's key
    out = world.tmp / f"up-{department.device_id[:8]}"
    made = [upward.export_province(p, out, to_key_file=key_file) for p in (world.first, world.second)]
    # THEN each is a full changes bundle from the province's device, first of its sequence, encrypted
    for result, province in zip(made, (world.first, world.second), strict=True):
        manifest = container.open_bundle(result.path, name="up").manifest
        assert manifest["kind"] == "changes" and manifest["full"] and manifest["device_id"] == province.device_id
        assert result.seq == 1 and result.encrypted
    # WHEN the department imports both (in any order)
    outcomes = service.import_files(department, [made[1].path, made[0].path])
    assert [o.status for o in outcomes] == ["applied", "applied"], [o.error for o in outcomes]
    # THEN it holds every record of both provinces as they hold them (versions, devices, bases)
    expected = {**_rows(world.first), **_rows(world.second)}
    held = _rows(department)
    assert set(held) == set(expected)
    for key, row in expected.items():
        assert held[key] == row, key
    with department.session() as session:
        for table_name in ("household", "debt", "institute"):
            model_count = len([k for k in held if k[0] == table_name])
            assert model_count == len([k for k in expected if k[0] == table_name])
        # AND every audit entry once: the province's own and those it imported from its laptops, and one of the
        # department's own for each bundle it applied
        assert session.scalar(select(func.count()).select_from(AuditLog)) == len(_audit(world.first)) + len(
            _audit(world.second)
        ) + len(made)
    assert _audit(department, imported_only=True) == sorted(_audit(world.first) + _audit(world.second))
    own = _own_bundle_entries(department)
    assert [(row.table_name, row.reason.startswith("bundle ")) for row in own] == [("sync_bundle", True)] * len(made)
    # AND each keeps its first origin: a laptop's entry the one the province gave it, the province's own entry
    # "<province>:<number>"
    assert _origins(department, imported_only=True) == _origins(world.first) | _origins(world.second)
    # AND the attachment's file
    assert stored_path(department, world.file_sha).read_bytes() == b"%PDF-1.4 minutes"
    # WHEN the same bundles come again THEN they are ignored, nothing changes
    again = service.import_files(department, [made[0].path, made[1].path])
    assert [o.status for o in again] == ["ignored", "ignored"]
    assert _rows(department) == held
    # WHEN a laptop sends more and the first province exports again THEN the next bundle is applied in sequence
    add_household(world.laptops[0], world.institutes[0], house_no="55/1")
    _send(world.laptops[0], world.first, world.tmp / "usb")
    later = upward.export_province(world.first, out, to_key_file=key_file)
    assert later.seq == 2
    manifest = container.open_bundle(later.path, name="later").manifest
    assert manifest["prev_sha256"] == made[0].manifest_sha256
    outcome = service.import_files(department, [later.path])[0]
    assert outcome.status == "applied", outcome.error
    assert _rows(department) == {**_rows(world.first), **_rows(world.second)}
    assert _audit(department, imported_only=True) == sorted(_audit(world.first) + _audit(world.second))


def test_two_provinces_into_one_department_on_sqlite(provinces: Provinces) -> None:
    with _sqlite_department(provinces.tmp) as department:
        _department_flow(provinces, department)


def test_two_provinces_into_one_department_on_postgresql(provinces: Provinces, pg_url: str) -> None:
    with _pg_department(pg_url) as department:
        _department_flow(provinces, department)


def test_a_province_export_without_the_department_key_is_refused_unless_plain_and_only_a_province_exports(
    provinces: Provinces,
) -> None:
    # WHEN the province exports with no department key THEN it is refused (every person's records, in clear)
    with pytest.raises(BundleRefused) as caught:
        upward.export_province(provinces.first, provinces.tmp / "plain.cdfibundle")
    assert caught.value.code == "province_export_unencrypted"
    assert not list(provinces.tmp.glob("plain.cdfibundle*"))
    # WHEN it asks for a plain file THEN it is written unencrypted
    made = upward.export_province(provinces.first, provinces.tmp / "plain.cdfibundle", plain=True)
    assert not made.encrypted and made.path.name == "plain.cdfibundle"
    assert not list(provinces.tmp.glob("*.partial"))
    assert made.counts["household"] == 5
    with pytest.raises(BundleRefused) as caught:
        upward.export_province(provinces.laptops[0], provinces.tmp, plain=True)
    assert caught.value.code == "not_a_province"
    own = provinces.tmp / "own.key"
    own.write_text(json.dumps(keys.province_key_document(provinces.first)), encoding="utf-8")
    with pytest.raises(BundleRefused) as caught:
        upward.export_province(provinces.first, provinces.tmp, to_key_file=own)
    assert caught.value.code == "key_file_malformed"


def test_a_province_export_whose_file_was_not_published_is_made_again_under_its_number(
    provinces: Provinces, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cdfi_desktop.sync import restore

    department = make_province(provinces.tmp / "dept.sqlite", name="กรมการพัฒนาชุมชน")
    try:
        keys.enrol(department, json.dumps(keys.enrolment_document(provinces.first)))
        key_file = provinces.tmp / "department.key"
        key_file.write_text(json.dumps(keys.province_key_document(department)), encoding="utf-8")
        out = provinces.tmp / "up"

        def broken(source: Any, target: Any) -> None:
            raise OSError("the stick was pulled out")

        # WHEN the committed export's file cannot be renamed from .partial
        with monkeypatch.context() as patch:
            patch.setattr(restore, "_rename", broken)
            with pytest.raises(OSError):
                upward.export_province(provinces.first, out, to_key_file=key_file)
        # THEN no file is left and its row says failed
        assert not list(out.iterdir())
        with provinces.first.session() as session:
            rows = session.scalars(select(m.SyncBundle).where(m.SyncBundle.direction == "out")).all()
            assert [(r.seq, r.status) for r in rows if r.kind == "changes"] == [(1, "failed")]
        # AND the next export is number 1 again, chained to nothing, and the department takes it
        made = upward.export_province(provinces.first, out, to_key_file=key_file)
        assert made.seq == 1 and container.open_bundle(made.path, name="up").manifest["prev_sha256"] == ""
        assert [o.status for o in service.import_files(department, [made.path])] == ["applied"]
    finally:
        department.close()
