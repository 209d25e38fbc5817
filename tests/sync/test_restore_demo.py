"""A demo institute (every kind of record: committee, activities, households, members, debts, contracts and
repayments, training, plans, report rounds, evidence) restored from the province record by record, and two demo
provinces into one department."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import func, select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.db.models.records import AuditLog
from cdfi_desktop.services.demo import generate_demo, generate_demo_institute
from cdfi_desktop.sync import keys, restore, service, upward
from tests.support.bundles import enrol, make_province, open_db
from tests.sync.test_restore import synced_rows


def _send(laptop: Database, province: Database, out: Path) -> None:
    made = service.export_bundle(laptop, out)
    assert made is not None
    outcomes = service.import_files(province, [made.path])
    assert [o.status for o in outcomes] == ["applied"], outcomes[0].error
    receipt = outcomes[0].receipt_path
    assert receipt is not None
    assert [o.status for o in service.import_files(laptop, [receipt])] == ["confirmed"]


def test_a_demo_laptop_restored_equals_it_record_by_record(tmp_path: Path) -> None:
    # GIVEN a demo laptop whose bundle the province confirmed
    lost = open_db(tmp_path / "lost.sqlite")
    province = make_province(tmp_path / "province.sqlite")
    try:
        generate_demo(lost, households=12, seed=5)
        enrol(province, lost)
        _send(lost, province, tmp_path / "usb")
        snapshot = synced_rows(lost)
        with lost.session() as session:
            audit = int(session.scalar(select(func.count()).select_from(AuditLog)) or 0)
            search = {row[0]: row[1] for row in session.execute(select(m.Household.id, m.Household.search_text))}
        new_path = tmp_path / "new.sqlite"
        new = open_db(new_path)
        enrolment = json.dumps(keys.enrolment_document(new))
        new.close()
        # WHEN it is restored to a new laptop
        made = restore.export_restore(province, tmp_path / "out", device_id=lost.device_id, to_enrolment=enrolment)
        restore.create_from_restore(made.path, new_path, expect_fingerprint=keys.device_key(province).fingerprint)
    finally:
        lost.close()
    new = open_db(new_path)
    try:
        # THEN every record equals the lost laptop's, and the audit trail came whole
        restored = synced_rows(new)
        assert set(restored) == set(snapshot)
        for key, row in snapshot.items():
            assert restored[key] == row, key
        with new.session() as session:
            assert session.scalar(select(func.count()).select_from(AuditLog)) == audit
            # AND the registers' search text (local, never sent) is made for every household
            texts = session.execute(select(m.Household.id, m.Household.search_text))
            assert {row[0]: row[1] for row in texts} == search
        assert service.export_bundle(new, tmp_path / "new-usb") is None
        # AND a full bundle from it changes nothing on the province
        full = service.export_bundle(new, tmp_path / "new-usb", full=True)
        assert full is not None
        outcome = service.import_files(province, [full.path])[0]
        assert outcome.status == "applied", outcome.error
        report = outcome.report
        assert report is not None and report.conflicts == 0 and report.duplicates == 0
        assert all(t.created == 0 and t.updated == 0 for t in report.tables.values())
    finally:
        new.close()
        province.close()


def test_two_demo_provinces_into_one_department(tmp_path: Path) -> None:
    # GIVEN two provinces, each with a demo laptop of its own institute
    provinces = [make_province(tmp_path / f"p{n}.sqlite", name=name) for n, name in enumerate(("ขอนแก่น", "อุดรธานี"))]
    department = make_province(tmp_path / "department.sqlite", name="กรมการพัฒนาชุมชน")
    try:
        for n, (province, area) in enumerate(zip(provinces, ("400101", "410101"), strict=True)):
            laptop = open_db(tmp_path / f"l{n}.sqlite")
            try:
                generate_demo_institute(laptop, households=8, seed=10 + n, subdistrict_code=area)
                enrol(province, laptop)
                _send(laptop, province, tmp_path / "usb")
            finally:
                laptop.close()
            keys.enrol(department, json.dumps(keys.enrolment_document(province)))
        # WHEN both export and the department imports
        made = [upward.export_province(p, tmp_path / "up", plain=True) for p in provinces]
        outcomes = service.import_files(department, [r.path for r in made])
        # THEN both are applied and the department holds every record as the provinces do (one fiscal-year profile
        # a year: the second province's is the same year's, kept as a duplicate)
        assert [o.status for o in outcomes] == ["applied", "applied"], [o.error for o in outcomes]
        expected = {**synced_rows(provinces[0]), **synced_rows(provinces[1])}
        held = synced_rows(department)
        for key, row in expected.items():
            if key[0] != "fiscal_year_profile":
                assert held[key] == row, key
        assert {k for k in held if k[0] != "fiscal_year_profile"} == {
            k for k in expected if k[0] != "fiscal_year_profile"
        }
        with department.session() as session:  # every province's entry once, and one of its own per bundle
            imported = int(
                session.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.origin.is_not(None))) or 0
            )
            own = list(session.scalars(select(AuditLog.table_name).where(AuditLog.origin.is_(None))))
        expected_audit = 0
        for province in provinces:
            with province.session() as session:
                expected_audit += int(session.scalar(select(func.count()).select_from(AuditLog)) or 0)
        assert imported == expected_audit
        assert own == ["sync_bundle"] * len(made)
    finally:
        for db in (*provinces, department):
            db.close()
